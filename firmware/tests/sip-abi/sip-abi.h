/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the ABI test payload's files share: the SMC wrapper (start.S) and
 * the console helpers of sip-abi-test.c, which prints the test service's
 * KTAP document; scmi-abi-test.c prints the SCMI server's,
 * pinctrl-abi-test.c its pin control protocol's, pci-abi-test.c its PCI
 * configuration access protocol's.
 */

#ifndef SIP_ABI_H
#define SIP_ABI_H

#include <stdbool.h>
#include <stdint.h>

#define NREGS			18U
#define SMC_UNK			0xffffffffffffffffULL
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* x0..x17, in and out of an SMC (SMCCC v1.2) */
struct smc_regs {
	uint64_t x[NREGS];
};

void smc_call(struct smc_regs *r);

void put_str(const char *s);
void put_hex(uint64_t v);
void put_dec(uint64_t v);
/* "# WHAT: got GOT, want WANT" */
void diag(const char *what, uint64_t got, uint64_t want);
/* GOT == WANT, with a diag() line when not */
bool check(const char *what, uint64_t got, uint64_t want);

/* The generic timer's count @ms milliseconds from now */
uint64_t deadline_ms(unsigned int ms);
/* True once the generic timer has reached @deadline */
bool deadline_passed(uint64_t deadline);

/* One KTAP document's results, numbered from 1 */
struct ktap_doc {
	const char *name;
	unsigned int num;
	unsigned int failed;
};

/* "ok N DESC" or "not ok N DESC"; returns @ok */
bool ktap_result(struct ktap_doc *doc, bool ok, const char *desc);
/* "# NAME: P passed, F failed" */
void ktap_totals(const struct ktap_doc *doc);

/* scmi-abi-test.c: the SCMI server's KTAP document; CPU 1 must be off. */
void test_scmi(void);
/* pinctrl-abi-test.c: the pin control protocol's; CPU 1 must be off. */
void test_pinctrl(void);
/* pci-abi-test.c: the PCI configuration access protocol's. */
void test_pci_scmi(void);

#endif /* SIP_ABI_H */
