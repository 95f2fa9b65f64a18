#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The firmware's pin controller as the pinctrl core sees it: its pins,
# groups (with their pins) and functions (with their groups), from
# debugfs, normalised and summed up as one digest. With ACPI the pinctrl
# device is rpi-scmi-pinctrl's; booted with the device tree (-D), it is
# upstream's pinctrl-scmi (built into the debug kernel) against the same
# firmware. check.sh's peer step compares the two boots' digests
# (tools/testing/pinctrl-peer.sh).
. /ktap.sh

pc=/sys/kernel/debug/pinctrl

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_skip "the firmware's pin controller (booted without EL3 firmware)"
	ktap_finish
fi

# The one pin controller with pins (virt has no other).
dev=''
for d in "$pc"/*/; do
	[ -e "$d/pins" ] && grep -q '^pin ' "$d/pins" && { dev=$d; break; }
done

ktap_plan 2
if [ -z "$dev" ]; then
	# Only a kernel without upstream's SCMI pin control (Debian's) may
	# have none; with the driver there, a missing device is a failure.
	if [ -d /sys/bus/scmi/drivers/scmi-pinctrl ]; then
		ktap_fail "a pinctrl device for the firmware's pin controller (scmi-pinctrl is there)"
		ktap_fail "its pins, groups and functions"
	else
		ktap_skip "a pinctrl device for the firmware's pin controller (no SCMI pin control driver in this kernel)"
		ktap_skip "its pins, groups and functions"
	fi
	ktap_finish
fi
ktap_ok "a pinctrl device for the firmware's pin controller: $(basename "$dev")"

# pin N (NAME) only: the rest of a line is each driver's own.
sed -n 's/^\(pin [0-9]* ([^)]*)\).*/\1/p' "$dev/pins" > /tmp/pc-pins
sed -n 's/^\(group: .*\)/\1/p; s/^\(pin [0-9]* ([^)]*)\).*/  \1/p' \
	"$dev/pingroups" > /tmp/pc-groups
sed -n 's/^\(function [0-9]*: .*\)/\1/p' "$dev/pinmux-functions" > /tmp/pc-functions
pins=$(wc -l < /tmp/pc-pins)
groups=$(grep -c '^group: ' /tmp/pc-groups)
functions=$(wc -l < /tmp/pc-functions)
digest=$(cat /tmp/pc-pins /tmp/pc-groups /tmp/pc-functions | sha256sum | cut -c1-16)
mode=acpi
grep -q 'acpi=off' /proc/cmdline && mode=dt
ktap_diag "pinctrl digest ($mode): $pins pins, $groups groups, $functions functions, $digest"
if [ "$pins" -gt 0 ] && [ "$groups" -gt 0 ] && [ "$functions" -gt 0 ]; then
	ktap_ok "its pins, groups and functions"
else
	ktap_fail "its pins, groups and functions"
fi
ktap_finish
