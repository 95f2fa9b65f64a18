/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stands in for TF-A's lib/utils_def.h, so that the payload checks the
 * test service against the service's own ABI header: the constant
 * suffix macros are all that header uses.
 */

#ifndef UTILS_DEF_H
#define UTILS_DEF_H

#define U(_x)		(_x##U)
#define ULL(_x)		(_x##ULL)

#endif /* UTILS_DEF_H */
