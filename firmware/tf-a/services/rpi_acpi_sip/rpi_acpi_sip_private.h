/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal interfaces of the rpi-acpi test service: the call counters and
 * the test functions the dispatcher (rpi_acpi_sip_svc.c) calls.
 */

#ifndef RPI_ACPI_SIP_PRIVATE_H
#define RPI_ACPI_SIP_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <services/rpi_acpi_sip_count.h>

/*
 * Call counters (rpi_acpi_call_count.c); safe from any CPU at any time.
 * rpi_acpi_call_count_add() is in <services/rpi_acpi_sip_count.h>.
 */
bool rpi_acpi_call_count_get(uint32_t id, uint32_t *count);
void rpi_acpi_call_count_reset(void);

/* Test functions (rpi_acpi_sip_test.c); each returns the SMC handle. */
uintptr_t rpi_acpi_test_mix(bool smc64, void *handle);
uintptr_t rpi_acpi_test_count(uint32_t fid, void *handle);
uintptr_t rpi_acpi_test_reset(void *handle);
#if RPI_ACPI_PL061_TEST
uintptr_t rpi_acpi_test_pl061(void *handle);
#endif

#if SMC_PCI_SUPPORT
/*
 * TF-A's DEN0115 dispatcher, reached through the linker's --wrap so that
 * every call to it is counted and checked (rpi_acpi_pci_wrap.c).
 */
uint64_t __real_pci_smc_handler(uint32_t smc_fid, u_register_t x1,
				u_register_t x2, u_register_t x3,
				u_register_t x4, void *cookie, void *handle,
				u_register_t flags);
uint64_t __wrap_pci_smc_handler(uint32_t smc_fid, u_register_t x1,
				u_register_t x2, u_register_t x3,
				u_register_t x4, void *cookie, void *handle,
				u_register_t flags);
#endif

#endif /* RPI_ACPI_SIP_PRIVATE_H */
