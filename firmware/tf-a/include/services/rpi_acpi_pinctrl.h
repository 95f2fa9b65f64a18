/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The SCMI pin control protocol (0x19, SCMI v3.2 section 4.11) as the
 * rpi-acpi SCMI server serves it: message ids, the bit fields of their
 * parameters and replies, the configuration types, and the one status
 * TF-A's <drivers/scmi.h> lacks. Documentation/firmware-guide/
 * rpi-scmi-pinctrl.rst describes what the firmware serves; the ABI check
 * (firmware/tests/sip-abi/) uses exactly these numbers.
 */

#ifndef RPI_ACPI_PINCTRL_H
#define RPI_ACPI_PINCTRL_H

#include <lib/utils_def.h>

#define RPI_ACPI_PINCTRL_PROTOCOL_ID	U(0x19)
#define RPI_ACPI_PINCTRL_VERSION	U(0x10000)	/* 1.0 */

/* Message ids */
#define RPI_ACPI_PC_PROTOCOL_VERSION	U(0x0)
#define RPI_ACPI_PC_PROTOCOL_ATTRIBUTES	U(0x1)
#define RPI_ACPI_PC_MESSAGE_ATTRIBUTES	U(0x2)
#define RPI_ACPI_PC_ATTRIBUTES		U(0x3)
#define RPI_ACPI_PC_LIST_ASSOCIATIONS	U(0x4)
#define RPI_ACPI_PC_SETTINGS_GET	U(0x5)
#define RPI_ACPI_PC_SETTINGS_CONFIGURE	U(0x6)
#define RPI_ACPI_PC_REQUEST		U(0x7)
#define RPI_ACPI_PC_RELEASE		U(0x8)
#define RPI_ACPI_PC_NAME_GET		U(0x9)
#define RPI_ACPI_PC_NUM_MESSAGES	U(0xa)	/* 0x0..0x9 served */

/* SCMI status IN_USE (-11), which TF-A's <drivers/scmi.h> does not name */
#define RPI_ACPI_SCMI_IN_USE		(-11)

/* Selector types (flags [1:0] of most messages) */
#define RPI_ACPI_PC_TYPE_PIN		U(0)
#define RPI_ACPI_PC_TYPE_GROUP		U(1)
#define RPI_ACPI_PC_TYPE_FUNCTION	U(2)
#define RPI_ACPI_PC_TYPE_MASK		U(0x3)

/* PROTOCOL_ATTRIBUTES: attributes_low and attributes_high */
#define RPI_ACPI_PC_NUM_PINS_MASK	U(0xffff)
#define RPI_ACPI_PC_NUM_GROUPS_SHIFT	U(16)
#define RPI_ACPI_PC_NUM_FUNCS_MASK	U(0xffff)

/* PINCTRL_ATTRIBUTES: attributes; names */
#define RPI_ACPI_PC_EXT_NAME		U(0x80000000)
#define RPI_ACPI_PC_NUM_ELEMS_MASK	U(0xffff)
#define RPI_ACPI_PC_SHORT_NAME_LEN	U(16)	/* NUL included */
#define RPI_ACPI_PC_NAME_LEN		U(64)	/* NAME_GET, NUL included */

/* LIST_ASSOCIATIONS: flags of the reply */
#define RPI_ACPI_PC_REMAINING_SHIFT	U(16)
#define RPI_ACPI_PC_RETURNED_MASK	U(0xfff)

/* SETTINGS_GET: attributes */
#define RPI_ACPI_PC_GET_RESERVED	U(0xfff00000)	/* bits [31:20] */
#define RPI_ACPI_PC_GET_FLAG_SHIFT	U(18)
#define RPI_ACPI_PC_GET_FLAG_MASK	U(0x3)
#define RPI_ACPI_PC_GET_ONE		U(0)	/* the type in [7:0] */
#define RPI_ACPI_PC_GET_ALL		U(1)	/* all, skipping [15:8] */
#define RPI_ACPI_PC_GET_FUNCTION	U(2)	/* the function only */
#define RPI_ACPI_PC_GET_SELECTOR_SHIFT	U(16)
#define RPI_ACPI_PC_GET_SKIP_SHIFT	U(8)
#define RPI_ACPI_PC_GET_SKIP_MASK	U(0xff)
#define RPI_ACPI_PC_GET_TYPE_MASK	U(0xff)
/* SETTINGS_GET: num_configs of the reply */
#define RPI_ACPI_PC_CONFIGS_RETURNED_MASK	U(0xff)
#define RPI_ACPI_PC_CONFIGS_REMAINING_SHIFT	U(24)
#define RPI_ACPI_PC_NO_FUNCTION		U(0xffffffff)

/* SETTINGS_CONFIGURE: attributes */
#define RPI_ACPI_PC_CONF_SELECTOR_MASK	U(0x3)		/* bits [1:0] */
#define RPI_ACPI_PC_CONF_NUM_SHIFT	U(2)		/* bits [9:2] */
#define RPI_ACPI_PC_CONF_NUM_MASK	U(0xff)
#define RPI_ACPI_PC_CONF_FUNCTION	U(0x400)		/* bit 10 */
#define RPI_ACPI_PC_CONF_RESERVED	U(0xfffff800)	/* bits [31:11] */

/* REQUEST, RELEASE, PINCTRL_ATTRIBUTES, NAME_GET: flags [31:2] reserved */
#define RPI_ACPI_PC_FLAGS_RESERVED	U(0xfffffffc)

/* Configuration types (a pair's type word: [7:0], [31:8] reserved) */
#define RPI_ACPI_PC_CONF_DEFAULT		U(0)
#define RPI_ACPI_PC_CONF_BIAS_BUS_HOLD		U(1)
#define RPI_ACPI_PC_CONF_BIAS_DISABLE		U(2)
#define RPI_ACPI_PC_CONF_BIAS_HIGH_IMPEDANCE	U(3)
#define RPI_ACPI_PC_CONF_BIAS_PULL_UP		U(4)
#define RPI_ACPI_PC_CONF_BIAS_PULL_DEFAULT	U(5)
#define RPI_ACPI_PC_CONF_BIAS_PULL_DOWN		U(6)
#define RPI_ACPI_PC_CONF_DRIVE_OPEN_DRAIN	U(7)
#define RPI_ACPI_PC_CONF_DRIVE_OPEN_SOURCE	U(8)
#define RPI_ACPI_PC_CONF_DRIVE_PUSH_PULL	U(9)
#define RPI_ACPI_PC_CONF_DRIVE_STRENGTH		U(10)
#define RPI_ACPI_PC_CONF_INPUT_DEBOUNCE		U(11)
#define RPI_ACPI_PC_CONF_INPUT_MODE		U(12)
#define RPI_ACPI_PC_CONF_PULL_MODE		U(13)
#define RPI_ACPI_PC_CONF_INPUT_VALUE		U(14)
#define RPI_ACPI_PC_CONF_INPUT_SCHMITT		U(15)
#define RPI_ACPI_PC_CONF_LOW_POWER_MODE		U(16)
#define RPI_ACPI_PC_CONF_OUTPUT_MODE		U(17)
#define RPI_ACPI_PC_CONF_OUTPUT_VALUE		U(18)
#define RPI_ACPI_PC_CONF_POWER_SOURCE		U(19)
#define RPI_ACPI_PC_CONF_SLEW_RATE		U(20)
#define RPI_ACPI_PC_CONF_LAST_STANDARD		U(20)
#define RPI_ACPI_PC_CONF_FIRST_OEM		U(192)	/* 192..255: OEM */
#define RPI_ACPI_PC_CONF_TYPE_MASK		U(0xff)

/* Configuration types served, in the order SETTINGS_GET lists them */
#define RPI_ACPI_PC_NUM_SERVED		U(9)

/*
 * QEMU virt: firmware pins RPI_ACPI_PC_PL061_FIRST_PIN.. are the secure
 * PL061's lines RPI_ACPI_PC_PL061_FIRST_LINE..7, in order. Lines 0 and 1
 * (power-off, reset) are never driven.
 */
#define RPI_ACPI_PC_PL061_FIRST_PIN	U(5)
#define RPI_ACPI_PC_PL061_FIRST_LINE	U(2)
#define RPI_ACPI_PC_PL061_LINES		U(0xfc)	/* lines 2..7 */

#endif /* RPI_ACPI_PINCTRL_H */
