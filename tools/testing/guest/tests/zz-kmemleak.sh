#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs last: on kernels with kmemleak, nothing the tests did leaked.
. /ktap.sh

ktap_plan 1
k=/sys/kernel/debug/kmemleak
if [ ! -w $k ]; then
	ktap_skip "no memory leaks (kernel without kmemleak)"
	ktap_finish
fi
echo scan > $k
echo scan > $k
if [ -s $k ]; then
	head -n 40 $k | sed 's/^/# /'
	ktap_fail "no memory leaks"
else
	ktap_ok "no memory leaks"
fi
ktap_finish
