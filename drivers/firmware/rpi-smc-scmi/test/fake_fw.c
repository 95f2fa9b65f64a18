// SPDX-License-Identifier: GPL-2.0
/*
 * A fake SCMI firmware for the KUnit suites of the agent and the modules
 * built on it. It stands in for
 * rpi_smc_invoke() (through its KUnit static stub) and decodes the two
 * transports' wire formats with code of its own, so a suite checks the
 * agent's encoding against an independent reading of the ABI.
 */

#include <kunit/device.h>
#include <kunit/test.h>
#include <linux/arm-smccc.h>
#include <linux/atomic.h>
#include <linux/bitfield.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "../common.h"
#include "fake_fw.h"

#define FAKE_SMT_PAYLOAD	28	/* offset of the payload in the SMT */
#define FAKE_SMCF_MAX		120
#define FAKE_NAME_LEN		16

/* The header as the fake reads it: its own reading of SCMI v3.2 4.1.2 */
#define FAKE_HDR_MSG_ID		GENMASK(7, 0)
#define FAKE_HDR_PROTO_ID	GENMASK(17, 10)
#define FAKE_HDR_TOKEN		GENMASK(27, 18)
#define FAKE_HDR_RESERVED	BIT(28)

/* SCMI status codes the fake returns */
#define FAKE_SCMI_NOT_SUPPORTED	(-1)
#define FAKE_SCMI_NOT_FOUND	(-4)

/**
 * rpi_scmi_fake_reply() - a reply of a status and 32-bit words
 * @m: the message being answered
 * @status: the SCMI status
 * @vals: the words after it
 * @n: how many
 */
void rpi_scmi_fake_reply(struct rpi_scmi_fake_msg *m, s32 status,
			 const u32 *vals, unsigned int n)
{
	unsigned int i;

	put_unaligned_le32(status, m->out);
	for (i = 0; i < n; i++)
		put_unaligned_le32(vals[i], m->out + 4 + 4 * i);
	m->out_len = 4 + 4 * n;
}
EXPORT_SYMBOL_GPL(rpi_scmi_fake_reply);

static void fake_name(struct rpi_scmi_fake_msg *m, const char *name)
{
	put_unaligned_le32(0, m->out);
	memset(m->out + 4, 0, FAKE_NAME_LEN);
	memcpy(m->out + 4, name, min_t(size_t, strlen(name), FAKE_NAME_LEN));
	m->out_len = 4 + FAKE_NAME_LEN;
}

static bool fake_msg_served(const struct rpi_scmi_fake_fw *fw, u32 msg)
{
	return msg <= 0x6 || (msg == 0x7 && fw->agent_discovery) ||
	       (msg == 0x10 && fw->negotiate);
}

static void fake_list(const struct rpi_scmi_fake_fw *fw, struct rpi_scmi_fake_msg *m,
		      u32 skip)
{
	u32 n = 0, room = (m->out_cap - 8) & ~3u;

	if (fw->repeat_part)
		skip = 0;
	if (skip < fw->list_len)
		n = min3(fw->list_len - skip, fw->per_part, room);
	rpi_scmi_fake_reply(m, 0, &n, 1);
	memset(m->out + 8, 0, round_up(n, 4));
	memcpy(m->out + 8, fw->protocols + skip, n);
	m->out_len += round_up(n, 4);
}

static void fake_base(struct rpi_scmi_fake_fw *fw, struct rpi_scmi_fake_msg *m,
		      u32 msg, u32 arg)
{
	u32 v = 0;

	switch (msg) {
	case 0x0:
		rpi_scmi_fake_reply(m, 0, &fw->base_version, 1);
		break;
	case 0x1:
		v = fw->num_protocols | fw->num_agents << 8;
		rpi_scmi_fake_reply(m, 0, &v, 1);
		break;
	case 0x2:
		if (fake_msg_served(fw, arg))
			rpi_scmi_fake_reply(m, 0, &v, 1);
		else
			rpi_scmi_fake_reply(m, FAKE_SCMI_NOT_FOUND, NULL, 0);
		break;
	case 0x3:
		fake_name(m, fw->vendor);
		break;
	case 0x4:
		fake_name(m, fw->sub_vendor);
		break;
	case 0x5:
		rpi_scmi_fake_reply(m, 0, &fw->impl_version, 1);
		break;
	case 0x6:
		fake_list(fw, m, arg);
		break;
	case 0x7:
		fake_name(m, fw->agent_name);
		memmove(m->out + 8, m->out + 4, FAKE_NAME_LEN);
		put_unaligned_le32(fw->agent_id, m->out + 4);
		m->out_len += 4;
		break;
	default:
		fw->negotiated = arg;
		rpi_scmi_fake_reply(m, 0, NULL, 0);
		break;
	}
}

/*
 * The base protocol, as configured, and the protocols a suite serves;
 * other protocols are not served.
 */
static void fake_serve(struct rpi_scmi_fake_fw *fw, struct rpi_scmi_fake_msg *m)
{
	u32 msg = FIELD_GET(FAKE_HDR_MSG_ID, m->hdr);
	u32 arg = m->in_len >= 4 ? get_unaligned_le32(m->in) : 0;
	u32 proto = FIELD_GET(FAKE_HDR_PROTO_ID, m->hdr);

	m->msg_id = msg;
	m->protocol_id = proto;
	fw->last_tx_len = m->in_len;
	if (fw->other && (proto == fw->other_proto ||
			  (fw->other_proto2 && proto == fw->other_proto2)))
		fw->other(fw, m);
	else if (proto != RPI_SCMI_PROTOCOL_BASE || !fake_msg_served(fw, msg))
		rpi_scmi_fake_reply(m, FAKE_SCMI_NOT_SUPPORTED, NULL, 0);
	else
		fake_base(fw, m, msg, arg);
}

/* Break the reply as configured; returns the header to answer with. */
static u64 fake_fault(const struct rpi_scmi_fake_fw *fw, struct rpi_scmi_fake_msg *m)
{
	u32 msg = FIELD_GET(FAKE_HDR_MSG_ID, m->hdr);
	u64 hdr = m->hdr;

	if (fw->fault_msg != RPI_SCMI_FAKE_ALL_MSGS && fw->fault_msg != msg)
		return hdr;
	switch (fw->fault) {
	case RPI_SCMI_FAKE_TOKEN:
		return hdr ^ FIELD_PREP(FAKE_HDR_TOKEN, 1);
	case RPI_SCMI_FAKE_LEN_LONG:
		m->out_len = m->out_cap + 4;
		break;
	case RPI_SCMI_FAKE_LEN_SHORT:
		m->out_len = 2;
		break;
	case RPI_SCMI_FAKE_LEN_EXTRA:
		m->out_len += 4;
		break;
	case RPI_SCMI_FAKE_STATUS_RANGE:
		put_unaligned_le32(-12, m->out);
		break;
	case RPI_SCMI_FAKE_HDR_HIGH:
		return hdr | BIT_ULL(32);
	case RPI_SCMI_FAKE_HDR_RESERVED:
		return hdr | FAKE_HDR_RESERVED;
	default:
		break;
	}
	return hdr;
}

static bool fake_faults(const struct rpi_scmi_fake_fw *fw, u32 hdr,
			enum rpi_scmi_fake_fault fault)
{
	return fw->fault == fault &&
	       (fw->fault_msg == RPI_SCMI_FAKE_ALL_MSGS ||
		fw->fault_msg == FIELD_GET(FAKE_HDR_MSG_ID, hdr));
}

/* SMCCC result for a fault on the SMC itself, or 0. */
static long fake_smccc_fault(const struct rpi_scmi_fake_fw *fw, u32 hdr)
{
	if (fake_faults(fw, hdr, RPI_SCMI_FAKE_SMCCC_ERROR))
		return SMCCC_RET_INVALID_PARAMETER;
	if (fake_faults(fw, hdr, RPI_SCMI_FAKE_SMCCC_JUNK))
		return 0x12345678;
	return 0;
}

static void fake_smcf(struct rpi_scmi_fake_fw *fw,
		      const struct arm_smccc_1_2_regs *args,
		      struct arm_smccc_1_2_regs *res)
{
	/* The registers as bytes: little-endian, as arm64 kernels run. */
	u8 in[FAKE_SMCF_MAX], out[FAKE_SMCF_MAX] = { };
	struct rpi_scmi_fake_msg m = { .hdr = args->a1, .out_cap = FAKE_SMCF_MAX };
	long err;
	u64 hdr;

	fw->smcf_calls++;
	memset(res, 0, sizeof(*res));
	err = fake_smccc_fault(fw, m.hdr);
	if (err || args->a2 > FAKE_SMCF_MAX || args->a2 % 4) {
		res->a0 = err ?: SMCCC_RET_INVALID_PARAMETER;
		return;
	}
	memcpy(in, &args->a3, sizeof(in));
	m.in = in;
	m.in_len = args->a2;
	fake_serve(fw, &m);
	hdr = fake_fault(fw, &m);
	memcpy(out, m.out, min_t(size_t, m.out_len, sizeof(out)));
	res->a1 = hdr;
	res->a2 = m.out_len;
	memcpy(&res->a3, out, sizeof(out));
}

static void fake_doorbell(struct rpi_scmi_fake_fw *fw,
			  const struct arm_smccc_1_2_regs *args,
			  struct arm_smccc_1_2_regs *res)
{
	u8 *smt = fw->shmem;
	struct rpi_scmi_fake_msg m = {
		.hdr = get_unaligned_le32(smt + 24),
		.in = smt + FAKE_SMT_PAYLOAD,
		.in_len = get_unaligned_le32(smt + 20) - 4,
		.out_cap = min_t(size_t, fw->shmem_size - FAKE_SMT_PAYLOAD,
				 RPI_SCMI_MAX_PAYLOAD),
	};
	u32 status = BIT(0);

	fw->doorbells++;
	memset(res, 0, sizeof(*res));
	if (fw->param && (args->a1 != RPI_SCMI_FAKE_SHMEM_PHYS >> 12 ||
			  args->a2 != (RPI_SCMI_FAKE_SHMEM_PHYS & 0xfff))) {
		res->a0 = SMCCC_RET_INVALID_PARAMETER;
		return;
	}
	res->a0 = fake_smccc_fault(fw, m.hdr);
	if (res->a0)
		return;
	if (m.in_len > fw->shmem_max) {
		put_unaligned_le32(BIT(0) | BIT(1), smt + 4);
		return;
	}
	fake_serve(fw, &m);
	put_unaligned_le32(fake_fault(fw, &m), smt + 24);
	put_unaligned_le32(m.out_len + 4, smt + 20);
	memcpy(smt + FAKE_SMT_PAYLOAD, m.out,
	       min_t(size_t, m.out_len, m.out_cap));
	if (fake_faults(fw, m.hdr, RPI_SCMI_FAKE_CHAN_ERROR))
		status |= BIT(1);
	if (fake_faults(fw, m.hdr, RPI_SCMI_FAKE_NO_REPLY))
		status = 0;
	put_unaligned_le32(status, smt + 4);
}

static int fake_invoke(const struct arm_smccc_1_2_regs *args,
		       struct arm_smccc_1_2_regs *res)
{
	struct rpi_scmi_fake_fw *fw = kunit_get_current_test()->priv;

	if (fw->smcf && args->a0 == RPI_SCMI_FAKE_SMCF_FID) {
		fake_smcf(fw, args, res);
	} else if (fw->shmem && args->a0 == RPI_SCMI_FAKE_DOORBELL_FID) {
		fake_doorbell(fw, args, res);
	} else {
		memset(res, 0, sizeof(*res));
		res->a0 = SMCCC_RET_NOT_SUPPORTED;
	}
	return 0;
}

/**
 * rpi_scmi_fake_fw_shmem() - give the fake firmware a shared memory
 * @test: the test case
 * @fw: the firmware
 * @size: the region's size
 *
 * The region is allocated at exactly @size bytes, so KASAN reports any
 * access past its end, and starts free.
 */
void rpi_scmi_fake_fw_shmem(struct kunit *test, struct rpi_scmi_fake_fw *fw,
			    size_t size)
{
	fw->shmem_size = size;
	fw->shmem = kunit_kzalloc(test, size, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, fw->shmem);
	rpi_scmi_fake_fw_release(fw);
}
EXPORT_SYMBOL_GPL(rpi_scmi_fake_fw_shmem);

/**
 * rpi_scmi_fake_fw_release() - mark the shared memory channel free
 * @fw: the firmware
 */
void rpi_scmi_fake_fw_release(struct rpi_scmi_fake_fw *fw)
{
	put_unaligned_le32(BIT(0), (u8 *)fw->shmem + 4);
}
EXPORT_SYMBOL_GPL(rpi_scmi_fake_fw_release);

/**
 * rpi_scmi_fake_fw_init() - a fake firmware with a plain configuration
 * @test: the test case; the firmware becomes its ->priv
 *
 * Base protocol v2.0, vendor "rpi-acpi", sub-vendor "kunit", three
 * protocols listed two per part, SMC fastchannel and a 128-byte shared
 * memory that takes payloads of up to 92 bytes, as TF-A's does, no agent
 * discovery. Cases change what they need.
 *
 * Return: the firmware (test-managed memory).
 */
struct rpi_scmi_fake_fw *rpi_scmi_fake_fw_init(struct kunit *test)
{
	static const u8 protocols[] = { 0x19, 0x80, 0x81 };
	struct rpi_scmi_fake_fw *fw;

	fw = kunit_kzalloc(test, sizeof(*fw), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, fw);
	fw->vendor = "rpi-acpi";
	fw->sub_vendor = "kunit";
	fw->impl_version = 0x00010002;
	fw->base_version = 0x20000;
	fw->protocols = protocols;
	fw->num_protocols = ARRAY_SIZE(protocols);
	fw->list_len = ARRAY_SIZE(protocols);
	fw->per_part = 2;
	fw->agent_name = "linux";
	fw->smcf = true;
	fw->shmem_max = RPI_SCMI_FAKE_SHMEM_MAX;
	rpi_scmi_fake_fw_shmem(test, fw, 128);
	fw->fault_msg = RPI_SCMI_FAKE_ALL_MSGS;
	test->priv = fw;
	return fw;
}
EXPORT_SYMBOL_GPL(rpi_scmi_fake_fw_init);

/**
 * rpi_scmi_fake_agent() - an agent wired to the fake firmware
 * @test: the test case
 * @fw: the firmware, configured
 * @chans: RPI_SCMI_FAKE_SMCF, RPI_SCMI_FAKE_SHMEM or both: the channels
 *	the agent gets (shared memory only when @fw has some)
 *
 * The agent's timeout is 1 ms, so a missing reply fails fast.
 *
 * Return: the agent (test-managed memory).
 */
struct rpi_scmi_agent *rpi_scmi_fake_agent(struct kunit *test,
					   struct rpi_scmi_fake_fw *fw,
					   unsigned int chans)
{
	static atomic_t agents = ATOMIC_INIT(0);
	struct rpi_scmi_agent *agent;
	struct rpi_scmi_transport *t;
	struct device *dev;
	char name[32];

	/* A case may make several agents: each device needs its own name. */
	snprintf(name, sizeof(name), "rpi-scmi-fake.%d",
		 atomic_inc_return(&agents));
	dev = kunit_device_register(test, name);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	agent = kunit_kzalloc(test, sizeof(*agent), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, agent);
	rpi_scmi_agent_init(agent, dev);
	agent->timeout_us = 1000;
	KUNIT_ASSERT_EQ(test, rpi_smc_fake_firmware(test, fake_invoke), 0);
	if (chans & RPI_SCMI_FAKE_SMCF) {
		t = rpi_scmi_smcf_create(dev, RPI_SCMI_FAKE_SMCF_FID);
		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
		agent->chan[RPI_SCMI_CHAN_SMCF] = t;
	}
	if (fw->shmem && (chans & RPI_SCMI_FAKE_SHMEM)) {
		struct rpi_scmi_shmem_desc desc = {
			.base = (void __iomem __force *)fw->shmem,
			.size = fw->shmem_size,
			.phys = RPI_SCMI_FAKE_SHMEM_PHYS,
			.fid = RPI_SCMI_FAKE_DOORBELL_FID,
			.param = fw->param,
			.max_cmd = fw->shmem_max,
		};

		t = rpi_scmi_shmem_create(dev, &desc);
		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
		agent->chan[RPI_SCMI_CHAN_SHMEM] = t;
	}
	return agent;
}
EXPORT_SYMBOL_GPL(rpi_scmi_fake_agent);

MODULE_DESCRIPTION("A fake SCMI firmware for the rpi-smc-scmi KUnit suites");
MODULE_LICENSE("GPL");
RPI_ACPI_IMPORT_KUNIT_NS();
