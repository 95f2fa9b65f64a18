// SPDX-License-Identifier: GPL-2.0
/*
 * The fake firmware's GPIO interrupts (vendor protocol 0x81), for the
 * GPIO interrupt KUnit suite: the per-pin state machine of
 * Documentation/firmware-guide/rpi-scmi-gpio-irq.rst (trigger, mask,
 * pending, reported), edges and levels from the fake pin controller's
 * input levels, and GPIO_IRQ_EVENT notifications written into a P2A area.
 * Written from the ABI page, apart from the driver's code.
 */

#include <kunit/test.h>
#include <linux/bitfield.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "../test/fake_fw.h"
#include "fake_gpio_irq.h"
#include "fake_pinctrl.h"

#define FAKE_GI_NOT_SUPPORTED	(-1)
#define FAKE_GI_INVALID		(-2)
#define FAKE_GI_NOT_FOUND	(-4)
#define FAKE_GI_PROTOCOL_ERROR	(-10)

#define FAKE_GI_INPUT_VALUE	14	/* pin control's INPUT_VALUE type */

/* The P2A area's SMT, as the fake reads SCMI v3.2's layout */
#define FAKE_SMT_STATUS		0x04
#define FAKE_SMT_LENGTH		0x14
#define FAKE_SMT_HEADER		0x18
#define FAKE_SMT_PAYLOAD	0x1c
#define FAKE_SMT_FREE		BIT(0)

static struct rpi_scmi_fake_gpio_irq *fake_gi(struct rpi_scmi_fake_fw *fw)
{
	return fw->other_priv;
}

static u32 fake_gi_in(const struct rpi_scmi_fake_msg *m, unsigned int i)
{
	return get_unaligned_le32(m->in + 4 * i);
}

static bool fake_gi_level(struct rpi_scmi_fake_gpio_irq *gi, unsigned int pin)
{
	return gi->pc->conf[pin][FAKE_GI_INPUT_VALUE];
}

/* A level pin being watched whose level is asserted becomes pending. */
static void fake_gi_sample(struct rpi_scmi_fake_gpio_irq *gi, unsigned int pin)
{
	bool level = fake_gi_level(gi, pin);

	if (gi->masked[pin] || gi->reported[pin])
		return;
	if ((gi->trigger[pin] == 4 && level) || (gi->trigger[pin] == 5 && !level))
		gi->pending[pin] = true;
}

/* Write one notification of every deliverable pin, if the area is free. */
static void fake_gi_deliver(struct rpi_scmi_fake_gpio_irq *gi)
{
	u32 bits = 0, len = 12 + 4, hdr;
	unsigned int pin;

	if (!gi->notify || !(get_unaligned_le32(gi->p2a + FAKE_SMT_STATUS) &
			     FAKE_SMT_FREE))
		return;
	for (pin = 0; pin < FAKE_PC_PINS; pin++)
		if (gi->pending[pin] && !gi->masked[pin] && !gi->reported[pin])
			bits |= BIT(pin);
	if (!bits)
		return;
	for (pin = 0; pin < FAKE_PC_PINS; pin++) {
		if (bits & BIT(pin)) {
			gi->pending[pin] = false;
			gi->reported[pin] = true;
		}
	}
	gi->sequence += gi->fault == FAKE_GI_SEQ_GAP ? 2 : 1;
	if (gi->fault == FAKE_GI_PIN_PAST)
		bits |= BIT(FAKE_PC_PINS);
	if (gi->fault == FAKE_GI_SHORT)
		len -= 4;
	/* message id 0, type 3 (notification), protocol 0x81 */
	hdr = (gi->fault == FAKE_GI_TYPE ? 0 : 3) << 8 | 0x81 << 10 |
	      (gi->sequence & 0x3ff) << 18;
	put_unaligned_le32(4 + len, gi->p2a + FAKE_SMT_LENGTH);
	put_unaligned_le32(hdr, gi->p2a + FAKE_SMT_HEADER);
	put_unaligned_le32(gi->sequence, gi->p2a + FAKE_SMT_PAYLOAD);
	put_unaligned_le32(0, gi->p2a + FAKE_SMT_PAYLOAD + 4);
	put_unaligned_le32(1, gi->p2a + FAKE_SMT_PAYLOAD + 8);
	put_unaligned_le32(bits, gi->p2a + FAKE_SMT_PAYLOAD + 12);
	put_unaligned_le32(0, gi->p2a + FAKE_SMT_STATUS);
	gi->sent++;
}

/**
 * rpi_scmi_fake_gpio_irq_level() - the level on a pin's input changes
 * @fw: the firmware
 * @pin: the pin
 * @level: its new level
 *
 * As the firmware's interrupt handler at EL3 would see it: an edge that
 * matches the pin's trigger, or an asserted level, makes it pending, and
 * what is deliverable is delivered.
 */
void rpi_scmi_fake_gpio_irq_level(struct rpi_scmi_fake_fw *fw,
				  unsigned int pin, bool level)
{
	struct rpi_scmi_fake_gpio_irq *gi = fake_gi(fw);
	bool old = fake_gi_level(gi, pin);
	u32 t = gi->trigger[pin];

	gi->pc->conf[pin][FAKE_GI_INPUT_VALUE] = level;
	if (old != level && (t == 3 || (t == 1 && level) || (t == 2 && !level)))
		gi->pending[pin] = true;
	fake_gi_sample(gi, pin);
	fake_gi_deliver(gi);
}

/**
 * rpi_scmi_fake_gpio_irq_busy() - does the P2A area hold a notification?
 * @fw: the firmware
 *
 * Return: true while the agent has not taken the last notification (the
 * firmware's interrupt would be raised).
 */
bool rpi_scmi_fake_gpio_irq_busy(struct rpi_scmi_fake_fw *fw)
{
	return !(get_unaligned_le32(fake_gi(fw)->p2a + FAKE_SMT_STATUS) &
		 FAKE_SMT_FREE);
}

static s32 fake_gi_trigger(struct rpi_scmi_fake_gpio_irq *gi, u32 pin, u32 t)
{
	if (t > 5)
		return FAKE_GI_INVALID;
	if (t && (gi->no_irq & BIT(pin)))
		return FAKE_GI_NOT_SUPPORTED;
	gi->trigger[pin] = t;
	gi->pending[pin] = false;
	fake_gi_sample(gi, pin);
	return 0;
}

/* A command on one pin; the pin and the length are checked. */
static s32 fake_gi_pin_cmd(struct rpi_scmi_fake_gpio_irq *gi,
			   const struct rpi_scmi_fake_msg *m, u32 *state)
{
	u32 pin = fake_gi_in(m, 0);

	if (pin >= FAKE_PC_PINS)
		return FAKE_GI_NOT_FOUND;
	switch (m->msg_id) {
	case 0x3:
		return fake_gi_trigger(gi, pin, fake_gi_in(m, 1));
	case 0x4:
		gi->masks++;
		gi->masked[pin] = true;
		break;
	case 0x5:
		gi->unmasks++;
		gi->masked[pin] = false;
		fake_gi_sample(gi, pin);
		break;
	case 0x6:
		gi->acks++;
		gi->reported[pin] = false;
		fake_gi_sample(gi, pin);
		break;
	default:
		*state = gi->trigger[pin] | gi->masked[pin] << 8 |
			 gi->pending[pin] << 9 | gi->reported[pin] << 10 |
			 fake_gi_level(gi, pin) << 11;
		break;
	}
	return 0;
}

static void fake_gi_command(struct rpi_scmi_fake_gpio_irq *gi,
			    struct rpi_scmi_fake_msg *m)
{
	static const u8 lens[] = { 0, 0, 4, 8, 4, 4, 4, 4, 4 };
	u32 msg = m->msg_id, v = 0;
	s32 status = 0;

	if (msg >= ARRAY_SIZE(lens)) {
		rpi_scmi_fake_reply(m, FAKE_GI_NOT_SUPPORTED, NULL, 0);
		return;
	}
	if (m->in_len != lens[msg]) {
		rpi_scmi_fake_reply(m, FAKE_GI_PROTOCOL_ERROR, NULL, 0);
		return;
	}
	if (msg == 0x0) {
		v = 0x10000;
	} else if (msg == 0x1) {
		v = gi->attr_pins;
	} else if (msg == 0x2) {
		status = fake_gi_in(m, 0) <= 0x8 ? 0 : FAKE_GI_NOT_FOUND;
	} else if (msg == 0x7) {
		status = fake_gi_in(m, 0) > 1 ? FAKE_GI_INVALID : 0;
		if (!status)
			gi->notify = fake_gi_in(m, 0);
	} else {
		status = fake_gi_pin_cmd(gi, m, &v);
	}
	if (status || (msg >= 0x3 && msg <= 0x7))
		rpi_scmi_fake_reply(m, status, NULL, 0);
	else
		rpi_scmi_fake_reply(m, 0, &v, 1);
	/* The firmware looks for deliverable pins after every command. */
	fake_gi_deliver(gi);
}

static void fake_gi_serve(struct rpi_scmi_fake_fw *fw,
			  struct rpi_scmi_fake_msg *m)
{
	struct rpi_scmi_fake_gpio_irq *gi = fake_gi(fw);

	if (m->protocol_id == RPI_SCMI_PROTOCOL_GPIO_IRQ) {
		fake_gi_command(gi, m);
		return;
	}
	fw->other_priv = gi->pc;
	gi->serve_pc(fw, m);
	fw->other_priv = gi;
}

/**
 * rpi_scmi_fake_gpio_irq_init() - give the fake firmware GPIO interrupts
 * @test: the test case
 * @fw: the firmware, with its pin controller (rpi_scmi_fake_pinctrl_init())
 * @pc: that pin controller
 *
 * Protocol 0x81 is served and listed after 0x19. Every pin starts masked
 * with no trigger; notifications are off; the P2A area (test memory of
 * FAKE_GI_P2A_SIZE bytes) is the agent's to set up.
 *
 * Return: the state (test-managed memory).
 */
struct rpi_scmi_fake_gpio_irq *
rpi_scmi_fake_gpio_irq_init(struct kunit *test, struct rpi_scmi_fake_fw *fw,
			    struct rpi_scmi_fake_pinctrl *pc)
{
	static const u8 protocols[] = {
		RPI_SCMI_PROTOCOL_PINCTRL, RPI_SCMI_PROTOCOL_GPIO_IRQ,
	};
	struct rpi_scmi_fake_gpio_irq *gi;
	unsigned int i;

	gi = kunit_kzalloc(test, sizeof(*gi), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, gi);
	gi->p2a = kunit_kzalloc(test, FAKE_GI_P2A_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, gi->p2a);
	gi->pc = pc;
	gi->serve_pc = fw->other;
	gi->attr_pins = FAKE_PC_PINS;
	for (i = 0; i < FAKE_PC_PINS; i++)
		gi->masked[i] = true;
	fw->other_proto2 = RPI_SCMI_PROTOCOL_GPIO_IRQ;
	fw->other = fake_gi_serve;
	fw->other_priv = gi;
	fw->protocols = protocols;
	fw->num_protocols = ARRAY_SIZE(protocols);
	fw->list_len = ARRAY_SIZE(protocols);
	return gi;
}
