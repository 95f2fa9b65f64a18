/* SPDX-License-Identifier: GPL-2.0 */
/*
 * PCIe configuration access through firmware: the interface between the
 * host bridge (host.c) and the backends that carry one access to the
 * firmware: DEN0115 (backend-den0115.c) and the SCMI PCI protocol through
 * an rpi-smc-scmi agent (backend-scmi.c).
 *
 * A backend moves one read or one write of 1, 2 or 4 bytes, at an offset
 * aligned to its size, with exactly one firmware call, in any context. The
 * bridge checks the access before a backend sees it, masks what it reads,
 * and turns a refusal into all ones; a backend only encodes, calls, and
 * maps the firmware's status to an errno.
 */
#ifndef RPI_SMC_PCIE_H
#define RPI_SMC_PCIE_H

#include <linux/device.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/minmax.h>
#include <linux/pci.h>
#include <linux/pci-ecam.h>
#include <linux/types.h>

struct device;
struct resource;
struct rpi_pcie_cfg;

/* Configuration space of one function (PCIe): 4 KiB. */
#define RPI_PCIE_CFG_SIZE	4096

/**
 * struct rpi_pcie_backend_ops - how one firmware interface reaches config space
 * @name: the interface's name, for the kernel log
 * @probe: find out whether the firmware serves @cfg->seg through this
 *	interface, narrow @busr to the buses it serves and set @cfg->priv if
 *	the backend needs state. -ENODEV when the firmware lacks the
 *	interface or the segment, so that the next backend is tried.
 *	Process context.
 * @read: read @size bytes at @where of function @devfn of bus @bus into
 *	@val (bits above @size bytes are ignored). Any context, one
 *	firmware call, no sleeping, no allocation.
 * @write: write the low @size bytes of @val likewise.
 *
 * @read and @write are only called with @size 1, 2 or 4, @where aligned to
 * @size and below RPI_PCIE_CFG_SIZE, and @bus inside the range @probe left.
 * They return 0, or the errno of the firmware's status.
 */
struct rpi_pcie_backend_ops {
	const char *name;
	int (*probe)(struct device *dev, struct rpi_pcie_cfg *cfg,
		     struct resource *busr);
	int (*read)(const struct rpi_pcie_cfg *cfg, unsigned int bus,
		    unsigned int devfn, unsigned int where, unsigned int size,
		    u32 *val);
	int (*write)(const struct rpi_pcie_cfg *cfg, unsigned int bus,
		     unsigned int devfn, unsigned int where, unsigned int size,
		     u32 val);
};

/**
 * struct rpi_pcie_cfg - one PCI segment's configuration access
 * @ops: the backend in use
 * @priv: the backend's own state, if it has any (the SCMI backend's agent)
 * @seg: the PCI segment (_SEG)
 * @bus_start: first bus the backend serves
 * @bus_end: last bus the backend serves
 */
struct rpi_pcie_cfg {
	const struct rpi_pcie_backend_ops *ops;
	void *priv;
	u16 seg;
	u8 bus_start;
	u8 bus_end;
};

/**
 * struct rpi_pcie - a host bridge whose config space is reached by firmware
 * @win: what the root bus's sysdata points at. Under ACPI, arm64 takes a
 *	root bus's sysdata for a &struct pci_config_window whose @parent is
 *	the root's ACPI device (pcibios_root_bridge_prepare()); only @parent
 *	and @busr are used, nothing is mapped.
 * @cfg: the configuration access
 */
struct rpi_pcie {
	struct pci_config_window win;
	struct rpi_pcie_cfg cfg;
};

/**
 * rpi_pcie_fit_buses() - narrow a root's bus range to the buses firmware serves
 * @dev: the bridge, for the warning
 * @busr: the root's bus range from _CRS; narrowed in place
 * @start: the first bus the firmware serves for the segment
 * @end: the last one
 *
 * Shared by the backends, whose segment information calls give @start
 * and @end. A range partly served is narrowed, with a warning.
 *
 * Return: 0, or -ENODEV when the firmware's range is inverted or serves
 * none of @busr.
 */
static inline int rpi_pcie_fit_buses(struct device *dev, struct resource *busr,
				     unsigned int start, unsigned int end)
{
	if (start > end || busr->start > end || busr->end < start)
		return -ENODEV;
	if (busr->start < start || busr->end > end) {
		dev_warn(dev, "firmware serves buses %02x-%02x of %pR only\n",
			 start, end, busr);
		busr->start = max_t(resource_size_t, busr->start, start);
		busr->end = min_t(resource_size_t, busr->end, end);
	}
	return 0;
}

extern const struct rpi_pcie_backend_ops rpi_pcie_den0115_ops;
extern const struct rpi_pcie_backend_ops rpi_pcie_scmi_ops;
extern struct pci_ops rpi_pcie_pci_ops;

struct acpi_device;
void rpi_pcie_osc(struct device *dev, struct acpi_device *adev,
		  struct pci_host_bridge *bridge);

#if IS_ENABLED(CONFIG_KUNIT)
struct rpi_scmi_agent;

int rpi_pcie_seg_value(u64 value, u16 *seg);

int rpi_pcie_take_windows(struct device *dev, struct list_head *list,
			  struct list_head *windows, struct resource **busr);

/* _OSC (osc.c) */
u32 rpi_pcie_osc_support(bool msi);
u32 rpi_pcie_osc_wanted(u32 support);
void rpi_pcie_osc_apply(struct pci_host_bridge *bridge, u32 granted);

/* The SCMI backend's discovery steps, for its KUnit suite */
int rpi_pcie_scmi_check(struct device *dev, struct rpi_scmi_agent *agent);
int rpi_pcie_scmi_segment(struct device *dev, struct rpi_scmi_agent *agent,
			  u16 seg, struct resource *busr);
#endif

#endif /* RPI_SMC_PCIE_H */
