#
# SPDX-License-Identifier: BSD-3-Clause
#
# The Raspberry Pi 4's part of rpi_acpi.mk: the SCMI server's platform
# hooks, and the pin controller on the BCM2711's GPIO registers. Its DEN0115 hooks are TF-A's own plat/rpi/common/rpi_pci_svc.c
# (rpi4's platform.mk adds them with SMC_PCI_SUPPORT=1).
#
# RPI4_SCMI_SHMEM_BASE: physical address of the SCMI SMT channel's 4 KiB
# page, which must be memory the Pi's firmware keeps from the OS. Unset,
# it is 0x3ff000 (RPI_ACPI_SCMI_SHMEM_RPI4 in
# include/services/rpi_acpi_scmi.h), the last page of the "TF-A RAM"
# (0x200000..0x3fffff) the Pi's UEFI reserves.
#

BL31_SOURCES		+=	${RPI_ACPI_FW}/plat/rpi4/rpi_acpi_rpi4_scmi.c	\
				${RPI_ACPI_FW}/plat/rpi4/rpi_acpi_rpi4_pinctrl.c

ifneq (${RPI4_SCMI_SHMEM_BASE},)
$(eval $(call add_define,RPI4_SCMI_SHMEM_BASE))
endif
