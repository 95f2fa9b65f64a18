/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SMCCC layer of rpi-smc-scmi.ko, for every module of the project
 * that calls firmware (the SCMI agent and its transports, the PCIe
 * bridge's DEN0115 backend): the one place that issues SMC or HVC, and
 * the one map from firmware status codes to errno. It knows nothing of
 * SCMI.
 */
#ifndef RPI_ACPI_RPI_SMC_H
#define RPI_ACPI_RPI_SMC_H

#include <linux/arm-smccc.h>
#include <linux/types.h>
#include <linux/uuid.h>

/**
 * enum rpi_smc_status_space - which firmware ABI a status code belongs to
 * @RPI_SMC_STATUS_SMCCC: SMCCC return codes (Arm DEN0028).
 * @RPI_SMC_STATUS_SCMI: SCMI status codes (Arm DEN0056).
 * @RPI_SMC_STATUS_PCI: PCI configuration access return codes (Arm DEN0115).
 * @RPI_SMC_STATUS_NR: number of spaces, not a space.
 */
enum rpi_smc_status_space {
	RPI_SMC_STATUS_SMCCC,
	RPI_SMC_STATUS_SCMI,
	RPI_SMC_STATUS_PCI,
	RPI_SMC_STATUS_NR,
};

int rpi_smc_status_to_errno(enum rpi_smc_status_space space, s32 status);

/**
 * struct rpi_smc_conduit - how this kernel reaches its firmware
 * @conduit: SMC or HVC, or SMCCC_CONDUIT_NONE when no SMCCC v1.1+ exists.
 * @version: the firmware's SMCCC version (ARM_SMCCC_VERSION_1_x).
 * @has_sip_uid: whether the firmware answered the SiP service's UID query.
 * @sip_uid: that answer, in the order SMCCC gives its bytes (w0 bits 7:0
 *           first), which is the order the UUID's text form prints them.
 */
struct rpi_smc_conduit {
	enum arm_smccc_conduit conduit;
	u32 version;
	bool has_sip_uid;
	uuid_t sip_uid;
};

/* The SiP service's UID query (SMCCC: Call UID, owner SiP) */
#define RPI_SMC_SIP_UID_FN						\
	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, ARM_SMCCC_SMC_32,	\
			   ARM_SMCCC_OWNER_SIP, 0xff01)

const struct rpi_smc_conduit *rpi_smc_conduit_probe(void);
const struct rpi_smc_conduit *rpi_smc_get_conduit(void);
int rpi_smc_read_sip_uid(uuid_t *uid);
int rpi_smc_invoke(const struct arm_smccc_1_2_regs *args,
		   struct arm_smccc_1_2_regs *res);

/* What answers an SMCCC call: the firmware, or a KUnit suite's fake */
typedef int (*rpi_smc_invoke_fn)(const struct arm_smccc_1_2_regs *args,
				 struct arm_smccc_1_2_regs *res);

#if IS_ENABLED(CONFIG_KUNIT)
struct kunit;

int rpi_smc_fake_firmware(struct kunit *test, rpi_smc_invoke_fn fake);
#endif

#endif /* RPI_ACPI_RPI_SMC_H */
