-- coverage under a parallel plan is the serial coverage exactly (same text),
-- rows stored in random order; rolling up hourly coverages (in any order)
-- gives the one-pass coverage exactly; as a window aggregate it runs.
SET TimeZone = 'UTC';
SELECT setseed(0.75);
CREATE TABLE cov_p AS
SELECT m AS meter,
       ts + (random() * 50)::int * interval '1 second' AS ts,
       CASE WHEN random() < 0.02 THEN NULL ELSE random() END AS value
FROM generate_series(1, 30) m, generate_series(timestamptz '2024-01-01', '2024-01-03 23:59', '1 minute') ts
WHERE random() > CASE WHEN (extract(hour FROM ts)::int * 7 + m) % 23 = 0 THEN 1 ELSE 0.15 END
ORDER BY random();
ALTER TABLE cov_p SET (parallel_workers = 2);
ANALYZE cov_p;
SELECT count(*) AS rows FROM cov_p;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT meter, coverage(ts, '3 minutes', value IS NOT NULL)::text AS c FROM cov_p GROUP BY meter;
CREATE TEMP TABLE serial_all AS SELECT coverage(ts, '3 minutes')::text AS c FROM cov_p;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT coverage(ts, '3 minutes') FROM cov_p;
CREATE TEMP TABLE par AS
SELECT meter, coverage(ts, '3 minutes', value IS NOT NULL)::text AS c FROM cov_p GROUP BY meter;
CREATE TEMP TABLE par_all AS SELECT coverage(ts, '3 minutes')::text AS c FROM cov_p;
SELECT count(*) AS meters, bool_and(s.c = p.c) AS same FROM serial s JOIN par p USING (meter);
SELECT s.c = p.c AS same_all, readings(p.c::coverage) AS readings,
       length(p.c) - length(replace(p.c, ';', '')) AS runs
FROM serial_all s, par_all p;

-- hourly coverages, stored, rolled up in random order (serial and parallel)
CREATE TABLE cov_hourly AS
SELECT meter, date_trunc('hour', ts) AS hour, coverage(ts, '3 minutes', value IS NOT NULL) AS c
FROM cov_p GROUP BY 1, 2 ORDER BY random();
ALTER TABLE cov_hourly SET (parallel_workers = 2);
ANALYZE cov_hourly;
SELECT count(*) AS meters, bool_and(r.c::text = s.c) AS rollup_same
FROM (SELECT meter, rollup(c) AS c FROM cov_hourly GROUP BY meter) r JOIN serial s USING (meter);
EXPLAIN (COSTS OFF) SELECT rollup(c) FROM cov_hourly;
SELECT rollup(c)::text = (SELECT coverage(ts, '3 minutes', value IS NOT NULL)::text FROM cov_p) AS all_rollup_same
FROM cov_hourly;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT bool_and(r.c::text = s.c) AS rollup_ordered_same
FROM (SELECT meter, rollup(c ORDER BY hour DESC) AS c FROM cov_hourly GROUP BY meter) r JOIN serial s USING (meter);

-- rolled up in time order, the state stays flat and is merged in place up
-- to 64 runs, then becomes an expanded one; out of order it is expanded at
-- once.  Hourly states in time order, reverse order, random order and in a
-- parallel plan give the one-pass coverage exactly, with few runs a meter
-- (max_gap 20 minutes: all flat) and with many (3 minutes: over 64)
SELECT min(n) AS min_runs_3min, max(n) AS max_runs_3min
FROM (SELECT length(c) - length(replace(c, ';', '')) AS n FROM serial) s;
SELECT bool_and(r.c::text = s.c) AS time_order_same,
       bool_and(d.c::text = s.c) AS reverse_order_same
FROM (SELECT meter, rollup(c ORDER BY hour) AS c FROM cov_hourly GROUP BY meter) r
JOIN (SELECT meter, rollup(c ORDER BY hour DESC) AS c FROM cov_hourly GROUP BY meter) d USING (meter)
JOIN serial s USING (meter);
CREATE TEMP TABLE serial20 AS
SELECT meter, coverage(ts, '20 minutes', value IS NOT NULL)::text AS c FROM cov_p GROUP BY meter;
SELECT min(n) AS min_runs_20min, max(n) AS max_runs_20min
FROM (SELECT length(c) - length(replace(c, ';', '')) AS n FROM serial20) s;
-- stored in time order (as an hourly job writes them) and in random order
CREATE TABLE cov_hourly20 AS
SELECT meter, date_trunc('hour', ts) AS hour, coverage(ts, '20 minutes', value IS NOT NULL) AS c
FROM cov_p GROUP BY 1, 2 ORDER BY 2, 1;
CREATE TABLE cov_hourly20r AS SELECT * FROM cov_hourly20 ORDER BY random();
ALTER TABLE cov_hourly20 SET (parallel_workers = 2);
ALTER TABLE cov_hourly20r SET (parallel_workers = 2);
ANALYZE cov_hourly20;
ANALYZE cov_hourly20r;
SELECT count(*) AS meters,
       bool_and(t.c::text = s.c) AS stored_time_order_same,
       bool_and(r.c::text = s.c) AS stored_random_order_same,
       bool_and(o.c::text = s.c) AS time_order_same,
       bool_and(d.c::text = s.c) AS reverse_order_same
FROM (SELECT meter, rollup(c) AS c FROM cov_hourly20 GROUP BY meter) t
JOIN (SELECT meter, rollup(c) AS c FROM cov_hourly20r GROUP BY meter) r USING (meter)
JOIN (SELECT meter, rollup(c ORDER BY hour) AS c FROM cov_hourly20r GROUP BY meter) o USING (meter)
JOIN (SELECT meter, rollup(c ORDER BY hour DESC) AS c FROM cov_hourly20 GROUP BY meter) d USING (meter)
JOIN serial20 s USING (meter);
-- a meter's hours split between parallel workers, combined in any order
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT meter, rollup(c) FROM cov_hourly20 GROUP BY meter;
SELECT count(*) AS meters, bool_and(t.c::text = s.c) AS parallel_time_order_same
FROM (SELECT meter, rollup(c) AS c FROM cov_hourly20 GROUP BY meter) t JOIN serial20 s USING (meter);
SELECT count(*) AS meters, bool_and(t.c::text = s.c) AS parallel_random_order_same
FROM (SELECT meter, rollup(c) AS c FROM cov_hourly20r GROUP BY meter) t JOIN serial20 s USING (meter);
SELECT bool_and(t.c::text = s.c) AS parallel_3min_same
FROM (SELECT meter, rollup(c) AS c FROM cov_hourly GROUP BY meter) t JOIN serial s USING (meter);
SELECT rollup(c)::text = (SELECT coverage(ts, '20 minutes', value IS NOT NULL)::text FROM cov_p) AS parallel_all_same
FROM cov_hourly20;
RESET enable_hashagg;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
-- as a window aggregate over the hours (the state changed in place between
-- rows): each row's running rollup is the coverage of the readings so far
SELECT count(*) AS rows,
       bool_and(readings(w.c) = (SELECT count(*) FROM cov_p p
                                 WHERE p.meter = w.meter AND p.value IS NOT NULL
                                   AND p.ts < w.hour + interval '1 hour')) AS running_readings,
       bool_and(w.c::text = s.c OR w.hour < (SELECT max(hour) FROM cov_hourly20)) AS last_same
FROM (SELECT meter, hour, rollup(c) OVER (PARTITION BY meter ORDER BY hour) AS c
      FROM cov_hourly20r) w JOIN serial20 s USING (meter);

-- as a window aggregate: the running coverage's last reading is the row's
SELECT count(*) AS rows, bool_and(last_seen(c) = ts) AS running_last_seen,
       bool_and(readings(c) = n) AS running_count
FROM (SELECT ts, coverage(ts, '3 minutes') OVER w AS c, count(*) OVER w AS n
      FROM cov_p WHERE meter = 7
      WINDOW w AS (ORDER BY ts ROWS UNBOUNDED PRECEDING)) s;
DROP TABLE cov_p, cov_hourly, cov_hourly20, cov_hourly20r;
