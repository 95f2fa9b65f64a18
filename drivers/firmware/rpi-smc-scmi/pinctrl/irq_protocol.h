/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The project's GPIO interrupt protocol (SCMI vendor protocol 0x81,
 * Documentation/firmware-guide/rpi-scmi-gpio-irq.rst): the commands and
 * the GPIO_IRQ_EVENT notification's decoding, on top of the agent. Its
 * pin ids are those of SCMI pin control (protocol 0x19).
 */
#ifndef RPI_SCMI_GPIO_IRQ_PROTOCOL_H
#define RPI_SCMI_GPIO_IRQ_PROTOCOL_H

#include <linux/types.h>

#include <rpi-acpi/rpi-scmi.h>

/* The newest protocol version this driver implements: 1.0 */
#define RPI_SCMI_GI_VERSION		0x10000

/* The notification's message id */
#define RPI_SCMI_GI_EVENT		0x0

/* GPIO_IRQ_STATE_GET's state word */
#define RPI_SCMI_GI_STATE_TRIGGER	GENMASK(2, 0)
#define RPI_SCMI_GI_STATE_MASKED	BIT(8)
#define RPI_SCMI_GI_STATE_PENDING	BIT(9)
#define RPI_SCMI_GI_STATE_REPORTED	BIT(10)
#define RPI_SCMI_GI_STATE_LEVEL		BIT(11)

/**
 * enum rpi_scmi_gi_trigger - GPIO_IRQ_SET_TRIGGER's triggers
 * @RPI_SCMI_GI_NONE: no detection
 * @RPI_SCMI_GI_RISING: rising edge
 * @RPI_SCMI_GI_FALLING: falling edge
 * @RPI_SCMI_GI_BOTH: both edges
 * @RPI_SCMI_GI_HIGH: level high
 * @RPI_SCMI_GI_LOW: level low
 */
enum rpi_scmi_gi_trigger {
	RPI_SCMI_GI_NONE = 0,
	RPI_SCMI_GI_RISING = 1,
	RPI_SCMI_GI_FALLING = 2,
	RPI_SCMI_GI_BOTH = 3,
	RPI_SCMI_GI_HIGH = 4,
	RPI_SCMI_GI_LOW = 5,
};

/**
 * struct rpi_scmi_gi_event - a GPIO_IRQ_EVENT notification, checked
 * @sequence: its sequence number
 * @first_pin: the pin of bit 0 of the first word
 * @num_words: how many words of pins follow
 * @words: the pins, one bit each (little-endian words in the payload)
 */
struct rpi_scmi_gi_event {
	u32 sequence;
	u32 first_pin;
	u32 num_words;
	const __le32 *words;
};

int rpi_scmi_gi_trigger_of(unsigned int irq_type);
int rpi_scmi_gi_pins(struct rpi_scmi_agent *agent, u32 *pins);
int rpi_scmi_gi_set_trigger(struct rpi_scmi_agent *agent, u32 pin,
			    enum rpi_scmi_gi_trigger trigger);
int rpi_scmi_gi_mask(struct rpi_scmi_agent *agent, u32 pin, bool mask);
int rpi_scmi_gi_ack(struct rpi_scmi_agent *agent, u32 pin);
int rpi_scmi_gi_notify(struct rpi_scmi_agent *agent, bool enable);
int rpi_scmi_gi_state(struct rpi_scmi_agent *agent, u32 pin, u32 *state);
int rpi_scmi_gi_event_parse(const void *payload, size_t len, u32 npins,
			    struct rpi_scmi_gi_event *ev);

#endif /* RPI_SCMI_GPIO_IRQ_PROTOCOL_H */
