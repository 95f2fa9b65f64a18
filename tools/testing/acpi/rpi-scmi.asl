/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SCMI agent of the project's firmware on QEMU virt
 * (Documentation/firmware-guide/acpi/rpi-smc-scmi.rst): the SMT channel's
 * page and the two SMC function ids of firmware/tf-a/include/services/
 * rpi_acpi_scmi.h. The page is outside the UEFI memory map: BL2 starts
 * /memory after it.
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
					/* SMC fastchannel: SMC64 SiP 0x0210 */
					Package () { "rpi-acpi,fastchannel-smc-id",
						     0xC2000210 },
				}
			})
		}
	}
}
