#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The emulated Pi's DWC2 (QEMU with the project's patch, -M virt,dwc2=on,
# described by tools/testing/acpi/dwc2/rpi-dwc2.asl) through dwc2-acpi and
# upstream's dwc2. The runner says what to expect on the command line:
# rpi_acpi_dwc2=dma (all RAM inside the controller's 1 GB window),
# rpi_acpi_dwc2=dma-bounce (more RAM, and the Pi 4's IORT fix,
# tools/testing/acpi/dwc2/iort-virt.dsl, given by the table upgrade: the
# kernel's ZONE_DMA and bounce buffers lie inside the window, so the
# controller runs, bouncing what lies above it), rpi_acpi_dwc2=off (2 GB
# and no IORT limit: the kernel's bounce buffers lie above the window, so
# the controller must stay off), or rpi_acpi_dwc2=refused (a table whose
# _DMA Linux ignores: the glue must refuse the controller).
# Whether the controller's DMA ever left the window, QEMU says; the runner
# checks that.
. /ktap.sh

CTRL=/sys/bus/platform/devices/BCM2848:00
GLUE_KO=/modules/dwc2-acpi.ko
expect=$(sed -n 's/.*rpi_acpi_dwc2=\([a-z-]*\).*/\1/p' /proc/cmdline)

if [ -z "$expect" ]; then
	ktap_plan 1
	ktap_check "no DWC2 on this machine: no BCM2848 device" \
		test ! -e $CTRL
	ktap_finish
fi

drv_of() { [ -e "$1/driver" ] && basename "$(readlink "$1/driver")" || echo -; }
override() {
	o=$(cat $CTRL/driver_override 2>/dev/null)
	case $o in ''|'(null)') echo none ;; *) echo "$o" ;; esac
}
# What the two modules made of the controller: who drives it, who may.
outcome() {
	echo "controller=$(drv_of $CTRL) override=$(override)" \
	     "buses=$(ls -d /sys/bus/usb/devices/usb* 2>/dev/null | wc -l)"
}
unload() {
	rmmod dwc2_acpi 2>/dev/null
	rmmod dwc2 2>/dev/null
	! [ -e /sys/module/dwc2_acpi ] && ! [ -e /sys/module/dwc2 ]
}
# has_class CLASS: a USB interface of that class is there (03 HID, 08 storage).
has_class() { grep -qx "$1" /sys/bus/usb/devices/*/bInterfaceClass 2>/dev/null; }
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		"$@" && return 0
		sleep 0.2
		i=$((i + 1))
	done
	return 1
}
disk() { for d in /sys/block/sd*; do [ -e "$d" ] && echo "${d##*/}" && return; done; }
have_disk() { [ -n "$(disk)" ]; }
mark() { echo "rpi-acpi-dwc2-test: $1" > /dev/kmsg; }
# glue_first: the glue, then dwc2; a moment to settle; the outcome, logged.
glue_first() {
	insmod $GLUE_KO && insmod $DWC2_KO
	sleep 2
	got=$(outcome)
	ktap_diag "$got; dma_mode $(cat $CTRL/dma_mode 2>/dev/null)"
}
since() { dmesg | sed -n "/rpi-acpi-dwc2-test: $1\$/,\$p"; }

# The kernel's USB modules but dwc2 (the debug kernel has them built in).
for m in $(cat /kmods/order 2>/dev/null); do
	[ "$m" = dwc2.ko ] || insmod "/kmods/$m" 2>/dev/null
done
DWC2_KO=/kmods/dwc2.ko

# The window's CPU range (rpi-dwc2.asl): the first GB of virt's RAM.
WIN_START=$((0x40000000)) WIN_END=$((0x7fffffff))
# What the kernel said at boot of ZONE_DMA and of its bounce pool, as
# "START END".
zone_dma() { dmesg | sed -n 's/.* DMA *\[mem \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\]/\1 \2/p' | head -n1; }
tlb() { dmesg | sed -n 's/.*software IO TLB: mapped \[mem \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\].*/\1 \2/p' | head -n1; }
# in_window START END: [START, END] lies inside the window.
in_window() { [ -n "$2" ] && [ $(($1)) -ge $WIN_START ] && [ $(($2)) -le $WIN_END ]; }
# ZONE_DMA may start below the window (the firmware's reserved RAM), but
# must end inside it; the pool must lie inside it whole.
pool_inside() {
	set -- $(zone_dma) $(tlb)
	[ $# = 4 ] && [ $(($2)) -le $WIN_END ] && in_window "$3" "$4"
}
pool_outside() {
	set -- $(tlb)
	[ $# = 2 ] && ! in_window "$1" "$2"
}
upgraded() { dmesg | grep -q 'Table Upgrade: override \[IORT-BOCHS -BXPC    \]'; }
ram_kb() { awk '/MemTotal/ { print $2 }' /proc/meminfo; }

if [ "$expect" = refused ]; then
	# The firmware's _DMA is one Linux ignores: the glue must fail its
	# probe, and its claim must keep dwc2 off the controller.
	ktap_plan 3
	glue_first
	ktap_check "neither module drives the controller" \
		test "$got" = "controller=- override=dwc2-acpi buses=0"
	ktap_check "the glue's probe failed naming the fault" sh -c \
		"dmesg | grep -q 'bad DMA description: the device with _DMA has no _CRS'"
	# dwc2 first: unloading the glue would hand dwc2 the controller.
	rmmod dwc2
	ktap_check "both modules unload" unload
	ktap_finish
fi

if [ "$expect" = off ]; then
	ktap_plan 5
	mark off
	ktap_diag "ZONE_DMA $(zone_dma); swiotlb $(tlb)"
	ktap_check "the kernel's bounce pool lies outside the window" pool_outside
	glue_first
	ktap_check "dwc2-acpi holds the controller, so dwc2 cannot start it" \
		test "$got" = "controller=dwc2-acpi override=dwc2-acpi buses=0"
	ktap_check "dma_mode is off" test "$(cat $CTRL/dma_mode)" = off
	ktap_check "one warning says why" sh -c "dmesg | grep -c \
		\"the kernel's bounce buffers lie outside the window.*stays off\" | grep -qx 1"
	ktap_check "both modules unload" unload
	ktap_finish
fi

if [ "$expect" = dma-bounce ]; then
	ktap_plan 17
	ktap_diag "$(dmesg | grep -m1 'ACPI: IORT' | sed 's/.*\] //'); ZONE_DMA $(zone_dma); swiotlb $(tlb)"
	ktap_check "the table upgrade replaced QEMU's IORT with the 31-bit one" upgraded
	ktap_check "ZONE_DMA ends and the bounce pool lies inside the window" pool_inside
	ktap_check "RAM reaches beyond the window: what lies above bounces" \
		test "$(ram_kb)" -gt 1048576
else
	ktap_plan 14
fi
mode=${expect:-dma}
# 1. Upstream's dwc2 first, as udev may load it: the glue takes the
# controller from it, decides, and hands it back with its role.
mark dwc2-first
insmod $DWC2_KO && wait_for test -e $CTRL/driver
ktap_diag "dwc2 alone: $(outcome)"
mark glue
insmod $GLUE_KO
wait_for has_class 08
first=$(outcome)
ktap_diag "dwc2, then dwc2-acpi: $first"
ktap_check "dwc2 then dwc2-acpi: dwc2 drives it, handed over by the glue" sh -c \
	"test '$first' = 'controller=dwc2 override=dwc2 buses=1' &&
	 dmesg | sed -n '/rpi-acpi-dwc2-test: glue\$/,\$p' | grep -q 'handed to dwc2: role host (_DSD), DMA $mode '"
ktap_diag "dma_mode $(cat $CTRL/dma_mode); window: $(cat $CTRL/dma_window | tr '\n' ';')"
ktap_check "dma_mode is $mode" test "$(cat $CTRL/dma_mode)" = "$mode"
ktap_check "the window is GDV0's _DMA: bus 0xc0000000.. on the first GB of RAM" \
	grep -qx 'cpu 0x40000000-0x7fffffff bus 0xc0000000-0xffffffff' $CTRL/dma_window
forced=$(since glue | grep -c 'dr_mode forced')
ktap_check "dr_mode host from _DSD, and the core was not overruled" sh -c \
	"grep -qx 'host _DSD' $CTRL/dr_mode && [ $forced = 0 ]"

# 2. The devices: a keyboard, and a disk written and read back.
ktap_check "a USB keyboard enumerated (HID interface)" wait_for has_class 03
ktap_check "a USB disk enumerated" wait_for have_disk
sd=$(disk)
dd if=/dev/urandom of=/tmp/data bs=64k count=32 2>/dev/null
dd if=/tmp/data of=/dev/$sd bs=64k seek=16 conv=fsync 2>/dev/null
echo 3 > /proc/sys/vm/drop_caches
dd if=/dev/$sd of=/tmp/back bs=64k skip=16 count=32 2>/dev/null
a=$(md5sum < /tmp/data) b=$(md5sum < /tmp/back)
ktap_diag "wrote ${a%% *}, read ${b%% *} on /dev/$sd"
ktap_check "2 MiB written to the disk read back the same" test "$a" = "$b"
hw=/sys/kernel/debug/swiotlb/io_tlb_used_hiwater
if grep -qw swiotlb=force /proc/cmdline && [ -e $hw ]; then
	ktap_diag "swiotlb slots used at most: $(cat $hw)"
	ktap_check "with swiotlb=force the transfers bounced" test "$(cat $hw)" -gt 0
else
	ktap_skip "bouncing (only with swiotlb=force on a kernel with io_tlb_used_hiwater)"
fi

# 3. The glue first: the same outcome.
ktap_check "both modules unload" unload
insmod $GLUE_KO && insmod $DWC2_KO
wait_for has_class 08
got=$(outcome)
ktap_diag "dwc2-acpi, then dwc2: $got"
ktap_check "dwc2-acpi then dwc2: the same outcome" test "$got" = "$first"

# 4. Unloading the glue hands the controller back to dwc2.
rmmod dwc2_acpi
wait_for test -e $CTRL/driver
got=$(outcome)
ktap_diag "dwc2-acpi unloaded: $got"
ktap_check "without the glue dwc2 drives the controller as before" \
	test "$got" = "controller=dwc2 override=none buses=1"

# 5. The parameter overrides the firmware's role; a bad one fails probe.
unload
mark param
insmod $GLUE_KO dr_mode=peripheral && insmod $DWC2_KO
wait_for has_class 08
ktap_diag "dr_mode=peripheral: $(cat $CTRL/dr_mode); core: $(since param | grep -m1 'dr_mode forced' | sed 's/.*\] //')"
forced=$(since param | grep -c 'dr_mode forced to host')
ktap_check "dr_mode=peripheral reaches the core (host-only model: forced to host)" sh -c \
	"grep -qx 'peripheral parameter' $CTRL/dr_mode && [ $forced = 1 ]"
unload
mark bad
insmod $GLUE_KO dr_mode=usb
ktap_check "dr_mode=usb fails probe with a clear message" sh -c \
	"test ! -e $CTRL/driver && dmesg | grep -q \"bad role 'usb' from the dr_mode parameter\""
ktap_check "both modules unload" unload
ktap_finish
