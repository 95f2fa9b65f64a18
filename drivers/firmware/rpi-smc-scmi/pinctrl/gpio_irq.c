// SPDX-License-Identifier: GPL-2.0
/*
 * rpi-scmi-pinctrl's interrupt chip: GPIO interrupts the firmware serves
 * with the project's GPIO interrupt protocol (SCMI vendor protocol 0x81,
 * Documentation/firmware-guide/rpi-scmi-gpio-irq.rst), on the gpio_chip
 * through gpiolib's irqchip helpers (a simple domain, one interrupt per
 * pin), so that GpioInt consumers, gpiolib-acpi's _AEI events and the
 * character device's edge events work as on any GPIO controller.
 *
 * The chip's operations are one SMC each (mask, unmask, acknowledge, set
 * trigger); the firmware's GPIO_IRQ_EVENT notification, taken by the
 * agent's P2A interrupt, is demultiplexed here in hard interrupt context.
 *
 * The chip exists only when the firmware lists the protocol, its pin count
 * is the pin controller's and the agent has a P2A channel: otherwise the
 * GPIO chip has no interrupts, as before.
 */

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/gpio/driver.h>
#include <linux/irq.h>
#include <linux/irqdesc.h>
#include <linux/irqdomain.h>

#include <rpi-acpi/compat.h>

#include "irq_protocol.h"
#include "pinctrl.h"

static struct rpi_scmi_pctl *rpi_scmi_gpio_irq_pctl(struct irq_data *d)
{
	return gpiochip_get_data(irq_data_get_irq_chip_data(d));
}

/* A chip operation that cannot fail in Linux's eyes: say when it does. */
static void rpi_scmi_gpio_irq_check(struct rpi_scmi_pctl *pctl,
				    const char *what, irq_hw_number_t pin,
				    int ret)
{
	if (ret)
		dev_err_ratelimited(pctl->dev, "GPIO interrupt %s of pin %lu: %pe\n",
				    what, pin, ERR_PTR(ret));
}

static void rpi_scmi_gpio_irq_ack(struct irq_data *d)
{
	struct rpi_scmi_pctl *pctl = rpi_scmi_gpio_irq_pctl(d);
	irq_hw_number_t pin = irqd_to_hwirq(d);

	rpi_scmi_gpio_irq_check(pctl, "ack", pin,
				rpi_scmi_gi_ack(pctl->agent, pin));
}

static void rpi_scmi_gpio_irq_mask(struct irq_data *d)
{
	struct rpi_scmi_pctl *pctl = rpi_scmi_gpio_irq_pctl(d);
	irq_hw_number_t pin = irqd_to_hwirq(d);

	rpi_scmi_gpio_irq_check(pctl, "mask", pin,
				rpi_scmi_gi_mask(pctl->agent, pin, true));
	gpiochip_disable_irq(&pctl->gc, pin);
}

static void rpi_scmi_gpio_irq_unmask(struct irq_data *d)
{
	struct rpi_scmi_pctl *pctl = rpi_scmi_gpio_irq_pctl(d);
	irq_hw_number_t pin = irqd_to_hwirq(d);

	gpiochip_enable_irq(&pctl->gc, pin);
	rpi_scmi_gpio_irq_check(pctl, "unmask", pin,
				rpi_scmi_gi_mask(pctl->agent, pin, false));
}

static int rpi_scmi_gpio_irq_set_type(struct irq_data *d, unsigned int type)
{
	struct rpi_scmi_pctl *pctl = rpi_scmi_gpio_irq_pctl(d);
	irq_hw_number_t pin = irqd_to_hwirq(d);
	int trigger, ret;

	trigger = rpi_scmi_gi_trigger_of(type);
	if (trigger < 0)
		return trigger;
	ret = rpi_scmi_gi_set_trigger(pctl->agent, pin, trigger);
	if (ret)
		return ret;
	set_bit(pin, pctl->irq.armed);
	irq_set_handler_locked(d, type & IRQ_TYPE_EDGE_BOTH ? handle_edge_irq :
			       handle_level_irq);
	return 0;
}

static const struct irq_chip rpi_scmi_gpio_irq_chip = {
	.name = "rpi-scmi-gpio",
	.irq_ack = rpi_scmi_gpio_irq_ack,
	.irq_mask = rpi_scmi_gpio_irq_mask,
	.irq_unmask = rpi_scmi_gpio_irq_unmask,
	.irq_set_type = rpi_scmi_gpio_irq_set_type,
	.flags = IRQCHIP_IMMUTABLE | IRQCHIP_SET_TYPE_MASKED,
	GPIOCHIP_IRQ_RESOURCE_HELPERS,
};

/* Run the handler of each pin @ev names; acknowledge those with none. */
static void rpi_scmi_gpio_irq_demux(struct rpi_scmi_pctl *pctl,
				    const struct rpi_scmi_gi_event *ev)
{
	unsigned long bits;
	unsigned int b;
	u32 w, pin;

	for (w = 0; w < ev->num_words; w++) {
		bits = le32_to_cpu(ev->words[w]);
		for_each_set_bit(b, &bits, 32) {
			pin = ev->first_pin + 32 * w + b;
			if (generic_handle_domain_irq(pctl->gc.irq.domain, pin))
				rpi_scmi_gpio_irq_check(pctl, "ack", pin,
							rpi_scmi_gi_ack(pctl->agent,
									pin));
		}
	}
}

/* The agent's notifier: a GPIO_IRQ_EVENT, in hard interrupt context. */
static void rpi_scmi_gpio_irq_event(struct rpi_scmi_notifier *nb, u8 msg_id,
				    const void *payload, size_t len)
{
	struct rpi_scmi_pctl *pctl = container_of(nb, struct rpi_scmi_pctl,
						  irq.nb);
	struct rpi_scmi_gi_event ev;

	if (msg_id != RPI_SCMI_GI_EVENT ||
	    rpi_scmi_gi_event_parse(payload, len, pctl->n.pins, &ev)) {
		dev_err_ratelimited(pctl->dev,
				    "malformed GPIO interrupt notification 0x%x (%zu bytes), dropped\n",
				    msg_id, len);
		return;
	}
	if (pctl->irq.seen && ev.sequence != pctl->irq.sequence + 1)
		dev_err_ratelimited(pctl->dev,
				    "GPIO interrupt notification %u after %u: the firmware lost some\n",
				    ev.sequence, pctl->irq.sequence);
	pctl->irq.seen = true;
	pctl->irq.sequence = ev.sequence;
	pctl->irq.events++;
	rpi_scmi_gpio_irq_demux(pctl, &ev);
}

/* Does the firmware offer GPIO interrupts this driver can take? */
static int rpi_scmi_gpio_irq_offered(struct rpi_scmi_pctl *pctl)
{
	u32 version, pins;
	int ret;

	if (!rpi_scmi_protocol_listed(pctl->agent, RPI_SCMI_PROTOCOL_GPIO_IRQ))
		return -EOPNOTSUPP;
	ret = rpi_scmi_protocol_version(pctl->agent,
					RPI_SCMI_PROTOCOL_GPIO_IRQ,
					RPI_SCMI_GI_VERSION, &version);
	if (!ret)
		ret = rpi_scmi_gi_pins(pctl->agent, &pins);
	if (ret) {
		dev_warn(pctl->dev,
			 "GPIO interrupt protocol attributes: %pe: no GPIO interrupts\n",
			 ERR_PTR(ret));
		return ret;
	}
	if (pins != pctl->n.pins) {
		dev_warn(pctl->dev,
			 "GPIO interrupts for %u pins, pin control has %u: no GPIO interrupts\n",
			 pins, pctl->n.pins);
		return -EPROTO;
	}
	return 0;
}

/* Unregister the notifier (again, after rpi_scmi_gpio_irq_stop()). */
static void rpi_scmi_gpio_irq_unregister(void *data)
{
	struct rpi_scmi_pctl *pctl = data;

	rpi_scmi_notifier_unregister(pctl->agent, &pctl->irq.nb);
}

/**
 * rpi_scmi_gpio_irq_init() - give the gpio_chip an interrupt chip
 * @pctl: the pin controller, its gpio_chip filled in but not added
 *
 * When the firmware offers GPIO interrupts, fills in @pctl->gc.irq for
 * gpiolib and takes the protocol's notifications; else leaves the chip
 * without interrupts. Only a firmware that lists the protocol but cannot
 * be used with it makes this log something.
 *
 * Context: Process context, at probe.
 * Return: 0 (with or without interrupts), or -ENOMEM.
 */
int rpi_scmi_gpio_irq_init(struct rpi_scmi_pctl *pctl)
{
	struct gpio_irq_chip *girq = &pctl->gc.irq;
	int ret;

	if (rpi_scmi_gpio_irq_offered(pctl))
		return 0;
	pctl->irq.armed = devm_bitmap_zalloc(pctl->dev, pctl->n.pins,
					     GFP_KERNEL);
	if (!pctl->irq.armed)
		return -ENOMEM;
	pctl->irq.nb.protocol_id = RPI_SCMI_PROTOCOL_GPIO_IRQ;
	pctl->irq.nb.call = rpi_scmi_gpio_irq_event;
	ret = rpi_scmi_notifier_register(pctl->agent, &pctl->irq.nb);
	if (ret) {
		dev_warn(pctl->dev,
			 "the firmware serves GPIO interrupts but the agent cannot take its notifications (%pe): no GPIO interrupts\n",
			 ERR_PTR(ret));
		return 0;
	}
	ret = devm_add_action_or_reset(pctl->dev, rpi_scmi_gpio_irq_unregister,
				       pctl);
	if (ret)
		return ret;
	pctl->irq.registered = true;
	gpio_irq_chip_set_chip(girq, &rpi_scmi_gpio_irq_chip);
	girq->handler = handle_bad_irq;
	girq->default_type = IRQ_TYPE_NONE;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gpio_irq_init);

/* Undo rpi_scmi_gpio_irq_start(): no notification, every pin disarmed. */
static void rpi_scmi_gpio_irq_stop(void *data)
{
	struct rpi_scmi_pctl *pctl = data;
	unsigned int pin;

	rpi_scmi_gpio_irq_check(pctl, "notify off", 0,
				rpi_scmi_gi_notify(pctl->agent, false));
	rpi_scmi_notifier_unregister(pctl->agent, &pctl->irq.nb);
	for_each_set_bit(pin, pctl->irq.armed, pctl->n.pins) {
		rpi_scmi_gi_mask(pctl->agent, pin, true);
		rpi_scmi_gi_set_trigger(pctl->agent, pin, RPI_SCMI_GI_NONE);
	}
}

/**
 * rpi_scmi_gpio_irq_start() - have the firmware send its notifications
 * @pctl: the pin controller, its gpio_chip added
 *
 * Once the gpio_chip (and so its interrupt domain) exists, enables the
 * GPIO_IRQ_EVENT notification. On unbind, before the gpio_chip goes, the
 * notification is disabled, the notifier unregistered and every pin that
 * had a trigger masked and set back to none.
 *
 * Context: Process context, at probe.
 * Return: 0, or an errno.
 */
int rpi_scmi_gpio_irq_start(struct rpi_scmi_pctl *pctl)
{
	int ret;

	if (!pctl->irq.registered)
		return 0;
	ret = rpi_scmi_gi_notify(pctl->agent, true);
	if (ret)
		return dev_err_probe(pctl->dev, ret,
				     "cannot enable GPIO interrupt notifications\n");
	return devm_add_action_or_reset(pctl->dev, rpi_scmi_gpio_irq_stop,
					pctl);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gpio_irq_start);
