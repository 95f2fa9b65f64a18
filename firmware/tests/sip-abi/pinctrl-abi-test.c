/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ABI check of the firmware's SCMI pin control protocol (0x19,
 * Documentation/firmware-guide/rpi-scmi-pinctrl.rst) on QEMU virt, without
 * an operating system: what it lists (pins, groups, functions, their
 * associations in several parts), the same answers over the SMT channel
 * and the SMC fastchannel, refusals of malformed requests, the settings a
 * GPIO driver uses, checked against the secure PL061's registers as EL3
 * reads them (TEST_PL061), pin ownership, one SMC per message, and two
 * CPUs at once. Prints its own KTAP document.
 *
 * The expected tables are written out here from the documentation, not
 * taken from the firmware's sources.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_scmi.h>
#include <services/rpi_acpi_sip.h>

#include "scmi-abi.h"
#include "sip-abi.h"

#define PC_TESTS		19U

#define PSCI_CPU_OFF		0x84000002U
#define PSCI_CPU_ON64		0xc4000003U
#define PSCI_AFFINITY_INFO64	0xc4000004U
#define PSCI_AFF_OFF		1U
#define CPU1_MPIDR		1U
#define PARALLEL_ROUNDS		5000U

#define PROTO			RPI_ACPI_PINCTRL_PROTOCOL_ID
#define PIN			RPI_ACPI_PC_TYPE_PIN
#define GROUP			RPI_ACPI_PC_TYPE_GROUP
#define FUNC			RPI_ACPI_PC_TYPE_FUNCTION

#define SUCCESS			0U
#define NOT_SUPPORTED		0xffffffffU	/* -1 */
#define INVALID_PARAMETERS	0xfffffffeU	/* -2 */
#define DENIED			0xfffffffdU	/* -3 */
#define NOT_FOUND		0xfffffffcU	/* -4 */
#define PROTOCOL_ERROR		0xfffffff6U	/* -10 */
#define IN_USE			0xfffffff5U	/* -11 */

#define NPINS			58U
#define NGROUPS			66U
#define NFUNCS			8U
#define NO_FUNCTION		0xffffffffU

/* Functions */
#define F_GPIO_IN		0U
#define F_GPIO_OUT		1U
#define F_ALT0			2U
#define F_ALT2			4U

/* Groups past the pins' own */
#define G_I2C0			58U
#define G_I2C1			59U
#define G_SPI0			60U
#define G_UART0			61U
#define G_PCM			63U
#define G_SDIO1			64U

/* SETTINGS_GET attributes */
#define GET_ONE(sel, type)	(((sel) << 16) | (type))
#define GET_ALL(sel, skip)	((1U << 18) | ((sel) << 16) | ((skip) << 8))
#define GET_FUNCTION(sel)	((2U << 18) | ((sel) << 16))

/* SETTINGS_CONFIGURE attributes */
#define CONF(sel, n)		((sel) | ((n) << 2))
#define CONF_FUNC		(1U << 10)

typedef struct scmi_resp (*chan_fn)(const struct scmi_req *q);

struct named_group {
	const char *name;
	uint32_t first;
	uint32_t npins;
};

static const char *const func_names[NFUNCS] = {
	"gpio_in", "gpio_out", "alt0", "alt1", "alt2", "alt3", "alt4", "alt5",
};

/* Each function's number of groups */
static const uint32_t func_ngroups[NFUNCS] = { 66, 66, 64, 58, 58, 59, 58, 59 };

/* Groups 58..65: consecutive pins */
static const struct named_group named_groups[] = {
	{ "i2c0", 0, 2 }, { "i2c1", 2, 2 }, { "spi0", 7, 5 },
	{ "uart0", 14, 2 }, { "uart1", 14, 2 }, { "pcm", 18, 4 },
	{ "sdio1-onboard-wifi", 34, 6 }, { "pwm1", 40, 2 },
};

static struct ktap_doc pc_doc = { .name = "pinctrl-abi" };
static volatile uint32_t cpu1_go;
static volatile uint32_t cpu1_done;
static volatile uint32_t cpu1_errors;

void pc_secondary_main(void);
void pc_secondary_entry(void);

/* Where PSCI CPU_ON starts CPU 1 for the parallel test: a stack, then C. */
__asm__(".text\n"
	".globl pc_secondary_entry\n"
	"pc_secondary_entry:\n"
	"	adr	x1, pc_stack1\n"
	"	add	sp, x1, #0x4000\n"
	"	bl	pc_secondary_main\n"
	"1:	wfe\n"
	"	b	1b\n"
	".bss\n"
	".balign 16\n"
	"pc_stack1:\n"
	"	.space 0x4000\n"
	".text\n");

static bool result(bool ok, const char *desc)
{
	return ktap_result(&pc_doc, ok, desc);
}

/* A pin control message with @n payload words */
static struct scmi_req msg(uint32_t id, unsigned int n, uint32_t w0,
			   uint32_t w1, uint32_t w2)
{
	struct scmi_req q = { .hdr = hdr(PROTO, id, 0U), .len = 4U * n };

	q.words[0] = w0;
	q.words[1] = w1;
	q.words[2] = w2;
	return q;
}

/* SETTINGS_CONFIGURE of @n (type, value) pairs */
static struct scmi_req conf(uint32_t sel, uint32_t id, bool func, uint32_t f,
			    unsigned int n, const uint32_t *pairs)
{
	struct scmi_req q = msg(RPI_ACPI_PC_SETTINGS_CONFIGURE, 3U + 2U * n, id,
				func ? f : NO_FUNCTION,
				CONF(sel, n) | (func ? CONF_FUNC : 0U));
	unsigned int i;

	for (i = 0U; i < 2U * n; i++)
		q.words[3U + i] = pairs[i];
	return q;
}

/* Status of a reply, with its SMCCC x0 checked */
static uint32_t status(const struct scmi_resp *a)
{
	return a->x0 == 0U ? a->words[0] : 0xdeadU;
}

/* One configuration of a pin or group over @chan, or 0xdead */
static uint32_t get_one(chan_fn chan, uint32_t sel, uint32_t id,
			uint32_t type)
{
	struct scmi_req q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, id,
				GET_ONE(sel, type), 0U);
	struct scmi_resp a = chan(&q);

	if (status(&a) != SUCCESS || a.len != 20U || a.words[2] != 1U ||
	    a.words[3] != type)
		return 0xdeadU;
	return a.words[4];
}

/* Set one configuration of a pin over @chan: the status */
static uint32_t set_one(chan_fn chan, uint32_t pin, uint32_t type,
			uint32_t value)
{
	const uint32_t pair[2] = { type, value };
	struct scmi_req q = conf(PIN, pin, false, 0U, 1U, pair);
	struct scmi_resp a = chan(&q);

	return status(&a);
}

/* GPIO output driving @v, as the Linux driver does: one message */
static uint32_t gpio_out(chan_fn chan, uint32_t pin, uint32_t v)
{
	const uint32_t pairs[4] = {
		RPI_ACPI_PC_CONF_OUTPUT_VALUE, v, RPI_ACPI_PC_CONF_OUTPUT_MODE, 1U,
	};
	struct scmi_req q = conf(PIN, pin, false, 0U, 2U, pairs);
	struct scmi_resp a = chan(&q);

	return status(&a);
}

/* The function selected on a pin or group */
static uint32_t function_of(chan_fn chan, uint32_t sel, uint32_t id)
{
	struct scmi_req q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, id,
				GET_FUNCTION(sel), 0U);
	struct scmi_resp a = chan(&q);

	if (status(&a) != SUCCESS || a.len != 12U || a.words[2] != 0U)
		return 0xdeadU;
	return a.words[1];
}

static bool select_function(chan_fn chan, uint32_t sel, uint32_t id,
			    uint32_t f, uint32_t want)
{
	struct scmi_req q = conf(sel, id, true, f, 0U, NULL);
	struct scmi_resp a = chan(&q);

	return check("function select", status(&a), want);
}

/* TEST_PL061: x1 = GPIODATA, x2 = GPIODIR */
static void pl061(uint32_t *data, uint32_t *dir)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_PL061 } };

	smc_call(&r);
	*data = r.x[0] == 0U ? (uint32_t)r.x[1] : 0xdeadU;
	*dir = r.x[0] == 0U ? (uint32_t)r.x[2] : 0xdeadU;
}

/* @name in NUL-padded words, at most @len bytes with the NUL */
static bool name_is(const uint32_t *words, const char *name, unsigned int len)
{
	uint32_t want[16] = { 0 };
	unsigned int i;
	bool ok = true;

	for (i = 0U; name[i] != '\0' && i < len - 1U; i++)
		want[i / 4U] |= (uint32_t)(uint8_t)name[i] << (8U * (i % 4U));
	for (i = 0U; i < len / 4U; i++)
		ok &= check("name word", words[i], want[i]);
	if (!ok) {
		put_str("# name: ");
		put_str(name);
		put_str("\n");
	}
	return ok;
}

static const char *pin_name(uint32_t pin, char *buf)
{
	unsigned int i = 4U;

	buf[0] = 'G';
	buf[1] = 'P';
	buf[2] = 'I';
	buf[3] = 'O';
	if (pin >= 10U)
		buf[i++] = (char)('0' + pin / 10U);
	buf[i++] = (char)('0' + pin % 10U);
	buf[i] = '\0';
	return buf;
}

/* PINCTRL_ATTRIBUTES: @nelems, @name (extended when over 15 chars) */
static bool attributes_are(chan_fn chan, uint32_t type, uint32_t id,
			   uint32_t nelems, const char *name)
{
	struct scmi_req q = msg(RPI_ACPI_PC_ATTRIBUTES, 2U, id, type, 0U);
	struct scmi_resp a = chan(&q);
	bool ext = false;
	unsigned int i;
	bool ok;

	for (i = 0U; name[i] != '\0'; i++)
		ext = i >= 15U;
	ok = check("status", status(&a), SUCCESS) & check("length", a.len, 24U) &
	     check("attributes", a.words[1],
		   nelems | (ext ? RPI_ACPI_PC_EXT_NAME : 0U)) &
	     name_is(&a.words[2], name, 16U);
	q.hdr = hdr(PROTO, RPI_ACPI_PC_NAME_GET, 0U);
	a = chan(&q);
	ok &= check("status", status(&a), SUCCESS) & check("length", a.len, 72U) &
	      check("flags", a.words[1], 0U) & name_is(&a.words[2], name, 64U);
	return ok;
}

/*
 * LIST_ASSOCIATIONS of a group or function, every part over @chan, into
 * @ids; @parts is set to the number of messages it took.
 */
static bool list_all(chan_fn chan, uint32_t type, uint32_t id, uint32_t n,
		     uint16_t *ids, unsigned int *parts)
{
	struct scmi_req q;
	struct scmi_resp a;
	uint32_t index = 0U, got, left, i;

	*parts = 0U;
	while (index < n && *parts < 10U) {
		q = msg(RPI_ACPI_PC_LIST_ASSOCIATIONS, 3U, id, type, index);
		a = chan(&q);
		(*parts)++;
		got = a.words[1] & RPI_ACPI_PC_RETURNED_MASK;
		left = a.words[1] >> RPI_ACPI_PC_REMAINING_SHIFT;
		if (!check("status", status(&a), SUCCESS) ||
		    !check("remaining", left, n - index - got) ||
		    !check("length", a.len, 8U + 4U * ((got + 1U) / 2U)) ||
		    got == 0U)
			return false;
		for (i = 0U; i < got; i++)
			ids[index + i] = (uint16_t)(a.words[2U + i / 2U] >>
						    (16U * (i % 2U)));
		if ((got % 2U) != 0U &&
		    !check("padding", a.words[2U + got / 2U] >> 16, 0U))
			return false;
		index += got;
	}
	return index == n;
}

/* Same x0, length and words over both channels */
static bool same_reply(const struct scmi_req *q)
{
	struct scmi_resp a = smt(q), b = smcf(q);
	bool ok = check("x0", b.x0, a.x0) & check("length", b.len, a.len);
	unsigned int i;

	for (i = 0U; i < a.len / 4U && i < MAX_WORDS; i++)
		ok &= check("reply word", b.words[i], a.words[i]);
	if (!ok)
		diag("message, first word", q->hdr, q->words[0]);
	return ok;
}

static void test_discovery(void)
{
	static const chan_fn chans[] = { smt, smcf };
	struct scmi_req q;
	struct scmi_resp a;
	unsigned int c, i;
	bool ok = true;

	for (c = 0U; c < 2U; c++) {
		q = msg(RPI_ACPI_PC_PROTOCOL_VERSION, 0U, 0U, 0U, 0U);
		a = chans[c](&q);
		ok &= check("status", status(&a), SUCCESS) &
		      check("version", a.words[1], RPI_ACPI_PINCTRL_VERSION);
		q = msg(RPI_ACPI_PC_PROTOCOL_ATTRIBUTES, 0U, 0U, 0U, 0U);
		a = chans[c](&q);
		ok &= check("length", a.len, 12U) &
		      check("attributes_low", a.words[1], NPINS | (NGROUPS << 16)) &
		      check("attributes_high", a.words[2], NFUNCS);
	}
	result(ok, "version 1.0; 58 pins, 66 groups, 8 functions, on both channels");

	ok = true;
	for (i = 0U; i <= 0x10U; i++) {
		q = msg(RPI_ACPI_PC_MESSAGE_ATTRIBUTES, 1U, i, 0U, 0U);
		a = smcf(&q);
		ok &= check("message attributes", status(&a),
			    i <= RPI_ACPI_PC_NAME_GET ? SUCCESS : NOT_FOUND) &
		      check("length", a.len, i <= RPI_ACPI_PC_NAME_GET ? 8U : 4U);
	}
	result(ok, "PROTOCOL_MESSAGE_ATTRIBUTES: messages 0x0..0x9 served, 0xa..0x10 not");
}

static void test_names(void)
{
	char buf[8];
	unsigned int i;
	bool ok = true;

	for (i = 0U; i < NPINS; i++)
		ok &= attributes_are(i % 2U ? smt : smcf, PIN, i, 0U,
				     pin_name(i, buf));
	result(ok, "pins GPIO0..GPIO57, no elements; NAME_GET gives the same names");

	ok = true;
	for (i = 0U; i < NPINS; i++)
		ok &= attributes_are(smcf, GROUP, i, 1U, pin_name(i, buf));
	for (i = 0U; i < ARRAY_SIZE(named_groups); i++)
		ok &= attributes_are(i % 2U ? smt : smcf, GROUP, NPINS + i,
				     named_groups[i].npins, named_groups[i].name);
	for (i = 0U; i < NFUNCS; i++)
		ok &= attributes_are(i % 2U ? smt : smcf, FUNC, i,
				     func_ngroups[i], func_names[i]);
	result(ok, "groups and functions: names, sizes; 'sdio1-onboard-wifi' an extended name");
}

static void test_lists(void)
{
	uint16_t ids[NGROUPS];
	unsigned int parts, i, j;
	uint32_t want;
	bool ok = true;

	for (i = 0U; i < NPINS; i++)
		ok &= list_all(i % 2U ? smt : smcf, GROUP, i, 1U, ids, &parts) &&
		      check("pin", ids[0], i);
	for (i = 0U; i < ARRAY_SIZE(named_groups); i++) {
		ok &= list_all(smcf, GROUP, NPINS + i, named_groups[i].npins,
			       ids, &parts);
		for (j = 0U; j < named_groups[i].npins; j++)
			ok &= check("pin", ids[j], named_groups[i].first + j);
	}
	result(ok, "every group lists its pins (i2c1: GPIO2, GPIO3; spi0: GPIO7..11; ...)");

	ok = list_all(smcf, FUNC, F_GPIO_IN, 66U, ids, &parts) &
	     check("SMC fastchannel parts", parts, 2U);
	for (i = 0U; i < 66U; i++)
		ok &= check("group", ids[i], i);
	ok &= list_all(smt, FUNC, F_GPIO_IN, 66U, ids, &parts) &
	      check("SMT parts", parts, 2U);
	for (i = 0U; i < 66U; i++)
		ok &= check("group", ids[i], i);
	result(ok, "gpio_in's 66 groups: 56 + 10 over the SMC fastchannel, 46 + 20 over SMT");

	ok = list_all(smcf, FUNC, F_ALT0, 64U, ids, &parts) &
	     check("parts", parts, 2U);
	for (i = 0U, j = 0U; i < NGROUPS; i++) {
		/* alt0: every pin's group, i2c0, i2c1, spi0, uart0, pcm, pwm1 */
		if (i == 62U || i == 64U)
			continue;
		ok &= check("group", ids[j++], i);
	}
	want = 0U;
	ok &= list_all(smt, FUNC, 5U, 59U, ids, &parts) &
	      check("alt3's last group", ids[58], G_SDIO1);
	for (i = 0U; i < 58U; i++)
		want |= (ids[i] != i) ? 1U : 0U;
	ok &= check("alt3's pin groups", want, 0U);
	result(ok, "alt0's 64 groups and alt3's 59 in order, over both channels");
}

/* Requests whose answers must be the same over both channels */
static void test_same_answers(void)
{
	static const uint32_t p[] = {
		RPI_ACPI_PC_CONF_BIAS_PULL_DOWN, 1U,
		RPI_ACPI_PC_CONF_OUTPUT_VALUE, 0U,
	};
	struct scmi_req q;
	unsigned int i;
	bool ok = true;

	q = msg(RPI_ACPI_PC_PROTOCOL_VERSION, 0U, 0U, 0U, 0U);
	ok &= same_reply(&q);
	q = msg(RPI_ACPI_PC_PROTOCOL_ATTRIBUTES, 0U, 0U, 0U, 0U);
	ok &= same_reply(&q);
	for (i = 0U; i < 12U; i++) {
		q = msg(RPI_ACPI_PC_MESSAGE_ATTRIBUTES, 1U, i, 0U, 0U);
		ok &= same_reply(&q);
	}
	for (i = 0U; i < 3U; i++) {
		q = msg(RPI_ACPI_PC_ATTRIBUTES, 2U, 5U + i, i, 0U);
		ok &= same_reply(&q);
		q.hdr = hdr(PROTO, RPI_ACPI_PC_NAME_GET, 0U);
		ok &= same_reply(&q);
	}
	q = msg(RPI_ACPI_PC_ATTRIBUTES, 2U, G_SDIO1, GROUP, 0U);
	ok &= same_reply(&q);
	q = msg(RPI_ACPI_PC_LIST_ASSOCIATIONS, 3U, G_SPI0, GROUP, 1U);
	ok &= same_reply(&q);
	q = msg(RPI_ACPI_PC_LIST_ASSOCIATIONS, 3U, F_ALT0, FUNC, 41U);
	ok &= same_reply(&q);
	for (i = 0U; i <= RPI_ACPI_PC_CONF_SLEW_RATE; i++) {
		q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, 5U, GET_ONE(PIN, i), 0U);
		ok &= same_reply(&q);
	}
	q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, 30U, GET_ALL(PIN, 0U), 0U);
	ok &= same_reply(&q);
	q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, G_UART0, GET_ALL(GROUP, 2U), 0U);
	ok &= same_reply(&q);
	q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, G_I2C1, GET_FUNCTION(GROUP), 0U);
	ok &= same_reply(&q);
	q = conf(PIN, 30U, false, 0U, 2U, p);
	ok &= same_reply(&q);
	result(ok, "SMT and SMC fastchannel give the same answers to 48 messages");
}

/* A malformed or impossible request and its SCMI status */
struct refusal {
	uint32_t id;
	uint32_t n;
	uint32_t w[5];
	uint32_t want;
};

static const struct refusal refusals[] = {
	{ RPI_ACPI_PC_PROTOCOL_VERSION, 1, { 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_PROTOCOL_ATTRIBUTES, 1, { 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_MESSAGE_ATTRIBUTES, 0, { 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_ATTRIBUTES, 1, { 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { NPINS, PIN }, NOT_FOUND },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { NGROUPS, GROUP }, NOT_FOUND },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { NFUNCS, FUNC }, NOT_FOUND },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { 0xffffffffU, PIN }, NOT_FOUND },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { 0, 3 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_ATTRIBUTES, 2, { 0, 4 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 2, { 0, GROUP }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 3, { 0, PIN, 0 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 3, { NGROUPS, GROUP, 0 }, NOT_FOUND },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 3, { 0, GROUP, 1 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 3, { 0, FUNC, 66 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_LIST_ASSOCIATIONS, 3, { 0, 0x101, 0 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 3, { 0, 0, 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { NPINS, GET_ONE(PIN, 2) }, NOT_FOUND },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { NGROUPS, GET_ONE(GROUP, 2) }, NOT_FOUND },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(FUNC, 2) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(3, 2) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, (3U << 18) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, (1U << 20) | 2U }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(PIN, 21) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(PIN, 191) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(PIN, 0) }, NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(PIN, 10) }, NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ONE(PIN, 192) }, NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_GET, 2, { 0, GET_ALL(PIN, 10) }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 2, { 0, 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { 0, 0, CONF(PIN, 1) }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 0), 18, 0 },
	  PROTOCOL_ERROR },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { 0, 0, 1U << 11 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { 0, 0, CONF(FUNC, 0) },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { NPINS, 0, CONF(PIN, 0) }, NOT_FOUND },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { 0, NFUNCS, CONF_FUNC },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 3, { G_I2C1, F_ALT2, CONF_FUNC | GROUP },
	  NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 0x112, 0 },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 21, 0 },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 10, 4 },
	  NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 14, 1 },
	  NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 12, 0 },
	  NOT_SUPPORTED },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 12, 2 },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 17, 2 },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 18, 2 },
	  INVALID_PARAMETERS },
	{ RPI_ACPI_PC_SETTINGS_CONFIGURE, 5, { 0, 0, CONF(PIN, 1), 9, 0 },
	  NOT_SUPPORTED },
	{ RPI_ACPI_PC_REQUEST, 1, { 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_REQUEST, 2, { 0, FUNC }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_REQUEST, 2, { 0, 3 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_REQUEST, 2, { 0, 4 }, INVALID_PARAMETERS },
	{ RPI_ACPI_PC_REQUEST, 2, { NPINS, PIN }, NOT_FOUND },
	{ RPI_ACPI_PC_RELEASE, 2, { NGROUPS, GROUP }, NOT_FOUND },
	{ RPI_ACPI_PC_RELEASE, 2, { 0, PIN }, DENIED },
	{ RPI_ACPI_PC_NAME_GET, 3, { 0, 0, 0 }, PROTOCOL_ERROR },
	{ RPI_ACPI_PC_NAME_GET, 2, { NFUNCS, FUNC }, NOT_FOUND },
	{ RPI_ACPI_PC_NAME_GET, 2, { 0, 3 }, INVALID_PARAMETERS },
	{ 0xa, 2, { 0, PIN }, NOT_SUPPORTED },		/* SET_PERMISSIONS */
	{ 0x10, 1, { 0x10000 }, NOT_SUPPORTED },	/* NEGOTIATE_VERSION */
};

static void test_refusals(void)
{
	struct scmi_req q;
	struct scmi_resp a, b;
	unsigned int i, j;
	bool ok = true, one;

	for (i = 0U; i < ARRAY_SIZE(refusals); i++) {
		q = msg(refusals[i].id, refusals[i].n, 0U, 0U, 0U);
		for (j = 0U; j < refusals[i].n; j++)
			q.words[j] = refusals[i].w[j];
		a = smt(&q);
		b = smcf(&q);
		one = check("SMT status", status(&a), refusals[i].want) &
		      check("SMT length", a.len, 4U) &
		      check("SMCF status", status(&b), refusals[i].want) &
		      check("SMCF length", b.len, 4U);
		if (!one)
			diag("refusal, message", i, refusals[i].id);
		ok &= one;
	}
	result(ok, "58 malformed or impossible requests refused as the documentation says, on both channels");
}

static void test_refused_changes_nothing(void)
{
	static const uint32_t bad1[] = {
		RPI_ACPI_PC_CONF_OUTPUT_VALUE, 1U, RPI_ACPI_PC_CONF_OUTPUT_MODE, 1U,
		RPI_ACPI_PC_CONF_DRIVE_STRENGTH, 4U,
	};
	static const uint32_t bad2[] = {
		RPI_ACPI_PC_CONF_BIAS_PULL_DOWN, 1U, RPI_ACPI_PC_CONF_OUTPUT_MODE, 7U,
	};
	struct scmi_req q;
	struct scmi_resp a;
	uint32_t data, dir;
	bool ok;

	q = conf(PIN, 7U, true, F_GPIO_OUT, 3U, bad1);
	a = smcf(&q);
	ok = check("status", status(&a), NOT_SUPPORTED);
	q = conf(PIN, 7U, false, 0U, 2U, bad2);
	a = smt(&q);
	ok &= check("status", status(&a), INVALID_PARAMETERS);
	pl061(&data, &dir);
	ok &= check("GPIODIR", dir, 0U) & check("GPIODATA", data, 0U) &
	      check("function", function_of(smcf, PIN, 7U), F_GPIO_IN) &
	      check("output value", get_one(smcf, PIN, 7U,
					    RPI_ACPI_PC_CONF_OUTPUT_VALUE), 0U) &
	      check("pull up kept", get_one(smcf, PIN, 7U,
					    RPI_ACPI_PC_CONF_BIAS_PULL_UP), 1U);
	result(ok, "a refused SETTINGS_CONFIGURE changes nothing, its valid first configurations included");
}

static void test_pl061_outputs(void)
{
	uint32_t data, dir, pin, line;
	bool ok = true;

	for (pin = 5U; pin <= 10U; pin++) {
		line = 1U << (pin - 3U);
		ok &= check("output", gpio_out(smcf, pin, 1U), SUCCESS);
		pl061(&data, &dir);
		ok &= check("GPIODIR bit", dir & line, line) &
		      check("GPIODATA bit", data & line, line) &
		      check("input value", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_INPUT_VALUE), 1U) &
		      check("output mode", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_OUTPUT_MODE), 1U);
		ok &= check("set 0", set_one(smcf, pin,
				RPI_ACPI_PC_CONF_OUTPUT_VALUE, 0U), SUCCESS);
		pl061(&data, &dir);
		ok &= check("GPIODATA bit", data & line, 0U) &
		      check("GPIODIR bit", dir & line, line) &
		      check("input value", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_INPUT_VALUE), 0U);
		ok &= check("set 1", set_one(smt, pin,
				RPI_ACPI_PC_CONF_OUTPUT_VALUE, 1U), SUCCESS);
	}
	pl061(&data, &dir);
	ok &= check("GPIODATA", data, 0xfcU) & check("GPIODIR", dir, 0xfcU);
	put_str("# PL061 after GPIO5..GPIO10 high: GPIODATA ");
	put_hex(data);
	put_str(", GPIODIR ");
	put_hex(dir);
	put_str("\n");
	result(ok, "GPIO5..GPIO10 outputs drive PL061 lines 2..7; lines 0, 1 untouched");

	ok = check("output", gpio_out(smcf, 20U, 1U), SUCCESS) &
	     check("input value", get_one(smcf, PIN, 20U,
					  RPI_ACPI_PC_CONF_INPUT_VALUE), 1U);
	pl061(&data, &dir);
	ok &= check("GPIODATA", data, 0xfcU) & check("GPIODIR", dir, 0xfcU);
	ok &= check("output 0", gpio_out(smt, 20U, 0U), SUCCESS) &
	      check("input value", get_one(smt, PIN, 20U,
					   RPI_ACPI_PC_CONF_INPUT_VALUE), 0U);
	result(ok, "GPIO20, not wired, keeps its level in firmware; the PL061 unchanged");
}

static void test_pl061_inputs(void)
{
	uint32_t data, dir, pin, bit;
	bool ok = true;

	/* GPIO10 (line 7) driven low before it turns input, the others high */
	ok &= check("low", set_one(smcf, 10U, RPI_ACPI_PC_CONF_OUTPUT_VALUE, 0U),
		    SUCCESS);
	for (pin = 5U; pin <= 10U; pin++)
		ok &= check("input", set_one(pin % 2U ? smt : smcf, pin,
					     RPI_ACPI_PC_CONF_INPUT_MODE, 1U),
			    SUCCESS);
	pl061(&data, &dir);
	ok &= check("GPIODIR", dir, 0U);
	put_str("# PL061 with lines 2..7 inputs: GPIODATA ");
	put_hex(data);
	put_str("\n");
	for (pin = 5U; pin <= 10U; pin++) {
		bit = (data >> (pin - 3U)) & 1U;
		ok &= check("input value", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_INPUT_VALUE), bit) &
		      check("input mode", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_INPUT_MODE), 1U) &
		      check("output mode", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_OUTPUT_MODE), 0U) &
		      check("output latch", get_one(smcf, PIN, pin,
				RPI_ACPI_PC_CONF_OUTPUT_VALUE), pin != 10U) &
		      check("function", function_of(smcf, PIN, pin), F_GPIO_IN);
	}
	ok &= check("output mode", set_one(smcf, 10U,
				RPI_ACPI_PC_CONF_OUTPUT_MODE, 1U), SUCCESS);
	pl061(&data, &dir);
	ok &= check("GPIODIR", dir, 0x80U) & check("GPIODATA bit", data & 0x80U, 0U);
	ok &= check("output mode", set_one(smcf, 8U,
				RPI_ACPI_PC_CONF_OUTPUT_MODE, 1U), SUCCESS);
	pl061(&data, &dir);
	ok &= check("GPIODIR", dir, 0xa0U) & check("GPIODATA bit", data & 0x20U,
						    0x20U);
	ok &= check("output mode 0", set_one(smcf, 8U,
				RPI_ACPI_PC_CONF_OUTPUT_MODE, 0U), SUCCESS) &
	      check("input", set_one(smcf, 10U, RPI_ACPI_PC_CONF_INPUT_MODE, 1U),
		    SUCCESS);
	pl061(&data, &dir);
	ok &= check("GPIODIR", dir, 0U);
	result(ok, "inputs clear GPIODIR and read the PL061's GPIODATA; OUTPUT_MODE alone drives the latch");
}

static bool pulls_are(uint32_t pin, uint32_t none, uint32_t up, uint32_t dflt,
		      uint32_t down)
{
	return check("bias disable", get_one(smcf, PIN, pin,
			RPI_ACPI_PC_CONF_BIAS_DISABLE), none) &
	       check("pull up", get_one(smcf, PIN, pin,
			RPI_ACPI_PC_CONF_BIAS_PULL_UP), up) &
	       check("pull default", get_one(smt, PIN, pin,
			RPI_ACPI_PC_CONF_BIAS_PULL_DEFAULT), dflt) &
	       check("pull down", get_one(smt, PIN, pin,
			RPI_ACPI_PC_CONF_BIAS_PULL_DOWN), down);
}

static uint32_t level(uint32_t pin)
{
	return get_one(smcf, PIN, pin, RPI_ACPI_PC_CONF_INPUT_VALUE);
}

static void test_pulls(void)
{
	struct scmi_req q;
	struct scmi_resp a;
	bool ok;

	/* GPIO22: pull-down after reset, an input in firmware memory */
	ok = pulls_are(22U, 0U, 0U, 1U, 1U) & check("level", level(22U), 0U);
	set_one(smcf, 22U, RPI_ACPI_PC_CONF_BIAS_PULL_UP, 1U);
	ok &= pulls_are(22U, 0U, 1U, 0U, 0U) & check("level", level(22U), 1U);
	set_one(smt, 22U, RPI_ACPI_PC_CONF_BIAS_PULL_DOWN, 0U);
	ok &= pulls_are(22U, 0U, 1U, 0U, 0U);
	set_one(smt, 22U, RPI_ACPI_PC_CONF_BIAS_PULL_UP, 0U);
	ok &= pulls_are(22U, 1U, 0U, 0U, 0U) & check("level", level(22U), 0U);
	set_one(smcf, 22U, RPI_ACPI_PC_CONF_BIAS_PULL_DEFAULT, 1U);
	ok &= pulls_are(22U, 0U, 0U, 1U, 1U);
	set_one(smcf, 22U, RPI_ACPI_PC_CONF_BIAS_DISABLE, 0U);
	ok &= pulls_are(22U, 1U, 0U, 0U, 0U);
	/* GPIO3: pull-up after reset */
	ok &= pulls_are(3U, 0U, 1U, 1U, 0U) & check("level", level(3U), 1U);
	result(ok, "pulls set and read back; a firmware pin's input level follows its pull");

	q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, 22U, GET_ALL(PIN, 0U), 0U);
	a = smt(&q);
	ok = check("status", status(&a), SUCCESS) & check("length", a.len, 84U) &
	     check("num_configs", a.words[2], 9U) &
	     check("first type", a.words[3], RPI_ACPI_PC_CONF_BIAS_DISABLE) &
	     check("bias disable", a.words[4], 1U) &
	     check("last type", a.words[19], RPI_ACPI_PC_CONF_OUTPUT_VALUE);
	q.words[1] = GET_ALL(PIN, 7U);
	a = smcf(&q);
	ok &= check("num_configs", a.words[2], 2U) & check("length", a.len, 28U) &
	      check("type", a.words[3], RPI_ACPI_PC_CONF_OUTPUT_MODE);
	/* uart0 (GPIO14, 15): a group reads a value only when its pins agree */
	q = conf(GROUP, G_UART0, false, 0U, 1U, (const uint32_t []){
		RPI_ACPI_PC_CONF_BIAS_PULL_UP, 1U });
	a = smcf(&q);
	ok &= check("status", status(&a), SUCCESS) &
	      check("group pull up", get_one(smcf, GROUP, G_UART0,
				RPI_ACPI_PC_CONF_BIAS_PULL_UP), 1U) &
	      check("pin 15 pull up", get_one(smcf, PIN, 15U,
				RPI_ACPI_PC_CONF_BIAS_PULL_UP), 1U);
	set_one(smcf, 14U, RPI_ACPI_PC_CONF_BIAS_DISABLE, 1U);
	q = msg(RPI_ACPI_PC_SETTINGS_GET, 2U, G_UART0,
		GET_ONE(GROUP, RPI_ACPI_PC_CONF_BIAS_PULL_UP), 0U);
	a = smcf(&q);
	ok &= check("disagreeing pins", status(&a), NOT_SUPPORTED);
	q.words[1] = GET_ALL(GROUP, 0U);
	a = smcf(&q);
	ok &= check("agreed configurations", a.words[2], 6U);
	result(ok, "SETTINGS_GET of all configurations, skipped; groups configured and read");
}

static void test_functions(void)
{
	bool ok;

	ok = check("i2c1", function_of(smcf, GROUP, G_I2C1), F_GPIO_IN) &
	     select_function(smcf, GROUP, G_I2C1, F_ALT0, SUCCESS) &
	     check("i2c1", function_of(smcf, GROUP, G_I2C1), F_ALT0) &
	     check("GPIO2", function_of(smt, PIN, 2U), F_ALT0) &
	     check("GPIO3's group", function_of(smt, GROUP, 3U), F_ALT0) &
	     check("input mode", get_one(smcf, PIN, 3U,
					 RPI_ACPI_PC_CONF_INPUT_MODE), 0U);
	ok &= check("output mode 0", set_one(smcf, 3U,
			RPI_ACPI_PC_CONF_OUTPUT_MODE, 0U), SUCCESS) &
	      check("GPIO3 kept", function_of(smt, PIN, 3U), F_ALT0);
	ok &= select_function(smt, PIN, 2U, F_ALT2, SUCCESS) &
	      check("GPIO2", function_of(smcf, PIN, 2U), F_ALT2) &
	      check("i2c1 mixed", function_of(smcf, GROUP, G_I2C1), NO_FUNCTION);
	ok &= select_function(smt, PIN, 3U, F_ALT2, SUCCESS) &
	      check("i2c1, alt2 not its", function_of(smcf, GROUP, G_I2C1),
		    NO_FUNCTION) &
	      check("GPIO3's group", function_of(smcf, GROUP, 3U), F_ALT2);
	ok &= select_function(smcf, GROUP, G_SDIO1, 5U, SUCCESS) &
	      check("sdio1", function_of(smcf, GROUP, G_SDIO1), 5U) &
	      select_function(smcf, GROUP, G_SDIO1, F_ALT0, NOT_SUPPORTED) &
	      check("sdio1 kept", function_of(smcf, GROUP, G_SDIO1), 5U);
	ok &= check("input", set_one(smcf, 2U, RPI_ACPI_PC_CONF_INPUT_MODE, 1U),
		    SUCCESS) &
	      check("GPIO2", function_of(smcf, PIN, 2U), F_GPIO_IN) &
	      select_function(smcf, GROUP, G_I2C1, F_GPIO_OUT, SUCCESS) &
	      check("output mode", get_one(smt, GROUP, G_I2C1,
					   RPI_ACPI_PC_CONF_OUTPUT_MODE), 1U) &
	      select_function(smcf, GROUP, G_I2C1, F_GPIO_IN, SUCCESS);
	result(ok, "functions selected on groups and pins, read back; a group's only when all its pins have it");
}

static uint32_t own(chan_fn chan, uint32_t id, uint32_t sel, uint32_t pin)
{
	struct scmi_req q = msg(id, 2U, pin, sel, 0U);
	struct scmi_resp a = chan(&q);

	return check("length", a.len, 4U) ? status(&a) : 0xdeadU;
}

static void test_ownership(void)
{
	const uint32_t req = RPI_ACPI_PC_REQUEST, rel = RPI_ACPI_PC_RELEASE;
	bool ok;

	ok = check("request 20", own(smcf, req, PIN, 20U), SUCCESS) &
	     check("again", own(smt, req, PIN, 20U), IN_USE) &
	     check("pcm holds 20", own(smcf, req, GROUP, G_PCM), IN_USE) &
	     check("18 not taken", own(smcf, rel, PIN, 18U), DENIED) &
	     check("release 20", own(smt, rel, PIN, 20U), SUCCESS) &
	     check("again", own(smcf, rel, PIN, 20U), DENIED) &
	     check("request pcm", own(smt, req, GROUP, G_PCM), SUCCESS) &
	     check("19 in pcm", own(smcf, req, PIN, 19U), IN_USE) &
	     check("release 19", own(smcf, rel, PIN, 19U), SUCCESS) &
	     check("pcm lacks 19", own(smt, rel, GROUP, G_PCM), DENIED) &
	     check("release 18", own(smt, rel, PIN, 18U), SUCCESS) &
	     check("release 20", own(smt, rel, PIN, 20U), SUCCESS) &
	     check("release 21", own(smcf, rel, PIN, 21U), SUCCESS) &
	     check("pcm free", own(smcf, req, GROUP, G_PCM), SUCCESS) &
	     check("release pcm", own(smcf, rel, GROUP, G_PCM), SUCCESS);
	result(ok, "REQUEST twice is IN_USE, RELEASE of what is not requested DENIED; groups all or nothing");
}

static void test_counts(void)
{
	struct smc_regs r = { .x = { RPI_ACPI_SIP_TEST_RESET } };
	uint32_t data, dir;
	unsigned int i;
	bool ok;

	smc_call(&r);
	ok = check("TEST_RESET", r.x[0], 0U);
	for (i = 0U; i < 10U; i++) {
		ok &= check("out", gpio_out(smcf, 9U, i % 2U), SUCCESS) &
		      check("level", level(9U), i % 2U);
		ok &= check("set", set_one(smcf, 9U,
				RPI_ACPI_PC_CONF_OUTPUT_VALUE, 1U), SUCCESS);
	}
	ok &= check("input", set_one(smcf, 9U, RPI_ACPI_PC_CONF_INPUT_MODE, 1U),
		    SUCCESS) &
	      check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF), 31U) &
	      check("doorbells", count_of(RPI_ACPI_SCMI_SMT_DOORBELL), 0U);
	pl061(&data, &dir);
	for (i = 0U; i < 4U; i++)
		ok &= check("SMT level", get_one(smt, PIN, 9U,
				RPI_ACPI_PC_CONF_INPUT_VALUE), (data >> 6) & 1U);
	ok &= check("doorbells", count_of(RPI_ACPI_SCMI_SMT_DOORBELL), 4U) &
	      check("SMCF calls", count_of(RPI_ACPI_SCMI_SMCF), 31U);
	result(ok, "counters: one SMC per pin control message (31 GPIO operations, 31 SMCs)");
}

/*
 * @rounds of: REQUEST @pin, make it an output driving the round's parity
 * and an input again, RELEASE it; every answer, the latch and the PL061
 * checked. Two CPUs doing this on two pins share the firmware's pin state
 * (request bits, output latches, GPIODIR): an update one of them lost
 * shows as an error.
 */
static uint32_t toggle_loop(uint32_t pin, unsigned int rounds)
{
	uint32_t line = 1U << (pin - 3U);
	uint32_t errors = 0U, data, dir, v;
	unsigned int i;

	for (i = 0U; i < rounds; i++) {
		v = i % 2U;
		errors += own(smcf, RPI_ACPI_PC_REQUEST, PIN, pin) != SUCCESS;
		errors += gpio_out(smcf, pin, v) != SUCCESS;
		pl061(&data, &dir);
		errors += (dir & line) != line;
		errors += (data & line) != (v ? line : 0U);
		errors += set_one(smcf, pin, RPI_ACPI_PC_CONF_INPUT_MODE, 1U) !=
			  SUCCESS;
		errors += get_one(smcf, PIN, pin,
				  RPI_ACPI_PC_CONF_OUTPUT_VALUE) != v;
		pl061(&data, &dir);
		errors += (dir & line) != 0U;
		errors += (dir & 3U) != 0U;
		errors += own(smcf, RPI_ACPI_PC_RELEASE, PIN, pin) != SUCCESS;
	}
	return errors;
}

void pc_secondary_main(void)
{
	struct smc_regs r = { .x = { PSCI_CPU_OFF } };

	while (cpu1_go == 0U)
		;
	cpu1_errors = toggle_loop(6U, PARALLEL_ROUNDS);
	__asm__ volatile("dsb sy" ::: "memory");
	cpu1_done = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	smc_call(&r);
}

static void test_parallel(void)
{
	struct smc_regs r;
	unsigned int spins;
	uint32_t errors, data, dir;
	uint64_t deadline;
	bool ok;

	for (spins = 0U; spins < 1000000U; spins++) {
		r = (struct smc_regs){ .x = { PSCI_AFFINITY_INFO64,
					      CPU1_MPIDR } };
		smc_call(&r);
		if (r.x[0] == PSCI_AFF_OFF)
			break;
	}
	r = (struct smc_regs){ .x = { PSCI_CPU_ON64, CPU1_MPIDR,
				      (uint64_t)pc_secondary_entry } };
	smc_call(&r);
	ok = check("CPU_ON", r.x[0], 0U);
	cpu1_go = 1U;
	__asm__ volatile("dsb sy" ::: "memory");
	errors = toggle_loop(5U, PARALLEL_ROUNDS);
	deadline = deadline_ms(30000U);
	while (ok && cpu1_done == 0U && !deadline_passed(deadline))
		;
	pl061(&data, &dir);
	ok &= check("CPU 1 finished", cpu1_done, 1U) &
	      check("CPU 0 errors", errors, 0U) &
	      check("CPU 1 errors", cpu1_errors, 0U) &
	      check("GPIODIR", dir, 0U);
	put_str("# 2 CPUs x ");
	put_dec(PARALLEL_ROUNDS);
	put_str(" rounds on GPIO5 and GPIO6 at once\n");
	result(ok, "2 CPUs turning two PL061 pins at once: no request, latch or GPIODIR update lost");
}

/**
 * test_pinctrl() - the pin control protocol's ABI, as a KTAP document
 *
 * CPU 1 must be off.
 */
void test_pinctrl(void)
{
	put_str("KTAP version 1\n1..");
	put_dec(PC_TESTS);
	put_str("\n");
	test_discovery();
	test_names();
	test_lists();
	test_same_answers();
	test_refusals();
	test_refused_changes_nothing();
	test_pl061_outputs();
	test_pl061_inputs();
	test_pulls();
	test_functions();
	test_ownership();
	test_counts();
	test_parallel();
	ktap_totals(&pc_doc);
}
