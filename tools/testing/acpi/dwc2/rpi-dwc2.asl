/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The emulated Pi 4's DWC2 (the Type-C port), described as the Pi's
 * UEFI firmware describes the Pi's: \_SB.GDV0.USB0, _HID and _CID
 * BCM2848, _CCA 0, one MMIO range and one interrupt, under an ACPI0004
 * parent whose _DMA gives the legacy masters' view: bus 0xC0000000 and
 * up reach the first GB of RAM. On the Pi that GB starts at 0; on QEMU's
 * virt at 0x40000000, hence the translation offset. The _DSD carries the
 * project's role property.
 *
 * Only for QEMU with the project's DWC2 patch (-M virt,dwc2=on): the
 * controller at 0x090c0000, SPI 10 (GSI 42).
 */
DefinitionBlock ("rpi-dwc2.aml", "SSDT", 2, "RPIACP", "RPIDWC2", 1)
{
	Scope (\_SB)
	{
		Device (GDV0)
		{
			Name (_HID, "ACPI0004")
			Name (_UID, 0)
			Name (_CCA, 0)
			/*
			 * Linux honours a _DMA only beside a _CRS: the parent
			 * produces the MMIO its child consumes.
			 */
			Name (_CRS, ResourceTemplate ()
			{
				QWordMemory (ResourceProducer, PosDecode, MinFixed,
					MaxFixed, NonCacheable, ReadWrite,
					0x0, 0x090C0000, 0x090D0FFF, 0x0, 0x11000)
			})
			/* CPU address = bus address + offset (a producer's translation). */
			Name (_DMA, ResourceTemplate ()
			{
				QWordMemory (ResourceProducer, PosDecode, MinFixed,
					MaxFixed, Prefetchable, ReadWrite,
					0x0,			/* granularity */
					0xC0000000,		/* bus minimum */
					0xFFFFFFFF,		/* bus maximum */
					0xFFFFFFFF80000000,	/* to 0x40000000 */
					0x40000000)		/* 1 GB */
			})

			Device (USB0)
			{
				Name (_HID, "BCM2848")
				Name (_CID, "BCM2848")
				Name (_UID, 0)
				Name (_CCA, 0)
				Name (_CRS, ResourceTemplate ()
				{
					Memory32Fixed (ReadWrite, 0x090C0000, 0x00011000)
					Interrupt (ResourceConsumer, Level, ActiveHigh,
						   Exclusive) { 42 }
				})
				Name (_DSD, Package ()
				{
					ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
					Package ()
					{
						Package () { "rpi-acpi,dr-mode", "host" },
					}
				})
			}
		}
	}
}
