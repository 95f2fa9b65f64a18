/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The fake firmware's pin controller, for the pin control KUnit suite.
 */
#ifndef RPI_SCMI_FAKE_PINCTRL_H
#define RPI_SCMI_FAKE_PINCTRL_H

#include <kunit/test.h>
#include <linux/types.h>

#include "../test/fake_fw.h"

#define FAKE_PC_PINS		8
#define FAKE_PC_GROUPS		(FAKE_PC_PINS + 1)	/* one per pin, and "all" */
#define FAKE_PC_FUNCTIONS	2			/* "gpio", "alt1" */
#define FAKE_PC_CONFS		21
#define FAKE_PC_ORDER		64

/**
 * enum rpi_scmi_fake_pc_list_fault - how LIST_ASSOCIATIONS breaks
 * @FAKE_PC_LIST_OK: correct parts
 * @FAKE_PC_LIST_EMPTY: a part with no ids, the rest still "remaining"
 * @FAKE_PC_LIST_LONG: a part claiming one id more than it holds
 * @FAKE_PC_LIST_REMAINING: a remaining count one too high
 */
enum rpi_scmi_fake_pc_list_fault {
	FAKE_PC_LIST_OK,
	FAKE_PC_LIST_EMPTY,
	FAKE_PC_LIST_LONG,
	FAKE_PC_LIST_REMAINING,
};

/**
 * struct rpi_scmi_fake_pinctrl - the fake pin controller's state
 * @conf: each pin's value of each configuration type
 * @function: each pin's function, 0xffffffff for none
 * @requested: which pins are requested
 * @order: configuration types in the order they were applied (a ring)
 * @n_order: how many were applied
 * @configures: SETTINGS_CONFIGURE commands received
 * @list_fault: how LIST_ASSOCIATIONS replies break
 * @wrong_type: SETTINGS_GET answers with another configuration type
 */
struct rpi_scmi_fake_pinctrl {
	u32 conf[FAKE_PC_PINS][FAKE_PC_CONFS];
	u32 function[FAKE_PC_PINS];
	bool requested[FAKE_PC_PINS];
	u32 order[FAKE_PC_ORDER];
	unsigned int n_order;
	unsigned int configures;
	enum rpi_scmi_fake_pc_list_fault list_fault;
	bool wrong_type;
};

struct rpi_scmi_fake_pinctrl *rpi_scmi_fake_pinctrl_init(struct kunit *test,
							 struct rpi_scmi_fake_fw *fw);

#endif /* RPI_SCMI_FAKE_PINCTRL_H */
