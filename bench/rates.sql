-- bench/rates.sql - model-monitoring aggregates against the runbook's SQL.
-- Rows: 10 x the harness's :rows (10M with the default BENCH_ROWS=1000000),
-- 30 days of verified alarms and classified predictions.
--  runbook:   the GL-008 queries, SUM(CASE ...) / COUNT(*) and AVG(CASE ...) per day
--  greenlang: fp_rate(...), confusion(...) and its accessors per day
-- then the parallel speed-up of confusion() with 2 workers over 1.
\set QUIET on
\i bench/bench.sql
SELECT 10 * :rows AS rates_rows \gset
SELECT set_config('bench.rows', :'rates_rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

-- is_false_positive: NULL = not yet verified (about 10 %); predicted and
-- actual: the classifier's and the inspector's verdict (true = FAILED)
CREATE TABLE monitoring AS
SELECT (g % 30)::int2 AS day,
       CASE WHEN g % 10 = 3 THEN NULL ELSE (g * 7919) % 997 < 80 END AS is_false_positive,
       (g * 104729) % 1009 < 300 AS predicted,
       (g * 1299709) % 1013 < 280 AS actual
FROM generate_series(1::bigint, :rates_rows) g;
VACUUM ANALYZE monitoring;

INSERT INTO bench_result VALUES
 ('runbook: fp rate, SUM(CASE)/COUNT(*) per day',
  pg_temp.bench_ms($q$SELECT day, COUNT(*), SUM(CASE WHEN is_false_positive THEN 1 ELSE 0 END),
     ROUND(100.0 * SUM(CASE WHEN is_false_positive THEN 1 ELSE 0 END) / COUNT(*), 2)
     FROM monitoring GROUP BY day$q$, 3), NULL),
 ('greenlang: fp_rate(x) per day',
  pg_temp.bench_ms($q$SELECT day, fp_rate(is_false_positive) FROM monitoring GROUP BY day$q$, 3),
  'runbook: fp rate, SUM(CASE)/COUNT(*) per day'),
 ('greenlang: fp_rate_interval(x) per day',
  pg_temp.bench_ms($q$SELECT day, fp_rate_interval(is_false_positive) FROM monitoring GROUP BY day$q$, 3),
  'runbook: fp rate, SUM(CASE)/COUNT(*) per day'),
 ('runbook: accuracy, AVG(CASE) per day',
  pg_temp.bench_ms($q$SELECT day, AVG(CASE WHEN predicted = actual THEN 1.0 ELSE 0.0 END), COUNT(*)
     FROM monitoring GROUP BY day$q$, 3), NULL),
 ('greenlang: accuracy(confusion(p, a)) per day',
  pg_temp.bench_ms($q$SELECT day, accuracy(confusion(predicted, actual)) FROM monitoring GROUP BY day$q$, 3),
  'runbook: accuracy, AVG(CASE) per day'),
 ('runbook: 4 counts, SUM(CASE) x 4 per day',
  pg_temp.bench_ms($q$SELECT day, SUM(CASE WHEN predicted AND actual THEN 1 ELSE 0 END),
     SUM(CASE WHEN predicted AND NOT actual THEN 1 ELSE 0 END),
     SUM(CASE WHEN NOT predicted AND actual THEN 1 ELSE 0 END),
     SUM(CASE WHEN NOT predicted AND NOT actual THEN 1 ELSE 0 END)
     FROM monitoring GROUP BY day$q$, 3), NULL),
 ('greenlang: confusion(p, a) per day',
  pg_temp.bench_ms($q$SELECT day, confusion(predicted, actual) FROM monitoring GROUP BY day$q$, 3),
  'runbook: 4 counts, SUM(CASE) x 4 per day');

-- parallel: the whole table, 0, 1 and 2 workers; the leader also scans
-- unless parallel_leader_participation is off (then 1 worker = 1 process)
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
ALTER TABLE monitoring SET (parallel_workers = 2);
SET max_parallel_workers_per_gather = 1;
INSERT INTO bench_result VALUES
 ('confusion(p, a), 1 worker',
  pg_temp.bench_ms('SELECT confusion(predicted, actual) FROM monitoring', 3), NULL);
SET max_parallel_workers_per_gather = 2;
INSERT INTO bench_result VALUES
 ('confusion(p, a), 2 workers',
  pg_temp.bench_ms('SELECT confusion(predicted, actual) FROM monitoring', 3), 'confusion(p, a), 1 worker');
SET max_parallel_workers_per_gather = 0;
INSERT INTO bench_result VALUES
 ('confusion(p, a), no worker',
  pg_temp.bench_ms('SELECT confusion(predicted, actual) FROM monitoring', 3), 'confusion(p, a), 1 worker');
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 1;
INSERT INTO bench_result VALUES
 ('confusion(p, a), 1 worker, leader off',
  pg_temp.bench_ms('SELECT confusion(predicted, actual) FROM monitoring', 3), NULL);
SET max_parallel_workers_per_gather = 2;
INSERT INTO bench_result VALUES
 ('confusion(p, a), 2 workers, leader off',
  pg_temp.bench_ms('SELECT confusion(predicted, actual) FROM monitoring', 3), 'confusion(p, a), 1 worker, leader off');

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
