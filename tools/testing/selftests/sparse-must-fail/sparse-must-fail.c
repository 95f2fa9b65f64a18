// SPDX-License-Identifier: GPL-2.0
/* Compiles cleanly with W=1; only sparse objects (an __iomem dereference). */
#include <linux/module.h>
#include <linux/types.h>

u32 sparse_must_fail_read(u32 __iomem *reg);
u32 sparse_must_fail_read(u32 __iomem *reg)
{
	return *reg;
}
EXPORT_SYMBOL_GPL(sparse_must_fail_read);

MODULE_DESCRIPTION("Must be rejected by sparse");
MODULE_LICENSE("GPL");
