# tools/pg.sh - shell functions shared by test/run.sh, demo/run.sh and
# bench/run.sh: install what is missing, build and install the extension,
# start and stop a throwaway PostgreSQL 15 cluster.  Source it; do not run it.
# (The server is started without fd 9, the install lock of gl_build_install:
# a server left running by an interrupted run must not hold the lock.)

GL_PACKAGES="postgresql-15 postgresql-server-dev-15 libgsl-dev"
GL_PGBIN=/usr/lib/postgresql/15/bin

gl_say() { printf '%s\n' "$*" >&2; }

# Install the Debian packages the build and the cluster need, when missing.
gl_ensure_packages() {
	local missing="" p
	for p in $GL_PACKAGES "$@"; do
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
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null &&
		apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ gl_say "apt-get install$missing failed"; return 1; }
}

# Build and install the extension into PostgreSQL 15.  Two checkouts
# building on one machine would overwrite each other's installed library in
# the middle of a run, so the install and everything after it, up to the
# end of the calling script, hold a lock.
gl_build_install() {
	if command -v flock >/dev/null 2>&1; then
		exec 9>>"${TMPDIR:-/tmp}/greenlang-install.lock"
		flock 9
	fi
	make -s PG_CONFIG="$GL_PGBIN/pg_config" all >/dev/null &&
		make -s PG_CONFIG="$GL_PGBIN/pg_config" install >/dev/null
}

# Run a command as the cluster owner: postgres when we are root (initdb
# refuses root), ourselves otherwise.
gl_as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# Start a throwaway cluster listening only on a Unix socket in a new temp
# directory; export PGHOST/PGPORT/PGUSER/PGDATABASE for it.  Extra server
# settings may be passed as arguments ("-c name=value").
gl_cluster_start() {
	GL_CLUSTER_DIR=$(mktemp -d /tmp/greenlang-pg.XXXXXX) || return 1
	[ "$(id -u)" = 0 ] && chown postgres:postgres "$GL_CLUSTER_DIR"
	chmod 700 "$GL_CLUSTER_DIR"
	gl_as_owner "$GL_PGBIN/initdb" -D "$GL_CLUSTER_DIR/data" -U postgres \
		-A trust -E UTF8 --locale=C --no-sync >"$GL_CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$GL_CLUSTER_DIR/initdb.log" >&2; return 1; }
	gl_as_owner "$GL_PGBIN/pg_ctl" -D "$GL_CLUSTER_DIR/data" -w -t 60 \
		-l "$GL_CLUSTER_DIR/server.log" \
		-o "-k $GL_CLUSTER_DIR -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off $*" \
		start >/dev/null 9>&- ||
		{ cat "$GL_CLUSTER_DIR/server.log" >&2; return 1; }
	export PGHOST="$GL_CLUSTER_DIR" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
	chmod 755 "$GL_CLUSTER_DIR"
}

gl_cluster_stop() {
	[ -n "${GL_CLUSTER_DIR:-}" ] || return 0
	gl_as_owner "$GL_PGBIN/pg_ctl" -D "$GL_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1
	rm -rf "$GL_CLUSTER_DIR"
	GL_CLUSTER_DIR=
}
