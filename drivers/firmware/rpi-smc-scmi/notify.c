// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI agent core: notifications. The firmware writes a notification into
 * the platform-to-agent (P2A) channel, an SMT area of its own, and raises
 * an interrupt; the agent copies it out, gives the area back, then hands
 * the copy to the protocol driver that registered for its protocol
 * (Documentation/firmware-guide/rpi-scmi-gpio-irq.rst).
 *
 * The area is free (RPI_SCMI_SMT_FREE) when the firmware may write it: it
 * clears the flag when it has written a notification, the agent sets it
 * again once it has read it. The agent never writes anything else there.
 *
 * Notifiers run in hard interrupt context; registering one sleeps, and
 * unregistering waits for a notifier that is running to return.
 */

#include <linux/bitfield.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/minmax.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include <rpi-acpi/compat.h>

#include "common.h"

/**
 * struct rpi_scmi_p2a - a platform-to-agent channel
 * @smt: the mapped area
 * @max_payload: the longest payload it holds after the header
 * @irq: the interrupt the firmware raises, 0 when none is requested
 */
struct rpi_scmi_p2a {
	struct rpi_scmi_smt __iomem *smt;
	size_t max_payload;
	int irq;
};

/**
 * rpi_scmi_p2a_setup() - give an agent its platform-to-agent channel
 * @agent: the agent
 * @base: the mapped area
 * @size: its size in bytes, at least RPI_SCMI_SMT_MIN_SIZE
 *
 * The area is marked free: the firmware may write its first notification
 * once the agent enables one.
 *
 * Context: Process context.
 * Return: 0, -EINVAL for an area too small, or -ENOMEM.
 */
int rpi_scmi_p2a_setup(struct rpi_scmi_agent *agent, void __iomem *base,
		       size_t size)
{
	struct rpi_scmi_p2a *p2a;

	if (size < RPI_SCMI_SMT_MIN_SIZE)
		return -EINVAL;
	p2a = devm_kzalloc(agent->dev, sizeof(*p2a), GFP_KERNEL);
	if (!p2a)
		return -ENOMEM;
	p2a->smt = base;
	p2a->max_payload = min_t(size_t, size - sizeof(struct rpi_scmi_smt),
				 RPI_SCMI_MAX_PAYLOAD);
	iowrite32(RPI_SCMI_SMT_FREE, &p2a->smt->channel_status);
	agent->p2a = p2a;
	return 0;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_p2a_setup);

/* The notifier of @protocol_id, or NULL. */
static struct rpi_scmi_notifier *
rpi_scmi_notifier_of(struct rpi_scmi_agent *agent, u8 protocol_id)
{
	struct rpi_scmi_notifier *nb;
	int i;

	for (i = 0; i < RPI_SCMI_NOTIFIERS; i++) {
		nb = READ_ONCE(agent->notifiers[i]);
		if (nb && nb->protocol_id == protocol_id)
			return nb;
	}
	return NULL;
}

/* Copy the notification out of the area; false for one not to be used. */
static bool rpi_scmi_p2a_read(struct rpi_scmi_p2a *p2a, u32 *hdr, u8 *buf,
			      size_t *len)
{
	u32 length = ioread32(&p2a->smt->length);

	*hdr = ioread32(&p2a->smt->msg_header);
	if (length < sizeof(u32) || length - sizeof(u32) > p2a->max_payload ||
	    FIELD_GET(RPI_SCMI_HDR_TYPE, *hdr) !=
	    RPI_SCMI_MSG_TYPE_NOTIFICATION ||
	    FIELD_GET(RPI_SCMI_HDR_RESERVED, *hdr))
		return false;
	*len = length - sizeof(u32);
	memcpy_fromio(buf, p2a->smt->msg_payload, *len);
	return true;
}

/**
 * rpi_scmi_p2a_handle() - take the notification the firmware signalled
 * @agent: the agent, with a P2A channel
 *
 * Copies the notification, gives the area back to the firmware, then
 * calls the notifier of its protocol. A notification that is malformed or
 * that no notifier takes is dropped with a rate-limited error.
 *
 * Context: Hard interrupt context (or interrupts off).
 * Return: IRQ_NONE when the area held no notification, else IRQ_HANDLED.
 */
irqreturn_t rpi_scmi_p2a_handle(struct rpi_scmi_agent *agent)
{
	struct rpi_scmi_p2a *p2a = agent->p2a;
	struct rpi_scmi_notifier *nb;
	u8 buf[RPI_SCMI_MAX_PAYLOAD];
	size_t len = 0;
	bool ok;
	u32 hdr;

	if (ioread32(&p2a->smt->channel_status) & RPI_SCMI_SMT_FREE)
		return IRQ_NONE;
	ok = rpi_scmi_p2a_read(p2a, &hdr, buf, &len);
	iowrite32(RPI_SCMI_SMT_FREE, &p2a->smt->channel_status);
	nb = ok ? rpi_scmi_notifier_of(agent,
				       FIELD_GET(RPI_SCMI_HDR_PROTO_ID, hdr)) :
		  NULL;
	if (!nb) {
		dev_err_ratelimited(agent->dev,
				    "notification 0x%08x: %s, dropped\n", hdr,
				    ok ? "no driver takes it" : "malformed");
		return IRQ_HANDLED;
	}
	nb->call(nb, FIELD_GET(RPI_SCMI_HDR_MSG_ID, hdr), buf, len);
	return IRQ_HANDLED;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_p2a_handle);

static irqreturn_t rpi_scmi_p2a_irq(int irq, void *data)
{
	return rpi_scmi_p2a_handle(data);
}

/**
 * rpi_scmi_p2a_request_irq() - take the interrupt of the P2A channel
 * @agent: the agent, with a P2A channel
 * @irq: the interrupt the firmware raises
 *
 * Context: Process context, at probe.
 * Return: 0, or an errno from request_irq().
 */
int rpi_scmi_p2a_request_irq(struct rpi_scmi_agent *agent, int irq)
{
	int ret;

	ret = devm_request_irq(agent->dev, irq, rpi_scmi_p2a_irq, 0,
			       dev_name(agent->dev), agent);
	if (!ret)
		agent->p2a->irq = irq;
	return ret;
}

/**
 * rpi_scmi_notifier_register() - take the notifications of a protocol
 * @agent: the agent
 * @nb: the notifier, which must stay valid until it is unregistered
 *
 * Context: Process context.
 * Return: 0; -EOPNOTSUPP when the agent has no P2A channel, -EBUSY when
 * the protocol has a notifier already or every slot is taken.
 */
int rpi_scmi_notifier_register(struct rpi_scmi_agent *agent,
			       struct rpi_scmi_notifier *nb)
{
	int i, ret = -EBUSY;

	if (!agent->p2a)
		return -EOPNOTSUPP;
	mutex_lock(&agent->notify_lock);
	if (!rpi_scmi_notifier_of(agent, nb->protocol_id)) {
		for (i = 0; i < RPI_SCMI_NOTIFIERS; i++) {
			if (!agent->notifiers[i]) {
				WRITE_ONCE(agent->notifiers[i], nb);
				ret = 0;
				break;
			}
		}
	}
	mutex_unlock(&agent->notify_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(rpi_scmi_notifier_register);

/**
 * rpi_scmi_notifier_unregister() - stop taking a protocol's notifications
 * @agent: the agent
 * @nb: a registered notifier
 *
 * Returns once @nb runs nowhere: a notification that comes after it is
 * dropped.
 *
 * Context: Process context.
 */
void rpi_scmi_notifier_unregister(struct rpi_scmi_agent *agent,
				  struct rpi_scmi_notifier *nb)
{
	int i;

	mutex_lock(&agent->notify_lock);
	for (i = 0; i < RPI_SCMI_NOTIFIERS; i++)
		if (agent->notifiers[i] == nb)
			WRITE_ONCE(agent->notifiers[i], NULL);
	mutex_unlock(&agent->notify_lock);
	if (agent->p2a && agent->p2a->irq > 0)
		synchronize_irq(agent->p2a->irq);
}
EXPORT_SYMBOL_GPL(rpi_scmi_notifier_unregister);
