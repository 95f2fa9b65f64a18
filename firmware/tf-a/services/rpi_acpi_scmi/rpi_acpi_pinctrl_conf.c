/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SCMI pin control's settings: SETTINGS_GET and SETTINGS_CONFIGURE of a
 * pin or a group, on top of the platform's per-pin hooks
 * (<plat/rpi_acpi_pinctrl_plat.h>).
 *
 * The configuration types served, and what they mean on a pin (a group
 * applies a value to each of its pins, and reads one only when all its
 * pins agree):
 *
 * - BIAS_DISABLE, BIAS_PULL_UP, BIAS_PULL_DOWN, BIAS_PULL_DEFAULT: the
 *   pull. Read: 1 when that bias is the pin's. Set: BIAS_DISABLE removes
 *   the pull whatever the value; the others set their pull for a value
 *   other than 0, and remove it for 0 when it is the pin's.
 * - DRIVE_PUSH_PULL: the only drive a BCM2711 pin has. Read: 1. Set: a
 *   value other than 0 changes nothing, 0 is NOT_SUPPORTED.
 * - INPUT_MODE: 1 makes the pin a GPIO input (0 is NOT_SUPPORTED: the
 *   input buffer is always on). Read: 1 for a GPIO input.
 * - OUTPUT_MODE: 1 makes the pin a GPIO output, driving its output value;
 *   0 makes a GPIO output a GPIO input. Read: 1 for a GPIO output.
 * - OUTPUT_VALUE: the output latch, 0 or 1, driven at once by an output.
 * - INPUT_VALUE (read only): the level the pin reads, for an output the
 *   level it drives.
 *
 * SETTINGS_CONFIGURE checks its whole message before it changes
 * anything, then selects the function and applies the configurations in
 * the order given, under the lock: a refused message changes nothing, and
 * no other CPU sees a half-applied one.
 */

#include <stdbool.h>
#include <stdint.h>

#include <drivers/scmi.h>
#include <lib/utils_def.h>
#include <plat/rpi_acpi_pinctrl_plat.h>
#include <services/rpi_acpi_pinctrl.h>

#include "rpi_acpi_pinctrl_private.h"

struct pc_msg_get {
	uint32_t identifier;
	uint32_t attributes;
};

struct pc_msg_configure {
	uint32_t identifier;
	uint32_t function_id;
	uint32_t attributes;
};

struct pc_resp_get {
	int32_t status;
	uint32_t function_selected;
	uint32_t num_configs;
	uint32_t configs[2U * RPI_ACPI_PC_NUM_SERVED];
};

/**
 * struct pc_conf - a configuration type served
 * @type: SCMI configuration type
 * @get: the pin's value
 * @check: whether a value can be set (an SCMI status), or NULL when the
 *	type is read only
 * @set: set the pin's value, once @check accepted it
 */
struct pc_conf {
	uint8_t type;
	uint32_t (*get)(unsigned int pin);
	int32_t (*check)(uint32_t value);
	void (*set)(unsigned int pin, uint32_t value);
};

static unsigned int pc_default_pull(unsigned int pin)
{
	return rpi_acpi_pc_desc()->default_pull[pin];
}

static bool pc_pull_is(unsigned int pin, unsigned int pull)
{
	return rpi_acpi_pinctrl_plat_get_pull(pin) == pull;
}

/* A pull type set to @value: != 0 sets @pull, 0 removes it if it is set */
static void pc_set_pull(unsigned int pin, uint32_t value, unsigned int pull)
{
	if (value != 0U) {
		rpi_acpi_pinctrl_plat_set_pull(pin, pull);
	} else if (pc_pull_is(pin, pull)) {
		rpi_acpi_pinctrl_plat_set_pull(pin, RPI_ACPI_PULL_NONE);
	}
}

static bool pc_mux_is(unsigned int pin, bool output)
{
	const struct rpi_acpi_pinctrl_desc *desc = rpi_acpi_pc_desc();

	return rpi_acpi_pinctrl_plat_get_mux(pin) ==
	       (output ? desc->mux_output : desc->mux_input);
}

static uint32_t pc_get_bias_disable(unsigned int pin)
{
	return pc_pull_is(pin, RPI_ACPI_PULL_NONE) ? 1U : 0U;
}

static uint32_t pc_get_pull_up(unsigned int pin)
{
	return pc_pull_is(pin, RPI_ACPI_PULL_UP) ? 1U : 0U;
}

static uint32_t pc_get_pull_default(unsigned int pin)
{
	return pc_pull_is(pin, pc_default_pull(pin)) ? 1U : 0U;
}

static uint32_t pc_get_pull_down(unsigned int pin)
{
	return pc_pull_is(pin, RPI_ACPI_PULL_DOWN) ? 1U : 0U;
}

static uint32_t pc_get_push_pull(unsigned int pin __unused)
{
	return 1U;
}

static uint32_t pc_get_input_mode(unsigned int pin)
{
	return pc_mux_is(pin, false) ? 1U : 0U;
}

static uint32_t pc_get_input_value(unsigned int pin)
{
	return rpi_acpi_pinctrl_plat_get_level(pin) ? 1U : 0U;
}

static uint32_t pc_get_output_mode(unsigned int pin)
{
	return pc_mux_is(pin, true) ? 1U : 0U;
}

static uint32_t pc_get_output_value(unsigned int pin)
{
	return rpi_acpi_pinctrl_plat_get_output(pin) ? 1U : 0U;
}

static int32_t pc_check_any(uint32_t value __unused)
{
	return SCMI_SUCCESS;
}

static int32_t pc_check_push_pull(uint32_t value)
{
	return (value != 0U) ? SCMI_SUCCESS : SCMI_NOT_SUPPORTED;
}

static int32_t pc_check_input_mode(uint32_t value)
{
	if (value == 1U) {
		return SCMI_SUCCESS;
	}
	return (value == 0U) ? SCMI_NOT_SUPPORTED : SCMI_INVALID_PARAMETERS;
}

static int32_t pc_check_bool(uint32_t value)
{
	return (value <= 1U) ? SCMI_SUCCESS : SCMI_INVALID_PARAMETERS;
}

static void pc_set_bias_disable(unsigned int pin, uint32_t value __unused)
{
	rpi_acpi_pinctrl_plat_set_pull(pin, RPI_ACPI_PULL_NONE);
}

static void pc_set_pull_up(unsigned int pin, uint32_t value)
{
	pc_set_pull(pin, value, RPI_ACPI_PULL_UP);
}

static void pc_set_pull_default(unsigned int pin, uint32_t value)
{
	pc_set_pull(pin, value, pc_default_pull(pin));
}

static void pc_set_pull_down(unsigned int pin, uint32_t value)
{
	pc_set_pull(pin, value, RPI_ACPI_PULL_DOWN);
}

static void pc_set_push_pull(unsigned int pin __unused,
			     uint32_t value __unused)
{
}

static void pc_set_input_mode(unsigned int pin, uint32_t value __unused)
{
	rpi_acpi_pinctrl_plat_set_mux(pin, rpi_acpi_pc_desc()->mux_input);
}

static void pc_set_output_mode(unsigned int pin, uint32_t value)
{
	const struct rpi_acpi_pinctrl_desc *desc = rpi_acpi_pc_desc();

	if (value != 0U) {
		rpi_acpi_pinctrl_plat_set_mux(pin, desc->mux_output);
	} else if (pc_mux_is(pin, true)) {
		rpi_acpi_pinctrl_plat_set_mux(pin, desc->mux_input);
	}
}

static void pc_set_output_value(unsigned int pin, uint32_t value)
{
	rpi_acpi_pinctrl_plat_set_output(pin, value != 0U);
}

/* In increasing type order: the order SETTINGS_GET lists them in */
static const struct pc_conf pc_confs[RPI_ACPI_PC_NUM_SERVED] = {
	{ RPI_ACPI_PC_CONF_BIAS_DISABLE, pc_get_bias_disable, pc_check_any,
	  pc_set_bias_disable },
	{ RPI_ACPI_PC_CONF_BIAS_PULL_UP, pc_get_pull_up, pc_check_any,
	  pc_set_pull_up },
	{ RPI_ACPI_PC_CONF_BIAS_PULL_DEFAULT, pc_get_pull_default,
	  pc_check_any, pc_set_pull_default },
	{ RPI_ACPI_PC_CONF_BIAS_PULL_DOWN, pc_get_pull_down, pc_check_any,
	  pc_set_pull_down },
	{ RPI_ACPI_PC_CONF_DRIVE_PUSH_PULL, pc_get_push_pull,
	  pc_check_push_pull, pc_set_push_pull },
	{ RPI_ACPI_PC_CONF_INPUT_MODE, pc_get_input_mode, pc_check_input_mode,
	  pc_set_input_mode },
	{ RPI_ACPI_PC_CONF_INPUT_VALUE, pc_get_input_value, NULL, NULL },
	{ RPI_ACPI_PC_CONF_OUTPUT_MODE, pc_get_output_mode, pc_check_bool,
	  pc_set_output_mode },
	{ RPI_ACPI_PC_CONF_OUTPUT_VALUE, pc_get_output_value, pc_check_bool,
	  pc_set_output_value },
};

/*
 * A served configuration type: NULL, and @status INVALID_PARAMETERS for a
 * reserved type (21..191) or NOT_SUPPORTED for one not served.
 */
static const struct pc_conf *pc_conf_find(uint32_t type, int32_t *status)
{
	unsigned int i;

	for (i = 0U; i < ARRAY_SIZE(pc_confs); i++) {
		if (pc_confs[i].type == type) {
			*status = SCMI_SUCCESS;
			return &pc_confs[i];
		}
	}
	*status = ((type > RPI_ACPI_PC_CONF_LAST_STANDARD) &&
		   (type < RPI_ACPI_PC_CONF_FIRST_OEM)) ?
		  SCMI_INVALID_PARAMETERS : SCMI_NOT_SUPPORTED;
	return NULL;
}

/* The value of @conf on every pin of @t: false when the pins disagree. */
static bool pc_conf_value(const struct pc_conf *conf,
			  const struct rpi_acpi_pc_target *t, uint32_t *value)
{
	unsigned int i;

	*value = conf->get(t->pins[0]);
	for (i = 1U; i < t->npins; i++) {
		if (conf->get(t->pins[i]) != *value) {
			return false;
		}
	}
	return true;
}

/* Config flag 0: one type. Context: with the lock held. */
static int32_t pc_get_one(const struct rpi_acpi_pc_target *t, uint32_t type,
			  struct pc_resp_get *p2a)
{
	const struct pc_conf *conf;
	int32_t status;

	conf = pc_conf_find(type, &status);
	if (conf == NULL) {
		return status;
	}
	if (!pc_conf_value(conf, t, &p2a->configs[1])) {
		return SCMI_NOT_SUPPORTED;
	}
	p2a->configs[0] = type;
	p2a->num_configs = 1U;
	return SCMI_SUCCESS;
}

/*
 * Config flag 1: every type the pins agree on, skipping @skip, as many as
 * @max. Context: with the lock held.
 */
static int32_t pc_get_all(const struct rpi_acpi_pc_target *t, uint32_t skip,
			  uint32_t max, struct pc_resp_get *p2a)
{
	uint32_t pairs[2U * RPI_ACPI_PC_NUM_SERVED];
	uint32_t count = 0U;
	uint32_t n, i;

	for (i = 0U; i < ARRAY_SIZE(pc_confs); i++) {
		if (pc_conf_value(&pc_confs[i], t, &pairs[(2U * count) + 1U])) {
			pairs[2U * count] = pc_confs[i].type;
			count++;
		}
	}
	if (skip > count) {
		return SCMI_INVALID_PARAMETERS;
	}
	n = MIN(count - skip, max);
	for (i = 0U; i < (2U * n); i++) {
		p2a->configs[i] = pairs[(2U * skip) + i];
	}
	p2a->num_configs = n | ((count - skip - n) <<
				RPI_ACPI_PC_CONFIGS_REMAINING_SHIFT);
	return SCMI_SUCCESS;
}

/**
 * rpi_acpi_pc_settings_get() - SETTINGS_GET
 * @msg: the message
 */
void rpi_acpi_pc_settings_get(struct scmi_msg *msg)
{
	const struct pc_msg_get *a2p = (void *)msg->in;
	uint32_t attr = a2p->attributes;
	uint32_t flag = (attr >> RPI_ACPI_PC_GET_FLAG_SHIFT) &
			RPI_ACPI_PC_GET_FLAG_MASK;
	uint32_t base = 3U * sizeof(uint32_t);
	struct pc_resp_get p2a = { .status = SCMI_SUCCESS };
	struct rpi_acpi_pc_target t;
	int32_t status;

	if (msg->in_size != sizeof(*a2p)) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	status = ((attr & RPI_ACPI_PC_GET_RESERVED) != 0U) ?
		 SCMI_INVALID_PARAMETERS :
		 rpi_acpi_pc_get_target((attr >> RPI_ACPI_PC_GET_SELECTOR_SHIFT) &
					RPI_ACPI_PC_TYPE_MASK,
					a2p->identifier, &t);
	if ((status == SCMI_SUCCESS) && (flag > RPI_ACPI_PC_GET_FUNCTION)) {
		status = SCMI_INVALID_PARAMETERS;
	}
	if ((status != SCMI_SUCCESS) || (msg->out_size < sizeof(p2a))) {
		scmi_status_response(msg, (status != SCMI_SUCCESS) ? status :
				     SCMI_GENERIC_ERROR);
		return;
	}

	rpi_acpi_pc_lock();
	p2a.function_selected = rpi_acpi_pc_func_selected(&t);
	if (flag == RPI_ACPI_PC_GET_ONE) {
		status = pc_get_one(&t, attr & RPI_ACPI_PC_GET_TYPE_MASK, &p2a);
	} else if (flag == RPI_ACPI_PC_GET_ALL) {
		status = pc_get_all(&t, (attr >> RPI_ACPI_PC_GET_SKIP_SHIFT) &
				    RPI_ACPI_PC_GET_SKIP_MASK,
				    (msg->out_size - base) / (2U * sizeof(uint32_t)),
				    &p2a);
	}
	rpi_acpi_pc_unlock();

	if (status != SCMI_SUCCESS) {
		scmi_status_response(msg, status);
		return;
	}
	scmi_write_response(msg, &p2a, base + (2U * sizeof(uint32_t) *
		(p2a.num_configs & RPI_ACPI_PC_CONFIGS_RETURNED_MASK)));
}

/* Every (type, value) pair of a SETTINGS_CONFIGURE: an SCMI status */
static int32_t pc_check_configs(const uint32_t *configs, uint32_t n)
{
	const struct pc_conf *conf;
	int32_t status = SCMI_SUCCESS;
	uint32_t i;

	for (i = 0U; (i < n) && (status == SCMI_SUCCESS); i++) {
		if ((configs[2U * i] & ~RPI_ACPI_PC_CONF_TYPE_MASK) != 0U) {
			return SCMI_INVALID_PARAMETERS;
		}
		conf = pc_conf_find(configs[2U * i], &status);
		if (conf != NULL) {
			status = (conf->check != NULL) ?
				 conf->check(configs[(2U * i) + 1U]) :
				 SCMI_NOT_SUPPORTED;
		}
	}
	return status;
}

/* The function to select, if any: an SCMI status */
static int32_t pc_check_function(const struct pc_msg_configure *a2p,
				 const struct rpi_acpi_pc_target *t)
{
	if ((a2p->attributes & RPI_ACPI_PC_CONF_FUNCTION) == 0U) {
		return SCMI_SUCCESS;
	}
	if (a2p->function_id >= rpi_acpi_pc_desc()->nfuncs) {
		return SCMI_INVALID_PARAMETERS;
	}
	return rpi_acpi_pc_func_allowed(t, a2p->function_id) ?
	       SCMI_SUCCESS : SCMI_NOT_SUPPORTED;
}

/* Select the function, then each configuration on each pin, in order. */
static void pc_apply(const struct pc_msg_configure *a2p,
		     const struct rpi_acpi_pc_target *t,
		     const uint32_t *configs, uint32_t n)
{
	const struct pc_conf *conf;
	int32_t status;
	unsigned int i, p;

	rpi_acpi_pc_lock();
	if ((a2p->attributes & RPI_ACPI_PC_CONF_FUNCTION) != 0U) {
		for (p = 0U; p < t->npins; p++) {
			rpi_acpi_pinctrl_plat_set_mux(t->pins[p],
				rpi_acpi_pc_desc()->funcs[a2p->function_id].mux);
		}
	}
	for (i = 0U; i < n; i++) {
		conf = pc_conf_find(configs[2U * i], &status);
		for (p = 0U; p < t->npins; p++) {
			conf->set(t->pins[p], configs[(2U * i) + 1U]);
		}
	}
	rpi_acpi_pc_unlock();
}

/**
 * rpi_acpi_pc_settings_configure() - SETTINGS_CONFIGURE
 * @msg: the message
 */
void rpi_acpi_pc_settings_configure(struct scmi_msg *msg)
{
	const struct pc_msg_configure *a2p = (void *)msg->in;
	const uint32_t *configs = (const uint32_t *)(a2p + 1);
	struct rpi_acpi_pc_target t;
	uint32_t n = 0U;
	int32_t status;

	if (msg->in_size >= sizeof(*a2p)) {
		n = (a2p->attributes >> RPI_ACPI_PC_CONF_NUM_SHIFT) &
		    RPI_ACPI_PC_CONF_NUM_MASK;
	}
	if ((msg->in_size < sizeof(*a2p)) ||
	    (msg->in_size != (sizeof(*a2p) + (2U * sizeof(uint32_t) * n)))) {
		scmi_status_response(msg, SCMI_PROTOCOL_ERROR);
		return;
	}
	status = ((a2p->attributes & RPI_ACPI_PC_CONF_RESERVED) != 0U) ?
		 SCMI_INVALID_PARAMETERS :
		 rpi_acpi_pc_get_target(a2p->attributes &
					RPI_ACPI_PC_CONF_SELECTOR_MASK,
					a2p->identifier, &t);
	if (status == SCMI_SUCCESS) {
		status = pc_check_function(a2p, &t);
	}
	if (status == SCMI_SUCCESS) {
		status = pc_check_configs(configs, n);
	}
	if (status == SCMI_SUCCESS) {
		pc_apply(a2p, &t, configs, n);
	}
	scmi_status_response(msg, status);
}
