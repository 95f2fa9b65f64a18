/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The BCM2711's GPIO block as the SCMI pin control protocol describes it,
 * for the Raspberry Pi 4 and for QEMU virt's model of it
 * (Documentation/firmware-guide/rpi-scmi-pinctrl.rst):
 *
 * - 58 pins, GPIO0..GPIO57;
 * - 8 functions, one per value of the pins' function select field
 *   (GPFSELn): gpio_in (0), gpio_out (1), alt0 (4), alt1 (5), alt2 (6),
 *   alt3 (7), alt4 (3), alt5 (2), named as Linux's pinctrl-bcm2835 names
 *   them;
 * - 66 groups: group n < 58 is pin n alone, named like it, which can take
 *   every function; then 8 groups of pins that together carry one of the
 *   SoC's peripherals in one alternate function (BCM2711 datasheet, table
 *   "Alternative Function Assignments"), which can take that function,
 *   gpio_in and gpio_out;
 * - each pin's pull after reset, from the same datasheet.
 */

#include <stdint.h>

#include <lib/utils_def.h>
#include <plat/rpi_acpi_pinctrl_plat.h>

#define BCM2711_NPINS		U(58)

/* Function select values (GPFSELn) */
#define BCM2711_FSEL_IN		U(0)
#define BCM2711_FSEL_OUT	U(1)
#define BCM2711_FSEL_ALT5	U(2)
#define BCM2711_FSEL_ALT4	U(3)
#define BCM2711_FSEL_ALT0	U(4)
#define BCM2711_FSEL_ALT1	U(5)
#define BCM2711_FSEL_ALT2	U(6)
#define BCM2711_FSEL_ALT3	U(7)

/* Function ids: indexes of bcm2711_funcs[] */
#define FN_GPIO_IN		U(0)
#define FN_GPIO_OUT		U(1)
#define FN_ALT(n)		(U(2) + (n))
#define FN_ALL			U(0xff)
#define FN_GPIO_AND(f)		(BIT_32(FN_GPIO_IN) | BIT_32(FN_GPIO_OUT) | \
				 BIT_32(f))

static const struct rpi_acpi_pinctrl_func bcm2711_funcs[] = {
	{ "gpio_in", BCM2711_FSEL_IN },
	{ "gpio_out", BCM2711_FSEL_OUT },
	{ "alt0", BCM2711_FSEL_ALT0 },
	{ "alt1", BCM2711_FSEL_ALT1 },
	{ "alt2", BCM2711_FSEL_ALT2 },
	{ "alt3", BCM2711_FSEL_ALT3 },
	{ "alt4", BCM2711_FSEL_ALT4 },
	{ "alt5", BCM2711_FSEL_ALT5 },
};

#define PIN_NAMES10(t)	"GPIO" #t "0", "GPIO" #t "1", "GPIO" #t "2", \
			"GPIO" #t "3", "GPIO" #t "4", "GPIO" #t "5", \
			"GPIO" #t "6", "GPIO" #t "7", "GPIO" #t "8", \
			"GPIO" #t "9"

static const char *const bcm2711_pin_names[BCM2711_NPINS] = {
	"GPIO0", "GPIO1", "GPIO2", "GPIO3", "GPIO4",
	"GPIO5", "GPIO6", "GPIO7", "GPIO8", "GPIO9",
	PIN_NAMES10(1), PIN_NAMES10(2), PIN_NAMES10(3), PIN_NAMES10(4),
	"GPIO50", "GPIO51", "GPIO52", "GPIO53", "GPIO54",
	"GPIO55", "GPIO56", "GPIO57",
};

#define UP	RPI_ACPI_PULL_UP
#define DN	RPI_ACPI_PULL_DOWN
#define NO	RPI_ACPI_PULL_NONE

/* Pulls after reset: the reset values of GPIO_PUP_PDN_CNTRL_REG0..3 */
static const uint8_t bcm2711_default_pull[BCM2711_NPINS] = {
	UP, UP, UP, UP, UP, UP, UP, UP, UP, DN,		/* 0..9 */
	DN, DN, DN, DN, DN, DN, DN, DN, DN, DN,		/* 10..19 */
	DN, DN, DN, DN, DN, DN, DN, DN, NO, NO,		/* 20..29 */
	DN, DN, DN, DN, UP, UP, UP, DN, DN, DN,		/* 30..39 */
	DN, DN, DN, DN, NO, NO, UP, UP, UP, UP,		/* 40..49 */
	UP, UP, UP, UP, UP, UP, UP, UP,			/* 50..57 */
};

/* Every pin number: pin n's own group lists &bcm2711_pin_ids[n]. */
static const uint8_t bcm2711_pin_ids[BCM2711_NPINS] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
	20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
	37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
	54, 55, 56, 57,
};

#define PIN_GROUP(n)	{ "GPIO" #n, &bcm2711_pin_ids[n], 1U, FN_ALL }
#define PIN_GROUPS10(t)	PIN_GROUP(t##0), PIN_GROUP(t##1), PIN_GROUP(t##2), \
			PIN_GROUP(t##3), PIN_GROUP(t##4), PIN_GROUP(t##5), \
			PIN_GROUP(t##6), PIN_GROUP(t##7), PIN_GROUP(t##8), \
			PIN_GROUP(t##9)
#define PERIPH_GROUP(name, first, n, alt) \
	{ (name), &bcm2711_pin_ids[first], (n), FN_GPIO_AND(FN_ALT(alt)) }

static const struct rpi_acpi_pinctrl_group bcm2711_groups[] = {
	PIN_GROUP(0), PIN_GROUP(1), PIN_GROUP(2), PIN_GROUP(3), PIN_GROUP(4),
	PIN_GROUP(5), PIN_GROUP(6), PIN_GROUP(7), PIN_GROUP(8), PIN_GROUP(9),
	PIN_GROUPS10(1), PIN_GROUPS10(2), PIN_GROUPS10(3), PIN_GROUPS10(4),
	PIN_GROUP(50), PIN_GROUP(51), PIN_GROUP(52), PIN_GROUP(53),
	PIN_GROUP(54), PIN_GROUP(55), PIN_GROUP(56), PIN_GROUP(57),
	PERIPH_GROUP("i2c0", 0U, 2U, 0U),		/* SDA0, SCL0 */
	PERIPH_GROUP("i2c1", 2U, 2U, 0U),		/* SDA1, SCL1 */
	PERIPH_GROUP("spi0", 7U, 5U, 0U),		/* CE1, CE0, MISO, MOSI, SCLK */
	PERIPH_GROUP("uart0", 14U, 2U, 0U),		/* TXD0, RXD0 */
	PERIPH_GROUP("uart1", 14U, 2U, 5U),		/* TXD1, RXD1: mini UART */
	PERIPH_GROUP("pcm", 18U, 4U, 0U),		/* CLK, FS, DIN, DOUT */
	PERIPH_GROUP("sdio1-onboard-wifi", 34U, 6U, 3U), /* SD1: the Pi 4's WLAN */
	PERIPH_GROUP("pwm1", 40U, 2U, 0U),		/* PWM1_0, PWM1_1: audio */
};

static const struct rpi_acpi_pinctrl_desc bcm2711_desc = {
	.npins = BCM2711_NPINS,
	.pin_names = bcm2711_pin_names,
	.default_pull = bcm2711_default_pull,
	.ngroups = ARRAY_SIZE(bcm2711_groups),
	.groups = bcm2711_groups,
	.nfuncs = ARRAY_SIZE(bcm2711_funcs),
	.funcs = bcm2711_funcs,
	.mux_input = BCM2711_FSEL_IN,
	.mux_output = BCM2711_FSEL_OUT,
};

const struct rpi_acpi_pinctrl_desc *rpi_acpi_pinctrl_plat_desc(void)
{
	return &bcm2711_desc;
}
