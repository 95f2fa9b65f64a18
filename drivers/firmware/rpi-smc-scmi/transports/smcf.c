// SPDX-License-Identifier: GPL-2.0
/*
 * SCMI transport: the SMC fastchannel, a whole SCMI message carried in
 * SMCCC v1.2 registers, one SMC per message and no shared memory.
 *
 * Not to be confused with the SCMI specification's "fastchannels"
 * (per-domain shared memory plus an optional doorbell, used by the
 * performance and powercap protocols): this is the project's own
 * register-only channel. The ABI is in
 * Documentation/firmware-guide/rpi-scmi-smc.rst:
 *
 *   in   x0 function id, x1 header, x2 command length in bytes,
 *        x3..x17 command payload (byte i in bits 8*(i%8) of x(3+i/8))
 *   out  x0 SMCCC status, x1 the header echoed, x2 reply length in bytes
 *        (status word included), x3..x17 the reply packed the same way
 *
 * Every CPU may use it at once: there is no channel state to lock.
 */

#include <linux/arm-smccc.h>
#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include <rpi-acpi/rpi-smc.h>

#include "../common.h"

#define RPI_SCMI_SMCF_NREGS	18
#define RPI_SCMI_SMCF_PAYLOAD	3	/* first payload register, x3 */
#define RPI_SCMI_SMCF_MAX	((RPI_SCMI_SMCF_NREGS - RPI_SCMI_SMCF_PAYLOAD) * 8)

static_assert(sizeof(struct arm_smccc_1_2_regs) ==
	      RPI_SCMI_SMCF_NREGS * sizeof(u64));
static_assert(RPI_SCMI_SMCF_MAX <= RPI_SCMI_MAX_PAYLOAD);

/**
 * struct rpi_scmi_smcf - an SMC fastchannel
 * @t: the transport, as the core sees it
 * @fid: the SMCCC function id of the channel (an SMC64 fast call)
 */
struct rpi_scmi_smcf {
	struct rpi_scmi_transport t;
	u32 fid;
};

/* Put @len bytes of @buf into @regs from byte @at on, little-endian. */
static void rpi_scmi_smcf_pack(u64 *regs, size_t at, const u8 *buf,
			       size_t len)
{
	size_t i;

	for (i = 0; i < len; i++, at++)
		regs[at / 8] |= (u64)buf[i] << (8 * (at % 8));
}

static void rpi_scmi_smcf_unpack(u8 *buf, const u64 *regs, size_t at,
				 size_t len)
{
	size_t i;

	for (i = 0; i < len; i++, at++)
		buf[i] = regs[at / 8] >> (8 * (at % 8));
}

/* A 64-bit SMCCC status: a negative int, or nothing the ABI defines. */
static int rpi_scmi_smcf_status(u64 x0)
{
	s64 status = (s64)x0;

	if (status < S32_MIN || status > S32_MAX)
		return -EPROTO;
	return rpi_smc_status_to_errno(RPI_SMC_STATUS_SMCCC, status);
}

static int rpi_scmi_smcf_send(struct rpi_scmi_transport *t,
			      struct rpi_scmi_xfer *xfer)
{
	struct rpi_scmi_smcf *smcf = container_of(t, struct rpi_scmi_smcf, t);
	u64 regs[RPI_SCMI_SMCF_NREGS] = { };
	struct arm_smccc_1_2_regs args, res;
	int ret;

	regs[0] = smcf->fid;
	regs[1] = rpi_scmi_hdr_pack(&xfer->hdr);
	regs[2] = xfer->tx_len;
	rpi_scmi_smcf_pack(&regs[RPI_SCMI_SMCF_PAYLOAD], 0, xfer->tx,
			   xfer->tx_len);
	memcpy(&args, regs, sizeof(args));
	ret = rpi_smc_invoke(&args, &res);
	if (ret)
		return ret;
	memcpy(regs, &res, sizeof(regs));

	ret = rpi_scmi_smcf_status(regs[0]);
	if (ret)
		return ret;
	if (regs[2] > RPI_SCMI_SMCF_MAX)
		return -EPROTO;
	ret = rpi_scmi_reply_check(xfer, regs[1], regs[2]);
	if (ret)
		return ret;
	/* The status word is the reply's first four bytes: x3[31:0]. */
	xfer->status = (s32)lower_32_bits(regs[RPI_SCMI_SMCF_PAYLOAD]);
	xfer->rx_len = regs[2] - sizeof(u32);
	rpi_scmi_smcf_unpack(xfer->rx, &regs[RPI_SCMI_SMCF_PAYLOAD],
			     sizeof(u32), xfer->rx_len);
	return 0;
}

/**
 * rpi_scmi_smcf_create() - an SMC fastchannel transport
 * @dev: the device that owns it (devm)
 * @fid: its SMCCC function id, an SMC64 fast call
 *
 * Context: Process context.
 * Return: the transport, or an ERR_PTR.
 */
struct rpi_scmi_transport *rpi_scmi_smcf_create(struct device *dev, u32 fid)
{
	struct rpi_scmi_smcf *smcf;

	if (!ARM_SMCCC_IS_FAST_CALL(fid) || !ARM_SMCCC_IS_64(fid))
		return ERR_PTR(-EINVAL);
	smcf = devm_kzalloc(dev, sizeof(*smcf), GFP_KERNEL);
	if (!smcf)
		return ERR_PTR(-ENOMEM);
	smcf->fid = fid;
	smcf->t = (struct rpi_scmi_transport) {
		.name = "smcf",
		.max_tx = RPI_SCMI_SMCF_MAX,
		.max_rx = RPI_SCMI_SMCF_MAX - sizeof(__le32),
		.send = rpi_scmi_smcf_send,
	};
	return &smcf->t;
}
EXPORT_SYMBOL_IF_KUNIT(rpi_scmi_smcf_create);
