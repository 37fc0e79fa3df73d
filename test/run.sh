#!/usr/bin/env bash
# test/run.sh - `make test`: build, run the C unit tests of the pure-C
# cores, install greenlang into a private stage and run the pg_regress
# suite and the dump/restore test of every type (test/dump_restore.sh) on a
# throwaway cluster of the staged server, then print one closing
# line "N passed, M failed" (exit status 1 when M > 0).
#
# PG_CONFIG chooses the PostgreSQL (default: Debian's 15), e.g.
#   make test PG_CONFIG=/var/cache/greenlang/pg18/bin/pg_config
# When PGHOST, PGPORT or PGDATABASE name a server, the suite runs there
# instead (make installcheck), against the greenlang installed in that
# server (make install): this script installs nothing into it.
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

passed=0
failed=0

gl_pg_setup || { echo "0 passed, 1 failed"; exit 1; }
gl_say "PostgreSQL: $GL_PGVERSION ($PG_CONFIG)"
gl_build || { gl_say "build failed"; echo "0 passed, 1 failed"; exit 1; }

# ---- the module graph: declared dependencies, no cycle ----
if make -s check-deps >/dev/null 2>&1; then
	passed=$((passed + 1))
else
	make -s check-deps | grep -v " <- "; failed=$((failed + 1))
fi

# ---- C unit tests of the pure-C cores ----
unit_log=$(mktemp)
gl_make unit >"$unit_log" 2>&1
unit_rc=$?
grep -v ": [0-9]* passed, 0 failed$" "$unit_log" | grep -v "^$" | head -n 200
while read -r p f; do
	passed=$((passed + p)); failed=$((failed + f))
done < <(sed -n 's/^[^ ]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$unit_log")
grep "passed, .* failed$" "$unit_log"
# a test program that stopped before its closing line (it did not build,
# crashed, or a sanitizer reported with SANITIZE=1) is a failure
nunit=$(gl_make print-unit-tests | wc -w)
nclosing=$(grep -c "^[^ ]*: [0-9]* passed, [0-9]* failed$" "$unit_log")
if [ "$nclosing" -lt "$nunit" ]; then
	gl_say "$((nunit - nclosing)) of $nunit unit test programs did not build or stopped before their closing line"
	failed=$((failed + nunit - nclosing))
elif [ $unit_rc -ne 0 ] && ! grep -q "passed, [1-9][0-9]* failed$" "$unit_log"; then
	gl_say "unit tests did not build or run"; failed=$((failed + 1))
fi
rm -f "$unit_log"

# ---- fuzz smoke run (tools/fuzz.sh): each libFuzzer harness of the pure-C
# parsers over its seeds and a fixed number of mutations, one
# "fuzz_<name>: 1 passed, 0 failed" line each; without clang it says so
# and counts nothing (a failure with CI=true) ----
fuzz_log=$(mktemp)
bash tools/fuzz.sh smoke >"$fuzz_log"
while read -r p f; do
	passed=$((passed + p)); failed=$((failed + f))
done < <(sed -n 's/^[^ ]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$fuzz_log")
cat "$fuzz_log"
rm -f "$fuzz_log"

# regress_count <log>: add up pg_regress's per-test lines.  Up to
# PostgreSQL 15: "test name ... ok 12 ms" (or "     name ... FAILED" in a
# parallel group); from 16 on (TAP): "ok 1         - name   12 ms",
# "not ok 2     - name   12 ms", and "# SKIP"/"# TODO" lines count as ok.
regress_count() {
	ok=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +ok|^ok +[0-9]+ ' "$1")
	bad=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. +FAILED|^not ok +[0-9]+ ' "$1")
}

# ---- pg_regress ----
rm -rf test/out/results test/out/regression.diffs test/out/regression.out test/out/regress.log
mkdir -p test/out
regress_log=test/out/regress.log
cluster=0
if gl_server_named; then
	gl_say "running the regression tests against the server at PGHOST=${PGHOST:-} PGPORT=${PGPORT:-}"
	gl_say "(make installcheck: greenlang must be installed there with 'make install';"
	gl_say " this run does not install it)"
	gl_server_check && cluster=1
else
	trap gl_cluster_stop EXIT
	if gl_stage && gl_cluster_start; then
		cluster=1
	fi
fi
if [ $cluster = 1 ]; then
	gl_make installcheck >"$regress_log" 2>&1
	regress_rc=$?
	cat "$regress_log"
	regress_count "$regress_log"
	passed=$((passed + ok)); failed=$((failed + bad))
	# a test that never reported (pg_regress stopped early, e.g. on a
	# missing expected file) is a failure too
	nregress=$(gl_make print-regress | wc -w)
	if [ $((ok + bad)) -lt "$nregress" ]; then
		gl_say "pg_regress reported $((ok + bad)) of $nregress tests"
		failed=$((failed + nregress - ok - bad))
	elif [ "$regress_rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		gl_say "pg_regress failed"; failed=$((failed + 1))
	fi
	if [ -f test/out/regression.diffs ]; then
		head -n 300 test/out/regression.diffs
	fi
	# ---- every type through pg_dump and restore (plain and custom) and
	# binary COPY, compared value by value (test/dump_restore.sh) ----
	dump_line=$(bash test/dump_restore.sh | tail -n 1)
	echo "$dump_line"
	if [[ "$dump_line" =~ ^dump_restore:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
	else
		gl_say "test/dump_restore.sh stopped before its closing line"; failed=$((failed + 1))
	fi
	# ---- SANITIZE=1 (tools/pg.sh): the server ran under ASan and UBSan,
	# they reported nothing, and they catch a deliberate overflow ----
	if [ "${SANITIZE:-}" = 1 ] && [ -n "${GL_CLUSTER_DIR:-}" ]; then
		gl_sanitize_check
		passed=$((passed + san_ok)); failed=$((failed + san_bad))
	fi
	gl_cluster_stop
else
	gl_say "could not start a PostgreSQL cluster"; failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
