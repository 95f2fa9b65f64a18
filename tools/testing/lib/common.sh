# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
# Shared helpers for the test tools: cache layout, logging, and a private
# apt view that downloads Debian packages of any suite and architecture
# without touching the system's own apt configuration. It sources the
# manifest of pinned package versions, tools/testing/versions.sh.
#
# Source this file; it defines functions and variables only.

TOP=${TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
# shellcheck source=tools/testing/versions.sh
. "$(dirname "${BASH_SOURCE[0]}")/../versions.sh"
CACHE=${RPI_ACPI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rpi-acpi}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

log() { printf '[%s] %s\n' "${0##*/}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Host packages (bookworm) the tools need; installed on first use.
need_host_pkgs() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
			grep -q 'install ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	log "installing host packages: ${missing[*]}"
	if [ ! -e "$CACHE/.apt-updated" ] ||
	   [ -n "$(find "$CACHE/.apt-updated" -mmin +720)" ]; then
		apt-get update -qq >&2
		mkdir -p "$CACHE" && touch "$CACHE/.apt-updated"
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends "${missing[@]}" >&2
}

APTV=$CACHE/apt
apt_view_opts() {
	printf '%s\n' \
		-oAPT::Architecture=arm64 \
		-oAPT::Architectures::=arm64 -oAPT::Architectures::=amd64 \
		-oDir::State::Lists="$APTV/lists" \
		-oDir::State::status="$APTV/status" \
		-oDir::Cache="$APTV/cache" \
		-oDir::Etc::SourceList="$APTV/sources.list" \
		-oDir::Etc::SourceParts=/dev/null \
		-oDir::Etc::Preferences=/dev/null \
		-oDir::Etc::PreferencesParts=/dev/null \
		-oAcquire::Check-Valid-Until=false \
		-oDebug::NoLocking=true \
		-oAPT::Sandbox::User=root
}

# Refresh the private view's package lists at most twice a day.
apt_view_update() {
	mkdir -p "$APTV/lists/partial" "$APTV/cache/archives/partial"
	touch "$APTV/status"
	local s
	{
		for s in bookworm bookworm-updates bookworm-backports trixie sid; do
			echo "deb [arch=arm64,amd64] $MIRROR $s main"
		done
		echo "deb [arch=arm64,amd64] $SECURITY_MIRROR bookworm-security main"
		for s in bookworm trixie; do
			echo "deb-src $MIRROR $s main"
		done
	} > "$APTV/sources.list.new"
	if cmp -s "$APTV/sources.list.new" "$APTV/sources.list" &&
	   [ -e "$APTV/updated" ] && [ -z "$(find "$APTV/updated" -mmin +720)" ]; then
		rm -f "$APTV/sources.list.new"
		return 0
	fi
	mv "$APTV/sources.list.new" "$APTV/sources.list"
	log "updating the private apt view"
	# shellcheck disable=SC2046
	apt-get $(apt_view_opts) -qq update >&2
	touch "$APTV/updated"
}

# fetch_deb NAME[:ARCH][=VERSION]: download one package into the cache
# (once) and print the .deb's path. VERSION may be a glob (6.1.192-*):
# a cached match is used as it is, else the newest match in the archive,
# which rebuilds a package under the same upstream version now and then.
fetch_deb() {
	local spec=$1 dir=$CACHE/debs name ver arch f
	mkdir -p "$dir"
	name=${spec%%=*}
	arch=${name#*:}
	[ "$arch" = "$name" ] && arch='*'
	ver=${spec#*=}
	f=''
	if [[ $ver == *'*'* ]]; then
		f=$(compgen -G "$dir/${name%%:*}_${ver//:/%3a}_${arch}.deb" |
			sort -V | tail -n1 || true)
	fi
	[ -n "$f" ] && { echo "$f"; return; }
	ver=$(apt_version "$name" "$ver")
	f=$(compgen -G "$dir/${name%%:*}_${ver//:/%3a}_${arch}.deb" | head -n1 || true)
	if [ -z "$f" ]; then
		apt_view_update
		# shellcheck disable=SC2046
		(cd "$dir" && apt-get $(apt_view_opts) -qq download "$name=$ver" >&2) ||
			die "cannot download $name=$ver"
		f=$(compgen -G "$dir/${name%%:*}_${ver//:/%3a}_${arch}.deb" | head -n1)
	fi
	[ -n "$f" ] || die "downloaded $spec but cannot find it in $dir"
	echo "$f"
}

# apt_version NAME [WANTED]: WANTED if given and not a glob, else the
# newest version the view knows (that matches the glob WANTED).
apt_version() {
	local name=$1 want=${2:-} v newest=''
	if [ -n "$want" ] && [ "$want" != "$name" ] && [[ $want != *'*'* ]]; then
		echo "$want"
		return
	fi
	[ "$want" = "$name" ] && want='*'
	apt_view_update
	# shellcheck disable=SC2046
	while read -r v; do
		# shellcheck disable=SC2053
		[[ $v == ${want:-*} ]] && newest=$v
	done < <(apt-cache $(apt_view_opts) show "$name" 2>/dev/null |
		sed -n 's/^Version: //p' | sort -V)
	[ -n "$newest" ] || die "no package $name${want:+ ($want)} in the apt view"
	echo "$newest"
}

# extract_debs DEST DEB...: unpack packages' files (no scripts run).
extract_debs() {
	local dest=$1 d
	shift
	mkdir -p "$dest"
	for d in "$@"; do
		dpkg-deb -x "$d" "$dest"
	done
}

# stamp_ok DIR KEY: true when DIR was completed for KEY.
stamp_ok() { [ -e "$1/.done" ] && [ "$(cat "$1/.done")" = "$2" ]; }
stamp_set() { echo "$2" > "$1/.done"; }

# fetch_source NAME=VERSION: download a source package's files (.dsc when the
# archive has it, orig and debian tarballs) into the cache once; print the
# directory. Files come by the paths the Sources index lists, so a missing
# .dsc does not stop the others.
fetch_source() {
	local spec=$1 dir=$CACHE/src-pkgs/${1/=/_} rec pool f
	if stamp_ok "$dir" "$spec"; then
		echo "$dir"
		return
	fi
	apt_view_update
	need_host_pkgs curl
	# shellcheck disable=SC2046
	rec=$(apt-cache $(apt_view_opts) showsrc "${spec%%=*}" | awk -v v="${spec#*=}" '
		function flush(i) { if (ok) for (i = 1; i <= n; i++) print d, f[i] }
		/^Package:/ { flush(); ok = 0; d = ""; n = 0 }
		/^Version:/ { ok = ($2 == v) }
		/^Directory:/ { d = $2 }
		/^[^ ]/ { c = /^Checksums-Sha256:/; next }
		c { f[++n] = $1 " " $3 }
		END { flush() }' | sort -u)
	[ -n "$rec" ] || die "no source package $spec in the apt view"
	rm -rf "$dir"
	mkdir -p "$dir"
	while read -r pool sum f; do
		curl -fsS -o "$dir/$f" "$MIRROR/$pool/$f" || {
			case $f in *.dsc) log "no $f in the archive; going on" ;;
			*) die "cannot download $f" ;; esac
			continue
		}
		echo "$sum  $dir/$f" | sha256sum -c --quiet - || die "bad checksum: $f"
	done <<<"$rec"
	stamp_set "$dir" "$spec"
	echo "$dir"
}

# unpack_source NAME=VERSION DEST [PATCH...]: unpack a source package
# fetched by fetch_source (orig and debian tarballs) into DEST, apply
# Debian's patch series, then the given patches of the project's, all with
# --fuzz=0 so that a patch that no longer fits stops the build.
unpack_source() {
	local spec=$1 dest=$2 pkg name ver p opt
	shift 2
	pkg=$(fetch_source "$spec")
	name=${spec%%=*}
	ver=${spec#*=}
	ver=${ver#*:}	# the epoch is not part of the file names
	need_host_pkgs patch xz-utils
	mkdir -p "$dest"
	log "unpacking $spec into $dest"
	tar -xf "$pkg/${name}_${ver%-*}.orig.tar.xz" -C "$dest" --strip-components=1
	tar -xf "$pkg/${name}_$ver.debian.tar.xz" -C "$dest"
	# The series file: one patch a line, '#' comments, optional -pN.
	if [ -e "$dest/debian/patches/series" ]; then
		sed 's/#.*//' "$dest/debian/patches/series" | while read -r p opt; do
			[ -n "$p" ] || continue
			patch -d "$dest" -s --fuzz=0 --no-backup-if-mismatch \
				"${opt:--p1}" <"$dest/debian/patches/$p" ||
				die "Debian patch $p does not apply"
		done
	fi
	for p in "$@"; do
		log "applying ${p##*/}"
		patch -d "$dest" -s --fuzz=0 --no-backup-if-mismatch -p1 <"$p" ||
			die "${p##*/} does not apply"
	done
}

# unpack_source_once NAME=VERSION DEST KEY [PATCH...]: unpack_source into
# DEST unless DEST was completed for KEY, under a lock, so that every build
# of one source key shares one patched tree.
unpack_source_once() {
	local spec=$1 dest=$2 key=$3 fd
	shift 3
	mkdir -p "$(dirname "$dest")"
	exec {fd}>"$dest.lock"
	flock "$fd"
	if ! stamp_ok "$dest" "$key"; then
		rm -rf "$dest"
		unpack_source "$spec" "$dest" "$@"
		stamp_set "$dest" "$key"
	fi
	flock -u "$fd"
	exec {fd}>&-
}

# patch_list DIR: the project's patches in DIR, in name order, one a line.
patch_list() {
	local p
	for p in "$1"/*.patch; do
		[ -e "$p" ] && echo "$p"
	done
	return 0
}

# files_key FILE...: one line per file, its name and content hash, for
# cache keys.
files_key() {
	local f
	for f in "$@"; do
		echo "${f##*/} $(sha256sum <"$f")"
	done
}
