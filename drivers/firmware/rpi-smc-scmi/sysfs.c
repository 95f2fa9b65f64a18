// SPDX-License-Identifier: GPL-2.0
/*
 * What base protocol discovery found, how many messages each channel
 * carried and the firmware's SiP UID, as read-only attributes of the
 * agent's device (Documentation/ABI/testing/sysfs-driver-rpi-smc-scmi).
 */

#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/sysfs.h>

#include <rpi-acpi/rpi-smc.h>

#include "common.h"

static struct rpi_scmi_agent *rpi_scmi_dev_agent(struct device *dev)
{
	return dev_get_drvdata(dev);
}

static ssize_t protocol_version_show(struct device *dev,
				     struct device_attribute *attr, char *buf)
{
	u32 v = rpi_scmi_dev_agent(dev)->base.version;

	return sysfs_emit(buf, "%u.%u\n", rpi_scmi_version_major(v),
			  rpi_scmi_version_minor(v));
}
static DEVICE_ATTR_RO(protocol_version);

static ssize_t vendor_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	return sysfs_emit(buf, "%s\n", rpi_scmi_dev_agent(dev)->base.vendor);
}
static DEVICE_ATTR_RO(vendor);

static ssize_t sub_vendor_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n", rpi_scmi_dev_agent(dev)->base.sub_vendor);
}
static DEVICE_ATTR_RO(sub_vendor);

static ssize_t firmware_version_show(struct device *dev,
				     struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "0x%08x\n",
			  rpi_scmi_dev_agent(dev)->base.impl_version);
}
static DEVICE_ATTR_RO(firmware_version);

static ssize_t protocols_show(struct device *dev,
			      struct device_attribute *attr, char *buf)
{
	const struct rpi_scmi_base_info *info = &rpi_scmi_dev_agent(dev)->base;
	int len = 0;
	u32 i;

	for (i = 0; i < info->num_protocols; i++)
		len += sysfs_emit_at(buf, len, "%s0x%02x", i ? " " : "",
				     info->protocols[i]);
	return len + sysfs_emit_at(buf, len, "\n");
}
static DEVICE_ATTR_RO(protocols);

static ssize_t num_agents_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%u\n", rpi_scmi_dev_agent(dev)->base.num_agents);
}
static DEVICE_ATTR_RO(num_agents);

static ssize_t agent_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	const struct rpi_scmi_base_info *info = &rpi_scmi_dev_agent(dev)->base;

	if (!info->has_agent_discovery)
		return sysfs_emit(buf, "unknown\n");
	return sysfs_emit(buf, "%u %s\n", info->agent_id, info->agent_name);
}
static DEVICE_ATTR_RO(agent);

/* The firmware's SiP UID, read when the module loaded, or "none". */
static ssize_t sip_uid_show(struct device *dev, struct device_attribute *attr,
			    char *buf)
{
	const struct rpi_smc_conduit *c = rpi_smc_get_conduit();

	if (!c->has_sip_uid)
		return sysfs_emit(buf, "none\n");
	return sysfs_emit(buf, "%pUb\n", &c->sip_uid);
}
static DEVICE_ATTR_RO(sip_uid);

/* One line per channel the agent uses: its name and messages carried. */
static ssize_t channels_show(struct device *dev,
			     struct device_attribute *attr, char *buf)
{
	struct rpi_scmi_agent *agent = rpi_scmi_dev_agent(dev);
	int i, len = 0;

	for (i = 0; i < RPI_SCMI_CHAN_NR; i++) {
		if (!agent->chan[i])
			continue;
		len += sysfs_emit_at(buf, len, "%s %d\n", agent->chan[i]->name,
				     atomic_read(&agent->sent[i]));
	}
	return len;
}
static DEVICE_ATTR_RO(channels);

static struct attribute *rpi_scmi_attrs[] = {
	&dev_attr_protocol_version.attr,
	&dev_attr_vendor.attr,
	&dev_attr_sub_vendor.attr,
	&dev_attr_firmware_version.attr,
	&dev_attr_protocols.attr,
	&dev_attr_num_agents.attr,
	&dev_attr_agent.attr,
	&dev_attr_channels.attr,
	&dev_attr_sip_uid.attr,
	NULL
};

static const struct attribute_group rpi_scmi_group = {
	.attrs = rpi_scmi_attrs,
};

const struct attribute_group *rpi_scmi_groups[] = {
	&rpi_scmi_group,
	NULL
};
