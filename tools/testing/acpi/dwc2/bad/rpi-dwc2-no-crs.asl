/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The emulated Pi's DWC2 as ../rpi-dwc2.asl describes it, but without the
 * parent's _CRS, a mistake firmware can make. Linux then ignores the _DMA
 * (it logs "_DMA is valid only if _CRS is present") and gives the
 * controller no limit and no translation: upstream dwc2 bound alone hands
 * it CPU addresses and QEMU sees DMA outside the window (the selftest
 * dwc2-stray-must-fail.sh), while dwc2-acpi refuses the controller
 * (80-dwc2.sh, rpi_acpi_dwc2=refused).
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
