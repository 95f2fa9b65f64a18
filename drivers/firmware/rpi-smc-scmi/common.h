/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private to rpi-smc-scmi.ko: the agent, its transfers and the transport
 * interface. Protocol modules see only <rpi-acpi/rpi-scmi.h>. Layers, as
 * in upstream's arm_scmi (each file's path says which it belongs to):
 *
 *   core       agent.c (the agents bound, their lookup), xfer.c (header
 *              codec, transfer pool and tokens, the choice of channel and
 *              the checks every reply must pass), smccc.c and status.c
 *              (the SMCCC layer, <rpi-acpi/rpi-smc.h>)
 *   transports transports/shmem.c (SCMI shared memory, SMC doorbell) and
 *              transports/smcf.c (the SMC fastchannel: a whole message in
 *              SMCCC v1.2 registers)
 *   notify.c   the platform-to-agent channel: notifications, handed to
 *              the protocol drivers that registered for them
 *   protocols  base.c here; pin control (pinctrl/) and PCI configuration
 *              access (pcie/) in modules of their own
 *   glue       acpi.c (the ACPI binding, the module's driver) and sysfs.c
 *
 * "SMC fastchannel" is this project's register-only transport. It is not
 * what the SCMI specification calls a fastchannel (per-domain shared memory
 * with an optional doorbell, used by the performance and powercap
 * protocols), which this agent does not implement.
 */
#ifndef RPI_SMC_SCMI_COMMON_H
#define RPI_SMC_SCMI_COMMON_H

#include <linux/atomic.h>
#include <linux/bitmap.h>
#include <linux/bits.h>
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/types.h>

#include <rpi-acpi/rpi-scmi.h>

/* Message header fields (SCMI v3.2, section 4.1.2) */
#define RPI_SCMI_HDR_MSG_ID		GENMASK(7, 0)
#define RPI_SCMI_HDR_TYPE		GENMASK(9, 8)
#define RPI_SCMI_HDR_PROTO_ID		GENMASK(17, 10)
#define RPI_SCMI_HDR_TOKEN		GENMASK(27, 18)
#define RPI_SCMI_HDR_RESERVED		GENMASK(31, 28)

#define RPI_SCMI_MSG_TYPE_COMMAND	0
#define RPI_SCMI_MSG_TYPE_NOTIFICATION	3
#define RPI_SCMI_TOKEN_COUNT		1024

/* Bounds of a per-message timeout (microseconds) */
#define RPI_SCMI_TIMEOUT_US_DEFAULT	30000
#define RPI_SCMI_TIMEOUT_US_MAX		1000000

/**
 * struct rpi_scmi_hdr - a message header, decoded
 * @msg_id: message id within the protocol
 * @type: message type (0: command)
 * @protocol_id: protocol id
 * @token: sequence number that pairs a reply with its command
 */
struct rpi_scmi_hdr {
	u8 msg_id;
	u8 type;
	u8 protocol_id;
	u16 token;
};

u32 rpi_scmi_hdr_pack(const struct rpi_scmi_hdr *hdr);

/**
 * struct rpi_scmi_xfer - one command and its reply
 * @hdr: the command's header; the token is set by the core
 * @tx: command payload
 * @tx_len: bytes of @tx to send
 * @rx: reply payload after the status word
 * @rx_len: in: the most bytes the caller accepts; out: bytes received
 * @status: the reply's SCMI status word
 * @timeout_us: how long the transport may wait for the reply
 * @in_use: taken from the agent's pool
 */
struct rpi_scmi_xfer {
	struct rpi_scmi_hdr hdr;
	u8 tx[RPI_SCMI_MAX_PAYLOAD];
	size_t tx_len;
	u8 rx[RPI_SCMI_MAX_PAYLOAD];
	size_t rx_len;
	s32 status;
	unsigned int timeout_us;
	bool in_use;
};

struct rpi_scmi_agent;

/**
 * struct rpi_scmi_transport - a way to carry messages to the firmware
 * @name: short name, shown in sysfs
 * @max_tx: largest command payload it carries, in bytes
 * @max_rx: largest reply payload (after the status word) it carries
 * @send: send @xfer's command and fill in its reply. Transports complete on
 *	return or poll: none sleeps, so every transfer may be made in atomic
 *	context. Returns 0 when a well-formed reply arrived (its SCMI status
 *	is in @xfer->status), else an errno.
 * @priv: the transport's own state
 */
struct rpi_scmi_transport {
	const char *name;
	size_t max_tx;
	size_t max_rx;
	int (*send)(struct rpi_scmi_transport *t, struct rpi_scmi_xfer *xfer);
	void *priv;
};

#define RPI_SCMI_XFER_POOL	16
#define RPI_SCMI_MAX_PROTOCOLS	64
#define RPI_SCMI_NAME_LEN	16
#define RPI_SCMI_NOTIFIERS	4

/**
 * struct rpi_scmi_base_info - what base protocol discovery found
 * @version: base protocol version (major in 31:16, minor in 15:0)
 * @num_protocols: protocols other than base the firmware implements
 * @num_agents: agents the firmware knows, 0 when it does not say
 * @impl_version: the firmware's own implementation version
 * @vendor: vendor identifier, NUL-terminated
 * @sub_vendor: sub-vendor identifier, NUL-terminated
 * @protocols: protocol ids listed for this agent
 * @agent_id: this agent's id, when the firmware implements agent discovery
 * @agent_name: this agent's name, or "" without agent discovery
 * @has_agent_discovery: BASE_DISCOVER_AGENT is implemented
 */
struct rpi_scmi_base_info {
	u32 version;
	u32 num_protocols;
	u32 num_agents;
	u32 impl_version;
	char vendor[RPI_SCMI_NAME_LEN + 1];
	char sub_vendor[RPI_SCMI_NAME_LEN + 1];
	u8 protocols[RPI_SCMI_MAX_PROTOCOLS];
	u32 agent_id;
	char agent_name[RPI_SCMI_NAME_LEN + 1];
	bool has_agent_discovery;
};

/**
 * enum rpi_scmi_channel - which transport carries a transfer, in order of
 *	preference
 * @RPI_SCMI_CHAN_SMCF: the SMC fastchannel
 * @RPI_SCMI_CHAN_SHMEM: the shared-memory channel
 * @RPI_SCMI_CHAN_NR: number of transports, not a transport
 */
enum rpi_scmi_channel {
	RPI_SCMI_CHAN_SMCF,
	RPI_SCMI_CHAN_SHMEM,
	RPI_SCMI_CHAN_NR,
};

/**
 * struct rpi_scmi_agent - one SCMI agent: a firmware and its channels
 * @dev: the device the agent belongs to (messages are logged on it)
 * @node: in the list of agents bound (agent.c)
 * @chan: the channels the agent uses: the first that carries a command
 *	takes it. NULL where the firmware offers none or the user chose
 *	another (the transport= parameter); nothing else filters them.
 * @sent: transfers sent per transport, for sysfs
 * @pool: preallocated transfers
 * @pool_lock: protects @pool's in_use flags, @tokens and @next_token; raw,
 *	as transfers are made under the PCI core's raw pci_lock
 * @tokens: tokens of the transfers in flight
 * @next_token: where the search for a free token starts
 * @timeout_us: default per-message timeout
 * @base: what base protocol discovery found
 * @p2a: the platform-to-agent channel notifications come on, NULL when
 *	the firmware describes none (notify.c)
 * @notifiers: the protocol drivers that take notifications; written under
 *	@notify_lock, read in the P2A interrupt
 * @notify_lock: serialises changes to @notifiers
 */
struct rpi_scmi_agent {
	struct device *dev;
	struct list_head node;
	struct rpi_scmi_transport *chan[RPI_SCMI_CHAN_NR];
	atomic_t sent[RPI_SCMI_CHAN_NR];
	struct rpi_scmi_xfer pool[RPI_SCMI_XFER_POOL];
	raw_spinlock_t pool_lock; /* the pool, @tokens and @next_token */
	DECLARE_BITMAP(tokens, RPI_SCMI_TOKEN_COUNT);
	u16 next_token;
	unsigned int timeout_us;
	struct rpi_scmi_base_info base;
	struct rpi_scmi_p2a *p2a;
	struct rpi_scmi_notifier *notifiers[RPI_SCMI_NOTIFIERS];
	struct mutex notify_lock; /* changes to @notifiers */
};

/* agent.c */
void rpi_scmi_agent_init(struct rpi_scmi_agent *agent, struct device *dev);
int rpi_scmi_agent_register(struct rpi_scmi_agent *agent);

/* xfer.c */
struct rpi_scmi_xfer *rpi_scmi_xfer_get(struct rpi_scmi_agent *agent,
					u8 protocol_id, u8 msg_id,
					size_t tx_len, size_t rx_max);
void rpi_scmi_xfer_put(struct rpi_scmi_agent *agent,
		       struct rpi_scmi_xfer *xfer);
int rpi_scmi_reply_check(const struct rpi_scmi_xfer *xfer, u64 hdr_word,
			 u64 len);
int rpi_scmi_do_xfer(struct rpi_scmi_agent *agent, struct rpi_scmi_xfer *xfer);
int rpi_scmi_chan_ping(struct rpi_scmi_agent *agent,
		       enum rpi_scmi_channel chan);

/**
 * struct rpi_scmi_shmem_desc - a shared-memory channel, as firmware
 *	describes it
 * @base: the mapped region
 * @size: its size, at least 128 bytes
 * @phys: its physical address
 * @fid: the doorbell's SMCCC function id, a fast call
 * @param: pass the region's page and offset in x1 and x2 with the doorbell
 * @max_cmd: the longest command payload (after the header) the firmware
 *	takes, or 0 for as much as the region holds; replies may fill the
 *	region
 */
struct rpi_scmi_shmem_desc {
	void __iomem *base;
	size_t size;
	phys_addr_t phys;
	u32 fid;
	bool param;
	size_t max_cmd;
};

/**
 * struct rpi_scmi_smt - the SCMI shared-memory layout (SMT), of
 *	the agent-to-platform channel (transports/shmem.c) and of the
 *	platform-to-agent one (notify.c)
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

/* Transports */
struct rpi_scmi_transport *rpi_scmi_smcf_create(struct device *dev, u32 fid);
struct rpi_scmi_transport *
rpi_scmi_shmem_create(struct device *dev,
		      const struct rpi_scmi_shmem_desc *desc);

/* Notifications: the platform-to-agent channel */
int rpi_scmi_p2a_setup(struct rpi_scmi_agent *agent, void __iomem *base,
		       size_t size);
int rpi_scmi_p2a_request_irq(struct rpi_scmi_agent *agent, int irq);
irqreturn_t rpi_scmi_p2a_handle(struct rpi_scmi_agent *agent);

/* Base protocol */
int rpi_scmi_base_discover(struct rpi_scmi_agent *agent);

/* Glue */
extern const struct attribute_group *rpi_scmi_groups[];

#endif /* RPI_SMC_SCMI_COMMON_H */
