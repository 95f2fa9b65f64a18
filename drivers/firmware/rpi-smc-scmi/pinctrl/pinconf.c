// SPDX-License-Identifier: GPL-2.0
/*
 * Generic pin configuration (linux/pinctrl/pinconf-generic.h) to SCMI pin
 * configuration types and back: one table both ways.
 */

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/pinctrl/pinconf-generic.h>

#include <rpi-acpi/compat.h>

#include "pinctrl.h"

static const struct {
	enum pin_config_param param;
	enum rpi_scmi_pc_conf conf;
} rpi_scmi_pconf_map[] = {
	{ PIN_CONFIG_BIAS_BUS_HOLD, RPI_SCMI_PC_BIAS_BUS_HOLD },
	{ PIN_CONFIG_BIAS_DISABLE, RPI_SCMI_PC_BIAS_DISABLE },
	{ PIN_CONFIG_BIAS_HIGH_IMPEDANCE, RPI_SCMI_PC_BIAS_HIGH_IMPEDANCE },
	{ PIN_CONFIG_BIAS_PULL_UP, RPI_SCMI_PC_BIAS_PULL_UP },
	{ PIN_CONFIG_BIAS_PULL_PIN_DEFAULT, RPI_SCMI_PC_BIAS_PULL_DEFAULT },
	{ PIN_CONFIG_BIAS_PULL_DOWN, RPI_SCMI_PC_BIAS_PULL_DOWN },
	{ PIN_CONFIG_DRIVE_OPEN_DRAIN, RPI_SCMI_PC_DRIVE_OPEN_DRAIN },
	{ PIN_CONFIG_DRIVE_OPEN_SOURCE, RPI_SCMI_PC_DRIVE_OPEN_SOURCE },
	{ PIN_CONFIG_DRIVE_PUSH_PULL, RPI_SCMI_PC_DRIVE_PUSH_PULL },
	{ PIN_CONFIG_DRIVE_STRENGTH, RPI_SCMI_PC_DRIVE_STRENGTH },
	{ PIN_CONFIG_INPUT_DEBOUNCE, RPI_SCMI_PC_INPUT_DEBOUNCE },
	{ PIN_CONFIG_INPUT_ENABLE, RPI_SCMI_PC_INPUT_MODE },
	{ PIN_CONFIG_INPUT_SCHMITT_ENABLE, RPI_SCMI_PC_INPUT_SCHMITT },
	{ PIN_CONFIG_MODE_LOW_POWER, RPI_SCMI_PC_LOW_POWER_MODE },
	{ PIN_CONFIG_OUTPUT_ENABLE, RPI_SCMI_PC_OUTPUT_MODE },
	{ PIN_CONFIG_LEVEL, RPI_SCMI_PC_OUTPUT_VALUE },
	{ PIN_CONFIG_POWER_SOURCE, RPI_SCMI_PC_POWER_SOURCE },
	{ PIN_CONFIG_SLEW_RATE, RPI_SCMI_PC_SLEW_RATE },
};

/**
 * rpi_scmi_pconf_type() - the SCMI type of a generic parameter
 * @config: a packed generic configuration (its parameter is used)
 * @conf: set to the SCMI configuration type
 *
 * Return: 0, or -ENOTSUPP for a parameter SCMI has no type for (the
 * pinconf core's "not supported").
 */
int rpi_scmi_pconf_type(unsigned long config, u32 *conf)
{
	enum pin_config_param param = pinconf_to_config_param(config);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rpi_scmi_pconf_map); i++) {
		if (rpi_scmi_pconf_map[i].param == param) {
			*conf = rpi_scmi_pconf_map[i].conf;
			return 0;
		}
	}
	return -ENOTSUPP;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pconf_type);

/**
 * rpi_scmi_pconf_to_scmi() - a generic configuration as SCMI type and value
 * @config: a packed generic configuration
 * @conf: set to the SCMI configuration type
 * @value: set to the value to send
 *
 * Bias and drive-mode parameters are flags: SCMI takes 1 to set them,
 * whatever argument the generic configuration carries.
 *
 * Return: 0, or -ENOTSUPP.
 */
int rpi_scmi_pconf_to_scmi(unsigned long config, u32 *conf, u32 *value)
{
	int ret = rpi_scmi_pconf_type(config, conf);

	if (ret)
		return ret;
	*value = pinconf_to_config_argument(config);
	if (*conf <= RPI_SCMI_PC_DRIVE_PUSH_PULL)
		*value = 1;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_pconf_to_scmi);
