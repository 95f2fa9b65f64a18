// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the SCMI agent and malformed firmware: every broken
 * reply is an error, over either transport, and none hangs, crashes or
 * leaves the agent unusable.
 */

#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include "../common.h"
#include "fake_fw.h"

struct rpi_scmi_fault_case {
	const char *name;
	enum rpi_scmi_fake_fault fault;
	unsigned int chan;
	int want;
};

static const struct rpi_scmi_fault_case rpi_scmi_fault_cases[] = {
	{ "smcf wrong token", RPI_SCMI_FAKE_TOKEN, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem wrong token", RPI_SCMI_FAKE_TOKEN, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "smcf length overflow", RPI_SCMI_FAKE_LEN_LONG, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem length overflow", RPI_SCMI_FAKE_LEN_LONG, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "smcf no status word", RPI_SCMI_FAKE_LEN_SHORT, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem no status word", RPI_SCMI_FAKE_LEN_SHORT, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "smcf reply too long", RPI_SCMI_FAKE_LEN_EXTRA, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem reply too long", RPI_SCMI_FAKE_LEN_EXTRA, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "shmem channel error", RPI_SCMI_FAKE_CHAN_ERROR, RPI_SCMI_FAKE_SHMEM, -ECOMM },
	{ "shmem no reply", RPI_SCMI_FAKE_NO_REPLY, RPI_SCMI_FAKE_SHMEM, -ETIMEDOUT },
	{ "smcf smccc error", RPI_SCMI_FAKE_SMCCC_ERROR, RPI_SCMI_FAKE_SMCF, -EINVAL },
	{ "shmem smccc error", RPI_SCMI_FAKE_SMCCC_ERROR, RPI_SCMI_FAKE_SHMEM, -EINVAL },
	{ "smcf smccc junk", RPI_SCMI_FAKE_SMCCC_JUNK, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem smccc junk", RPI_SCMI_FAKE_SMCCC_JUNK, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "smcf status out of range", RPI_SCMI_FAKE_STATUS_RANGE, RPI_SCMI_FAKE_SMCF, -EPROTO },
	{ "shmem status out of range", RPI_SCMI_FAKE_STATUS_RANGE, RPI_SCMI_FAKE_SHMEM, -EPROTO },
	{ "smcf header high bits", RPI_SCMI_FAKE_HDR_HIGH, RPI_SCMI_FAKE_SMCF, -EPROTO },
};

static void rpi_scmi_fault_desc(const struct rpi_scmi_fault_case *c,
				char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(rpi_scmi_fault, rpi_scmi_fault_cases, rpi_scmi_fault_desc);

/* The fault makes the call fail; once the firmware mends, calls work. */
static void rpi_scmi_fault(struct kunit *test)
{
	const struct rpi_scmi_fault_case *c = test->param_value;
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	u32 version = 0;

	agent = rpi_scmi_fake_agent(test, fw, c->chan);
	fw->fault = c->fault;
	KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10, 0x20000,
							&version), c->want);
	fw->fault = RPI_SCMI_FAKE_OK;
	if (c->fault == RPI_SCMI_FAKE_NO_REPLY) {
		/* The channel is still the firmware's: the next call waits. */
		KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10,
								0x20000,
								&version),
				-ETIMEDOUT);
		rpi_scmi_fake_fw_release(fw);
	}
	KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10, 0x20000,
							&version), 0);
	KUNIT_EXPECT_EQ(test, version, 0x20000);
	/* Every transfer went back to the pool. */
	KUNIT_EXPECT_TRUE(test, bitmap_empty(agent->tokens,
					     RPI_SCMI_TOKEN_COUNT));
}

static int rpi_scmi_discover_broken(struct kunit *test,
				    struct rpi_scmi_fake_fw *fw)
{
	return rpi_scmi_base_discover(rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_BOTH));
}

static void rpi_scmi_too_many_protocols(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->num_protocols = RPI_SCMI_MAX_PROTOCOLS + 1;
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
}

/* The count promises more ids than the list has: no endless loop. */
static void rpi_scmi_list_runs_dry(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->num_protocols = 3;
	fw->list_len = 1;
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, 7);
}

static void rpi_scmi_list_repeats(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->repeat_part = true;
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
}

static void rpi_scmi_list_has_base(struct kunit *test)
{
	static const u8 ids[] = { 0x19, 0x10 };
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->protocols = ids;
	fw->num_protocols = ARRAY_SIZE(ids);
	fw->list_len = ARRAY_SIZE(ids);
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
}

/* More ids in a part than the count left: the list would overrun. */
static void rpi_scmi_list_overruns(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->num_protocols = 2;
	fw->per_part = 3;
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
}

static void rpi_scmi_vendor_too_long(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);

	fw->fault = RPI_SCMI_FAKE_LEN_EXTRA;
	fw->fault_msg = 0x3;
	KUNIT_EXPECT_EQ(test, rpi_scmi_discover_broken(test, fw), -EPROTO);
}

/* Firmware without the SMC fastchannel answers SMCCC NOT_SUPPORTED. */
static void rpi_scmi_smcf_absent(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	u32 version;

	fw->smcf = false;
	agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_SMCF);
	KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10, 0x20000,
							&version), -EOPNOTSUPP);
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, 0);
}

/* No transport carries a command longer than both can. */
static void rpi_scmi_too_long_for_all(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_BOTH);
	struct rpi_scmi_xfer *xfer;

	xfer = rpi_scmi_xfer_get(agent, 0x10, 0, RPI_SCMI_MAX_PAYLOAD, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, xfer);
	KUNIT_EXPECT_EQ(test, rpi_scmi_do_xfer(agent, xfer), -EMSGSIZE);
	rpi_scmi_xfer_put(agent, xfer);
	KUNIT_EXPECT_EQ(test, fw->smcf_calls + fw->doorbells, 0);
}

/* The param doorbell names the region; the firmware refuses another. */
static void rpi_scmi_param_mismatch(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	u32 version;

	agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_SHMEM);
	/* The agent rings without x1/x2; this firmware wants them. */
	fw->param = true;
	KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10, 0x20000,
							&version), -EINVAL);
}

static struct kunit_case rpi_scmi_error_cases[] = {
	KUNIT_CASE_PARAM(rpi_scmi_fault, rpi_scmi_fault_gen_params),
	KUNIT_CASE(rpi_scmi_too_many_protocols),
	KUNIT_CASE(rpi_scmi_list_runs_dry),
	KUNIT_CASE(rpi_scmi_list_repeats),
	KUNIT_CASE(rpi_scmi_list_has_base),
	KUNIT_CASE(rpi_scmi_list_overruns),
	KUNIT_CASE(rpi_scmi_vendor_too_long),
	KUNIT_CASE(rpi_scmi_smcf_absent),
	KUNIT_CASE(rpi_scmi_too_long_for_all),
	KUNIT_CASE(rpi_scmi_param_mismatch),
	{}
};

static struct kunit_suite rpi_scmi_error_suite = {
	.name = "rpi-smc-scmi-agent_error",
	.test_cases = rpi_scmi_error_cases,
};

kunit_test_suite(rpi_scmi_error_suite);
