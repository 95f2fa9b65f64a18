#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The rpi4b-smc-test module's own KTAP document: DEN0115 refused on
# every CPU, the SMC fastchannel's BASE and pin control messages. A call
# that never returns leaves no report: the host's timeout fails the run.
seen=$(dmesg | wc -l)
rc=0
insmod /raspi4b/rpi4b-smc-test.ko || rc=$?
dmesg | tail -n +$((seen + 1)) | sed -n 's/.*rpi4b-smc: //p' > /tmp/smc.ktap
if grep -q '^1\.\.' /tmp/smc.ktap; then
	cat /tmp/smc.ktap
else
	echo "KTAP version 1"
	echo "1..1"
	echo "not ok 1 rpi4b-smc-test printed no report (insmod: $rc)"
fi
[ "$rc" = 0 ] && rmmod rpi4b-smc-test
