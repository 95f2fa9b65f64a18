// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for rpi-smc-pcie: how the DEN0115 backend encodes its
 * calls and maps the firmware's status, what the bridge's config
 * accessors make of refusals, which accesses never reach the firmware,
 * and the backend's discovery. The firmware is a fake behind
 * rpi_smc_invoke(), the one function that would trap.
 */

#include <kunit/device.h>
#include <kunit/test.h>
#include <linux/acpi.h>
#include <linux/arm-smccc.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/pci.h>
#include <linux/resource_ext.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include <rpi-acpi/compat.h>
#include <rpi-acpi/rpi-smc.h>

#include "pcie.h"

#define FN_VERSION	0x84000130
#define FN_FEATURES	0x84000131
#define FN_READ		0x84000132
#define FN_WRITE	0x84000133
#define FN_SEG_INFO	0x84000134

/* What the fake firmware answers, and what it was last asked. */
struct fake_fw {
	int invoke_ret;		/* rpi_smc_invoke()'s own return */
	unsigned long status;	/* x0 of PCI_READ/PCI_WRITE/PCI_SEG_INFO */
	unsigned long value;	/* x1 of PCI_READ and PCI_SEG_INFO */
	unsigned long version;	/* x0 of PCI_VERSION */
	u32 missing;		/* a function PCI_FEATURES says is absent */
	unsigned int calls;
	struct arm_smccc_1_2_regs last;
};

static int fake_invoke(const struct arm_smccc_1_2_regs *args,
		       struct arm_smccc_1_2_regs *res)
{
	struct fake_fw *fw = kunit_get_current_test()->priv;

	fw->calls++;
	fw->last = *args;
	memset(res, 0, sizeof(*res));
	if (fw->invoke_ret)
		return fw->invoke_ret;
	switch (args->a0) {
	case FN_VERSION:
		res->a0 = fw->version;
		break;
	case FN_FEATURES:
		res->a0 = args->a1 == fw->missing ? -1UL : 0;
		break;
	case FN_READ:
	case FN_SEG_INFO:
		res->a1 = fw->value;
		fallthrough;
	case FN_WRITE:
		res->a0 = fw->status;
		break;
	default:
		res->a0 = -1UL;
		break;
	}
	return 0;
}

struct pcie_test {
	struct fake_fw fw;
	struct rpi_pcie pcie;
	struct pci_bus bus;
};

static int pcie_test_init(struct kunit *test)
{
	struct pcie_test *t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, t);
	t->fw.version = 0x10000;
	t->fw.value = 0xff00;
	t->pcie.cfg.ops = &rpi_pcie_den0115_ops;
	t->pcie.cfg.bus_end = 0xff;
	t->bus.sysdata = &t->pcie.win;
	test->priv = &t->fw;
	KUNIT_ASSERT_EQ(test, rpi_smc_fake_firmware(test, fake_invoke), 0);
	return 0;
}

static struct pcie_test *pcie_test_of(struct kunit *test)
{
	return container_of((struct fake_fw *)test->priv, struct pcie_test, fw);
}

static void pcie_read_encodes(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);
	u32 val = 0;

	t->pcie.cfg.seg = 0x1234;
	t->fw.value = 0xcafef00d;
	KUNIT_EXPECT_EQ(test, rpi_pcie_den0115_ops.read(&t->pcie.cfg, 0x56,
							PCI_DEVFN(15, 3),
							0x104, 4, &val), 0);
	KUNIT_EXPECT_EQ(test, val, 0xcafef00d);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 1);
	KUNIT_EXPECT_EQ(test, t->fw.last.a0, FN_READ);
	KUNIT_EXPECT_EQ(test, t->fw.last.a1, 0x1234567bUL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a2, 0x104UL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a3, 4UL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a4, 0UL);
}

static void pcie_write_encodes(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);

	KUNIT_EXPECT_EQ(test, rpi_pcie_den0115_ops.write(&t->pcie.cfg, 1,
							 PCI_DEVFN(0, 7),
							 0x3c, 1, 0x5a), 0);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 1);
	KUNIT_EXPECT_EQ(test, t->fw.last.a0, FN_WRITE);
	KUNIT_EXPECT_EQ(test, t->fw.last.a1, 0x107UL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a2, 0x3cUL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a3, 1UL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a4, 0x5aUL);
}

struct pcie_status_case {
	const char *name;
	unsigned long x0;
	int err;
	int pcibios;
};

static const struct pcie_status_case pcie_status_cases[] = {
	{ "success", 0, 0, PCIBIOS_SUCCESSFUL },
	{ "not supported", -1UL, -EOPNOTSUPP, PCIBIOS_FUNC_NOT_SUPPORTED },
	{ "invalid parameter", -2UL, -EINVAL, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "not implemented", -3UL, -ENODEV, PCIBIOS_DEVICE_NOT_FOUND },
	{ "undefined -4", -4UL, -EPROTO, PCIBIOS_DEVICE_NOT_FOUND },
	{ "positive", 1, -EPROTO, PCIBIOS_DEVICE_NOT_FOUND },
	{ "-2 in w0 only", 0xfffffffeUL, -EINVAL, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "upper half ignored", 0x1234567800000000UL, 0, PCIBIOS_SUCCESSFUL },
};

static void pcie_status_desc(const struct pcie_status_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(pcie_status, pcie_status_cases, pcie_status_desc);

/* The backend's errno, then what the accessors make of it: all ones. */
static void pcie_status_maps(struct kunit *test)
{
	const struct pcie_status_case *c = test->param_value;
	struct pcie_test *t = pcie_test_of(test);
	u32 val;

	t->fw.status = c->x0;
	t->fw.value = 0x11223344;
	KUNIT_EXPECT_EQ(test, rpi_pcie_den0115_ops.read(&t->pcie.cfg, 0, 0, 0,
							4, &val), c->err);
	KUNIT_EXPECT_EQ(test, rpi_pcie_den0115_ops.write(&t->pcie.cfg, 0, 0, 0,
							 4, 1), c->err);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 0, 4, &val),
			c->pcibios);
	KUNIT_EXPECT_EQ(test, val, c->err ? 0xffffffff : 0x11223344);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.write(&t->bus, 0, 4, 2, 6),
			c->pcibios);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 4);
}

/* A Pi 4 answers a refused 1- or 2-byte read with 32 bits of ones. */
static void pcie_read_masks(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);
	u32 val;

	t->fw.value = 0xffffffff;
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 0x3d, 1, &val),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, val, 0xff);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 0x2, 2, &val),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, val, 0xffff);
	t->fw.value = 0xdeadbeef12345678UL;
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 0x10, 4, &val),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, val, 0x12345678);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 3);
}

/* One call per write, with only the bytes written; never read-modify-write. */
static void pcie_write_masks(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);

	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.write(&t->bus, PCI_DEVFN(1, 0),
						     0x0d, 1, 0xaabbccdd),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 1);
	KUNIT_EXPECT_EQ(test, t->fw.last.a0, FN_WRITE);
	KUNIT_EXPECT_EQ(test, t->fw.last.a4, 0xddUL);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.write(&t->bus, PCI_DEVFN(1, 0),
						     0x04, 2, 0xaabbccdd),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 2);
	KUNIT_EXPECT_EQ(test, t->fw.last.a4, 0xccddUL);
}

struct pcie_bad_case {
	const char *name;
	unsigned int bus;
	int where;
	int size;
	int pcibios;
};

static const struct pcie_bad_case pcie_bad_cases[] = {
	{ "unaligned dword", 0, 1, 4, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "unaligned dword 2", 0, 0x42, 4, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "unaligned word", 0, 0x3, 2, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "size 3", 0, 0, 3, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "size 8", 0, 0, 8, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "past 4 KiB", 0, 4096, 4, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "negative", 0, -4, 4, PCIBIOS_BAD_REGISTER_NUMBER },
	{ "bus past range", 0x81, 0, 4, PCIBIOS_DEVICE_NOT_FOUND },
	{ "bus before range", 0x0f, 0, 4, PCIBIOS_DEVICE_NOT_FOUND },
};

static void pcie_bad_desc(const struct pcie_bad_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(pcie_bad, pcie_bad_cases, pcie_bad_desc);

/* Refused by the bridge itself: no firmware call, reads give all ones. */
static void pcie_never_sent(struct kunit *test)
{
	const struct pcie_bad_case *c = test->param_value;
	struct pcie_test *t = pcie_test_of(test);
	u32 val = 0;

	t->pcie.cfg.bus_start = 0x10;
	t->pcie.cfg.bus_end = 0x80;
	t->bus.number = c->bus;
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, c->where,
						    c->size, &val), c->pcibios);
	KUNIT_EXPECT_EQ(test, val, 0xffffffff);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.write(&t->bus, 0, c->where,
						     c->size, 0), c->pcibios);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 0);
}

/* The last dword of the 4 KiB space is fine. */
static void pcie_last_dword(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);
	u32 val;

	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 4092, 4, &val),
			PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, t->fw.last.a2, 4092UL);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 1);
}

/* Without an SMCCC conduit every access fails cleanly. */
static void pcie_no_conduit(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);
	u32 val = 0;

	t->fw.invoke_ret = -EOPNOTSUPP;
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.read(&t->bus, 0, 0, 4, &val),
			PCIBIOS_FUNC_NOT_SUPPORTED);
	KUNIT_EXPECT_EQ(test, val, 0xffffffff);
	KUNIT_EXPECT_EQ(test, rpi_pcie_pci_ops.write(&t->bus, 0, 0, 4, 0),
			PCIBIOS_FUNC_NOT_SUPPORTED);
}

/* The PCI core calls the accessors under a raw spinlock, IRQs off. */
static void pcie_atomic(struct kunit *test)
{
	struct pcie_test *t = pcie_test_of(test);
	raw_spinlock_t lock;
	unsigned long flags;
	u32 val = 0;
	int ret;

	raw_spin_lock_init(&lock);
	t->fw.value = 0x12;
	raw_spin_lock_irqsave(&lock, flags);
	ret = rpi_pcie_pci_ops.read(&t->bus, 0, 0, 1, &val);
	if (!ret)
		ret = rpi_pcie_pci_ops.write(&t->bus, 0, 0, 1, val);
	raw_spin_unlock_irqrestore(&lock, flags);
	KUNIT_EXPECT_EQ(test, ret, PCIBIOS_SUCCESSFUL);
	KUNIT_EXPECT_EQ(test, val, 0x12);
	KUNIT_EXPECT_EQ(test, t->fw.calls, 2);
}

struct pcie_probe_case {
	const char *name;
	int invoke_ret;
	unsigned long version;
	u32 missing;
	unsigned long seg_status;
	unsigned long seg_buses;
	int err;
	resource_size_t start, end;
};

static const struct pcie_probe_case pcie_probe_cases[] = {
	{ "DEN0115 1.0", 0, 0x10000, 0, 0, 0xff00, 0, 0, 0xff },
	{ "DEN0115 1.1", 0, 0x10001, 0, 0, 0xff00, 0, 0, 0xff },
	{ "no DEN0115", 0, -1UL, 0, 0, 0xff00, -ENODEV },
	{ "version 2.0", 0, 0x20000, 0, 0, 0xff00, -ENODEV },
	{ "no PCI_READ", 0, 0x10000, FN_READ, 0, 0xff00, -ENODEV },
	{ "no PCI_WRITE", 0, 0x10000, FN_WRITE, 0, 0xff00, -ENODEV },
	{ "no PCI_SEG_INFO", 0, 0x10000, FN_SEG_INFO, 0, 0xff00, -ENODEV },
	{ "segment not served", 0, 0x10000, 0, -3UL, 0, -ENODEV },
	{ "fewer buses", 0, 0x10000, 0, 0, 0x7f00, 0, 0, 0x7f },
	{ "later first bus", 0, 0x10000, 0, 0, 0xff10, 0, 0x10, 0xff },
	{ "first bus after last", 0, 0x10000, 0, 0, 0x00ff, -ENODEV },
	{ "no conduit", -EOPNOTSUPP, 0x10000, 0, 0, 0xff00, -EOPNOTSUPP },
};

static void pcie_probe_desc(const struct pcie_probe_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(pcie_probe, pcie_probe_cases, pcie_probe_desc);

static void pcie_probe(struct kunit *test)
{
	const struct pcie_probe_case *c = test->param_value;
	struct pcie_test *t = pcie_test_of(test);
	struct resource busr = DEFINE_RES_NAMED(0, 0x100, "bus", IORESOURCE_BUS);
	struct device *dev = kunit_device_register(test, "rpi-smc-pcie-test");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	t->fw.invoke_ret = c->invoke_ret;
	t->fw.version = c->version;
	t->fw.missing = c->missing;
	t->fw.status = c->seg_status;
	t->fw.value = c->seg_buses;
	t->pcie.cfg.seg = 0;
	KUNIT_EXPECT_EQ(test, rpi_pcie_den0115_ops.probe(dev, &t->pcie.cfg,
							 &busr), c->err);
	if (!c->err) {
		KUNIT_EXPECT_EQ(test, busr.start, c->start);
		KUNIT_EXPECT_EQ(test, busr.end, c->end);
		KUNIT_EXPECT_EQ(test, t->fw.last.a0, FN_SEG_INFO);
		KUNIT_EXPECT_EQ(test, t->fw.last.a1, 0UL);
	}
}

/* _SEG names a 16-bit segment group; a wider value names none. */
static void pcie_segment_width(struct kunit *test)
{
	u16 seg = 0x55;

	KUNIT_EXPECT_EQ(test, rpi_pcie_seg_value(0, &seg), 0);
	KUNIT_EXPECT_EQ(test, seg, 0);
	KUNIT_EXPECT_EQ(test, rpi_pcie_seg_value(0xffff, &seg), 0);
	KUNIT_EXPECT_EQ(test, seg, 0xffff);
	seg = 0x55;
	KUNIT_EXPECT_EQ(test, rpi_pcie_seg_value(0x10000, &seg), -ERANGE);
	KUNIT_EXPECT_EQ(test, rpi_pcie_seg_value(0x100000001ULL, &seg),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, seg, 0x55);
}

/* One _CRS address descriptor, as ACPICA hands it over. */
static struct acpi_resource pcie_addr64(u8 type, bool producer, u64 min,
					u64 max, u64 tra)
{
	struct acpi_resource ares = { .type = ACPI_RESOURCE_TYPE_ADDRESS64 };
	struct acpi_resource_address64 *a = &ares.data.address64;

	a->resource_type = type;
	a->producer_consumer = producer ? ACPI_PRODUCER : ACPI_CONSUMER;
	a->min_address_fixed = ACPI_ADDRESS_FIXED;
	a->max_address_fixed = ACPI_ADDRESS_FIXED;
	a->address.minimum = min;
	a->address.maximum = max;
	a->address.translation_offset = tra;
	a->address.address_length = max - min + 1;
	return ares;
}

/* Decode it as acpi_dev_get_resources() does and append it to @list. */
static void pcie_add_crs(struct kunit *test, struct list_head *list,
			 struct acpi_resource ares)
{
	struct resource_entry *entry;
	struct resource_win win = {};

	KUNIT_ASSERT_TRUE(test, acpi_dev_resource_address_space(&ares, &win));
	entry = resource_list_create_entry(NULL, 0);
	KUNIT_ASSERT_NOT_NULL(test, entry);
	*entry->res = win.res;
	entry->offset = win.offset;
	resource_list_add_tail(entry, list);
}

static void pcie_free_list(void *list)
{
	resource_list_free(list);
}

/*
 * A test device and two empty resource lists, the _CRS and the windows,
 * freed with the test.
 */
static struct device *pcie_window_lists(struct kunit *test,
					struct list_head **list,
					struct list_head **windows)
{
	struct device *dev = kunit_device_register(test, "rpi-smc-pcie-test");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	*list = kunit_kzalloc(test, 2 * sizeof(**list), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, *list);
	*windows = *list + 1;
	INIT_LIST_HEAD(*list);
	INIT_LIST_HEAD(*windows);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, pcie_free_list, *list), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, pcie_free_list, *windows), 0);
	return dev;
}

/*
 * pftf's root: buses 0..255, its one memory window bus 0xf8000000..
 * 0xfbffffff at CPU 0x600000000 (_TRA 0x508000000), and the root port's
 * registers (a consumer, not a window). The PCI core gets the bus range
 * and the window at its CPU address, with the translation as its offset,
 * and nothing else.
 */
static void pcie_translated_window(struct kunit *test)
{
	struct list_head *list, *windows;
	struct device *dev = pcie_window_lists(test, &list, &windows);
	struct resource_entry *entry;
	struct resource *busr, *mem = NULL;
	unsigned int n = 0;

	pcie_add_crs(test, list, pcie_addr64(ACPI_BUS_NUMBER_RANGE, true, 0, 255, 0));
	pcie_add_crs(test, list, pcie_addr64(ACPI_MEMORY_RANGE, true, 0xf8000000,
					     0xfbffffff, 0x508000000ULL));
	pcie_add_crs(test, list, pcie_addr64(ACPI_MEMORY_RANGE, false, 0xfd500000,
					     0xfd509fff, 0));

	KUNIT_ASSERT_EQ(test, rpi_pcie_take_windows(dev, list, windows, &busr), 0);
	KUNIT_EXPECT_TRUE(test, list_empty(list));
	resource_list_for_each_entry(entry, windows) {
		n++;
		if (resource_type(entry->res) == IORESOURCE_MEM)
			mem = entry->res;
		if (entry->res == mem) {
			KUNIT_EXPECT_EQ(test, entry->offset, 0x508000000ULL);
			/* The bus address the core programs: CPU - offset. */
			KUNIT_EXPECT_EQ(test, mem->start - entry->offset, 0xf8000000ULL);
			KUNIT_EXPECT_EQ(test, mem->end - entry->offset, 0xfbffffffULL);
		}
	}
	KUNIT_EXPECT_EQ(test, n, 2);
	KUNIT_ASSERT_NOT_NULL(test, mem);
	KUNIT_EXPECT_EQ(test, mem->start, 0x600000000ULL);
	KUNIT_EXPECT_EQ(test, mem->end, 0x603ffffffULL);
	KUNIT_EXPECT_TRUE(test, mem->flags & IORESOURCE_WINDOW);
	KUNIT_EXPECT_EQ(test, busr->start, 0);
	KUNIT_EXPECT_EQ(test, busr->end, 255);
}

/* A _CRS without a bus range is refused; its windows are not lost. */
static void pcie_windows_need_buses(struct kunit *test)
{
	struct list_head *list, *windows;
	struct device *dev = pcie_window_lists(test, &list, &windows);
	struct resource *busr = (void *)1;

	pcie_add_crs(test, list, pcie_addr64(ACPI_MEMORY_RANGE, true, 0xf8000000,
					     0xfbffffff, 0x508000000ULL));
	KUNIT_EXPECT_EQ(test, rpi_pcie_take_windows(dev, list, windows, &busr),
			-EINVAL);
	KUNIT_EXPECT_NULL(test, busr);
	KUNIT_EXPECT_FALSE(test, list_empty(windows));
}

/* The native_* flags after _OSC granted @granted. */
static u32 pcie_osc_result(struct kunit *test, u32 granted)
{
	struct pci_host_bridge *b = kunit_kzalloc(test, sizeof(*b), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, b);
	/* pci_alloc_host_bridge() starts with every service native. */
	b->native_pcie_hotplug = 1;
	b->native_shpc_hotplug = 1;
	b->native_aer = 1;
	b->native_pme = 1;
	b->native_ltr = 1;
	b->native_dpc = 1;
	rpi_pcie_osc_apply(b, granted);
	return (b->native_pcie_hotplug ? OSC_PCI_EXPRESS_NATIVE_HP_CONTROL : 0) |
	       (b->native_shpc_hotplug ? OSC_PCI_SHPC_NATIVE_HP_CONTROL : 0) |
	       (b->native_pme ? OSC_PCI_EXPRESS_PME_CONTROL : 0) |
	       (b->native_aer ? OSC_PCI_EXPRESS_AER_CONTROL : 0) |
	       (b->native_ltr ? OSC_PCI_EXPRESS_LTR_CONTROL : 0) |
	       (b->native_dpc ? OSC_PCI_EXPRESS_DPC_CONTROL : 0);
}

/*
 * What _OSC grants is what the OS controls: pftf's grant (PME, AER and
 * the PCIe capability) gives the port driver PME and AER and nothing
 * else; without the PCIe capability, or without _OSC, nothing.
 */
static void pcie_osc_grants(struct kunit *test)
{
	const u32 cap = OSC_PCI_EXPRESS_CAPABILITY_CONTROL;
	const u32 pme_aer = OSC_PCI_EXPRESS_PME_CONTROL | OSC_PCI_EXPRESS_AER_CONTROL;
	const u32 all = 0xbf;

	KUNIT_EXPECT_EQ(test, pcie_osc_result(test, pme_aer | cap), pme_aer);
	KUNIT_EXPECT_EQ(test, pcie_osc_result(test, pme_aer), 0);
	KUNIT_EXPECT_EQ(test, pcie_osc_result(test, 0), 0);
	KUNIT_EXPECT_EQ(test, pcie_osc_result(test, all), all & ~cap);
	KUNIT_EXPECT_EQ(test, pcie_osc_result(test, cap | OSC_PCI_EXPRESS_NATIVE_HP_CONTROL),
			OSC_PCI_EXPRESS_NATIVE_HP_CONTROL);
}

/*
 * As the kernel, the bridge asks for control only when the OS supports
 * extended config space, ASPM, clock PM and MSI: with pci=nomsi (a
 * kernel without MSI) it asks for nothing.
 */
static void pcie_osc_asks(struct kunit *test)
{
	u32 with_msi = rpi_pcie_osc_support(true);
	u32 without = rpi_pcie_osc_support(false);

	KUNIT_EXPECT_TRUE(test, with_msi & OSC_PCI_MSI_SUPPORT);
	KUNIT_EXPECT_FALSE(test, without & OSC_PCI_MSI_SUPPORT);
	KUNIT_EXPECT_TRUE(test, without & OSC_PCI_SEGMENT_GROUPS_SUPPORT);
	KUNIT_EXPECT_EQ(test, rpi_pcie_osc_wanted(without), 0);
	if (IS_ENABLED(CONFIG_PCIEASPM))
		KUNIT_EXPECT_EQ(test, rpi_pcie_osc_wanted(with_msi) &
				(OSC_PCI_EXPRESS_CAPABILITY_CONTROL |
				 OSC_PCI_EXPRESS_PME_CONTROL),
				OSC_PCI_EXPRESS_CAPABILITY_CONTROL |
				OSC_PCI_EXPRESS_PME_CONTROL);
	else
		KUNIT_EXPECT_EQ(test, rpi_pcie_osc_wanted(with_msi), 0);
}

static struct kunit_case pcie_test_cases[] = {
	KUNIT_CASE(pcie_read_encodes),
	KUNIT_CASE(pcie_write_encodes),
	KUNIT_CASE_PARAM(pcie_status_maps, pcie_status_gen_params),
	KUNIT_CASE(pcie_read_masks),
	KUNIT_CASE(pcie_write_masks),
	KUNIT_CASE_PARAM(pcie_never_sent, pcie_bad_gen_params),
	KUNIT_CASE(pcie_last_dword),
	KUNIT_CASE(pcie_no_conduit),
	KUNIT_CASE(pcie_atomic),
	KUNIT_CASE_PARAM(pcie_probe, pcie_probe_gen_params),
	KUNIT_CASE(pcie_segment_width),
	KUNIT_CASE(pcie_translated_window),
	KUNIT_CASE(pcie_windows_need_buses),
	KUNIT_CASE(pcie_osc_grants),
	KUNIT_CASE(pcie_osc_asks),
	{}
};

static struct kunit_suite pcie_test_suite = {
	.name = "rpi-smc-pcie",
	.init = pcie_test_init,
	.test_cases = pcie_test_cases,
};

kunit_test_suite(pcie_test_suite);

MODULE_DESCRIPTION("KUnit tests for rpi-smc-pcie");
MODULE_LICENSE("GPL");
RPI_ACPI_IMPORT_KUNIT_NS();
