/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform side of the test service's TEST_PCI_MODE: a platform whose
 * DEN0115 hooks can behave as a Raspberry Pi 4's do (QEMU virt, see
 * plat/qemu/rpi_acpi_qemu_pci.c) builds with RPI_ACPI_PCI_MODES=1 and
 * implements this; the mode values are in rpi_acpi_sip.h.
 */

#ifndef RPI_ACPI_PCI_TEST_H
#define RPI_ACPI_PCI_TEST_H

#include <stdint.h>

/*
 * Switch the DEN0115 hooks to @mode (RPI_ACPI_PCI_MODE_*). Returns
 * SMC_OK, or SMC_ARCH_CALL_INVAL_PARAM for an unknown mode.
 */
int32_t rpi_acpi_pci_set_mode(uint32_t mode);

#endif /* RPI_ACPI_PCI_TEST_H */
