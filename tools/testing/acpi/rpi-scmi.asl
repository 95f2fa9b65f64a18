/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SCMI agent of the project's firmware on QEMU virt
 * (Documentation/firmware-guide/acpi/rpi-smc-scmi.rst): the SMT channel's
 * page and the two SMC function ids of firmware/tf-a/include/services/
 * rpi_acpi_scmi.h. The page is outside the UEFI memory map: BL2 starts
 * /memory after it. Its pin controller (PCTL), and an LED on one of its
 * pins (LEDS).
 *
 * It describes a service of the EL3 firmware, so the runner installs it
 * only when the machine boots through TF-A (run-guest.sh -f tf-a).
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPISCMI", 0x00000001)
{
	Scope (\_SB)
	{
		Device (SCMI)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 0)
			Name (_CRS, ResourceTemplate ()
			{
				/* RPI_ACPI_SCMI_SHMEM_QEMU, one 4 KiB page */
				QWordMemory (ResourceConsumer, PosDecode,
					     MinFixed, MaxFixed, NonCacheable,
					     ReadWrite, 0x0, 0x40100000,
					     0x40100FFF, 0x0, 0x1000)
			})
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					/* SMT_DOORBELL: SMC32 SiP 0x0200 */
					Package () { "rpi-acpi,doorbell-smc-id",
						     0x82000200 },
					/*
					 * The longest command payload
					 * TF-A's SCMI server takes on the
					 * SMT (SCMI_PLAYLOAD_MAX)
					 */
					Package () { "rpi-acpi,max-command-size",
						     92 },
					/* SMC fastchannel: SMC64 SiP 0x0210 */
					Package () { "rpi-acpi,fastchannel-smc-id",
						     0xC2000210 },
				}
			})

			/*
			 * The pin controller the firmware serves with SCMI
			 * pin control (protocol 0x19, _ADR): the companion
			 * of the agent's pinctrl device and GPIO chip, which
			 * GpioIo and GpioInt resources name. GPIO line N is
			 * the firmware's pin N (GPION).
			 */
			Device (PCTL)
			{
				Name (_ADR, 0x19)
			}
		}

		/*
		 * A GPIO consumer: an LED on GPIO5, which the firmware wires
		 * to line 2 of QEMU virt's secure PL061
		 * (Documentation/firmware-guide/rpi-scmi-pinctrl.rst), for
		 * Linux's leds-gpio through PRP0001.
		 */
		Device (LEDS)
		{
			Name (_HID, "PRP0001")
			Name (_UID, 0)
			Name (_CRS, ResourceTemplate ()
			{
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.SCMI.PCTL", 0, ResourceConsumer)
				{
					5
				}
			})
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "compatible",
						     Package () { "gpio-leds" } },
				},
				ToUUID ("dbb8e3e6-5886-4ba6-8795-1319f52a966b"),
				Package ()
				{
					Package () { "led-0", "LED0" },
				}
			})
			Name (LED0, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "label", "rpi-acpi-test" },
					Package () { "default-state", "off" },
					/* _CRS's GpioIo 0, its pin 0, active high */
					Package () { "gpios",
						     Package () { ^LEDS, 0, 0, 0 } },
				}
			})
		}
	}
}
