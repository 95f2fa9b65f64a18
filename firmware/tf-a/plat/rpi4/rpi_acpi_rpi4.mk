#
# SPDX-License-Identifier: BSD-3-Clause
#
# The Raspberry Pi 4's part of rpi_acpi.mk: the SCMI server's platform
# hooks, and the pin controller on the BCM2711's GPIO registers. Its DEN0115 hooks are TF-A's own plat/rpi/common/rpi_pci_svc.c
# (rpi4's platform.mk adds them with SMC_PCI_SUPPORT=1).
#
# RPI4_SCMI_SHMEM_BASE: physical address of the SCMI SMT channel's 4 KiB
# page, which must be memory the OS never gets as RAM and nothing else
# uses. Unset, it is 0x1f000 (RPI_ACPI_SCMI_SHMEM_RPI4 in
# include/services/rpi_acpi_scmi.h; tools/testing/firmware/build-tfa.sh
# passes the same value): the last page of the BL31 region of pftf's
# RPI_EFI.fd. The evidence, from pftf's sources (edk2-platforms 9ef9bcef,
# copies in ../shared/reference/pftf-acpi) and Debian's TF-A 2.12:
#
# - The OS never gets it as RAM. RPi4.fdf:27-28,53-54: the FD is at 0
#   (PcdFdBaseAddress), its region 0x0|0x20000 holds BL31, UEFI's volume
#   starts at 0x20000 (:59). RaspberryPiMem.c:110-115 describes 0 up to
#   the variables (0x3b0000) as "FD", RPI_MEM_RESERVED_REGION, which
#   edk2-platforms MemoryInitPeiLib.c (AddReservedMemoryRegion) turns into
#   an EfiReservedMemoryType allocation; RPi4.dsc:399 starts the OS's RAM
#   at 0x400000.
# - UEFI does not use it: its image starts at 0x20000 (RPi4.fdf:59), its
#   memory is in RAM above 0x400000 (RPi4.dsc:390,399); the BL31 region's
#   tail is the FILE region's padding (ErasePolarity = 1, RPi4.fdf:29).
# - The device tree is not there: the Pi's firmware loads it at 0x3e0000
#   (pftf's config.txt device_tree_address=0x3e0000, device_tree_end=
#   0x400000; RPi4.dsc:274 PcdFdtBaseAddress); pftf's BL31 options put
#   RPI3_PRELOADED_DTB_BASE at 0x1f0000 (64 KiB mapped, rpi3_common.c:32).
# - BL31 does not use it: BL31 occupies 0x1000 (platform_def.h BL31_BASE)
#   up to __BL31_END__ (0x1b000 in this build); build-tfa.sh fails the
#   build if that or bl31.bin reaches the page, or the page leaves the
#   0x20000 region. Page 0 is the armstub header and mailboxes.
# - BL31 can map it: it overlaps none of BL31's static regions. Not so
#   the "TF-A RAM" at 0x200000..0x3fffff, which RaspberryPiMem.c:134-146
#   reserves on the Pi 3 only (BCM2711_SOC_REGISTERS == 0): on a Pi 4 that
#   is UEFI's volume, its variables and the device tree, and
#   rpi4_bl31_setup.c:178-180 maps the 4 MiB from 0x200000 around the
#   device tree at 0x3e0000, inside which a dynamic region is refused
#   (-EPERM, xlat_tables_core.c).
#
BL31_SOURCES		+=	${RPI_ACPI_FW}/plat/rpi4/rpi_acpi_rpi4_scmi.c	\
				${RPI_ACPI_FW}/plat/rpi4/rpi_acpi_rpi4_pinctrl.c

ifneq (${RPI4_SCMI_SHMEM_BASE},)
$(eval $(call add_define,RPI4_SCMI_SHMEM_BASE))
endif
