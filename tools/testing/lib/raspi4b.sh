# SPDX-License-Identifier: GPL-2.0
# QEMU's raspi4b and the rpi4 BL31 on it, for the scripts that boot them
# (firmware/test-rpi4-pinctrl.sh, raspi4b/boot-linux.sh). Source after
# common.sh.

# raspi4b_qemu: print the qemu-system-aarch64 of QEMU 10 (bookworm-backports'
# RPI4_QEMU_DEB, unpacked once into the cache and run with the system's
# libraries): bookworm's QEMU 7.2 has no raspi4b.
raspi4b_qemu() {
	local deb qdir
	deb=$(fetch_deb "$RPI4_QEMU_DEB")
	qdir=$CACHE/qemu/$(basename "$deb" .deb)
	if ! stamp_ok "$qdir" "$deb"; then
		rm -rf "$qdir"
		extract_debs "$qdir" "$deb"
		stamp_set "$qdir" "$deb"
	fi
	echo "$qdir/usr/bin/qemu-system-aarch64"
}

# rpi4_bl31_header BL31 DTB_ADDR KERNEL_ADDR: fill BL31's header (armstub8,
# at 0xf0) as the Pi's firmware does: magic 0 = "the addresses below are
# valid", the device tree's address, the kernel's.
rpi4_bl31_header() {
	python3 - "$1" "$2" "$3" <<'PY'
import struct, sys
with open(sys.argv[1], "r+b") as f:
    f.seek(0xf0)
    f.write(struct.pack("<IIII", 0, 0, int(sys.argv[2], 0),
                        int(sys.argv[3], 0)))
PY
}
