/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform side of the test service's TEST_PL061: a platform whose
 * pin controller drives some pins through QEMU virt's secure PL061
 * (plat/qemu/rpi_acpi_qemu_pinctrl.c) builds with RPI_ACPI_PL061_TEST=1
 * and implements this.
 */

#ifndef RPI_ACPI_PINCTRL_TEST_H
#define RPI_ACPI_PINCTRL_TEST_H

#include <stdint.h>

/*
 * The PL061's GPIODATA (every line, read through address mask 0xff) and
 * GPIODIR, as EL3 reads them now.
 */
void rpi_acpi_pinctrl_test_pl061(uint32_t *data, uint32_t *dir);

#endif /* RPI_ACPI_PINCTRL_TEST_H */
