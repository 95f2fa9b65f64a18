// SPDX-License-Identifier: GPL-2.0
/* Allocates and forgets: kmemleak must report it. */
#include <linux/module.h>
#include <linux/slab.h>

static int __init leak_must_fail_init(void)
{
	void *p = kmalloc(64, GFP_KERNEL);

	if (!p)
		return -ENOMEM;
	pr_info("leak-must-fail: dropping %p\n", p);
	return 0;
}
module_init(leak_must_fail_init);

MODULE_DESCRIPTION("A module whose leak the runner must report");
MODULE_LICENSE("GPL");
