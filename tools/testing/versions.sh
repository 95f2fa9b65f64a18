# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2034
# Every Debian package version the test tools pin, in one place: the
# supported kernels, the sources the debug kernel, the firmware and the
# patched QEMU are built from, and the guest's userspace. lib/common.sh
# sources this file, so every tool sees these variables.
#
# A *_PKG or *_DEB value is NAME[:ARCH]=VERSION, as fetch_deb and
# fetch_source (lib/common.sh) take it; a VERSION with '*' is a glob: a
# matching package already in the cache is used, else the archive's newest
# match. Cache keys and stamps are made of these strings, so bumping one
# downloads or builds anew whatever depends on it, and a string that does
# not change keeps its cache entries valid. How to bump one:
# Documentation/dev-tools/testing.rst, "Pinned versions".
#
# Assignments only: no commands, nothing that depends on the caller.

# --- Debian's arm64 kernels (lib/kernels.sh, kernel_info) ---------------
# The version in each kernel's package names: linux-image-VERSION-arm64-*,
# linux-headers-VERSION-{common,arm64}, and uname -r is VERSION-arm64.
KERNEL_6_1='6.1.0-56'
# bookworm's linux-kbuild-6.1 is not named by the ABI: its version, a
# glob, since Debian rebuilds it under one upstream version now and then.
KERNEL_6_1_KBUILD='6.1.192-*'
KERNEL_6_12='6.12.117+deb13'
KERNEL_7_2='7.2.13+deb14'

# --- The kernel source (lib/kernels.sh, kernel_source) -----------------
# The debug test kernel (kunit-kernel.sh), checkpatch and kernel-doc
# (check-style.sh) and kunit.py (kunit-parse.sh) come from it: 6.12, the
# LTS kernel trixie users run and one the host's gcc-12 builds.
KSRC_PKG='linux-source-6.12=6.12.117-1'

# --- Firmware and QEMU, built from Debian's sources with the project's
# patches ---------------------------------------------------------------
# firmware/build-tfa.sh: Trusted Firmware-A, trixie's.
TFA_PKG='arm-trusted-firmware=2.12.1+dfsg-1'
# firmware/build-uefi.sh: edk2's ArmVirtQemuKernel, trixie's.
EDK2_PKG='edk2=2025.02-8+deb13u1'
# qemu/build-qemu.sh: bookworm's QEMU 7.2, virt with the Pi's DWC2.
QEMU_PKG='qemu=1:7.2+dfsg-7+deb12u18'
# firmware/test-rpi4-pinctrl.sh: QEMU 10 for raspi4b, bookworm-backports'
# binary package (amd64), unpacked into the cache.
RPI4_QEMU_DEB='qemu-system-arm:amd64=*~bpo12+*'

# --- The guest's userspace (run-guest.sh), Debian's arm64 binaries -----
# busybox, static.
GUEST_BUSYBOX='busybox-static:arm64=1:1.37.0-6+b9'
# libgpiod's tools (gpiodetect, gpioinfo, gpioget, gpioset), trixie's,
# with trixie's loader and libc, which lspci runs on too.
GUEST_GPIOD='gpiod:arm64=2.2.1-2+deb13u1'
GUEST_LIBGPIOD='libgpiod3:arm64=2.2.1-2+deb13u1'
GUEST_LIBC='libc6:arm64=2.41-12+deb13u5'
# pciutils' lspci, trixie's, with the libraries it and they need
# (objdump -p: NEEDED): libpci (zlib, libudev, which needs libcap) and
# libkmod (libcrypto, which needs zlib and zstd); and the PCI ID list.
GUEST_PCIUTILS='pciutils:arm64=1:3.13.0-2'
GUEST_LIBPCI='libpci3:arm64=1:3.13.0-2'
GUEST_LIBKMOD='libkmod2:arm64=34.2-2'
GUEST_LIBUDEV='libudev1:arm64=257.13-1~deb13u1'
GUEST_LIBCAP='libcap2:arm64=1:2.75-10+deb13u1+b3'
GUEST_LIBSSL='libssl3t64:arm64=3.5.9-1~deb13u1'
GUEST_ZLIB='zlib1g:arm64=1:1.3.dfsg+really1.3.1-1+deb13u1'
GUEST_LIBZSTD='libzstd1:arm64=1.5.7+dfsg-1'
GUEST_PCI_IDS='pci.ids=0.0~2025.06.09-1'

# --- The full Debian arm64 system (distro.sh, make check-distro) --------
# The root comes from mmdebstrap (the host's, bookworm's) with trixie's
# packages as the archive has them on the day it is built; its cache key
# is the suite, the package list and these pins. The kernel it boots
# first is KERNEL_6_12's; the second, the one DKMS must also build for,
# a trixie security update a user would get next.
DISTRO_SUITE='trixie'
DISTRO_KERNEL_2='6.12.118+deb13'
