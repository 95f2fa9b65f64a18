/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A BL33 for QEMU's raspi4b, standing where pftf's UEFI stands in
 * RPI_EFI.fd: the rpi4 BL31 (PRELOADED_BL33_BASE=0x20000) enters it at
 * 0x20000 on the boot CPU, at EL2 with the MMU off. It enters an arm64
 * Linux Image as Documentation/arch/arm64/booting.rst asks: x0 = the
 * device tree's physical address, x1..x3 = 0. The addresses are the two
 * words after the code; boot-linux.sh writes them.
 */
	.text
	.globl	_start
_start:
	ldr	x0, dtb
	mov	x1, xzr
	mov	x2, xzr
	mov	x3, xzr
	ldr	x4, kernel
	br	x4

	.balign	8
dtb:	.quad	0
kernel:	.quad	0
