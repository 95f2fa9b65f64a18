/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SCMI pin control protocol (0x19, SCMI v3.2 section 4.11): the commands
 * the pinctrl and GPIO glue of rpi-scmi-pinctrl make, on top of the agent.
 */
#ifndef RPI_SCMI_PINCTRL_PROTOCOL_H
#define RPI_SCMI_PINCTRL_PROTOCOL_H

#include <linux/types.h>

#include <rpi-acpi/rpi-scmi.h>

#define RPI_SCMI_PC_NAME_LEN		64	/* extended names, NUL included */
#define RPI_SCMI_PC_NO_FUNCTION		0xffffffff

/**
 * enum rpi_scmi_pc_type - what an identifier names
 * @RPI_SCMI_PC_PIN: a pin
 * @RPI_SCMI_PC_GROUP: a group of pins
 * @RPI_SCMI_PC_FUNCTION: a function
 */
enum rpi_scmi_pc_type {
	RPI_SCMI_PC_PIN = 0,
	RPI_SCMI_PC_GROUP = 1,
	RPI_SCMI_PC_FUNCTION = 2,
};

/**
 * enum rpi_scmi_pc_conf - pin configuration types (SCMI v3.2 table 24)
 * @RPI_SCMI_PC_DEFAULT: the pin's default configuration
 * @RPI_SCMI_PC_BIAS_BUS_HOLD: bus-hold bias
 * @RPI_SCMI_PC_BIAS_DISABLE: no bias
 * @RPI_SCMI_PC_BIAS_HIGH_IMPEDANCE: high impedance
 * @RPI_SCMI_PC_BIAS_PULL_UP: pull-up
 * @RPI_SCMI_PC_BIAS_PULL_DEFAULT: the pin's default pull
 * @RPI_SCMI_PC_BIAS_PULL_DOWN: pull-down
 * @RPI_SCMI_PC_DRIVE_OPEN_DRAIN: open drain
 * @RPI_SCMI_PC_DRIVE_OPEN_SOURCE: open source
 * @RPI_SCMI_PC_DRIVE_PUSH_PULL: push-pull
 * @RPI_SCMI_PC_DRIVE_STRENGTH: drive strength in mA
 * @RPI_SCMI_PC_INPUT_DEBOUNCE: debounce time
 * @RPI_SCMI_PC_INPUT_MODE: input buffer enabled (1) or not (0)
 * @RPI_SCMI_PC_PULL_MODE: pull strength
 * @RPI_SCMI_PC_INPUT_VALUE: the level the pin reads
 * @RPI_SCMI_PC_INPUT_SCHMITT: Schmitt trigger
 * @RPI_SCMI_PC_LOW_POWER_MODE: low-power mode
 * @RPI_SCMI_PC_OUTPUT_MODE: output driver enabled (1) or not (0)
 * @RPI_SCMI_PC_OUTPUT_VALUE: the level the pin drives
 * @RPI_SCMI_PC_POWER_SOURCE: power source selector
 * @RPI_SCMI_PC_SLEW_RATE: slew rate
 */
enum rpi_scmi_pc_conf {
	RPI_SCMI_PC_DEFAULT = 0,
	RPI_SCMI_PC_BIAS_BUS_HOLD = 1,
	RPI_SCMI_PC_BIAS_DISABLE = 2,
	RPI_SCMI_PC_BIAS_HIGH_IMPEDANCE = 3,
	RPI_SCMI_PC_BIAS_PULL_UP = 4,
	RPI_SCMI_PC_BIAS_PULL_DEFAULT = 5,
	RPI_SCMI_PC_BIAS_PULL_DOWN = 6,
	RPI_SCMI_PC_DRIVE_OPEN_DRAIN = 7,
	RPI_SCMI_PC_DRIVE_OPEN_SOURCE = 8,
	RPI_SCMI_PC_DRIVE_PUSH_PULL = 9,
	RPI_SCMI_PC_DRIVE_STRENGTH = 10,
	RPI_SCMI_PC_INPUT_DEBOUNCE = 11,
	RPI_SCMI_PC_INPUT_MODE = 12,
	RPI_SCMI_PC_PULL_MODE = 13,
	RPI_SCMI_PC_INPUT_VALUE = 14,
	RPI_SCMI_PC_INPUT_SCHMITT = 15,
	RPI_SCMI_PC_LOW_POWER_MODE = 16,
	RPI_SCMI_PC_OUTPUT_MODE = 17,
	RPI_SCMI_PC_OUTPUT_VALUE = 18,
	RPI_SCMI_PC_POWER_SOURCE = 19,
	RPI_SCMI_PC_SLEW_RATE = 20,
};

/**
 * struct rpi_scmi_pc_counts - PROTOCOL_ATTRIBUTES
 * @pins: number of pins
 * @groups: number of groups
 * @functions: number of functions
 */
struct rpi_scmi_pc_counts {
	u16 pins;
	u16 groups;
	u16 functions;
};

int rpi_scmi_pc_counts(struct rpi_scmi_agent *agent,
		       struct rpi_scmi_pc_counts *counts);
int rpi_scmi_pc_attributes(struct rpi_scmi_agent *agent,
			   enum rpi_scmi_pc_type type, u32 id,
			   char name[RPI_SCMI_PC_NAME_LEN], u32 *n_elems);
int rpi_scmi_pc_list(struct rpi_scmi_agent *agent, enum rpi_scmi_pc_type type,
		     u32 id, u32 n, u32 *ids);
int rpi_scmi_pc_get(struct rpi_scmi_agent *agent, enum rpi_scmi_pc_type type,
		    u32 id, enum rpi_scmi_pc_conf conf, u32 *value);
int rpi_scmi_pc_function_get(struct rpi_scmi_agent *agent,
			     enum rpi_scmi_pc_type type, u32 id, u32 *function);
int rpi_scmi_pc_configure(struct rpi_scmi_agent *agent,
			  enum rpi_scmi_pc_type type, u32 id, u32 function,
			  const u32 *confs, const u32 *values, u32 n);
int rpi_scmi_pc_request(struct rpi_scmi_agent *agent,
			enum rpi_scmi_pc_type type, u32 id, bool request);

#endif /* RPI_SCMI_PINCTRL_PROTOCOL_H */
