#!/usr/bin/env bash
# test/run.sh - `make test`: build, install, run the pg_regress suite on a
# throwaway cluster and the C unit tests of the pure-C cores, then print one
# closing line "N passed, M failed" (exit status 1 when M > 0).
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

passed=0
failed=0

gl_ensure_packages || exit 1
gl_build_install || { gl_say "build or install failed"; echo "0 passed, 1 failed"; exit 1; }

# ---- C unit tests of the pure-C cores ----
unit_log=$(mktemp)
make -s PG_CONFIG="$GL_PGBIN/pg_config" unit >"$unit_log" 2>&1
unit_rc=$?
grep -v ": [0-9]* passed, 0 failed$" "$unit_log" | grep -v "^$" | head -n 200
while read -r p f; do
	passed=$((passed + p)); failed=$((failed + f))
done < <(sed -n 's/^[^ ]*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$unit_log")
grep "passed, .* failed$" "$unit_log"
if [ $unit_rc -ne 0 ] && ! grep -q "passed, [1-9][0-9]* failed$" "$unit_log"; then
	gl_say "unit tests did not build or run"; failed=$((failed + 1))
fi
rm -f "$unit_log"

# ---- pg_regress on a throwaway cluster ----
trap gl_cluster_stop EXIT
if gl_cluster_start; then
	rm -rf test/out
	mkdir -p test/out
	regress_log=test/out/regress.log
	make -s PG_CONFIG="$GL_PGBIN/pg_config" installcheck >"$regress_log" 2>&1
	regress_rc=$?
	cat "$regress_log"
	ok=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. ok' "$regress_log")
	bad=$(grep -cE '^(test| ) +[^ ]+ +\.\.\. FAILED' "$regress_log")
	passed=$((passed + ok)); failed=$((failed + bad))
	# a test that never reported (pg_regress stopped early, e.g. on a
	# missing expected file) is a failure too
	nregress=$(make -s PG_CONFIG="$GL_PGBIN/pg_config" print-regress | wc -w)
	if [ $((ok + bad)) -lt "$nregress" ]; then
		gl_say "pg_regress reported $((ok + bad)) of $nregress tests"
		failed=$((failed + nregress - ok - bad))
	elif [ "$regress_rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		gl_say "pg_regress failed"; failed=$((failed + 1))
	fi
	if [ -f test/out/regression.diffs ]; then
		head -n 300 test/out/regression.diffs
	fi
	gl_cluster_stop
else
	gl_say "could not start a PostgreSQL cluster"; failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
