-- bench/counter.sql - consumption of 1,000 cumulative meters with
-- meter_counter against the lag() query a user writes, on 5 readings per
-- BENCH_ROWS row (5M by default).  The registers never drop, so both give
-- the same sums.
--  baseline:  sum(greatest(0, v - lag(v) OVER (PARTITION BY meter ORDER BY ts)))
--  greenlang: consumption(meter_counter(ts, v, 'kWh', 'rebase')) GROUP BY meter
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', (:rows * 5)::text, false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;
SET TimeZone = 'UTC';

-- 1,000 registers read every minute, in time order as they arrive; the
-- increments are positive multiples of 1/64 kWh, so every sum is exact
CREATE TABLE cnt_readings AS
SELECT m AS meter, timestamptz '2024-01-01' + i * interval '1 minute' AS ts,
       (m * 1000 + i * ((m % 13) + 1) * 3 + i * 7 % 3) / 64.0::float8 AS reading
FROM generate_series(0, :rows * 5 / 1000 - 1) i, generate_series(1, 1000) m
ORDER BY i, m;
VACUUM ANALYZE cnt_readings;
SELECT count(*) AS readings, count(DISTINCT meter) AS meters FROM cnt_readings;

\set lag 'SELECT meter, sum(greatest(0, reading - prev)) AS kwh FROM (SELECT meter, reading, lag(reading) OVER (PARTITION BY meter ORDER BY ts) AS prev FROM cnt_readings) s GROUP BY meter'
\set gl 'SELECT meter, consumption(meter_counter(ts, reading, ''kWh'', ''rebase'')) AS kwh FROM cnt_readings GROUP BY meter'
-- the same consumption for every meter
SELECT count(*) AS meters, count(*) FILTER (WHERE l.kwh = g.kwh) AS equal
FROM (:lag) l JOIN (:gl) g USING (meter);

-- issue 12's target: at least 3x faster than the lag() query
INSERT INTO bench_result VALUES
 ('lag(): sum(greatest(0, v - lag(v))) by meter', pg_temp.bench_ms(:'lag', 3), NULL, NULL, NULL),
 ('greenlang: consumption(meter_counter(...)) by meter', pg_temp.bench_ms(:'gl', 3), 'lag(): sum(greatest(0, v - lag(v))) by meter', 1.0 / 3, NULL);

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
DROP TABLE cnt_readings;
