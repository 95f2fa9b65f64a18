// SPDX-License-Identifier: GPL-2.0
/*
 * AML calls firmware through FFH OperationRegions (tools/testing/acpi/
 * ffh-test.asl): evaluate the SSDT's methods and check the results against
 * what the firmware test service computes (Documentation/firmware-guide/
 * rpi-acpi-sip.rst) and against direct SMCs, check that each AML call
 * costs exactly one SMC, and that malformed or refused calls reach AML as
 * errors without reaching the firmware. Runs at load; the KTAP is in
 * debugfs, rpi_acpi_ffh_test/results.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/acpi.h>
#include <linux/module.h>
#include <linux/psci.h>
#include <linux/string.h>
#include <uapi/linux/psci.h>

#include <rpi-acpi-test.h>

#define SIP_MIX32	RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_SIP, RPI_TEST_MIX)
#define SIP_MIX64	RPI_TEST_FN(ARM_SMCCC_SMC_64, ARM_SMCCC_OWNER_SIP, RPI_TEST_MIX)
#define OEM_MIX32	RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_OEM, RPI_TEST_MIX)
#define OEM_MIX64	RPI_TEST_FN(ARM_SMCCC_SMC_64, ARM_SMCCC_OWNER_OEM, RPI_TEST_MIX)
#define TOS_CALL	RPI_TEST_FN(ARM_SMCCC_SMC_32, ARM_SMCCC_OWNER_TRUSTED_OS, 0)
#define NREGS		18
/* Clearing the type bit turns a fast call into a yielding one. */
#define YIELDING_MASK	(ARM_SMCCC_FAST_CALL << ARM_SMCCC_TYPE_SHIFT)

static bool errors = true;
module_param(errors, bool, 0444);
MODULE_PARM_DESC(errors, "also check the calls that must fail (default: yes)");

static void ffh_test_put(u8 *p, u64 v, unsigned int sz)
{
	__le64 le64 = cpu_to_le64(v);
	__le32 le32 = cpu_to_le32((u32)v);

	if (sz == sizeof(u64))
		memcpy(p, &le64, sizeof(le64));
	else
		memcpy(p, &le32, sizeof(le32));
}

static u64 ffh_test_get64(const u8 *p)
{
	__le64 v;

	memcpy(&v, p, sizeof(v));
	return le64_to_cpu(v);
}

/*
 * Evaluate \_SB.FFHT.<method> with a buffer of @nin registers, u32
 * (SMC32) or u64 (SMC64) each, and fill @out with the first @nout u64
 * words of the result. Return the ACPI status of the evaluation.
 */
static acpi_status ffh_test_eval(const char *method, const u64 *in,
				 unsigned int nin, bool words64, u64 *out,
				 unsigned int nout)
{
	struct acpi_buffer ret = { ACPI_ALLOCATE_BUFFER, NULL };
	u8 data[NREGS * sizeof(u64)] = {};
	union acpi_object arg = { .type = ACPI_TYPE_BUFFER }, *obj;
	struct acpi_object_list args = { 1, &arg };
	char path[32];
	acpi_status status;
	unsigned int i, sz = words64 ? 8 : 4;

	for (i = 0; i < nin; i++)
		ffh_test_put(data + i * sz, in[i], sz);
	arg.buffer.length = nin * sz;
	arg.buffer.pointer = data;
	snprintf(path, sizeof(path), "\\_SB.FFHT.%s", method);
	status = acpi_evaluate_object(NULL, path, nin ? &args : NULL, &ret);
	if (ACPI_FAILURE(status))
		return status;
	obj = ret.pointer;
	if (obj->type != ACPI_TYPE_BUFFER || obj->buffer.length < nout * 8)
		status = AE_TYPE;
	else
		for (i = 0; i < nout; i++)
			out[i] = ffh_test_get64(obj->buffer.pointer + i * 8);
	kfree(ret.pointer);
	return status;
}

static bool ffh_test_call_mix(const char *method, u32 fid, unsigned int nin,
			      bool is64)
{
	u64 in[NREGS] = { fid }, out[NREGS], want[NREGS] = {};
	unsigned int nregs = nin - 1, nout = is64 ? nin : 4, i;

	for (i = 1; i < nin; i++)
		in[i] = 0x9e3779b97f4a7c15ULL * i + fid;
	if (ACPI_FAILURE(ffh_test_eval(method, in, nin, is64, out, nout)))
		return false;
	/* A short SMC32 region passes zeros for the registers it lacks. */
	rpi_test_mix_expect(in, is64 ? nregs : 7, is64, want);
	for (i = 0; i < nout; i++)
		if (out[i] != want[i])
			return false;
	return true;
}

static bool ffh_test_refused(const char *method, u64 fid, bool is64)
{
	u64 in[NREGS] = { fid };

	return ACPI_FAILURE(ffh_test_eval(method, in, is64 ? NREGS : 8, is64,
					  NULL, 0));
}

static void ffh_test_errors(struct rpi_test_ktap *t)
{
	long before = rpi_test_count(SIP_MIX32);

	rpi_test_result(t, ffh_test_refused("CBO", SIP_MIX32, false),
			"region offset 2 is an error");
	rpi_test_result(t, ffh_test_refused("CBL", SIP_MIX32, false),
			"a 36-byte SMC32 region is an error");
	rpi_test_result(t, ffh_test_refused("C32", SIP_MIX32 & ~YIELDING_MASK, false),
			"a yielding call is an error");
	rpi_test_result(t, ffh_test_refused("C32", ARM_SMCCC_VERSION_FUNC_ID, false),
			"an Arm architecture call (owner 0) is refused");
	rpi_test_result(t, ffh_test_refused("C32", TOS_CALL, false),
			"a trusted OS call is refused");
	rpi_test_result(t, ffh_test_refused("C64", SIP_MIX32, true),
			"an SMC32 id in the SMC64 region is an error");
	rpi_test_result(t, ACPI_FAILURE(ffh_test_eval("RD32", NULL, 0, false, NULL, 0)),
			"reading an FFH field is an error");
	rpi_test_result(t, rpi_test_count(SIP_MIX32) == before,
			"no refused call reached the firmware");
}

static void ffh_test_run(struct rpi_test_ktap *t)
{
	struct arm_smccc_res res;
	u64 in[2] = { PSCI_0_2_FN_PSCI_VERSION }, out[4];
	u64 feat[2] = { PSCI_1_0_FN_PSCI_FEATURES, ARM_SMCCC_VERSION_FUNC_ID };
	bool ok;

	arm_smccc_1_1_invoke(RPI_TEST_RESET, &res);
	rpi_test_result(t, ffh_test_call_mix("C32", SIP_MIX32, 8, false),
			"SiP SMC32 through FFH offset 0: a0..a3 as computed");
	rpi_test_result(t, ffh_test_call_mix("C64", SIP_MIX64, NREGS, true),
			"SiP SMC64 through FFH offset 1: x0..x17 as computed");
	rpi_test_result(t, ffh_test_call_mix("C32", OEM_MIX32, 8, false),
			"OEM SMC32 through FFH");
	rpi_test_result(t, ffh_test_call_mix("C64", OEM_MIX64, NREGS, true),
			"OEM SMC64 through FFH");
	rpi_test_result(t, ffh_test_call_mix("CS8", SIP_MIX32, 2, false),
			"an 8-byte SMC32 region passes w1 only");
	rpi_test_result(t, rpi_test_count(SIP_MIX32) == 2 &&
			rpi_test_count(SIP_MIX64) == 1 &&
			rpi_test_count(OEM_MIX32) == 1 && rpi_test_count(OEM_MIX64) == 1,
			"each AML call made exactly one SMC");
	arm_smccc_1_1_invoke(PSCI_0_2_FN_PSCI_VERSION, &res);
	ok = ACPI_SUCCESS(ffh_test_eval("C32", in, 1, false, out, 1));
	rpi_test_result(t, ok && out[0] == res.a0 && res.a0 == 0x10001,
			"standard owner: PSCI_VERSION through FFH is 1.1");
	ok = ACPI_SUCCESS(ffh_test_eval("C32", feat, 2, false, out, 1));
	rpi_test_result(t, ok && out[0] == 0,
			"standard owner: PSCI_FEATURES(SMCCC_VERSION) succeeds");
	rpi_test_result(t, ACPI_SUCCESS(ffh_test_eval("C32", in, 1, false, out, 4)) &&
			!out[1] && !out[2] && !out[3],
			"SMC32 results are zero-extended to 64 bits");
	if (errors)
		ffh_test_errors(t);
}

static struct rpi_test_ktap *ffh_test_ktap;

static int __init ffh_test_init(void)
{
	ffh_test_ktap = rpi_test_ktap_alloc(errors ? 17 : 9);
	if (!ffh_test_ktap)
		return -ENOMEM;
	ffh_test_run(ffh_test_ktap);
	rpi_test_ktap_publish(ffh_test_ktap);
	return 0;
}
module_init(ffh_test_init);

static void __exit ffh_test_exit(void)
{
	rpi_test_ktap_free(ffh_test_ktap);
}
module_exit(ffh_test_exit);

MODULE_DESCRIPTION("Checks of AML calling firmware through FFH OperationRegions");
MODULE_LICENSE("GPL");
