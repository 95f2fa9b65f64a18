/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The rpi-acpi firmware test service: function ids and values of its ABI.
 * Documentation/firmware-guide/rpi-acpi-sip.rst is the reference; the
 * Linux side uses exactly these numbers.
 *
 * Every function is a fast call served under two owners, SiP (2) and
 * OEM (3), because ACPI FFH tests need both. Function numbers (bits
 * [15:0] of the id) are the same under both owners.
 */

#ifndef RPI_ACPI_SIP_H
#define RPI_ACPI_SIP_H

#include <lib/utils_def.h>

/* Function numbers */
#define RPI_ACPI_SIP_NUM_TEST_MIX	U(0x0100)
#define RPI_ACPI_SIP_NUM_TEST_COUNT	U(0x0101)
#define RPI_ACPI_SIP_NUM_TEST_RESET	U(0x0102)
#define RPI_ACPI_SIP_NUM_TEST_PCI_MODE	U(0x0110)
#define RPI_ACPI_SIP_NUM_TEST_PL061	U(0x0120)
#define RPI_ACPI_SIP_NUM_CALL_COUNT	U(0xff00)
#define RPI_ACPI_SIP_NUM_UID		U(0xff01)
#define RPI_ACPI_SIP_NUM_REVISION	U(0xff03)

/* TEST_MIX, the four ids it answers to (each counted on its own) */
#define RPI_ACPI_SIP_TEST_MIX32		U(0x82000100)
#define RPI_ACPI_SIP_TEST_MIX64		U(0xc2000100)
#define RPI_ACPI_OEM_TEST_MIX32		U(0x83000100)
#define RPI_ACPI_OEM_TEST_MIX64		U(0xc3000100)

/* SMC32 only */
#define RPI_ACPI_SIP_TEST_COUNT		U(0x82000101)
#define RPI_ACPI_SIP_TEST_RESET		U(0x82000102)
#define RPI_ACPI_SIP_TEST_PCI_MODE	U(0x82000110)
#define RPI_ACPI_SIP_TEST_PL061		U(0x82000120)
#define RPI_ACPI_SIP_CALL_COUNT		U(0x8200ff00)
#define RPI_ACPI_SIP_UID		U(0x8200ff01)
#define RPI_ACPI_SIP_REVISION		U(0x8200ff03)

/*
 * TEST_COUNT's event counters: W1 values below 0x80000000, which no fast
 * call id is. UNKNOWN_ID counts calls to the ids of the SiP and OEM owners
 * the firmware does not serve (answered NOT_SUPPORTED); SCMI_UNSUPPORTED
 * counts SCMI messages no handler serves (answered SCMI NOT_SUPPORTED),
 * over either channel. Neither is logged on the console.
 */
#define RPI_ACPI_SIP_COUNT_UNKNOWN_ID	U(0x00000001)
#define RPI_ACPI_SIP_COUNT_SCMI_UNSUPPORTED	U(0x00000002)

/* TEST_MIX: registers read, value in x0/w0 on return, XOR step per register */
#define RPI_ACPI_TEST_MIX64_NREGS	U(17)
#define RPI_ACPI_TEST_MIX32_NREGS	U(7)
#define RPI_ACPI_TEST_MIX64_RET		U(64)
#define RPI_ACPI_TEST_MIX32_RET		U(32)
#define RPI_ACPI_TEST_MIX64_STEP	ULL(0x0101010101010101)
#define RPI_ACPI_TEST_MIX32_STEP	U(0x01010101)

/*
 * TEST_PCI_MODE (QEMU virt only): how the DEN0115 hooks behave. FULL
 * serves the whole ECAM window; RPI4 refuses what a Raspberry Pi 4's
 * hooks refuse, with the link up; RPI4_LINK_DOWN as if the Pi's PCIe link
 * were down. Boot starts in FULL.
 */
#define RPI_ACPI_PCI_MODE_FULL		U(0)
#define RPI_ACPI_PCI_MODE_RPI4		U(1)
#define RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN	U(2)

/*
 * TEST_PL061 (QEMU virt only): x1 = the secure PL061's GPIODATA (lines
 * 7..0), x2 = its GPIODIR, x3 = the lines wired to pins
 * (RPI_ACPI_PC_PL061_LINES in rpi_acpi_pinctrl.h), read at EL3.
 */

/*
 * Functions in each owner's range, general queries excluded, on every
 * platform; TEST_PCI_MODE and TEST_PL061 add one each where the platform
 * has them.
 */
#define RPI_ACPI_SIP_NUM_CALLS		U(4)

/* Revision 0.1 */
#define RPI_ACPI_SIP_VERSION_MAJOR	U(0)
#define RPI_ACPI_SIP_VERSION_MINOR	U(1)

/*
 * Service UUID 9550af0a-bf38-4e88-9c30-ca877d1bf01c, as returned by the
 * UID query (SMCCC byte order: byte 0 of the UUID in bits [7:0] of w0).
 */
#define RPI_ACPI_SIP_UUID_W0		U(0x0aaf5095)
#define RPI_ACPI_SIP_UUID_W1		U(0x884e38bf)
#define RPI_ACPI_SIP_UUID_W2		U(0x87ca309c)
#define RPI_ACPI_SIP_UUID_W3		U(0x1cf01b7d)

#endif /* RPI_ACPI_SIP_H */
