# SPDX-License-Identifier: GPL-2.0
# Guest-side KTAP helpers for kselftest-shaped test scripts (busybox sh).
# A script sources this, calls ktap_plan N, then one ktap_* result per test,
# then ktap_finish, which exits non-zero when any test failed.

KTAP_N=0
KTAP_FAILED=0

ktap_plan() {
	echo "KTAP version 1"
	echo "1..$1"
}

ktap_ok() {
	KTAP_N=$((KTAP_N + 1))
	echo "ok $KTAP_N $*"
}

ktap_fail() {
	KTAP_N=$((KTAP_N + 1))
	KTAP_FAILED=$((KTAP_FAILED + 1))
	echo "not ok $KTAP_N $*"
}

ktap_skip() {
	KTAP_N=$((KTAP_N + 1))
	echo "ok $KTAP_N $* # SKIP"
}

ktap_diag() {
	echo "# $*"
}

# ktap_check DESC CMD...: ok when CMD succeeds.
ktap_check() {
	local desc=$1

	shift
	if "$@"; then
		ktap_ok "$desc"
	else
		ktap_fail "$desc"
	fi
}

ktap_finish() {
	[ "$KTAP_FAILED" -eq 0 ]
	exit $?
}
