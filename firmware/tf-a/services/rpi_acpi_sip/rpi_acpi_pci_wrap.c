/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Every DEN0115 (PCI configuration access) call, before TF-A handles it:
 * counted for TEST_COUNT, and refused when it would make an unaligned
 * access.
 *
 * TF-A's standard service hands every DEN0115 id to pci_smc_handler()
 * (services/std_svc/pci_svc.c), which calls the platform's hooks only for
 * some of them (PCI_VERSION and PCI_FEATURES reach no hook, and a READ or
 * WRITE with bad arguments is refused before it). rpi_acpi.mk links BL31
 * with --wrap=pci_smc_handler, so the standard service's call lands here,
 * on every platform, without changing TF-A.
 *
 * pci_smc_handler() checks that a READ or WRITE is of 1, 2 or 4 bytes and
 * ends inside the function's 4 KiB, but not that the offset is aligned to
 * the size, and a Pi 4's hooks (plat/rpi/common/rpi_pci_svc.c) load or
 * store at that offset in a Device mapping of the PCIe controller: an
 * unaligned access there is an alignment fault at EL3, fatal, and the
 * calling CPU never returns. Any normal-world caller could send one, so
 * it is refused here with INVALID_PARAMETER, as pci_smc_handler() refuses
 * its own bad arguments, before any hook runs.
 */

#include <stdbool.h>
#include <stdint.h>

#include <services/pci_svc.h>
#include <smccc_helpers.h>

#include "rpi_acpi_sip_private.h"

/*
 * A READ or WRITE of @size bytes at @off would be a single aligned
 * access inside the 4 KiB: size 1, 2 or 4, the offset a multiple of it.
 * The standard service has already cleared the upper halves of an SMC32
 * call's arguments; these are checked whole all the same.
 */
static bool rpi_acpi_pci_access_ok(u_register_t off, u_register_t size)
{
	if ((size != SMC_PCI_SZ_8BIT) && (size != SMC_PCI_SZ_16BIT) &&
	    (size != SMC_PCI_SZ_32BIT)) {
		return false;
	}
	return (off <= (PCI_OFFSET_MASK + 1U - size)) &&
	       ((off & (size - 1U)) == 0U);
}

/**
 * __wrap_pci_smc_handler() - count a DEN0115 call, refuse or handle it
 * @smc_fid: function id, SMC_PCI_VERSION..SMC_PCI_SEG_INFO
 * @x1: first argument
 * @x2: second argument (READ, WRITE: the offset)
 * @x3: third argument (READ, WRITE: the size in bytes)
 * @x4: fourth argument
 * @cookie: unused, passed on
 * @handle: the caller's context
 * @flags: caller's security state and SMC flags, passed on
 *
 * Return: @handle with x0 = INVALID_PARAMETER (and x1 = 0 for a READ) for
 * a READ or WRITE that is not one aligned access of 1, 2 or 4 bytes inside
 * the 4 KiB; otherwise what TF-A's pci_smc_handler() returns.
 */
uint64_t __wrap_pci_smc_handler(uint32_t smc_fid, u_register_t x1,
				u_register_t x2, u_register_t x3,
				u_register_t x4, void *cookie, void *handle,
				u_register_t flags)
{
	rpi_acpi_call_count_add(smc_fid);
	if ((smc_fid == SMC_PCI_READ) && !rpi_acpi_pci_access_ok(x2, x3)) {
		SMC_RET2(handle, SMC_PCI_CALL_INVAL_PARAM, 0U);
	}
	if ((smc_fid == SMC_PCI_WRITE) && !rpi_acpi_pci_access_ok(x2, x3)) {
		SMC_RET1(handle, SMC_PCI_CALL_INVAL_PARAM);
	}
	return __real_pci_smc_handler(smc_fid, x1, x2, x3, x4, cookie, handle,
				      flags);
}
