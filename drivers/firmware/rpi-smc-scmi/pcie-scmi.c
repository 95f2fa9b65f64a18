// SPDX-License-Identifier: GPL-2.0
/*
 * PCIe configuration access backend: the rpi-acpi PCI configuration
 * access protocol (SCMI vendor protocol 0x80) through an rpi-smc-scmi
 * agent, which carries each message in one SMC when the firmware has the
 * SMC fastchannel. Documentation/firmware-guide/rpi-smc-pcie.rst has the
 * messages.
 *
 * The backend finds the agent with rpi_scmi_agent_find(): a bound agent
 * whose firmware listed the protocol in base discovery. A device link
 * from the bridge to the agent makes unbinding the agent unbind the bridge
 * first, so the agent outlives every access made through it. Every access
 * is one READ or WRITE; READ_BLOCK reads up to 16 dwords of one function
 * in one message.
 */

#include <linux/bitfield.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/string.h>
#include <linux/types.h>
#include <rpi-acpi/compat.h>

#include "pcie.h"
#include "scmi.h"

#define RPI_PCIE_SCMI_PROTOCOL		0x80
#define RPI_PCIE_SCMI_VERSION		0x10000	/* 1.0 */
#define RPI_PCIE_SCMI_SEGMENT_INFO	0x3
#define RPI_PCIE_SCMI_READ		0x4
#define RPI_PCIE_SCMI_WRITE		0x5
#define RPI_PCIE_SCMI_READ_BLOCK	0x6

/* READ, WRITE, READ_BLOCK: the function's address, as DEN0115's */
#define RPI_PCIE_SCMI_ADDR_DEVFN	GENMASK(7, 0)
#define RPI_PCIE_SCMI_ADDR_BUS		GENMASK(15, 8)
#define RPI_PCIE_SCMI_ADDR_SEG		GENMASK(31, 16)
/* SEGMENT_INFO: the bus range */
#define RPI_PCIE_SCMI_BUS_START		GENMASK(7, 0)
#define RPI_PCIE_SCMI_BUS_END		GENMASK(15, 8)

static u32 rpi_pcie_scmi_addr(const struct rpi_pcie_cfg *cfg,
			      unsigned int bus, unsigned int devfn)
{
	return FIELD_PREP(RPI_PCIE_SCMI_ADDR_SEG, cfg->seg) |
	       FIELD_PREP(RPI_PCIE_SCMI_ADDR_BUS, bus) |
	       FIELD_PREP(RPI_PCIE_SCMI_ADDR_DEVFN, devfn);
}

/*
 * One message: @n words of @tx out, exactly @rx_n words back into @rx.
 * Return: 0, the errno of the firmware's status, the agent's error, or
 * -EPROTO for a reply of another length.
 */
static int rpi_pcie_scmi_cmd(struct rpi_scmi_agent *agent, u8 msg,
			     const u32 *tx, unsigned int n, u32 *rx,
			     unsigned int rx_n)
{
	struct rpi_scmi_xfer *xfer;
	unsigned int i;
	int ret;

	xfer = rpi_scmi_xfer_get(agent, RPI_PCIE_SCMI_PROTOCOL, msg,
				 n * sizeof(__le32), rx_n * sizeof(__le32));
	if (IS_ERR(xfer))
		return PTR_ERR(xfer);
	for (i = 0; i < n; i++)
		put_unaligned_le32(tx[i], xfer->tx + 4 * i);
	ret = rpi_scmi_do_xfer(agent, xfer);
	if (!ret && xfer->rx_len != rx_n * sizeof(__le32))
		ret = -EPROTO;
	for (i = 0; !ret && i < rx_n; i++)
		rx[i] = get_unaligned_le32(xfer->rx + 4 * i);
	rpi_scmi_xfer_put(agent, xfer);
	return ret;
}

static int rpi_pcie_scmi_read(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			      unsigned int devfn, unsigned int where,
			      unsigned int size, u32 *val)
{
	const u32 tx[] = { rpi_pcie_scmi_addr(cfg, bus, devfn), where, size };
	int ret;

	ret = rpi_pcie_scmi_cmd(cfg->priv, RPI_PCIE_SCMI_READ, tx,
				ARRAY_SIZE(tx), val, 1);
	if (ret)
		*val = 0;
	return ret;
}

static int rpi_pcie_scmi_write(const struct rpi_pcie_cfg *cfg,
			       unsigned int bus, unsigned int devfn,
			       unsigned int where, unsigned int size, u32 val)
{
	const u32 tx[] = {
		rpi_pcie_scmi_addr(cfg, bus, devfn), where, size, val,
	};

	return rpi_pcie_scmi_cmd(cfg->priv, RPI_PCIE_SCMI_WRITE, tx,
				 ARRAY_SIZE(tx), NULL, 0);
}

/*
 * READ_BLOCK: its reply is the count, then the dwords; a count other than
 * the one asked for is a malformed reply.
 */
static int rpi_pcie_scmi_read_block(const struct rpi_pcie_cfg *cfg,
				    unsigned int bus, unsigned int devfn,
				    unsigned int where, unsigned int count,
				    u32 *vals)
{
	const u32 tx[] = { rpi_pcie_scmi_addr(cfg, bus, devfn), where, count };
	u32 rx[1 + RPI_PCIE_BLOCK_MAX];
	int ret;

	if (!count || count > RPI_PCIE_BLOCK_MAX)
		return -EINVAL;
	ret = rpi_pcie_scmi_cmd(cfg->priv, RPI_PCIE_SCMI_READ_BLOCK, tx,
				ARRAY_SIZE(tx), rx, 1 + count);
	if (!ret && rx[0] != count)
		ret = -EPROTO;
	if (!ret)
		memcpy(vals, rx + 1, count * sizeof(*vals));
	return ret;
}

/* Version 1.x, with every message the bridge sends. */
static int rpi_pcie_scmi_check(struct device *dev,
			       struct rpi_scmi_agent *agent)
{
	static const u8 needed[] = {
		RPI_PCIE_SCMI_SEGMENT_INFO, RPI_PCIE_SCMI_READ,
		RPI_PCIE_SCMI_WRITE, RPI_PCIE_SCMI_READ_BLOCK,
	};
	unsigned int i;
	u32 version;
	int ret;

	ret = rpi_scmi_protocol_version(agent, RPI_PCIE_SCMI_PROTOCOL,
					RPI_PCIE_SCMI_VERSION, &version);
	if (ret || version >> 16 != 1)
		return -ENODEV;
	for (i = 0; i < ARRAY_SIZE(needed); i++)
		if (rpi_scmi_message_attributes(agent, RPI_PCIE_SCMI_PROTOCOL,
						needed[i], NULL))
			return -ENODEV;
	dev_dbg(dev, "SCMI PCI protocol v%u.%u\n", version >> 16,
		version & 0xffff);
	return 0;
}

/* SEGMENT_INFO narrows @busr to the buses the firmware serves. */
static int rpi_pcie_scmi_segment(struct device *dev,
				 struct rpi_scmi_agent *agent, u16 seg,
				 struct resource *busr)
{
	const u32 tx = seg;
	u32 rx[2];

	if (rpi_pcie_scmi_cmd(agent, RPI_PCIE_SCMI_SEGMENT_INFO, &tx, 1, rx,
			      ARRAY_SIZE(rx)))
		return -ENODEV;
	return rpi_pcie_fit_buses(dev, busr,
				  FIELD_GET(RPI_PCIE_SCMI_BUS_START, rx[0]),
				  FIELD_GET(RPI_PCIE_SCMI_BUS_END, rx[0]));
}

/*
 * A bound agent whose firmware lists the protocol and serves the segment;
 * the device link to it is made last, so that nothing is left to undo.
 */
static int rpi_pcie_scmi_probe(struct device *dev, struct rpi_pcie_cfg *cfg,
			       struct resource *busr)
{
	struct rpi_scmi_agent *agent;
	struct device *agent_dev;
	int ret;

	agent_dev = rpi_scmi_agent_find(RPI_PCIE_SCMI_PROTOCOL);
	if (!agent_dev)
		return -ENODEV;
	agent = dev_get_drvdata(agent_dev);
	ret = rpi_pcie_scmi_check(dev, agent);
	if (!ret)
		ret = rpi_pcie_scmi_segment(dev, agent, cfg->seg, busr);
	if (!ret && !device_link_add(dev, agent_dev,
				     DL_FLAG_AUTOREMOVE_CONSUMER))
		ret = dev_err_probe(dev, -EINVAL, "cannot link to %s\n",
				    dev_name(agent_dev));
	if (!ret)
		cfg->priv = agent;
	put_device(agent_dev);
	return ret;
}

/*
 * Configuration access through the SCMI PCI protocol: READ { address,
 * offset, size } -> { value }, WRITE { address, offset, size, value },
 * READ_BLOCK { address, offset, count } -> { count, dwords }, the address
 * segment << 16 | bus << 8 | devfn as DEN0115's; @cfg->priv is the agent.
 */
const struct rpi_pcie_backend_ops rpi_pcie_scmi_ops = {
	.name = "SCMI",
	.probe = rpi_pcie_scmi_probe,
	.read = rpi_pcie_scmi_read,
	.write = rpi_pcie_scmi_write,
	.read_block = rpi_pcie_scmi_read_block,
};
