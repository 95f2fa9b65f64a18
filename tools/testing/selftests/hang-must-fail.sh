#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# A guest test that never ends: the runner's timeout must end the run.
. /ktap.sh

ktap_plan 1
sleep 100000
ktap_ok "unreachable"
ktap_finish
