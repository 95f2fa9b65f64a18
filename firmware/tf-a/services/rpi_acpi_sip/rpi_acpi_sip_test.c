/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The test service's functions: TEST_MIX, which derives a result from
 * every argument register and changes every result register, so that a
 * caller can prove which registers cross the SMC; and TEST_COUNT /
 * TEST_RESET over the call counters; TEST_PL061, the pin controller's
 * PL061 as EL3 reads it.
 *
 * TEST_MIX reads and writes the caller's saved registers in its context:
 * x8..x17 are no argument of a runtime service handler and SMC_RET*
 * writes at most x0..x7.
 */

#include <stdbool.h>
#include <stdint.h>

#include <lib/utils_def.h>
#include <services/rpi_acpi_pinctrl.h>
#include <services/rpi_acpi_pinctrl_test.h>
#include <services/rpi_acpi_sip.h>
#include <smccc_helpers.h>

#include "rpi_acpi_sip_private.h"

/* Saved x1..x17 in the caller's context; index i is x(i + 1). */
static const uint32_t rpi_acpi_mix_gpregs[RPI_ACPI_TEST_MIX64_NREGS] = {
	CTX_GPREG_X1, CTX_GPREG_X2, CTX_GPREG_X3, CTX_GPREG_X4,
	CTX_GPREG_X5, CTX_GPREG_X6, CTX_GPREG_X7, CTX_GPREG_X8,
	CTX_GPREG_X9, CTX_GPREG_X10, CTX_GPREG_X11, CTX_GPREG_X12,
	CTX_GPREG_X13, CTX_GPREG_X14, CTX_GPREG_X15, CTX_GPREG_X16,
	CTX_GPREG_X17,
};

/* @n is 1..17 for rotl64() and 1..7 for rotl32(): never 0 or the width. */
static uint64_t rotl64(uint64_t v, unsigned int n)
{
	return (v << n) | (v >> (64U - n));
}

static uint32_t rotl32(uint32_t v, unsigned int n)
{
	return (v << n) | (v >> (32U - n));
}

static uintptr_t rpi_acpi_test_mix64(void *handle)
{
	uint64_t sum = 0U;
	uint64_t x;
	unsigned int i;

	for (i = 1U; i <= RPI_ACPI_TEST_MIX64_NREGS; i++) {
		x = SMC_GET_GP(handle, rpi_acpi_mix_gpregs[i - 1U]);
		sum += rotl64(x, i);
		if (i >= 2U) {
			SMC_SET_GP(handle, rpi_acpi_mix_gpregs[i - 1U],
				   x ^ ((uint64_t)i * RPI_ACPI_TEST_MIX64_STEP));
		}
	}
	SMC_RET2(handle, RPI_ACPI_TEST_MIX64_RET, sum);
}

/* w1..w7 only: upper halves are ignored, zero on return; x8.. untouched. */
static uintptr_t rpi_acpi_test_mix32(void *handle)
{
	uint32_t sum = 0U;
	uint32_t w;
	unsigned int i;

	for (i = 1U; i <= RPI_ACPI_TEST_MIX32_NREGS; i++) {
		w = (uint32_t)SMC_GET_GP(handle, rpi_acpi_mix_gpregs[i - 1U]);
		sum += rotl32(w, i);
		if (i >= 2U) {
			w ^= (uint32_t)i * RPI_ACPI_TEST_MIX32_STEP;
			SMC_SET_GP(handle, rpi_acpi_mix_gpregs[i - 1U],
				   (uint64_t)w);
		}
	}
	SMC_RET2(handle, RPI_ACPI_TEST_MIX32_RET, (uint64_t)sum);
}

/**
 * rpi_acpi_test_mix() - TEST_MIX, SMC64 or SMC32
 * @smc64: the caller used the SMC64 calling convention
 * @handle: the caller's context
 *
 * SMC64: x0 = 64, x1 = sum of rotl64(x_i, i) for i = 1..17, and
 * x_i ^= i * 0x0101010101010101 for i = 2..17.
 * SMC32: w0 = 32, w1 = sum of rotl32(w_i, i) for i = 1..7, and
 * w_i ^= i * 0x01010101 for i = 2..7.
 *
 * Return: @handle, for the SMC return path.
 */
uintptr_t rpi_acpi_test_mix(bool smc64, void *handle)
{
	if (smc64) {
		return rpi_acpi_test_mix64(handle);
	}
	return rpi_acpi_test_mix32(handle);
}

/**
 * rpi_acpi_test_count() - TEST_COUNT: calls made to one function id
 * @fid: the function id asked about (w1)
 * @handle: the caller's context
 *
 * Return: @handle; x0 = 0 and x1 = the count, or x0 = SMC_UNK and x1 = 0
 * when @fid is not counted.
 */
uintptr_t rpi_acpi_test_count(uint32_t fid, void *handle)
{
	uint32_t count;

	if (!rpi_acpi_call_count_get(fid, &count)) {
		SMC_RET2(handle, SMC_UNK, 0U);
	}
	SMC_RET2(handle, SMC_OK, (uint64_t)count);
}

/**
 * rpi_acpi_test_reset() - TEST_RESET: zero every call counter
 * @handle: the caller's context
 *
 * Return: @handle; x0 = 0.
 */
uintptr_t rpi_acpi_test_reset(void *handle)
{
	rpi_acpi_call_count_reset();
	SMC_RET1(handle, SMC_OK);
}

#if RPI_ACPI_PL061_TEST
/**
 * rpi_acpi_test_pl061() - TEST_PL061: the secure PL061's registers
 * @handle: the caller's context
 *
 * Return: @handle; x0 = 0, x1 = GPIODATA, x2 = GPIODIR, x3 = the lines
 * wired to pins.
 */
uintptr_t rpi_acpi_test_pl061(void *handle)
{
	uint32_t data, dir;

	rpi_acpi_pinctrl_test_pl061(&data, &dir);
	SMC_RET4(handle, SMC_OK, (uint64_t)data, (uint64_t)dir,
		 (uint64_t)RPI_ACPI_PC_PL061_LINES);
}
#endif
