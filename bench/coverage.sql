-- bench/coverage.sql - gaps of 1,000 meters with coverage against the lag()
-- query a user writes, on 5 readings per BENCH_ROWS row (5M by default).
--  baseline:  the lag() query: ts - lag(ts) OVER (PARTITION BY meter
--             ORDER BY ts) > max_gap, counted
--  greenlang: gaps(coverage(ts, max_gap)) GROUP BY meter, counted; and the
--             same from stored hourly coverages (rollup), the way a
--             dashboard asks, against the floor of any query of those
--             rows: SELECT meter, count(*) FROM cov_hourly GROUP BY meter
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', (:rows * 5)::text, false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;
SET TimeZone = 'UTC';

-- 1,000 meters, one reading a minute with a few seconds of jitter, in time
-- order as they arrive; every meter misses about 1 % of its readings and
-- some are silent for an hour now and then
CREATE TABLE cov_readings AS
SELECT m AS meter,
       timestamptz '2024-01-01' + i * interval '1 minute' + ((i * 7 + m * 13) % 20) * interval '1 second' AS ts
FROM generate_series(0, :rows * 5 / 1000 - 1) i, generate_series(1, 1000) m
WHERE (i * 31 + m * 17) % 101 <> 0 AND ((i / 60) * 7 + m) % 97 <> 0
ORDER BY i, m;
VACUUM ANALYZE cov_readings;
SELECT count(*) AS readings, count(DISTINCT meter) AS meters FROM cov_readings;

-- the hourly coverages stored hour after hour, as a job that writes each
-- hour's states when it ends leaves them; and the same states in the hash
-- order a single GROUP BY meter, hour writes them (rolled up out of time
-- order)
CREATE TABLE cov_hourly AS
SELECT meter, date_trunc('hour', ts) AS hour, coverage(ts, '2 minutes') AS c
FROM cov_readings GROUP BY 1, 2 ORDER BY 2, 1;
VACUUM ANALYZE cov_hourly;
CREATE TABLE cov_hourly_hashed AS
SELECT meter, date_trunc('hour', ts) AS hour, coverage(ts, '2 minutes') AS c
FROM cov_readings GROUP BY 1, 2;
VACUUM ANALYZE cov_hourly_hashed;
SELECT count(*) AS hourly_states FROM cov_hourly;

\set lag 'SELECT count(*) FROM (SELECT ts - lag(ts) OVER (PARTITION BY meter ORDER BY ts) AS d FROM cov_readings) s WHERE d > interval ''2 minutes'''
\set gl 'SELECT count(*) FROM (SELECT coverage(ts, ''2 minutes'') AS c FROM cov_readings GROUP BY meter) s, gaps(c)'
\set hourly 'SELECT count(*) FROM (SELECT rollup(c) AS c FROM cov_hourly GROUP BY meter) s, gaps(c)'
\set hashed 'SELECT count(*) FROM (SELECT rollup(c) AS c FROM cov_hourly_hashed GROUP BY meter) s, gaps(c)'
\set floor 'SELECT meter, count(*) FROM cov_hourly GROUP BY meter'
-- the four find the same gaps
SELECT (:lag) AS lag_gaps, (:gl) AS coverage_gaps, (:hourly) AS hourly_gaps,
       (:hashed) AS hashed_hourly_gaps;

-- issue 12's targets: at least 3x faster than the lag() query; from the
-- stored hourly coverages under 20 ms (shown against the floor, a bare
-- count(*) of the same rows by meter)
INSERT INTO bench_result VALUES
 ('lag(): gaps of every meter', pg_temp.bench_ms(:'lag', 3), NULL, NULL, NULL),
 ('greenlang: gaps(coverage(ts, max_gap)) by meter', pg_temp.bench_ms(:'gl', 3), 'lag(): gaps of every meter', 1.0 / 3, NULL),
 ('floor: count(*) of the hourly states by meter', pg_temp.bench_ms(:'floor'), NULL, NULL, NULL),
 ('greenlang: gaps(rollup(hourly coverages)) by meter', pg_temp.bench_ms(:'hourly'), 'floor: count(*) of the hourly states by meter', NULL, 20),
 ('  the same, states stored in hash order', pg_temp.bench_ms(:'hashed'), 'floor: count(*) of the hourly states by meter', NULL, NULL);

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
DROP TABLE cov_readings, cov_hourly, cov_hourly_hashed;
