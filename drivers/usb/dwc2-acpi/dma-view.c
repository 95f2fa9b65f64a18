// SPDX-License-Identifier: GPL-2.0
/*
 * Inputs of the DMA decision, read from ACPI and the running kernel: the
 * window the firmware gives the DWC2 (_DMA, IORT, or the BCM2711's
 * known view) and what the kernel set up for the device, down to the bus
 * address it gives each end of the window's ranges.
 *
 * The kernel's view is read through <linux/dma-direct.h> and the device's
 * swiotlb pointer, which drivers do not normally touch: the point here
 * is to check, before the controller may DMA, that what the kernel will
 * do keeps it inside its window.
 */

#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/swiotlb.h>
#include <rpi-acpi/compat.h>

#include "dwc2-acpi.h"
#include "dma-view.h"

/* The _DMA of the device or of its nearest ancestor that has one. */
static int dwc2_acpi_dma_method(struct acpi_device *adev,
				struct dwc2_acpi_window *w, const char **why)
{
	struct dwc2_acpi_range r[DWC2_ACPI_MAX_WINDOWS + 1];
	struct resource_entry *e;
	unsigned int nr = 0;
	LIST_HEAD(list);
	int ret;

	while (adev && !acpi_has_method(adev->handle, METHOD_NAME__DMA))
		adev = acpi_dev_parent(adev);
	if (!adev)
		return -ENODEV;
	if (!acpi_has_method(adev->handle, METHOD_NAME__CRS)) {
		*why = "the device with _DMA has no _CRS, so Linux ignores its _DMA";
		return -EINVAL;
	}
	ret = acpi_dev_get_dma_resources(adev, &list);
	if (ret < 0) {
		*why = "_DMA cannot be evaluated";
		return ret;
	}
	resource_list_for_each_entry(e, &list) {
		if (nr == ARRAY_SIZE(r))
			break;
		r[nr].cpu_start = e->res->start;
		r[nr].cpu_end = e->res->end;
		r[nr].bus_start = e->res->start - e->offset;
		nr++;
	}
	acpi_dev_free_resource_list(&list);
	return dwc2_acpi_window_from_ranges(w, r, nr, why);
}

/* The IORT limit of the device's named component: -ENOENT without one. */
static int dwc2_acpi_iort(struct acpi_device *adev, unsigned int *bits)
{
	struct acpi_buffer path = { ACPI_ALLOCATE_BUFFER, NULL };
	struct acpi_table_header *iort;
	int ret;

	if (ACPI_FAILURE(acpi_get_table(ACPI_SIG_IORT, 0, &iort)))
		return -ENOENT;
	if (ACPI_FAILURE(acpi_get_name(adev->handle, ACPI_FULL_PATHNAME, &path)))
		ret = -ENOMEM;
	else
		ret = dwc2_acpi_iort_limit(iort, iort->length, path.pointer,
					   bits);
	kfree(path.pointer);
	acpi_put_table(iort);
	return ret;
}

/**
 * dwc2_acpi_dma_window() - the controller's effective DMA window
 * @adev: its ACPI device
 * @w: the window to fill
 * @why: set to the reason on failure
 *
 * As the kernel does: the _DMA of the device or its nearest ancestor with
 * one; without, the IORT limit of its named component; with neither, the
 * BCM2711's first GB at bus 0xC0000000, which the kernel, knowing no
 * translation, cannot match.
 *
 * Return: 0, or a negative errno for malformed firmware data.
 */
int dwc2_acpi_dma_window(struct acpi_device *adev, struct dwc2_acpi_window *w,
			 const char **why)
{
	unsigned int bits;
	int ret;

	ret = dwc2_acpi_dma_method(adev, w, why);
	if (ret != -ENODEV)
		return ret;
	ret = dwc2_acpi_iort(adev, &bits);
	if (!ret) {
		dwc2_acpi_window_iort(w, bits);
		return 0;
	}
	if (ret != -ENOENT) {
		*why = "the IORT is malformed";
		return ret;
	}
	dwc2_acpi_window_bcm2711(w);
	return 0;
}

/* The bus addresses the kernel gives each range's ends. */
static void dwc2_acpi_kernel_xlat(struct device *dev,
				  const struct dwc2_acpi_window *w,
				  struct dwc2_acpi_dma_view *v)
{
	unsigned int i;

	for (i = 0; i < w->nr; i++) {
		v->xlat[i].first = phys_to_dma(dev, w->range[i].cpu_start);
		v->xlat[i].last = phys_to_dma(dev, w->range[i].cpu_end);
	}
}

/**
 * dwc2_acpi_dma_view() - what the running kernel would do for the device
 * @dev: a device configured for DMA from the controller's ACPI node
 * @w: the controller's window
 * @v: the view to fill
 */
void dwc2_acpi_dma_view(struct device *dev, const struct dwc2_acpi_window *w,
			struct dwc2_acpi_dma_view *v)
{
	struct io_tlb_mem *mem = dev->dma_io_tlb_mem;

	memset(v, 0, sizeof(*v));
	v->ram_start = memstart_addr;
	v->ram_end = __pa(high_memory - 1);
	v->dma_attr = device_get_dma_attr(dev) != DEV_DMA_NOT_SUPPORTED;
	v->bus_limit = dev->bus_dma_limit;
	dwc2_acpi_kernel_xlat(dev, w, v);
	if (mem && rpi_acpi_swiotlb_pool(mem)->nslabs) {
		v->pool = true;
		v->pool_start = rpi_acpi_swiotlb_pool(mem)->start;
		v->pool_end = rpi_acpi_swiotlb_pool(mem)->end - 1;
	}
}
