/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Malformed SCMI agent descriptions, for 56-scmi-bad.sh: each must fail
 * probe with a message that names what is wrong, and none may disturb
 * the real agent (rpi-scmi.asl). Like it, the runner installs this
 * table only when the machine boots through the project's firmware.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPISCMIB", 0x00000001)
{
	Scope (\_SB)
	{
		/* A doorbell, but no shared memory in _CRS */
		Device (SCB1)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 11)
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "rpi-acpi,doorbell-smc-id",
						     0x82000200 },
				}
			})
		}

		/* An SMC fastchannel id that is an SMC32 call */
		Device (SCB2)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 12)
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "rpi-acpi,fastchannel-smc-id",
						     0x82000210 },
				}
			})
		}

		/* No channel at all */
		Device (SCB3)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 13)
		}

		/* A property that is not an integer */
		Device (SCB4)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 14)
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "rpi-acpi,fastchannel-smc-id",
						     "0xC2000210" },
				}
			})
		}
	}
}
