#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The guest came up through UEFI with ACPI, not a device tree, and the
# project's tables reached the kernel: installed by the project's UEFI when
# it boots through the project's firmware, by the initrd table upgrade on
# the plain path.
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
upgraded=$(dmesg | grep -c 'Table Upgrade: install \[SSDT-RPIACP-RPIATEST\]')
if grep -q rpi_acpi_fw=tf-a /proc/cmdline; then
	how="the project's UEFI installed the project's SSDT"
	want=0
else
	how="initrd table upgrade installed the project's SSDT"
	want=1
fi
if [ $found = 1 ] && [ "$upgraded" = $want ]; then
	ktap_ok "$how"
else
	ktap_fail "$how"
fi
ktap_finish
