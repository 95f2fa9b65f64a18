// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-smc-pcie: a PCI host bridge for an ACPI PCI root whose configuration
 * space only firmware can reach. A Raspberry Pi 4's PCIe root port is not
 * ECAM-compliant, so its UEFI firmware publishes no MCFG, and Linux's own
 * ACPI PCI root driver, which needs MCFG on arm64, fails to start the root
 * its tables describe. Its firmware reaches the config space for the OS
 * (Arm DEN0115, or the SCMI PCI protocol of an rpi-smc-scmi agent); this
 * driver starts the root with config accessors that make one firmware
 * call per access, and takes everything else from ACPI,
 * as the kernel's driver would: windows from _CRS, legacy interrupts from
 * _PRT, DMA limits from _DMA and coherency from _CCA (both applied by the
 * PCI core through the root's ACPI companion), MSI from the interrupt
 * controller the MADT describes.
 *
 * Claiming a root without racing the kernel: at load, with the ACPI scan
 * lock held (the lock under which the kernel's root driver attaches to a
 * root, at boot or on hot-add), every present PNP0A08/PNP0A03 device that
 * the kernel's driver did not start (acpi_pci_find_root() finds no root
 * for it) and that no device claimed yet gets a platform device with the
 * root as its ACPI companion. That device is the claim: it becomes the
 * root's physical node. The driver binds to it once the lock is dropped,
 * and gives up if the segment's root bus exists by then. A root the kernel
 * did start is left alone. Unloading removes what loading created.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/bits.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/limits.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/platform_device.h>
#include <linux/resource_ext.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "pcie.h"

#define RPI_PCIE_NAME	"rpi-smc-pcie"

/*
 * The firmware interfaces, in order of preference: the first whose probe
 * finds the segment is used, so the SCMI PCI protocol when an agent's
 * firmware lists it, else DEN0115. Another backend is one more line here.
 */
static const struct {
	const char *param;
	const struct rpi_pcie_backend_ops *ops;
} rpi_pcie_backends[] = {
	{ "scmi", &rpi_pcie_scmi_ops },
	{ "den0115", &rpi_pcie_den0115_ops },
};

static char rpi_pcie_backend_param[16] = "auto";
module_param_string(backend, rpi_pcie_backend_param,
		    sizeof(rpi_pcie_backend_param), 0644);
MODULE_PARM_DESC(backend,
		 "Configuration access: auto (SCMI when the firmware lists it, else DEN0115), scmi or den0115; read when a bridge probes");

/* ACPI's PCI and PCI Express roots; also the module's autoload aliases. */
static const struct acpi_device_id rpi_pcie_root_ids[] = {
	{ "PNP0A08" },
	{ "PNP0A03" },
	{ }
};
MODULE_DEVICE_TABLE(acpi, rpi_pcie_root_ids);

static const struct rpi_pcie_cfg *rpi_pcie_cfg_of(struct pci_bus *bus)
{
	struct pci_config_window *win = bus->sysdata;

	return &container_of(win, struct rpi_pcie, win)->cfg;
}

/* What every access must be before it may reach the firmware. */
static int rpi_pcie_check(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			  int where, int size)
{
	if (size != 1 && size != 2 && size != 4)
		return -EINVAL;
	if (where < 0 || where > RPI_PCIE_CFG_SIZE - size || (where & (size - 1)))
		return -EINVAL;
	if (bus < cfg->bus_start || bus > cfg->bus_end)
		return -ENODEV;
	return 0;
}

static int rpi_pcie_pcibios(int err)
{
	switch (err) {
	case 0:
		return PCIBIOS_SUCCESSFUL;
	case -EINVAL:
		return PCIBIOS_BAD_REGISTER_NUMBER;
	case -EOPNOTSUPP:
		return PCIBIOS_FUNC_NOT_SUPPORTED;
	default:
		return PCIBIOS_DEVICE_NOT_FOUND;
	}
}

/**
 * rpi_pcie_read() - read configuration space through the firmware
 * @bus: the bus
 * @devfn: device and function
 * @where: offset in the function's configuration space
 * @size: 1, 2 or 4 bytes
 * @val: the value read; all ones when the access fails
 *
 * An access that is not 1, 2 or 4 bytes, aligned to its size and inside
 * the function's 4 KiB, or on a bus the firmware does not serve, never
 * reaches the firmware: on a Raspberry Pi 4, an unaligned one would fault
 * in EL3. Any other makes exactly one firmware call.
 *
 * Context: Any context; the PCI core calls it with the raw pci_lock held.
 * Neither sleeps nor allocates.
 * Return: PCIBIOS_SUCCESSFUL, or the PCIBIOS_* error of a refusal.
 */
static int rpi_pcie_read(struct pci_bus *bus, unsigned int devfn, int where,
			 int size, u32 *val)
{
	const struct rpi_pcie_cfg *cfg = rpi_pcie_cfg_of(bus);
	int ret;

	ret = rpi_pcie_check(cfg, bus->number, where, size);
	if (!ret)
		ret = cfg->ops->read(cfg, bus->number, devfn, where, size, val);
	if (ret) {
		dev_dbg_ratelimited(&bus->dev, "read %02x.%x@%03x/%d refused: %d\n",
				    PCI_SLOT(devfn), PCI_FUNC(devfn), where,
				    size, ret);
		PCI_SET_ERROR_RESPONSE(val);
		return rpi_pcie_pcibios(ret);
	}
	*val &= (u32)(BIT_ULL(8 * size) - 1);
	return PCIBIOS_SUCCESSFUL;
}

/**
 * rpi_pcie_write() - write configuration space through the firmware
 * @bus: the bus
 * @devfn: device and function
 * @where: offset in the function's configuration space
 * @size: 1, 2 or 4 bytes
 * @val: the value; only its low @size bytes are written
 *
 * Checked as rpi_pcie_read() checks; one firmware call, never a
 * read-modify-write.
 *
 * Context: Any context; the PCI core calls it with the raw pci_lock held.
 * Neither sleeps nor allocates.
 * Return: PCIBIOS_SUCCESSFUL, or the PCIBIOS_* error of a refusal.
 */
static int rpi_pcie_write(struct pci_bus *bus, unsigned int devfn, int where,
			  int size, u32 val)
{
	const struct rpi_pcie_cfg *cfg = rpi_pcie_cfg_of(bus);
	int ret;

	ret = rpi_pcie_check(cfg, bus->number, where, size);
	if (!ret)
		ret = cfg->ops->write(cfg, bus->number, devfn, where, size,
				      val & (u32)(BIT_ULL(8 * size) - 1));
	if (ret)
		dev_dbg_ratelimited(&bus->dev, "write %02x.%x@%03x/%d refused: %d\n",
				    PCI_SLOT(devfn), PCI_FUNC(devfn), where,
				    size, ret);
	return rpi_pcie_pcibios(ret);
}

/* The root bus's config accessors; every bus below the root uses them too. */
struct pci_ops rpi_pcie_pci_ops = {
	.read = rpi_pcie_read,
	.write = rpi_pcie_write,
};
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_pci_ops);

/**
 * rpi_pcie_seg_value() - the segment a _SEG value names
 * @value: what _SEG returned
 * @seg: set to the segment
 *
 * A PCI segment group number has 16 bits (ACPI 6.5, 6.5.6): a wider value
 * is refused, never truncated into another segment.
 *
 * Return: 0, or -ERANGE (@seg untouched).
 */
VISIBLE_IF_KUNIT int rpi_pcie_seg_value(u64 value, u16 *seg)
{
	if (value > U16_MAX)
		return -ERANGE;
	*seg = value;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_seg_value);

/* _SEG, 0 when the root has none. */
static int rpi_pcie_segment(struct device *dev, struct acpi_device *adev,
			    u16 *seg)
{
	unsigned long long v = 0;
	acpi_status status;

	status = acpi_evaluate_integer(adev->handle, METHOD_NAME__SEG, NULL, &v);
	if (ACPI_FAILURE(status) && status != AE_NOT_FOUND)
		return dev_err_probe(dev, -ENODEV, "cannot evaluate _SEG\n");
	if (rpi_pcie_seg_value(v, seg))
		return dev_err_probe(dev, -EINVAL,
				     "_SEG 0x%llx is not a PCI segment (16 bits)\n",
				     v);
	return 0;
}

/**
 * rpi_pcie_take_windows() - the windows of a root's _CRS, for the PCI core
 * @dev: the bridge's device, for messages and the windows' names
 * @list: what acpi_dev_get_resources() made of _CRS; emptied
 * @windows: the host bridge's window list, to add to
 * @busr: set to the bus range among them
 *
 * Only producers (IORESOURCE_WINDOW) are kept. A window's _TRA stays in
 * its entry's offset (CPU address = bus address + offset), which the PCI
 * core subtracts to program BARs, so a translated window such as the Pi
 * 4's (bus 0xf8000000 at CPU 0x600000000) reaches the core unchanged. I/O
 * windows are left out: a module cannot map I/O port ranges
 * (pci_register_io_range() is not exported), and the Pi 4's root has none.
 *
 * Return: 0, or -EINVAL when there is no bus range.
 */
VISIBLE_IF_KUNIT int rpi_pcie_take_windows(struct device *dev,
					   struct list_head *list,
					   struct list_head *windows,
					   struct resource **busr)
{
	struct resource_entry *entry, *tmp;

	*busr = NULL;
	resource_list_for_each_entry_safe(entry, tmp, list) {
		struct resource *res = entry->res;

		if (!(res->flags & IORESOURCE_WINDOW)) {
			resource_list_destroy_entry(entry);
			continue;
		}
		if (resource_type(res) == IORESOURCE_IO) {
			dev_warn(dev, "%pR ignored: no I/O space for a module\n",
				 res);
			resource_list_destroy_entry(entry);
			continue;
		}
		if (resource_type(res) == IORESOURCE_BUS)
			*busr = res;
		res->name = dev_name(dev);
		resource_list_del(entry);
		resource_list_add_tail(entry, windows);
	}
	if (!*busr)
		return dev_err_probe(dev, -EINVAL, "_CRS has no bus range\n");
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_take_windows);

/* The windows the root's _CRS produces, bus range included (above). */
static int rpi_pcie_windows(struct device *dev, struct acpi_device *adev,
			    struct list_head *windows, struct resource **busr)
{
	unsigned long types = IORESOURCE_MEM | IORESOURCE_IO | IORESOURCE_BUS;
	LIST_HEAD(list);
	int ret;

	ret = acpi_dev_get_resources(adev, &list,
				     acpi_dev_filter_resource_type_cb,
				     (void *)types);
	if (ret < 0)
		return dev_err_probe(dev, ret, "cannot read _CRS\n");
	return rpi_pcie_take_windows(dev, &list, windows, busr);
}

/* Whether the backend= parameter lets backend @i be tried. */
static int rpi_pcie_backend_allowed(struct device *dev, unsigned int i)
{
	unsigned int j;

	if (sysfs_streq(rpi_pcie_backend_param, "auto"))
		return 1;
	for (j = 0; j < ARRAY_SIZE(rpi_pcie_backends); j++)
		if (sysfs_streq(rpi_pcie_backend_param,
				rpi_pcie_backends[j].param))
			return i == j;
	return dev_err_probe(dev, -EINVAL,
			     "backend=%s: not auto, scmi or den0115\n",
			     rpi_pcie_backend_param);
}

/*
 * The first backend through which the firmware serves the segment, of
 * those the backend= parameter allows.
 */
static int rpi_pcie_backend(struct device *dev, struct rpi_pcie_cfg *cfg,
			    struct resource *busr)
{
	unsigned int i;
	int ret = -ENODEV;

	for (i = 0; i < ARRAY_SIZE(rpi_pcie_backends); i++) {
		ret = rpi_pcie_backend_allowed(dev, i);
		if (ret < 0)
			return ret;
		ret = ret ? rpi_pcie_backends[i].ops->probe(dev, cfg, busr) :
			    -ENODEV;
		if (ret != -ENODEV)
			break;
	}
	if (ret)
		return dev_err_probe(dev, ret,
				     "firmware gives no configuration access to segment %u\n",
				     cfg->seg);
	cfg->ops = rpi_pcie_backends[i].ops;
	cfg->bus_start = busr->start;
	cfg->bus_end = busr->end;
	return 0;
}

/* Nobody else may have started the root or its segment's first bus. */
static int rpi_pcie_unclaimed(struct device *dev, struct acpi_device *adev,
			      u16 seg, unsigned int bus)
{
	if (acpi_pci_find_root(adev->handle))
		return dev_err_probe(dev, -EBUSY,
				     "the kernel's ACPI PCI root driver has the root\n");
	if (pci_find_bus(seg, bus))
		return dev_err_probe(dev, -EBUSY, "bus %04x:%02x exists already\n",
				     seg, bus);
	return 0;
}

/*
 * The root's host bridge. The OS controls the PCIe services (hotplug,
 * AER, PME, LTR, DPC) the root's _OSC grants it, as with the kernel's
 * driver (osc.c); a root without _OSC keeps them all in the firmware.
 */
static void rpi_pcie_setup_bridge(struct device *dev,
				  struct pci_host_bridge *bridge,
				  struct acpi_device *adev,
				  const struct resource *busr)
{
	struct rpi_pcie *pcie = pci_host_bridge_priv(bridge);

	pcie->win.parent = &adev->dev;
	pcie->win.busr.start = busr->start;
	pcie->win.busr.end = busr->end;
	pcie->win.busr.flags = IORESOURCE_BUS;
	bridge->sysdata = &pcie->win;
	bridge->ops = &rpi_pcie_pci_ops;
	/* Else the PCI core asks the kernel's ACPI root driver, which has none. */
	bridge->domain_nr = pcie->cfg.seg;
	bridge->busnr = busr->start;
	rpi_pcie_osc(dev, adev, bridge);
}

/*
 * The bridge's domain_nr is the segment, which the PCI core did not
 * allocate: since 7.x it frees a set domain_nr from its emulated-domain
 * IDA when the bridge is released. Once the root bus is gone (or was never
 * added) nothing reads it any more.
 */
static void rpi_pcie_forget_domain(struct pci_host_bridge *bridge)
{
	bridge->domain_nr = PCI_DOMAIN_NR_NOT_SET;
}

static int rpi_pcie_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct acpi_device *adev = ACPI_COMPANION(dev);
	struct pci_host_bridge *bridge;
	struct resource *busr;
	struct rpi_pcie *pcie;
	int ret;

	if (!adev)
		return dev_err_probe(dev, -ENODEV, "no ACPI companion\n");
	bridge = devm_pci_alloc_host_bridge(dev, sizeof(*pcie));
	if (!bridge)
		return -ENOMEM;
	pcie = pci_host_bridge_priv(bridge);

	ret = rpi_pcie_segment(dev, adev, &pcie->cfg.seg);
	if (ret)
		return ret;
	ret = rpi_pcie_windows(dev, adev, &bridge->windows, &busr);
	if (ret)
		return ret;
	ret = rpi_pcie_backend(dev, &pcie->cfg, busr);
	if (ret)
		return ret;
	ret = rpi_pcie_unclaimed(dev, adev, pcie->cfg.seg, busr->start);
	if (ret)
		return ret;
	ret = devm_request_pci_bus_resources(dev, &bridge->windows);
	if (ret)
		return dev_err_probe(dev, ret, "cannot claim the windows\n");

	rpi_pcie_setup_bridge(dev, bridge, adev, busr);
	ret = pci_host_probe(bridge);
	if (ret) {
		rpi_pcie_forget_domain(bridge);
		return dev_err_probe(dev, ret, "cannot scan the root bus\n");
	}
	platform_set_drvdata(pdev, bridge);
	dev_info(dev, "%s: segment %u %pR, configuration access through %s\n",
		 acpi_device_bid(adev), pcie->cfg.seg, busr,
		 pcie->cfg.ops->name);
	return 0;
}

/* The exact reverse of probe; devm releases the windows and the bridge. */
static void rpi_pcie_remove(struct platform_device *pdev)
{
	struct pci_host_bridge *bridge = platform_get_drvdata(pdev);

	pci_lock_rescan_remove();
	pci_stop_root_bus(bridge->bus);
	pci_remove_root_bus(bridge->bus);
	pci_unlock_rescan_remove();
	rpi_pcie_forget_domain(bridge);
}

static struct platform_driver rpi_pcie_driver = {
	.probe = rpi_pcie_probe,
	.RPI_ACPI_PLATFORM_REMOVE = rpi_pcie_remove,
	.driver = {
		.name = RPI_PCIE_NAME,
	},
};

/* Claim one ACPI PCI root, unless the kernel started it or it is taken. */
static void rpi_pcie_claim(struct acpi_device *adev)
{
	struct platform_device_info info = {
		.name = RPI_PCIE_NAME,
		.id = PLATFORM_DEVID_AUTO,
		.fwnode = acpi_fwnode_handle(adev),
	};
	struct platform_device *pdev;

	if (!adev->status.present)
		return;
	if (acpi_pci_find_root(adev->handle)) {
		dev_info(&adev->dev, "the kernel's ACPI PCI root driver has %s\n",
			 acpi_device_bid(adev));
		return;
	}
	if (acpi_get_first_physical_node(adev))
		return;
	pdev = platform_device_register_full(&info);
	if (IS_ERR(pdev))
		dev_err(&adev->dev, "cannot claim %s: %pe\n",
			acpi_device_bid(adev), pdev);
}

/* True when @adev has an id the table lists before @id: already seen. */
static bool rpi_pcie_seen(struct acpi_device *adev,
			  const struct acpi_device_id *id)
{
	const struct acpi_device_id *prev;
	struct acpi_hardware_id *hwid;

	for (prev = rpi_pcie_root_ids; prev < id; prev++)
		list_for_each_entry(hwid, &adev->pnp.ids, list)
			if (!strcmp(hwid->id, prev->id))
				return true;
	return false;
}

static void rpi_pcie_claim_roots(void)
{
	const struct acpi_device_id *id;
	struct acpi_device *adev;

	acpi_scan_lock_acquire();
	for (id = rpi_pcie_root_ids; id->id[0]; id++)
		for_each_acpi_dev_match(adev, id->id, NULL, -1)
			if (!rpi_pcie_seen(adev, id))
				rpi_pcie_claim(adev);
	acpi_scan_lock_release();
}

static int rpi_pcie_is_claim(struct device *dev, const void *data)
{
	return !strcmp(to_platform_device(dev)->name, RPI_PCIE_NAME);
}

static void rpi_pcie_release_roots(void)
{
	struct device *dev;

	while ((dev = bus_find_device(&platform_bus_type, NULL, NULL,
				      rpi_pcie_is_claim))) {
		platform_device_unregister(to_platform_device(dev));
		put_device(dev);
	}
}

static int __init rpi_pcie_init(void)
{
	int ret;

	rpi_pcie_claim_roots();
	ret = platform_driver_register(&rpi_pcie_driver);
	if (ret)
		rpi_pcie_release_roots();
	return ret;
}
module_init(rpi_pcie_init);

static void __exit rpi_pcie_exit(void)
{
	platform_driver_unregister(&rpi_pcie_driver);
	rpi_pcie_release_roots();
}
module_exit(rpi_pcie_exit);

MODULE_DESCRIPTION("PCI host bridge for ACPI roots whose configuration space firmware reaches (SCMI, Arm DEN0115)");
MODULE_LICENSE("GPL");
