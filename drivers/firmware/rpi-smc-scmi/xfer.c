// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI agent core: the message header codec, the preallocated transfer
 * pool with its tokens, the choice of channel, the checks every reply
 * passes before anything in it is used, and the commands every protocol
 * has.
 *
 * Nothing here sleeps or allocates after rpi_scmi_agent_init(): transfers
 * come from a fixed pool under a spinlock, and both transports complete on
 * return from the SMC or poll, so a protocol may talk to the firmware from
 * atomic context.
 */

#include <linux/bitfield.h>
#include <linux/bitmap.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/minmax.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "common.h"

/**
 * rpi_scmi_hdr_pack() - encode a message header
 * @hdr: the fields; each is truncated to its width
 *
 * Return: the 32-bit header word.
 */
u32 rpi_scmi_hdr_pack(const struct rpi_scmi_hdr *hdr)
{
	return FIELD_PREP(RPI_SCMI_HDR_MSG_ID, hdr->msg_id) |
	       FIELD_PREP(RPI_SCMI_HDR_TYPE, hdr->type) |
	       FIELD_PREP(RPI_SCMI_HDR_PROTO_ID, hdr->protocol_id) |
	       FIELD_PREP(RPI_SCMI_HDR_TOKEN, hdr->token);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_hdr_pack);

/* A token not in flight, the search going round from the last one given. */
static int rpi_scmi_token_get(struct rpi_scmi_agent *agent)
{
	unsigned long bit;

	lockdep_assert_held(&agent->pool_lock);
	bit = find_next_zero_bit(agent->tokens, RPI_SCMI_TOKEN_COUNT,
				 agent->next_token);
	if (bit >= RPI_SCMI_TOKEN_COUNT)
		bit = find_first_zero_bit(agent->tokens, RPI_SCMI_TOKEN_COUNT);
	if (bit >= RPI_SCMI_TOKEN_COUNT)
		return -EBUSY;
	__set_bit(bit, agent->tokens);
	agent->next_token = (bit + 1) % RPI_SCMI_TOKEN_COUNT;
	return bit;
}

/**
 * rpi_scmi_xfer_get() - take a transfer from the pool and set it up
 * @agent: the agent
 * @protocol_id: protocol of the command
 * @msg_id: the command
 * @tx_len: payload bytes the caller will put in ->tx (zeroed here)
 * @rx_max: most reply payload bytes (after the status) the caller accepts
 *
 * Context: Any context; takes a raw spinlock, never sleeps or allocates.
 * Return: the transfer, to be given back with rpi_scmi_xfer_put(), or
 * ERR_PTR(-EINVAL) for sizes over RPI_SCMI_MAX_PAYLOAD, ERR_PTR(-EBUSY)
 * when every transfer of the pool is in use.
 */
struct rpi_scmi_xfer *rpi_scmi_xfer_get(struct rpi_scmi_agent *agent,
					u8 protocol_id, u8 msg_id,
					size_t tx_len, size_t rx_max)
{
	struct rpi_scmi_xfer *xfer = NULL;
	unsigned long flags;
	int i, token = -EBUSY;

	if (tx_len > RPI_SCMI_MAX_PAYLOAD || rx_max > RPI_SCMI_MAX_PAYLOAD)
		return ERR_PTR(-EINVAL);

	raw_spin_lock_irqsave(&agent->pool_lock, flags);
	for (i = 0; i < RPI_SCMI_XFER_POOL; i++) {
		if (!agent->pool[i].in_use) {
			token = rpi_scmi_token_get(agent);
			if (token >= 0) {
				xfer = &agent->pool[i];
				xfer->in_use = true;
			}
			break;
		}
	}
	raw_spin_unlock_irqrestore(&agent->pool_lock, flags);
	if (!xfer)
		return ERR_PTR(-EBUSY);

	xfer->hdr = (struct rpi_scmi_hdr) {
		.msg_id = msg_id,
		.type = RPI_SCMI_MSG_TYPE_COMMAND,
		.protocol_id = protocol_id,
		.token = token,
	};
	memset(xfer->tx, 0, sizeof(xfer->tx));
	xfer->tx_len = tx_len;
	xfer->rx_len = rx_max;
	xfer->status = 0;
	xfer->timeout_us = agent->timeout_us;
	return xfer;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_xfer_get);

/**
 * rpi_scmi_xfer_put() - give a transfer and its token back
 * @agent: the agent
 * @xfer: a transfer from rpi_scmi_xfer_get()
 *
 * Context: Any context.
 */
void rpi_scmi_xfer_put(struct rpi_scmi_agent *agent, struct rpi_scmi_xfer *xfer)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&agent->pool_lock, flags);
	__clear_bit(xfer->hdr.token, agent->tokens);
	xfer->in_use = false;
	raw_spin_unlock_irqrestore(&agent->pool_lock, flags);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_xfer_put);

/**
 * rpi_scmi_reply_check() - the checks a transport makes on every reply
 * @xfer: the transfer the reply is for
 * @hdr_word: the header the reply came with
 * @len: reply payload bytes, the status word included
 *
 * A reply must carry the command's own header (so its token), at least the
 * status word, and no more payload than the caller accepts.
 *
 * Return: 0, or -EPROTO for a reply that cannot be trusted.
 */
int rpi_scmi_reply_check(const struct rpi_scmi_xfer *xfer, u64 hdr_word,
			 u64 len)
{
	if (hdr_word != rpi_scmi_hdr_pack(&xfer->hdr) ||
	    len < sizeof(u32) || len - sizeof(u32) > xfer->rx_len)
		return -EPROTO;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_reply_check);

/* The first channel, in order of preference, that carries @tx_len bytes. */
static int rpi_scmi_pick(const struct rpi_scmi_agent *agent, size_t tx_len)
{
	int i;

	for (i = 0; i < RPI_SCMI_CHAN_NR; i++)
		if (agent->chan[i] && tx_len <= agent->chan[i]->max_tx)
			return i;
	return -EMSGSIZE;
}

/**
 * rpi_scmi_max_tx() - the longest command the preferred channel carries
 * @agent: the agent
 *
 * A protocol that splits long lists sizes each part with this, so that
 * each part is one message on the channel short commands take.
 *
 * Context: Any context.
 * Return: bytes of command payload.
 */
size_t rpi_scmi_max_tx(const struct rpi_scmi_agent *agent)
{
	int i = rpi_scmi_pick(agent, 0);

	return i < 0 ? 0 : agent->chan[i]->max_tx;
}
EXPORT_SYMBOL_GPL(rpi_scmi_max_tx);

/* Send @xfer on channel @i and map the reply's status. */
static int rpi_scmi_xfer_on(struct rpi_scmi_agent *agent, int i,
			    struct rpi_scmi_xfer *xfer)
{
	struct rpi_scmi_transport *t = agent->chan[i];
	int ret;

	xfer->rx_len = min(xfer->rx_len, t->max_rx);
	atomic_inc(&agent->sent[i]);
	ret = t->send(t, xfer);
	if (ret) {
		dev_err_ratelimited(agent->dev,
				    "%s: protocol 0x%x message 0x%x: %pe\n",
				    t->name, xfer->hdr.protocol_id,
				    xfer->hdr.msg_id, ERR_PTR(ret));
		return ret;
	}
	return rpi_smc_status_to_errno(RPI_SMC_STATUS_SCMI, xfer->status);
}

/**
 * rpi_scmi_do_xfer() - send a command and wait for its reply
 * @agent: the agent
 * @xfer: a transfer from rpi_scmi_xfer_get() with its payload filled in
 *
 * The first of the agent's channels that carries the command takes it: the
 * SMC fastchannel every command that fits in it, shared memory the others
 * (and all of them when the agent has no SMC fastchannel). A reply can
 * never be longer than the channel carries, so ->rx_len is first capped
 * at the channel's limit.
 *
 * Context: Any context; never sleeps.
 * Return: 0 when the firmware answered SUCCESS, the errno its SCMI status
 * maps to, or the transport's error (-ETIMEDOUT, -ECOMM for a channel
 * error, -EPROTO for a reply that cannot be trusted, -EMSGSIZE when no
 * transport carries a command this long).
 */
int rpi_scmi_do_xfer(struct rpi_scmi_agent *agent, struct rpi_scmi_xfer *xfer)
{
	int i = rpi_scmi_pick(agent, xfer->tx_len);

	return i < 0 ? i : rpi_scmi_xfer_on(agent, i, xfer);
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_do_xfer);

/**
 * rpi_scmi_command_var() - send one command and check its reply
 * @agent: the agent
 * @protocol_id: the protocol
 * @msg_id: the command
 * @tx: its payload (may be NULL when @tx_len is 0)
 * @tx_len: payload bytes, at most RPI_SCMI_MAX_PAYLOAD
 * @rx: where the reply's payload (after the status word) goes
 * @rx_min: the fewest bytes the reply may have
 * @rx_len: in: the most bytes @rx takes; out: the bytes the reply had
 *
 * The whole of a command: a transfer from the pool, the payload copied in,
 * sent on the channel that carries it, the reply's length checked, its
 * payload copied out, and the transfer given back.
 *
 * Context: Any context; never sleeps.
 * Return: 0 when the firmware answered SUCCESS with a reply of
 * @rx_min..@rx_len bytes, -EPROTO for a reply of another length, the errno
 * its SCMI status maps to, or the transport's error (see
 * rpi_scmi_do_xfer()). @rx and @rx_len are written only on success.
 */
int rpi_scmi_command_var(struct rpi_scmi_agent *agent, u8 protocol_id,
			 u8 msg_id, const void *tx, size_t tx_len, void *rx,
			 size_t rx_min, size_t *rx_len)
{
	struct rpi_scmi_xfer *xfer;
	int ret;

	if (rx_min > *rx_len)
		return -EINVAL;
	xfer = rpi_scmi_xfer_get(agent, protocol_id, msg_id, tx_len, *rx_len);
	if (IS_ERR(xfer))
		return PTR_ERR(xfer);
	if (tx_len)
		memcpy(xfer->tx, tx, tx_len);
	ret = rpi_scmi_do_xfer(agent, xfer);
	if (!ret && xfer->rx_len < rx_min)
		ret = -EPROTO;
	if (!ret) {
		if (xfer->rx_len)
			memcpy(rx, xfer->rx, xfer->rx_len);
		*rx_len = xfer->rx_len;
	}
	rpi_scmi_xfer_put(agent, xfer);
	return ret;
}
EXPORT_SYMBOL_GPL(rpi_scmi_command_var);

/* A command with one 32-bit argument and a reply of @rx_len bytes. */
static int rpi_scmi_command_u32(struct rpi_scmi_agent *agent, u8 protocol_id,
				u8 msg_id, u32 arg, void *rx, size_t rx_len)
{
	__le32 le = cpu_to_le32(arg);

	return rpi_scmi_command(agent, protocol_id, msg_id, &le, sizeof(le),
				rx, rx_len);
}

/**
 * rpi_scmi_message_attributes() - PROTOCOL_MESSAGE_ATTRIBUTES
 * @agent: the agent
 * @protocol_id: the protocol
 * @msg_id: the message asked about
 * @attributes: set to the message's attributes when not NULL
 *
 * Context: Any context.
 * Return: 0 when the firmware implements the message, -ENOENT when it
 * does not, another errno on failure.
 */
int rpi_scmi_message_attributes(struct rpi_scmi_agent *agent, u8 protocol_id,
				u8 msg_id, u32 *attributes)
{
	__le32 le;
	int ret;

	ret = rpi_scmi_command_u32(agent, protocol_id,
				   RPI_SCMI_PROTOCOL_MESSAGE_ATTRIBUTES, msg_id,
				   &le, sizeof(le));
	if (!ret && attributes)
		*attributes = le32_to_cpu(le);
	return ret;
}
EXPORT_SYMBOL_GPL(rpi_scmi_message_attributes);

/**
 * rpi_scmi_protocol_version() - PROTOCOL_VERSION, and negotiation
 * @agent: the agent
 * @protocol_id: the protocol
 * @supported: the newest version the caller implements
 * @version: set to the version the two sides speak
 *
 * When the firmware's version is newer than @supported and it implements
 * NEGOTIATE_PROTOCOL_VERSION, it is asked to speak @supported; when it
 * does not or refuses, the firmware's version stands and the caller relies
 * on the protocol's backward compatibility, as SCMI allows.
 *
 * Context: Any context.
 * Return: 0, or an errno when the version cannot be read.
 */
int rpi_scmi_protocol_version(struct rpi_scmi_agent *agent, u8 protocol_id,
			      u32 supported, u32 *version)
{
	__le32 le;
	int ret;

	ret = rpi_scmi_command(agent, protocol_id, RPI_SCMI_PROTOCOL_VERSION,
			       NULL, 0, &le, sizeof(le));
	if (ret)
		return ret;
	*version = le32_to_cpu(le);
	if (*version <= supported)
		return 0;

	if (!rpi_scmi_message_attributes(agent, protocol_id,
					 RPI_SCMI_NEGOTIATE_PROTOCOL_VERSION,
					 NULL) &&
	    !rpi_scmi_command_u32(agent, protocol_id,
				  RPI_SCMI_NEGOTIATE_PROTOCOL_VERSION,
				  supported, NULL, 0)) {
		*version = supported;
		return 0;
	}
	dev_info(agent->dev,
		 "protocol 0x%x: firmware v%u.%u is newer than v%u.%u, relying on compatibility\n",
		 protocol_id, rpi_scmi_version_major(*version),
		 rpi_scmi_version_minor(*version),
		 rpi_scmi_version_major(supported),
		 rpi_scmi_version_minor(supported));
	return 0;
}
EXPORT_SYMBOL_GPL(rpi_scmi_protocol_version);

/**
 * rpi_scmi_chan_ping() - does the firmware answer on one channel?
 * @agent: the agent
 * @chan: the channel, in place in @agent->chan
 *
 * Sends the base protocol's PROTOCOL_VERSION on @chan, whatever the
 * agent's other channels, so that the binding can find out whether a
 * channel the firmware describes really works.
 *
 * Context: Any context.
 * Return: 0 when the firmware answered, or the errno of the failure
 * (-EOPNOTSUPP when it does not serve the channel).
 */
int rpi_scmi_chan_ping(struct rpi_scmi_agent *agent,
		       enum rpi_scmi_channel chan)
{
	struct rpi_scmi_xfer *xfer;
	int ret;

	if (chan >= RPI_SCMI_CHAN_NR || !agent->chan[chan])
		return -ENODEV;
	xfer = rpi_scmi_xfer_get(agent, RPI_SCMI_PROTOCOL_BASE,
				 RPI_SCMI_PROTOCOL_VERSION, 0, sizeof(__le32));
	if (IS_ERR(xfer))
		return PTR_ERR(xfer);
	ret = rpi_scmi_xfer_on(agent, chan, xfer);
	rpi_scmi_xfer_put(agent, xfer);
	return ret;
}
