/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal interfaces of the rpi-acpi SCMI server, between its SMC
 * functions, TF-A's scmi-msg callbacks, the SMC fastchannel front end and
 * the protocols the project serves.
 * The platform hooks are in <plat/rpi_acpi_scmi_plat.h>.
 */

#ifndef RPI_ACPI_SCMI_PRIVATE_H
#define RPI_ACPI_SCMI_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scmi-msg/common.h"

/* TF-A's scmi-msg callbacks (rpi_acpi_scmi_plat.c) */
void rpi_acpi_scmi_plat_init(uintptr_t shmem_base);

/* What every protocol's handlers share (rpi_acpi_scmi_plat.c) */
void rpi_acpi_scmi_reply_fixed(struct scmi_msg *msg, void *p2a, size_t size);
void rpi_acpi_scmi_message_attributes(struct scmi_msg *msg,
				      uint32_t num_messages);

/* The pin control protocol, 0x19 (rpi_acpi_pinctrl.c) */
bool rpi_acpi_pinctrl_setup(void);
scmi_msg_handler_t rpi_acpi_pinctrl_get_handler(struct scmi_msg *msg);

/* The PCI configuration access protocol, 0x80 (rpi_acpi_pci_scmi.c) */
scmi_msg_handler_t rpi_acpi_pci_scmi_get_handler(struct scmi_msg *msg);

/* The SMC fastchannel (rpi_acpi_scmi_smcf.c) */
uintptr_t rpi_acpi_scmi_smcf(void *handle);

#endif /* RPI_ACPI_SCMI_PRIVATE_H */
