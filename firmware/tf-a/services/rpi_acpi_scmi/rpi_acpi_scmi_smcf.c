/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The SMC fastchannel: a second front end of TF-A's SCMI server that
 * carries a whole SCMI message in SMCCC v1.2 registers, without shared
 * memory, one SMC per message. The message is decoded from the caller's
 * registers into a struct scmi_msg, TF-A's scmi_process_message() runs
 * exactly as for the SMT channel, and the reply is encoded back.
 *
 * This is the project's own transport. It has nothing to do with the
 * SCMI specification's "fastchannels", which are per-domain shared-memory
 * areas (with an optional doorbell) that the performance and powercap
 * protocols use.
 *
 * In: x1 = message header, x2 = payload length in bytes (0..120, a
 * multiple of 4), x3..x17 = payload, byte i in bits [8 * (i % 8) + 7 :
 * 8 * (i % 8)] of x(3 + i / 8). Out: x0 = 0, x1 = the header, x2 = reply
 * length (4..120), x3..x17 = reply packed the same way, unused bytes zero.
 * A bad header or length is refused with x0 = -3 and nothing processed.
 *
 * Each CPU has its own buffers and a fast call runs to its end on its
 * CPU, so every CPU may call at the same time: there is no shared state
 * and no channel to be busy.
 */

#include <stdbool.h>
#include <stdint.h>

#include <context.h>
#include <drivers/scmi.h>
#include <lib/smccc.h>
#include <lib/utils.h>
#include <lib/utils_def.h>
#include <plat/common/platform.h>
#include <platform_def.h>
#include <services/rpi_acpi_scmi.h>
#include <smccc_helpers.h>

#include "rpi_acpi_scmi_private.h"
#include "scmi-msg/common.h"

#define SMCF_WORDS	(RPI_ACPI_SCMI_SMCF_MAX / sizeof(uint32_t))

/**
 * struct rpi_acpi_smcf_buf - one CPU's message buffers
 * @in: the request's payload, as TF-A's handlers read it
 * @out: the reply, as TF-A's handlers write it (the SCMI status first)
 */
struct rpi_acpi_smcf_buf {
	uint32_t in[SMCF_WORDS];
	uint32_t out[SMCF_WORDS];
} __aligned(CACHE_WRITEBACK_GRANULE);

static struct rpi_acpi_smcf_buf rpi_acpi_smcf_bufs[PLATFORM_CORE_COUNT];

/* The caller's x3..x17 in its saved context: payload words 2r and 2r + 1 */
static const uint32_t rpi_acpi_smcf_gpregs[RPI_ACPI_SCMI_SMCF_NREGS] = {
	CTX_GPREG_X3, CTX_GPREG_X4, CTX_GPREG_X5, CTX_GPREG_X6,
	CTX_GPREG_X7, CTX_GPREG_X8, CTX_GPREG_X9, CTX_GPREG_X10,
	CTX_GPREG_X11, CTX_GPREG_X12, CTX_GPREG_X13, CTX_GPREG_X14,
	CTX_GPREG_X15, CTX_GPREG_X16, CTX_GPREG_X17,
};

/* Header bits [63:32] zero, a command, a whole number of words that fit */
static bool rpi_acpi_smcf_request_ok(uint64_t hdr, uint64_t len)
{
	uint64_t type = (hdr >> RPI_ACPI_SCMI_HDR_TYPE_SHIFT) &
			RPI_ACPI_SCMI_HDR_TYPE_MASK;

	return ((hdr >> 32) == 0U) &&
	       (type == RPI_ACPI_SCMI_HDR_TYPE_COMMAND) &&
	       (len <= RPI_ACPI_SCMI_SMCF_MAX) &&
	       ((len % sizeof(uint32_t)) == 0U);
}

/* Word w of the payload is the low (w even) or high half of x(3 + w / 2). */
static void rpi_acpi_smcf_read(void *handle, uint32_t *words, size_t len)
{
	uint64_t x;
	size_t w;

	for (w = 0U; w < (len / sizeof(uint32_t)); w++) {
		x = SMC_GET_GP(handle, rpi_acpi_smcf_gpregs[w / 2U]);
		words[w] = (uint32_t)(x >> (32U * (w % 2U)));
	}
}

/* All of x3..x17: the reply, then zeros (@words is zero past the reply). */
static void rpi_acpi_smcf_write(void *handle, const uint32_t *words)
{
	uint64_t x;
	size_t r;

	for (r = 0U; r < RPI_ACPI_SCMI_SMCF_NREGS; r++) {
		x = (uint64_t)words[2U * r] |
		    ((uint64_t)words[(2U * r) + 1U] << 32);
		SMC_SET_GP(handle, rpi_acpi_smcf_gpregs[r], x);
	}
}

/* Clear what follows the reply: a handler may leave bytes it did not count. */
static void rpi_acpi_smcf_clear_tail(struct rpi_acpi_smcf_buf *buf,
				     size_t len)
{
	uint8_t *out = (uint8_t *)buf->out;
	size_t i;

	for (i = len; i < sizeof(buf->out); i++) {
		out[i] = 0U;
	}
}

/**
 * rpi_acpi_scmi_smcf() - serve one SMC fastchannel call
 * @handle: the caller's context, registers as described above
 *
 * Return: @handle, for the SMC return path.
 */
uintptr_t rpi_acpi_scmi_smcf(void *handle)
{
	struct rpi_acpi_smcf_buf *buf = &rpi_acpi_smcf_bufs[plat_my_core_pos()];
	uint64_t hdr = SMC_GET_GP(handle, CTX_GPREG_X1);
	uint64_t len = SMC_GET_GP(handle, CTX_GPREG_X2);
	struct scmi_msg msg;

	if (!rpi_acpi_smcf_request_ok(hdr, len)) {
		SMC_RET1(handle, SMC_ARCH_CALL_INVAL_PARAM);
	}

	zeromem(buf, sizeof(*buf));
	rpi_acpi_smcf_read(handle, buf->in, len);

	zeromem(&msg, sizeof(msg));
	msg.agent_id = RPI_ACPI_SCMI_AGENT_OS;
	msg.protocol_id = (hdr >> RPI_ACPI_SCMI_HDR_PROTO_SHIFT) &
			  RPI_ACPI_SCMI_HDR_PROTO_MASK;
	msg.message_id = hdr & RPI_ACPI_SCMI_HDR_ID_MASK;
	msg.in = (char *)buf->in;
	msg.in_size = len;
	msg.out = (char *)buf->out;
	msg.out_size = sizeof(buf->out);

	scmi_process_message(&msg);

	/* TF-A's handlers always answer, within out_size; never trust it. */
	if ((msg.out_size_out < sizeof(int32_t)) ||
	    (msg.out_size_out > sizeof(buf->out))) {
		scmi_status_response(&msg, SCMI_GENERIC_ERROR);
	}
	rpi_acpi_smcf_clear_tail(buf, msg.out_size_out);
	rpi_acpi_smcf_write(handle, buf->out);
	SMC_RET3(handle, SMC_OK, hdr, msg.out_size_out);
}
