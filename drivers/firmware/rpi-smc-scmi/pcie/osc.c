// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-smc-pcie: the root's _OSC (PCI Firmware Specification 3.3, 4.5),
 * negotiated as the kernel's ACPI PCI root driver negotiates it for an
 * ECAM root (drivers/acpi/pci_root.c, negotiate_os_control()): the OS
 * says what it supports, asks which PCIe services it may control, then
 * requests what the firmware offered. The bridge runs the result on its
 * host bridge's native_* flags, which the PCI core's port driver reads:
 * what the firmware keeps, the OS leaves alone.
 *
 * The kernel's driver cannot do this for the roots this driver starts: it
 * evaluates _OSC while adding the root, but then fails to start it (no
 * MCFG) and forgets the answer.
 */

#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/pci.h>
#include <linux/slab.h>

#include <rpi-acpi/compat.h>

#include "pcie.h"

#define RPI_PCIE_OSC_UUID	"33DB4D5B-1FF7-401C-9657-7441C03DD766"

/* What the OS must support before it asks for control (as the kernel). */
#define RPI_PCIE_OSC_REQ_SUPPORT \
	(OSC_PCI_EXT_CONFIG_SUPPORT | OSC_PCI_ASPM_SUPPORT | \
	 OSC_PCI_CLOCK_PM_SUPPORT | OSC_PCI_MSI_SUPPORT)

static const struct {
	u32 bit;
	const char *name;
} rpi_pcie_osc_names[] = {
	{ OSC_PCI_EXPRESS_NATIVE_HP_CONTROL, "PCIeHotplug" },
	{ OSC_PCI_SHPC_NATIVE_HP_CONTROL, "SHPCHotplug" },
	{ OSC_PCI_EXPRESS_PME_CONTROL, "PME" },
	{ OSC_PCI_EXPRESS_AER_CONTROL, "AER" },
	{ OSC_PCI_EXPRESS_CAPABILITY_CONTROL, "PCIeCapability" },
	{ OSC_PCI_EXPRESS_LTR_CONTROL, "LTR" },
	{ OSC_PCI_EXPRESS_DPC_CONTROL, "DPC" },
};

/**
 * rpi_pcie_osc_support() - the _OSC support field the OS sends
 * @msi: whether the kernel uses MSI (pci_msi_enabled(); pci=nomsi clears it)
 *
 * Extended configuration space (every backend serves 4 KiB), segments,
 * ASPM and clock PM when the kernel has ASPM support, MSI when enabled.
 *
 * Return: the support field.
 */
VISIBLE_IF_KUNIT u32 rpi_pcie_osc_support(bool msi)
{
	u32 support = OSC_PCI_SEGMENT_GROUPS_SUPPORT | OSC_PCI_EXT_CONFIG_SUPPORT;

	if (IS_ENABLED(CONFIG_PCIEASPM))
		support |= OSC_PCI_ASPM_SUPPORT | OSC_PCI_CLOCK_PM_SUPPORT;
	if (msi)
		support |= OSC_PCI_MSI_SUPPORT;
	return support;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_osc_support);

/**
 * rpi_pcie_osc_wanted() - the services the OS asks to control
 * @support: the support field it sends
 *
 * The kernel's list for its configuration: the PCIe capability and PME
 * always, LTR with ASPM, native and SHPC hotplug, AER, and DPC with EDR
 * where built in. Without every feature of RPI_PCIE_OSC_REQ_SUPPORT the
 * kernel asks for nothing; so does the bridge.
 *
 * Return: the control field to query, 0 to ask for nothing.
 */
VISIBLE_IF_KUNIT u32 rpi_pcie_osc_wanted(u32 support)
{
	u32 ctrl = OSC_PCI_EXPRESS_CAPABILITY_CONTROL |
		   OSC_PCI_EXPRESS_PME_CONTROL;

	if ((support & RPI_PCIE_OSC_REQ_SUPPORT) != RPI_PCIE_OSC_REQ_SUPPORT)
		return 0;
	if (IS_ENABLED(CONFIG_PCIEASPM))
		ctrl |= OSC_PCI_EXPRESS_LTR_CONTROL;
	if (IS_ENABLED(CONFIG_HOTPLUG_PCI_PCIE))
		ctrl |= OSC_PCI_EXPRESS_NATIVE_HP_CONTROL;
	if (IS_ENABLED(CONFIG_HOTPLUG_PCI_SHPC))
		ctrl |= OSC_PCI_SHPC_NATIVE_HP_CONTROL;
	if (IS_ENABLED(CONFIG_PCIEAER))
		ctrl |= OSC_PCI_EXPRESS_AER_CONTROL;
	if (IS_ENABLED(CONFIG_PCIE_DPC) && IS_ENABLED(CONFIG_PCIE_EDR))
		ctrl |= OSC_PCI_EXPRESS_DPC_CONTROL;
	return ctrl;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_osc_wanted);

/**
 * rpi_pcie_osc_apply() - the host bridge's services from what _OSC granted
 * @bridge: the host bridge
 * @granted: the control field the firmware granted (0: no _OSC, or none)
 *
 * Each native_* flag is set exactly when its control bit was granted;
 * without the PCIe capability structure the OS controls nothing, as in
 * the kernel. The firmware may grant more than was asked: only what the
 * bridge asked for counts, so the caller masks @granted.
 */
VISIBLE_IF_KUNIT void rpi_pcie_osc_apply(struct pci_host_bridge *bridge,
					 u32 granted)
{
	if (!(granted & OSC_PCI_EXPRESS_CAPABILITY_CONTROL))
		granted = 0;
	bridge->native_pcie_hotplug = !!(granted & OSC_PCI_EXPRESS_NATIVE_HP_CONTROL);
	bridge->native_shpc_hotplug = !!(granted & OSC_PCI_SHPC_NATIVE_HP_CONTROL);
	bridge->native_pme = !!(granted & OSC_PCI_EXPRESS_PME_CONTROL);
	bridge->native_aer = !!(granted & OSC_PCI_EXPRESS_AER_CONTROL);
	bridge->native_ltr = !!(granted & OSC_PCI_EXPRESS_LTR_CONTROL);
	bridge->native_dpc = !!(granted & OSC_PCI_EXPRESS_DPC_CONTROL);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_osc_apply);

/* The names of @ctrl's bits, as the kernel prints them, into @buf. */
static const char *rpi_pcie_osc_decode(u32 ctrl, char *buf, size_t size)
{
	size_t len = 0;
	unsigned int i;

	buf[0] = '\0';
	for (i = 0; i < ARRAY_SIZE(rpi_pcie_osc_names); i++)
		if (ctrl & rpi_pcie_osc_names[i].bit)
			len += scnprintf(buf + len, size - len, "%s%s",
					 len ? " " : "",
					 rpi_pcie_osc_names[i].name);
	return buf;
}

/*
 * One _OSC call: @query or a request. Sets *@ctrl to the control field
 * returned. Return: 0, -ENOENT when the root has no _OSC, -EIO otherwise.
 */
static int rpi_pcie_osc_run(struct acpi_device *adev, bool query, u32 support,
			    u32 *ctrl)
{
	u32 capbuf[3] = { query ? OSC_QUERY_ENABLE : 0, support, *ctrl };
	struct acpi_osc_context ctx = {
		.uuid_str = RPI_PCIE_OSC_UUID,
		.rev = 1,
		.cap.length = sizeof(capbuf),
		.cap.pointer = capbuf,
	};
	acpi_status status;

	if (!acpi_has_method(adev->handle, "_OSC"))
		return -ENOENT;
	status = acpi_run_osc(adev->handle, &ctx);
	if (ACPI_FAILURE(status))
		return -EIO;
	/* acpi_run_osc() checked that the reply is as long as capbuf. */
	*ctrl = ((u32 *)ctx.ret.pointer)[OSC_CONTROL_DWORD];
	kfree(ctx.ret.pointer);
	return 0;
}

/**
 * rpi_pcie_osc() - negotiate the root's _OSC and apply it to its bridge
 * @dev: the bridge's device, for messages
 * @adev: the root
 * @bridge: the host bridge, not yet probed
 *
 * A root without _OSC, or whose _OSC fails or grants nothing, leaves
 * every PCIe service to the firmware.
 */
void rpi_pcie_osc(struct device *dev, struct acpi_device *adev,
		  struct pci_host_bridge *bridge)
{
	u32 support = rpi_pcie_osc_support(pci_msi_enabled());
	u32 wanted = rpi_pcie_osc_wanted(support);
	u32 ctrl = wanted;
	char names[80];
	int ret;

	/* Query, then request what the firmware offered of what was asked. */
	ret = rpi_pcie_osc_run(adev, true, support, &ctrl);
	ctrl = ret ? 0 : ctrl & wanted;
	if (ctrl & OSC_PCI_EXPRESS_CAPABILITY_CONTROL) {
		ret = rpi_pcie_osc_run(adev, false, support, &ctrl);
		ctrl = ret ? 0 : ctrl & wanted;
	}
	rpi_pcie_osc_apply(bridge, ctrl);

	if (ret == -ENOENT)
		dev_info(dev, "no _OSC: the platform keeps every PCIe service\n");
	else if (ret)
		dev_warn(dev, "_OSC failed: the platform keeps every PCIe service\n");
	else if (!wanted)
		dev_info(dev, "_OSC: not requesting OS control; OS requires [ExtendedConfig ASPM ClockPM MSI]\n");
	else if (!(ctrl & OSC_PCI_EXPRESS_CAPABILITY_CONTROL))
		dev_info(dev, "_OSC: the platform keeps every PCIe service (no PCIeCapability)\n");
	else
		dev_info(dev, "_OSC: OS now controls [%s]\n",
			 rpi_pcie_osc_decode(ctrl, names, sizeof(names)));
}
