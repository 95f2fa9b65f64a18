/*
 * SPDX-License-Identifier: GPL-2.0
 *
 * The Pi 4's IORT fix (tools/rpi4/acpi/iort.dsl) for the emulated
 * machine, given to the kernel by the initrd table upgrade (run-guest.sh
 * -a). virt's RAM starts at 1 GB, and the emulated DWC2's window
 * (rpi-dwc2.asl) is its first GB, 0x40000000-0x7fffffff: the limit that
 * puts ZONE_DMA and the bounce buffers inside it is 31 bits where the
 * Pi's is 30.
 *
 * QEMU publishes an IORT of its own (OEM "BOCHS ", "BXPC", revision 1),
 * and Linux reads only the first IORT, so this one carries QEMU's IDs
 * and a higher revision to replace it. QEMU's has only the PCIe root's
 * ID mapping to an ITS group; with virt's GICv2 (MSIs through GICv2m)
 * nothing uses it.
 */
[0004]                          Signature : "IORT"
[0004]                       Table Length : 00000000
[0001]                           Revision : 00
[0001]                           Checksum : 00
[0006]                             Oem ID : "BOCHS "
[0008]                       Oem Table ID : "BXPC    "
[0004]                       Oem Revision : 00000002
[0004]                    Asl Compiler ID : "INTL"
[0004]              Asl Compiler Revision : 00000000

[0004]                         Node Count : 00000001
[0004]                        Node Offset : 00000030
[0004]                           Reserved : 00000000

/* USB0, the emulated DWC2: 31 bits (RAM at 1 GB) */
[0001]                               Type : 01
[0002]                             Length : 0000
[0001]                           Revision : 00
[0004]                           Reserved : 00000000
[0004]                      Mapping Count : 00000000
[0004]                     Mapping Offset : 00000000

[0004]                         Node Flags : 00000000
[0008]                  Memory Properties : [IORT Memory Access Properties]
[0004]                    Cache Coherency : 00000000
[0001]              Hints (decoded below) : 00
                                Transient : 0
                           Write Allocate : 0
                            Read Allocate : 0
                                 Override : 0
[0002]                           Reserved : 0000
[0001]       Memory Flags (decoded below) : 00
                                Coherency : 0
                         Device Attribute : 0
[0001]                  Memory Size Limit : 1F
[0015]                        Device Name : "\_SB_.GDV0.USB0"
[0001]                            Padding : 00
