/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi PCI configuration access protocol: an SCMI vendor protocol
 * (0x80) of the rpi-acpi SCMI server, served over the platform's DEN0115
 * hooks (pci_read_config(), pci_write_config(), pci_get_bus_for_seg()).
 * Documentation/firmware-guide/rpi-smc-pcie.rst describes its messages;
 * the ABI check (firmware/tests/sip-abi/) uses exactly these numbers.
 */

#ifndef RPI_ACPI_PCI_SCMI_H
#define RPI_ACPI_PCI_SCMI_H

#include <lib/utils_def.h>

#define RPI_ACPI_PCI_PROTOCOL_ID	U(0x80)
#define RPI_ACPI_PCI_VERSION		U(0x10000)	/* 1.0 */

/* Message ids */
#define RPI_ACPI_PCI_PROTOCOL_VERSION	U(0x0)
#define RPI_ACPI_PCI_PROTOCOL_ATTRIBUTES U(0x1)
#define RPI_ACPI_PCI_MESSAGE_ATTRIBUTES	U(0x2)
#define RPI_ACPI_PCI_SEGMENT_INFO	U(0x3)
#define RPI_ACPI_PCI_READ		U(0x4)
#define RPI_ACPI_PCI_WRITE		U(0x5)
#define RPI_ACPI_PCI_READ_BLOCK		U(0x6)
#define RPI_ACPI_PCI_NUM_MESSAGES	U(0x7)	/* 0x0..0x6 served */

/* PROTOCOL_ATTRIBUTES: the most dwords one READ_BLOCK returns */
#define RPI_ACPI_PCI_BLOCK_MAX		U(16)

/* A function's configuration space, in bytes */
#define RPI_ACPI_PCI_CFG_SIZE		U(4096)

#endif /* RPI_ACPI_PCI_SCMI_H */
