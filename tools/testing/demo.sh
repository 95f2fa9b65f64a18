#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The demo: boot the emulated machine (QEMU virt, UEFI, ACPI) on a Debian
# arm64 kernel with the project's modules and tables, and show what they
# do there. Sets up everything it needs on first use (as root).
#
# usage: demo.sh [KERNEL]   (6.1, 6.12, 7.2 or test; default 6.12)
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

kernel=${1:-6.12}
log=$CACHE/logs/demo-$kernel.log
rc=0
"$TOP/tools/testing/run-guest.sh" -k "$kernel" -l "$log" \
	-t "$TOP/tools/testing/demo/show.sh" || rc=$?

echo
echo "== What the guest reported (full console log: $log)"
sed -n '/@@RPI-ACPI-KTAP-BEGIN@@/,/@@RPI-ACPI-KTAP-END@@/p' "$log" |
	grep -v '^@@' | grep -E '^# (kernel|ACPI|dmesg|loaded)|^(not )?ok '
exit $rc
