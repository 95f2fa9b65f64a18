/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi SCMI server as the SiP dispatcher (services/rpi_acpi_sip/)
 * sees it: set up once, then the SiP fast calls 0x0200..0x02ff.
 */

#ifndef RPI_ACPI_SCMI_SVC_H
#define RPI_ACPI_SCMI_SVC_H

#include <stdbool.h>
#include <stdint.h>

#include <services/rpi_acpi_scmi.h>

/**
 * rpi_acpi_scmi_owns() - whether a SiP function number is the server's
 * @num: function number, bits [15:0] of the id
 *
 * Return: true for 0x0200..0x02ff.
 */
static inline bool rpi_acpi_scmi_owns(uint32_t num)
{
	return (num >= RPI_ACPI_SCMI_NUM_FIRST) &&
	       (num <= RPI_ACPI_SCMI_NUM_LAST);
}

int32_t rpi_acpi_scmi_setup(void);
uintptr_t rpi_acpi_scmi_smc_handler(uint32_t smc_fid, u_register_t x1,
				    u_register_t x2, void *handle,
				    u_register_t flags);

#endif /* RPI_ACPI_SCMI_SVC_H */
