#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build (once per config) the arm64 debug kernel with KUnit, KASAN, lockdep,
# atomic-sleep and kmemleak checks, from Debian's linux-source package, and
# print its build directory (arch/arm64/boot/Image, mods/ with its modules,
# and what out-of-tree modules build against).
#
# usage: kunit-kernel.sh [VARIANT]
#   VARIANT ffh adds kunit/ffh.config: upstream's own FFH handler built in.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

frags=("$TOP/tools/testing/kunit/debug.config")
case ${1:-} in
'') ;;
ffh) frags+=("$TOP/tools/testing/kunit/ffh.config") ;;
*) die "unknown test kernel variant '$1'" ;;
esac
need_host_pkgs gcc-aarch64-linux-gnu make bc flex bison libssl-dev libelf-dev \
	kmod cpio python3
cc_ver=$(aarch64-linux-gnu-gcc -dumpfullversion)
hash=$( (cat "${frags[@]}"; echo "$KSRC_PKG $cc_ver") | sha256sum | cut -c1-12)
out=$CACHE/kunit-kernel/$hash
if stamp_ok "$out" "$hash"; then
	echo "$out"
	exit 0
fi
# One builder per configuration: a second waits for the first's kernel.
mkdir -p "$CACHE/kunit-kernel"
exec 9>"$out.lock"
flock 9
if stamp_ok "$out" "$hash"; then
	echo "$out"
	exit 0
fi

src=$(kernel_source)
kmake() {
	make -s -C "$src" O="$out" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- "$@"
}
rm -rf "$out"
mkdir -p "$out"
log "configuring the test kernel in $out"
kmake allnoconfig >&2
"$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "${frags[@]}" >/dev/null
kmake olddefconfig >&2
# Every option asked for (the last fragment's word counts) must have
# survived olddefconfig.
cat "${frags[@]}" | grep '^CONFIG_' |
	awk -F= '{ last[$1] = $0 } END { for (o in last) print last[o] }' |
	while IFS= read -r line; do
	opt=${line%%=*}
	case $line in
	*=n) ! grep -q "^$opt=" "$out/.config" ;;
	*) grep -qxF "$line" "$out/.config" ;;
	esac || die "test kernel config lost '$line'"
done

start=$(date +%s)
log "building the test kernel (cold builds take about 10 minutes on 2 cores)"
kmake -j"$(nproc)" Image modules >&2
kmake INSTALL_MOD_PATH="$out/mods" INSTALL_MOD_STRIP=1 modules_install >&2
log "test kernel built in $(( $(date +%s) - start )) s"
stamp_set "$out" "$hash"
echo "$out"
