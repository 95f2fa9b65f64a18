// SPDX-License-Identifier: GPL-2.0
/*
 * The SCMI agent's ACPI binding (Documentation/firmware-guide/acpi/
 * rpi-smc-scmi.rst), and the module's driver: a device with _HID
 * "RPIA0001" whose _DSD names the SMC function ids of its channels and
 * whose _CRS holds the shared-memory region (and, for notifications, a
 * platform-to-agent region and its interrupt). Probe sets up the channels
 * the firmware describes and the transport= parameter allows, makes sure
 * the SMC fastchannel really answers, runs base protocol discovery, and
 * creates a device for each protocol that has a driver of its own.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/arm-smccc.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/property.h>
#include <linux/string.h>

#include <rpi-acpi/rpi-smc.h>

#include "common.h"

#define RPI_SCMI_PROP_DOORBELL		"rpi-acpi,doorbell-smc-id"
#define RPI_SCMI_PROP_DOORBELL_PARAM	"rpi-acpi,doorbell-param"
#define RPI_SCMI_PROP_SMCF		"rpi-acpi,fastchannel-smc-id"
#define RPI_SCMI_PROP_TIMEOUT		"rpi-acpi,max-rx-timeout-ms"
#define RPI_SCMI_PROP_MAX_CMD		"rpi-acpi,max-command-size"
#define RPI_SCMI_PROP_P2A		"rpi-acpi,notification-shmem"

static char rpi_scmi_transport_param[8] = "auto";
module_param_string(transport, rpi_scmi_transport_param,
		    sizeof(rpi_scmi_transport_param), 0644);
MODULE_PARM_DESC(transport,
		 "SCMI channels to use: auto (SMC fastchannel, shared memory for what it cannot carry), smcf or shmem; read at probe");

/* The transport= values: which channels an agent may use. */
static const struct {
	const char *name;
	bool smcf;
	bool shmem;
} rpi_scmi_transport_modes[] = {
	{ "auto", true, true },
	{ "smcf", true, false },
	{ "shmem", false, true },
};

/* Read an optional u32 property: 0 when absent, -errno when malformed. */
static int rpi_scmi_prop_u32(struct device *dev, const char *name, u32 *val,
			     bool *present)
{
	int ret;

	*present = device_property_present(dev, name);
	if (!*present)
		return 0;
	ret = device_property_read_u32(dev, name, val);
	if (ret)
		return dev_err_probe(dev, ret, "_DSD \"%s\" is not an integer\n",
				     name);
	return 0;
}

static int rpi_scmi_acpi_timeout(struct device *dev,
				 struct rpi_scmi_agent *agent)
{
	bool present;
	u32 ms;
	int ret;

	ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_TIMEOUT, &ms, &present);
	if (ret || !present)
		return ret;
	if (!ms || ms > RPI_SCMI_TIMEOUT_US_MAX / USEC_PER_MSEC)
		return dev_err_probe(dev, -EINVAL, "_DSD \"%s\" = %u: not 1..%lu\n",
				     RPI_SCMI_PROP_TIMEOUT, ms,
				     RPI_SCMI_TIMEOUT_US_MAX / USEC_PER_MSEC);
	agent->timeout_us = ms * USEC_PER_MSEC;
	return 0;
}

static int rpi_scmi_acpi_shmem(struct platform_device *pdev,
			       struct rpi_scmi_agent *agent)
{
	struct rpi_scmi_shmem_desc desc = { };
	struct device *dev = &pdev->dev;
	struct rpi_scmi_transport *t;
	u32 param = 0, max_cmd = 0;
	struct resource *res;
	bool present;
	int ret;

	ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_DOORBELL, &desc.fid,
				&present);
	if (ret || !present)
		return ret;
	ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_DOORBELL_PARAM, &param,
				&present);
	if (!ret)
		ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_MAX_CMD, &max_cmd,
					&present);
	if (ret)
		return ret;
	if (param > 1)
		return dev_err_probe(dev, -EINVAL, "_DSD \"%s\" = %u: not 0 or 1\n",
				     RPI_SCMI_PROP_DOORBELL_PARAM, param);
	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	if (!res)
		return dev_err_probe(dev, -EINVAL,
				     "a doorbell but no shared memory in _CRS\n");
	desc.base = devm_ioremap_resource(dev, res);
	if (IS_ERR(desc.base))
		return dev_err_probe(dev, PTR_ERR(desc.base),
				     "cannot map the shared memory %pR\n", res);
	desc.size = resource_size(res);
	desc.phys = res->start;
	desc.param = param;
	desc.max_cmd = max_cmd;
	t = rpi_scmi_shmem_create(dev, &desc);
	if (IS_ERR(t))
		return dev_err_probe(dev, PTR_ERR(t),
				     "shared memory %pR with doorbell 0x%08x, longest command %u: not a fast call, smaller than 128 bytes, or a longest command below 20 bytes or beyond the region\n",
				     res, desc.fid, max_cmd);
	agent->chan[RPI_SCMI_CHAN_SHMEM] = t;
	return 0;
}

/* Is the SMC fastchannel there? Its first message tells. */
static int rpi_scmi_smcf_answers(struct rpi_scmi_agent *agent, u32 fid)
{
	int ret = rpi_scmi_chan_ping(agent, RPI_SCMI_CHAN_SMCF);

	if (ret == -EOPNOTSUPP && agent->chan[RPI_SCMI_CHAN_SHMEM]) {
		dev_warn(agent->dev,
			 "firmware does not answer the SMC fastchannel 0x%08x: shared memory only\n",
			 fid);
		agent->chan[RPI_SCMI_CHAN_SMCF] = NULL;
		return 0;
	}
	if (ret)
		return dev_err_probe(agent->dev, ret,
				     "SMC fastchannel 0x%08x does not work\n",
				     fid);
	return 0;
}

static int rpi_scmi_acpi_smcf(struct device *dev, struct rpi_scmi_agent *agent)
{
	struct rpi_scmi_transport *t;
	bool present;
	u32 fid;
	int ret;

	ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_SMCF, &fid, &present);
	if (ret || !present)
		return ret;
	/* x4..x17 are arguments and results only since SMCCC v1.2. */
	if (rpi_smc_get_conduit()->version < ARM_SMCCC_VERSION_1_2) {
		if (!agent->chan[RPI_SCMI_CHAN_SHMEM])
			return dev_err_probe(dev, -EOPNOTSUPP,
					     "the SMC fastchannel needs SMCCC v1.2\n");
		dev_warn(dev, "SMCCC older than v1.2: shared memory only\n");
		return 0;
	}
	t = rpi_scmi_smcf_create(dev, fid);
	if (IS_ERR(t))
		return dev_err_probe(dev, PTR_ERR(t),
				     "SMC fastchannel 0x%08x: not an SMC64 fast call\n",
				     fid);
	agent->chan[RPI_SCMI_CHAN_SMCF] = t;
	return rpi_scmi_smcf_answers(agent, fid);
}

/* The P2A channel's area (the _CRS memory range @index) and interrupt. */
static int rpi_scmi_acpi_p2a_get(struct platform_device *pdev,
				 struct rpi_scmi_agent *agent, u32 index)
{
	struct device *dev = &pdev->dev;
	struct resource *res;
	void __iomem *base;
	int irq, ret;

	/* Memory range 0 is the doorbell's when there is one. */
	if (!index && device_property_present(dev, RPI_SCMI_PROP_DOORBELL))
		return -EINVAL;
	res = platform_get_resource(pdev, IORESOURCE_MEM, index);
	if (!res)
		return -ENOENT;
	irq = platform_get_irq_optional(pdev, 0);
	if (irq < 0)
		return irq;
	base = devm_ioremap_resource(dev, res);
	if (IS_ERR(base))
		return PTR_ERR(base);
	ret = rpi_scmi_p2a_setup(agent, base, resource_size(res));
	if (!ret)
		ret = rpi_scmi_p2a_request_irq(agent, irq);
	return ret;
}

/*
 * The platform-to-agent channel, when _DSD names one. Notifications are an
 * extra: a channel that cannot be used leaves the agent without them,
 * with a warning, and the agent binds all the same.
 */
static void rpi_scmi_acpi_p2a(struct platform_device *pdev,
			      struct rpi_scmi_agent *agent)
{
	struct device *dev = &pdev->dev;
	bool present;
	u32 index;
	int ret;

	ret = rpi_scmi_prop_u32(dev, RPI_SCMI_PROP_P2A, &index, &present);
	if (!ret && !present)
		return;
	if (!ret)
		ret = rpi_scmi_acpi_p2a_get(pdev, agent, index);
	if (!ret)
		return;
	agent->p2a = NULL;
	dev_warn(dev, "_DSD \"%s\": no usable memory range and interrupt in _CRS (%pe): no notifications\n",
		 RPI_SCMI_PROP_P2A, ERR_PTR(ret));
}

/* The transport= parameter: an index in rpi_scmi_transport_modes. */
static int rpi_scmi_acpi_mode(struct device *dev)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rpi_scmi_transport_modes); i++)
		if (sysfs_streq(rpi_scmi_transport_param,
				rpi_scmi_transport_modes[i].name))
			return i;
	return dev_err_probe(dev, -EINVAL,
			     "transport=%s: not auto, smcf or shmem\n",
			     rpi_scmi_transport_param);
}

/*
 * The channels the firmware describes, of those @mode allows: those are
 * the agent's channels, and nothing else chooses between them.
 */
static int rpi_scmi_acpi_channels(struct platform_device *pdev,
				  struct rpi_scmi_agent *agent, int mode)
{
	struct device *dev = &pdev->dev;
	int ret = 0;

	if (rpi_scmi_transport_modes[mode].shmem)
		ret = rpi_scmi_acpi_shmem(pdev, agent);
	/* Told to use shared memory only: not even one SMC fastchannel call. */
	if (!ret && rpi_scmi_transport_modes[mode].smcf)
		ret = rpi_scmi_acpi_smcf(dev, agent);
	if (ret)
		return ret;
	if (agent->chan[RPI_SCMI_CHAN_SMCF] || agent->chan[RPI_SCMI_CHAN_SHMEM])
		return 0;
	if (!rpi_scmi_transport_modes[mode].smcf ||
	    !rpi_scmi_transport_modes[mode].shmem)
		return dev_err_probe(dev, -ENODEV,
				     "transport=%s, but the firmware has no such channel\n",
				     rpi_scmi_transport_param);
	return dev_err_probe(dev, -EINVAL,
			     "no channel: _DSD has neither \"%s\" nor \"%s\"\n",
			     RPI_SCMI_PROP_SMCF, RPI_SCMI_PROP_DOORBELL);
}

/* The protocols that have a driver of their own, on a child device. */
static const struct {
	u8 protocol_id;
	const char *name;
} rpi_scmi_children[] = {
	{ RPI_SCMI_PROTOCOL_PINCTRL, "rpi-scmi-pinctrl" },
};

static void rpi_scmi_child_remove(void *child)
{
	platform_device_unregister(child);
}

/*
 * A child device for each protocol the firmware lists that has a driver,
 * its ACPI companion the agent's child whose _ADR is the protocol id (so
 * that other devices' resources can point at it), when there is one.
 */
static int rpi_scmi_acpi_spawn(struct rpi_scmi_agent *agent)
{
	struct platform_device_info info = {
		.parent = agent->dev,
		.id = PLATFORM_DEVID_AUTO,
	};
	struct acpi_device *adev = ACPI_COMPANION(agent->dev), *child;
	struct platform_device *pdev;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rpi_scmi_children); i++) {
		if (!memchr(agent->base.protocols,
			    rpi_scmi_children[i].protocol_id,
			    agent->base.num_protocols))
			continue;
		child = adev ? acpi_find_child_device(adev,
					rpi_scmi_children[i].protocol_id,
					false) : NULL;
		info.name = rpi_scmi_children[i].name;
		info.fwnode = child ? acpi_fwnode_handle(child) : NULL;
		pdev = platform_device_register_full(&info);
		if (IS_ERR(pdev))
			return dev_err_probe(agent->dev, PTR_ERR(pdev),
					     "cannot create %s\n", info.name);
		if (devm_add_action_or_reset(agent->dev, rpi_scmi_child_remove,
					     pdev))
			return -ENOMEM;
	}
	return 0;
}

static int rpi_scmi_acpi_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct rpi_scmi_base_info *info;
	struct rpi_scmi_agent *agent;
	int ret, mode;

	if (rpi_smc_get_conduit()->conduit == SMCCC_CONDUIT_NONE)
		return dev_err_probe(dev, -ENODEV,
				     "no SMCCC v1.1 conduit to the firmware\n");
	mode = rpi_scmi_acpi_mode(dev);
	if (mode < 0)
		return mode;
	agent = devm_kzalloc(dev, sizeof(*agent), GFP_KERNEL);
	if (!agent)
		return -ENOMEM;
	rpi_scmi_agent_init(agent, dev);
	ret = rpi_scmi_acpi_timeout(dev, agent);
	if (!ret)
		ret = rpi_scmi_acpi_channels(pdev, agent, mode);
	if (ret)
		return ret;
	ret = rpi_scmi_base_discover(agent);
	if (ret)
		return dev_err_probe(dev, ret, "base protocol discovery failed\n");
	platform_set_drvdata(pdev, agent);
	rpi_scmi_acpi_p2a(pdev, agent);
	/* Findable before its children probe: they look it up. */
	ret = rpi_scmi_agent_register(agent);
	if (!ret)
		ret = rpi_scmi_acpi_spawn(agent);
	if (ret)
		return ret;

	info = &agent->base;
	dev_info(dev, "SCMI v%u.%u '%s:%s' firmware 0x%x, %u protocols, channels:%s%s%s\n",
		 rpi_scmi_version_major(info->version),
		 rpi_scmi_version_minor(info->version), info->vendor,
		 info->sub_vendor, info->impl_version, info->num_protocols,
		 agent->chan[RPI_SCMI_CHAN_SMCF] ? " smcf" : "",
		 agent->chan[RPI_SCMI_CHAN_SHMEM] ? " shmem" : "",
		 agent->p2a ? " p2a" : "");
	return 0;
}

static const struct acpi_device_id rpi_scmi_acpi_ids[] = {
	{ "RPIA0001", 0 },
	{ }
};
MODULE_DEVICE_TABLE(acpi, rpi_scmi_acpi_ids);

static struct platform_driver rpi_scmi_acpi_driver = {
	.probe = rpi_scmi_acpi_probe,
	.driver = {
		.name = "rpi-smc-scmi",
		.acpi_match_table = rpi_scmi_acpi_ids,
		.dev_groups = rpi_scmi_groups,
	},
};

static int __init rpi_smc_scmi_init(void)
{
	rpi_smc_conduit_probe();
	return platform_driver_register(&rpi_scmi_acpi_driver);
}
module_init(rpi_smc_scmi_init);

static void __exit rpi_smc_scmi_exit(void)
{
	platform_driver_unregister(&rpi_scmi_acpi_driver);
}
module_exit(rpi_smc_scmi_exit);

MODULE_DESCRIPTION("SCMI and PCIe configuration access over SMC under ACPI: SMCCC core and SCMI agent");
MODULE_LICENSE("GPL");
