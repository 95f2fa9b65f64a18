// SPDX-License-Identifier: GPL-2.0
/*
 * GPIO lines of the firmware's pin controller (rpi-scmi-pinctrl) as an
 * ACPI consumer sees them: a PRP0001 device whose _CRS GpioIo resources
 * name "\_SB.SCMI.PCTL" (tools/testing/acpi/gpio-test.asl). At probe, one
 * thread per line, each on its own CPU, toggles its line and reads it
 * back with preemption off (the lines must not sleep), all at once. No
 * read may disagree with the last write (an update lost by the firmware's
 * read-modify-write of a shared register shows here), and the firmware
 * must have counted exactly one SMC per operation on the agent's channel
 * (channel=smcf, or channel=shmem: the shared-memory doorbell). The
 * device's GpioInt must fail with -ENXIO: the firmware serves no GPIO
 * interrupts. KTAP in debugfs, rpi_acpi_gpio_test/results.
 *
 * fail_thread=N makes starting the Nth thread fail, as kthread_create
 * can: the threads already started must be stopped before probe returns.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/cpumask.h>
#include <linux/gpio/consumer.h>
#include <linux/kthread.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/preempt.h>
#include <linux/string.h>

#include <rpi-acpi-test.h>

#define GPIO_TEST_SMCF		0xc2000210
#define GPIO_TEST_DOORBELL	0x82000200
#define GPIO_TEST_TOGGLES	1000

static unsigned int toggles = GPIO_TEST_TOGGLES;
module_param(toggles, uint, 0444);
MODULE_PARM_DESC(toggles, "writes (each read back) per line");

static char *channel = "smcf";
module_param(channel, charp, 0444);
MODULE_PARM_DESC(channel, "the agent's channel, whose SMCs are counted: smcf or shmem");

static int fail_thread = -1;
module_param(fail_thread, int, 0444);
MODULE_PARM_DESC(fail_thread, "starting this thread fails (-1: none)");

struct gpio_test_line {
	struct gpio_desc *desc;
	struct completion *go;
	const bool *stop;
	atomic_t *left;
	struct completion *done;
	unsigned int mismatches;
	int err;
};

static int gpio_test_toggle(void *data)
{
	struct gpio_test_line *l = data;
	unsigned int i;
	int v;

	wait_for_completion(l->go);
	for (i = 0; i < toggles && !l->err && !READ_ONCE(*l->stop); i++) {
		preempt_disable();
		gpiod_set_value(l->desc, i & 1);
		v = gpiod_get_value(l->desc);
		preempt_enable();
		if (v < 0)
			l->err = v;
		else if (v != (i & 1))
			l->mismatches++;
	}
	if (atomic_dec_and_test(l->left))
		complete(l->done);
	return 0;
}

/* The @n-th CPU online, counting round. */
static unsigned int gpio_test_cpu(unsigned int n)
{
	unsigned int cpu;

	n %= num_online_cpus();
	for_each_online_cpu(cpu)
		if (!n--)
			break;
	return cpu;
}

/*
 * Run one thread per line, line i on CPU i modulo the CPUs online. When a
 * thread cannot be started, those started are told to stop, and all of
 * them have finished with this stack frame before it returns.
 */
static int gpio_test_run(struct gpio_descs *gpios, struct gpio_test_line *lines)
{
	DECLARE_COMPLETION_ONSTACK(go);
	DECLARE_COMPLETION_ONSTACK(done);
	/* The threads started, and this function's own count until go. */
	atomic_t left = ATOMIC_INIT(1);
	struct task_struct *t;
	unsigned int i, cpu;
	bool stop = false;
	int ret = 0;

	for (i = 0; i < gpios->ndescs; i++) {
		lines[i] = (struct gpio_test_line) {
			.desc = gpios->desc[i], .go = &go, .stop = &stop,
			.left = &left, .done = &done,
		};
		cpu = gpio_test_cpu(i);
		t = i == fail_thread ? ERR_PTR(-ENOMEM) :
		    kthread_create_on_cpu(gpio_test_toggle, &lines[i], cpu,
					  "gpio-test/%u");
		if (IS_ERR(t)) {
			ret = PTR_ERR(t);
			stop = true;
			break;
		}
		atomic_inc(&left);
		wake_up_process(t);
	}
	complete_all(&go);
	if (!atomic_dec_and_test(&left))
		wait_for_completion(&done);
	return ret;
}

static void gpio_test_free(void *k)
{
	rpi_test_ktap_free(k);
}

static int gpio_test_probe(struct platform_device *pdev)
{
	struct rpi_test_ktap *k = rpi_test_ktap_alloc(5);
	struct gpio_test_line *lines;
	struct gpio_descs *gpios;
	unsigned int i, bad = 0;
	long before, after;
	int ret, err = 0, irq;
	u32 fid;

	if (!k || devm_add_action_or_reset(&pdev->dev, gpio_test_free, k))
		return -ENOMEM;
	gpios = devm_gpiod_get_array(&pdev->dev, "toggle", GPIOD_OUT_LOW);
	rpi_test_result(k, !IS_ERR(gpios), "GpioIo lines resolve to the firmware's pin controller");
	if (IS_ERR(gpios)) {
		rpi_test_ktap_publish(k);
		return 0;
	}
	seq_buf_printf(&k->log, "# %u lines, %u toggles each, on %u CPUs\n",
		       gpios->ndescs, toggles, num_online_cpus());
	lines = devm_kcalloc(&pdev->dev, gpios->ndescs, sizeof(*lines),
			     GFP_KERNEL);
	if (!lines)
		return -ENOMEM;
	rpi_test_result(k, !gpiod_cansleep(gpios->desc[0]),
			"the lines do not sleep");
	fid = strcmp(channel, "shmem") ? GPIO_TEST_SMCF : GPIO_TEST_DOORBELL;
	before = rpi_test_count(fid);
	ret = gpio_test_run(gpios, lines);
	after = rpi_test_count(fid);
	for (i = 0; i < gpios->ndescs; i++) {
		bad += lines[i].mismatches;
		err = err ?: lines[i].err;
	}
	seq_buf_printf(&k->log, "# %u reads disagreed with the last write, error %d\n",
		       bad, ret ?: err);
	rpi_test_result(k, !ret && !err && !bad,
			"every line read back what was written, all CPUs at once");
	seq_buf_printf(&k->log, "# %s SMCs counted: %ld for %u operations\n",
		       channel, after - before, 2 * toggles * gpios->ndescs);
	rpi_test_result(k, before >= 0 &&
			after - before == 2L * toggles * gpios->ndescs,
			"one SMC per GPIO operation");
	irq = platform_get_irq_optional(pdev, 0);
	seq_buf_printf(&k->log, "# GpioInt: %d\n", irq);
	rpi_test_result(k, irq == -ENXIO,
			"a GpioInt consumer gets -ENXIO: no GPIO interrupts");
	rpi_test_ktap_publish(k);
	return 0;
}

static const struct of_device_id gpio_test_ids[] = {
	{ .compatible = "rpi-acpi,gpio-test" },
	{ }
};
MODULE_DEVICE_TABLE(of, gpio_test_ids);

static struct platform_driver gpio_test_driver = {
	.probe = gpio_test_probe,
	.driver = {
		.name = "rpi-acpi-gpio-test",
		.of_match_table = gpio_test_ids,
	},
};
module_platform_driver(gpio_test_driver);

MODULE_DESCRIPTION("rpi-acpi test: GPIO lines of the firmware's pin controller from an ACPI consumer");
MODULE_LICENSE("GPL");
