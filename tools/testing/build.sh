#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build the project's modules for one supported Debian arm64 kernel, the
# way that kernel's users build them (its own headers and compiler), with
# W=1, warnings as errors and, unless NO_SPARSE=1, sparse with sparse's
# warnings as errors. The .ko files land in $CACHE/out/UNAME/.
#
# usage: build.sh KERNEL [SRC_DIR]   (KERNEL: 6.1, 6.12, 7.2, test or test-ffh)
#        SRC_DIR defaults to the project's top; prints the output dir.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

name=${1:?kernel}
src=${2:-$TOP}
sparse=$([ "${NO_SPARSE:-0}" = 1 ] && echo 0 || echo 2)
# Each source tree gets its own work and output directories, keyed by its
# path too: two checkouts of the project must not build in one directory.
src=$(realpath "$src")
tag=$([ "$src" = "$(realpath "$TOP")" ] && echo rpi-acpi || basename "$src")
tag=$tag-$(echo "$src" | sha256sum | cut -c1-8)

# The debug test kernels are built here, for the host's cross compiler.
if is_test_kernel "$name"; then
	kdir=$(test_kernel_dir "$name")
	uname=$(cat "$kdir/include/config/kernel.release")
	root=/ K_GCC='' K_ROOT=host
	K_UNAME=$uname
	in_root() { "$@"; }
	work=$CACHE/work/$uname/$tag
else
	kernel_info "$name"
	need_host_pkgs rsync
	if [ "$K_ROOT" = host ]; then
		need_host_pkgs "gcc-$K_GCC-aarch64-linux-gnu" sparse make
		root=$CACHE/kernels/$K_UNAME/headers
		in_root() { "$@"; }
		work=$CACHE/work/$K_UNAME/$tag
	else
		root=$("$(dirname "$0")/buildroot.sh" "$K_ROOT" "$K_GCC")
		in_root() { chroot "$root" "$@"; }
		work=/build/$K_UNAME/$tag
	fi
	kdir=/usr/src/linux-headers-$K_UNAME
	key="v1 $K_HEADERS"
	if ! stamp_ok "$root$kdir" "$key"; then
		debs=()
		for p in $K_HEADERS; do debs+=("$(fetch_deb "$p")"); done
		extract_debs "$root" "${debs[@]}"
		# Headers extracted outside / name their common half by
		# absolute path: point it at the extracted copy.
		[ "$root" = / ] || [ "$K_ROOT" != host ] ||
			sed -i "s|/usr/src/|$root/usr/src/|" "$root$kdir/Makefile"
		stamp_set "$root$kdir" "$key"
	fi
	# Debian's 7.2 kbuild lacks the script Kbuild asks before running
	# sparse, which then skips sparse with only a warning.
	cv=$root$kdir/scripts/checker-valid.sh
	if [ ! -e "$cv" ] || grep -q rpi_acpi_checker_probe "$cv"; then
		install -m 755 "$TOP/tools/testing/kbuild/checker-valid.sh" "$cv"
	fi
	[ "$K_ROOT" = host ] && kdir=$root$kdir
fi

hostwork=$([ "$K_ROOT" = host ] && echo "$work" || echo "$root$work")
mkdir -p "$hostwork"
# One build of a tree for a kernel at a time.
exec 9>"$hostwork.lock"
flock 9
rsync -a --delete --force --exclude=.git --exclude='*.ko' --exclude='*.o' \
	--exclude='*.cmd' --exclude='*.mod*' --exclude=modules.order \
	--exclude=Module.symvers "$src/" "$hostwork/" >&2

log "building $tag for $K_UNAME (gcc${K_GCC:+-$K_GCC}, W=1, sparse C=$sparse)"
in_root make -s -C "$kdir" M="$work" ARCH=arm64 \
	CROSS_COMPILE=aarch64-linux-gnu- CC="aarch64-linux-gnu-gcc${K_GCC:+-$K_GCC}" \
	W=1 KCFLAGS=-Werror C="$sparse" CF=-Wsparse-error modules >&2

out=$CACHE/out/$K_UNAME/$tag
rm -rf "$out"
mkdir -p "$out"
find "$hostwork" -name '*.ko' -exec cp {} "$out/" \;
[ -n "$(ls "$out")" ] || die "no module was built for $K_UNAME"
echo "$out"
