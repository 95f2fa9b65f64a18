// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for rpi-smc-pcie's SCMI backend (pcie-scmi.c): how READ,
 * WRITE and READ_BLOCK of the SCMI PCI protocol (0x80) are encoded, the
 * firmware's refusals as errnos, malformed replies, and the discovery the
 * backend needs, against the fake firmware's SMC fastchannel.
 */

#include <kunit/test.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/pci.h>

/* The code under test, built into this module. */
#include "pcie-scmi.c"

#include "scmi_fake_fw.h"

#define FAKE_SCMI_INVALID_PARAMETERS	(-2)
#define FAKE_SCMI_NOT_FOUND		(-4)

/**
 * struct fake_pci - the fake firmware's PCI protocol
 * @status: the status READ, WRITE and READ_BLOCK answer
 * @value: what READ returns; READ_BLOCK returns @value + 4 * i
 * @version: PROTOCOL_VERSION's answer
 * @missing: a message MESSAGE_ATTRIBUTES says is absent
 * @bus_range: SEGMENT_INFO's bus range
 * @count_delta: added to READ_BLOCK's count in the reply
 * @msg: the last message id received
 * @in: its payload words
 * @in_n: how many
 */
struct fake_pci {
	s32 status;
	u32 value;
	u32 version;
	u32 missing;
	u32 bus_range;
	int count_delta;
	u32 msg;
	u32 in[4];
	unsigned int in_n;
};

static void fake_pci_serve(struct rpi_scmi_fake_fw *fw,
			   struct rpi_scmi_fake_msg *m)
{
	struct fake_pci *p = fw->other_priv;
	u32 out[1 + RPI_PCIE_BLOCK_MAX + 1];
	unsigned int i, n;

	p->msg = FIELD_GET(RPI_SCMI_HDR_MSG_ID, m->hdr);
	p->in_n = min_t(size_t, m->in_len / 4, ARRAY_SIZE(p->in));
	for (i = 0; i < p->in_n; i++)
		p->in[i] = get_unaligned_le32(m->in + 4 * i);
	switch (p->msg) {
	case RPI_SCMI_PROTOCOL_VERSION:
		rpi_scmi_fake_reply(m, 0, &p->version, 1);
		return;
	case RPI_SCMI_PROTOCOL_MESSAGE_ATTRIBUTES:
		out[0] = 0;
		rpi_scmi_fake_reply(m, p->in[0] == p->missing || p->in[0] > 6 ?
				    FAKE_SCMI_NOT_FOUND : 0, out, 1);
		return;
	case RPI_PCIE_SCMI_SEGMENT_INFO:
		out[0] = p->bus_range;
		out[1] = 0;
		rpi_scmi_fake_reply(m, 0, out, 2);
		return;
	case RPI_PCIE_SCMI_READ:
		rpi_scmi_fake_reply(m, p->status, &p->value, p->status ? 0 : 1);
		return;
	case RPI_PCIE_SCMI_WRITE:
		rpi_scmi_fake_reply(m, p->status, NULL, 0);
		return;
	default:
		break;
	}
	n = clamp_t(int, (int)p->in[2] + p->count_delta, 0,
		    RPI_PCIE_BLOCK_MAX + 1);
	out[0] = n;
	for (i = 0; i < n; i++)
		out[1 + i] = p->value + 4 * i;
	rpi_scmi_fake_reply(m, p->status, out, p->status ? 0 : 1 + n);
}

struct pcie_scmi_test {
	struct rpi_scmi_fake_fw *fw;
	struct fake_pci pci;
	struct rpi_scmi_agent agent;
	struct rpi_pcie_cfg cfg;
};

static struct pcie_scmi_test *pcie_scmi_setup(struct kunit *test)
{
	struct pcie_scmi_test *t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, t);
	t->fw = rpi_scmi_fake_fw_init(test);
	t->fw->other_proto = RPI_PCIE_SCMI_PROTOCOL;
	t->fw->other = fake_pci_serve;
	t->fw->other_priv = &t->pci;
	t->pci.version = RPI_PCIE_SCMI_VERSION;
	t->pci.missing = 0xff;
	t->pci.bus_range = 0xff00;
	rpi_scmi_fake_agent(test, t->fw, &t->agent);
	t->cfg.ops = &rpi_pcie_scmi_ops;
	t->cfg.priv = &t->agent;
	t->cfg.bus_end = 0xff;
	return t;
}

static void pcie_scmi_read_encodes(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	u32 val = 0;

	t->cfg.seg = 0x1234;
	t->pci.value = 0xcafef00d;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read(&t->cfg, 0x56,
						     PCI_DEVFN(15, 3), 0x104,
						     4, &val), 0);
	KUNIT_EXPECT_EQ(test, val, 0xcafef00d);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 1);
	KUNIT_EXPECT_EQ(test, t->pci.msg, RPI_PCIE_SCMI_READ);
	KUNIT_ASSERT_EQ(test, t->pci.in_n, 3);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0x1234567b);
	KUNIT_EXPECT_EQ(test, t->pci.in[1], 0x104);
	KUNIT_EXPECT_EQ(test, t->pci.in[2], 4);
}

static void pcie_scmi_write_encodes(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);

	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.write(&t->cfg, 1,
						      PCI_DEVFN(0, 0), 0x3c,
						      1, 0x5a), 0);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 1);
	KUNIT_EXPECT_EQ(test, t->pci.msg, RPI_PCIE_SCMI_WRITE);
	KUNIT_ASSERT_EQ(test, t->pci.in_n, 4);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0x100);
	KUNIT_EXPECT_EQ(test, t->pci.in[1], 0x3c);
	KUNIT_EXPECT_EQ(test, t->pci.in[2], 1);
	KUNIT_EXPECT_EQ(test, t->pci.in[3], 0x5a);
}

/* A 64-byte header in one SMC; a count it did not ask for is refused. */
static void pcie_scmi_read_block(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	u32 vals[RPI_PCIE_BLOCK_MAX] = { };
	unsigned int i;

	t->pci.value = 0x1000;
	KUNIT_ASSERT_EQ(test, rpi_pcie_scmi_ops.read_block(&t->cfg, 2,
							   PCI_DEVFN(1, 2), 0x40,
							   16, vals), 0);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 1);
	KUNIT_EXPECT_EQ(test, t->pci.msg, RPI_PCIE_SCMI_READ_BLOCK);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0x20a);
	KUNIT_EXPECT_EQ(test, t->pci.in[1], 0x40);
	KUNIT_EXPECT_EQ(test, t->pci.in[2], 16);
	for (i = 0; i < RPI_PCIE_BLOCK_MAX; i++)
		KUNIT_EXPECT_EQ(test, vals[i], 0x1000 + 4 * i);

	t->pci.count_delta = -1;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read_block(&t->cfg, 0, 0, 0, 4,
							   vals), -EPROTO);
	t->pci.count_delta = 0;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read_block(&t->cfg, 0, 0, 0,
							   17, vals), -EINVAL);
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read_block(&t->cfg, 0, 0, 0, 0,
							   vals), -EINVAL);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 2);
}

/* The firmware's refusals come back as errnos; a read leaves 0. */
static void pcie_scmi_refusals(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	u32 val = 0x1234;

	t->pci.status = FAKE_SCMI_INVALID_PARAMETERS;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read(&t->cfg, 0, 0, 0, 4, &val),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, val, 0);
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.write(&t->cfg, 0, 0, 0, 4, 1),
			-EINVAL);
	t->pci.status = FAKE_SCMI_NOT_FOUND;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read(&t->cfg, 0, 0, 0, 4, &val),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read_block(&t->cfg, 0, 0, 0, 4,
							   &val), -ENOENT);
}

/* Replies of the wrong length or shape are never taken for values. */
static void pcie_scmi_malformed(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	u32 val = 0x1234;

	t->pci.value = 0x11223344;
	t->fw->fault = RPI_SCMI_FAKE_LEN_EXTRA;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read(&t->cfg, 0, 0, 0, 4, &val),
			-EPROTO);
	KUNIT_EXPECT_EQ(test, val, 0);
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.write(&t->cfg, 0, 0, 0, 4, 1),
			-EPROTO);
	t->fw->fault = RPI_SCMI_FAKE_TOKEN;
	KUNIT_EXPECT_NE(test, rpi_pcie_scmi_ops.read(&t->cfg, 0, 0, 0, 4, &val),
			0);
	t->fw->fault = RPI_SCMI_FAKE_OK;
	t->pci.status = 0;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.read(&t->cfg, 0, 0, 0, 4, &val),
			0);
	KUNIT_EXPECT_EQ(test, val, 0x11223344);
}

/* Version 1.x with every message, and the segment's buses. */
static void pcie_scmi_discovery(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	struct device *dev = t->agent.dev;
	struct resource busr = DEFINE_RES_NAMED(0, 256, "bus", IORESOURCE_BUS);

	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, &t->agent), 0);
	t->pci.missing = RPI_PCIE_SCMI_READ_BLOCK;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, &t->agent), -ENODEV);
	t->pci.missing = 0xff;
	t->pci.version = 0x20000;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, &t->agent), -ENODEV);

	t->pci.bus_range = 0x1f00;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_segment(dev, &t->agent, 0, &busr),
			0);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0);
	KUNIT_EXPECT_EQ(test, busr.start, 0);
	KUNIT_EXPECT_EQ(test, busr.end, 0x1f);
	t->pci.bus_range = 0xff40;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_segment(dev, &t->agent, 3, &busr),
			-ENODEV);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 3);
}

static struct kunit_case pcie_scmi_cases[] = {
	KUNIT_CASE(pcie_scmi_read_encodes),
	KUNIT_CASE(pcie_scmi_write_encodes),
	KUNIT_CASE(pcie_scmi_read_block),
	KUNIT_CASE(pcie_scmi_refusals),
	KUNIT_CASE(pcie_scmi_malformed),
	KUNIT_CASE(pcie_scmi_discovery),
	{ }
};

static struct kunit_suite pcie_scmi_suite = {
	.name = "rpi-smc-pcie-scmi",
	.test_cases = pcie_scmi_cases,
};

kunit_test_suite(pcie_scmi_suite);
