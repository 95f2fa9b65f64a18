/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The emulated machine's PCIe, described as a Raspberry Pi 4's UEFI
 * firmware (pftf, edk2-platforms' Platform/RaspberryPi/AcpiTables/Pci.asl)
 * describes the Pi's: a PCIe root with a bus range, memory windows, _DMA,
 * _PRT, _CCA 0 and the "linux-ecam-quirk-id" property, and no MCFG for it
 * (the project's UEFI leaves QEMU's MCFG out). Linux's ACPI PCI root
 * driver then cannot start it, and rpi-smc-pcie reaches its configuration
 * space through the firmware (DEN0115) instead.
 *
 * The hardware is QEMU virt's PCIe host (its own ECAM, windows and INTx
 * lines), so the numbers are virt's:
 * - buses 0..255 (the high ECAM window TF-A's DEN0115 hooks use);
 * - memory windows 0x10000000..0x3efeffff (32-bit) and
 *   0x8000000000..0xffffffffff (64-bit, prefetchable), no translation;
 *   no I/O window, as on the Pi (a module cannot map I/O space anyway);
 * - INTx: slot s, pin p (0 = INTA) is GSI 35 + ((s + p) mod 4), SPIs 3..6;
 * - _DMA: bus addresses 0..0xbfffffff are CPU addresses 0..0xbfffffff,
 *   the Pi's 3 GB limit (here it ends where the guest's 2 GB of RAM at
 *   0x40000000 do).
 *
 * - _OSC as pftf's: the OS may control PME, AER and the PCIe capability
 *   structure; native hotplug, SHPC, LTR and DPC stay with the firmware.
 *
 * QEMU's own root, \_SB.PCI0 (same hardware, with MCFG), has no _STA; one
 * returning 0 hides it from the OS.
 */
DefinitionBlock ("", "SSDT", 2, "RPIACP", "RPIPCIE", 0x00000001)
{
	External (\_SB.PCI0, DeviceObj)

	Scope (\_SB.PCI0)
	{
		Name (_STA, Zero)
	}

	Scope (\_SB)
	{
		Device (PCIS)
		{
			Name (_HID, EisaId ("PNP0A08"))
			Name (_CID, EisaId ("PNP0A03"))
			Name (_UID, One)
			Name (_SEG, Zero)
			Name (_BBN, Zero)
			Name (_CCA, Zero)

			Name (_CRS, ResourceTemplate ()
			{
				WordBusNumber (ResourceProducer, MinFixed, MaxFixed,
					PosDecode, 0x0000, 0x0000, 0x00FF, 0x0000,
					0x0100)
				DWordMemory (ResourceProducer, PosDecode, MinFixed,
					MaxFixed, NonCacheable, ReadWrite, 0x00000000,
					0x10000000, 0x3EFEFFFF, 0x00000000, 0x2EFF0000)
				QWordMemory (ResourceProducer, PosDecode, MinFixed,
					MaxFixed, Prefetchable, ReadWrite,
					0x0000000000000000, 0x0000008000000000,
					0x000000FFFFFFFFFF, 0x0000000000000000,
					0x0000008000000000)
			})

			Name (_DMA, ResourceTemplate ()
			{
				QWordMemory (ResourceConsumer, PosDecode, MinFixed,
					MaxFixed, NonCacheable, ReadWrite,
					0x0000000000000000, 0x0000000000000000,
					0x00000000BFFFFFFF, 0x0000000000000000,
					0x00000000C0000000)
			})

			/* 32 slots x 4 pins: slot s, pin p -> GSI 35 + ((s + p) & 3) */
			Method (_PRT, 0, Serialized)
			{
				Local0 = Package (128) {}
				Local1 = Zero
				While (Local1 < 128)
				{
					Local2 = Package (4) { Zero, Zero, Zero, Zero }
					Local2 [0] = ((Local1 >> 2) << 16) | 0xFFFF
					Local2 [1] = Local1 & 3
					Local2 [3] = 35 + (((Local1 >> 2) + Local1) & 3)
					Local0 [Local1] = Local2
					Local1++
				}
				Return (Local0)
			}

			/*
			 * PCI Firmware Specification 3.3, 4.5: grant PME (bit 2),
			 * AER (3) and the PCIe capability (4) of what the OS asks,
			 * nothing else, and say so when a bit was masked.
			 */
			Method (_OSC, 4)
			{
				CreateDWordField (Arg3, 0, CDW1)
				If (Arg0 != ToUUID ("33db4d5b-1ff7-401c-9657-7441c03dd766"))
				{
					CDW1 |= 0x04	/* unrecognized UUID */
					Return (Arg3)
				}
				CreateDWordField (Arg3, 8, CDW3)
				Local0 = CDW3 & 0x1C
				If (Arg1 != One)
				{
					CDW1 |= 0x08	/* unrecognized revision */
				}
				If (Local0 != CDW3)
				{
					CDW1 |= 0x10	/* capabilities masked */
				}
				CDW3 = Local0
				Return (Arg3)
			}

			Name (_DSD, Package ()
			{
				ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
				Package ()
				{
					Package () { "linux-ecam-quirk-id", "bcm2711" },
				}
			})
		}
	}
}
