// SPDX-License-Identifier: GPL-2.0
/*
 * Raw SMC checks of the rpi4 BL31 from Linux on QEMU's raspi4b, booted
 * with the device tree: DEN0115 (PCI configuration access, which the
 * model cannot back: no PCIe) must refuse every call cleanly, a
 * misaligned one included, on every CPU, and each CPU must come back;
 * SCMI messages in registers over the SMC fastchannel (BASE protocol
 * version, pin control attributes, a pin's settings); the SiP UID. Loaded
 * with drive_pin=N drive_level=L, it only drives GPIO N to L through the
 * fastchannel and reads it back through SETTINGS_GET; the caller checks
 * the BCM2711's GPLEV register independently (QEMU's monitor).
 *
 * Prints one KTAP document (prefixed "rpi4b-smc: ") and fails the load
 * with -EIO when a check fails. Function ids and message layouts:
 * Documentation/firmware-guide/rpi-scmi-smc.rst and DEN0115.
 */

#include <linux/arm-smccc.h>
#include <linux/cpu.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/smp.h>

#define SMC_PCI_VERSION		0x84000130U
#define SMC_PCI_READ		0x84000132U
#define SMC_PCI_WRITE		0x84000133U
#define PCI_SUCCESS		0UL
#define PCI_INVALID_PARAMETER	((unsigned long)-2L)

/* DEN0115 addresses: segment << 16 | bus << 8 | device << 3 | function */
#define ROOT_PORT		0x00000U
#define NO_DEVICE		0x00008U
#define BUS1_DEV0		0x00100U
#define SEGMENT1		0x10000U

#define SIP_UID			0x8200ff01U
#define SCMI_SMCF		0xc2000210U
#define SMCF_MAX		120U
#define PROTO_BASE		0x10U
#define PROTO_PINCTRL		0x19U
#define MSG_VERSION		0x0U
#define MSG_ATTRIBUTES		0x1U
#define PC_SETTINGS_GET		0x5U
#define PC_SETTINGS_CONFIGURE	0x6U
#define PC_NO_FUNCTION		0xffffffffU
#define PC_CONF_NUM_SHIFT	2
#define PC_CONF_INPUT_VALUE	14U
#define PC_CONF_OUTPUT_MODE	17U
#define PC_CONF_OUTPUT_VALUE	18U
#define BCM2711_PINS		58U
#define SCMI_NOT_FOUND		0xfffffffcU	/* -4 */

static int drive_pin = -1;
module_param(drive_pin, int, 0444);
MODULE_PARM_DESC(drive_pin, "only drive this GPIO through the fastchannel");
static int drive_level;
module_param(drive_level, int, 0444);
MODULE_PARM_DESC(drive_level, "the level drive_pin is driven to (0 or 1)");

static unsigned int test_num;
static bool any_failed;

static bool result(bool ok, const char *desc)
{
	pr_info("rpi4b-smc: %sok %u %s\n", ok ? "" : "not ", ++test_num, desc);
	any_failed |= !ok;
	return ok;
}

static bool check(const char *what, unsigned long got, unsigned long want)
{
	if (got == want)
		return true;
	pr_info("rpi4b-smc: # %s: 0x%lx, expected 0x%lx\n", what, got, want);
	return false;
}

static void pci_call(u32 fid, u32 addr, u32 off, u32 size,
		     struct arm_smccc_res *res)
{
	arm_smccc_smc(fid, addr, off, size, 0, 0, 0, 0, res);
}

/* Accesses DEN0115 refuses: address, offset, size */
static const u32 bad[][3] = {
	{ ROOT_PORT, 2, 4 }, { ROOT_PORT, 1, 4 }, { ROOT_PORT, 0xffd, 2 },
	{ ROOT_PORT, 0xffe, 4 }, { ROOT_PORT, 0, 3 }, { ROOT_PORT, 0, 8 },
	{ BUS1_DEV0, 2, 4 }, { BUS1_DEV0, 1, 2 },
};

static void test_den0115(void)
{
	struct arm_smccc_res res;
	unsigned int i;
	bool ok;

	arm_smccc_smc(SMC_PCI_VERSION, 0, 0, 0, 0, 0, 0, 0, &res);
	ok = check("PCI_VERSION", res.a0, 0x10000);
	pci_call(SMC_PCI_READ, NO_DEVICE, 0, 4, &res);
	ok &= check("00:01.0 status", res.a0, PCI_SUCCESS) &
	      check("00:01.0 value", res.a1, 0xffffffffUL);
	pci_call(SMC_PCI_READ, SEGMENT1, 0, 4, &res);
	ok &= check("segment 1", res.a0, PCI_INVALID_PARAMETER);
	result(ok, "DEN0115 1.0: no device at 00:01.0 (all ones), segment 1 refused");

	ok = true;
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		pci_call(SMC_PCI_READ, bad[i][0], bad[i][1], bad[i][2], &res);
		ok &= check("PCI_READ status", res.a0, PCI_INVALID_PARAMETER) &
		      check("PCI_READ value", res.a1, 0);
		pci_call(SMC_PCI_WRITE, bad[i][0], bad[i][1], bad[i][2], &res);
		ok &= check("PCI_WRITE status", res.a0, PCI_INVALID_PARAMETER);
	}
	result(ok, "misaligned and odd-sized PCI_READ/PCI_WRITE are INVALID_PARAMETER");
}

/* On each CPU: a misaligned read, refused, and the CPU back to report it. */
static void den0115_on_cpu(void *arg)
{
	atomic_t *refused = arg;
	struct arm_smccc_res res;

	pci_call(SMC_PCI_READ, ROOT_PORT, 2, 4, &res);
	if (res.a0 == PCI_INVALID_PARAMETER)
		atomic_inc(refused);
}

static void test_den0115_cpus(void)
{
	atomic_t refused = ATOMIC_INIT(0);
	unsigned int cpus;

	cpus_read_lock();
	cpus = num_online_cpus();
	on_each_cpu(den0115_on_cpu, &refused, 1);
	cpus_read_unlock();
	pr_info("rpi4b-smc: # %d of %u CPUs refused and came back\n",
		atomic_read(&refused), cpus);
	result(check("CPUs", atomic_read(&refused), cpus) && cpus == 4,
	       "a misaligned PCI_READ on each of the 4 CPUs is refused, each CPU comes back");
}

/* One SMC fastchannel message: the reply's length (~0 on an SMCCC error) */
static unsigned long smcf(u32 proto, u32 msg, const u32 *in, unsigned int nin,
			  u32 *out)
{
	struct arm_smccc_1_2_regs args = { 0 }, res;
	unsigned long *reg_in = &args.a3;
	const unsigned long *reg_out = &res.a3;
	unsigned int i;

	args.a0 = SCMI_SMCF;
	args.a1 = (proto << 10) | msg;
	args.a2 = 4 * nin;
	for (i = 0; i < nin; i++)
		reg_in[i / 2] |= (unsigned long)in[i] << (32 * (i % 2));
	arm_smccc_1_2_smc(&args, &res);
	for (i = 0; i < SMCF_MAX / 4; i++)
		out[i] = (u32)(reg_out[i / 2] >> (32 * (i % 2)));
	if (res.a0 != 0 || res.a1 != args.a1) {
		pr_info("rpi4b-smc: # SMCF protocol 0x%x message 0x%x: x0 0x%lx, x1 0x%lx\n",
			proto, msg, (unsigned long)res.a0, (unsigned long)res.a1);
		return ~0UL;
	}
	return res.a2;
}

static u32 pin_get(u32 pin, u32 type)
{
	const u32 in[2] = { pin, type };
	u32 out[SMCF_MAX / 4];
	unsigned long len = smcf(PROTO_PINCTRL, PC_SETTINGS_GET, in, 2, out);

	return (len == 20 && out[0] == 0 && out[3] == type) ? out[4] : 0xdead;
}

static u32 pin_output(u32 pin, u32 level)
{
	const u32 in[7] = { pin, PC_NO_FUNCTION, 2 << PC_CONF_NUM_SHIFT,
			    PC_CONF_OUTPUT_VALUE, level,
			    PC_CONF_OUTPUT_MODE, 1 };
	u32 out[SMCF_MAX / 4];

	return smcf(PROTO_PINCTRL, PC_SETTINGS_CONFIGURE, in, 7, out) == 4 ?
	       out[0] : 0xdead;
}

static void test_smcf(void)
{
	u32 out[SMCF_MAX / 4];
	bool ok;

	ok = check("length", smcf(PROTO_BASE, MSG_VERSION, NULL, 0, out), 8) &
	     check("status", out[0], 0);
	pr_info("rpi4b-smc: # BASE version 0x%x\n", out[1]);
	result(ok && out[1] >= 0x20000, "SMC fastchannel: BASE PROTOCOL_VERSION 2.0 or later");
	ok = check("length", smcf(PROTO_PINCTRL, MSG_ATTRIBUTES, NULL, 0, out), 12) &
	     check("status", out[0], 0) &
	     check("pins", out[1] & 0xffff, BCM2711_PINS);
	pr_info("rpi4b-smc: # pin control: %u pins, %u groups, %u functions\n",
		out[1] & 0xffff, out[1] >> 16, out[2] & 0xffff);
	result(ok, "SMC fastchannel: PINCTRL PROTOCOL_ATTRIBUTES, 58 pins");
	ok = check("GPIO58 status", pin_output(BCM2711_PINS, 1), SCMI_NOT_FOUND);
	result(ok, "SMC fastchannel: SETTINGS_CONFIGURE of pin 58 (there is none) is NOT_FOUND");
}

static void test_drive(void)
{
	bool ok;

	ok = check("configure", pin_output(drive_pin, drive_level), 0) &
	     check("output mode", pin_get(drive_pin, PC_CONF_OUTPUT_MODE), 1) &
	     check("input value", pin_get(drive_pin, PC_CONF_INPUT_VALUE),
		   drive_level);
	pr_info("rpi4b-smc: # GPIO%d driven to %d\n", drive_pin, drive_level);
	result(ok, "SMC fastchannel: SETTINGS_CONFIGURE drives the pin, SETTINGS_GET agrees");
}

/*
 * The SiP service's UID: the project's, 9550af0a-bf38-4e88-9c30-ca877d1bf01c,
 * byte 0 in bits 7:0 of w0 (Documentation/firmware-guide/rpi-acpi-sip.rst),
 * the UID a Pi 4 owner's self-test names the BL31 by.
 */
static void test_sip_uid(void)
{
	struct arm_smccc_res res;
	bool ok;

	arm_smccc_smc(SIP_UID, 0, 0, 0, 0, 0, 0, 0, &res);
	ok = check("UID w0", lower_32_bits(res.a0), 0x0aaf5095) &
	     check("UID w1", lower_32_bits(res.a1), 0x884e38bf) &
	     check("UID w2", lower_32_bits(res.a2), 0x87ca309c) &
	     check("UID w3", lower_32_bits(res.a3), 0x1cf01b7d);
	result(ok, "SiP UID: the project's BL31");
}

static int __init rpi4b_smc_test_init(void)
{
	if (arm_smccc_get_version() < ARM_SMCCC_VERSION_1_2) {
		pr_info("rpi4b-smc: SMCCC 1.2 needed, firmware has 0x%x\n",
			arm_smccc_get_version());
		return -ENODEV;
	}
	pr_info("rpi4b-smc: KTAP version 1\n");
	if (drive_pin >= 0) {
		if (drive_pin >= BCM2711_PINS || drive_level < 0 || drive_level > 1)
			return -EINVAL;
		pr_info("rpi4b-smc: 1..1\n");
		test_drive();
	} else {
		pr_info("rpi4b-smc: 1..7\n");
		test_sip_uid();
		test_den0115();
		test_den0115_cpus();
		test_smcf();
	}
	return any_failed ? -EIO : 0;
}

static void __exit rpi4b_smc_test_exit(void)
{
}

module_init(rpi4b_smc_test_init);
module_exit(rpi4b_smc_test_exit);
MODULE_DESCRIPTION("Raw SMC checks of the rpi4 BL31 on QEMU's raspi4b");
MODULE_LICENSE("GPL");
