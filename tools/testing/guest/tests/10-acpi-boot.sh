#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The guest came up through UEFI with ACPI, not a device tree, and the
# project's tables reached the kernel through the initrd table upgrade.
. /ktap.sh

ktap_plan 4
ktap_check "booted through UEFI" test -d /sys/firmware/efi
ktap_check "ACPI tables published (DSDT)" test -e /sys/firmware/acpi/tables/DSDT
if [ -e /sys/firmware/devicetree/base/compatible ]; then
	ktap_fail "no device tree describes the machine"
else
	ktap_ok "no device tree describes the machine"
fi
found=0
for t in /sys/firmware/acpi/tables/SSDT*; do
	[ -e "$t" ] || continue
	grep -q RPIATEST "$t" && found=1
done
if [ $found = 1 ]; then
	ktap_ok "initrd table upgrade installed the project's SSDT"
else
	ktap_fail "initrd table upgrade installed the project's SSDT"
fi
ktap_finish
