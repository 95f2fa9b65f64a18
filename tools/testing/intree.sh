#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The tree as an upstream submission would put it into a kernel: the driver
# folders and include/rpi-acpi copied into Debian's 6.12 source (KSRC_PKG),
# and one Kconfig "source" line and one Makefile "obj-" line per folder in
# its parent, generated from the folder's own Kconfig (its first symbol
# builds the folder). Then kunit.py runs each folder's .kunitconfig under
# QEMU, and the kernel builds with every project symbol =y and =m.
#
# usage: intree.sh apply DEST   copy the 6.12 source to DEST with the tree in
#        intree.sh kunit        kunit.py run with every folder's .kunitconfig
#                               at once (make check)
#        intree.sh each         kunit.py run for each folder on its own
#        intree.sh build y|m    the kernel with every project symbol =y or =m,
#                               W=1; a warning in the project's files fails
#        intree.sh all          each, build y, build m (make check-intree)
# A run whose inputs (the project's sources, the kernel source, the
# compiler) passed before is not repeated: its log is printed again.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

# The driver folders (each with a Kconfig and a .kunitconfig) and the
# parents their hooks go into.
FOLDERS="drivers/firmware/rpi-smc-scmi drivers/acpi/arm-ffh-smc drivers/usb/dwc2-acpi"
CROSS=aarch64-linux-gnu-

need_host_pkgs gcc-aarch64-linux-gnu make bc flex bison libssl-dev libelf-dev \
	python3 qemu-system-arm rsync

# hook FILE LINE [AFTER]: add LINE to the kernel file FILE once, after the
# line AFTER (a fixed string), else before the last "endmenu" or "endif"
# of a Kconfig, else at the end. FILE is replaced, not written through:
# the copy of the source shares its untouched files with the cache's.
hook() {
	local f=$1 line=$2 after=${3:-} tmp
	grep -qxF "$line" "$f" && return 0
	tmp=$(mktemp "$f.XXXXXX")
	awk -v line="$line" -v after="$after" -v kconfig="${f##*/}" '
		{ l[NR] = $0 }
		after != "" && $0 == after { at = NR }
		kconfig == "Kconfig" && /^(endmenu|endif)/ { end = NR - 1 }
		END {
			if (!at) at = end ? end : NR
			for (i = 1; i <= NR; i++) {
				print l[i]
				if (i == at) print line
			}
			if (NR == 0) print line
		}' "$f" >"$tmp"
	grep -qxF "$line" "$tmp" || die "could not hook '$line' into $f"
	chmod 644 "$tmp"
	mv "$tmp" "$f"
}

# apply DEST: DEST becomes Debian's 6.12 source with the tree in it. The
# copy hard-links the cache's files; rsync compares the project's files
# by content and gives the ones it writes the time of the copy, so a
# build in DEST recompiles exactly what changed (kept times would be older
# than objects built from an earlier copy, and make would skip them).
apply() {
	local dest=$1 src d parent sym
	src=$(kernel_source)
	if ! stamp_ok "$dest" "$KSRC_PKG"; then
		log "copying $KSRC_PKG's source to $dest"
		rm -rf "$dest"
		mkdir -p "$(dirname "$dest")"
		cp -al "$src" "$dest"
		rm -f "$dest/.done"
		stamp_set "$dest" "$KSRC_PKG"
	fi
	for d in $FOLDERS include/rpi-acpi; do
		mkdir -p "$dest/$d"
		rsync -rlc --delete --exclude='*.o' --exclude='*.cmd' --exclude='*.ko' \
			--exclude='*.mod*' "$TOP/$d/" "$dest/$d/"
	done
	for d in $FOLDERS; do
		parent=${d%/*}
		sym=$(sed -n 's/^config //p' "$TOP/$d/Kconfig" | head -n1)
		[ -n "$sym" ] || die "$d/Kconfig declares no symbol"
		case $d in
		drivers/usb/*)
			hook "$dest/$parent/Kconfig" "source \"$d/Kconfig\"" \
				'source "drivers/usb/dwc2/Kconfig"'
			# shellcheck disable=SC2016
			hook "$dest/$parent/Makefile" "obj-\$(CONFIG_$sym) += ${d##*/}/" \
				"$(grep -F 'obj-$(CONFIG_USB_DWC2)' "$dest/$parent/Makefile")"
			;;
		*)
			hook "$dest/$parent/Kconfig" "source \"$d/Kconfig\""
			hook "$dest/$parent/Makefile" "obj-\$(CONFIG_$sym) += ${d##*/}/"
			;;
		esac
	done
}

# inputs_hash [EXTRA...]: what a run's result depends on.
inputs_hash() {
	(
		cd "$TOP"
		# shellcheck disable=SC2086
		find $FOLDERS include/rpi-acpi -type f -print0 | sort -z |
			xargs -0 sha256sum
		sha256sum tools/testing/intree.sh
		echo "$KSRC_PKG $(${CROSS}gcc -dumpfullversion) $*"
	) | sha256sum | cut -c1-12
}

# cached NAME KEY CMD...: run CMD once per KEY, its output kept in
# $CACHE/intree/NAME.log; a run already passed for KEY prints that log.
cached() {
	local name=$1 key=$2 l
	shift 2
	l=$CACHE/intree/$name.log
	mkdir -p "$CACHE/intree"
	if [ -e "$l.ok" ] && [ "$(cat "$l.ok")" = "$key" ]; then
		log "$name: passed before with these inputs ($key); its log:"
		cat "$l"
		return 0
	fi
	rm -f "$l.ok"
	if ! "$@" 2>&1 | tee "$l"; then
		return 1
	fi
	echo "$key" >"$l.ok"
}

# The project's files in a build log: warnings and errors there fail.
project_warnings() {
	grep -E "(${FOLDERS// /|}|include/rpi-acpi)/[^:]*:[0-9]+(:[0-9]+)?: (warning|error)" "$1"
}

tree_dir() { echo "$CACHE/intree/linux-${KSRC_PKG#*=}"; }

# fresh_objects BUILD_DIR: the project's objects from an earlier copy go,
# so that its files always compile from the copy just applied (a few
# seconds; the kernel's own objects stay).
fresh_objects() {
	local d
	for d in $FOLDERS; do rm -rf "${1:?}/$d"; done
}

# kunit NAME FOLDER...: kunit.py run in the applied tree with the folders'
# .kunitconfig files together, in a build directory of its own.
run_kunit() {
	local name=$1 tree bd args=() d rc=0 out
	shift
	tree=$(tree_dir)
	bd=$CACHE/intree/kunit-$name
	for d in "$@"; do args+=(--kunitconfig="$d"); done
	exec 8>"$bd.lock"
	flock 8
	apply "$tree"
	fresh_objects "$bd"
	log "kunit.py run --arch=arm64 ${args[*]} (build dir $bd)"
	out=$(mktemp)
	(cd "$tree" && python3 tools/testing/kunit/kunit.py run --arch=arm64 \
		--cross_compile="$CROSS" --build_dir="$bd" --jobs="$(nproc)" \
		--timeout=900 "${args[@]}") 2>&1 | tee "$out" || rc=1
	# kunit.py prints the build's warnings; the project's must be none.
	if project_warnings "$out" >/dev/null; then
		echo "warnings in the project's files:"
		project_warnings "$out"
		rc=1
	fi
	grep -qE '^\[[0-9:]+\] Testing complete\. Ran [1-9][0-9]* tests: passed: [0-9]+$' "$out" || {
		echo "kunit.py did not report every test passed"
		rc=1
	}
	rm -f "$out"
	return $rc
}

# build y|m: allnoconfig, arm64 with what the symbols depend on, every
# project symbol (and its KUnit suite) =y or =m; W=1.
run_build() {
	local how=$1 tree bd frag rc=0 out line
	tree=$(tree_dir)
	bd=$CACHE/intree/build-$how
	exec 8>"$bd.lock"
	flock 8
	apply "$tree"
	mkdir -p "$bd"
	fresh_objects "$bd"
	frag=$bd/rpi-acpi.config
	{
		echo CONFIG_MODULES=y
		for d in $FOLDERS; do cat "$TOP/$d/.kunitconfig"; done |
			sort -u |
			if [ "$how" = m ]; then
				sed -E 's/^(CONFIG_(RPI|ARM_FFH_SMC|USB_DWC2_ACPI)[A-Z_]*)=y$/\1=m/'
			else
				cat
			fi
	} >"$frag"
	kmake() {
		make -s -C "$tree" O="$bd" ARCH=arm64 CROSS_COMPILE="$CROSS" "$@"
	}
	kmake allnoconfig
	"$tree/scripts/kconfig/merge_config.sh" -m -O "$bd" "$bd/.config" "$frag" >/dev/null
	kmake olddefconfig
	while IFS= read -r line; do
		grep -qxF "$line" "$bd/.config" || {
			echo "the =$how kernel's config lost '$line'"
			return 1
		}
	done <"$frag"
	grep -E '^CONFIG_(RPI|ARM_FFH_SMC|USB_DWC2_ACPI)' "$bd/.config"
	out=$(mktemp)
	log "building the kernel with the project's symbols =$how (W=1) in $bd"
	kmake -j"$(nproc)" W=1 Image modules 2>&1 | tee "$out" >/dev/null ||
		rc=1
	[ $rc -eq 0 ] || tail -n 40 "$out"
	if project_warnings "$out" >/dev/null; then
		echo "W=1 warnings in the project's files:"
		project_warnings "$out"
		rc=1
	fi
	rm -f "$out"
	if [ $rc -eq 0 ] && [ "$how" = m ]; then
		(cd "$bd" && find drivers/firmware/rpi-smc-scmi drivers/acpi/arm-ffh-smc \
			drivers/usb/dwc2-acpi -name '*.ko' | sort)
	fi
	[ $rc -eq 0 ] && echo "the =$how kernel built, W=1 clean for the project's files"
	return $rc
}

case ${1:-} in
apply)
	apply "${2:?destination}"
	;;
kunit)
	# shellcheck disable=SC2086
	cached kunit "$(inputs_hash kunit)" run_kunit all $FOLDERS
	;;
each)
	for d in $FOLDERS; do
		cached "kunit-${d##*/}" "$(inputs_hash "kunit $d")" run_kunit "${d##*/}" "$d"
	done
	;;
build)
	case ${2:-} in y|m) ;; *) die "build y or build m" ;; esac
	cached "build-$2" "$(inputs_hash "build $2")" run_build "$2"
	;;
all)
	"$0" each
	"$0" build y
	"$0" build m
	;;
*)
	die "usage: intree.sh apply DEST | kunit | each | build y|m | all"
	;;
esac
