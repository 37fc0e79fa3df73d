-- the examples of docs/counter.md, as the page shows them
SET TimeZone = 'UTC';
SET DateStyle = ISO;
SET IntervalStyle = postgres;
-- three cumulative registers read hourly (kWh): one reset to zero and
-- counted up to 15, one rolled over at 100000, one with a 0.1 kWh dip
CREATE TABLE register_readings (meter_id text, ts timestamptz, reading float8);
INSERT INTO register_readings VALUES
 ('EL-1', '2025-11-01 00:00', 10), ('EL-1', '2025-11-01 01:00', 20),
 ('EL-1', '2025-11-01 02:00', 15), ('EL-1', '2025-11-01 03:00', 40),
 ('EL-2', '2025-11-01 00:00', 99980), ('EL-2', '2025-11-01 01:00', 99990),
 ('EL-2', '2025-11-01 02:00', 5), ('EL-2', '2025-11-01 03:00', 25),
 ('EL-3', '2025-11-01 00:00', 100), ('EL-3', '2025-11-01 01:00', 99.9),
 ('EL-3', '2025-11-01 02:00', 100.4), ('EL-3', '2025-11-01 03:00', 101);

-- what a drop means is declared, not guessed
SELECT meter_id,
       consumption(meter_counter(ts, reading, 'kWh', 'rebase', 100000, 0.5)) AS rebase,
       consumption(meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5)) AS reset_to_zero
FROM register_readings GROUP BY meter_id ORDER BY meter_id;

-- what the lag() query gives
SELECT meter_id, sum(greatest(0, reading - prev)) AS lag_query
FROM (SELECT meter_id, reading, lag(reading) OVER (PARTITION BY meter_id ORDER BY ts) AS prev
      FROM register_readings) s
GROUP BY meter_id ORDER BY meter_id;

-- the summary and what else it tells
SELECT meter_id, resets(c), rollovers(c), suspect_drops(c), readings(c),
       (first_reading(c)).reading AS first, (last_reading(c)).reading AS last
FROM (SELECT meter_id, meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5) AS c
      FROM register_readings GROUP BY meter_id) s
ORDER BY meter_id;
SELECT consumption(c), consumption(c, 'MJ') AS mj, consumption(c, 'MMBtu') AS mmbtu, last_reading(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5) AS c
      FROM register_readings WHERE meter_id = 'EL-1') s;

-- without the tolerance, the dip is a reset
SELECT consumption(c), resets(c), suspect_drops(c)
FROM (SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero') AS c
      FROM register_readings WHERE meter_id = 'EL-3') s;

-- summaries of adjacent periods chain exactly, the step between them included
CREATE TABLE register_2h AS
SELECT meter_id, date_bin('2 hours', ts, '2025-11-01') AS period,
       meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5) AS c
FROM register_readings GROUP BY 1, 2;
SELECT meter_id, consumption(rollup(c)) AS rolled_up, sum(consumption(c)) AS sum_of_periods
FROM register_2h GROUP BY meter_id ORDER BY meter_id;
-- overlapping ones do not
SELECT consumption(rollup(c))
FROM (SELECT c FROM register_2h WHERE meter_id = 'EL-1'
      UNION ALL
      SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5)
      FROM register_readings WHERE meter_id = 'EL-1') s(c);

-- the stored form
SELECT meter_counter(ts, reading, 'kWh', 'reset-to-zero', 100000, 0.5)
FROM register_readings WHERE meter_id = 'EL-1';
DROP TABLE register_readings, register_2h;
