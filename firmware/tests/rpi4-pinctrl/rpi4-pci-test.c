/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Check of DEN0115 (PCI configuration access over SMC) as the Pi 4's
 * BL31 serves it: TF-A's dispatcher and its plat/rpi/common/rpi_pci_svc.c,
 * behind the project's wrapper. On QEMU's raspi4b the PCIe link is down,
 * so the Pi's hooks refuse everything past bus 0; the root port, 00:00.0,
 * is read without a link check, straight from the controller's registers.
 * An access that is not aligned to its size must be refused with
 * INVALID_PARAMETER before it reaches them: there it would be an unaligned
 * load or store on a Device mapping at EL3, an alignment fault, and the
 * CPU would never return.
 * Prints its own KTAP document; each risky call is named first, so that a
 * console log that stops shows which one did not return.
 */

#include <stdbool.h>
#include <stdint.h>

#include <services/rpi_acpi_sip.h>

#include "rpi4-test.h"

#define TESTS			4U

#define SMC_PCI_VERSION		0x84000130U
#define SMC_PCI_READ		0x84000132U
#define SMC_PCI_WRITE		0x84000133U
#define PCI_SUCCESS		0U
#define PCI_INVAL_PARAM		0xfffffffffffffffeULL	/* -2 */
#define ALL_ONES		0xffffffffU

/* DEN0115 addresses: segment << 16 | bus << 8 | device << 3 | function */
#define ROOT_PORT		0x00000U	/* 00:00.0 */
#define NO_DEVICE		0x00008U	/* 00:01.0: refused by the hooks */
#define BUS1_DEV0		0x00100U	/* 01:00.0, behind the link */
#define SEGMENT1		0x10000U

static struct ktap_doc pci_doc = { .name = "rpi4-den0115" };

static bool result(bool ok, const char *desc)
{
	return ktap_result(&pci_doc, ok, desc);
}

static struct smc_regs pci_call(uint32_t fid, uint32_t addr, uint32_t off,
				uint32_t size, uint32_t val)
{
	struct smc_regs r = { .x = { fid, addr, off, size, val } };

	put_str("# ");
	put_str(fid == SMC_PCI_READ ? "PCI_READ " : "PCI_WRITE ");
	put_hex(addr);
	put_str(", offset ");
	put_hex(off);
	put_str(", size ");
	put_hex(size);
	put_str("\n");
	smc_call(&r);
	return r;
}

static uint64_t count_of(uint32_t fid)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_COUNT, fid } };

	smc_call(&r);
	return r.x[0] == 0U ? r.x[1] : 0xdeadU;
}

/* Accesses that must be refused: address, offset, size */
static const uint32_t bad[][3] = {
	{ ROOT_PORT, 2U, 4U },
	{ ROOT_PORT, 1U, 4U },
	{ ROOT_PORT, 0xffdU, 2U },
	{ ROOT_PORT, 0xffeU, 4U },
	{ ROOT_PORT, 0U, 3U },
	{ ROOT_PORT, 0U, 8U },
	{ BUS1_DEV0, 2U, 4U },
	{ BUS1_DEV0, 1U, 2U },
};

static void test_served(void)
{
	struct smc_regs r = { .x = { SMC_PCI_VERSION } };
	bool ok;

	smc_call(&r);
	ok = check("PCI_VERSION", r.x[0], 0x10000U);
	r = pci_call(SMC_PCI_READ, NO_DEVICE, 0U, 4U, 0U);
	ok &= check("00:01.0 status", r.x[0], PCI_SUCCESS) &
	      check("00:01.0 value", r.x[1], ALL_ONES);
	r = pci_call(SMC_PCI_READ, SEGMENT1, 0U, 4U, 0U);
	ok &= check("segment 1", r.x[0], PCI_INVAL_PARAM);
	result(ok, "DEN0115 1.0: 00:01.0 reads as all ones, segment 1 is refused");
}

static void test_unaligned(void)
{
	struct smc_regs r;
	unsigned int i;
	bool ok = true;

	for (i = 0U; i < ARRAY_SIZE(bad); i++) {
		r = pci_call(SMC_PCI_READ, bad[i][0], bad[i][1], bad[i][2], 0U);
		ok &= check("PCI_READ status", r.x[0], PCI_INVAL_PARAM) &
		      check("PCI_READ value", r.x[1], 0U);
	}
	result(ok, "PCI_READ: unaligned and odd-sized accesses are INVALID_PARAMETER");

	ok = true;
	for (i = 0U; i < ARRAY_SIZE(bad); i++) {
		r = pci_call(SMC_PCI_WRITE, bad[i][0], bad[i][1], bad[i][2], 0U);
		ok &= check("PCI_WRITE status", r.x[0], PCI_INVAL_PARAM);
	}
	result(ok, "PCI_WRITE: unaligned and odd-sized accesses are INVALID_PARAMETER");
}

static void test_counted(void)
{
	struct smc_regs r = pci_call(SMC_PCI_READ, NO_DEVICE, 2U, 2U, 0U);

	result(check("00:01.0 status", r.x[0], PCI_SUCCESS) &
	       check("PCI_READ calls", count_of(SMC_PCI_READ),
		     3U + ARRAY_SIZE(bad)) &
	       check("PCI_WRITE calls", count_of(SMC_PCI_WRITE),
		     ARRAY_SIZE(bad)),
	       "every call answered and counted, the CPU still serving");
}

/**
 * test_rpi4_pci() - the DEN0115 checks, as a KTAP document
 */
void test_rpi4_pci(void)
{
	ktap_begin(TESTS);
	test_served();
	test_unaligned();
	test_counted();
	ktap_totals(&pci_doc);
}
