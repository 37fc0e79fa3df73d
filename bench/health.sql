-- bench/health.sql - service health against the SQL a user would write.
-- Rows: 5 x the harness's :rows (5M with the default BENCH_ROWS=1000000):
-- requests one every 17 ms for 24 h (a 10-minute episode at 15 % errors,
-- 0.5 % otherwise) with a latency in ms.
--  episodes:  error_counts(ts, failed, '1 minute') and error_episodes over
--             the 5M events, 2 workers, against a hand-written gaps-and-
--             islands query over date_bin buckets
--  share:     share_above(limit_counts(latency_ms, ARRAY[450]), 450) against
--             count(*) FILTER (WHERE latency_ms > 450)::float8 / count(*),
--             no workers (the issue's bound: at most 1.2x)
\set QUIET on
\i bench/bench.sql
SELECT 5 * :rows AS health_rows \gset
SELECT set_config('bench.rows', :'health_rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

CREATE TABLE requests AS
SELECT '2025-11-25 00:00+00'::timestamptz + g * interval '17 milliseconds' AS ts,
       (g * 7919) % 1000 < CASE WHEN g BETWEEN 2000000 AND 2035294 THEN 150 ELSE 5 END AS failed,
       ((g * 104729) % 20011)::float8 / 10 AS latency_ms
FROM generate_series(1::bigint, :health_rows) g;
ALTER TABLE requests SET (parallel_workers = 2);
VACUUM ANALYZE requests;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
INSERT INTO bench_result VALUES
 ('SQL: date_bin buckets, gaps and islands, 2 workers',
  pg_temp.bench_ms($q$WITH b AS (
      SELECT date_bin('1 minute', ts, '2000-01-01+00') AS m, count(*) FILTER (WHERE failed)::float8 / count(*) AS rate
      FROM requests GROUP BY 1),
    r AS (SELECT m, m - (row_number() OVER (ORDER BY m)) * interval '1 minute' AS grp FROM b WHERE rate > 0.10)
    SELECT min(m), max(m) + interval '1 minute' FROM r GROUP BY grp
    HAVING max(m) + interval '1 minute' - min(m) >= interval '5 minutes'$q$, 3), NULL),
 ('greenlang: error_episodes(error_counts(...)), 2 workers',
  pg_temp.bench_ms($q$SELECT e.* FROM (SELECT error_counts(ts, failed, '1 minute') AS c FROM requests) x,
    error_episodes(x.c, 0.10, '5 minutes') e$q$, 3),
  'SQL: date_bin buckets, gaps and islands, 2 workers'),
 ('greenlang: error_counts(...) alone, 2 workers',
  pg_temp.bench_ms($q$SELECT error_counts(ts, failed, '1 minute') FROM requests$q$, 3),
  'SQL: date_bin buckets, gaps and islands, 2 workers');
SET max_parallel_workers_per_gather = 0;
INSERT INTO bench_result VALUES
 ('greenlang: error_episodes(error_counts(...)), no worker',
  pg_temp.bench_ms($q$SELECT e.* FROM (SELECT error_counts(ts, failed, '1 minute') AS c FROM requests) x,
    error_episodes(x.c, 0.10, '5 minutes') e$q$, 3),
  'SQL: date_bin buckets, gaps and islands, 2 workers'),
 ('SQL: count(*) FILTER (WHERE ms > 450)::float8 / count(*)',
  pg_temp.bench_ms($q$SELECT count(*) FILTER (WHERE latency_ms > 450)::float8 / count(*) FROM requests$q$, 5), NULL),
 ('greenlang: share_above(limit_counts(ms, ARRAY[450]), 450)',
  pg_temp.bench_ms($q$SELECT share_above(limit_counts(latency_ms, ARRAY[450]), 450) FROM requests$q$, 5),
  'SQL: count(*) FILTER (WHERE ms > 450)::float8 / count(*)'),
 ('SQL: three FILTER counts (150, 450, 5000 ms)',
  pg_temp.bench_ms($q$SELECT count(*) FILTER (WHERE latency_ms > 150)::float8 / count(*),
    count(*) FILTER (WHERE latency_ms > 450)::float8 / count(*),
    count(*) FILTER (WHERE latency_ms > 5000)::float8 / count(*) FROM requests$q$, 5), NULL),
 ('greenlang: limit_counts(ms, ARRAY[150, 450, 5000]), three shares',
  pg_temp.bench_ms($q$SELECT share_above(c, 150), share_above(c, 450), share_above(c, 5000)
    FROM (SELECT limit_counts(latency_ms, ARRAY[150, 450, 5000]) c FROM requests) x$q$, 5),
  'SQL: three FILTER counts (150, 450, 5000 ms)');

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
