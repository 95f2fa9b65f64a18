/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the rpi-acpi SCMI server (services/rpi_acpi_scmi/) asks of a
 * platform: each platform's file under plat/ provides these hooks.
 */

#ifndef RPI_ACPI_SCMI_PLAT_H
#define RPI_ACPI_SCMI_PLAT_H

#include <stdint.h>

/**
 * rpi_acpi_scmi_plat_shmem_base() - the SMT channel's page
 *
 * Return: the physical address of a 4 KiB-aligned page of non-secure RAM
 * that neither UEFI nor the OS uses.
 */
uintptr_t rpi_acpi_scmi_plat_shmem_base(void);

/**
 * rpi_acpi_scmi_plat_sub_vendor() - BASE_DISCOVER_SUB_VENDOR's answer
 *
 * Return: the platform's name, at most 15 characters.
 */
const char *rpi_acpi_scmi_plat_sub_vendor(void);

#endif /* RPI_ACPI_SCMI_PLAT_H */
