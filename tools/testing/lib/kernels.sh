# SPDX-License-Identifier: GPL-2.0
# The kernels the project supports: the Debian arm64 kernels users run.
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
		K_UNAME=6.1.0-56-arm64 K_SUITE=bookworm K_GCC=12 K_ROOT=host
		K_IMAGE="linux-image-6.1.0-56-arm64-unsigned"
		K_HEADERS="linux-headers-6.1.0-56-common linux-headers-6.1.0-56-arm64
			   linux-kbuild-6.1:amd64=6.1.192-*"
		;;
	6.12)
		K_UNAME=6.12.117+deb13-arm64 K_SUITE=trixie K_GCC=14 K_ROOT=trixie
		K_IMAGE="linux-image-6.12.117+deb13-arm64-unsigned"
		K_HEADERS="linux-headers-6.12.117+deb13-common
			   linux-headers-6.12.117+deb13-arm64
			   linux-kbuild-6.12.117+deb13:amd64"
		;;
	7.2)
		K_UNAME=7.2.13+deb14-arm64 K_SUITE=sid K_GCC=16 K_ROOT=sid
		K_IMAGE="linux-binary-7.2.13+deb14-arm64
			 linux-base-7.2.13+deb14-arm64
			 linux-modules-7.2.13+deb14-arm64"
		K_HEADERS="linux-headers-7.2.13+deb14-common
			   linux-headers-7.2.13+deb14-arm64
			   linux-kbuild-7.2.13+deb14:amd64"
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

# The kernel source the test kernel, checkpatch and kernel-doc come from:
# 6.12, the LTS kernel trixie users run and one the host's gcc-12 builds.
KSRC_PKG=linux-source-6.12=6.12.117-1

# kernel_source: unpack Debian's kernel source once; print the tree's path.
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
