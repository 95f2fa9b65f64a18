#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Boot an arm64 guest in QEMU (virt, UEFI, ACPI) on one of the supported
# kernels with the project's modules built for exactly that kernel, run the
# guest tests and KUnit modules, and check what they report.
#
# usage: run-guest.sh [options]
#   -k KERNEL   6.1, 6.12, 7.2 (Debian's), test (the debug kernel) or test-ffh
#               (the debug kernel with upstream's FFH handler); default 6.12
#   -f FIRMWARE tf-a (default): TF-A with the project's services and the
#               project's UEFI (4 CPUs); none: QEMU's own PSCI, SMCCC v1.0,
#               and Debian's UEFI (2 CPUs)
#   -a TABLE    extra ACPI table (.asl or .aml) for the initrd table upgrade;
#               repeatable. The project's tables in tools/testing/acpi/ are
#               always added: by the project's UEFI (fw_cfg) with tf-a, by
#               the table upgrade with none (but rpi-scmi, the firmware's).
#   -D          boot with the firmware's device tree, not ACPI (tf-a only):
#               acpi=off; runs only the guest tests named *-dt.sh
#   -t SCRIPT   extra guest test script (KTAP on stdout); repeatable
#   -N          run only the -t scripts, not the project's guest tests
#   -m DIR      extra out-of-tree module source (a Kbuild dir) to build for
#               the kernel and load as KUnit modules; repeatable
#   -u          add the emulated Pi's DWC2 (tf-a only): QEMU built with the
#               project's patch (tools/testing/qemu), -M virt,dwc2=on, its
#               table tools/testing/acpi/dwc2/, a USB keyboard and disk
#   -U TABLE    -u, with TABLE describing the DWC2 instead
#   -M MB       guest RAM (default 2048)
#   -c ARG      extra kernel command-line argument; repeatable
#   -T SECONDS  boot timeout (default 600: the debug kernel under KASAN is slow)
#   -l FILE     where to keep the console log
# Exits non-zero when a test fails, the guest times out or never reports,
# or the console shows an oops, WARN, BUG, KASAN, lockdep or leak report,
# or (-u) QEMU saw the DWC2 DMA outside its window.
# The guest's userspace packages are pinned in tools/testing/versions.sh.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

kernel=6.12 firmware=tf-a timeout=600 log='' only_given=0 dt=0 usb=0 mem=2048
tables=() tests=() extra=() args=()
dwc2_tables=("$TOP"/tools/testing/acpi/dwc2/*.asl)
while getopts "k:f:a:t:m:NDuU:M:c:T:l:h" o; do
	case $o in
	k) kernel=$OPTARG ;;
	f) firmware=$OPTARG ;;
	a) tables+=("$(realpath "$OPTARG")") ;;
	t) tests+=("$(realpath "$OPTARG")") ;;
	m) extra+=("$(realpath "$OPTARG")") ;;
	N) only_given=1 ;;
	D) dt=1 ;;
	u) usb=1 ;;
	U) usb=1 dwc2_tables=("$(realpath "$OPTARG")") ;;
	M) mem=$OPTARG ;;
	c) args+=("$OPTARG") ;;
	T) timeout=$OPTARG ;;
	l) log=$OPTARG ;;
	*) sed -n '3,31s/^# \{0,1\}//p' "$0"; exit 2 ;;
	esac
done
need_host_pkgs qemu-system-arm qemu-efi-aarch64 ipxe-qemu acpica-tools cpio \
	kmod

# The kernel image and the project's modules built for it.
if is_test_kernel "$kernel"; then
	kdir=$(test_kernel_dir "$kernel")
	uname=$(cat "$kdir/include/config/kernel.release")
	image=$kdir/arch/arm64/boot/Image
else
	kernel_info "$kernel"
	uname=$K_UNAME
	idir=$CACHE/kernels/$uname/image
	if ! stamp_ok "$idir" "$K_IMAGE"; then
		debs=()
		for p in $K_IMAGE; do debs+=("$(fetch_deb "$p")"); done
		rm -rf "$idir"
		extract_debs "$idir" "${debs[@]}"
		stamp_set "$idir" "$K_IMAGE"
	fi
	for image in "$idir/boot/vmlinuz-$uname" "$idir/usr/lib/modules/$uname/vmlinuz"; do
		[ -f "$image" ] && break
	done
fi
[ -f "$image" ] || die "no kernel image for $kernel"
mods=$("$TOP/tools/testing/build.sh" "$kernel")

run=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-guest.XXXXXX")
trap 'rm -rf "$run"' EXIT
log=${log:-$CACHE/logs/guest-$kernel.log}
mkdir -p "$(dirname "$log")"

# aml DIR TABLE...: compile (or copy) ACPI tables into DIR as NAME.aml.
aml() {
	local dir=$1 t b
	shift
	mkdir -p "$dir"
	for t in "$@"; do
		b=$(basename "${t%.*}")
		case $t in
		*.aml) cp "$t" "$dir/$b.aml" ;;
		*) iasl -p "$dir/$b" "$t" >"$run/iasl.log" 2>&1 ||
			{ cat "$run/iasl.log" >&2; die "iasl failed on $t"; } ;;
		esac
	done
}
# The project's tables come from the firmware, as on a Pi, where the
# firmware can do it (the project's UEFI reads them from fw_cfg); tables
# given with -a, and all tables on the plain path, come through the initrd
# table upgrade (an uncompressed early cpio).
aml "$run/platform" "$TOP"/tools/testing/acpi/*.asl
# The DWC2's table describes a device only the patched QEMU has.
[ "$usb" = 0 ] || aml "$run/platform" "${dwc2_tables[@]}"
mkdir -p "$run/early/kernel/firmware/acpi"
[ "$firmware" = tf-a ] || cp "$run/platform"/*.aml "$run/early/kernel/firmware/acpi/"
# The SCMI agent's tables describe a service of the EL3 firmware: without
# it nothing serves SCMI, and they stay out.
rm -f "$run/early/kernel/firmware/acpi/"rpi-scmi*.aml
aml "$run/early/kernel/firmware/acpi" ${tables[@]+"${tables[@]}"}

# Main cpio: busybox, init, tests, modules in load order.
r=$run/root
mkdir -p "$r"/{bin,proc,sys,dev,tmp,tests,modules,kunit,testmods,distmods}
# Modules of the distribution's kernel the tests use as consumers of the
# project's drivers (the debug kernel has them built in).
if [ -n "${idir:-}" ]; then
	for m in leds-gpio; do
		f=$(find "$idir" -name "$m.ko*" | head -n1)
		[ -n "$f" ] || continue
		case $f in
		*.xz) xz -dc "$f" > "$r/distmods/$m.ko" ;;
		*.zst) zstd -qdc "$f" > "$r/distmods/$m.ko" ;;
		*) cp "$f" "$r/distmods/" ;;
		esac
	done
fi
extract_debs "$run/bb" "$(fetch_deb "$GUEST_BUSYBOX")"
install -m 755 "$run/bb/usr/bin/busybox" "$r/bin/busybox"
# libgpiod's tools from Debian arm64, with the little of glibc they need.
extract_debs "$run/gpiod" "$(fetch_deb "$GUEST_GPIOD")" \
	"$(fetch_deb "$GUEST_LIBGPIOD")" \
	"$(fetch_deb "$GUEST_LIBC")"
mkdir -p "$r/lib/aarch64-linux-gnu"
cp "$run/gpiod/usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1" "$r/lib/"
cp -L "$run/gpiod/usr/lib/aarch64-linux-gnu/"{libc.so.6,libgpiod.so.3} \
	"$r/lib/aarch64-linux-gnu/"
cp "$run/gpiod/usr/bin/"gpio{detect,info,get,set} "$r/bin/"
# pciutils' lspci from Debian arm64, trixie's like the libc above, with the
# libraries it and they need (objdump -p: NEEDED): libpci (zlib, libudev,
# which needs libcap) and libkmod (libcrypto, which needs zlib and zstd).
# The PCI ID list gzipped, the name libpci looks for (~350 KiB, not 1.5 MiB).
extract_debs "$run/pci" "$(fetch_deb "$GUEST_PCIUTILS")" \
	"$(fetch_deb "$GUEST_LIBPCI")" \
	"$(fetch_deb "$GUEST_LIBKMOD")" \
	"$(fetch_deb "$GUEST_LIBUDEV")" \
	"$(fetch_deb "$GUEST_LIBCAP")" \
	"$(fetch_deb "$GUEST_LIBSSL")" \
	"$(fetch_deb "$GUEST_ZLIB")" \
	"$(fetch_deb "$GUEST_LIBZSTD")" \
	"$(fetch_deb "$GUEST_PCI_IDS")"
cp -L "$run/pci/usr/lib/aarch64-linux-gnu/"lib{pci.so.3,kmod.so.2,udev.so.1,cap.so.2,crypto.so.3,z.so.1,zstd.so.1} \
	"$r/lib/aarch64-linux-gnu/"
cp "$run/pci/usr/bin/lspci" "$r/bin/"
mkdir -p "$r/usr/share/misc"
gzip -9nc "$run/pci/usr/share/misc/pci.ids" > "$r/usr/share/misc/pci.ids.gz"
# The kernel's own drivers for the emulated PCIe devices, decompressed, in
# load order in /kmods: Debian builds them as modules (the debug kernel has
# NVMe built in).
if is_test_kernel "$kernel"; then
	kmods_dirs=("$kdir/mods/lib/modules/$uname/kernel")
else
	kmods_dirs=("$idir"/{,usr/}lib/modules/"$uname"/kernel)
fi
kmod_add() {
	local name=$1 f dep
	[ -e "$r/kmods/$name.ko" ] && return 0
	f=$(find "${kmods_dirs[@]}" \
		\( -name "$name.ko*" -o -name "${name//-/_}.ko*" \) \
		2>/dev/null | head -n1 || true)
	[ -n "$f" ] || return 0
	for dep in $(modinfo -F depends "$f" | tr , ' '); do
		kmod_add "$dep"
	done
	case $f in
	*.xz) xz -dc "$f" ;;
	*.zst) zstd -qdc "$f" ;;
	*) cat "$f" ;;
	esac > "$r/kmods/$name.ko"
	echo "$name.ko" >> "$r/kmods/order"
}
mkdir -p "$r/kmods"
if ! is_test_kernel "$kernel"; then
	need_host_pkgs xz-utils zstd
	for m in nvme virtio_pci virtio_net; do kmod_add "$m"; done
fi
# Upstream's DWC2 core, a module on every kernel, and what the USB disk
# needs where it is a module.
if [ "$usb" = 1 ]; then
	for m in dwc2 usb-storage sd_mod; do kmod_add "$m"; done
	[ -e "$r/kmods/dwc2.ko" ] || die "no dwc2.ko for $kernel"
fi
install -m 755 "$TOP/tools/testing/guest/init" "$r/init"
cp "$TOP/tools/testing/guest/ktap.sh" "$r/ktap.sh"
# A device-tree boot runs only the tests written for it (*-dt.sh).
if [ "$only_given" = 0 ] && [ "$dt" = 0 ]; then
	cp "$TOP"/tools/testing/guest/tests/*.sh "$r/tests/"
elif [ "$only_given" = 0 ]; then
	cp "$TOP"/tools/testing/guest/tests/*-dt.sh "$r/tests/"
fi
# What the firmware is configured with, for tests to compare against.
mkdir -p "$r/firmware"
cp "$TOP"/firmware/tf-a/include/services/rpi_acpi_scmi.h "$r/firmware/"
for t in ${tests[@]+"${tests[@]}"}; do
	cp "$t" "$r/tests/"
done

# Order modules so that each comes after the project modules it needs.
load_order() {
	local dir=$1 left done_ m dep ok
	left=$(cd "$dir" && ls ./*.ko 2>/dev/null | sed 's|^\./||' || true)
	done_=" "
	while [ -n "$left" ]; do
		local next=""
		for m in $left; do
			ok=1
			for dep in $(modinfo -F depends "$dir/$m" | tr , ' '); do
				[ -e "$dir/$dep.ko" ] || [ -e "$dir/${dep//_/-}.ko" ] || continue
				case $done_ in *" $dep "*|*" ${dep//_/-} "*) ;; *) ok=0 ;; esac
			done
			if [ $ok = 1 ]; then
				echo "$m"
				done_="$done_${m%.ko} "
			else
				next="$next $m"
			fi
		done
		# shellcheck disable=SC2086
		[ "$(echo $next)" != "$(echo $left)" ] ||
			die "module dependency loop in $dir: $left"
		left=$next
	done
}
for m in "$mods"/*.ko; do
	case $m in
	*-kunit.ko) cp "$m" "$r/kunit/" ;;
	*) cp "$m" "$r/modules/" ;;
	esac
done
for d in ${extra[@]+"${extra[@]}"}; do
	cp "$("$TOP/tools/testing/build.sh" "$kernel" "$d")"/*.ko "$r/kunit/"
done
load_order "$r/modules" > "$r/modules/order"
cp "$("$TOP/tools/testing/build.sh" "$kernel" "$TOP/tools/testing/guest/modules")"/*.ko \
	"$r/testmods/"
(cd "$r/kunit" && ls ./*.ko 2>/dev/null | sed 's|^\./||') > "$r/kunit/order" || true

(cd "$run/early" && find . | cpio -o -H newc --quiet) > "$run/initrd"
(cd "$r" && find . | cpio -o -H newc --quiet) >> "$run/initrd"

# The machine: QEMU virt, UEFI, ACPI; with TF-A, EL3 and EL2 exist and the
# firmware is loaded by BL1 from the working directory (semihosting).
cmdline="console=ttyAMA0 acpi=force panic=-1 log_buf_len=4M rdinit=/init"
[ ${#args[@]} = 0 ] || cmdline="$cmdline ${args[*]}"
qemu="qemu-system-aarch64"
case $firmware in
tf-a)
	tfa=$("$TOP/tools/testing/firmware/build-tfa.sh")
	uefi=$("$TOP/tools/testing/firmware/build-uefi.sh")
	mkdir -p "$run/fw"
	cp "$tfa"/bl1.bin "$tfa"/bl2.bin "$tfa"/bl31.bin "$run/fw/"
	cp "$uefi" "$run/fw/bl33.bin"
	# shellcheck disable=SC2054
	cat "$run/platform"/*.aml > "$run/fw/tables.aml"
	machine=(-M virt,secure=on,virtualization=on -smp 4
		 -bios "$run/fw/bl1.bin" -semihosting-config enable=on,target=native
		 -fw_cfg "name=opt/org.rpi-acpi/tables,file=$run/fw/tables.aml")
	cmdline="$cmdline rpi_acpi_fw=tf-a"
	# The emulated Pi's PCIe (tools/testing/acpi/rpi-pcie.asl): a root
	# port at 00:01.0, which the firmware's Pi 4 mode lets through as the
	# Pi's at 00:00.0, an NVMe disk behind it, and a virtio-net at 00:02.0
	# that only the full mode shows.
	truncate -s 16M "$run/nvme.img"
	machine+=(-device pcie-root-port,id=rp0,bus=pcie.0,addr=1.0,chassis=1
		  -drive "if=none,id=nvme0,file=$run/nvme.img,format=raw"
		  -device nvme,bus=rp0,serial=rpi-acpi-nvme,drive=nvme0
		  -netdev user,id=net0,restrict=on
		  -device virtio-net-pci,bus=pcie.0,addr=2.0,netdev=net0,romfile=)
	# The emulated Pi's DWC2 (tools/testing/qemu): the Type-C port, with
	# a keyboard and a disk (behind the hub QEMU puts on its one port).
	if [ "$usb" = 1 ]; then
		qemu=$("$TOP/tools/testing/qemu/build-qemu.sh")
		machine[1]=${machine[1]},dwc2=on
		truncate -s 16M "$run/usb.img"
		# shellcheck disable=SC2054
		machine+=(-device usb-kbd
			  -drive "if=none,id=usb0,file=$run/usb.img,format=raw"
			  -device usb-storage,drive=usb0)
	fi
	# Device tree: without QEMU's ACPI tables (and the project's) UEFI
	# hands the kernel the device tree that BL2 edited.
	if [ "$dt" = 1 ]; then
		machine=(-M virt,secure=on,virtualization=on,acpi=off -smp 4
			 -bios "$run/fw/bl1.bin"
			 -semihosting-config enable=on,target=native)
		cmdline=${cmdline/acpi=force/acpi=off}
	fi
	;;
none)
	[ "$dt" = 0 ] || die "-D needs the project's firmware (-f tf-a)"
	[ "$usb" = 0 ] || die "-u needs the project's firmware (-f tf-a)"
	machine=(-M virt -smp 2 -bios /usr/share/qemu-efi-aarch64/QEMU_EFI.fd)
	;;
*)
	die "unknown firmware '$firmware' (tf-a or none)"
	;;
esac

log "booting $uname on firmware '$firmware' (timeout ${timeout}s), console log: $log"
start=$(date +%s%N)
rc=0
(cd "$run/fw" 2>/dev/null || cd "$run"
 exec timeout "$timeout" "$qemu" "${machine[@]}" \
	-cpu max,pauth-impdef=on -m "$mem" -nic none -no-reboot \
	-display none -monitor none -serial "file:$log" \
	-kernel "$image" -initrd "$run/initrd" -append "$cmdline" \
	</dev/null 2>"$run/qemu.err") || rc=$?
cat "$run/qemu.err" >&2
log "guest ran $(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }') s"

fail=0
if [ $rc = 124 ]; then
	log "FAILED: the guest did not finish within ${timeout}s"
	fail=1
elif [ $rc != 0 ]; then
	log "FAILED: QEMU exited with $rc"
	fail=1
fi
problems='Oops|BUG:|WARNING:|Kernel panic|Call trace:|KASAN|UBSAN|possible circular locking|possible recursive locking|inconsistent lock state|suspected memory leak|Unable to handle kernel'
if grep -aEn "$problems" "$log" >&2; then
	log "FAILED: the kernel reported a problem (above)"
	fail=1
fi
if grep -q 'virt-dwc2: DMA outside' "$run/qemu.err"; then
	log "FAILED: the DWC2 did DMA outside its window (QEMU, above)"
	fail=1
fi
python3 "$TOP/tools/testing/ktap.py" "$log" "guest($kernel)" || fail=1
exit $fail
