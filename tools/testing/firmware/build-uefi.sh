#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build the UEFI firmware TF-A starts as BL33 on QEMU's virt machine: edk2's
# relocatable ArmVirtQemuKernel (AARCH64, RELEASE, GCC5 with the host's
# aarch64-linux-gnu cross compiler) from Debian trixie's edk2 source, with
# Debian's patches and then the project's (firmware/edk2/patches/*.patch, in
# name order). The firmware, build.log and the tree are kept in
# ~/.cache/rpi-acpi/edk2/HASH/, HASH of the source version, the project's
# patches and the compiler version; a cold build takes about 5 minutes on
# 2 cores, a warm run returns at once. The source version, EDK2_PKG, is
# pinned in tools/testing/versions.sh.
#
# usage: build-uefi.sh   prints the path of QEMU_EFI.fd, to use as bl33.bin
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

PLATFORM=ArmVirtPkg/ArmVirtQemuKernel.dsc
FV=Build/ArmVirtQemuKernel-AARCH64/RELEASE_GCC5/FV/QEMU_EFI.fd

need_host_pkgs gcc-aarch64-linux-gnu build-essential uuid-dev python3 \
	acpica-tools
mapfile -t patches < <(patch_list "$TOP/firmware/edk2/patches")
cc_ver=$(aarch64-linux-gnu-gcc -dumpfullversion)
key=$( (echo "v1 $EDK2_PKG $PLATFORM RELEASE GCC5 gcc $cc_ver"
	files_key ${patches[@]+"${patches[@]}"}) | sha256sum | cut -c1-12)
out=$CACHE/edk2/$key
if stamp_ok "$out" "$key"; then
	echo "$out/QEMU_EFI.fd"
	exit 0
fi

mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if stamp_ok "$out" "$key"; then
	echo "$out/QEMU_EFI.fd"
	exit 0
fi

# Unpack and patch once per key: a failed build is retried in the same tree.
work=$out/work
src=$work/edk2
if ! stamp_ok "$work" "$key"; then
	rm -rf "$work"
	unpack_source "$EDK2_PKG" "$src" ${patches[@]+"${patches[@]}"}
	stamp_set "$work" "$key"
fi

blog=$out/build.log
log "building edk2 $PLATFORM (cold builds take about 5 minutes on 2 cores), log: $blog"
start=$(date +%s)
# edksetup.sh and the build tool expect a non-strict shell.
if ! (cd "$src" && set +eu &&
	aarch64-linux-gnu-gcc -c -fpic BaseTools/Bin/GccLto/liblto-aarch64.s \
		-o BaseTools/Bin/GccLto/liblto-aarch64.a &&
	make -C BaseTools -j"$(nproc)" &&
	export GCC5_AARCH64_PREFIX=aarch64-linux-gnu- &&
	. ./edksetup.sh &&
	build -a AARCH64 -t GCC5 -p "$PLATFORM" -b RELEASE -n "$(nproc)") \
	</dev/null >"$blog" 2>&1; then
	# Parallel make puts the first error well above the tail.
	grep -E -m 10 ': (fatal )?error( [0-9A-F]+)?:' "$blog" >&2 || true
	tail -n 30 "$blog" >&2
	die "edk2 build failed (full log: $blog)"
fi
[ -f "$src/$FV" ] || die "edk2 build made no $FV (log: $blog)"
cp "$src/$FV" "$out/QEMU_EFI.fd"
log "edk2 built in $(( $(date +%s) - start )) s"
# The tree stays (700 MB): removing its 30000 files can take a minute.
stamp_set "$out" "$key"
echo "$out/QEMU_EFI.fd"
