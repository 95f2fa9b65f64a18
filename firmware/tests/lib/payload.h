/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What every bare-metal test payload shares (lib/payload.c): the PL011
 * console, the KTAP helpers, and the SMC register block its own start.S
 * passes to smc_call(). A payload builds payload.c with PAYLOAD_UART_BASE
 * set to its machine's PL011: sip-abi on QEMU's virt, rpi4-pinctrl on
 * raspi4b.
 */

#ifndef PAYLOAD_H
#define PAYLOAD_H

#include <stdbool.h>
#include <stdint.h>

#define NREGS			18U
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

/* x0..x17, in and out of an SMC (SMCCC v1.2) */
struct smc_regs {
	uint64_t x[NREGS];
};

/* start.S: one SMC with every register of @r, results back into @r */
void smc_call(struct smc_regs *r);

void put_str(const char *s);
void put_hex(uint64_t v);
void put_dec(uint64_t v);
/* "# WHAT: got GOT, want WANT" */
void diag(const char *what, uint64_t got, uint64_t want);
/* GOT == WANT, with a diag() line when not */
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

#endif /* PAYLOAD_H */
