// SPDX-License-Identifier: GPL-2.0
/*
 * The FFH OperationRegion call itself: check the region and the function id
 * AML wrote, marshal the buffer into SMCCC registers, make the call, and
 * marshal the results back.
 *
 * Buffers (little-endian, as ACPI buffers are):
 *   offset 0, SMC32: in:  u32 function id, u32 w1..w7 (length 4..32, x4)
 *                    out: u64 a0..a3 (32 bytes)
 *   offset 1, SMC64: in:  u64 x0 (function id), x1..x17 (length 8..144, x8)
 *                    out: u64 x0..x17, the first length bytes
 * Only fast calls whose owner the policy allows are made; the convention
 * bit of the function id must match the region's offset.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "arm-ffh-smc.h"

static const char *const arm_ffh_smc_owner_names[] = {
	[ARM_SMCCC_OWNER_STANDARD] = "standard",
	[ARM_SMCCC_OWNER_SIP] = "sip",
	[ARM_SMCCC_OWNER_OEM] = "oem",
};

/**
 * arm_ffh_smc_parse_owners() - parse the owner policy
 * @list: comma-separated owner names: "standard", "sip", "oem"
 * @owners: where to put the set, BIT(ARM_SMCCC_OWNER_*)
 *
 * Only the owners upstream Linux allows can be named; the list narrows them.
 *
 * Return: 0, or -EINVAL for an empty list or element, or an unknown name;
 * @owners is changed only on success.
 */
int arm_ffh_smc_parse_owners(const char *list, unsigned long *owners)
{
	const char *p = list;
	unsigned long set = 0;
	size_t len;
	int i;

	for (;;) {
		len = strcspn(p, ",");
		for (i = 0; i < ARRAY_SIZE(arm_ffh_smc_owner_names); i++)
			if (arm_ffh_smc_owner_names[i] &&
			    strlen(arm_ffh_smc_owner_names[i]) == len &&
			    !strncmp(p, arm_ffh_smc_owner_names[i], len))
				break;
		/* Also refuses an empty element: no name is empty. */
		if (i == ARRAY_SIZE(arm_ffh_smc_owner_names))
			return -EINVAL;
		set |= BIT(i);
		if (!p[len])
			break;
		p += len + 1;
	}
	*owners = set;
	return 0;
}

/**
 * arm_ffh_smc_invoke() - the module's one call into firmware
 * @conduit: SMC or HVC
 * @args: x0..x17 to pass
 * @res: x0..x17 returned
 *
 * Context: Any context.
 */
void arm_ffh_smc_invoke(enum arm_smccc_conduit conduit,
			const struct arm_smccc_1_2_regs *args,
			struct arm_smccc_1_2_regs *res)
{
	KUNIT_STATIC_STUB_REDIRECT(arm_ffh_smc_invoke, conduit, args, res);

	if (conduit == SMCCC_CONDUIT_HVC)
		arm_smccc_1_2_hvc(args, res);
	else
		arm_smccc_1_2_smc(args, res);
}

static acpi_status arm_ffh_smc_refuse(const struct arm_ffh_smc_region *rgn,
				      u64 fid, const char *why,
				      acpi_status status)
{
	pr_warn_ratelimited("FFH region (offset %llu, length %llu): refused function id 0x%llx: %s\n",
			    rgn->offset, rgn->length, fid, why);
	return status;
}

/* Check the function id against the convention and the owner policy. */
static acpi_status arm_ffh_smc_check_fid(const struct arm_ffh_smc_region *rgn,
					 u64 fid, bool is64)
{
	if (fid > U32_MAX)
		return arm_ffh_smc_refuse(rgn, fid, "not a function id",
					  AE_BAD_PARAMETER);
	if (!ARM_SMCCC_IS_FAST_CALL(fid))
		return arm_ffh_smc_refuse(rgn, fid, "not a fast call",
					  AE_BAD_PARAMETER);
	if (!!ARM_SMCCC_IS_64(fid) != is64)
		return arm_ffh_smc_refuse(rgn, fid, is64 ?
					  "SMC32 id in an SMC64 region" :
					  "SMC64 id in an SMC32 region",
					  AE_BAD_PARAMETER);
	if (!(rgn->ffh->owners & BIT(ARM_SMCCC_OWNER_NUM(fid))))
		return arm_ffh_smc_refuse(rgn, fid, "owner not allowed",
					  AE_ACCESS);
	return AE_OK;
}

/**
 * struct arm_ffh_smc_conv - what a region offset means
 * @reg_size: bytes per register in the buffer going in.
 * @max_len: longest region: the registers the convention passes.
 * @is64: SMC64 (results: the region's registers) or SMC32 (results: a0..a3).
 * @bad_len: why a region length is refused.
 */
struct arm_ffh_smc_conv {
	unsigned int reg_size;
	unsigned int max_len;
	bool is64;
	const char *bad_len;
};

static const struct arm_ffh_smc_conv arm_ffh_smc_convs[] = {
	[ARM_FFH_SMC_OFFSET_32] = { sizeof(u32), ARM_FFH_SMC_MAX_LEN_32, false,
				    "bad SMC32 region length" },
	[ARM_FFH_SMC_OFFSET_64] = { sizeof(u64), ARM_FFH_SMC_MAX_LEN_64, true,
				    "bad SMC64 region length" },
};

static acpi_status arm_ffh_smc_call_conv(const struct arm_ffh_smc_region *rgn,
					 const struct arm_ffh_smc_conv *conv,
					 u8 *buf)
{
	struct arm_smccc_1_2_regs args = {}, res;
	/* x0..x17 are consecutive in struct arm_smccc_1_2_regs. */
	unsigned long *arg = &args.a0, *out = &res.a0;
	unsigned int i, n = rgn->length / conv->reg_size, nout;
	acpi_status status;

	if (rgn->length < conv->reg_size || rgn->length > conv->max_len ||
	    rgn->length % conv->reg_size)
		return arm_ffh_smc_refuse(rgn, 0, conv->bad_len, AE_BAD_PARAMETER);
	for (i = 0; i < n; i++)
		arg[i] = conv->is64 ? get_unaligned_le64(buf + i * sizeof(u64)) :
				      get_unaligned_le32(buf + i * sizeof(u32));
	status = arm_ffh_smc_check_fid(rgn, args.a0, conv->is64);
	if (ACPI_FAILURE(status))
		return status;
	arm_ffh_smc_invoke(rgn->ffh->conduit, &args, &res);
	/* Results are 64-bit either way: a0..a3 for SMC32. */
	nout = conv->is64 ? n : ARM_FFH_SMC_RESULT_LEN_32 / sizeof(u64);
	for (i = 0; i < nout; i++)
		put_unaligned_le64(out[i], buf + i * sizeof(u64));
	return AE_OK;
}

/**
 * arm_ffh_smc_call() - make the SMCCC call AML wrote into an FFH field
 * @rgn: the region the field belongs to
 * @buf: ACPICA's FFH transfer buffer (ACPI_FFH_INPUT_BUFFER_SIZE bytes):
 *	the call's arguments in, its results out
 *
 * Context: Process context (AML), no locks held by the caller.
 * Return: AE_OK when the call was made; AE_BAD_PARAMETER for a region
 * offset or length, or a function id, the ABI does not allow; AE_ACCESS for
 * an owner the policy refuses. No call is made then, and @buf is untouched.
 */
acpi_status arm_ffh_smc_call(const struct arm_ffh_smc_region *rgn, u8 *buf)
{
	if (rgn->offset >= ARRAY_SIZE(arm_ffh_smc_convs))
		return arm_ffh_smc_refuse(rgn, 0, "bad region offset",
					  AE_BAD_PARAMETER);
	return arm_ffh_smc_call_conv(rgn, &arm_ffh_smc_convs[rgn->offset], buf);
}
