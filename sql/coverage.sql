-- coverage: the worked example with values counted by hand, then random
-- meters against independent SQL: gaps against the lag() query, covered
-- time against range_agg of [ts, ts + max_gap], counts against count(*),
-- liveness against EXISTS, the first and last reading against min/max.
SET TimeZone = 'UTC';

-- ---- the worked example --------------------------------------------------
-- readings every 5 minutes 00:00-05:55 (72), one at 08:00, every 5 minutes
-- 09:00-09:30 (7), and two rows without a value; max_gap 5 minutes
CREATE TEMP TABLE ex (ts timestamptz, value float8);
INSERT INTO ex SELECT ts, 1 FROM generate_series(timestamptz '2024-01-01 00:00', '2024-01-01 05:55', '5 min') ts;
INSERT INTO ex VALUES ('2024-01-01 08:00', 1), ('2024-01-01 07:00', NULL), ('2024-01-01 07:30', NULL);
INSERT INTO ex SELECT ts, 1 FROM generate_series(timestamptz '2024-01-01 09:00', '2024-01-01 09:30', '5 min') ts;
CREATE TEMP TABLE exc AS SELECT coverage(ts, '5 minutes', value IS NOT NULL) AS c FROM ex;
-- three runs: 72 readings, 1, 7; two missing
SELECT c FROM exc;
SELECT readings(c), missing_readings(c), max_gap(c), first_seen(c), last_seen(c) FROM exc;
-- covered: 00:00-06:00 (360 min), 08:00-08:05 (5), 09:00-09:35 (35): 400 of 600 minutes
SELECT completeness(c, '2024-01-01 00:00', '2024-01-01 10:00') = 400.0 / 600 AS by_time,
       -- 80 readings where one every 5 minutes would be 120
       completeness(c, '2024-01-01 00:00', '2024-01-01 10:00', '5 minutes') = 80.0 / 120 AS by_count,
       -- any window: 05:00-08:30 covers 05:00-06:00 and 08:00-08:05, 65 of 210 minutes
       completeness(c, '2024-01-01 05:00', '2024-01-01 08:30') = 65.0 / 210 AS window_by_time,
       -- a window holding whole runs only: 1 reading in 07:00-08:30, 18 expected
       completeness(c, '2024-01-01 07:00', '2024-01-01 08:30', '5 minutes') = 1.0 / 18 AS window_by_count
FROM exc;
-- the gaps: after 05:55 until 08:00, after 08:00 until 09:00
SELECT * FROM exc, gaps(c);
SELECT * FROM exc, gaps(c, '90 minutes');
-- in a window, its bounds count: no data before 00:00 in the window, none since 09:30
SELECT * FROM exc, gaps(c, '1 hour', '2023-12-31 22:00', '2024-01-01 12:00');
-- liveness: a reading at most 5 minutes before
SELECT at, live_at(c, at)
FROM exc, (VALUES (timestamptz '2023-12-31 23:59'), ('2024-01-01 00:00'), ('2024-01-01 06:00'),
                  ('2024-01-01 06:00:01'), ('2024-01-01 08:05'), ('2024-01-01 09:35'), ('2024-01-01 09:36')) v(at)
ORDER BY at;

-- zero rows: NULL; only missing rows: a coverage without runs
SELECT coverage(ts, '5 minutes') IS NULL AS no_rows FROM ex WHERE false;
SELECT c, readings(c), missing_readings(c), first_seen(c) IS NULL AS no_first,
       completeness(c, '2024-01-01', '2024-01-02') AS by_time, live_at(c, '2024-01-01 07:00')
FROM (SELECT coverage(ts, '5 minutes', value IS NOT NULL) AS c FROM ex WHERE value IS NULL) s;
SELECT * FROM (SELECT coverage(ts, '5 minutes', false) AS c FROM ex) s, gaps(c, '5 minutes', '2024-01-01', '2024-01-02');
-- rows with a NULL ts are skipped; NULL present counts as missing
SELECT c FROM (SELECT coverage(ts, '1 hour', p) AS c
               FROM (VALUES (timestamptz '2024-01-01 00:00', true), (NULL, true), ('2024-01-01 00:30', NULL)) v(ts, p)) s;
-- durations: a day is 24 hours, seconds down to the microsecond
SELECT coverage(ts, '1 day 00:00:00.5') FROM (VALUES (timestamptz '2024-03-30 12:00'), ('2024-03-31 12:00:00.5')) v(ts);
SELECT max_gap(coverage(ts, '36 hours')) FROM (VALUES (timestamptz '2024-01-01')) v(ts);

-- ---- random meters ------------------------------------------------------
-- 12 meters, one reading a minute with jitter over two days, some outages
-- of hours, a few rows without a value; rows stored in random order
SELECT setseed(0.25);
CREATE TABLE cov_r AS
SELECT m AS meter,
       ts + (random() * 40)::int * interval '1 second' AS ts,
       CASE WHEN random() < 0.01 THEN NULL ELSE random() END AS value
FROM generate_series(1, 12) m, generate_series(timestamptz '2024-01-01', '2024-01-02 23:59', '1 minute') ts
WHERE random() > CASE WHEN (extract(hour FROM ts)::int + m) % 9 IN (0, 1) AND m % 3 = 0 THEN 1
                      WHEN (extract(hour FROM ts)::int + m) % 9 = 0 THEN 0.97 ELSE 0.1 END
ORDER BY random();
SELECT count(*) AS rows, count(DISTINCT meter) AS meters FROM cov_r;

-- gaps: exactly the rows of the lag() query
CREATE TEMP TABLE cov_c AS
SELECT meter, coverage(ts, '3 minutes') AS c, coverage(ts, '3 minutes', value IS NOT NULL) AS cv
FROM cov_r GROUP BY meter;
CREATE TEMP VIEW lag_gaps AS
SELECT meter, prev AS gap_start, ts AS gap_end, ts - prev AS duration
FROM (SELECT meter, ts, lag(ts) OVER (PARTITION BY meter ORDER BY ts) AS prev FROM cov_r) s;
SELECT (SELECT count(*) FROM cov_c, gaps(c)) AS gaps,
       (SELECT count(*) FROM lag_gaps WHERE duration > '3 minutes') AS lag_gaps,
       NOT EXISTS ((SELECT meter, g.* FROM cov_c, gaps(c) g
                    EXCEPT ALL SELECT * FROM lag_gaps WHERE duration > '3 minutes')
                   UNION ALL
                   (SELECT * FROM lag_gaps WHERE duration > '3 minutes'
                    EXCEPT ALL SELECT meter, g.* FROM cov_c, gaps(c) g)) AS same_rows;
-- the long ones, and their text as the lag() query prints it
SELECT (SELECT count(*) FROM cov_c, gaps(c, '2 hours')) AS long_gaps,
       NOT EXISTS ((SELECT meter, g.* FROM cov_c, gaps(c, '2 hours') g
                    EXCEPT ALL SELECT * FROM lag_gaps WHERE duration > '2 hours')
                   UNION ALL
                   (SELECT * FROM lag_gaps WHERE duration > '2 hours'
                    EXCEPT ALL SELECT meter, g.* FROM cov_c, gaps(c, '2 hours') g)) AS same_rows,
       (SELECT string_agg(DISTINCT g.duration::text, ', ') FROM cov_c, gaps(c, '2 hours') g)
         = (SELECT string_agg(DISTINCT duration::text, ', ') FROM lag_gaps WHERE duration > '2 hours') AS same_text;

-- gaps in a window: the lag() query over the window's rows and its two bounds
CREATE TEMP VIEW window_lag_gaps AS
SELECT meter, prev AS gap_start, ts AS gap_end, ts - prev AS duration
FROM (SELECT meter, ts, lag(ts) OVER (PARTITION BY meter ORDER BY ts) AS prev
      FROM (SELECT meter, ts FROM cov_r WHERE ts >= '2024-01-01 07:00:10' AND ts < '2024-01-02 03:30'
            UNION ALL SELECT meter, timestamptz '2024-01-01 07:00:10' FROM cov_c
            UNION ALL SELECT meter, timestamptz '2024-01-02 03:30' FROM cov_c) u) s
WHERE ts - prev > '20 minutes';
CREATE TEMP VIEW window_gaps AS
SELECT meter, g.* FROM cov_c, gaps(c, '20 minutes', '2024-01-01 07:00:10', '2024-01-02 03:30') g;
SELECT (SELECT count(*) FROM window_gaps) AS window_gaps,
       (SELECT count(*) FROM window_lag_gaps) AS lag_gaps,
       NOT EXISTS ((TABLE window_gaps EXCEPT ALL TABLE window_lag_gaps)
                   UNION ALL (TABLE window_lag_gaps EXCEPT ALL TABLE window_gaps)) AS same_rows;

-- completeness by time: the covered part of the window, as range_agg of
-- [ts, ts + max_gap] intersected with the window measures it (exact
-- numeric seconds), to 1e-15
SELECT count(*) AS windows,
       count(*) FILTER (WHERE abs(completeness(c, w1, w2) - ref) <= 1e-15) AS equal,
       min(ref)::numeric(4, 3) AS lowest, max(ref)::numeric(4, 3) AS highest
FROM cov_c JOIN (
  SELECT r.meter, w.w1, w.w2,
         (SELECT coalesce(sum(extract(epoch FROM upper(x) - lower(x))), 0)
          FROM unnest(range_agg(tstzrange(r.ts, r.ts + interval '3 minutes', '[]'))
                      * tstzmultirange(tstzrange(w.w1, w.w2))) x)
         / extract(epoch FROM w.w2 - w.w1) AS ref
  FROM cov_r r
  CROSS JOIN (VALUES (timestamptz '2024-01-01 00:00', timestamptz '2024-01-03 00:00'),
                     ('2024-01-01 05:17:23', '2024-01-01 09:00'),
                     ('2024-01-01 23:00', '2024-01-02 00:00'),
                     ('2023-12-31 23:00', '2024-01-01 00:30')) w(w1, w2)
  GROUP BY r.meter, w.w1, w.w2) ref USING (meter);

-- completeness by count: the window's rows only, present ones counted
SELECT count(*) AS meters,
       count(*) FILTER (WHERE completeness(cv, '2024-01-01 06:00', '2024-01-01 18:00', '1 minute')
                              = n::float8 / 720) AS equal,
       min(n) AS fewest, max(n) AS most
FROM (SELECT meter,
             coverage(ts, '3 minutes', value IS NOT NULL) AS cv,
             count(*) FILTER (WHERE value IS NOT NULL) AS n
      FROM cov_r WHERE ts >= '2024-01-01 06:00' AND ts < '2024-01-01 18:00'
      GROUP BY meter) s;
-- missing rows: those without a value
SELECT bool_and(missing_readings(cv) = n_null AND readings(cv) = n - n_null AND readings(c) = n) AS counts
FROM cov_c JOIN (SELECT meter, count(*) AS n, count(*) FILTER (WHERE value IS NULL) AS n_null
                 FROM cov_r GROUP BY meter) n USING (meter);

-- liveness against EXISTS, first and last reading against min and max
SELECT count(*) AS probes,
       count(*) FILTER (WHERE live_at(c, at) = EXISTS (SELECT 1 FROM cov_r r WHERE r.meter = cov_c.meter
                                                        AND r.ts <= at AND at <= r.ts + interval '3 minutes')) AS equal,
       count(*) FILTER (WHERE live_at(c, at)) AS live
FROM cov_c, generate_series(timestamptz '2023-12-31 23:58', '2024-01-03 00:02', '7 minutes 13 seconds') at;
SELECT bool_and(first_seen(c) = lo AND last_seen(c) = hi) AS first_last
FROM cov_c JOIN (SELECT meter, min(ts) AS lo, max(ts) AS hi FROM cov_r GROUP BY meter) m USING (meter);

-- text and binary forms read back to the same coverage
\copy (SELECT meter, c FROM cov_c) TO 'test/out/coverage_copy.txt'
\copy (SELECT meter, c FROM cov_c) TO 'test/out/coverage_copy.bin' (FORMAT binary)
CREATE TEMP TABLE from_text (meter int, c coverage);
CREATE TEMP TABLE from_binary (meter int, c coverage);
\copy from_text FROM 'test/out/coverage_copy.txt'
\copy from_binary FROM 'test/out/coverage_copy.bin' (FORMAT binary)
SELECT count(*) AS meters,
       bool_and(t.c::text = c.c::text AND b.c::text = c.c::text) AS same,
       bool_and(c.c::text::coverage::text = c.c::text) AS cast_same
FROM cov_c c JOIN from_text t USING (meter) JOIN from_binary b USING (meter);
-- instants outside the hour, fractions of a second
SELECT c, c::text::coverage::text = c::text AS same
FROM (SELECT coverage(ts, '0.25 seconds') AS c
      FROM (VALUES (timestamptz '0001-01-01 00:00:00+00'), ('1999-12-31 23:59:59.999999+00'),
                   ('2000-01-01 00:00:00.2+00'), ('9999-12-31 23:59:59.999999+00')) v(ts)) s;
DROP TABLE cov_r CASCADE;
