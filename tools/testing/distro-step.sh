#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# One step of distro.sh, run in the full Debian guest by its
# rpi-acpi-step.service from the step disk (mounted at /run/step), as
# root. The step is the kernel command line's rpi_acpi_step=NAME; the
# steps are listed in distro.sh. The results are KTAP, printed between
# ktap.py's markers on the serial console once the step is done, so that
# nothing else on the console can split them.
# shellcheck source=tools/testing/guest/ktap.sh
. /run/step/ktap.sh

D=/run/step
PKG=rpi-acpi-dkms
VER=$(cat $D/version)
MODS="rpi-smc-scmi rpi-scmi-pinctrl rpi-smc-pcie arm-ffh-smc dwc2-acpi"
CTRL=/sys/bus/platform/devices/BCM2848:00
FFH=/var/lib/rpi-acpi-test
step=$(sed -n 's/.*rpi_acpi_step=\([a-z0-9]*\).*/\1/p' /proc/cmdline)
kver=$(uname -r)
export DEBIAN_FRONTEND=noninteractive PATH=/usr/sbin:/usr/bin:/sbin:/bin

# quiet: OUTPUT of a command into the log, its tail as diagnostics when
# it fails.
quiet() {
	if "$@" >/tmp/cmd.log 2>&1; then
		return 0
	fi
	tail -n 25 /tmp/cmd.log | sed 's/^/# /'
	return 1
}

# dkms_installed KVER: dkms reports the package installed for KVER.
dkms_installed() {
	dkms status -m rpi-acpi -v "$VER" -k "$1" 2>/dev/null | tee /tmp/dkms.st |
		grep -q ': installed'
}

# modules_in KVER: every module of dkms.conf in KVER's updates/dkms.
modules_in() {
	for m in $MODS; do
		ls /lib/modules/"$1"/updates/dkms/"$m".ko* >/dev/null 2>&1 ||
			{ echo "# no $m in /lib/modules/$1/updates/dkms"; return 1; }
	done
}

# build_ffh_test KVER: the guest test module that evaluates the FFH
# test device's AML (tools/testing/guest/modules/ffh-test), built against
# KVER's headers as DKMS builds.
build_ffh_test() {
	rm -rf "$FFH/src-$1"
	mkdir -p "$FFH/src-$1" &&
	cp -r $D/ffh-src/. "$FFH/src-$1/" &&
	quiet make -C /lib/modules/"$1"/build M="$FFH/src-$1" modules &&
	cp "$FFH/src-$1/ffh-test/rpi-acpi-ffh-test.ko" "$FFH/ffh-test-$1.ko"
}

softdeps() {
	modprobe -c | grep -E '^softdep (dwc2|rpi[-_]smc[-_]scmi) ' | sed 's/^/# /'
	modprobe -c | grep -qE '^softdep dwc2 pre: dwc2[-_]acpi( |$)' &&
		modprobe -c | grep -qE '^softdep rpi[-_]smc[-_]scmi .*post: arm[-_]ffh[-_]smc( |$)'
}

# With rpi-acpi-tables (when the step disk has it): its hook is told to
# add the marker table (tools/testing/distro-marker.asl) in place of the
# Pi 4's, which would describe a machine this is not.
TABLES_DEB=$D/rpi-acpi-tables_${VER}_all.deb
TABLES_DIR=/var/lib/rpi-acpi-test/acpi
tables() { [ -e "$TABLES_DEB" ]; }

# initrd_has_marker KVER: KVER's initramfs holds the marker table.
initrd_has_marker() {
	lsinitramfs /boot/initrd.img-"$1" | grep -q 'kernel/firmware/acpi/distro-marker.aml'
}

# marker_loaded: the ACPI table upgrade installed the marker table.
marker_loaded() {
	grep -qa DISTMARK /sys/firmware/acpi/tables/SSDT* 2>/dev/null
}

no_marker_loaded() { ! marker_loaded; }

step_install() {
	debs=$D/${PKG}_"$VER"_all.deb
	if tables; then
		ktap_plan 9
		mkdir -p $TABLES_DIR
		cp $D/acpi/distro-marker.aml $TABLES_DIR/
		printf '%s\n' RPI_ACPI_TABLES=yes RPI_ACPI_TABLES_DIR=$TABLES_DIR \
			> /etc/default/rpi-acpi-tables
		debs="$debs $TABLES_DEB"
	else
		ktap_plan 7
	fi
	ktap_check "running $KVER1" test "$kver" = "$KVER1"
	# shellcheck disable=SC2086 # the packages' paths
	ktap_check "apt install ./$PKG deb: DKMS builds and installs, no error" \
		quiet apt-get install -y --no-install-recommends $debs
	if tables; then
		ktap_check "rpi-acpi-tables: the hook and the tables are installed" \
			test -x /usr/share/initramfs-tools/hooks/rpi-acpi-tables -a \
			-d /usr/lib/rpi-acpi/acpi
		ktap_check "rpi-acpi-tables: $kver's initramfs has the hook's table" \
			initrd_has_marker "$kver"
	fi
	if grep -qiE '(^|[^a-z])(error|failed)' /tmp/cmd.log; then
		grep -iE '(^|[^a-z])(error|failed)' /tmp/cmd.log | sed 's/^/# /'
		ktap_fail "apt's output names no error"
	else
		ktap_ok "apt's output names no error"
	fi
	ktap_check "dkms: rpi-acpi/$VER installed for $kver" dkms_installed "$kver"
	ktap_check "every module in /lib/modules/$kver/updates/dkms" modules_in "$kver"
	ktap_check "the softdeps are modprobe's (dwc2-acpi before dwc2, FFH with the agent)" \
		softdeps
	ktap_check "the FFH test module builds for $kver" build_ffh_test "$kver"
}

# loaded MODULE: in the kernel, from DKMS's directory.
loaded() {
	m=$(echo "$1" | tr - _)
	[ -e /sys/module/"$m"/initstate ] &&
		modinfo -n "$1" | grep -q "/updates/dkms/"
}

nothing_loads_them() {
	! grep -rqsE 'rpi|dwc2|ffh' /etc/modules /etc/modules-load.d \
		/usr/lib/modules-load.d /run/modules-load.d
}

gpio_lines() {
	chip=$(gpiodetect | sed -n 's/^\(gpiochip[0-9]*\) \[rpi-scmi-pinctrl[^]]*\] (58 lines)$/\1/p')
	[ -n "$chip" ] || { gpiodetect | sed 's/^/# /'; return 1; }
	# libgpiod 2 (trixie) takes -c CHIP, libgpiod 1 (bookworm) CHIP.
	{ gpioinfo -c "$chip" 2>/dev/null || gpioinfo "$chip"; } > /tmp/gpioinfo &&
		grep -q '"GPIO0"' /tmp/gpioinfo && grep -q '"GPIO57"' /tmp/gpioinfo
}

nvme_on_bridge() {
	lspci -nn | sed 's/^/# /'
	lspci -n | grep -q ' 0604: ' && lspci -n | grep -q ' 0108: ' &&
		[ -n "$(ls /sys/class/nvme 2>/dev/null)" ]
}

drv_of() { [ -e "$1/driver" ] && basename "$(readlink "$1/driver")" || echo -; }

dwc2_glue_first() {
	echo "# controller: $(drv_of $CTRL); dma_mode $(cat $CTRL/dma_mode 2>/dev/null)"
	dmesg | grep -E 'dwc2|BCM2848' | sed 's/^/# /' | tail -n 8
	[ "$(drv_of $CTRL)" = dwc2 ] &&
		dmesg | grep -q 'handed to dwc2: role host' &&
		! dmesg | grep -q 'taking the controller from dwc2'
}

# ffh_refused: on kernels whose ACPICA predates FFH buffers (6.1) the
# handler refuses to load, saying why, and AML's FFH calls fail cleanly.
ffh_refused() {
	dmesg | grep 'arm_ffh_smc\|arm-ffh-smc\|FFH' | sed 's/^/# /' | tail -n 4
	[ ! -e /sys/module/arm_ffh_smc ] &&
		dmesg | grep -q 'predates FFH OperationRegion buffers' &&
		insmod "$FFH/ffh-test-$kver.ko" || return 1
	cat /sys/kernel/debug/rpi_acpi_ffh_test/results > /tmp/ffh.ktap
	rmmod rpi_acpi_ffh_test
	sed 's/^/# /' /tmp/ffh.ktap
	grep -q '^not ok 1 ' /tmp/ffh.ktap
}

ffh_ok() {
	insmod "$FFH/ffh-test-$kver.ko" || return 1
	cat /sys/kernel/debug/rpi_acpi_ffh_test/results > /tmp/ffh.ktap
	rmmod rpi_acpi_ffh_test
	sed 's/^/# /' /tmp/ffh.ktap
	grep -q '^1\.\.' /tmp/ffh.ktap && ! grep -q '^not ok' /tmp/ffh.ktap
}

no_problems() {
	! dmesg | grep -E 'Oops|BUG:|WARNING:|Call trace:|Unable to handle' |
		sed 's/^/# /' | grep .
}

step_autoload() {
	want=$1
	if tables; then ktap_plan 13; else ktap_plan 12; fi
	if tables; then
		ktap_check "the ACPI table upgrade loaded the table rpi-acpi-tables' hook added" \
			marker_loaded
	fi
	ktap_check "running $want" test "$kver" = "$want"
	ktap_check "nothing but udev loads the modules (no modules-load.d entry)" \
		nothing_loads_them
	for m in $MODS; do
		if [ "$m" = arm-ffh-smc ] && [ "$FFH_EXPECT" = refused ]; then
			ktap_check "arm-ffh-smc refused to load, saying why; AML's FFH calls fail cleanly" \
				ffh_refused
			continue
		fi
		ktap_check "$m loaded at boot, from updates/dkms" loaded "$m"
	done
	ktap_check "gpioinfo lists the firmware's 58 lines GPIO0..GPIO57" gpio_lines
	ktap_check "lspci: the bridge and the NVMe behind it, nvme bound" nvme_on_bridge
	ktap_check "the DWC2 glue had the controller before dwc2, then handed it over" \
		dwc2_glue_first
	if [ "$FFH_EXPECT" = refused ]; then
		ktap_skip "AML calls firmware through FFH: not on this kernel"
	else
		ktap_check "AML calls firmware through FFH: the test device's checks pass" ffh_ok
	fi
	ktap_check "no oops, BUG or WARNING in the kernel log" no_problems
}

step_kernel2() {
	if tables; then ktap_plan 6; else ktap_plan 5; fi
	ktap_check "apt install the second kernel $KVER2 with its headers" \
		quiet apt-get install -y --no-install-recommends /root/kernel2/*.deb
	ktap_check "dkms: rpi-acpi/$VER installed for $KVER2" dkms_installed "$KVER2"
	ktap_check "every module in /lib/modules/$KVER2/updates/dkms" modules_in "$KVER2"
	ktap_check "the initramfs of $KVER2 was made" test -s /boot/initrd.img-"$KVER2"
	ktap_check "the FFH test module builds for $KVER2" build_ffh_test "$KVER2"
	if tables; then
		ktap_check "rpi-acpi-tables: $KVER2's initramfs has the hook's table" \
			initrd_has_marker "$KVER2"
	fi
}

none_left() {
	for k in "$KVER1" $KVER2; do
		for m in $MODS; do
			! ls /lib/modules/"$k"/updates/dkms/"$m".ko* 2>/dev/null ||
				return 1
		done
	done
	[ ! -e /var/lib/dkms/rpi-acpi ] && [ ! -e /usr/src/rpi-acpi-"$VER" ]
}

no_marker_left() {
	for k in "$KVER1" $KVER2; do
		! initrd_has_marker "$k" || { echo "# $k's initramfs has it"; return 1; }
	done
}

step_purge() {
	if tables; then
		ktap_plan 6
		ktap_check "apt purge $PKG rpi-acpi-tables" \
			quiet apt-get purge -y $PKG rpi-acpi-tables
		ktap_check "rpi-acpi-tables: the hook and the tables are gone" \
			test ! -e /usr/share/initramfs-tools/hooks/rpi-acpi-tables -a \
			! -e /usr/lib/rpi-acpi
		ktap_check "rpi-acpi-tables: no kernel's initramfs has the table" \
			no_marker_left
	else
		ktap_plan 4
		ktap_check "apt purge $PKG" quiet apt-get purge -y $PKG
	fi
	ktap_check "no module of the package left for either kernel, no dkms tree" none_left
	ktap_check "the softdeps are gone" sh -c \
		"! ls /usr/lib/modprobe.d/dwc2-acpi.conf /usr/lib/modprobe.d/arm-ffh-smc.conf 2>/dev/null &&
		 ! modprobe -c | grep -q 'softdep dwc2 pre: dwc2-acpi'"
	ktap_check "dpkg knows nothing of the package" sh -c \
		"! dpkg -l $PKG 2>/dev/null | grep -q '^[a-z][a-z] '"
}

step_clean() {
	if tables; then
		ktap_plan 5
		ktap_check "no table of rpi-acpi-tables' hook was loaded" no_marker_loaded
	else
		ktap_plan 4
	fi
	ktap_check "running $KLAST (the last kernel installed)" test "$kver" = "$KLAST"
	for m in rpi-smc-scmi dwc2-acpi; do
		ktap_check "$m is not loaded" test ! -e /sys/module/"$(echo $m | tr - _)"
	done
	ktap_check "no oops, BUG or WARNING in the kernel log" no_problems
}

# KVER1, KVER2: the kernels' releases, from distro.sh.
# shellcheck disable=SC1091
. $D/kernels
echo 1 > /proc/sys/kernel/printk
mkdir -p $FFH
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
out=/tmp/step.ktap
case $step in
install) step_install ;;
autoload) step_autoload "$KVER1" ;;
kernel2) step_kernel2 ;;
autoload2) step_autoload "$KVER2" ;;
purge) step_purge ;;
clean) step_clean ;;
*) ktap_plan 1; ktap_fail "unknown step '$step'" ;;
esac > $out 2>&1
sync
echo "@@RPI-ACPI-KTAP-BEGIN@@"
cat $out
echo "@@RPI-ACPI-KTAP-END@@"
