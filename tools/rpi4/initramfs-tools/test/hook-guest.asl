/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A table for the emulated machine that only the rpi-acpi-tables hook
 * delivers (tools/rpi4/initramfs-tools/test-hook.sh -g): the guest test
 * 97-selftest.sh finds it among the kernel's tables and its device
 * in the namespace, which proves the hook's early cpio is one the kernel's
 * table upgrade reads.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPIHOOK", 0x00000001)
{
	Scope (\_SB)
	{
		Device (RPAH)
		{
			Name (_HID, "RPIA0F01")
			Name (_UID, 0)
			Name (_STR, Unicode ("rpi-acpi-tables hook"))
		}
	}
}
