// SPDX-License-Identifier: GPL-2.0
/*
 * The GPIO interrupt protocol (SCMI vendor protocol 0x81) over the
 * rpi-smc-scmi agent: one function per command, each one message with a
 * payload of one or two words and a reply of its status only, so one SMC
 * on the SMC fastchannel; and the checks a GPIO_IRQ_EVENT notification
 * passes before any pin in it is used. Nothing here sleeps: the interrupt
 * chip sends these from its flow handlers, with interrupts off.
 */

#include <linux/bitfield.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/kernel.h>

#include <rpi-acpi/compat.h>

#include "irq_protocol.h"

enum rpi_scmi_gi_msg {
	RPI_SCMI_GI_SET_TRIGGER = 0x3,
	RPI_SCMI_GI_MASK = 0x4,
	RPI_SCMI_GI_UNMASK = 0x5,
	RPI_SCMI_GI_ACK = 0x6,
	RPI_SCMI_GI_NOTIFY = 0x7,
	RPI_SCMI_GI_STATE_GET = 0x8,
};

/* PROTOCOL_ATTRIBUTES */
#define RPI_SCMI_GI_NR_PINS		GENMASK(15, 0)
/* GPIO_IRQ_NOTIFY */
#define RPI_SCMI_GI_NOTIFY_ENABLE	BIT(0)

struct rpi_scmi_gi_msg_pin {
	__le32 pin;
};

struct rpi_scmi_gi_msg_trigger {
	__le32 pin;
	__le32 trigger;
};

struct rpi_scmi_gi_msg_notify {
	__le32 flags;
};

struct rpi_scmi_gi_note_event {
	__le32 sequence;
	__le32 first_pin;
	__le32 num_words;
	__le32 pins[];
};

/**
 * rpi_scmi_gi_trigger_of() - the trigger of a Linux interrupt type
 * @irq_type: IRQ_TYPE_EDGE_RISING, _FALLING, _BOTH, IRQ_TYPE_LEVEL_HIGH
 *	or _LOW
 *
 * Return: the protocol's trigger, or -EINVAL for any other type (none, or
 * a level and an edge at once).
 */
int rpi_scmi_gi_trigger_of(unsigned int irq_type)
{
	switch (irq_type) {
	case IRQ_TYPE_EDGE_RISING:
		return RPI_SCMI_GI_RISING;
	case IRQ_TYPE_EDGE_FALLING:
		return RPI_SCMI_GI_FALLING;
	case IRQ_TYPE_EDGE_BOTH:
		return RPI_SCMI_GI_BOTH;
	case IRQ_TYPE_LEVEL_HIGH:
		return RPI_SCMI_GI_HIGH;
	case IRQ_TYPE_LEVEL_LOW:
		return RPI_SCMI_GI_LOW;
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_trigger_of);

/* A command whose reply is its status only. */
static int rpi_scmi_gi_cmd(struct rpi_scmi_agent *agent, u8 msg,
			   const void *tx, size_t tx_len)
{
	return rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_GPIO_IRQ, msg, tx,
				tx_len, NULL, 0);
}

static int rpi_scmi_gi_pin_cmd(struct rpi_scmi_agent *agent, u8 msg, u32 pin)
{
	struct rpi_scmi_gi_msg_pin tx = { .pin = cpu_to_le32(pin) };

	return rpi_scmi_gi_cmd(agent, msg, &tx, sizeof(tx));
}

/**
 * rpi_scmi_gi_pins() - PROTOCOL_ATTRIBUTES: how many pins
 * @agent: the agent
 * @pins: set to the number of pins
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_gi_pins(struct rpi_scmi_agent *agent, u32 *pins)
{
	__le32 attr;
	int ret;

	ret = rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_GPIO_IRQ,
			       RPI_SCMI_PROTOCOL_ATTRIBUTES, NULL, 0, &attr,
			       sizeof(attr));
	if (!ret)
		*pins = le32_get_bits(attr, RPI_SCMI_GI_NR_PINS);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_pins);

/**
 * rpi_scmi_gi_set_trigger() - GPIO_IRQ_SET_TRIGGER
 * @agent: the agent
 * @pin: the pin
 * @trigger: what makes it pending; the firmware drops its latched event
 *
 * Context: Any context.
 * Return: 0, or an errno (-EOPNOTSUPP: a trigger the pin cannot detect).
 */
int rpi_scmi_gi_set_trigger(struct rpi_scmi_agent *agent, u32 pin,
			    enum rpi_scmi_gi_trigger trigger)
{
	struct rpi_scmi_gi_msg_trigger tx = {
		.pin = cpu_to_le32(pin),
		.trigger = cpu_to_le32(trigger),
	};

	return rpi_scmi_gi_cmd(agent, RPI_SCMI_GI_SET_TRIGGER, &tx, sizeof(tx));
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_set_trigger);

/**
 * rpi_scmi_gi_mask() - GPIO_IRQ_MASK or GPIO_IRQ_UNMASK
 * @agent: the agent
 * @pin: the pin
 * @mask: true to mask, false to unmask
 *
 * Context: Any context; one SMC on the SMC fastchannel.
 * Return: 0, or an errno.
 */
int rpi_scmi_gi_mask(struct rpi_scmi_agent *agent, u32 pin, bool mask)
{
	return rpi_scmi_gi_pin_cmd(agent, mask ? RPI_SCMI_GI_MASK :
				   RPI_SCMI_GI_UNMASK, pin);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_mask);

/**
 * rpi_scmi_gi_ack() - GPIO_IRQ_ACK: the pin may be reported again
 * @agent: the agent
 * @pin: the pin
 *
 * Context: Any context; one SMC on the SMC fastchannel.
 * Return: 0, or an errno.
 */
int rpi_scmi_gi_ack(struct rpi_scmi_agent *agent, u32 pin)
{
	return rpi_scmi_gi_pin_cmd(agent, RPI_SCMI_GI_ACK, pin);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_ack);

/**
 * rpi_scmi_gi_notify() - GPIO_IRQ_NOTIFY
 * @agent: the agent
 * @enable: send GPIO_IRQ_EVENT notifications to the agent, or stop
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_gi_notify(struct rpi_scmi_agent *agent, bool enable)
{
	struct rpi_scmi_gi_msg_notify tx = {
		.flags = cpu_to_le32(enable ? RPI_SCMI_GI_NOTIFY_ENABLE : 0),
	};

	return rpi_scmi_gi_cmd(agent, RPI_SCMI_GI_NOTIFY, &tx, sizeof(tx));
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_notify);

/**
 * rpi_scmi_gi_state() - GPIO_IRQ_STATE_GET
 * @agent: the agent
 * @pin: the pin
 * @state: set to its state word (RPI_SCMI_GI_STATE_*)
 *
 * Context: Any context.
 * Return: 0, or an errno.
 */
int rpi_scmi_gi_state(struct rpi_scmi_agent *agent, u32 pin, u32 *state)
{
	struct rpi_scmi_gi_msg_pin tx = { .pin = cpu_to_le32(pin) };
	__le32 rx;
	int ret;

	ret = rpi_scmi_command(agent, RPI_SCMI_PROTOCOL_GPIO_IRQ,
			       RPI_SCMI_GI_STATE_GET, &tx, sizeof(tx), &rx,
			       sizeof(rx));
	if (!ret)
		*state = le32_to_cpu(rx);
	return ret;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_state);

/* Does any bit of @ev name a pin at or past @npins? */
static bool rpi_scmi_gi_event_past(const struct rpi_scmi_gi_event *ev,
				   u32 npins)
{
	u32 w, bits, first;

	for (w = 0; w < ev->num_words; w++) {
		bits = le32_to_cpu(ev->words[w]);
		first = ev->first_pin + 32 * w;
		if (!bits)
			continue;
		if (first >= npins ||
		    (npins - first < 32 && bits >> (npins - first)))
			return true;
	}
	return false;
}

/**
 * rpi_scmi_gi_event_parse() - check a GPIO_IRQ_EVENT's payload
 * @payload: the payload, as the agent copied it
 * @len: its length in bytes
 * @npins: the pins the protocol has
 * @ev: filled in; @ev->words points into @payload
 *
 * A payload is refused when it is shorter than its fixed words, its
 * length is not exactly those and @num_words words, @first_pin is not a
 * multiple of 32, it has no word, or it names a pin at or past @npins.
 *
 * Context: Any context.
 * Return: 0, or -EPROTO.
 */
int rpi_scmi_gi_event_parse(const void *payload, size_t len, u32 npins,
			    struct rpi_scmi_gi_event *ev)
{
	const struct rpi_scmi_gi_note_event *n = payload;

	if (len < sizeof(*n))
		return -EPROTO;
	ev->sequence = le32_to_cpu(n->sequence);
	ev->first_pin = le32_to_cpu(n->first_pin);
	ev->num_words = le32_to_cpu(n->num_words);
	ev->words = n->pins;
	if (!ev->num_words || ev->first_pin % 32 ||
	    (len - sizeof(*n)) / sizeof(__le32) != ev->num_words ||
	    (len - sizeof(*n)) % sizeof(__le32) ||
	    ev->first_pin > U32_MAX - 32 * ev->num_words ||
	    rpi_scmi_gi_event_past(ev, npins))
		return -EPROTO;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_gi_event_parse);
