#!/usr/bin/env bash
# bench/run.sh - `make bench`: the pure-C micro-benchmarks, then the SQL
# benchmarks on a throwaway cluster.  Figures are ratios against a baseline
# measured in the same run; bench/README.md records them.
# Knobs: BENCH_ROWS (default 1000000); BENCH="steam drift" runs only the
# named modules' SQL and client benchmarks (bench/<module>.sql,
# bench/<module>_client.sh); the pure-C ones (bench/bench_*.c) always run.
# BENCH=cancel (named explicitly: it takes several minutes) runs
# bench/cancel.sh, the cancel latency of every aggregate in every phase
# (its options are at its top).
# BENCH_HUGEPAGES: 2 MB pages reserved for the cluster (root; see below).
# PG_CONFIG chooses the PostgreSQL as for `make test`; greenlang is
# installed into a private stage, never into the server's directories.
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

gl_pg_setup || exit 1

# Huge pages for the cluster's shared memory (bench/README.md, "Drift: why
# parallel plans were slow here").  On this VM a 4 kB page fault costs
# 12-80 us, and a parallel worker, a new process, faults in every page of
# shared buffers it reads: 11,000 faults for 1M rows of drift_bench, more
# time than its scan.  As root, BENCH_HUGEPAGES (default 300: 600 MB, the
# 512 MB of shared_buffers and the rest of the segment) 2 MB pages are
# added to vm.nr_hugepages for the run and taken back at the end; the
# cluster asks for huge_pages=try, so without them it runs on 4 kB pages,
# as bench prints.  BENCH_HUGEPAGES=0: 4 kB pages.
hp_added=0
bench_stop() {
	gl_cluster_stop
	if [ "$hp_added" -gt 0 ]; then
		echo $(($(cat /proc/sys/vm/nr_hugepages) - hp_added)) >/proc/sys/vm/nr_hugepages
		hp_added=0
	fi
}
trap bench_stop EXIT
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
# (reserved just before the start: any cluster started meanwhile with
# PostgreSQL's default huge_pages=try would take them)
if [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/nr_hugepages ] && [ "${BENCH_HUGEPAGES:-300}" -gt 0 ]; then
	hp_was=$(cat /proc/sys/vm/nr_hugepages)
	echo $((hp_was + ${BENCH_HUGEPAGES:-300})) >/proc/sys/vm/nr_hugepages 2>/dev/null &&
		hp_added=$(($(cat /proc/sys/vm/nr_hugepages) - hp_was))
fi
gl_cluster_start -c shared_buffers=512MB -c max_parallel_workers_per_gather=0 -c jit=off \
	-c huge_pages="$([ "${BENCH_HUGEPAGES:-300}" -gt 0 ] && echo try || echo off)" ||
	{ gl_say "could not start a PostgreSQL cluster"; exit 1; }
if grep -q "KernelPageSize: *2048 kB" "/proc/$(head -n 1 "$GL_CLUSTER_DIR/data/postmaster.pid")/smaps" 2>/dev/null; then
	echo "(shared memory in 2 MB huge pages)"
else
	echo "(shared memory in 4 kB pages: parallel workers and fresh connections pay a page fault per 4 kB of shared buffers they read)"
fi
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
