/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The SCMI pin control protocol (0x19, SCMI v3.2 section 4.11), a
 * protocol of the rpi-acpi SCMI server that TF-A's scmi-msg dispatches
 * to through scmi_msg_get_other_handler() (rpi_acpi_scmi_plat.c), so it
 * is served alike over the SMT channel and the SMC fastchannel. This file
 * has the discovery messages (attributes, names, associations) and pin
 * ownership (REQUEST, RELEASE); the settings messages are in
 * rpi_acpi_pinctrl_conf.c. The pins, groups and functions are the
 * platform's (<plat/rpi_acpi_pinctrl_plat.h>).
 *
 * Every message is checked before anything is done: its length (else
 * PROTOCOL_ERROR), reserved bits and selector types (INVALID_PARAMETERS),
 * identifiers (NOT_FOUND). One lock serialises the state and the
 * platform's hooks: the OS may call from every CPU at once.
 * Documentation/firmware-guide/rpi-scmi-pinctrl.rst describes what is
 * served.
 */

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <common/debug.h>
#include <drivers/scmi.h>
#include <lib/spinlock.h>
#include <lib/utils_def.h>
#include <plat/rpi_acpi_pinctrl_plat.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_scmi.h>

#include "rpi_acpi_pinctrl_private.h"
#include "rpi_acpi_scmi_private.h"

/* The most a reply holds, on either channel, in 32-bit words */
#define PC_REPLY_WORDS		(RPI_ACPI_SCMI_SMCF_MAX / sizeof(uint32_t))

struct pc_msg_id {
	uint32_t identifier;
	uint32_t flags;
};

struct pc_msg_list {
	uint32_t identifier;
	uint32_t flags;
	uint32_t index;
};

struct pc_resp_attributes {
	int32_t status;
	uint32_t attributes;
	char name[RPI_ACPI_PC_SHORT_NAME_LEN];
};

struct pc_resp_name {
	int32_t status;
	uint32_t flags;
	char name[RPI_ACPI_PC_NAME_LEN];
};

/* NULL until the platform's backend is set up: nothing is served before. */
static const struct rpi_acpi_pinctrl_desc *pc_desc;
static spinlock_t pc_lock;
/* Bit n: pin n is requested (REQUEST) */
static uint64_t pc_requested;

const struct rpi_acpi_pinctrl_desc *rpi_acpi_pc_desc(void)
{
	return pc_desc;
}

void rpi_acpi_pc_lock(void)
{
	spin_lock(&pc_lock);
}

void rpi_acpi_pc_unlock(void)
{
	spin_unlock(&pc_lock);
}

/**
 * rpi_acpi_pc_get_target() - the pin or group a message names
 * @type: selector type, RPI_ACPI_PC_TYPE_PIN or _GROUP
 * @id: its identifier
 * @t: filled in
 *
 * Return: SCMI_SUCCESS; SCMI_INVALID_PARAMETERS for another type;
 * SCMI_NOT_FOUND for an identifier out of range.
 */
int32_t rpi_acpi_pc_get_target(uint32_t type, uint32_t id,
			       struct rpi_acpi_pc_target *t)
{
	if (type == RPI_ACPI_PC_TYPE_PIN) {
		if (id >= pc_desc->npins) {
			return SCMI_NOT_FOUND;
		}
		t->group = NULL;
		t->pin = (uint8_t)id;
		t->pins = &t->pin;
		t->npins = 1U;
		return SCMI_SUCCESS;
	}
	if (type == RPI_ACPI_PC_TYPE_GROUP) {
		if (id >= pc_desc->ngroups) {
			return SCMI_NOT_FOUND;
		}
		t->group = &pc_desc->groups[id];
		t->pins = t->group->pins;
		t->npins = t->group->npins;
		return SCMI_SUCCESS;
	}
	return SCMI_INVALID_PARAMETERS;
}

/* Whether a group lists @pin */
static bool pc_group_has_pin(const struct rpi_acpi_pinctrl_group *g,
			     unsigned int pin)
{
	unsigned int i;

	for (i = 0U; i < g->npins; i++) {
		if (g->pins[i] == pin) {
			return true;
		}
	}
	return false;
}

/**
 * rpi_acpi_pc_func_allowed() - whether a function may be selected
 * @t: a group, or a pin
 * @func: a function id below the description's nfuncs
 *
 * Return: true when @func is one of the group's functions; for a pin,
 * when it is a function of a group that holds the pin.
 */
bool rpi_acpi_pc_func_allowed(const struct rpi_acpi_pc_target *t,
			      unsigned int func)
{
	unsigned int g;

	if (t->group != NULL) {
		return (t->group->funcs & BIT_32(func)) != 0U;
	}
	for (g = 0U; g < pc_desc->ngroups; g++) {
		if (((pc_desc->groups[g].funcs & BIT_32(func)) != 0U) &&
		    pc_group_has_pin(&pc_desc->groups[g], t->pin)) {
			return true;
		}
	}
	return false;
}

/**
 * rpi_acpi_pc_func_selected() - the function a pin or group has
 * @t: the pin or group
 *
 * Context: with the lock held.
 * Return: the function whose function select value every pin has and that
 * may be selected on @t, or RPI_ACPI_PC_NO_FUNCTION.
 */
uint32_t rpi_acpi_pc_func_selected(const struct rpi_acpi_pc_target *t)
{
	unsigned int mux = rpi_acpi_pinctrl_plat_get_mux(t->pins[0]);
	unsigned int i;

	for (i = 1U; i < t->npins; i++) {
		if (rpi_acpi_pinctrl_plat_get_mux(t->pins[i]) != mux) {
			return RPI_ACPI_PC_NO_FUNCTION;
		}
	}
	for (i = 0U; i < pc_desc->nfuncs; i++) {
		if ((pc_desc->funcs[i].mux == mux) &&
		    rpi_acpi_pc_func_allowed(t, i)) {
			return i;
		}
	}
	return RPI_ACPI_PC_NO_FUNCTION;
}

static void pc_protocol_version(struct scmi_msg *msg)
{
	struct scmi_protocol_version_p2a p2a = {
		.status = SCMI_SUCCESS,
		.version = RPI_ACPI_PINCTRL_VERSION,
	};

	rpi_acpi_scmi_reply_fixed(msg, &p2a, sizeof(p2a));
}

static void pc_protocol_attributes(struct scmi_msg *msg)
{
	uint32_t p2a[3] = {
		(uint32_t)SCMI_SUCCESS,
		pc_desc->npins |
		(pc_desc->ngroups << RPI_ACPI_PC_NUM_GROUPS_SHIFT),
		pc_desc->nfuncs,
	};

	rpi_acpi_scmi_reply_fixed(msg, p2a, sizeof(p2a));
}

static void pc_message_attributes(struct scmi_msg *msg)
{
	rpi_acpi_scmi_message_attributes(msg, RPI_ACPI_PC_NUM_MESSAGES);
}

/*
 * The name of a pin, group or function, and the number of its elements
 * (a group's pins, a function's groups, 0 for a pin).
 */
static int32_t pc_entity(const struct pc_msg_id *a2p, const char **name,
			 uint32_t *nelems)
{
	uint32_t type = a2p->flags;
	uint32_t id = a2p->identifier;
	unsigned int g;

	if (type == RPI_ACPI_PC_TYPE_PIN) {
		if (id >= pc_desc->npins) {
			return SCMI_NOT_FOUND;
		}
		*name = pc_desc->pin_names[id];
		*nelems = 0U;
	} else if (type == RPI_ACPI_PC_TYPE_GROUP) {
		if (id >= pc_desc->ngroups) {
			return SCMI_NOT_FOUND;
		}
		*name = pc_desc->groups[id].name;
		*nelems = pc_desc->groups[id].npins;
	} else if (type == RPI_ACPI_PC_TYPE_FUNCTION) {
		if (id >= pc_desc->nfuncs) {
			return SCMI_NOT_FOUND;
		}
		*name = pc_desc->funcs[id].name;
		*nelems = 0U;
		for (g = 0U; g < pc_desc->ngroups; g++) {
			if ((pc_desc->groups[g].funcs & BIT_32(id)) != 0U) {
				(*nelems)++;
			}
		}
	} else {
		/* Reserved flag bits, or selector type 3 */
		return SCMI_INVALID_PARAMETERS;
	}
	return SCMI_SUCCESS;
}

/* @name into a zeroed @dst of @size bytes, cut to leave a NUL at the end */
static void pc_copy_name(char *dst, size_t size, const char *name)
{
	(void)memcpy(dst, name, MIN(strlen(name), size - 1U));
}

/*
 * The entity a PINCTRL_ATTRIBUTES or NAME_GET request names: false, with
 * the error response written, when the request is malformed or names
 * nothing.
 */
static bool pc_request_entity(struct scmi_msg *msg, const char **name,
			      uint32_t *nelems)
{
	const struct pc_msg_id *a2p = (void *)msg->in;
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return false;
	}
	status = pc_entity(a2p, name, nelems);
	if (status != SCMI_SUCCESS) {
		scmi_status_response(msg, status);
		return false;
	}
	return true;
}

static void pc_attributes(struct scmi_msg *msg)
{
	struct pc_resp_attributes p2a;
	const char *name = NULL;
	uint32_t nelems = 0U;

	if (!pc_request_entity(msg, &name, &nelems)) {
		return;
	}
	(void)memset(&p2a, 0, sizeof(p2a));
	p2a.status = SCMI_SUCCESS;
	p2a.attributes = nelems;
	if (strlen(name) >= sizeof(p2a.name)) {
		p2a.attributes |= RPI_ACPI_PC_EXT_NAME;
	}
	pc_copy_name(p2a.name, sizeof(p2a.name), name);
	scmi_write_response(msg, &p2a, sizeof(p2a));
}

static void pc_name_get(struct scmi_msg *msg)
{
	struct pc_resp_name p2a;
	const char *name = NULL;
	uint32_t nelems = 0U;

	if (!pc_request_entity(msg, &name, &nelems)) {
		return;
	}
	(void)memset(&p2a, 0, sizeof(p2a));
	p2a.status = SCMI_SUCCESS;
	pc_copy_name(p2a.name, sizeof(p2a.name), name);
	scmi_write_response(msg, &p2a, sizeof(p2a));
}

/* Association @index of a group (its pins) or a function (its groups) */
static uint16_t pc_association(uint32_t type, uint32_t id, uint32_t index)
{
	unsigned int g;
	uint32_t n = 0U;

	if (type == RPI_ACPI_PC_TYPE_GROUP) {
		return pc_desc->groups[id].pins[index];
	}
	for (g = 0U; g < pc_desc->ngroups; g++) {
		if ((pc_desc->groups[g].funcs & BIT_32(id)) == 0U) {
			continue;
		}
		if (n == index) {
			break;
		}
		n++;
	}
	return (uint16_t)g;
}

static void pc_list_associations(struct scmi_msg *msg)
{
	const struct pc_msg_list *a2p = (void *)msg->in;
	const struct pc_msg_id what = {
		.identifier = a2p->identifier,
		.flags = a2p->flags,
	};
	uint32_t p2a[PC_REPLY_WORDS] = { 0U };
	size_t out_size = MIN(msg->out_size, sizeof(p2a));
	const char *name = NULL;
	uint32_t total = 0U;
	uint32_t max, n, i;
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	/* Pins have no associations: only groups and functions list some. */
	status = (a2p->flags == RPI_ACPI_PC_TYPE_PIN) ?
		 SCMI_INVALID_PARAMETERS : pc_entity(&what, &name, &total);
	if ((status == SCMI_SUCCESS) && (a2p->index >= total)) {
		status = SCMI_INVALID_PARAMETERS;
	}
	if ((status != SCMI_SUCCESS) || (out_size < (2U * sizeof(uint32_t)))) {
		scmi_status_response(msg, (status != SCMI_SUCCESS) ? status :
				     SCMI_GENERIC_ERROR);
		return;
	}
	max = MIN((uint32_t)((out_size - (2U * sizeof(uint32_t))) /
			     sizeof(uint16_t)), RPI_ACPI_PC_RETURNED_MASK);
	n = MIN(total - a2p->index, max);
	/* le16 identifiers from word 2 on, the last word padded with 0 */
	for (i = 0U; i < n; i++) {
		p2a[2U + (i / 2U)] |= (uint32_t)pc_association(a2p->flags,
				a2p->identifier, a2p->index + i) << (16U * (i % 2U));
	}
	p2a[0] = (uint32_t)SCMI_SUCCESS;
	p2a[1] = n | ((total - a2p->index - n) << RPI_ACPI_PC_REMAINING_SHIFT);
	scmi_write_response(msg, p2a, (2U * sizeof(uint32_t)) +
			    round_up(n * sizeof(uint16_t), sizeof(uint32_t)));
}

/* REQUEST (@request) or RELEASE every pin of a pin or group, or none. */
static int32_t pc_own(const struct rpi_acpi_pc_target *t, bool request)
{
	uint64_t mask = 0U;
	unsigned int i;
	int32_t status = SCMI_SUCCESS;

	for (i = 0U; i < t->npins; i++) {
		mask |= BIT_64(t->pins[i]);
	}
	rpi_acpi_pc_lock();
	if (request && ((pc_requested & mask) != 0U)) {
		status = RPI_ACPI_SCMI_IN_USE;
	} else if (!request && ((pc_requested & mask) != mask)) {
		status = SCMI_DENIED;
	} else if (request) {
		pc_requested |= mask;
	} else {
		pc_requested &= ~mask;
	}
	rpi_acpi_pc_unlock();
	return status;
}

static void pc_request_release(struct scmi_msg *msg)
{
	const struct pc_msg_id *a2p = (void *)msg->in;
	struct rpi_acpi_pc_target t;
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	status = rpi_acpi_pc_get_target(a2p->flags, a2p->identifier, &t);
	if (status == SCMI_SUCCESS) {
		status = pc_own(&t, msg->message_id == RPI_ACPI_PC_REQUEST);
	}
	scmi_status_response(msg, status);
}

static const scmi_msg_handler_t pc_handlers[RPI_ACPI_PC_NUM_MESSAGES] = {
	[RPI_ACPI_PC_PROTOCOL_VERSION] = pc_protocol_version,
	[RPI_ACPI_PC_PROTOCOL_ATTRIBUTES] = pc_protocol_attributes,
	[RPI_ACPI_PC_MESSAGE_ATTRIBUTES] = pc_message_attributes,
	[RPI_ACPI_PC_ATTRIBUTES] = pc_attributes,
	[RPI_ACPI_PC_LIST_ASSOCIATIONS] = pc_list_associations,
	[RPI_ACPI_PC_SETTINGS_GET] = rpi_acpi_pc_settings_get,
	[RPI_ACPI_PC_SETTINGS_CONFIGURE] = rpi_acpi_pc_settings_configure,
	[RPI_ACPI_PC_REQUEST] = pc_request_release,
	[RPI_ACPI_PC_RELEASE] = pc_request_release,
	[RPI_ACPI_PC_NAME_GET] = pc_name_get,
};

/**
 * rpi_acpi_pinctrl_get_handler() - a pin control message's handler
 * @msg: the message, of protocol 0x19
 *
 * Return: its handler, or NULL (TF-A then answers NOT_SUPPORTED) for an
 * unknown message or before the protocol is set up.
 */
scmi_msg_handler_t rpi_acpi_pinctrl_get_handler(struct scmi_msg *msg)
{
	unsigned int message_id = SPECULATION_SAFE_VALUE(msg->message_id);

	if ((pc_desc == NULL) || (message_id >= ARRAY_SIZE(pc_handlers))) {
		return NULL;
	}
	return pc_handlers[message_id];
}

/**
 * rpi_acpi_pinctrl_setup() - set up the protocol, once, at boot
 *
 * Checks the platform's description against what the protocol can carry
 * and sets up its backend.
 *
 * Return: true when the protocol is served.
 */
bool rpi_acpi_pinctrl_setup(void)
{
	const struct rpi_acpi_pinctrl_desc *desc = rpi_acpi_pinctrl_plat_desc();

	if ((desc->npins == 0U) || (desc->npins > 64U) ||
	    (desc->ngroups == 0U) || (desc->ngroups > 0xffffU) ||
	    (desc->nfuncs == 0U) || (desc->nfuncs > 32U)) {
		ERROR("rpi-acpi: pin controller description out of range\n");
		return false;
	}
	if (rpi_acpi_pinctrl_plat_setup() != 0) {
		ERROR("rpi-acpi: pin controller not set up\n");
		return false;
	}
	pc_desc = desc;
	return true;
}
