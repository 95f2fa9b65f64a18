/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi SCMI server's transports: function ids, limits, vendor
 * strings and shared-memory addresses. Documentation/firmware-guide/
 * rpi-scmi-smc.rst is the reference and quotes this file; the Linux side
 * and the ACPI tables use exactly these numbers.
 *
 * The server is TF-A's drivers/scmi-msg (base protocol and dispatch by
 * protocol id) reached two ways, both fast calls of the SiP owner only:
 *
 * - SMT_DOORBELL(_PARAM): the agent writes a message into its SMT
 *   shared-memory channel and makes one SMC; the response is in the
 *   channel when the SMC returns.
 * - SMCF, the "SMC fastchannel": a whole SCMI message in SMCCC v1.2
 *   registers, with no shared memory. This is the project's own
 *   transport. It is NOT one of the SCMI specification's "fastchannels",
 *   which are per-domain shared-memory areas (plus an optional doorbell)
 *   used by the performance and powercap protocols.
 */

#ifndef RPI_ACPI_SCMI_H
#define RPI_ACPI_SCMI_H

#include <lib/utils_def.h>

/* Function numbers (bits [15:0]); the SiP owner routes 0x0200..0x02ff here */
#define RPI_ACPI_SCMI_NUM_FIRST		U(0x0200)
#define RPI_ACPI_SCMI_NUM_LAST		U(0x02ff)
#define RPI_ACPI_SCMI_NUM_SMT_DOORBELL	U(0x0200)
#define RPI_ACPI_SCMI_NUM_SMT_PARAM	U(0x0201)
#define RPI_ACPI_SCMI_NUM_SMCF		U(0x0210)

/* Function ids */
#define RPI_ACPI_SCMI_SMT_DOORBELL	U(0x82000200)	/* SMC32 */
#define RPI_ACPI_SCMI_SMT_DOORBELL_PARAM U(0x82000201)	/* SMC32 */
#define RPI_ACPI_SCMI_SMCF		U(0xc2000210)	/* SMC64 */

/* Functions the SiP owner serves for this server */
#define RPI_ACPI_SCMI_NUM_CALLS		U(3)

/* DOORBELL_PARAM: x1 = shmem address >> 12, x2 = shmem address & 0xfff */
#define RPI_ACPI_SCMI_PARAM_PAGE_SHIFT	U(12)
#define RPI_ACPI_SCMI_PARAM_OFFSET_MASK	U(0xfff)

/*
 * SMC fastchannel registers. In: x1 = SCMI message header (bits [63:32]
 * zero), x2 = payload length in bytes, x3..x17 = payload. Out: x0 = SMCCC
 * status, x1 = the request's header, x2 = reply length in bytes (the
 * 4-byte SCMI status included), x3..x17 = reply. Payload byte i is bits
 * [8 * (i % 8) + 7 : 8 * (i % 8)] of x(3 + i / 8); unused bytes are zero.
 */
#define RPI_ACPI_SCMI_SMCF_FIRST_REG	U(3)
#define RPI_ACPI_SCMI_SMCF_NREGS	U(15)
#define RPI_ACPI_SCMI_SMCF_MAX		U(120)	/* bytes, both ways */

/* SCMI message header fields (x1 of an SMC fastchannel call) */
#define RPI_ACPI_SCMI_HDR_ID_MASK	U(0xff)
#define RPI_ACPI_SCMI_HDR_TYPE_SHIFT	U(8)
#define RPI_ACPI_SCMI_HDR_TYPE_MASK	U(0x3)
#define RPI_ACPI_SCMI_HDR_PROTO_SHIFT	U(10)
#define RPI_ACPI_SCMI_HDR_PROTO_MASK	U(0xff)
#define RPI_ACPI_SCMI_HDR_TOKEN_SHIFT	U(18)
#define RPI_ACPI_SCMI_HDR_TOKEN_MASK	U(0x3ff)
#define RPI_ACPI_SCMI_HDR_TYPE_COMMAND	U(0)

/*
 * The SMT channel: one 4 KiB page (what the ACPI _CRS and the device tree
 * describe), mapped by BL31 Device-nGnRE, non-secure: the agent maps it
 * non-cacheable too (Linux's ioremap()). The channel is its first 128
 * bytes, TF-A's SMT_BUF_SLOT_SIZE, in the layout of drivers/scmi-msg/
 * smt.c: a 28-byte header, then the payload. Requests carry at most 92
 * payload bytes (smt.c's SCMI_PLAYLOAD_MAX: length <= 96), replies at
 * most 100 with the status (length <= 104), so that they fit the
 * 128-byte messages of agents such as upstream Linux's SMC transport.
 */
#define RPI_ACPI_SCMI_SHMEM_SIZE	U(0x1000)
#define RPI_ACPI_SCMI_SMT_SIZE		U(128)
#define RPI_ACPI_SCMI_SMT_HEADER_SIZE	U(28)
#define RPI_ACPI_SCMI_SMT_REQUEST_MAX	U(92)
#define RPI_ACPI_SCMI_SMT_REPLY_MAX	U(100)

/*
 * QEMU virt: the page right after the 1 MiB the device tree occupies at
 * the start of RAM. BL2 starts /memory after it, so that neither UEFI nor
 * the OS ever uses it.
 */
#define RPI_ACPI_SCMI_SHMEM_QEMU	U(0x40100000)

/*
 * Raspberry Pi 4: the default of the RPI4_SCMI_SHMEM_BASE make option,
 * the last page of the 128 KiB BL31 region at the start of pftf's
 * RPI_EFI.fd, which the Pi's UEFI reserves from the OS as part of its
 * "FD" and which BL31 itself ends before (build-tfa.sh checks
 * __BL31_END__). Evidence: firmware/tf-a/plat/rpi4/rpi_acpi_rpi4.mk.
 */
#define RPI_ACPI_SCMI_SHMEM_RPI4	U(0x0001f000)

/* Agent index 0 of TF-A's scmi-msg: the non-secure OS, the only agent */
#define RPI_ACPI_SCMI_AGENT_OS		U(0)

/* BASE_DISCOVER_VENDOR and BASE_DISCOVER_SUB_VENDOR (at most 15 chars) */
#define RPI_ACPI_SCMI_VENDOR		"rpi-acpi"
#define RPI_ACPI_SCMI_SUB_VENDOR_QEMU	"qemu-virt"
#define RPI_ACPI_SCMI_SUB_VENDOR_RPI4	"bcm2711"

/* SCMI protocol ids served besides the base protocol (0x10): none yet */

#endif /* RPI_ACPI_SCMI_H */
