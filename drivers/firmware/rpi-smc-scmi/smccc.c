// SPDX-License-Identifier: GPL-2.0
/*
 * The one function of the rpi-smc-scmi modules that traps to firmware.
 *
 * The conduit (SMC or HVC) is what the kernel's SMCCC discovery found at
 * boot; it is read once, when the module loads, and never re-decided per
 * call. Every call is an SMCCC v1.2 register-block call: firmware that
 * implements only v1.1 returns its results in x0..x3 and callers that need
 * more check the version first.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/arm-smccc.h>
#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/printk.h>

#include <kunit/resource.h>
#include <kunit/test-bug.h>
#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

/* SMCCC_VERSION's answer: bit 31 clear, major in 30:16, minor in 15:0. */
#define RPI_SMC_VERSION_MAJOR	GENMASK(30, 16)
#define RPI_SMC_VERSION_MINOR	GENMASK(15, 0)

/* What the firmware of this machine offers: one per system, set at load. */
static struct rpi_smc_conduit rpi_smc_conduit_info = {
	.conduit = SMCCC_CONDUIT_NONE,
};

static const char *rpi_smc_conduit_name(enum arm_smccc_conduit conduit)
{
	switch (conduit) {
	case SMCCC_CONDUIT_SMC:
		return "smc";
	case SMCCC_CONDUIT_HVC:
		return "hvc";
	default:
		return "none";
	}
}

/**
 * rpi_smc_conduit_probe() - record the conduit the kernel discovered
 *
 * Logs the firmware's SMCCC version, the conduit and the SiP service's
 * UID once. The UID names the firmware that serves the SiP calls (the
 * project's BL31 answers 9550af0a-bf38-4e88-9c30-ca877d1bf01c); a user's
 * bug report quotes it.
 *
 * Context: Process context, at module load, before any rpi_smc_invoke().
 * Return: what was found; the conduit is SMCCC_CONDUIT_NONE when the
 * firmware implements less than SMCCC v1.1.
 */
const struct rpi_smc_conduit *rpi_smc_conduit_probe(void)
{
	struct rpi_smc_conduit *c = &rpi_smc_conduit_info;
	char uid[UUID_STRING_LEN + 1] = "none";

	c->version = arm_smccc_get_version();
	c->conduit = arm_smccc_1_1_get_conduit();
	c->has_sip_uid = !rpi_smc_read_sip_uid(&c->sip_uid);
	if (c->has_sip_uid)
		snprintf(uid, sizeof(uid), "%pUb", &c->sip_uid);
	pr_info("firmware SMCCC v%lu.%lu, conduit %s, SiP UID %s\n",
		FIELD_GET(RPI_SMC_VERSION_MAJOR, c->version),
		FIELD_GET(RPI_SMC_VERSION_MINOR, c->version),
		rpi_smc_conduit_name(c->conduit), uid);
	return c;
}

/**
 * rpi_smc_read_sip_uid() - ask the firmware's SiP service for its UID
 * @uid: where the UID goes, byte 0 from bits 7:0 of w0 (SMCCC's order)
 *
 * SMCCC reserves the all-ones answer in w0 for "not supported", so no
 * UID that starts with ff ff ff ff can be told; firmware with no SiP
 * service returns exactly that.
 *
 * Context: Process context or atomic; it neither sleeps nor allocates.
 * Return: 0 with @uid set, -EOPNOTSUPP when there is no conduit or the
 * firmware has no SiP UID.
 */
int rpi_smc_read_sip_uid(uuid_t *uid)
{
	struct arm_smccc_1_2_regs args = { .a0 = RPI_SMC_SIP_UID_FN };
	struct arm_smccc_1_2_regs res = {};
	int ret;

	ret = rpi_smc_invoke(&args, &res);
	if (ret)
		return ret;
	if (lower_32_bits(res.a0) == lower_32_bits(SMCCC_RET_NOT_SUPPORTED))
		return -EOPNOTSUPP;
	put_unaligned_le32(lower_32_bits(res.a0), &uid->b[0]);
	put_unaligned_le32(lower_32_bits(res.a1), &uid->b[4]);
	put_unaligned_le32(lower_32_bits(res.a2), &uid->b[8]);
	put_unaligned_le32(lower_32_bits(res.a3), &uid->b[12]);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_smc_read_sip_uid);

/**
 * rpi_smc_get_conduit() - the conduit recorded at module load
 *
 * Context: Any context.
 * Return: the firmware's SMCCC version and conduit.
 */
const struct rpi_smc_conduit *rpi_smc_get_conduit(void)
{
	return &rpi_smc_conduit_info;
}
EXPORT_SYMBOL_GPL(rpi_smc_get_conduit);

#if IS_ENABLED(CONFIG_KUNIT)
/*
 * The fake firmware of the KUnit case that runs, if any. Not a KUnit
 * static stub: looking one up takes the test's spinlock_t, and the agent
 * calls rpi_smc_invoke() under raw spinlocks (as the PCI core does), which
 * lockdep's raw-lock nesting check rightly refuses. The pointer is read
 * only by the task running a KUnit case, so the real drivers' calls from
 * other tasks meanwhile still reach the firmware.
 */
static rpi_smc_invoke_fn rpi_smc_kunit_fake;

static void rpi_smc_kunit_unfake(void *unused)
{
	WRITE_ONCE(rpi_smc_kunit_fake, NULL);
}

/**
 * rpi_smc_fake_firmware() - answer the running KUnit case's SMCs with @fake
 * @test: the case; the fake is dropped when it ends
 * @fake: what answers rpi_smc_invoke() in the case's task
 *
 * Context: Process context, in a KUnit case.
 * Return: 0, or -ENOMEM.
 */
int rpi_smc_fake_firmware(struct kunit *test, rpi_smc_invoke_fn fake)
{
	WRITE_ONCE(rpi_smc_kunit_fake, fake);
	return kunit_add_action_or_reset(test, rpi_smc_kunit_unfake, NULL);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_smc_fake_firmware);

static bool rpi_smc_faked(const struct arm_smccc_1_2_regs *args,
			  struct arm_smccc_1_2_regs *res, int *ret)
{
	rpi_smc_invoke_fn fake = READ_ONCE(rpi_smc_kunit_fake);

	if (!fake || !kunit_get_current_test())
		return false;
	*ret = fake(args, res);
	return true;
}
#else
static bool rpi_smc_faked(const struct arm_smccc_1_2_regs *args,
			  struct arm_smccc_1_2_regs *res, int *ret)
{
	return false;
}
#endif

/**
 * rpi_smc_invoke() - make one SMCCC call through the recorded conduit
 * @args: x0 (function id) .. x17 to pass
 * @res: x0 .. x17 as the firmware returned them
 *
 * This is the seam KUnit suites use to fake the firmware
 * (rpi_smc_fake_firmware()).
 *
 * Context: Any context; it neither sleeps nor allocates.
 * Return: 0 when the call was made (the firmware's own status is in
 * @res->a0), -EOPNOTSUPP when there is no SMCCC v1.1+ conduit.
 */
int rpi_smc_invoke(const struct arm_smccc_1_2_regs *args,
		   struct arm_smccc_1_2_regs *res)
{
	int ret;

	if (rpi_smc_faked(args, res, &ret))
		return ret;
	switch (rpi_smc_conduit_info.conduit) {
	case SMCCC_CONDUIT_SMC:
		arm_smccc_1_2_smc(args, res);
		return 0;
	case SMCCC_CONDUIT_HVC:
		arm_smccc_1_2_hvc(args, res);
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}
EXPORT_SYMBOL_GPL(rpi_smc_invoke);
