// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the firmware status to errno map.
 */

#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

struct rpi_smc_status_case {
	const char *name;
	enum rpi_smc_status_space space;
	s32 status;
	int errno_want;
};

static const struct rpi_smc_status_case rpi_smc_status_cases[] = {
	{ "smccc success", RPI_SMC_STATUS_SMCCC, 0, 0 },
	{ "smccc not supported", RPI_SMC_STATUS_SMCCC, -1, -EOPNOTSUPP },
	{ "smccc not required", RPI_SMC_STATUS_SMCCC, -2, -EALREADY },
	{ "smccc invalid parameter", RPI_SMC_STATUS_SMCCC, -3, -EINVAL },
	{ "smccc undefined -4", RPI_SMC_STATUS_SMCCC, -4, -EPROTO },
	{ "smccc positive", RPI_SMC_STATUS_SMCCC, 1, -EPROTO },
	{ "scmi success", RPI_SMC_STATUS_SCMI, 0, 0 },
	{ "scmi not supported", RPI_SMC_STATUS_SCMI, -1, -EOPNOTSUPP },
	{ "scmi invalid parameters", RPI_SMC_STATUS_SCMI, -2, -EINVAL },
	{ "scmi denied", RPI_SMC_STATUS_SCMI, -3, -EACCES },
	{ "scmi not found", RPI_SMC_STATUS_SCMI, -4, -ENOENT },
	{ "scmi out of range", RPI_SMC_STATUS_SCMI, -5, -ERANGE },
	{ "scmi busy", RPI_SMC_STATUS_SCMI, -6, -EBUSY },
	{ "scmi comms error", RPI_SMC_STATUS_SCMI, -7, -ECOMM },
	{ "scmi generic error", RPI_SMC_STATUS_SCMI, -8, -EIO },
	{ "scmi hardware error", RPI_SMC_STATUS_SCMI, -9, -EREMOTEIO },
	{ "scmi protocol error", RPI_SMC_STATUS_SCMI, -10, -EPROTO },
	{ "scmi in use", RPI_SMC_STATUS_SCMI, -11, -EBUSY },
	{ "scmi first undefined", RPI_SMC_STATUS_SCMI, -12, -EPROTO },
	{ "scmi positive", RPI_SMC_STATUS_SCMI, 7, -EPROTO },
	{ "pci success", RPI_SMC_STATUS_PCI, 0, 0 },
	{ "pci not supported", RPI_SMC_STATUS_PCI, -1, -EOPNOTSUPP },
	{ "pci invalid parameter", RPI_SMC_STATUS_PCI, -2, -EINVAL },
	{ "pci not implemented", RPI_SMC_STATUS_PCI, -3, -ENODEV },
	{ "pci undefined -4", RPI_SMC_STATUS_PCI, -4, -EPROTO },
	{ "most negative", RPI_SMC_STATUS_SCMI, S32_MIN, -EPROTO },
	{ "most positive", RPI_SMC_STATUS_PCI, S32_MAX, -EPROTO },
	{ "unknown space", RPI_SMC_STATUS_NR, -1, -EPROTO },
	{ "unknown space success", RPI_SMC_STATUS_NR, 0, 0 },
};

static void rpi_smc_status_case_desc(const struct rpi_smc_status_case *c,
				     char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(rpi_smc_status, rpi_smc_status_cases,
		  rpi_smc_status_case_desc);

static void rpi_smc_status_maps(struct kunit *test)
{
	const struct rpi_smc_status_case *c = test->param_value;

	KUNIT_EXPECT_EQ(test, rpi_smc_status_to_errno(c->space, c->status),
			c->errno_want);
}

/* A 64-bit x0 carrying a 32-bit status: only the low word counts. */
static void rpi_smc_status_low_word(struct kunit *test)
{
	unsigned long a0 = 0xfffffffffffffffdUL;

	KUNIT_EXPECT_EQ(test, rpi_smc_status_to_errno(RPI_SMC_STATUS_SMCCC,
						      (s32)a0), -EINVAL);
}

static struct kunit_case rpi_smc_status_test_cases[] = {
	KUNIT_CASE_PARAM(rpi_smc_status_maps, rpi_smc_status_gen_params),
	KUNIT_CASE(rpi_smc_status_low_word),
	{}
};

static struct kunit_suite rpi_smc_status_test_suite = {
	.name = "rpi-smc-status",
	.test_cases = rpi_smc_status_test_cases,
};

kunit_test_suite(rpi_smc_status_test_suite);

MODULE_DESCRIPTION("KUnit tests for the rpi-smc-scmi agent and its status map");
MODULE_LICENSE("GPL");
RPI_ACPI_IMPORT_KUNIT_NS();
