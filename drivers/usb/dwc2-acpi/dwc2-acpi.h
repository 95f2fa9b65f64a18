/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ACPI glue for the Raspberry Pi 4's DWC2 (the Type-C port): what the
 * glue derives from the firmware (the controller's DMA window and its
 * role) and how it decides whether the controller may do DMA.
 *
 * The derivations are pure functions of their inputs, so that KUnit can
 * drive them with firmware data that is wrong in every way; dma-view.c
 * gathers those inputs from ACPI and the running kernel.
 */
#ifndef DWC2_ACPI_H
#define DWC2_ACPI_H

#include <linux/ioport.h>
#include <linux/sizes.h>
#include <linux/types.h>
#include <linux/usb/otg.h>

/* The most _DMA ranges the glue follows; the Pi's firmware gives one. */
#define DWC2_ACPI_MAX_WINDOWS	4

/* The core's registers: global, host, device and power, below 4 KB. */
#define DWC2_ACPI_MIN_MMIO	SZ_4K

/*
 * The BCM2711's legacy masters, the DWC2 among them, reach the first GB of
 * RAM (CPU 0 up) at bus addresses 0xC0000000 and up.
 */
#define DWC2_ACPI_BCM2711_LIMIT	(SZ_1G - 1)
#define DWC2_ACPI_BCM2711_BUS	0xc0000000ULL

/**
 * enum dwc2_acpi_dma_source - where the DMA window came from
 * @DWC2_ACPI_DMA_NONE: nowhere: the controller gets no DMA
 * @DWC2_ACPI_DMA_METHOD: a _DMA method on the device or an ancestor
 * @DWC2_ACPI_DMA_IORT: the memory address limit of the device's IORT
 *	named component
 * @DWC2_ACPI_DMA_BCM2711: neither: the BCM2711's known view, the first GB
 *	of RAM at bus 0xC0000000
 */
enum dwc2_acpi_dma_source {
	DWC2_ACPI_DMA_NONE,
	DWC2_ACPI_DMA_METHOD,
	DWC2_ACPI_DMA_IORT,
	DWC2_ACPI_DMA_BCM2711,
};

/**
 * struct dwc2_acpi_range - one range of CPU addresses the controller reaches
 * @cpu_start: its first CPU physical address
 * @cpu_end: its last CPU physical address
 * @bus_start: the bus address the controller uses for @cpu_start
 */
struct dwc2_acpi_range {
	u64 cpu_start;
	u64 cpu_end;
	u64 bus_start;
};

/**
 * struct dwc2_acpi_window - the controller's effective DMA window
 * @source: where it came from
 * @iort_bits: the IORT limit in address bits, when the window is the IORT's
 * @nr: number of ranges in @range
 * @range: the ranges, sorted by CPU address, not overlapping
 */
struct dwc2_acpi_window {
	enum dwc2_acpi_dma_source source;
	unsigned int iort_bits;
	unsigned int nr;
	struct dwc2_acpi_range range[DWC2_ACPI_MAX_WINDOWS];
};

/**
 * struct dwc2_acpi_xlat - the bus addresses the kernel gives a window range
 * @first: phys_to_dma() of the range's first CPU address
 * @last: phys_to_dma() of its last
 */
struct dwc2_acpi_xlat {
	u64 first;
	u64 last;
};

/**
 * struct dwc2_acpi_dma_view - what the running kernel would do for the device
 * @ram_start: first CPU address of RAM
 * @ram_end: last CPU address of RAM
 * @pool_start: first CPU address of the default bounce buffer pool
 * @pool_end: last CPU address of that pool
 * @pool: whether the kernel has a bounce buffer pool at all
 * @bus_limit: the device's bus DMA limit as the kernel set it (0: none)
 * @xlat: for each range of the window, in its order, the bus addresses
 *	the kernel translates its ends to
 * @dma_attr: whether the kernel gives the device DMA at all (_CCA)
 */
struct dwc2_acpi_dma_view {
	u64 ram_start;
	u64 ram_end;
	u64 pool_start;
	u64 pool_end;
	bool pool;
	u64 bus_limit;
	struct dwc2_acpi_xlat xlat[DWC2_ACPI_MAX_WINDOWS];
	bool dma_attr;
};

/**
 * enum dwc2_acpi_dma_mode - how the controller runs
 * @DWC2_ACPI_DMA_DIRECT: DMA; all of RAM lies in the window
 * @DWC2_ACPI_DMA_BOUNCE: DMA; RAM outside the window bounces through a
 *	pool inside it
 * @DWC2_ACPI_DMA_OFF: the kernel cannot keep DMA in the window: the
 *	controller is not started
 */
enum dwc2_acpi_dma_mode {
	DWC2_ACPI_DMA_DIRECT,
	DWC2_ACPI_DMA_BOUNCE,
	DWC2_ACPI_DMA_OFF,
};

/**
 * enum dwc2_acpi_role_source - where the controller's role came from
 * @DWC2_ACPI_ROLE_DEFAULT: nowhere: the DWC2 core's own default
 * @DWC2_ACPI_ROLE_DSD: the firmware's _DSD property
 * @DWC2_ACPI_ROLE_PARAM: the module parameter
 */
enum dwc2_acpi_role_source {
	DWC2_ACPI_ROLE_DEFAULT,
	DWC2_ACPI_ROLE_DSD,
	DWC2_ACPI_ROLE_PARAM,
};

/* The firmware's _DSD property for the role (Documentation/firmware-guide). */
#define DWC2_ACPI_ROLE_PROPERTY	"rpi-acpi,dr-mode"

int dwc2_acpi_window_from_ranges(struct dwc2_acpi_window *w,
				 const struct dwc2_acpi_range *r,
				 unsigned int nr, const char **why);
int dwc2_acpi_iort_limit(const void *table, size_t len, const char *path,
			 unsigned int *bits);
void dwc2_acpi_window_iort(struct dwc2_acpi_window *w, unsigned int bits);
void dwc2_acpi_window_bcm2711(struct dwc2_acpi_window *w);
u64 dwc2_acpi_window_bus_end(const struct dwc2_acpi_window *w);
int dwc2_acpi_xlat_mismatch(const struct dwc2_acpi_window *w,
			    const struct dwc2_acpi_dma_view *v);
enum dwc2_acpi_dma_mode dwc2_acpi_dma_choose(const struct dwc2_acpi_window *w,
					     const struct dwc2_acpi_dma_view *v,
					     const char **why);
const char *dwc2_acpi_dma_mode_name(enum dwc2_acpi_dma_mode mode);
const char *dwc2_acpi_dma_source_name(enum dwc2_acpi_dma_source source);

int dwc2_acpi_check_resources(const struct resource *res, unsigned int nr,
			      const char **why);

int dwc2_acpi_role_parse(const char *s, enum usb_dr_mode *mode);
int dwc2_acpi_role_choose(const char *param, const char *dsd,
			  enum usb_dr_mode *mode,
			  enum dwc2_acpi_role_source *source);
const char *dwc2_acpi_role_name(enum usb_dr_mode mode);
const char *dwc2_acpi_role_source_name(enum dwc2_acpi_role_source source);

#endif /* DWC2_ACPI_H */
