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
# kmemleak reports only objects older than 5 s.
sleep 6
echo scan > $k
echo scan > $k
# debugfs files have no size: read the report to see whether there is one.
leaks=$(cat $k)
if [ -n "$leaks" ]; then
	echo "$leaks" | head -n 40 | sed 's/^/# /'
	ktap_fail "no memory leaks"
else
	ktap_ok "no memory leaks"
fi
ktap_finish
