#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The smallest guest test: the guest booted to userspace. For timing boots
# (bench-boot.sh runs it alone with run-guest.sh -N).
. /ktap.sh

ktap_plan 1
ktap_ok "booted to userspace"
ktap_finish
