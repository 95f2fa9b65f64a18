/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * DEN0115 (PCI configuration access over SMC) platform hooks for QEMU's
 * virt machine, for TF-A's services/std_svc/pci_svc.c: one segment, 0,
 * whose 256 buses are the machine's PCIe ECAM window
 * (PLAT_QEMU_PCIE_ECAM_BASE, mapped for BL31 by the project's patch to
 * plat/qemu's platform_def.h). A function that does not exist reads as all
 * ones, as the ECAM window itself answers.
 *
 * pci_svc.c has checked the segment (through pci_get_bus_for_seg()), the
 * size (1, 2 or 4) and that the access ends inside the 4 KiB function
 * space, and the project's wrapper around it (rpi_acpi_pci_wrap.c) that
 * the offset is aligned to the size; the SCMI PCI protocol
 * (rpi_acpi_pci_scmi.c) checks the same before it calls the hooks.
 *
 * The hooks have two behaviours, chosen at run time by the test service's
 * TEST_PCI_MODE (boot starts in the full one):
 *
 * - full: every function of the ECAM window; an access not aligned to its
 *   size is refused here too, with INVALID_PARAMETER;
 * - Raspberry Pi 4: what TF-A's plat/rpi/common/rpi_pci_svc.c lets through
 *   on a Pi, with QEMU's device numbers. The Pi's bus 0 holds only its root
 *   port, 00:00.0; on virt 00:00.0 is QEMU's host bridge and the root port
 *   the machine is given for this is 00:01.0 (QEMU_RPI4_ROOT_PORT_DEV), so
 *   bus 0 lets through 00:01.0 alone. Bus 1 lets through device 0 only,
 *   buses 2..255 everything, and nothing past bus 0 while the link is down.
 *   The Pi reads its link state from the controller's status register;
 *   virt has none, so the link is up or down as the mode says.
 *   A refused read returns success with 0xffffffff whatever its size, and
 *   a refused write succeeds without writing, exactly as on the Pi.
 *   Like the Pi's hooks, these do not look at alignment: an unaligned
 *   access that reached them would be an unaligned load or store on a
 *   Device mapping at EL3 (SCTLR_EL3.A is set), a fatal alignment fault,
 *   as on a Pi. Only the checks before the hooks stand in its way, and
 *   the ABI check (firmware/tests/sip-abi) proves on this path that they
 *   do.
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/mmio.h>
#include <lib/smccc.h>
#include <lib/utils_def.h>
#include <platform_def.h>
#include <services/pci_svc.h>
#include <services/rpi_acpi_pci_test.h>
#include <services/rpi_acpi_sip.h>

#define QEMU_ECAM_BUS_SHIFT	U(20)
#define QEMU_ECAM_DEV_SHIFT	U(15)
#define QEMU_ECAM_FUN_SHIFT	U(12)
#define QEMU_ECAM_LAST_BUS	\
	((uint32_t)(PLAT_QEMU_PCIE_ECAM_SIZE >> QEMU_ECAM_BUS_SHIFT) - 1U)

/* The root port standing for the Pi's 00:00.0 in the Pi 4 modes */
#define QEMU_RPI4_ROOT_PORT_DEV	U(1)
/* What a refused read returns on a Pi, whatever its size */
#define QEMU_RPI4_REFUSED_VAL	U(0xffffffff)

/* RPI_ACPI_PCI_MODE_*; set by TEST_PCI_MODE, read by every CPU. */
static volatile uint32_t qemu_pci_mode = RPI_ACPI_PCI_MODE_FULL;

/* Address of @off in the function @addr names (segment 0). */
static uintptr_t qemu_ecam_addr(uint32_t addr, uint32_t off)
{
	uint64_t base = PLAT_QEMU_PCIE_ECAM_BASE;

	base += (uint64_t)PCI_ADDR_BUS(addr) << QEMU_ECAM_BUS_SHIFT;
	base += (uint64_t)PCI_ADDR_DEV(addr) << QEMU_ECAM_DEV_SHIFT;
	base += (uint64_t)PCI_ADDR_FUN(addr) << QEMU_ECAM_FUN_SHIFT;
	return (uintptr_t)(base + (off & PCI_OFFSET_MASK));
}

/* Segment 0, a bus of the window, size 1, 2 or 4; aligned in full mode. */
static bool qemu_ecam_access_ok(uint32_t addr, uint32_t off, uint32_t sz,
				uint32_t mode)
{
	return (PCI_ADDR_SEG(addr) == 0U) &&
	       (PCI_ADDR_BUS(addr) <= QEMU_ECAM_LAST_BUS) &&
	       ((sz == SMC_PCI_SZ_8BIT) || (sz == SMC_PCI_SZ_16BIT) ||
		(sz == SMC_PCI_SZ_32BIT)) &&
	       ((mode != RPI_ACPI_PCI_MODE_FULL) || ((off & (sz - 1U)) == 0U));
}

/* True when a Pi 4's hooks would not let an access to @addr through. */
static bool qemu_rpi4_refused(uint32_t addr, uint32_t mode)
{
	uint32_t bus = PCI_ADDR_BUS(addr);

	if (mode == RPI_ACPI_PCI_MODE_FULL) {
		return false;
	}
	if (bus == 0U) {
		return (PCI_ADDR_DEV(addr) != QEMU_RPI4_ROOT_PORT_DEV) ||
		       (PCI_ADDR_FUN(addr) != 0U);
	}
	if ((bus == 1U) && (PCI_ADDR_DEV(addr) != 0U)) {
		return true;
	}
	return mode == RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN;
}

/**
 * pci_read_config() - read from a function's configuration space
 * @addr: segment, bus, device and function, encoded as DEN0115 says
 * @off: offset in the function's configuration space
 * @sz: size of the access in bytes: 1, 2 or 4
 * @val: set to the value read, zero-extended
 *
 * Return: SMC_PCI_CALL_SUCCESS (@val is 0xffffffff for a function the
 * Pi 4 modes refuse), or SMC_PCI_CALL_INVAL_PARAM for an access outside
 * segment 0, of another size, or (full mode) not aligned to its size.
 */
uint32_t pci_read_config(uint32_t addr, uint32_t off, uint32_t sz,
			 uint32_t *val)
{
	uintptr_t reg = qemu_ecam_addr(addr, off);
	uint32_t mode = qemu_pci_mode;

	if (!qemu_ecam_access_ok(addr, off, sz, mode)) {
		*val = 0U;
		return (uint32_t)SMC_PCI_CALL_INVAL_PARAM;
	}
	if (qemu_rpi4_refused(addr, mode)) {
		*val = QEMU_RPI4_REFUSED_VAL;
		return SMC_PCI_CALL_SUCCESS;
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
 * Return: SMC_PCI_CALL_SUCCESS (nothing is written to a function the Pi 4
 * modes refuse), or SMC_PCI_CALL_INVAL_PARAM for an access outside
 * segment 0, of another size, or (full mode) not aligned to its size.
 */
uint32_t pci_write_config(uint32_t addr, uint32_t off, uint32_t sz,
			  uint32_t val)
{
	uintptr_t reg = qemu_ecam_addr(addr, off);
	uint32_t mode = qemu_pci_mode;

	if (!qemu_ecam_access_ok(addr, off, sz, mode)) {
		return (uint32_t)SMC_PCI_CALL_INVAL_PARAM;
	}
	if (qemu_rpi4_refused(addr, mode)) {
		return SMC_PCI_CALL_SUCCESS;
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
 * The answer is the same in every mode, as on a Pi (buses 0..255).
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

/**
 * rpi_acpi_pci_set_mode() - TEST_PCI_MODE: choose how the hooks behave
 * @mode: RPI_ACPI_PCI_MODE_FULL, _RPI4 or _RPI4_LINK_DOWN
 *
 * Return: SMC_OK, or SMC_ARCH_CALL_INVAL_PARAM for any other @mode (the
 * mode is then unchanged).
 */
int32_t rpi_acpi_pci_set_mode(uint32_t mode)
{
	if ((mode != RPI_ACPI_PCI_MODE_FULL) &&
	    (mode != RPI_ACPI_PCI_MODE_RPI4) &&
	    (mode != RPI_ACPI_PCI_MODE_RPI4_LINK_DOWN)) {
		return SMC_ARCH_CALL_INVAL_PARAM;
	}
	qemu_pci_mode = mode;
	return (int32_t)SMC_OK;
}
