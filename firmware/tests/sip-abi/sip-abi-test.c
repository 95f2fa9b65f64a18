/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ABI check of the rpi-acpi firmware test service
 * (Documentation/firmware-guide/rpi-acpi-sip.rst) and of DEN0115 on QEMU's
 * virt machine, run as TF-A's BL33 without an operating system. It prints
 * KTAP on the PL011 between the markers tools/testing/ktap.py looks for,
 * then powers the machine off with PSCI SYSTEM_OFF.
 *
 * Expected TEST_MIX results are computed here from the ABI's formulas;
 * the function ids and constants come from the service's own header.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <services/rpi_acpi_sip.h>

#include "sip-abi.h"

#define SMCCC_VERSION		0x80000000U
#define PSCI_CPU_OFF		0x84000002U
#define PSCI_CPU_ON64		0xc4000003U
#define PSCI_SYSTEM_OFF		0x84000008U
#define SMC_PCI_VERSION		0x84000130U
#define SMC_PCI_FEATURES	0x84000131U
#define SMC_PCI_READ		0x84000132U
#define SMC_PCI_WRITE		0x84000133U
#define SMC_PCI_SEG_INFO	0x84000134U
#define PCI_INVAL_PARAM		(-2)
#define PCI_NOT_IMPL		(-3)
#define SMCCC_INVAL_PARAM	(-3)

/* 00:00.0 on virt: QEMU's PCIe host bridge, vendor 0x1b36, device 0x0008 */
#define QEMU_HOST_BRIDGE_ID	0x00081b36U
#define PCI_CACHE_LINE_SIZE	0x0cU

#define CPU1_MPIDR		1U
#define PARALLEL_CALLS		2000U
#define UNKNOWN_FLOOD		64U
/* The same function under the OEM owner (3) instead of SiP (2) */
#define OEM(sip_fid)		((sip_fid) | 0x01000000U)

void secondary_entry(void);
void test_main(void);
void secondary_main(uint64_t context_id);

static const uint32_t mix_fids[] = {
	RPI_ACPI_SIP_TEST_MIX32, RPI_ACPI_SIP_TEST_MIX64,
	RPI_ACPI_OEM_TEST_MIX32, RPI_ACPI_OEM_TEST_MIX64,
};

static const uint32_t pci_fids[] = {
	SMC_PCI_VERSION, SMC_PCI_FEATURES, SMC_PCI_READ, SMC_PCI_WRITE,
	SMC_PCI_SEG_INFO,
};

static volatile uint32_t cpu1_ready;
static volatile uint32_t cpu1_go;
static volatile uint32_t cpu1_done;
static volatile uint32_t cpu1_errors;
static struct ktap_doc sip_doc = { .name = "sip-abi" };

static bool result(bool ok, const char *desc)
{
	return ktap_result(&sip_doc, ok, desc);
}

static struct smc_regs smc4(uint32_t fid, uint64_t a1, uint64_t a2,
			    uint64_t a3, uint64_t a4)
{
	struct smc_regs r = { .x = { fid, a1, a2, a3, a4 } };

	smc_call(&r);
	return r;
}

static uint64_t rotl64(uint64_t v, unsigned int n)
{
	return (v << n) | (v >> (64U - n));
}

static uint32_t rotl32(uint32_t v, unsigned int n)
{
	return (v << n) | (v >> (32U - n));
}

/* TEST_MIX as the ABI document defines it. */
static void mix_expect(const struct smc_regs *in, bool is64,
		       struct smc_regs *want)
{
	uint64_t sum64 = 0U;
	uint32_t sum32 = 0U;
	unsigned int i;

	*want = *in;
	if (is64) {
		for (i = 1U; i <= RPI_ACPI_TEST_MIX64_NREGS; i++) {
			sum64 += rotl64(in->x[i], i);
			if (i >= 2U)
				want->x[i] = in->x[i] ^
					(i * RPI_ACPI_TEST_MIX64_STEP);
		}
		want->x[0] = RPI_ACPI_TEST_MIX64_RET;
		want->x[1] = sum64;
		return;
	}
	for (i = 1U; i <= RPI_ACPI_TEST_MIX32_NREGS; i++) {
		sum32 += rotl32((uint32_t)in->x[i], i);
		if (i >= 2U)
			want->x[i] = (uint32_t)in->x[i] ^
				(i * RPI_ACPI_TEST_MIX32_STEP);
	}
	want->x[0] = RPI_ACPI_TEST_MIX32_RET;
	want->x[1] = sum32;
}

/* Inputs with every bit pattern busy, upper halves included. */
static void mix_inputs(uint32_t fid, uint64_t seed, struct smc_regs *in)
{
	unsigned int i;

	in->x[0] = fid;
	for (i = 1U; i < NREGS; i++)
		in->x[i] = ((seed + i) * 0x9e3779b97f4a7c15ULL) ^ (seed << 32);
}

static bool is_smc64(uint32_t fid)
{
	return (fid & (1U << 30)) != 0U;
}

/* One TEST_MIX call; all of x0..x17 compared. */
static bool mix_call(uint32_t fid, uint64_t seed, bool verbose)
{
	struct smc_regs in, out, want;
	static const char *const names[NREGS] = {
		"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
		"x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17",
	};
	unsigned int i;
	bool ok = true;

	mix_inputs(fid, seed, &in);
	out = in;
	smc_call(&out);
	mix_expect(&in, is_smc64(fid), &want);
	for (i = 0U; i < NREGS; i++) {
		if (out.x[i] == want.x[i])
			continue;
		ok = false;
		if (verbose)
			diag(names[i], out.x[i], want.x[i]);
	}
	return ok;
}

static uint64_t test_count(uint32_t count_fid, uint32_t fid, uint64_t *count)
{
	struct smc_regs r = smc4(count_fid, fid, 0, 0, 0);

	*count = r.x[1];
	return r.x[0];
}

/* Every counter in @fids has the value in @want (or 0 when NULL). */
static bool counters_are(const uint32_t *fids, const uint64_t *want,
			 unsigned int n)
{
	uint64_t count;
	bool ok = true;
	unsigned int i;

	for (i = 0U; i < n; i++) {
		ok &= check("TEST_COUNT status",
			    test_count(RPI_ACPI_SIP_TEST_COUNT, fids[i],
				       &count), 0U);
		ok &= check("count", count, want != NULL ? want[i] : 0U);
	}
	return ok;
}

static bool uid_ok(uint32_t fid)
{
	struct smc_regs r = smc4(fid, 0, 0, 0, 0);

	return check("w0", r.x[0], RPI_ACPI_SIP_UUID_W0) &
	       check("w1", r.x[1], RPI_ACPI_SIP_UUID_W1) &
	       check("w2", r.x[2], RPI_ACPI_SIP_UUID_W2) &
	       check("w3", r.x[3], RPI_ACPI_SIP_UUID_W3);
}

static bool revision_ok(uint32_t fid)
{
	struct smc_regs r = smc4(fid, 0, 0, 0, 0);

	return check("major", r.x[0], RPI_ACPI_SIP_VERSION_MAJOR) &
	       check("minor", r.x[1], RPI_ACPI_SIP_VERSION_MINOR);
}

/* An unknown id: x0 = SMC_UNK and x1..x17 as they were. */
static bool unknown_ok(uint32_t fid)
{
	struct smc_regs in, out;
	unsigned int i;
	bool ok;

	mix_inputs(fid, fid, &in);
	out = in;
	smc_call(&out);
	ok = check("x0", out.x[0], SMC_UNK);
	for (i = 1U; i < NREGS; i++)
		ok &= check("preserved register", out.x[i], in.x[i]);
	if (!ok)
		diag("function id", fid, fid);
	return ok;
}

/* The worked example in rpi-acpi-sip.rst: xi = i. */
static bool worked_example_ok(void)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_MIX32 } };
	unsigned int i;
	bool ok;

	for (i = 1U; i < NREGS; i++)
		r.x[i] = i;
	smc_call(&r);
	ok = check("SMC32 W1", r.x[1], 0x602U) &
	     check("SMC32 W7", r.x[7], 0x07070700U);
	r.x[0] = RPI_ACPI_SIP_TEST_MIX64;
	for (i = 1U; i < NREGS; i++)
		r.x[i] = i;
	smc_call(&r);
	return ok & check("SMC64 X1", r.x[1], 0x400002U) &
	       check("SMC64 X2", r.x[2], 0x0202020202020200ULL) &
	       check("SMC64 X17", r.x[17], 0x1111111111111100ULL);
}

static void test_general_queries(void)
{
	struct smc_regs r = smc4(SMCCC_VERSION, 0, 0, 0, 0);

	result(r.x[0] >= 0x10002U && r.x[0] < 0x80000000U,
	       "SMCCC_VERSION is 1.2 or later (x8..x17 are arguments)");
	result(uid_ok(RPI_ACPI_SIP_UID), "SiP UID is the service's UUID");
	result(uid_ok(OEM(RPI_ACPI_SIP_UID)),
	       "OEM UID is the service's UUID");
	result(revision_ok(RPI_ACPI_SIP_REVISION) &
	       revision_ok(OEM(RPI_ACPI_SIP_REVISION)),
	       "SiP and OEM revision is 0.1");
	r = smc4(OEM(RPI_ACPI_SIP_CALL_COUNT), 0, 0, 0, 0);
	result(check("call count", r.x[0], RPI_ACPI_SIP_NUM_CALLS + 2U),
	       "OEM call count is 6 (TEST_PCI_MODE, TEST_PL061 on QEMU virt)");
	result(worked_example_ok(), "TEST_MIX gives the documented example");
}

static void test_mix(void)
{
	static const uint64_t once[] = { 1, 1, 1, 1 };
	static const uint64_t more[] = { 1, 2, 3, 4 };
	unsigned int i, j;
	bool ok;

	result(check("TEST_RESET", smc4(RPI_ACPI_SIP_TEST_RESET, 0, 0, 0,
					0).x[0], 0U) &
	       counters_are(mix_fids, NULL, ARRAY_SIZE(mix_fids)) &
	       counters_are(pci_fids, NULL, ARRAY_SIZE(pci_fids)),
	       "TEST_RESET returns 0 and zeroes every counter");
	result(mix_call(RPI_ACPI_SIP_TEST_MIX64, 1U, true),
	       "SiP TEST_MIX SMC64: x0..x17 from x1..x17");
	result(mix_call(RPI_ACPI_OEM_TEST_MIX64, 2U, true),
	       "OEM TEST_MIX SMC64: x0..x17 from x1..x17");
	result(mix_call(RPI_ACPI_SIP_TEST_MIX32, 3U, true),
	       "SiP TEST_MIX SMC32: w0..w7, upper halves 0, x8..x17 kept");
	result(mix_call(RPI_ACPI_OEM_TEST_MIX32, 4U, true),
	       "OEM TEST_MIX SMC32: w0..w7, upper halves 0, x8..x17 kept");
	result(counters_are(mix_fids, once, ARRAY_SIZE(mix_fids)),
	       "each TEST_MIX id has its own counter");
	ok = true;
	for (i = 0U; i < ARRAY_SIZE(mix_fids); i++)
		for (j = 1U; j < more[i]; j++)
			ok &= mix_call(mix_fids[i], 10U * i + j, true);
	result(ok && counters_are(mix_fids, more, ARRAY_SIZE(mix_fids)),
	       "the counters match the calls made (1, 2, 3, 4)");
}

static void test_unknown(void)
{
	static const uint64_t more[] = { 1, 2, 3, 4 };
	static const uint32_t unknown[] = {
		0x82000103U, 0x820001ffU, 0x82000000U, 0x8200ff02U,
		0xc2000101U, 0xc2000102U, 0xc200ff01U, 0x83000103U,
		0xc300ff03U,
	};
	uint64_t count = 1U;
	unsigned int i;
	bool ok = true;

	result(check("status", test_count(RPI_ACPI_SIP_TEST_COUNT,
					  RPI_ACPI_SIP_TEST_COUNT, &count),
		     SMC_UNK) & check("x1", count, 0U) &
	       check("status", test_count(RPI_ACPI_SIP_TEST_COUNT,
					  0x82000103U, &count), SMC_UNK),
	       "TEST_COUNT of an id that is not counted returns -1");
	for (i = 0U; i < ARRAY_SIZE(unknown); i++)
		ok &= unknown_ok(unknown[i]);
	result(ok, "unknown ids return -1 and change no other register");
	result(counters_are(mix_fids, more, ARRAY_SIZE(mix_fids)),
	       "calls to unknown ids changed no counter");
	result(check("status", test_count(OEM(RPI_ACPI_SIP_TEST_COUNT),
					  RPI_ACPI_OEM_TEST_MIX64, &count),
		     0U) & check("count", count, 4U),
	       "TEST_COUNT is served under the OEM owner too");
}

/*
 * A flood of unknown ids, of both owners and of the SCMI server's range:
 * BL31 must count them and print nothing. test-sip-abi.sh fails the run
 * when a console line comes between the console-quiet markers.
 */
static void test_unknown_flood(void)
{
	static const uint32_t unknown[] = {
		0x82000103U, 0xc2000101U, 0x83000103U, 0xc300ff03U,
		0x82000202U, 0xc20002ffU, 0x83000200U, 0x8200ff02U,
	};
	uint64_t before, after;
	struct smc_regs r;
	unsigned int i;
	bool ok;

	ok = check("status", test_count(RPI_ACPI_SIP_TEST_COUNT,
					RPI_ACPI_SIP_COUNT_UNKNOWN_ID,
					&before), 0U);
	put_str("# console-quiet begin: ");
	put_dec(UNKNOWN_FLOOD);
	put_str(" calls to unknown SiP and OEM ids\n");
	for (i = 0U; i < UNKNOWN_FLOOD; i++) {
		r = smc4(unknown[i % ARRAY_SIZE(unknown)], i, 0, 0, 0);
		ok &= check("x0", r.x[0], SMC_UNK);
	}
	put_str("# console-quiet end\n");
	ok &= check("status", test_count(RPI_ACPI_SIP_TEST_COUNT,
					 RPI_ACPI_SIP_COUNT_UNKNOWN_ID,
					 &after), 0U) &
	      check("unknown ids counted", after - before, UNKNOWN_FLOOD);
	result(ok, "calls to unknown ids are counted, each one, and BL31 prints nothing");
}

static void test_pci(void)
{
	static const uint64_t calls[] = { 1, 2, 6, 1, 2 };
	struct smc_regs r;
	bool ok;

	r = smc4(SMC_PCI_VERSION, 0, 0, 0, 0);
	ok = check("PCI_VERSION", r.x[0], 0x10000U);
	r = smc4(SMC_PCI_FEATURES, SMC_PCI_READ, 0, 0, 0);
	ok &= check("PCI_FEATURES(PCI_READ)", r.x[0], 0U);
	r = smc4(SMC_PCI_FEATURES, 0x84000135U, 0, 0, 0);
	ok &= check("PCI_FEATURES(0x84000135)", r.x[0], SMC_UNK);
	result(ok, "DEN0115 1.0: PCI_VERSION, PCI_FEATURES");

	r = smc4(SMC_PCI_SEG_INFO, 0, 0, 0, 0);
	ok = check("status", r.x[0], 0U) & check("bus range", r.x[1], 0xff00U) &
	     check("next segment", r.x[2], 0U);
	r = smc4(SMC_PCI_SEG_INFO, 1, 0, 0, 0);
	ok &= check("segment 1", (uint64_t)(int64_t)(int32_t)r.x[0],
		    (uint64_t)PCI_NOT_IMPL);
	result(ok, "PCI_SEG_INFO: segment 0 has buses 0..255, no segment 1");

	r = smc4(SMC_PCI_READ, 0, 0, 4, 0);
	ok = check("status", r.x[0], 0U) &
	     check("00:00.0 id", r.x[1], QEMU_HOST_BRIDGE_ID);
	r = smc4(SMC_PCI_READ, 0, 2, 2, 0);
	ok &= check("00:00.0 device", r.x[1], QEMU_HOST_BRIDGE_ID >> 16);
	r = smc4(SMC_PCI_READ, 0x1f << 3, 0, 4, 0);
	ok &= check("status", r.x[0], 0U) &
	      check("00:1f.0 id", r.x[1], 0xffffffffU);
	result(ok, "PCI_READ: the host bridge's id; all ones where none is");

	r = smc4(SMC_PCI_READ, 0, 1, 4, 0);
	ok = check("unaligned", (uint64_t)(int64_t)(int32_t)r.x[0],
		   (uint64_t)PCI_INVAL_PARAM);
	r = smc4(SMC_PCI_READ, 1U << 16, 0, 4, 0);
	ok &= check("segment 1", (uint64_t)(int64_t)(int32_t)r.x[0],
		    (uint64_t)PCI_INVAL_PARAM);
	result(ok, "PCI_READ refuses an unaligned offset and segment 1");

	r = smc4(SMC_PCI_WRITE, 0, PCI_CACHE_LINE_SIZE, 1, 0x10);
	ok = check("write status", r.x[0], 0U);
	r = smc4(SMC_PCI_READ, 0, PCI_CACHE_LINE_SIZE, 1, 0);
	ok &= check("read back", r.x[1], 0x10U);
	result(ok, "PCI_WRITE: the host bridge's cache line size reads back");

	result(counters_are(pci_fids, calls, ARRAY_SIZE(pci_fids)),
	       "every DEN0115 call is counted, per id");
}

static uint64_t pci_mode(uint32_t fid, uint32_t mode)
{
	return smc4(fid, mode, 0, 0, 0).x[0];
}

/* The Pi 4 behaviour of the DEN0115 hooks, chosen with TEST_PCI_MODE. */
static void test_pci_modes(void)
{
	struct smc_regs r;
	bool ok;

	ok = check("TEST_PCI_MODE(RPI4)",
		   pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, RPI_ACPI_PCI_MODE_RPI4),
		   0U);
	r = smc4(SMC_PCI_READ, 0, 0, 4, 0);
	ok &= check("status", r.x[0], 0U) &
	      check("00:00.0 id", r.x[1], 0xffffffffU);
	r = smc4(SMC_PCI_READ, 0, 2, 1, 0);
	ok &= check("status", r.x[0], 0U) &
	      check("00:00.0 byte", r.x[1], 0xffffffffU);
	r = smc4(SMC_PCI_READ, 0, 1, 4, 0);
	ok &= check("unaligned", (uint64_t)(int64_t)(int32_t)r.x[0],
		    (uint64_t)PCI_INVAL_PARAM);
	result(ok, "RPI4 mode: 00:00.0 reads as all ones in 32 bits whatever the size, as on a Pi");

	r = smc4(SMC_PCI_WRITE, 0, PCI_CACHE_LINE_SIZE, 1, 0x20);
	ok = check("write status", r.x[0], 0U);
	ok &= check("TEST_PCI_MODE(FULL)",
		    pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, RPI_ACPI_PCI_MODE_FULL),
		    0U);
	r = smc4(SMC_PCI_READ, 0, PCI_CACHE_LINE_SIZE, 1, 0);
	ok &= check("cache line size", r.x[1], 0x10U);
	r = smc4(SMC_PCI_READ, 0, 0, 4, 0);
	ok &= check("00:00.0 id", r.x[1], QEMU_HOST_BRIDGE_ID);
	result(ok, "RPI4 mode drops a write to a refused function; FULL serves it again");

	ok = check("TEST_PCI_MODE(3)",
		   pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, 3U),
		   (uint64_t)(int64_t)SMCCC_INVAL_PARAM);
	r = smc4(SMC_PCI_READ, 0, 0, 4, 0);
	ok &= check("00:00.0 id", r.x[1], QEMU_HOST_BRIDGE_ID);
	ok &= check("OEM TEST_PCI_MODE(RPI4_LINK_DOWN)",
		    pci_mode(OEM(RPI_ACPI_SIP_TEST_PCI_MODE),
			     RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN), 0U);
	r = smc4(SMC_PCI_READ, 0, 0, 4, 0);
	ok &= check("00:00.0 id", r.x[1], 0xffffffffU);
	ok &= check("TEST_PCI_MODE(FULL)",
		    pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, RPI_ACPI_PCI_MODE_FULL),
		    0U);
	result(ok, "TEST_PCI_MODE refuses an unknown mode and keeps the last one; OEM owner too");
}

/*
 * Accesses DEN0115 must refuse at any address: offset, size. (The
 * offset is w2: TF-A's standard service clears the upper halves of an
 * SMC32 call's arguments.)
 */
static const uint32_t pci_bad[][2] = {
	{ 2U, 4U }, { 1U, 4U }, { 3U, 4U }, { 0xffdU, 2U }, { 0x7ffU, 2U },
	{ 0xffeU, 4U }, { 0U, 3U }, { 0U, 8U },
};

/* PCI_READ and PCI_WRITE of every pci_bad[] access at @addr are refused */
static bool pci_refused(uint32_t addr)
{
	struct smc_regs r;
	unsigned int i;
	bool ok = true, one;

	for (i = 0U; i < ARRAY_SIZE(pci_bad); i++) {
		r = smc4(SMC_PCI_READ, addr, pci_bad[i][0], pci_bad[i][1], 0);
		one = check("PCI_READ", (uint64_t)(int64_t)(int32_t)r.x[0],
			    (uint64_t)PCI_INVAL_PARAM) &
		      check("PCI_READ value", r.x[1], 0U);
		r = smc4(SMC_PCI_WRITE, addr, pci_bad[i][0], pci_bad[i][1], 0);
		one &= check("PCI_WRITE", (uint64_t)(int64_t)(int32_t)r.x[0],
			     (uint64_t)PCI_INVAL_PARAM);
		if (!one)
			diag("address, offset", addr, pci_bad[i][0]);
		ok &= one;
	}
	return ok;
}

/*
 * Unaligned and odd-sized accesses, in every mode, to a function the mode
 * lets through: in the Pi 4 modes the hooks, like the Pi's, do not look at
 * alignment, so only the checks before them keep an unaligned Device
 * access (a fatal alignment fault at EL3) away.
 */
static void test_pci_unaligned(void)
{
	static const uint32_t modes[][2] = {
		{ RPI_ACPI_PCI_MODE_FULL, 0U },			/* 00:00.0 */
		{ RPI_ACPI_PCI_MODE_RPI4, 1U << 3 },		/* 00:01.0 */
		{ RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN, 1U << 8 },	/* 01:00.0 */
	};
	uint64_t reads, writes, count;
	unsigned int i;
	bool ok = true;

	test_count(RPI_ACPI_SIP_TEST_COUNT, SMC_PCI_READ, &reads);
	test_count(RPI_ACPI_SIP_TEST_COUNT, SMC_PCI_WRITE, &writes);
	for (i = 0U; i < ARRAY_SIZE(modes); i++) {
		ok &= check("TEST_PCI_MODE",
			    pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, modes[i][0]),
			    0U) &
		      pci_refused(modes[i][1]);
	}
	ok &= check("TEST_PCI_MODE(FULL)",
		    pci_mode(RPI_ACPI_SIP_TEST_PCI_MODE, RPI_ACPI_PCI_MODE_FULL),
		    0U);
	result(ok, "PCI_READ and PCI_WRITE: unaligned and odd-sized accesses are INVALID_PARAMETER in every mode");
	test_count(RPI_ACPI_SIP_TEST_COUNT, SMC_PCI_READ, &count);
	ok = check("PCI_READ calls", count - reads, 3U * ARRAY_SIZE(pci_bad));
	test_count(RPI_ACPI_SIP_TEST_COUNT, SMC_PCI_WRITE, &count);
	ok &= check("PCI_WRITE calls", count - writes, 3U * ARRAY_SIZE(pci_bad));
	result(ok, "the refused calls are counted");
}

static uint64_t timer_count(void)
{
	uint64_t v;

	__asm__ volatile("isb; mrs %0, cntpct_el0" : "=r"(v));
	return v;
}

static uint64_t timer_freq(void)
{
	uint64_t v;

	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(v));
	return v;
}

uint64_t deadline_ms(unsigned int ms)
{
	return timer_count() + (timer_freq() * ms) / 1000U;
}

bool deadline_passed(uint64_t deadline)
{
	return timer_count() >= deadline;
}

static uint32_t mix_loop(uint32_t fid, uint64_t seed)
{
	uint32_t errors = 0U;
	unsigned int i;

	for (i = 0U; i < PARALLEL_CALLS; i++)
		if (!mix_call(fid, seed + i, false))
			errors++;
	return errors;
}

void secondary_main(uint64_t context_id)
{
	struct smc_regs r = { .x = { PSCI_CPU_OFF } };

	cpu1_ready = 1U;
	while (cpu1_go == 0U)
		;
	cpu1_errors = mix_loop(RPI_ACPI_SIP_TEST_MIX64, context_id);
	__asm__ volatile("dsb sy" ::: "memory");
	cpu1_done = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	smc_call(&r);
}

static void test_parallel(void)
{
	uint64_t before, after, deadline;
	uint32_t errors;
	struct smc_regs r;
	bool ok;

	test_count(RPI_ACPI_SIP_TEST_COUNT, RPI_ACPI_SIP_TEST_MIX64, &before);
	r = smc4(PSCI_CPU_ON64, CPU1_MPIDR, (uint64_t)secondary_entry,
		 1000000U, 0);
	ok = check("CPU_ON", r.x[0], 0U);
	/* Both CPUs start their calls together. */
	deadline = deadline_ms(30000U);
	while (ok && cpu1_ready == 0U && !deadline_passed(deadline))
		;
	ok &= check("CPU 1 started", cpu1_ready, 1U);
	cpu1_go = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	errors = mix_loop(RPI_ACPI_SIP_TEST_MIX64, 0U);
	while (ok && cpu1_done == 0U && !deadline_passed(deadline))
		;
	ok &= check("CPU 1 finished", cpu1_done, 1U);
	ok &= check("CPU 0 wrong results", errors, 0U);
	ok &= check("CPU 1 wrong results", cpu1_errors, 0U);
	test_count(RPI_ACPI_SIP_TEST_COUNT, RPI_ACPI_SIP_TEST_MIX64, &after);
	ok &= check("calls counted", after - before, 2U * PARALLEL_CALLS);
	put_str("# 2 CPUs x ");
	put_dec(PARALLEL_CALLS);
	put_str(" SMC64 TEST_MIX calls at once\n");
	result(ok, "calls from 2 CPUs at once are all answered and counted");

	r = smc4(OEM(RPI_ACPI_SIP_TEST_RESET), 0, 0, 0, 0);
	result(check("OEM TEST_RESET", r.x[0], 0U) &
	       counters_are(mix_fids, NULL, ARRAY_SIZE(mix_fids)) &
	       counters_are(pci_fids, NULL, ARRAY_SIZE(pci_fids)),
	       "TEST_RESET under the OEM owner zeroes every counter");
}

void test_main(void)
{
	struct smc_regs off = { .x = { PSCI_SYSTEM_OFF } };

	put_str("\n@@RPI-ACPI-KTAP-BEGIN@@\nKTAP version 1\n1..31\n");
	test_general_queries();
	test_mix();
	test_unknown();
	test_unknown_flood();
	test_pci();
	test_pci_modes();
	test_pci_unaligned();
	test_parallel();
	ktap_totals(&sip_doc);
	test_scmi();
	test_pinctrl();
	test_pci_scmi();
	put_str("@@RPI-ACPI-KTAP-END@@\n");
	smc_call(&off);
}
