// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for dwc2-acpi's derivations: the DMA window from _DMA
 * ranges, IORT tables (well-formed and broken in every length and
 * offset) and the BCM2711 fallback; the choice between DMA and leaving
 * the controller off, including when the kernel translates the window
 * otherwise; the role from the parameter and _DSD; and the
 * resources _CRS must give.
 */

#include <kunit/test.h>
#include <linux/acpi.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/kernel.h>
#include <linux/sizes.h>

/*
 * The code under test: built into this module, which then loads without
 * dwc2-acpi.ko; built into the kernel, the suite calls dwc2-acpi's own
 * copy (Kconfig builds dwc2-acpi in too), which a second one would clash
 * with at link time.
 */
#if IS_BUILTIN(CONFIG_USB_DWC2_ACPI_KUNIT_TEST)
#include "dwc2-acpi.h"
#else
#include "dma-window.c"
#include "role.c"
#endif

#define GDV0_BUS	0xc0000000ULL

/* The Pi's _DMA: bus 0xC0000000.. reaches the first GB at CPU 0. */
static const struct dwc2_acpi_range pi_dma = { 0, SZ_1G - 1, GDV0_BUS };
/* The emulated Pi's: the same bus range reaches RAM at 0x40000000. */
static const struct dwc2_acpi_range virt_dma = { SZ_1G, SZ_2G - 1, GDV0_BUS };

static void dwc2_acpi_dma_method_test(struct kunit *test)
{
	struct dwc2_acpi_range two[] = {
		{ 0x100000000ULL, 0x13fffffffULL, 0 }, virt_dma,
	};
	struct dwc2_acpi_window w;
	const char *why = NULL;

	KUNIT_ASSERT_EQ(test, dwc2_acpi_window_from_ranges(&w, &pi_dma, 1, &why), 0);
	KUNIT_EXPECT_EQ(test, w.source, DWC2_ACPI_DMA_METHOD);
	KUNIT_EXPECT_EQ(test, w.nr, 1);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_bus_end(&w), 0xffffffffULL);
	/* Ranges come out sorted by CPU address. */
	KUNIT_ASSERT_EQ(test, dwc2_acpi_window_from_ranges(&w, two, 2, &why), 0);
	KUNIT_EXPECT_EQ(test, w.range[0].cpu_start, SZ_1G);
	KUNIT_EXPECT_EQ(test, w.range[1].cpu_start, 0x100000000ULL);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_bus_end(&w), 0xffffffffULL);
	KUNIT_EXPECT_NULL(test, why);
}

struct dwc2_acpi_bad_dma {
	const char *name;
	struct dwc2_acpi_range r[DWC2_ACPI_MAX_WINDOWS + 1];
	unsigned int nr;
	int err;
};

static const struct dwc2_acpi_bad_dma dwc2_acpi_bad_dmas[] = {
	{ "no range", { }, 0, -ENOENT },
	{ "too many ranges", { }, DWC2_ACPI_MAX_WINDOWS + 1, -E2BIG },
	{ "inverted", { { SZ_2G, SZ_1G, 0 } }, 1, -EINVAL },
	{ "bus wraps", { { 0, SZ_1G, U64_MAX - SZ_4K } }, 1, -EINVAL },
	{ "overlap", { { 0, SZ_1G, 0 }, { SZ_1G, SZ_2G, 0 } }, 2, -EINVAL },
};

static void dwc2_acpi_bad_dma_desc(const struct dwc2_acpi_bad_dma *t, char *d)
{
	strscpy(d, t->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dwc2_acpi_bad_dma, dwc2_acpi_bad_dmas, dwc2_acpi_bad_dma_desc);

static void dwc2_acpi_bad_dma_test(struct kunit *test)
{
	const struct dwc2_acpi_bad_dma *t = test->param_value;
	struct dwc2_acpi_window w;
	const char *why = NULL;

	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_from_ranges(&w, t->r, t->nr, &why),
			t->err);
	KUNIT_EXPECT_NOT_NULL(test, why);
	KUNIT_EXPECT_EQ(test, w.nr, 0);
}

/* An IORT with an ITS group node and one named component, built in a
 * buffer of exactly its size so that KASAN sees any overrun.
 */
#define IORT_NODES	(sizeof(struct acpi_table_iort))
#define ITS_LEN		(sizeof(struct acpi_iort_node) + 8)
#define NC_HDR		(sizeof(struct acpi_iort_node) + \
			 sizeof(struct acpi_iort_named_component))

static u8 *dwc2_acpi_iort(struct kunit *test, const char *name, u8 bits,
			  size_t *len)
{
	struct acpi_iort_named_component *nc;
	struct acpi_table_iort *iort;
	struct acpi_iort_node *node;
	size_t nc_len = ALIGN(NC_HDR + strlen(name) + 1, 4);
	u8 *t;

	*len = IORT_NODES + ITS_LEN + nc_len;
	t = kunit_kzalloc(test, *len, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, t);
	iort = (struct acpi_table_iort *)t;
	memcpy(iort->header.signature, ACPI_SIG_IORT, 4);
	iort->header.length = *len;
	iort->node_count = 2;
	iort->node_offset = IORT_NODES;
	node = (struct acpi_iort_node *)(t + IORT_NODES);
	node->type = ACPI_IORT_NODE_ITS_GROUP;
	node->length = ITS_LEN;
	node = (struct acpi_iort_node *)(t + IORT_NODES + ITS_LEN);
	node->type = ACPI_IORT_NODE_NAMED_COMPONENT;
	node->length = nc_len;
	nc = (struct acpi_iort_named_component *)node->node_data;
	nc->memory_address_limit = bits;
	memcpy(nc->device_name, name, strlen(name) + 1);
	return t;
}

static struct acpi_iort_node *dwc2_acpi_iort_nc(u8 *t)
{
	return (struct acpi_iort_node *)(t + IORT_NODES + ITS_LEN);
}

static void dwc2_acpi_iort_test(struct kunit *test)
{
	static const char usb0[] = "\\_SB_.GDV0.USB0";
	struct dwc2_acpi_window w;
	unsigned int bits = 0;
	size_t len;
	u8 *t;

	t = dwc2_acpi_iort(test, usb0, 30, &len);
	KUNIT_ASSERT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), 0);
	KUNIT_EXPECT_EQ(test, bits, 30);
	dwc2_acpi_window_iort(&w, bits);
	KUNIT_EXPECT_EQ(test, w.source, DWC2_ACPI_DMA_IORT);
	KUNIT_EXPECT_EQ(test, w.range[0].cpu_end, SZ_1G - 1);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_bus_end(&w), SZ_1G - 1);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, "\\_SB_.GDV0.USB1",
						   &bits), -ENOENT);
	/* Limits of 64 bits and more are the whole address space. */
	t = dwc2_acpi_iort(test, usb0, 70, &len);
	KUNIT_ASSERT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), 0);
	KUNIT_EXPECT_EQ(test, bits, 64);
	dwc2_acpi_window_iort(&w, bits);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_bus_end(&w), U64_MAX);
}

static void dwc2_acpi_bad_iort_test(struct kunit *test)
{
	static const char usb0[] = "\\_SB_.GDV0.USB0";
	struct acpi_table_iort *iort;
	unsigned int bits = 0;
	size_t len;
	u8 *t;

	t = dwc2_acpi_iort(test, usb0, 30, &len);
	iort = (struct acpi_table_iort *)t;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, sizeof(*iort) - 1, usb0,
						   &bits), -EINVAL);
	/* The header claims more than there is. */
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len - 1, usb0, &bits),
			-EINVAL);
	/* More nodes than the table holds. */
	iort->node_count = 3;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, "nothing", &bits),
			-EINVAL);
	iort->node_count = 2;
	iort->node_offset = len;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	iort->node_offset = IORT_NODES;
	/* A node of length 0 would loop forever; one past the end overruns. */
	dwc2_acpi_iort_nc(t)->length = 0;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	dwc2_acpi_iort_nc(t)->length = len;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	/* Too short for a named component with a name. */
	dwc2_acpi_iort_nc(t)->length = NC_HDR;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	/* A name without its NUL. */
	t = dwc2_acpi_iort(test, usb0, 30, &len);
	memset(t + IORT_NODES + ITS_LEN + NC_HDR, 'A', len - IORT_NODES -
	       ITS_LEN - NC_HDR);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	/* A limit of 0 bits. */
	t = dwc2_acpi_iort(test, usb0, 0, &len);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_iort_limit(t, len, usb0, &bits), -EINVAL);
	KUNIT_EXPECT_EQ(test, bits, 0);
}

static void dwc2_acpi_bcm2711_test(struct kunit *test)
{
	struct dwc2_acpi_window w;

	dwc2_acpi_window_bcm2711(&w);
	KUNIT_EXPECT_EQ(test, w.source, DWC2_ACPI_DMA_BCM2711);
	KUNIT_EXPECT_EQ(test, w.nr, 1);
	/* The Pi's translation, as GDV0's _DMA gives it. */
	KUNIT_EXPECT_EQ(test, w.range[0].cpu_start, 0);
	KUNIT_EXPECT_EQ(test, w.range[0].cpu_end, SZ_1G - 1);
	KUNIT_EXPECT_EQ(test, w.range[0].bus_start, GDV0_BUS);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_window_bus_end(&w), 0xffffffffULL);
	KUNIT_EXPECT_STREQ(test, dwc2_acpi_dma_source_name(w.source), "BCM2711");
}

/* The emulated Pi with 1 GB, 2 GB with the bounce pool on top, and variants. */
struct dwc2_acpi_mode_case {
	const char *name;
	struct dwc2_acpi_dma_view v;
	enum dwc2_acpi_dma_mode mode;
};

/* RAM from 1 GB; @kx: the kernel's translation of virt_dma's range. */
#define VIEW(ram_e, pool_s, pool_e, has_pool, limit, kx, attr)		\
	{ .ram_start = SZ_1G, .ram_end = (ram_e), .pool_start = (pool_s),	\
	  .pool_end = (pool_e), .pool = (has_pool), .bus_limit = (limit),	\
	  .xlat = { kx }, .dma_attr = (attr) }
/* The kernel applies virt_dma, or translates nothing (bus = CPU). */
#define XLAT_GDV0	{ GDV0_BUS, 0xffffffffULL }
#define XLAT_NONE	{ SZ_1G, SZ_2G - 1 }

static const struct dwc2_acpi_mode_case dwc2_acpi_mode_cases[] = {
	{ "1 GB: all RAM in the window",
	  VIEW(SZ_2G - 1, 0x7c000000, 0x7fffffff, true, 0xffffffff, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_DIRECT },
	{ "2 GB, pool in the window",
	  VIEW(0xbfffffff, 0x40000000, 0x43ffffff, true, 0xffffffff, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_BOUNCE },
	{ "2 GB, pool on top of RAM",
	  VIEW(0xbfffffff, 0xbc000000, 0xbfffffff, true, 0xffffffff, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_OFF },
	{ "pool straddles the window's end",
	  VIEW(0xbfffffff, 0x7e000000, 0x81ffffff, true, 0xffffffff, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_OFF },
	{ "2 GB, no bounce pool",
	  VIEW(0xbfffffff, 0, 0, false, 0xffffffff, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_OFF },
	{ "kernel sets no limit",
	  VIEW(SZ_2G - 1, 0, 0, false, 0, XLAT_GDV0, true), DWC2_ACPI_DMA_OFF },
	{ "kernel's limit above the window",
	  VIEW(SZ_2G - 1, 0, 0, false, 0x1ffffffffULL, XLAT_GDV0, true),
	  DWC2_ACPI_DMA_OFF },
	{ "kernel does not translate (bus = CPU)",
	  VIEW(SZ_2G - 1, 0, 0, false, 0xffffffff, XLAT_NONE, true),
	  DWC2_ACPI_DMA_OFF },
	{ "no _CCA", VIEW(SZ_2G - 1, 0, 0, false, 0xffffffff, XLAT_GDV0, false),
	  DWC2_ACPI_DMA_OFF },
};

static void dwc2_acpi_mode_desc(const struct dwc2_acpi_mode_case *t, char *d)
{
	strscpy(d, t->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dwc2_acpi_mode, dwc2_acpi_mode_cases, dwc2_acpi_mode_desc);

static void dwc2_acpi_mode_test(struct kunit *test)
{
	const struct dwc2_acpi_mode_case *t = test->param_value;
	struct dwc2_acpi_window w;
	const char *why = NULL;

	KUNIT_ASSERT_EQ(test, dwc2_acpi_window_from_ranges(&w, &virt_dma, 1, &why), 0);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &t->v, &why), t->mode);
	if (t->mode == DWC2_ACPI_DMA_OFF)
		KUNIT_EXPECT_NOT_NULL(test, why);
}

static void dwc2_acpi_empty_window_test(struct kunit *test)
{
	struct dwc2_acpi_dma_view v = VIEW(SZ_2G - 1, 0, 0, false, 0xffffffff,
					   XLAT_GDV0, true);
	struct dwc2_acpi_window w = { };
	const char *why = NULL;

	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &v, &why),
			DWC2_ACPI_DMA_OFF);
	KUNIT_EXPECT_STREQ(test, why, "no DMA window");
	KUNIT_EXPECT_STREQ(test, dwc2_acpi_dma_mode_name(DWC2_ACPI_DMA_BOUNCE),
			   "dma-bounce");
}

/*
 * Each source's window against a kernel that translates its range one way
 * or the other, on a Pi with 1 GB of RAM at CPU 0 (all of it in the window).
 */
struct dwc2_acpi_xlat_case {
	const char *name;
	enum dwc2_acpi_dma_source source;
	u64 bus;
	enum dwc2_acpi_dma_mode mode;
};

static const struct dwc2_acpi_xlat_case dwc2_acpi_xlat_cases[] = {
	{ "BCM2711, kernel bus = CPU", DWC2_ACPI_DMA_BCM2711, 0,
	  DWC2_ACPI_DMA_OFF },
	{ "BCM2711, kernel bus = CPU + 3 GB", DWC2_ACPI_DMA_BCM2711, GDV0_BUS,
	  DWC2_ACPI_DMA_DIRECT },
	{ "_DMA, kernel bus = CPU", DWC2_ACPI_DMA_METHOD, 0, DWC2_ACPI_DMA_OFF },
	{ "_DMA, kernel bus = CPU + 3 GB", DWC2_ACPI_DMA_METHOD, GDV0_BUS,
	  DWC2_ACPI_DMA_DIRECT },
	{ "IORT, kernel bus = CPU", DWC2_ACPI_DMA_IORT, 0, DWC2_ACPI_DMA_DIRECT },
	{ "IORT, kernel bus = CPU + 3 GB", DWC2_ACPI_DMA_IORT, GDV0_BUS,
	  DWC2_ACPI_DMA_OFF },
};

static void dwc2_acpi_xlat_desc(const struct dwc2_acpi_xlat_case *t, char *d)
{
	strscpy(d, t->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dwc2_acpi_xlat, dwc2_acpi_xlat_cases, dwc2_acpi_xlat_desc);

static void dwc2_acpi_xlat_test(struct kunit *test)
{
	const struct dwc2_acpi_xlat_case *t = test->param_value;
	struct dwc2_acpi_dma_view v = {
		.ram_end = SZ_1G - 1,
		.xlat = { { t->bus, t->bus + SZ_1G - 1 } },
		.dma_attr = true,
	};
	struct dwc2_acpi_window w;
	const char *why = NULL;

	if (t->source == DWC2_ACPI_DMA_METHOD)
		KUNIT_ASSERT_EQ(test, dwc2_acpi_window_from_ranges(&w, &pi_dma, 1,
								   &why), 0);
	else if (t->source == DWC2_ACPI_DMA_IORT)
		dwc2_acpi_window_iort(&w, 30);
	else
		dwc2_acpi_window_bcm2711(&w);
	v.bus_limit = dwc2_acpi_window_bus_end(&w);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &v, &why), t->mode);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_xlat_mismatch(&w, &v),
			t->mode == DWC2_ACPI_DMA_OFF ? 0 : -1);
}

/*
 * The fault this guards against: no _DMA and no IORT, so the kernel gives
 * the device no dma_range_map and phys_to_dma() is the identity, while
 * the controller reaches the first GB at bus 0xC0000000. DMA must be off.
 */
static void dwc2_acpi_no_range_map_test(struct kunit *test)
{
	struct dwc2_acpi_dma_view v = {
		.ram_end = SZ_1G - 1,
		.bus_limit = 0xffffffff,
		.dma_attr = true,
	};
	struct dwc2_acpi_window w;
	const char *why = NULL;
	struct device *dev;

	dev = kunit_kzalloc(test, sizeof(*dev), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, dev);
	KUNIT_ASSERT_NULL(test, dev->dma_range_map);
	dwc2_acpi_window_bcm2711(&w);
	v.xlat[0].first = phys_to_dma(dev, w.range[0].cpu_start);
	v.xlat[0].last = phys_to_dma(dev, w.range[0].cpu_end);
	KUNIT_EXPECT_EQ(test, v.xlat[0].first, 0);
	KUNIT_EXPECT_EQ(test, v.xlat[0].last, SZ_1G - 1);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_xlat_mismatch(&w, &v), 0);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &v, &why),
			DWC2_ACPI_DMA_OFF);
	KUNIT_EXPECT_STREQ(test, why,
			   "the kernel translates the window's CPU addresses to other bus addresses");
	/* A range whose last address alone goes elsewhere is refused too. */
	v.xlat[0].first = GDV0_BUS;
	v.xlat[0].last = GDV0_BUS + SZ_1G;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &v, &why),
			DWC2_ACPI_DMA_OFF);
	v.xlat[0].last = GDV0_BUS + SZ_1G - 1;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_dma_choose(&w, &v, &why),
			DWC2_ACPI_DMA_DIRECT);
}

static void dwc2_acpi_role_test(struct kunit *test)
{
	enum dwc2_acpi_role_source src;
	enum usb_dr_mode mode;

	KUNIT_EXPECT_EQ(test, dwc2_acpi_role_choose("", NULL, &mode, &src), 0);
	KUNIT_EXPECT_EQ(test, mode, USB_DR_MODE_UNKNOWN);
	KUNIT_EXPECT_EQ(test, src, DWC2_ACPI_ROLE_DEFAULT);
	KUNIT_EXPECT_STREQ(test, dwc2_acpi_role_name(mode), "default");

	KUNIT_EXPECT_EQ(test, dwc2_acpi_role_choose("", "otg", &mode, &src), 0);
	KUNIT_EXPECT_EQ(test, mode, USB_DR_MODE_OTG);
	KUNIT_EXPECT_EQ(test, src, DWC2_ACPI_ROLE_DSD);

	/* The parameter wins over the firmware. */
	KUNIT_EXPECT_EQ(test, dwc2_acpi_role_choose("peripheral\n", "otg", &mode,
						    &src), 0);
	KUNIT_EXPECT_EQ(test, mode, USB_DR_MODE_PERIPHERAL);
	KUNIT_EXPECT_EQ(test, src, DWC2_ACPI_ROLE_PARAM);
	KUNIT_EXPECT_STREQ(test, dwc2_acpi_role_name(mode), "peripheral");

	KUNIT_EXPECT_EQ(test, dwc2_acpi_role_choose(NULL, "host", &mode, &src), 0);
	KUNIT_EXPECT_EQ(test, mode, USB_DR_MODE_HOST);
}

static void dwc2_acpi_bad_role_test(struct kunit *test)
{
	static const char *const bad[] = { "Host", "device", "", "hostx", "otg otg" };
	enum dwc2_acpi_role_source src;
	enum usb_dr_mode mode;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ_MSG(test, dwc2_acpi_role_parse(bad[i], &mode),
				    -EINVAL, "bad role %u", i);
		KUNIT_EXPECT_EQ_MSG(test, dwc2_acpi_role_choose("", bad[i], &mode,
								&src),
				    -EINVAL, "_DSD bad role %u", i);
		KUNIT_EXPECT_EQ(test, src, DWC2_ACPI_ROLE_DSD);
	}
	/* A bad parameter is refused even when the firmware's value is good. */
	KUNIT_EXPECT_EQ(test, dwc2_acpi_role_choose("usb", "host", &mode, &src),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, src, DWC2_ACPI_ROLE_PARAM);
}

static void dwc2_acpi_resources_test(struct kunit *test)
{
	struct resource res[] = {
		DEFINE_RES_MEM(0x090c0000, 0x11000),
		DEFINE_RES_IRQ(42),
	};
	const char *why = NULL;

	KUNIT_EXPECT_EQ(test, dwc2_acpi_check_resources(res, 2, &why), 0);
	KUNIT_EXPECT_NULL(test, why);
	KUNIT_EXPECT_EQ(test, dwc2_acpi_check_resources(res, 1, &why), -EINVAL);
	KUNIT_EXPECT_STREQ(test, why, "_CRS has no interrupt");
	KUNIT_EXPECT_EQ(test, dwc2_acpi_check_resources(&res[1], 1, &why),
			-EINVAL);
	KUNIT_EXPECT_STREQ(test, why, "_CRS has no memory range");
	KUNIT_EXPECT_EQ(test, dwc2_acpi_check_resources(res, 0, &why), -EINVAL);
	res[0].end = res[0].start + SZ_2K - 1;
	KUNIT_EXPECT_EQ(test, dwc2_acpi_check_resources(res, 2, &why), -EINVAL);
	KUNIT_EXPECT_STREQ(test, why,
			   "_CRS's memory range is too small for the core's registers");
}

static struct kunit_case dwc2_acpi_cases[] = {
	KUNIT_CASE(dwc2_acpi_dma_method_test),
	KUNIT_CASE_PARAM(dwc2_acpi_bad_dma_test, dwc2_acpi_bad_dma_gen_params),
	KUNIT_CASE(dwc2_acpi_iort_test),
	KUNIT_CASE(dwc2_acpi_bad_iort_test),
	KUNIT_CASE(dwc2_acpi_bcm2711_test),
	KUNIT_CASE_PARAM(dwc2_acpi_mode_test, dwc2_acpi_mode_gen_params),
	KUNIT_CASE(dwc2_acpi_empty_window_test),
	KUNIT_CASE_PARAM(dwc2_acpi_xlat_test, dwc2_acpi_xlat_gen_params),
	KUNIT_CASE(dwc2_acpi_no_range_map_test),
	KUNIT_CASE(dwc2_acpi_role_test),
	KUNIT_CASE(dwc2_acpi_bad_role_test),
	KUNIT_CASE(dwc2_acpi_resources_test),
	{ }
};

static struct kunit_suite dwc2_acpi_suite = {
	.name = "dwc2-acpi",
	.test_cases = dwc2_acpi_cases,
};

kunit_test_suite(dwc2_acpi_suite);

MODULE_DESCRIPTION("KUnit tests for dwc2-acpi");
MODULE_LICENSE("GPL");
