/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SCMI server hooks for QEMU's virt machine: the SMT channel's page right
 * after the 1 MiB the device tree occupies at the start of RAM, hidden
 * from UEFI and the OS by BL2 (rpi_acpi_qemu_dt.c).
 */

#include <stdint.h>

#include <plat/rpi_acpi_scmi_plat.h>
#include <services/rpi_acpi_scmi.h>

uintptr_t rpi_acpi_scmi_plat_shmem_base(void)
{
	return RPI_ACPI_SCMI_SHMEM_QEMU;
}

const char *rpi_acpi_scmi_plat_sub_vendor(void)
{
	return RPI_ACPI_SCMI_SUB_VENDOR_QEMU;
}
