// SPDX-License-Identifier: GPL-2.0
/* One passing and one deliberately failing case. */
#include <kunit/test.h>
#include <linux/module.h>

static void kunit_must_fail_passes(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2 + 2, 4);
}

static void kunit_must_fail_fails(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2 + 2, 5);
}

static struct kunit_case kunit_must_fail_cases[] = {
	KUNIT_CASE(kunit_must_fail_passes),
	KUNIT_CASE(kunit_must_fail_fails),
	{}
};

static struct kunit_suite kunit_must_fail_suite = {
	.name = "kunit-must-fail",
	.test_cases = kunit_must_fail_cases,
};

kunit_test_suite(kunit_must_fail_suite);

MODULE_DESCRIPTION("A KUnit suite the runner must report as failed");
MODULE_LICENSE("GPL");
