#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# One passing and one deliberately failing guest test.
. /ktap.sh

ktap_plan 2
ktap_check "true passes" true
ktap_check "false must be reported" false
ktap_finish
