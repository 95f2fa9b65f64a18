/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The callbacks TF-A's SCMI server (drivers/scmi-msg) asks its platform
 * for, shared by every platform the project runs on: one agent, the
 * non-secure OS, with one SMT channel; the vendor strings; the protocols
 * served besides the base protocol, and their dispatch.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <drivers/scmi-msg.h>
#include <drivers/scmi.h>
#include <lib/utils_def.h>
#include <plat/rpi_acpi_scmi_plat.h>
#include <services/rpi_acpi_pci_scmi.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_sip.h>
#include <services/rpi_acpi_sip_count.h>

#include "rpi_acpi_scmi_private.h"
#include "scmi-msg/common.h"

/**
 * struct rpi_acpi_scmi_protocol - a protocol served besides the base one
 * @id: SCMI protocol id
 * @get_handler: finds a message's handler in the protocol's table, or
 *	NULL when TF-A's scmi_process_message() already dispatches @id
 *	itself (0x11, 0x14, 0x15, 0x16: the protocol file then overrides
 *	TF-A's weak getter for it instead)
 * @setup: sets the protocol up at boot, true when it is then served; or
 *	NULL when it needs nothing
 */
struct rpi_acpi_scmi_protocol {
	uint8_t id;
	scmi_msg_handler_t (*get_handler)(struct scmi_msg *msg);
	bool (*setup)(void);
};

/*
 * One line per protocol, in increasing id order (the order
 * BASE_DISCOVER_LIST_PROTOCOLS reports); { 0U, NULL, NULL } ends the
 * table. The PCI configuration access protocol needs no setup: it is
 * served over the platform's DEN0115 hooks, which every platform has
 * (SMC_PCI_SUPPORT=1: QEMU's in plat/qemu, TF-A's rpi_pci_svc.c on a Pi 4).
 */
static const struct rpi_acpi_scmi_protocol rpi_acpi_scmi_protocols[] = {
	{ RPI_ACPI_PINCTRL_PROTOCOL_ID, rpi_acpi_pinctrl_get_handler,
	  rpi_acpi_pinctrl_setup },
	{ RPI_ACPI_PCI_PROTOCOL_ID, rpi_acpi_pci_scmi_get_handler, NULL },
	{ 0U, NULL, NULL },
};

/*
 * The ids of the protocols set up, ending with 0, as
 * plat_scmi_protocol_list() returns them, and how many there are
 */
static uint8_t rpi_acpi_scmi_protocol_ids[ARRAY_SIZE(rpi_acpi_scmi_protocols)];
static size_t rpi_acpi_scmi_protocol_num;

/* The channel: the first 128 bytes of the page (replies <= 100 bytes) */
static struct scmi_msg_channel rpi_acpi_scmi_channel = {
	.shm_size = RPI_ACPI_SCMI_SMT_SIZE,
	.agent_name = "OS",
};

/**
 * rpi_acpi_scmi_plat_init() - set up the channel and the protocol list
 * @shmem_base: the SMT channel's page, already mapped
 *
 * Called once, at boot, before any message can arrive. A protocol whose
 * setup fails is neither listed nor served.
 */
void rpi_acpi_scmi_plat_init(uintptr_t shmem_base)
{
	const struct rpi_acpi_scmi_protocol *p;

	for (p = rpi_acpi_scmi_protocols; p->id != 0U; p++) {
		if ((p->setup == NULL) || p->setup()) {
			rpi_acpi_scmi_protocol_ids[rpi_acpi_scmi_protocol_num] =
				p->id;
			rpi_acpi_scmi_protocol_num++;
		}
	}
	rpi_acpi_scmi_channel.shm_addr = shmem_base;
	scmi_smt_init_agent_channel(&rpi_acpi_scmi_channel);
}

struct scmi_msg_channel *plat_scmi_get_channel(unsigned int agent_id)
{
	if ((agent_id != RPI_ACPI_SCMI_AGENT_OS) ||
	    (rpi_acpi_scmi_channel.shm_addr == 0U)) {
		return NULL;
	}
	return &rpi_acpi_scmi_channel;
}

size_t plat_scmi_protocol_count(void)
{
	return rpi_acpi_scmi_protocol_num;
}

const uint8_t *plat_scmi_protocol_list(unsigned int agent_id __unused)
{
	return rpi_acpi_scmi_protocol_ids;
}

const char *plat_scmi_vendor_name(void)
{
	return RPI_ACPI_SCMI_VENDOR;
}

const char *plat_scmi_sub_vendor_name(void)
{
	return rpi_acpi_scmi_plat_sub_vendor();
}

/**
 * scmi_msg_get_other_handler() - dispatch a protocol TF-A does not know
 * @msg: the message
 *
 * TF-A's scmi_process_message() calls this (patches/0003-*) for every
 * protocol id it has no getter of its own for. An id that is not in the
 * table, or whose setup failed, is answered NOT_SUPPORTED, as TF-A
 * answers it.
 *
 * Return: the message's handler, or NULL.
 */
scmi_msg_handler_t scmi_msg_get_other_handler(struct scmi_msg *msg)
{
	unsigned int i;

	for (i = 0U; i < rpi_acpi_scmi_protocol_num; i++) {
		if (rpi_acpi_scmi_protocol_ids[i] == msg->protocol_id) {
			break;
		}
	}
	if (i == rpi_acpi_scmi_protocol_num) {
		return NULL;
	}
	for (i = 0U; rpi_acpi_scmi_protocols[i].id != 0U; i++) {
		if ((rpi_acpi_scmi_protocols[i].id == msg->protocol_id) &&
		    (rpi_acpi_scmi_protocols[i].get_handler != NULL)) {
			return rpi_acpi_scmi_protocols[i].get_handler(msg);
		}
	}
	return NULL;
}

/*
 * TF-A's scmi_process_message() calls this (patches/0007-*) for a message
 * no handler serves, right before it answers SCMI_NOT_SUPPORTED, instead
 * of printing an ERROR line for each: any agent may send as many as it
 * likes, from every CPU. Counted for the test service's TEST_COUNT
 * (RPI_ACPI_SIP_COUNT_SCMI_UNSUPPORTED).
 */
void scmi_msg_not_supported(struct scmi_msg *msg __unused)
{
	rpi_acpi_call_count_add(RPI_ACPI_SIP_COUNT_SCMI_UNSUPPORTED);
}

/**
 * rpi_acpi_scmi_reply_fixed() - answer a message that takes no arguments
 * @msg: the message
 * @p2a: the whole reply, its status word first
 * @size: its size in bytes
 *
 * A message with a payload is a protocol error, as TF-A's base protocol
 * answers it.
 */
void rpi_acpi_scmi_reply_fixed(struct scmi_msg *msg, void *p2a, size_t size)
{
	if (msg->in_size != 0U) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	scmi_write_response(msg, p2a, size);
}

/**
 * rpi_acpi_scmi_message_attributes() - PROTOCOL_MESSAGE_ATTRIBUTES
 * @msg: the message
 * @num_messages: the protocol serves message ids 0..num_messages - 1
 *
 * Attributes are zero for every message served; NOT_FOUND otherwise.
 */
void rpi_acpi_scmi_message_attributes(struct scmi_msg *msg,
				      uint32_t num_messages)
{
	const struct scmi_protocol_message_attributes_a2p *a2p = (void *)msg->in;
	struct scmi_protocol_message_attributes_p2a p2a = {
		.status = SCMI_SUCCESS,
		.attributes = 0U,
	};

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	if (a2p->message_id >= num_messages) {
		scmi_status_response(msg, SCMI_NOT_FOUND);
		return;
	}
	scmi_write_response(msg, &p2a, sizeof(p2a));
}
