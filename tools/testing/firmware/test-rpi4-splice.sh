#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Check tools/rpi4/rpi4-bl31-splice and the size check of `make rpi4`.
#
# Images are generated to pftf's RPI_EFI.fd layout (RPi4.fdf: a TF-A rpi4
# BL31 padded with 0xff to 0x20000, UEFI's firmware volume from 0x20000
# with a valid header checksum, 0x3e0000 bytes in all); the BL31 spliced
# in is the one `make rpi4` builds (build-tfa.sh rpi4). Checks: the bytes
# after a splice (new BL31, 0xff padding, UEFI untouched), the backup, a
# second splice changing nothing, --check, --restore; and each image or
# BL31 that must be refused, with its own message, the image left as it
# was and no backup or temporary file left behind. Then the build must
# fail when its image does not fit a smaller region (RPI4_BL31_REGION).
# A few seconds once TF-A is built.
#
# usage: test-rpi4-splice.sh
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

SPLICE=$TOP/tools/rpi4/rpi4-bl31-splice
need_host_pkgs python3
tfa=$("$(dirname "$0")/build-tfa.sh" rpi4)
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
fails=0 n=0

ok() { n=$((n + 1)); echo "ok $n $*"; }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n $*"; }

# gen OUT [VARIANT]: an image to pftf's layout, or a damaged one.
gen() {
	python3 - "$@" <<'PY'
import struct, sys, uuid
out = sys.argv[1]
variant = sys.argv[2] if len(sys.argv) > 2 else "good"
FD, REGION, FV = 0x3e0000, 0x20000, 0x390000
# A TF-A rpi4 BL31 as pftf ships it: b 0x1000, the armstub magic at 0xf0.
bl31 = bytearray(0x1000)
struct.pack_into("<I", bl31, 0, 0x14000400)
struct.pack_into("<I", bl31, 0xf0, 0x5afe570b)
bl31 += b"NOTICE:  BL31: v2.9(release):v2.9\0" + bytes(range(256)) * 40
if variant == "empty-region":
    bl31 = b""
img = bytearray(bl31 + b"\xff" * (REGION - len(bl31)))
# EFI_FIRMWARE_VOLUME_HEADER, FFS2, one block map entry, checksum last.
hdr = bytearray(struct.pack("<16s16sQ4sIHHHBB", bytes(16),
    uuid.UUID("8c8ce578-8a3d-4f1c-9935-896185c32dd3").bytes_le, FV,
    b"_FVH", 0x0004feff, 0x48, 0, 0, 0, 2))
hdr += struct.pack("<IIII", FV // 0x1000, 0x1000, 0, 0)
struct.pack_into("<H", hdr, 0x32,
                 -sum(struct.unpack("<36H", hdr)) & 0xffff)
fv = hdr + bytes((i * 7) & 0xff for i in range(0x10000))
fv += b"\xff" * (FV - len(fv))
img += fv
img += bytes((i * 13) & 0xff for i in range(FD - len(img)))
if variant == "no-fvh":
    img[REGION + 0x28:REGION + 0x2c] = b"\xff" * 4
elif variant == "bad-checksum":
    img[REGION + 0x2c] ^= 0x01
elif variant == "short":
    img = img[:0x10000]
elif variant == "truncated":
    img = img[:REGION + 0x1000]
elif variant == "other-uefi":
    img[0x30000] ^= 0xff
open(out, "wb").write(img)
PY
}

# refused NAME PATTERN IMAGE ARGS...: the splice fails with PATTERN and
# leaves IMAGE as it was, with no backup and no temporary file.
refused() {
	local name=$1 pattern=$2 img=$3 out rc=0 before
	shift 3
	before=$(sha256sum <"$img")
	out=$("$SPLICE" "$@" 2>&1) || rc=$?
	if [ "$rc" != 1 ]; then
		bad "$name: exit $rc, want 1: $out"
	elif ! grep -qE "$pattern" <<<"$out"; then
		bad "$name: no '$pattern' in: $out"
	elif [ "$(sha256sum <"$img")" != "$before" ]; then
		bad "$name: the image changed"
	elif compgen -G "$w/.rpi4-bl31-splice.*" >/dev/null; then
		bad "$name: a temporary file was left"
	else
		ok "$name refused: ${out#*error: }"
	fi
}

# The good image, spliced with make rpi4's BL31.
gen "$w/orig.fd"
cp "$w/orig.fd" "$w/RPI_EFI.fd"
new=$tfa/bl31.bin
if out=$("$SPLICE" "$w/RPI_EFI.fd" "$new" 2>&1); then
	ok "splice: $(tail -n 1 <<<"$out")"
else
	bad "splice failed: $out"
fi
if python3 - "$w/RPI_EFI.fd" "$w/orig.fd" "$new" <<'PY'
import sys
img, orig, new = (open(p, "rb").read() for p in sys.argv[1:])
assert len(img) == len(orig), "length changed"
assert img[:len(new)] == new, "the BL31 region does not start with bl31.bin"
assert img[len(new):0x20000] == b"\xff" * (0x20000 - len(new)), \
    "the BL31 region is not padded with 0xff"
assert img[0x20000:] == orig[0x20000:], "UEFI's part changed"
PY
then
	ok "bytes: bl31.bin ($(stat -c %s "$new") bytes), 0xff to 0x20000, UEFI unchanged"
else
	bad "bytes after the splice"
fi
cmp -s "$w/RPI_EFI.fd.orig" "$w/orig.fd" && ok "backup RPI_EFI.fd.orig is the original" ||
	bad "backup RPI_EFI.fd.orig differs from the original"

spliced=$(sha256sum <"$w/RPI_EFI.fd")
out=$("$SPLICE" "$w/RPI_EFI.fd" "$new" 2>&1) && grep -q "already holds this BL31" <<<"$out" &&
	[ "$(sha256sum <"$w/RPI_EFI.fd")" = "$spliced" ] &&
	ok "a second splice changes nothing" || bad "second splice: $out"

out=$("$SPLICE" --check "$w/RPI_EFI.fd" 2>&1) &&
	grep -q "the project's rpi4 BL31, v2.12" <<<"$out" &&
	grep -q "UEFI volume at 0x20000, FFS2, 0x390000 bytes" <<<"$out" &&
	ok "--check: $(head -n 1 <<<"$out")" || bad "--check: $out"

out=$("$SPLICE" --check "$w/orig.fd" "$new" 2>&1) && grep -q "fit for the splice" <<<"$out" &&
	cmp -s "$w/orig.fd" "$w/RPI_EFI.fd.orig" && [ ! -e "$w/orig.fd.orig" ] &&
	ok "--check on the original: fit, nothing written" || bad "--check: $out"

# Another project BL31 over the project's: the original's backup stays.
python3 -c 'import sys; d = bytearray(open(sys.argv[1], "rb").read()); d[-1] ^= 1; open(sys.argv[2], "wb").write(d)' \
	"$new" "$w/bl31-next.bin"
out=$("$SPLICE" "$w/RPI_EFI.fd" "$w/bl31-next.bin" 2>&1) &&
	grep -q "backup .* kept" <<<"$out" && cmp -s "$w/RPI_EFI.fd.orig" "$w/orig.fd" &&
	ok "a newer BL31 over the project's keeps the original's backup" ||
	bad "newer BL31: $out"

out=$("$SPLICE" --restore "$w/RPI_EFI.fd" 2>&1) && cmp -s "$w/RPI_EFI.fd" "$w/orig.fd" &&
	ok "--restore gives back the original" || bad "--restore: $out"

# The wrong ones.
gen "$w/short.fd" short
refused "too short" "too short \(65536 bytes\)" "$w/short.fd" "$w/short.fd" "$new"
gen "$w/nofvh.fd" no-fvh
refused "no volume header" 'no firmware volume header \("_FVH"\) at 0x20028' \
	"$w/nofvh.fd" "$w/nofvh.fd" "$new"
gen "$w/csum.fd" bad-checksum
refused "bad volume checksum" "checksum at 0x20000 is wrong" "$w/csum.fd" "$w/csum.fd" "$new"
gen "$w/trunc.fd" truncated
refused "volume cut short" "too short .* for its firmware volume .*truncated" \
	"$w/trunc.fd" "$w/trunc.fd" "$new"
gen "$w/empty.fd" empty-region
refused "no BL31 in the first region" "do not look like TF-A's rpi4 BL31 \(it is empty" \
	"$w/empty.fd" "$w/empty.fd" "$new"
gen "$w/big.fd"
cp "$new" "$w/big.bin"
truncate -s $((0x20001)) "$w/big.bin"
refused "BL31 too large" "131073 bytes, more than the 0x20000-byte" "$w/big.fd" "$w/big.fd" "$w/big.bin"
head -c 4096 /dev/zero >"$w/zero.bin"
refused "not a BL31" "zero.bin: does not look like TF-A's rpi4 BL31" "$w/big.fd" "$w/big.fd" "$w/zero.bin"
gen "$w/other.fd" other-uefi
cp "$w/orig.fd" "$w/other.fd.orig"
refused "backup of another image exists" "backup .*other.fd.orig exists and is not a copy" \
	"$w/other.fd" "$w/other.fd" "$new"
cmp -s "$w/other.fd.orig" "$w/orig.fd" && ok "that backup is untouched" || bad "that backup changed"
[ ! -e "$w/short.fd.orig" ] && [ ! -e "$w/big.fd.orig" ] && ok "no backup of refused images" ||
	bad "a refused image got a backup"

# The build's own check: the same BL31 must not fit smaller regions.
for r in 0x10000:"more than the 65536-byte BL31 region" \
	0x1f800:"the SCMI page at 0x1f000 does not fit"; do
	if out=$(RPI4_BL31_REGION=${r%%:*} "$(dirname "$0")/build-tfa.sh" rpi4 2>&1); then
		bad "build-tfa.sh rpi4 with a ${r%%:*} region succeeded"
	elif grep -q "${r#*:}" <<<"$out"; then
		ok "build-tfa.sh rpi4 with a ${r%%:*} region fails: $(tail -n 1 <<<"$out")"
	else
		bad "build-tfa.sh rpi4 with a ${r%%:*} region: $out"
	fi
done

echo "rpi4-splice: $((n - fails)) passed, $fails failed"
[ "$fails" = 0 ]
