#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Check the firmware test service's ABI without an operating system: boot
# the project's TF-A on QEMU's virt machine (2 CPUs) with the bare-metal
# payload firmware/tests/sip-abi as BL33, which calls every function of
# the service and DEN0115, prints KTAP and powers off through PSCI.
# ktap.py checks the result. The payload also floods BL31 with unknown ids
# and messages between "# console-quiet begin" and "# console-quiet end"
# lines: BL31 must print nothing there (one line each would let any
# caller fill the console with interrupts masked).
#
# usage: test-sip-abi.sh [-l LOG] [-T TIMEOUT]
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

log_file='' timeout=60
while getopts l:T: o; do
	case $o in
	l) log_file=$OPTARG ;;
	T) timeout=$OPTARG ;;
	*) die "usage: ${0##*/} [-l LOG] [-T TIMEOUT]" ;;
	esac
done

need_host_pkgs qemu-system-arm python3
tfa=$("$(dirname "$0")/build-tfa.sh" qemu)
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
cp "$tfa"/bl1.bin "$tfa"/bl2.bin "$tfa"/bl31.bin "$run/"
cp "$tfa/sip-abi-test.bin" "$run/bl33.bin"
mkdir -p "$CACHE/logs"
log_file=${log_file:-$CACHE/logs/sip-abi.log}

log "booting TF-A with the ABI test payload, console log: $log_file"
rc=0
(cd "$run" && timeout "$timeout" qemu-system-aarch64 \
	-M virt,secure=on,virtualization=on -cpu cortex-a72 -smp 2 -m 1024 \
	-nic none -display none -monitor none -serial stdio \
	-bios bl1.bin -semihosting-config enable=on,target=native) \
	</dev/null >"$log_file" 2>&1 || rc=$?
[ "$rc" != 124 ] || log "QEMU timed out after ${timeout}s"
grep -q 'rpi-acpi: test service' "$log_file" ||
	die "BL31 did not start the test service (log: $log_file)"
ktap_rc=0
python3 "$TOP/tools/testing/ktap.py" "$log_file" sip-abi || ktap_rc=$?
quiet=$(tr -d '\r' <"$log_file" | awk '
	/^# console-quiet begin/ { q = 1; n++; next }
	/^# console-quiet end/ { q = 0; next }
	q { print }
	END { if (n == 0) print "(no console-quiet markers)" }')
[ -z "$quiet" ] || die "BL31 printed while the payload flooded it with unknown ids ($(printf '%s\n' "$quiet" | wc -l) lines, log: $log_file):
$(printf '%s\n' "$quiet" | head -n 5)"
[ "$ktap_rc" = 0 ] || exit "$ktap_rc"
[ "$rc" = 0 ] || die "QEMU exited with $rc (log: $log_file)"
