// SPDX-License-Identifier: GPL-2.0
/*
 * What the firmware test service shows of the firmware, for guest test
 * scripts (Documentation/firmware-guide/rpi-acpi-sip.rst), in debugfs
 * rpi_acpi_fw_count/:
 *
 *   fid, count  write a function id to fid, read the calls the firmware
 *               counted to it from count (-1 when it does not count it):
 *               TEST_COUNT
 *   pl061       QEMU virt's secure PL061 as EL3 reads it, "DATA DIR" in
 *               hexadecimal: TEST_PL061
 */

#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/seq_file.h>

#include <rpi-acpi-test.h>

static struct dentry *fw_count_dir;
static u32 fw_count_fid;

static int fw_count_get(void *data, u64 *val)
{
	*val = rpi_test_count(fw_count_fid);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(fw_count_fops, fw_count_get, NULL, "%lld\n");

#define FW_TEST_PL061	RPI_TEST_SIP32(0x0120)

static int fw_count_pl061_show(struct seq_file *s, void *unused)
{
	struct arm_smccc_res res;

	arm_smccc_1_1_invoke(FW_TEST_PL061, &res);
	if (res.a0)
		return -EOPNOTSUPP;
	seq_printf(s, "0x%02lx 0x%02lx\n", res.a1, res.a2);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(fw_count_pl061);

static int __init fw_count_init(void)
{
	fw_count_dir = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_x32("fid", 0600, fw_count_dir, &fw_count_fid);
	debugfs_create_file_unsafe("count", 0400, fw_count_dir, NULL,
				   &fw_count_fops);
	debugfs_create_file("pl061", 0400, fw_count_dir, NULL,
			    &fw_count_pl061_fops);
	return 0;
}
module_init(fw_count_init);

static void __exit fw_count_exit(void)
{
	debugfs_remove_recursive(fw_count_dir);
}
module_exit(fw_count_exit);

MODULE_DESCRIPTION("rpi-acpi test: the firmware's call counters and PL061 in debugfs");
MODULE_LICENSE("GPL");
