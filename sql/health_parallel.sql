-- Parallel plans and stored summaries: error_counts and limit_counts run as
-- Partial Aggregate in two workers plus a Finalize Aggregate and give the
-- serial result to the byte (the states are integer counts); rollup of
-- hourly summaries equals one pass over the rows.  The rows come in an
-- order that is not time order (a bucket's rows are scattered over the
-- table), so the states merge pending buckets too.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';

CREATE TABLE events AS
SELECT g AS id,
       '2025-11-25 00:00+00'::timestamptz + ((g * 7919) % 300000) * interval '170 milliseconds' AS ts,
       CASE WHEN g % 23 = 0 THEN NULL ELSE (g * 104729) % 1009 < CASE WHEN (g * 7919) % 300000 BETWEEN 90000 AND 95000 THEN 200 ELSE 12 END END AS failed,
       CASE WHEN g % 29 = 0 THEN NULL ELSE ((g * 1299709) % 100003) / 10.0 END AS latency_ms
FROM generate_series(1::bigint, 300000) g;
ALTER TABLE events SET (parallel_workers = 2);
VACUUM ANALYZE events;

-- hourly summaries, re-aggregated by rollup
CREATE TABLE hourly AS
SELECT date_trunc('hour', ts) AS hour, error_counts(ts, failed, '1 minute') AS e,
       limit_counts(latency_ms, ARRAY[150, 450, 5000]) AS l
FROM events GROUP BY 1;
ALTER TABLE hourly SET (parallel_workers = 2);
VACUUM ANALYZE hourly;

-- serial
SET max_parallel_workers_per_gather = 0;
SELECT error_counts(ts, failed, '1 minute')::text AS s_e,
       limit_counts(latency_ms, ARRAY[150, 450, 5000])::text AS s_l
FROM events \gset
SELECT rollup(e)::text AS s_re, rollup(l)::text AS s_rl FROM hourly \gset

-- parallel
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT error_counts(ts, failed, '1 minute'), limit_counts(latency_ms, ARRAY[150, 450, 5000]) FROM events;
EXPLAIN (COSTS OFF) SELECT rollup(e), rollup(l) FROM hourly;
SELECT error_counts(ts, failed, '1 minute')::text AS p_e,
       limit_counts(latency_ms, ARRAY[150, 450, 5000])::text AS p_l
FROM events \gset
SELECT rollup(e)::text AS p_re, rollup(l)::text AS p_rl FROM hourly \gset

SELECT :'s_e' = :'p_e' AS error_counts_same, :'s_l' = :'p_l' AS limit_counts_same,
       :'s_re' = :'p_re' AS rollup_error_counts_same, :'s_rl' = :'p_rl' AS rollup_limit_counts_same,
       :'s_e' = :'s_re' AS rollup_equals_one_pass, :'s_l' = :'s_rl' AS rollup_limits_equals_one_pass;
-- the buckets and the episodes they give
SELECT length(:'s_e') > 1000 AS many_buckets, :'s_l' AS limit_counts;
SELECT start_time, end_time, buckets, errors, events, round(rate::numeric, 4) AS rate
FROM error_episodes(:'p_e'::error_counts, 0.10, '5 minutes');
-- per group, parallel and serial agree too
CREATE TEMP TABLE par AS
SELECT id % 5 AS g, error_counts(ts, failed, '10 minutes') AS e, limit_counts(latency_ms, ARRAY[150, 450]) AS l
FROM events GROUP BY 1;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS groups,
       bool_and(p.e::text = s.e::text AND p.l::text = s.l::text) AS same
FROM par p JOIN (SELECT id % 5 AS g, error_counts(ts, failed, '10 minutes') AS e,
                        limit_counts(latency_ms, ARRAY[150, 450]) AS l
                 FROM events GROUP BY 1) s USING (g);

-- the share above a limit from the rollup equals the FILTER query
SELECT share_above(rollup(l), 450) = (SELECT count(*) FILTER (WHERE latency_ms > 450)::float8 / count(latency_ms) FROM events)
       AS share_exact
FROM hourly;

-- the binary forms read back (COPY out and in)
\copy hourly TO 'test/out/health_hourly.bin' WITH (FORMAT binary)
CREATE TABLE hourly_back (LIKE hourly);
\copy hourly_back FROM 'test/out/health_hourly.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, bool_and(a.e::text = b.e::text AND a.l::text = b.l::text) AS same
FROM hourly a JOIN hourly_back b USING (hour);

-- a window over stored summaries: a running rollup
SELECT hour, error_rate(rollup(e) OVER (ORDER BY hour)) AS running_rate
FROM hourly ORDER BY hour LIMIT 3;

DROP TABLE events, hourly, hourly_back;
