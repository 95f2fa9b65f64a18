/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the guest-side test modules share: the firmware test service's
 * function ids and what its TEST_MIX computes (Documentation/
 * firmware-guide/rpi-acpi-sip.rst), and a KTAP report kept in debugfs
 * (KBUILD_MODNAME/results) for the guest test scripts to print.
 */
#ifndef RPI_ACPI_TEST_H
#define RPI_ACPI_TEST_H

#include <linux/arm-smccc.h>
#include <linux/bitops.h>
#include <linux/debugfs.h>
#include <linux/seq_buf.h>
#include <linux/slab.h>

#define RPI_TEST_FN(conv, owner, num) \
	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, conv, owner, num)
#define RPI_TEST_MIX		0x0100
#define RPI_TEST_SIP32(num)	RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_SIP, num)
#define RPI_TEST_COUNT		RPI_TEST_SIP32(0x0101)
#define RPI_TEST_RESET		RPI_TEST_SIP32(0x0102)

/* The firmware's TEST_MIX over in[1..nregs], as out[0..nregs]. */
static inline void rpi_test_mix_expect(const u64 *in, unsigned int nregs,
				       bool is64, u64 *out)
{
	u64 mask = is64 ? U64_MAX : U32_MAX, sum = 0;
	u64 step = is64 ? 0x0101010101010101ULL : 0x01010101;
	unsigned int i;

	for (i = 1; i <= nregs; i++)
		sum += is64 ? rol64(in[i], i) : rol32((u32)in[i], i);
	out[0] = is64 ? 64 : 32;
	out[1] = sum & mask;
	for (i = 2; i <= nregs; i++)
		out[i] = (in[i] ^ (i * step)) & mask;
}

/* Calls the firmware counted to @fid since the last reset, or -1. */
static inline long rpi_test_count(u32 fid)
{
	struct arm_smccc_res res;

	arm_smccc_1_1_invoke(RPI_TEST_COUNT, fid, &res);
	return res.a0 ? -1 : (long)res.a1;
}

struct rpi_test_ktap {
	struct seq_buf log;
	unsigned int n;
	struct dentry *dir;
	struct debugfs_blob_wrapper blob;
	char buf[PAGE_SIZE];
};

static inline struct rpi_test_ktap *rpi_test_ktap_alloc(unsigned int plan)
{
	struct rpi_test_ktap *k = kzalloc(sizeof(*k), GFP_KERNEL);

	if (k) {
		seq_buf_init(&k->log, k->buf, sizeof(k->buf));
		seq_buf_printf(&k->log, "KTAP version 1\n1..%u\n", plan);
	}
	return k;
}

static inline void rpi_test_result(struct rpi_test_ktap *k, bool ok,
				   const char *desc)
{
	seq_buf_printf(&k->log, "%sok %u %s\n", ok ? "" : "not ", ++k->n, desc);
}

/* Publish the report in debugfs, KBUILD_MODNAME/results. */
static inline void rpi_test_ktap_publish(struct rpi_test_ktap *k)
{
	k->blob.data = k->buf;
	k->blob.size = seq_buf_used(&k->log);
	k->dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_blob("results", 0444, k->dir, &k->blob);
}

static inline void rpi_test_ktap_free(struct rpi_test_ktap *k)
{
	debugfs_remove_recursive(k->dir);
	kfree(k);
}

#endif /* RPI_ACPI_TEST_H */
