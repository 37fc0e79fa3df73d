# tools/pg.sh - shell functions shared by test/run.sh, demo/run.sh and
# bench/run.sh.  Source it; do not run it.
#
#   gl_pg_setup        choose the PostgreSQL (PG_CONFIG), install what is
#                      missing (root) or print the apt-get line (not root)
#   gl_stage           build greenlang and install it into a private stage
#                      (make install DESTDIR=...) beside a copy of the server
#   gl_cluster_start   initdb and start a throwaway cluster of the staged
#                      server on a Unix socket in a temp directory
#   gl_cluster_stop    stop it and remove it (and the stage)
#   gl_server_named    whether PGHOST/PGPORT/PGDATABASE name a server
#   gl_sanitize_check  (SANITIZE=1) the server runs under ASan, reported
#                      nothing, and catches a deliberate overflow
#
# Which PostgreSQL: PG_CONFIG, as `make test PG_CONFIG=...` or the
# environment gives it (e.g. the PostgreSQL 18 that tools/pg18.sh builds);
# by default Debian's PostgreSQL 15, whose packages are installed when
# missing.  Nothing is installed into the server's directories and no
# system cluster is touched: the staged server is a copy of the `postgres`
# binary under $stage<bindir>, with <sharedir> and <pkglibdir> mirrored
# under $stage as trees of symbolic links and greenlang's own files, from
# `make install DESTDIR=$stage`, in their places.  A server finds its share
# and library directories relative to its own (symlink-resolved) location,
# so the staged one loads the staged greenlang.  The stage is a new temp
# directory per run: checkouts (or runs) do not see each other's builds.

GL_PG15_CONFIG=/usr/lib/postgresql/15/bin/pg_config
GL_PG15_PACKAGES="postgresql-15 postgresql-server-dev-15"
GL_BUILD_PACKAGES="libgsl-dev"

gl_say() { printf '%s\n' "$*" >&2; }

# gl_ensure_packages <pkg>...: install the Debian packages that are
# missing (root), or print the one apt-get line that would (not root).
gl_ensure_packages() {
	local missing="" p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ]; then
		gl_say "greenlang needs these Debian packages:$missing"
		gl_say "install them as root:  apt-get update && apt-get install -y$missing"
		return 1
	fi
	gl_say "installing:$missing"
	# (waits for another apt-get holding the dpkg lock rather than fail)
	export DEBIAN_FRONTEND=noninteractive
	apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null &&
		apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null ||
		{ gl_say "apt-get install$missing failed"; return 1; }
}

# gl_pg_usable <pg_config>: a server installation we can build against
# and run: PGXS makefiles, postgres, initdb, pg_ctl and psql.
gl_pg_usable() {
	local pgc=$1 pgxs bindir b
	[ -n "$pgc" ] && [ -x "$pgc" ] || return 1
	pgxs=$("$pgc" --pgxs 2>/dev/null) && [ -f "$pgxs" ] || return 1
	bindir=$("$pgc" --bindir 2>/dev/null) || return 1
	for b in postgres initdb pg_ctl psql; do
		[ -x "$bindir/$b" ] || return 1
	done
}

# gl_pg_setup: set PG_CONFIG and GL_PGBIN (its bindir, put first on PATH so
# psql and pg_isready match the server) and GL_PGVERSION.  A PG_CONFIG the
# user chose (GL_PG_CONFIG_ORIGIN "command line" or "environment", as the
# Makefile passes $(origin PG_CONFIG); or PG_CONFIG set when a script runs
# on its own) must work as it is; otherwise the Makefile's guess is used
# when it works, else Debian's PostgreSQL 15, installing its packages.
gl_pg_setup() {
	local chosen=0
	case "${GL_PG_CONFIG_ORIGIN-unset}" in
	"command line" | environment* | override) chosen=1 ;;
	unset) [ -n "${PG_CONFIG:-}" ] && chosen=1 ;;
	esac
	if [ $chosen = 1 ]; then
		gl_ensure_packages $GL_BUILD_PACKAGES || return 1
		if ! gl_pg_usable "$PG_CONFIG"; then
			gl_say "PG_CONFIG=$PG_CONFIG is not a usable PostgreSQL installation"
			gl_say "(needs pg_config --pgxs and postgres, initdb, pg_ctl, psql in its bindir;"
			gl_say " for PostgreSQL 18 run: bash tools/pg18.sh)"
			return 1
		fi
	elif [ "${PG_CONFIG:-}" != "$GL_PG15_CONFIG" ] && gl_pg_usable "${PG_CONFIG:-}"; then
		gl_ensure_packages $GL_BUILD_PACKAGES || return 1
	else
		PG_CONFIG=$GL_PG15_CONFIG
		gl_ensure_packages $GL_PG15_PACKAGES $GL_BUILD_PACKAGES || return 1
		gl_pg_usable "$PG_CONFIG" ||
			{ gl_say "PostgreSQL 15 is installed but $PG_CONFIG is not usable"; return 1; }
	fi
	export PG_CONFIG
	GL_PGBIN=$("$PG_CONFIG" --bindir)
	GL_PGVERSION=$("$PG_CONFIG" --version)
	export PATH="$GL_PGBIN:$PATH"
}

# gl_make <args>: make with the chosen PG_CONFIG.
gl_make() {
	make -s PG_CONFIG="$PG_CONFIG" ${SANITIZE:+SANITIZE="$SANITIZE"} "$@"
}

# gl_build: build greenlang for the chosen PostgreSQL.  The objects of a
# build for another PostgreSQL (PGXS does not notice a new PG_CONFIG) are
# cleaned first; test/out/build-pg remembers which one built them.
gl_build() {
	local stamp=test/out/build-pg want
	want="$GL_PGVERSION $PG_CONFIG${SANITIZE:+ SANITIZE=$SANITIZE}"
	if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
		gl_make clean >/dev/null 2>&1
	fi
	mkdir -p test/out
	gl_make all >/dev/null || return 1
	printf '%s\n' "$want" >"$stamp"
}

# gl_mirror <dir>: the tree <dir> as symbolic links under $GL_STAGE<dir>,
# never replacing what the stage has already.
gl_mirror() {
	[ -d "$1" ] || return 0
	mkdir -p "$GL_STAGE$1" &&
		cp -R -s -n "$1/." "$GL_STAGE$1/"
}

# gl_stage: build, then install greenlang into a new stage directory and
# lay the server beside it (see the top of this file).  Sets GL_STAGE and
# GL_POSTGRES (the staged server binary).
gl_stage() {
	local sharedir pkglibdir
	gl_build || { gl_say "build failed"; return 1; }
	GL_STAGE=$(mktemp -d "${TMPDIR:-/tmp}/greenlang-stage.XXXXXX") || return 1
	chmod 755 "$GL_STAGE"	# the cluster owner (postgres) reads it
	gl_make install DESTDIR="$GL_STAGE" >/dev/null ||
		{ gl_say "make install DESTDIR=$GL_STAGE failed"; return 1; }
	sharedir=$("$PG_CONFIG" --sharedir) && pkglibdir=$("$PG_CONFIG" --pkglibdir) || return 1
	# the server binary, copied: it locates share/ and lib/ from its own
	# path after resolving symbolic links, so a link would find the real ones
	mkdir -p "$GL_STAGE$GL_PGBIN" &&
		cp -L "$GL_PGBIN/postgres" "$GL_STAGE$GL_PGBIN/postgres" || return 1
	gl_mirror "$sharedir" && gl_mirror "$pkglibdir" ||
		{ gl_say "could not mirror $sharedir and $pkglibdir into $GL_STAGE"; return 1; }
	# a greenlang installed in the server's own directories (an older make
	# install) must not show through: only the staged one is there
	find "$GL_STAGE" -type l \( -name 'greenlang*' -o -path '*/bitcode/greenlang/*' \) -delete
	GL_POSTGRES=$GL_STAGE$GL_PGBIN/postgres
	GL_POSTGRES_RUN=$GL_POSTGRES
	if [ "${SANITIZE:-}" = 1 ]; then
		gl_sanitize_server || return 1
	fi
}

# ---- SANITIZE=1: the server under ASan and UBSan ----

# gl_sanitize_server: GL_POSTGRES_RUN becomes a script that starts the
# staged server with gcc's ASan runtime preloaded (the extension is built
# with -fsanitize=address,undefined and needs it first in the process),
# and tools/nls_shim.c, without which Debian's postgres hangs at startup
# in bindtextdomain under libasan.  Leaks are not reported: the server's
# memory contexts are freed wholesale, and malloc'd memory at exit by
# design.  A report aborts the backend (the postmaster restarts) and goes
# to the server log.
gl_sanitize_server() {
	local asan
	asan=$(readlink -f "$(gcc -print-file-name=libasan.so)") && [ -f "$asan" ] ||
		{ gl_say "SANITIZE=1: gcc's libasan.so not found"; return 1; }
	gcc -shared -fPIC -O2 -o "$GL_STAGE/nls_shim.so" tools/nls_shim.c ||
		{ gl_say "SANITIZE=1: could not build tools/nls_shim.c"; return 1; }
	GL_POSTGRES_RUN=$GL_STAGE/postgres-sanitized
	cat >"$GL_POSTGRES_RUN" <<-EOF
		#!/bin/sh
		LD_PRELOAD="$asan $GL_STAGE/nls_shim.so"
		ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:print_summary=1"
		UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1"
		export LD_PRELOAD ASAN_OPTIONS UBSAN_OPTIONS
		exec "$GL_POSTGRES" "\$@"
	EOF
	chmod 755 "$GL_POSTGRES_RUN"
}

# gl_sanitize_check: with the cluster still up after the suite, count into
# san_ok and san_bad: the server log has no sanitizer report; the
# postmaster really has libasan loaded; a deliberate heap overflow
# (tools/sanitize_check.c, loaded only here) is reported.
gl_sanitize_check() {
	local log=$GL_CLUSTER_DIR/server.log pid lib i
	san_ok=0 san_bad=0
	if grep -qE "ERROR: AddressSanitizer|runtime error:" "$log"; then
		gl_say "SANITIZE=1: the sanitizers reported errors during the suite:"
		grep -E -A 30 "ERROR: AddressSanitizer|runtime error:" "$log" | head -n 120 >&2
		san_bad=$((san_bad + 1))
	else
		san_ok=$((san_ok + 1))
	fi
	pid=$(head -n 1 "$GL_CLUSTER_DIR/data/postmaster.pid" 2>/dev/null)
	if [ -n "$pid" ] && grep -q libasan "/proc/$pid/maps" 2>/dev/null; then
		san_ok=$((san_ok + 1))
	else
		gl_say "SANITIZE=1: the server (pid ${pid:-?}) does not run with libasan"
		san_bad=$((san_bad + 1))
	fi
	lib=$GL_STAGE/gl_sanitize_check.so
	if gcc -shared -fPIC -g -O0 -fsanitize=address -fno-omit-frame-pointer \
		-I"$("$PG_CONFIG" --includedir-server)" -o "$lib" tools/sanitize_check.c &&
		psql -X -q -v ON_ERROR_STOP=1 -c "CREATE FUNCTION pg_temp.overflow(int) RETURNS int
				AS '$lib', 'gl_sanitize_overflow' LANGUAGE C STRICT;
			SELECT pg_temp.overflow(7); SELECT pg_temp.overflow(8);" >/dev/null 2>&1
	then
		gl_say "SANITIZE=1: the deliberate overflow was not stopped"
		san_bad=$((san_bad + 1))
	else
		for i in $(seq 1 60); do pg_isready -q && break; sleep 1; done
		if grep -q "ERROR: AddressSanitizer: heap-buffer-overflow" "$log" &&
			grep -q "gl_sanitize_overflow" "$log"; then
			gl_say "SANITIZE=1: a deliberate heap overflow was reported, as it must be"
			san_ok=$((san_ok + 1))
		else
			gl_say "SANITIZE=1: the deliberate overflow left no ASan report in the server log"
			tail -n 20 "$log" >&2
			san_bad=$((san_bad + 1))
		fi
	fi
}

# gl_cluster_owner: who runs the cluster.  initdb refuses root, so root
# runs it as postgres (or nobody where there is no postgres user).
gl_cluster_owner() {
	if [ "$(id -u)" != 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		echo nobody
	fi
}

# gl_as_owner <cmd>...: run a command as the cluster owner.
gl_as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$(gl_cluster_owner)" -- "$@"
	else
		"$@"
	fi
}

# gl_cluster_start [-c name=value]...: initdb and start the staged server
# (gl_stage first) listening only on a Unix socket in a new temp directory;
# export PGHOST/PGPORT/PGUSER/PGDATABASE for it.  Arguments are extra
# server settings.
gl_cluster_start() {
	[ -n "${GL_POSTGRES:-}" ] || { gl_say "gl_cluster_start: no staged server (gl_stage)"; return 1; }
	GL_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/greenlang-pg.XXXXXX") || return 1
	[ "$(id -u)" = 0 ] && chown "$(gl_cluster_owner)" "$GL_CLUSTER_DIR"
	chmod 700 "$GL_CLUSTER_DIR"
	# initdb of the server's own installation: the catalogs it writes do
	# not depend on extensions
	gl_as_owner "$GL_PGBIN/initdb" -D "$GL_CLUSTER_DIR/data" -U postgres \
		-A trust -E UTF8 --locale=C --no-sync >"$GL_CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$GL_CLUSTER_DIR/initdb.log" >&2; return 1; }
	gl_as_owner "$GL_PGBIN/pg_ctl" -D "$GL_CLUSTER_DIR/data" -p "${GL_POSTGRES_RUN:-$GL_POSTGRES}" -w -t 60 \
		-l "$GL_CLUSTER_DIR/server.log" \
		-o "-k $GL_CLUSTER_DIR -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off $*" \
		start >/dev/null ||
		{ cat "$GL_CLUSTER_DIR/server.log" >&2; return 1; }
	export PGHOST="$GL_CLUSTER_DIR" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
	chmod 755 "$GL_CLUSTER_DIR"
}

# gl_cluster_stop: stop and remove the cluster and the stage (safe to call
# twice, and when nothing was started).
gl_cluster_stop() {
	if [ -n "${GL_CLUSTER_DIR:-}" ]; then
		gl_as_owner "$GL_PGBIN/pg_ctl" -D "$GL_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1
		rm -rf "$GL_CLUSTER_DIR"
		GL_CLUSTER_DIR=
	fi
	if [ -n "${GL_STAGE:-}" ]; then
		rm -rf "$GL_STAGE"
		GL_STAGE= GL_POSTGRES= GL_POSTGRES_RUN=
	fi
}

# gl_server_named: whether the user's PGHOST, PGPORT or PGDATABASE name a
# server to use instead of a throwaway cluster.
gl_server_named() {
	[ -n "${PGHOST:-}" ] || [ -n "${PGPORT:-}" ] || [ -n "${PGDATABASE:-}" ]
}

# gl_server_check: the named server answers (message when not).
gl_server_check() {
	pg_isready -q -t 10 && return 0
	gl_say "no PostgreSQL server answers at PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGDATABASE=${PGDATABASE:-}"
	gl_say "(unset PGHOST, PGPORT and PGDATABASE to use a throwaway cluster)"
	return 1
}
