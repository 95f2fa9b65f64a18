/* SPDX-License-Identifier: GPL-2.0 */
/* Reading the DWC2's DMA window and the kernel's view of it (dma-view.c). */
#ifndef DWC2_ACPI_DMA_VIEW_H
#define DWC2_ACPI_DMA_VIEW_H

#include <linux/acpi.h>
#include <linux/device.h>

#include "dwc2-acpi.h"

int dwc2_acpi_dma_window(struct acpi_device *adev, struct dwc2_acpi_window *w,
			 const char **why);
void dwc2_acpi_dma_view(struct device *dev, const struct dwc2_acpi_window *w,
			struct dwc2_acpi_dma_view *v);

#endif /* DWC2_ACPI_DMA_VIEW_H */
