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

-- the stored form
SELECT coverage(ts, '5 minutes') FROM meter_readings WHERE meter_id = 'STEAM-1';
-- months are refused
SELECT coverage(ts, '1 month') FROM meter_readings;
DROP TABLE meter_readings, meter_coverage_hourly;
