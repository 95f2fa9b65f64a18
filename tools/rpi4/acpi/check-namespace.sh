#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Check that the Pi 4's tables merge into pftf's ACPI namespace: compile
# pftf's DSDT and its SSDTs (edk2-platforms Platform/RaspberryPi/AcpiTables,
# read from PFTF_ACPI, never copied into the tree) for RPI_MODEL 4, load
# them with the project's SSDTs in acpiexec (acpica-tools) and fail on a
# name defined twice (acpiexec: AE_ALREADY_EXISTS), a reference no table
# resolves (the whole namespace is walked: every GpioIo source, every
# _DSD reference), or a project device missing from the namespace.
#
# usage: check-namespace.sh AMLDIR      (the project's compiled tables)
# PFTF_ACPI: pftf's sources (default ../shared/reference/pftf-acpi next to
# the tree's parent). Missing edk2 headers are stubbed in a temp dir.
set -euo pipefail

amldir=${1:?usage: check-namespace.sh AMLDIR}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
pftf=${PFTF_ACPI:-$top/../shared/reference/pftf-acpi}
[ -r "$pftf/Dsdt.asl" ] || { echo "check-namespace: no pftf DSDT in $pftf (set PFTF_ACPI)" >&2; exit 1; }
. "$top/tools/testing/lib/common.sh"

# pftf's ASL needs function-like macros, which bookworm's iasl (20200925)
# refuses: use trixie's acpica-tools, run with the trixie build root's C
# library (the 6.12 kernel builds need that root anyway).
acpica_ver=${ACPICA_TOOLS_VERSION:-20250404-1}
acpica=$CACHE/acpica-tools/$acpica_ver
if ! stamp_ok "$acpica" "$acpica_ver"; then
	deb=$(fetch_deb "acpica-tools:amd64=$acpica_ver")
	rm -rf "$acpica"
	mkdir -p "$acpica"
	dpkg -x "$deb" "$acpica"
	stamp_set "$acpica" "$acpica_ver"
fi
broot=$("$top/tools/testing/buildroot.sh" trixie 14)
acpica() {
	"$broot/lib64/ld-linux-x86-64.so.2" --library-path \
		"$broot/lib/x86_64-linux-gnu:$broot/usr/lib/x86_64-linux-gnu" \
		"$acpica/usr/bin/$1" "${@:2}"
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rpi4-acpi-ns.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/inc/IndustryStandard" "$tmp/pftf"
# edk2's Trim --asl-file keeps only the preprocessor lines of a header
# included by ASL (its C types are no ASL): so do we.
cpp_lines() {
	awk '/^[ \t]*#/ || cont { print; cont = /\\$/; next } { print "" }' "$1"
}
for h in "$pftf"/Bcm*.h; do
	cpp_lines "$h" > "$tmp/inc/IndustryStandard/${h##*/}"
done
cpp_lines "$pftf/AcpiTables.h" > "$tmp/inc/AcpiTables.h"
: > "$tmp/inc/IndustryStandard/Acpi.h"	# edk2 MdePkg's: C types only
# edk2 runs each ASL file through the C preprocessor first (ASLPP_FLAGS
# -x c -E -P), which expands its macros (MEMORY32SETBASE) and #if
# RPI_MODEL; iasl then follows the ASL include ()s.
# The fixed PCDs the ASL reads, with RPi4.dsc's values.
pcds=(-D'FixedPcdGet32(x)=x' -D'FixedPcdGet64(x)=x')
while read -r name value; do
	pcds+=(-D"$name=$value")
done < <(sed -nE 's/^[[:space:]]*g[A-Za-z0-9]+TokenSpaceGuid\.(Pcd[A-Za-z0-9]+)\|(0x[0-9a-fA-F]+)[[:space:]]*(#.*)?$/\1 \2/p' \
	"$pftf/RPi4.dsc")
mkdir -p "$tmp/src"
# Trim also expands ASL include ()s inline, before the preprocessor.
for a in "$pftf"/*.asl; do
	sed -E 's/^[[:space:]]*include[[:space:]]*\("([^"]+)"\)/#include "\1"/' \
		"$a" > "$tmp/src/${a##*/}"
done
for a in "$tmp"/src/*.asl; do
	cpp -x c -P -DRPI_MODEL=4 "${pcds[@]}" -I "$tmp/inc" "$a" \
		> "$tmp/pftf/${a##*/}" 2>"$tmp/cpp.log" ||
		{ cat "$tmp/cpp.log" >&2; echo "check-namespace: cpp failed on $a" >&2; exit 1; }
done

# pftf's DSDT and the SSDTs it installs on a Pi 4 (Emmc, Pci, Xhci, the
# thermal one); all at once, as firmware with PCIe mode on would.
pftf_tables=(Dsdt Emmc Pci Xhci SsdtThermal)
for t in "${pftf_tables[@]}"; do
	(cd "$tmp/pftf" && acpica iasl -vs -vw3133 -vw3150 -p "$tmp/$t" "$t.asl" >"$tmp/$t.log" 2>&1) ||
		{ cat "$tmp/$t.log" >&2; echo "check-namespace: pftf's $t.asl does not compile" >&2; exit 1; }
done

set -- "$amldir"/*.aml
[ -e "$1" ] || { echo "check-namespace: no .aml in $amldir" >&2; exit 1; }
ours=()
for f in "$@"; do
	case "$(head -c 4 "$f")" in
	SSDT) ours+=("$f") ;;
	esac
done
[ ${#ours[@]} -gt 0 ] || { echo "check-namespace: no SSDT in $amldir" >&2; exit 1; }

# Load everything, list every object by its full path, and fail on a
# name defined twice or anything else acpiexec refuses.
acpica acpiexec -di -b "paths" "$tmp"/Dsdt.aml "$tmp"/Emmc.aml "$tmp"/Pci.aml \
	"$tmp"/Xhci.aml "$tmp"/SsdtThermal.aml "${ours[@]}" >"$tmp/ns.log" 2>&1 || true
fail=0
if grep -E "AE_ALREADY_EXISTS|AE_NOT_FOUND|AE_AML|Could not load|ACPI Error|ACPI Exception" "$tmp/ns.log" >&2; then
	echo "check-namespace: FAIL: errors loading the tables together (above)" >&2
	fail=1
fi
n=$(grep -c "SSDT.*successfully\|AML tables successfully" "$tmp/ns.log" || true)
[ "$n" -ge 1 ] || { echo "check-namespace: FAIL: acpiexec loaded nothing" >&2; fail=1; }
awk '/^ *[0-9]+ +[A-Za-z]+ +[A-Z_][A-Z0-9_.]*$/ { print "\\" $NF }' "$tmp/ns.log" |
	sort -u > "$tmp/paths"
[ -s "$tmp/paths" ] || { echo "check-namespace: FAIL: no namespace listed" >&2; fail=1; }
# Every device the tables define, and every name a GpioIo/GpioInt
# resource or a string reference of theirs gives, must be in the merged
# namespace (disassembled from the AML, so what the kernel sees).
for f in "${ours[@]}"; do
	acpica iasl -vs -d -p "$tmp/dis" "$f" >/dev/null 2>&1 ||
		{ echo "check-namespace: cannot disassemble $f" >&2; exit 1; }
	while read -r dev; do
		grep -qxF "$dev" "$tmp/paths" ||
			{ echo "check-namespace: FAIL: $f: $dev not in the namespace" >&2; fail=1; }
	done < <(grep -oE '"\\\\[A-Z0-9_.]+"' "$tmp/dis.dsl" | tr -d '"' | sed 's/\\\\/\\/' | sort -u)
	# The devices it defines, and that pftf's tables do not.
	for dev in $(grep -oE 'Device \([A-Z0-9_]{1,4}\)' "$tmp/dis.dsl" | sed 's/Device (\(.*\))/\1/'); do
		grep -qE "\.$dev\$" "$tmp/paths" ||
			{ echo "check-namespace: FAIL: $f: device $dev not in the namespace" >&2; fail=1; }
	done
done
[ "$fail" = 0 ] || { echo "--- acpiexec log ---" >&2; cat "$tmp/ns.log" >&2; exit 1; }
echo "check-namespace: ok: ${#ours[@]} table(s) merge into pftf's DSDT and SSDTs (${pftf_tables[*]})"
