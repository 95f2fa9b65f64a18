// SPDX-License-Identifier: GPL-2.0
/* Reads one byte past an allocation: KASAN must report it. */
#include <linux/compiler.h>
#include <linux/module.h>
#include <linux/slab.h>

static int __init kasan_must_fail_init(void)
{
	char *p = kmalloc(16, GFP_KERNEL);

	if (!p)
		return -ENOMEM;
	/* Hide where p came from, so the compiler cannot see the overrun. */
	OPTIMIZER_HIDE_VAR(p);
	pr_info("kasan-must-fail: read %d\n", p[16]);
	kfree(p);
	return 0;
}
module_init(kasan_must_fail_init);

MODULE_DESCRIPTION("A module whose out-of-bounds read the runner must report");
MODULE_LICENSE("GPL");
