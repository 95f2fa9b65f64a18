// SPDX-License-Identifier: GPL-2.0
/*
 * The DWC2's role (dr_mode): the module parameter, else the firmware's
 * _DSD property, else the DWC2 core's own default.
 */

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>

#include "dwc2-acpi.h"

static const char *const dwc2_acpi_roles[] = {
	[USB_DR_MODE_HOST] = "host",
	[USB_DR_MODE_PERIPHERAL] = "peripheral",
	[USB_DR_MODE_OTG] = "otg",
};

/**
 * dwc2_acpi_role_parse() - a role from its name
 * @s: "host", "peripheral" or "otg" (a trailing newline is allowed)
 * @mode: set to the role
 *
 * Return: 0, or -EINVAL for any other string.
 */
int dwc2_acpi_role_parse(const char *s, enum usb_dr_mode *mode)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(dwc2_acpi_roles); i++) {
		if (dwc2_acpi_roles[i] && sysfs_streq(s, dwc2_acpi_roles[i])) {
			*mode = i;
			return 0;
		}
	}
	return -EINVAL;
}

/**
 * dwc2_acpi_role_choose() - the role the controller gets, and from where
 * @param: the module parameter ("" when not given)
 * @dsd: the firmware's _DSD value, or NULL when it has none
 * @mode: set to the role (USB_DR_MODE_UNKNOWN: the core decides)
 * @source: set to where it came from
 *
 * Return: 0, or -EINVAL when the value that applies is not a role.
 */
int dwc2_acpi_role_choose(const char *param, const char *dsd,
			  enum usb_dr_mode *mode,
			  enum dwc2_acpi_role_source *source)
{
	*mode = USB_DR_MODE_UNKNOWN;
	*source = DWC2_ACPI_ROLE_DEFAULT;
	if (param && *param) {
		*source = DWC2_ACPI_ROLE_PARAM;
		return dwc2_acpi_role_parse(param, mode);
	}
	if (dsd) {
		*source = DWC2_ACPI_ROLE_DSD;
		return dwc2_acpi_role_parse(dsd, mode);
	}
	return 0;
}

/**
 * dwc2_acpi_role_name() - a role's name
 * @mode: the role
 *
 * Return: its name, or "default" when the core decides.
 */
const char *dwc2_acpi_role_name(enum usb_dr_mode mode)
{
	if (mode < ARRAY_SIZE(dwc2_acpi_roles) && dwc2_acpi_roles[mode])
		return dwc2_acpi_roles[mode];
	return "default";
}

/**
 * dwc2_acpi_role_source_name() - where a role came from, by name
 * @source: the source
 *
 * Return: "parameter", "_DSD" or "default".
 */
const char *dwc2_acpi_role_source_name(enum dwc2_acpi_role_source source)
{
	switch (source) {
	case DWC2_ACPI_ROLE_PARAM:
		return "parameter";
	case DWC2_ACPI_ROLE_DSD:
		return "_DSD";
	default:
		return "default";
	}
}
