/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SCMI messages over the firmware's two channels, as the ABI test
 * payload's SCMI checks send them (scmi-abi-test.c), shared with the pin
 * control checks (pinctrl-abi-test.c).
 */

#ifndef SCMI_ABI_H
#define SCMI_ABI_H

#include <stdint.h>

#include <services/rpi_acpi_scmi.h>

#define MAX_WORDS		(RPI_ACPI_SCMI_SMCF_MAX / 4U)

/* A message: header, payload words, length in bytes */
struct scmi_req {
	uint32_t hdr;
	uint32_t len;
	uint32_t words[MAX_WORDS];
};

/* A reply: SMCCC status, payload length in bytes (status included) */
struct scmi_resp {
	uint64_t x0;
	uint32_t len;
	uint32_t words[MAX_WORDS];
};

/* A message header: protocol, message id, token */
uint32_t hdr(uint32_t proto, uint32_t msg, uint32_t token);
/* One message over the SMT channel (SMT_DOORBELL), or the SMC fastchannel */
struct scmi_resp smt(const struct scmi_req *q);
struct scmi_resp smcf(const struct scmi_req *q);
/* TEST_COUNT of @fid: the calls counted, or SMC_UNK */
uint64_t count_of(uint32_t fid);

#endif /* SCMI_ABI_H */
