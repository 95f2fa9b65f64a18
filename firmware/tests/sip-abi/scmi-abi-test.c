/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ABI check of the firmware's SCMI server
 * (Documentation/firmware-guide/rpi-scmi-smc.rst) without an operating
 * system: TF-A's base protocol over the SMT shared-memory channel (both
 * doorbells) and over the SMC fastchannel must give the same answers,
 * the fastchannel's register packing, token echo and refusals, the SMT
 * channel's refusals, doorbells that must leave the channel alone (rung
 * again after a reply, or from another CPU while CPU 0 sends messages),
 * and the call counters proving that a fastchannel message costs exactly
 * one SMC. Prints its own KTAP document.
 *
 * The MMU is off: the SMT page is accessed with aligned 32-bit volatile
 * loads and stores only.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_sip.h>

#include "scmi-abi.h"
#include "sip-abi.h"

#define SCMI_TESTS		20U

#define PSCI_CPU_OFF		0x84000002U
#define PSCI_CPU_ON64		0xc4000003U
#define PSCI_AFFINITY_INFO64	0xc4000004U
#define PSCI_AFF_OFF		1U
#define CPU1_MPIDR		1U
#define PARALLEL_MSGS		500U
#define RACE_MSGS		500U
#define UNKNOWN_FLOOD		32U
#define COUNT_SCMI_UNSUPPORTED	RPI_ACPI_SIP_COUNT_SCMI_UNSUPPORTED

#define SMCCC_INVAL_PARAM	0xfffffffffffffffdULL	/* -3 */
#define OEM(sip_fid)		((sip_fid) | 0x01000000U)

/* SCMI: the base protocol as TF-A's drivers/scmi-msg serves it */
#define PROTO_BASE		0x10U
#define PROTO_PINCTRL		0x19U
#define PROTO_PCI		0x80U
#define BASE_VERSION		0x20000U
#define MSG_VERSION		0x0U
#define MSG_ATTRIBUTES		0x1U
#define MSG_MSG_ATTRIBUTES	0x2U
#define MSG_VENDOR		0x3U
#define MSG_SUB_VENDOR		0x4U
#define MSG_IMPL_VERSION	0x5U
#define MSG_LIST_PROTOCOLS	0x6U
#define MSG_DISCOVER_AGENT	0x7U
#define SCMI_SUCCESS		0
#define SCMI_NOT_SUPPORTED	(-1)
#define SCMI_NOT_FOUND		(-4)
#define SCMI_PROTOCOL_ERROR	(-10)

/* The SMT channel: 32-bit words of TF-A's struct smt_header */
#define SMT			((volatile uint32_t *)(uintptr_t)RPI_ACPI_SCMI_SHMEM_QEMU)
#define SMT_STATUS		1U
#define SMT_FLAGS		4U
#define SMT_LENGTH		5U
#define SMT_HEADER		6U
#define SMT_PAYLOAD		7U
#define SMT_FREE		0x1U
#define SMT_ERROR		0x2U

void scmi_secondary_main(void);

static struct ktap_doc scmi_doc = { .name = "scmi-abi" };
static volatile uint32_t cpu1_go;
static volatile uint32_t cpu1_done;
static volatile uint32_t cpu1_errors;
static volatile uint32_t cpu1_stop;
static volatile uint32_t cpu1_rings;
/* What CPU 1 runs once cpu1_go is set, before it turns itself off */
static void (*volatile cpu1_task)(void);

/* Where PSCI CPU_ON starts CPU 1 for the parallel tests: a stack, then C. */
__asm__(".text\n"
	".globl scmi_secondary_entry\n"
	"scmi_secondary_entry:\n"
	"	adr	x1, scmi_stack1\n"
	"	add	sp, x1, #0x4000\n"
	"	bl	scmi_secondary_main\n"
	"1:	wfe\n"
	"	b	1b\n"
	".bss\n"
	".balign 16\n"
	"scmi_stack1:\n"
	"	.space 0x4000\n"
	".text\n");
void scmi_secondary_entry(void);

static bool result(bool ok, const char *desc)
{
	return ktap_result(&scmi_doc, ok, desc);
}

uint32_t hdr(uint32_t proto, uint32_t msg, uint32_t token)
{
	return (msg & RPI_ACPI_SCMI_HDR_ID_MASK) |
	       (proto << RPI_ACPI_SCMI_HDR_PROTO_SHIFT) |
	       (token << RPI_ACPI_SCMI_HDR_TOKEN_SHIFT);
}

static struct scmi_req req0(uint32_t proto, uint32_t msg)
{
	struct scmi_req r = { .hdr = hdr(proto, msg, 0U) };

	return r;
}

static struct scmi_req req1(uint32_t proto, uint32_t msg, uint32_t arg)
{
	struct scmi_req r = { .hdr = hdr(proto, msg, 0U), .len = 4U };

	r.words[0] = arg;
	return r;
}

static int32_t status_of(const struct scmi_resp *r)
{
	return (int32_t)r->words[0];
}

/* Write a message into the SMT channel, as an agent does. */
static void smt_write(const struct scmi_req *q, uint32_t length)
{
	unsigned int i;

	for (i = 0U; i < q->len / 4U; i++)
		SMT[SMT_PAYLOAD + i] = q->words[i];
	SMT[SMT_HEADER] = q->hdr;
	SMT[SMT_LENGTH] = length;
	SMT[SMT_FLAGS] = 0U;
	SMT[SMT_STATUS] = 0U;
	__asm__ volatile("dsb sy" ::: "memory");
}

/* One SMT message: write it, ring @fid with @x1/@x2, read the reply. */
static struct scmi_resp smt_call(uint32_t fid, uint64_t x1, uint64_t x2,
				 const struct scmi_req *q)
{
	struct smc_regs r = { .x = { fid, x1, x2 } };
	struct scmi_resp a = { 0 };
	unsigned int i;

	smt_write(q, 4U + q->len);
	smc_call(&r);
	a.x0 = r.x[0];
	a.len = SMT[SMT_LENGTH] - 4U;
	for (i = 0U; i < MAX_WORDS && i < a.len / 4U; i++)
		a.words[i] = SMT[SMT_PAYLOAD + i];
	return a;
}

struct scmi_resp smt(const struct scmi_req *q)
{
	return smt_call(RPI_ACPI_SCMI_SMT_DOORBELL, 0U, 0U, q);
}

/* Registers of an SMC fastchannel call; x3..x17 past the payload: @fill */
static void smcf_regs(const struct scmi_req *q, uint64_t fill,
		      struct smc_regs *r)
{
	unsigned int i;

	r->x[0] = RPI_ACPI_SCMI_SMCF;
	r->x[1] = q->hdr;
	r->x[2] = q->len;
	for (i = 3U; i < NREGS; i++)
		r->x[i] = fill;
	for (i = 0U; i < q->len / 4U; i++) {
		if ((i % 2U) == 0U)
			r->x[3U + i / 2U] = q->words[i];
		else
			r->x[3U + i / 2U] |= (uint64_t)q->words[i] << 32;
	}
}

static struct scmi_resp smcf_unpack(const struct smc_regs *r)
{
	struct scmi_resp a = { .x0 = r->x[0], .len = (uint32_t)r->x[2] };
	unsigned int i;

	for (i = 0U; i < MAX_WORDS; i++)
		a.words[i] = (uint32_t)(r->x[3U + i / 2U] >> (32U * (i % 2U)));
	return a;
}

struct scmi_resp smcf(const struct scmi_req *q)
{
	struct smc_regs r;

	smcf_regs(q, 0U, &r);
	smc_call(&r);
	return smcf_unpack(&r);
}

/* Same SMCCC status, length and reply words over both channels. */
static bool same_reply(const struct scmi_resp *a, const struct scmi_resp *b)
{
	bool ok = check("x0", b->x0, a->x0) & check("length", b->len, a->len);
	unsigned int i;

	for (i = 0U; i < a->len / 4U && i < MAX_WORDS; i++)
		ok &= check("reply word", b->words[i], a->words[i]);
	return ok;
}

/* The reply holds the status, then the NUL-padded 16-byte @name. */
static bool name_is(const struct scmi_resp *a, const char *name)
{
	uint32_t want[4] = { 0 };
	bool ok = check("status", (uint32_t)status_of(a), SCMI_SUCCESS) &
		  check("length", a->len, 20U);
	unsigned int i;

	for (i = 0U; name[i] != '\0' && i < 15U; i++)
		want[i / 4U] |= (uint32_t)(uint8_t)name[i] << (8U * (i % 4U));
	for (i = 0U; i < 4U; i++)
		ok &= check("name word", a->words[1U + i], want[i]);
	return ok;
}

uint64_t count_of(uint32_t fid)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_COUNT, fid } };

	smc_call(&r);
	return r.x[0] == 0U ? r.x[1] : SMC_UNK;
}

static void test_smt_base(void)
{
	struct scmi_req q = req0(PROTO_BASE, MSG_VERSION);
	struct scmi_resp a;
	bool ok;

	result(check("SMT status", SMT[SMT_STATUS], SMT_FREE),
	       "the SMT channel is free after boot");
	q.hdr = hdr(PROTO_BASE, MSG_VERSION, 0x2a5U);
	a = smt(&q);
	ok = check("x0", a.x0, 0U) &
	     check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
	     check("length", a.len, 8U) &
	     check("status", (uint32_t)status_of(&a), SCMI_SUCCESS) &
	     check("version", a.words[1], BASE_VERSION) &
	     check("header", SMT[SMT_HEADER], q.hdr);
	result(ok, "SMT: base PROTOCOL_VERSION is 2.0, the header kept");

	q = req0(PROTO_BASE, MSG_ATTRIBUTES);
	a = smt(&q);
	ok = check("attributes", a.words[1], 2U) & check("length", a.len, 8U);
	q = req0(PROTO_BASE, MSG_VENDOR);
	a = smt(&q);
	ok &= name_is(&a, RPI_ACPI_SCMI_VENDOR);
	q = req0(PROTO_BASE, MSG_SUB_VENDOR);
	a = smt(&q);
	ok &= name_is(&a, RPI_ACPI_SCMI_SUB_VENDOR_QEMU);
	q = req0(PROTO_BASE, MSG_IMPL_VERSION);
	a = smt(&q);
	ok &= check("implementation version", a.words[1], 0U);
	q = req1(PROTO_BASE, MSG_LIST_PROTOCOLS, 0U);
	a = smt(&q);
	ok &= check("status", (uint32_t)status_of(&a), SCMI_SUCCESS) &
	      check("protocols", a.words[1], 2U) &
	      check("list", a.words[2], PROTO_PINCTRL | PROTO_PCI << 8) &
	      check("length", a.len, 12U);
	result(ok, "SMT: pin control (0x19) and PCI (0x80) the protocols but base, no agent; 'rpi-acpi', 'qemu-virt', implementation 0");
}

/* Messages whose answers must be the same over both channels */
static const struct scmi_req same_msgs[] = {
	{ .hdr = 0x10U << 10 | MSG_VERSION },
	{ .hdr = 0x10U << 10 | MSG_ATTRIBUTES },
	{ .hdr = 0x10U << 10 | MSG_MSG_ATTRIBUTES, .len = 4U, .words = { 3U } },
	{ .hdr = 0x10U << 10 | MSG_MSG_ATTRIBUTES, .len = 4U, .words = { 7U } },
	{ .hdr = 0x10U << 10 | MSG_MSG_ATTRIBUTES },
	{ .hdr = 0x10U << 10 | MSG_VENDOR },
	{ .hdr = 0x10U << 10 | MSG_SUB_VENDOR },
	{ .hdr = 0x10U << 10 | MSG_IMPL_VERSION },
	{ .hdr = 0x10U << 10 | MSG_LIST_PROTOCOLS, .len = 4U },
	{ .hdr = 0x10U << 10 | MSG_LIST_PROTOCOLS, .len = 4U, .words = { 5U } },
	{ .hdr = 0x10U << 10 | MSG_DISCOVER_AGENT, .len = 4U },
	{ .hdr = 0x10U << 10 | MSG_VERSION, .len = 4U, .words = { 1U } },
	{ .hdr = 0x10U << 10 | 0x20U },
	{ .hdr = 0x19U << 10 | 0x0aU },
	{ .hdr = 0x81U << 10 | MSG_VERSION },
	{ .hdr = 0xffU << 10 | MSG_ATTRIBUTES },
};

static void test_same_answers(void)
{
	struct scmi_resp a, b;
	unsigned int i;
	bool ok = true, one;

	for (i = 0U; i < ARRAY_SIZE(same_msgs); i++) {
		a = smt(&same_msgs[i]);
		b = smcf(&same_msgs[i]);
		one = check("SMT x0", a.x0, 0U) &
		      check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
		      same_reply(&a, &b);
		if (!one)
			diag("header", same_msgs[i].hdr, same_msgs[i].hdr);
		ok &= one;
	}
	result(ok, "SMC fastchannel and SMT give the same answers to 16 messages");

	a = smcf(&same_msgs[3]);
	ok = check("unknown message attributes", (uint32_t)status_of(&a),
		   (uint32_t)SCMI_NOT_FOUND);
	a = smcf(&same_msgs[11]);
	ok &= check("version with a payload", (uint32_t)status_of(&a),
		    (uint32_t)SCMI_PROTOCOL_ERROR);
	for (i = 12U; i < ARRAY_SIZE(same_msgs); i++) {
		a = smcf(&same_msgs[i]);
		ok &= check("x0", a.x0, 0U) & check("length", a.len, 4U) &
		      check("status", (uint32_t)status_of(&a),
			    (uint32_t)SCMI_NOT_SUPPORTED);
	}
	result(ok, "unknown protocols (0x81, 0xff) and messages (base 0x20, pin control 0x0a): SCMI NOT_SUPPORTED in the reply");
}

/*
 * A flood of messages no handler serves, over both channels: each is
 * answered NOT_SUPPORTED and counted, and BL31 prints nothing (between the
 * console-quiet markers test-sip-abi.sh checks).
 */
static void test_unknown_flood(void)
{
	static const uint32_t unknown[] = {
		0x10U << 10 | 0x20U, 0x10U << 10 | 0xffU, 0x19U << 10 | 0x0aU,
		0x80U << 10 | 0x07U, 0x81U << 10, 0xffU << 10 | 0x01U,
		0x11U << 10, 0x14U << 10 | 0x03U,
	};
	struct scmi_req q = { .len = 0U };
	uint64_t before = count_of(COUNT_SCMI_UNSUPPORTED);
	struct scmi_resp a, b;
	unsigned int i;
	bool ok = check("counted", before != SMC_UNK, 1U);

	put_str("# console-quiet begin: ");
	put_dec(2U * UNKNOWN_FLOOD);
	put_str(" SCMI messages no handler serves\n");
	for (i = 0U; i < UNKNOWN_FLOOD; i++) {
		q.hdr = unknown[i % ARRAY_SIZE(unknown)] |
			hdr(0U, 0U, i & RPI_ACPI_SCMI_HDR_TOKEN_MASK);
		a = smt(&q);
		b = smcf(&q);
		ok &= check("SMT status", (uint32_t)status_of(&a),
			    (uint32_t)SCMI_NOT_SUPPORTED) &
		      check("SMCF status", (uint32_t)status_of(&b),
			    (uint32_t)SCMI_NOT_SUPPORTED);
	}
	put_str("# console-quiet end\n");
	ok &= check("not supported, counted",
		    count_of(COUNT_SCMI_UNSUPPORTED) - before,
		    2U * UNKNOWN_FLOOD);
	result(ok, "messages no handler serves are answered NOT_SUPPORTED and counted, and BL31 prints nothing");
}

static void test_smcf_registers(void)
{
	static const uint32_t tokens[] = { 0U, 1U, 0x155U, 0x2aaU, 0x3ffU };
	struct scmi_req q = req0(PROTO_BASE, MSG_VERSION);
	struct smc_regs r;
	unsigned int i;
	bool ok = true;

	for (i = 0U; i < ARRAY_SIZE(tokens); i++) {
		q.hdr = hdr(PROTO_BASE, MSG_VERSION, tokens[i]) |
			(i << 28);
		smcf_regs(&q, 0U, &r);
		smc_call(&r);
		ok &= check("x0", r.x[0], 0U) & check("x1", r.x[1], q.hdr);
	}
	result(ok, "SMC fastchannel: x1 echoes the header, token included");

	q = req0(PROTO_BASE, MSG_VERSION);
	smcf_regs(&q, 0xa5a5a5a5a5a5a5a5ULL, &r);
	smc_call(&r);
	ok = check("x2", r.x[2], 8U) &
	     check("x3", r.x[3], (uint64_t)BASE_VERSION << 32);
	for (i = 4U; i < NREGS; i++)
		ok &= check("unused reply register", r.x[i], 0U);
	result(ok, "SMC fastchannel: reply packed in x3, every unused byte zero");

	/* Message 7 has no attributes, 3 has: 3 past the payload is ignored */
	q = req1(PROTO_BASE, MSG_MSG_ATTRIBUTES, MSG_DISCOVER_AGENT);
	smcf_regs(&q, MSG_VENDOR, &r);
	r.x[3] |= (uint64_t)MSG_VENDOR << 32;
	smc_call(&r);
	ok = check("x0", r.x[0], 0U) & check("x2", r.x[2], 4U) &
	     check("x3", r.x[3], (uint32_t)SCMI_NOT_FOUND);
	q.words[0] = MSG_VENDOR;
	smcf_regs(&q, 0U, &r);
	smc_call(&r);
	ok &= check("x2", r.x[2], 8U) & check("x3", r.x[3], 0U);
	q.len = RPI_ACPI_SCMI_SMCF_MAX;
	q.hdr = hdr(PROTO_BASE, MSG_VERSION, 0U);
	r.x[0] = 0U;
	smcf_regs(&q, 0U, &r);
	smc_call(&r);
	ok &= check("x0", r.x[0], 0U) & check("x2", r.x[2], 4U) &
	      check("status", (uint32_t)r.x[3], (uint32_t)SCMI_PROTOCOL_ERROR);
	result(ok, "SMC fastchannel: payload read from x3, 120 bytes accepted");
}

/* Every register but x0 as it was: the call was refused untouched */
static bool refused(const struct smc_regs *in, uint64_t want_x0)
{
	struct smc_regs out = *in;
	bool ok;
	unsigned int i;

	smc_call(&out);
	ok = check("x0", out.x[0], want_x0);
	for (i = 1U; i < NREGS; i++)
		ok &= check("preserved register", out.x[i], in->x[i]);
	if (!ok)
		diag("x0 in, x1 in", in->x[0], in->x[1]);
	return ok;
}

static void test_smcf_refusals(void)
{
	static const uint64_t bad_len[] = { 2U, 6U, 118U, 121U, 124U, 128U,
					    0x100000000ULL };
	static const uint64_t bad_hdr[] = {
		1U << 8, 2U << 8, 3U << 8, 1ULL << 32, 1ULL << 63,
	};
	static const uint32_t unknown[] = {
		0x82000210U, 0xc2000200U, 0xc2000201U, 0x82000202U,
		0x820002ffU, 0xc20002ffU, 0x83000200U, 0xc3000210U,
	};
	struct scmi_req q = req0(PROTO_BASE, MSG_VERSION);
	struct smc_regs r;
	unsigned int i;
	bool ok = true;

	for (i = 0U; i < ARRAY_SIZE(bad_len); i++) {
		smcf_regs(&q, 0x1111111111111111ULL * i, &r);
		r.x[2] = bad_len[i];
		ok &= refused(&r, SMCCC_INVAL_PARAM);
	}
	for (i = 0U; i < ARRAY_SIZE(bad_hdr); i++) {
		smcf_regs(&q, 0U, &r);
		r.x[1] |= bad_hdr[i];
		ok &= refused(&r, SMCCC_INVAL_PARAM);
	}
	result(ok, "SMC fastchannel refuses bad lengths, types, header bits 63:32 with -3");

	ok = true;
	for (i = 0U; i < ARRAY_SIZE(unknown); i++) {
		smcf_regs(&q, 0x0123456789abcdefULL, &r);
		r.x[0] = unknown[i];
		ok &= refused(&r, SMC_UNK);
	}
	result(ok, "other ids of the range, other conventions and the OEM owner are unknown (-1)");
}

static void test_doorbell_param(void)
{
	static const uint64_t bad[][2] = {
		{ (RPI_ACPI_SCMI_SHMEM_QEMU >> 12) + 1U, 0U },
		{ RPI_ACPI_SCMI_SHMEM_QEMU >> 12, 4U },
		{ (RPI_ACPI_SCMI_SHMEM_QEMU >> 12) - 1U, 0x1000U },
		{ 0U, 0U },
	};
	const uint64_t page = RPI_ACPI_SCMI_SHMEM_QEMU >> 12;
	struct scmi_req q = req0(PROTO_BASE, MSG_VERSION);
	struct smc_regs r;
	struct scmi_resp a;
	unsigned int i;
	bool ok;

	a = smt_call(RPI_ACPI_SCMI_SMT_DOORBELL_PARAM, page, 0U, &q);
	ok = check("x0", a.x0, 0U) & check("version", a.words[1], BASE_VERSION);
	a = smt_call(RPI_ACPI_SCMI_SMT_DOORBELL_PARAM, (1ULL << 32) | page,
		     0U, &q);
	ok &= check("x0", a.x0, 0U) & check("version", a.words[1], BASE_VERSION);
	result(ok, "DOORBELL_PARAM with the channel's page and offset (w1, w2)");

	ok = true;
	q.hdr = hdr(PROTO_BASE, MSG_VERSION, 0x77U);
	for (i = 0U; i < ARRAY_SIZE(bad); i++) {
		smt_write(&q, 4U);
		SMT[SMT_PAYLOAD] = 0x5a5a5a5aU;
		r = (struct smc_regs){ .x = {
			RPI_ACPI_SCMI_SMT_DOORBELL_PARAM, bad[i][0], bad[i][1] } };
		smc_call(&r);
		ok &= check("x0", r.x[0], SMCCC_INVAL_PARAM) &
		      check("SMT status", SMT[SMT_STATUS], 0U) &
		      check("SMT length", SMT[SMT_LENGTH], 4U) &
		      check("SMT header", SMT[SMT_HEADER], q.hdr) &
		      check("SMT payload", SMT[SMT_PAYLOAD], 0x5a5a5a5aU);
	}
	result(ok, "DOORBELL_PARAM naming another page or offset: -3, the SMT untouched");
}

static void test_smt_refusals(void)
{
	struct scmi_req q = req0(PROTO_BASE, MSG_VERSION);
	struct smc_regs r = { .x = { RPI_ACPI_SCMI_SMT_DOORBELL } };
	struct scmi_resp a;
	bool ok;

	smt_write(&q, 4U + RPI_ACPI_SCMI_SMT_REQUEST_MAX + 4U);
	smc_call(&r);
	ok = check("x0", r.x[0], 0U) &
	     check("SMT status", SMT[SMT_STATUS], SMT_FREE | SMT_ERROR);
	a = smt(&q);
	ok &= check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
	      check("version", a.words[1], BASE_VERSION);
	result(ok, "SMT: a request over 92 bytes sets the error flag; the next one is served");

	smt_write(&q, 4U);
	SMT[SMT_PAYLOAD] = 0x5a5a5a5aU;
	SMT[SMT_STATUS] = SMT_FREE;
	r.x[0] = RPI_ACPI_SCMI_SMT_DOORBELL;
	smc_call(&r);
	ok = check("x0", r.x[0], 0U) &
	     check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
	     check("SMT length", SMT[SMT_LENGTH], 4U) &
	     check("SMT payload", SMT[SMT_PAYLOAD], 0x5a5a5a5aU);
	a = smt(&q);
	ok &= check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
	      check("version", a.words[1], BASE_VERSION);
	result(ok, "SMT: a doorbell on a free channel changes nothing; the next message is served");
}

/*
 * A second doorbell for a message already answered, as another CPU may
 * ring it between the firmware's reply and the agent's look at it: the
 * reply must stay as it is, without the error flag.
 */
static void test_smt_second_doorbell(void)
{
	struct scmi_req q = req0(PROTO_BASE, MSG_VENDOR);
	struct smc_regs r = { .x = { RPI_ACPI_SCMI_SMT_DOORBELL } };
	struct scmi_resp a;
	unsigned int i;
	bool ok;

	q.hdr = hdr(PROTO_BASE, MSG_VENDOR, 0x1a5U);
	a = smt(&q);
	ok = name_is(&a, RPI_ACPI_SCMI_VENDOR);
	for (i = 0U; i < 2U; i++) {
		r.x[0] = RPI_ACPI_SCMI_SMT_DOORBELL;
		smc_call(&r);
		ok &= check("x0", r.x[0], 0U);
	}
	ok &= check("SMT status", SMT[SMT_STATUS], SMT_FREE) &
	      check("SMT header", SMT[SMT_HEADER], q.hdr) &
	      check("SMT length", SMT[SMT_LENGTH], 4U + 20U) &
	      check("SMT reply status", SMT[SMT_PAYLOAD], SCMI_SUCCESS);
	result(ok, "SMT: doorbells after the reply leave it as it is, without the error flag");
}

static void test_counts(void)
{
	struct scmi_req q = req0(PROTO_BASE, MSG_VENDOR);
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_RESET } };
	struct smc_regs oem = { .x = { OEM(RPI_ACPI_SIP_CALL_COUNT) } };
	const uint64_t page = RPI_ACPI_SCMI_SHMEM_QEMU >> 12;
	struct scmi_resp a;
	unsigned int i;
	bool ok;

	smc_call(&r);
	ok = check("TEST_RESET", r.x[0], 0U);
	for (i = 0U; i < 10U; i++) {
		a = smcf(&q);
		ok &= name_is(&a, RPI_ACPI_SCMI_VENDOR);
	}
	ok &= check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF), 10U) &
	      check("doorbell calls", count_of(RPI_ACPI_SCMI_SMT_DOORBELL), 0U);
	smcf_regs(&q, 0U, &r);
	r.x[2] = 3U;
	smc_call(&r);
	ok &= check("refused call counted", count_of(RPI_ACPI_SCMI_SMCF), 11U);
	for (i = 0U; i < 3U; i++)
		(void)smt(&q);
	(void)smt_call(RPI_ACPI_SCMI_SMT_DOORBELL_PARAM, page, 0U, &q);
	(void)smt_call(RPI_ACPI_SCMI_SMT_DOORBELL_PARAM, page + 1U, 0U, &q);
	ok &= check("doorbell calls", count_of(RPI_ACPI_SCMI_SMT_DOORBELL), 3U) &
	      check("DOORBELL_PARAM calls",
		    count_of(RPI_ACPI_SCMI_SMT_DOORBELL_PARAM), 2U) &
	      check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF), 11U) &
	      check("unknown id", count_of(0x82000202U), SMC_UNK);
	result(ok, "counters: one SMC per fastchannel message; every doorbell and fastchannel call counted");

	r = (struct smc_regs){ .x = { RPI_ACPI_SIP_CALL_COUNT } };
	smc_call(&r);
	smc_call(&oem);
	ok = check("SiP - OEM call count", r.x[0] - oem.x[0],
		   RPI_ACPI_SCMI_NUM_CALLS);
	result(ok, "the SiP owner's call count has the 3 SCMI functions more than the OEM owner's");
}

/* @n queries of the vendor (@msg) whose answer is @name, tokens checked */
static uint32_t smcf_loop(uint32_t msg, const char *name, unsigned int n)
{
	struct scmi_req q = req0(PROTO_BASE, msg);
	struct smc_regs r;
	struct scmi_resp a;
	uint32_t errors = 0U;
	unsigned int i;

	for (i = 0U; i < n; i++) {
		q.hdr = hdr(PROTO_BASE, msg, i & RPI_ACPI_SCMI_HDR_TOKEN_MASK);
		smcf_regs(&q, i, &r);
		smc_call(&r);
		a = smcf_unpack(&r);
		if (r.x[1] != q.hdr || !name_is(&a, name))
			errors++;
	}
	return errors;
}

void scmi_secondary_main(void)
{
	struct smc_regs r = { .x = { PSCI_CPU_OFF } };

	while (cpu1_go == 0U)
		;
	cpu1_task();
	__asm__ volatile("dsb sy" ::: "memory");
	cpu1_done = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	smc_call(&r);
}

static void cpu1_smcf_task(void)
{
	cpu1_errors = smcf_loop(MSG_SUB_VENDOR, RPI_ACPI_SCMI_SUB_VENDOR_QEMU,
				PARALLEL_MSGS);
}

/* Ring the SMT doorbell until told to stop; count the rings. */
static void cpu1_doorbell_task(void)
{
	struct smc_regs r;

	while (cpu1_stop == 0U) {
		r = (struct smc_regs){ .x = { RPI_ACPI_SCMI_SMT_DOORBELL } };
		smc_call(&r);
		if (r.x[0] != 0U)
			cpu1_errors++;
		cpu1_rings++;
	}
}

/*
 * Start CPU 1 on @task, waiting first until it is off (the test before
 * may have just turned it off); it starts the task once cpu1_go is set.
 */
static bool cpu1_start(void (*task)(void))
{
	struct smc_regs r;
	unsigned int spins;

	for (spins = 0U; spins < 1000000U; spins++) {
		r = (struct smc_regs){ .x = { PSCI_AFFINITY_INFO64,
					      CPU1_MPIDR } };
		smc_call(&r);
		if (r.x[0] == PSCI_AFF_OFF)
			break;
	}
	cpu1_task = task;
	cpu1_go = 0U;
	cpu1_done = 0U;
	cpu1_errors = 0U;
	__asm__ volatile("dsb sy" ::: "memory");
	r = (struct smc_regs){ .x = { PSCI_CPU_ON64, CPU1_MPIDR,
				      (uint64_t)scmi_secondary_entry } };
	smc_call(&r);
	return check("CPU_ON", r.x[0], 0U);
}

/* Wait for CPU 1's task to end, 30 s at most */
static bool cpu1_wait(void)
{
	uint64_t deadline = deadline_ms(30000U);

	while (cpu1_done == 0U && !deadline_passed(deadline))
		;
	return check("CPU 1 finished", cpu1_done, 1U);
}

static void test_parallel(void)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_RESET } };
	uint32_t errors;
	bool ok;

	smc_call(&r);
	/* CPU 1 is off again after the test service's parallel test. */
	ok = cpu1_start(cpu1_smcf_task);
	cpu1_go = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	errors = smcf_loop(MSG_VENDOR, RPI_ACPI_SCMI_VENDOR, PARALLEL_MSGS);
	ok = ok && cpu1_wait();
	ok &= check("CPU 0 wrong answers", errors, 0U) &
	      check("CPU 1 wrong answers", cpu1_errors, 0U) &
	      check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF),
		    2U * PARALLEL_MSGS);
	put_str("# 2 CPUs x ");
	put_dec(PARALLEL_MSGS);
	put_str(" SMC fastchannel messages at once\n");
	result(ok, "SMC fastchannel: 2 CPUs at once, every answer right, one SMC each");
}

/* The SMT channel holds @name's reply to @q, quietly compared */
static bool smt_reply_is(const struct scmi_req *q, const char *name)
{
	uint32_t want[4] = { 0 };
	bool ok = SMT[SMT_HEADER] == q->hdr && SMT[SMT_LENGTH] == 4U + 20U &&
		  SMT[SMT_PAYLOAD] == (uint32_t)SCMI_SUCCESS;
	unsigned int i;

	for (i = 0U; name[i] != '\0' && i < 15U; i++)
		want[i / 4U] |= (uint32_t)(uint8_t)name[i] << (8U * (i % 4U));
	for (i = 0U; i < 4U; i++)
		ok = ok && SMT[SMT_PAYLOAD + 1U + i] == want[i];
	return ok;
}

/* Wait until CPU 1 has made two more whole doorbell calls, 1 s at most */
static void cpu1_two_rings(void)
{
	uint32_t start = cpu1_rings;
	uint64_t deadline = deadline_ms(1000U);

	while (cpu1_rings - start < 2U && !deadline_passed(deadline))
		;
}

/*
 * One SMT message as an agent sends it, while CPU 1 rings the doorbell
 * too: write it, ring, wait (a bounded time) for the free flag, as the
 * agent polls after the SMC. @pause 1: the agent is held up between
 * handing the channel over and its SMC, 2: between the SMC and its look
 * at the status, each time for two of CPU 1's doorbells; 0: no pause.
 * Returns the channel status; *@late counts a reply that was not there yet
 * when the SMC returned (CPU 1's doorbell was processing the message).
 */
static uint32_t smt_send_polled(const struct scmi_req *q, unsigned int pause,
				uint32_t *late)
{
	struct smc_regs r = { .x = { RPI_ACPI_SCMI_SMT_DOORBELL } };
	uint64_t deadline;

	smt_write(q, 4U + q->len);
	if (pause == 1U)
		cpu1_two_rings();
	smc_call(&r);
	if (pause == 2U)
		cpu1_two_rings();
	if ((SMT[SMT_STATUS] & SMT_FREE) == 0U)
		(*late)++;
	deadline = deadline_ms(1000U);
	while ((SMT[SMT_STATUS] & SMT_FREE) == 0U && !deadline_passed(deadline))
		;
	return SMT[SMT_STATUS];
}

/*
 * CPU 0 sends SMT messages while CPU 1 rings the doorbell without pause:
 * a doorbell that finds the channel busy (processing on the other CPU),
 * free, or already answered must leave it alone, so that every reply CPU 0
 * gets is right and carries no error flag. Two messages in three hold
 * CPU 0 up at one of the agent's steps until CPU 1 has rung, so that those
 * cases come every time; the third races freely.
 */
static void test_smt_race(void)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_RESET } };
	uint32_t flagged = 0U, wrong = 0U, late = 0U, status;
	struct scmi_req q;
	uint64_t deadline;
	unsigned int i;
	bool ok;

	smc_call(&r);
	cpu1_stop = 0U;
	cpu1_rings = 0U;
	ok = cpu1_start(cpu1_doorbell_task);
	cpu1_go = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	/* CPU 1 is ringing before the first message. */
	deadline = deadline_ms(30000U);
	while (ok && cpu1_rings == 0U && !deadline_passed(deadline))
		;
	ok = ok && check("CPU 1 rings", cpu1_rings != 0U, 1U);
	for (i = 0U; i < RACE_MSGS; i++) {
		q = req0(PROTO_BASE, (i % 2U) ? MSG_SUB_VENDOR : MSG_VENDOR);
		q.hdr |= hdr(0U, 0U, i & RPI_ACPI_SCMI_HDR_TOKEN_MASK);
		status = smt_send_polled(&q, i % 3U, &late);
		if (status != SMT_FREE && flagged++ < 3U)
			diag("SMT status", status, SMT_FREE);
		if (!smt_reply_is(&q, (i % 2U) ? RPI_ACPI_SCMI_SUB_VENDOR_QEMU :
				  RPI_ACPI_SCMI_VENDOR) && wrong++ < 3U) {
			diag("wrong reply: header", SMT[SMT_HEADER], q.hdr);
			diag("wrong reply: length", SMT[SMT_LENGTH], 4U + 20U);
			diag("wrong reply: status", SMT[SMT_PAYLOAD],
			     SCMI_SUCCESS);
		}
	}
	cpu1_stop = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	ok = ok && cpu1_wait();
	ok &= check("replies with ERROR or not free", flagged, 0U) &
	      check("wrong replies", wrong, 0U) &
	      check("CPU 1 doorbells refused", cpu1_errors, 0U) &
	      check("doorbells counted", count_of(RPI_ACPI_SCMI_SMT_DOORBELL),
		    RACE_MSGS + cpu1_rings);
	put_str("# ");
	put_dec(RACE_MSGS);
	put_str(" SMT messages on CPU 0, ");
	put_dec(cpu1_rings);
	put_str(" doorbells from CPU 1 at once, ");
	put_dec(late);
	put_str(" replies completed by CPU 1's doorbell\n");
	result(ok, "SMT: another CPU's doorbells never fail or change a reply");
}

/**
 * test_scmi() - the SCMI server's ABI, as a KTAP document of its own
 */
void test_scmi(void)
{
	put_str("KTAP version 1\n1..");
	put_dec(SCMI_TESTS);
	put_str("\n");
	test_smt_base();
	test_same_answers();
	test_unknown_flood();
	test_smcf_registers();
	test_smcf_refusals();
	test_doorbell_param();
	test_smt_refusals();
	test_smt_second_doorbell();
	test_counts();
	test_parallel();
	test_smt_race();
	ktap_totals(&scmi_doc);
}
