#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# tools/rpi4/selftest on a device-tree boot (run-guest.sh -D): it says the
# machine has no ACPI, exits 2, and names the firmware as upstream's SCMI
# client found it. On an ACPI boot, 97-selftest.sh checks the report.
. /ktap.sh

ktap_plan 3
if [ -e /sys/firmware/acpi/tables/FACP ]; then
	ktap_skip "device tree boot: this is an ACPI boot (97-selftest.sh)"
	ktap_skip "device tree boot: exit status"
	ktap_skip "device tree boot: upstream's SCMI client"
	ktap_finish
fi
R=/tmp/selftest-dt.report
rpi4-selftest > $R 2>&1
rc=$?
sed 's/^/# report: /' $R
line() { sed -n "s/^$1: //p" $R | head -n 1; }
ktap_check "boot: device-tree, acpi: none, a todo to boot with ACPI" \
	sh -c "[ '$(line boot)' = device-tree ] && grep -q '^acpi: none' $R &&
		grep -q '^todo: to check the ACPI drivers' $R"
ktap_check "exit status 2 (rc $rc)" [ "$rc" = 2 ]
up=$(dmesg | sed -n 's/.*arm-scmi [^ ]*: \(SCMI Protocol v.*\)/\1/p' | tail -n 1)
ktap_diag "arm-scmi says: ${up:-nothing}"
if [ -n "$up" ]; then
	ktap_check "scmi (device tree) is upstream's line, the project's BL31 named" \
		sh -c "[ \"\$(sed -n 's/^scmi (device tree): //p' $R)\" = \"$up\" ] &&
			grep -q \"^project bl31: yes (rpi-acpi:\" $R"
else
	ktap_check "scmi (device tree): none" [ "$(line 'scmi (device tree)')" = none ]
fi
ktap_finish
