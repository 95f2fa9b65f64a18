#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Test the rpi-acpi-tables initramfs-tools hook with trixie's mkinitramfs
# (initramfs-tools-core, run in a throw-away overlay of the trixie build
# root, never on the host): with the Pi 4's tables installed where the
# package puts them, each mode and machine gives an initrd whose first,
# uncompressed cpio holds exactly the tables at kernel/firmware/acpi/, or
# no tables at all:
#   RPI_ACPI_TABLES=yes; auto on a FACP of pftf's (RPIFDN/RPI4); the same
#   from /etc/default/rpi-acpi-tables: tables
#   auto on QEMU's FACP, on pftf's Pi 3 FACP, with no ACPI (device tree);
#   no, even on a Pi 4, and the environment's no over the file's yes: none
#   an unknown mode: mkinitramfs fails
# -g OUT: also write the early cpio mkinitramfs made with the hook forced
# for tools/rpi4/initramfs-tools/test/hook-guest.asl (a table for the
# emulated machine) to OUT, for run-guest.sh -e.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
. "$top/tools/testing/lib/common.sh"

guest_out=''
while getopts "g:" o; do
	case $o in
	g) guest_out=$OPTARG ;;
	*) die "usage: test-hook.sh [-g EARLY_CPIO]" ;;
	esac
done

# trixie's initramfs-tools and what mkinitramfs runs that the build root
# lacks (amd64: the build root's architecture; the hook is shell).
debs=(initramfs-tools-core=0.148.4 cpio:amd64=2.15+dfsg-2
      klibc-utils:amd64=2.0.14-1 libklibc:amd64=2.0.14-1
      dracut-install:amd64=106-6 linux-base=4.12.1)
need_host_pkgs acpica-tools cpio util-linux
broot=$("$top/tools/testing/buildroot.sh" trixie 14)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-hook.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/debs" "$tmp/aml" "$tmp/guest-aml"
for d in "${debs[@]}"; do
	cp "$(fetch_deb "$d")" "$tmp/debs/"
done
make -s -C "$top/tools/rpi4/acpi" O="$tmp/aml" >/dev/null
iasl -vs -p "$tmp/guest-aml/hook-guest" "$here/test/hook-guest.asl" >/dev/null

# A FACP header: signature, length, revision, checksum, OEM id, OEM table id.
facp() {
	printf 'FACP\x14\x01\x00\x00\x06\x00%-6s%-8s' "$1" "$2"
	head -c 252 /dev/zero
}
mkdir -p "$tmp/sys-pi4" "$tmp/sys-qemu" "$tmp/sys-pi3" "$tmp/sys-dt"
facp RPIFDN RPI4 > "$tmp/sys-pi4/FACP"
facp BOCHS BXPC > "$tmp/sys-qemu/FACP"
facp RPIFDN RPI3 > "$tmp/sys-pi3/FACP"

# The runs, inside one mount namespace: an overlay of the build root with
# initramfs-tools unpacked, the hook and the tables where the package
# installs them, and an empty /lib/modules for a made-up kernel.
cat > "$tmp/inside.sh" <<'INSIDE'
set -eu
tmp=$1 broot=$2 hook=$3
mkdir -p "$tmp/upper" "$tmp/work" "$tmp/root"
mount -t overlay overlay -o "lowerdir=$broot,upperdir=$tmp/upper,workdir=$tmp/work" "$tmp/root"
r=$tmp/root
for d in "$tmp"/debs/*.deb; do dpkg -x "$d" "$r"; done
install -D -m 755 "$hook" "$r/usr/share/initramfs-tools/hooks/rpi-acpi-tables"
mkdir -p "$r/usr/lib/rpi-acpi/acpi" "$r/lib/modules/6.12.0-rpi-acpi-test" "$r/sys-fake" "$r/out" "$r/dev"
cp "$tmp"/aml/*.aml "$r/usr/lib/rpi-acpi/acpi/"
mkdir -p "$r/guest-aml" && cp "$tmp"/guest-aml/*.aml "$r/guest-aml/"
touch "$r/lib/modules/6.12.0-rpi-acpi-test/modules.builtin" \
      "$r/lib/modules/6.12.0-rpi-acpi-test/modules.order"
cp -r "$tmp"/sys-* "$r/sys-fake/"
mount --bind /dev "$r/dev"
mount -t proc proc "$r/proc"
# case NAME EXPECT_RC [VAR=VALUE...]: one mkinitramfs run.
while read -r name rc env; do
	[ -n "$name" ] || continue
	rm -f "$r/etc/default/rpi-acpi-tables"
	case $name in
	conf-*) echo "RPI_ACPI_TABLES=yes" > "$r/etc/default/rpi-acpi-tables" ;;
	esac
	set +e
	# shellcheck disable=SC2086
	chroot "$r" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin $env \
		mkinitramfs -c gzip -o "/out/$name.img" 6.12.0-rpi-acpi-test \
		>"$tmp/$name.log" 2>&1
	got=$?
	set -e
	echo "$name $got" >> "$tmp/rcs"
done < "$tmp/cases"
INSIDE

cat > "$tmp/cases" <<'CASES'
yes 0 RPI_ACPI_TABLES=yes
auto-pi4 0 RPI_ACPI_SYSFS=/sys-fake/sys-pi4
conf-yes 0 RPI_ACPI_SYSFS=/sys-fake/sys-qemu
auto-qemu 0 RPI_ACPI_SYSFS=/sys-fake/sys-qemu
auto-pi3 0 RPI_ACPI_SYSFS=/sys-fake/sys-pi3
auto-dt 0 RPI_ACPI_SYSFS=/sys-fake/sys-dt
no-pi4 0 RPI_ACPI_TABLES=no RPI_ACPI_SYSFS=/sys-fake/sys-pi4
conf-env-no 0 RPI_ACPI_TABLES=no RPI_ACPI_SYSFS=/sys-fake/sys-pi4
bad-mode 1 RPI_ACPI_TABLES=maybe
guest 0 RPI_ACPI_TABLES=yes RPI_ACPI_TABLES_DIR=/guest-aml
CASES
# What each case must give: the tables (pi4), the guest's table, or none.
declare -A want=([yes]=pi4 [auto-pi4]=pi4 [conf-yes]=pi4 [auto-qemu]=none
	[auto-pi3]=none [auto-dt]=none [no-pi4]=none [conf-env-no]=none
	[bad-mode]=fail [guest]=guest)

unshare -m bash "$tmp/inside.sh" "$tmp" "$broot" \
	"$here/hooks/rpi-acpi-tables" || die "could not run mkinitramfs in the build root"

# The tables in an initrd's first cpio (the early one, uncompressed): the
# kernel's table upgrade reads kernel/firmware/acpi/ there, nowhere else.
first_cpio_tables() {
	local d=$tmp/x-$1
	rm -rf "$d"
	mkdir -p "$d"
	(cd "$d" && cpio -i --quiet -d < "$tmp/upper/out/$1.img" 2>/dev/null) || true
	if [ -d "$d/kernel/firmware/acpi" ]; then
		(cd "$d/kernel/firmware/acpi" && for f in *; do
			[ -e "$f" ] && echo "$f $(md5sum < "$f" | cut -c1-32)"; done)
	fi
}
expect_list() {
	local dir=$1 f
	for f in "$dir"/*.aml; do
		echo "${f##*/} $(md5sum < "$f" | cut -c1-32)"
	done
}

n=0 failed=0
echo "KTAP version 1"
echo "1..${#want[@]}"
while read -r name rc _; do
	n=$((n + 1))
	ok=1 why=''
	case ${want[$name]} in
	fail)
		[ "$rc" != 0 ] || { ok=0; why="mkinitramfs succeeded"; }
		grep -q "want auto, yes or no" "$tmp/$name.log" ||
			{ ok=0; why="$why; no clear message"; } ;;
	*)
		[ "$rc" = 0 ] || { ok=0; why="mkinitramfs failed: $(tail -n 3 "$tmp/$name.log" | tr '\n' ' ')"; }
		got=$(first_cpio_tables "$name")
		case ${want[$name]} in
		pi4) exp=$(expect_list "$tmp/aml") ;;
		guest) exp=$(expect_list "$tmp/guest-aml") ;;
		none) exp='' ;;
		esac
		[ "$got" = "$exp" ] || { ok=0; why="$why; first cpio has [${got//$'\n'/, }], want [${exp//$'\n'/, }]"; }
		;;
	esac
	if [ "$ok" = 1 ]; then
		echo "ok $n $name: ${want[$name]}"
	else
		echo "not ok $n $name: ${want[$name]}: $why"
		sed 's/^/# /' "$tmp/$name.log"
		failed=1
	fi
done < "$tmp/rcs"
[ "$n" = "${#want[@]}" ] || { echo "# only $n of ${#want[@]} runs reported"; failed=1; }

if [ -n "$guest_out" ] && [ "$failed" = 0 ]; then
	# The first cpio alone, byte for byte as mkinitramfs wrote it: cpio
	# says how many 512-byte blocks it read to the end of that archive.
	img=$tmp/upper/out/guest.img
	blocks=$(cpio -t < "$img" 2>&1 >/dev/null | sed -n 's/^\([0-9]*\) blocks\{0,1\}$/\1/p')
	[ -n "$blocks" ] || die "cannot size the early cpio of $img"
	head -c $((blocks * 512)) "$img" > "$guest_out"
	cpio -t --quiet < "$guest_out" | grep -qx 'kernel/firmware/acpi/hook-guest.aml' ||
		die "the early cpio has no kernel/firmware/acpi/hook-guest.aml"
fi
exit "$failed"
