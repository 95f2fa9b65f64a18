/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A table that describes nothing, for distro.sh: the full Debian guest's
 * rpi-acpi-tables hook puts it in the initramfs in place of the Pi 4's
 * tables (RPI_ACPI_TABLES_DIR), and the guest finds it in
 * /sys/firmware/acpi/tables while the package is installed, and never
 * after it is purged.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "DISTMARK", 0x00000001)
{
	Name (\RDMK, 0x5244)
}
