#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Second opinion on a test guest's KUnit results: hand what KUnit itself
# printed on the console while the KUnit modules loaded to the kernel's
# own parser, `kunit.py parse`, one KUnit module at a time. Exits non-zero when it finds no test or a
# failure.
# usage: kunit-parse.sh CONSOLE_LOG
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

log=${1:?console log}
src=$(kernel_source)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# One slice per KUnit module: from the line the guest prints before loading
# it to the next such line or the next guest test (kunit.py reads one
# KTAP document per input).
awk -v dir="$dir" '
	/^# guest: loading KUnit module / { n++; f = dir "/" n; next }
	/^# guest: running / { f = "" }
	f { print > f }
' "$log"
rc=0 total=0
for f in "$dir"/*; do
	[ -e "$f" ] || continue
	out=$(python3 "$src/tools/testing/kunit/kunit.py" parse "$f" 2>&1) || rc=1
	printf '%s\n' "$out"
	n=$(sed -n 's/.*Ran \([0-9]*\) tests.*/\1/p' <<<"$out" | tail -n1)
	total=$((total + ${n:-0}))
done
[ "$total" -gt 0 ] || die "kunit.py found no test"
echo "kunit.py: $total tests parsed"
exit $rc
