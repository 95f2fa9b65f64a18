#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The emulated machine's firmware (TF-A with the project's services, UEFI):
# PSCI and SMCCC over SMC, every CPU up and hot-pluggable through PSCI, and
# the firmware test service as Linux sees it (rpi-acpi-sip-test.ko).
. /ktap.sh

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_skip "firmware checks (booted without EL3 firmware)"
	ktap_finish
fi

cpus_online() { [ "$(cat /sys/devices/system/cpu/online)" = "$1" ]; }
set_cpus() {
	for c in 1 2 3; do
		echo "$1" > /sys/devices/system/cpu/cpu$c/online || return 1
	done
}

ktap_plan 8
ktap_check "PSCI 1.1 found in firmware" \
	sh -c 'dmesg | grep -q "psci: PSCIv1.1 detected in firmware"'
smccc=$(dmesg | sed -n 's/.*SMC Calling Convention v1\.\([0-9]*\).*/\1/p' | head -n1)
ktap_diag "firmware implements SMCCC v1.$smccc"
if [ "${smccc:-0}" -ge 2 ]; then
	ktap_ok "SMCCC v1.2 or later"
else
	ktap_fail "SMCCC v1.2 or later"
fi
ktap_check "the SMCCC conduit is SMC" \
	sh -c 'dmesg | grep -q "rpi_smc_scmi: firmware SMCCC v1\.[0-9]*, conduit smc"'
ktap_check "4 CPUs online" cpus_online 0-3
if set_cpus 0 && cpus_online 0; then
	ktap_ok "CPUs 1-3 go offline through PSCI"
else
	ktap_fail "CPUs 1-3 go offline through PSCI"
fi
if set_cpus 1 && cpus_online 0-3; then
	ktap_ok "CPUs 1-3 come back online through PSCI"
else
	ktap_fail "CPUs 1-3 come back online through PSCI"
fi
ktap_check "insmod rpi-acpi-sip-test.ko" insmod /testmods/rpi-acpi-sip-test.ko
# The module's own checks, as a document of their own: the module must
# have published them, and at least one must have run.
results=/sys/kernel/debug/rpi_acpi_sip_test/results
ktap_check "rpi-acpi-sip-test.ko published its results" \
	sh -c "grep -q '^ok ' $results"
[ -e $results ] && cat $results
ktap_finish
