#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# GPIO and pin control over SCMI (rpi-scmi-pinctrl) against the project's
# firmware: libgpiod (Debian's tools) sees the firmware's named lines;
# gpioset and gpioget round trips and debugfs pinmux changes show in the
# secure PL061 the firmware drives (read back at EL3, rpi-acpi-fw-count.ko);
# an ACPI consumer's lines, toggled from every CPU at once, lose no update
# and cost one SMC each (rpi-acpi-gpio-test.ko), on the SMC fastchannel
# and with every CPU on shared memory; the test module stops the threads
# it started when one cannot start; gpio-leds from an ACPI table drives
# its pin.
. /ktap.sh

drv=/sys/bus/platform/drivers/rpi-scmi-pinctrl
fw=/sys/kernel/debug/rpi_acpi_fw_count
# Firmware pins 5..10 are the PL061's lines 2..7 (rpi_acpi_pinctrl.h).
PIN=6
BIT=$((1 << 3))
MUXPIN=8
MUXBIT=$((1 << 5))
# The gpio-leds device of tools/testing/acpi/rpi-scmi.asl drives pin 5.
LEDBIT=$((1 << 2))

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_check "no pin controller without EL3 firmware" \
		sh -c "! ls -d $drv/rpi-scmi-pinctrl.* >/dev/null 2>&1"
	ktap_finish
fi

insmod /testmods/rpi-acpi-fw-count.ko 2>/dev/null || true
pl061() { cat $fw/pl061; }
pl061_bit() { # REGISTER(1 data, 2 dir) MASK: 1 when set
	set -- "$(pl061 | cut -d' ' -f"$1")" "$2"
	[ $(($1 & $2)) -ne 0 ] && echo 1 || echo 0
}

chip=$(gpiodetect 2>/dev/null | sed -n 's/^\(gpiochip[0-9]*\) \[rpi-scmi-pinctrl[^]]*\] (\([0-9]*\) lines)$/\1 \2/p')
ktap_diag "chip: ${chip:-none}; PL061 (data dir): $(pl061)"
set -- $chip
chip=${1:-none} nlines=${2:-0}

names_ok() {
	local i=0 bad=0 name
	gpioinfo -c "$chip" > /tmp/gpioinfo || return 1
	while [ $i -lt "$nlines" ]; do
		name=$(sed -n "s/^[[:space:]]*line[[:space:]]*$i:[[:space:]]*\"\([^\"]*\)\".*/\1/p" /tmp/gpioinfo)
		[ "$name" = "GPIO$i" ] || bad=$((bad + 1))
		i=$((i + 1))
	done
	[ "$bad" -eq 0 ]
}

set_and_check() { # VALUE: gpioset, then the PL061 data and dir bits
	gpioset -t 0 -c "$chip" "GPIO$PIN=$1" &&
		[ "$(pl061_bit 1 $BIT)" = "$1" ] && [ "$(pl061_bit 2 $BIT)" = 1 ] &&
		[ "$(gpioget -a --numeric -c "$chip" "GPIO$PIN")" = "$1" ]
}

input_ok() {
	gpioget -c "$chip" "GPIO$PIN" >/dev/null && [ "$(pl061_bit 2 $BIT)" = 0 ]
}

mux() { # FUNCTION DIRBIT
	echo "GPIO$MUXPIN $1" > /sys/kernel/debug/pinctrl/"$pctl"/pinmux-select &&
		[ "$(pl061_bit 2 $MUXBIT)" = "$2" ]
}

ktap_plan 11
ktap_check "the pin controller is bound" sh -c "ls -d $drv/rpi-scmi-pinctrl.* >/dev/null"
ktap_check "gpiodetect finds its 58 lines" test "$nlines" = 58
ktap_check "gpioinfo names every line as the firmware does (GPIO0..GPIO57)" names_ok
ktap_check "gpioset GPIO$PIN=1: the PL061 line drives high" set_and_check 1
ktap_check "gpioset GPIO$PIN=0: the PL061 line drives low" set_and_check 0
ktap_check "gpioget GPIO$PIN (as input): the PL061 line is an input" input_ok
pctl=$(ls /sys/kernel/debug/pinctrl/ 2>/dev/null | grep rpi-scmi-pinctrl | head -n1)
if mux gpio_out 1 && mux gpio_in 0; then
	ktap_ok "debugfs pinmux-select GPIO$MUXPIN gpio_out/gpio_in switches the PL061 line"
else
	ktap_fail "debugfs pinmux-select GPIO$MUXPIN gpio_out/gpio_in switches the PL061 line"
fi

# gpio_test DESC [PARAM...]: rpi-acpi-gpio-test.ko's five checks pass.
gpio_test() {
	local desc=$1 r=/sys/kernel/debug/rpi_acpi_gpio_test/results

	shift
	if insmod /testmods/rpi-acpi-gpio-test.ko "$@"; then
		sed 's/^/# gpio-test: /' $r
		ktap_check "$desc" \
			sh -c "! grep -q '^not ok' $r && [ \$(grep -c '^ok' $r) -eq 5 ]"
		rmmod rpi_acpi_gpio_test
	else
		ktap_fail "$desc"
	fi
}
gpio_test "an ACPI consumer's lines: no lost update from 4 CPUs, one SMC each; GpioInt refused"

# Every CPU on the shared-memory channel at once: one message in the
# region at a time, no CPU kept waiting with interrupts off (the console
# check fails the run on a soft lockup or an RCU stall).
scmi_id=$(grep -l '^0$' /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
	sed 's|/firmware_node/uid$||; s|.*/||' | head -n1)
scmi_drv=/sys/bus/platform/drivers/rpi-smc-scmi
agent_on() { # CHANNEL: rebind the agent on CHANNEL (auto, smcf, shmem)
	echo "$1" > /sys/module/rpi_smc_scmi/parameters/transport &&
		echo "$scmi_id" > $scmi_drv/unbind && echo "$scmi_id" > $scmi_drv/bind
}
# gpio-leds lets go of its line meanwhile (bound again below): gpiolib
# leaks a line's label when its chip goes away under a consumer.
for d in /sys/bus/platform/drivers/leds-gpio/PRP0001:*; do
	[ -e "$d" ] && echo "${d##*/}" > /sys/bus/platform/drivers/leds-gpio/unbind
done
if agent_on shmem; then
	gpio_test "the same from 4 CPUs on shared memory: one doorbell each" channel=shmem
else
	ktap_fail "the same from 4 CPUs on shared memory: one doorbell each"
fi
agent_on auto || ktap_diag "the agent did not bind again on both channels"

# A thread that cannot start: the ones started stop, none is left behind.
threads_left() { # how many are left, once those that finished are gone
	local i n
	for i in 1 2 3 4 5 6 7 8 9 10; do
		n=$(ps -o comm 2>/dev/null | grep -c '^gpio-test/')
		[ "$n" = 0 ] && break
		sleep 0.2
	done
	echo "$n"
}
if insmod /testmods/rpi-acpi-gpio-test.ko fail_thread=2; then
	left=$(threads_left)
	ktap_diag "gpio-test threads left after a failed start: $left"
	rmmod rpi_acpi_gpio_test
	ktap_check "a thread that cannot start: no thread of the test is left" \
		test "$left" = 0
else
	ktap_fail "a thread that cannot start: no thread of the test is left"
fi

# gpio-leds from the SSDT: built into the debug kernel, a module on Debian's.
# Bound before the pin controller was last re-created (55-scmi.sh rebinds
# the agent), it is bound again to take its line from the current one.
# Built in, it may also have given up waiting for its line at boot.
leds=/sys/bus/platform/drivers/leds-gpio
[ -e $leds ] || insmod /distmods/leds-gpio.ko 2>/dev/null || true
for d in /sys/bus/platform/devices/PRP0001:*; do
	grep -q 'gpio-leds' "$d/modalias" 2>/dev/null || continue
	[ -e "$d/driver" ] && echo "${d##*/}" > $leds/unbind
	echo "${d##*/}" > $leds/bind
done
led=/sys/class/leds/rpi-acpi-test
if [ -e $led ]; then
	if echo 1 > $led/brightness && [ "$(pl061_bit 1 $LEDBIT)" = 1 ] &&
	   echo 0 > $led/brightness && [ "$(pl061_bit 1 $LEDBIT)" = 0 ]; then
		ktap_ok "gpio-leds from an ACPI table drives its PL061 line"
	else
		ktap_fail "gpio-leds from an ACPI table drives its PL061 line"
	fi
else
	ktap_diag "no LED class device: leds-gpio did not bind ($(ls $leds 2>&1 | tr '\n' ' '))"
	ktap_fail "gpio-leds from an ACPI table drives its PL061 line"
fi
ktap_finish
