/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ABI check of the firmware's SCMI PCI configuration access protocol
 * (0x80, Documentation/firmware-guide/rpi-smc-pcie.rst) on QEMU virt,
 * without an operating system: discovery, the same answers over the SMT
 * channel and the SMC fastchannel, values that agree with DEN0115's
 * PCI_READ of the same ECAM, a 16-dword READ_BLOCK in one SMC, refusals of
 * malformed requests, the Raspberry Pi 4 mode's refusals (TEST_PCI_MODE)
 * exactly as DEN0115 applies them, and one SMC per message. Prints its own
 * KTAP document.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <services/rpi_acpi_pci_scmi.h>
#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_sip.h>

#include "scmi-abi.h"
#include "sip-abi.h"

#define PCI_TESTS		8U

#define PROTO			RPI_ACPI_PCI_PROTOCOL_ID
#define SMC_PCI_READ		0x84000132U	/* DEN0115 PCI_READ */

#define SUCCESS			0U
#define INVALID_PARAMETERS	0xfffffffeU	/* -2 */
#define NOT_FOUND		0xfffffffcU	/* -4 */
#define PROTOCOL_ERROR		0xfffffff6U	/* -10 */

#define QEMU_HOST_BRIDGE_ID	0x00081b36U
#define CACHE_LINE_SIZE		0x0cU
#define ALL_ONES		0xffffffffU

typedef struct scmi_resp (*chan_fn)(const struct scmi_req *q);

static struct ktap_doc pci_doc = { .name = "pci-scmi-abi" };

static bool result(bool ok, const char *desc)
{
	return ktap_result(&pci_doc, ok, desc);
}

/* A message of this protocol with @n payload words */
static struct scmi_req msg(uint32_t id, unsigned int n, uint32_t w0,
			   uint32_t w1, uint32_t w2, uint32_t w3)
{
	struct scmi_req q = { .hdr = hdr(PROTO, id, 0U), .len = 4U * n };

	q.words[0] = w0;
	q.words[1] = w1;
	q.words[2] = w2;
	q.words[3] = w3;
	return q;
}

/* Status of a reply, with its SMCCC x0 checked */
static uint32_t status(const struct scmi_resp *a)
{
	return a->x0 == 0U ? a->words[0] : 0xdeadU;
}

/* DEN0115 PCI_READ: the value, or 0xdead when refused */
static uint32_t den0115_read(uint32_t addr, uint32_t off, uint32_t size)
{
	struct smc_regs r = { .x = { SMC_PCI_READ, addr, off, size, 0U } };

	smc_call(&r);
	return r.x[0] == 0U ? (uint32_t)r.x[1] : 0xdeadU;
}

/* READ over @chan: the value, or 0xdead when refused */
static uint32_t scmi_read(chan_fn chan, uint32_t addr, uint32_t off,
			  uint32_t size)
{
	struct scmi_req q = msg(RPI_ACPI_PCI_READ, 3U, addr, off, size, 0U);
	struct scmi_resp a = chan(&q);

	return (status(&a) == SUCCESS && a.len == 8U) ? a.words[1] : 0xdeadU;
}

static uint32_t scmi_status(chan_fn chan, const struct scmi_req *q)
{
	struct scmi_resp a = chan(q);

	return status(&a);
}

/* READ_BLOCK of 16 dwords of @addr over @chan equals 16 PCI_READs */
static bool block_is_den0115(chan_fn chan, uint32_t addr, uint32_t off)
{
	struct scmi_req q = msg(RPI_ACPI_PCI_READ_BLOCK, 3U, addr, off,
				RPI_ACPI_PCI_BLOCK_MAX, 0U);
	struct scmi_resp a = chan(&q);
	bool ok = check("status", status(&a), SUCCESS) &
		  check("length", a.len, 8U + 4U * RPI_ACPI_PCI_BLOCK_MAX) &
		  check("count", a.words[1], RPI_ACPI_PCI_BLOCK_MAX);
	unsigned int i;

	for (i = 0U; ok && (i < RPI_ACPI_PCI_BLOCK_MAX); i++)
		ok &= check("dword", a.words[2U + i],
			    den0115_read(addr, off + 4U * i, 4U));
	return ok;
}

static uint64_t pci_mode(uint32_t mode)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_PCI_MODE, mode } };

	smc_call(&r);
	return r.x[0];
}

static void test_discovery(void)
{
	chan_fn chans[] = { smt, smcf };
	struct scmi_req q;
	struct scmi_resp a;
	unsigned int c, i;
	bool ok = true;

	for (c = 0U; c < ARRAY_SIZE(chans); c++) {
		q = msg(RPI_ACPI_PCI_PROTOCOL_VERSION, 0U, 0U, 0U, 0U, 0U);
		a = chans[c](&q);
		ok &= check("status", status(&a), SUCCESS) &
		      check("version", a.words[1], 0x10000U);
		q = msg(RPI_ACPI_PCI_PROTOCOL_ATTRIBUTES, 0U, 0U, 0U, 0U, 0U);
		a = chans[c](&q);
		ok &= check("status", status(&a), SUCCESS) &
		      check("block max", a.words[1], 16U);
		for (i = 0U; i < 7U; i++) {
			q = msg(RPI_ACPI_PCI_MESSAGE_ATTRIBUTES, 1U, i, 0U, 0U,
				0U);
			ok &= check("message", scmi_status(chans[c], &q),
				    SUCCESS);
		}
		q = msg(RPI_ACPI_PCI_MESSAGE_ATTRIBUTES, 1U, 7U, 0U, 0U, 0U);
		ok &= check("message 7", scmi_status(chans[c], &q), NOT_FOUND);
		q = msg(7U, 0U, 0U, 0U, 0U, 0U);
		ok &= check("message 7 sent", scmi_status(chans[c], &q),
			    0xffffffffU);
	}
	result(ok, "PCI protocol 1.0 on both channels: READ_BLOCK of up to 16 dwords, messages 0..6");
}

static void test_segments(void)
{
	struct scmi_req q = msg(RPI_ACPI_PCI_SEGMENT_INFO, 1U, 0U, 0U, 0U, 0U);
	struct scmi_resp a = smcf(&q);
	bool ok;

	ok = check("status", status(&a), SUCCESS) &
	     check("bus range", a.words[1], 0xff00U) &
	     check("next", a.words[2], 0U);
	q.words[0] = 1U;
	ok &= check("segment 1", scmi_status(smt, &q), NOT_FOUND);
	q.words[0] = 0x10000U;
	ok &= check("segment 0x10000", scmi_status(smcf, &q),
		    INVALID_PARAMETERS);
	result(ok, "SEGMENT_INFO: segment 0 has buses 0..255, as PCI_SEG_INFO says");
}

static void test_reads(void)
{
	static const uint32_t acc[][2] = {
		{ 0U, 4U }, { 2U, 2U }, { 8U, 1U }, { 0x10U, 4U }, { 0x3eU, 2U },
	};
	chan_fn chans[] = { smt, smcf };
	unsigned int c, i;
	bool ok = true;

	for (c = 0U; c < ARRAY_SIZE(chans); c++) {
		ok &= check("00:00.0 id", scmi_read(chans[c], 0U, 0U, 4U),
			    QEMU_HOST_BRIDGE_ID) &
		      check("00:1f.0 id", scmi_read(chans[c], 0x1fU << 3, 0U,
						    4U), ALL_ONES);
		for (i = 0U; i < ARRAY_SIZE(acc); i++)
			ok &= check("READ vs PCI_READ",
				    scmi_read(chans[c], 1U << 3, acc[i][0],
					      acc[i][1]),
				    den0115_read(1U << 3, acc[i][0],
						 acc[i][1]));
		ok &= block_is_den0115(chans[c], 0U, 0U) &
		      block_is_den0115(chans[c], 1U << 3, 0x40U) &
		      block_is_den0115(chans[c], 0U, 4096U - 64U);
	}
	result(ok, "READ and a 16-dword READ_BLOCK read what DEN0115's PCI_READ reads, on both channels");
}

static void test_refusals(void)
{
	static const uint32_t bad[][5] = {
		/* message, words, w0, w1, w2: INVALID_PARAMETERS */
		{ RPI_ACPI_PCI_READ, 3U, 0U, 1U, 4U },
		{ RPI_ACPI_PCI_READ, 3U, 0U, 2U, 4U },
		{ RPI_ACPI_PCI_READ, 3U, 0U, 0U, 3U },
		{ RPI_ACPI_PCI_READ, 3U, 0U, 0U, 8U },
		{ RPI_ACPI_PCI_READ, 3U, 0U, 4096U, 1U },
		{ RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 0U, 0U },
		{ RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 0U, 17U },
		{ RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 2U, 1U },
		{ RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 4096U - 60U, 16U },
		{ RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 4096U, 1U },
	};
	struct scmi_req q;
	unsigned int i;
	bool ok = true;

	for (i = 0U; i < ARRAY_SIZE(bad); i++) {
		q = msg(bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4],
			0U);
		ok &= check("refused", scmi_status(smcf, &q),
			    INVALID_PARAMETERS) &
		      check("refused over SMT", scmi_status(smt, &q),
			    INVALID_PARAMETERS);
	}
	q = msg(RPI_ACPI_PCI_WRITE, 4U, 0U, CACHE_LINE_SIZE, 1U, 0x110U);
	ok &= check("value wider than the access", scmi_status(smcf, &q),
		    INVALID_PARAMETERS);
	q = msg(RPI_ACPI_PCI_READ, 3U, 1U << 16, 0U, 4U, 0U);
	ok &= check("segment 1", scmi_status(smcf, &q), NOT_FOUND);
	q = msg(RPI_ACPI_PCI_READ_BLOCK, 3U, 1U << 16, 0U, 1U, 0U);
	ok &= check("block, segment 1", scmi_status(smcf, &q), NOT_FOUND);
	q = msg(RPI_ACPI_PCI_READ, 2U, 0U, 0U, 0U, 0U);
	ok &= check("short READ", scmi_status(smcf, &q), PROTOCOL_ERROR);
	q = msg(RPI_ACPI_PCI_WRITE, 3U, 0U, 0U, 4U, 0U);
	ok &= check("short WRITE", scmi_status(smt, &q), PROTOCOL_ERROR);
	q = msg(RPI_ACPI_PCI_READ_BLOCK, 4U, 0U, 0U, 1U, 0U);
	ok &= check("long READ_BLOCK", scmi_status(smcf, &q), PROTOCOL_ERROR);
	result(ok, "unaligned, odd-sized, out-of-space, malformed and other-segment requests are refused");
}

static void test_write(void)
{
	struct scmi_req q = msg(RPI_ACPI_PCI_WRITE, 4U, 0U, CACHE_LINE_SIZE,
				1U, 0x20U);
	bool ok;

	ok = check("write", scmi_status(smcf, &q), SUCCESS) &
	     check("PCI_READ", den0115_read(0U, CACHE_LINE_SIZE, 1U), 0x20U) &
	     check("READ", scmi_read(smt, 0U, CACHE_LINE_SIZE, 1U), 0x20U);
	q.words[3] = 0x10U;
	ok &= check("write back", scmi_status(smt, &q), SUCCESS) &
	      check("PCI_READ", den0115_read(0U, CACHE_LINE_SIZE, 1U), 0x10U);
	result(ok, "WRITE: the host bridge's cache line size, read back through DEN0115");
}

static void test_rpi4_mode(void)
{
	struct scmi_req q = msg(RPI_ACPI_PCI_WRITE, 4U, 0U, CACHE_LINE_SIZE,
				1U, 0x40U);
	bool ok;

	ok = check("TEST_PCI_MODE(RPI4)", pci_mode(RPI_ACPI_PCI_MODE_RPI4), 0U);
	ok &= check("00:00.0", scmi_read(smcf, 0U, 0U, 4U), ALL_ONES) &
	      check("00:00.0 byte", scmi_read(smcf, 0U, 2U, 1U), ALL_ONES) &
	      check("root port", scmi_read(smcf, 1U << 3, 0U, 4U),
		    den0115_read(1U << 3, 0U, 4U)) &
	      block_is_den0115(smcf, 0U, 0U) &
	      block_is_den0115(smt, 1U << 3, 0U) &
	      check("dropped write", scmi_status(smcf, &q), SUCCESS);
	ok &= check("TEST_PCI_MODE(LINK_DOWN)",
		    pci_mode(RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN), 0U) &
	      check("01:00.0", scmi_read(smcf, 1U << 8, 0U, 4U), ALL_ONES) &
	      block_is_den0115(smcf, 1U << 8, 0U);
	ok &= check("TEST_PCI_MODE(FULL)", pci_mode(RPI_ACPI_PCI_MODE_FULL), 0U) &
	      check("cache line size", scmi_read(smcf, 0U, CACHE_LINE_SIZE, 1U),
		    0x10U) &
	      check("00:00.0 id", scmi_read(smcf, 0U, 0U, 4U),
		    QEMU_HOST_BRIDGE_ID);
	result(ok, "Pi 4 and link-down modes refuse what DEN0115 refuses, the same way");
}

static void test_counts(void)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_RESET } };
	struct scmi_req q = msg(RPI_ACPI_PCI_READ_BLOCK, 3U, 0U, 0U,
				RPI_ACPI_PCI_BLOCK_MAX, 0U);
	unsigned int i;
	bool ok;

	smc_call(&r);
	ok = check("TEST_RESET", r.x[0], 0U);
	for (i = 0U; i < 10U; i++)
		ok &= check("block", scmi_status(smcf, &q), SUCCESS);
	q = msg(RPI_ACPI_PCI_READ, 3U, 0U, 0U, 4U, 0U);
	ok &= check("read", scmi_status(smcf, &q), SUCCESS);
	ok &= check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF), 11U) &
	      check("PCI_READ calls", count_of(SMC_PCI_READ), 0U) &
	      check("doorbells", count_of(RPI_ACPI_SCMI_SMT_DOORBELL), 0U);
	result(ok, "counters: one SMC per message, a 64-byte header in one SMC, no DEN0115 call");
}

/**
 * test_pci_scmi() - the PCI protocol's ABI, as a KTAP document
 */
void test_pci_scmi(void)
{
	put_str("KTAP version 1\n1..");
	put_dec(PCI_TESTS);
	put_str("\n");
	test_discovery();
	test_segments();
	test_reads();
	test_refusals();
	test_write();
	test_rpi4_mode();
	test_counts();
	result(count_of(RPI_ACPI_SCMI_SMCF) != SMC_UNK,
	       "the counters answer after the PCI protocol's checks");
	ktap_totals(&pci_doc);
}
