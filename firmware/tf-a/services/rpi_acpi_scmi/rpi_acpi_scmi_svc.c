/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi SCMI server's SMC functions, reached through the SiP
 * dispatcher (services/rpi_acpi_sip/rpi_acpi_sip_svc.c) for the function
 * numbers 0x0200..0x02ff of the SiP owner: the two doorbells of the SMT
 * shared-memory channel (TF-A's scmi_smt_fastcall_smc_entry()) and the
 * SMC fastchannel (rpi_acpi_scmi_smcf.c). Documented in
 * Documentation/firmware-guide/rpi-scmi-smc.rst.
 *
 * Only the non-secure world is an agent; a call from elsewhere, or any
 * call when the server could not be set up, is an unknown function, and
 * counted as one (RPI_ACPI_SIP_COUNT_UNKNOWN_ID).
 */

#include <stdbool.h>
#include <stdint.h>

#include <common/debug.h>
#include <drivers/scmi-msg.h>
#include <lib/smccc.h>
#include <lib/xlat_tables/xlat_tables_v2.h>
#include <plat/rpi_acpi_scmi_plat.h>
#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_scmi_svc.h>
#include <services/rpi_acpi_sip.h>
#include <services/rpi_acpi_sip_count.h>
#include <smccc_helpers.h>

#include "rpi_acpi_scmi_private.h"

static uintptr_t rpi_acpi_scmi_shmem;

/* DOORBELL_PARAM's w1 (page) and w2 (offset) name the agent's channel. */
static bool rpi_acpi_scmi_param_ok(u_register_t x1, u_register_t x2)
{
	uint64_t page = (uint32_t)x1;
	uint64_t offset = (uint32_t)x2;

	return (offset <= RPI_ACPI_SCMI_PARAM_OFFSET_MASK) &&
	       (((page << RPI_ACPI_SCMI_PARAM_PAGE_SHIFT) | offset) ==
		rpi_acpi_scmi_shmem);
}

/**
 * rpi_acpi_scmi_setup() - map and initialise the SMT channel
 *
 * Maps the platform's page for the channel (non-secure, Device-nGnRE, as
 * the agent maps it) and marks the channel free. Without it the server's
 * functions stay unknown.
 *
 * Return: 0, or a negative error from the translation table library.
 */
int32_t rpi_acpi_scmi_setup(void)
{
	uintptr_t base = rpi_acpi_scmi_plat_shmem_base();
	int ret;

	ret = mmap_add_dynamic_region(base, base, RPI_ACPI_SCMI_SHMEM_SIZE,
				      MT_DEVICE | MT_RW | MT_NS);
	if (ret != 0) {
		ERROR("rpi-acpi: SCMI channel at 0x%lx not mapped: %d\n",
		      base, ret);
		return ret;
	}
	rpi_acpi_scmi_plat_init(base);
	rpi_acpi_scmi_shmem = base;
	NOTICE("rpi-acpi: SCMI server '%s:%s', SMT channel at 0x%lx, SMC fastchannel\n",
	       RPI_ACPI_SCMI_VENDOR, rpi_acpi_scmi_plat_sub_vendor(), base);
	return 0;
}

/**
 * rpi_acpi_scmi_smc_handler() - a SiP fast call for the SCMI server
 * @smc_fid: function id, function number 0x0200..0x02ff
 * @x1: first argument (DOORBELL_PARAM: shmem page)
 * @x2: second argument (DOORBELL_PARAM: offset in the page)
 * @handle: the caller's context
 * @flags: the caller's security state
 *
 * Return: @handle, for the SMC return path.
 */
uintptr_t rpi_acpi_scmi_smc_handler(uint32_t smc_fid, u_register_t x1,
				    u_register_t x2, void *handle,
				    u_register_t flags)
{
	if ((rpi_acpi_scmi_shmem == 0U) || !is_caller_non_secure(flags)) {
		rpi_acpi_call_count_add(RPI_ACPI_SIP_COUNT_UNKNOWN_ID);
		SMC_RET1(handle, SMC_UNK);
	}

	switch (smc_fid) {
	case RPI_ACPI_SCMI_SMT_DOORBELL:
		scmi_smt_fastcall_smc_entry(RPI_ACPI_SCMI_AGENT_OS);
		SMC_RET1(handle, SMC_OK);
	case RPI_ACPI_SCMI_SMT_DOORBELL_PARAM:
		if (!rpi_acpi_scmi_param_ok(x1, x2)) {
			SMC_RET1(handle, SMC_ARCH_CALL_INVAL_PARAM);
		}
		scmi_smt_fastcall_smc_entry(RPI_ACPI_SCMI_AGENT_OS);
		SMC_RET1(handle, SMC_OK);
	case RPI_ACPI_SCMI_SMCF:
		return rpi_acpi_scmi_smcf(handle);
	default:
		VERBOSE("rpi-acpi: unknown SCMI function 0x%x\n", smc_fid);
		rpi_acpi_call_count_add(RPI_ACPI_SIP_COUNT_UNKNOWN_ID);
		SMC_RET1(handle, SMC_UNK);
	}
}
