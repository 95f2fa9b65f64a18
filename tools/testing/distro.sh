#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The package in a full Debian arm64 system: a trixie root made with
# mmdebstrap from Debian's archive (cached), booted through the project's
# TF-A and UEFI with ACPI on the emulated machine, with the DWC2 and the
# NVMe, one QEMU run per step:
#   install   apt install ./rpi-acpi-dkms_*.deb: DKMS builds for the
#             running kernel
#   autoload  reboot: udev loads the modules by ACPI modalias; pins, PCIe,
#             the NVMe, the DWC2 glue before dwc2, FFH from AML
#   kernel2   install a second kernel (DISTRO_KERNEL_2): DKMS builds for it
#   autoload2 boot the second kernel, the same checks
#   purge     apt purge: modules, softdep, hook and tables gone
#   clean     reboot after the purge: nothing of the package loads
# The guest runs each step from a unit in the image (rpi-acpi-step.service)
# that reads the step from the kernel's command line and the step script
# from a second disk, prints KTAP between ktap.py's markers on the serial
# console, and powers off. The project's ACPI tables come from the
# firmware (the project's UEFI reads them from fw_cfg), as run-guest.sh
# gives them and as pftf's firmware gives a Pi its tables.
#
# With -s bookworm: a bookworm root on 6.1, where arm-ffh-smc must refuse
# to load and say why, and AML's FFH calls fail cleanly; no second kernel.
#
# usage: distro.sh [-s SUITE] [root|STEP...]   (default: every step)
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

suite=$DISTRO_SUITE
if [ "${1:-}" = -s ]; then
	suite=${2:?suite}
	shift 2
fi
case $suite in
trixie)
	kernel_info 6.12
	k2=$DISTRO_KERNEL_2-arm64 ffh=works
	STEPS="install autoload kernel2 autoload2 purge clean" ;;
bookworm)
	kernel_info 6.1
	k2='' ffh=refused
	STEPS="install autoload purge clean" ;;
*) die "suite $suite: trixie or bookworm" ;;
esac
k1=$K_UNAME
pkgs="linux-image-$k1 linux-headers-$k1 dkms make gcc libc6-dev systemd-sysv
udev kmod initramfs-tools gpiod pciutils e2fsprogs"
# The unit that runs the steps, part of the image and of its key.
unit='[Unit]
Description=rpi-acpi distro check step
After=local-fs.target systemd-udev-settle.service systemd-modules-load.service
Wants=systemd-udev-settle.service
ConditionKernelCommandLine=rpi_acpi_step

[Service]
Type=oneshot
ExecStart=/bin/sh -c "mkdir -p /run/step && mount -o ro LABEL=RPISTEP /run/step && exec sh /run/step/step.sh"
ExecStopPost=/bin/systemctl --no-block poweroff
StandardOutput=tty
StandardError=tty
TTYPath=/dev/ttyAMA0
TimeoutStartSec=infinity

[Install]
WantedBy=multi-user.target'
# shellcheck disable=SC2086,SC2116 # one line of the list's words
key="v1 $suite $(echo $pkgs) k2=$k2 $(echo "$unit" | md5sum | cut -c1-12)"
rootdir=$CACHE/distro/$suite-$(echo "$key" | md5sum | cut -c1-12)
image=$rootdir/root.img
outdir=$CACHE/logs/distro-$suite
timings=()

# now: seconds since the epoch, with tenths.
now() { date +%s.%N | cut -c1-12; }
timed() {
	local name=$1 t0 rc=0
	shift
	t0=$(now)
	"$@" || rc=$?
	timings+=("$name $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }') s$([ $rc = 0 ] || echo ' FAILED')")
	log "phase $name: ${timings[-1]#* }"
	return $rc
}

# make_root: the trixie root, once per key: mmdebstrap with qemu-user for
# the arm64 maintainer scripts, the second kernel's packages downloaded
# into /root/kernel2 (the guest has no network), the step unit, then an
# ext4 image of it.
make_root() {
	stamp_ok "$rootdir" "$key" && return 0
	need_host_pkgs mmdebstrap qemu-user-static binfmt-support arch-test \
		e2fsprogs
	[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] ||
		update-binfmts --enable qemu-aarch64 >&2 ||
		die "no qemu-user binfmt for arm64 (binfmt_misc mounted?)"
	rm -rf "$rootdir"
	mkdir -p "$rootdir"
	log "building the $suite arm64 root (about 15 minutes), log: $rootdir/mmdebstrap.log"
	printf '%s\n' "$unit" > "$rootdir/rpi-acpi-step.service"
	kernel2_get=true
	[ -z "$k2" ] || kernel2_get="apt-get download linux-image-$k2 linux-headers-$k2 linux-headers-${k2%-arm64}-common linux-kbuild-${k2%-arm64}"
	# shellcheck disable=SC2016 # the hooks' $1 is mmdebstrap's
	mmdebstrap --arch=arm64 --variant=apt --format=directory \
		--include="$(echo "$pkgs" | tr -s ' \n' ,)" \
		--customize-hook='echo rpi-acpi-distro > "$1/etc/hostname"' \
		--customize-hook='echo "LABEL=rpi-root / ext4 rw,errors=remount-ro 0 1" > "$1/etc/fstab"' \
		--customize-hook="copy-in $rootdir/rpi-acpi-step.service /etc/systemd/system" \
		--customize-hook='chroot "$1" systemctl enable rpi-acpi-step.service' \
		--customize-hook='chroot "$1" passwd -d root 2>/dev/null || true' \
		--customize-hook="mkdir -p \"\$1/root/kernel2\" && chroot \"\$1\" sh -c 'cd /root/kernel2 && $kernel2_get'" \
		--customize-hook='rm -rf "$1/var/cache/apt/archives/"*.deb "$1/var/lib/apt/lists/"*_Packages' \
		"$suite" "$rootdir/tree" \
		"deb $MIRROR $suite main" \
		"deb $SECURITY_MIRROR $suite-security main" \
		>"$rootdir/mmdebstrap.log" 2>&1 || {
		tail -n 30 "$rootdir/mmdebstrap.log" >&2
		die "mmdebstrap failed (log: $rootdir/mmdebstrap.log)"
	}
	rm -f "$image"
	truncate -s 6G "$image"
	mkfs.ext4 -q -L rpi-root -d "$rootdir/tree" "$image" ||
		die "mkfs.ext4 -d failed"
	rm -rf "$rootdir/tree"
	stamp_set "$rootdir" "$key"
}

# make_debs: the packages, as `make deb` builds them (without
# rpi-acpi-tables while the tree has no Pi 4 tables).
make_debs() {
	local opt=()
	[ -e "$TOP/tools/rpi4/acpi/Makefile" ] || opt=(-n)
	deb=$("$TOP/tools/testing/distro-deb.sh" -o "$run/deb" ${opt[@]+"${opt[@]}"} |
		tail -n1)
	[ -f "$deb" ] || die "make deb made no package"
}

# make_step_disk: what the guest's unit runs: the step script and its
# KTAP helpers, the packages, their version, the kernels' releases, the
# FFH test module's source and the marker table rpi-acpi-tables' hook is
# given; an ext4 image labelled RPISTEP.
make_step_disk() {
	local d=$run/stepdisk m=$TOP/tools/testing/guest/modules
	mkdir -p "$d/ffh-src"
	cp "$TOP/tools/testing/distro-step.sh" "$d/step.sh"
	cp "$TOP/tools/testing/guest/ktap.sh" "$d/"
	cp "$run/deb"/*.deb "$d/"
	basename "$deb" | sed 's/^rpi-acpi-dkms_\(.*\)_all\.deb$/\1/' > "$d/version"
	printf 'KVER1=%s\nKVER2=%s\nKLAST=%s\nFFH_EXPECT=%s\n' \
		"$k1" "$k2" "${k2:-$k1}" "$ffh" > "$d/kernels"
	cp -r "$m/include" "$m/ffh-test" "$d/ffh-src/"
	mkdir -p "$d/acpi"
	iasl -p "$d/acpi/distro-marker" "$TOP/tools/testing/distro-marker.asl" \
		>"$run/iasl.log" 2>&1 || { cat "$run/iasl.log" >&2; die "iasl failed"; }
	# shellcheck disable=SC2016 # make's $(src)
	printf '%s\n' 'subdir-ccflags-y += -I$(src)/include' 'obj-m += ffh-test/' \
		> "$d/ffh-src/Kbuild"
	rm -f "$run/step.img"
	truncate -s 64M "$run/step.img"
	mkfs.ext4 -q -L RPISTEP -d "$d" "$run/step.img"
}

# copy_root: this run's disk, a copy of the cached root. The root is
# found by its label: virtio-mmio disks get their names in an order of
# QEMU's, not the command line's.
copy_root() {
	cp --sparse=always "$image" "$run/root.img"
	echo "LABEL=rpi-root / ext4 rw,errors=remount-ro 0 1" > "$run/fstab"
	debugfs -w -R "rm /etc/fstab" "$run/root.img" >/dev/null 2>&1
	debugfs -w -R "write $run/fstab /etc/fstab" "$run/root.img" >/dev/null 2>&1
}

# machine: the emulated Pi as run-guest.sh -u makes it: TF-A and the
# project's UEFI, which hands the kernel QEMU's tables and the project's
# (tools/testing/acpi/*.asl and the DWC2's, from fw_cfg); the Pi's PCIe
# root with an NVMe disk behind it; the DWC2 with a keyboard and a disk.
# The Debian system's disks are virtio-mmio, outside the PCIe tree the
# firmware filters.
machine() {
	local tfa uefi t
	qemu=$("$TOP/tools/testing/qemu/build-qemu.sh")
	tfa=$("$TOP/tools/testing/firmware/build-tfa.sh")
	uefi=$("$TOP/tools/testing/firmware/build-uefi.sh")
	mkdir -p "$run/fw" "$run/aml"
	cp "$tfa"/bl1.bin "$tfa"/bl2.bin "$tfa"/bl31.bin "$run/fw/"
	cp "$uefi" "$run/fw/bl33.bin"
	for t in "$TOP"/tools/testing/acpi/*.asl "$TOP"/tools/testing/acpi/dwc2/*.asl; do
		iasl -p "$run/aml/$(basename "${t%.asl}")" "$t" >"$run/iasl.log" 2>&1 ||
			{ cat "$run/iasl.log" >&2; die "iasl failed on $t"; }
	done
	cat "$run/aml"/*.aml > "$run/fw/tables.aml"
	truncate -s 16M "$run/nvme.img" "$run/usb.img"
	# shellcheck disable=SC2054 # QEMU's options are comma-separated lists
	machine=(-M virt,secure=on,virtualization=on,dwc2=on -smp 4 -m 1024
		 -cpu max,pauth-impdef=on
		 -bios "$run/fw/bl1.bin" -semihosting-config enable=on,target=native
		 -fw_cfg "name=opt/org.rpi-acpi/tables,file=$run/fw/tables.aml"
		 -device pcie-root-port,id=rp0,bus=pcie.0,addr=1.0,chassis=1
		 -drive "if=none,id=nvme0,file=$run/nvme.img,format=raw"
		 -device nvme,bus=rp0,serial=rpi-acpi-nvme,drive=nvme0
		 -device usb-kbd
		 -drive "if=none,id=usb0,file=$run/usb.img,format=raw"
		 -device usb-storage,drive=usb0
		 -drive "if=none,id=root,file=$run/root.img,format=raw"
		 -device virtio-blk-device,drive=root
		 -drive "if=none,id=step,file=$run/step.img,format=raw,readonly=on"
		 -device virtio-blk-device,drive=step)
}

# boot STEP KVER: one QEMU run: the system's own kernel and initramfs
# (/boot of the disk, as its boot loader would load them) booted with
# rpi_acpi_step=STEP; the console log checked like run-guest.sh's.
boot() {
	local step=$1 kver=$2 con=$outdir/$1.log rc=0 problems
	rm -f "$run/vmlinuz" "$run/initrd"
	debugfs -R "dump /boot/vmlinuz-$kver $run/vmlinuz" "$run/root.img" 2>/dev/null
	debugfs -R "dump /boot/initrd.img-$kver $run/initrd" "$run/root.img" 2>/dev/null
	if [ ! -s "$run/vmlinuz" ] || [ ! -s "$run/initrd" ]; then
		log "no /boot/vmlinuz-$kver or initrd.img-$kver on the disk"
		return 1
	fi
	log "step $step: booting $kver, console log: $con"
	(cd "$run/fw" && exec timeout "$step_timeout" "$qemu" "${machine[@]}" \
		-nic none -no-reboot -display none -monitor none -serial "file:$con" \
		-kernel "$run/vmlinuz" -initrd "$run/initrd" \
		-append "console=ttyAMA0 acpi=force root=LABEL=rpi-root rw panic=-1 rpi_acpi_fw=tf-a rpi_acpi_dwc2=dma systemd.show_status=false systemd.mask=serial-getty@ttyAMA0.service rpi_acpi_step=$step" \
		</dev/null 2>"$run/qemu.err") || rc=$?
	cat "$run/qemu.err" >&2
	[ "$rc" = 0 ] || { log "step $step: QEMU ended with $rc (124: timeout)"; rc=1; }
	problems='Oops|BUG:|WARNING:|Kernel panic|Call trace:|Unable to handle kernel'
	if grep -aEn "$problems" "$con" >&2; then
		log "step $step: the kernel reported a problem (above)"
		rc=1
	fi
	python3 "$TOP/tools/testing/ktap.py" "$con" "distro($step)" || rc=1
	return $rc
}

step_kernel() {
	case $1 in install|autoload|kernel2) echo "$k1" ;; *) echo "${k2:-$k1}" ;; esac
}

main() {
	local s steps pass=0 fail=0
	case ${1:-} in
	root) timed root make_root; echo "$image"; exit 0 ;;
	esac
	steps=${*:-$STEPS}
	step_timeout=${RPI_ACPI_STEP_TIMEOUT:-1800}
	need_host_pkgs qemu-system-arm qemu-efi-aarch64 acpica-tools e2fsprogs
	run=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-distro.XXXXXX")
	trap 'rm -rf "$run"' EXIT
	mkdir -p "$outdir"
	timed root make_root
	timed deb make_debs
	timed firmware machine
	make_step_disk
	timed copy copy_root
	for s in $steps; do
		if timed "$s" boot "$s" "$(step_kernel "$s")"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
		fi
	done
	printf '%s\n' "phases:" "${timings[@]/#/  }"
	echo "distro: $pass passed, $fail failed"
	[ "$fail" = 0 ]
}

main "$@"
