/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a protocol module may use of the rpi-smc-scmi agent: one call that
 * sends a command and checks its reply, the messages every protocol has,
 * the lookup of an agent, and the registration of a receiver for the
 * protocol's notifications. The agent itself, its transfers and its
 * transports are private to rpi-smc-scmi.ko
 * (drivers/firmware/rpi-smc-scmi/common.h).
 *
 * Every command may be sent in atomic context: the agent neither sleeps
 * nor allocates once it is bound. Registering a notifier sleeps.
 */
#ifndef RPI_ACPI_RPI_SCMI_H
#define RPI_ACPI_RPI_SCMI_H

#include <linux/bitfield.h>
#include <linux/bits.h>
#include <linux/types.h>

struct device;
struct rpi_scmi_agent;

/* Protocol ids (SCMI v3.2 section 4.1.3; 0x80 and up: vendor protocols) */
#define RPI_SCMI_PROTOCOL_BASE		0x10
#define RPI_SCMI_PROTOCOL_PINCTRL	0x19
#define RPI_SCMI_PROTOCOL_PCI		0x80
#define RPI_SCMI_PROTOCOL_GPIO_IRQ	0x81

/* Messages every protocol implements */
#define RPI_SCMI_PROTOCOL_VERSION		0x0
#define RPI_SCMI_PROTOCOL_ATTRIBUTES		0x1
#define RPI_SCMI_PROTOCOL_MESSAGE_ATTRIBUTES	0x2
#define RPI_SCMI_NEGOTIATE_PROTOCOL_VERSION	0x10

/*
 * Largest payload a command or a reply may have, either way: the SMC
 * fastchannel's 120 bytes, and a 128-byte SMT slot's 104 are below it.
 */
#define RPI_SCMI_MAX_PAYLOAD		128

/* A protocol version: major in 31:16, minor in 15:0 */
#define RPI_SCMI_VERSION_MAJOR		GENMASK(31, 16)
#define RPI_SCMI_VERSION_MINOR		GENMASK(15, 0)

static inline unsigned int rpi_scmi_version_major(u32 version)
{
	return FIELD_GET(RPI_SCMI_VERSION_MAJOR, version);
}

static inline unsigned int rpi_scmi_version_minor(u32 version)
{
	return FIELD_GET(RPI_SCMI_VERSION_MINOR, version);
}

int rpi_scmi_command_var(struct rpi_scmi_agent *agent, u8 protocol_id,
			 u8 msg_id, const void *tx, size_t tx_len, void *rx,
			 size_t rx_min, size_t *rx_len);

/**
 * rpi_scmi_command() - one command whose reply has a fixed length
 * @agent: the agent
 * @protocol_id: the protocol
 * @msg_id: the command
 * @tx: its payload (may be NULL when @tx_len is 0)
 * @tx_len: payload bytes
 * @rx: where the reply's payload (after the status word) goes
 * @rx_len: exactly how many bytes the reply must have
 *
 * Context: Any context.
 * Return: as rpi_scmi_command_var(); a reply of another length is -EPROTO.
 */
static inline int rpi_scmi_command(struct rpi_scmi_agent *agent,
				   u8 protocol_id, u8 msg_id, const void *tx,
				   size_t tx_len, void *rx, size_t rx_len)
{
	return rpi_scmi_command_var(agent, protocol_id, msg_id, tx, tx_len, rx,
				    rx_len, &rx_len);
}

int rpi_scmi_protocol_version(struct rpi_scmi_agent *agent, u8 protocol_id,
			      u32 supported, u32 *version);
int rpi_scmi_message_attributes(struct rpi_scmi_agent *agent, u8 protocol_id,
				u8 msg_id, u32 *attributes);
size_t rpi_scmi_max_tx(const struct rpi_scmi_agent *agent);

bool rpi_scmi_protocol_listed(const struct rpi_scmi_agent *agent,
			      u8 protocol_id);
struct device *rpi_scmi_agent_find(u8 protocol_id);
struct rpi_scmi_agent *rpi_scmi_agent_of(struct device *dev);

/**
 * struct rpi_scmi_notifier - a protocol driver's receiver of notifications
 * @protocol_id: the protocol whose notifications it takes
 * @call: called for each notification of @protocol_id, with its message
 *	id and a copy of its payload (@len bytes), in hard interrupt
 *	context; the P2A channel is already free again
 */
struct rpi_scmi_notifier {
	u8 protocol_id;
	void (*call)(struct rpi_scmi_notifier *nb, u8 msg_id,
		     const void *payload, size_t len);
};

int rpi_scmi_notifier_register(struct rpi_scmi_agent *agent,
			       struct rpi_scmi_notifier *nb);
void rpi_scmi_notifier_unregister(struct rpi_scmi_agent *agent,
				  struct rpi_scmi_notifier *nb);

#endif /* RPI_ACPI_RPI_SCMI_H */
