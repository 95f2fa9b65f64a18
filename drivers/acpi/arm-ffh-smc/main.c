// SPDX-License-Identifier: GPL-2.0
/*
 * ACPI FFH OperationRegion handler for SMCCC calls (Arm DEN0048), for
 * kernels built without CONFIG_ACPI_FFH: lets AML in firmware tables call
 * firmware services (PSCI, SiP, OEM) with SMC or HVC.
 *
 * Installed at the ACPI root when the module loads, removed when it
 * unloads. The conduit is the one the kernel's SMCCC discovery found.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/arm-smccc.h>
#include <linux/module.h>
#include <linux/slab.h>

#include "arm-ffh-smc.h"

static char *owners = "standard,sip,oem";
module_param(owners, charp, 0444);
MODULE_PARM_DESC(owners,
		 "SMCCC owners AML may call, a subset of standard,sip,oem (default: all three)");

static struct arm_ffh_smc *arm_ffh_smc_ctx;

static acpi_status arm_ffh_smc_setup(acpi_handle region, u32 function,
				     void *handler_context, void **region_context)
{
	const struct arm_ffh_smc *ffh = handler_context;
	struct arm_ffh_smc_region *rgn;

	if (function == ACPI_REGION_DEACTIVATE) {
		kfree(*region_context);
		*region_context = NULL;
		return AE_OK;
	}
	rgn = kzalloc(sizeof(*rgn), GFP_KERNEL);
	if (!rgn)
		return AE_NO_MEMORY;
	rgn->ffh = ffh;
	rgn->offset = ffh->info.offset;
	rgn->length = ffh->info.length;
	*region_context = rgn;
	return AE_OK;
}

static acpi_status arm_ffh_smc_handler(u32 function, acpi_physical_address addr,
				       u32 bits, u64 *value, void *handler_context,
				       void *region_context)
{
	const struct arm_ffh_smc_region *rgn = region_context;

	/* The call is the write (Store); the result comes back from it. */
	if ((function & ACPI_IO_MASK) != ACPI_WRITE) {
		pr_warn_ratelimited("FFH region (offset %llu, length %llu): refused: FFH fields are written, not read\n",
				    rgn->offset, rgn->length);
		return AE_BAD_PARAMETER;
	}
	return arm_ffh_smc_call(rgn, (u8 *)value);
}

static int __init arm_ffh_smc_check_firmware(enum arm_smccc_conduit *conduit)
{
	u32 ver = arm_smccc_get_version();

	if (ver < ARM_SMCCC_VERSION_1_2) {
		pr_err("firmware implements SMCCC v%u.%u; FFH needs v1.2 or later\n",
		       ver >> 16, ver & 0xffff);
		return -ENODEV;
	}
	*conduit = arm_smccc_1_1_get_conduit();
	if (*conduit == SMCCC_CONDUIT_NONE) {
		pr_err("no SMCCC conduit\n");
		return -ENODEV;
	}
	return 0;
}

static int __init arm_ffh_smc_init(void)
{
	struct arm_ffh_smc *ffh;
	acpi_status status;
	int ret;

	if (acpi_disabled)
		return -ENODEV;
	if (IS_ENABLED(CONFIG_ACPI_FFH)) {
		pr_err("this kernel has its own FFH handler (CONFIG_ACPI_FFH=y): not loading\n");
		return -EEXIST;
	}
	ffh = kzalloc(sizeof(*ffh), GFP_KERNEL);
	if (!ffh)
		return -ENOMEM;
	ret = arm_ffh_smc_parse_owners(owners, &ffh->owners);
	if (ret) {
		pr_err("owners=%s: expected a list of standard, sip, oem\n", owners);
		goto err_free;
	}
	ret = arm_ffh_smc_check_firmware(&ffh->conduit);
	if (ret)
		goto err_free;
	status = acpi_install_address_space_handler(ACPI_ROOT_OBJECT,
						    ACPI_ADR_SPACE_FIXED_HARDWARE,
						    arm_ffh_smc_handler,
						    arm_ffh_smc_setup, ffh);
	if (ACPI_FAILURE(status)) {
		pr_err("cannot install the FFH handler: %s\n",
		       acpi_format_exception(status));
		ret = status == AE_ALREADY_EXISTS ? -EEXIST : -ENODEV;
		goto err_free;
	}
	arm_ffh_smc_ctx = ffh;
	pr_info("FFH OperationRegion handler installed (%s, owners %s)\n",
		ffh->conduit == SMCCC_CONDUIT_SMC ? "smc" : "hvc", owners);
	return 0;

err_free:
	kfree(ffh);
	return ret;
}
module_init(arm_ffh_smc_init);

static void __exit arm_ffh_smc_exit(void)
{
	acpi_remove_address_space_handler(ACPI_ROOT_OBJECT,
					  ACPI_ADR_SPACE_FIXED_HARDWARE,
					  arm_ffh_smc_handler);
	kfree(arm_ffh_smc_ctx);
}
module_exit(arm_ffh_smc_exit);

MODULE_DESCRIPTION("ACPI FFH OperationRegion handler for SMCCC calls");
MODULE_LICENSE("GPL");
