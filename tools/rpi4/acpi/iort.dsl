/*
 * SPDX-License-Identifier: GPL-2.0
 *
 * IORT for a Raspberry Pi 4 booting pftf's UEFI firmware, for the initrd
 * ACPI table upgrade (CONFIG_ACPI_TABLE_UPGRADE, as in Debian's kernels).
 * Compile with iasl (the data-table compiler): iasl -p iort iort.dsl.
 *
 * pftf publishes an IORT only when the Pi has more than 3 GB of RAM and
 * its "Limit RAM to 3 GB" option (on by default) is off. Without one,
 * arm64 Linux sizes ZONE_DMA to 4 GB, its bounce buffers (swiotlb) land
 * above the first GB, and the DWC2 (the Type-C port, 30-bit: it reaches
 * the first GB only) cannot be run safely: dwc2-acpi keeps it off.
 *
 * Linux sizes ZONE_DMA from the smallest "Memory Size Limit" of the
 * IORT's named components (acpi_iort_dma_get_max_cpu_address(), read in
 * zone_sizes_init() after the table upgrade), and allocates swiotlb in
 * ZONE_DMA. With this table ZONE_DMA and the bounce pool are the first
 * GB, which every legacy master reaches.
 *
 * The nodes are those of pftf's own IORT (Iort.aslc): XHC0 31 bits,
 * USB0 and SDC3 30 bits. The header carries pftf's OEM ID and table ID
 * ("RPIFDN", "RPI4") with a higher OEM revision than pftf's 0x200, so
 * that where pftf does publish its IORT this one replaces it (same
 * content) rather than sitting unused beside it: Linux reads only the
 * first IORT.
 */
[0004]                          Signature : "IORT"
[0004]                       Table Length : 00000000
[0001]                           Revision : 00
[0001]                           Checksum : 00
[0006]                             Oem ID : "RPIFDN"
[0008]                       Oem Table ID : "RPI4    "
[0004]                       Oem Revision : 00000201
[0004]                    Asl Compiler ID : "INTL"
[0004]              Asl Compiler Revision : 00000000

[0004]                         Node Count : 00000003
[0004]                        Node Offset : 00000030
[0004]                           Reserved : 00000000

/* XHC0, the VL805's xHCI behind pftf's XHCI description: 31 bits */
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
[0015]                        Device Name : "\_SB_.SCB0.XHC0"
[0001]                            Padding : 00

/* USB0, the DWC2 on the Type-C port: 30 bits */
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
[0001]                  Memory Size Limit : 1E
[0015]                        Device Name : "\_SB_.GDV0.USB0"
[0001]                            Padding : 00

/* SDC3, the eMMC2 controller (SD card): 30 bits */
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
[0001]                  Memory Size Limit : 1E
[0015]                        Device Name : "\_SB_.GDV1.SDC3"
[0001]                            Padding : 00
