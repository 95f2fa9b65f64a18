// SPDX-License-Identifier: GPL-2.0
/*
 * The DWC2's DMA window as the firmware describes it, and whether the
 * running kernel can keep the controller inside it. Pure functions of
 * their inputs: dma-view.c reads ACPI and the kernel, KUnit feeds them
 * broken firmware data.
 */

#include <linux/acpi.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/sizes.h>
#include <linux/sort.h>
#include <linux/string.h>

#include "dwc2-acpi.h"

static int dwc2_acpi_range_cmp(const void *a, const void *b)
{
	const struct dwc2_acpi_range *x = a, *y = b;

	if (x->cpu_start == y->cpu_start)
		return 0;
	return x->cpu_start < y->cpu_start ? -1 : 1;
}

/**
 * dwc2_acpi_window_from_ranges() - the window a _DMA method describes
 * @w: the window to fill
 * @r: the _DMA method's memory ranges, as the kernel decodes them
 * @nr: how many
 * @why: set to the reason when the ranges are refused
 *
 * Return: 0; -ENOENT for no range, -E2BIG for more than the glue follows,
 * -EINVAL for an empty or inverted range, one whose bus addresses wrap,
 * or two that overlap.
 */
int dwc2_acpi_window_from_ranges(struct dwc2_acpi_window *w,
				 const struct dwc2_acpi_range *r,
				 unsigned int nr, const char **why)
{
	unsigned int i;

	memset(w, 0, sizeof(*w));
	if (!nr) {
		*why = "_DMA describes no memory range";
		return -ENOENT;
	}
	if (nr > DWC2_ACPI_MAX_WINDOWS) {
		*why = "_DMA describes more ranges than the glue follows";
		return -E2BIG;
	}
	for (i = 0; i < nr; i++) {
		if (r[i].cpu_end < r[i].cpu_start) {
			*why = "_DMA range ends before it starts";
			return -EINVAL;
		}
		if (r[i].bus_start + (r[i].cpu_end - r[i].cpu_start) <
		    r[i].bus_start) {
			*why = "_DMA range's bus addresses wrap";
			return -EINVAL;
		}
		w->range[i] = r[i];
	}
	sort(w->range, nr, sizeof(w->range[0]), dwc2_acpi_range_cmp, NULL);
	for (i = 1; i < nr; i++) {
		if (w->range[i].cpu_start <= w->range[i - 1].cpu_end) {
			*why = "_DMA ranges overlap";
			return -EINVAL;
		}
	}
	w->nr = nr;
	w->source = DWC2_ACPI_DMA_METHOD;
	return 0;
}

static const struct acpi_iort_node *
dwc2_acpi_iort_node(const u8 *table, u32 len, u32 off)
{
	const struct acpi_iort_node *node;

	if (off > len || len - off < sizeof(*node))
		return NULL;
	node = (const struct acpi_iort_node *)(table + off);
	if (node->length < sizeof(*node) || node->length > len - off)
		return NULL;
	return node;
}

/* The named component's device name when the node holds a whole one. */
static const char *dwc2_acpi_iort_nc_name(const struct acpi_iort_node *node,
					  u8 *bits)
{
	const struct acpi_iort_named_component *nc;
	size_t room;

	room = node->length - offsetof(struct acpi_iort_node, node_data);
	if (node->length < offsetof(struct acpi_iort_node, node_data) ||
	    room <= sizeof(*nc))
		return NULL;
	nc = (const struct acpi_iort_named_component *)node->node_data;
	room -= sizeof(*nc);
	if (strnlen(nc->device_name, room) == room)
		return NULL;
	*bits = nc->memory_address_limit;
	return nc->device_name;
}

/**
 * dwc2_acpi_iort_limit() - the memory address limit IORT gives a device
 * @table: the IORT, as firmware published it
 * @len: the bytes available at @table
 * @path: the device's full ACPI path, as IORT names it
 * @bits: set to the limit, in address bits (at most 64)
 *
 * Walks the table with every length and offset checked against @len.
 *
 * Return: 0; -ENOENT when no named component has @path; -EINVAL for a
 * truncated or malformed table, or a limit of 0 bits.
 */
int dwc2_acpi_iort_limit(const void *table, size_t len, const char *path,
			 unsigned int *bits)
{
	const struct acpi_table_iort *iort = table;
	const struct acpi_iort_node *node;
	const char *name;
	u32 size, off, i;
	u8 limit;

	if (len < sizeof(*iort))
		return -EINVAL;
	size = iort->header.length;
	if (size < sizeof(*iort) || size > len)
		return -EINVAL;
	off = iort->node_offset;
	for (i = 0; i < iort->node_count; i++) {
		node = dwc2_acpi_iort_node(table, size, off);
		if (!node)
			return -EINVAL;
		off += node->length;
		if (node->type != ACPI_IORT_NODE_NAMED_COMPONENT)
			continue;
		name = dwc2_acpi_iort_nc_name(node, &limit);
		if (!name)
			return -EINVAL;
		if (strcmp(name, path))
			continue;
		if (!limit)
			return -EINVAL;
		*bits = min_t(unsigned int, limit, 64);
		return 0;
	}
	return -ENOENT;
}

/**
 * dwc2_acpi_window_iort() - the window an IORT limit describes
 * @w: the window to fill: bus addresses from 0 up to the limit, equal to
 *	CPU addresses (there is no _DMA to translate them)
 * @bits: the limit in address bits, 1 to 64
 */
void dwc2_acpi_window_iort(struct dwc2_acpi_window *w, unsigned int bits)
{
	u64 limit = bits >= 64 ? U64_MAX : BIT_ULL(bits) - 1;

	memset(w, 0, sizeof(*w));
	w->range[0] = (struct dwc2_acpi_range){ 0, limit, 0 };
	w->nr = 1;
	w->iort_bits = bits;
	w->source = DWC2_ACPI_DMA_IORT;
}

/**
 * dwc2_acpi_window_bcm2711() - the window of a BCM2711 without firmware data
 * @w: the window to fill: the first GB of RAM (CPU 0 up) at bus addresses
 *	0xC0000000 and up, the translation the Pi's firmware gives in _DMA
 *
 * The kernel knows no translation without _DMA (the device has no
 * dma_range_map, and its bus addresses equal CPU addresses), so it does
 * not match this window, and dwc2_acpi_dma_choose() leaves the controller
 * off: the window says what the controller needs, not what the kernel does.
 */
void dwc2_acpi_window_bcm2711(struct dwc2_acpi_window *w)
{
	memset(w, 0, sizeof(*w));
	w->range[0] = (struct dwc2_acpi_range){ 0, DWC2_ACPI_BCM2711_LIMIT,
						DWC2_ACPI_BCM2711_BUS };
	w->nr = 1;
	w->source = DWC2_ACPI_DMA_BCM2711;
}

/**
 * dwc2_acpi_window_bus_end() - the highest bus address of a window
 * @w: the window
 *
 * Return: the address, or 0 for an empty window.
 */
u64 dwc2_acpi_window_bus_end(const struct dwc2_acpi_window *w)
{
	u64 end = 0;
	unsigned int i;

	for (i = 0; i < w->nr; i++)
		end = max(end, w->range[i].bus_start +
			  (w->range[i].cpu_end - w->range[i].cpu_start));
	return end;
}

/**
 * dwc2_acpi_xlat_mismatch() - a window range the kernel translates otherwise
 * @w: the window
 * @v: the kernel's translation of its ranges' ends
 *
 * Return: the index of the first range whose first or last CPU address
 * the kernel does not translate to the bus address the window gives, or
 * -1 when the kernel translates every range as the window does.
 */
int dwc2_acpi_xlat_mismatch(const struct dwc2_acpi_window *w,
			    const struct dwc2_acpi_dma_view *v)
{
	const struct dwc2_acpi_range *r;
	unsigned int i;

	for (i = 0; i < w->nr; i++) {
		r = &w->range[i];
		if (v->xlat[i].first != r->bus_start ||
		    v->xlat[i].last != r->bus_start + (r->cpu_end - r->cpu_start))
			return i;
	}
	return -1;
}

static bool dwc2_acpi_window_holds(const struct dwc2_acpi_window *w,
				   u64 start, u64 end)
{
	unsigned int i;

	for (i = 0; i < w->nr; i++)
		if (w->range[i].cpu_start <= start && end <= w->range[i].cpu_end)
			return true;
	return false;
}

/**
 * dwc2_acpi_dma_choose() - may the controller do DMA, and how
 * @w: its window
 * @v: what the running kernel would do for it
 * @why: set to the reason for DWC2_ACPI_DMA_OFF
 *
 * DMA is allowed only when the kernel confines it to the window: the
 * device has a bus limit no higher than the window, the window's
 * translation is the kernel's, and every buffer either lies in the
 * window or bounces through a pool that does.
 *
 * Return: the mode.
 */
enum dwc2_acpi_dma_mode dwc2_acpi_dma_choose(const struct dwc2_acpi_window *w,
					     const struct dwc2_acpi_dma_view *v,
					     const char **why)
{
	if (!w->nr) {
		*why = "no DMA window";
		return DWC2_ACPI_DMA_OFF;
	}
	if (!v->dma_attr) {
		*why = "the firmware gives the device no DMA (no _CCA)";
		return DWC2_ACPI_DMA_OFF;
	}
	if (dwc2_acpi_xlat_mismatch(w, v) >= 0) {
		*why = "the kernel translates the window's CPU addresses to other bus addresses";
		return DWC2_ACPI_DMA_OFF;
	}
	if (!v->bus_limit || v->bus_limit > dwc2_acpi_window_bus_end(w)) {
		*why = "the kernel does not limit the device to the window";
		return DWC2_ACPI_DMA_OFF;
	}
	if (dwc2_acpi_window_holds(w, v->ram_start, v->ram_end))
		return DWC2_ACPI_DMA_DIRECT;
	if (!v->pool) {
		*why = "RAM lies outside the window and the kernel has no bounce buffers";
		return DWC2_ACPI_DMA_OFF;
	}
	if (dwc2_acpi_window_holds(w, v->pool_start, v->pool_end))
		return DWC2_ACPI_DMA_BOUNCE;
	*why = "the kernel's bounce buffers lie outside the window";
	return DWC2_ACPI_DMA_OFF;
}

/**
 * dwc2_acpi_dma_mode_name() - a mode's name in sysfs
 * @mode: the mode
 *
 * Return: "dma", "dma-bounce" or "off".
 */
const char *dwc2_acpi_dma_mode_name(enum dwc2_acpi_dma_mode mode)
{
	switch (mode) {
	case DWC2_ACPI_DMA_DIRECT:
		return "dma";
	case DWC2_ACPI_DMA_BOUNCE:
		return "dma-bounce";
	default:
		return "off";
	}
}

/**
 * dwc2_acpi_dma_source_name() - a window source's name in sysfs
 * @source: the source
 *
 * Return: "_DMA", "IORT", "BCM2711" or "none".
 */
const char *dwc2_acpi_dma_source_name(enum dwc2_acpi_dma_source source)
{
	switch (source) {
	case DWC2_ACPI_DMA_METHOD:
		return "_DMA";
	case DWC2_ACPI_DMA_IORT:
		return "IORT";
	case DWC2_ACPI_DMA_BCM2711:
		return "BCM2711";
	default:
		return "none";
	}
}

/**
 * dwc2_acpi_check_resources() - does _CRS give the core what it needs
 * @res: the controller's resources, as Linux decoded its _CRS
 * @nr: how many
 * @why: set to what is missing
 *
 * The core needs one memory range holding its registers and one
 * interrupt; a _CRS without them would only fail later, in the core.
 *
 * Return: 0, or -EINVAL.
 */
int dwc2_acpi_check_resources(const struct resource *res, unsigned int nr,
			      const char **why)
{
	bool mem = false, irq = false;
	unsigned int i;

	for (i = 0; i < nr; i++) {
		if (resource_type(&res[i]) == IORESOURCE_MEM && !mem) {
			if (resource_size(&res[i]) < DWC2_ACPI_MIN_MMIO) {
				*why = "_CRS's memory range is too small for the core's registers";
				return -EINVAL;
			}
			mem = true;
		} else if (resource_type(&res[i]) == IORESOURCE_IRQ) {
			irq = true;
		}
	}
	if (!mem) {
		*why = "_CRS has no memory range";
		return -EINVAL;
	}
	if (!irq) {
		*why = "_CRS has no interrupt";
		return -EINVAL;
	}
	return 0;
}
