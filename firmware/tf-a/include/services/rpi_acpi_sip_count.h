/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The test service's call counters (services/rpi_acpi_sip/
 * rpi_acpi_call_count.c) as the other rpi-acpi services count into them:
 * a counted function id, or one of the event ids RPI_ACPI_SIP_COUNT_* in
 * rpi_acpi_sip.h. TEST_COUNT reads them.
 */

#ifndef RPI_ACPI_SIP_COUNT_H
#define RPI_ACPI_SIP_COUNT_H

#include <stdint.h>

/* Count one call to @id, or one event; any CPU, any time; no output. */
void rpi_acpi_call_count_add(uint32_t id);

#endif /* RPI_ACPI_SIP_COUNT_H */
