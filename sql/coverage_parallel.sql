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

-- as a window aggregate: the running coverage's last reading is the row's
SELECT count(*) AS rows, bool_and(last_seen(c) = ts) AS running_last_seen,
       bool_and(readings(c) = n) AS running_count
FROM (SELECT ts, coverage(ts, '3 minutes') OVER w AS c, count(*) OVER w AS n
      FROM cov_p WHERE meter = 7
      WINDOW w AS (ORDER BY ts ROWS UNBOUNDED PRECEDING)) s;
DROP TABLE cov_p, cov_hourly;
