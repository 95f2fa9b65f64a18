// SPDX-License-Identifier: GPL-2.0
/*
 * ACPI glue for the Raspberry Pi 4's DWC2 controller (the Type-C port,
 * _HID BCM2848). The glue claims the firmware's device before upstream's
 * dwc2 may drive it, decides the controller's role and whether its DMA
 * can be kept inside the first GB, and only then hands the device to
 * dwc2, with the role as a software node property.
 *
 * dwc2 drives the firmware's device itself, not a child of the glue's:
 * it takes its Broadcom parameters from the BCM2848 match, which the
 * kernel gives only to the first device of an ACPI node, and without a
 * match it reads its parent as a PCI device.
 *
 * Who binds the device is fixed by its driver_override, whatever order
 * the modules load in: "dwc2-acpi" while the glue decides or keeps the
 * controller off, "dwc2" once it has handed it over; cleared, with the
 * role, when the glue unloads, so that dwc2 drives it as it did before.
 */

#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <rpi-acpi/compat.h>

#include "dwc2-acpi.h"
#include "dma-view.h"
#include "glue.h"

#define DWC2_ACPI_NAME	"dwc2-acpi"
#define DWC2_CORE_NAME	"dwc2"

static char *dwc2_acpi_dr_mode = "";
module_param_named(dr_mode, dwc2_acpi_dr_mode, charp, 0444);
MODULE_PARM_DESC(dr_mode,
		 "host, peripheral or otg (default: the firmware's _DSD)");

static const struct acpi_device_id dwc2_acpi_ids[] = {
	{ "BCM2848" },
	{ }
};
MODULE_DEVICE_TABLE(acpi, dwc2_acpi_ids);

/* The controllers the glue has claimed, for its unload. */
static LIST_HEAD(dwc2_acpi_ctrls);
static DEFINE_MUTEX(dwc2_acpi_lock);

/**
 * dwc2_acpi_find() - the glue's state for a controller
 * @dev: the firmware's device
 *
 * Return: the state, or NULL when the glue has not claimed @dev.
 */
struct dwc2_acpi *dwc2_acpi_find(struct device *dev)
{
	struct dwc2_acpi *ctrl;

	mutex_lock(&dwc2_acpi_lock);
	list_for_each_entry(ctrl, &dwc2_acpi_ctrls, node)
		if (ctrl->dev == dev)
			goto out;
	ctrl = NULL;
out:
	mutex_unlock(&dwc2_acpi_lock);
	return ctrl;
}

/*
 * A string from the firmware's _DSD alone: the role node the glue gives
 * dwc2 is a secondary of the same ACPI node and must not answer for it.
 */
static int dwc2_acpi_dsd_string(struct device *dev, const char *name,
				const char **value)
{
	const union acpi_object *obj;
	int ret;

	ret = acpi_dev_get_property(ACPI_COMPANION(dev), name, ACPI_TYPE_STRING,
				    &obj);
	if (!ret)
		*value = obj->string.pointer;
	return ret;
}

static int dwc2_acpi_get_role(struct device *dev, struct dwc2_acpi *ctrl)
{
	const char *dsd = NULL, *fw;
	int ret;

	ret = dwc2_acpi_dsd_string(dev, DWC2_ACPI_ROLE_PROPERTY, &dsd);
	if (ret && ret != -EINVAL)
		return dev_err_probe(dev, ret, "%s is not a string\n",
				     DWC2_ACPI_ROLE_PROPERTY);
	ret = dwc2_acpi_role_choose(dwc2_acpi_dr_mode, dsd, &ctrl->role,
				    &ctrl->role_source);
	if (ret)
		return dev_err_probe(dev, ret, "bad role '%s' from the %s\n",
				     ctrl->role_source == DWC2_ACPI_ROLE_PARAM ?
				     dwc2_acpi_dr_mode : dsd,
				     ctrl->role_source == DWC2_ACPI_ROLE_PARAM ?
				     "dr_mode parameter" : "firmware");
	/* dwc2 reads a plain dr_mode on the ACPI node before the glue's. */
	if (ctrl->role != USB_DR_MODE_UNKNOWN &&
	    !dwc2_acpi_dsd_string(dev, "dr_mode", &fw))
		dev_warn(dev, "the firmware's dr_mode '%s' takes precedence over %s\n",
			 fw, dwc2_acpi_role_name(ctrl->role));
	return 0;
}

/* Off because the kernel translates a range otherwise: say how. */
static void dwc2_acpi_explain_xlat(struct device *dev,
				   const struct dwc2_acpi_window *w,
				   const struct dwc2_acpi_dma_view *v)
{
	const struct dwc2_acpi_range *r;
	int i;

	i = dwc2_acpi_xlat_mismatch(w, v);
	if (i < 0)
		return;
	r = &w->range[i];
	dev_info(dev, "%s window: CPU 0x%llx-0x%llx is bus 0x%llx-0x%llx, but the kernel would use bus 0x%llx-0x%llx\n",
		 dwc2_acpi_dma_source_name(w->source), r->cpu_start, r->cpu_end,
		 r->bus_start, r->bus_start + (r->cpu_end - r->cpu_start),
		 v->xlat[i].first, v->xlat[i].last);
}

static int dwc2_acpi_get_dma(struct device *dev, struct dwc2_acpi *ctrl)
{
	struct dwc2_acpi_dma_view view;
	const char *why = "";
	int ret;

	ret = dwc2_acpi_dma_window(ACPI_COMPANION(dev), &ctrl->window, &why);
	if (ret)
		return dev_err_probe(dev, ret, "bad DMA description: %s\n", why);
	dwc2_acpi_dma_view(dev, &ctrl->window, &view);
	ctrl->mode = dwc2_acpi_dma_choose(&ctrl->window, &view, &why);
	if (ctrl->mode != DWC2_ACPI_DMA_OFF)
		return 0;
	dev_warn(dev, "DMA cannot be kept inside the controller's window (%s): the controller stays off\n",
		 why);
	dwc2_acpi_explain_xlat(dev, &ctrl->window, &view);
	return 0;
}

/*
 * Hand the controller to dwc2: the glue lets it go, gives it the role the
 * glue decided, and lets dwc2 (now, or when it loads) bind it. Its DMA
 * runs as the kernel configured it: the glue checked that, and changes
 * nothing.
 */
static void dwc2_acpi_handover(struct work_struct *work)
{
	struct dwc2_acpi *ctrl = container_of(work, struct dwc2_acpi, handover);
	struct device *dev = ctrl->dev;
	int ret;

	device_release_driver(dev);
	if (ctrl->role != USB_DR_MODE_UNKNOWN && !ctrl->role_added) {
		ctrl->props[0] = PROPERTY_ENTRY_STRING("dr_mode",
						       dwc2_acpi_role_name(ctrl->role));
		ctrl->swnode.properties = ctrl->props;
		ret = device_add_software_node(dev, &ctrl->swnode);
		if (ret) {
			dev_err(dev, "cannot give dwc2 the role: %d\n", ret);
			return;
		}
		ctrl->role_added = true;
	}
	ret = rpi_acpi_platform_set_override(to_platform_device(dev),
					     DWC2_CORE_NAME);
	if (ret) {
		dev_err(dev, "cannot hand the controller to dwc2: %d\n", ret);
		return;
	}
	dev_info(dev, "handed to dwc2: role %s (%s), DMA %s below bus 0x%llx (%s)\n",
		 dwc2_acpi_role_name(ctrl->role),
		 dwc2_acpi_role_source_name(ctrl->role_source),
		 dwc2_acpi_dma_mode_name(ctrl->mode),
		 dwc2_acpi_window_bus_end(&ctrl->window),
		 dwc2_acpi_dma_source_name(ctrl->window.source));
	if (device_attach(dev) < 0)
		dev_warn(dev, "dwc2 cannot bind the controller\n");
}

static int dwc2_acpi_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct dwc2_acpi *ctrl;
	const char *why;
	int ret;

	ctrl = dwc2_acpi_find(dev);
	if (!ctrl || !ACPI_COMPANION(dev))
		return -ENODEV;
	ctrl->decided = false;
	ret = dwc2_acpi_check_resources(pdev->resource, pdev->num_resources,
					&why);
	if (ret)
		return dev_err_probe(dev, ret, "%s\n", why);
	ret = dwc2_acpi_get_role(dev, ctrl);
	if (ret)
		return ret;
	ret = dwc2_acpi_get_dma(dev, ctrl);
	if (ret)
		return ret;
	ctrl->decided = true;
	/* Off: the glue keeps the device, so that nothing drives it. */
	if (ctrl->mode != DWC2_ACPI_DMA_OFF)
		schedule_work(&ctrl->handover);
	return 0;
}

static struct platform_driver dwc2_acpi_driver = {
	.probe = dwc2_acpi_probe,
	.driver = {
		.name = DWC2_ACPI_NAME,
	},
};

/* The firmware's controller: a platform device of a BCM2848 node. */
static bool dwc2_acpi_is_controller(struct device *dev)
{
	return acpi_match_device(dwc2_acpi_ids, dev) &&
	       dev == acpi_get_first_physical_node(ACPI_COMPANION(dev));
}

static int dwc2_acpi_claim(struct device *dev, void *unused)
{
	struct device_driver *drv;
	struct dwc2_acpi *ctrl;
	int ret;

	if (!dwc2_acpi_is_controller(dev))
		return 0;
	ctrl = kzalloc(sizeof(*ctrl), GFP_KERNEL);
	if (!ctrl)
		return -ENOMEM;
	ctrl->dev = get_device(dev);
	INIT_WORK(&ctrl->handover, dwc2_acpi_handover);
	mutex_lock(&dwc2_acpi_lock);
	list_add_tail(&ctrl->node, &dwc2_acpi_ctrls);
	mutex_unlock(&dwc2_acpi_lock);

	ret = rpi_acpi_platform_set_override(to_platform_device(dev),
					     DWC2_ACPI_NAME);
	if (ret) {
		dev_warn(dev, "cannot claim the controller: %d\n", ret);
		return 0;
	}
	ctrl->groups_added = !device_add_group(dev, &dwc2_acpi_group);
	drv = READ_ONCE(dev->driver);
	if (drv && drv != &dwc2_acpi_driver.driver) {
		dev_info(dev, "taking the controller from %s\n", drv->name);
		device_release_driver(dev);
	}
	if (device_attach(dev) < 0)
		dev_warn(dev, "cannot bind the controller\n");
	return 0;
}

/* Give the controller back as the glue found it, to dwc2 if it is loaded. */
static void dwc2_acpi_release(struct dwc2_acpi *ctrl)
{
	struct device *dev = ctrl->dev;

	cancel_work_sync(&ctrl->handover);
	if (ctrl->groups_added)
		device_remove_group(dev, &dwc2_acpi_group);
	device_release_driver(dev);
	if (ctrl->role_added)
		device_remove_software_node(dev);
	if (!rpi_acpi_platform_set_override(to_platform_device(dev), "") &&
	    device_attach(dev) < 0)
		dev_warn(dev, "cannot hand the controller back\n");
	put_device(dev);
	kfree(ctrl);
}

static void dwc2_acpi_release_all(void)
{
	struct dwc2_acpi *ctrl, *tmp;
	LIST_HEAD(ctrls);

	mutex_lock(&dwc2_acpi_lock);
	list_splice_init(&dwc2_acpi_ctrls, &ctrls);
	mutex_unlock(&dwc2_acpi_lock);
	list_for_each_entry_safe(ctrl, tmp, &ctrls, node)
		dwc2_acpi_release(ctrl);
}

static int __init dwc2_acpi_init(void)
{
	int ret;

	ret = platform_driver_register(&dwc2_acpi_driver);
	if (ret)
		return ret;
	ret = bus_for_each_dev(&platform_bus_type, NULL, NULL, dwc2_acpi_claim);
	if (ret) {
		platform_driver_unregister(&dwc2_acpi_driver);
		dwc2_acpi_release_all();
	}
	return ret;
}
module_init(dwc2_acpi_init);

/* A handover that runs once the glue is unbound is waited for and undone. */
static void __exit dwc2_acpi_exit(void)
{
	platform_driver_unregister(&dwc2_acpi_driver);
	dwc2_acpi_release_all();
}
module_exit(dwc2_acpi_exit);

MODULE_DESCRIPTION("ACPI glue for the Raspberry Pi 4's DWC2 USB controller");
MODULE_LICENSE("GPL");
