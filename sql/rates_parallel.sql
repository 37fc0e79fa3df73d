-- Parallel plans and distributed states: every aggregate of the module runs
-- as Partial Aggregate in two workers plus a Finalize Aggregate, and gives
-- the same result as the serial plan, bit for bit (the states are integer
-- counts, so the order rows and partial states meet in does not matter).
-- Also: zero rows, all-NULL input, and the text and binary forms of the
-- state types reading back to the same value.

CREATE TABLE alarms AS
SELECT g AS id, g % 10 AS day,
       CASE WHEN g % 13 = 0 THEN NULL ELSE (g * 7919) % 997 < 120 END AS is_false_positive,
       CASE WHEN g % 17 = 0 THEN NULL ELSE (g * 104729) % 1009 < 300 END AS predicted,
       (g * 1299709) % 1013 < 250 AS actual
FROM generate_series(1::bigint, 300000) g;
ALTER TABLE alarms SET (parallel_workers = 2);
VACUUM ANALYZE alarms;

-- hourly summaries, re-aggregated by rollup
CREATE TABLE hourly AS
SELECT id / 1000 AS hour, confusion(predicted, actual) AS c FROM alarms GROUP BY 1;
ALTER TABLE hourly SET (parallel_workers = 2);
VACUUM ANALYZE hourly;

-- serial results
SET max_parallel_workers_per_gather = 0;
SELECT fp_rate(is_false_positive)::text AS s_rate,
       fp_rate_interval(is_false_positive)::text AS s_int1,
       fp_rate_interval(is_false_positive, 0.9)::text AS s_int2,
       fp_rate_interval(is_false_positive, 0.99, 'clopper-pearson')::text AS s_int3,
       confusion(predicted, actual)::text AS s_conf,
       (SELECT rollup(c) FROM hourly)::text AS s_roll
FROM alarms \gset
SELECT :'s_rate' AS fp_rate, :'s_int1' AS fp_rate_interval, :'s_conf' AS confusion;
CREATE TEMP TABLE serial_by_day AS
SELECT day, fp_rate(is_false_positive) AS rate, fp_rate_interval(is_false_positive) AS ci,
       confusion(predicted, actual) AS c
FROM alarms GROUP BY day;

-- the same in parallel
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT fp_rate(is_false_positive), fp_rate_interval(is_false_positive),
       fp_rate_interval(is_false_positive, 0.9),
       fp_rate_interval(is_false_positive, 0.99, 'clopper-pearson'),
       confusion(predicted, actual)
FROM alarms;
\i test/sql/explain.sql
SELECT * FROM pg_temp.explain_analyze('SELECT confusion(predicted, actual) FROM alarms');
EXPLAIN (COSTS OFF) SELECT rollup(c) FROM hourly;
SELECT fp_rate(is_false_positive)::text AS p_rate,
       fp_rate_interval(is_false_positive)::text AS p_int1,
       fp_rate_interval(is_false_positive, 0.9)::text AS p_int2,
       fp_rate_interval(is_false_positive, 0.99, 'clopper-pearson')::text AS p_int3,
       confusion(predicted, actual)::text AS p_conf
FROM alarms \gset
SELECT rollup(c)::text AS p_roll FROM hourly \gset
SELECT :'s_rate' = :'p_rate' AS fp_rate_same,
       :'s_int1' = :'p_int1' AS interval_same,
       :'s_int2' = :'p_int2' AS interval_09_same,
       :'s_int3' = :'p_int3' AS interval_cp_same,
       :'s_conf' = :'p_conf' AS confusion_same,
       :'s_roll' = :'p_roll' AS rollup_same,
       :'s_roll' = :'s_conf' AS rollup_equals_confusion;

-- grouped: Partial HashAggregate per worker, then Finalize
EXPLAIN (COSTS OFF)
SELECT day, fp_rate(is_false_positive), fp_rate_interval(is_false_positive), confusion(predicted, actual)
FROM alarms GROUP BY day;
CREATE TEMP TABLE parallel_by_day AS
SELECT day, fp_rate(is_false_positive) AS rate, fp_rate_interval(is_false_positive) AS ci,
       confusion(predicted, actual) AS c
FROM alarms GROUP BY day;
SELECT count(*) AS days,
       count(*) FILTER (WHERE s.rate::text = p.rate::text AND s.ci::text = p.ci::text AND s.c = p.c) AS identical
FROM serial_by_day s JOIN parallel_by_day p USING (day);

-- zero rows: the partial states are empty and combine into an empty state
EXPLAIN (COSTS OFF)
SELECT fp_rate(is_false_positive), confusion(predicted, actual) FROM alarms WHERE id < 0;
SELECT fp_rate(is_false_positive) AS fp_rate, fp_rate_interval(is_false_positive) AS fp_rate_interval,
       confusion(predicted, actual) AS confusion
FROM alarms WHERE id < 0;
SELECT rollup(c) FROM hourly WHERE hour < 0;
-- all-NULL input
SELECT fp_rate(NULLIF(is_false_positive, is_false_positive)) AS fp_rate,
       fp_rate_interval(NULLIF(is_false_positive, is_false_positive), 0.9, 'wilson') AS fp_rate_interval,
       confusion(NULLIF(predicted, predicted), actual) AS confusion,
       recall(confusion(NULLIF(predicted, predicted), actual)) AS recall
FROM alarms;
SELECT rollup(NULLIF(c, c)) FROM hourly;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- the daily FP rate of the runbook, checked against plain SQL counts
SELECT count(*) AS days,
       count(*) FILTER (WHERE rate = fps::float8 / verified) AS fp_rate_matches
FROM serial_by_day s
JOIN (SELECT day, count(*) FILTER (WHERE is_false_positive) AS fps,
             count(is_false_positive) AS verified
      FROM alarms GROUP BY day) q USING (day);
SELECT count(*) AS days,
       count(*) FILTER (WHERE c = confusion(tp, fp, fn, tn)) AS confusion_matches
FROM serial_by_day s
JOIN (SELECT day, count(*) FILTER (WHERE predicted AND actual) AS tp,
             count(*) FILTER (WHERE predicted AND NOT actual) AS fp,
             count(*) FILTER (WHERE NOT predicted AND actual) AS fn,
             count(*) FILTER (WHERE NOT predicted AND NOT actual) AS tn
      FROM alarms GROUP BY day) q USING (day);

-- text round trip of every state type, over many values
SELECT count(*) AS confusions,
       count(*) FILTER (WHERE c::text::confusion = c) AS text_round_trips,
       count(*) FILTER (WHERE c::text::confusion::text = c::text) AS text_stable
FROM (SELECT confusion(a, b, d, e) AS c
      FROM unnest(ARRAY[0, 1, 9, 10, 999, 65536, 2147483648, 4503599627370497,
                        9223372036854775806, 9223372036854775807]::bigint[]) a,
           unnest(ARRAY[0, 7, 2147483647, 9223372036854775807]::bigint[]) b,
           unnest(ARRAY[0, 12345678901]::bigint[]) d,
           unnest(ARRAY[0, 3, 9223372036854775807]::bigint[]) e) v;
SELECT count(*) AS tallies,
       count(*) FILTER (WHERE t::text::fp_tally = t) AS text_round_trips
FROM (SELECT format('tp=%s, fp=%s', a, b)::fp_tally AS t
      FROM generate_series(0, 50) a, unnest(ARRAY[0, 1, 9223372036854775807]::bigint[]) b
      UNION ALL
      SELECT format('tp=%s, fp=%s, confidence=%s, method=%s', g, g * 3, conf, m)::fp_tally
      FROM generate_series(1, 500) g,
           LATERAL (SELECT (g::float8 / 501) ^ 0.37 AS conf) x,
           unnest(ARRAY['wilson', 'clopper-pearson']) m) v;
-- examples of the text forms (confidences with many digits, the smallest and largest taken)
SELECT format('tp=1, fp=2, confidence=%s, method=wilson', c)::fp_tally AS t
FROM unnest(ARRAY[0.95, 0.000001, '0.1'::float8 + '0.2'::float8, 0.999999999999, 0.1234567890123456789]::float8[]) c;

-- the state of each aggregate, taken before its final function, read back
CREATE AGGREGATE pg_temp.fp_state(boolean, float8, text) (
  SFUNC = fp_rate_trans, STYPE = fp_tally, COMBINEFUNC = fp_tally_combine,
  INITCOND = 'tp=0, fp=0', PARALLEL = SAFE);
CREATE AGGREGATE pg_temp.fp_state(boolean) (
  SFUNC = fp_rate_trans, STYPE = fp_tally, COMBINEFUNC = fp_tally_combine,
  INITCOND = 'tp=0, fp=0', PARALLEL = SAFE);
SELECT day, s1, s1::text::fp_tally = s1 AS s1_round_trip, s2, s2::text::fp_tally = s2 AS s2_round_trip,
       c, c::text::confusion = c AS c_round_trip
FROM (SELECT day, pg_temp.fp_state(is_false_positive) AS s1,
             pg_temp.fp_state(is_false_positive, 0.975, 'clopper-pearson') AS s2,
             confusion(predicted, actual) AS c
      FROM alarms GROUP BY day) v
ORDER BY day;
-- a state finished after the text trip equals the aggregate
SELECT fp_rate_final(s::text::fp_tally) = r AS fp_rate_same,
       fp_rate_interval_final(s::text::fp_tally)::text = i AS interval_same
FROM (SELECT pg_temp.fp_state(is_false_positive, 0.975, 'clopper-pearson') AS s,
             fp_rate(is_false_positive) AS r,
             fp_rate_interval(is_false_positive, 0.975, 'clopper-pearson')::text AS i
      FROM alarms) a;

-- binary round trip (COPY BINARY out and in: send and recv)
CREATE TEMP TABLE states AS
SELECT day, pg_temp.fp_state(is_false_positive) AS s1,
       pg_temp.fp_state(is_false_positive, 0.9, 'wilson') AS s2, confusion(predicted, actual) AS c
FROM alarms GROUP BY day;
\copy states TO 'test/out/rates_states.bin' WITH (FORMAT binary)
CREATE TEMP TABLE states_back (LIKE states);
\copy states_back FROM 'test/out/rates_states.bin' WITH (FORMAT binary)
SELECT count(*) AS states, count(*) FILTER (WHERE a.s1 = b.s1 AND a.s2 = b.s2 AND a.c = b.c) AS binary_round_trips
FROM states a JOIN states_back b USING (day);

-- clean up (the regression tests share one database)
DROP TABLE alarms, hourly;
