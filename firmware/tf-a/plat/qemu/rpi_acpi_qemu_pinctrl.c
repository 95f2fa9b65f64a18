/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The pin controller backend for QEMU's virt machine: a BCM2711-shaped
 * controller (plat/common/rpi_acpi_bcm2711_pins.c) whose state lives in
 * BL31's memory, except for pins GPIO5..GPIO10, which are wired to lines
 * 2..7 of virt's secure PL061 at 0x090b0000. A GPIO output there sets the
 * PL061's GPIODIR bit and drives its GPIODATA bit, and reading the pin
 * reads GPIODATA: a GPIO write from the OS changes emulated hardware that
 * only EL3 can reach (the PL061 is in the secure address space, mapped by
 * TF-A's plat/qemu for BL31 with the rest of DEVICE1).
 *
 * Lines 0 and 1 power the machine off and reset it (TF-A's qemu_pm.c):
 * this file never writes their GPIODIR or GPIODATA bits. GPIODATA writes
 * go through the PL061's address mask (bits [9:2] of the offset select
 * the lines a write changes), so each writes one line; GPIODIR is read,
 * changed and written back with the service's lock held.
 *
 * A wired pin reads the PL061's GPIODATA bit whatever its function. The
 * PL061 has no pulls, and nothing outside drives lines 2..7: QEMU 7.2's
 * model then reads an input line at the level it last drove (measured by
 * the ABI check), so the pin's pull does not show there. Any other pin
 * reads its output latch as a GPIO output, and its pull otherwise (high
 * for a pull-up, low for a pull-down or none).
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/mmio.h>
#include <lib/utils_def.h>
#include <plat/rpi_acpi_pinctrl_plat.h>
#include <platform_def.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_pinctrl_test.h>

#define QEMU_PC_MAX_PINS	U(64)

/* PL061 registers: GPIODATA through an address mask, and GPIODIR */
#define PL061_DATA(lines)	(SECURE_GPIO_BASE + ((uintptr_t)(lines) << 2))
#define PL061_DIR		(SECURE_GPIO_BASE + U(0x400))
#define PL061_ALL_LINES		U(0xff)
#define PL061_NLINES		U(8)

/* Each pin's function select value, pull, and (bit n) output latch */
static uint8_t qemu_pc_mux[QEMU_PC_MAX_PINS];
static uint8_t qemu_pc_pull[QEMU_PC_MAX_PINS];
static uint64_t qemu_pc_out;
static const struct rpi_acpi_pinctrl_desc *qemu_pc_desc;

/* The PL061 line bit of @pin, or 0 when the pin is not wired to it */
static uint32_t qemu_pc_line(unsigned int pin)
{
	unsigned int line;

	if (pin < RPI_ACPI_PC_PL061_FIRST_PIN) {
		return 0U;
	}
	line = pin - RPI_ACPI_PC_PL061_FIRST_PIN + RPI_ACPI_PC_PL061_FIRST_LINE;
	if (line >= PL061_NLINES) {
		return 0U;
	}
	return BIT_32(line) & RPI_ACPI_PC_PL061_LINES;
}

static bool qemu_pc_is_output(unsigned int pin)
{
	return qemu_pc_mux[pin] == qemu_pc_desc->mux_output;
}

/* Drive @line (one bit) to the pin's latch: GPIODATA's address mask */
static void qemu_pc_drive(unsigned int pin, uint32_t line)
{
	mmio_write_8(PL061_DATA(line),
		     ((qemu_pc_out & BIT_64(pin)) != 0U) ? line : 0U);
}

int rpi_acpi_pinctrl_plat_setup(void)
{
	unsigned int pin;
	uint32_t dir;

	qemu_pc_desc = rpi_acpi_pinctrl_plat_desc();
	if (qemu_pc_desc->npins > QEMU_PC_MAX_PINS) {
		return -1;
	}
	/* Reset state: every pin a GPIO input with its pull, latches 0 */
	for (pin = 0U; pin < qemu_pc_desc->npins; pin++) {
		qemu_pc_mux[pin] = qemu_pc_desc->mux_input;
		qemu_pc_pull[pin] = qemu_pc_desc->default_pull[pin];
	}
	qemu_pc_out = 0U;
	dir = mmio_read_8(PL061_DIR);
	mmio_write_8(PL061_DIR, dir & ~RPI_ACPI_PC_PL061_LINES);
	return 0;
}

unsigned int rpi_acpi_pinctrl_plat_get_mux(unsigned int pin)
{
	return qemu_pc_mux[pin];
}

/*
 * An output: GPIODIR first, then GPIODATA (the PL061 ignores data writes
 * to input lines), so the line drives the latch right after it turns.
 */
void rpi_acpi_pinctrl_plat_set_mux(unsigned int pin, unsigned int mux)
{
	uint32_t line = qemu_pc_line(pin);
	uint32_t dir;

	qemu_pc_mux[pin] = (uint8_t)mux;
	if (line == 0U) {
		return;
	}
	dir = mmio_read_8(PL061_DIR);
	if (qemu_pc_is_output(pin)) {
		mmio_write_8(PL061_DIR, dir | line);
		qemu_pc_drive(pin, line);
	} else {
		mmio_write_8(PL061_DIR, dir & ~line);
	}
}

unsigned int rpi_acpi_pinctrl_plat_get_pull(unsigned int pin)
{
	return qemu_pc_pull[pin];
}

void rpi_acpi_pinctrl_plat_set_pull(unsigned int pin, unsigned int pull)
{
	qemu_pc_pull[pin] = (uint8_t)pull;
}

bool rpi_acpi_pinctrl_plat_get_level(unsigned int pin)
{
	uint32_t line = qemu_pc_line(pin);

	if (line != 0U) {
		return (mmio_read_8(PL061_DATA(line)) & line) != 0U;
	}
	if (qemu_pc_is_output(pin)) {
		return (qemu_pc_out & BIT_64(pin)) != 0U;
	}
	return qemu_pc_pull[pin] == RPI_ACPI_PULL_UP;
}

bool rpi_acpi_pinctrl_plat_get_output(unsigned int pin)
{
	return (qemu_pc_out & BIT_64(pin)) != 0U;
}

void rpi_acpi_pinctrl_plat_set_output(unsigned int pin, bool high)
{
	uint32_t line = qemu_pc_line(pin);

	if (high) {
		qemu_pc_out |= BIT_64(pin);
	} else {
		qemu_pc_out &= ~BIT_64(pin);
	}
	if ((line != 0U) && qemu_pc_is_output(pin)) {
		qemu_pc_drive(pin, line);
	}
}

/**
 * rpi_acpi_pinctrl_test_pl061() - TEST_PL061: the PL061 as EL3 sees it
 * @data: set to GPIODATA, all 8 lines
 * @dir: set to GPIODIR
 */
void rpi_acpi_pinctrl_test_pl061(uint32_t *data, uint32_t *dir)
{
	*data = mmio_read_8(PL061_DATA(PL061_ALL_LINES));
	*dir = mmio_read_8(PL061_DIR);
}
