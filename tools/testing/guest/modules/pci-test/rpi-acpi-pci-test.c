// SPDX-License-Identifier: GPL-2.0
/*
 * What the PCIe guest test needs from below the shell, in debugfs
 * (rpi_acpi_pci_test/):
 *
 * - mode: write 0, 1 or 2 to switch the firmware's DEN0115 hooks to the
 *   full, Raspberry Pi 4 or Pi 4 link-down behaviour (the test service's
 *   TEST_PCI_MODE, Documentation/firmware-guide/rpi-acpi-sip.rst); the
 *   write fails with EINVAL when the firmware refuses.
 * - dma: one line per PCI device, "SEG:BUS:DEV.FN BUS_DMA_LIMIT COHERENT",
 *   what the PCI core applied from the root's _DMA and _CCA.
 */

#include <linux/arm-smccc.h>
#include <linux/debugfs.h>
#include <linux/dma-map-ops.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/seq_file.h>

#include <rpi-acpi-test.h>

#define RPI_TEST_PCI_MODE	RPI_TEST_SIP32(0x0110)

static struct dentry *pci_test_dir;

static int pci_test_set_mode(void *data, u64 val)
{
	struct arm_smccc_res res;

	arm_smccc_1_1_invoke(RPI_TEST_PCI_MODE, val, &res);
	return res.a0 ? -EINVAL : 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(pci_test_mode_fops, NULL, pci_test_set_mode, "%llu\n");

static int pci_test_dma_show(struct seq_file *s, void *unused)
{
	struct pci_dev *pdev = NULL;

	for_each_pci_dev(pdev)
		seq_printf(s, "%s 0x%llx %d\n", pci_name(pdev),
			   pdev->dev.bus_dma_limit,
			   dev_is_dma_coherent(&pdev->dev));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(pci_test_dma);

static int __init pci_test_init(void)
{
	pci_test_dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_file_unsafe("mode", 0200, pci_test_dir, NULL,
				   &pci_test_mode_fops);
	debugfs_create_file("dma", 0400, pci_test_dir, NULL,
			    &pci_test_dma_fops);
	return 0;
}
module_init(pci_test_init);

static void __exit pci_test_exit(void)
{
	debugfs_remove_recursive(pci_test_dir);
}
module_exit(pci_test_exit);

MODULE_DESCRIPTION("rpi-acpi test: the firmware's DEN0115 mode and the PCI devices' DMA setup in debugfs");
MODULE_LICENSE("GPL");
