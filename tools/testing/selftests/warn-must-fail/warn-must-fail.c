// SPDX-License-Identifier: GPL-2.0
/* Loads fine but WARNs: the runner's console scan must catch it. */
#include <linux/bug.h>
#include <linux/module.h>

static int __init warn_must_fail_init(void)
{
	WARN(1, "warn-must-fail: deliberate warning\n");
	return 0;
}
module_init(warn_must_fail_init);

MODULE_DESCRIPTION("A module whose WARN the runner must report");
MODULE_LICENSE("GPL");
