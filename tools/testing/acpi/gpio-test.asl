/* SPDX-License-Identifier: GPL-2.0 */
/*
 * An ACPI consumer of the firmware's pin controller for the GPIO tests
 * (rpi-acpi-gpio-test.ko): a PRP0001 device whose GpioIo resources name
 * the SCMI agent's pin control node, \_SB.SCMI.PCTL, and list them as
 * "toggle-gpios". Pins 7..10 are the secure PL061's lines 4..7 on QEMU
 * virt (firmware/tf-a/include/services/rpi_acpi_pinctrl.h), so the test
 * drives real emulated hardware. A GpioInt on pin 11 asks for an
 * interrupt the firmware does not serve. Without the project's firmware
 * the lines do not resolve and nothing binds.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPIGPIOT", 0x00000001)
{
	Scope (\_SB)
	{
		Device (GTST)
		{
			Name (_HID, "PRP0001")
			Name (_UID, 0)
			Name (_CRS, ResourceTemplate ()
			{
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.SCMI.PCTL") { 7 }
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.SCMI.PCTL") { 8 }
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.SCMI.PCTL") { 9 }
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.SCMI.PCTL") { 10 }
				GpioInt (Edge, ActiveHigh, Exclusive, PullNone, 0,
					 "\\_SB.SCMI.PCTL") { 11 }
			})
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "compatible",
						     "rpi-acpi,gpio-test" },
					Package () { "toggle-gpios", Package ()
					{
						^GTST, 0, 0, 0,
						^GTST, 1, 0, 0,
						^GTST, 2, 0, 0,
						^GTST, 3, 0, 0,
					} },
				}
			})
		}
	}
}
