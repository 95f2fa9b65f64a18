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
#   -e CPIO     an early cpio made elsewhere (e.g. by mkinitramfs with the
#               rpi-acpi-tables hook) put first in the initrd, as is
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
#   -T SECONDS  boot timeout (default 900: the debug kernel under KASAN is slow)
#   -l FILE     where to keep the console log
# Exits non-zero when a test fails, the guest times out or never reports,
# or the console shows an oops, WARN, BUG, KASAN, lockdep or leak report,
# or (-u) QEMU saw the DWC2 DMA outside its window.
# Without -l the console log is $RPI_ACPI_CONSOLE_LOG when set (check.sh
# sets one for each of its steps), else ~/.cache/rpi-acpi/logs/
# guest-KERNEL.log; a failed run names it on its last line.
# The guest's userspace packages are pinned in tools/testing/versions.sh.
# Each step is a function; main, at the end, runs them in order.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

# The options (parse_args).
kernel=6.12 firmware=tf-a timeout=900 log='' only_given=0 dt=0 usb=0 mem=2048
tables=() tests=() extra=() args=() early_cpio=
dwc2_tables=("$TOP"/tools/testing/acpi/dwc2/*.asl)
# What the steps find and make for the next ones: the kernel's release and
# Image, the debug kernel's build (kdir) or Debian's unpacked image
# packages (idir), the project's modules (mods), the run's directory
# (run), the main cpio's tree (root), the machine (qemu, machine,
# cmdline), QEMU's exit status (rc) and the verdict (fail).
uname='' image='' kdir='' idir='' mods='' run='' root=''
qemu='' machine=() cmdline='' kmods_dirs=() rc=0 fail=0

parse_args() {
	local o
	while getopts "k:f:a:e:t:m:NDuU:M:c:T:l:h" o; do
		case $o in
		k) kernel=$OPTARG ;;
		f) firmware=$OPTARG ;;
		a) tables+=("$(realpath "$OPTARG")") ;;
		e) early_cpio=$(realpath "$OPTARG") ;;
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
		*) sed -n '3,33s/^# \{0,1\}//p' "$0"; exit 2 ;;
		esac
	done
}

# kernel_image: the kernel's release and Image: the debug kernel's build,
# or Debian's image packages, unpacked once.
kernel_image() {
	local debs p
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
}

# build_modules: the project's modules, built for exactly that kernel.
build_modules() {
	mods=$("$TOP/tools/testing/build.sh" "$kernel")
}

# prepare_run: the run's scratch directory, removed on exit, and the
# console log's.
prepare_run() {
	run=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-guest.XXXXXX")
	trap 'rm -rf "$run"' EXIT
	log=${log:-${RPI_ACPI_CONSOLE_LOG:-$CACHE/logs/guest-$kernel.log}}
	mkdir -p "$(dirname "$log")"
}

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

# add_tables: the project's tables come from the firmware, as on a Pi,
# where the firmware can do it (the project's UEFI reads them from fw_cfg);
# tables given with -a, and all tables on the plain path, come through the
# initrd table upgrade (an uncompressed early cpio).
add_tables() {
	aml "$run/platform" "$TOP"/tools/testing/acpi/*.asl
	# The DWC2's table describes a device only the patched QEMU has.
	[ "$usb" = 0 ] || aml "$run/platform" "${dwc2_tables[@]}"
	mkdir -p "$run/early/kernel/firmware/acpi"
	[ "$firmware" = tf-a ] || cp "$run/platform"/*.aml "$run/early/kernel/firmware/acpi/"
	# The SCMI agent's tables describe a service of the EL3 firmware:
	# without it nothing serves SCMI, and they stay out.
	rm -f "$run/early/kernel/firmware/acpi/"rpi-scmi*.aml
	aml "$run/early/kernel/firmware/acpi" ${tables[@]+"${tables[@]}"}
}

# add_dist_modules: modules of the distribution's kernel the tests use as
# consumers of the project's drivers (the debug kernel has them built in).
add_dist_modules() {
	local m f
	[ -n "$idir" ] || return 0
	# shellcheck disable=SC2043 # a list of one
	for m in leds-gpio; do
		f=$(find "$idir" -name "$m.ko*" | head -n1)
		[ -n "$f" ] || continue
		case $f in
		*.xz) xz -dc "$f" > "$root/distmods/$m.ko" ;;
		*.zst) zstd -qdc "$f" > "$root/distmods/$m.ko" ;;
		*) cp "$f" "$root/distmods/" ;;
		esac
	done
}

# add_userspace_tools: busybox, libgpiod's tools and pciutils' lspci, all
# Debian arm64.
add_userspace_tools() {
	extract_debs "$run/bb" "$(fetch_deb "$GUEST_BUSYBOX")"
	install -m 755 "$run/bb/usr/bin/busybox" "$root/bin/busybox"
	add_gpiod
	add_lspci
}

# add_gpiod: libgpiod's tools, with the little of glibc they need.
add_gpiod() {
	extract_debs "$run/gpiod" "$(fetch_deb "$GUEST_GPIOD")" \
		"$(fetch_deb "$GUEST_LIBGPIOD")" \
		"$(fetch_deb "$GUEST_LIBC")"
	mkdir -p "$root/lib/aarch64-linux-gnu"
	cp "$run/gpiod/usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1" "$root/lib/"
	cp -L "$run/gpiod/usr/lib/aarch64-linux-gnu/"{libc.so.6,libgpiod.so.3} \
		"$root/lib/aarch64-linux-gnu/"
	cp "$run/gpiod/usr/bin/"gpio{detect,info,get,set} "$root/bin/"
}

# add_lspci: pciutils' lspci, trixie's like the libc above, with the
# libraries it and they need (objdump -p: NEEDED): libpci (zlib, libudev,
# which needs libcap) and libkmod (libcrypto, which needs zlib and zstd).
# The PCI ID list gzipped, the name libpci looks for (~350 KiB, not 1.5 MiB).
add_lspci() {
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
		"$root/lib/aarch64-linux-gnu/"
	cp "$run/pci/usr/bin/lspci" "$root/bin/"
	mkdir -p "$root/usr/share/misc"
	gzip -9nc "$run/pci/usr/share/misc/pci.ids" > "$root/usr/share/misc/pci.ids.gz"
}

# kmod_add NAME: one of the kernel's own modules, after those it depends
# on, decompressed into /kmods and appended to /kmods/order; nothing when
# the kernel has none of that name.
kmod_add() {
	local name=$1 f dep
	[ -e "$root/kmods/$name.ko" ] && return 0
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
	esac > "$root/kmods/$name.ko"
	echo "$name.ko" >> "$root/kmods/order"
}

# add_kernel_modules: the kernel's own drivers for the emulated PCIe
# devices, in load order in /kmods: Debian builds them as modules (the
# debug kernel has NVMe built in); with -u, upstream's DWC2 core, a module
# on every kernel, and what the USB disk needs where it is a module.
add_kernel_modules() {
	local m
	if is_test_kernel "$kernel"; then
		kmods_dirs=("$kdir/mods/lib/modules/$uname/kernel")
	else
		kmods_dirs=("$idir"/{,usr/}lib/modules/"$uname"/kernel)
	fi
	mkdir -p "$root/kmods"
	if ! is_test_kernel "$kernel"; then
		need_host_pkgs xz-utils zstd
		for m in nvme virtio_pci virtio_net; do kmod_add "$m"; done
	fi
	if [ "$usb" = 1 ]; then
		for m in dwc2 usb-storage sd_mod; do kmod_add "$m"; done
		[ -e "$root/kmods/dwc2.ko" ] || die "no dwc2.ko for $kernel"
	fi
}

# add_tests: the guest's init and KTAP helpers, the project's guest tests
# (a device-tree boot runs only those written for it, *-dt.sh; -N none),
# those given with -t, and what the firmware is configured with, for
# tests to compare against.
add_tests() {
	local t
	install -m 755 "$TOP/tools/testing/guest/init" "$root/init"
	cp "$TOP/tools/testing/guest/ktap.sh" "$root/ktap.sh"
	install -m 755 "$TOP/tools/rpi4/selftest" "$root/bin/rpi4-selftest"
	if [ "$only_given" = 0 ] && [ "$dt" = 0 ]; then
		cp "$TOP"/tools/testing/guest/tests/*.sh "$root/tests/"
	elif [ "$only_given" = 0 ]; then
		cp "$TOP"/tools/testing/guest/tests/*-dt.sh "$root/tests/"
	fi
	mkdir -p "$root/firmware"
	cp "$TOP"/firmware/tf-a/include/services/rpi_acpi_scmi.h "$root/firmware/"
	for t in ${tests[@]+"${tests[@]}"}; do
		cp "$t" "$root/tests/"
	done
}

# load_order DIR: the modules in DIR, each after the ones of DIR it needs.
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

# add_project_modules: the project's modules in /modules, in load order;
# its KUnit modules (suites, and the fake firmware they share) and the -m
# directories' modules in /kunit, in load order too; the guest tests' own
# modules (tools/testing/guest/modules) in /testmods.
add_project_modules() {
	local m d
	for m in "$mods"/*.ko; do
		case $m in
		*-kunit.ko) cp "$m" "$root/kunit/" ;;
		*) cp "$m" "$root/modules/" ;;
		esac
	done
	for d in ${extra[@]+"${extra[@]}"}; do
		cp "$("$TOP/tools/testing/build.sh" "$kernel" "$d")"/*.ko "$root/kunit/"
	done
	load_order "$root/modules" > "$root/modules/order"
	cp "$("$TOP/tools/testing/build.sh" "$kernel" "$TOP/tools/testing/guest/modules")"/*.ko \
		"$root/testmods/"
	load_order "$root/kunit" > "$root/kunit/order"
}

# build_initrd: the early cpio (the table upgrade's) followed by the main
# one: busybox and the tools, init, the tests and the modules.
build_initrd() {
	root=$run/root
	mkdir -p "$root"/{bin,proc,sys,dev,tmp,tests,modules,kunit,testmods,distmods}
	add_dist_modules
	add_userspace_tools
	add_kernel_modules
	add_tests
	add_project_modules
	: > "$run/initrd"
	[ -z "$early_cpio" ] || cat "$early_cpio" >> "$run/initrd"
	(cd "$run/early" && find . | cpio -o -H newc --quiet) >> "$run/initrd"
	(cd "$root" && find . | cpio -o -H newc --quiet) >> "$run/initrd"
}

# machine_tf_a: EL3 and EL2 exist and the firmware is loaded by BL1 from
# the working directory (semihosting).
# shellcheck disable=SC2054 # QEMU's options are comma-separated lists
machine_tf_a() {
	local tfa uefi
	tfa=$("$TOP/tools/testing/firmware/build-tfa.sh")
	uefi=$("$TOP/tools/testing/firmware/build-uefi.sh")
	mkdir -p "$run/fw"
	cp "$tfa"/bl1.bin "$tfa"/bl2.bin "$tfa"/bl31.bin "$run/fw/"
	cp "$uefi" "$run/fw/bl33.bin"
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
}

# machine_none: QEMU's own PSCI and Debian's UEFI.
machine_none() {
	[ "$dt" = 0 ] || die "-D needs the project's firmware (-f tf-a)"
	[ "$usb" = 0 ] || die "-u needs the project's firmware (-f tf-a)"
	machine=(-M virt -smp 2 -bios /usr/share/qemu-efi-aarch64/QEMU_EFI.fd)
}

# setup_machine: QEMU virt, UEFI, ACPI, through the firmware -f names, and
# the kernel's command line.
setup_machine() {
	cmdline="console=ttyAMA0 acpi=force panic=-1 log_buf_len=4M rdinit=/init"
	[ ${#args[@]} = 0 ] || cmdline="$cmdline ${args[*]}"
	qemu="qemu-system-aarch64"
	case $firmware in
	tf-a) machine_tf_a ;;
	none) machine_none ;;
	*) die "unknown firmware '$firmware' (tf-a or none)" ;;
	esac
}

# run_qemu: boot the machine within the timeout, the console into the
# log; QEMU's exit status in rc.
run_qemu() {
	local start
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
}

# check_console: the verdict, in fail: QEMU ended in time, the kernel
# reported no problem, QEMU saw no DMA outside the DWC2's window, and the
# guest's KTAP report is complete and passes (ktap.py). A failure ends
# with where the console log is.
check_console() {
	local problems
	fail=0
	if [ $rc = 124 ]; then
		log "FAILED: the guest did not finish within ${timeout}s"
		fail=1
	elif [ $rc != 0 ]; then
		log "FAILED: QEMU exited with $rc"
		fail=1
	fi
	problems='Oops|BUG:|WARNING:|Kernel panic|Call trace:|KASAN|UBSAN|possible circular locking|possible recursive locking|inconsistent lock state|suspected memory leak|Unable to handle kernel|rcu: INFO: .*detected stall'
	if grep -aEn "$problems" "$log" >&2; then
		log "FAILED: the kernel reported a problem (above)"
		fail=1
	fi
	if grep -q 'virt-dwc2: DMA outside' "$run/qemu.err"; then
		log "FAILED: the DWC2 did DMA outside its window (QEMU, above)"
		fail=1
	fi
	python3 "$TOP/tools/testing/ktap.py" "$log" "guest($kernel)" || fail=1
	[ "$fail" = 0 ] || log "console log: $log"
}

main() {
	parse_args "$@"
	need_host_pkgs qemu-system-arm qemu-efi-aarch64 ipxe-qemu acpica-tools \
		cpio kmod
	kernel_image
	build_modules
	prepare_run
	add_tables
	build_initrd
	setup_machine
	run_qemu
	check_console
	exit "$fail"
}

main "$@"
