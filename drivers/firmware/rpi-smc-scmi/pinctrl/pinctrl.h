/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rpi-scmi-pinctrl: the pin controller the firmware serves through SCMI
 * pin control, as a Linux pinctrl device and a gpio_chip on its pins.
 */
#ifndef PINCTRL_RPI_SCMI_H
#define PINCTRL_RPI_SCMI_H

#include <linux/gpio/driver.h>
#include <linux/mutex.h>
#include <linux/pinctrl/pinctrl.h>

#include "protocol.h"

/**
 * struct rpi_scmi_pctl_group - a group of pins, as the firmware lists it
 * @name: its name
 * @pins: its pins
 * @npins: how many
 */
struct rpi_scmi_pctl_group {
	const char *name;
	unsigned int *pins;
	unsigned int npins;
};

/**
 * struct rpi_scmi_pctl_func - a function and the groups that can take it
 * @name: its name
 * @groups: the groups' names
 * @ngroups: how many
 */
struct rpi_scmi_pctl_func {
	const char *name;
	const char **groups;
	unsigned int ngroups;
};

/**
 * struct rpi_scmi_gpio_irq - the GPIO chip's interrupts (gpio_irq.c)
 * @nb: takes the firmware's GPIO_IRQ_EVENT notifications
 * @registered: @nb is registered: the chip has interrupts
 * @armed: the pins that were given a trigger, disarmed on unbind
 * @seen: a notification came since the chip was added
 * @sequence: the last notification's sequence number
 * @events: notifications taken
 */
struct rpi_scmi_gpio_irq {
	struct rpi_scmi_notifier nb;
	bool registered;
	unsigned long *armed;
	bool seen;
	u32 sequence;
	unsigned int events;
};

/**
 * struct rpi_scmi_pctl - one pin controller behind the firmware
 * @dev: the device
 * @agent: the SCMI agent that reaches the firmware
 * @n: pins, groups and functions the firmware has
 * @pins: the pins, numbered as the firmware numbers them
 * @pin_names: their names, for the GPIO lines
 * @groups: the groups
 * @funcs: the functions
 * @desc: what the pinctrl core is told
 * @pctldev: the pinctrl device
 * @gc: the GPIO chip on the same pins
 * @pin_users: per pin, how many pinmux users hold it (owner.c)
 * @owner_lock: protects @pin_users and the REQUEST/RELEASE they stand for
 * @irq: the GPIO chip's interrupts, when the firmware serves them
 */
struct rpi_scmi_pctl {
	struct device *dev;
	struct rpi_scmi_agent *agent;
	struct rpi_scmi_pc_counts n;
	struct pinctrl_pin_desc *pins;
	const char **pin_names;
	struct rpi_scmi_pctl_group *groups;
	struct rpi_scmi_pctl_func *funcs;
	struct pinctrl_desc desc;
	struct pinctrl_dev *pctldev;
	struct gpio_chip gc;
	unsigned int *pin_users;
	struct mutex owner_lock; /* @pin_users, REQUEST and RELEASE */
	struct rpi_scmi_gpio_irq irq;
};

int rpi_scmi_pconf_to_scmi(unsigned long config, u32 *conf, u32 *value);
int rpi_scmi_pconf_type(unsigned long config, u32 *conf);
void rpi_scmi_gpio_init(struct rpi_scmi_pctl *pctl);
int rpi_scmi_gpio_register(struct rpi_scmi_pctl *pctl);
int rpi_scmi_gpio_irq_init(struct rpi_scmi_pctl *pctl);
int rpi_scmi_gpio_irq_start(struct rpi_scmi_pctl *pctl);
int rpi_scmi_owner_init(struct rpi_scmi_pctl *pctl);
int rpi_scmi_owner_get(struct rpi_scmi_pctl *pctl, unsigned int pin);
int rpi_scmi_owner_put(struct rpi_scmi_pctl *pctl, unsigned int pin);

#endif /* PINCTRL_RPI_SCMI_H */
