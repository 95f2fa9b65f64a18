/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the ABI test payload's files share: the console, SMC and KTAP
 * helpers of every payload (lib/payload.h), and sip-abi-test.c's timer
 * helpers. sip-abi-test.c prints the test service's
 * KTAP document; scmi-abi-test.c prints the SCMI server's,
 * pinctrl-abi-test.c its pin control protocol's, pci-abi-test.c its PCI
 * configuration access protocol's.
 */

#ifndef SIP_ABI_H
#define SIP_ABI_H

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

#define SMC_UNK			0xffffffffffffffffULL

/* The generic timer's count @ms milliseconds from now */
uint64_t deadline_ms(unsigned int ms);
/* True once the generic timer has reached @deadline */
bool deadline_passed(uint64_t deadline);

/* scmi-abi-test.c: the SCMI server's KTAP document; CPU 1 must be off. */
void test_scmi(void);
/* pinctrl-abi-test.c: the pin control protocol's; CPU 1 must be off. */
void test_pinctrl(void);
/* pci-abi-test.c: the PCI configuration access protocol's. */
void test_pci_scmi(void);

#endif /* SIP_ABI_H */
