#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build the Debian packages (debian/) on the build host, check them with
# lintian, and check that the version is said once: debian/changelog's
# upstream version is dkms.conf's PACKAGE_VERSION and the packages'.
# The packages land in DIR (default ~/.cache/rpi-acpi/deb); the last line
# of output is the rpi-acpi-dkms .deb's path.
#
# usage: distro-deb.sh [-o DIR] [-n] [-t TREE]
#   -n  without rpi-acpi-tables (build profile pkg.rpi-acpi.notables)
#   -t  package TREE (a copy of the project) instead of this tree
#   -S  selftest: package a copy of this tree whose dkms.conf says
#       version 0.0-selftest; must fail, naming both versions
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"

out=$CACHE/deb notables=0 tree=$TOP selftest=0
while getopts "o:nt:Sh" o; do
	case $o in
	o) out=$(realpath -m "$OPTARG") ;;
	n) notables=1 ;;
	t) tree=$(realpath "$OPTARG") ;;
	S) selftest=1 ;;
	*) sed -n '3,13s/^# \{0,1\}//p' "$0"; exit 2 ;;
	esac
done

need_host_pkgs dpkg-dev debhelper dh-dkms lintian acpica-tools git rsync

# check_version: one version in the tree: the changelog's (its upstream
# part), which dkms.conf repeats.
check_version() {
	local deb conf
	deb=$(dpkg-parsechangelog -l "$tree/debian/changelog" -SVersion)
	deb=${deb%-*}
	conf=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' "$tree/dkms.conf")
	if [ "$deb" != "$conf" ]; then
		log "version: debian/changelog says $deb, dkms.conf PACKAGE_VERSION=\"$conf\""
		return 1
	fi
	version=$deb
}

# build: the source as a release would ship it (the files git tracks and
# new ones it does not ignore) in a scratch directory, built there.
build() {
	# work: global, for the EXIT trap
	work=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-deb.XXXXXX")
	trap 'rm -rf "$work"' EXIT
	mkdir -p "$work/rpi-acpi-$version"
	if [ -e "$tree/.git" ]; then
		git -C "$tree" ls-files -z --cached --others --exclude-standard |
			rsync -a --from0 --files-from=- --ignore-missing-args \
				"$tree/" "$work/rpi-acpi-$version/"
	else
		rsync -a "$tree/" "$work/rpi-acpi-$version/"
	fi
	local prof=()
	[ "$notables" = 0 ] || prof=(-Ppkg.rpi-acpi.notables)
	log "dpkg-buildpackage in $work"
	(cd "$work/rpi-acpi-$version" &&
	 dpkg-buildpackage -us -uc -b ${prof[@]+"${prof[@]}"}) \
		>"$work/build.log" 2>&1 || {
		tail -n 40 "$work/build.log" >&2
		die "dpkg-buildpackage failed"
	}
	mkdir -p "$out"
	rm -f "$out"/rpi-acpi*_"$version"_all.deb "$out"/rpi-acpi_"$version"_*.changes \
		"$out"/rpi-acpi_"$version"_*.buildinfo
	mv "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out/"
}

# run_lintian: no tag left but those overridden (each with its reason in
# debian/*.lintian-overrides).
run_lintian() {
	local changes tags
	changes=$(ls "$out"/rpi-acpi_"$version"_*.changes)
	tags=$(lintian --fail-on none --suppress-tags-from-file /dev/null \
		-I "$changes" 2>&1 | grep -v -e '^N: ' -e 'running with root privileges' || true)
	if [ -n "$tags" ]; then
		printf '%s\n' "$tags" >&2
		log "lintian: the tags above are neither fixed nor overridden"
		return 1
	fi
}

# selftest_tree: a copy of the tree with another version in dkms.conf.
selftest_tree() {
	tree=$(mktemp -d "${TMPDIR:-/tmp}/rpi-acpi-deb-selftest.XXXXXX")
	# shellcheck disable=SC2064 # the path is known now
	trap "rm -rf '$tree'" EXIT
	git -C "$TOP" ls-files -z | rsync -a --from0 --files-from=- "$TOP/" "$tree/"
	sed -i 's/^PACKAGE_VERSION=.*/PACKAGE_VERSION="0.0-selftest"/' "$tree/dkms.conf"
}

[ "$selftest" = 0 ] || selftest_tree
pass=0 fail=0
result() { if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi; }
if ! check_version; then
	echo "deb: 0 passed, 1 failed"
	exit 1
fi
pass=1
build
result run_lintian
# has_source: the package ships the sources where dkms.conf's version
# says, with the softdep.
has_source() {
	local list f
	list=$(dpkg-deb -c "$out/rpi-acpi-dkms_${version}_all.deb" | awk '{print $6}')
	for f in "./usr/src/rpi-acpi-$version/dkms.conf" \
		 "./usr/src/rpi-acpi-$version/Kbuild" \
		 ./usr/lib/modprobe.d/dwc2-acpi.conf; do
		grep -qx -- "$f" <<<"$list" ||
			{ log "rpi-acpi-dkms has no $f"; return 1; }
	done
}
result has_source
echo "deb: $pass passed, $fail failed"
echo "$out/rpi-acpi-dkms_${version}_all.deb"
[ "$fail" = 0 ]
