// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI base protocol (0x10): what the firmware is, which protocols it
 * offers this agent, and which agents it knows.
 */

#include <linux/bitfield.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "common.h"

/* The newest base protocol version this agent implements: 2.0 */
#define RPI_SCMI_BASE_VERSION	0x20000

enum rpi_scmi_base_msg {
	RPI_SCMI_BASE_DISCOVER_VENDOR = 0x3,
	RPI_SCMI_BASE_DISCOVER_SUB_VENDOR = 0x4,
	RPI_SCMI_BASE_DISCOVER_IMPL_VERSION = 0x5,
	RPI_SCMI_BASE_DISCOVER_LIST_PROTOCOLS = 0x6,
	RPI_SCMI_BASE_DISCOVER_AGENT = 0x7,
};

#define RPI_SCMI_BASE_NUM_PROTOCOLS	GENMASK(7, 0)
#define RPI_SCMI_BASE_NUM_AGENTS	GENMASK(15, 8)
#define RPI_SCMI_BASE_AGENT_SELF	0xffffffff

/**
 * struct rpi_scmi_base_resp_list - DISCOVER_LIST_PROTOCOLS reply
 * @num_protocols: protocol ids in this part
 * @protocols: the ids, one byte each, padded to a 32-bit boundary
 */
struct rpi_scmi_base_resp_list {
	__le32 num_protocols;
	u8 protocols[];
};

/**
 * struct rpi_scmi_base_resp_agent - DISCOVER_AGENT reply
 * @agent_id: the agent's id
 * @name: its name, NUL-terminated unless all 16 bytes are used
 */
struct rpi_scmi_base_resp_agent {
	__le32 agent_id;
	u8 name[RPI_SCMI_NAME_LEN];
};

static int rpi_scmi_base_u32(struct rpi_scmi_agent *agent, u8 msg_id, u32 *v)
{
	__le32 le;
	int ret;

	ret = rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_BASE, msg_id, NULL, 0,
			       &le, sizeof(le));
	if (!ret)
		*v = le32_to_cpu(le);
	return ret;
}

static int rpi_scmi_base_name(struct rpi_scmi_agent *agent, u8 msg_id,
			      char *name)
{
	/* Sixteen bytes, NUL-terminated unless all are used. */
	return rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_BASE, msg_id, NULL, 0,
				name, RPI_SCMI_NAME_LEN);
}

/* DISCOVER_SUB_VENDOR is optional: without it the sub-vendor is "". */
static int rpi_scmi_base_sub_vendor(struct rpi_scmi_agent *agent)
{
	int ret;

	ret = rpi_scmi_base_name(agent, RPI_SCMI_BASE_DISCOVER_SUB_VENDOR,
				 agent->base.sub_vendor);
	if (ret == -EOPNOTSUPP) {
		memset(agent->base.sub_vendor, 0, RPI_SCMI_NAME_LEN);
		return 0;
	}
	return ret;
}

/* One part of the protocol list, from @skip on; appended to @info. */
static int rpi_scmi_base_list_part(struct rpi_scmi_agent *agent, u32 skip,
				   u32 *got)
{
	struct rpi_scmi_base_info *info = &agent->base;
	__le32 arg = cpu_to_le32(skip);
	union {
		struct rpi_scmi_base_resp_list r;
		u8 buf[RPI_SCMI_MAX_PAYLOAD];
	} rx;
	size_t len = sizeof(rx);
	u32 n, i;
	int ret;

	ret = rpi_scmi_command_var(agent, RPI_SCMI_PROTOCOL_BASE,
				   RPI_SCMI_BASE_DISCOVER_LIST_PROTOCOLS, &arg,
				   sizeof(arg), &rx, sizeof(rx.r), &len);
	if (ret)
		return ret;
	n = le32_to_cpu(rx.r.num_protocols);
	/* An empty part would loop forever; a long one overruns the list. */
	if (!n || n > info->num_protocols - skip ||
	    sizeof(rx.r) + round_up(n, 4) > len)
		return -EPROTO;
	for (i = 0; i < n; i++) {
		u8 id = rx.r.protocols[i];

		/* Base is not listed; a repeated id is a broken list. */
		if (id == RPI_SCMI_PROTOCOL_BASE ||
		    memchr(info->protocols, id, skip + i))
			return -EPROTO;
		info->protocols[skip + i] = id;
	}
	*got = n;
	return 0;
}

static int rpi_scmi_base_list_protocols(struct rpi_scmi_agent *agent)
{
	u32 skip = 0, got;
	int ret;

	while (skip < agent->base.num_protocols) {
		ret = rpi_scmi_base_list_part(agent, skip, &got);
		if (ret)
			return ret;
		skip += got;
	}
	return 0;
}

static int rpi_scmi_base_agent(struct rpi_scmi_agent *agent)
{
	struct rpi_scmi_base_info *info = &agent->base;
	struct rpi_scmi_base_resp_agent resp;
	__le32 self = cpu_to_le32(RPI_SCMI_BASE_AGENT_SELF);
	int ret;

	ret = rpi_scmi_message_attributes(agent, RPI_SCMI_PROTOCOL_BASE,
					  RPI_SCMI_BASE_DISCOVER_AGENT, NULL);
	if (ret == -ENOENT || ret == -EOPNOTSUPP)
		return 0;
	if (ret)
		return ret;
	ret = rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_BASE,
			       RPI_SCMI_BASE_DISCOVER_AGENT, &self, sizeof(self),
			       &resp, sizeof(resp));
	if (ret)
		return ret;
	info->has_agent_discovery = true;
	info->agent_id = le32_to_cpu(resp.agent_id);
	memcpy(info->agent_name, resp.name, RPI_SCMI_NAME_LEN);
	return 0;
}

/**
 * rpi_scmi_base_discover() - ask the firmware what it is and offers
 * @agent: the agent, with its transports in place
 *
 * Fills @agent->base. Every reply is checked: a protocol count beyond what
 * the agent can hold, a list part that is empty, too long or repeats an
 * id, and a name reply of the wrong length are protocol errors.
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_base_discover(struct rpi_scmi_agent *agent)
{
	struct rpi_scmi_base_info *info = &agent->base;
	u32 attr;
	int ret;

	memset(info, 0, sizeof(*info));
	ret = rpi_scmi_protocol_version(agent, RPI_SCMI_PROTOCOL_BASE,
					RPI_SCMI_BASE_VERSION, &info->version);
	if (!ret)
		ret = rpi_scmi_base_u32(agent, RPI_SCMI_PROTOCOL_ATTRIBUTES,
					&attr);
	if (ret)
		return ret;
	info->num_protocols = FIELD_GET(RPI_SCMI_BASE_NUM_PROTOCOLS, attr);
	info->num_agents = FIELD_GET(RPI_SCMI_BASE_NUM_AGENTS, attr);
	if (info->num_protocols > RPI_SCMI_MAX_PROTOCOLS)
		return -EPROTO;

	ret = rpi_scmi_base_name(agent, RPI_SCMI_BASE_DISCOVER_VENDOR,
				 info->vendor);
	if (!ret)
		ret = rpi_scmi_base_sub_vendor(agent);
	if (!ret)
		ret = rpi_scmi_base_u32(agent,
					RPI_SCMI_BASE_DISCOVER_IMPL_VERSION,
					&info->impl_version);
	if (!ret)
		ret = rpi_scmi_base_list_protocols(agent);
	if (!ret)
		ret = rpi_scmi_base_agent(agent);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_base_discover);
