#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Linux on QEMU's raspi4b through the project's rpi4 BL31, booted with
# the device tree (tools/testing/raspi4b/boot-linux.sh): PSCI brought up
# the 4 CPUs, SMCCC 1.2 or later, upstream's pinctrl-scmi enumerates the
# BCM2711 pin controller the BL31 serves, and the levels it and the SMC
# fastchannel (the rpi4b-smc-test module) drive are read back from QEMU's
# own GPIO state through its monitor: a line "@@RPI4B-XP ADDR@@" on the
# console asks the host for the 32-bit word at physical ADDR, which it
# types back.
. /ktap.sh

GPFSEL2=0xfe200008
GPLEV0=0xfe200034

# xp ADDR: the word at ADDR, read by QEMU's monitor, not by this kernel.
xp() {
	# busybox sh: v is global, and only used here
	echo "@@RPI4B-XP $1@@" > /dev/console
	read -r v < /dev/console
	echo "$v"
}

bit() { echo $(( ($1 >> $2) & 1 )); }

ktap_plan 9

# PSCI and SMCCC, as the kernel found them.
dmesg > /tmp/dmesg
psci=$(sed -n 's/.*psci: \(PSCIv[0-9.]*\) detected in firmware.*/\1/p' /tmp/dmesg)
smccc=$(sed -n 's/.*psci: SMC Calling Convention v\([0-9.]*\).*/\1/p' /tmp/dmesg)
online=$(cat /sys/devices/system/cpu/online)
ktap_diag "firmware: $psci, SMCCC $smccc, CPUs online: $online"
ktap_diag "$(grep -m1 'SMP: Total of' /tmp/dmesg)"
if [ -n "$psci" ] && [ "$online" = 0-3 ] &&
   grep -q 'CPU3: Booted secondary processor' /tmp/dmesg; then
	ktap_ok "PSCI in the firmware brought up all 4 CPUs"
else
	ktap_fail "PSCI in the firmware brought up all 4 CPUs"
fi
major=${smccc%%.*} minor=${smccc#*.}
if [ -n "$smccc" ] && { [ "$major" -gt 1 ] || [ "${minor:-0}" -ge 2 ]; }; then
	ktap_ok "SMCCC 1.2 or later ($smccc)"
else
	ktap_fail "SMCCC 1.2 or later (${smccc:-none found})"
fi

# Upstream's SCMI core and pinctrl-scmi, against the BL31's server.
scmi=$(grep -m1 'arm-scmi.*SCMI Protocol v' /tmp/dmesg)
ktap_diag "${scmi:-no SCMI core line}"
if [ -n "$scmi" ] && ! grep -q 'arm-scmi.*\(error\|failed\|Failed\)' /tmp/dmesg; then
	ktap_ok "upstream's SCMI core found the firmware over the SMT channel"
else
	grep 'scmi' /tmp/dmesg | sed 's/^/# /'
	ktap_fail "upstream's SCMI core found the firmware over the SMT channel"
fi
dev=''
for d in /sys/kernel/debug/pinctrl/*/; do
	[ -e "$d/pins" ] && grep -q '^pin ' "$d/pins" && { dev=$d; break; }
done
pins=0
[ -z "$dev" ] || pins=$(grep -c '^pin ' "$dev/pins")
names=$( [ -z "$dev" ] || sed -n 's/^pin \([0-9]*\) (\([^)]*\)).*/\1 \2/p' "$dev/pins" |
	awk '$2 != "GPIO" $1 { bad++ } END { print bad + 0 }')
ktap_diag "pin controller: ${dev:-none}, $pins pins, $names misnamed"
ktap_diag "$( [ -z "$dev" ] || grep -E '^pin (0|57) ' "$dev/pins" | tr '\n' ';')"
case $dev in
*-scmi-pinctrl/) ;;
*) dev='' ;;
esac
if [ -n "$dev" ] && [ "$pins" = 58 ] && [ "$names" = 0 ]; then
	ktap_ok "pinctrl-scmi enumerates the BCM2711's 58 pins, GPIO0..GPIO57"
else
	ktap_fail "pinctrl-scmi enumerates the BCM2711's 58 pins, GPIO0..GPIO57"
fi

# The pin controller's own default state (a hog in the device tree):
# GPIO21 output, high; seen in QEMU's GPFSEL2 and GPLEV0.
fsel=$(xp $GPFSEL2) lev=$(xp $GPLEV0)
ktap_diag "QEMU: GPFSEL2 $fsel, GPLEV0 $lev"
if [ -n "$fsel" ] && [ $(( (fsel >> 3) & 7 )) = 1 ] && [ "$(bit "$lev" 21)" = 1 ]; then
	ktap_ok "pinctrl-scmi's default state drove GPIO21 out and high (QEMU's GPFSEL2, GPLEV0)"
else
	ktap_fail "pinctrl-scmi's default state drove GPIO21 out and high (QEMU's GPFSEL2, GPLEV0)"
fi

# gpioset/gpioget need a GPIO chip on the SCMI pin controller; upstream
# has none before gpio-by-pinctrl (6.18): on this kernel there is none.
chips=$(gpiodetect 2>/dev/null | wc -l)
if [ "$chips" = 0 ] && [ ! -d /sys/bus/platform/drivers/gpio-by-pinctrl ]; then
	ktap_skip "gpioset/gpioget on the SCMI pins (no GPIO chip on pinctrl-scmi in this kernel)"
else
	gpiodetect | sed 's/^/# /'
	ktap_fail "gpioset/gpioget on the SCMI pins: a GPIO chip appeared, test it"
fi

# The SMC fastchannel from the test module, read back by QEMU.
for level in 1 0; do
	seen=$(dmesg | wc -l)
	rc=0
	insmod /raspi4b/rpi4b-smc-test.ko drive_pin=22 drive_level=$level || rc=$?
	dmesg | tail -n +$((seen + 1)) | sed -n 's/.*rpi4b-smc: \(#.*\)/\1/p'
	[ "$rc" = 0 ] && rmmod rpi4b-smc-test
	lev=$(xp $GPLEV0)
	ktap_diag "QEMU: GPLEV0 $lev after driving GPIO22 to $level (insmod: $rc)"
	if [ "$rc" = 0 ] && [ -n "$lev" ] && [ "$(bit "$lev" 22)" = "$level" ] &&
	   [ "$(bit "$lev" 21)" = 1 ]; then
		ktap_ok "SMC fastchannel drove GPIO22 $level, QEMU's GPLEV0 agrees, GPIO21 kept"
	else
		ktap_fail "SMC fastchannel drove GPIO22 $level, QEMU's GPLEV0 agrees, GPIO21 kept"
	fi
done

# The Pi 4 owner's self-test, on firmware it can only partly use: in a
# device-tree boot it reports the kernel and firmware lines, says what to
# do, and exits 2, as its header documents.
if [ -x /raspi4b/selftest ]; then
	rc=0
	/raspi4b/selftest > /tmp/selftest 2>&1 || rc=$?
	sed 's/^/# selftest: /' /tmp/selftest
	if [ "$rc" = 2 ] && grep -qx 'boot: device-tree' /tmp/selftest &&
	   grep -qx "smccc: $smccc" /tmp/selftest &&
	   grep -q '^todo: ' /tmp/selftest &&
	   tail -n 1 /tmp/selftest | grep -q '^summary: [1-9][0-9]* todo$'; then
		ktap_ok "tools/rpi4/selftest: device tree, SMCCC $smccc, what to do, exit 2"
	else
		ktap_fail "tools/rpi4/selftest: device tree, SMCCC $smccc, what to do, exit 2 (exit $rc)"
	fi
else
	ktap_skip "tools/rpi4/selftest (not in the tree)"
fi
ktap_finish
