#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The SCMI agent (rpi-smc-scmi) against the project's firmware, whose SCMI
# server is TF-A's own drivers/scmi-msg: base protocol discovery over each
# channel returns exactly what the firmware is configured with
# (/firmware/rpi_acpi_scmi.h, copied from firmware/tf-a, and what TF-A's
# base protocol reports: version 2.0, implementation 0, no agent
# discovery), and each message costs exactly one SMC (the firmware's
# counters, rpi-acpi-fw-count.ko).
. /ktap.sh

# The agent the firmware describes (_UID 0; malformed ones exist too).
id=$(grep -l '^0$' /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
	sed 's|/firmware_node/uid$||; s|.*/||' | head -n1)
dev=/sys/bus/platform/devices/$id
drv=/sys/bus/platform/drivers/rpi-smc-scmi
param=/sys/module/rpi_smc_scmi/parameters/transport
cnt=/sys/kernel/debug/rpi_acpi_fw_count
hdr=/firmware/rpi_acpi_scmi.h
SMCF=0xc2000210
DOORBELL=0x82000200
# The protocols besides base the firmware serves, in id order: the table
# in firmware/tf-a/services/rpi_acpi_scmi/rpi_acpi_scmi_plat.c.
PROTOCOLS="0x19 0x80"

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_check "no SCMI agent bound without EL3 firmware" \
		sh -c "! ls $drv 2>/dev/null | grep -q '^RPIA0001'"
	ktap_finish
fi

define() { sed -n "s/^#define[[:space:]]*$1[[:space:]]*\"\(.*\)\".*/\1/p" $hdr; }
vendor=$(define RPI_ACPI_SCMI_VENDOR)
sub_vendor=$(define RPI_ACPI_SCMI_SUB_VENDOR_QEMU)
ktap_diag "firmware configured with vendor '$vendor', sub-vendor '$sub_vendor'"

fw_count() { echo "$1" > $cnt/fid && cat $cnt/count; }
messages() { sed -n "s/^$1 //p" $dev/channels; }
is() { [ "$(cat "$dev/$1")" = "$2" ] || { ktap_diag "$1: '$(cat "$dev/$1")', not '$2'"; return 1; }; }

discovery_matches() {
	is vendor "$vendor" && is sub_vendor "$sub_vendor" &&
	is protocol_version 2.0 && is firmware_version 0x00000000 &&
	is protocols "$PROTOCOLS" && is num_agents 0 && is agent unknown
}

# Consumers of the pin controller the agent re-creates (the tables' LED)
# let go of their lines while it does: gpiolib and pinctrl leak a line's
# labels when its chip goes away under a consumer.
leds=/sys/bus/platform/drivers/leds-gpio
held=$(ls -d $leds/PRP0001:* 2>/dev/null | sed 's|.*/||')
# The PCIe host bridge reaches config space through the agent when the
# firmware lists the PCI protocol: a device link unbinds it with the agent,
# and its config accesses while it goes would be counted below. It is let
# go first and bound again at the end, like the LED.
pdrv=/sys/bus/platform/drivers/rpi-smc-pcie
bridges=$(ls -d $pdrv/rpi-smc-pcie.* 2>/dev/null | sed 's|.*/||')
consumers() { # unbind|bind
	local d

	for d in $held; do echo "$d" > $leds/"$1"; done
	for d in $bridges; do echo "$d" > $pdrv/"$1"; done
}

# rebind CHANNEL: probe the agent again, on CHANNEL (auto, smcf, shmem)
rebind() {
	echo "$1" > $param && echo $id > $drv/unbind && echo $id > $drv/bind
}

# per_message CHANNEL FID OTHER_FID: rebind on CHANNEL; the firmware
# counted one SMC to FID per message the agent sent, none to OTHER_FID.
per_message() {
	local b0 b1 a0 a1 n

	b0=$(fw_count "$2") && b1=$(fw_count "$3") && rebind "$1" &&
		a0=$(fw_count "$2") && a1=$(fw_count "$3") && n=$(messages "$1") ||
		return 1
	ktap_diag "$1: $n messages, firmware counted $((a0 - b0)) SMCs to $2, $((a1 - b1)) to $3"
	[ "$n" -gt 0 ] && [ $((a0 - b0)) -eq "$n" ] && [ $((a1 - b1)) -eq 0 ]
}

insmod /testmods/rpi-acpi-fw-count.ko || true
consumers unbind
ktap_plan 9
ktap_check "the agent is bound at boot" test -e $drv/$id
ktap_check "probe names the firmware" \
	sh -c "dmesg | grep -q \"$id: SCMI v2.0 '$vendor:$sub_vendor'\""
ktap_check "discovery at boot matches the firmware" discovery_matches
ktap_check "at boot every message went over the SMC fastchannel" \
	sh -c "[ \"$(messages shmem)\" = 0 ] && [ \"$(messages smcf)\" -gt 0 ]"
ktap_check "SMC fastchannel: one SMC per message" per_message smcf $SMCF $DOORBELL
ktap_check "discovery over the SMC fastchannel matches the firmware" discovery_matches
ktap_check "shared memory: one doorbell per message" per_message shmem $DOORBELL $SMCF
ktap_check "discovery over shared memory matches the firmware" discovery_matches
ktap_check "back to both channels" rebind auto
consumers bind
ktap_finish
