#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build Trusted Firmware-A from Debian trixie's source with the project's
# firmware services (firmware/tf-a: rpi_acpi.mk, included through the
# project's patches in firmware/tf-a/patches/*.patch, applied in name order
# after Debian's), with the host's aarch64-linux-gnu cross compiler.
#
#   qemu  QEMU's virt machine: bl1.bin, bl2.bin, bl31.bin (BL1 loads the
#         others, and bl33.bin, from the working directory by semihosting),
#         with DEN0115 on the ECAM window; and sip-abi-test.bin, a bare-metal
#         BL33 that checks the test service's ABI (firmware/tests/sip-abi)
#   rpi4  the Raspberry Pi 4: bl31.bin, with DEN0115 (TF-A's own hooks)
#   source  no build: print the patched source tree (for its tools and
#         its .checkpatch.conf)
#
# Cached by the source version, the patches, the contents of firmware/tf-a
# (and firmware/tests for qemu), the platform, the make arguments and the
# compiler version; a cold build takes about 30 s on 2 cores. The source
# version, TFA_PKG, is pinned in tools/testing/versions.sh.
#
# usage: build-tfa.sh [qemu|rpi4|source]   prints the directory holding the images
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

FW=$TOP/firmware/tf-a
plat=${1:-qemu}

case $plat in
qemu)
	targets=(bl1 bl2 bl31)
	trees=("$FW" "$TOP/firmware/tests")
	;;
rpi4)
	targets=(bl31)
	trees=("$FW")
	;;
source)
	targets=()
	trees=()
	;;
*)
	die "unknown platform '$plat' (qemu or rpi4)"
	;;
esac
margs=(CROSS_COMPILE=aarch64-linux-gnu- PLAT="$plat" RPI_ACPI_FW="$FW"
       SMC_PCI_SUPPORT=1)

need_host_pkgs gcc-aarch64-linux-gnu make
mapfile -t patches < <(patch_list "$FW/patches")
cc_ver=$(aarch64-linux-gnu-gcc -dumpfullversion)
# The patched source tree depends on the package and the patches only.
src_key=$( (echo "v1 $TFA_PKG"
	files_key ${patches[@]+"${patches[@]}"}) | sha256sum | cut -c1-12)
key=$( (echo "v1 $src_key ${margs[*]//$TOP/} ${targets[*]} gcc $cc_ver"
	for t in "${trees[@]}"; do
		echo "${t#"$TOP"/}"
		(cd "$t" && find . -type f -print0 | LC_ALL=C sort -z |
			xargs -0 -r sha256sum)
	done) | sha256sum | cut -c1-12)
out=$CACHE/tf-a/$key
if [ "$plat" != source ] && stamp_ok "$out" "$key"; then
	echo "$out"
	exit 0
fi

if [ "$plat" != source ]; then
	mkdir -p "$out"
	exec 9>"$out/.lock"
	flock 9
	if stamp_ok "$out" "$key"; then
		echo "$out"
		exit 0
	fi
fi

# Unpack and patch once per source key; every build of it shares the tree.
src=$CACHE/tf-a/src-$src_key
unpack_source_once "$TFA_PKG" "$src" "$src_key" ${patches[@]+"${patches[@]}"}
if [ "$plat" = source ]; then
	echo "$src"
	exit 0
fi

# A clean build every time the key changes: TF-A's makefiles do not track
# flags or the project's makefile fragments.
build=$out/build
blog=$out/build.log
rm -rf "$build"
log "building TF-A ${TFA_PKG#*=} for $plat (${targets[*]}), log: $blog"
start=$(date +%s)
if ! make -C "$src" -j2 "${margs[@]}" BUILD_BASE="$build" "${targets[@]}" \
	</dev/null >"$blog" 2>&1; then
	tail -n 40 "$blog" >&2
	die "TF-A build failed (full log: $blog)"
fi
if grep -q 'warning:' "$blog"; then
	grep -B2 -A3 'warning:' "$blog" | head -n 40 >&2
	die "TF-A build has warnings (full log: $blog)"
fi
for t in "${targets[@]}"; do
	cp "$build/$plat/release/$t.bin" "$out/"
done
if [ "$plat" = qemu ]; then
	make -C "$TOP/firmware/tests/sip-abi" -s CROSS_COMPILE=aarch64-linux-gnu- \
		O="$build/sip-abi" </dev/null >>"$blog" 2>&1 || {
		tail -n 40 "$blog" >&2
		die "the sip-abi test payload does not build (full log: $blog)"
	}
	cp "$build/sip-abi/sip-abi-test.bin" "$out/"
fi
log "TF-A for $plat built in $(( $(date +%s) - start )) s"
rm -rf "$build"
stamp_set "$out" "$key"
echo "$out"
