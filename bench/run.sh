#!/usr/bin/env bash
# bench/run.sh - `make bench`: the pure-C micro-benchmarks, then the SQL
# benchmarks on a throwaway cluster.  Figures are ratios against a baseline
# measured in the same run; bench/README.md records them.
# Knobs: BENCH_ROWS (default 1000000); BENCH="steam drift" runs only the
# named modules' SQL and client benchmarks (bench/<module>.sql,
# bench/<module>_client.sh); the pure-C ones (bench/bench_*.c) always run.
# BENCH=cancel (named explicitly: 20M rows take minutes) runs
# bench/cancel.sh, the cancel latency of every aggregate.
# PG_CONFIG chooses the PostgreSQL as for `make test`; greenlang is
# installed into a private stage, never into the server's directories.
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

gl_pg_setup || exit 1
trap gl_cluster_stop EXIT
gl_stage || exit 1

echo "== pure C (ns per call)"
mkdir -p bench/bin
for b in bench/bench_*.c; do
	[ -e "$b" ] || continue
	exe=bench/bin/$(basename "$b" .c)
	gcc -std=gnu99 -O2 -march=x86-64 $(gl_make print-includes) \
		-o "$exe" "$b" $(gl_make print-core) || exit 1
	"$exe"
done

echo
echo "== SQL (per row, ${BENCH_ROWS:-1000000} rows, no parallel workers)"
gl_cluster_start -c shared_buffers=512MB -c max_parallel_workers_per_gather=0 -c jit=off ||
	{ gl_say "could not start a PostgreSQL cluster"; exit 1; }
# each module's SQL benchmark (bench/<module>.sql; bench/bench.sql is the
# shared harness they include), then client-side comparisons (bench/*_client.sh)
selected() {	# selected <module>: whether BENCH names it (or is unset)
	[ -z "${BENCH:-}" ] && return 0
	case " $BENCH " in *" $1 "*) return 0 ;; esac
	return 1
}
for f in bench/*.sql; do
	[ "$f" = bench/bench.sql ] && continue
	selected "$(basename "$f" .sql)" || continue
	echo
	echo "-- $f"
	psql -X -q -v ON_ERROR_STOP=1 -v rows="${BENCH_ROWS:-1000000}" -f "$f" || exit 1
done
for f in bench/*_client.sh; do
	[ -e "$f" ] || continue
	selected "$(basename "$f" _client.sh)" || continue
	echo
	echo "-- $f"
	bash "$f" || exit 1
done
case " ${BENCH:-} " in
*" cancel "*)
	echo
	echo "-- bench/cancel.sh"
	bash bench/cancel.sh || exit 1
	;;
esac
