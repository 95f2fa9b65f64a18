/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * BL2 on QEMU virt: the rpi-acpi services' edits of the device tree QEMU
 * hands to the firmware, made before UEFI reads it. TF-A's
 * plat/qemu/common/qemu_bl2_setup.c calls this (patches/0005-*).
 */

#ifndef RPI_ACPI_QEMU_DT_H
#define RPI_ACPI_QEMU_DT_H

/**
 * rpi_acpi_qemu_dt_fixup() - edit the device tree for the rpi-acpi services
 * @fdt: the device tree, opened with room to grow
 *
 * Return: 0, or a negative libfdt error.
 */
int rpi_acpi_qemu_dt_fixup(void *fdt);

#endif /* RPI_ACPI_QEMU_DT_H */
