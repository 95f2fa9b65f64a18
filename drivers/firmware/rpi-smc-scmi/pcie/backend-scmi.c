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
 * is one READ or WRITE. The firmware's READ_BLOCK (a function's header in
 * one message) is not sent: the PCI core reads one register at a time.
 */

#include <linux/bitfield.h>
#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/types.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-scmi.h>

#include "pcie.h"

#define RPI_PCIE_SCMI_VERSION		0x10000	/* 1.0 */

enum rpi_pcie_scmi_msg {
	RPI_PCIE_SCMI_SEGMENT_INFO = 0x3,
	RPI_PCIE_SCMI_READ = 0x4,
	RPI_PCIE_SCMI_WRITE = 0x5,
};

/* READ, WRITE: the function's address, as DEN0115's */
#define RPI_PCIE_SCMI_ADDR_DEVFN	GENMASK(7, 0)
#define RPI_PCIE_SCMI_ADDR_BUS		GENMASK(15, 8)
#define RPI_PCIE_SCMI_ADDR_SEG		GENMASK(31, 16)
/* SEGMENT_INFO: the bus range */
#define RPI_PCIE_SCMI_BUS_START		GENMASK(7, 0)
#define RPI_PCIE_SCMI_BUS_END		GENMASK(15, 8)

/**
 * struct rpi_pcie_scmi_msg_segment - SEGMENT_INFO command
 * @segment: the PCI segment asked about
 */
struct rpi_pcie_scmi_msg_segment {
	__le32 segment;
};

/**
 * struct rpi_pcie_scmi_resp_segment - SEGMENT_INFO reply
 * @bus_range: first bus in 7:0, last bus in 15:8
 * @next_segment: the next segment the firmware serves, 0 after the last
 */
struct rpi_pcie_scmi_resp_segment {
	__le32 bus_range;
	__le32 next_segment;
};

/**
 * struct rpi_pcie_scmi_msg_read - READ command
 * @address: segment << 16 | bus << 8 | devfn
 * @offset: offset in the function's configuration space
 * @size: 1, 2 or 4 bytes
 */
struct rpi_pcie_scmi_msg_read {
	__le32 address;
	__le32 offset;
	__le32 size;
};

/**
 * struct rpi_pcie_scmi_resp_read - READ reply
 * @value: what was read, in the low @size bytes
 */
struct rpi_pcie_scmi_resp_read {
	__le32 value;
};

/**
 * struct rpi_pcie_scmi_msg_write - WRITE command
 * @address: segment << 16 | bus << 8 | devfn
 * @offset: offset in the function's configuration space
 * @size: 1, 2 or 4 bytes
 * @value: what to write, in the low @size bytes
 */
struct rpi_pcie_scmi_msg_write {
	__le32 address;
	__le32 offset;
	__le32 size;
	__le32 value;
};

static_assert(sizeof(struct rpi_pcie_scmi_resp_segment) == 8);
static_assert(sizeof(struct rpi_pcie_scmi_msg_read) == 12);
static_assert(sizeof(struct rpi_pcie_scmi_msg_write) == 16);

static __le32 rpi_pcie_scmi_addr(const struct rpi_pcie_cfg *cfg,
				 unsigned int bus, unsigned int devfn)
{
	return cpu_to_le32(FIELD_PREP(RPI_PCIE_SCMI_ADDR_SEG, cfg->seg) |
			   FIELD_PREP(RPI_PCIE_SCMI_ADDR_BUS, bus) |
			   FIELD_PREP(RPI_PCIE_SCMI_ADDR_DEVFN, devfn));
}

static int rpi_pcie_scmi_read(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			      unsigned int devfn, unsigned int where,
			      unsigned int size, u32 *val)
{
	const struct rpi_pcie_scmi_msg_read tx = {
		.address = rpi_pcie_scmi_addr(cfg, bus, devfn),
		.offset = cpu_to_le32(where),
		.size = cpu_to_le32(size),
	};
	struct rpi_pcie_scmi_resp_read rx;
	int ret;

	ret = rpi_scmi_command(cfg->priv, RPI_SCMI_PROTOCOL_PCI,
			       RPI_PCIE_SCMI_READ, &tx, sizeof(tx), &rx,
			       sizeof(rx));
	*val = ret ? 0 : le32_to_cpu(rx.value);
	return ret;
}

static int rpi_pcie_scmi_write(const struct rpi_pcie_cfg *cfg,
			       unsigned int bus, unsigned int devfn,
			       unsigned int where, unsigned int size, u32 val)
{
	const struct rpi_pcie_scmi_msg_write tx = {
		.address = rpi_pcie_scmi_addr(cfg, bus, devfn),
		.offset = cpu_to_le32(where),
		.size = cpu_to_le32(size),
		.value = cpu_to_le32(val),
	};

	return rpi_scmi_command(cfg->priv, RPI_SCMI_PROTOCOL_PCI,
				RPI_PCIE_SCMI_WRITE, &tx, sizeof(tx), NULL, 0);
}

/* Version 1.x, with every message the bridge sends. */
VISIBLE_IF_KUNIT int rpi_pcie_scmi_check(struct device *dev,
					 struct rpi_scmi_agent *agent)
{
	static const u8 needed[] = {
		RPI_PCIE_SCMI_SEGMENT_INFO, RPI_PCIE_SCMI_READ,
		RPI_PCIE_SCMI_WRITE,
	};
	unsigned int i;
	u32 version;
	int ret;

	ret = rpi_scmi_protocol_version(agent, RPI_SCMI_PROTOCOL_PCI,
					RPI_PCIE_SCMI_VERSION, &version);
	if (ret || rpi_scmi_version_major(version) != 1)
		return -ENODEV;
	for (i = 0; i < ARRAY_SIZE(needed); i++)
		if (rpi_scmi_message_attributes(agent, RPI_SCMI_PROTOCOL_PCI,
						needed[i], NULL))
			return -ENODEV;
	dev_dbg(dev, "SCMI PCI protocol v%u.%u\n",
		rpi_scmi_version_major(version),
		rpi_scmi_version_minor(version));
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_scmi_check);

/* SEGMENT_INFO narrows @busr to the buses the firmware serves. */
VISIBLE_IF_KUNIT int rpi_pcie_scmi_segment(struct device *dev,
					   struct rpi_scmi_agent *agent, u16 seg,
					   struct resource *busr)
{
	const struct rpi_pcie_scmi_msg_segment tx = {
		.segment = cpu_to_le32(seg),
	};
	struct rpi_pcie_scmi_resp_segment rx;

	if (rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_PCI,
			     RPI_PCIE_SCMI_SEGMENT_INFO, &tx, sizeof(tx), &rx,
			     sizeof(rx)))
		return -ENODEV;
	return rpi_pcie_fit_buses(dev, busr,
				  le32_get_bits(rx.bus_range,
						RPI_PCIE_SCMI_BUS_START),
				  le32_get_bits(rx.bus_range,
						RPI_PCIE_SCMI_BUS_END));
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_scmi_segment);

/*
 * The agent of @agent_dev, with the bridge linked to its device. Under the
 * agent's device lock its driver is either bound (and the link comes out
 * waiting for this probe: the agent's unbind then waits for the probe and
 * unbinds the bridge first) or gone (NULL, no link): an agent whose unbind
 * is under way holds its lock until it is over, except while it unbinds
 * its consumers, when it is still bound and the link made then is among
 * those it waits for.
 */
static struct rpi_scmi_agent *rpi_pcie_scmi_link(struct device *dev,
						 struct device *agent_dev)
{
	struct rpi_scmi_agent *agent = NULL;

	device_lock(agent_dev);
	if (agent_dev->driver)
		agent = rpi_scmi_agent_of(agent_dev);
	if (agent && !device_link_add(dev, agent_dev,
				      DL_FLAG_AUTOREMOVE_CONSUMER))
		agent = NULL;
	device_unlock(agent_dev);
	return agent;
}

/*
 * A bound agent whose firmware lists the protocol and serves the segment.
 * The link to it stays if a later step fails and the bridge falls back to
 * DEN0115 (a managed link cannot be dropped from the probe): the bridge is
 * then unbound with the agent too.
 */
static int rpi_pcie_scmi_probe(struct device *dev, struct rpi_pcie_cfg *cfg,
			       struct resource *busr)
{
	struct rpi_scmi_agent *agent;
	struct device *agent_dev;
	int ret = -ENODEV;

	agent_dev = rpi_scmi_agent_find(RPI_SCMI_PROTOCOL_PCI);
	if (!agent_dev)
		return -ENODEV;
	agent = rpi_pcie_scmi_link(dev, agent_dev);
	if (agent)
		ret = rpi_pcie_scmi_check(dev, agent);
	if (!ret)
		ret = rpi_pcie_scmi_segment(dev, agent, cfg->seg, busr);
	if (!ret)
		cfg->priv = agent;
	put_device(agent_dev);
	return ret;
}

/*
 * Configuration access through the SCMI PCI protocol: READ and WRITE, the
 * address segment << 16 | bus << 8 | devfn as DEN0115's; @cfg->priv is
 * the agent.
 */
const struct rpi_pcie_backend_ops rpi_pcie_scmi_ops = {
	.name = "SCMI",
	.probe = rpi_pcie_scmi_probe,
	.read = rpi_pcie_scmi_read,
	.write = rpi_pcie_scmi_write,
};
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_scmi_ops);
