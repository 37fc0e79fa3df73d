#!/usr/bin/env bash
# tools/pg18.sh - build PostgreSQL 18 from Debian's source package, once,
# into a cache outside the repository, and print the path of its pg_config.
#
#   bash tools/pg18.sh            build when missing, print .../bin/pg_config
#   GL_CACHE=/some/dir bash tools/pg18.sh
#
# The cache is ${GL_CACHE:-/var/cache/greenlang} (for a user who cannot write
# there: ~/.cache/greenlang); the server is installed into $GL_CACHE/pg18.
# A later run finds it there and builds nothing.  The system's apt
# configuration is left alone: the source index (Debian unstable, deb-src)
# lives in $GL_CACHE/apt with its own sources file and lists.  Only the
# pristine upstream tarball of the source package is built (Debian's
# packaging patches move sockets and directories for the Debian layout,
# which a private build does not want).  No contrib, no ICU, no readline;
# libxml as in Debian's own packages (the SVG tests use xpath).  A change
# of GL_PG18_CONFIGURE below rebuilds the cached server.
#
# Exit status: 0 built or found (the pg_config path is the only line on
# stdout); 1 build tools missing and we are not root (the apt-get line is
# printed); 2 the build failed (see $GL_CACHE/pg18-build.log); 3 the source
# could not be downloaded.
set -u

GL_PG18_PACKAGE=postgresql-18
# what the build needs besides a C compiler and make: flex and bison since
# PostgreSQL 17 no longer ships generated parsers, perl for the catalog
# scripts, zlib and pkg-config for configure
GL_PG18_BUILD_DEPS="gcc make perl bison flex zlib1g-dev libxml2-dev pkg-config xz-utils bzip2 ca-certificates"
GL_PG18_CONFIGURE="--without-icu --without-readline --without-llvm --with-zlib --with-libxml"

say() { printf 'pg18.sh: %s\n' "$*" >&2; }

# The cache directory: $GL_CACHE, else /var/cache/greenlang when we may
# write there, else ~/.cache/greenlang.
cache_dir() {
	if [ -n "${GL_CACHE:-}" ]; then
		echo "$GL_CACHE"
	elif mkdir -p /var/cache/greenlang 2>/dev/null && [ -w /var/cache/greenlang ]; then
		echo /var/cache/greenlang
	else
		echo "${XDG_CACHE_HOME:-$HOME/.cache}/greenlang"
	fi
}

# A finished install of this configuration: the build left its mark
# naming its configure options (an interrupted `make install` leaves
# none), pg_config answers and the PGXS makefile is there.
installed() {
	local pgc=$1/bin/pg_config pgxs
	[ "$(cat "$1/.greenlang-complete" 2>/dev/null)" = "configure $GL_PG18_CONFIGURE" ] &&
		[ -x "$pgc" ] || return 1
	pgxs=$("$pgc" --pgxs 2>/dev/null) || return 1
	[ -f "$pgxs" ] && [ -x "$1/bin/postgres" ] && [ -x "$1/bin/initdb" ]
}

# Install the build tools when missing (root), or name them (not root).
ensure_build_deps() {
	local missing="" p
	for p in $GL_PG18_BUILD_DEPS; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ]; then
		say "building PostgreSQL 18 needs these Debian packages:$missing"
		say "install them as root:  apt-get update && apt-get install -y$missing"
		return 1
	fi
	say "installing:$missing"
	# (wait for another apt-get holding the dpkg lock rather than fail)
	DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends $missing >/dev/null ||
		{ apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null &&
		  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
			--no-install-recommends $missing >/dev/null; } ||
		{ say "apt-get install$missing failed"; return 1; }
}

# Download the source package into $1/src with a private apt setup: its
# own sources file (deb-src of Debian unstable, on the mirror the system
# already uses) and its own lists directory.  Prints the orig tarball.
download_source() {
	local c=$1 uri opts tarball
	mkdir -p "$c/apt/parts" "$c/apt/lists/partial" "$c/src" || return 1
	uri=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -m1 '/debian/*$')
	[ -n "$uri" ] || uri=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\/debian\/*\) .*/\2/p' \
		/etc/apt/sources.list 2>/dev/null | head -1)
	[ -n "$uri" ] || uri=http://deb.debian.org/debian
	printf 'Types: deb-src\nURIs: %s\nSuites: sid\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
		"$uri" >"$c/apt/parts/src.sources"
	opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$c/apt/parts"
		-o "Dir::State::Lists=$c/apt/lists" -o Dir::Cache="$c/apt/cache"
		-o Debug::NoLocking=1 -o APT::Sandbox::User="$(id -un)")
	mkdir -p "$c/apt/cache/archives/partial"
	apt-get "${opts[@]}" -qq update >&2 || return 1
	(cd "$c/src" && apt-get "${opts[@]}" -qq source --download-only "$GL_PG18_PACKAGE" >&2) || return 1
	tarball=$(ls -t "$c/src/${GL_PG18_PACKAGE}"_*.orig.tar.* 2>/dev/null | head -1)
	[ -n "$tarball" ] || return 1
	echo "$tarball"
}

# Unpack, configure, build and install into $2 (logging to $3).
build() {
	local tarball=$1 prefix=$2 log=$3 dir
	dir=$(dirname "$tarball")/build
	rm -rf "$dir" && mkdir -p "$dir" || return 1
	tar -xf "$tarball" -C "$dir" --strip-components=1 || return 1
	(
		cd "$dir" &&
		./configure --prefix="$prefix" $GL_PG18_CONFIGURE &&
		make -j"$(nproc 2>/dev/null || echo 2)" &&
		make install
	) >>"$log" 2>&1
}

main() {
	local c prefix log tarball="" rc
	c=$(cache_dir)
	prefix=$c/pg18
	if installed "$prefix"; then
		echo "$prefix/bin/pg_config"
		return 0
	fi
	mkdir -p "$c" || { say "cannot create the cache directory $c"; return 1; }
	# one build at a time per cache; a second caller waits and reuses it
	if command -v flock >/dev/null 2>&1; then
		exec 8>>"$c/pg18.lock"
		flock 8
		if installed "$prefix"; then
			echo "$prefix/bin/pg_config"
			return 0
		fi
	fi
	ensure_build_deps || return 1
	log=$c/pg18-build.log
	: >"$log"
	say "downloading the $GL_PG18_PACKAGE source package into $c/src"
	if ! tarball=$(download_source "$c"); then
		# an earlier download may still be there
		tarball=$(ls -t "$c/src/${GL_PG18_PACKAGE}"_*.orig.tar.* 2>/dev/null | head -1)
		[ -n "$tarball" ] && say "download failed; building the source downloaded before: $tarball"
	fi
	if [ -z "$tarball" ]; then
		say "**************************************************************"
		say "* could not download the $GL_PG18_PACKAGE source package"
		say "* (Debian's deb-src index or the mirror is not reachable)"
		say "**************************************************************"
		return 3
	fi
	say "building $(basename "$tarball") into $prefix (about 10 minutes; log: $log)"
	rm -rf "$prefix"
	build "$tarball" "$prefix" "$log"
	rc=$?
	[ $rc -eq 0 ] && echo "configure $GL_PG18_CONFIGURE" >"$prefix/.greenlang-complete"
	if [ $rc -ne 0 ] || ! installed "$prefix"; then
		rm -f "$prefix/.greenlang-complete"
		tail -n 40 "$log" >&2
		say "the PostgreSQL 18 build failed; see $log"
		return 2
	fi
	rm -rf "$(dirname "$tarball")/build"
	echo "$prefix/bin/pg_config"
}

main "$@"
