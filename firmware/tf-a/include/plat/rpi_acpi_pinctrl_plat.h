/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the rpi-acpi SCMI pin control protocol (services/rpi_acpi_scmi/
 * rpi_acpi_pinctrl*.c) asks of a platform: a description of its pins,
 * groups and functions, and per-pin access to the hardware's function
 * select, pull, input level and output latch.
 *
 * The description of a BCM2711-shaped controller is
 * plat/common/rpi_acpi_bcm2711_pins.c; each platform's backend
 * (plat/qemu/rpi_acpi_qemu_pinctrl.c, plat/rpi4/rpi_acpi_rpi4_pinctrl.c)
 * provides the per-pin hooks. The service serialises every hook call with
 * one lock: a backend takes none of its own, and every @pin it is given is
 * below the description's npins.
 */

#ifndef RPI_ACPI_PINCTRL_PLAT_H
#define RPI_ACPI_PINCTRL_PLAT_H

#include <stdbool.h>
#include <stdint.h>

#include <lib/utils_def.h>

/* Pull settings, in the BCM2711's GPIO_PUP_PDN_CNTRL encoding */
#define RPI_ACPI_PULL_NONE	U(0)
#define RPI_ACPI_PULL_UP	U(1)
#define RPI_ACPI_PULL_DOWN	U(2)

/**
 * struct rpi_acpi_pinctrl_group - a group of pins
 * @name: its name (at most 63 characters)
 * @pins: its pins, in the order LIST_ASSOCIATIONS lists them
 * @npins: how many (at least 1)
 * @funcs: bit f set when function f can be selected on the group
 */
struct rpi_acpi_pinctrl_group {
	const char *name;
	const uint8_t *pins;
	uint8_t npins;
	uint32_t funcs;
};

/**
 * struct rpi_acpi_pinctrl_func - a function
 * @name: its name (at most 63 characters)
 * @mux: the hardware's function select value it stands for
 */
struct rpi_acpi_pinctrl_func {
	const char *name;
	uint8_t mux;
};

/**
 * struct rpi_acpi_pinctrl_desc - a pin controller
 * @npins: number of pins (at most 64)
 * @pin_names: their names (at most 63 characters each)
 * @default_pull: each pin's pull after reset (RPI_ACPI_PULL_*)
 * @ngroups: number of groups
 * @groups: the groups
 * @nfuncs: number of functions (at most 32)
 * @funcs: the functions
 * @mux_input: the function select value of a GPIO input
 * @mux_output: the function select value of a GPIO output
 */
struct rpi_acpi_pinctrl_desc {
	unsigned int npins;
	const char *const *pin_names;
	const uint8_t *default_pull;
	unsigned int ngroups;
	const struct rpi_acpi_pinctrl_group *groups;
	unsigned int nfuncs;
	const struct rpi_acpi_pinctrl_func *funcs;
	uint8_t mux_input;
	uint8_t mux_output;
};

/**
 * rpi_acpi_pinctrl_plat_desc() - the platform's pin controller
 *
 * Return: its description, constant for the firmware's life.
 */
const struct rpi_acpi_pinctrl_desc *rpi_acpi_pinctrl_plat_desc(void);

/**
 * rpi_acpi_pinctrl_plat_setup() - prepare the backend, once, at boot
 *
 * Called before any other hook, from the SCMI server's setup.
 *
 * Return: 0, or a negative error: the protocol is then not served.
 */
int rpi_acpi_pinctrl_plat_setup(void);

/**
 * rpi_acpi_pinctrl_plat_get_mux() - a pin's function select value
 * @pin: the pin
 *
 * Return: the value, one of the description's functions' @mux.
 */
unsigned int rpi_acpi_pinctrl_plat_get_mux(unsigned int pin);

/**
 * rpi_acpi_pinctrl_plat_set_mux() - select a pin's function
 * @pin: the pin
 * @mux: a function's @mux
 *
 * When @mux is the description's @mux_output, the pin drives its output
 * latch (rpi_acpi_pinctrl_plat_set_output()) from then on.
 */
void rpi_acpi_pinctrl_plat_set_mux(unsigned int pin, unsigned int mux);

/**
 * rpi_acpi_pinctrl_plat_get_pull() - a pin's pull
 * @pin: the pin
 *
 * Return: RPI_ACPI_PULL_NONE, _UP or _DOWN.
 */
unsigned int rpi_acpi_pinctrl_plat_get_pull(unsigned int pin);

/**
 * rpi_acpi_pinctrl_plat_set_pull() - set a pin's pull
 * @pin: the pin
 * @pull: RPI_ACPI_PULL_NONE, _UP or _DOWN
 */
void rpi_acpi_pinctrl_plat_set_pull(unsigned int pin, unsigned int pull);

/**
 * rpi_acpi_pinctrl_plat_get_level() - the level a pin reads
 * @pin: the pin
 *
 * Return: true when high; for a GPIO output, the level it drives.
 */
bool rpi_acpi_pinctrl_plat_get_level(unsigned int pin);

/**
 * rpi_acpi_pinctrl_plat_get_output() - a pin's output latch
 * @pin: the pin
 *
 * Return: the level the pin drives, or will drive as a GPIO output.
 */
bool rpi_acpi_pinctrl_plat_get_output(unsigned int pin);

/**
 * rpi_acpi_pinctrl_plat_set_output() - set a pin's output latch
 * @pin: the pin
 * @high: the level
 *
 * A GPIO output drives @high at once; any other pin keeps it for when it
 * becomes one.
 */
void rpi_acpi_pinctrl_plat_set_output(unsigned int pin, bool high);

#endif /* RPI_ACPI_PINCTRL_PLAT_H */
