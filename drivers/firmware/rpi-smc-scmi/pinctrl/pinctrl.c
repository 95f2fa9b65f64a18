// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-scmi-pinctrl: the firmware's pin controller (SCMI pin control,
 * protocol 0x19) as a Linux pinctrl device. Pins, groups and functions
 * are what the firmware lists, read once at probe; every operation is a
 * translation into one SCMI command. The rpi-smc-scmi agent creates this
 * device when its firmware lists the protocol.
 */

#include <linux/device.h>
#include <linux/errno.h>
#include <linux/module.h>
#include <linux/pinctrl/pinconf-generic.h>
#include <linux/pinctrl/pinconf.h>
#include <linux/pinctrl/pinctrl.h>
#include <linux/pinctrl/pinmux.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include "pinctrl.h"

/* The newest pin control protocol version this driver implements: 1.0 */
#define RPI_SCMI_PC_VERSION	0x10000

static int rpi_scmi_pctl_groups_count(struct pinctrl_dev *pctldev)
{
	return ((struct rpi_scmi_pctl *)pinctrl_dev_get_drvdata(pctldev))->n.groups;
}

static const char *rpi_scmi_pctl_group_name(struct pinctrl_dev *pctldev,
					    unsigned int group)
{
	struct rpi_scmi_pctl *pctl = pinctrl_dev_get_drvdata(pctldev);

	return pctl->groups[group].name;
}

static int rpi_scmi_pctl_group_pins(struct pinctrl_dev *pctldev,
				    unsigned int group,
				    const unsigned int **pins,
				    unsigned int *npins)
{
	struct rpi_scmi_pctl *pctl = pinctrl_dev_get_drvdata(pctldev);

	*pins = pctl->groups[group].pins;
	*npins = pctl->groups[group].npins;
	return 0;
}

static const struct pinctrl_ops rpi_scmi_pctl_ops = {
	.get_groups_count = rpi_scmi_pctl_groups_count,
	.get_group_name = rpi_scmi_pctl_group_name,
	.get_group_pins = rpi_scmi_pctl_group_pins,
};

static int rpi_scmi_pmx_funcs_count(struct pinctrl_dev *pctldev)
{
	return ((struct rpi_scmi_pctl *)pinctrl_dev_get_drvdata(pctldev))->n.functions;
}

static const char *rpi_scmi_pmx_func_name(struct pinctrl_dev *pctldev,
					  unsigned int func)
{
	struct rpi_scmi_pctl *pctl = pinctrl_dev_get_drvdata(pctldev);

	return pctl->funcs[func].name;
}

static int rpi_scmi_pmx_func_groups(struct pinctrl_dev *pctldev,
				    unsigned int func,
				    const char * const **groups,
				    unsigned int *ngroups)
{
	struct rpi_scmi_pctl *pctl = pinctrl_dev_get_drvdata(pctldev);

	*groups = pctl->funcs[func].groups;
	*ngroups = pctl->funcs[func].ngroups;
	return 0;
}

static int rpi_scmi_pmx_set_mux(struct pinctrl_dev *pctldev, unsigned int func,
				unsigned int group)
{
	struct rpi_scmi_pctl *pctl = pinctrl_dev_get_drvdata(pctldev);

	return rpi_scmi_pc_configure(pctl->agent, RPI_SCMI_PC_GROUP, group,
				     func, NULL, NULL, 0);
}

static int rpi_scmi_pmx_request(struct pinctrl_dev *pctldev, unsigned int pin)
{
	return rpi_scmi_owner_get(pinctrl_dev_get_drvdata(pctldev), pin);
}

static int rpi_scmi_pmx_free(struct pinctrl_dev *pctldev, unsigned int pin)
{
	return rpi_scmi_owner_put(pinctrl_dev_get_drvdata(pctldev), pin);
}

static const struct pinmux_ops rpi_scmi_pmx_ops = {
	.get_functions_count = rpi_scmi_pmx_funcs_count,
	.get_function_name = rpi_scmi_pmx_func_name,
	.get_function_groups = rpi_scmi_pmx_func_groups,
	.set_mux = rpi_scmi_pmx_set_mux,
	.request = rpi_scmi_pmx_request,
	.free = rpi_scmi_pmx_free,
};

static int rpi_scmi_pconf_get(struct rpi_scmi_pctl *pctl,
			      enum rpi_scmi_pc_type type, unsigned int id,
			      unsigned long *config)
{
	u32 conf, value;
	int ret;

	ret = rpi_scmi_pconf_type(*config, &conf);
	if (ret)
		return ret;
	ret = rpi_scmi_pc_get(pctl->agent, type, id, conf, &value);
	if (ret)
		return ret == -EOPNOTSUPP ? -ENOTSUPP : ret;
	/* A flag that is not set: the pinconf core's "not active". */
	if (conf <= RPI_SCMI_PC_DRIVE_PUSH_PULL && !value)
		return -EINVAL;
	*config = pinconf_to_config_packed(pinconf_to_config_param(*config),
					   value);
	return 0;
}

static int rpi_scmi_pconf_set(struct rpi_scmi_pctl *pctl,
			      enum rpi_scmi_pc_type type, unsigned int id,
			      unsigned long *configs, unsigned int n)
{
	u32 *confs, *values;
	unsigned int i;
	int ret = 0;

	confs = kcalloc(2 * n, sizeof(*confs), GFP_KERNEL);
	if (!confs)
		return -ENOMEM;
	values = confs + n;
	for (i = 0; i < n && !ret; i++)
		ret = rpi_scmi_pconf_to_scmi(configs[i], &confs[i], &values[i]);
	if (!ret)
		ret = rpi_scmi_pc_configure(pctl->agent, type, id,
					    RPI_SCMI_PC_NO_FUNCTION, confs,
					    values, n);
	kfree(confs);
	return ret;
}

static int rpi_scmi_pin_config_get(struct pinctrl_dev *pctldev,
				   unsigned int pin, unsigned long *config)
{
	return rpi_scmi_pconf_get(pinctrl_dev_get_drvdata(pctldev),
				  RPI_SCMI_PC_PIN, pin, config);
}

static int rpi_scmi_pin_config_set(struct pinctrl_dev *pctldev,
				   unsigned int pin, unsigned long *configs,
				   unsigned int n)
{
	return rpi_scmi_pconf_set(pinctrl_dev_get_drvdata(pctldev),
				  RPI_SCMI_PC_PIN, pin, configs, n);
}

static int rpi_scmi_group_config_get(struct pinctrl_dev *pctldev,
				     unsigned int group, unsigned long *config)
{
	return rpi_scmi_pconf_get(pinctrl_dev_get_drvdata(pctldev),
				  RPI_SCMI_PC_GROUP, group, config);
}

static int rpi_scmi_group_config_set(struct pinctrl_dev *pctldev,
				     unsigned int group,
				     unsigned long *configs, unsigned int n)
{
	return rpi_scmi_pconf_set(pinctrl_dev_get_drvdata(pctldev),
				  RPI_SCMI_PC_GROUP, group, configs, n);
}

static const struct pinconf_ops rpi_scmi_pconf_ops = {
	.is_generic = true,
	.pin_config_get = rpi_scmi_pin_config_get,
	.pin_config_set = rpi_scmi_pin_config_set,
	.pin_config_group_get = rpi_scmi_group_config_get,
	.pin_config_group_set = rpi_scmi_group_config_set,
};

/* A name the firmware gave, kept for the device's life. */
static const char *rpi_scmi_pctl_name(struct rpi_scmi_pctl *pctl,
				      enum rpi_scmi_pc_type type, u32 id,
				      u32 *n)
{
	char name[RPI_SCMI_PC_NAME_LEN];
	int ret;

	ret = rpi_scmi_pc_attributes(pctl->agent, type, id, name, n);
	if (ret)
		return ERR_PTR(ret);
	return devm_kstrdup(pctl->dev, name, GFP_KERNEL) ?: ERR_PTR(-ENOMEM);
}

static int rpi_scmi_pctl_load_pins(struct rpi_scmi_pctl *pctl)
{
	unsigned int i;
	u32 n;

	pctl->pins = devm_kcalloc(pctl->dev, pctl->n.pins, sizeof(*pctl->pins),
				  GFP_KERNEL);
	pctl->pin_names = devm_kcalloc(pctl->dev, pctl->n.pins,
				       sizeof(*pctl->pin_names), GFP_KERNEL);
	if (!pctl->pins || !pctl->pin_names)
		return -ENOMEM;
	for (i = 0; i < pctl->n.pins; i++) {
		pctl->pins[i].number = i;
		pctl->pins[i].name = rpi_scmi_pctl_name(pctl, RPI_SCMI_PC_PIN,
							i, &n);
		if (IS_ERR(pctl->pins[i].name))
			return dev_err_probe(pctl->dev, PTR_ERR(pctl->pins[i].name),
					     "pin %u\n", i);
		pctl->pin_names[i] = pctl->pins[i].name;
	}
	return 0;
}

/* The @n ids a group or function lists, each below @limit. */
static u32 *rpi_scmi_pctl_list(struct rpi_scmi_pctl *pctl,
			       enum rpi_scmi_pc_type type, u32 id, u32 n,
			       u32 limit)
{
	u32 *ids, i;
	int ret;

	if (!n || n > limit)
		return ERR_PTR(-EPROTO);
	ids = devm_kcalloc(pctl->dev, n, sizeof(*ids), GFP_KERNEL);
	if (!ids)
		return ERR_PTR(-ENOMEM);
	ret = rpi_scmi_pc_list(pctl->agent, type, id, n, ids);
	if (ret)
		return ERR_PTR(ret);
	for (i = 0; i < n; i++)
		if (ids[i] >= limit)
			return ERR_PTR(-EPROTO);
	return ids;
}

static int rpi_scmi_pctl_load_groups(struct rpi_scmi_pctl *pctl)
{
	struct rpi_scmi_pctl_group *g;
	unsigned int i;
	u32 n, *ids;

	pctl->groups = devm_kcalloc(pctl->dev, pctl->n.groups,
				    sizeof(*pctl->groups), GFP_KERNEL);
	if (!pctl->groups)
		return -ENOMEM;
	for (i = 0; i < pctl->n.groups; i++) {
		g = &pctl->groups[i];
		g->name = rpi_scmi_pctl_name(pctl, RPI_SCMI_PC_GROUP, i, &n);
		ids = IS_ERR(g->name) ? ERR_CAST(g->name) :
		      rpi_scmi_pctl_list(pctl, RPI_SCMI_PC_GROUP, i, n,
					 pctl->n.pins);
		if (IS_ERR(ids))
			return dev_err_probe(pctl->dev, PTR_ERR(ids),
					     "group %u\n", i);
		g->pins = ids;
		g->npins = n;
	}
	return 0;
}

static int rpi_scmi_pctl_load_funcs(struct rpi_scmi_pctl *pctl)
{
	struct rpi_scmi_pctl_func *f;
	unsigned int i, j;
	u32 n, *ids;

	pctl->funcs = devm_kcalloc(pctl->dev, pctl->n.functions,
				   sizeof(*pctl->funcs), GFP_KERNEL);
	if (!pctl->funcs)
		return -ENOMEM;
	for (i = 0; i < pctl->n.functions; i++) {
		f = &pctl->funcs[i];
		f->name = rpi_scmi_pctl_name(pctl, RPI_SCMI_PC_FUNCTION, i, &n);
		ids = IS_ERR(f->name) ? ERR_CAST(f->name) :
		      rpi_scmi_pctl_list(pctl, RPI_SCMI_PC_FUNCTION, i, n,
					 pctl->n.groups);
		if (IS_ERR(ids))
			return dev_err_probe(pctl->dev, PTR_ERR(ids),
					     "function %u\n", i);
		f->groups = devm_kcalloc(pctl->dev, n, sizeof(*f->groups),
					 GFP_KERNEL);
		if (!f->groups)
			return -ENOMEM;
		for (j = 0; j < n; j++)
			f->groups[j] = pctl->groups[ids[j]].name;
		f->ngroups = n;
	}
	return 0;
}

static int rpi_scmi_pctl_load(struct rpi_scmi_pctl *pctl)
{
	u32 version;
	int ret;

	ret = rpi_scmi_protocol_version(pctl->agent, RPI_SCMI_PROTOCOL_PINCTRL,
					RPI_SCMI_PC_VERSION, &version);
	if (!ret)
		ret = rpi_scmi_pc_counts(pctl->agent, &pctl->n);
	if (ret)
		return dev_err_probe(pctl->dev, ret,
				     "pin control protocol attributes\n");
	if (!pctl->n.pins)
		return dev_err_probe(pctl->dev, -EPROTO,
				     "the firmware has no pins\n");
	ret = rpi_scmi_pctl_load_pins(pctl);
	if (!ret)
		ret = rpi_scmi_pctl_load_groups(pctl);
	if (!ret)
		ret = rpi_scmi_pctl_load_funcs(pctl);
	return ret;
}

static int rpi_scmi_pctl_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct rpi_scmi_pctl *pctl;
	int ret;

	pctl = devm_kzalloc(dev, sizeof(*pctl), GFP_KERNEL);
	if (!pctl)
		return -ENOMEM;
	pctl->dev = dev;
	pctl->agent = rpi_scmi_agent_of(dev->parent);
	if (!pctl->agent)
		return dev_err_probe(dev, -ENODEV, "no SCMI agent\n");
	ret = rpi_scmi_pctl_load(pctl);
	if (!ret)
		ret = rpi_scmi_owner_init(pctl);
	if (ret)
		return ret;

	pctl->desc = (struct pinctrl_desc) {
		.name = dev_name(dev),
		.pins = pctl->pins,
		.npins = pctl->n.pins,
		.pctlops = &rpi_scmi_pctl_ops,
		.pmxops = &rpi_scmi_pmx_ops,
		.confops = &rpi_scmi_pconf_ops,
		.owner = THIS_MODULE,
	};
	ret = devm_pinctrl_register_and_init(dev, &pctl->desc, pctl,
					     &pctl->pctldev);
	if (!ret)
		ret = pinctrl_enable(pctl->pctldev);
	if (ret)
		return dev_err_probe(dev, ret, "cannot register pinctrl\n");
	ret = rpi_scmi_gpio_register(pctl);
	if (ret)
		return ret;
	dev_info(dev, "%u pins, %u groups, %u functions\n", pctl->n.pins,
		 pctl->n.groups, pctl->n.functions);
	return 0;
}

static const struct platform_device_id rpi_scmi_pctl_ids[] = {
	{ "rpi-scmi-pinctrl" },
	{ }
};
MODULE_DEVICE_TABLE(platform, rpi_scmi_pctl_ids);

static struct platform_driver rpi_scmi_pctl_driver = {
	.probe = rpi_scmi_pctl_probe,
	.id_table = rpi_scmi_pctl_ids,
	.driver = {
		.name = "rpi-scmi-pinctrl",
	},
};
module_platform_driver(rpi_scmi_pctl_driver);

MODULE_DESCRIPTION("Pin control and GPIO over SCMI (protocol 0x19) under ACPI");
MODULE_LICENSE("GPL");
