/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal interfaces of the rpi-acpi SCMI pin control protocol, between
 * its discovery and ownership messages (rpi_acpi_pinctrl.c) and its
 * settings messages (rpi_acpi_pinctrl_conf.c).
 */

#ifndef RPI_ACPI_PINCTRL_PRIVATE_H
#define RPI_ACPI_PINCTRL_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <plat/rpi_acpi_pinctrl_plat.h>

#include "scmi-msg/common.h"

/**
 * struct rpi_acpi_pc_target - the pin or group a message names
 * @group: the group, or NULL for a pin
 * @pins: its pins
 * @npins: how many
 * @pin: storage for @pins when the target is a pin
 */
struct rpi_acpi_pc_target {
	const struct rpi_acpi_pinctrl_group *group;
	const uint8_t *pins;
	unsigned int npins;
	uint8_t pin;
};

const struct rpi_acpi_pinctrl_desc *rpi_acpi_pc_desc(void);
int32_t rpi_acpi_pc_get_target(uint32_t type, uint32_t id,
			       struct rpi_acpi_pc_target *t);
bool rpi_acpi_pc_func_allowed(const struct rpi_acpi_pc_target *t,
			      unsigned int func);
uint32_t rpi_acpi_pc_func_selected(const struct rpi_acpi_pc_target *t);
void rpi_acpi_pc_lock(void);
void rpi_acpi_pc_unlock(void);

/* The settings messages (rpi_acpi_pinctrl_conf.c) */
void rpi_acpi_pc_settings_get(struct scmi_msg *msg);
void rpi_acpi_pc_settings_configure(struct scmi_msg *msg);

#endif /* RPI_ACPI_PINCTRL_PRIVATE_H */
