// SPDX-License-Identifier: GPL-2.0
/*
 * PCIe configuration access backend: Arm's PCI Configuration Space Access
 * Firmware Interface (DEN0115), fast SMC32 calls of the standard service
 * owner, as TF-A serves them (services/std_svc/pci_svc.c): the firmware a
 * Raspberry Pi 4 boots with pftf's UEFI already has it.
 *
 * Every access is one PCI_READ or PCI_WRITE through rpi_smc_invoke(). The
 * discovery calls (PCI_VERSION, PCI_FEATURES, PCI_SEG_INFO) run once, when
 * the bridge probes.
 */

#include <linux/arm-smccc.h>
#include <linux/bitfield.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/ioport.h>
#include <linux/types.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "pcie.h"

#define DEN0115_FN(num)		ARM_SMCCC_CALL_VAL(ARM_SMCCC_FAST_CALL, \
						   ARM_SMCCC_SMC_32,	\
						   ARM_SMCCC_OWNER_STANDARD, (num))
#define DEN0115_PCI_VERSION	DEN0115_FN(0x130)
#define DEN0115_PCI_FEATURES	DEN0115_FN(0x131)
#define DEN0115_PCI_READ	DEN0115_FN(0x132)
#define DEN0115_PCI_WRITE	DEN0115_FN(0x133)
#define DEN0115_PCI_SEG_INFO	DEN0115_FN(0x134)

/* PCI_READ/PCI_WRITE x1: the function's address */
#define DEN0115_ADDR_DEVFN	GENMASK(7, 0)
#define DEN0115_ADDR_BUS	GENMASK(15, 8)
#define DEN0115_ADDR_SEG	GENMASK(31, 16)
/* PCI_VERSION x0 on success */
#define DEN0115_VERSION_MAJOR	GENMASK(30, 16)
#define DEN0115_VERSION_MINOR	GENMASK(15, 0)
/* PCI_SEG_INFO x1 on success */
#define DEN0115_SEG_BUS_START	GENMASK(7, 0)
#define DEN0115_SEG_BUS_END	GENMASK(15, 8)

/*
 * One DEN0115 call with x1..x4. Return: the errno of the status in the
 * low 32 bits of x0, or -EOPNOTSUPP without an SMCCC conduit.
 */
static int den0115_call(u32 fn, unsigned long a1, unsigned long a2,
			unsigned long a3, unsigned long a4,
			struct arm_smccc_1_2_regs *res)
{
	const struct arm_smccc_1_2_regs args = {
		.a0 = fn, .a1 = a1, .a2 = a2, .a3 = a3, .a4 = a4,
	};
	int ret;

	ret = rpi_smc_invoke(&args, res);
	if (ret)
		return ret;
	return rpi_smc_status_to_errno(RPI_SMC_STATUS_PCI, (s32)res->a0);
}

static u32 den0115_addr(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			unsigned int devfn)
{
	return FIELD_PREP(DEN0115_ADDR_SEG, cfg->seg) |
	       FIELD_PREP(DEN0115_ADDR_BUS, bus) |
	       FIELD_PREP(DEN0115_ADDR_DEVFN, devfn);
}

static int den0115_read(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			unsigned int devfn, unsigned int where,
			unsigned int size, u32 *val)
{
	struct arm_smccc_1_2_regs res;
	int ret;

	ret = den0115_call(DEN0115_PCI_READ, den0115_addr(cfg, bus, devfn),
			   where, size, 0, &res);
	*val = ret ? 0 : (u32)res.a1;
	return ret;
}

static int den0115_write(const struct rpi_pcie_cfg *cfg, unsigned int bus,
			 unsigned int devfn, unsigned int where,
			 unsigned int size, u32 val)
{
	struct arm_smccc_1_2_regs res;

	return den0115_call(DEN0115_PCI_WRITE, den0115_addr(cfg, bus, devfn),
			    where, size, val, &res);
}

/* PCI_VERSION 1.x, and PCI_FEATURES says every call the bridge makes exists. */
static int den0115_check_version(struct device *dev)
{
	static const u32 needed[] = {
		DEN0115_PCI_READ, DEN0115_PCI_WRITE, DEN0115_PCI_SEG_INFO,
	};
	const struct arm_smccc_1_2_regs args = { .a0 = DEN0115_PCI_VERSION };
	struct arm_smccc_1_2_regs res;
	unsigned int i;
	u32 version;
	int ret;

	/* Success returns the version, bit 31 clear; errors are negative. */
	ret = rpi_smc_invoke(&args, &res);
	if (ret)
		return ret;
	version = (u32)res.a0;
	if ((s32)version < 0 || FIELD_GET(DEN0115_VERSION_MAJOR, version) != 1)
		return -ENODEV;
	for (i = 0; i < ARRAY_SIZE(needed); i++) {
		ret = den0115_call(DEN0115_PCI_FEATURES, needed[i], 0, 0, 0,
				   &res);
		if (ret)
			return -ENODEV;
	}
	dev_dbg(dev, "DEN0115 v%u.%u\n",
		(u32)FIELD_GET(DEN0115_VERSION_MAJOR, version),
		(u32)FIELD_GET(DEN0115_VERSION_MINOR, version));
	return 0;
}

/*
 * The firmware serves DEN0115 version 1, every function the bridge uses,
 * and the segment; the bus range shrinks to the buses the firmware has.
 */
static int den0115_probe(struct device *dev, struct rpi_pcie_cfg *cfg,
			 struct resource *busr)
{
	struct arm_smccc_1_2_regs res;
	int ret;

	ret = den0115_check_version(dev);
	if (ret)
		return ret;
	ret = den0115_call(DEN0115_PCI_SEG_INFO, cfg->seg, 0, 0, 0, &res);
	if (ret)
		return -ENODEV;
	return rpi_pcie_fit_buses(dev, busr,
				  FIELD_GET(DEN0115_SEG_BUS_START, res.a1),
				  FIELD_GET(DEN0115_SEG_BUS_END, res.a1));
}

/*
 * Configuration access through Arm DEN0115 calls: PCI_READ and PCI_WRITE
 * with x1 = segment << 16 | bus << 8 | devfn, x2 = offset, x3 = size,
 * x4 = 0 or the value; status in w0 (0, or -1 NOT_SUPPORTED, -2
 * INVALID_PARAMETER, -3 NOT_IMPLEMENTED), a read's value in x1.
 */
const struct rpi_pcie_backend_ops rpi_pcie_den0115_ops = {
	.name = "DEN0115",
	.probe = den0115_probe,
	.read = den0115_read,
	.write = den0115_write,
};
EXPORT_SYMBOL_IF_KUNIT(rpi_pcie_den0115_ops);
