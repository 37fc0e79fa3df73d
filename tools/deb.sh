#!/usr/bin/env bash
# tools/deb.sh - the Debian packages (debian/, pg_buildext).
#
#   bash tools/deb.sh build   (make deb) build postgresql-<major>-greenlang for
#                             every PostgreSQL >= 15 (debian/pgversions) whose
#                             postgresql-server-dev-<major> is installed, into
#                             build/deb/
#   bash tools/deb.sh test    (make deb-test, root) install each package built
#                             there, run the regression suite against the
#                             installed package on a throwaway cluster of the
#                             system's server binaries, remove the package;
#                             ends with "N passed, M failed"
#
# The build runs in a temporary copy of the checkout (its tracked and
# untracked, not ignored, files), so the checkout's own build and test/out
# are not touched and nothing is written beside it.  The build dependencies
# are installed with apt-get when missing (root), otherwise the one apt-get
# line is printed.  PG_SUPPORTED_VERSIONS (default "installed", see
# /usr/share/postgresql-common/supported-versions) chooses the majors.
#
# The test never touches a system cluster: it starts its own with the
# installed server's initdb and postgres, on a Unix socket in a temporary
# directory.  greenlang files that were in the server's directories before
# (an earlier `make install`) are put back after the package is removed.
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

GL_DEB_OUT=${GL_DEB_OUT:-build/deb}
GL_DEB_BUILD_PACKAGES="build-essential dpkg-dev debhelper postgresql-server-dev-all libgsl-dev"
export PG_SUPPORTED_VERSIONS=${PG_SUPPORTED_VERSIONS:-installed}

# deb_sources: the files of the checkout, NUL-separated (what git would
# commit now; a tree without git: everything but build outputs)
deb_sources() {
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard
	else
		find . \( -name .git -o -path ./build -o -path ./test/out \) -prune -o \
			-type f ! -name '*.o' ! -name '*.so' ! -name '*.bc' -print0
	fi
}

deb_build() {
	local tmp src versions
	gl_ensure_packages $GL_DEB_BUILD_PACKAGES || return 1
	versions=$(pg_buildext supported-versions 2>/dev/null | xargs)
	if [ -z "$versions" ]; then
		gl_say "no PostgreSQL server development files of a version debian/pgversions allows ($(cat debian/pgversions)) are installed"
		gl_say "install them as root:  apt-get install -y postgresql-server-dev-15"
		return 1
	fi
	gl_say "building postgresql-<major>-greenlang for PostgreSQL $versions"
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/greenlang-deb.XXXXXX") || return 1
	src=$tmp/greenlang
	mkdir -p "$src"
	deb_sources | tar -c --null -T - --ignore-failed-read 2>/dev/null | tar -x -C "$src" ||
		{ gl_say "could not copy the sources to $src"; rm -rf "$tmp"; return 1; }
	# debian/control for the majors found here (the committed one names 15)
	if ! (cd "$src" && pg_buildext updatecontrol &&
		dpkg-buildpackage -b -us -uc) >"$tmp/build.log" 2>&1; then
		tail -n 60 "$tmp/build.log" >&2
		gl_say "dpkg-buildpackage failed (whole log above the last 60 lines: $tmp/build.log)"
		return 1
	fi
	grep -iE "warning:" "$tmp/build.log" | grep -v "^dpkg-" >&2
	rm -rf "$GL_DEB_OUT"
	mkdir -p "$GL_DEB_OUT"
	cp "$tmp"/*.deb "$GL_DEB_OUT"/ || return 1
	rm -rf "$tmp"
	ls -1 "$GL_DEB_OUT"/*.deb
}

# ---- deb-test -----------------------------------------------------------

passed=0
failed=0
check() {	# check <what> <command>...: one counted check
	local what=$1
	shift
	if "$@"; then
		passed=$((passed + 1))
	else
		gl_say "FAILED: $what"
		failed=$((failed + 1))
	fi
}

# the extension's files `make install` puts into <sharedir>/extension
# (greenlang.control, DATA and DATA_built: upgrade scripts included), and the
# library, as paths for the PostgreSQL of $1 (a pg_config)
deb_make_install_files() {
	local sharedir pkglibdir f
	sharedir=$("$1" --sharedir) && pkglibdir=$("$1" --pkglibdir) || return 1
	for f in $(make -s PG_CONFIG="$1" print-install-data); do
		echo "$sharedir/extension/$f"
	done
	echo "$pkglibdir/greenlang.so"
}

deb_is_installed() {
	dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

# deb_test_one <file.deb>: the checks of one package
deb_test_one() {
	local deb=$1 pkg major pgc bindir backup files want got f regress_log
	pkg=$(dpkg-deb -f "$deb" Package)
	major=$(printf '%s\n' "$pkg" | sed -n 's/^postgresql-\([0-9]*\)-greenlang$/\1/p')
	[ -n "$major" ] || { gl_say "$deb: not a postgresql-<major>-greenlang package"; failed=$((failed + 1)); return; }
	pgc=/usr/lib/postgresql/$major/bin/pg_config
	bindir=/usr/lib/postgresql/$major/bin
	echo "==== $pkg ($(dpkg-deb -f "$deb" Version))"

	# greenlang files already in the server's directories (an earlier make
	# install; the package replaces them): kept aside, put back at the end
	backup=$(mktemp -d "${TMPDIR:-/tmp}/greenlang-backup.XXXXXX") || return 1
	files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}')
	# the directories above the package's files, and their modes: the same
	# after the test (it must not change the system beyond its own files)
	local dirs modes_before
	dirs=$(for f in $files; do
		d=$(dirname "$f")
		while [ "$d" != / ]; do [ -d "$d" ] && echo "$d"; d=$(dirname "$d"); done
	done | sort -u)
	modes_before=$(stat -c '%a %U %n' / $dirs)
	if ! deb_is_installed "$pkg"; then
		for f in $files; do
			[ -e "$f" ] && printf '%s\n' "$f"
		done | tar -c -T - -f - 2>/dev/null | tar -x -C "$backup"
	fi

	check "apt-get install $deb" \
		apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
		--allow-downgrades --reinstall "./$deb"
	if ! deb_is_installed "$pkg"; then
		rm -rf "$backup"
		return
	fi

	# the package holds what make install installs (upgrade scripts too)
	want=$(deb_make_install_files "$pgc" | sort)
	got=$(dpkg -L "$pkg" | grep -E '/extension/|/greenlang\.so$' |
		while read -r f; do [ -f "$f" ] && echo "$f"; done | sort)
	if [ -n "$want" ] && [ "$want" = "$got" ]; then
		passed=$((passed + 1))
		echo "the package installs the files make install installs:"
		echo "$want" | sed 's/^/  /' 
	else
		gl_say "FAILED: the package's files differ from make install's:"
		diff <(echo "$want") <(echo "$got") >&2
		failed=$((failed + 1))
	fi

	# the regression suite against the installed package, on a throwaway
	# cluster of the installed server (no stage: GL_POSTGRES is the system's)
	GL_PGBIN=$bindir
	GL_POSTGRES=$bindir/postgres GL_POSTGRES_RUN=$bindir/postgres GL_STAGE=
	rm -rf test/out/results test/out/regression.diffs test/out/regression.out
	mkdir -p test/out
	regress_log=test/out/deb-regress.log
	if gl_cluster_start; then
		check "the server's greenlang.so is the package's" \
			test "$(dpkg -S "$("$pgc" --pkglibdir)/greenlang.so" 2>/dev/null | cut -d: -f1)" = "$pkg"
		PATH="$bindir:$PATH" make -s PG_CONFIG="$pgc" installcheck >"$regress_log" 2>&1
		cat "$regress_log"
		local ok bad n
		ok=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +ok|^ok +[0-9]+ ' "$regress_log")
		bad=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +FAILED|^not ok +[0-9]+ ' "$regress_log")
		n=$(make -s PG_CONFIG="$pgc" print-regress | wc -w)
		[ $((ok + bad)) -lt "$n" ] && bad=$((n - ok))
		passed=$((passed + ok)); failed=$((failed + bad))
		[ -f test/out/regression.diffs ] && head -n 300 test/out/regression.diffs
		gl_cluster_stop
		unset PGHOST PGPORT PGUSER PGDATABASE
	else
		gl_say "FAILED: could not start a cluster of $bindir"
		failed=$((failed + 1))
	fi

	# removable, and nothing of it left behind
	check "dpkg --purge $pkg" dpkg --purge "$pkg" >/dev/null
	local left=""
	for f in $files; do
		[ -e "$f" ] && left="$left $f"
	done
	check "the package's files are gone after removal:$left" test -z "$left"
	if [ -n "$(ls -A "$backup")" ]; then
		echo "put back the $(cd "$backup" && find . -type f | wc -l) greenlang files that were in the server's directories before"
		# files only, and never a directory's mode: the backup's top is a
		# mktemp directory (mode 700) that must not become /'s mode
		(cd "$backup" && find . ! -type d -print0 | tar -c --null -T - -f -) |
			tar -x --no-overwrite-dir -C /
	fi
	rm -rf "$backup"
	check "the modes of / and the directories above the package's files are as before" \
		test "$modes_before" = "$(stat -c '%a %U %n' / $dirs 2>&1)"
}

deb_test() {
	local debs deb
	if [ "$(id -u)" != 0 ]; then
		gl_say "make deb-test installs the package with apt-get: run it as root"
		echo "0 passed, 1 failed"
		return 1
	fi
	gl_ensure_packages dpkg-dev || return 1
	debs=$(ls "$GL_DEB_OUT"/postgresql-*-greenlang_*.deb 2>/dev/null)
	if [ -z "$debs" ]; then
		gl_say "no package in $GL_DEB_OUT: run make deb first"
		echo "0 passed, 1 failed"
		return 1
	fi
	for deb in $debs; do
		deb_test_one "$deb"
	done
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

case "${1:-}" in
build) deb_build ;;
test) deb_test ;;
*) gl_say "usage: bash tools/deb.sh build|test"; exit 2 ;;
esac
