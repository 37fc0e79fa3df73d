-- fp_rate, fp_rate_interval, the confusion type, its aggregates and accessors.

-- shared/reference/energy.md, "Classification metrics (worked example)":
-- TP = 90, FP = 10, FN = 15, TN = 885.  Every figure there, to its 10
-- significant digits (interval bounds), or exactly where it is exact.
CREATE TEMP TABLE example AS SELECT 'tp=90, fp=10, fn=15, tn=885'::confusion AS c;
SELECT c, tp(c), fp(c), fn(c), tn(c) FROM example;
SELECT "precision"(c) = 0.9 AS precision_ok,
       abs(recall(c) - 0.8571428571) < 5e-11 AS recall_ok,
       abs(false_positive_rate(c) - 0.01117318436) < 5e-12 AS fpr_ok,
       accuracy(c) = 0.975 AS accuracy_ok,
       abs(f1(c) - 0.8780487805) < 5e-11 AS f1_ok
FROM example;
CREATE FUNCTION pg_temp.ok(got rate_interval, lo float8, hi float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS 'SELECT abs((got).lower - lo) <= 5e-10 * lo AND abs((got).upper - hi) <= 5e-10 * hi';
SELECT pg_temp.ok(precision_interval(c), 0.8256343385, 0.9447708629) AS precision_ci_ok,
       pg_temp.ok(recall_interval(c), 0.7776004677, 0.9114751916) AS recall_ci_ok,
       pg_temp.ok(false_positive_rate_interval(c), 0.006080209649, 0.02044444449) AS fpr_ci_ok,
       pg_temp.ok(accuracy_interval(c), 0.9633547107, 0.9830098687) AS accuracy_ci_ok,
       pg_temp.ok(f1_interval(c), 0.8226672829, 0.9178613697) AS f1_ci_ok,
       (f1_interval(c)).n = 115 AS f1_n_is_tp_fp_fn
FROM example;
-- the values themselves
SELECT "precision"(c), ppv(c), recall(c), specificity(c), false_positive_rate(c),
       false_discovery_rate(c), accuracy(c), f1(c), mcc(c)
FROM example;
SELECT m, (i).* FROM example,
LATERAL (VALUES ('precision', precision_interval(c)), ('recall', recall_interval(c)),
                ('specificity', specificity_interval(c)),
                ('false_positive_rate', false_positive_rate_interval(c)),
                ('false_discovery_rate', false_discovery_rate_interval(c)),
                ('accuracy', accuracy_interval(c)), ('f1', f1_interval(c)),
                ('precision, clopper-pearson 99%', precision_interval(c, 0.99, 'clopper-pearson')),
                ('precision, method name any case', precision_interval(c, 0.95, 'Clopper-Pearson'))) v(m, i);
-- "precision" needs quotes because PRECISION is a keyword; schema-qualified works too
SELECT public.precision(c) AS qualified, "precision"(c) AS quoted, ppv(c) AS ppv FROM example;

-- the aggregate over rows: the same matrix from 1000 classified rows
CREATE TEMP TABLE rows1000 AS
SELECT g, CASE WHEN g <= 90 THEN true WHEN g <= 100 THEN true WHEN g <= 115 THEN false ELSE false END AS predicted,
          CASE WHEN g <= 90 THEN true WHEN g <= 100 THEN false WHEN g <= 115 THEN true ELSE false END AS actual
FROM generate_series(1, 1000) g;
SELECT confusion(predicted, actual), confusion(predicted, actual) = (SELECT c FROM example) AS equals_example
FROM rows1000;
-- a constructor from counts
SELECT confusion(90, 10, 15, 885) = c AS constructor_ok FROM example;
-- text input: any order, blanks, any case of the names
SELECT ' TN=885 ,fn = 15,FP=10, tp=90 '::confusion = c AS text_any_order FROM example;

-- fp_rate: FP / (TP + FP) over verified alarms; NULL (unverified) rows do not count
SELECT fp_rate(x), fp_rate_interval(x)
FROM (VALUES (true), (false), (false), (NULL), (NULL)) v(x);
-- 3 alarms of which 1 was false: the rate is 33 %, but the interval says
-- little (lower bound far below the 30 % incident line) ...
SELECT (r).rate, (r).lower, (r).upper, (r).n, (r).lower > 0.3 AS surge
FROM (SELECT fp_rate_interval(x) AS r FROM (VALUES (true), (false), (false)) v(x)) s;
-- ... while 150 false out of 300 is a real surge
SELECT (r).rate, (r).lower, (r).upper, (r).n, (r).lower > 0.3 AS surge
FROM (SELECT fp_rate_interval(g % 2 = 0) AS r FROM generate_series(1, 300) g) s;
-- no verified alarm: NULL
SELECT fp_rate(x) IS NULL AS rate_null, fp_rate_interval(x) IS NULL AS interval_null
FROM (VALUES (NULL::boolean)) v(x);
SELECT fp_rate(x) IS NULL AS rate_null, fp_rate_interval(x, 0.9) IS NULL AS interval_null
FROM (SELECT true WHERE false) v(x);

-- rollup: hourly summaries re-aggregated per day equal the direct daily matrix
CREATE TEMP TABLE predictions AS
SELECT timestamp '2026-11-01' + g * interval '37 seconds' AS prediction_time,
       (g * 7919) % 997 < 400 AS prediction, (g * 104729) % 1009 < 380 AS actual_status
FROM generate_series(1::bigint, 50000) g;
CREATE TEMP TABLE hourly AS
SELECT date_trunc('hour', prediction_time) AS hour, confusion(prediction, actual_status) AS c
FROM predictions GROUP BY 1;
SELECT count(*) AS days, count(*) FILTER (WHERE d.c = h.c) AS rollup_equals_direct
FROM (SELECT date(prediction_time) AS day, confusion(prediction, actual_status) AS c FROM predictions GROUP BY 1) d
JOIN (SELECT date(hour) AS day, rollup(c) AS c FROM hourly GROUP BY 1) h USING (day);
SELECT rollup(c) = (SELECT confusion(prediction, actual_status) FROM predictions) AS total_ok FROM hourly;

-- as window aggregates (the transition adds in place: each row must still
-- see its own running total)
SELECT g, confusion(g % 2 = 0, g % 3 = 0) OVER (ORDER BY g) AS running,
       fp_rate(g % 2 = 0) OVER (ORDER BY g) AS running_fp_rate,
       rollup(confusion(1, g, 0, 0)) OVER (ORDER BY g ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS moving
FROM generate_series(1, 6) g;
-- called as plain functions, the transition functions do not change their argument
SELECT c, confusion_trans(c, true, true) AS plus_tp, c AS unchanged,
       confusion_combine(c, c) AS doubled, c AS still_unchanged
FROM example;

-- combine functions accept empty partial states (a worker that saw no rows);
-- an fp_tally without settings takes the other side's
SELECT confusion_combine('tp=0, fp=0, fn=0, tn=0', 'tp=1, fp=2, fn=3, tn=4') AS empty_left,
       confusion_combine('tp=1, fp=2, fn=3, tn=4', 'tp=0, fp=0, fn=0, tn=0') AS empty_right;
SELECT fp_tally_combine('tp=0, fp=0', 'tp=7, fp=3, confidence=0.9, method=clopper-pearson') AS empty_left,
       fp_tally_combine('tp=7, fp=3, confidence=0.9, method=clopper-pearson', 'tp=0, fp=0') AS empty_right,
       fp_tally_combine('tp=7, fp=3, confidence=0.9, method=wilson', 'tp=1, fp=1, confidence=0.9, method=wilson') AS same_settings;

-- many groups: a hash aggregate that spills to disk (work_mem 64kB) and a
-- sorted aggregate give the same matrices and rates
SET work_mem = '64kB';
SET enable_sort = off;
CREATE TEMP TABLE by_hash AS
SELECT g % 20000 AS k, confusion(g % 3 = 0, g % 7 < 3) AS c, fp_rate_interval(g % 5 = 0) AS r
FROM generate_series(1, 200000) g GROUP BY 1;
-- (it did spill: more than one batch)
CREATE FUNCTION pg_temp.hash_batches(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || q INTO plan;
  RETURN (plan -> 0 -> 'Plan' ->> 'HashAgg Batches')::int;
END $$;
SELECT pg_temp.hash_batches($q$SELECT g % 20000 AS k, confusion(g % 3 = 0, g % 7 < 3) AS c,
  fp_rate_interval(g % 5 = 0) AS r FROM generate_series(1, 200000) g GROUP BY 1$q$) > 1 AS spilled;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TEMP TABLE by_sort AS
SELECT g % 20000 AS k, confusion(g % 3 = 0, g % 7 < 3) AS c, fp_rate_interval(g % 5 = 0) AS r
FROM generate_series(1, 200000) g GROUP BY 1;
RESET enable_hashagg;
RESET work_mem;
SELECT count(*) AS groups, count(*) FILTER (WHERE h.c = s.c AND h.r::text = s.r::text) AS identical,
       sum(tp(h.c) + fp(h.c) + fn(h.c) + tn(h.c)) AS rows_counted
FROM by_hash h JOIN by_sort s USING (k);

-- an interval method that changes from group to group is looked up on every
-- row; a constant once per query: the same intervals either way
SELECT m, fp_rate_interval(g % 4 = 0, 0.9, m) = CASE lower(m) WHEN 'wilson' THEN fp_rate_interval(g % 4 = 0, 0.9, 'wilson')
                                                        ELSE fp_rate_interval(g % 4 = 0, 0.9, 'clopper-pearson') END AS same
FROM generate_series(1, 40) g, (VALUES ('wilson'), ('clopper-pearson'), ('Wilson')) v(m)
GROUP BY m ORDER BY m;
