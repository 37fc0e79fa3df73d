-- bench/drift.sql - ks_drift and psi over 1M baseline + 1M current rows.
--  baseline: the bare scan  SELECT count(v)
--  ks_drift / psi serial, then with 1 and 2 parallel workers, with and
--  without the leader scanning too (the speed-up of 2 workers over 1 is the
--  ratio of those rows).
-- The table drift_bench stays for bench/drift_client.sh.
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', (2 * :rows)::text, false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

SELECT setseed(0.25) \gset
SET client_min_messages = warning;
DROP TABLE IF EXISTS drift_bench;
RESET client_min_messages;
CREATE TABLE drift_bench AS
SELECT random() + CASE WHEN g > :rows THEN 0.002 ELSE 0 END AS v, g > :rows AS cur
FROM generate_series(1, 2 * :rows) g;
ALTER TABLE drift_bench SET (parallel_workers = 2);
VACUUM ANALYZE drift_bench;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 0;
INSERT INTO bench_result VALUES
 ('bare scan: count(v)', pg_temp.bench_ms('SELECT count(v) FROM drift_bench'), NULL),
 ('ks_drift(v, cur), serial',
  pg_temp.bench_ms('SELECT ks_drift(v, cur) FROM drift_bench'), 'bare scan: count(v)'),
 ('psi(v, cur), serial',
  pg_temp.bench_ms('SELECT psi(v, cur) FROM drift_bench'), 'bare scan: count(v)');
SET max_parallel_workers_per_gather = 1;
INSERT INTO bench_result VALUES
 ('ks_drift, 1 worker',
  pg_temp.bench_ms('SELECT ks_drift(v, cur) FROM drift_bench'), 'ks_drift(v, cur), serial');
SET max_parallel_workers_per_gather = 2;
INSERT INTO bench_result VALUES
 ('ks_drift, 2 workers',
  pg_temp.bench_ms('SELECT ks_drift(v, cur) FROM drift_bench'), 'ks_drift, 1 worker'),
 ('psi, 2 workers',
  pg_temp.bench_ms('SELECT psi(v, cur) FROM drift_bench'), 'psi(v, cur), serial');
-- the leader only gathers and merges: 1 worker = 1 scanning process
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 1;
INSERT INTO bench_result VALUES
 ('ks_drift, 1 worker, leader not scanning',
  pg_temp.bench_ms('SELECT ks_drift(v, cur) FROM drift_bench'), 'ks_drift(v, cur), serial');
SET max_parallel_workers_per_gather = 2;
INSERT INTO bench_result VALUES
 ('ks_drift, 2 workers, leader not scanning',
  pg_temp.bench_ms('SELECT ks_drift(v, cur) FROM drift_bench'), 'ks_drift, 1 worker, leader not scanning');
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
SELECT (ks_drift(v, cur)).* FROM drift_bench;
