# SPDX-License-Identifier: GPL-2.0
# The kernels the project supports: the Debian arm64 kernels users run.
# Their versions, and the kernel source's, are pinned in
# tools/testing/versions.sh (KERNEL_*, KSRC_PKG), which common.sh sources.
# Source after common.sh. kernel_info NAME sets:
#   K_UNAME    the kernel's release string (uname -r)
#   K_SUITE    the Debian suite it comes from
#   K_GCC      the cross compiler's major version matching its config
#   K_ROOT     "host" to build natively, or a suite for a build root
#   K_IMAGE    packages holding the Image, its config and its modules
#   K_HEADERS  packages holding what an out-of-tree build needs
#
# shellcheck shell=bash disable=SC2034

KERNELS="6.1 6.12 7.2"

kernel_info() {
	case $1 in
	6.1)
		K_UNAME=$KERNEL_6_1-arm64 K_SUITE=bookworm K_GCC=12 K_ROOT=host
		K_IMAGE="linux-image-$KERNEL_6_1-arm64-unsigned"
		K_HEADERS="linux-headers-$KERNEL_6_1-common linux-headers-$KERNEL_6_1-arm64
			   linux-kbuild-6.1:amd64=$KERNEL_6_1_KBUILD"
		;;
	6.12)
		K_UNAME=$KERNEL_6_12-arm64 K_SUITE=trixie K_GCC=14 K_ROOT=trixie
		K_IMAGE="linux-image-$KERNEL_6_12-arm64-unsigned"
		K_HEADERS="linux-headers-$KERNEL_6_12-common
			   linux-headers-$KERNEL_6_12-arm64
			   linux-kbuild-$KERNEL_6_12:amd64"
		;;
	7.2)
		K_UNAME=$KERNEL_7_2-arm64 K_SUITE=sid K_GCC=16 K_ROOT=sid
		K_IMAGE="linux-binary-$KERNEL_7_2-arm64
			 linux-base-$KERNEL_7_2-arm64
			 linux-modules-$KERNEL_7_2-arm64"
		K_HEADERS="linux-headers-$KERNEL_7_2-common
			   linux-headers-$KERNEL_7_2-arm64
			   linux-kbuild-$KERNEL_7_2:amd64"
		;;
	*)
		die "unknown kernel '$1' (supported: $KERNELS)"
		;;
	esac
}

# The debug kernels built here from Debian's source: test (KUnit, KASAN,
# lockdep, kmemleak) and test-ffh (the same with upstream's FFH handler).
is_test_kernel() { [ "$1" = test ] || [ "$1" = test-ffh ]; }

# test_kernel_dir NAME: build a debug kernel once; print its build directory.
test_kernel_dir() {
	local variant=${1#test}

	# shellcheck disable=SC2086
	"$TOP/tools/testing/kunit-kernel.sh" ${variant#-}
}

# kernel_source: unpack Debian's kernel source once (KSRC_PKG, the one the
# test kernel, checkpatch and kernel-doc come from); print the tree's path.
kernel_source() {
	local ver=${KSRC_PKG#*=} dir deb tarball
	dir=$CACHE/src/linux-source-$ver
	if ! stamp_ok "$dir" "$KSRC_PKG"; then
		need_host_pkgs xz-utils
		deb=$(fetch_deb "$KSRC_PKG")
		rm -rf "$dir" "$dir.tmp" "$dir.deb"
		mkdir -p "$dir.tmp" "$dir.deb"
		log "unpacking $KSRC_PKG"
		dpkg-deb --fsys-tarfile "$deb" |
			tar -x -C "$dir.deb" --wildcards './usr/src/linux-source-*.tar.xz'
		tarball=$(ls "$dir.deb"/usr/src/linux-source-*.tar.xz)
		tar -xJf "$tarball" -C "$dir.tmp" --strip-components=1
		rm -rf "$dir.deb"
		mv "$dir.tmp" "$dir"
		stamp_set "$dir" "$KSRC_PKG"
	fi
	echo "$dir"
}
