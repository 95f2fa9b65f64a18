#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The firmware's SCMI server against a client this project did not write:
# booted with the device tree BL2 edited (run-guest.sh -D), the kernel's
# own SCMI core (Debian's kernels have it built in, device tree only)
# finds the firmware's arm,scmi-smc node, probes the base protocol over
# the SMT channel and prints the firmware's vendor and version. With ACPI
# those checks are skipped. In every boot through the firmware, the SMT
# channel's page is no System RAM: BL2 moved /memory past it.
. /ktap.sh

hdr=/firmware/rpi_acpi_scmi.h
dt=/sys/firmware/devicetree/base

if ! grep -q 'rpi_acpi_fw=tf-a' /proc/cmdline; then
	ktap_plan 1
	ktap_skip "the firmware's SCMI server (booted without EL3 firmware)"
	ktap_finish
fi

define() { sed -n "s/^#define[[:space:]]*$1[[:space:]]*\(.*\)/\1/p" $hdr; }
vendor=$(define RPI_ACPI_SCMI_VENDOR | tr -d '"')
sub_vendor=$(define RPI_ACPI_SCMI_SUB_VENDOR_QEMU | tr -d '"')
shmem=$(define RPI_ACPI_SCMI_SHMEM_QEMU | sed 's/^U(\(.*\))$/\1/')
size=$(define RPI_ACPI_SCMI_SHMEM_SIZE | sed 's/^U(\(.*\))$/\1/')

# No "System RAM" range of /proc/iomem overlaps the channel's page.
not_system_ram() {
	local first=$((shmem)) last=$((shmem + size - 1)) line range s e

	[ "$first" -gt 0 ] && [ "$last" -gt "$first" ] || return 1
	grep -q 'System RAM' /proc/iomem || return 1
	while read -r line; do
		range=${line%% :*}
		s=$((0x${range%-*})) e=$((0x${range#*-}))
		if [ "$s" -le "$last" ] && [ "$e" -ge "$first" ]; then
			ktap_diag "System RAM $range holds the SCMI channel"
			return 1
		fi
	done <<EOT
$(grep ' : System RAM$' /proc/iomem)
EOT
}

ktap_plan 4
ktap_diag "firmware configured with '$vendor:$sub_vendor', SMT channel at $shmem"
ktap_diag "lowest System RAM: $(grep -m 1 ' : System RAM$' /proc/iomem)"
ktap_check "the SMT channel's page is not System RAM" not_system_ram
if ! grep -q 'acpi=off' /proc/cmdline; then
	ktap_skip "the device tree describes the firmware's SCMI channel (device-tree boots only)"
	ktap_skip "the kernel's SCMI core probed the firmware (device-tree boots only)"
	ktap_skip "the kernel's SCMI core reported no error (device-tree boots only)"
	ktap_finish
fi

scmi_node() {
	grep -q 'arm,scmi-smc' $dt/firmware/scmi/compatible &&
		grep -q 'arm,scmi-shmem' $dt/reserved-memory/scmi-shmem@*/compatible
}
ktap_check "the device tree describes the firmware's SCMI channel" scmi_node
line=$(dmesg | grep "SCMI Protocol v" | head -n 1)
ktap_diag "kernel: ${line#*] }"
case $line in
*"SCMI Protocol v2.0 '$vendor:$sub_vendor' Firmware version 0x0"*)
	ktap_ok "the kernel's SCMI core probed the firmware: v2.0 '$vendor:$sub_vendor', version 0x0" ;;
*)
	ktap_fail "the kernel's SCMI core probed the firmware: v2.0 '$vendor:$sub_vendor', version 0x0" ;;
esac
if dmesg | grep -qiE 'scmi.*(fail|error|timed out)'; then
	dmesg | grep -iE 'scmi.*(fail|error|timed out)' | sed 's/^/# /'
	ktap_fail "the kernel's SCMI core reported no error"
else
	ktap_ok "the kernel's SCMI core reported no error"
fi
ktap_finish
