#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Create (once) a Debian build root for kernels whose host tools and
# compiler flags the bookworm host cannot serve (6.12 needs gcc-14 and
# glibc 2.38, 7.2 needs gcc-16). Prints the root's path.
#
# usage: buildroot.sh SUITE GCC_MAJOR
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

suite=${1:?suite}
gcc=${2:?gcc major}
dir=$CACHE/buildroot/$suite-gcc$gcc
pkgs="make,gcc-$gcc-aarch64-linux-gnu,sparse,dwarves,perl-base,libelf1t64,libssl3t64,kmod,rsync,python3-minimal"
key="v1 $suite $pkgs"

if stamp_ok "$dir" "$key"; then
	echo "$dir"
	exit 0
fi
need_host_pkgs debootstrap
mkdir -p "${dir%/*}"
# One creator at a time; a run that was killed leaves a partial $dir.tmp.
exec 9>"$dir.lock"
flock 9
if stamp_ok "$dir" "$key"; then
	echo "$dir"
	exit 0
fi
rm -rf "$dir" "$dir.tmp"
log "creating the $suite build root (gcc-$gcc) in $dir"
debootstrap --variant=minbase --include="$pkgs" "$suite" "$dir.tmp" \
	"$MIRROR" >"$dir.log" 2>&1 || {
	tail -n 20 "$dir.log" >&2
	die "debootstrap $suite failed (log: $dir.log)"
}
# The sid archive's Release file may be past its Valid-Until date.
echo 'Acquire::Check-Valid-Until "false";' \
	> "$dir.tmp/etc/apt/apt.conf.d/99no-valid-until"
rm -rf "$dir.tmp/var/cache/apt/archives/"*.deb
mv "$dir.tmp" "$dir"
stamp_set "$dir" "$key"
echo "$dir"
