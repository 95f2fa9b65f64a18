/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ACPI FFH OperationRegion handler for SMCCC calls (Arm DEN0048): what the
 * handler and its setup share with the KUnit suite.
 */
#ifndef ARM_FFH_SMC_H
#define ARM_FFH_SMC_H

#include <linux/acpi.h>
#include <linux/arm-smccc.h>
#include <linux/types.h>

/* Region offsets: the calling convention. */
#define ARM_FFH_SMC_OFFSET_32		0
#define ARM_FFH_SMC_OFFSET_64		1
/* Longest buffers: function id + w1..w7, and x0..x17. */
#define ARM_FFH_SMC_MAX_LEN_32		(8 * sizeof(u32))
#define ARM_FFH_SMC_MAX_LEN_64		sizeof(struct arm_smccc_1_2_regs)
/* What a 32-bit call returns: a0..a3 as 64-bit values. */
#define ARM_FFH_SMC_RESULT_LEN_32	(4 * sizeof(u64))

/**
 * struct arm_ffh_smc - the installed handler's context
 * @info: ACPICA writes the offset and length of each FFH region here just
 *	before it sets the region up (ACPI 6.5 FFH semantics).
 * @conduit: SMC or HVC, from the kernel's SMCCC discovery at load.
 * @owners: the SMCCC owners AML may call, BIT(ARM_SMCCC_OWNER_*).
 */
struct arm_ffh_smc {
	struct acpi_ffh_info info;
	enum arm_smccc_conduit conduit;
	unsigned long owners;
};

/**
 * struct arm_ffh_smc_region - one FFH OperationRegion, set up by ACPICA
 * @ffh: the handler context.
 * @offset: the region's offset: ARM_FFH_SMC_OFFSET_32 or _64.
 * @length: the region's length in bytes.
 *
 * ACPICA gives region setup its internal region object, not a namespace
 * node, so the region's name is not known here; ACPICA itself names the
 * method when a refused call aborts it.
 */
struct arm_ffh_smc_region {
	const struct arm_ffh_smc *ffh;
	u64 offset;
	u64 length;
};

int arm_ffh_smc_parse_owners(const char *list, unsigned long *owners);
acpi_status arm_ffh_smc_call(const struct arm_ffh_smc_region *rgn, u8 *buf);
void arm_ffh_smc_invoke(enum arm_smccc_conduit conduit,
			const struct arm_smccc_1_2_regs *args,
			struct arm_smccc_1_2_regs *res);

#endif /* ARM_FFH_SMC_H */
