#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The pin control peer check: the digest of pins, groups and functions
# 75-pinctrl-dt.sh printed in an ACPI boot (rpi-scmi-pinctrl) must equal
# the one it printed in a device-tree boot (upstream's pinctrl-scmi), both
# against the same firmware.
#
# usage: pinctrl-peer.sh ACPI_CONSOLE_LOG DT_CONSOLE_LOG
set -euo pipefail

digest() {
	grep -a -m1 "^# pinctrl digest ($2): " "$1" | sed 's/^# pinctrl digest ([a-z]*): //'
}
acpi=$(digest "$1" acpi || true)
dt=$(digest "$2" dt || true)
echo "rpi-scmi-pinctrl (ACPI): ${acpi:-none}"
echo "pinctrl-scmi (device tree): ${dt:-none}"
[ -n "$acpi" ] && [ "$acpi" = "$dt" ]
