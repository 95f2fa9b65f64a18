// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI pin control protocol (0x19) over the rpi-smc-scmi agent: one
 * function per command, each a wire struct filled and sent with
 * rpi_scmi_command(), every reply checked for its length and counts
 * before use.
 * Nothing here sleeps: GPIO operations run these commands in atomic
 * context.
 */

#include <linux/bitfield.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "protocol.h"

enum rpi_scmi_pc_msg {
	RPI_SCMI_PC_ATTRIBUTES = 0x3,
	RPI_SCMI_PC_LIST_ASSOCIATIONS = 0x4,
	RPI_SCMI_PC_SETTINGS_GET = 0x5,
	RPI_SCMI_PC_SETTINGS_CONFIGURE = 0x6,
	RPI_SCMI_PC_REQUEST = 0x7,
	RPI_SCMI_PC_RELEASE = 0x8,
	RPI_SCMI_PC_NAME_GET = 0x9,
};

/* PROTOCOL_ATTRIBUTES */
#define RPI_SCMI_PC_NR_PINS		GENMASK(15, 0)
#define RPI_SCMI_PC_NR_GROUPS		GENMASK(31, 16)
#define RPI_SCMI_PC_NR_FUNCTIONS	GENMASK(15, 0)
/* PINCTRL_ATTRIBUTES */
#define RPI_SCMI_PC_EXT_NAME		BIT(31)
#define RPI_SCMI_PC_NUM_ELEMS		GENMASK(15, 0)
/* LIST_ASSOCIATIONS */
#define RPI_SCMI_PC_REMAINING		GENMASK(31, 16)
#define RPI_SCMI_PC_RETURNED		GENMASK(11, 0)
/* SETTINGS_GET */
#define RPI_SCMI_PC_GET_FLAG		GENMASK(19, 18)
#define RPI_SCMI_PC_GET_SELECTOR	GENMASK(17, 16)
#define RPI_SCMI_PC_GET_CONF		GENMASK(7, 0)
#define RPI_SCMI_PC_GET_ONE		0
#define RPI_SCMI_PC_GET_FUNCTION	2
#define RPI_SCMI_PC_GET_RETURNED	GENMASK(7, 0)
/* SETTINGS_CONFIGURE */
#define RPI_SCMI_PC_CONF_SELECTOR	GENMASK(1, 0)
#define RPI_SCMI_PC_CONF_NUM		GENMASK(9, 2)
#define RPI_SCMI_PC_CONF_FUNCTION	BIT(10)

#define RPI_SCMI_PC_SHORT_NAME		16

struct rpi_scmi_pc_msg_id {
	__le32 identifier;
	__le32 flags;
};

struct rpi_scmi_pc_resp_attributes {
	__le32 attributes;
	u8 name[RPI_SCMI_PC_SHORT_NAME];
};

struct rpi_scmi_pc_resp_name {
	__le32 flags;
	u8 name[RPI_SCMI_PC_NAME_LEN];
};

struct rpi_scmi_pc_msg_list {
	__le32 identifier;
	__le32 flags;
	__le32 index;
};

struct rpi_scmi_pc_resp_list {
	__le32 flags;
	__le16 ids[];
};

struct rpi_scmi_pc_resp_settings {
	__le32 function_selected;
	__le32 num_configs;
	__le32 configs[];
};

struct rpi_scmi_pc_msg_configure {
	__le32 identifier;
	__le32 function_id;
	__le32 attributes;
	__le32 configs[];
};

/* One pin control command whose reply has exactly @rx_len bytes. */
static int rpi_scmi_pc_cmd(struct rpi_scmi_agent *agent, u8 msg,
			   const void *tx, size_t tx_len, void *rx,
			   size_t rx_len)
{
	return rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_PINCTRL, msg, tx,
				tx_len, rx, rx_len);
}

/**
 * rpi_scmi_pc_counts() - PROTOCOL_ATTRIBUTES: pins, groups, functions
 * @agent: the agent
 * @counts: filled in
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_pc_counts(struct rpi_scmi_agent *agent,
		       struct rpi_scmi_pc_counts *counts)
{
	__le32 attr[2];
	int ret;

	ret = rpi_scmi_pc_cmd(agent, RPI_SCMI_PROTOCOL_ATTRIBUTES, NULL, 0,
			      attr, sizeof(attr));
	if (ret)
		return ret;
	counts->pins = le32_get_bits(attr[0], RPI_SCMI_PC_NR_PINS);
	counts->groups = le32_get_bits(attr[0], RPI_SCMI_PC_NR_GROUPS);
	counts->functions = le32_get_bits(attr[1], RPI_SCMI_PC_NR_FUNCTIONS);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_counts);

/* Copy a name the firmware sent, NUL-terminated whatever it sent. */
static void rpi_scmi_pc_name(char *dst, const u8 *src, size_t len)
{
	size_t n = strnlen(src, len);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

/**
 * rpi_scmi_pc_attributes() - PINCTRL_ATTRIBUTES, and NAME_GET if needed
 * @agent: the agent
 * @type: pin, group or function
 * @id: its identifier
 * @name: set to its name (the extended one when the firmware has it)
 * @n_elems: set to the pins of a group or the groups of a function
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_pc_attributes(struct rpi_scmi_agent *agent,
			   enum rpi_scmi_pc_type type, u32 id,
			   char name[RPI_SCMI_PC_NAME_LEN], u32 *n_elems)
{
	struct rpi_scmi_pc_msg_id tx = {
		.identifier = cpu_to_le32(id),
		.flags = cpu_to_le32(type),
	};
	struct rpi_scmi_pc_resp_attributes attr;
	struct rpi_scmi_pc_resp_name ext;
	int ret;

	ret = rpi_scmi_pc_cmd(agent, RPI_SCMI_PC_ATTRIBUTES, &tx, sizeof(tx),
			      &attr, sizeof(attr));
	if (ret)
		return ret;
	*n_elems = le32_get_bits(attr.attributes, RPI_SCMI_PC_NUM_ELEMS);
	rpi_scmi_pc_name(name, attr.name, sizeof(attr.name));
	if (!le32_get_bits(attr.attributes, RPI_SCMI_PC_EXT_NAME))
		return 0;
	ret = rpi_scmi_pc_cmd(agent, RPI_SCMI_PC_NAME_GET, &tx, sizeof(tx),
			      &ext, sizeof(ext));
	if (ret)
		return ret;
	rpi_scmi_pc_name(name, ext.name, RPI_SCMI_PC_NAME_LEN - 1);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_attributes);

/* One part of a list from @index on, into @ids; returns how many came. */
static int rpi_scmi_pc_list_part(struct rpi_scmi_agent *agent,
				 enum rpi_scmi_pc_type type, u32 id, u32 index,
				 u32 n, u32 *ids)
{
	struct rpi_scmi_pc_msg_list tx = {
		.identifier = cpu_to_le32(id),
		.flags = cpu_to_le32(type),
		.index = cpu_to_le32(index),
	};
	union {
		struct rpi_scmi_pc_resp_list r;
		u8 buf[RPI_SCMI_MAX_PAYLOAD];
	} rx;
	size_t len = sizeof(rx);
	u32 got, left, i;
	int ret;

	ret = rpi_scmi_command_var(agent, RPI_SCMI_PROTOCOL_PINCTRL,
				   RPI_SCMI_PC_LIST_ASSOCIATIONS, &tx, sizeof(tx),
				   &rx, sizeof(rx.r), &len);
	if (ret)
		return ret;
	got = le32_get_bits(rx.r.flags, RPI_SCMI_PC_RETURNED);
	left = le32_get_bits(rx.r.flags, RPI_SCMI_PC_REMAINING);
	/* None, more than asked for, counts that disagree, or past the reply. */
	if (!got || got > n - index || left != n - index - got ||
	    sizeof(rx.r) + got * sizeof(__le16) > len)
		return -EPROTO;
	for (i = 0; i < got; i++)
		ids[index + i] = le16_to_cpu(rx.r.ids[i]);
	return got;
}

/**
 * rpi_scmi_pc_list() - LIST_ASSOCIATIONS: a group's pins, a function's groups
 * @agent: the agent
 * @type: group or function
 * @id: its identifier
 * @n: how many the firmware said it has (PINCTRL_ATTRIBUTES)
 * @ids: the @n identifiers, filled in
 *
 * The firmware answers in as many parts as it needs. A part that is empty,
 * longer than what is left, or whose remaining count does not add up is a
 * protocol error: the list is never over- or under-filled.
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_pc_list(struct rpi_scmi_agent *agent, enum rpi_scmi_pc_type type,
		     u32 id, u32 n, u32 *ids)
{
	u32 index = 0;
	int got;

	if (type == RPI_SCMI_PC_PIN)
		return -EINVAL;
	while (index < n) {
		got = rpi_scmi_pc_list_part(agent, type, id, index, n, ids);
		if (got < 0)
			return got;
		index += got;
	}
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_list);

static int rpi_scmi_pc_settings(struct rpi_scmi_agent *agent,
				enum rpi_scmi_pc_type type, u32 id, u32 attr,
				struct rpi_scmi_pc_resp_settings *rx,
				size_t len)
{
	struct rpi_scmi_pc_msg_id tx = {
		.identifier = cpu_to_le32(id),
		.flags = cpu_to_le32(attr |
				     FIELD_PREP(RPI_SCMI_PC_GET_SELECTOR, type)),
	};

	return rpi_scmi_pc_cmd(agent, RPI_SCMI_PC_SETTINGS_GET, &tx,
			       sizeof(tx), rx, len);
}

/**
 * rpi_scmi_pc_get() - SETTINGS_GET of one configuration
 * @agent: the agent
 * @type: pin or group
 * @id: its identifier
 * @conf: the configuration type
 * @value: set to its value
 *
 * Context: Any context.
 * Return: 0, or an errno; -EPROTO when the reply is for another type.
 */
int rpi_scmi_pc_get(struct rpi_scmi_agent *agent, enum rpi_scmi_pc_type type,
		    u32 id, enum rpi_scmi_pc_conf conf, u32 *value)
{
	struct {
		struct rpi_scmi_pc_resp_settings r;
		__le32 config[2];
	} rx;
	int ret;

	ret = rpi_scmi_pc_settings(agent, type, id,
				   FIELD_PREP(RPI_SCMI_PC_GET_FLAG,
					      RPI_SCMI_PC_GET_ONE) |
				   FIELD_PREP(RPI_SCMI_PC_GET_CONF, conf),
				   &rx.r, sizeof(rx));
	if (ret)
		return ret;
	if (le32_get_bits(rx.r.num_configs, RPI_SCMI_PC_GET_RETURNED) != 1 ||
	    le32_to_cpu(rx.config[0]) != conf)
		return -EPROTO;
	*value = le32_to_cpu(rx.config[1]);
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_get);

/**
 * rpi_scmi_pc_function_get() - SETTINGS_GET of the function selected
 * @agent: the agent
 * @type: pin or group
 * @id: its identifier
 * @function: set to the function, or RPI_SCMI_PC_NO_FUNCTION
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_pc_function_get(struct rpi_scmi_agent *agent,
			     enum rpi_scmi_pc_type type, u32 id, u32 *function)
{
	struct rpi_scmi_pc_resp_settings rx;
	int ret;

	ret = rpi_scmi_pc_settings(agent, type, id,
				   FIELD_PREP(RPI_SCMI_PC_GET_FLAG,
					      RPI_SCMI_PC_GET_FUNCTION),
				   &rx, sizeof(rx));
	if (!ret && le32_get_bits(rx.num_configs, RPI_SCMI_PC_GET_RETURNED))
		ret = -EPROTO;
	if (!ret)
		*function = le32_to_cpu(rx.function_selected);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_function_get);

static int rpi_scmi_pc_configure_part(struct rpi_scmi_agent *agent,
				      enum rpi_scmi_pc_type type, u32 id,
				      u32 function, const u32 *confs,
				      const u32 *values, u32 n)
{
	union {
		struct rpi_scmi_pc_msg_configure m;
		u8 buf[RPI_SCMI_MAX_PAYLOAD];
	} tx;
	u32 attr, i;

	if (struct_size(&tx.m, configs, 2 * n) > sizeof(tx))
		return -EMSGSIZE;
	attr = FIELD_PREP(RPI_SCMI_PC_CONF_SELECTOR, type) |
	       FIELD_PREP(RPI_SCMI_PC_CONF_NUM, n);
	if (function != RPI_SCMI_PC_NO_FUNCTION)
		attr |= RPI_SCMI_PC_CONF_FUNCTION;
	tx.m.identifier = cpu_to_le32(id);
	tx.m.function_id = cpu_to_le32(function);
	tx.m.attributes = cpu_to_le32(attr);
	for (i = 0; i < n; i++) {
		tx.m.configs[2 * i] = cpu_to_le32(confs[i]);
		tx.m.configs[2 * i + 1] = cpu_to_le32(values[i]);
	}
	return rpi_scmi_pc_cmd(agent, RPI_SCMI_PC_SETTINGS_CONFIGURE, &tx,
			       struct_size(&tx.m, configs, 2 * n), NULL, 0);
}

/**
 * rpi_scmi_pc_configure() - SETTINGS_CONFIGURE, split to fit the channel
 * @agent: the agent
 * @type: pin or group
 * @id: its identifier
 * @function: function to select (with the first part), or
 *	RPI_SCMI_PC_NO_FUNCTION
 * @confs: configuration types
 * @values: their values
 * @n: how many
 *
 * A list longer than one message of the preferred channel carries is sent
 * in parts, so that each is one SMC on the SMC fastchannel.
 *
 * Context: Any context.
 * Return: 0, or the errno of the first part that failed.
 */
int rpi_scmi_pc_configure(struct rpi_scmi_agent *agent,
			  enum rpi_scmi_pc_type type, u32 id, u32 function,
			  const u32 *confs, const u32 *values, u32 n)
{
	size_t max = rpi_scmi_max_tx(agent);
	u32 per, done = 0, part;
	int ret;

	if (type == RPI_SCMI_PC_FUNCTION)
		return -EINVAL;
	if (max < sizeof(struct rpi_scmi_pc_msg_configure) + 2 * sizeof(__le32))
		return -EMSGSIZE;
	per = (max - sizeof(struct rpi_scmi_pc_msg_configure)) /
	      (2 * sizeof(__le32));
	per = min_t(u32, per, FIELD_MAX(RPI_SCMI_PC_CONF_NUM));
	do {
		part = min(n - done, per);
		ret = rpi_scmi_pc_configure_part(agent, type, id, function,
						 confs + done, values + done,
						 part);
		function = RPI_SCMI_PC_NO_FUNCTION;
		done += part;
	} while (!ret && done < n);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_configure);

/**
 * rpi_scmi_pc_request() - REQUEST or RELEASE a pin or group
 * @agent: the agent
 * @type: pin or group
 * @id: its identifier
 * @request: true to request, false to release
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_pc_request(struct rpi_scmi_agent *agent,
			enum rpi_scmi_pc_type type, u32 id, bool request)
{
	struct rpi_scmi_pc_msg_id tx = {
		.identifier = cpu_to_le32(id),
		.flags = cpu_to_le32(type),
	};

	if (type == RPI_SCMI_PC_FUNCTION)
		return -EINVAL;
	return rpi_scmi_pc_cmd(agent, request ? RPI_SCMI_PC_REQUEST :
			       RPI_SCMI_PC_RELEASE, &tx, sizeof(tx), NULL, 0);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pc_request);
