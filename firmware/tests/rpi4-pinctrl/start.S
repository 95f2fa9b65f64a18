/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Entry of the Pi 4 payload (pin control and DEN0115 checks) and its SMC
 * wrapper.
 *
 * _start: where TF-A's rpi4 BL31 enters the "kernel" (NS-EL2, MMU off,
 * CPU 0 only): zero .bss, take the stack, run rpi4_test_main(); never
 * returns.
 */

#define STACK_SIZE	0x4000

	.section .text.entry, "ax"
	.globl	_start
_start:
	adr	x1, __bss_start
	adr	x2, __bss_end
1:	cmp	x1, x2
	b.hs	2f
	stp	xzr, xzr, [x1], #16
	b	1b
2:	adr	x1, stack
	add	sp, x1, #STACK_SIZE
	bl	rpi4_test_main
3:	wfe
	b	3b

/*
 * void smc_call(struct smc_regs *r): x0..x17 from r, SMC #0, x0..x17 back
 * into r.
 */
	.text
	.globl	smc_call
smc_call:
	stp	x19, x30, [sp, #-16]!
	mov	x19, x0
	ldp	x0, x1, [x19, #0x00]
	ldp	x2, x3, [x19, #0x10]
	ldp	x4, x5, [x19, #0x20]
	ldp	x6, x7, [x19, #0x30]
	ldp	x8, x9, [x19, #0x40]
	ldp	x10, x11, [x19, #0x50]
	ldp	x12, x13, [x19, #0x60]
	ldp	x14, x15, [x19, #0x70]
	ldp	x16, x17, [x19, #0x80]
	smc	#0
	stp	x0, x1, [x19, #0x00]
	stp	x2, x3, [x19, #0x10]
	stp	x4, x5, [x19, #0x20]
	stp	x6, x7, [x19, #0x30]
	stp	x8, x9, [x19, #0x40]
	stp	x10, x11, [x19, #0x50]
	stp	x12, x13, [x19, #0x60]
	stp	x14, x15, [x19, #0x70]
	stp	x16, x17, [x19, #0x80]
	ldp	x19, x30, [sp], #16
	ret

	.bss
	.balign	16
stack:	.space	STACK_SIZE
