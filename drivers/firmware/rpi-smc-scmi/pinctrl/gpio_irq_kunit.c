// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for GPIO interrupts through the firmware (vendor protocol
 * 0x81): the trigger mapping, the commands' encoding on both channels,
 * the notification's checks, the agent's P2A channel, and the interrupt
 * chip on a registered gpio_chip with real Linux interrupts: a pin, several
 * at once, a pin firing again before it is acknowledged, a level, a masked
 * pin, malformed notifications, unbind with an event pending, and a
 * firmware without the feature. The firmware's side is the fake
 * firmware's (fake_gpio_irq.c); the fake's "interrupt" is the P2A area
 * left busy, taken by calling the agent's handler with interrupts off as
 * the P2A interrupt would.
 */

#include <kunit/device.h>
#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/gpio/driver.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/module.h>

#include <rpi-acpi/compat.h>

#include "../common.h"
#include "../test/fake_fw.h"
#include "fake_gpio_irq.h"
#include "fake_pinctrl.h"
#include "irq_protocol.h"
#include "pinctrl.h"

struct gi_test {
	struct rpi_scmi_fake_fw *fw;
	struct rpi_scmi_fake_pinctrl *pc;
	struct rpi_scmi_fake_gpio_irq *gi;
	struct rpi_scmi_agent *agent;
	struct rpi_scmi_pctl *pctl;
};

/* A fake firmware with GPIO interrupts, an agent with its P2A channel. */
static struct gi_test *gi_setup(struct kunit *test, unsigned int chans)
{
	struct gi_test *t;

	t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->fw = rpi_scmi_fake_fw_init(test);
	t->pc = rpi_scmi_fake_pinctrl_init(test, t->fw);
	t->gi = rpi_scmi_fake_gpio_irq_init(test, t->fw, t->pc);
	t->agent = rpi_scmi_fake_agent(test, t->fw, chans);
	/* What base discovery would have found */
	memcpy(t->agent->base.protocols, t->fw->protocols,
	       t->fw->num_protocols);
	t->agent->base.num_protocols = t->fw->num_protocols;
	KUNIT_ASSERT_EQ(test, rpi_scmi_p2a_setup(t->agent,
						 (void __iomem __force *)t->gi->p2a,
						 FAKE_GI_P2A_SIZE), 0);
	return t;
}

/* The pin controller's gpio_chip as probe adds it, with no pin ranges. */
static void gi_add_chip(struct kunit *test, struct gi_test *t)
{
	static atomic_t chips = ATOMIC_INIT(0);
	struct rpi_scmi_pctl *pctl;
	struct device *dev;
	char name[32];

	snprintf(name, sizeof(name), "rpi-scmi-gi-kunit.%d",
		 atomic_inc_return(&chips));
	dev = kunit_device_register(test, name);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	/* Freed with the device, after the gpio_chip is removed */
	pctl = devm_kzalloc(dev, sizeof(*pctl), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, pctl);
	pctl->dev = dev;
	pctl->agent = t->agent;
	pctl->n.pins = FAKE_PC_PINS;
	rpi_scmi_gpio_init(pctl);
	/* No pinctrl device here: lines are not requested through one. */
	pctl->gc.request = NULL;
	pctl->gc.free = NULL;
	pctl->gc.add_pin_ranges = NULL;
	KUNIT_ASSERT_EQ(test, rpi_scmi_gpio_irq_init(pctl), 0);
	if (pctl->irq.registered)
		pctl->gc.to_irq = NULL;
	KUNIT_ASSERT_EQ(test, devm_gpiochip_add_data(dev, &pctl->gc, pctl), 0);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gpio_irq_start(pctl), 0);
	t->pctl = pctl;
}

/* A consumer of one pin's interrupt; its handler may change the level. */
struct gi_consumer {
	struct kunit *test;
	struct gi_test *t;
	unsigned int pin;
	int irq;
	int runs;
	int low_at;
	int refire;
};

static irqreturn_t gi_consumer_handler(int irq, void *data)
{
	struct gi_consumer *c = data;

	c->runs++;
	/* The device lets its line go, as a level source does when served */
	if (c->low_at && c->runs >= c->low_at)
		rpi_scmi_fake_gpio_irq_level(c->t->fw, c->pin, false);
	/* An edge after the acknowledge, while the handler runs */
	if (c->refire > 0) {
		c->refire--;
		rpi_scmi_fake_gpio_irq_level(c->t->fw, c->pin, false);
		rpi_scmi_fake_gpio_irq_level(c->t->fw, c->pin, true);
	}
	return IRQ_HANDLED;
}

static void gi_consumer_free(void *data)
{
	struct gi_consumer *c = data;

	free_irq(c->irq, c);
}

static struct gi_consumer *gi_request(struct kunit *test, struct gi_test *t,
				      unsigned int pin, unsigned long flags)
{
	struct gi_consumer *c;

	c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, c);
	c->test = test;
	c->t = t;
	c->pin = pin;
	c->irq = t->pctl->gc.to_irq(&t->pctl->gc, pin);
	KUNIT_ASSERT_GT(test, c->irq, 0);
	KUNIT_ASSERT_EQ(test, request_irq(c->irq, gi_consumer_handler, flags,
					  "gi-kunit", c), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, gi_consumer_free,
							c), 0);
	return c;
}

/* The firmware's interrupt, taken until the P2A area is free: how many. */
static int gi_take(struct gi_test *t)
{
	unsigned long flags;
	int n;

	for (n = 0; n < 16 && rpi_scmi_fake_gpio_irq_busy(t->fw); n++) {
		local_irq_save(flags);
		rpi_scmi_p2a_handle(t->agent);
		local_irq_restore(flags);
	}
	return n;
}

/* Linux interrupt types and the protocol's triggers */
struct gi_trigger_case {
	const char *name;
	unsigned int type;
	int trigger;
};

static const struct gi_trigger_case gi_trigger_cases[] = {
	{ "rising", IRQ_TYPE_EDGE_RISING, RPI_SCMI_GI_RISING },
	{ "falling", IRQ_TYPE_EDGE_FALLING, RPI_SCMI_GI_FALLING },
	{ "both edges", IRQ_TYPE_EDGE_BOTH, RPI_SCMI_GI_BOTH },
	{ "level high", IRQ_TYPE_LEVEL_HIGH, RPI_SCMI_GI_HIGH },
	{ "level low", IRQ_TYPE_LEVEL_LOW, RPI_SCMI_GI_LOW },
	{ "none", IRQ_TYPE_NONE, -EINVAL },
	{ "both levels", IRQ_TYPE_LEVEL_MASK, -EINVAL },
	{ "edge and level", IRQ_TYPE_EDGE_RISING | IRQ_TYPE_LEVEL_HIGH,
	  -EINVAL },
};

static void gi_trigger_desc(const struct gi_trigger_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(gi_trigger, gi_trigger_cases, gi_trigger_desc);

static void gi_trigger_map(struct kunit *test)
{
	const struct gi_trigger_case *c = test->param_value;

	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_trigger_of(c->type), c->trigger);
}

/* Each command is one SMC on the SMC fastchannel, one doorbell on shmem. */
static void gi_commands_one_call(struct kunit *test, unsigned int chans)
{
	struct gi_test *t = gi_setup(test, chans);
	unsigned int calls;
	u32 state = 0;

	calls = t->fw->smcf_calls + t->fw->doorbells;
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_set_trigger(t->agent, 3,
						      RPI_SCMI_GI_FALLING), 0);
	KUNIT_EXPECT_EQ(test, t->gi->trigger[3], 2);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_mask(t->agent, 3, false), 0);
	KUNIT_EXPECT_FALSE(test, t->gi->masked[3]);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_mask(t->agent, 3, true), 0);
	KUNIT_EXPECT_TRUE(test, t->gi->masked[3]);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_ack(t->agent, 3), 0);
	KUNIT_EXPECT_EQ(test, t->gi->acks, 1);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_notify(t->agent, true), 0);
	KUNIT_EXPECT_TRUE(test, t->gi->notify);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls + t->fw->doorbells - calls, 5);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_state(t->agent, 3, &state), 0);
	KUNIT_EXPECT_EQ(test, state, RPI_SCMI_GI_STATE_MASKED | 2);
	if (chans == RPI_SCMI_FAKE_SHMEM)
		KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 0);
	else
		KUNIT_EXPECT_EQ(test, t->fw->doorbells, 0);
}

static void gi_commands_smcf(struct kunit *test)
{
	gi_commands_one_call(test, RPI_SCMI_FAKE_BOTH);
}

static void gi_commands_shmem(struct kunit *test)
{
	gi_commands_one_call(test, RPI_SCMI_FAKE_SHMEM);
}

static void gi_commands_refused(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	u32 pins = 0;

	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_pins(t->agent, &pins), 0);
	KUNIT_EXPECT_EQ(test, pins, FAKE_PC_PINS);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_mask(t->agent, FAKE_PC_PINS, true),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_set_trigger(t->agent, 1, 6), -EINVAL);
	t->gi->no_irq = BIT(2);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_set_trigger(t->agent, 2,
						      RPI_SCMI_GI_RISING),
			-EOPNOTSUPP);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_set_trigger(t->agent, 2,
						      RPI_SCMI_GI_NONE), 0);
	KUNIT_EXPECT_EQ(test, t->gi->trigger[2], 0);
}

/* GPIO_IRQ_EVENT payloads: what passes and what is refused. */
static void gi_event_parse(struct kunit *test)
{
	__le32 p[4] = {
		cpu_to_le32(7), cpu_to_le32(0), cpu_to_le32(1),
		cpu_to_le32(BIT(0) | BIT(7)),
	};
	struct rpi_scmi_gi_event ev;

	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 8, &ev), 0);
	KUNIT_EXPECT_EQ(test, ev.sequence, 7);
	KUNIT_EXPECT_EQ(test, ev.num_words, 1);
	KUNIT_EXPECT_EQ(test, le32_to_cpu(ev.words[0]), BIT(0) | BIT(7));
	/* Pin 7 of 7 pins, a short payload, one word more than said */
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 7, &ev),
			-EPROTO);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, 8, 8, &ev), -EPROTO);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, 12, 8, &ev), -EPROTO);
	p[2] = cpu_to_le32(0);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, 12, 8, &ev), -EPROTO);
	p[2] = cpu_to_le32(1);
	p[1] = cpu_to_le32(16);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 64, &ev),
			-EPROTO);
	/* A second window: pins 32..63 */
	p[1] = cpu_to_le32(32);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 40, &ev), 0);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 39, &ev),
			-EPROTO);
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_event_parse(p, sizeof(p), 32, &ev),
			-EPROTO);
}

/* The firmware lacks the feature: the chip has no interrupts, as before. */
static void gi_not_offered(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);

	/* Today's firmware: pin control only. */
	t->agent->base.num_protocols = 1;
	gi_add_chip(test, t);
	KUNIT_EXPECT_FALSE(test, t->pctl->irq.registered);
	KUNIT_EXPECT_NULL(test, t->pctl->gc.irq.chip);
	KUNIT_EXPECT_EQ(test, t->pctl->gc.to_irq(&t->pctl->gc, 1), -ENXIO);
	KUNIT_EXPECT_FALSE(test, t->gi->notify);
	/* A firmware without protocol 0x81 refuses its commands. */
	t->fw->other_proto2 = 0;
	KUNIT_EXPECT_EQ(test, rpi_scmi_gi_ack(t->agent, 1), -EOPNOTSUPP);
}

/* Listed, but its pin count differs, or the agent has no P2A channel. */
static void gi_not_usable(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct rpi_scmi_notifier nb = { .protocol_id = 0x90 };

	t->gi->attr_pins = FAKE_PC_PINS + 1;
	gi_add_chip(test, t);
	KUNIT_EXPECT_FALSE(test, t->pctl->irq.registered);
	KUNIT_EXPECT_EQ(test, t->pctl->gc.to_irq(&t->pctl->gc, 1), -ENXIO);

	t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	t->agent->p2a = NULL;
	KUNIT_EXPECT_EQ(test, rpi_scmi_notifier_register(t->agent, &nb),
			-EOPNOTSUPP);
	gi_add_chip(test, t);
	KUNIT_EXPECT_FALSE(test, t->pctl->irq.registered);
	KUNIT_EXPECT_FALSE(test, t->gi->notify);
}

/* One protocol, one notifier; a free area is a spurious interrupt. */
static void gi_notifier_rules(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct rpi_scmi_notifier a = { .protocol_id = 0x90 };
	struct rpi_scmi_notifier b = { .protocol_id = 0x90 };

	KUNIT_EXPECT_EQ(test, rpi_scmi_notifier_register(t->agent, &a), 0);
	KUNIT_EXPECT_EQ(test, rpi_scmi_notifier_register(t->agent, &b), -EBUSY);
	rpi_scmi_notifier_unregister(t->agent, &a);
	KUNIT_EXPECT_EQ(test, rpi_scmi_notifier_register(t->agent, &b), 0);
	rpi_scmi_notifier_unregister(t->agent, &b);
	KUNIT_EXPECT_EQ(test, rpi_scmi_p2a_handle(t->agent), IRQ_NONE);
}

/* A rising edge: one notification, one handler run, acknowledged. */
static void gi_one_edge(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;

	gi_add_chip(test, t);
	KUNIT_ASSERT_TRUE(test, t->pctl->irq.registered);
	KUNIT_EXPECT_TRUE(test, t->gi->notify);
	c = gi_request(test, t, 4, IRQF_TRIGGER_RISING);
	/* Count the acknowledges the events bring, not those of the set-up. */
	t->gi->acks = 0;
	KUNIT_EXPECT_EQ(test, t->gi->trigger[4], RPI_SCMI_GI_RISING);
	KUNIT_EXPECT_FALSE(test, t->gi->masked[4]);
	rpi_scmi_fake_gpio_irq_level(t->fw, 4, true);
	KUNIT_EXPECT_EQ(test, t->gi->sent, 1);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_EQ(test, c->runs, 1);
	KUNIT_EXPECT_EQ(test, t->gi->acks, 1);
	KUNIT_EXPECT_FALSE(test, t->gi->reported[4]);
	KUNIT_EXPECT_EQ(test, t->pctl->irq.events, 1);
	KUNIT_EXPECT_EQ(test, t->pctl->irq.sequence, 1);
	/* A falling edge is not this pin's trigger. */
	rpi_scmi_fake_gpio_irq_level(t->fw, 4, false);
	KUNIT_EXPECT_EQ(test, t->gi->sent, 1);
	KUNIT_EXPECT_EQ(test, gi_take(t), 0);
	KUNIT_EXPECT_EQ(test, c->runs, 1);
}

/* Three pins at once: none lost, in as few notifications as the channel allows. */
static void gi_several_pins(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c[3];
	unsigned int i;

	gi_add_chip(test, t);
	for (i = 0; i < 3; i++)
		c[i] = gi_request(test, t, 1 + i, IRQF_TRIGGER_RISING);
	/* Count the acknowledges the events bring, not those of the set-up. */
	t->gi->acks = 0;
	/* The first goes alone; the other two wait for the channel. */
	for (i = 0; i < 3; i++)
		rpi_scmi_fake_gpio_irq_level(t->fw, 1 + i, true);
	KUNIT_EXPECT_EQ(test, t->gi->sent, 1);
	KUNIT_EXPECT_TRUE(test, t->gi->pending[2] && t->gi->pending[3]);
	KUNIT_EXPECT_EQ(test, gi_take(t), 2);
	KUNIT_EXPECT_EQ(test, t->gi->sent, 2);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, c[i]->runs, 1);
	KUNIT_EXPECT_EQ(test, t->gi->acks, 3);
	KUNIT_EXPECT_EQ(test, t->pctl->irq.sequence, 2);

	/* With notifications off, all three are latched, then go in one. */
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_notify(t->agent, false), 0);
	for (i = 0; i < 3; i++) {
		rpi_scmi_fake_gpio_irq_level(t->fw, 1 + i, false);
		rpi_scmi_fake_gpio_irq_level(t->fw, 1 + i, true);
	}
	KUNIT_EXPECT_EQ(test, t->gi->sent, 2);
	KUNIT_ASSERT_EQ(test, rpi_scmi_gi_notify(t->agent, true), 0);
	KUNIT_EXPECT_EQ(test, t->gi->sent, 3);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, c[i]->runs, 2);
}

/*
 * A pin that fires again before it is acknowledged: reported once more
 * after the acknowledge, however many edges came; and an edge during the
 * handler (after the acknowledge) runs the handler again.
 */
static void gi_fire_before_ack(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;
	unsigned int i;

	gi_add_chip(test, t);
	c = gi_request(test, t, 5, IRQF_TRIGGER_RISING);
	/* Count the acknowledges the events bring, not those of the set-up. */
	t->gi->acks = 0;
	rpi_scmi_fake_gpio_irq_level(t->fw, 5, true);
	for (i = 0; i < 3; i++) {
		rpi_scmi_fake_gpio_irq_level(t->fw, 5, false);
		rpi_scmi_fake_gpio_irq_level(t->fw, 5, true);
	}
	KUNIT_EXPECT_EQ(test, t->gi->sent, 1);
	KUNIT_EXPECT_TRUE(test, t->gi->reported[5] && t->gi->pending[5]);
	KUNIT_EXPECT_EQ(test, gi_take(t), 2);
	KUNIT_EXPECT_EQ(test, c->runs, 2);
	KUNIT_EXPECT_EQ(test, t->gi->acks, 2);

	c->refire = 2;
	rpi_scmi_fake_gpio_irq_level(t->fw, 5, false);
	rpi_scmi_fake_gpio_irq_level(t->fw, 5, true);
	KUNIT_EXPECT_EQ(test, gi_take(t), 3);
	KUNIT_EXPECT_EQ(test, c->runs, 5);
	KUNIT_EXPECT_FALSE(test, t->gi->pending[5] || t->gi->reported[5]);
	KUNIT_EXPECT_EQ(test, t->pctl->irq.sequence, t->gi->sequence);
}

/* Both edges: one run per edge when each is taken before the next. */
static void gi_both_edges(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;
	unsigned int i;

	gi_add_chip(test, t);
	c = gi_request(test, t, 6, IRQF_TRIGGER_RISING | IRQF_TRIGGER_FALLING);
	KUNIT_EXPECT_EQ(test, t->gi->trigger[6], RPI_SCMI_GI_BOTH);
	for (i = 0; i < 10; i++) {
		rpi_scmi_fake_gpio_irq_level(t->fw, 6, !(i & 1));
		KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	}
	KUNIT_EXPECT_EQ(test, c->runs, 10);
}

/*
 * A level: masked and acknowledged before the handler, unmasked after;
 * fires again while it stays asserted, and not once it is deasserted. A
 * level asserted while the interrupt is disabled (lazily: masked when it
 * first fires) does not run the handler, and fires at enable.
 */
static void gi_level(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;

	gi_add_chip(test, t);
	c = gi_request(test, t, 0, IRQF_TRIGGER_HIGH);
	KUNIT_EXPECT_EQ(test, t->gi->trigger[0], RPI_SCMI_GI_HIGH);
	/* Asserted through two runs: the second lets the line go. */
	c->low_at = 2;
	rpi_scmi_fake_gpio_irq_level(t->fw, 0, true);
	KUNIT_EXPECT_EQ(test, gi_take(t), 2);
	KUNIT_EXPECT_EQ(test, c->runs, 2);
	KUNIT_EXPECT_EQ(test, gi_take(t), 0);
	KUNIT_EXPECT_FALSE(test, t->gi->masked[0]);

	disable_irq(c->irq);
	rpi_scmi_fake_gpio_irq_level(t->fw, 0, true);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_EQ(test, c->runs, 2);
	KUNIT_EXPECT_TRUE(test, t->gi->masked[0]);
	KUNIT_EXPECT_EQ(test, gi_take(t), 0);
	enable_irq(c->irq);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_EQ(test, c->runs, 3);
	KUNIT_EXPECT_FALSE(test, t->gi->pending[0] || t->gi->reported[0]);
}

/* A pin nobody requested: acknowledged, so that it can fire again. */
static void gi_unrequested(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);

	gi_add_chip(test, t);
	t->gi->trigger[7] = RPI_SCMI_GI_RISING;
	t->gi->masked[7] = false;
	rpi_scmi_fake_gpio_irq_level(t->fw, 7, true);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_EQ(test, t->gi->acks, 1);
	KUNIT_EXPECT_FALSE(test, t->gi->reported[7]);
}

/* Malformed notifications are dropped and the channel freed. */
static void gi_malformed(struct kunit *test)
{
	static const enum rpi_scmi_fake_gi_fault faults[] = {
		FAKE_GI_PIN_PAST, FAKE_GI_SHORT, FAKE_GI_TYPE,
	};
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;
	unsigned int i;

	gi_add_chip(test, t);
	c = gi_request(test, t, 3, IRQF_TRIGGER_RISING);
	for (i = 0; i < ARRAY_SIZE(faults); i++) {
		t->gi->fault = faults[i];
		rpi_scmi_fake_gpio_irq_level(t->fw, 3, false);
		rpi_scmi_fake_gpio_irq_level(t->fw, 3, true);
		KUNIT_EXPECT_EQ(test, gi_take(t), 1);
		KUNIT_EXPECT_EQ(test, c->runs, 0);
		KUNIT_EXPECT_FALSE(test, rpi_scmi_fake_gpio_irq_busy(t->fw));
		/* Never acknowledged: the pin stays reported. */
		t->gi->reported[3] = false;
	}
	/* A gap in the sequence is logged; the pins are still handled. */
	t->gi->fault = FAKE_GI_SEQ_GAP;
	rpi_scmi_fake_gpio_irq_level(t->fw, 3, false);
	rpi_scmi_fake_gpio_irq_level(t->fw, 3, true);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_EQ(test, c->runs, 1);
}

/*
 * Unbind with an event reported and not taken: the notification is
 * disabled, the pin masked and disarmed; the notification left in the
 * area finds no notifier and is dropped, the area freed.
 */
static void gi_unbind_pending(struct kunit *test)
{
	struct gi_test *t = gi_setup(test, RPI_SCMI_FAKE_BOTH);
	struct gi_consumer *c;

	gi_add_chip(test, t);
	c = gi_request(test, t, 2, IRQF_TRIGGER_RISING);
	rpi_scmi_fake_gpio_irq_level(t->fw, 2, true);
	KUNIT_ASSERT_TRUE(test, rpi_scmi_fake_gpio_irq_busy(t->fw));
	kunit_release_action(test, gi_consumer_free, c);
	kunit_device_unregister(test, t->pctl->dev);
	KUNIT_EXPECT_FALSE(test, t->gi->notify);
	KUNIT_EXPECT_TRUE(test, t->gi->masked[2]);
	KUNIT_EXPECT_EQ(test, t->gi->trigger[2], RPI_SCMI_GI_NONE);
	KUNIT_EXPECT_EQ(test, gi_take(t), 1);
	KUNIT_EXPECT_FALSE(test, rpi_scmi_fake_gpio_irq_busy(t->fw));
	KUNIT_EXPECT_EQ(test, c->runs, 0);
	/* Disarmed: an edge now is not even latched. */
	rpi_scmi_fake_gpio_irq_level(t->fw, 2, false);
	rpi_scmi_fake_gpio_irq_level(t->fw, 2, true);
	KUNIT_EXPECT_FALSE(test, t->gi->pending[2]);
}

static struct kunit_case gi_cases[] = {
	KUNIT_CASE_PARAM(gi_trigger_map, gi_trigger_gen_params),
	KUNIT_CASE(gi_commands_smcf),
	KUNIT_CASE(gi_commands_shmem),
	KUNIT_CASE(gi_commands_refused),
	KUNIT_CASE(gi_event_parse),
	KUNIT_CASE(gi_not_offered),
	KUNIT_CASE(gi_not_usable),
	KUNIT_CASE(gi_notifier_rules),
	KUNIT_CASE(gi_one_edge),
	KUNIT_CASE(gi_several_pins),
	KUNIT_CASE(gi_fire_before_ack),
	KUNIT_CASE(gi_both_edges),
	KUNIT_CASE(gi_level),
	KUNIT_CASE(gi_unrequested),
	KUNIT_CASE(gi_malformed),
	KUNIT_CASE(gi_unbind_pending),
	{}
};

static struct kunit_suite gi_suite = {
	.name = "rpi-scmi-gpio-irq",
	.test_cases = gi_cases,
};

kunit_test_suite(gi_suite);
