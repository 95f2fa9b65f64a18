#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build qemu-system-aarch64 from Debian bookworm's QEMU source with the
# project's patches (tools/testing/qemu/patches/*.patch, applied in name
# order after Debian's). The patches give the virt machine a DWC2 USB
# controller behind a Raspberry Pi 4-like DMA window: -M virt,dwc2=on.
#
# Only TCG, the aarch64 system target, the system's libfdt and libslirp
# (for -netdev user); no docs, no tools, no UI. Firmware that the binary
# looks up by name comes from the system's firmware directories
# (/usr/share/qemu, /usr/lib/ipxe/qemu), as for Debian's own QEMU.
#
# Cached by the source version, the patches and the configure arguments;
# a cold build takes 8 to 11 minutes on 2 cores. The source version,
# QEMU_PKG, is pinned in tools/testing/versions.sh.
#
# usage: build-qemu.sh   prints the path of the qemu-system-aarch64 binary
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

cfg=(--target-list=aarch64-softmmu --disable-docs --disable-werror
     --without-default-features --enable-tcg --enable-fdt=system
     --enable-slirp --disable-install-blobs
     --firmwarepath=/usr/share/qemu:/usr/share/seabios:/usr/lib/ipxe/qemu)

mapfile -t patches < <(patch_list "$TOP/tools/testing/qemu/patches")
src_key=$( (echo "v1 $QEMU_PKG"
	files_key ${patches[@]+"${patches[@]}"}) | sha256sum | cut -c1-12)
key=$(echo "v1 $src_key ${cfg[*]}" | sha256sum | cut -c1-12)
out=$CACHE/qemu/build-$key
bin=$out/bin/qemu-system-aarch64
if stamp_ok "$out" "$key"; then
	echo "$bin"
	exit 0
fi

mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if stamp_ok "$out" "$key"; then
	echo "$bin"
	exit 0
fi

need_host_pkgs gcc make meson ninja-build pkg-config python3 \
	libglib2.0-dev libpixman-1-dev libfdt-dev zlib1g-dev libslirp-dev

# Unpack and patch once per source key.
src=$CACHE/qemu/src-$src_key
unpack_source_once "$QEMU_PKG" "$src" "$src_key" ${patches[@]+"${patches[@]}"}

# A clean build every time the key changes; only the binary is kept.
build=$out/build
blog=$out/build.log
rm -rf "$build" "${out:?}/bin"
mkdir -p "$build"
log "building qemu-system-aarch64 ${QEMU_PKG#*=}, log: $blog"
start=$(date +%s)
if ! (cd "$build" && "$src/configure" "${cfg[@]}" &&
      ninja -j"$(nproc)" qemu-system-aarch64) </dev/null >"$blog" 2>&1; then
	tail -n 40 "$blog" >&2
	die "QEMU build failed (full log: $blog)"
fi
mkdir -p "$out/bin"
cp "$build/qemu-system-aarch64" "$bin"
echo quit | "$bin" -M virt,dwc2=on -S -display none -nic none \
	-device usb-kbd -monitor stdio >/dev/null 2>&1 ||
	die "the built QEMU does not start -M virt,dwc2=on"
log "QEMU built in $(( $(date +%s) - start )) s"
rm -rf "$build"
stamp_set "$out" "$key"
echo "$bin"
