// SPDX-License-Identifier: GPL-2.0
/*
 * The firmware test service's call counters, for guest test scripts:
 * write a function id to debugfs rpi_acpi_fw_count/fid, read the calls the
 * firmware counted to it from rpi_acpi_fw_count/count (-1 when the
 * firmware does not count it). Documentation/firmware-guide/
 * rpi-acpi-sip.rst, TEST_COUNT.
 */

#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/module.h>

#include <rpi-acpi-test.h>

static struct dentry *fw_count_dir;
static u32 fw_count_fid;

static int fw_count_get(void *data, u64 *val)
{
	*val = rpi_test_count(fw_count_fid);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(fw_count_fops, fw_count_get, NULL, "%lld\n");

static int __init fw_count_init(void)
{
	fw_count_dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_x32("fid", 0600, fw_count_dir, &fw_count_fid);
	debugfs_create_file_unsafe("count", 0400, fw_count_dir, NULL,
				   &fw_count_fops);
	return 0;
}
module_init(fw_count_init);

static void __exit fw_count_exit(void)
{
	debugfs_remove_recursive(fw_count_dir);
}
module_exit(fw_count_exit);

MODULE_DESCRIPTION("rpi-acpi test: the firmware's per-function call counters in debugfs");
MODULE_LICENSE("GPL");
