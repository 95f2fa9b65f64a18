#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The project's modules load into this kernel, report the firmware's SMCCC
# version as the kernel itself discovered it, and unload cleanly. Modules
# whose loading depends on the kernel or firmware have tests of their own
# (40-arm-ffh-smc.sh) and are left out here.
. /ktap.sh

grep -v '^arm-ffh-smc\.ko$' /modules/order > /tmp/order

ktap_plan $(( $(wc -l < /tmp/order) * 2 + 1 ))
for m in $(cat /tmp/order); do
	ktap_check "insmod $m" insmod "/modules/$m"
done

# The kernel's PSCI driver prints the SMCCC version it found (v1.0 when
# the firmware does not implement SMCCC_VERSION); the module must agree.
# Every machine the runner boots has PSCI 1.x, so the line must be there.
kernel=$(dmesg | sed -n 's/.*SMC Calling Convention v\([0-9.]*\).*/\1/p' | head -n1)
mine=$(dmesg | sed -n 's/.*rpi_smc_scmi: firmware SMCCC v\([0-9.]*\), conduit \([a-z]*\).*/\1/p' | head -n1)
ktap_diag "kernel says SMCCC v$kernel, rpi_smc_scmi says v$mine"
if [ -n "$kernel" ] && [ "$mine" = "$kernel" ]; then
	ktap_ok "rpi_smc_scmi reports the SMCCC version the kernel found"
else
	ktap_fail "rpi_smc_scmi reports the SMCCC version the kernel found"
fi

# The project's tables give the firmware's pin controller a consumer, an
# LED (gpio-leds, built into the debug kernel), which holds the module:
# let it go first, and take its line again at the end.
leds=/sys/bus/platform/drivers/leds-gpio
held=$(ls -d $leds/PRP0001:* 2>/dev/null | sed 's|.*/||')
for d in $held; do echo "$d" > $leds/unbind; done

for m in $(tac /tmp/order); do
	n=$(echo "${m%.ko}" | tr - _)
	if rmmod "$n" && [ ! -e "/sys/module/$n" ]; then
		ktap_ok "rmmod $n"
	else
		ktap_fail "rmmod $n"
	fi
done
# Leave them loaded for what runs next.
for m in $(cat /tmp/order); do insmod "/modules/$m"; done
for d in $held; do echo "$d" > $leds/bind; done
ktap_finish
