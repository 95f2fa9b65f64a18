#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Style checks with the kernel's own tools, from Debian's kernel source:
#   checkpatch   checkpatch.pl --strict on every kernel-side C file, header
#                and Kbuild file; firmware code (firmware/, built into TF-A)
#                with TF-A's own checkpatch configuration instead
#   kernel-doc   kernel-doc -Wall on every C file and header
# usage: check-style.sh checkpatch|kernel-doc
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

src=$(kernel_source)
cd "$TOP"
files() {
	git ls-files -- "$@" 2>/dev/null || find . -name "${1#\*}" -printf '%P\n'
}

bad=0
case ${1:?checkpatch or kernel-doc} in
checkpatch)
	need_host_pkgs perl
	# TF-A's options: its .checkpatch.conf, one option a line.
	tfa_opts=$(grep -v '^#' "$("$TOP/tools/testing/firmware/build-tfa.sh" source)/.checkpatch.conf")
	for f in $(files '*.c' '*.h' Kbuild '*/Kbuild' Kconfig Makefile); do
		case $f in
		firmware/*) opts=$tfa_opts ;;
		*) opts="--strict --no-tree" ;;
		esac
		# shellcheck disable=SC2086
		out=$("$src/scripts/checkpatch.pl" $opts --terse --show-types \
			-f "$f" | grep -v '^total:' || true)
		[ -z "$out" ] || { echo "$out"; bad=1; }
	done
	;;
kernel-doc)
	for f in $(files '*.c' '*.h'); do
		out=$("$src/scripts/kernel-doc" -none -Wall "$f" 2>&1)
		[ -z "$out" ] || { echo "$out"; bad=1; }
	done
	;;
*)
	die "unknown check '$1'"
	;;
esac
[ $bad = 0 ] && echo "$1: clean"
exit $bad
