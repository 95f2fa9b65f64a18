#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# arm-ffh-smc: refuses kernels and firmware it cannot serve, with a clear
# message; with the project's firmware, AML calls firmware through FFH
# (rpi-acpi-ffh-test.ko checks the results), the owner policy holds, calls
# fail cleanly once the handler is gone, and load/unload cycles stay clean.
# On the test kernel built with upstream's handler (test-ffh), the same
# checks run through upstream's handler instead.
. /ktap.sh

m=/modules/arm-ffh-smc.ko
t=/testmods/rpi-acpi-ffh-test.ko
res=/sys/kernel/debug/rpi_acpi_ffh_test/results

refuses() {
	ktap_plan 2
	if insmod $m 2>/dev/null; then
		ktap_fail "insmod arm-ffh-smc fails ($1)"
		rmmod arm_ffh_smc
	else
		ktap_ok "insmod arm-ffh-smc fails ($1)"
	fi
	ktap_check "the kernel log says why" sh -c "dmesg | grep -q '$2'"
	ktap_finish
}

# ffh_run [ARGS]: load the test module, keep its results, unload it; no
# results from an earlier run are left to be read when it fails.
ffh_run() {
	rm -f /tmp/ffh.ktap
	insmod $t "$@" && cat $res > /tmp/ffh.ktap && rmmod rpi_acpi_ffh_test
}

# A kernel with its own handler (CONFIG_ACPI_FFH=y): the module must stand
# aside, and the same AML must give the same results through upstream's
# handler as through this module (the peer comparison).
peer() {
	ktap_plan 2
	if insmod $m 2>/dev/null; then
		ktap_fail "insmod arm-ffh-smc fails (kernel has its own handler)"
		rmmod arm_ffh_smc
	else
		ktap_check "insmod arm-ffh-smc fails (kernel has its own handler)" \
			sh -c "dmesg | grep -q 'has its own FFH handler'"
	fi
	ffh_run
	if grep -q '^1\.\.' /tmp/ffh.ktap && ! grep -q '^not ok' /tmp/ffh.ktap; then
		ktap_ok "upstream's handler gives the results arm-ffh-smc gives"
	else
		ktap_fail "upstream's handler gives the results arm-ffh-smc gives"
	fi
	cat /tmp/ffh.ktap
	ktap_finish
}

case $(uname -r) in
6.1.*) refuses "ACPICA without FFH buffers" "predates FFH OperationRegion buffers" ;;
*-ffh) grep -q rpi_acpi_fw=tf-a /proc/cmdline && peer ;;
esac
grep -q rpi_acpi_fw=tf-a /proc/cmdline ||
	refuses "firmware below SMCCC v1.2" "FFH needs v1.2 or later"

ktap_plan 6
if insmod $m owners=sip,bogus 2>/dev/null; then
	ktap_fail "owners=sip,bogus is refused"
	rmmod arm_ffh_smc
else
	ktap_check "owners=sip,bogus is refused" sh -c "dmesg | grep -q 'owners=sip,bogus'"
fi

insmod $m owners=sip,oem && ffh_run && rmmod arm_ffh_smc
if grep -q '^ok 1 SiP' /tmp/ffh.ktap &&
   grep -q '^not ok .* standard owner: PSCI_VERSION' /tmp/ffh.ktap; then
	ktap_ok "owners=sip,oem: SiP calls pass, standard calls are refused"
else
	ktap_fail "owners=sip,oem: SiP calls pass, standard calls are refused"
fi

ktap_check "insmod arm-ffh-smc" insmod $m
ktap_check "handler installed with the SMC conduit" \
	sh -c "dmesg | grep -q 'FFH OperationRegion handler installed (smc, owners standard,sip,oem)'"
ffh_run && cp /tmp/ffh.ktap /tmp/ffh-first.ktap
rmmod arm_ffh_smc
ffh_run
if grep -q '^not ok 1 ' /tmp/ffh.ktap; then
	ktap_ok "without the handler, AML calls fail"
else
	ktap_fail "without the handler, AML calls fail"
fi

bad=0
i=0
while [ $i -lt 100 ]; do
	insmod $m && ffh_run errors=0 && rmmod arm_ffh_smc || bad=$((bad + 1))
	grep -q '^not ok' /tmp/ffh.ktap && bad=$((bad + 1))
	i=$((i + 1))
done
ktap_diag "$bad of 100 load, call, unload cycles failed"
if [ $bad -eq 0 ]; then
	ktap_ok "100 load, call, unload cycles"
else
	ktap_fail "100 load, call, unload cycles"
fi
# Leave the handler in for the KUnit suites; show the first full run.
insmod $m
cat /tmp/ffh-first.ktap 2>/dev/null
ktap_finish
