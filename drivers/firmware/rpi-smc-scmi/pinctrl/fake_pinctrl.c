// SPDX-License-Identifier: GPL-2.0
/*
 * The fake firmware's pin controller (SCMI pin control, protocol 0x19),
 * for the pin control KUnit suite: eight pins, a group per pin and one of
 * all eight, two functions, and per-pin state that configuration changes
 * and reads back. Its encoding is written from the SCMI specification,
 * apart from the driver's.
 */

#include <kunit/test.h>
#include <linux/bitfield.h>
#include <linux/minmax.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>

#include "../test/fake_fw.h"
#include "fake_pinctrl.h"

#define FAKE_PC_INVALID		(-2)
#define FAKE_PC_NOT_FOUND	(-4)
#define FAKE_PC_IN_USE		(-11)

static const char *const fake_pc_pin_names[FAKE_PC_PINS] = {
	"GPIO0", "GPIO1", "GPIO2", "GPIO3", "GPIO4", "GPIO5", "GPIO6",
	"GPIO7-has-a-name-longer-than-sixteen",
};

static const char *fake_pc_name(u32 type, u32 id)
{
	static const char *const groups[] = {
		"GPIO0", "GPIO1", "GPIO2", "GPIO3", "GPIO4", "GPIO5", "GPIO6",
		"GPIO7", "all",
	};
	static const char *const functions[] = { "gpio", "alt1" };

	if (type == 0)
		return fake_pc_pin_names[id];
	return type == 1 ? groups[id] : functions[id];
}

static u32 fake_pc_count(u32 type)
{
	static const u32 counts[] = { FAKE_PC_PINS, FAKE_PC_GROUPS,
				      FAKE_PC_FUNCTIONS };

	return type < ARRAY_SIZE(counts) ? counts[type] : 0;
}

/* Elements of a group (its pins) or function (its groups). */
static u32 fake_pc_elems(u32 type, u32 id, u32 *ids)
{
	u32 i, n = 0;

	if (type == 1 && id < FAKE_PC_PINS)
		ids[n++] = id;
	else if (type == 1)
		for (i = 0; i < FAKE_PC_PINS; i++)
			ids[n++] = i;
	else if (type == 2 && id == 0)
		for (i = 0; i < FAKE_PC_GROUPS; i++)
			ids[n++] = i;
	else if (type == 2)
		ids[n++] = FAKE_PC_GROUPS - 1;
	return n;
}

static u32 fake_pc_in(const struct rpi_scmi_fake_msg *m, unsigned int i)
{
	return m->in_len >= 4 * (i + 1) ? get_unaligned_le32(m->in + 4 * i) : 0;
}

static void fake_pc_attributes(struct rpi_scmi_fake_msg *m, u32 type, u32 id)
{
	const char *name = fake_pc_name(type, id);
	u32 ids[FAKE_PC_GROUPS], attr;

	attr = type ? fake_pc_elems(type, id, ids) : 0;
	if (strlen(name) >= 16)
		attr |= BIT(31);
	rpi_scmi_fake_reply(m, 0, &attr, 1);
	memset(m->out + 8, 0, 16);
	memcpy(m->out + 8, name, min_t(size_t, strlen(name), 15));
	m->out_len += 16;
}

static void fake_pc_name_get(struct rpi_scmi_fake_msg *m, u32 type, u32 id)
{
	const char *name = fake_pc_name(type, id);
	u32 flags = 0;

	rpi_scmi_fake_reply(m, 0, &flags, 1);
	memset(m->out + 8, 0, 64);
	memcpy(m->out + 8, name, min_t(size_t, strlen(name), 63));
	m->out_len += 64;
}

static void fake_pc_list(struct rpi_scmi_fake_fw *fw,
			 struct rpi_scmi_fake_msg *m, u32 type, u32 id)
{
	struct rpi_scmi_fake_pinctrl *pc = fw->other_priv;
	u32 ids[FAKE_PC_GROUPS], n, index = fake_pc_in(m, 2), got, flags, i;

	n = fake_pc_elems(type, id, ids);
	if (type == 0 || index >= n) {
		rpi_scmi_fake_reply(m, FAKE_PC_INVALID, NULL, 0);
		return;
	}
	got = min3(n - index, fw->per_part, (u32)(m->out_cap - 8) / 2);
	flags = (n - index - got) << 16 | got;
	if (pc->list_fault == FAKE_PC_LIST_EMPTY)
		flags = (n - index) << 16;
	else if (pc->list_fault == FAKE_PC_LIST_LONG)
		flags = got + 1;
	else if (pc->list_fault == FAKE_PC_LIST_REMAINING)
		flags += 1 << 16;
	rpi_scmi_fake_reply(m, 0, &flags, 1);
	memset(m->out + 8, 0, round_up(2 * got, 4));
	for (i = 0; i < got; i++)
		put_unaligned_le16(ids[index + i], m->out + 8 + 2 * i);
	m->out_len += round_up(2 * got, 4);
}

static void fake_pc_get(struct rpi_scmi_fake_fw *fw,
			struct rpi_scmi_fake_msg *m, u32 id)
{
	struct rpi_scmi_fake_pinctrl *pc = fw->other_priv;
	u32 attr = fake_pc_in(m, 1), v[4];
	u32 flag = FIELD_GET(GENMASK(19, 18), attr);
	u32 conf = FIELD_GET(GENMASK(7, 0), attr);

	v[0] = pc->function[id];
	if (flag == 2) {
		v[1] = 0;
		rpi_scmi_fake_reply(m, 0, v, 2);
		return;
	}
	if (flag != 0 || conf >= FAKE_PC_CONFS) {
		rpi_scmi_fake_reply(m, FAKE_PC_INVALID, NULL, 0);
		return;
	}
	v[1] = 1;
	v[2] = pc->wrong_type ? conf + 1 : conf;
	v[3] = pc->conf[id][conf];
	rpi_scmi_fake_reply(m, 0, v, 4);
}

static void fake_pc_configure(struct rpi_scmi_fake_fw *fw,
			      struct rpi_scmi_fake_msg *m, u32 type, u32 id)
{
	struct rpi_scmi_fake_pinctrl *pc = fw->other_priv;
	u32 attr = fake_pc_in(m, 2), n = FIELD_GET(GENMASK(9, 2), attr);
	u32 ids[FAKE_PC_GROUPS], pins, i, j, conf;

	if (m->in_len != 12 + 8 * n) {
		rpi_scmi_fake_reply(m, FAKE_PC_INVALID, NULL, 0);
		return;
	}
	ids[0] = id;
	pins = type ? fake_pc_elems(type, id, ids) : 1;
	pc->configures++;
	for (i = 0; i < n; i++) {
		conf = fake_pc_in(m, 3 + 2 * i);
		if (conf >= FAKE_PC_CONFS) {
			rpi_scmi_fake_reply(m, FAKE_PC_INVALID, NULL, 0);
			return;
		}
		for (j = 0; j < pins; j++)
			pc->conf[ids[j]][conf] = fake_pc_in(m, 4 + 2 * i);
		pc->order[pc->n_order++ % FAKE_PC_ORDER] = conf;
	}
	if (attr & BIT(10))
		for (j = 0; j < pins; j++)
			pc->function[ids[j]] = fake_pc_in(m, 1);
	rpi_scmi_fake_reply(m, 0, NULL, 0);
}

static void fake_pc_request(struct rpi_scmi_fake_fw *fw,
			    struct rpi_scmi_fake_msg *m, u32 id, bool request)
{
	struct rpi_scmi_fake_pinctrl *pc = fw->other_priv;

	if (request == pc->requested[id]) {
		rpi_scmi_fake_reply(m, request ? FAKE_PC_IN_USE :
				    FAKE_PC_NOT_FOUND, NULL, 0);
		return;
	}
	pc->requested[id] = request;
	rpi_scmi_fake_reply(m, 0, NULL, 0);
}

/* Answer one pin control command: the fake firmware's ->other. */
static void fake_pc_serve(struct rpi_scmi_fake_fw *fw,
			  struct rpi_scmi_fake_msg *m)
{
	u32 msg = m->msg_id;
	u32 id = fake_pc_in(m, 0), type = fake_pc_in(m, 1) & 3, v[2];

	/* SETTINGS_GET and _CONFIGURE carry the selector type elsewhere. */
	if (msg == 0x5)
		type = FIELD_GET(GENMASK(17, 16), fake_pc_in(m, 1));
	else if (msg == 0x6)
		type = fake_pc_in(m, 2) & 3;
	if (msg >= 0x3 && msg <= 0x9 && id >= fake_pc_count(type)) {
		rpi_scmi_fake_reply(m, FAKE_PC_NOT_FOUND, NULL, 0);
		return;
	}
	if (msg == 0x0) {
		v[0] = 0x10000;
		rpi_scmi_fake_reply(m, 0, v, 1);
	} else if (msg == 0x1) {
		v[0] = FAKE_PC_GROUPS << 16 | FAKE_PC_PINS;
		v[1] = FAKE_PC_FUNCTIONS;
		rpi_scmi_fake_reply(m, 0, v, 2);
	} else if (msg == 0x3) {
		fake_pc_attributes(m, type, id);
	} else if (msg == 0x4) {
		fake_pc_list(fw, m, type, id);
	} else if (msg == 0x5 && type == 0) {
		fake_pc_get(fw, m, id);
	} else if (msg == 0x6) {
		fake_pc_configure(fw, m, type, id);
	} else if (msg == 0x7 || msg == 0x8) {
		fake_pc_request(fw, m, id, msg == 0x7);
	} else if (msg == 0x9) {
		fake_pc_name_get(m, type, id);
	} else {
		rpi_scmi_fake_reply(m, msg == 0x5 ? FAKE_PC_INVALID : -1,
				    NULL, 0);
	}
}

/**
 * rpi_scmi_fake_pinctrl_init() - give the fake firmware a pin controller
 * @test: the test case
 * @fw: the firmware; protocol 0x19 is added to its list
 *
 * Return: the pin controller's state (test-managed memory).
 */
struct rpi_scmi_fake_pinctrl *rpi_scmi_fake_pinctrl_init(struct kunit *test,
							 struct rpi_scmi_fake_fw *fw)
{
	static const u8 protocols[] = { RPI_SCMI_PROTOCOL_PINCTRL };
	struct rpi_scmi_fake_pinctrl *pc;
	unsigned int i;

	pc = kunit_kzalloc(test, sizeof(*pc), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, pc);
	for (i = 0; i < FAKE_PC_PINS; i++)
		pc->function[i] = 0xffffffff;
	fw->other_proto = RPI_SCMI_PROTOCOL_PINCTRL;
	fw->other = fake_pc_serve;
	fw->other_priv = pc;
	fw->protocols = protocols;
	fw->num_protocols = ARRAY_SIZE(protocols);
	fw->list_len = ARRAY_SIZE(protocols);
	return pc;
}
