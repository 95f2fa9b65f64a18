/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Per-function-id call counters for the test service's TEST_COUNT and
 * TEST_RESET, and two event counters (RPI_ACPI_SIP_COUNT_*: calls to
 * unknown ids, SCMI messages no handler serves) that stand in for console
 * lines nobody should have to read. A fixed table of counted ids; one
 * lock, because any CPU may call at any time. Counters are 32 bits wide
 * and wrap.
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/spinlock.h>
#include <lib/utils_def.h>
#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_sip.h>
#include <services/rpi_acpi_sip_count.h>
#if SMC_PCI_SUPPORT
#include <services/pci_svc.h>
#endif

#include "rpi_acpi_sip_private.h"

static const uint32_t rpi_acpi_counted_fids[] = {
	RPI_ACPI_SIP_TEST_MIX32,
	RPI_ACPI_SIP_TEST_MIX64,
	RPI_ACPI_OEM_TEST_MIX32,
	RPI_ACPI_OEM_TEST_MIX64,
	RPI_ACPI_SCMI_SMT_DOORBELL,
	RPI_ACPI_SCMI_SMT_DOORBELL_PARAM,
	RPI_ACPI_SCMI_SMCF,
#if SMC_PCI_SUPPORT
	SMC_PCI_VERSION,
	SMC_PCI_FEATURES,
	SMC_PCI_READ,
	SMC_PCI_WRITE,
	SMC_PCI_SEG_INFO,
#endif
	RPI_ACPI_SIP_COUNT_UNKNOWN_ID,
	RPI_ACPI_SIP_COUNT_SCMI_UNSUPPORTED,
};

static uint32_t rpi_acpi_call_counts[ARRAY_SIZE(rpi_acpi_counted_fids)];
static spinlock_t rpi_acpi_call_count_lock;

/* Index of @id in the table, or ARRAY_SIZE() when it is not counted. */
static unsigned int rpi_acpi_call_count_index(uint32_t id)
{
	unsigned int i;

	for (i = 0U; i < ARRAY_SIZE(rpi_acpi_counted_fids); i++) {
		if (rpi_acpi_counted_fids[i] == id) {
			break;
		}
	}
	return i;
}

/**
 * rpi_acpi_call_count_add() - count one call to a function id, or an event
 * @id: the function id called, or RPI_ACPI_SIP_COUNT_*; ids that are not
 *	counted are ignored
 */
void rpi_acpi_call_count_add(uint32_t id)
{
	unsigned int i = rpi_acpi_call_count_index(id);

	if (i < ARRAY_SIZE(rpi_acpi_counted_fids)) {
		spin_lock(&rpi_acpi_call_count_lock);
		rpi_acpi_call_counts[i]++;
		spin_unlock(&rpi_acpi_call_count_lock);
	}
}

/**
 * rpi_acpi_call_count_get() - read the counter of a function id or event
 * @id: the function id, or RPI_ACPI_SIP_COUNT_*
 * @count: set to the number of calls or events since boot or the last reset
 *
 * Return: true when @id is counted, false (and @count untouched) if not.
 */
bool rpi_acpi_call_count_get(uint32_t id, uint32_t *count)
{
	unsigned int i = rpi_acpi_call_count_index(id);

	if (i >= ARRAY_SIZE(rpi_acpi_counted_fids)) {
		return false;
	}
	spin_lock(&rpi_acpi_call_count_lock);
	*count = rpi_acpi_call_counts[i];
	spin_unlock(&rpi_acpi_call_count_lock);
	return true;
}

/**
 * rpi_acpi_call_count_reset() - zero every counter
 */
void rpi_acpi_call_count_reset(void)
{
	unsigned int i;

	spin_lock(&rpi_acpi_call_count_lock);
	for (i = 0U; i < ARRAY_SIZE(rpi_acpi_call_counts); i++) {
		rpi_acpi_call_counts[i] = 0U;
	}
	spin_unlock(&rpi_acpi_call_count_lock);
}
