// SPDX-License-Identifier: GPL-2.0
/*
 * Firmware status codes to errno, for every ABI the project speaks.
 *
 * The three ABIs number their errors differently (SMCCC's -2 means "not
 * required", SCMI's and DEN0115's -2 mean "invalid parameters"), so each
 * has its own column, but there is one table and one lookup for the whole
 * project. A code the ABI does not define is a protocol error: firmware
 * that returns it is not trusted to have done anything.
 */

#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>

#include <rpi-acpi/rpi-smc.h>

/* Indexed by the negated status code; 0 marks "not defined by the ABI". */
static const s16 rpi_smc_errno_map[RPI_SMC_STATUS_NR][12] = {
	[RPI_SMC_STATUS_SMCCC] = {
		[1] = -EOPNOTSUPP,	/* NOT_SUPPORTED */
		[2] = -EALREADY,	/* NOT_REQUIRED */
		[3] = -EINVAL,		/* INVALID_PARAMETER */
	},
	[RPI_SMC_STATUS_SCMI] = {
		[1] = -EOPNOTSUPP,	/* NOT_SUPPORTED */
		[2] = -EINVAL,		/* INVALID_PARAMETERS */
		[3] = -EACCES,		/* DENIED */
		[4] = -ENOENT,		/* NOT_FOUND */
		[5] = -ERANGE,		/* OUT_OF_RANGE */
		[6] = -EBUSY,		/* BUSY */
		[7] = -ECOMM,		/* COMMS_ERROR */
		[8] = -EIO,		/* GENERIC_ERROR */
		[9] = -EREMOTEIO,	/* HARDWARE_ERROR */
		[10] = -EPROTO,		/* PROTOCOL_ERROR */
		[11] = -EBUSY,		/* IN_USE */
	},
	[RPI_SMC_STATUS_PCI] = {
		[1] = -EOPNOTSUPP,	/* NOT_SUPPORTED */
		[2] = -EINVAL,		/* INVALID_PARAMETER */
		[3] = -ENODEV,		/* NOT_IMPLEMENTED */
	},
};

/**
 * rpi_smc_status_to_errno() - translate a firmware status code
 * @space: the ABI that defines @status
 * @status: the status word as the firmware returned it (0 is success)
 *
 * Context: Any context.
 * Return: 0 for success, the errno the ABI's error maps to, or -EPROTO for a
 * code the ABI does not define (including positive ones).
 */
int rpi_smc_status_to_errno(enum rpi_smc_status_space space, s32 status)
{
	u32 code;

	if (status == 0)
		return 0;
	if (space >= RPI_SMC_STATUS_NR || status > 0)
		return -EPROTO;
	/* Negate in 64 bits: -S32_MIN does not fit in an s32. */
	code = (u32)-(s64)status;
	if (code >= ARRAY_SIZE(rpi_smc_errno_map[space]) ||
	    !rpi_smc_errno_map[space][code])
		return -EPROTO;
	return rpi_smc_errno_map[space][code];
}
EXPORT_SYMBOL_GPL(rpi_smc_status_to_errno);
