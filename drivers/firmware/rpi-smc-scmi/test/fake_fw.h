/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A fake SCMI firmware for the KUnit suites of the agent and of the
 * modules built on it (rpi-scmi-fake-fw-kunit.ko): it answers the SMC
 * fastchannel and the shared-memory doorbell in place of rpi_smc_invoke(),
 * serves the base protocol from a configuration, lets a suite serve one
 * protocol of its own, and breaks its replies on request.
 */
#ifndef RPI_SCMI_FAKE_FW_H
#define RPI_SCMI_FAKE_FW_H

#include <kunit/test.h>
#include <linux/types.h>

#include <rpi-acpi/rpi-scmi.h>

struct rpi_scmi_agent;

#define RPI_SCMI_FAKE_SMCF_FID		0xc2000210
#define RPI_SCMI_FAKE_DOORBELL_FID	0x82000200
#define RPI_SCMI_FAKE_SHMEM_PHYS	0x40101000
#define RPI_SCMI_FAKE_ALL_MSGS		0xff
/* TF-A's SCMI_PLAYLOAD_MAX (drivers/scmi-msg/smt.c) */
#define RPI_SCMI_FAKE_SHMEM_MAX		92

/* The channels rpi_scmi_fake_agent() gives an agent */
#define RPI_SCMI_FAKE_SMCF		BIT(0)
#define RPI_SCMI_FAKE_SHMEM		BIT(1)
#define RPI_SCMI_FAKE_BOTH		(RPI_SCMI_FAKE_SMCF | RPI_SCMI_FAKE_SHMEM)

/**
 * struct rpi_scmi_fake_msg - a command as the fake firmware received it
 * @hdr: its header
 * @protocol_id: the header's protocol id, as the fake reads it
 * @msg_id: the header's message id, as the fake reads it
 * @in: its payload
 * @in_len: payload bytes
 * @out: the reply, status word first
 * @out_len: reply bytes
 * @out_cap: the most reply bytes the channel carries
 */
struct rpi_scmi_fake_msg {
	u32 hdr;
	u8 protocol_id;
	u8 msg_id;
	const u8 *in;
	size_t in_len;
	u8 out[RPI_SCMI_MAX_PAYLOAD];
	size_t out_len;
	size_t out_cap;
};

/**
 * enum rpi_scmi_fake_fault - how the fake firmware breaks a reply
 * @RPI_SCMI_FAKE_OK: a correct reply
 * @RPI_SCMI_FAKE_TOKEN: the reply's header carries another token
 * @RPI_SCMI_FAKE_LEN_LONG: the reply claims more bytes than the channel has
 * @RPI_SCMI_FAKE_LEN_SHORT: the reply is shorter than a status word
 * @RPI_SCMI_FAKE_LEN_EXTRA: the reply is one word longer than the message's
 * @RPI_SCMI_FAKE_CHAN_ERROR: shared memory: the channel-error flag is set
 * @RPI_SCMI_FAKE_NO_REPLY: shared memory: the channel is never given back
 * @RPI_SCMI_FAKE_SMCCC_ERROR: the SMC returns SMCCC INVALID_PARAMETER
 * @RPI_SCMI_FAKE_SMCCC_JUNK: the SMC returns a value no ABI defines
 * @RPI_SCMI_FAKE_STATUS_RANGE: the SCMI status is one SCMI does not define
 * @RPI_SCMI_FAKE_HDR_HIGH: SMC fastchannel: x1 has bits above 31 set
 * @RPI_SCMI_FAKE_HDR_RESERVED: the reply's header has a reserved bit set
 */
enum rpi_scmi_fake_fault {
	RPI_SCMI_FAKE_OK,
	RPI_SCMI_FAKE_TOKEN,
	RPI_SCMI_FAKE_LEN_LONG,
	RPI_SCMI_FAKE_LEN_SHORT,
	RPI_SCMI_FAKE_LEN_EXTRA,
	RPI_SCMI_FAKE_CHAN_ERROR,
	RPI_SCMI_FAKE_NO_REPLY,
	RPI_SCMI_FAKE_SMCCC_ERROR,
	RPI_SCMI_FAKE_SMCCC_JUNK,
	RPI_SCMI_FAKE_STATUS_RANGE,
	RPI_SCMI_FAKE_HDR_HIGH,
	RPI_SCMI_FAKE_HDR_RESERVED,
};

/**
 * struct rpi_scmi_fake_fw - the fake firmware's configuration and record
 * @vendor: vendor identifier served
 * @sub_vendor: sub-vendor identifier served
 * @impl_version: implementation version served
 * @base_version: base protocol version served
 * @protocols: protocol ids listed
 * @num_protocols: protocol count in PROTOCOL_ATTRIBUTES
 * @list_len: ids in @protocols (differs from @num_protocols to lie)
 * @per_part: most ids per DISCOVER_LIST_PROTOCOLS reply
 * @repeat_part: serve every list part from the start (repeats ids)
 * @num_agents: agent count in PROTOCOL_ATTRIBUTES
 * @agent_discovery: DISCOVER_AGENT is implemented
 * @agent_id: the caller's agent id
 * @agent_name: the caller's agent name
 * @negotiate: NEGOTIATE_PROTOCOL_VERSION is implemented
 * @negotiated: the version last asked for through it
 * @smcf: the SMC fastchannel is served
 * @shmem: the shared memory (a KUnit allocation), NULL for none
 * @shmem_size: its size
 * @shmem_max: the longest command payload (after the header) it takes; a
 *	longer command is refused as TF-A's SMT refuses it: the channel is
 *	given back with its error flag set. Replies fill the region.
 * @param: the doorbell checks the region's page and offset in x1/x2
 * @fault: the fault to inject
 * @fault_msg: message id the fault applies to, or RPI_SCMI_FAKE_ALL_MSGS
 * @smcf_calls: SMC fastchannel calls seen
 * @doorbells: doorbell calls seen
 * @last_tx_len: payload length of the last command received
 * @other_proto: a protocol a suite serves itself through @other
 * @other_proto2: a second protocol @other serves, 0 for none
 * @other: serves a message of @other_proto or @other_proto2, or NULL for
 *	none
 * @other_priv: the suite's state for @other
 */
struct rpi_scmi_fake_fw {
	const char *vendor;
	const char *sub_vendor;
	u32 impl_version;
	u32 base_version;
	const u8 *protocols;
	u32 num_protocols;
	u32 list_len;
	u32 per_part;
	bool repeat_part;
	u32 num_agents;
	bool agent_discovery;
	u32 agent_id;
	const char *agent_name;
	bool negotiate;
	u32 negotiated;
	bool smcf;
	void *shmem;
	size_t shmem_size;
	size_t shmem_max;
	bool param;
	enum rpi_scmi_fake_fault fault;
	u8 fault_msg;
	unsigned int smcf_calls;
	unsigned int doorbells;
	size_t last_tx_len;
	u8 other_proto;
	u8 other_proto2;
	void (*other)(struct rpi_scmi_fake_fw *fw, struct rpi_scmi_fake_msg *m);
	void *other_priv;
};

struct rpi_scmi_fake_fw *rpi_scmi_fake_fw_init(struct kunit *test);
void rpi_scmi_fake_fw_shmem(struct kunit *test, struct rpi_scmi_fake_fw *fw,
			    size_t size);
void rpi_scmi_fake_fw_release(struct rpi_scmi_fake_fw *fw);
void rpi_scmi_fake_reply(struct rpi_scmi_fake_msg *m, s32 status,
			 const u32 *vals, unsigned int n);
struct rpi_scmi_agent *rpi_scmi_fake_agent(struct kunit *test,
					   struct rpi_scmi_fake_fw *fw,
					   unsigned int chans);

#endif /* RPI_SCMI_FAKE_FW_H */
