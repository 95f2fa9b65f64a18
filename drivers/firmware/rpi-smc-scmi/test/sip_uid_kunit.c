// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the SiP UID query: the function id it sends, the byte
 * order it reads the UID in, and how it tells firmware without one.
 */

#include <kunit/test.h>
#include <linux/arm-smccc.h>
#include <linux/errno.h>
#include <linux/uuid.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

/* The project's BL31 (Documentation/firmware-guide/rpi-acpi-sip.rst) */
#define RPI_SMC_TEST_UID	"9550af0a-bf38-4e88-9c30-ca877d1bf01c"

/* What the fake firmware answers, and the function id it was asked. */
static struct {
	unsigned long a[4];
	unsigned long fn;
} rpi_smc_sip_fw;

static int rpi_smc_sip_fake(const struct arm_smccc_1_2_regs *args,
			    struct arm_smccc_1_2_regs *res)
{
	rpi_smc_sip_fw.fn = args->a0;
	res->a0 = rpi_smc_sip_fw.a[0];
	res->a1 = rpi_smc_sip_fw.a[1];
	res->a2 = rpi_smc_sip_fw.a[2];
	res->a3 = rpi_smc_sip_fw.a[3];
	return 0;
}

static void rpi_smc_sip_answer(struct kunit *test, unsigned long w0,
			       unsigned long w1, unsigned long w2,
			       unsigned long w3)
{
	rpi_smc_sip_fw.a[0] = w0;
	rpi_smc_sip_fw.a[1] = w1;
	rpi_smc_sip_fw.a[2] = w2;
	rpi_smc_sip_fw.a[3] = w3;
	rpi_smc_sip_fw.fn = 0;
	KUNIT_ASSERT_EQ(test, rpi_smc_fake_firmware(test, rpi_smc_sip_fake), 0);
}

/* The firmware's words as SMCCC orders them read as the UUID's text. */
static void rpi_smc_sip_uid_byte_order(struct kunit *test)
{
	uuid_t got, want;

	KUNIT_ASSERT_EQ(test, uuid_parse(RPI_SMC_TEST_UID, &want), 0);
	rpi_smc_sip_answer(test, 0x0aaf5095, 0x884e38bf, 0x87ca309c,
			   0x1cf01b7d);
	KUNIT_ASSERT_EQ(test, rpi_smc_read_sip_uid(&got), 0);
	KUNIT_EXPECT_EQ(test, rpi_smc_sip_fw.fn, 0x8200ff01UL);
	KUNIT_EXPECT_MEMEQ(test, &got, &want, sizeof(got));
}

/* An SMC32 call: what the upper halves of x0..x3 hold is not the UID. */
static void rpi_smc_sip_uid_low_words(struct kunit *test)
{
	uuid_t got, want;

	KUNIT_ASSERT_EQ(test, uuid_parse(RPI_SMC_TEST_UID, &want), 0);
	rpi_smc_sip_answer(test, 0xdead00000aaf5095UL, 0xffffffff884e38bfUL,
			   0x1234567887ca309cUL, 0x800000001cf01b7dUL);
	KUNIT_ASSERT_EQ(test, rpi_smc_read_sip_uid(&got), 0);
	KUNIT_EXPECT_MEMEQ(test, &got, &want, sizeof(got));
}

/* No SiP service: SMCCC's NOT_SUPPORTED, as 64 bits or in w0 alone. */
static void rpi_smc_sip_uid_not_supported(struct kunit *test)
{
	uuid_t got = {};

	rpi_smc_sip_answer(test, SMCCC_RET_NOT_SUPPORTED, 0, 0, 0);
	KUNIT_EXPECT_EQ(test, rpi_smc_read_sip_uid(&got), -EOPNOTSUPP);
	rpi_smc_sip_answer(test, 0xffffffffUL, 0x1234, 0, 0);
	KUNIT_EXPECT_EQ(test, rpi_smc_read_sip_uid(&got), -EOPNOTSUPP);
	KUNIT_EXPECT_TRUE(test, uuid_is_null(&got));
}

static struct kunit_case rpi_smc_sip_uid_cases[] = {
	KUNIT_CASE(rpi_smc_sip_uid_byte_order),
	KUNIT_CASE(rpi_smc_sip_uid_low_words),
	KUNIT_CASE(rpi_smc_sip_uid_not_supported),
	{}
};

static struct kunit_suite rpi_smc_sip_uid_suite = {
	.name = "rpi-smc-sip-uid",
	.test_cases = rpi_smc_sip_uid_cases,
};

kunit_test_suite(rpi_smc_sip_uid_suite);
