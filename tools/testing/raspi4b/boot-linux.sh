#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Linux on the Pi 4's SoC model through the project's rpi4 BL31: QEMU 10's
# raspi4b (bookworm-backports, as test-rpi4-pinctrl.sh runs it), all four
# CPUs reset into the very bl31.bin a Pi 4 owner splices into pftf's
# RPI_EFI.fd (build-tfa.sh rpi4). That BL31 enters BL33 at 0x20000, where
# UEFI starts on a Pi; here a 32-byte stub stands there (bl33-stub.S) and
# enters the project's test kernel (kunit-kernel.sh: upstream's SCMI core
# and PINCTRL_SCMI built in) with x0 = the device tree, at pftf's
# config.txt address 0x3e0000, which BL31's header names as the Pi's
# firmware would. The device tree is Debian's bcm2711-rpi-4-b.dtb edited
# the way a UEFI would hand it over, plus the firmware's SCMI peer:
#   - PSCI (/psci, enable-method "psci" on every CPU): no spin table;
#   - /firmware/scmi "arm,scmi-smc" with the SMT doorbell's function id,
#     its shared memory at the rpi4 build's SMT page (a no-map
#     /reserved-memory node, like BL31's own pages before it), and the
#     pin control protocol (0x19), whose default state (a hog) drives
#     GPIO21 out and high;
#   - the BCM2711's own GPIO node disabled (the firmware owns the block),
#     the PL011 console on a fixed clock (the mailbox clocks have no
#     driver here, and its pins are the firmware's), and the six HDMI-area
#     nodes QEMU does not map disabled.
# The guest (tools/testing/guest/init) runs guest/*.sh: PSCI, SMCCC,
# pinctrl-scmi's pins, GPIO levels read back through QEMU's monitor
# (console.py answers the guest's requests), the test module's DEN0115 and
# SMC fastchannel checks (module/), and tools/rpi4/selftest when the tree
# has it. ktap.py checks the report; a call that never returns ends in the
# timeout with no report, a failure. Four vCPUs of a KASAN kernel on two
# busy host cores starve each other for minutes: RCU's stall warning waits
# 300 s (its maximum), not 21.
#
# The DTB and the initramfs are cached under ~/.cache/rpi-acpi/raspi4b,
# keyed by every input. About 6 minutes cold, once the kernel and BL31 are
# built (see Documentation/dev-tools/testing.rst for the measured figures).
#
# usage: boot-linux.sh [-l LOG] [-T TIMEOUT]
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$(dirname "$0")/../lib/kernels.sh"
. "$(dirname "$0")/../lib/raspi4b.sh"

HERE=$TOP/tools/testing/raspi4b
BL33_ADDR=0x20000	# PRELOADED_BL33_BASE of the rpi4 build (build-tfa.sh)
DTB_ADDR=0x3e0000	# pftf's config.txt device_tree_address
DTB_END=0x400000	# and its device_tree_end
KERNEL_ADDR=0x1000000
INITRD_ADDR=0x8000000
RAM_SIZE=0x3c000000	# raspi4b's first RAM range (its -dtb fixup's)
SMT_PAGE=0x1f000	# build-tfa.sh's RPI4_SMT_PAGE
SMT_DOORBELL=0x82000200	# RPI_ACPI_SCMI_SMT_DOORBELL
log_file='' timeout=900
while getopts l:T: o; do
	case $o in
	l) log_file=$OPTARG ;;
	T) timeout=$OPTARG ;;
	*) die "usage: ${0##*/} [-l LOG] [-T TIMEOUT]" ;;
	esac
done

need_host_pkgs qemu-system-arm gcc-aarch64-linux-gnu device-tree-compiler \
	cpio kmod python3

qemu=$(raspi4b_qemu)
tfa=$("$TOP/tools/testing/firmware/build-tfa.sh" rpi4)
kdir=$(test_kernel_dir test)
image=$kdir/arch/arm64/boot/Image
mods=$("$TOP/tools/testing/build.sh" test "$HERE/module")
kernel_info 6.12
dtb_deb=$(fetch_deb "$K_IMAGE")

# Everything the DTB and the initramfs are made of.
inputs=("$TOP/tools/testing/guest/init" "$TOP/tools/testing/guest/ktap.sh"
	"$HERE"/guest/*.sh "$HERE/bl33-stub.S" "$0" "$mods"/*.ko "$dtb_deb")
[ ! -e "$TOP/tools/rpi4/selftest" ] || inputs+=("$TOP/tools/rpi4/selftest")
key=$( (echo "v1 $GUEST_BUSYBOX $GUEST_GPIOD $GUEST_LIBGPIOD $GUEST_LIBC"
	sha256sum "${inputs[@]}" | sed "s|$TOP/||") | sha256sum | cut -c1-12)
out=$CACHE/raspi4b/$key

# build_initrd: busybox, libgpiod's tools, the guest's init and tests,
# the test module and the self-test.
build_initrd() {
	local root=$out/root tmp=$out/debs
	rm -rf "$root" "$tmp"
	mkdir -p "$root"/{bin,proc,sys,dev,tmp,tests,raspi4b,lib/aarch64-linux-gnu}
	extract_debs "$tmp" "$(fetch_deb "$GUEST_BUSYBOX")" \
		"$(fetch_deb "$GUEST_GPIOD")" "$(fetch_deb "$GUEST_LIBGPIOD")" \
		"$(fetch_deb "$GUEST_LIBC")"
	install -m 755 "$tmp/usr/bin/busybox" "$root/bin/busybox"
	cp "$tmp/usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1" "$root/lib/"
	cp -L "$tmp/usr/lib/aarch64-linux-gnu/"{libc.so.6,libgpiod.so.3} \
		"$root/lib/aarch64-linux-gnu/"
	cp "$tmp/usr/bin/"gpio{detect,info,get,set} "$root/bin/"
	install -m 755 "$TOP/tools/testing/guest/init" "$root/init"
	cp "$TOP/tools/testing/guest/ktap.sh" "$root/ktap.sh"
	cp "$HERE"/guest/*.sh "$root/tests/"
	cp "$mods"/rpi4b-smc-test.ko "$root/raspi4b/"
	[ ! -e "$TOP/tools/rpi4/selftest" ] ||
		install -m 755 "$TOP/tools/rpi4/selftest" "$root/raspi4b/selftest"
	(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) \
		> "$out/initrd"
	rm -rf "$root" "$tmp"
}

# build_dtb: Debian's Pi 4 device tree, edited as the header says.
build_dtb() {
	local t=$out/dtb initrd_end c n
	rm -rf "$t"
	mkdir -p "$t"
	dpkg-deb --fsys-tarfile "$dtb_deb" | tar -x -C "$t" --wildcards \
		'*/broadcom/bcm2711-rpi-4-b.dtb'
	cp "$(find "$t" -name bcm2711-rpi-4-b.dtb | head -n1)" "$t/board.dtb"
	# Room for the edits; dtc packs it again at the end.
	dtc -q -I dtb -O dtb -p 4096 -o "$t/board.dtb" "$t/board.dtb"
	fdt() { fdtput "$t/board.dtb" "$@"; }
	# The RAM below the VideoCore's, as QEMU's -dtb path would set it.
	fdt -t x /memory@0 reg 0 0 $RAM_SIZE
	# PSCI, as the firmware serves it.
	fdt -c /psci
	fdt -t s /psci compatible arm,psci-1.0 arm,psci-0.2
	fdt -t s /psci method smc
	for c in 0 1 2 3; do
		fdt -t s /cpus/cpu@$c enable-method psci
		fdt -d /cpus/cpu@$c cpu-release-addr
	done
	# BL31's pages and the SCMI channel's, never the OS's RAM.
	fdt -c /reserved-memory/firmware@1000
	fdt -t x /reserved-memory/firmware@1000 reg 0 0x1000 "$(printf 0x%x $((SMT_PAGE - 0x1000)))"
	fdt /reserved-memory/firmware@1000 no-map
	n=/reserved-memory/scmi-shmem@${SMT_PAGE#0x}
	fdt -c "$n"
	fdt -t s "$n" compatible arm,scmi-shmem
	fdt -t x "$n" reg 0 $SMT_PAGE 0x1000
	fdt "$n" no-map
	fdt -t x "$n" phandle 0xf001
	# The firmware's SCMI server, upstream's binding.
	fdt -c -p /firmware/scmi/protocol@19/gpio21-high
	fdt -t s /firmware/scmi compatible arm,scmi-smc
	fdt -t x /firmware/scmi arm,smc-id $SMT_DOORBELL
	fdt -t x /firmware/scmi shmem 0xf001
	fdt -t x /firmware/scmi '#address-cells' 1
	fdt -t x /firmware/scmi '#size-cells' 0
	fdt -t x /firmware/scmi/protocol@19 reg 0x19
	fdt -t s /firmware/scmi/protocol@19 pinctrl-names default
	fdt -t x /firmware/scmi/protocol@19 pinctrl-0 0xf002
	fdt -t s /firmware/scmi/protocol@19/gpio21-high pins GPIO21
	fdt /firmware/scmi/protocol@19/gpio21-high output-enable
	fdt /firmware/scmi/protocol@19/gpio21-high output-high
	fdt -t x /firmware/scmi/protocol@19/gpio21-high phandle 0xf002
	# The block the firmware owns, and what QEMU does not map.
	for n in gpio@7e200000 clock@7ef00000 interrupt-controller@7ef00100 \
		 hdmi@7ef00700 i2c@7ef04500 hdmi@7ef05700 i2c@7ef09500; do
		fdt -t s "/soc/$n" status disabled
	done
	# The console: a fixed clock, no pins to claim.
	fdt -c /clk-uart
	fdt -t s /clk-uart compatible fixed-clock
	fdt -t x /clk-uart '#clock-cells' 0
	fdt -t x /clk-uart clock-frequency 48000000
	fdt -t x /clk-uart phandle 0xf003
	fdt -t x /soc/serial@7e201000 clocks 0xf003 0xf003
	fdt -d /soc/serial@7e201000 pinctrl-0
	fdt -d /soc/serial@7e201000 pinctrl-names
	initrd_end=$((INITRD_ADDR + $(stat -c %s "$out/initrd")))
	fdt -t s /chosen stdout-path serial0:115200n8
	fdt -t s /chosen bootargs "console=ttyAMA0,115200 earlycon=pl011,mmio32,0xfe201000 panic=-1 log_buf_len=4M rcupdate.rcu_cpu_stall_timeout=300 rdinit=/init"
	fdt -t x /chosen linux,initrd-start $INITRD_ADDR
	fdt -t x /chosen linux,initrd-end "$(printf 0x%x $initrd_end)"
	dtc -q -I dtb -O dtb -o "$out/board.dtb" "$t/board.dtb"
	rm -rf "$t"
	[ $((DTB_ADDR + $(stat -c %s "$out/board.dtb"))) -le $((DTB_END)) ] ||
		die "the device tree does not fit $DTB_ADDR..$DTB_END"
}

if ! stamp_ok "$out" "$key"; then
	mkdir -p "$out"
	log "building the raspi4b initramfs and device tree in $out"
	build_initrd
	build_dtb
	stamp_set "$out" "$key"
fi

# The kernel's memory (Image header: image_size) must end below the initrd.
ksize=$(od -An -t u8 -j 16 -N 8 "$image" | tr -d ' ')
[ $((KERNEL_ADDR + ksize)) -le $((INITRD_ADDR)) ] ||
	die "the kernel ($ksize bytes with its BSS) overlaps the initrd at $INITRD_ADDR"

run=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-raspi4b.XXXXXX")
qpid=''
cleanup() {
	[ -z "$qpid" ] || kill "$qpid" 2>/dev/null || true
	rm -rf "$run"
}
trap cleanup EXIT
# BL31's header (armstub8), as test-rpi4-pinctrl.sh fills it: magic 0,
# the device tree's address; the kernel's is not used by this BL31.
cp "$tfa/bl31.bin" "$run/bl31.bin"
aarch64-linux-gnu-gcc -nostdlib -c "$HERE/bl33-stub.S" -o "$run/stub.o"
aarch64-linux-gnu-objcopy -O binary "$run/stub.o" "$run/stub.bin"
rpi4_bl31_header "$run/bl31.bin" "$DTB_ADDR" 0x8000000
# The stub's own literals: the device tree's and the kernel's addresses.
python3 - "$run/stub.bin" <<PY
import struct, sys
with open(sys.argv[1], "r+b") as f:
    f.seek(0x18)
    f.write(struct.pack("<QQ", $DTB_ADDR, $KERNEL_ADDR))
PY
mkdir -p "$CACHE/logs"
log_file=${log_file:-${RPI_ACPI_CONSOLE_LOG:-$CACHE/logs/raspi4b-linux.log}}

log "booting the test kernel on raspi4b through the rpi4 BL31 (timeout ${timeout}s), console log: $log_file"
start=$(date +%s)
timeout "$timeout" "$qemu" -M raspi4b \
	-global arm_gic.has-security-extensions=on \
	-device loader,file="$run/bl31.bin",addr=0x0,force-raw=on \
	-device loader,file="$run/stub.bin",addr=$BL33_ADDR,force-raw=on \
	-device loader,file="$out/board.dtb",addr=$DTB_ADDR,force-raw=on \
	-device loader,file="$image",addr=$KERNEL_ADDR,force-raw=on \
	-device loader,file="$out/initrd",addr=$INITRD_ADDR,force-raw=on \
	-display none -nodefaults \
	-chardev socket,id=con,path="$run/con.sock",server=on,wait=on \
	-serial chardev:con \
	-monitor unix:"$run/mon.sock",server=on,wait=off \
	</dev/null >"$run/qemu.out" 2>&1 &
qpid=$!
python3 "$HERE/console.py" "$run/con.sock" "$run/mon.sock" "$log_file" || true
rc=0
wait "$qpid" || rc=$?
qpid=''
log "guest ran $(($(date +%s) - start)) s"
grep -v 'QEMU waiting for connection' "$run/qemu.out" >&2 || true
fail=0
[ "$rc" != 124 ] || { log "FAILED: the guest did not finish within ${timeout}s"; fail=1; }
[ "$rc" = 0 ] || [ "$rc" = 124 ] || { log "FAILED: QEMU exited with $rc"; fail=1; }
if grep -aEn 'Oops|BUG:|WARNING:|Kernel panic|Call trace:|KASAN|UBSAN|possible circular locking|inconsistent lock state|Unable to handle kernel|rcu: INFO: .*detected stall' "$log_file" >&2; then
	log "FAILED: the kernel reported a problem (above)"
	fail=1
fi
python3 "$TOP/tools/testing/ktap.py" "$log_file" raspi4b-linux || fail=1
[ "$fail" = 0 ] || die "console log: $log_file"
