// SPDX-License-Identifier: GPL-2.0
/*
 * Exercise the emulated machine's firmware test service (see
 * Documentation/firmware-guide/rpi-acpi-sip.rst) from Linux: the results
 * TEST_MIX computes from every argument register, in both calling
 * conventions and both owners, the call counters, an unknown function id,
 * and calls from every CPU at once. The checks run at load; their KTAP is
 * in debugfs, rpi-acpi-sip-test/results.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/arm-smccc.h>
#include <linux/bitops.h>
#include <linux/cpumask.h>
#include <linux/debugfs.h>
#include <linux/module.h>
#include <linux/seq_buf.h>
#include <linux/slab.h>
#include <linux/smp.h>

#define SIP_FN(conv, num)	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, conv, \
						   ARM_SMCCC_OWNER_SIP, num)
#define OEM_FN(conv, num)	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, conv, \
						   ARM_SMCCC_OWNER_OEM, num)
#define TEST_MIX_NUM		0x0100
#define TEST_COUNT		SIP_FN(ARM_SMCCC_SMC_32, 0x0101)
#define TEST_RESET		SIP_FN(ARM_SMCCC_SMC_32, 0x0102)
#define TEST_UNKNOWN		SIP_FN(ARM_SMCCC_SMC_32, 0x01ff)
#define SIP_REVISION		SIP_FN(ARM_SMCCC_SMC_32, 0xff03)
#define CALLS_PER_CPU		64

struct sip_test {
	struct seq_buf log;
	unsigned int n;
	struct dentry *dir;
	struct debugfs_blob_wrapper blob;
	char buf[PAGE_SIZE];
};

static void sip_test_result(struct sip_test *t, bool ok, const char *desc)
{
	seq_buf_printf(&t->log, "%sok %u %s\n", ok ? "" : "not ", ++t->n, desc);
}

static u64 rotl(u64 v, unsigned int n, bool is64)
{
	return is64 ? rol64(v, n) : rol32((u32)v, n);
}

/* The firmware's TEST_MIX, as the ABI document defines it. */
static void sip_test_mix_expect(const u64 *in, unsigned int nregs, bool is64,
				u64 *out)
{
	u64 mask = is64 ? U64_MAX : U32_MAX;
	u64 step = is64 ? 0x0101010101010101ULL : 0x01010101;
	u64 sum = 0;
	unsigned int i;

	for (i = 1; i <= nregs; i++)
		sum += rotl(in[i] & mask, i, is64);
	out[0] = is64 ? 64 : 32;
	out[1] = sum & mask;
	for (i = 2; i <= nregs; i++)
		out[i] = (in[i] ^ (i * step)) & mask;
}

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
	sip_test_mix_expect(in, nregs, is64, want);
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
	sip_test_mix_expect(in, 7, is64, want);
	/* In SMC64 the sum also covers x8..x17, which this call leaves as they were. */
	return res.a0 == want[0] && (is64 || res.a1 == want[1]) &&
	       res.a2 == want[2] && res.a3 == want[3];
}

static long sip_test_count(u32 fid)
{
	struct arm_smccc_res res;

	arm_smccc_1_1_invoke(TEST_COUNT, fid, &res);
	return res.a0 ? -1 : (long)res.a1;
}

static void sip_test_mix_on_cpu(void *fid)
{
	struct arm_smccc_res res;
	unsigned int i;

	for (i = 0; i < CALLS_PER_CPU; i++)
		arm_smccc_1_1_invoke((unsigned long)fid, i, &res);
}

static void sip_test_run(struct sip_test *t)
{
	const u32 mix32 = SIP_FN(ARM_SMCCC_SMC_32, TEST_MIX_NUM);
	const u32 mix64 = SIP_FN(ARM_SMCCC_SMC_64, TEST_MIX_NUM);
	const u32 oem32 = OEM_FN(ARM_SMCCC_SMC_32, TEST_MIX_NUM);
	const u32 oem64 = OEM_FN(ARM_SMCCC_SMC_64, TEST_MIX_NUM);
	struct arm_smccc_res res;
	unsigned int cpus;

	seq_buf_printf(&t->log, "KTAP version 1\n1..12\n");
	sip_test_result(t, arm_smccc_1_1_get_conduit() == SMCCC_CONDUIT_SMC,
			"the firmware is reached by SMC (SMCCC v1.1+)");
	if (arm_smccc_1_1_get_conduit() != SMCCC_CONDUIT_SMC)
		return;
	arm_smccc_1_1_invoke(SIP_REVISION, &res);
	sip_test_result(t, res.a0 == 0 && res.a1 == 1, "SiP revision is 0.1");
	arm_smccc_1_1_invoke(TEST_RESET, &res);
	sip_test_result(t, res.a0 == 0 && sip_test_count(mix32) == 0 &&
			sip_test_count(oem64) == 0, "TEST_RESET zeroes the counters");
	sip_test_result(t, sip_test_mix_invoke(mix32, false) &&
			sip_test_mix_invoke(mix64, true),
			"TEST_MIX through arm_smccc_1_1_invoke, SMC32 and SMC64");
	sip_test_result(t, sip_test_mix_full(mix32, false, 3) &&
			sip_test_mix_full(mix32, false, ~0ULL),
			"SiP TEST_MIX SMC32: w0..w7 from w1..w7");
	sip_test_result(t, sip_test_mix_full(mix64, true, 5) &&
			sip_test_mix_full(mix64, true, ~0ULL),
			"SiP TEST_MIX SMC64: x0..x17 from x1..x17");
	sip_test_result(t, sip_test_mix_full(oem32, false, 7) &&
			sip_test_mix_full(oem64, true, 9),
			"OEM TEST_MIX, SMC32 and SMC64");
	sip_test_result(t, sip_test_count(mix32) == 3 &&
			sip_test_count(mix64) == 3 && sip_test_count(oem32) == 1 &&
			sip_test_count(oem64) == 1,
			"the counters match the calls made");
	arm_smccc_1_1_invoke(TEST_UNKNOWN, 1, 2, 3, &res);
	sip_test_result(t, (long)res.a0 == SMCCC_RET_NOT_SUPPORTED,
			"an unknown SiP function returns NOT_SUPPORTED");
	sip_test_result(t, sip_test_count(TEST_UNKNOWN) == -1,
			"an unknown function has no counter");
	sip_test_result(t, sip_test_count(mix32) == 3,
			"the unknown call changed no counter");
	cpus = num_online_cpus();
	on_each_cpu(sip_test_mix_on_cpu, (void *)(unsigned long)mix32, 1);
	seq_buf_printf(&t->log, "# %u CPUs x %u calls\n", cpus, CALLS_PER_CPU);
	sip_test_result(t, sip_test_count(mix32) == 3 + cpus * CALLS_PER_CPU,
			"calls from every CPU at once are all counted");
}

static struct sip_test *sip_test;

static int __init sip_test_init(void)
{
	struct sip_test *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (!t)
		return -ENOMEM;
	seq_buf_init(&t->log, t->buf, sizeof(t->buf));
	sip_test_run(t);
	t->dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	t->blob.data = t->buf;
	t->blob.size = seq_buf_used(&t->log);
	debugfs_create_blob("results", 0444, t->dir, &t->blob);
	sip_test = t;
	return 0;
}
module_init(sip_test_init);

static void __exit sip_test_exit(void)
{
	debugfs_remove_recursive(sip_test->dir);
	kfree(sip_test);
}
module_exit(sip_test_exit);

MODULE_DESCRIPTION("Checks of the emulated machine's firmware test service");
MODULE_LICENSE("GPL");
