/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Raspberry Pi 4's SCMI agent under pftf's UEFI firmware, for the
 * project's BL31 spliced into RPI_EFI.fd (Documentation/admin-guide/
 * rpi4.rst): the agent (RPIA0001, Documentation/firmware-guide/acpi/
 * rpi-smc-scmi.rst), its pin controller (the BCM2711's GPIO0..GPIO57,
 * Documentation/firmware-guide/rpi-scmi-pinctrl.rst) with the 40-pin
 * header's lines named as Raspberry Pi's device tree names them, and the
 * green activity LED on GPIO42 for Linux's leds-gpio.
 *
 * It adds to pftf's DSDT (edk2-platforms Platform/RaspberryPi/AcpiTables):
 * every name it defines at \_SB starts with "RPA", which none of pftf's
 * tables use (tools/rpi4/acpi/check-namespace.sh checks it against them).
 *
 * Shared memory: the SMT channel's page is RPI_ACPI_SCMI_SHMEM_RPI4
 * (0x1f000, the tail of RPI_EFI.fd's BL31 region; the evidence is in
 * firmware/tf-a/plat/rpi4/rpi_acpi_rpi4.mk). Build with
 * -DRPI4_SCMI_NO_SHMEM (make NO_SHMEM=1) to describe the SMC fastchannel
 * alone.
 *
 * With pftf's own BL31 nothing serves SCMI: the agent fails to probe with
 * a message (its SMC ids are unknown there), and the LED waits for it.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPI4SCMI", 0x00000001)
{
	Scope (\_SB)
	{
		Device (RPAS)
		{
			Name (_HID, "RPIA0001")
			Name (_UID, 0)
#ifndef RPI4_SCMI_NO_SHMEM
			Name (_CRS, ResourceTemplate ()
			{
				/* RPI_ACPI_SCMI_SHMEM_RPI4, one 4 KiB page */
				QWordMemory (ResourceConsumer, PosDecode,
					     MinFixed, MaxFixed, NonCacheable,
					     ReadWrite, 0x0, 0x1F000,
					     0x1FFFF, 0x0, 0x1000)
			})
#endif
			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
#ifndef RPI4_SCMI_NO_SHMEM
					/* SMT_DOORBELL: SMC32 SiP 0x0200 */
					Package () { "rpi-acpi,doorbell-smc-id",
						     0x82000200 },
					/* TF-A's SCMI_PLAYLOAD_MAX */
					Package () { "rpi-acpi,max-command-size",
						     92 },
#endif
					/* SMC fastchannel: SMC64 SiP 0x0210 */
					Package () { "rpi-acpi,fastchannel-smc-id",
						     0xC2000210 },
				}
			})

			/*
			 * The pin controller (SCMI pin control, protocol
			 * 0x19): GPIO line N is the BCM2711's GPION.
			 * gpio-line-names renames the header's lines 0..27
			 * as Raspberry Pi's device tree does (so scripts that
			 * name lines work in both); the firmware's names
			 * (GPION) stay the pins' names in pinctrl, and lines
			 * 28..57 keep them.
			 */
			Device (PCTL)
			{
				Name (_ADR, 0x19)
				Name (_DSD, Package ()
				{
					ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
					Package ()
					{
						Package () { "gpio-line-names",
							     Package () {
							"ID_SDA", "ID_SCL",
							"SDA1", "SCL1",
							"GPIO_GCLK", "GPIO5",
							"GPIO6", "SPI_CE1_N",
							"SPI_CE0_N", "SPI_MISO",
							"SPI_MOSI", "SPI_SCLK",
							"GPIO12", "GPIO13",
							"TXD1", "RXD1",
							"GPIO16", "GPIO17",
							"GPIO18", "GPIO19",
							"GPIO20", "GPIO21",
							"GPIO22", "GPIO23",
							"GPIO24", "GPIO25",
							"GPIO26", "GPIO27",
						} },
					}
				})
			}
		}

		/*
		 * The green activity LED, GPIO42, active high, for Linux's
		 * leds-gpio through PRP0001. Its trigger is "heartbeat", not
		 * the device tree's "mmc0": under ACPI the SD card's host is
		 * not reliably mmc0 (pftf describes two SD hosts and the one
		 * probed first gets 0), and a heartbeat shows at a glance
		 * that Linux drives a pin through the firmware. Change it at
		 * run time in /sys/class/leds/ACT/trigger.
		 */
		Device (RPAL)
		{
			Name (_HID, "PRP0001")
			Name (_UID, 0x5250)
			Name (_CRS, ResourceTemplate ()
			{
				GpioIo (Exclusive, PullNone, 0, 0,
					IoRestrictionOutputOnly,
					"\\_SB.RPAS.PCTL", 0, ResourceConsumer)
				{
					42
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
					Package () { "label", "ACT" },
					Package () { "linux,default-trigger",
						     "heartbeat" },
					Package () { "default-state", "off" },
					/* _CRS's GpioIo 0, its pin 0, active high */
					Package () { "gpios",
						     Package () { ^RPAL, 0, 0, 0 } },
				}
			})
		}
	}
}
