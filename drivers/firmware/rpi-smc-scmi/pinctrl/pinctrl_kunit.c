// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for SCMI pin control (protocol 0x19) in rpi-scmi-pinctrl:
 * the protocol's encoding against the fake firmware's pin controller,
 * multi-part association lists, configuration lists split to fit the
 * channel, malformed replies, and the generic pinconf mapping.
 */

#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/pinctrl/pinconf-generic.h>

#include <rpi-acpi/compat.h>

#include "../test/fake_fw.h"
#include "fake_pinctrl.h"
#include "pinctrl.h"

struct rpi_scmi_pc_test {
	struct rpi_scmi_fake_fw *fw;
	struct rpi_scmi_fake_pinctrl *pc;
	struct rpi_scmi_agent *agent;
};

static struct rpi_scmi_pc_test *rpi_scmi_pc_setup(struct kunit *test)
{
	struct rpi_scmi_pc_test *t;

	t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->fw = rpi_scmi_fake_fw_init(test);
	t->pc = rpi_scmi_fake_pinctrl_init(test, t->fw);
	t->agent = rpi_scmi_fake_agent(test, t->fw, RPI_SCMI_FAKE_BOTH);
	return t;
}

static void rpi_scmi_pc_counts_test(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	struct rpi_scmi_pc_counts n;

	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_counts(t->agent, &n), 0);
	KUNIT_EXPECT_EQ(test, n.pins, FAKE_PC_PINS);
	KUNIT_EXPECT_EQ(test, n.groups, FAKE_PC_GROUPS);
	KUNIT_EXPECT_EQ(test, n.functions, FAKE_PC_FUNCTIONS);
}

static void rpi_scmi_pc_names(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	char name[RPI_SCMI_PC_NAME_LEN];
	unsigned int calls;
	u32 n;

	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_attributes(t->agent, RPI_SCMI_PC_PIN,
						     0, name, &n), 0);
	KUNIT_EXPECT_STREQ(test, name, "GPIO0");
	/* A name of 16 or more characters comes with NAME_GET. */
	calls = t->fw->smcf_calls;
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_attributes(t->agent, RPI_SCMI_PC_PIN,
						     7, name, &n), 0);
	KUNIT_EXPECT_STREQ(test, name, "GPIO7-has-a-name-longer-than-sixteen");
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls - calls, 2);
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_attributes(t->agent,
						     RPI_SCMI_PC_GROUP, 8,
						     name, &n), 0);
	KUNIT_EXPECT_STREQ(test, name, "all");
	KUNIT_EXPECT_EQ(test, n, FAKE_PC_PINS);
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_attributes(t->agent,
						     RPI_SCMI_PC_FUNCTION, 0,
						     name, &n), 0);
	KUNIT_EXPECT_STREQ(test, name, "gpio");
	KUNIT_EXPECT_EQ(test, n, FAKE_PC_GROUPS);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_attributes(t->agent, RPI_SCMI_PC_PIN,
						     FAKE_PC_PINS, name, &n),
			-ENOENT);
}

/* Lists come whole whatever the part size, in as many messages. */
static void rpi_scmi_pc_list_parts(struct kunit *test)
{
	static const u32 parts[] = { 1, 2, 3, 8, 64 };
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	u32 ids[FAKE_PC_GROUPS], i, j, calls;

	for (i = 0; i < ARRAY_SIZE(parts); i++) {
		t->fw->per_part = parts[i];
		memset(ids, 0xff, sizeof(ids));
		calls = t->fw->smcf_calls;
		KUNIT_ASSERT_EQ(test, rpi_scmi_pc_list(t->agent,
						       RPI_SCMI_PC_FUNCTION, 0,
						       FAKE_PC_GROUPS, ids), 0);
		for (j = 0; j < FAKE_PC_GROUPS; j++)
			KUNIT_EXPECT_EQ(test, ids[j], j);
		KUNIT_EXPECT_EQ(test, t->fw->smcf_calls - calls,
				DIV_ROUND_UP(FAKE_PC_GROUPS, parts[i]));
	}
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_list(t->agent, RPI_SCMI_PC_GROUP, 8,
					       FAKE_PC_PINS, ids), 0);
	for (j = 0; j < FAKE_PC_PINS; j++)
		KUNIT_EXPECT_EQ(test, ids[j], j);
}

static void rpi_scmi_pc_list_broken(struct kunit *test)
{
	static const enum rpi_scmi_fake_pc_list_fault faults[] = {
		FAKE_PC_LIST_EMPTY, FAKE_PC_LIST_LONG, FAKE_PC_LIST_REMAINING,
	};
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	u32 ids[FAKE_PC_GROUPS];
	unsigned int i;

	t->fw->per_part = 2;
	for (i = 0; i < ARRAY_SIZE(faults); i++) {
		t->pc->list_fault = faults[i];
		KUNIT_EXPECT_EQ(test, rpi_scmi_pc_list(t->agent,
						       RPI_SCMI_PC_FUNCTION, 0,
						       FAKE_PC_GROUPS, ids),
				-EPROTO);
	}
	/* The firmware has fewer than the caller was told: never overfilled. */
	t->pc->list_fault = FAKE_PC_LIST_OK;
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_list(t->agent, RPI_SCMI_PC_GROUP, 8,
					       FAKE_PC_PINS - 1, ids), -EPROTO);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_list(t->agent, RPI_SCMI_PC_PIN, 0, 1,
					       ids), -EINVAL);
}

static void rpi_scmi_pc_settings_test(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	u32 value = 0, function = 0;

	t->pc->conf[3][RPI_SCMI_PC_BIAS_PULL_UP] = 1;
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_get(t->agent, RPI_SCMI_PC_PIN, 3,
					      RPI_SCMI_PC_BIAS_PULL_UP,
					      &value), 0);
	KUNIT_EXPECT_EQ(test, value, 1);
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_function_get(t->agent,
						       RPI_SCMI_PC_PIN, 3,
						       &function), 0);
	KUNIT_EXPECT_EQ(test, function, RPI_SCMI_PC_NO_FUNCTION);
	/* Selecting a function on a group selects it on its pins. */
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_configure(t->agent,
						    RPI_SCMI_PC_GROUP, 8, 1,
						    NULL, NULL, 0), 0);
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_function_get(t->agent,
						       RPI_SCMI_PC_PIN, 5,
						       &function), 0);
	KUNIT_EXPECT_EQ(test, function, 1);
	t->pc->wrong_type = true;
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_get(t->agent, RPI_SCMI_PC_PIN, 3,
					      RPI_SCMI_PC_BIAS_PULL_UP,
					      &value), -EPROTO);
}

/* A GPIO output: value then mode, in one message (one SMC). */
static void rpi_scmi_pc_gpio_output(struct kunit *test)
{
	static const u32 confs[] = {
		RPI_SCMI_PC_OUTPUT_VALUE, RPI_SCMI_PC_OUTPUT_MODE,
	};
	static const u32 values[] = { 1, 1 };
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	unsigned int calls = t->fw->smcf_calls;

	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_configure(t->agent, RPI_SCMI_PC_PIN,
						    2, RPI_SCMI_PC_NO_FUNCTION,
						    confs, values, 2), 0);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls - calls, 1);
	KUNIT_EXPECT_EQ(test, t->fw->doorbells, 0);
	KUNIT_EXPECT_EQ(test, t->pc->order[0], RPI_SCMI_PC_OUTPUT_VALUE);
	KUNIT_EXPECT_EQ(test, t->pc->order[1], RPI_SCMI_PC_OUTPUT_MODE);
	KUNIT_EXPECT_EQ(test, t->pc->conf[2][RPI_SCMI_PC_OUTPUT_VALUE], 1);
	KUNIT_EXPECT_EQ(test, t->pc->conf[2][RPI_SCMI_PC_OUTPUT_MODE], 1);
}

/* 20 configurations: 13 fit one SMC fastchannel message, 7 the next. */
static void rpi_scmi_pc_configure_split(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	u32 confs[20], values[20], i;

	for (i = 0; i < ARRAY_SIZE(confs); i++) {
		confs[i] = i;
		values[i] = 100 + i;
	}
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_configure(t->agent, RPI_SCMI_PC_PIN,
						    4, RPI_SCMI_PC_NO_FUNCTION,
						    confs, values,
						    ARRAY_SIZE(confs)), 0);
	KUNIT_EXPECT_EQ(test, t->pc->configures, 2);
	KUNIT_EXPECT_EQ(test, t->fw->doorbells, 0);
	KUNIT_ASSERT_EQ(test, t->pc->n_order, ARRAY_SIZE(confs));
	for (i = 0; i < ARRAY_SIZE(confs); i++) {
		KUNIT_EXPECT_EQ(test, t->pc->order[i], i);
		KUNIT_EXPECT_EQ(test, t->pc->conf[4][i], 100 + i);
	}
}

/*
 * On shared memory only, a configuration list is split to what the
 * firmware takes (92 bytes: ten settings), not to the region's size.
 */
static void rpi_scmi_pc_configure_shmem(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	u32 confs[11], values[11], i;

	t->agent = rpi_scmi_fake_agent(test, t->fw, RPI_SCMI_FAKE_SHMEM);
	for (i = 0; i < ARRAY_SIZE(confs); i++) {
		confs[i] = i;
		values[i] = 200 + i;
	}
	KUNIT_ASSERT_EQ(test, rpi_scmi_pc_configure(t->agent, RPI_SCMI_PC_PIN,
						    3, RPI_SCMI_PC_NO_FUNCTION,
						    confs, values,
						    ARRAY_SIZE(confs)), 0);
	KUNIT_EXPECT_EQ(test, t->pc->configures, 2);
	KUNIT_EXPECT_EQ(test, t->fw->doorbells, 2);
	KUNIT_EXPECT_EQ(test, t->fw->smcf_calls, 0);
	for (i = 0; i < ARRAY_SIZE(confs); i++)
		KUNIT_EXPECT_EQ(test, t->pc->conf[3][i], 200 + i);
}

static void rpi_scmi_pc_request_release(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);

	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_request(t->agent, RPI_SCMI_PC_PIN, 1,
						  true), 0);
	KUNIT_EXPECT_TRUE(test, t->pc->requested[1]);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_request(t->agent, RPI_SCMI_PC_PIN, 1,
						  true), -EBUSY);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_request(t->agent, RPI_SCMI_PC_PIN, 1,
						  false), 0);
	KUNIT_EXPECT_FALSE(test, t->pc->requested[1]);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_request(t->agent, RPI_SCMI_PC_PIN, 1,
						  false), -ENOENT);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_request(t->agent,
						  RPI_SCMI_PC_FUNCTION, 0,
						  true), -EINVAL);
}

/* A reply the length of another message is refused. */
static void rpi_scmi_pc_reply_length(struct kunit *test)
{
	struct rpi_scmi_pc_test *t = rpi_scmi_pc_setup(test);
	struct rpi_scmi_pc_counts n;
	char name[RPI_SCMI_PC_NAME_LEN];
	u32 elems;

	t->fw->fault = RPI_SCMI_FAKE_LEN_EXTRA;
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_counts(t->agent, &n), -EPROTO);
	KUNIT_EXPECT_EQ(test, rpi_scmi_pc_attributes(t->agent, RPI_SCMI_PC_PIN,
						     0, name, &elems), -EPROTO);
}

struct rpi_scmi_pconf_case {
	const char *name;
	enum pin_config_param param;
	u32 arg;
	int ret;
	u32 conf;
	u32 value;
};

static const struct rpi_scmi_pconf_case rpi_scmi_pconf_cases[] = {
	{ "pull-up", PIN_CONFIG_BIAS_PULL_UP, 0, 0, RPI_SCMI_PC_BIAS_PULL_UP, 1 },
	{ "pull-up 50k", PIN_CONFIG_BIAS_PULL_UP, 50000, 0,
	  RPI_SCMI_PC_BIAS_PULL_UP, 1 },
	{ "pull-down", PIN_CONFIG_BIAS_PULL_DOWN, 1, 0,
	  RPI_SCMI_PC_BIAS_PULL_DOWN, 1 },
	{ "bias off", PIN_CONFIG_BIAS_DISABLE, 0, 0, RPI_SCMI_PC_BIAS_DISABLE, 1 },
	{ "open drain", PIN_CONFIG_DRIVE_OPEN_DRAIN, 0, 0,
	  RPI_SCMI_PC_DRIVE_OPEN_DRAIN, 1 },
	{ "drive 8 mA", PIN_CONFIG_DRIVE_STRENGTH, 8, 0,
	  RPI_SCMI_PC_DRIVE_STRENGTH, 8 },
	{ "input on", PIN_CONFIG_INPUT_ENABLE, 1, 0, RPI_SCMI_PC_INPUT_MODE, 1 },
	{ "input off", PIN_CONFIG_INPUT_ENABLE, 0, 0, RPI_SCMI_PC_INPUT_MODE, 0 },
	{ "output enable", PIN_CONFIG_OUTPUT_ENABLE, 1, 0,
	  RPI_SCMI_PC_OUTPUT_MODE, 1 },
	{ "level high", PIN_CONFIG_LEVEL, 1, 0, RPI_SCMI_PC_OUTPUT_VALUE, 1 },
	{ "level low", PIN_CONFIG_LEVEL, 0, 0, RPI_SCMI_PC_OUTPUT_VALUE, 0 },
	{ "slew rate", PIN_CONFIG_SLEW_RATE, 3, 0, RPI_SCMI_PC_SLEW_RATE, 3 },
	{ "persist state", PIN_CONFIG_PERSIST_STATE, 1, -ENOTSUPP, 0, 0 },
	{ "sleep hardware state", PIN_CONFIG_SLEEP_HARDWARE_STATE, 1,
	  -ENOTSUPP, 0, 0 },
};

static void rpi_scmi_pconf_desc(const struct rpi_scmi_pconf_case *c,
				char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(rpi_scmi_pconf, rpi_scmi_pconf_cases, rpi_scmi_pconf_desc);

static void rpi_scmi_pconf_map_test(struct kunit *test)
{
	const struct rpi_scmi_pconf_case *c = test->param_value;
	unsigned long config = pinconf_to_config_packed(c->param, c->arg);
	u32 conf = 0, value = 0;

	KUNIT_ASSERT_EQ(test, rpi_scmi_pconf_to_scmi(config, &conf, &value),
			c->ret);
	if (c->ret)
		return;
	KUNIT_EXPECT_EQ(test, conf, c->conf);
	KUNIT_EXPECT_EQ(test, value, c->value);
}

static struct kunit_case rpi_scmi_pc_cases[] = {
	KUNIT_CASE(rpi_scmi_pc_counts_test),
	KUNIT_CASE(rpi_scmi_pc_names),
	KUNIT_CASE(rpi_scmi_pc_list_parts),
	KUNIT_CASE(rpi_scmi_pc_list_broken),
	KUNIT_CASE(rpi_scmi_pc_settings_test),
	KUNIT_CASE(rpi_scmi_pc_gpio_output),
	KUNIT_CASE(rpi_scmi_pc_configure_split),
	KUNIT_CASE(rpi_scmi_pc_configure_shmem),
	KUNIT_CASE(rpi_scmi_pc_request_release),
	KUNIT_CASE(rpi_scmi_pc_reply_length),
	KUNIT_CASE_PARAM(rpi_scmi_pconf_map_test, rpi_scmi_pconf_gen_params),
	{}
};

static struct kunit_suite rpi_scmi_pc_suite = {
	.name = "rpi-scmi-pinctrl",
	.test_cases = rpi_scmi_pc_cases,
};

kunit_test_suite(rpi_scmi_pc_suite);

MODULE_DESCRIPTION("KUnit tests for rpi-scmi-pinctrl");
MODULE_LICENSE("GPL");
RPI_ACPI_IMPORT_KUNIT_NS();
