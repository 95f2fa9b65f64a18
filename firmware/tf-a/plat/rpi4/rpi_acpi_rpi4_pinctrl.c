/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The pin controller backend for the Raspberry Pi 4: the BCM2711's own
 * GPIO registers at 0xfe200000 (RPI3_GPIO_BASE, mapped by TF-A's rpi4
 * platform with the rest of the peripherals), for the pins, groups and
 * functions of plat/common/rpi_acpi_bcm2711_pins.c:
 *
 * - GPFSEL0..5: 3 bits per pin, 10 pins per register, the function select;
 * - GPSET0/1, GPCLR0/1: one bit per pin, set or clear the output latch;
 * - GPLEV0/1: one bit per pin, the level the pin reads;
 * - GPIO_PUP_PDN_CNTRL_REG0..3: 2 bits per pin, 16 pins per register, the
 *   pull (0 none, 1 up, 2 down).
 *
 * GPSET/GPCLR change one pin each; GPFSEL and the pull registers are read,
 * changed and written back with the service's lock held. The output latch
 * cannot be read back: the backend keeps what it last wrote, starting
 * from GPLEV for the pins that are outputs at boot. Nothing is changed at
 * boot: the pins stay as the Pi's firmware left them (the console's UART
 * pins included).
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/mmio.h>
#include <lib/utils_def.h>
#include <plat/rpi_acpi_pinctrl_plat.h>
#include <platform_def.h>

#define BCM2711_GPIO_PINS	U(58)

#define GPFSEL(pin)		(RPI3_GPIO_BASE + (U(4) * ((pin) / U(10))))
#define GPFSEL_SHIFT(pin)	(U(3) * ((pin) % U(10)))
#define GPFSEL_MASK		U(0x7)
#define GPSET(pin)		(RPI3_GPIO_BASE + U(0x1c) + (U(4) * ((pin) / U(32))))
#define GPCLR(pin)		(RPI3_GPIO_BASE + U(0x28) + (U(4) * ((pin) / U(32))))
#define GPLEV(pin)		(RPI3_GPIO_BASE + U(0x34) + (U(4) * ((pin) / U(32))))
#define GPIO_BIT(pin)		BIT_32((pin) % U(32))
#define GPPULL(pin)		(RPI3_GPIO_BASE + U(0xe4) + (U(4) * ((pin) / U(16))))
#define GPPULL_SHIFT(pin)	(U(2) * ((pin) % U(16)))
#define GPPULL_MASK		U(0x3)

/* Bit n: what pin n's output latch was last set to */
static uint64_t rpi4_pc_out;

int rpi_acpi_pinctrl_plat_setup(void)
{
	const struct rpi_acpi_pinctrl_desc *desc = rpi_acpi_pinctrl_plat_desc();
	unsigned int pin;

	if (desc->npins > BCM2711_GPIO_PINS) {
		return -1;
	}
	for (pin = 0U; pin < desc->npins; pin++) {
		if ((rpi_acpi_pinctrl_plat_get_mux(pin) == desc->mux_output) &&
		    rpi_acpi_pinctrl_plat_get_level(pin)) {
			rpi4_pc_out |= BIT_64(pin);
		}
	}
	return 0;
}

unsigned int rpi_acpi_pinctrl_plat_get_mux(unsigned int pin)
{
	return (mmio_read_32(GPFSEL(pin)) >> GPFSEL_SHIFT(pin)) & GPFSEL_MASK;
}

/*
 * The latch is in GPSET/GPCLR already (rpi_acpi_pinctrl_plat_set_output()
 * writes them whatever the function), so an output drives it at once.
 */
void rpi_acpi_pinctrl_plat_set_mux(unsigned int pin, unsigned int mux)
{
	mmio_clrsetbits_32(GPFSEL(pin), GPFSEL_MASK << GPFSEL_SHIFT(pin),
			   (mux & GPFSEL_MASK) << GPFSEL_SHIFT(pin));
}

unsigned int rpi_acpi_pinctrl_plat_get_pull(unsigned int pin)
{
	return (mmio_read_32(GPPULL(pin)) >> GPPULL_SHIFT(pin)) & GPPULL_MASK;
}

void rpi_acpi_pinctrl_plat_set_pull(unsigned int pin, unsigned int pull)
{
	mmio_clrsetbits_32(GPPULL(pin), GPPULL_MASK << GPPULL_SHIFT(pin),
			   (pull & GPPULL_MASK) << GPPULL_SHIFT(pin));
}

bool rpi_acpi_pinctrl_plat_get_level(unsigned int pin)
{
	return (mmio_read_32(GPLEV(pin)) & GPIO_BIT(pin)) != 0U;
}

bool rpi_acpi_pinctrl_plat_get_output(unsigned int pin)
{
	return (rpi4_pc_out & BIT_64(pin)) != 0U;
}

void rpi_acpi_pinctrl_plat_set_output(unsigned int pin, bool high)
{
	if (high) {
		rpi4_pc_out |= BIT_64(pin);
		mmio_write_32(GPSET(pin), GPIO_BIT(pin));
	} else {
		rpi4_pc_out &= ~BIT_64(pin);
		mmio_write_32(GPCLR(pin), GPIO_BIT(pin));
	}
}
