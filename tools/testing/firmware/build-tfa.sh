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
#   rpi4  the Raspberry Pi 4: bl31.bin, the image a Pi 4 owner splices into
#         the first 128 KiB of pftf's RPI_EFI.fd (tools/rpi4/rpi4-bl31-splice,
#         Documentation/admin-guide/rpi4-firmware.rst), built with pftf's own
#         platform options (below): DEN0115 on (TF-A's own hooks), the DTB
#         address fixed at 0x1f0000, and BL33 entered at 0x20000, where UEFI
#         starts in RPI_EFI.fd. The kernel address in BL31's header is not
#         used: whatever runs after BL31 (UEFI on a Pi; a test payload, or a
#         jump to a kernel, on QEMU's raspi4b) must be at 0x20000. The build
#         fails unless bl31.bin and all of BL31's memory (its .bss, stacks
#         and tables, up to __BL31_END__) end below the SCMI channel's page
#         and that page ends within the 0x20000 region (RPI4_BL31_REGION in
#         the environment overrides the region's size, for tests). Also in
#         the directory: bl31.elf.
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
pargs=()
# The Pi 4's SCMI SMT page: the last page of the BL31 region of pftf's
# RPI_EFI.fd (RPI_ACPI_SCMI_SHMEM_RPI4, firmware/tf-a/plat/rpi4/rpi_acpi_rpi4.mk
# says why), and the size of that region (RPi4.fdf: 0x00000000|0x00020000).
RPI4_SMT_PAGE=0x1f000
region=${RPI4_BL31_REGION:-0x20000}

case $plat in
qemu)
	targets=(bl1 bl2 bl31)
	trees=("$FW" "$TOP/firmware/tests")
	;;
rpi4)
	targets=(bl31)
	trees=("$FW")
	# pftf's own options for the BL31 in RPI_EFI.fd: edk2-non-osi
	# Platform/RaspberryPi/RPi4/TrustedFirmware/Readme.md at 94d0489 (the
	# commit pftf/RPi4 pins): "make PLAT=rpi4 RPI3_PRELOADED_DTB_BASE=0x1F0000
	# PRELOADED_BL33_BASE=0x20000 SUPPORT_VFP=1 SMC_PCI_SUPPORT=1 DEBUG=0
	# all" (SMC_PCI_SUPPORT=1 is in margs for every platform).
	pargs=(RPI3_PRELOADED_DTB_BASE=0x1F0000 PRELOADED_BL33_BASE=0x20000
	       SUPPORT_VFP=1 DEBUG=0 RPI4_SCMI_SHMEM_BASE=$RPI4_SMT_PAGE)
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
       SMC_PCI_SUPPORT=1 ${pargs[@]+"${pargs[@]}"})

# rpi4_fits DIR: fail unless DIR's bl31.bin, and BL31's memory up to
# __BL31_END__ (DIR/bl31.end, from bl31.elf), end below the SCMI page, and
# the page ends within the region; print where the image is.
rpi4_fits() {
	local size end
	size=$(stat -c %s "$1/bl31.bin")
	end=$(cat "$1/bl31.end")
	[ "$size" -le $((region)) ] ||
		die "bl31.bin is $size bytes, more than the $((region))-byte BL31 region of RPI_EFI.fd"
	[ $((RPI4_SMT_PAGE + 0x1000)) -le $((region)) ] ||
		die "the SCMI page at $RPI4_SMT_PAGE does not fit the $((region))-byte BL31 region"
	[ $((end)) -le $((RPI4_SMT_PAGE)) ] && [ "$size" -le $((RPI4_SMT_PAGE)) ] ||
		die "BL31 ends at $end (image $size bytes), over the SCMI page at $RPI4_SMT_PAGE"
	log "rpi4 BL31: $1/bl31.bin, $size bytes, BL31 memory ends at $end; region $(printf 0x%x $((region))), SCMI page $RPI4_SMT_PAGE"
}

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
	[ "$plat" != rpi4 ] || rpi4_fits "$out"
	echo "$out"
	exit 0
fi

if [ "$plat" != source ]; then
	mkdir -p "$out"
	exec 9>"$out/.lock"
	flock 9
	if stamp_ok "$out" "$key"; then
		[ "$plat" != rpi4 ] || rpi4_fits "$out"
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
if [ "$plat" = rpi4 ]; then
	cp "$build/rpi4/release/bl31/bl31.elf" "$out/"
	end=$(aarch64-linux-gnu-nm "$out/bl31.elf" | awk '$3 == "__BL31_END__" { print "0x" $1 }')
	[ -n "$end" ] || die "no __BL31_END__ in bl31.elf"
	echo "$end" > "$out/bl31.end"
fi
log "TF-A for $plat built in $(( $(date +%s) - start )) s"
rm -rf "$build"
stamp_set "$out" "$key"
[ "$plat" != rpi4 ] || rpi4_fits "$out"
echo "$out"
