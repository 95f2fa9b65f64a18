/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi test service as a TF-A runtime service: it owns the fast
 * calls of the SiP and the OEM owners (the same functions under both) and
 * dispatches them to the test functions. Documented in
 * Documentation/firmware-guide/rpi-acpi-sip.rst.
 *
 * TF-A gives an owner to the last descriptor that claims it, without a
 * word. Neither plat/qemu (virt) nor plat/rpi/rpi4 registers a SiP or an
 * OEM service in TF-A 2.12 (qemu_sbsa's SiP service is another platform;
 * the OEM owner is only taken with CROS_WIDEVINE_SMC=1, which
 * rpi_acpi.mk refuses). Should a platform ever bring its own, this
 * service stands aside with an error instead of silently shadowing it or
 * being shadowed: the platform's functions keep working and the test
 * service is plainly absent.
 */

#include <stdbool.h>
#include <stdint.h>

#include <common/debug.h>
#include <common/runtime_svc.h>
#include <lib/smccc.h>
#include <services/rpi_acpi_pci_test.h>
#include <services/rpi_acpi_scmi_svc.h>
#include <services/rpi_acpi_sip.h>
#include <smccc_helpers.h>

#include "rpi_acpi_sip_private.h"

static uintptr_t rpi_acpi_svc_handler(uint32_t smc_fid, u_register_t x1,
				      u_register_t x2, u_register_t x3,
				      u_register_t x4, void *cookie,
				      void *handle, u_register_t flags);

/* True when another fast-call service claims the SiP or the OEM owner. */
static bool rpi_acpi_owners_taken(bool report)
{
	const rt_svc_desc_t *desc = (const rt_svc_desc_t *)RT_SVC_DESCS_START;
	const rt_svc_desc_t *end = (const rt_svc_desc_t *)RT_SVC_DESCS_END;
	bool taken = false;

	for (; desc < end; desc++) {
		if ((desc->handle == rpi_acpi_svc_handler) ||
		    (desc->call_type != SMC_TYPE_FAST) ||
		    (desc->start_oen > OEN_OEM_END) ||
		    (desc->end_oen < OEN_SIP_START)) {
			continue;
		}
		if (report) {
			ERROR("rpi-acpi: %s owns OEN %u..%u: test service off\n",
			      desc->name, desc->start_oen, desc->end_oen);
		}
		taken = true;
	}
	return taken;
}

static int32_t rpi_acpi_sip_setup(void)
{
	if (rpi_acpi_owners_taken(true)) {
		return -1;
	}
	NOTICE("rpi-acpi: test service %u.%u on the SiP and OEM owners%s\n",
	       RPI_ACPI_SIP_VERSION_MAJOR, RPI_ACPI_SIP_VERSION_MINOR,
	       (SMC_PCI_SUPPORT != 0) ? ", DEN0115 calls counted" : "");
	/* The SCMI server's functions share the SiP owner; it reports itself. */
	(void)rpi_acpi_scmi_setup();
	return 0;
}

/* Stand aside together with the SiP descriptor, without a second report. */
static int32_t rpi_acpi_oem_setup(void)
{
	return rpi_acpi_owners_taken(false) ? -1 : 0;
}

/* An id the service does not serve: counted, never printed but at VERBOSE */
static uintptr_t rpi_acpi_unknown(uint32_t smc_fid, void *handle)
{
	VERBOSE("rpi-acpi: unknown function 0x%x\n", smc_fid);
	rpi_acpi_call_count_add(RPI_ACPI_SIP_COUNT_UNKNOWN_ID);
	SMC_RET1(handle, SMC_UNK);
}

static uintptr_t rpi_acpi_svc_smc32(uint32_t smc_fid, u_register_t x1,
				    void *handle)
{
	switch (GET_SMC_NUM(smc_fid)) {
	case RPI_ACPI_SIP_NUM_TEST_MIX:
		rpi_acpi_call_count_add(smc_fid);
		return rpi_acpi_test_mix(false, handle);
	case RPI_ACPI_SIP_NUM_TEST_COUNT:
		return rpi_acpi_test_count((uint32_t)x1, handle);
	case RPI_ACPI_SIP_NUM_TEST_RESET:
		return rpi_acpi_test_reset(handle);
#if RPI_ACPI_PCI_MODES
	case RPI_ACPI_SIP_NUM_TEST_PCI_MODE:
		SMC_RET1(handle, (int64_t)rpi_acpi_pci_set_mode((uint32_t)x1));
#endif
#if RPI_ACPI_PL061_TEST
	case RPI_ACPI_SIP_NUM_TEST_PL061:
		return rpi_acpi_test_pl061(handle);
#endif
	case RPI_ACPI_SIP_NUM_CALL_COUNT:
		SMC_RET1(handle, RPI_ACPI_SIP_NUM_CALLS + RPI_ACPI_PCI_MODES +
			 RPI_ACPI_PL061_TEST +
			 ((GET_SMC_OEN(smc_fid) == OEN_SIP_START) ?
			  RPI_ACPI_SCMI_NUM_CALLS : 0U));
	case RPI_ACPI_SIP_NUM_UID:
		SMC_RET4(handle, RPI_ACPI_SIP_UUID_W0, RPI_ACPI_SIP_UUID_W1,
			 RPI_ACPI_SIP_UUID_W2, RPI_ACPI_SIP_UUID_W3);
	case RPI_ACPI_SIP_NUM_REVISION:
		SMC_RET2(handle, RPI_ACPI_SIP_VERSION_MAJOR,
			 RPI_ACPI_SIP_VERSION_MINOR);
	default:
		return rpi_acpi_unknown(smc_fid, handle);
	}
}

/*
 * Both owners, both calling conventions. The SiP owner's functions
 * 0x0200..0x02ff are the SCMI server's (rpi_acpi_scmi_svc.c), each call
 * counted. Of the rest, only TEST_MIX has an SMC64 form; anything else
 * returns SMC_UNK, changes no other register and counts as an unknown id.
 */
static uintptr_t rpi_acpi_svc_handler(uint32_t smc_fid, u_register_t x1,
				      u_register_t x2, u_register_t x3,
				      u_register_t x4, void *cookie,
				      void *handle, u_register_t flags)
{
	if ((GET_SMC_OEN(smc_fid) == OEN_SIP_START) &&
	    rpi_acpi_scmi_owns(GET_SMC_NUM(smc_fid))) {
		rpi_acpi_call_count_add(smc_fid);
		return rpi_acpi_scmi_smc_handler(smc_fid, x1, x2, handle, flags);
	}
	if (GET_SMC_CC(smc_fid) == SMC_32) {
		return rpi_acpi_svc_smc32(smc_fid, x1, handle);
	}
	if (GET_SMC_NUM(smc_fid) == RPI_ACPI_SIP_NUM_TEST_MIX) {
		rpi_acpi_call_count_add(smc_fid);
		return rpi_acpi_test_mix(true, handle);
	}
	return rpi_acpi_unknown(smc_fid, handle);
}

DECLARE_RT_SVC(rpi_acpi_sip, OEN_SIP_START, OEN_SIP_END, SMC_TYPE_FAST,
	       rpi_acpi_sip_setup, rpi_acpi_svc_handler);

DECLARE_RT_SVC(rpi_acpi_oem, OEN_OEM_START, OEN_OEM_END, SMC_TYPE_FAST,
	       rpi_acpi_oem_setup, rpi_acpi_svc_handler);
