#!/usr/bin/env bash
# bench/cancel.sh - how long a cancelled greenlang aggregate keeps running,
# in every phase of its work (issue 14: under 100 ms).
#
#   BENCH=cancel make bench                       (run only when BENCH names it)
#   BENCH=cancel CANCEL_ROWS=300000 make bench    (smaller, quicker)
#   BENCH=cancel CANCEL_AGGS=score_summary make bench   (some aggregates only)
#   BENCH=cancel CANCEL_MODE="phases scan" make bench   (also the 20M-row run)
#
# Every aggregate of the extension is taken from pg_aggregate, so none is
# missed (one without a call below is a NO row), and run twice: serial
# (plain aggregate, one group) and hashed (GROUP BY 1,000 groups,
# enable_sort off, work_mem 64MB); no parallel workers.  The figure is the
# overrun: from the statement's start to the 57014 error, minus the
# statement_timeout.  Target: under 100 ms each.
#
# CANCEL_MODE "phases" (the default): over CANCEL_ROWS rows (default
# 1,000,000, so that each aggregate ends in a few seconds) the aggregate is
# first timed uncancelled (T), then with its final step replaced by nothing
# (a copy of the aggregate in pg_temp with the same transition function and
# state, whose final function is pg_typeof, which never reads the state):
# the scan with the transitions (S).  Then it runs with statement_timeout
# at S/2 (phase "scan") and at S + f (T - S) for each f of CANCEL_POINTS
# (default "0.25 0.5 0.75": phase "final", the final function, or the
# flat size of a state without one); the worst overrun of each phase is
# reported.  Each result is read by pg_column_size(), so the copy of a
# large result into a tuple (heap_form_tuple, PostgreSQL's own, about 1 s
# for a 128 MB summary on a loaded VM and not cancellable) is not counted.
# A final step shorter than CANCEL_MIN_FINAL ms (default 5) is not
# cancelled (nothing to measure: listed with its time).  An uncancelled
# run longer than CANCEL_MAX_MS (default 10000) is stopped there and its
# aggregate not measured (listed), so that the run stays within minutes.
#
# CANCEL_MODE "scan": the run of issue 14's audit, over CANCEL_SCAN_ROWS
# rows (default 20,000,000) with statement_timeout = 1 s, which always
# falls in the scan.  CANCEL_MODE="phases scan" runs both.
#
# CANCEL_AGGS: a regular expression; only the aggregates whose signature
# matches it run (default: all).  CANCEL_PLANS: "serial hash" (default),
# or one of them.
#
# A run that ends before its timeout (finished: the timing of a loaded
# machine varies; or another error) is listed apart, with its time.
# Called by bench/run.sh with its cluster up.
set -u
cd "$(dirname "$0")/.."
modes=${CANCEL_MODE:-phases}
plans=${CANCEL_PLANS:-serial hash}
points=${CANCEL_POINTS:-0.25 0.5 0.75}
min_final=${CANCEL_MIN_FINAL:-5}
max_ms=${CANCEL_MAX_MS:-10000}
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# the call of each aggregate (its regprocedure, then an expression over
# cancel_rows: i bigint, x float8, b, c boolean, ts timestamptz, g int)
calls=$(cat <<'CALLS'
confusion(boolean,boolean)|confusion(b, c)
coverage(timestamp with time zone,interval)|coverage(ts, '5 min')
coverage(timestamp with time zone,interval,boolean)|coverage(ts, '5 min', b)
energy_balance(double precision,text,text)|energy_balance(x, 'kWh', CASE WHEN b THEN 'input' WHEN c THEN 'output' ELSE 'loss' END)
energy_balance(double precision,text,text,double precision)|energy_balance(x, 'kWh', CASE WHEN b THEN 'input' WHEN c THEN 'output' ELSE 'loss' END, 0.1)
error_counts(timestamp with time zone,boolean,interval)|error_counts(ts, b, '1 min')
fp_rate(boolean)|fp_rate(b)
fp_rate_interval(boolean)|fp_rate_interval(b)
fp_rate_interval(boolean,double precision)|fp_rate_interval(b, 0.9)
fp_rate_interval(boolean,double precision,text)|fp_rate_interval(b, 0.9, 'clopper-pearson')
ks_drift(double precision,boolean)|ks_drift(x, b)
ks_drift(double precision,boolean,text)|ks_drift(x, b, 'less')
ks_drift(double precision,boolean,text,text)|ks_drift(x, b, 'two-sided', 'exact')
limit_counts(double precision,double precision[])|limit_counts(x, '{0.25,0.5,0.75}')
meter_counter(timestamp with time zone,double precision,text,text)|meter_counter(ts, i * 0.5, 'kWh', 'rebase')
meter_counter(timestamp with time zone,double precision,text,text,double precision)|meter_counter(ts, (i * 0.5) % 1000, 'kWh', 'rebase', 1000)
meter_counter(timestamp with time zone,double precision,text,text,double precision,double precision)|meter_counter(ts, (i * 0.5) % 1000, 'kWh', 'reset-to-zero', 1000, 0.5)
paired_outcomes(boolean,boolean)|paired_outcomes(b, c)
proportion(boolean)|proportion(b)
proportion_interval(boolean)|proportion_interval(b)
psi(double precision,boolean)|psi(x, b)
psi(double precision,boolean,integer)|psi(x, b, 20)
rollup(confusion)|rollup(confusion(i % 5, i % 7, 1, 2))
rollup(coverage)|rollup(('max_gap=300, missing=' || i % 3)::coverage)
rollup(error_counts)|rollup(('width=60, buckets=' || i % 100000 || ':0/1')::error_counts)
rollup(limit_counts)|rollup(('limits=1, counts=1 0, min=' || x || ', max=' || x)::limit_counts)
rollup(meter_counter)|rollup(('reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=' || i % 1)::meter_counter)
rollup(paired_outcomes)|rollup(paired_outcomes(i % 2, 1, 0, i % 3))
rollup(proportion)|rollup(proportion(i % 2, 1))
rollup(score_summary)|rollup(('{' || (i % 1000) * 0.001 || ':1/0/' || i % 2 || '}')::score_summary)
sankey_collect(text,text,double precision)|sankey_collect('source ' || i % 50, 'target ' || i % 40, 1 + x)
sankey_collect(text,text,double precision,text)|sankey_collect('source ' || i % 50, 'target ' || i % 40, 1 + x, 'unit=kWh')
sankey_svg(text,text,double precision)|sankey_svg('source ' || i % 50, 'target ' || i % 40, 1 + x)
sankey_svg(text,text,double precision,text)|sankey_svg('source ' || i % 50, 'target ' || i % 40, 1 + x, 'unit=kWh')
score_summary(double precision,boolean)|score_summary(x, b)
score_summary(double precision,boolean,integer)|score_summary(x, b, 3)
CALLS
)

for m in $modes; do
	case $m in phases | scan) ;; *) echo "bench/cancel.sh: CANCEL_MODE: '$m' is not phases or scan"; exit 1 ;; esac
done
for p in $plans; do
	case $p in serial | hash) ;; *) echo "bench/cancel.sh: CANCEL_PLANS: '$p' is not serial or hash"; exit 1 ;; esac
done
for f in $points; do
	[[ $f =~ ^0?\.[0-9]+$ ]] || { echo "bench/cancel.sh: CANCEL_POINTS: '$f' is not a fraction 0.x"; exit 1; }
done
[[ $min_final =~ ^[0-9]+$ ]] || { echo "bench/cancel.sh: CANCEL_MIN_FINAL: '$min_final' is not a number of ms"; exit 1; }
[[ $max_ms =~ ^[1-9][0-9]*$ ]] || { echo "bench/cancel.sh: CANCEL_MAX_MS: '$max_ms' is not a number of ms"; exit 1; }

q -c "CREATE EXTENSION IF NOT EXISTS greenlang" || exit 1
aggs=$(q -At -c "SELECT p.oid::regprocedure FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang' ORDER BY 1") || exit 1
[ -n "$aggs" ] || { echo "bench/cancel.sh: no aggregate of greenlang found"; exit 1; }
if [ -n "${CANCEL_AGGS:-}" ]; then
	aggs=$(grep -E -- "$CANCEL_AGGS" <<<"$aggs")
	[ -n "$aggs" ] || { echo "bench/cancel.sh: CANCEL_AGGS='$CANCEL_AGGS' matches no aggregate"; exit 1; }
fi

# the SQL of one mode's run over cancel_rows, on stdout
script() {	# script <mode> <rows>
	local mode=$1 rows=$2 agg call plan sql scan set_mode name f
	echo '\i bench/bench.sql'
	echo "SELECT set_config('bench.rows', '$rows', false) \\g /dev/null"
	cat <<SQL
SELECT set_config('bench.min_final', '$min_final', false) \\g /dev/null
SELECT set_config('bench.last_ms', '0', false) \\g /dev/null
SQL
	cat <<'SQL'
-- cancel_time: each aggregate's uncancelled time (total_ms) and that of
-- its scan and transitions without the final step (scan_ms)
CREATE TEMP TABLE cancel_time (name text, plan text, total_ms float8, scan_ms float8);
-- cancel_run: each cancelled run, its timeout (at_ms) and overrun
CREATE TEMP TABLE cancel_run (name text, plan text, phase text, at_ms float8, overrun_ms float8);
-- cancel_done: runs that ended before their timeout, and why
CREATE TEMP TABLE cancel_done (name text, plan text, phase text, at_ms float8, ms float8, outcome text);

-- measure(name, plan, kind, q): one uncancelled run of q ('total': the
-- aggregate; 'scan': its copy without the final step, only when the
-- total is known) into cancel_time; a second when the first took under a
-- second (the best counts).  A run that fails (or takes longer than the
-- statement_timeout the script sets, CANCEL_MAX_MS) goes to cancel_done.
CREATE FUNCTION pg_temp.measure(name text, plan text, kind text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  ms float8;
  best float8;
  i int;
BEGIN
  IF kind = 'total' THEN
    INSERT INTO cancel_time VALUES (name, plan, NULL, NULL);
  ELSIF (SELECT total_ms FROM cancel_time c WHERE c.name = measure.name AND c.plan = measure.plan) IS NULL THEN
    RETURN;
  END IF;
  FOR i IN 1 .. 2 LOOP
    t0 := clock_timestamp();
    BEGIN
      EXECUTE q;
      ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    EXCEPTION WHEN query_canceled OR OTHERS THEN
      ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
      INSERT INTO cancel_done VALUES (name, plan, 'uncancelled', NULL, ms,
        CASE WHEN SQLSTATE = '57014' THEN 'uncancelled ' || kind || ' over CANCEL_MAX_MS: not measured'
             ELSE SQLSTATE || ' ' || SQLERRM END);
      RETURN;
    END;
    best := least(best, ms);
    EXIT WHEN ms >= 1000;
  END LOOP;
  IF kind = 'total' THEN
    UPDATE cancel_time c SET total_ms = best WHERE c.name = measure.name AND c.plan = measure.plan;
  ELSE
    UPDATE cancel_time c SET scan_ms = best WHERE c.name = measure.name AND c.plan = measure.plan;
  END IF;
END $$;

-- arm(name, plan, phase, f): statement_timeout for the next statement:
-- phase '1 s' 1000 ms; 'scan' f x the scan; 'final' the scan plus f x the
-- final step; 'retry' (after a 'final' run that finished before its
-- timeout, the machine being faster than when it was timed) that timeout
-- scaled by the run's time over the total; 0 (nothing to run) when the
-- aggregate failed uncancelled, its final step takes under
-- bench.min_final ms, or there is nothing to retry
CREATE FUNCTION pg_temp.arm(name text, plan text, phase text, f float8) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t cancel_time;
  at float8 := 0;
BEGIN
  SELECT * INTO t FROM cancel_time c WHERE c.name = arm.name AND c.plan = arm.plan;
  IF phase = '1 s' THEN
    at := 1000;
  ELSIF phase = 'retry' THEN
    IF current_setting('bench.last_ms')::float8 > 0 THEN
      at := greatest(round(current_setting('bench.cancel_at')::float8
                           * current_setting('bench.last_ms')::float8 / t.total_ms), 1);
    END IF;
  ELSIF t.total_ms IS NULL OR t.scan_ms IS NULL THEN
    at := 0;
  ELSIF phase = 'scan' THEN
    at := greatest(round(t.scan_ms * f), 1);
  ELSIF t.total_ms - t.scan_ms < current_setting('bench.min_final')::float8 THEN
    IF NOT EXISTS (SELECT FROM cancel_done d WHERE d.name = arm.name AND d.plan = arm.plan AND d.phase = 'final') THEN
      INSERT INTO cancel_done VALUES (name, plan, 'final', NULL, t.total_ms - t.scan_ms,
                                      'final step under ' || current_setting('bench.min_final') || ' ms: not cancelled');
    END IF;
  ELSE
    at := round(t.scan_ms + f * (t.total_ms - t.scan_ms));
  END IF;
  PERFORM set_config('bench.cancel_at', at::text, false);
  PERFORM set_config('statement_timeout', at::text, false);
END $$;

-- cancel_at(name, plan, phase, q): run q under the timeout arm set; the
-- overrun (from the statement's start to the 57014 error, minus the
-- timeout) into cancel_run, or how it ended into cancel_done; then no
-- timeout.  A timeout that falls just after q ended (the timer is still
-- armed) is caught and the result written again.
CREATE FUNCTION pg_temp.cancel_at(name text, plan text, phase text, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  at float8 := current_setting('bench.cancel_at')::float8;
  ms float8;
  outcome text;
  attempt int;
BEGIN
  PERFORM set_config('bench.last_ms', '0', false);
  IF at = 0 THEN
    RETURN;
  END IF;
  BEGIN
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000;
    outcome := 'finished';
  EXCEPTION WHEN query_canceled THEN
    ms := extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000;
    outcome := NULL;
  WHEN OTHERS THEN
    ms := extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000;
    outcome := SQLSTATE || ' ' || SQLERRM;
  END;
  FOR attempt IN 1 .. 2 LOOP
    BEGIN
      IF outcome IS NULL THEN
        INSERT INTO cancel_run VALUES (name, plan, phase, at, ms - at);
      ELSE
        INSERT INTO cancel_done VALUES (name, plan, phase, at, ms, outcome);
      END IF;
      PERFORM set_config('statement_timeout', '0', false);
      PERFORM set_config('bench.last_ms', CASE WHEN outcome = 'finished' THEN ms ELSE 0 END::text, false);
      EXIT;
    EXCEPTION WHEN query_canceled THEN
      NULL;
    END;
  END LOOP;
END $$;
SET work_mem = '64MB';
SET max_parallel_workers_per_gather = 0;
SQL
	if [ "$mode" = phases ]; then
		# a copy of each aggregate in pg_temp without its final step: the same
		# transition function and state; pg_typeof never reads the state
		cat <<'SQL'
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
                  a.aggtransfn::regproc AS sfunc, a.aggtranstype::regtype AS stype,
                  a.aggtransspace AS sspace, a.agginitval AS initcond
           FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
  LOOP
    EXECUTE format('CREATE AGGREGATE pg_temp.%I(%s) (sfunc = %s, stype = %s, sspace = %s, '
                   'finalfunc = pg_typeof, finalfunc_modify = read_only%s)',
                   r.proname, r.args, r.sfunc, r.stype, r.sspace,
                   CASE WHEN r.initcond IS NOT NULL THEN format(', initcond = %L', r.initcond) ELSE '' END);
  END LOOP;
END $$;
SQL
	fi
	# a timeout that falls just after a run (in the few statements around
	# it) must not stop the whole benchmark
	echo '\set ON_ERROR_STOP 0'
	while read -r agg; do
		[ -n "$agg" ] || continue
		call=$(awk -F'|' -v a="$agg" '$1 == a { sub(/^[^|]*\|/, ""); print; exit }' <<<"$calls")
		if [ -z "$call" ]; then
			echo "INSERT INTO bench_result VALUES ('$agg: no call in bench/cancel.sh (add one)', NULL, NULL, NULL, 0);"
			continue
		fi
		for plan in $plans; do
			if [ $plan = serial ]; then
				sql="SELECT pg_column_size($call) FROM cancel_rows"
				scan="SELECT pg_column_size(pg_temp.$call) FROM cancel_rows"
				set_mode="SET enable_sort = on; SET enable_hashagg = off;"
			else
				sql="SELECT g, pg_column_size($call) FROM cancel_rows GROUP BY g"
				scan="SELECT g, pg_column_size(pg_temp.$call) FROM cancel_rows GROUP BY g"
				set_mode="SET enable_sort = off; SET enable_hashagg = on;"
			fi
			name="\$n\$$agg\$n\$"
			echo "$set_mode"
			if [ "$mode" = scan ]; then
				echo "SELECT pg_temp.arm($name, '$plan', '1 s', 1) \\g /dev/null"
				echo "SELECT pg_temp.cancel_at($name, '$plan', '1 s', \$q\$$sql\$q\$) \\g /dev/null"
				continue
			fi
			echo "SET statement_timeout = $max_ms;"
			echo "SELECT pg_temp.measure($name, '$plan', 'total', \$q\$$sql\$q\$) \\g /dev/null"
			echo "SELECT pg_temp.measure($name, '$plan', 'scan', \$q\$$scan\$q\$) \\g /dev/null"
			echo "RESET statement_timeout;"
			echo "SELECT pg_temp.arm($name, '$plan', 'scan', 0.5) \\g /dev/null"
			echo "SELECT pg_temp.cancel_at($name, '$plan', 'scan', \$q\$$sql\$q\$) \\g /dev/null"
			for f in $points; do
				echo "SELECT pg_temp.arm($name, '$plan', 'final', $f) \\g /dev/null"
				echo "SELECT pg_temp.cancel_at($name, '$plan', 'final', \$q\$$sql\$q\$) \\g /dev/null"
				echo "SELECT pg_temp.arm($name, '$plan', 'retry', $f) \\g /dev/null"
				echo "SELECT pg_temp.cancel_at($name, '$plan', 'final', \$q\$$sql\$q\$) \\g /dev/null"
			done
		done
	done <<<"$aggs"
	cat <<'SQL'
\set ON_ERROR_STOP 1
RESET statement_timeout; RESET enable_sort; RESET enable_hashagg;
INSERT INTO bench_result SELECT name || ' ' || plan || ' ' || phase, max(overrun_ms), NULL, NULL, 100
FROM cancel_run GROUP BY 1;
SELECT benchmark AS "aggregate, plan, phase", ms AS "worst overrun ms", target, met
FROM pg_temp.bench_report() ORDER BY 1;
SQL
	[ "$mode" = phases ] && cat <<'SQL'
SELECT t.name || ' ' || t.plan AS "aggregate, plan", round(t.total_ms::numeric) AS "uncancelled ms",
       round((t.total_ms - t.scan_ms)::numeric) AS "final step ms",
       (SELECT string_agg(round(r.overrun_ms::numeric, 1) || ' at ' || r.at_ms, ', ' ORDER BY r.at_ms)
        FROM cancel_run r WHERE r.name = t.name AND r.plan = t.plan) AS "overruns (ms at timeout ms)"
FROM cancel_time t ORDER BY 1;
SQL
	cat <<'SQL'
SELECT name || ' ' || plan || ' ' || phase AS "ended before the timeout",
       string_agg(round(ms::numeric) || coalesce(' of ' || at_ms, ''), ', ' ORDER BY at_ms) AS "ms (of timeout ms)",
       outcome
FROM cancel_done GROUP BY name, plan, phase, outcome ORDER BY 1;
SELECT count(*) FILTER (WHERE met = 'yes') AS met, count(*) FILTER (WHERE met = 'NO') AS "not met",
       max(ms) AS "worst overrun ms"
FROM pg_temp.bench_report();
SQL
}

for mode in $modes; do
	if [ "$mode" = phases ]; then
		rows=${CANCEL_ROWS:-1000000}
		echo "cancel latency in every phase: $rows rows, timeouts at half the scan and at $points of the final step; target: overrun < 100 ms"
	else
		rows=${CANCEL_SCAN_ROWS:-20000000}
		echo "cancel latency in the scan: $rows rows, statement_timeout = 1 s; target: overrun < 100 ms"
	fi
	t0=$(date +%s)
	q -v rows="$rows" <<'SQL' || exit 1
DROP TABLE IF EXISTS cancel_rows;
CREATE UNLOGGED TABLE cancel_rows AS
  SELECT i, random() AS x, random() < 0.3 AS b, random() < 0.5 AS c,
         '2024-01-01'::timestamptz + i * interval '1 s' AS ts, (i % 1000)::int AS g
  FROM generate_series(1::bigint, :rows) i;
VACUUM ANALYZE cancel_rows;
SQL
	echo "($(($(date +%s) - t0)) s to make the rows)"
	t0=$(date +%s)
	f=$(mktemp)
	script "$mode" "$rows" >"$f"
	q -f "$f"
	rc=$?
	rm -f "$f"
	q -c "DROP TABLE cancel_rows" || exit 1
	echo "($(($(date +%s) - t0)) s)"
	[ $rc = 0 ] || exit $rc
done
