/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The Pi 4 payload's main. TF-A's rpi4 BL31 on QEMU's raspi4b enters it as
 * its kernel (CPU 0, MMU off); it prints one KTAP document per check on
 * the PL011 (lib/payload.c), between the markers tools/testing/ktap.py
 * looks for, and powers off with PSCI SYSTEM_OFF.
 */

#include <stdbool.h>
#include <stdint.h>

#include "rpi4-test.h"

#define PSCI_SYSTEM_OFF		0x84000008U

void rpi4_test_main(void);

/**
 * rpi4_test_main() - run the checks, print KTAP, power off
 */
void rpi4_test_main(void)
{
	struct smc_regs off = { .x = { PSCI_SYSTEM_OFF } };

	put_str("\n@@RPI-ACPI-KTAP-BEGIN@@\n");
	test_rpi4_pinctrl();
	test_rpi4_pci();
	put_str("@@RPI-ACPI-KTAP-END@@\n");
	smc_call(&off);
}
