// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI transport: the SCMI shared-memory layout (SMT) in a region the
 * firmware describes, rung by one SMC that returns when the firmware has
 * answered (as upstream's arm,scmi-smc). The "param" variant also passes
 * the region's page number in x1 and its offset in the page in x2 (as
 * upstream's arm,scmi-smc-param), for firmware that serves several
 * channels with one function id.
 *
 * One message at a time uses the region: a spinlock serialises senders,
 * and the channel-free flag is polled, never waited on, so a transfer may
 * be made in atomic context.
 */

#include <linux/arm-smccc.h>
#include <linux/bits.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/iopoll.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/stddef.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "../common.h"

/**
 * struct rpi_scmi_smt - the shared-memory channel's layout
 * @reserved0: reserved
 * @channel_status: RPI_SCMI_SMT_FREE and RPI_SCMI_SMT_ERROR
 * @reserved1: reserved
 * @flags: RPI_SCMI_SMT_INTR (completion interrupt wanted); 0 here
 * @length: bytes of @msg_header and @msg_payload in use
 * @msg_header: the message header
 * @msg_payload: the payload; a reply's starts with its status word
 */
struct rpi_scmi_smt {
	__le32 reserved0;
	__le32 channel_status;
	__le32 reserved1[2];
	__le32 flags;
	__le32 length;
	__le32 msg_header;
	u8 msg_payload[];
};

#define RPI_SCMI_SMT_FREE	BIT(0)
#define RPI_SCMI_SMT_ERROR	BIT(1)
#define RPI_SCMI_SMT_MIN_SIZE	128
/* The page/offset split of the param variant: 4 KiB, whatever PAGE_SIZE. */
#define RPI_SCMI_SMT_PARAM_SHIFT	12

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
	spinlock_t lock; /* one message in the region at a time */
};

static int rpi_scmi_shmem_wait_free(struct rpi_scmi_shmem *s,
				    unsigned int timeout_us)
{
	u32 st;

	return readl_poll_timeout_atomic(&s->smt->channel_status, st,
					 st & RPI_SCMI_SMT_FREE, 1, timeout_us);
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

static int rpi_scmi_shmem_send(struct rpi_scmi_transport *t,
			       struct rpi_scmi_xfer *xfer)
{
	struct rpi_scmi_shmem *s = container_of(t, struct rpi_scmi_shmem, t);
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&s->lock, flags);
	/* A reply the firmware never finished keeps the channel busy. */
	ret = rpi_scmi_shmem_wait_free(s, xfer->timeout_us);
	if (ret)
		goto out;
	rpi_scmi_shmem_write(s, xfer);
	ret = rpi_scmi_shmem_ring(s);
	if (ret) {
		/* Refused: the firmware never took the channel; take it back. */
		iowrite32(RPI_SCMI_SMT_FREE, &s->smt->channel_status);
		goto out;
	}
	ret = rpi_scmi_shmem_wait_free(s, xfer->timeout_us);
	if (!ret)
		ret = rpi_scmi_shmem_read(s, xfer);
out:
	spin_unlock_irqrestore(&s->lock, flags);
	return ret;
}

/**
 * rpi_scmi_shmem_create() - a shared-memory transport rung by SMC
 * @dev: the device that owns it (devm)
 * @shmem: the mapped region
 * @size: its size, at least 128 bytes
 * @phys: its physical address
 * @fid: the doorbell's SMCCC function id, a fast call
 * @param: pass the region's page and offset in x1 and x2
 *
 * Context: Process context.
 * Return: the transport, or an ERR_PTR.
 */
struct rpi_scmi_transport *rpi_scmi_shmem_create(struct device *dev,
						 void __iomem *shmem,
						 size_t size, phys_addr_t phys,
						 u32 fid, bool param)
{
	size_t payload = size - sizeof(struct rpi_scmi_smt);
	struct rpi_scmi_shmem *s;

	if (!ARM_SMCCC_IS_FAST_CALL(fid) || size < RPI_SCMI_SMT_MIN_SIZE ||
	    size > U32_MAX)
		return ERR_PTR(-EINVAL);
	s = devm_kzalloc(dev, sizeof(*s), GFP_KERNEL);
	if (!s)
		return ERR_PTR(-ENOMEM);
	s->smt = shmem;
	s->size = size;
	s->phys = phys;
	s->fid = fid;
	s->param = param;
	spin_lock_init(&s->lock);
	s->t = (struct rpi_scmi_transport) {
		.name = "shmem",
		.max_tx = min_t(size_t, payload, RPI_SCMI_MAX_PAYLOAD),
		.max_rx = min_t(size_t, payload - sizeof(__le32),
				RPI_SCMI_MAX_PAYLOAD),
		.send = rpi_scmi_shmem_send,
	};
	return &s->t;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_shmem_create);
