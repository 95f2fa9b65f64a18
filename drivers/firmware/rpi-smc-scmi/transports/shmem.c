// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI transport: the SCMI shared-memory layout (SMT) in a region the
 * firmware describes, rung by one SMC that returns when the firmware has
 * answered (as upstream's arm,scmi-smc). The "param" variant also passes
 * the region's page number in x1 and its offset in the page in x2 (as
 * upstream's arm,scmi-smc-param), for firmware that serves several
 * channels with one function id.
 *
 * One message at a time uses the region: a raw spinlock serialises
 * senders (the PCI core makes config accesses under its raw pci_lock), and
 * the channel-free flag is polled, never waited on, so a transfer may be
 * made in atomic context. Interrupts are off only while a sender owns the
 * region: waiting for it keeps the caller's interrupt state, and a sender
 * that finds the firmware still holding the channel lets go of the lock
 * while it waits. Waits with interrupts off are bounded by
 * RPI_SCMI_SHMEM_ATOMIC_US, whatever the firmware's timeout.
 */

#include <linux/arm-smccc.h>
#include <linux/bits.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/iopoll.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/timekeeping.h>
#include <linux/stddef.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "../common.h"

/* The page/offset split of the param variant: 4 KiB, whatever PAGE_SIZE. */
#define RPI_SCMI_SMT_PARAM_SHIFT	12
/*
 * The least a firmware may say it takes of a command: the longest command
 * of a fixed size the agent and its protocols send (pin control's
 * SETTINGS_CONFIGURE of one setting; longer lists are split).
 */
#define RPI_SCMI_SMT_MIN_CMD		20
/* The longest a wait with interrupts off may last, in microseconds */
#define RPI_SCMI_SHMEM_ATOMIC_US	1000

/**
 * struct rpi_scmi_shmem - a shared-memory channel
 * @t: the transport, as the core sees it
 * @smt: the mapped region
 * @size: its size in bytes
 * @phys: its physical address (for the param variant)
 * @fid: the doorbell's SMCCC function id
 * @param: pass @phys in x1/x2 with the doorbell
 * @lock: one message in the region at a time
 */
struct rpi_scmi_shmem {
	struct rpi_scmi_transport t;
	struct rpi_scmi_smt __iomem *smt;
	size_t size;
	phys_addr_t phys;
	u32 fid;
	bool param;
	raw_spinlock_t lock; /* one message in the region at a time */
};

static bool rpi_scmi_shmem_free(struct rpi_scmi_shmem *s)
{
	return ioread32(&s->smt->channel_status) & RPI_SCMI_SMT_FREE;
}

/*
 * Has a channel the firmware still holds (a reply that never came) been
 * waited for long enough? @since is 0 at the first look, then when it was.
 */
static bool rpi_scmi_shmem_gave_up(u64 *since, unsigned int timeout_us)
{
	u64 now = ktime_get_ns();

	if (irqs_disabled())
		timeout_us = min(timeout_us, RPI_SCMI_SHMEM_ATOMIC_US);
	if (!*since) {
		*since = now;
		return false;
	}
	return now - *since > (u64)timeout_us * NSEC_PER_USEC;
}

/* The reply: the firmware gives the channel back before its SMC returns. */
static int rpi_scmi_shmem_wait_reply(struct rpi_scmi_shmem *s,
				     unsigned int timeout_us)
{
	u32 st;

	return readl_poll_timeout_atomic(&s->smt->channel_status, st,
					 st & RPI_SCMI_SMT_FREE, 1,
					 min(timeout_us,
					     RPI_SCMI_SHMEM_ATOMIC_US));
}

static int rpi_scmi_shmem_ring(struct rpi_scmi_shmem *s)
{
	struct arm_smccc_1_2_regs args = { .a0 = s->fid }, res;
	s64 x0;
	int ret;

	if (s->param) {
		args.a1 = s->phys >> RPI_SCMI_SMT_PARAM_SHIFT;
		args.a2 = s->phys & (BIT(RPI_SCMI_SMT_PARAM_SHIFT) - 1);
	}
	ret = rpi_smc_invoke(&args, &res);
	if (ret)
		return ret;
	/* The doorbell is an SMC32 call: its status is w0. */
	x0 = (s32)lower_32_bits(res.a0);
	return rpi_smc_status_to_errno(RPI_SMC_STATUS_SMCCC, x0);
}

static void rpi_scmi_shmem_write(struct rpi_scmi_shmem *s,
				 const struct rpi_scmi_xfer *xfer)
{
	iowrite32(0, &s->smt->flags);
	iowrite32(sizeof(__le32) + xfer->tx_len, &s->smt->length);
	iowrite32(rpi_scmi_hdr_pack(&xfer->hdr), &s->smt->msg_header);
	memcpy_toio(s->smt->msg_payload, xfer->tx, xfer->tx_len);
	/* Last: the channel now belongs to the firmware. */
	iowrite32(0, &s->smt->channel_status);
}

static int rpi_scmi_shmem_read(struct rpi_scmi_shmem *s,
			       struct rpi_scmi_xfer *xfer)
{
	u32 len, hdr;
	int ret;

	if (ioread32(&s->smt->channel_status) & RPI_SCMI_SMT_ERROR)
		return -ECOMM;
	hdr = ioread32(&s->smt->msg_header);
	len = ioread32(&s->smt->length);
	/* @length counts the header; the payload must fit in the region. */
	if (len < sizeof(__le32) ||
	    len - sizeof(__le32) > s->size - sizeof(struct rpi_scmi_smt))
		return -EPROTO;
	len -= sizeof(__le32);
	ret = rpi_scmi_reply_check(xfer, hdr, len);
	if (ret)
		return ret;
	xfer->status = (s32)ioread32(s->smt->msg_payload);
	xfer->rx_len = len - sizeof(__le32);
	memcpy_fromio(xfer->rx, s->smt->msg_payload + sizeof(__le32),
		      xfer->rx_len);
	return 0;
}

/*
 * Own the region with the channel free, interrupts off until the reply is
 * read. Other senders are waited for as long as they take (each holds the
 * region for one message), with the caller's interrupt state; a channel
 * the firmware still holds, for the transfer's timeout, or at most
 * RPI_SCMI_SHMEM_ATOMIC_US when the caller has interrupts off. Unfair on
 * purpose: the sender that runs takes the region, so a waiter whose
 * virtual CPU the host has descheduled stalls nobody.
 */
static int rpi_scmi_shmem_send(struct rpi_scmi_transport *t,
			       struct rpi_scmi_xfer *xfer)
{
	struct rpi_scmi_shmem *s = container_of(t, struct rpi_scmi_shmem, t);
	unsigned long flags;
	u64 busy_since = 0;
	int ret;

	for (;;) {
		local_irq_save(flags);
		if (raw_spin_trylock(&s->lock)) {
			if (rpi_scmi_shmem_free(s))
				break;
			raw_spin_unlock(&s->lock);
			local_irq_restore(flags);
			if (rpi_scmi_shmem_gave_up(&busy_since, xfer->timeout_us))
				return -ETIMEDOUT;
		} else {
			local_irq_restore(flags);
		}
		cpu_relax();
	}
	rpi_scmi_shmem_write(s, xfer);
	ret = rpi_scmi_shmem_ring(s);
	if (ret) {
		/* Refused: the firmware never took the channel; take it back. */
		iowrite32(RPI_SCMI_SMT_FREE, &s->smt->channel_status);
		goto out;
	}
	ret = rpi_scmi_shmem_wait_reply(s, xfer->timeout_us);
	if (!ret)
		ret = rpi_scmi_shmem_read(s, xfer);
out:
	raw_spin_unlock_irqrestore(&s->lock, flags);
	return ret;
}

/**
 * rpi_scmi_shmem_create() - a shared-memory transport rung by SMC
 * @dev: the device that owns it (devm)
 * @desc: the region, its doorbell and the longest command the firmware
 *	takes (0: as much as the region holds)
 *
 * Context: Process context.
 * Return: the transport, or ERR_PTR(-EINVAL) for a region smaller than
 * 128 bytes, a doorbell that is not a fast call, or a longest command
 * below 20 bytes or beyond the region.
 */
struct rpi_scmi_transport *
rpi_scmi_shmem_create(struct device *dev,
		      const struct rpi_scmi_shmem_desc *desc)
{
	size_t payload = desc->size - sizeof(struct rpi_scmi_smt);
	struct rpi_scmi_shmem *s;

	if (!ARM_SMCCC_IS_FAST_CALL(desc->fid) ||
	    desc->size < RPI_SCMI_SMT_MIN_SIZE || desc->size > U32_MAX)
		return ERR_PTR(-EINVAL);
	if (desc->max_cmd && (desc->max_cmd < RPI_SCMI_SMT_MIN_CMD ||
			      desc->max_cmd > payload))
		return ERR_PTR(-EINVAL);
	s = devm_kzalloc(dev, sizeof(*s), GFP_KERNEL);
	if (!s)
		return ERR_PTR(-ENOMEM);
	s->smt = desc->base;
	s->size = desc->size;
	s->phys = desc->phys;
	s->fid = desc->fid;
	s->param = desc->param;
	raw_spin_lock_init(&s->lock);
	s->t = (struct rpi_scmi_transport) {
		.name = "shmem",
		.max_tx = min_t(size_t, desc->max_cmd ?: payload,
				RPI_SCMI_MAX_PAYLOAD),
		.max_rx = min_t(size_t, payload - sizeof(__le32),
				RPI_SCMI_MAX_PAYLOAD),
		.send = rpi_scmi_shmem_send,
	};
	return &s->t;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_shmem_create);
