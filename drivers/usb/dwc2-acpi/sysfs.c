// SPDX-License-Identifier: GPL-2.0
/*
 * The glue's decision in sysfs, on the firmware's device whichever driver
 * holds it (Documentation/ABI/testing/sysfs-driver-dwc2-acpi).
 */

#include <linux/device.h>
#include <linux/sysfs.h>

#include "dwc2-acpi.h"
#include "glue.h"

static ssize_t dma_mode_show(struct device *dev, struct device_attribute *attr,
			     char *buf)
{
	struct dwc2_acpi *ctrl = dwc2_acpi_find(dev);

	if (!ctrl || !ctrl->decided)
		return sysfs_emit(buf, "undecided\n");
	return sysfs_emit(buf, "%s\n", dwc2_acpi_dma_mode_name(ctrl->mode));
}
static DEVICE_ATTR_RO(dma_mode);

static ssize_t dma_window_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	struct dwc2_acpi *ctrl = dwc2_acpi_find(dev);
	const struct dwc2_acpi_range *r;
	unsigned int i;
	int n;

	if (!ctrl || !ctrl->decided)
		return sysfs_emit(buf, "none\n");
	n = sysfs_emit(buf, "%s\n",
		       dwc2_acpi_dma_source_name(ctrl->window.source));
	for (i = 0; i < ctrl->window.nr; i++) {
		r = &ctrl->window.range[i];
		n += sysfs_emit_at(buf, n, "cpu 0x%llx-0x%llx bus 0x%llx-0x%llx\n",
				   r->cpu_start, r->cpu_end, r->bus_start,
				   r->bus_start + (r->cpu_end - r->cpu_start));
	}
	return n;
}
static DEVICE_ATTR_RO(dma_window);

static ssize_t dr_mode_show(struct device *dev, struct device_attribute *attr,
			    char *buf)
{
	struct dwc2_acpi *ctrl = dwc2_acpi_find(dev);

	if (!ctrl || !ctrl->decided)
		return sysfs_emit(buf, "undecided\n");
	return sysfs_emit(buf, "%s %s\n", dwc2_acpi_role_name(ctrl->role),
			  dwc2_acpi_role_source_name(ctrl->role_source));
}
static DEVICE_ATTR_RO(dr_mode);

static struct attribute *dwc2_acpi_attrs[] = {
	&dev_attr_dma_mode.attr,
	&dev_attr_dma_window.attr,
	&dev_attr_dr_mode.attr,
	NULL
};

const struct attribute_group dwc2_acpi_group = {
	.attrs = dwc2_acpi_attrs,
};
