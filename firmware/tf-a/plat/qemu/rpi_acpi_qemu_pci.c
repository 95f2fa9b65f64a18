/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * DEN0115 (PCI configuration access over SMC) platform hooks for QEMU's
 * virt machine, for TF-A's services/std_svc/pci_svc.c: one segment, 0,
 * whose 256 buses are the machine's PCIe ECAM window
 * (PLAT_QEMU_PCIE_ECAM_BASE, mapped for BL31 by the project's patch to
 * plat/qemu's platform_def.h). A function that does not exist reads as
 * all ones, as the ECAM window itself answers.
 *
 * pci_svc.c has checked the segment (through pci_get_bus_for_seg()), the
 * size (1, 2 or 4) and that the access ends inside the 4 KiB function
 * space; the hooks add the one check a device mapping needs: the offset
 * must be aligned to the size.
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/mmio.h>
#include <lib/utils_def.h>
#include <platform_def.h>
#include <services/pci_svc.h>

#define QEMU_ECAM_BUS_SHIFT	U(20)
#define QEMU_ECAM_DEV_SHIFT	U(15)
#define QEMU_ECAM_FUN_SHIFT	U(12)
#define QEMU_ECAM_LAST_BUS	\
	((uint32_t)(PLAT_QEMU_PCIE_ECAM_SIZE >> QEMU_ECAM_BUS_SHIFT) - 1U)

/* Address of @off in the function @addr names (segment 0). */
static uintptr_t qemu_ecam_addr(uint32_t addr, uint32_t off)
{
	uint64_t base = PLAT_QEMU_PCIE_ECAM_BASE;

	base += (uint64_t)PCI_ADDR_BUS(addr) << QEMU_ECAM_BUS_SHIFT;
	base += (uint64_t)PCI_ADDR_DEV(addr) << QEMU_ECAM_DEV_SHIFT;
	base += (uint64_t)PCI_ADDR_FUN(addr) << QEMU_ECAM_FUN_SHIFT;
	return (uintptr_t)(base + (off & PCI_OFFSET_MASK));
}

static bool qemu_ecam_access_ok(uint32_t addr, uint32_t off, uint32_t sz)
{
	return (PCI_ADDR_SEG(addr) == 0U) &&
	       (PCI_ADDR_BUS(addr) <= QEMU_ECAM_LAST_BUS) &&
	       ((sz == SMC_PCI_SZ_8BIT) || (sz == SMC_PCI_SZ_16BIT) ||
		(sz == SMC_PCI_SZ_32BIT)) &&
	       ((off & (sz - 1U)) == 0U);
}

/**
 * pci_read_config() - read from a function's configuration space
 * @addr: segment, bus, device and function, encoded as DEN0115 says
 * @off: offset in the function's configuration space
 * @sz: size of the access in bytes: 1, 2 or 4
 * @val: set to the value read, zero-extended
 *
 * Return: SMC_PCI_CALL_SUCCESS, or SMC_PCI_CALL_INVAL_PARAM for an access
 * outside segment 0 or one not aligned to its size.
 */
uint32_t pci_read_config(uint32_t addr, uint32_t off, uint32_t sz,
			 uint32_t *val)
{
	uintptr_t reg = qemu_ecam_addr(addr, off);

	if (!qemu_ecam_access_ok(addr, off, sz)) {
		*val = 0U;
		return (uint32_t)SMC_PCI_CALL_INVAL_PARAM;
	}
	switch (sz) {
	case SMC_PCI_SZ_8BIT:
		*val = mmio_read_8(reg);
		break;
	case SMC_PCI_SZ_16BIT:
		*val = mmio_read_16(reg);
		break;
	default:
		*val = mmio_read_32(reg);
		break;
	}
	return SMC_PCI_CALL_SUCCESS;
}

/**
 * pci_write_config() - write to a function's configuration space
 * @addr: segment, bus, device and function, encoded as DEN0115 says
 * @off: offset in the function's configuration space
 * @sz: size of the access in bytes: 1, 2 or 4
 * @val: value to write (its low @sz bytes)
 *
 * Return: SMC_PCI_CALL_SUCCESS, or SMC_PCI_CALL_INVAL_PARAM for an access
 * outside segment 0 or one not aligned to its size.
 */
uint32_t pci_write_config(uint32_t addr, uint32_t off, uint32_t sz,
			  uint32_t val)
{
	uintptr_t reg = qemu_ecam_addr(addr, off);

	if (!qemu_ecam_access_ok(addr, off, sz)) {
		return (uint32_t)SMC_PCI_CALL_INVAL_PARAM;
	}
	switch (sz) {
	case SMC_PCI_SZ_8BIT:
		mmio_write_8(reg, (uint8_t)val);
		break;
	case SMC_PCI_SZ_16BIT:
		mmio_write_16(reg, (uint16_t)val);
		break;
	default:
		mmio_write_32(reg, val);
		break;
	}
	return SMC_PCI_CALL_SUCCESS;
}

/**
 * pci_get_bus_for_seg() - bus range of a segment and the next segment
 * @seg: segment asked about
 * @bus_range: set to first bus | (last bus << 8)
 * @nseg: set to the next segment, 0 when @seg is the last
 *
 * Return: SMC_PCI_CALL_SUCCESS for segment 0, SMC_PCI_CALL_NOT_IMPL for
 * any other.
 */
uint32_t pci_get_bus_for_seg(uint32_t seg, uint32_t *bus_range,
			     uint32_t *nseg)
{
	*nseg = 0U;
	if (seg != 0U) {
		*bus_range = 0U;
		return (uint32_t)SMC_PCI_CALL_NOT_IMPL;
	}
	*bus_range = QEMU_ECAM_LAST_BUS << 8;
	return SMC_PCI_CALL_SUCCESS;
}
