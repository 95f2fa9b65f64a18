#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# What the demo shows from inside the guest, as KTAP diagnostics: the
# machine, the firmware's answers, the project's modules, and AML calling
# firmware through FFH.
. /ktap.sh

ktap_plan 3
insmod /modules/rpi-smc-scmi.ko
insmod /modules/arm-ffh-smc.ko 2>/dev/null
ktap_diag "kernel $(uname -r) on $(uname -m), CPUs online: $(cat /sys/devices/system/cpu/online)"
ktap_diag "ACPI tables: $(ls /sys/firmware/acpi/tables | tr '\n' ' ')"
dmesg | grep -E 'psci: (PSCIv|SMC Calling)|ACPI: SSDT|Table Upgrade|rpi_smc_scmi: firmware|arm_ffh_smc: (FFH|this|firmware)' |
	sed 's/^\[[ 0-9.]*\] /# dmesg: /' | sort -u
for m in /sys/module/rpi_* /sys/module/arm_ffh_smc; do
	[ -e "$m" ] && ktap_diag "loaded: ${m##*/}"
done
ktap_check "the project's core module is loaded" test -e /sys/module/rpi_smc_scmi
scmi=/sys/bus/platform/drivers/rpi-smc-scmi/RPIA0001:00
if [ -e $scmi ]; then
	ktap_diag "SCMI firmware: $(cat $scmi/vendor):$(cat $scmi/sub_vendor)," \
		"version $(cat $scmi/firmware_version), base protocol $(cat $scmi/protocol_version)," \
		"protocols: [$(cat $scmi/protocols)], agents: $(cat $scmi/num_agents)"
	ktap_diag "SCMI channels (messages so far): $(tr '\n' ' ' < $scmi/channels)"
	ktap_ok "the SCMI agent found its firmware"
else
	ktap_skip "the SCMI agent found its firmware (no SCMI firmware)"
fi
if [ -e /sys/module/arm_ffh_smc ] && insmod /testmods/rpi-acpi-ffh-test.ko errors=0; then
	sed -n 's/^\(ok\|not ok\) [0-9]* /# AML -> FFH -> firmware: \1: /p' \
		/sys/kernel/debug/rpi_acpi_ffh_test/results
	rmmod rpi_acpi_ffh_test
	ktap_ok "AML reached firmware through FFH"
else
	ktap_skip "AML reached firmware through FFH (no FFH handler on this kernel or firmware)"
fi
ktap_finish
