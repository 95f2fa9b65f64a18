#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The demo: boot the emulated machine (QEMU virt, TF-A with the project's
# firmware services, the project's UEFI, ACPI) on a Debian arm64 kernel
# with the project's modules and tables, and show what they do there.
# Sets up everything it needs on first use (as root).
#
# usage: demo.sh [KERNEL [FIRMWARE]]   (6.1, 6.12, 7.2 or test; tf-a or none)
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

kernel=${1:-6.12}
firmware=${2:-tf-a}
# The console log: the step's own when check.sh runs the demo, else one
# per kernel; a previous run's is removed, so that all shown is this run's.
log=${RPI_ACPI_CONSOLE_LOG:-$CACHE/logs/demo-$kernel.log}
rm -f "$log"
rc=0
# With the project's firmware the machine has the Pi's DWC2 too (QEMU
# built with the project's patch), and 1 GB of RAM, all of it inside the
# controller's DMA window.
usb=()
[ "$firmware" = none ] || usb=(-u -M 1024)
"$TOP/tools/testing/run-guest.sh" -k "$kernel" -f "$firmware" -l "$log" \
	${usb[@]+"${usb[@]}"} -N -t "$TOP/tools/testing/demo/show.sh" || rc=$?

[ -e "$log" ] || { echo "the guest never booted: no console log"; exit $rc; }
echo
echo "== The firmware (full console log: $log)"
grep -aE '^(NOTICE|INFO): +(Booting|BL1: v|BL2: v|BL31: v|rpi-acpi)' "$log" |
	sed 's/^/   /' || echo "   (QEMU's own PSCI: no EL3 firmware)"
echo "== What the guest saw"
sed -n '/@@RPI-ACPI-KTAP-BEGIN@@/,/@@RPI-ACPI-KTAP-END@@/p' "$log" |
	grep -aE '^# (kernel|ACPI|dmesg|loaded|SCMI|GPIO|secure|after|AML|PCI|NVMe|USB)' | sed 's/^# /   /'
exit $rc
