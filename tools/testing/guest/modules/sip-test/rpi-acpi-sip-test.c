// SPDX-License-Identifier: GPL-2.0
/*
 * Exercise the emulated machine's firmware test service (see
 * Documentation/firmware-guide/rpi-acpi-sip.rst) from Linux: the results
 * TEST_MIX computes from every argument register, in both calling
 * conventions and both owners, the call counters, an unknown function id,
 * and calls from every CPU at once. The checks run at load; their KTAP is
 * in debugfs, rpi_acpi_sip_test/results.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/cpumask.h>
#include <linux/module.h>
#include <linux/smp.h>

#include <rpi-acpi-test.h>

#define TEST_UNKNOWN		RPI_TEST_SIP32(0x01ff)
#define SIP_REVISION		RPI_TEST_SIP32(0xff03)
#define CALLS_PER_CPU		64

/* All registers, through SMCCC v1.2 (x1..x17 for SMC64, w1..w7 for SMC32). */
static bool sip_test_mix_full(u32 fid, bool is64, u64 seed)
{
	struct arm_smccc_1_2_regs args = { .a0 = fid }, res;
	unsigned int nregs = is64 ? 17 : 7, i;
	/* struct arm_smccc_1_2_regs is a0..a17, in order, nothing between. */
	unsigned long *a = &args.a0, *r = &res.a0;
	u64 in[18], want[18];

	for (i = 1; i <= 17; i++) {
		in[i] = seed * i + 0x1234567800000000ULL * i + i;
		a[i] = in[i];
	}
	arm_smccc_1_2_smc(&args, &res);
	rpi_test_mix_expect(in, nregs, is64, want);
	for (i = 0; i <= nregs; i++)
		if (r[i] != want[i])
			return false;
	return true;
}

/* The first four results, through arm_smccc_1_1_invoke(). */
static bool sip_test_mix_invoke(u32 fid, bool is64)
{
	u64 in[8] = { 0, 0x11, 0x2200000022ULL, 0x33, 0x44, 0x55, 0x66, 0x77 };
	struct arm_smccc_res res;
	u64 want[8];

	arm_smccc_1_1_invoke(fid, in[1], in[2], in[3], in[4], in[5], in[6],
			     in[7], &res);
	rpi_test_mix_expect(in, 7, is64, want);
	/* In SMC64 the sum also covers x8..x17, which this call leaves as they were. */
	return res.a0 == want[0] && (is64 || res.a1 == want[1]) &&
	       res.a2 == want[2] && res.a3 == want[3];
}

static void sip_test_mix_on_cpu(void *fid)
{
	struct arm_smccc_res res;
	unsigned int i;

	for (i = 0; i < CALLS_PER_CPU; i++)
		arm_smccc_1_1_invoke((unsigned long)fid, i, &res);
}

static void sip_test_run(struct rpi_test_ktap *k)
{
	const u32 mix32 = RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_SIP, RPI_TEST_MIX);
	const u32 mix64 = RPI_TEST_FN(ARM_SMCCC_SMC_64, ARM_SMCCC_OWNER_SIP, RPI_TEST_MIX);
	const u32 oem32 = RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_OEM, RPI_TEST_MIX);
	const u32 oem64 = RPI_TEST_FN(ARM_SMCCC_SMC_64, ARM_SMCCC_OWNER_OEM, RPI_TEST_MIX);
	struct arm_smccc_res res;
	unsigned int cpus;

	rpi_test_result(k, arm_smccc_1_1_get_conduit() == SMCCC_CONDUIT_SMC,
			"the firmware is reached by SMC (SMCCC v1.1+)");
	if (arm_smccc_1_1_get_conduit() != SMCCC_CONDUIT_SMC)
		return;
	arm_smccc_1_1_invoke(SIP_REVISION, &res);
	rpi_test_result(k, res.a0 == 0 && res.a1 == 1, "SiP revision is 0.1");
	arm_smccc_1_1_invoke(RPI_TEST_RESET, &res);
	rpi_test_result(k, res.a0 == 0 && rpi_test_count(mix32) == 0 &&
			rpi_test_count(oem64) == 0, "TEST_RESET zeroes the counters");
	rpi_test_result(k, sip_test_mix_invoke(mix32, false) &&
			sip_test_mix_invoke(mix64, true),
			"TEST_MIX through arm_smccc_1_1_invoke, SMC32 and SMC64");
	rpi_test_result(k, sip_test_mix_full(mix32, false, 3) &&
			sip_test_mix_full(mix32, false, ~0ULL),
			"SiP TEST_MIX SMC32: w0..w7 from w1..w7");
	rpi_test_result(k, sip_test_mix_full(mix64, true, 5) &&
			sip_test_mix_full(mix64, true, ~0ULL),
			"SiP TEST_MIX SMC64: x0..x17 from x1..x17");
	rpi_test_result(k, sip_test_mix_full(oem32, false, 7) &&
			sip_test_mix_full(oem64, true, 9),
			"OEM TEST_MIX, SMC32 and SMC64");
	rpi_test_result(k, rpi_test_count(mix32) == 3 &&
			rpi_test_count(mix64) == 3 && rpi_test_count(oem32) == 1 &&
			rpi_test_count(oem64) == 1,
			"the counters match the calls made");
	arm_smccc_1_1_invoke(TEST_UNKNOWN, 1, 2, 3, &res);
	rpi_test_result(k, (long)res.a0 == SMCCC_RET_NOT_SUPPORTED,
			"an unknown SiP function returns NOT_SUPPORTED");
	rpi_test_result(k, rpi_test_count(TEST_UNKNOWN) == -1,
			"an unknown function has no counter");
	rpi_test_result(k, rpi_test_count(mix32) == 3,
			"the unknown call changed no counter");
	cpus = num_online_cpus();
	on_each_cpu(sip_test_mix_on_cpu, (void *)(unsigned long)mix32, 1);
	seq_buf_printf(&k->log, "# %u CPUs x %u calls\n", cpus, CALLS_PER_CPU);
	rpi_test_result(k, rpi_test_count(mix32) == 3 + cpus * CALLS_PER_CPU,
			"calls from every CPU at once are all counted");
}

static struct rpi_test_ktap *sip_test_ktap;

static int __init sip_test_init(void)
{
	sip_test_ktap = rpi_test_ktap_alloc(12);
	if (!sip_test_ktap)
		return -ENOMEM;
	sip_test_run(sip_test_ktap);
	rpi_test_ktap_publish(sip_test_ktap);
	return 0;
}
module_init(sip_test_init);

static void __exit sip_test_exit(void)
{
	rpi_test_ktap_free(sip_test_ktap);
}
module_exit(sip_test_exit);

MODULE_DESCRIPTION("Checks of the emulated machine's firmware test service");
MODULE_LICENSE("GPL");
