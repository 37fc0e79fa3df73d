#!/usr/bin/env bash
# tools/fuzz.sh - build and run the libFuzzer harnesses of the pure-C cores
# (test/fuzz/fuzz_<name>.c; their seeds in test/fuzz/corpus/<name>/).
#
#   bash tools/fuzz.sh run     `make fuzz`: each harness for FUZZ_SECONDS
#                              (default 60) or FUZZ_RUNS executions; FUZZ
#                              names the harnesses (default: all).  New
#                              inputs go to test/fuzz/bin/corpus/<name>/
#                              (not committed), a crash's input to
#                              test/fuzz/bin/crash-<name>-*.
#   bash tools/fuzz.sh smoke   `make test`: each harness over its seeds and
#                              FUZZ_SMOKE_RUNS (default 20000) mutations,
#                              with a fixed seed, so the run is the same
#                              every time; one line per harness,
#                              "fuzz_<name>: 1 passed, 0 failed" (or 0, 1).
#
# The harnesses need clang with libFuzzer (Debian's clang package): it is
# installed when missing and running as root, else the apt-get line is
# printed.  Without clang the smoke run says so and counts nothing, except
# with CI=true, where it counts as one failure (CI must fuzz).
set -u
cd "$(dirname "$0")/.."
. tools/pg.sh

mode=${1:-run}
FUZZ_CC=${FUZZ_CC:-clang}

fuzz_have_clang() {
	command -v "$FUZZ_CC" >/dev/null 2>&1 && return 0
	[ "$FUZZ_CC" = clang ] && gl_ensure_packages clang >&2 &&
		command -v clang >/dev/null 2>&1
}

names=${FUZZ:-}
[ -n "$names" ] || names=$(make -s print-fuzzers)

if ! fuzz_have_clang; then
	gl_say "fuzz: $FUZZ_CC (with libFuzzer) is not installed: the fuzzers were not run"
	if [ "$mode" = smoke ]; then
		[ "${CI:-}" = true ] && echo "fuzz: 0 passed, 1 failed"
		exit 0
	fi
	exit 1
fi

build_log=$(mktemp)
if ! make -s FUZZ_CC="$FUZZ_CC" FUZZ="$names" fuzz-build >"$build_log" 2>&1; then
	cat "$build_log" >&2
	rm -f "$build_log"
	gl_say "fuzz: the harnesses did not build"
	[ "$mode" = smoke ] && echo "fuzz: 0 passed, 1 failed"
	exit 1
fi
rm -f "$build_log"

# libFuzzer's settings for every run: inputs up to 4 kB, 10 s for one
# input is a hang, 2 GB is runaway memory; leaks are errors
common="-max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1"
bad=0
for n in $names; do
	bin=test/fuzz/bin/fuzz_$n
	seeds=test/fuzz/corpus/$n
	log=test/fuzz/bin/fuzz_$n.log
	if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
		gl_say "fuzz: no harness $bin or no seeds $seeds"
		[ "$mode" = smoke ] && echo "fuzz_$n: 0 passed, 1 failed"
		bad=1
		continue
	fi
	if [ "$mode" = smoke ]; then
		# new inputs go to a scratch directory, never into the seeds
		work=$(mktemp -d)
		"$bin" $common -seed=1 -runs="${FUZZ_SMOKE_RUNS:-20000}" \
			-artifact_prefix="$work/" "$work" "$seeds" >"$log" 2>&1
		rc=$?
		rm -rf "$work"
	else
		work=test/fuzz/bin/corpus/$n
		mkdir -p "$work"
		if [ -n "${FUZZ_RUNS:-}" ]; then
			limit="-runs=$FUZZ_RUNS"
		else
			limit="-max_total_time=${FUZZ_SECONDS:-60}"
		fi
		"$bin" $common $limit -artifact_prefix="test/fuzz/bin/crash-$n-" \
			"$work" "$seeds" >"$log" 2>&1
		rc=$?
	fi
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	if [ $rc -eq 0 ]; then
		if [ "$mode" = smoke ]; then
			echo "fuzz_$n: 1 passed, 0 failed"
		else
			echo "fuzz_$n: ${execs:-?} executions, no failure"
		fi
	else
		bad=1
		grep -E "ERROR|runtime error|property failed|SUMMARY|^ *#[0-9]+ .* (/[^ ]*/)?(src|test/fuzz)/|Test unit written" "$log" |
			head -n 30 >&2
		if [ "$mode" = smoke ]; then
			echo "fuzz_$n: 0 passed, 1 failed"
		else
			echo "fuzz_$n: FAILED after ${execs:-?} executions (log: $log)"
		fi
	fi
done
[ $bad = 0 ]
