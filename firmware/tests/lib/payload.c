/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The console and KTAP helpers of the bare-metal test payloads
 * (payload.h). The MMU is off: every access is a Device access, so
 * nothing here may be unaligned.
 */

#include <stdbool.h>
#include <stdint.h>

#include "payload.h"

#ifndef PAYLOAD_UART_BASE
#error "PAYLOAD_UART_BASE: the PL011's address on the payload's machine"
#endif

#define UART_DR			0x00UL
#define UART_FR			0x18UL
#define UART_FR_TXFF		0x20U

/* gcc may call these for struct copies even when freestanding. */
void *memset(void *s, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n);

void *memset(void *s, int c, unsigned long n)
{
	unsigned char *p = s;

	while (n-- != 0U)
		*p++ = (unsigned char)c;
	return s;
}

void *memcpy(void *d, const void *s, unsigned long n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	while (n-- != 0U)
		*p++ = *q++;
	return d;
}

static void uart_putc(char c)
{
	volatile uint32_t *fr =
		(volatile uint32_t *)(PAYLOAD_UART_BASE + UART_FR);
	volatile uint32_t *dr =
		(volatile uint32_t *)(PAYLOAD_UART_BASE + UART_DR);

	while ((*fr & UART_FR_TXFF) != 0U)
		;
	*dr = (uint32_t)(unsigned char)c;
}

void put_str(const char *s)
{
	while (*s != '\0') {
		if (*s == '\n')
			uart_putc('\r');
		uart_putc(*s++);
	}
}

void put_hex(uint64_t v)
{
	int shift;

	put_str("0x");
	for (shift = 60; shift >= 0; shift -= 4)
		uart_putc("0123456789abcdef"[(v >> shift) & 0xfU]);
}

void put_dec(uint64_t v)
{
	char buf[21];
	int i = 20;

	buf[i] = '\0';
	do {
		buf[--i] = (char)('0' + (v % 10U));
		v /= 10U;
	} while (v != 0U);
	put_str(&buf[i]);
}

void diag(const char *what, uint64_t got, uint64_t want)
{
	put_str("# ");
	put_str(what);
	put_str(": got ");
	put_hex(got);
	put_str(", want ");
	put_hex(want);
	put_str("\n");
}

bool check(const char *what, uint64_t got, uint64_t want)
{
	if (got != want)
		diag(what, got, want);
	return got == want;
}

void ktap_begin(unsigned int tests)
{
	put_str("KTAP version 1\n1..");
	put_dec(tests);
	put_str("\n");
}

bool ktap_result(struct ktap_doc *doc, bool ok, const char *desc)
{
	put_str(ok ? "ok " : "not ok ");
	put_dec(++doc->num);
	put_str(" ");
	put_str(desc);
	put_str("\n");
	if (!ok)
		doc->failed++;
	return ok;
}

void ktap_totals(const struct ktap_doc *doc)
{
	put_str("# ");
	put_str(doc->name);
	put_str(": ");
	put_dec(doc->num - doc->failed);
	put_str(" passed, ");
	put_dec(doc->failed);
	put_str(" failed\n");
}
