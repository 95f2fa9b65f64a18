/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi PCI configuration access protocol (0x80), an SCMI vendor
 * protocol of the rpi-acpi SCMI server, served alike over the SMT channel
 * and the SMC fastchannel. Every access goes through the platform's
 * DEN0115 hooks (pci_read_config(), pci_write_config(),
 * pci_get_bus_for_seg()), the very ones TF-A's DEN0115 dispatcher calls,
 * so both interfaces see the same functions and the same refusals.
 *
 * Every message is checked before a hook is called: its length (else
 * PROTOCOL_ERROR), the size and alignment of the access (else
 * INVALID_PARAMETERS: a Pi 4's hooks do not check alignment, and an
 * unaligned access there faults at EL3), and the segment and bus (else
 * NOT_FOUND). A hook's DEN0115 status is mapped to the SCMI one.
 */

#include <stdbool.h>
#include <stdint.h>

#include <drivers/scmi.h>
#include <lib/utils_def.h>
#include <services/pci_svc.h>
#include <services/rpi_acpi_pci_scmi.h>

#include "rpi_acpi_scmi_private.h"

struct pci_msg_read {
	uint32_t addr;
	uint32_t offset;
	uint32_t size;
};

struct pci_msg_write {
	uint32_t addr;
	uint32_t offset;
	uint32_t size;
	uint32_t value;
};

struct pci_msg_block {
	uint32_t addr;
	uint32_t offset;
	uint32_t count;
};

/* SCMI status of a DEN0115 hook's status */
static int32_t pci_status(uint32_t den0115)
{
	switch ((int32_t)den0115) {
	case (int32_t)SMC_PCI_CALL_SUCCESS:
		return SCMI_SUCCESS;
	case SMC_PCI_CALL_NOT_SUPPORTED:
		return SCMI_NOT_SUPPORTED;
	case SMC_PCI_CALL_INVAL_PARAM:
		return SCMI_INVALID_PARAMETERS;
	case SMC_PCI_CALL_NOT_IMPL:
		return SCMI_NOT_FOUND;
	default:
		return SCMI_GENERIC_ERROR;
	}
}

/* SUCCESS when the platform serves the segment and bus @addr names */
static int32_t pci_check_addr(uint32_t addr)
{
	uint32_t range = 0U;
	uint32_t nseg = 0U;
	uint32_t bus = PCI_ADDR_BUS(addr);

	if (pci_get_bus_for_seg(PCI_ADDR_SEG(addr), &range, &nseg) !=
	    SMC_PCI_CALL_SUCCESS) {
		return SCMI_NOT_FOUND;
	}
	if ((bus < (range & 0xffU)) || (bus > ((range >> 8) & 0xffU))) {
		return SCMI_NOT_FOUND;
	}
	return SCMI_SUCCESS;
}

/* SUCCESS for @size 1, 2 or 4 at an @offset aligned to it, in the space */
static int32_t pci_check_access(uint32_t addr, uint32_t offset, uint32_t size)
{
	if ((size != SMC_PCI_SZ_8BIT) && (size != SMC_PCI_SZ_16BIT) &&
	    (size != SMC_PCI_SZ_32BIT)) {
		return SCMI_INVALID_PARAMETERS;
	}
	if ((offset >= RPI_ACPI_PCI_CFG_SIZE) || ((offset & (size - 1U)) != 0U)) {
		return SCMI_INVALID_PARAMETERS;
	}
	return pci_check_addr(addr);
}

static void pci_protocol_version(struct scmi_msg *msg)
{
	struct scmi_protocol_version_p2a p2a = {
		.status = SCMI_SUCCESS,
		.version = RPI_ACPI_PCI_VERSION,
	};

	rpi_acpi_scmi_reply_fixed(msg, &p2a, sizeof(p2a));
}

static void pci_protocol_attributes(struct scmi_msg *msg)
{
	uint32_t p2a[2] = { (uint32_t)SCMI_SUCCESS, RPI_ACPI_PCI_BLOCK_MAX };

	rpi_acpi_scmi_reply_fixed(msg, p2a, sizeof(p2a));
}

static void pci_message_attributes(struct scmi_msg *msg)
{
	rpi_acpi_scmi_message_attributes(msg, RPI_ACPI_PCI_NUM_MESSAGES);
}

static void pci_segment_info(struct scmi_msg *msg)
{
	const uint32_t *a2p = (void *)msg->in;
	uint32_t p2a[3] = { 0U };
	uint32_t ret;

	if (msg->in_size != sizeof(uint32_t)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	if (*a2p > 0xffffU) {
		scmi_status_response(msg, SCMI_INVALID_PARAMETERS);
		return;
	}
	ret = pci_get_bus_for_seg(*a2p, &p2a[1], &p2a[2]);
	if (ret != SMC_PCI_CALL_SUCCESS) {
		scmi_status_response(msg, pci_status(ret));
		return;
	}
	p2a[0] = (uint32_t)SCMI_SUCCESS;
	scmi_write_response(msg, p2a, sizeof(p2a));
}

static void pci_read(struct scmi_msg *msg)
{
	const struct pci_msg_read *a2p = (void *)msg->in;
	uint32_t p2a[2] = { 0U };
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	status = pci_check_access(a2p->addr, a2p->offset, a2p->size);
	if (status == SCMI_SUCCESS) {
		status = pci_status(pci_read_config(a2p->addr, a2p->offset,
						    a2p->size, &p2a[1]));
	}
	if (status != SCMI_SUCCESS) {
		scmi_status_response(msg, status);
		return;
	}
	p2a[0] = (uint32_t)SCMI_SUCCESS;
	scmi_write_response(msg, p2a, sizeof(p2a));
}

static void pci_write(struct scmi_msg *msg)
{
	const struct pci_msg_write *a2p = (void *)msg->in;
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	status = pci_check_access(a2p->addr, a2p->offset, a2p->size);
	if ((status == SCMI_SUCCESS) && (a2p->size < SMC_PCI_SZ_32BIT) &&
	    ((a2p->value >> (8U * a2p->size)) != 0U)) {
		/* Bits above the access's size: a malformed request */
		status = SCMI_INVALID_PARAMETERS;
	}
	if (status == SCMI_SUCCESS) {
		status = pci_status(pci_write_config(a2p->addr, a2p->offset,
						     a2p->size, a2p->value));
	}
	scmi_status_response(msg, status);
}

static void pci_read_block(struct scmi_msg *msg)
{
	const struct pci_msg_block *a2p = (void *)msg->in;
	uint32_t p2a[2U + RPI_ACPI_PCI_BLOCK_MAX] = { 0U };
	int32_t status;
	uint32_t i;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	if ((a2p->count == 0U) || (a2p->count > RPI_ACPI_PCI_BLOCK_MAX) ||
	    ((a2p->offset & 3U) != 0U) ||
	    (a2p->offset >= RPI_ACPI_PCI_CFG_SIZE) ||
	    ((RPI_ACPI_PCI_CFG_SIZE - a2p->offset) / 4U < a2p->count)) {
		scmi_status_response(msg, SCMI_INVALID_PARAMETERS);
		return;
	}
	status = pci_check_addr(a2p->addr);
	for (i = 0U; (status == SCMI_SUCCESS) && (i < a2p->count); i++) {
		status = pci_status(pci_read_config(a2p->addr,
						    a2p->offset + (4U * i),
						    SMC_PCI_SZ_32BIT,
						    &p2a[2U + i]));
	}
	if (status != SCMI_SUCCESS) {
		scmi_status_response(msg, status);
		return;
	}
	p2a[0] = (uint32_t)SCMI_SUCCESS;
	p2a[1] = a2p->count;
	scmi_write_response(msg, p2a, (2U + a2p->count) * sizeof(uint32_t));
}

static const scmi_msg_handler_t pci_handlers[RPI_ACPI_PCI_NUM_MESSAGES] = {
	[RPI_ACPI_PCI_PROTOCOL_VERSION] = pci_protocol_version,
	[RPI_ACPI_PCI_PROTOCOL_ATTRIBUTES] = pci_protocol_attributes,
	[RPI_ACPI_PCI_MESSAGE_ATTRIBUTES] = pci_message_attributes,
	[RPI_ACPI_PCI_SEGMENT_INFO] = pci_segment_info,
	[RPI_ACPI_PCI_READ] = pci_read,
	[RPI_ACPI_PCI_WRITE] = pci_write,
	[RPI_ACPI_PCI_READ_BLOCK] = pci_read_block,
};

/**
 * rpi_acpi_pci_scmi_get_handler() - a PCI protocol message's handler
 * @msg: the message, of protocol 0x80
 *
 * Return: its handler, or NULL (TF-A then answers NOT_SUPPORTED) for an
 * unknown message.
 */
scmi_msg_handler_t rpi_acpi_pci_scmi_get_handler(struct scmi_msg *msg)
{
	unsigned int message_id = SPECULATION_SAFE_VALUE(msg->message_id);

	if (message_id >= ARRAY_SIZE(pci_handlers)) {
		return NULL;
	}
	return pci_handlers[message_id];
}
