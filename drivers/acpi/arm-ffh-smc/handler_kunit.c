// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the FFH handler's validation and marshalling, with the
 * one firmware-calling function replaced by a fake firmware.
 *
 * As a module, the handler is compiled into this test module as well, so
 * the suite runs whether or not arm-ffh-smc.ko can load on this machine
 * (it refuses firmware below SMCCC v1.2).
 */

/*
 * Built into the kernel, the suite calls arm-ffh-smc's own handler
 * (Kconfig builds it in too), which a second copy would clash with at
 * link time.
 */
#if IS_BUILTIN(CONFIG_ARM_FFH_SMC_KUNIT_TEST)
#include <linux/kernel.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "arm-ffh-smc.h"
#else
#include "handler.c"
#endif

#include <kunit/static_stub.h>
#include <kunit/test.h>

#define FID32(owner)	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, ARM_SMCCC_SMC_32, \
					   owner, 0x10)
#define FID64(owner)	ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, ARM_SMCCC_SMC_64, \
					   owner, 0x10)

/* What the fake firmware saw, and how many calls it took. */
struct ffh_fake {
	struct arm_smccc_1_2_regs args;
	enum arm_smccc_conduit conduit;
	unsigned int calls;
};

static void ffh_fake_invoke(enum arm_smccc_conduit conduit,
			    const struct arm_smccc_1_2_regs *args,
			    struct arm_smccc_1_2_regs *res)
{
	struct kunit *test = kunit_get_current_test();
	struct ffh_fake *fake = test->priv;
	const unsigned long *in = &args->a0;
	unsigned long *out = &res->a0;
	unsigned int i;

	fake->args = *args;
	fake->conduit = conduit;
	fake->calls++;
	/* Every result register says which register it answers. */
	for (i = 0; i < 18; i++)
		out[i] = in[i] ^ (0xa5a5a5a500000000UL | i);
}

struct ffh_env {
	struct arm_ffh_smc ffh;
	struct arm_ffh_smc_region rgn;
	u8 *buf;	/* ACPICA's size, allocated alone so KASAN sees overruns */
};

static struct ffh_env *ffh_env(struct kunit *test, u64 offset, u64 length)
{
	struct ffh_env *env = kunit_kzalloc(test, sizeof(*env), GFP_KERNEL);
	u8 *block = kunit_kzalloc(test, ACPI_FFH_INPUT_BUFFER_SIZE, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, env);
	KUNIT_ASSERT_NOT_NULL(test, block);
	test->priv = kunit_kzalloc(test, sizeof(struct ffh_fake), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, test->priv);
	env->ffh.conduit = SMCCC_CONDUIT_SMC;
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_parse_owners("standard,sip,oem",
						       &env->ffh.owners), 0);
	env->rgn.ffh = &env->ffh;
	env->rgn.offset = offset;
	env->rgn.length = length;
	env->buf = block;
	kunit_activate_static_stub(test, arm_ffh_smc_invoke, ffh_fake_invoke);
	return env;
}

static unsigned int ffh_calls(struct kunit *test)
{
	return ((struct ffh_fake *)test->priv)->calls;
}

static void ffh_smc32_marshalling(struct kunit *test)
{
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_32, 32);
	struct ffh_fake *fake;
	unsigned int i;

	put_unaligned_le32(FID32(ARM_SMCCC_OWNER_SIP), env->buf);
	for (i = 1; i < 8; i++)
		put_unaligned_le32(0x11111111 * i, env->buf + 4 * i);
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	fake = test->priv;
	KUNIT_EXPECT_EQ(test, fake->calls, 1);
	KUNIT_EXPECT_EQ(test, fake->conduit, SMCCC_CONDUIT_SMC);
	KUNIT_EXPECT_EQ(test, fake->args.a0, FID32(ARM_SMCCC_OWNER_SIP));
	KUNIT_EXPECT_EQ(test, fake->args.a1, 0x11111111UL);
	KUNIT_EXPECT_EQ(test, fake->args.a7, 0x77777777UL);
	KUNIT_EXPECT_EQ(test, fake->args.a8, 0UL);
	/* Out: a0..a3 as four 64-bit values. */
	KUNIT_EXPECT_EQ(test, get_unaligned_le64(env->buf),
			(u64)FID32(ARM_SMCCC_OWNER_SIP) ^ 0xa5a5a5a500000000ULL);
	KUNIT_EXPECT_EQ(test, get_unaligned_le64(env->buf + 24),
			0x33333333ULL ^ 0xa5a5a5a500000003ULL);
}

static void ffh_smc32_short_buffer(struct kunit *test)
{
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_32, 8);
	struct ffh_fake *fake;

	put_unaligned_le32(FID32(ARM_SMCCC_OWNER_OEM), env->buf);
	put_unaligned_le32(0xdead, env->buf + 4);
	put_unaligned_le32(0xbeef, env->buf + 8);	/* past the region */
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	fake = test->priv;
	KUNIT_EXPECT_EQ(test, fake->args.a1, 0xdeadUL);
	KUNIT_EXPECT_EQ(test, fake->args.a2, 0UL);
}

static void ffh_smc64_marshalling(struct kunit *test)
{
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_64, 144);
	struct ffh_fake *fake;
	unsigned int i;

	put_unaligned_le64(FID64(ARM_SMCCC_OWNER_SIP), env->buf);
	for (i = 1; i < 18; i++)
		put_unaligned_le64(0x0101010101010101ULL * i, env->buf + 8 * i);
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	fake = test->priv;
	KUNIT_EXPECT_EQ(test, fake->args.a17, 0x1111111111111111UL);
	for (i = 1; i < 18; i++)
		KUNIT_EXPECT_EQ(test, get_unaligned_le64(env->buf + 8 * i),
				(0x0101010101010101ULL * i) ^
				(0xa5a5a5a500000000ULL | i));
}

/* Only the region's length goes in and comes back. */
static void ffh_smc64_partial(struct kunit *test)
{
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_64, 24);
	struct ffh_fake *fake;

	put_unaligned_le64(FID64(ARM_SMCCC_OWNER_STANDARD), env->buf);
	put_unaligned_le64(1, env->buf + 8);
	put_unaligned_le64(2, env->buf + 16);
	put_unaligned_le64(3, env->buf + 24);
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	fake = test->priv;
	KUNIT_EXPECT_EQ(test, fake->args.a2, 2UL);
	KUNIT_EXPECT_EQ(test, fake->args.a3, 0UL);
	KUNIT_EXPECT_EQ(test, get_unaligned_le64(env->buf + 16),
			2ULL ^ 0xa5a5a5a500000002ULL);
	KUNIT_EXPECT_EQ(test, get_unaligned_le64(env->buf + 24), 3ULL);
}

struct ffh_refusal {
	const char *name;
	u64 offset;
	u64 length;
	u64 fid;
	const char *owners;
	acpi_status status;
};

static const struct ffh_refusal ffh_refusals[] = {
	{ "offset 2", 2, 32, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "offset 0x100", 0x100, 32, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc32 length 0", 0, 0, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc32 length 36", 0, 36, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc32 length 6", 0, 6, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc64 length 0", 1, 0, FID64(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc64 length 152", 1, 152, FID64(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc64 length 12", 1, 12, FID64(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "yielding call", 0, 32, FID32(ARM_SMCCC_OWNER_SIP) & ~BIT(31), NULL, AE_BAD_PARAMETER },
	{ "smc64 id at offset 0", 0, 32, FID64(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "smc32 id at offset 1", 1, 144, FID32(ARM_SMCCC_OWNER_SIP), NULL, AE_BAD_PARAMETER },
	{ "x0 above 32 bits", 1, 144, BIT_ULL(32) | FID64(ARM_SMCCC_OWNER_SIP), NULL,
	  AE_BAD_PARAMETER },
	{ "arch owner", 0, 32, FID32(ARM_SMCCC_OWNER_ARCH), NULL, AE_ACCESS },
	{ "cpu owner", 0, 32, FID32(ARM_SMCCC_OWNER_CPU), NULL, AE_ACCESS },
	{ "vendor hyp owner", 1, 144, FID64(ARM_SMCCC_OWNER_VENDOR_HYP), NULL, AE_ACCESS },
	{ "trusted app owner", 0, 32, FID32(ARM_SMCCC_OWNER_TRUSTED_APP), NULL, AE_ACCESS },
	{ "trusted os owner", 1, 144, FID64(ARM_SMCCC_OWNER_TRUSTED_OS), NULL, AE_ACCESS },
	{ "standard, policy sip,oem", 0, 32, FID32(ARM_SMCCC_OWNER_STANDARD), "sip,oem",
	  AE_ACCESS },
	{ "sip, policy oem", 1, 144, FID64(ARM_SMCCC_OWNER_SIP), "oem", AE_ACCESS },
};

static void ffh_refusal_desc(const struct ffh_refusal *r, char *desc)
{
	strscpy(desc, r->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(ffh_refusal, ffh_refusals, ffh_refusal_desc);

/* A refused call makes no call and leaves the buffer as it was. */
static void ffh_refuses(struct kunit *test)
{
	const struct ffh_refusal *r = test->param_value;
	struct ffh_env *env = ffh_env(test, r->offset, r->length);
	u8 before[ARM_FFH_SMC_MAX_LEN_64];

	if (r->owners)
		KUNIT_ASSERT_EQ(test, arm_ffh_smc_parse_owners(r->owners,
							       &env->ffh.owners), 0);
	if (r->offset == ARM_FFH_SMC_OFFSET_64)
		put_unaligned_le64(r->fid, env->buf);
	else
		put_unaligned_le32(r->fid, env->buf);
	memcpy(before, env->buf, sizeof(before));
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), r->status);
	KUNIT_EXPECT_EQ(test, ffh_calls(test), 0);
	KUNIT_EXPECT_MEMEQ(test, env->buf, before, sizeof(before));
}

static void ffh_allowed_owners(struct kunit *test)
{
	static const u32 owners[] = { ARM_SMCCC_OWNER_STANDARD,
				      ARM_SMCCC_OWNER_SIP, ARM_SMCCC_OWNER_OEM };
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_32, 4);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(owners); i++) {
		put_unaligned_le32(FID32(owners[i]), env->buf);
		KUNIT_EXPECT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	}
	KUNIT_EXPECT_EQ(test, ffh_calls(test), ARRAY_SIZE(owners));
}

static void ffh_conduit_hvc(struct kunit *test)
{
	struct ffh_env *env = ffh_env(test, ARM_FFH_SMC_OFFSET_64, 8);

	env->ffh.conduit = SMCCC_CONDUIT_HVC;
	put_unaligned_le64(FID64(ARM_SMCCC_OWNER_OEM), env->buf);
	KUNIT_ASSERT_EQ(test, arm_ffh_smc_call(&env->rgn, env->buf), AE_OK);
	KUNIT_EXPECT_EQ(test, ((struct ffh_fake *)test->priv)->conduit,
			SMCCC_CONDUIT_HVC);
}

static void ffh_parse_owners(struct kunit *test)
{
	unsigned long set = 0;

	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("sip,oem", &set), 0);
	KUNIT_EXPECT_EQ(test, set, BIT(ARM_SMCCC_OWNER_SIP) | BIT(ARM_SMCCC_OWNER_OEM));
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("standard", &set), 0);
	KUNIT_EXPECT_EQ(test, set, BIT(ARM_SMCCC_OWNER_STANDARD));
	set = 0x5a;
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("", &set), -EINVAL);
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("sip,", &set), -EINVAL);
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("sip,tos", &set), -EINVAL);
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("si", &set), -EINVAL);
	KUNIT_EXPECT_EQ(test, arm_ffh_smc_parse_owners("sipp", &set), -EINVAL);
	KUNIT_EXPECT_EQ(test, set, 0x5aUL);
}

static struct kunit_case ffh_test_cases[] = {
	KUNIT_CASE(ffh_smc32_marshalling),
	KUNIT_CASE(ffh_smc32_short_buffer),
	KUNIT_CASE(ffh_smc64_marshalling),
	KUNIT_CASE(ffh_smc64_partial),
	KUNIT_CASE_PARAM(ffh_refuses, ffh_refusal_gen_params),
	KUNIT_CASE(ffh_allowed_owners),
	KUNIT_CASE(ffh_conduit_hvc),
	KUNIT_CASE(ffh_parse_owners),
	{}
};

static struct kunit_suite ffh_test_suite = {
	.name = "arm-ffh-smc",
	.test_cases = ffh_test_cases,
};

kunit_test_suite(ffh_test_suite);

MODULE_DESCRIPTION("KUnit tests for the arm-ffh-smc FFH handler");
MODULE_LICENSE("GPL");
