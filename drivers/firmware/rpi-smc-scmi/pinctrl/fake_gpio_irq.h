/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fake firmware's GPIO interrupts (vendor protocol 0x81), on the fake
 * pin controller's pins, for the GPIO interrupt KUnit suite.
 */
#ifndef RPI_SCMI_FAKE_GPIO_IRQ_H
#define RPI_SCMI_FAKE_GPIO_IRQ_H

#include <kunit/test.h>
#include <linux/types.h>

#include "../test/fake_fw.h"
#include "fake_pinctrl.h"

#define FAKE_GI_P2A_SIZE	128

/**
 * enum rpi_scmi_fake_gi_fault - how the fake breaks its notifications
 * @FAKE_GI_OK: correct notifications
 * @FAKE_GI_SEQ_GAP: the sequence number skips one
 * @FAKE_GI_PIN_PAST: a bit is set for a pin past the last
 * @FAKE_GI_SHORT: the length leaves out the last word of pins
 * @FAKE_GI_TYPE: the header says command, not notification
 */
enum rpi_scmi_fake_gi_fault {
	FAKE_GI_OK,
	FAKE_GI_SEQ_GAP,
	FAKE_GI_PIN_PAST,
	FAKE_GI_SHORT,
	FAKE_GI_TYPE,
};

/**
 * struct rpi_scmi_fake_gpio_irq - the fake's GPIO interrupt state
 * @pc: the pin controller whose pins these are (input levels in its
 *	INPUT_VALUE)
 * @serve_pc: the pin controller's own server, for protocol 0x19
 * @p2a: the P2A area the fake writes notifications into
 * @notify: GPIO_IRQ_EVENT is enabled
 * @sequence: the last notification's sequence number
 * @trigger: each pin's trigger
 * @masked: each pin's mask
 * @pending: each pin's latched event
 * @reported: each pin is in a notification not yet acknowledged
 * @no_irq: pins that refuse every trigger but none
 * @attr_pins: the pin count PROTOCOL_ATTRIBUTES answers
 * @fault: how notifications break
 * @sent: notifications written
 * @acks: GPIO_IRQ_ACK commands received
 * @masks: GPIO_IRQ_MASK commands received
 * @unmasks: GPIO_IRQ_UNMASK commands received
 */
struct rpi_scmi_fake_gpio_irq {
	struct rpi_scmi_fake_pinctrl *pc;
	void (*serve_pc)(struct rpi_scmi_fake_fw *fw,
			 struct rpi_scmi_fake_msg *m);
	u8 *p2a;
	bool notify;
	u32 sequence;
	u32 trigger[FAKE_PC_PINS];
	bool masked[FAKE_PC_PINS];
	bool pending[FAKE_PC_PINS];
	bool reported[FAKE_PC_PINS];
	u32 no_irq;
	u32 attr_pins;
	enum rpi_scmi_fake_gi_fault fault;
	unsigned int sent;
	unsigned int acks;
	unsigned int masks;
	unsigned int unmasks;
};

struct rpi_scmi_fake_gpio_irq *
rpi_scmi_fake_gpio_irq_init(struct kunit *test, struct rpi_scmi_fake_fw *fw,
			    struct rpi_scmi_fake_pinctrl *pc);
void rpi_scmi_fake_gpio_irq_level(struct rpi_scmi_fake_fw *fw,
				  unsigned int pin, bool level);
bool rpi_scmi_fake_gpio_irq_busy(struct rpi_scmi_fake_fw *fw);

#endif /* RPI_SCMI_FAKE_GPIO_IRQ_H */
