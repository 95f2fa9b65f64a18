# SPDX-License-Identifier: GPL-2.0
#
# Users: `make` builds the modules for the running kernel (KDIR or KVER
# override), `make install` installs them and runs depmod.
# Developers: `make check` runs every check; `make demo` boots the
# emulated machine and shows what the drivers do. See README.md.

KVER ?= $(shell uname -r)
KDIR ?= /lib/modules/$(KVER)/build
TESTING := $(CURDIR)/tools/testing

all: modules

modules:
	$(MAKE) -C $(KDIR) M=$(CURDIR) W=1 modules

install: modules
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules_install
	install -D -m 644 drivers/usb/dwc2-acpi/dwc2-acpi.modprobe.conf \
		$(DESTDIR)/etc/modprobe.d/dwc2-acpi.conf
	depmod -a $(KVER)

clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR) clean

CHECKS := build firmware style kunit guest selftests dkms

check:
	$(TESTING)/check.sh $(CHECKS)

$(addprefix check-,$(CHECKS)):
	$(TESTING)/check.sh $(@:check-%=%)

demo:
	$(TESTING)/demo.sh

# The tree in-tree in Debian's 6.12 source: kunit.py on each driver
# folder's .kunitconfig, the kernel with every symbol =y and =m, W=1.
check-intree:
	$(TESTING)/intree.sh all

# Debian packages (debian/) into ~/.cache/rpi-acpi/deb; check-distro
# proves them in a full Debian arm64 system (about an hour cold).
deb:
	$(TESTING)/distro-deb.sh

check-distro:
	$(TESTING)/distro.sh

# The Pi 4's BL31 with the project's services, built as pftf's UEFI
# firmware builds its own, to splice into RPI_EFI.fd with
# tools/rpi4/rpi4-bl31-splice (Documentation/admin-guide/rpi4-firmware.rst).
rpi4:
	$(TESTING)/firmware/build-tfa.sh rpi4

.PHONY: all modules install clean check $(addprefix check-,$(CHECKS)) demo \
	deb check-distro rpi4
