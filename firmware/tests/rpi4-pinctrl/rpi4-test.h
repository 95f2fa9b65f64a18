/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the Pi 4 payload's checks share (rpi4-test.c): the SMC wrapper
 * (start.S), the console and the KTAP helpers. rpi4-pinctrl-test.c prints
 * the pin control backend's KTAP document, rpi4-pci-test.c DEN0115's.
 */

#ifndef RPI4_TEST_H
#define RPI4_TEST_H

#include <stdbool.h>
#include <stdint.h>

#define NREGS			18U
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* x0..x17, in and out of an SMC (SMCCC v1.2) */
struct smc_regs {
	uint64_t x[NREGS];
};

void smc_call(struct smc_regs *r);

void put_str(const char *s);
void put_hex(uint64_t v);
void put_dec(unsigned int v);
/* GOT == WANT, with a "# WHAT: got GOT, want WANT" line when not */
bool check(const char *what, uint64_t got, uint64_t want);

/* One KTAP document's results, numbered from 1 */
struct ktap_doc {
	const char *name;
	unsigned int num;
	unsigned int failed;
};

/* "KTAP version 1" and the plan */
void ktap_begin(unsigned int tests);
/* "ok N DESC" or "not ok N DESC"; returns @ok */
bool ktap_result(struct ktap_doc *doc, bool ok, const char *desc);
/* "# NAME: P passed, F failed" */
void ktap_totals(const struct ktap_doc *doc);

/* rpi4-pinctrl-test.c: the pin control backend's document */
void test_rpi4_pinctrl(void);
/* rpi4-pci-test.c: DEN0115's document */
void test_rpi4_pci(void);

#endif /* RPI4_TEST_H */
