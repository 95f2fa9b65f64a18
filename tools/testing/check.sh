#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Run the project's checks; `make check` runs them all. Each step is one
# result; the last line counts them ("N passed, N failed").
#
# usage: check.sh [PART...]
#   build      modules for every supported kernel, W=1 + sparse as errors
#   firmware   TF-A for QEMU and the Pi 4, the test service's ABI without an OS,
#              the Pi 4's pin control on QEMU's raspi4b, bare metal and from
#              Linux (the test kernel)
#   style      checkpatch --strict and kernel-doc on the project's sources
#   kunit      the KUnit suites in the debug test kernel; kunit.py on every
#              driver folder's .kunitconfig with the tree in-tree (6.12)
#   guest      guest tests on every Debian kernel; the emulated DWC2 (QEMU
#              built with the project's patch) with 1 and 2 GB of RAM; the
#              Pi 4's tables and their initramfs hook
#   selftests  deliberately broken inputs each check must catch
#   dkms       dkms builds the package against a Debian kernel's headers;
#              the Debian packages build, lintian-clean, with one version
set -uo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

T=$TOP/tools/testing
passed=0 failed=0 failures=()
logs=$CACHE/logs/check
mkdir -p "$logs"

# step NAME CMD...: one result, the command's output kept in a log. A
# guest the step boots without -l keeps its console in the step's own
# console log, console-NAME.log (run-guest.sh reads RPI_ACPI_CONSOLE_LOG),
# so that no later step overwrites it; a previous run's is removed first.
# A failure names the console log of the step's last guest.
step() {
	local name=$1 l c cl start
	shift
	l=$logs/${name//[^A-Za-z0-9.]/_}.log
	c=$logs/console-${name//[^A-Za-z0-9.]/_}.log
	rm -f "$c"
	start=$(date +%s)
	if RPI_ACPI_CONSOLE_LOG=$c "$@" >"$l" 2>&1; then
		passed=$((passed + 1))
		echo "ok   $name ($(( $(date +%s) - start )) s)"
	else
		failed=$((failed + 1))
		failures+=("$name")
		echo "FAIL $name ($(( $(date +%s) - start )) s), log: $l"
		cl=$(sed -n 's/^\[run-guest\.sh\] .*console log: //p' "$l" | tail -n1)
		[ -z "$cl" ] || echo "     console log: $cl"
		tail -n 25 "$l" | sed 's/^/     | /'
	fi
}

# must_fail PATTERN CMD...: CMD must fail and say PATTERN.
must_fail() {
	local pattern=$1 out
	shift
	if out=$("$@" 2>&1); then
		printf '%s\n' "$out"
		echo "expected a failure, the check passed"
		return 1
	fi
	printf '%s\n' "$out"
	grep -qE "$pattern" <<<"$out" || {
		echo "failed, but without '$pattern'"
		return 1
	}
}

part_build() {
	local k
	for k in $KERNELS test; do
		step "build $k" "$T/build.sh" "$k"
	done
}

part_firmware() {
	step "firmware: TF-A builds for rpi4" "$T/firmware/build-tfa.sh" rpi4
	step "firmware: rpi4 BL31 fits; splicing it into pftf's RPI_EFI.fd" \
		"$T/firmware/test-rpi4-splice.sh"
	step "firmware: UEFI builds" "$T/firmware/build-uefi.sh"
	step "firmware: test service ABI, bare metal" "$T/firmware/test-sip-abi.sh"
	step "firmware: Pi 4 pin control and DEN0115 on raspi4b, bare metal" \
		"$T/firmware/test-rpi4-pinctrl.sh"
	step "firmware: Linux on raspi4b through the rpi4 BL31: PSCI, upstream's SCMI pin control, DEN0115, SMC fastchannel" \
		"$T/raspi4b/boot-linux.sh"
}

part_style() {
	step "checkpatch --strict" "$T/check-style.sh" checkpatch
	step "kernel-doc" "$T/check-style.sh" kernel-doc
}

part_kunit() {
	# kunit.py must never read a log an earlier run left.
	rm -f "$logs/console-test.log" "$logs/console-test-dt.log"
	step "kunit (test kernel)" "$T/run-guest.sh" -k test -l "$logs/console-test.log"
	step "kunit.py parse agrees" "$T/kunit-parse.sh" "$logs/console-test.log"
	step "peer: upstream's FFH handler (test-ffh) agrees" "$T/run-guest.sh" -k test-ffh
	step "peer: upstream's SCMI pin control (test kernel, device tree)" \
		"$T/run-guest.sh" -k test -D -l "$logs/console-test-dt.log"
	step "peer: the same pins, groups and functions with ACPI and device tree" \
		"$T/pinctrl-peer.sh" "$logs/console-test.log" "$logs/console-test-dt.log"
}

part_guest() {
	local k hook=()
	# The Pi 4's tables against pftf's DSDT, and their initramfs hook under
	# trixie's mkinitramfs; its early cpio starts the no-EL3 guest's initrd.
	# pftf's ASL (PFTF_ACPI, see check-namespace.sh) is not in the tree
	# nor in Debian's archive: without it the tables only compile.
	need_host_pkgs acpica-tools
	if [ -r "${PFTF_ACPI:-$TOP/../shared/reference/pftf-acpi}/Dsdt.asl" ]; then
		step "Pi 4 tables compile and merge into pftf's DSDT and SSDTs" \
			make -s -C "$TOP/tools/rpi4/acpi" O="$logs/rpi4-aml" check
	else
		step "Pi 4 tables compile (no pftf ASL here: merge check not run)" \
			make -s -C "$TOP/tools/rpi4/acpi" O="$logs/rpi4-aml" all
	fi
	rm -f "$logs/hook-early.cpio"
	step "rpi-acpi-tables hook: tables in the early initramfs only on pftf's Pi 4" \
		"$TOP/tools/rpi4/initramfs-tools/test-hook.sh" -g "$logs/hook-early.cpio"
	[ ! -s "$logs/hook-early.cpio" ] ||
		hook=(-e "$logs/hook-early.cpio" -c rpi_acpi_hook=1)
	for k in $KERNELS; do
		step "guest $k (TF-A + UEFI)" "$T/run-guest.sh" -k "$k"
	done
	# The emulated Pi's DWC2 (QEMU with the project's patch): only its test.
	local usb=(-u -N -t "$T/guest/tests/80-dwc2.sh")
	# The same runs check the NVMe with MSI off (pci=nomsi), on INTx as on
	# a Pi, whose MADT has no MSI frame.
	local intx=(-t "$T/guest/tests/65-pcie.sh" -c pci=nomsi)
	for k in $KERNELS; do
		step "dwc2 $k: 1 GB, all RAM in the window: DMA, USB disk; NVMe on INTx" \
			"$T/run-guest.sh" -k "$k" "${usb[@]}" -M 1024 -c rpi_acpi_dwc2=dma \
			"${intx[@]}"
	done
	step "dwc2 test: 1 GB, DMA, USB disk; KASAN, lockdep, no leak" \
		"$T/run-guest.sh" -k test "${usb[@]}" -t "$T/guest/tests/90-kmemleak.sh" \
		-M 1024 -c rpi_acpi_dwc2=dma
	step "dwc2 6.12: 1 GB, swiotlb=force: every transfer bounces" \
		"$T/run-guest.sh" -k 6.12 "${usb[@]}" -M 1024 -c rpi_acpi_dwc2=dma \
		-c swiotlb=force
	step "dwc2 6.12: 2 GB, bounce buffers above the window: off" \
		"$T/run-guest.sh" -k 6.12 "${usb[@]}" -M 2048 -c rpi_acpi_dwc2=off
	# The Pi 4 tables' IORT fix (31 bits here: virt's RAM starts at 1 GB)
	# through the initrd table upgrade: ZONE_DMA and swiotlb in the window.
	local iort=(-a "$T/acpi/dwc2/iort-virt.dsl" -c rpi_acpi_dwc2=dma-bounce)
	step "dwc2 6.1: 3 GB, the Pi 4's IORT: bounce pool in the window, dma-bounce" \
		"$T/run-guest.sh" -k 6.1 "${usb[@]}" -M 3072 "${iort[@]}"
	step "dwc2 7.2: 2 GB, the Pi 4's IORT, swiotlb=force: every transfer bounces inside" \
		"$T/run-guest.sh" -k 7.2 "${usb[@]}" -M 2048 "${iort[@]}" -c swiotlb=force
	step "dwc2 6.12: a _DMA Linux ignores (no _CRS): refused" \
		"$T/run-guest.sh" -k 6.12 "${usb[@]}" -M 1024 -c rpi_acpi_dwc2=refused \
		-U "$T/acpi/dwc2/bad/rpi-dwc2-no-crs.asl"
	step "guest 6.12 (no EL3 firmware; initrd from the rpi-acpi-tables hook)" \
		"$T/run-guest.sh" -k 6.12 -f none "${hook[@]}"
	rm -f "$logs/console-dt.log"
	step "peer: upstream's SCMI client (6.12, device tree)" \
		"$T/run-guest.sh" -k 6.12 -D -l "$logs/console-dt.log"
	step "the demo runs (make demo)" "$T/demo.sh"
}

part_selftests() {
	local k s=$T/selftests
	step "selftest: a dkms.conf version unlike the changelog's is caught" \
		must_fail 'dkms.conf PACKAGE_VERSION="0.0-selftest"' "$T/distro-deb.sh" -S
	for k in $KERNELS test; do
		step "selftest: sparse runs on $k" must_fail \
			"sparse-must-fail.c:[0-9]+:[0-9]+: (error|warning):.*noderef" \
			"$T/build.sh" "$k" "$s/sparse-must-fail"
	done
	rm -f "$logs/console-kunit-must-fail.log"
	step "selftest: failing KUnit case is caught" must_fail \
		"FAILED: .*kunit-must-fail / kunit_must_fail_fails" \
		"$T/run-guest.sh" -k test -f none -m "$s/kunit-must-fail" \
		-l "$logs/console-kunit-must-fail.log"
	step "selftest: kunit.py sees the failing case" must_fail \
		"FAILED.* kunit_must_fail_fails" \
		"$T/kunit-parse.sh" "$logs/console-kunit-must-fail.log"
	step "selftest: failing guest test is caught" must_fail \
		"FAILED: false must be reported" \
		"$T/run-guest.sh" -k 6.12 -f none -t "$s/guest-must-fail.sh"
	step "selftest: a hung guest times out" must_fail \
		"did not finish within 30s" \
		"$T/run-guest.sh" -k 6.12 -f none -T 30 -t "$s/hang-must-fail.sh"
	step "selftest: DWC2 DMA outside its window is caught" must_fail \
		"FAILED: the DWC2 did DMA outside its window" \
		"$T/run-guest.sh" -k 6.12 -U "$T/acpi/dwc2/bad/rpi-dwc2-no-crs.asl" -M 1024 \
		-N -t "$s/dwc2-stray-must-fail.sh"
	step "selftest: kernel WARN is caught" must_fail \
		"WARNING: .*warn_must_fail_init" \
		"$T/run-guest.sh" -k 6.12 -f none -m "$s/warn-must-fail"
	step "selftest: KASAN report is caught" must_fail \
		"BUG: KASAN: slab-out-of-bounds" \
		"$T/run-guest.sh" -k test -f none -m "$s/kasan-must-fail"
	step "selftest: memory leak is caught" must_fail \
		"FAILED: no memory leaks" \
		"$T/run-guest.sh" -k test -f none -m "$s/leak-must-fail"
}

part_dkms() {
	step "dkms build (6.12)" "$T/dkms-check.sh"
	step "Debian packages (make deb, lintian, version)" "$T/distro-deb.sh"
}

parts=${*:-build firmware style kunit guest selftests dkms}
start=$(date +%s)
for p in $parts; do
	declare -F "part_$p" >/dev/null || die "unknown part '$p'"
	"part_$p"
done
echo "check took $(( $(date +%s) - start )) s"
for f in ${failures[@]+"${failures[@]}"}; do
	echo "failed: $f"
done
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
