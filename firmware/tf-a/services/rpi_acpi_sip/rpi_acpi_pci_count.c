/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Count the DEN0115 (PCI configuration access) calls for TEST_COUNT.
 *
 * TF-A's standard service hands every DEN0115 id to pci_smc_handler()
 * (services/std_svc/pci_svc.c), which calls the platform's hooks only for
 * some of them (PCI_VERSION and PCI_FEATURES reach no hook, and a READ or
 * WRITE with bad arguments is refused before it). To count every call to
 * each id, on any platform, without changing TF-A, rpi_acpi.mk links BL31
 * with --wrap=pci_smc_handler: the standard service's call lands here and
 * goes on to TF-A's handler unchanged.
 */

#include <stdint.h>

#include <services/pci_svc.h>

#include "rpi_acpi_sip_private.h"

/**
 * __wrap_pci_smc_handler() - count a DEN0115 call, then handle it
 * @smc_fid: function id, SMC_PCI_VERSION..SMC_PCI_SEG_INFO
 * @x1: first argument
 * @x2: second argument
 * @x3: third argument
 * @x4: fourth argument
 * @cookie: unused, passed on
 * @handle: the caller's context
 * @flags: caller's security state and SMC flags, passed on
 *
 * Return: what TF-A's pci_smc_handler() returns.
 */
uint64_t __wrap_pci_smc_handler(uint32_t smc_fid, u_register_t x1,
				u_register_t x2, u_register_t x3,
				u_register_t x4, void *cookie, void *handle,
				u_register_t flags)
{
	rpi_acpi_call_count_add(smc_fid);
	return __real_pci_smc_handler(smc_fid, x1, x2, x3, x4, cookie, handle,
				      flags);
}
