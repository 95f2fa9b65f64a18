#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# What the demo shows from inside the guest, as KTAP diagnostics: the
# machine, the firmware's answers, the project's modules, AML calling
# firmware through FFH, the PCIe tree and NVMe disk found through SMC, and
# the Type-C port's DWC2 with a USB disk on it.
. /ktap.sh

ktap_plan 6
insmod /modules/rpi-smc-scmi.ko
insmod /modules/rpi-scmi-pinctrl.ko 2>/dev/null
insmod /modules/arm-ffh-smc.ko 2>/dev/null
ktap_diag "kernel $(uname -r) on $(uname -m), CPUs online: $(cat /sys/devices/system/cpu/online)"
ktap_diag "ACPI tables: $(ls /sys/firmware/acpi/tables | tr '\n' ' ')"
dmesg | grep -E 'psci: (PSCIv|SMC Calling)|ACPI: SSDT|Table Upgrade|rpi_smc_scmi: firmware|arm_ffh_smc: (FFH|this|firmware)' |
	sed 's/^\[[ 0-9.]*\] /# dmesg: /' | sort -u
for m in /sys/module/rpi_* /sys/module/arm_ffh_smc; do
	[ -e "$m" ] && ktap_diag "loaded: ${m##*/}"
done
ktap_check "the project's core module is loaded" test -e /sys/module/rpi_smc_scmi
scmi=$(grep -l '^0$' /sys/bus/platform/devices/RPIA0001:*/firmware_node/uid 2>/dev/null |
	sed 's|/firmware_node/uid$||' | head -n1)
if [ -n "$scmi" ] && [ -e "$scmi/driver" ]; then
	ktap_diag "SCMI firmware: $(cat $scmi/vendor):$(cat $scmi/sub_vendor)," \
		"version $(cat $scmi/firmware_version), base protocol $(cat $scmi/protocol_version)," \
		"protocols: [$(cat $scmi/protocols)], agents: $(cat $scmi/num_agents)"
	ktap_diag "SCMI channels (messages so far): $(tr '\n' ' ' < $scmi/channels)"
	ktap_ok "the SCMI agent found its firmware"
else
	ktap_skip "the SCMI agent found its firmware (no SCMI firmware)"
fi
chip=$(gpiodetect 2>/dev/null | sed -n 's/^\(gpiochip[0-9]*\) \[rpi-scmi-pinctrl.*/\1/p')
if [ -n "$chip" ] && insmod /testmods/rpi-acpi-fw-count.ko 2>/dev/null; then
	ktap_diag "GPIO from the firmware's pin controller: $(gpiodetect | grep "^$chip ")"
	gpioinfo -c "$chip" | sed -n '2,5p;7,8p' | sed 's/^[[:space:]]*/# GPIO:   /'
	pl=/sys/kernel/debug/rpi_acpi_fw_count/pl061
	ktap_diag "secure PL061 (data dir) as EL3 reads it: $(cat $pl)"
	gpioset -t 0 -c "$chip" GPIO6=1
	ktap_diag "after gpioset GPIO6=1:                 $(cat $pl)"
	gpioset -t 0 -c "$chip" GPIO6=0
	ktap_diag "after gpioset GPIO6=0:                 $(cat $pl)"
	ktap_ok "GPIO lines of the firmware's pin controller, one toggled"
else
	ktap_skip "GPIO lines of the firmware's pin controller (no SCMI pin control)"
fi
if [ -e /sys/module/arm_ffh_smc ] && insmod /testmods/rpi-acpi-ffh-test.ko errors=0; then
	sed -n 's/^\(ok\|not ok\) [0-9]* /# AML -> FFH -> firmware: \1: /p' \
		/sys/kernel/debug/rpi_acpi_ffh_test/results
	rmmod rpi_acpi_ffh_test
	ktap_ok "AML reached firmware through FFH"
else
	ktap_skip "AML reached firmware through FFH (no FFH handler on this kernel or firmware)"
fi
# The Type-C port's DWC2 (with -u): dwc2-acpi decides the role and
# whether DMA stays in the controller's window, then dwc2 drives it.
usb=/sys/bus/platform/devices/BCM2848:00
[ -e $usb ] && insmod /modules/dwc2-acpi.ko 2>/dev/null
# PCIe with no MCFG, as on a Pi: rpi-smc-pcie reaches the config space
# through the firmware (DEN0115), one SMC per access.
for m in $(cat /kmods/order 2>/dev/null); do insmod "/kmods/$m" 2>/dev/null; done
if [ -e $usb/dma_mode ]; then
	n=0
	while [ ! -e /sys/block/sda ] && [ $n -lt 50 ]; do sleep 0.2; n=$((n + 1)); done
	ktap_diag "USB (Type-C, DWC2): role $(cat $usb/dr_mode), DMA $(cat $usb/dma_mode)," \
		"window $(sed -n 2p $usb/dma_window) from $(sed -n 1p $usb/dma_window)"
	for d in /sys/bus/usb/devices/*; do
		[ -e "$d/product" ] && ktap_diag "USB device ${d##*/}: $(cat "$d/product")"
	done
	[ -e /sys/block/sda ] &&
		ktap_diag "USB disk: sda, $(($(cat /sys/block/sda/size) / 2048)) MiB"
	ktap_check "a USB disk on the Type-C port's DWC2" test -e /sys/block/sda
else
	ktap_skip "a USB disk on the Type-C port's DWC2 (no DWC2 on this machine)"
fi
insmod /testmods/rpi-acpi-fw-count.ko 2>/dev/null
insmod /modules/rpi-smc-pcie.ko 2>/dev/null
dmesg | grep -E 'rpi-smc-pcie.*(PCIS|has PCI)' | sed 's/^\[[ 0-9.]*\] /# dmesg: /'
for d in /sys/bus/pci/devices/*; do
	[ -e "$d" ] || continue
	drv=-
	[ -e "$d/driver" ] && drv=$(basename "$(readlink "$d/driver")")
	ktap_diag "PCI ${d##*/} [$(cat "$d/vendor"):$(cat "$d/device")] class $(cat "$d/class") driver $drv"
done
# The same tree as lspci (Debian's pciutils) shows it, names and all.
lspci -tv 2>/dev/null | while IFS= read -r l; do ktap_diag "PCI lspci -tv: $l"; done
n=0
while [ ! -e /sys/block/nvme0n1 ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
if [ -e /sys/block/nvme0n1 ]; then
	ktap_diag "NVMe disk: $(cat /sys/class/nvme/nvme0/model | tr -s ' ')," \
		"$(($(cat /sys/block/nvme0n1/size) / 2048)) MiB, $(cat /sys/class/nvme/nvme0/address)"
	# The SCMI backend (protocol 0x80 on the SMC fastchannel) is preferred
	# when the firmware lists it; DEN0115's PCI_READ is the fallback.
	fc=/sys/kernel/debug/rpi_acpi_fw_count
	echo 0x84000132 > $fc/fid && den=$(cat $fc/count)
	echo 0xc2000210 > $fc/fid && smcf=$(cat $fc/count)
	ktap_diag "SMCs since boot: DEN0115 PCI_READ $den, SMC fastchannel (SCMI, every protocol) $smcf"
	ktap_ok "an NVMe disk found through SMC"
else
	ktap_skip "an NVMe disk found through SMC (no PCIe root through firmware)"
fi
ktap_finish
