// SPDX-License-Identifier: GPL-2.0
/*
 * ACPI glue for the Raspberry Pi 4's DWC2 controller (the Type-C port,
 * _HID BCM2848): binds the firmware's device, decides the controller's
 * role and whether it may do DMA, then spawns the DWC2 core ("dwc2") as
 * a child platform device that shares the ACPI node, with the role as a
 * software node property.
 *
 * Upstream dwc2 matches BCM2848 too. The glue owns the firmware's device
 * whatever order the two modules load in: on load it sets the device's
 * driver_override to itself, takes the device from dwc2 if dwc2 bound it
 * first, and gives the child a driver_override of "dwc2". On unload it
 * clears the override and lets dwc2 have the device back.
 */

#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include <rpi-acpi/compat.h>

#include "dwc2-acpi.h"
#include "dma-view.h"

#define DWC2_ACPI_NAME	"dwc2-acpi"
#define DWC2_CORE_NAME	"dwc2"

static char *dwc2_acpi_dr_mode = "";
module_param_named(dr_mode, dwc2_acpi_dr_mode, charp, 0444);
MODULE_PARM_DESC(dr_mode,
		 "host, peripheral or otg (default: the firmware's _DSD)");

/**
 * struct dwc2_acpi - one controller
 * @core: the DWC2 core's platform device, or NULL while DMA is off
 * @window: its DMA window
 * @mode: how it does DMA
 * @role: its role (USB_DR_MODE_UNKNOWN: the core's default)
 * @role_source: where @role came from
 * @bus_limit: the bus limit the glue gives the core's device (0: the
 *	kernel's own)
 * @props: the core's properties: its role, when the glue sets one
 * @swnode: the software node holding @props
 */
struct dwc2_acpi {
	struct platform_device *core;
	struct dwc2_acpi_window window;
	enum dwc2_acpi_dma_mode mode;
	enum usb_dr_mode role;
	enum dwc2_acpi_role_source role_source;
	u64 bus_limit;
	struct property_entry props[2];
	struct software_node swnode;
};

static const struct acpi_device_id dwc2_acpi_ids[] = {
	{ "BCM2848" },
	{ }
};
MODULE_DEVICE_TABLE(acpi, dwc2_acpi_ids);

static struct platform_driver dwc2_acpi_driver;

/*
 * A string from the firmware's _DSD alone: the core's software node, a
 * secondary of the same ACPI node, must not answer for the firmware.
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

static int dwc2_acpi_get_role(struct device *dev, struct dwc2_acpi *glue)
{
	const char *dsd = NULL, *fw;
	int ret;

	ret = dwc2_acpi_dsd_string(dev, DWC2_ACPI_ROLE_PROPERTY, &dsd);
	if (ret && ret != -EINVAL)
		return dev_err_probe(dev, ret, "%s is not a string\n",
				     DWC2_ACPI_ROLE_PROPERTY);
	ret = dwc2_acpi_role_choose(dwc2_acpi_dr_mode, dsd, &glue->role,
				    &glue->role_source);
	if (ret)
		return dev_err_probe(dev, ret, "bad role '%s' from the %s\n",
				     glue->role_source == DWC2_ACPI_ROLE_PARAM ?
				     dwc2_acpi_dr_mode : dsd,
				     glue->role_source == DWC2_ACPI_ROLE_PARAM ?
				     "dr_mode parameter" : "firmware");
	/* The core reads a plain dr_mode on the ACPI node before the glue's. */
	if (glue->role != USB_DR_MODE_UNKNOWN &&
	    !dwc2_acpi_dsd_string(dev, "dr_mode", &fw))
		dev_warn(dev, "the firmware's dr_mode '%s' takes precedence over %s\n",
			 fw, dwc2_acpi_role_name(glue->role));
	return 0;
}

static int dwc2_acpi_get_dma(struct device *dev, struct dwc2_acpi *glue)
{
	struct dwc2_acpi_dma_view view;
	const char *why = "";
	int ret;

	ret = dwc2_acpi_dma_window(ACPI_COMPANION(dev), &glue->window, &why);
	if (ret)
		return dev_err_probe(dev, ret, "bad DMA description: %s\n", why);
	/* Without firmware data the kernel set no limit: the glue sets it. */
	if (!dev->bus_dma_limit && glue->window.source == DWC2_ACPI_DMA_BCM2711)
		glue->bus_limit = dwc2_acpi_window_bus_end(&glue->window);
	dwc2_acpi_dma_view(dev, &glue->window, glue->bus_limit, &view);
	glue->mode = dwc2_acpi_dma_choose(&glue->window, &view, &why);
	if (glue->mode == DWC2_ACPI_DMA_OFF)
		dev_warn(dev, "DMA cannot be kept inside the controller's window (%s): the controller stays off\n",
			 why);
	return 0;
}

/*
 * The core's resources are the controller's, each memory range nested in
 * the controller's own so that it is claimed and released without
 * disturbing the controller's.
 */
static int dwc2_acpi_core_resources(struct platform_device *pdev,
				    struct platform_device *core)
{
	struct resource *res;
	unsigned int i;
	int ret;

	res = kcalloc(pdev->num_resources, sizeof(*res), GFP_KERNEL);
	if (!res)
		return -ENOMEM;
	for (i = 0; i < pdev->num_resources; i++) {
		res[i].start = pdev->resource[i].start;
		res[i].end = pdev->resource[i].end;
		res[i].name = pdev->resource[i].name;
		res[i].flags = pdev->resource[i].flags;
		if (resource_type(&res[i]) == IORESOURCE_MEM &&
		    pdev->resource[i].parent)
			res[i].parent = &pdev->resource[i];
	}
	ret = platform_device_add_resources(core, res, pdev->num_resources);
	kfree(res);
	return ret;
}

/*
 * The core's role as a software node. It becomes the secondary of the
 * ACPI node the core shares with the controller, so the glue removes it
 * itself, before the core goes: a node left behind there would be read
 * by whatever binds the controller next.
 */
static int dwc2_acpi_add_role(struct platform_device *core,
			      struct dwc2_acpi *glue)
{
	if (glue->role == USB_DR_MODE_UNKNOWN)
		return 0;
	glue->props[0] = PROPERTY_ENTRY_STRING("dr_mode",
					       dwc2_acpi_role_name(glue->role));
	glue->swnode.properties = glue->props;
	return device_add_software_node(&core->dev, &glue->swnode);
}

static void dwc2_acpi_del_core(struct dwc2_acpi *glue)
{
	device_remove_software_node(&glue->core->dev);
	platform_device_unregister(glue->core);
	glue->core = NULL;
}

static int dwc2_acpi_add_core(struct platform_device *pdev,
			      struct dwc2_acpi *glue)
{
	struct platform_device *core;
	int ret;

	core = platform_device_alloc(DWC2_CORE_NAME, PLATFORM_DEVID_AUTO);
	if (!core)
		return -ENOMEM;
	core->dev.parent = &pdev->dev;
	ACPI_COMPANION_SET(&core->dev, ACPI_COMPANION(&pdev->dev));
	core->dev.bus_dma_limit = glue->bus_limit;
	ret = dwc2_acpi_core_resources(pdev, core);
	if (ret)
		goto err_put;
	ret = rpi_acpi_platform_set_override(core, DWC2_CORE_NAME);
	if (ret)
		goto err_put;
	ret = dwc2_acpi_add_role(core, glue);
	if (ret)
		goto err_put;
	ret = platform_device_add(core);
	if (ret)
		goto err_del_role;
	glue->core = core;
	return 0;

err_del_role:
	device_remove_software_node(&core->dev);
err_put:
	platform_device_put(core);
	return ret;
}

static int dwc2_acpi_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct dwc2_acpi *glue;
	const char *why;
	int ret;

	if (!ACPI_COMPANION(dev))
		return -ENODEV;
	ret = dwc2_acpi_check_resources(pdev->resource, pdev->num_resources,
					&why);
	if (ret)
		return dev_err_probe(dev, ret, "%s\n", why);
	glue = devm_kzalloc(dev, sizeof(*glue), GFP_KERNEL);
	if (!glue)
		return -ENOMEM;
	ret = dwc2_acpi_get_role(dev, glue);
	if (ret)
		return ret;
	ret = dwc2_acpi_get_dma(dev, glue);
	if (ret)
		return ret;
	platform_set_drvdata(pdev, glue);
	if (glue->mode == DWC2_ACPI_DMA_OFF)
		return 0;
	ret = dwc2_acpi_add_core(pdev, glue);
	if (ret)
		return dev_err_probe(dev, ret, "cannot add the DWC2 core\n");
	dev_info(dev, "role %s (%s), DMA %s below bus 0x%llx (%s)\n",
		 dwc2_acpi_role_name(glue->role),
		 glue->role_source == DWC2_ACPI_ROLE_PARAM ? "parameter" :
		 glue->role_source == DWC2_ACPI_ROLE_DSD ? "_DSD" : "core default",
		 dwc2_acpi_dma_mode_name(glue->mode),
		 dwc2_acpi_window_bus_end(&glue->window),
		 dwc2_acpi_dma_source_name(glue->window.source));
	return 0;
}

static void dwc2_acpi_remove(struct platform_device *pdev)
{
	struct dwc2_acpi *glue = platform_get_drvdata(pdev);

	if (glue->core)
		dwc2_acpi_del_core(glue);
}

static ssize_t dma_mode_show(struct device *dev, struct device_attribute *attr,
			     char *buf)
{
	struct dwc2_acpi *glue = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%s\n", dwc2_acpi_dma_mode_name(glue->mode));
}
static DEVICE_ATTR_RO(dma_mode);

static ssize_t dma_window_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	struct dwc2_acpi *glue = dev_get_drvdata(dev);
	const struct dwc2_acpi_range *r;
	unsigned int i;
	int n;

	n = sysfs_emit(buf, "%s\n",
		       dwc2_acpi_dma_source_name(glue->window.source));
	for (i = 0; i < glue->window.nr; i++) {
		r = &glue->window.range[i];
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
	static const char *const source[] = {
		[DWC2_ACPI_ROLE_DEFAULT] = "default",
		[DWC2_ACPI_ROLE_DSD] = "_DSD",
		[DWC2_ACPI_ROLE_PARAM] = "parameter",
	};
	struct dwc2_acpi *glue = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%s %s\n", dwc2_acpi_role_name(glue->role),
			  source[glue->role_source]);
}
static DEVICE_ATTR_RO(dr_mode);

static struct attribute *dwc2_acpi_attrs[] = {
	&dev_attr_dma_mode.attr,
	&dev_attr_dma_window.attr,
	&dev_attr_dr_mode.attr,
	NULL
};
ATTRIBUTE_GROUPS(dwc2_acpi);

static struct platform_driver dwc2_acpi_driver = {
	.probe = dwc2_acpi_probe,
	.RPI_ACPI_PLATFORM_REMOVE = dwc2_acpi_remove,
	.driver = {
		.name = DWC2_ACPI_NAME,
		.acpi_match_table = dwc2_acpi_ids,
		.dev_groups = dwc2_acpi_groups,
	},
};

/* The firmware's controller: a BCM2848 device that is not a glue's core. */
static bool dwc2_acpi_is_controller(struct device *dev)
{
	if (!acpi_match_device(dwc2_acpi_ids, dev))
		return false;
	return !dev->parent || dev->parent->driver != &dwc2_acpi_driver.driver;
}

static int dwc2_acpi_claim(struct device *dev, void *unused)
{
	struct device_driver *drv;
	int ret;

	if (!dwc2_acpi_is_controller(dev))
		return 0;
	ret = rpi_acpi_platform_set_override(to_platform_device(dev),
					     DWC2_ACPI_NAME);
	if (ret) {
		dev_warn(dev, "cannot claim the controller: %d\n", ret);
		return 0;
	}
	drv = READ_ONCE(dev->driver);
	if (drv && drv != &dwc2_acpi_driver.driver) {
		dev_info(dev, "taking the controller from %s\n", drv->name);
		device_release_driver(dev);
	}
	ret = device_attach(dev);
	if (ret < 0)
		dev_warn(dev, "cannot bind the controller: %d\n", ret);
	return 0;
}

static int dwc2_acpi_unclaim(struct device *dev, void *unused)
{
	if (!dwc2_acpi_is_controller(dev))
		return 0;
	if (!rpi_acpi_platform_set_override(to_platform_device(dev), "") &&
	    device_attach(dev) < 0)
		dev_warn(dev, "cannot hand the controller back\n");
	return 0;
}

static int __init dwc2_acpi_init(void)
{
	int ret;

	ret = platform_driver_register(&dwc2_acpi_driver);
	if (ret)
		return ret;
	bus_for_each_dev(&platform_bus_type, NULL, NULL, dwc2_acpi_claim);
	return 0;
}
module_init(dwc2_acpi_init);

static void __exit dwc2_acpi_exit(void)
{
	platform_driver_unregister(&dwc2_acpi_driver);
	bus_for_each_dev(&platform_bus_type, NULL, NULL, dwc2_acpi_unclaim);
}
module_exit(dwc2_acpi_exit);

MODULE_DESCRIPTION("ACPI glue for the Raspberry Pi 4's DWC2 USB controller");
MODULE_LICENSE("GPL");
