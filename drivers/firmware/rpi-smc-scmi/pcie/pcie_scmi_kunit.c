// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for rpi-smc-pcie's SCMI backend (backend-scmi.c): how READ
 * and WRITE of the SCMI PCI protocol (0x80) are encoded, the firmware's
 * refusals as errnos, malformed replies, and the discovery the backend
 * needs, against the fake firmware's SMC fastchannel. The fake's PCI
 * protocol is written from the ABI document, apart from the backend.
 */

#include <kunit/device.h>
#include <kunit/test.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/pci.h>

#include <rpi-acpi/compat.h>

#include "../test/fake_fw.h"
#include "pcie.h"

/* The protocol's messages (Documentation/firmware-guide/rpi-smc-pcie.rst) */
#define FAKE_PCI_VERSION		0x10000
#define FAKE_PCI_SEGMENT_INFO		0x3
#define FAKE_PCI_READ			0x4
#define FAKE_PCI_WRITE			0x5

#define FAKE_SCMI_NOT_SUPPORTED		(-1)
#define FAKE_SCMI_INVALID_PARAMETERS	(-2)
#define FAKE_SCMI_NOT_FOUND		(-4)

/**
 * struct fake_pci - the fake firmware's PCI protocol (no READ_BLOCK)
 * @status: the status READ and WRITE answer
 * @value: what READ returns
 * @version: PROTOCOL_VERSION's answer
 * @missing: a message MESSAGE_ATTRIBUTES says is absent
 * @bus_range: SEGMENT_INFO's bus range
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
	u32 msg;
	u32 in[4];
	unsigned int in_n;
};

static void fake_pci_serve(struct rpi_scmi_fake_fw *fw,
			   struct rpi_scmi_fake_msg *m)
{
	struct fake_pci *p = fw->other_priv;
	u32 out[2];
	unsigned int i;

	p->msg = m->msg_id;
	p->in_n = min_t(size_t, m->in_len / 4, ARRAY_SIZE(p->in));
	for (i = 0; i < p->in_n; i++)
		p->in[i] = get_unaligned_le32(m->in + 4 * i);
	switch (p->msg) {
	case RPI_SCMI_PROTOCOL_VERSION:
		rpi_scmi_fake_reply(m, 0, &p->version, 1);
		return;
	case RPI_SCMI_PROTOCOL_MESSAGE_ATTRIBUTES:
		out[0] = 0;
		rpi_scmi_fake_reply(m, p->in[0] == p->missing ||
				    p->in[0] > FAKE_PCI_WRITE ?
				    FAKE_SCMI_NOT_FOUND : 0, out, 1);
		return;
	case FAKE_PCI_SEGMENT_INFO:
		out[0] = p->bus_range;
		out[1] = 0;
		rpi_scmi_fake_reply(m, 0, out, 2);
		return;
	case FAKE_PCI_READ:
		rpi_scmi_fake_reply(m, p->status, &p->value, p->status ? 0 : 1);
		return;
	case FAKE_PCI_WRITE:
		rpi_scmi_fake_reply(m, p->status, NULL, 0);
		return;
	default:
		rpi_scmi_fake_reply(m, FAKE_SCMI_NOT_SUPPORTED, NULL, 0);
		return;
	}
}

struct pcie_scmi_test {
	struct rpi_scmi_fake_fw *fw;
	struct fake_pci pci;
	struct rpi_scmi_agent *agent;
	struct device *dev;
	struct rpi_pcie_cfg cfg;
};

static struct pcie_scmi_test *pcie_scmi_setup(struct kunit *test)
{
	struct pcie_scmi_test *t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, t);
	t->fw = rpi_scmi_fake_fw_init(test);
	t->fw->other_proto = RPI_SCMI_PROTOCOL_PCI;
	t->fw->other = fake_pci_serve;
	t->fw->other_priv = &t->pci;
	t->pci.version = FAKE_PCI_VERSION;
	t->pci.missing = 0xff;
	t->pci.bus_range = 0xff00;
	t->agent = rpi_scmi_fake_agent(test, t->fw, RPI_SCMI_FAKE_BOTH);
	t->dev = kunit_device_register(test, "pcie-scmi-test");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t->dev);
	t->cfg.ops = &rpi_pcie_scmi_ops;
	t->cfg.priv = t->agent;
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
	KUNIT_EXPECT_EQ(test, t->pci.msg, FAKE_PCI_READ);
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
	KUNIT_EXPECT_EQ(test, t->pci.msg, FAKE_PCI_WRITE);
	KUNIT_ASSERT_EQ(test, t->pci.in_n, 4);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0x100);
	KUNIT_EXPECT_EQ(test, t->pci.in[1], 0x3c);
	KUNIT_EXPECT_EQ(test, t->pci.in[2], 1);
	KUNIT_EXPECT_EQ(test, t->pci.in[3], 0x5a);
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
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_ops.write(&t->cfg, 0, 0, 0, 4, 1),
			-ENOENT);
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

/*
 * Version 1.x with every message the bridge sends (READ_BLOCK, which the
 * fake lacks, is not one), and the segment's buses.
 */
static void pcie_scmi_discovery(struct kunit *test)
{
	struct pcie_scmi_test *t = pcie_scmi_setup(test);
	struct device *dev = t->dev;
	struct resource busr = DEFINE_RES_NAMED(0, 256, "bus", IORESOURCE_BUS);

	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, t->agent), 0);
	t->pci.missing = FAKE_PCI_WRITE;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, t->agent), -ENODEV);
	t->pci.missing = 0xff;
	t->pci.version = 0x20000;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_check(dev, t->agent), -ENODEV);

	t->pci.bus_range = 0x1f00;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_segment(dev, t->agent, 0, &busr),
			0);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 0);
	KUNIT_EXPECT_EQ(test, busr.start, 0);
	KUNIT_EXPECT_EQ(test, busr.end, 0x1f);
	t->pci.bus_range = 0xff40;
	KUNIT_EXPECT_EQ(test, rpi_pcie_scmi_segment(dev, t->agent, 3, &busr),
			-ENODEV);
	KUNIT_EXPECT_EQ(test, t->pci.in[0], 3);
}

static struct kunit_case pcie_scmi_cases[] = {
	KUNIT_CASE(pcie_scmi_read_encodes),
	KUNIT_CASE(pcie_scmi_write_encodes),
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
