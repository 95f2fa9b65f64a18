#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Malformed SCMI agent descriptions (tools/testing/acpi/rpi-scmi-bad.asl)
# fail probe, each with a message naming what is wrong, and leave the real
# agent alone.
. /ktap.sh

drv=/sys/bus/platform/drivers/rpi-smc-scmi

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_skip "malformed SCMI agents (booted without EL3 firmware)"
	ktap_finish
fi

# refused UID MESSAGE: the agent with _UID UID is not bound, and probe
# said MESSAGE about it.
refused() {
	local dev

	dev=$(grep -l "^$1\$" /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
		sed 's|/firmware_node/uid$||; s|.*/||')
	[ -n "$dev" ] || { ktap_diag "no RPIA0001 device with _UID $1"; return 1; }
	[ ! -e "$drv/$dev" ] && dmesg | grep -q "rpi-smc-scmi $dev: .*$2"
}

refused_not() {
	local dev

	dev=$(grep -l "^$1\$" /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
		sed 's|/firmware_node/uid$||; s|.*/||')
	[ -n "$dev" ] && [ -e "$drv/$dev" ]
}

ktap_plan 5
ktap_check "a doorbell without shared memory is refused" \
	refused 11 "a doorbell but no shared memory in _CRS"
ktap_check "an SMC32 SMC fastchannel id is refused" \
	refused 12 "SMC fastchannel 0x82000210: not an SMC64 fast call"
ktap_check "a device with no channel is refused" \
	refused 13 "no channel: _DSD has neither"
ktap_check "a property that is not an integer is refused" \
	refused 14 "is not an integer"
ktap_check "the real agent (_UID 0) is bound" refused_not 0
ktap_finish
