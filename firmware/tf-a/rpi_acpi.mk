#
# SPDX-License-Identifier: BSD-3-Clause
#
# The rpi-acpi firmware services, added to a TF-A build. Included from the
# platform's platform.mk (patches/0001-*) when the make command line sets
# RPI_ACPI_FW to the absolute path of this directory:
#
#   make PLAT=qemu RPI_ACPI_FW=/path/to/firmware/tf-a SMC_PCI_SUPPORT=1 ...
#   make PLAT=rpi4 RPI_ACPI_FW=/path/to/firmware/tf-a SMC_PCI_SUPPORT=1 bl31
#
# Portable service code lives in services/, a platform's hooks in plat/.
#

RPI_ACPI_SIP_DIR	:=	${RPI_ACPI_FW}/services/rpi_acpi_sip
RPI_ACPI_SCMI_DIR	:=	${RPI_ACPI_FW}/services/rpi_acpi_scmi

PLAT_INCLUDES		+=	-I${RPI_ACPI_FW}/include

BL31_SOURCES		+=	${RPI_ACPI_SIP_DIR}/rpi_acpi_sip_svc.c	\
				${RPI_ACPI_SIP_DIR}/rpi_acpi_sip_test.c	\
				${RPI_ACPI_SIP_DIR}/rpi_acpi_call_count.c

# The SCMI server: TF-A's drivers/scmi-msg (SMT channel, base protocol,
# dispatch) behind the project's SMC functions and SMC fastchannel. The
# fastchannel uses scmi-msg's private common.h ("scmi-msg/common.h"). The
# channel's page is mapped at run time, from the service's setup.
BL31_SOURCES		+=	drivers/scmi-msg/base.c			\
				drivers/scmi-msg/entry.c		\
				drivers/scmi-msg/smt.c			\
				${RPI_ACPI_SCMI_DIR}/rpi_acpi_scmi_svc.c	\
				${RPI_ACPI_SCMI_DIR}/rpi_acpi_scmi_smcf.c	\
				${RPI_ACPI_SCMI_DIR}/rpi_acpi_scmi_plat.c
# Its pin control protocol (0x19), for a BCM2711-shaped pin controller;
# each platform's part adds the backend.
BL31_SOURCES		+=	${RPI_ACPI_SCMI_DIR}/rpi_acpi_pinctrl.c	\
				${RPI_ACPI_SCMI_DIR}/rpi_acpi_pinctrl_conf.c	\
				${RPI_ACPI_FW}/plat/common/rpi_acpi_bcm2711_pins.c
# Its PCI configuration access protocol (0x80), over the platform's
# DEN0115 hooks.
ifneq (${SMC_PCI_SUPPORT},1)
$(error rpi_acpi.mk: the SCMI PCI protocol needs SMC_PCI_SUPPORT=1)
endif
BL31_SOURCES		+=	${RPI_ACPI_SCMI_DIR}/rpi_acpi_pci_scmi.c
BL31_CPPFLAGS		+=	-iquote drivers -DPLAT_XLAT_TABLES_DYNAMIC=1

# Lets TF-A's own files call the project's hooks (patches/0005-*).
RPI_ACPI_FW_SERVICES	:=	1
$(eval $(call add_define,RPI_ACPI_FW_SERVICES))

# The test service owns the SiP and OEM owners; this option would give the
# OEM owner to ChromeOS's Widevine service as well.
ifeq (${CROS_WIDEVINE_SMC},1)
$(error rpi_acpi.mk: CROS_WIDEVINE_SMC=1 takes the OEM owner the rpi-acpi test service serves)
endif

ifeq (${PLAT},qemu)
include ${RPI_ACPI_FW}/plat/qemu/rpi_acpi_qemu.mk
else ifeq (${PLAT},rpi4)
include ${RPI_ACPI_FW}/plat/rpi4/rpi_acpi_rpi4.mk
else
$(error rpi_acpi.mk: no rpi-acpi platform support for PLAT=${PLAT})
endif

# 1 when the platform's pin controller drives QEMU virt's secure PL061 and
# the test service serves TEST_PL061 (include/services/rpi_acpi_pinctrl_test.h).
RPI_ACPI_PL061_TEST	?=	0
$(eval $(call add_define,RPI_ACPI_PL061_TEST))

# 1 when the platform's DEN0115 hooks can behave as a Pi 4's and the test
# service serves TEST_PCI_MODE (include/services/rpi_acpi_pci_test.h).
RPI_ACPI_PCI_MODES	?=	0
$(eval $(call add_define,RPI_ACPI_PCI_MODES))

# Count every DEN0115 call and refuse the unaligned accesses TF-A lets
# through (see rpi_acpi_pci_wrap.c), on every platform: TF-A's standard
# service reaches pci_smc_handler() through the project's wrapper. --wrap
# rewrites references between objects, so link-time optimisation, which
# can merge them first, is refused.
ifeq (${SMC_PCI_SUPPORT},1)
ifeq (${ENABLE_LTO},1)
$(error rpi_acpi.mk: the DEN0115 wrapper needs ENABLE_LTO=0)
endif
BL31_SOURCES		+=	${RPI_ACPI_SIP_DIR}/rpi_acpi_pci_wrap.c
ifeq ($($(ARCH)-ld-id),gnu-gcc)
BL31_LDFLAGS		+=	-Wl,--wrap=pci_smc_handler
else
BL31_LDFLAGS		+=	--wrap=pci_smc_handler
endif
endif
