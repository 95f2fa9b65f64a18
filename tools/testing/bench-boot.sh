#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Boot time through the project's firmware (TF-A + UEFI, 4 CPUs) against the
# plain-QEMU path (QEMU's PSCI, Debian's UEFI, 2 CPUs) on the same kernel,
# interleaved so both see the same machine load. The guest runs only
# guest/booted.sh. Reports the ratio of the medians of host wall time from
# QEMU's start to the guest's power-off.
#
# usage: bench-boot.sh [KERNEL] [ROUNDS]   (default 6.12, 3 rounds)
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

kernel=${1:-6.12}
rounds=${2:-3}
declare -A times=()
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for i in $(seq "$rounds"); do
	for fw in none tf-a; do
		out=$("$TOP/tools/testing/run-guest.sh" -k "$kernel" -f "$fw" \
			-N -t "$TOP/tools/testing/guest/booted.sh" \
			-l "$CACHE/logs/bench-$fw.log" 2>&1) ||
			{ printf '%s\n' "$out"; die "the $fw boot failed"; }
		t=$(sed -n 's/.*guest ran \([0-9.]*\) s.*/\1/p' <<<"$out")
		times[$fw]="${times[$fw]:-} $t"
		log "round $i, firmware $fw: $t s"
	done
done
none=$(median <<<"${times[none]}")
tfa=$(median <<<"${times[tf-a]}")
echo "boot to power-off on $kernel, median of $rounds: plain QEMU ${none} s, TF-A + UEFI ${tfa} s"
echo "ratio TF-A + UEFI / plain QEMU: $(awk -v a="$tfa" -v b="$none" 'BEGIN { printf "%.2f", a / b }')"
