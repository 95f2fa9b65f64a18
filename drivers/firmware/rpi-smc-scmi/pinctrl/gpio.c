// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-scmi-pinctrl's gpio_chip: a GPIO line per firmware pin, named as the
 * firmware names the pin. Direction and levels are SCMI pin configuration
 * types (input mode, output mode, input value, output value), so every
 * operation is one SETTINGS_GET or SETTINGS_CONFIGURE, one SMC on the SMC
 * fastchannel. Nothing sleeps: can_sleep is false, and the lines work from
 * atomic context.
 *
 * SCMI pin control has no interrupts. When the firmware also serves the
 * project's GPIO interrupt protocol (0x81), gpio_irq.c gives the chip an
 * interrupt chip; otherwise to_irq fails, so a GpioInt consumer gets a
 * clear error instead of an interrupt that never comes.
 */

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/gpio/driver.h>

#include <rpi-acpi/compat.h>

#include "pinctrl.h"

static struct rpi_scmi_agent *rpi_scmi_gpio_agent(struct gpio_chip *gc)
{
	return ((struct rpi_scmi_pctl *)gpiochip_get_data(gc))->agent;
}

static int rpi_scmi_gpio_conf(struct gpio_chip *gc, unsigned int off,
			      const u32 *confs, const u32 *values, u32 n)
{
	return rpi_scmi_pc_configure(rpi_scmi_gpio_agent(gc), RPI_SCMI_PC_PIN,
				     off, RPI_SCMI_PC_NO_FUNCTION, confs,
				     values, n);
}

static int rpi_scmi_gpio_get_direction(struct gpio_chip *gc, unsigned int off)
{
	u32 out;
	int ret;

	ret = rpi_scmi_pc_get(rpi_scmi_gpio_agent(gc), RPI_SCMI_PC_PIN, off,
			      RPI_SCMI_PC_OUTPUT_MODE, &out);
	if (ret)
		return ret;
	return out ? GPIO_LINE_DIRECTION_OUT : GPIO_LINE_DIRECTION_IN;
}

static int rpi_scmi_gpio_direction_input(struct gpio_chip *gc,
					 unsigned int off)
{
	static const u32 conf = RPI_SCMI_PC_INPUT_MODE, one = 1;

	return rpi_scmi_gpio_conf(gc, off, &conf, &one, 1);
}

/* The level first, then the driver: the line never drives the old level. */
static int rpi_scmi_gpio_direction_output(struct gpio_chip *gc,
					  unsigned int off, int value)
{
	static const u32 confs[] = {
		RPI_SCMI_PC_OUTPUT_VALUE, RPI_SCMI_PC_OUTPUT_MODE,
	};
	const u32 values[] = { !!value, 1 };

	return rpi_scmi_gpio_conf(gc, off, confs, values, ARRAY_SIZE(confs));
}

static int rpi_scmi_gpio_get(struct gpio_chip *gc, unsigned int off)
{
	u32 value;
	int ret;

	ret = rpi_scmi_pc_get(rpi_scmi_gpio_agent(gc), RPI_SCMI_PC_PIN, off,
			      RPI_SCMI_PC_INPUT_VALUE, &value);
	return ret ?: !!value;
}

static int rpi_scmi_gpio_get_multiple(struct gpio_chip *gc,
				      unsigned long *mask, unsigned long *bits)
{
	unsigned int off;
	int value;

	for_each_set_bit(off, mask, gc->ngpio) {
		value = rpi_scmi_gpio_get(gc, off);
		if (value < 0)
			return value;
		__assign_bit(off, bits, value);
	}
	return 0;
}

static int rpi_scmi_gpio_set(struct gpio_chip *gc, unsigned int off, int value)
{
	static const u32 conf = RPI_SCMI_PC_OUTPUT_VALUE;
	const u32 v = !!value;

	return rpi_scmi_gpio_conf(gc, off, &conf, &v, 1);
}

static int rpi_scmi_gpio_set_multiple(struct gpio_chip *gc,
				      unsigned long *mask, unsigned long *bits)
{
	unsigned int off;
	int ret;

	for_each_set_bit(off, mask, gc->ngpio) {
		ret = rpi_scmi_gpio_set(gc, off, test_bit(off, bits));
		if (ret)
			return ret;
	}
	return 0;
}

RPI_ACPI_DEFINE_GPIO_SET_OPS(rpi_scmi_gpio);

static int rpi_scmi_gpio_add_ranges(struct gpio_chip *gc)
{
	return gpiochip_add_pin_range(gc, dev_name(gc->parent), 0, 0,
				      gc->ngpio);
}

static int rpi_scmi_gpio_to_irq(struct gpio_chip *gc, unsigned int off)
{
	dev_err_ratelimited(gc->parent,
			    "%s: the firmware does not serve GPIO interrupts\n",
			    gc->names ? gc->names[off] : "line");
	return -ENXIO;
}

/**
 * rpi_scmi_gpio_init() - fill in the gpio_chip on the pin controller's pins
 * @pctl: the pin controller, its pinctrl device registered
 *
 * Line N is firmware pin N; requesting a line requests the pin from the
 * pinctrl device (and so from the firmware).
 *
 * Context: Process context, at probe.
 */
void rpi_scmi_gpio_init(struct rpi_scmi_pctl *pctl)
{
	struct gpio_chip *gc = &pctl->gc;

	gc->label = dev_name(pctl->dev);
	gc->parent = pctl->dev;
	gc->owner = THIS_MODULE;
	gc->base = -1;
	gc->ngpio = pctl->n.pins;
	gc->names = pctl->pin_names;
	gc->can_sleep = false;
	gc->request = gpiochip_generic_request;
	gc->free = gpiochip_generic_free;
	gc->get_direction = rpi_scmi_gpio_get_direction;
	gc->direction_input = rpi_scmi_gpio_direction_input;
	gc->direction_output = rpi_scmi_gpio_direction_output;
	gc->get = rpi_scmi_gpio_get;
	gc->get_multiple = rpi_scmi_gpio_get_multiple;
	rpi_scmi_gpio_set_ops(gc);
	gc->to_irq = rpi_scmi_gpio_to_irq;
	gc->add_pin_ranges = rpi_scmi_gpio_add_ranges;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gpio_init);

/**
 * rpi_scmi_gpio_register() - the gpio_chip, with interrupts if offered
 * @pctl: the pin controller, its pinctrl device registered
 *
 * Context: Process context, at probe.
 * Return: 0, or an errno.
 */
int rpi_scmi_gpio_register(struct rpi_scmi_pctl *pctl)
{
	int ret;

	rpi_scmi_gpio_init(pctl);
	ret = rpi_scmi_gpio_irq_init(pctl);
	if (ret)
		return ret;
	/* gpiolib's own to_irq, through the interrupt domain */
	if (pctl->irq.registered)
		pctl->gc.to_irq = NULL;
	ret = devm_gpiochip_add_data(pctl->dev, &pctl->gc, pctl);
	if (ret)
		return dev_err_probe(pctl->dev, ret, "cannot add the GPIO chip\n");
	return rpi_scmi_gpio_irq_start(pctl);
}
