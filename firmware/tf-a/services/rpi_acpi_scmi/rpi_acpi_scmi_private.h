/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal interfaces of the rpi-acpi SCMI server, between its SMC
 * functions, TF-A's scmi-msg callbacks and the SMC fastchannel front end.
 * The platform hooks are in <plat/rpi_acpi_scmi_plat.h>.
 */

#ifndef RPI_ACPI_SCMI_PRIVATE_H
#define RPI_ACPI_SCMI_PRIVATE_H

#include <stdint.h>

/* TF-A's scmi-msg callbacks (rpi_acpi_scmi_plat.c) */
void rpi_acpi_scmi_plat_init(uintptr_t shmem_base);

/* The SMC fastchannel (rpi_acpi_scmi_smcf.c) */
uintptr_t rpi_acpi_scmi_smcf(void *handle);

#endif /* RPI_ACPI_SCMI_PRIVATE_H */
