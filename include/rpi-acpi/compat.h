/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What differs between the kernels the project supports, tested by
 * feature rather than by version number. The feature tests themselves are
 * in the top-level Kbuild (RPI_ACPI_HAVE_*); driver files include this and
 * nothing version-specific.
 */
#ifndef RPI_ACPI_COMPAT_H
#define RPI_ACPI_COMPAT_H

#include <linux/platform_device.h>
#include <linux/string.h>

/* KUnit static stubs arrived in 6.3; before that there is nothing to redirect. */
#ifdef RPI_ACPI_HAVE_KUNIT_STATIC_STUB
#include <kunit/static_stub.h>
#else
#define KUNIT_STATIC_STUB_REDIRECT(real_fn_name, args...) ((void)(real_fn_name))
#endif

/*
 * The test seam for code a KUnit suite in another module reaches:
 * VISIBLE_IF_KUNIT and EXPORT_SYMBOL_IF_KUNIT keep a symbol static and
 * unexported unless the kernel has KUnit (every supported kernel has the
 * header, Debian's 6.1 included); a suite imports them with
 * RPI_ACPI_IMPORT_KUNIT_NS().
 */
#include <kunit/visibility.h>
/* Symbol namespaces are strings since 6.13, bare identifiers before. */
#ifdef RPI_ACPI_HAVE_NS_STRING
#define RPI_ACPI_IMPORT_KUNIT_NS() MODULE_IMPORT_NS("EXPORTED_FOR_KUNIT_TESTING")
#else
#define RPI_ACPI_IMPORT_KUNIT_NS() MODULE_IMPORT_NS(EXPORTED_FOR_KUNIT_TESTING)
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

/* PIN_CONFIG_OUTPUT became PIN_CONFIG_LEVEL in 6.19. */
#ifndef RPI_ACPI_HAVE_PIN_CONFIG_LEVEL
#define PIN_CONFIG_LEVEL PIN_CONFIG_OUTPUT
#endif

/*
 * gpio_chip's set and set_multiple return int since 6.17, and did so
 * under the names set_rv and set_multiple_rv for a while before; they
 * returned void until then. A driver writes int-returning
 * PREFIX_set() and PREFIX_set_multiple(), then
 * RPI_ACPI_DEFINE_GPIO_SET_OPS(PREFIX) gives it PREFIX_set_ops(gc), which
 * puts them where this kernel expects them.
 */
#if defined(RPI_ACPI_HAVE_GPIO_SET_RV)
#define RPI_ACPI_DEFINE_GPIO_SET_OPS(prefix)				\
static void prefix##_set_ops(struct gpio_chip *gc)			\
{									\
	gc->set_rv = prefix##_set;					\
	gc->set_multiple_rv = prefix##_set_multiple;			\
}
#elif defined(RPI_ACPI_HAVE_GPIO_SET_INT)
#define RPI_ACPI_DEFINE_GPIO_SET_OPS(prefix)				\
static void prefix##_set_ops(struct gpio_chip *gc)			\
{									\
	gc->set = prefix##_set;						\
	gc->set_multiple = prefix##_set_multiple;			\
}
#else
#define RPI_ACPI_DEFINE_GPIO_SET_OPS(prefix)				\
static void prefix##_set_void(struct gpio_chip *gc, unsigned int off,	\
			      int value)				\
{									\
	prefix##_set(gc, off, value);					\
}									\
static void prefix##_set_multiple_void(struct gpio_chip *gc,		\
				       unsigned long *mask,		\
				       unsigned long *bits)		\
{									\
	prefix##_set_multiple(gc, mask, bits);				\
}									\
static void prefix##_set_ops(struct gpio_chip *gc)			\
{									\
	gc->set = prefix##_set_void;					\
	gc->set_multiple = prefix##_set_multiple_void;			\
}
#endif

/*
 * driver_override moved from struct platform_device into struct device
 * (device_set_driver_override()) by 7.2. Set NAME ("" clears it) on a
 * platform device.
 */
static inline int rpi_acpi_platform_set_override(struct platform_device *pdev,
						 const char *name)
{
#ifdef RPI_ACPI_HAVE_DEVICE_DRIVER_OVERRIDE
	return device_set_driver_override(&pdev->dev, name);
#else
	return driver_set_override(&pdev->dev, &pdev->driver_override, name,
				   strlen(name));
#endif
}

/*
 * swiotlb's default pool became io_tlb_mem.defpool in 6.6 (dynamic
 * pools); before, io_tlb_mem was the pool.
 */
#ifdef RPI_ACPI_HAVE_SWIOTLB_DEFPOOL
#define rpi_acpi_swiotlb_pool(mem)	(&(mem)->defpool)
#else
#define rpi_acpi_swiotlb_pool(mem)	(mem)
#endif

#endif /* RPI_ACPI_COMPAT_H */
