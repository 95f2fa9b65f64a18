#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Check the Pi 4's SCMI pin control backend and its DEN0115 service
# without an operating system: TF-A's rpi4 BL31 (build-tfa.sh rpi4) on
# QEMU's raspi4b, entering the bare-metal payload firmware/tests/rpi4-pinctrl
# as its kernel, which sends pin control messages over the SMC fastchannel,
# reads the BCM2711's GPIO registers back, sends DEN0115 calls that must be
# refused before they reach the Pi's hooks, prints KTAP and powers off.
# ktap.py checks it; a call that never returns ends in the timeout and no
# report, a failure.
#
# raspi4b needs QEMU 10 (bookworm-backports' qemu-system-arm, unpacked
# into the cache and run with the system's libraries; RPI4_QEMU_DEB in
# tools/testing/versions.sh). All four CPUs reset into BL31, as on a Pi.
#
# The BL31 is the very image `make rpi4` gives a Pi 4 owner to splice into
# pftf's RPI_EFI.fd, built with pftf's options: it enters BL33 at 0x20000
# (PRELOADED_BL33_BASE, where UEFI starts in RPI_EFI.fd), so the payload
# is loaded there, and BL31's header is filled as the Pi's firmware fills
# it with pftf's config.txt (device_tree_address=0x3e0000): BL31 then maps
# the 4 MiB from 0x200000 for the device tree, as on a Pi. The header's
# kernel address points at nothing: BL31 must not use it.
#
# usage: test-rpi4-pinctrl.sh [-l LOG] [-T TIMEOUT]
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$(dirname "$0")/../lib/raspi4b.sh"

# PRELOADED_BL33_BASE of the rpi4 build (build-tfa.sh)
PAYLOAD_ADDR=0x20000
# pftf's config.txt; no device tree is there (pftf's BL31 edits the one
# at 0x1f0000, RPI3_PRELOADED_DTB_BASE, and finds none either).
DTB_ADDR=0x3e0000
# Nothing is there: an image entered there would never report.
KERNEL_ADDR=0x8000000
log_file='' timeout=60
while getopts l:T: o; do
	case $o in
	l) log_file=$OPTARG ;;
	T) timeout=$OPTARG ;;
	*) die "usage: ${0##*/} [-l LOG] [-T TIMEOUT]" ;;
	esac
done

need_host_pkgs qemu-system-arm gcc-aarch64-linux-gnu make python3
qemu=$(raspi4b_qemu)
tfa=$("$(dirname "$0")/build-tfa.sh" rpi4)
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
make -C "$TOP/firmware/tests/rpi4-pinctrl" -s \
	CROSS_COMPILE=aarch64-linux-gnu- O="$run" >&2
# BL31's header: the device tree's address, the kernel's (unused by this
# BL31).
cp "$tfa/bl31.bin" "$run/bl31.bin"
rpi4_bl31_header "$run/bl31.bin" "$DTB_ADDR" "$KERNEL_ADDR"
mkdir -p "$CACHE/logs"
log_file=${log_file:-$CACHE/logs/rpi4-pinctrl.log}

log "booting TF-A's rpi4 BL31 on raspi4b with the pin control and DEN0115 checks, console log: $log_file"
rc=0
timeout "$timeout" \
	"$qemu" -M raspi4b \
	-global arm_gic.has-security-extensions=on \
	-device loader,file="$run/bl31.bin",addr=0x0,force-raw=on \
	-device loader,file="$run/rpi4-pinctrl-test.bin",addr=$PAYLOAD_ADDR,force-raw=on \
	-display none -monitor none -serial stdio \
	</dev/null >"$log_file" 2>&1 || rc=$?
[ "$rc" != 124 ] || log "QEMU timed out after ${timeout}s"
grep -q "rpi-acpi: SCMI server 'rpi-acpi:bcm2711'" "$log_file" ||
	die "BL31 did not start the SCMI server (log: $log_file)"
python3 "$TOP/tools/testing/ktap.py" "$log_file" rpi4-pinctrl
[ "$rc" = 0 ] || die "QEMU exited with $rc (log: $log_file)"
