/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SCMI server hooks for the Raspberry Pi 4. The SMT channel's page is the
 * RPI4_SCMI_SHMEM_BASE make option (rpi_acpi_rpi4.mk), by default 0x1f000,
 * the last page of the 128 KiB BL31 region of pftf's RPI_EFI.fd, which
 * the Pi's UEFI reserves from the OS and which neither BL31 (it ends
 * before, checked when built) nor UEFI (from 0x20000) uses; the evidence
 * is in rpi_acpi_rpi4.mk. The OS learns the address from the firmware's
 * ACPI tables.
 */

#include <stdint.h>

#include <lib/utils_def.h>
#include <plat/rpi_acpi_scmi_plat.h>
#include <services/rpi_acpi_scmi.h>

#ifdef RPI4_SCMI_SHMEM_BASE
#define RPI4_SCMI_SHMEM		ULL(RPI4_SCMI_SHMEM_BASE)
#else
#define RPI4_SCMI_SHMEM		RPI_ACPI_SCMI_SHMEM_RPI4
#endif

uintptr_t rpi_acpi_scmi_plat_shmem_base(void)
{
	return (uintptr_t)RPI4_SCMI_SHMEM;
}

const char *rpi_acpi_scmi_plat_sub_vendor(void)
{
	return RPI_ACPI_SCMI_SUB_VENDOR_RPI4;
}
