#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The agent going away under its users, and coming back:
# - with gpio-leds holding a line, the agent is unbound and bound again;
#   gpio-leds, bound again, must take its line from the new pin controller
#   and drive it: the firmware's pin ownership is given back;
# - the agent is unbound and bound in a loop (gpio-leds let go) while the
#   PCIe host bridge and the pin controller are unbound and bound in loops
#   of their own; in the end all three are bound and the NVMe disk is back,
#   with no KASAN or lockdep report on the console (run-guest.sh checks it).
# It runs after the leak check (90-kmemleak.sh): a gpio_chip removed under
# a consumer leaks the consumer's line label in gpiolib itself.
. /ktap.sh

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_skip "rebinding the agent (booted without EL3 firmware)"
	ktap_finish
fi

id=$(grep -l '^0$' /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
	sed 's|/firmware_node/uid$||; s|.*/||' | head -n1)
drv=/sys/bus/platform/drivers/rpi-smc-scmi
pdrv=/sys/bus/platform/drivers/rpi-smc-pcie
pcdrv=/sys/bus/platform/drivers/rpi-scmi-pinctrl
leds=/sys/bus/platform/drivers/leds-gpio
led=/sys/class/leds/rpi-acpi-test
fw=/sys/kernel/debug/rpi_acpi_fw_count
# The gpio-leds device of tools/testing/acpi/rpi-scmi.asl drives pin 5,
# the PL061's line 2.
LEDBIT=$((1 << 2))

insmod /testmods/rpi-acpi-fw-count.ko 2>/dev/null || true
[ -e $leds ] || insmod /distmods/leds-gpio.ko 2>/dev/null || true
led_dev=$(for d in /sys/bus/platform/devices/PRP0001:*; do
	grep -q 'gpio-leds' "$d/modalias" 2>/dev/null && echo "${d##*/}"
done | head -n1)
bridges=$(ls -d /sys/bus/platform/devices/rpi-smc-pcie.* 2>/dev/null | sed 's|.*/||')

pl061_led() { # 1 when the LED's PL061 line drives high
	set -- "$(cut -d' ' -f1 $fw/pl061)"
	[ $(($1 & LEDBIT)) -ne 0 ] && echo 1 || echo 0
}
led_drives() {
	[ -e $led ] && echo 1 > $led/brightness && [ "$(pl061_led)" = 1 ] &&
		echo 0 > $led/brightness && [ "$(pl061_led)" = 0 ]
}
led_bind() { # bind gpio-leds again (unbinding it first if it is bound)
	[ -e "$leds/$led_dev" ] && echo "$led_dev" > $leds/unbind
	echo "$led_dev" > $leds/bind
}
agent_rebind() { echo "$id" > $drv/unbind && echo "$id" > $drv/bind; }

ktap_plan 4
led_bind 2>/dev/null
ktap_check "gpio-leds holds its line and drives it" led_drives
# 6.1's gpiolib cannot add a chip after one went away under a consumer
# (gpio_name_to_desc() follows the removed chip's NULL pointer: upstream,
# fixed by 6.12), so there the agent is not taken away under gpio-leds.
case $(uname -r) in
6.1.*)
	ktap_skip "after the agent went away under it, gpio-leds binds again and drives its line (6.1's gpiolib oopses)"
	;;
*)
	agent_rebind || ktap_diag "the agent did not bind again"
	led_bind || ktap_diag "gpio-leds did not bind again"
	ktap_check "after the agent went away under it, gpio-leds binds again and drives its line" \
		led_drives
	;;
esac
# gpio-leds lets go of its line during the loops.
[ -e "$leds/$led_dev" ] && echo "$led_dev" > $leds/unbind

# Three loops at once; binds that find their supplier gone may fail.
loop_agent() {
	local i
	for i in 1 2 3 4 5 6 7 8; do
		echo "$id" > $drv/unbind
		echo "$id" > $drv/bind
	done 2>/dev/null
}
loop_bridges() {
	local i b
	for i in 1 2 3 4 5 6 7 8; do
		for b in $bridges; do
			echo "$b" > $pdrv/unbind
			echo "$b" > $pdrv/bind
		done
	done 2>/dev/null
}
loop_pinctrl() {
	local i p
	for i in 1 2 3 4 5 6 7 8; do
		for p in $(ls -d /sys/bus/platform/devices/rpi-scmi-pinctrl.* 2>/dev/null | sed 's|.*/||'); do
			echo "$p" > $pcdrv/unbind
			echo "$p" > $pcdrv/bind
		done
	done 2>/dev/null
}
loop_agent & a=$!
loop_bridges & b=$!
loop_pinctrl & c=$!
wait $a $b $c
[ -e $drv/$id ] || echo "$id" > $drv/bind
for b in $bridges; do
	[ -e $pdrv/$b ] || echo "$b" > $pdrv/bind
done
for p in $(ls -d /sys/bus/platform/devices/rpi-scmi-pinctrl.* 2>/dev/null | sed 's|.*/||'); do
	[ -e $pcdrv/$p ] || echo "$p" > $pcdrv/bind
done
led_bind 2>/dev/null
ktap_check "after the loops the agent and its pin controller are bound" \
	sh -c "[ -e $drv/$id ] && ls -d $pcdrv/rpi-scmi-pinctrl.* >/dev/null 2>&1"
# The NVMe driver brings its disk up after its probe returns: wait for it.
nvme_back() {
	local i
	ls -d $pdrv/rpi-smc-pcie.* >/dev/null 2>&1 || return 1
	for i in $(seq 50); do
		ls /sys/block | grep -q '^nvme' && return 0
		sleep 0.2
	done
	return 1
}
ktap_check "after the loops the PCIe bridge is bound and the NVMe disk is back" \
	nvme_back
ktap_finish
