/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The Pi 4 payload's main and the helpers its checks share. TF-A's rpi4
 * BL31 on QEMU's raspi4b enters it as its kernel (CPU 0, MMU off); it
 * prints one KTAP document per check on the PL011, between the markers
 * tools/testing/ktap.py looks for, and powers off with PSCI SYSTEM_OFF.
 */

#include <stdbool.h>
#include <stdint.h>

#include "rpi4-test.h"

#define UART_BASE		0xfe201000UL	/* PL011, TF-A's console too */
#define UART_DR			0x00UL
#define UART_FR			0x18UL
#define UART_FR_TXFF		0x20U

#define PSCI_SYSTEM_OFF		0x84000008U

void rpi4_test_main(void);
void *memset(void *s, int c, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n);

/* gcc may call these for struct copies even when freestanding. */
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
	volatile uint32_t *fr = (volatile uint32_t *)(UART_BASE + UART_FR);
	volatile uint32_t *dr = (volatile uint32_t *)(UART_BASE + UART_DR);

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
	int shift = 60;

	put_str("0x");
	while (shift > 28 && ((v >> shift) & 0xfU) == 0U)
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		uart_putc("0123456789abcdef"[(v >> shift) & 0xfU]);
}

void put_dec(unsigned int v)
{
	if (v >= 10U)
		put_dec(v / 10U);
	uart_putc((char)('0' + v % 10U));
}

bool check(const char *what, uint64_t got, uint64_t want)
{
	if (got != want) {
		put_str("# ");
		put_str(what);
		put_str(": got ");
		put_hex(got);
		put_str(", want ");
		put_hex(want);
		put_str("\n");
	}
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
