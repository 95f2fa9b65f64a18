/* SPDX-License-Identifier: GPL-2.0 */
/* The glue's state for each controller it claims (glue.c, sysfs.c). */
#ifndef DWC2_ACPI_GLUE_H
#define DWC2_ACPI_GLUE_H

#include <linux/device.h>
#include <linux/list.h>
#include <linux/property.h>
#include <linux/workqueue.h>

#include "dwc2-acpi.h"

/**
 * struct dwc2_acpi - one controller the glue has claimed
 * @node: in the glue's list of controllers
 * @dev: the firmware's device (a reference)
 * @handover: hands @dev to dwc2 once the glue has decided
 * @decided: the fields below hold the glue's last decision
 * @window: the controller's DMA window
 * @mode: how it does DMA
 * @role: its role (USB_DR_MODE_UNKNOWN: dwc2's default)
 * @role_source: where @role came from
 * @props: the role as a property for dwc2
 * @swnode: the software node holding @props
 * @role_added: @swnode is on @dev
 * @groups_added: the glue's sysfs attributes are on @dev
 *
 * It lives from the glue's load to its unload, across the bindings of
 * @dev to the glue and to dwc2.
 */
struct dwc2_acpi {
	struct list_head node;
	struct device *dev;
	struct work_struct handover;
	bool decided;
	struct dwc2_acpi_window window;
	enum dwc2_acpi_dma_mode mode;
	enum usb_dr_mode role;
	enum dwc2_acpi_role_source role_source;
	struct property_entry props[2];
	struct software_node swnode;
	bool role_added;
	bool groups_added;
};

struct dwc2_acpi *dwc2_acpi_find(struct device *dev);

extern const struct attribute_group dwc2_acpi_group;

#endif /* DWC2_ACPI_GLUE_H */
