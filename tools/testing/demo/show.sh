#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# What the demo shows from inside the guest, as KTAP diagnostics.
. /ktap.sh

ktap_plan 1
ktap_diag "kernel $(uname -r) on $(uname -m)"
ktap_diag "ACPI tables: $(ls /sys/firmware/acpi/tables | tr '\n' ' ')"
dmesg | grep -E 'EFI stub|psci:|Table Upgrade|rpi_smc_scmi' | sed 's/^/# dmesg: /'
for m in /sys/module/rpi_*; do
	[ -e "$m" ] && ktap_diag "loaded: ${m##*/}"
done
ktap_check "the project's modules are loaded" test -e /sys/module/rpi_smc_scmi
ktap_finish
