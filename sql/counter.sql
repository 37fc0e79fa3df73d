-- meter_counter: the issue's reference cases, then random registers against
-- SQL written independently: sum(greatest(0, v - lag(v))) where no reading
-- drops, and the rules of docs/counter.md spelled out with lag() in
-- numeric where they do.  Readings are multiples of 1/64, so that float8
-- and numeric both hold them exactly.
SET TimeZone = 'UTC';

-- ---- reference cases -------------------------------------------------------
CREATE TEMP TABLE ref (ts timestamptz, reading float8);
INSERT INTO ref VALUES ('2024-01-01 00:00', 10), ('2024-01-01 01:00', 20),
                       ('2024-01-01 02:00', 15), ('2024-01-01 03:00', 40);
-- 10, 20, 15, 40: 35 with rebase (count from 15 on), 50 with reset-to-zero
-- (15 consumed since the reset)
SELECT consumption(meter_counter(ts, reading, 'kWh', 'rebase')) AS rebase,
       consumption(meter_counter(ts, reading, 'kWh', 'reset-to-zero')) AS reset_to_zero,
       resets(meter_counter(ts, reading, 'kWh', 'rebase')) AS resets
FROM ref;
-- in any energy unit: 35 kWh = 126 MJ = 0.035 MWh = 35 * 3600 / 1.05505585262 Btu
SELECT consumption(c, 'MJ') AS mj, consumption(c, 'MWh') AS mwh, round(consumption(c, 'Btu')::numeric, 1) AS btu
FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') AS c FROM ref) s;
-- 99990 then 5 on a register that rolls over at 100000: 15
SELECT consumption(c), rollovers(c), resets(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase', 100000) AS c
      FROM (VALUES (timestamptz '2024-01-01 00:00', 99990::float8), ('2024-01-01 01:00', 5)) v(ts, reading)) s;
-- a drop of less than half the rollover is a reset: 40000 then 10
SELECT consumption(c), rollovers(c), resets(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000) AS c
      FROM (VALUES (timestamptz '2024-01-01 00:00', 40000::float8), ('2024-01-01 01:00', 10)) v(ts, reading)) s;
-- a 0.1 dip within a glitch tolerance of 0.5 is no reset: 100, 99.9, 100.4 is 0.4
SELECT consumption(c), resets(c), suspect_drops(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero', NULL, 0.5) AS c
      FROM (VALUES (timestamptz '2024-01-01 00:00', 100::float8), ('2024-01-01 01:00', 99.9),
                   ('2024-01-01 02:00', 100.4)) v(ts, reading)) s;
-- the same dip without a tolerance is a reset (to zero: 99.9 + 0.5 consumed)
SELECT consumption(c), resets(c), suspect_drops(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero') AS c
      FROM (VALUES (timestamptz '2024-01-01 00:00', 100::float8), ('2024-01-01 01:00', 99.9),
                   ('2024-01-01 02:00', 100.4)) v(ts, reading)) s;

-- the summary, its readings, rows skipped, zero rows
SELECT c, readings(c), first_reading(c), last_reading(c), (last_reading(c)).reading
FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') AS c FROM ref) s;
SELECT readings(meter_counter(ts, reading, 'kWh', 'rebase')) AS rows_with_values
FROM (VALUES (timestamptz '2024-01-01', 1::float8), (NULL, 2), ('2024-01-02', NULL), ('2024-01-03', 3)) v(ts, reading);
SELECT meter_counter(ts, reading, 'kWh', 'rebase') IS NULL AS no_rows FROM ref WHERE false;
-- equal instants: in increasing order of reading, whatever the row order
SELECT consumption(c), resets(c), first_reading(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase' ORDER BY reading DESC) AS c
      FROM (VALUES (timestamptz '2024-01-01 00:00', 5::float8), ('2024-01-01 00:00', 3), ('2024-01-01 00:10', 4)) v(ts, reading)) s;
-- names of on_drop by the one rule; -0 is 0
SELECT consumption(meter_counter(ts, reading, 'kWh', ' Reset_To_Zero ')) AS named,
       first_reading(meter_counter(ts, -reading * 0, 'kWh', 'rebase')) AS minus_zero
FROM ref;

-- ---- random registers ---------------------------------------------------
-- 16 meters, one reading every 15 minutes over 4 days in 1/64 steps; rows
-- stored in random order
SELECT setseed(0.125);
CREATE TABLE cnt_r AS
SELECT meter, ts, sum(step) OVER (PARTITION BY meter ORDER BY ts) AS reading
FROM (SELECT m AS meter, ts, floor(random() * 4096) / 64 AS step
      FROM generate_series(1, 16) m, generate_series(timestamptz '2024-01-01', '2024-01-04 23:45', '15 minutes') ts) s
ORDER BY random();
SELECT count(*) AS rows FROM cnt_r;
-- no drops: exactly the lag() query
SELECT count(*) AS meters, bool_and(c = ref) AS equal, bool_and(r = 0 AND ro = 0 AND sd = 0) AS no_drops,
       min(ref) AS least, max(ref) AS most
FROM (SELECT meter, consumption(meter_counter(ts, reading, 'kWh', 'rebase')) AS c,
             resets(meter_counter(ts, reading, 'kWh', 'rebase')) AS r,
             rollovers(meter_counter(ts, reading, 'kWh', 'rebase')) AS ro,
             suspect_drops(meter_counter(ts, reading, 'kWh', 'rebase')) AS sd
      FROM cnt_r GROUP BY meter) m
JOIN (SELECT meter, sum(greatest(0, reading - prev)) AS ref
      FROM (SELECT meter, reading, lag(reading) OVER (PARTITION BY meter ORDER BY ts) AS prev FROM cnt_r) l
      GROUP BY meter) l USING (meter);

-- with drops: the register mod 2048 (rollovers), resets to a small value,
-- dips of up to 0.5; the rules in numeric with lag()
CREATE TABLE cnt_d AS
SELECT meter, ts,
       CASE WHEN u < 0.01 THEN floor(x * 64) / 64
            WHEN u < 0.04 THEN greatest(0, coalesce(prev, reading)::numeric % 2048 - floor(x * 33) / 64)
            ELSE reading::numeric % 2048 END::float8 AS reading
FROM (SELECT meter, ts, reading, lag(reading) OVER (PARTITION BY meter ORDER BY ts) AS prev,
             random() AS u, random() AS x
      FROM cnt_r) s
ORDER BY random();
CREATE TEMP VIEW rules AS
SELECT meter, on_drop, tol,
       sum(CASE WHEN d IS NULL THEN 0
                WHEN d >= 0 THEN d
                WHEN -d <= tol THEN d
                WHEN -d > 1024 THEN 2048 + d
                WHEN on_drop = 'reset-to-zero' THEN v
                ELSE 0 END) AS consumption,
       count(*) FILTER (WHERE d < 0 AND -d > tol AND -d <= 1024) AS resets,
       count(*) FILTER (WHERE -d > tol AND -d > 1024) AS rollovers,
       count(*) FILTER (WHERE d < 0 AND -d <= tol) AS suspect_drops
FROM (SELECT meter, on_drop, tol, reading::numeric AS v,
             reading::numeric - lag(reading::numeric) OVER (PARTITION BY meter, on_drop, tol ORDER BY ts, reading) AS d
      FROM cnt_d, (VALUES ('rebase'), ('reset-to-zero')) o(on_drop), (VALUES (0), (0.5)) t(tol)) s
GROUP BY meter, on_drop, tol;
SELECT on_drop, tol, count(*) AS meters,
       bool_and(consumption(c) = r.consumption AND resets(c) = r.resets AND rollovers(c) = r.rollovers
                AND suspect_drops(c) = r.suspect_drops) AS equal,
       sum(r.resets) AS resets, sum(r.rollovers) AS rollovers, sum(r.suspect_drops) AS suspect_drops
FROM (SELECT meter, on_drop, tol, meter_counter(ts, reading, 'kWh', on_drop, 2048, tol) AS c
      FROM cnt_d, (VALUES ('rebase'), ('reset-to-zero')) o(on_drop), (VALUES (0), (0.5)) t(tol)
      GROUP BY meter, on_drop, tol) m
JOIN rules r USING (meter, on_drop, tol)
GROUP BY on_drop, tol ORDER BY on_drop, tol;

-- text and binary forms read back to the same summary
CREATE TEMP TABLE cnt_c AS
SELECT meter, meter_counter(ts, reading, 'MWh', 'reset-to-zero', 2048, 0.5) AS c FROM cnt_d GROUP BY meter;
\copy cnt_c TO 'test/out/counter_copy.txt'
\copy cnt_c TO 'test/out/counter_copy.bin' (FORMAT binary)
CREATE TEMP TABLE from_text (meter int, c meter_counter);
CREATE TEMP TABLE from_binary (meter int, c meter_counter);
\copy from_text FROM 'test/out/counter_copy.txt'
\copy from_binary FROM 'test/out/counter_copy.bin' (FORMAT binary)
SELECT count(*) AS meters, bool_and(t.c::text = c.c::text AND b.c::text = c.c::text) AS same,
       bool_and(c.c::text::meter_counter::text = c.c::text) AS cast_same
FROM cnt_c c JOIN from_text t USING (meter) JOIN from_binary b USING (meter);
SELECT c FROM cnt_c WHERE meter = 1;
DROP TABLE cnt_r, cnt_d CASCADE;
