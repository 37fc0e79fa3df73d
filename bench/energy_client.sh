#!/usr/bin/env bash
# bench/energy_client.sh - recalculation: one greenlang UPDATE against the
# runbook's client-side job (Python + psycopg2 + iapws); see
# bench/energy_client.py.  Run by `make bench` with the benchmark cluster up
# (PGHOST, PGPORT, PGUSER, PGDATABASE set).
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh
gl_ensure_packages python3-iapws python3-psycopg2 || exit 1
/usr/bin/python3 bench/energy_client.py
