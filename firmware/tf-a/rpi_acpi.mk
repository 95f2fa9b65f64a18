#
# SPDX-License-Identifier: BSD-3-Clause
#
# The rpi-acpi firmware services, added to a TF-A build. Included from the
# platform's platform.mk (patches/0001-*) when the make command line sets
# RPI_ACPI_FW to the absolute path of this directory:
#
#   make PLAT=qemu RPI_ACPI_FW=/path/to/firmware/tf-a bl1 bl2 bl31
#   make PLAT=rpi4 RPI_ACPI_FW=/path/to/firmware/tf-a SMC_PCI_SUPPORT=1 bl31
#
# Portable service code lives in services/, a platform's hooks in plat/.
#

RPI_ACPI_SIP_DIR	:=	${RPI_ACPI_FW}/services/rpi_acpi_sip

PLAT_INCLUDES		+=	-I${RPI_ACPI_FW}/include

BL31_SOURCES		+=	${RPI_ACPI_SIP_DIR}/rpi_acpi_sip_svc.c	\
				${RPI_ACPI_SIP_DIR}/rpi_acpi_sip_test.c	\
				${RPI_ACPI_SIP_DIR}/rpi_acpi_call_count.c

# The test service owns the SiP and OEM owners; this option would give the
# OEM owner to ChromeOS's Widevine service as well.
ifeq (${CROS_WIDEVINE_SMC},1)
$(error rpi_acpi.mk: CROS_WIDEVINE_SMC=1 takes the OEM owner the rpi-acpi test service serves)
endif

ifeq ($(filter qemu rpi4,${PLAT}),)
$(error rpi_acpi.mk: no rpi-acpi platform support for PLAT=${PLAT})
endif
