/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What differs between the kernels the project supports, tested by
 * feature rather than by version number. The feature tests themselves are
 * in the top-level Kbuild (RPI_ACPI_HAVE_*); driver files include this and
 * nothing version-specific.
 */
#ifndef RPI_ACPI_COMPAT_H
#define RPI_ACPI_COMPAT_H

/* KUnit static stubs arrived in 6.3; before that there is nothing to redirect. */
#ifdef RPI_ACPI_HAVE_KUNIT_STATIC_STUB
#include <kunit/static_stub.h>
#else
#define KUNIT_STATIC_STUB_REDIRECT(real_fn_name, args...) ((void)(real_fn_name))
#endif

/* <asm/unaligned.h> moved to <linux/unaligned.h> in 6.12. */
#ifdef RPI_ACPI_HAVE_LINUX_UNALIGNED
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

/*
 * platform_driver's remove callback returns void since 6.11; before, a void
 * one went in .remove_new (.remove returned int). Use
 * .RPI_ACPI_PLATFORM_REMOVE = fn.
 */
#ifdef RPI_ACPI_HAVE_PLATFORM_REMOVE_INT
#define RPI_ACPI_PLATFORM_REMOVE	remove_new
#else
#define RPI_ACPI_PLATFORM_REMOVE	remove
#endif

#endif /* RPI_ACPI_COMPAT_H */
