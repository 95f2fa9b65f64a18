#
# SPDX-License-Identifier: BSD-3-Clause
#
# QEMU virt's part of rpi_acpi.mk: DEN0115 hooks on the PCIe ECAM window,
# which can also behave as a Raspberry Pi 4's (TEST_PCI_MODE); the SCMI
# server's hooks; the pin controller, partly on the secure PL061
# (TEST_PL061).
# plat/qemu's platform.mk does not pass SMC_PCI_SUPPORT to the compiler
# (rpi4's does); services/std_svc/std_svc_setup.c needs it to route the
# DEN0115 ids, and patches/0002-* to map the ECAM window.
#

$(eval $(call add_define,SMC_PCI_SUPPORT))

ifeq (${SMC_PCI_SUPPORT},1)
BL31_SOURCES		+=	${RPI_ACPI_FW}/plat/qemu/rpi_acpi_qemu_pci.c
RPI_ACPI_PCI_MODES	:=	1
endif

BL31_SOURCES		+=	${RPI_ACPI_FW}/plat/qemu/rpi_acpi_qemu_scmi.c	\
				${RPI_ACPI_FW}/plat/qemu/rpi_acpi_qemu_pinctrl.c
RPI_ACPI_PL061_TEST	:=	1
BL2_SOURCES		+=	${RPI_ACPI_FW}/plat/qemu/rpi_acpi_qemu_dt.c
