#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# tools/rpi4/selftest (the Pi 4 owner's report, /bin/rpi4-selftest here)
# checked line by line against what this guest has, found independently
# (uname, the kernel's own log lines, gpiodetect/gpioinfo, lspci, sysfs):
# with the project's firmware, without it (-f none: SMCCC v1.0, no SCMI),
# with the modules unloaded, and on a machine without ACPI. With
# rpi_acpi_hook=1 on the command line the initrd starts with the early
# cpio mkinitramfs made with the rpi-acpi-tables hook
# (tools/rpi4/initramfs-tools/test-hook.sh -g): its table must be loaded.
. /ktap.sh

R=/tmp/selftest.report
P=/sys/bus/platform
rpi4-selftest > $R 2>&1
rc=$?
sed 's/^/# report: /' $R
line() { sed -n "s/^$1: //p" $R | head -n 1; }
has() { grep -qxF "$1" $R; }
tf_a=0
grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline && tf_a=1

ktap_plan 18

ktap_check "kernel line is uname's" [ "$(line kernel)" = "$(uname -r) $(uname -m)" ]
ktap_check "boot: acpi" [ "$(line boot)" = acpi ]
oem="$(head -c 16 /sys/firmware/acpi/tables/FACP | tail -c 6 | sed 's/ *$//') $(head -c 24 /sys/firmware/acpi/tables/FACP | tail -c 8 | sed 's/ *$//')"
ktap_check "acpi oem is the FACP's ($oem), machine other" \
	sh -c "[ '$(line 'acpi oem')' = '$oem' ] && [ '$(line machine)' = other ]"

ksmccc=$(dmesg | sed -n 's/.*SMC Calling Convention v\([0-9.]*\).*/\1/p' | head -n 1)
ktap_check "smccc is the kernel's (v$ksmccc)" [ "$(line smccc)" = "$ksmccc" ]

# The SCMI agents: one line per RPIA0001 device, bound or not, and the
# bound ones' discovery as sysfs has it.
ok=1 nagents=0 bl31=no
for a in $P/devices/RPIA0001:*; do
	[ -e "$a" ] || continue
	id=${a##*/}
	nagents=$((nagents + 1))
	if [ -e "$a/driver" ]; then
		has "scmi agent: $id bound" || { ktap_diag "$id: no bound line"; ok=0; }
		v="$(cat $a/vendor):$(cat $a/sub_vendor)"
		has "scmi $id vendor: $v" || { ktap_diag "$id: vendor not $v"; ok=0; }
		has "scmi $id version: $(cat $a/protocol_version)" || { ktap_diag "$id: version"; ok=0; }
		has "scmi $id protocols: $(cat $a/protocols)" || { ktap_diag "$id: protocols"; ok=0; }
		while read -r ch n; do
			grep -q "^scmi $id channel $ch: [0-9]* messages$" $R ||
				{ ktap_diag "$id: channel $ch missing"; ok=0; }
		done < $a/channels
		[ "$(cat $a/vendor)" = rpi-acpi ] && bl31="yes ($v)"
	else
		grep -q "^scmi agent: $id not bound" $R || { ktap_diag "$id: no unbound line"; ok=0; }
	fi
done
[ "$nagents" -gt 0 ] || has "scmi agent: absent (no RPIA0001 device in ACPI)" || ok=0
ktap_check "a line per SCMI agent ($nagents), discovery as in sysfs" [ $ok = 1 ]
ktap_check "project bl31: $bl31" [ "$(line 'project bl31')" = "$bl31" ]
if [ $tf_a = 1 ]; then
	ktap_check "with the project's firmware: its BL31 found" \
		[ "$(line 'project bl31')" = "yes (rpi-acpi:qemu-virt)" ]
else
	ktap_check "without EL3 firmware: no BL31, a todo for SMCCC v1.0" \
		sh -c "[ '$(line 'project bl31')' = no ] && grep -q '^todo: firmware implements SMCCC v1.0' $R"
fi

# The SiP UID: the one the project's firmware defines
# (Documentation/firmware-guide/rpi-acpi-sip.rst), as every bound agent's
# sysfs has it; none without EL3 firmware (SMCCC v1.0, no conduit), or
# unknown when no table loaded rpi-smc-scmi.
if [ $tf_a = 1 ]; then
	uid=9550af0a-bf38-4e88-9c30-ca877d1bf01c
	ok=1
	for a in $P/devices/RPIA0001:*; do
		[ -e "$a/driver" ] || continue
		[ "$(cat $a/sip_uid)" = $uid ] || { ktap_diag "${a##*/}: sip_uid $(cat $a/sip_uid)"; ok=0; }
	done
	[ "$(line 'sip uid')" = "$uid (the project's BL31)" ] || ok=0
	ktap_check "sip uid: the project's ($uid), as each agent's sip_uid" [ $ok = 1 ]
elif [ -d /sys/module/rpi_smc_scmi ]; then
	ktap_check "sip uid: none without EL3 firmware" \
		[ "$(line 'sip uid')" = "none (the firmware answers no SiP UID query)" ]
else
	# Loaded by hand, the module finds no conduit and so no UID.
	insmod /modules/rpi-smc-scmi.ko 2>/dev/null
	dmesg | grep 'rpi_smc_scmi: firmware SMCCC' | tail -n 1 | sed 's/^/# /'
	ktap_check "sip uid: unknown, rpi-smc-scmi not loaded; loaded by hand: conduit none, UID none" \
		sh -c "[ \"\$(sed -n 's/^sip uid: //p' $R)\" = 'unknown (rpi-smc-scmi is not loaded; it reads the UID)' ] &&
			dmesg | grep -q 'rpi_smc_scmi: firmware SMCCC v1.0, conduit none, SiP UID none$'"
	rmmod rpi_smc_scmi 2>/dev/null
fi

# Pins: the count and names gpioinfo gives for the agent's GPIO chip.
pc=$(ls -d $P/drivers/rpi-scmi-pinctrl/rpi-scmi-pinctrl.* 2>/dev/null | head -n 1)
if [ -n "$pc" ]; then
	pc=${pc##*/}
	chip=$(ls -d $P/devices/$pc/gpiochip* | head -n 1)
	chip=${chip##*/}
	n=$(gpiodetect | sed -n "s/^$chip .*(\([0-9]*\) lines)$/\1/p")
	names=$(gpioinfo -c "$chip" | sed -n 's/^[[:space:]]*line[[:space:]]*[0-9]*:[[:space:]]*"\([^"]*\)".*/\1/p' | tr '\n' ' ' | sed 's/ *$//')
	ktap_diag "gpiodetect: $chip, $n lines"
	ktap_check "pinctrl: $pc with gpiodetect's count ($n)" \
		sh -c "grep -q '^pinctrl: $pc: $n pins' $R && grep -qxF 'gpiochip: $chip for $pc' $R"
	ktap_check "pin names are gpioinfo's line names" [ "$(line 'pin names')" = "$names" ]
else
	ktap_check "pinctrl: absent" has "pinctrl: absent"
	ktap_skip "pin names: no pin controller"
fi

# PCIe: every function lspci sees, its ids and driver.
ok=1
lspci -D -n | while read -r bdf cls ids rest; do
	drv=-
	[ -e /sys/bus/pci/devices/$bdf/driver ] &&
		drv=$(basename "$(readlink /sys/bus/pci/devices/$bdf/driver)")
	grep -q "^pci device: $bdf \[$ids\] class 0x${cls%:}[0-9a-f]* driver $drv$" $R ||
		{ echo "# no line for $bdf [$ids] $cls $drv"; exit 1; }
done || ok=0
[ "$(grep -c '^pci device: ' $R)" = "$(lspci -D -n | wc -l)" ] || ok=0
ktap_check "a pci device line for each of lspci's $(lspci -D -n | wc -l) functions" [ $ok = 1 ]
if [ $tf_a = 1 ]; then
	b=$(cat /sys/module/rpi_smc_pcie/parameters/backend 2>/dev/null)
	ktap_check "pcie: rpi-smc-pcie's root, its backend named" \
		grep -q "^pcie: PNP0A08:[0-9]*: PCIS: segment 0 .*configuration access through \(SCMI\|DEN0115\)$" $R
else
	ktap_check "pcie: the kernel's own root (QEMU's MCFG)" \
		grep -q "^pcie: PNP0A08:[0-9]*: [A-Z0-9_]*: the kernel's own ACPI PCI root driver (MCFG)$" $R
fi

if [ -d /sys/module/arm_ffh_smc ]; then
	ktap_check "ffh: arm-ffh-smc, as the kernel log says" \
		grep -q "^ffh: arm-ffh-smc (\(smc\|hvc\), owners [a-z,]*)$" $R
elif grep -q ' acpi_ffh_address_space_arch_handler$' /proc/kallsyms; then
	# The kernel's own FFH handler (CONFIG_ACPI_FFH), found by its symbol.
	ktap_check "ffh: the kernel's own, no todo for it" \
		sh -c "grep -q '^ffh: the kernel.s own' $R && ! grep -q '^todo: .*FFH' $R"
else
	ktap_check "ffh: none, with why and a todo" \
		sh -c "grep -q '^ffh: none' $R && grep -q '^todo: .*FFH' $R"
fi

if ls -d $P/devices/BCM2848:* >/dev/null 2>&1; then
	d=$(ls -d $P/devices/BCM2848:* | head -n 1)
	id=${d##*/}
	ktap_check "dwc2 $id: role and DMA mode as sysfs has them" \
		grep -qF "dwc2 $id: driver $(basename "$(readlink $d/driver)" 2>/dev/null), role $(cat $d/dr_mode), dma $(cat $d/dma_mode)" $R
else
	ktap_check "dwc2: none here" has "dwc2: no DWC2 (BCM2848) in ACPI"
fi

ntodo=$(grep -c '^todo: ' $R)
exp=0
[ "$ntodo" = 0 ] || exp=1
ktap_check "summary counts the $ntodo todo lines, exit status $exp" \
	sh -c "[ '$(line summary)' = '$ntodo todo' ] && [ $rc = $exp ]"

# The tables of the rpi-acpi-tables hook's early cpio.
if grep -q 'rpi_acpi_hook=1' /proc/cmdline; then
	ktap_check "the hook's table is loaded: RPIHOOK in tables and table upgrade, \\_SB.RPAH in the namespace" \
		sh -c "line() { sed -n \"s/^\$1: //p\" $R; }; line tables | grep -qw RPIHOOK &&
			line 'table upgrade' | grep -q 'SSDT-RPIACP- *RPIHOOK' &&
			[ \"\$(cat /sys/bus/acpi/devices/RPIA0F01:00/path)\" = '\\_SB_.RPAH' ]"
else
	ktap_skip "no initrd from the rpi-acpi-tables hook (rpi_acpi_hook=1)"
fi

# Without the modules: said so, with what to do; then put them back. The
# consumers on the firmware's pins (PRP0001 devices) let go first.
held=''
for d in /sys/bus/platform/devices/PRP0001:*; do
	[ -e "$d/driver" ] || continue
	drv=$(readlink "$d/driver")
	held="$held ${drv##*/}/${d##*/}"
	echo "${d##*/}" > "$d/driver/unbind"
done
loaded=''
for m in $(cat /modules/order); do
	[ -d "/sys/module/$(echo "${m%.ko}" | tr - _)" ] && loaded="$loaded $m"
done
for m in $(tac /modules/order); do rmmod "$(echo "${m%.ko}" | tr - _)" 2>/dev/null; done
left=''
for m in rpi_smc_scmi rpi_scmi_pinctrl rpi_smc_pcie arm_ffh_smc dwc2_acpi; do
	[ -d /sys/module/$m ] && left="$left $m"
done
rpi4-selftest > /tmp/selftest.nomods 2>&1
rc2=$?
grep -e '^modules:' -e '^todo:' -e '^summary:' /tmp/selftest.nomods | sed 's/^/# no modules: /'
if [ -z "$left" ]; then
	ktap_check "without the modules: none listed, a todo to install them, exit 1" \
		sh -c "grep -qx 'modules: ' /tmp/selftest.nomods &&
			grep -q '^todo: the rpi-acpi modules are not loaded' /tmp/selftest.nomods && [ $rc2 = 1 ]"
else
	# Something else still holds a module: the report must list what is
	# left, no more and no less.
	for m in $left; do
		ktap_diag "$m still loaded: refcnt $(cat /sys/module/$m/refcnt), holders $(ls /sys/module/$m/holders | tr '\n' ' ')"
	done
	ktap_check "with modules left loaded ($left): the report lists exactly those" \
		[ "$(sed -n 's/^modules: //p' /tmp/selftest.nomods)" = "${left# }" ]
fi
for m in $loaded; do
	[ -d "/sys/module/$(echo "${m%.ko}" | tr - _)" ] || insmod "/modules/$m" 2>/dev/null
done
for h in $held; do echo "${h#*/}" > "/sys/bus/platform/drivers/${h%/*}/bind" 2>/dev/null; done

# A machine without ACPI (device tree boot): the report says so, exit 2.
mkdir -p /tmp/nosys
RPI4_SELFTEST_SYS=/tmp/nosys rpi4-selftest > /tmp/selftest.dt 2>&1
rc3=$?
ktap_check "without ACPI: boot device-tree, acpi none, exit 2" \
	sh -c "grep -qx 'boot: device-tree' /tmp/selftest.dt && grep -q '^acpi: none' /tmp/selftest.dt && [ $rc3 = 2 ]"
ktap_finish
