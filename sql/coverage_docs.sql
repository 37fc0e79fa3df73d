-- the examples of docs/coverage.md, as the page shows them
SET TimeZone = 'UTC';
SET DateStyle = ISO;
SET IntervalStyle = postgres;
-- two meters reporting every 5 minutes: the steam meter went silent from
-- 02:00 to 04:30; the gas meter sent rows without a value from 06:00 to 06:55
CREATE TABLE meter_readings (meter_id text, ts timestamptz, value float8);
INSERT INTO meter_readings
SELECT 'STEAM-1', ts, 42.0 FROM generate_series(timestamptz '2025-11-01 00:00', '2025-11-01 11:55', '5 minutes') ts
WHERE ts < '2025-11-01 02:00' OR ts >= '2025-11-01 04:30';
INSERT INTO meter_readings
SELECT 'GAS-1', ts, CASE WHEN ts >= '2025-11-01 06:00' AND ts < '2025-11-01 07:00' THEN NULL ELSE 7.5 END
FROM generate_series(timestamptz '2025-11-01 00:00', '2025-11-01 11:55', '5 minutes') ts;

-- completeness over the 12 hours, by time and by count (one reading every 5 minutes expected)
SELECT meter_id,
       round(completeness(c, '2025-11-01 00:00', '2025-11-01 12:00')::numeric, 3) AS by_time,
       round(completeness(c, '2025-11-01 00:00', '2025-11-01 12:00', '5 minutes')::numeric, 3) AS by_count,
       readings(c), missing_readings(c) AS missing
FROM (SELECT meter_id, coverage(ts, '5 minutes', value IS NOT NULL) AS c
      FROM meter_readings GROUP BY meter_id) s
ORDER BY meter_id;

-- the gaps longer than 30 minutes, as rows
SELECT meter_id, g.*
FROM (SELECT meter_id, coverage(ts, '5 minutes', value IS NOT NULL) AS c
      FROM meter_readings GROUP BY meter_id) s, gaps(c, '30 minutes') g
ORDER BY meter_id, gap_start;

-- the same rows as the lag() query (without the NULL values)
SELECT meter_id, prev AS gap_start, ts AS gap_end, ts - prev AS duration
FROM (SELECT meter_id, ts, lag(ts) OVER (PARTITION BY meter_id ORDER BY ts) AS prev
      FROM meter_readings WHERE value IS NOT NULL) s
WHERE ts - prev > interval '30 minutes'
ORDER BY meter_id, gap_start;

-- no data since? the window's end counts: 11:55 to 13:00 is a gap at 13:00
SELECT meter_id, last_seen(c), live_at(c, '2025-11-01 12:00') AS live_at_noon,
       live_at(c, '2025-11-01 13:00') AS live_at_one
FROM (SELECT meter_id, coverage(ts, '5 minutes', value IS NOT NULL) AS c
      FROM meter_readings GROUP BY meter_id) s
ORDER BY meter_id;
SELECT g.*
FROM (SELECT coverage(ts, '5 minutes') AS c FROM meter_readings WHERE meter_id = 'STEAM-1') s,
     gaps(c, '30 minutes', '2025-11-01 00:00', '2025-11-01 13:00') g;

-- stored hourly coverages, rolled up to the day: the same answer as one pass
CREATE TABLE meter_coverage_hourly AS
SELECT meter_id, date_trunc('hour', ts) AS hour, coverage(ts, '5 minutes', value IS NOT NULL) AS c
FROM meter_readings GROUP BY 1, 2;
SELECT meter_id,
       round(completeness(rollup(c), '2025-11-01 00:00', '2025-11-01 12:00')::numeric, 3) AS by_time,
       rollup(c)::text = (SELECT coverage(ts, '5 minutes', value IS NOT NULL)::text FROM meter_readings r
                          WHERE r.meter_id = h.meter_id) AS same_as_one_pass
FROM meter_coverage_hourly h GROUP BY meter_id ORDER BY meter_id;

-- completeness by time for any window; by count only for windows holding whole runs
SELECT round(completeness(c, '2025-11-01 01:30', '2025-11-01 05:00')::numeric, 3) AS by_time
FROM (SELECT coverage(ts, '5 minutes') AS c FROM meter_readings WHERE meter_id = 'STEAM-1') s;
SELECT completeness(c, '2025-11-01 01:30', '2025-11-01 05:00', '5 minutes') AS by_count
FROM (SELECT coverage(ts, '5 minutes') AS c FROM meter_readings WHERE meter_id = 'STEAM-1') s;
SELECT round(completeness(c, '2025-11-01 01:30', '2025-11-01 05:00', '5 minutes')::numeric, 3) AS by_count
FROM (SELECT coverage(ts, '5 minutes') AS c FROM meter_readings
      WHERE meter_id = 'STEAM-1' AND ts >= '2025-11-01 01:30' AND ts < '2025-11-01 05:00') s;

-- a data gap or a loss?  A boiler house's hourly meters for one day; the
-- steam meter sent nothing from 06:00 to 11:59
CREATE TABLE boiler_readings (meter_id text, direction text, ts timestamptz, value float8, unit text);
INSERT INTO boiler_readings
SELECT m.meter_id, m.direction, ts, m.value, m.unit
FROM generate_series(timestamptz '2025-11-01 00:00', '2025-11-01 23:00', '1 hour') ts,
     (VALUES ('GAS-1', 'input', 1000.0, 'kWh'), ('STEAM-1', 'output', 3.06, 'GJ'),
             ('STACK-1', 'loss', 150.0, 'kWh')) m(meter_id, direction, value, unit)
WHERE NOT (m.meter_id = 'STEAM-1' AND ts >= '2025-11-01 06:00' AND ts < '2025-11-01 12:00');
-- the balance alone reads the silence as a loss; its reading counts do not
SELECT round((b).efficiency::numeric, 3) AS efficiency, round((b).unaccounted_fraction::numeric, 3) AS unaccounted, (b).closes,
       (b).input_readings, (b).output_readings, (b).loss_readings
FROM (SELECT energy_balance(value, unit, direction) AS b FROM boiler_readings) s;
-- each meter's completeness and gaps, and the balance over the hours every meter reported
SELECT meter_id, direction, round(completeness(c, '2025-11-01', '2025-11-02', '1 hour')::numeric, 3) AS completeness,
       (SELECT string_agg(to_char(gap_start, 'HH24:MI') || '-' || to_char(gap_end, 'HH24:MI'), ', ')
        FROM gaps(c, '1 hour', '2025-11-01', '2025-11-02')) AS gaps
FROM (SELECT meter_id, direction, coverage(ts, '1 hour') AS c FROM boiler_readings GROUP BY meter_id, direction) s
ORDER BY meter_id;
SELECT round((b).efficiency::numeric, 3) AS efficiency, round((b).unaccounted_fraction::numeric, 3) AS unaccounted, (b).closes
FROM (SELECT energy_balance(value, unit, direction) AS b FROM boiler_readings
      WHERE ts IN (SELECT ts FROM boiler_readings GROUP BY ts HAVING count(*) = 3)) s;
DROP TABLE boiler_readings;

-- the stored form
SELECT coverage(ts, '5 minutes') FROM meter_readings WHERE meter_id = 'STEAM-1';
-- months are refused
SELECT coverage(ts, '1 month') FROM meter_readings;
DROP TABLE meter_readings, meter_coverage_hourly;
