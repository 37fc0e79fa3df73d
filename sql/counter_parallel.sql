-- meter_counter under a parallel plan is the serial summary exactly (same
-- text), rows stored in random order; hourly summaries rolled up (in any
-- order, serial and parallel) are the one-pass summary exactly.
SET TimeZone = 'UTC';
SELECT setseed(0.375);
-- 40 registers in 1/64 steps, one reading every 5 minutes over 3 days;
-- resets, rollovers at 4096 and dips of up to 0.25
CREATE TABLE cnt_p AS
SELECT meter, ts,
       CASE WHEN u < 0.005 THEN floor(x * 64) / 64
            WHEN u < 0.02 THEN greatest(0, coalesce(prev, r)::numeric % 4096 - floor(x * 17) / 64)
            ELSE r::numeric % 4096 END::float8 AS reading
FROM (SELECT meter, ts, r, lag(r) OVER (PARTITION BY meter ORDER BY ts) AS prev,
             random() AS u, random() AS x
      FROM (SELECT meter, ts, sum(step) OVER (PARTITION BY meter ORDER BY ts) AS r
            FROM (SELECT m AS meter, ts, floor(random() * 1024) / 64 AS step
                  FROM generate_series(1, 40) m,
                       generate_series(timestamptz '2024-01-01', '2024-01-03 23:55', '5 minutes') ts) s) s) s
ORDER BY random();
ALTER TABLE cnt_p SET (parallel_workers = 2);
ANALYZE cnt_p;
SELECT count(*) AS rows FROM cnt_p;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT meter, meter_counter(ts, reading, 'kWh', 'reset-to-zero', 4096, 0.25)::text AS c
FROM cnt_p GROUP BY meter;
CREATE TEMP TABLE serial_one AS
SELECT meter_counter(ts, reading, 'kWh', 'rebase', 4096, 0.25)::text AS c FROM cnt_p WHERE meter = 3;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT meter_counter(ts, reading, 'kWh', 'rebase', 4096, 0.25) FROM cnt_p WHERE meter = 3;
CREATE TEMP TABLE par AS
SELECT meter, meter_counter(ts, reading, 'kWh', 'reset-to-zero', 4096, 0.25)::text AS c
FROM cnt_p GROUP BY meter;
CREATE TEMP TABLE par_one AS
SELECT meter_counter(ts, reading, 'kWh', 'rebase', 4096, 0.25)::text AS c FROM cnt_p WHERE meter = 3;
SELECT count(*) AS meters, bool_and(s.c = p.c) AS same FROM serial s JOIN par p USING (meter);
SELECT s.c = p.c AS same_one, resets(p.c::meter_counter) AS resets, rollovers(p.c::meter_counter) AS rollovers,
       suspect_drops(p.c::meter_counter) AS suspect_drops
FROM serial_one s, par_one p;

-- hourly summaries, stored in random order, rolled up
CREATE TABLE cnt_hourly AS
SELECT meter, date_trunc('hour', ts) AS hour, meter_counter(ts, reading, 'kWh', 'reset-to-zero', 4096, 0.25) AS c
FROM cnt_p GROUP BY 1, 2 ORDER BY random();
ALTER TABLE cnt_hourly SET (parallel_workers = 2);
ANALYZE cnt_hourly;
EXPLAIN (COSTS OFF) SELECT rollup(c) FROM cnt_hourly WHERE meter = 5;
SELECT rollup(c)::text = (SELECT c FROM serial WHERE meter = 5) AS parallel_rollup_same
FROM cnt_hourly WHERE meter = 5;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS meters, bool_and(r.c::text = s.c) AS rollup_same
FROM (SELECT meter, rollup(c) AS c FROM cnt_hourly GROUP BY meter) r JOIN serial s USING (meter);
-- daily from hourly, then the three days: still exact
SELECT bool_and(r.c::text = s.c) AS two_level_rollup_same
FROM (SELECT meter, rollup(c) AS c
      FROM (SELECT meter, date_trunc('day', hour) AS day, rollup(c) AS c FROM cnt_hourly GROUP BY 1, 2) d
      GROUP BY meter) r JOIN serial s USING (meter);
-- per-hour consumption leaves out the steps between hours; the rollup has them
SELECT round(sum(consumption(c))::numeric, 4) < round(consumption(rollup(c))::numeric, 4) AS hours_miss_the_steps
FROM cnt_hourly WHERE meter = 5;
DROP TABLE cnt_p, cnt_hourly;
