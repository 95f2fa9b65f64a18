/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * BL2 on QEMU virt: the rpi-acpi services' edits of the device tree QEMU
 * hands to the firmware, before UEFI reads it (TF-A's update_dt() calls
 * rpi_acpi_qemu_dt_fixup(), patches/0005-*).
 *
 * - The SCMI SMT channel's page must be memory neither UEFI nor the OS
 *   uses. UEFI builds its memory map from /memory alone (it ignores
 *   /reserved-memory), so /memory now starts after the page: the device
 *   tree's 1 MiB at the start of RAM and the page leave it.
 * - The channel is described for an OS booted with the device tree, the
 *   way upstream Linux's SCMI SMC transport reads it: a /firmware/scmi
 *   node ("arm,scmi-smc", the doorbell's function id) and its shared
 *   memory, an "arm,scmi-shmem" node under /reserved-memory, with a
 *   protocol@19 child for pin control. An OS booted with ACPI learns the
 *   same from the firmware's SSDT instead.
 */

#include <stdint.h>
#include <stdio.h>

#include <common/debug.h>
#include <common/fdt_wrappers.h>
#include <libfdt.h>
#include <plat/rpi_acpi_qemu_dt.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_scmi.h>

#define SHMEM_BASE	RPI_ACPI_SCMI_SHMEM_QEMU
#define SHMEM_END	(RPI_ACPI_SCMI_SHMEM_QEMU + RPI_ACPI_SCMI_SHMEM_SIZE)

/* Set @node's "reg" to one range, in the cells its parent uses. */
static int rpi_acpi_dt_set_reg(void *fdt, int node, uint64_t base,
			       uint64_t size)
{
	int parent = fdt_parent_offset(fdt, node);
	uint32_t cells[4];
	int ac, sc, n = 0;

	if (parent < 0) {
		return parent;
	}
	ac = fdt_address_cells(fdt, parent);
	sc = fdt_size_cells(fdt, parent);
	if ((ac < 1) || (ac > 2) || (sc < 1) || (sc > 2)) {
		return -FDT_ERR_BADNCELLS;
	}
	if (ac == 2) {
		cells[n++] = cpu_to_fdt32((uint32_t)(base >> 32));
	}
	cells[n++] = cpu_to_fdt32((uint32_t)base);
	if (sc == 2) {
		cells[n++] = cpu_to_fdt32((uint32_t)(size >> 32));
	}
	cells[n++] = cpu_to_fdt32((uint32_t)size);
	return fdt_setprop(fdt, node, "reg", cells, n * sizeof(uint32_t));
}

/* Start the memory node that holds the page right after it. */
static int rpi_acpi_dt_hide_shmem(void *fdt)
{
	int node = -1;
	uintptr_t base;
	size_t size;
	char name[32];
	int ret;

	for (;;) {
		node = fdt_node_offset_by_prop_value(fdt, node, "device_type",
						     "memory", sizeof("memory"));
		if (node < 0) {
			ERROR("rpi-acpi: no /memory holds 0x%x\n", SHMEM_BASE);
			return node;
		}
		if ((fdt_get_reg_props_by_index(fdt, node, 0, &base,
						&size) == 0) &&
		    (base <= SHMEM_BASE) && ((base + size) > SHMEM_END)) {
			break;
		}
	}
	ret = rpi_acpi_dt_set_reg(fdt, node, SHMEM_END,
				  (base + size) - SHMEM_END);
	if (ret == 0) {
		snprintf(name, sizeof(name), "memory@%x", SHMEM_END);
		ret = fdt_set_name(fdt, node, name);
	}
	return ret;
}

/* /reserved-memory/scmi-shmem@...: the channel, for the OS; sets @phandle. */
static int rpi_acpi_dt_add_shmem(void *fdt, uint32_t *phandle)
{
	char name[32];
	int rmem, node, ret;

	rmem = fdt_path_offset(fdt, "/reserved-memory");
	if (rmem < 0) {
		rmem = fdt_add_subnode(fdt, 0, "reserved-memory");
		if (rmem < 0) {
			return rmem;
		}
		ret = fdt_setprop_u32(fdt, rmem, "#address-cells",
				      fdt_address_cells(fdt, 0));
		if (ret == 0) {
			ret = fdt_setprop_u32(fdt, rmem, "#size-cells",
					      fdt_size_cells(fdt, 0));
		}
		if (ret == 0) {
			ret = fdt_setprop_empty(fdt, rmem, "ranges");
		}
		if (ret != 0) {
			return ret;
		}
	}
	snprintf(name, sizeof(name), "scmi-shmem@%x", SHMEM_BASE);
	node = fdt_add_subnode(fdt, rmem, name);
	if (node < 0) {
		return node;
	}
	ret = fdt_generate_phandle(fdt, phandle);
	if (ret == 0) {
		ret = fdt_setprop_string(fdt, node, "compatible",
					 "arm,scmi-shmem");
	}
	if (ret == 0) {
		ret = rpi_acpi_dt_set_reg(fdt, node, SHMEM_BASE,
					  RPI_ACPI_SCMI_SHMEM_SIZE);
	}
	if (ret == 0) {
		ret = fdt_setprop_empty(fdt, node, "no-map");
	}
	if (ret == 0) {
		ret = fdt_setprop_u32(fdt, node, "phandle", *phandle);
	}
	return ret;
}

/*
 * /firmware/scmi/protocol@19: the pin control protocol, which upstream
 * Linux's pinctrl-scmi binds to (its SCMI core makes a device only for
 * the protocols the node lists).
 */
static int rpi_acpi_dt_add_pinctrl(void *fdt, int scmi)
{
	char name[sizeof("protocol@ff")];
	int node;

	snprintf(name, sizeof(name), "protocol@%x",
		 RPI_ACPI_PINCTRL_PROTOCOL_ID);
	node = fdt_add_subnode(fdt, scmi, name);
	if (node < 0) {
		return node;
	}
	return fdt_setprop_u32(fdt, node, "reg", RPI_ACPI_PINCTRL_PROTOCOL_ID);
}

/* /firmware/scmi: upstream's "arm,scmi-smc" binding, the doorbell's id. */
static int rpi_acpi_dt_add_scmi(void *fdt, uint32_t shmem)
{
	int fw, node, ret;

	fw = fdtw_find_or_add_subnode(fdt, 0, "firmware");
	if (fw < 0) {
		return fw;
	}
	node = fdt_add_subnode(fdt, fw, "scmi");
	if (node < 0) {
		return node;
	}
	ret = fdt_setprop_string(fdt, node, "compatible", "arm,scmi-smc");
	if (ret == 0) {
		ret = fdt_setprop_u32(fdt, node, "arm,smc-id",
				      RPI_ACPI_SCMI_SMT_DOORBELL);
	}
	if (ret == 0) {
		ret = fdt_setprop_u32(fdt, node, "shmem", shmem);
	}
	if (ret == 0) {
		ret = fdt_setprop_u32(fdt, node, "#address-cells", 1U);
	}
	if (ret == 0) {
		ret = fdt_setprop_u32(fdt, node, "#size-cells", 0U);
	}
	if (ret == 0) {
		ret = rpi_acpi_dt_add_pinctrl(fdt, node);
	}
	return ret;
}

int rpi_acpi_qemu_dt_fixup(void *fdt)
{
	uint32_t shmem;
	int ret;

	ret = rpi_acpi_dt_hide_shmem(fdt);
	if (ret == 0) {
		ret = rpi_acpi_dt_add_shmem(fdt, &shmem);
	}
	if (ret == 0) {
		ret = rpi_acpi_dt_add_scmi(fdt, shmem);
	}
	if (ret != 0) {
		ERROR("rpi-acpi: device tree: %s\n", fdt_strerror(ret));
		return ret;
	}
	NOTICE("rpi-acpi: /memory starts at 0x%x, after the SCMI channel\n",
	       SHMEM_END);
	return 0;
}
