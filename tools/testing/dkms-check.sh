#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Check that dkms builds the modules from the project's dkms.conf: inside
# the trixie build root, with trixie's dkms, register the source, run
# `dkms build` for the 6.12 kernel, check each module dkms kept is an arm64
# object, then remove the registration again.
#
# usage: dkms-check.sh
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/kernels.sh"

kernel=6.12
conf=$TOP/dkms.conf

# conf_value NAME: a plain NAME="value" setting of dkms.conf.
conf_value() { sed -n "s/^$1=\"\(.*\)\"\$/\1/p" "$conf"; }
conf_modules() { sed -n 's/^BUILT_MODULE_NAME\[[0-9]*\]="\(.*\)"$/\1/p' "$conf"; }

# Run a command in the build root with a clean environment.
in_root() {
	chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
		PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		"$@"
}

ensure_dkms() {
	# shellcheck disable=SC2016
	in_root dpkg-query -W -f='${Status}' dkms 2>/dev/null |
		grep -q 'install ok installed' && return 0
	log "installing dkms in the $K_ROOT build root"
	local apt=(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
		   --no-install-recommends dkms)
	# Refresh the package lists only when they do not serve dkms.
	in_root "${apt[@]}" >/dev/null 2>&1 || {
		in_root apt-get update -qq >&2
		in_root "${apt[@]}" >&2
	}
	rm -f "$root/var/cache/apt/archives/"*.deb
}

# dkms finds a kernel's headers through /lib/modules/UNAME/build.
link_headers() {
	local link=/lib/modules/$K_UNAME/build hdr=/usr/src/linux-headers-$K_UNAME
	[ "$(in_root readlink -f "$link")" = "$hdr" ] && return 0
	mkdir -p "$root${link%/*}"
	ln -sfn "$hdr" "$root$link"
}

# The source as a release would ship it: the files git tracks (and new
# ones it does not ignore), without .git or build output.
copy_source() {
	local dest=$root/usr/src/$pkg-$ver
	rm -rf "$dest"
	mkdir -p "$dest"
	git -C "$TOP" ls-files -z --cached --others --exclude-standard |
		rsync -a --from0 --files-from=- --ignore-missing-args \
			"$TOP/" "$dest/"
}

# Drop any registration a previous run left, even a broken one.
unregister() {
	if [ -e "$root/var/lib/dkms/$pkg/$ver" ]; then
		in_root dkms remove -m "$pkg" -v "$ver" --all >>"$out" 2>&1 ||
			log "dkms remove failed; deleting its tree by hand"
	fi
	rm -rf "$root/var/lib/dkms/$pkg/$ver" "$root/usr/src/$pkg-$ver"
	rmdir "$root/var/lib/dkms/$pkg" 2>/dev/null || true
}

# The root's uname -m is the host's, so the architecture is named
# explicitly: BUILD_EXCLUSIVE_ARCH is matched against it, and without it
# dkms skips the build. Debian's headers pin ARCH, CROSS_COMPILE and CC
# (gcc-14) in .kernelvariables, as they do for native builds, and dkms
# exports CC from the kernel's config itself (a CC in the environment
# would not reach make anyway). ARCH and CROSS_COMPILE are exported as
# well, since kbuild reads them from the environment.
dkms_build() {
	in_root dkms add -m "$pkg" -v "$ver" >>"$out" 2>&1 &&
	in_root ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
		dkms build -m "$pkg" -v "$ver" -k "$K_UNAME" --arch aarch64 \
		>>"$out" 2>&1
}

# is_arm64_module FILE: an ELF64 little-endian relocatable object
# (e_type ET_REL) for AArch64 (e_machine 0xb7).
is_arm64_module() {
	local hdr
	hdr=$(od -An -tx1 -N20 "$1" | tr -d ' \n')
	[ "${hdr:0:12}" = 7f454c460201 ] && [ "${hdr:32:8}" = 0100b700 ]
}

# dkms compresses modules only when the kernel's installed ones are
# compressed; a headers-only root has none, so each is a plain .ko.
check_modules() {
	local dir=$root/var/lib/dkms/$pkg/$ver/$K_UNAME/aarch64/module m n=0
	for m in $(conf_modules); do
		n=$((n + 1))
		[ -f "$dir/$m.ko" ] || { log "dkms kept no $m.ko"; return 1; }
		is_arm64_module "$dir/$m.ko" ||
			{ log "$m.ko is not an arm64 module"; return 1; }
	done
	[ "$n" -gt 0 ] || { log "dkms.conf names no module"; return 1; }
}

# lists_every_module BUILD_OUT: dkms.conf names exactly the modules the
# project's Kbuild makes (KUnit suites aside), so DKMS installs them all.
lists_every_module() {
	local built listed
	built=$(cd "$1" && ls ./*.ko | sed 's|^\./||; s|\.ko$||' |
		grep -v -- '-kunit$' | sort)
	listed=$(conf_modules | sort)
	[ "$built" = "$listed" ] && return 0
	log "dkms.conf names: $(echo $listed); the build makes: $(echo $built)"
	return 1
}

show_logs() {
	local d=$root/var/lib/dkms/$pkg/$ver f
	cat "$out" >&2
	for f in "$d/build/make.log" "$d/$K_UNAME/aarch64/log/make.log"; do
		[ -f "$f" ] && { echo "--- $f"; cat "$f"; } >&2
	done
	return 0
}

main() {
	lists_every_module "$("$(dirname "$0")/build.sh" "$kernel")" ||
		{ echo "dkms: 0 passed, 1 failed"; exit 1; }
	kernel_info "$kernel"
	root=$("$(dirname "$0")/buildroot.sh" "$K_ROOT" "$K_GCC")
	pkg=$(conf_value PACKAGE_NAME)
	ver=$(conf_value PACKAGE_VERSION)
	if [ -z "$pkg" ] || [ -z "$ver" ]; then
		die "no package name or version in $conf"
	fi
	out=$CACHE/logs/dkms-$K_UNAME.log
	mkdir -p "${out%/*}"
	: >"$out"
	need_host_pkgs git rsync
	ensure_dkms
	link_headers
	unregister
	copy_source
	log "dkms build of $pkg/$ver for $K_UNAME"
	if dkms_build && check_modules; then
		in_root dkms remove -m "$pkg" -v "$ver" --all >>"$out" 2>&1 ||
			{ show_logs; die "dkms remove failed"; }
		unregister
		echo "dkms: 1 passed, 0 failed"
	else
		show_logs
		unregister
		echo "dkms: 0 passed, 1 failed"
		exit 1
	fi
}

main "$@"
