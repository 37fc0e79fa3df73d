#!/usr/bin/env bash
# demo/run.sh - `make demo`: install what is missing, build greenlang,
# install it into a private stage and start a throwaway cluster of the
# staged server (unless PGHOST/PGPORT/PGDATABASE name a server, where
# greenlang must have been installed with `make install`), run the demo
# session in demo/demo.sql, load the users' schema and the demo data
# (demo/load.sql), then print the incident diagnostics (demo/report.sql),
# which write a Sankey SVG to demo/out/.  PG_CONFIG chooses the PostgreSQL
# as for `make test`.
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

gl_pg_setup || exit 1

if gl_server_named; then
	gl_say "using the server named by PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGDATABASE=${PGDATABASE:-}"
	gl_say "(greenlang must be installed there: make install PG_CONFIG=<its pg_config>)"
	gl_server_check || exit 1
else
	trap gl_cluster_stop EXIT
	gl_stage || exit 1
	gl_cluster_start || { gl_say "could not start a PostgreSQL cluster"; exit 1; }
	gl_say "started a throwaway cluster of $GL_PGVERSION in $GL_CLUSTER_DIR"
fi

psql -X -v ON_ERROR_STOP=1 -q -f demo/demo.sql
rc=$?
# the users' schema and the demo data (demo/README.md); GL_DEMO_SCALE and
# GL_DEMO_SEED choose the size and the seed
if [ $rc -eq 0 ]; then
	psql -X -v ON_ERROR_STOP=1 -q -v scale="${GL_DEMO_SCALE:-1}" -v seed="${GL_DEMO_SEED:-20251126}" \
		-f demo/load.sql
	rc=$?
fi
if [ $rc -eq 0 ]; then
	mkdir -p demo/out
	psql -X -v ON_ERROR_STOP=1 -q -v svg_dir="$PWD/demo/out" -f demo/report.sql
	rc=$?
fi
[ $rc -eq 0 ] && gl_say "demo finished"
exit $rc
