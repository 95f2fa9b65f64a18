/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Check of the Pi 4's SCMI pin control backend
 * (firmware/tf-a/plat/rpi4/rpi_acpi_rpi4_pinctrl.c) without an operating
 * system: TF-A's rpi4 BL31 on QEMU's raspi4b enters this payload as its
 * kernel; it sends pin control messages over the SMC fastchannel and reads
 * the BCM2711's GPIO registers at 0xfe200000 itself (raspi4b has no
 * TrustZone split, so the normal world can read them). QEMU's model keeps
 * GPLEV at the last GPSET/GPCLR. Prints its own KTAP document.
 */

#include <stdbool.h>
#include <stdint.h>

#include <services/rpi_acpi_pci_scmi.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_scmi.h>

#include "rpi4-test.h"

#define GPIO_BASE		0xfe200000UL
#define GPFSEL(pin)		(0x00U + 4U * ((pin) / 10U))
#define GPLEV(pin)		(0x34U + 4U * ((pin) / 32U))
#define GPPULL(pin)		(0xe4U + 4U * ((pin) / 16U))

#define PROTO_BASE		0x10U
#define BASE_LIST_PROTOCOLS	0x6U
#define TESTS			7U

#define PIN			RPI_ACPI_PC_TYPE_PIN
#define GROUP			RPI_ACPI_PC_TYPE_GROUP
#define G_I2C1			59U
#define F_ALT0			2U
#define FSEL_IN			0U
#define FSEL_OUT		1U
#define FSEL_ALT0		4U
#define PULL_NONE		0U
#define PULL_UP			1U
#define PULL_DOWN		2U
#define IN_USE			0xfffffff5U	/* -11 */

static struct ktap_doc pinctrl_doc = { .name = "rpi4-pinctrl" };

static void result(bool ok, const char *desc)
{
	ktap_result(&pinctrl_doc, ok, desc);
}

static uint32_t gpio_reg(uint32_t off)
{
	return *(volatile uint32_t *)(GPIO_BASE + off);
}

static uint32_t fsel(uint32_t pin)
{
	return (gpio_reg(GPFSEL(pin)) >> (3U * (pin % 10U))) & 7U;
}

static uint32_t lev(uint32_t pin)
{
	return (gpio_reg(GPLEV(pin)) >> (pin % 32U)) & 1U;
}

static uint32_t pull(uint32_t pin)
{
	return (gpio_reg(GPPULL(pin)) >> (2U * (pin % 16U))) & 3U;
}

/* One SMC fastchannel message: the reply's length, its words in @out */
static uint32_t smcf(uint32_t proto, uint32_t msg, const uint32_t *in,
		     unsigned int nin, uint32_t *out)
{
	struct smc_regs r = { .x = { RPI_ACPI_SCMI_SMCF,
		(proto << RPI_ACPI_SCMI_HDR_PROTO_SHIFT) | msg, 4U * nin } };
	unsigned int i;

	for (i = 0U; i < nin; i++)
		r.x[3U + i / 2U] |= (uint64_t)in[i] << (32U * (i % 2U));
	smc_call(&r);
	for (i = 0U; i < RPI_ACPI_SCMI_SMCF_MAX / 4U; i++)
		out[i] = (uint32_t)(r.x[3U + i / 2U] >> (32U * (i % 2U)));
	return r.x[0] == 0U ? (uint32_t)r.x[2] : 0xdeadU;
}

/* A pin control message: its SCMI status */
static uint32_t pc(uint32_t msg, const uint32_t *in, unsigned int nin)
{
	uint32_t out[RPI_ACPI_SCMI_SMCF_MAX / 4U];

	return smcf(RPI_ACPI_PINCTRL_PROTOCOL_ID, msg, in, nin, out) ==
	       0xdeadU ? 0xdeadU : out[0];
}

/* SETTINGS_CONFIGURE of one (type, value) pair on a pin */
static uint32_t set1(uint32_t pin, uint32_t type, uint32_t value)
{
	const uint32_t in[5] = { pin, RPI_ACPI_PC_NO_FUNCTION,
				 1U << RPI_ACPI_PC_CONF_NUM_SHIFT, type, value };

	return pc(RPI_ACPI_PC_SETTINGS_CONFIGURE, in, 5U);
}

/* GPIO output driving @v, as the Linux driver does: one message */
static uint32_t output(uint32_t pin, uint32_t v)
{
	const uint32_t in[7] = { pin, RPI_ACPI_PC_NO_FUNCTION,
				 2U << RPI_ACPI_PC_CONF_NUM_SHIFT,
				 RPI_ACPI_PC_CONF_OUTPUT_VALUE, v,
				 RPI_ACPI_PC_CONF_OUTPUT_MODE, 1U };

	return pc(RPI_ACPI_PC_SETTINGS_CONFIGURE, in, 7U);
}

/* SETTINGS_GET of one type of a pin, or 0xdead */
static uint32_t get1(uint32_t pin, uint32_t type)
{
	const uint32_t in[2] = { pin, (PIN << RPI_ACPI_PC_GET_SELECTOR_SHIFT) |
					   type };
	uint32_t out[RPI_ACPI_SCMI_SMCF_MAX / 4U];
	uint32_t len = smcf(RPI_ACPI_PINCTRL_PROTOCOL_ID,
			    RPI_ACPI_PC_SETTINGS_GET, in, 2U, out);

	return (len == 20U && out[0] == 0U && out[3] == type) ? out[4] : 0xdeadU;
}

static void test_discovery(void)
{
	uint32_t in[1] = { 0U }, out[RPI_ACPI_SCMI_SMCF_MAX / 4U];
	bool ok;

	ok = check("length", smcf(PROTO_BASE, BASE_LIST_PROTOCOLS, in, 1U, out),
		   12U) &
	     check("protocols", out[1], 2U) &
	     check("list", out[2], RPI_ACPI_PINCTRL_PROTOCOL_ID |
		   (RPI_ACPI_PCI_PROTOCOL_ID << 8));
	result(ok, "base discovery lists pin control (0x19) and PCI (0x80)");
	ok = check("length", smcf(RPI_ACPI_PINCTRL_PROTOCOL_ID,
				  RPI_ACPI_PC_PROTOCOL_ATTRIBUTES, in, 0U, out),
		   12U) &
	     check("attributes_low", out[1], 58U | (66U << 16)) &
	     check("attributes_high", out[2], 8U);
	result(ok, "58 pins, 66 groups, 8 functions");
}

static void test_registers(void)
{
	bool ok;

	ok = check("GPIO14 function (the console's)", fsel(14U), FSEL_IN) &
	     check("GPIO20 pull register", pull(20U), PULL_DOWN) &
	     check("GPIO20 pull down", get1(20U,
				RPI_ACPI_PC_CONF_BIAS_PULL_DOWN), 1U) &
	     check("GPIO3 pull up", get1(3U, RPI_ACPI_PC_CONF_BIAS_PULL_UP), 1U);
	result(ok, "BL31 changed no pin; SETTINGS_GET reads the pull registers");

	ok = check("output", output(21U, 1U), 0U) &
	     check("GPFSEL", fsel(21U), FSEL_OUT) & check("GPLEV", lev(21U), 1U) &
	     check("input value", get1(21U, RPI_ACPI_PC_CONF_INPUT_VALUE), 1U);
	ok &= check("low", set1(21U, RPI_ACPI_PC_CONF_OUTPUT_VALUE, 0U), 0U) &
	      check("GPLEV", lev(21U), 0U) &
	      check("input value", get1(21U, RPI_ACPI_PC_CONF_INPUT_VALUE), 0U);
	ok &= check("output 45", output(45U, 1U), 0U) &
	      check("GPFSEL", fsel(45U), FSEL_OUT) &
	      check("GPLEV1", lev(45U), 1U) &
	      check("output mode", get1(45U, RPI_ACPI_PC_CONF_OUTPUT_MODE), 1U) &
	      check("GPIO44 kept", fsel(44U), FSEL_IN);
	ok &= check("input", set1(21U, RPI_ACPI_PC_CONF_INPUT_MODE, 1U), 0U) &
	      check("GPFSEL", fsel(21U), FSEL_IN);
	result(ok, "GPIO21 and GPIO45 outputs in GPFSEL2/4, driven through GPSET/GPCLR, read in GPLEV0/1");

	ok = check("up", set1(21U, RPI_ACPI_PC_CONF_BIAS_PULL_UP, 1U), 0U) &
	     check("pull register", pull(21U), PULL_UP) &
	     check("read", get1(21U, RPI_ACPI_PC_CONF_BIAS_PULL_UP), 1U);
	ok &= check("down", set1(21U, RPI_ACPI_PC_CONF_BIAS_PULL_DOWN, 1U), 0U) &
	      check("pull register", pull(21U), PULL_DOWN) &
	      check("none", set1(21U, RPI_ACPI_PC_CONF_BIAS_DISABLE, 1U), 0U) &
	      check("pull register", pull(21U), PULL_NONE) &
	      check("GPIO22 kept", pull(22U), PULL_DOWN) &
	      check("GPIO20 kept", pull(20U), PULL_DOWN);
	result(ok, "GPIO21's pull in GPIO_PUP_PDN_CNTRL_REG1, its neighbours kept");
}

static void test_function_and_ownership(void)
{
	const uint32_t mux[3] = { G_I2C1, F_ALT0, RPI_ACPI_PC_CONF_FUNCTION |
						  GROUP };
	const uint32_t get[2] = { G_I2C1,
		(RPI_ACPI_PC_GET_FUNCTION << RPI_ACPI_PC_GET_FLAG_SHIFT) |
		(GROUP << RPI_ACPI_PC_GET_SELECTOR_SHIFT) };
	const uint32_t own[2] = { 21U, PIN };
	uint32_t out[RPI_ACPI_SCMI_SMCF_MAX / 4U];
	bool ok;

	ok = check("select", pc(RPI_ACPI_PC_SETTINGS_CONFIGURE, mux, 3U), 0U) &
	     check("GPIO2", fsel(2U), FSEL_ALT0) &
	     check("GPIO3", fsel(3U), FSEL_ALT0) &
	     check("GPIO4 kept", fsel(4U), FSEL_IN) &
	     check("length", smcf(RPI_ACPI_PINCTRL_PROTOCOL_ID,
				  RPI_ACPI_PC_SETTINGS_GET, get, 2U, out), 12U) &
	     check("function", out[1], F_ALT0);
	result(ok, "group i2c1 to alt0 in GPFSEL0, read back as alt0");

	ok = check("request", pc(RPI_ACPI_PC_REQUEST, own, 2U), 0U) &
	     check("again", pc(RPI_ACPI_PC_REQUEST, own, 2U), IN_USE) &
	     check("release", pc(RPI_ACPI_PC_RELEASE, own, 2U), 0U);
	result(ok, "REQUEST, IN_USE, RELEASE");
}

/**
 * test_rpi4_pinctrl() - the pin control checks, as a KTAP document
 */
void test_rpi4_pinctrl(void)
{
	ktap_begin(TESTS);
	test_discovery();
	test_registers();
	test_function_and_ownership();
	ktap_totals(&pinctrl_doc);
}
