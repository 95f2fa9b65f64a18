// SPDX-License-Identifier: GPL-2.0
/*
 * Built instead of the handler for kernels whose ACPICA predates FFH
 * OperationRegion buffers (ACPI 6.5, ACPICA 20221020, Linux 6.2): such a
 * kernel never hands an FFH buffer to a handler, so AML cannot reach
 * firmware through FFH there. Loading says so and fails.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/module.h>

static int __init arm_ffh_smc_init(void)
{
	pr_err("this kernel's ACPICA %08x predates FFH OperationRegion buffers (ACPICA 20221020, Linux 6.2): AML cannot call firmware through FFH here\n",
	       ACPI_CA_VERSION);
	return -EOPNOTSUPP;
}
module_init(arm_ffh_smc_init);

MODULE_DESCRIPTION("ACPI FFH OperationRegion handler for SMCCC calls (unsupported kernel)");
MODULE_LICENSE("GPL");
