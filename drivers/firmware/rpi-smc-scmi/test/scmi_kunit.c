// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the SCMI agent: header codec, transfer pool and tokens,
 * base protocol discovery over each transport against a fake firmware,
 * multi-part lists, the transport choice and version negotiation.
 */

#include <kunit/test.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "../common.h"
#include "fake_fw.h"

struct rpi_scmi_hdr_case {
	const char *name;
	struct rpi_scmi_hdr hdr;
	u32 word;
};

static const struct rpi_scmi_hdr_case rpi_scmi_hdr_cases[] = {
	{ "zero", { 0, 0, 0, 0 }, 0x00000000 },
	{ "base version", { 0x0, 0, 0x10, 0 }, 0x00004000 },
	{ "msg id", { 0xff, 0, 0, 0 }, 0x000000ff },
	{ "type", { 0, 3, 0, 0 }, 0x00000300 },
	{ "protocol", { 0, 0, 0xff, 0 }, 0x0003fc00 },
	{ "token", { 0, 0, 0, 0x3ff }, 0x0ffc0000 },
	{ "all", { 0x06, 0, 0x19, 0x2a5 }, 0x0a946406 },
};

static void rpi_scmi_hdr_desc(const struct rpi_scmi_hdr_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(rpi_scmi_hdr, rpi_scmi_hdr_cases, rpi_scmi_hdr_desc);

static void rpi_scmi_hdr_packs(struct kunit *test)
{
	const struct rpi_scmi_hdr_case *c = test->param_value;

	KUNIT_EXPECT_EQ(test, rpi_scmi_hdr_pack(&c->hdr), c->word);
}

/* A reply whose header sets a reserved bit is not the command's: refused. */
static void rpi_scmi_hdr_reserved(struct kunit *test)
{
	static const unsigned int chans[] = {
		RPI_SCMI_FAKE_SMCF, RPI_SCMI_FAKE_SHMEM,
	};
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	u32 version;
	int i;

	fw->fault = RPI_SCMI_FAKE_HDR_RESERVED;
	for (i = 0; i < ARRAY_SIZE(chans); i++) {
		agent = rpi_scmi_fake_agent(test, fw, chans[i]);
		KUNIT_EXPECT_EQ(test, rpi_scmi_protocol_version(agent, 0x10,
								0x20000,
								&version),
				-EPROTO);
	}
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, 1);
	KUNIT_EXPECT_EQ(test, fw->doorbells, 1);
}

/* A token wider than its field is truncated, never spilling over. */
static void rpi_scmi_hdr_truncates(struct kunit *test)
{
	struct rpi_scmi_hdr hdr = { .token = 0x400 | 5, .type = 4 | 1 };

	KUNIT_EXPECT_EQ(test, rpi_scmi_hdr_pack(&hdr), 0x00140100u);
}

static void rpi_scmi_tokens_unique(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_xfer *x[RPI_SCMI_XFER_POOL], *again;
	u16 tokens[RPI_SCMI_XFER_POOL];
	struct rpi_scmi_agent *agent;
	int i, j;

	agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_BOTH);
	for (i = 0; i < RPI_SCMI_XFER_POOL; i++) {
		x[i] = rpi_scmi_xfer_get(agent, 0x10, 0, 0, 4);
		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, x[i]);
		tokens[i] = x[i]->hdr.token;
		for (j = 0; j < i; j++)
			KUNIT_EXPECT_NE(test, tokens[i], tokens[j]);
	}
	KUNIT_EXPECT_EQ(test, PTR_ERR(rpi_scmi_xfer_get(agent, 0x10, 0, 0, 4)),
			-EBUSY);
	rpi_scmi_xfer_put(agent, x[3]);
	again = rpi_scmi_xfer_get(agent, 0x10, 0, 0, 4);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, again);
	/* Tokens go round: a released one is not given out again at once. */
	for (j = 0; j < RPI_SCMI_XFER_POOL; j++)
		KUNIT_EXPECT_NE(test, again->hdr.token, tokens[j]);
	KUNIT_EXPECT_EQ(test, again->hdr.token, RPI_SCMI_XFER_POOL);
	for (j = 0; j < RPI_SCMI_XFER_POOL; j++)
		rpi_scmi_xfer_put(agent, x[j]);
	KUNIT_EXPECT_TRUE(test, bitmap_empty(agent->tokens,
					     RPI_SCMI_TOKEN_COUNT));
}

static void rpi_scmi_xfer_sizes(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_BOTH);
	KUNIT_EXPECT_EQ(test, PTR_ERR(rpi_scmi_xfer_get(agent, 0x10, 0,
							RPI_SCMI_MAX_PAYLOAD + 1,
							0)), -EINVAL);
	KUNIT_EXPECT_EQ(test, PTR_ERR(rpi_scmi_xfer_get(agent, 0x10, 0, 0,
							RPI_SCMI_MAX_PAYLOAD + 1)),
			-EINVAL);
}

static struct rpi_scmi_agent *rpi_scmi_discover(struct kunit *test,
						struct rpi_scmi_fake_fw *fw,
						unsigned int chans)
{
	struct rpi_scmi_agent *agent = rpi_scmi_fake_agent(test, fw, chans);

	KUNIT_ASSERT_EQ(test, rpi_scmi_base_discover(agent), 0);
	return agent;
}

static void rpi_scmi_expect_info(struct kunit *test,
				 const struct rpi_scmi_fake_fw *fw,
				 const struct rpi_scmi_base_info *info)
{
	KUNIT_EXPECT_EQ(test, info->version, fw->base_version);
	KUNIT_EXPECT_STREQ(test, info->vendor, fw->vendor);
	KUNIT_EXPECT_STREQ(test, info->sub_vendor, fw->sub_vendor);
	KUNIT_EXPECT_EQ(test, info->impl_version, fw->impl_version);
	KUNIT_EXPECT_EQ(test, info->num_protocols, fw->num_protocols);
	KUNIT_EXPECT_EQ(test, info->num_agents, fw->num_agents);
	KUNIT_EXPECT_MEMEQ(test, info->protocols, fw->protocols,
			   fw->num_protocols);
}

/* Discovery: VERSION, ATTRIBUTES, 2 names, IMPL, 2 list parts, MSG_ATTR. */
#define RPI_SCMI_DISCOVERY_MSGS	8

static void rpi_scmi_discover_smcf(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_SMCF);
	rpi_scmi_expect_info(test, fw, &agent->base);
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, RPI_SCMI_DISCOVERY_MSGS);
	KUNIT_EXPECT_EQ(test, fw->doorbells, 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&agent->sent[RPI_SCMI_CHAN_SMCF]),
			RPI_SCMI_DISCOVERY_MSGS);
}

static void rpi_scmi_discover_shmem(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_SHMEM);
	rpi_scmi_expect_info(test, fw, &agent->base);
	KUNIT_EXPECT_EQ(test, fw->doorbells, RPI_SCMI_DISCOVERY_MSGS);
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, 0);
}

static void rpi_scmi_discover_shmem_param(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	fw->param = true;
	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_SHMEM);
	rpi_scmi_expect_info(test, fw, &agent->base);
}

/* Parts of 1, 2, 3 and 64 ids: the list is the same, in as many calls. */
static void rpi_scmi_list_parts(struct kunit *test)
{
	static const u32 parts[] = { 1, 2, 3, 64 };
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	unsigned int i;
	u8 ids[40];
	u32 calls;

	for (i = 0; i < ARRAY_SIZE(ids); i++)
		ids[i] = 0x80 + i;
	fw->protocols = ids;
	fw->num_protocols = ARRAY_SIZE(ids);
	fw->list_len = ARRAY_SIZE(ids);
	agent = rpi_scmi_fake_agent(test, fw, RPI_SCMI_FAKE_BOTH);
	for (i = 0; i < ARRAY_SIZE(parts); i++) {
		fw->per_part = parts[i];
		fw->smcf_calls = 0;
		KUNIT_ASSERT_EQ(test, rpi_scmi_base_discover(agent), 0);
		rpi_scmi_expect_info(test, fw, &agent->base);
		/* A part holds at most 112 ids in the 116 bytes a reply has. */
		calls = DIV_ROUND_UP(ARRAY_SIZE(ids), min(parts[i], 112u));
		KUNIT_EXPECT_EQ(test, fw->smcf_calls,
				RPI_SCMI_DISCOVERY_MSGS - 2 + calls);
	}
}

static void rpi_scmi_agent_discovery(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	fw->agent_discovery = true;
	fw->agent_id = 3;
	fw->num_agents = 4;
	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_BOTH);
	KUNIT_EXPECT_TRUE(test, agent->base.has_agent_discovery);
	KUNIT_EXPECT_EQ(test, agent->base.agent_id, 3);
	KUNIT_EXPECT_STREQ(test, agent->base.agent_name, "linux");
	KUNIT_EXPECT_EQ(test, agent->base.num_agents, 4);
}

static void rpi_scmi_no_agent_discovery(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_BOTH);

	KUNIT_EXPECT_FALSE(test, agent->base.has_agent_discovery);
	KUNIT_EXPECT_STREQ(test, agent->base.agent_name, "");
}

static void rpi_scmi_negotiates(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	fw->base_version = 0x30001;
	fw->negotiate = true;
	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_BOTH);
	KUNIT_EXPECT_EQ(test, agent->base.version, 0x20000);
	KUNIT_EXPECT_EQ(test, fw->negotiated, 0x20000);
}

static void rpi_scmi_newer_without_negotiation(struct kunit *test)
{
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;

	fw->base_version = 0x20001;
	agent = rpi_scmi_discover(test, fw, RPI_SCMI_FAKE_BOTH);
	KUNIT_EXPECT_EQ(test, agent->base.version, 0x20001);
	KUNIT_EXPECT_EQ(test, fw->negotiated, 0);
}

/*
 * The SMC fastchannel is preferred; shared memory carries no more than the
 * firmware takes (92 bytes here, as TF-A), whatever the region's size, and
 * a command no channel carries is refused without an SMC.
 */
static void rpi_scmi_transport_choice(struct kunit *test)
{
	static const struct {
		unsigned int chans;
		size_t len;
		int want;
	} cases[] = {
		{ RPI_SCMI_FAKE_BOTH, 92, 0 },
		{ RPI_SCMI_FAKE_BOTH, 120, 0 },
		{ RPI_SCMI_FAKE_BOTH, 124, -EMSGSIZE },
		{ RPI_SCMI_FAKE_SHMEM, 92, 0 },
		{ RPI_SCMI_FAKE_SHMEM, 96, -EMSGSIZE },
	};
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	struct rpi_scmi_xfer *xfer;
	size_t sent;
	unsigned int i;

	rpi_scmi_fake_fw_shmem(test, fw, 256);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		/* What the firmware received: nothing when it was refused. */
		sent = cases[i].len;
		if (cases[i].want)
			sent = 0;
		agent = rpi_scmi_fake_agent(test, fw, cases[i].chans);
		fw->last_tx_len = 0;
		xfer = rpi_scmi_xfer_get(agent, 0x10, 0, cases[i].len, 4);
		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, xfer);
		memset(xfer->tx, 0xa5, cases[i].len);
		KUNIT_EXPECT_EQ_MSG(test, rpi_scmi_do_xfer(agent, xfer),
				    cases[i].want, "case %u", i);
		rpi_scmi_xfer_put(agent, xfer);
		KUNIT_EXPECT_EQ_MSG(test, fw->last_tx_len, sent, "case %u", i);
	}
	/* 92 and 120 bytes in registers, 92 through shared memory. */
	KUNIT_EXPECT_EQ(test, fw->smcf_calls, 2);
	KUNIT_EXPECT_EQ(test, fw->doorbells, 1);
}

/* Transfers may be made with interrupts off: nothing sleeps. */
static void rpi_scmi_atomic(struct kunit *test)
{
	static const unsigned int chans[] = {
		RPI_SCMI_FAKE_SMCF, RPI_SCMI_FAKE_SHMEM,
	};
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	unsigned long flags;
	u32 version = 0;
	int i, ret[ARRAY_SIZE(chans)];

	for (i = 0; i < ARRAY_SIZE(chans); i++) {
		agent = rpi_scmi_fake_agent(test, fw, chans[i]);
		local_irq_save(flags);
		ret[i] = rpi_scmi_protocol_version(agent, 0x10, 0x20000,
						   &version);
		local_irq_restore(flags);
		KUNIT_EXPECT_EQ(test, ret[i], 0);
		KUNIT_EXPECT_EQ(test, version, 0x20000);
	}
}

/*
 * Transfers may be made under a raw spinlock, as the PCI core makes config
 * accesses under its raw pci_lock: the agent takes no lock that sleeps on
 * PREEMPT_RT (lockdep's raw-lock nesting check reports one).
 */
static void rpi_scmi_raw_lock(struct kunit *test)
{
	static const unsigned int chans[] = {
		RPI_SCMI_FAKE_SMCF, RPI_SCMI_FAKE_SHMEM,
	};
	static DEFINE_RAW_SPINLOCK(lock);
	struct rpi_scmi_fake_fw *fw = rpi_scmi_fake_fw_init(test);
	struct rpi_scmi_agent *agent;
	unsigned long flags;
	u32 version = 0;
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(chans); i++) {
		agent = rpi_scmi_fake_agent(test, fw, chans[i]);
		raw_spin_lock_irqsave(&lock, flags);
		ret = rpi_scmi_protocol_version(agent, 0x10, 0x20000, &version);
		raw_spin_unlock_irqrestore(&lock, flags);
		KUNIT_EXPECT_EQ(test, ret, 0);
		KUNIT_EXPECT_EQ(test, version, 0x20000);
	}
}

static struct kunit_case rpi_scmi_cases[] = {
	KUNIT_CASE_PARAM(rpi_scmi_hdr_packs, rpi_scmi_hdr_gen_params),
	KUNIT_CASE(rpi_scmi_hdr_reserved),
	KUNIT_CASE(rpi_scmi_hdr_truncates),
	KUNIT_CASE(rpi_scmi_tokens_unique),
	KUNIT_CASE(rpi_scmi_xfer_sizes),
	KUNIT_CASE(rpi_scmi_discover_smcf),
	KUNIT_CASE(rpi_scmi_discover_shmem),
	KUNIT_CASE(rpi_scmi_discover_shmem_param),
	KUNIT_CASE(rpi_scmi_list_parts),
	KUNIT_CASE(rpi_scmi_agent_discovery),
	KUNIT_CASE(rpi_scmi_no_agent_discovery),
	KUNIT_CASE(rpi_scmi_negotiates),
	KUNIT_CASE(rpi_scmi_newer_without_negotiation),
	KUNIT_CASE(rpi_scmi_transport_choice),
	KUNIT_CASE(rpi_scmi_atomic),
	KUNIT_CASE(rpi_scmi_raw_lock),
	{}
};

static struct kunit_suite rpi_scmi_suite = {
	.name = "rpi-smc-scmi-agent",
	.test_cases = rpi_scmi_cases,
};

kunit_test_suite(rpi_scmi_suite);
