// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-smc-scmi core module: the SMCCC layer the SCMI agent, its
 * transports and the PCIe host bridge share, and the SCMI agent's driver.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/arm-smccc.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/printk.h>

#include "rpi-smc.h"
#include "scmi.h"

static const char *rpi_smc_conduit_name(enum arm_smccc_conduit conduit)
{
	switch (conduit) {
	case SMCCC_CONDUIT_SMC:
		return "smc";
	case SMCCC_CONDUIT_HVC:
		return "hvc";
	default:
		return "none";
	}
}

static int __init rpi_smc_scmi_init(void)
{
	const struct rpi_smc_conduit *c = rpi_smc_conduit_probe();

	pr_info("firmware SMCCC v%u.%u, conduit %s\n",
		RPI_SMC_VERSION_MAJOR(c->version),
		RPI_SMC_VERSION_MINOR(c->version),
		rpi_smc_conduit_name(c->conduit));
	return platform_driver_register(&rpi_scmi_acpi_driver);
}
module_init(rpi_smc_scmi_init);

static void __exit rpi_smc_scmi_exit(void)
{
	platform_driver_unregister(&rpi_scmi_acpi_driver);
}
module_exit(rpi_smc_scmi_exit);

MODULE_DESCRIPTION("SCMI and PCIe configuration access over SMC under ACPI: SMCCC core");
MODULE_LICENSE("GPL");
