-- ks_drift and psi in parallel plans: Partial Aggregate in the plan and
-- results identical (bitwise) to the serial plan; zero rows, all-NULL input.
CREATE TABLE drift_obs (id int, v float8, cur boolean, grp int);
INSERT INTO drift_obs
SELECT g, ((g::bigint * 7919) % 100003)::float8 / 1000 + CASE WHEN g % 3 = 0 THEN 3.5 ELSE 0 END,
       g % 3 = 0, g % 4
FROM generate_series(1, 300000) g;
-- some NULLs, and heavy ties in one group
UPDATE drift_obs SET v = NULL WHERE id % 1000 = 7;
UPDATE drift_obs SET v = round(v) WHERE grp = 3;
ALTER TABLE drift_obs SET (parallel_workers = 2);
ANALYZE drift_obs;
CREATE TABLE drift_nulls (v float8, cur boolean);
INSERT INTO drift_nulls SELECT NULL, g % 2 = 0 FROM generate_series(1, 1000) g;
ALTER TABLE drift_nulls SET (parallel_workers = 2);
ANALYZE drift_nulls;

-- serial results
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT grp, ks_drift(v, cur) AS k2, ks_drift(v, cur, 'less', 'asymp') AS kl,
       psi(v, cur) AS p10, psi(v, cur, 7) AS p7
FROM drift_obs GROUP BY grp;
CREATE TEMP TABLE serial_all AS
SELECT ks_drift(v, cur) AS k2, ks_drift(v, cur, 'greater') AS kg, psi(v, cur, 20) AS p20
FROM drift_obs;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT ks_drift(v, cur) AS k2, ks_drift(v, cur, 'greater') AS kg, psi(v, cur, 20) AS p20
FROM drift_obs;
SELECT (p.k2).statistic, (p.k2).p_value, (p.k2).n_baseline, (p.k2).n_current, (p.k2).method,
       p.k2 = s.k2 AS ks_identical, p.kg = s.kg AS greater_identical,
       p.p20 = s.p20 AS psi_identical
FROM (SELECT ks_drift(v, cur) AS k2, ks_drift(v, cur, 'greater') AS kg, psi(v, cur, 20) AS p20
      FROM drift_obs) p, serial_all s;

EXPLAIN (COSTS OFF)
SELECT grp, ks_drift(v, cur), psi(v, cur) FROM drift_obs GROUP BY grp;
SELECT p.grp, (p.k2).n_baseline, (p.k2).n_current,
       p.k2 = s.k2 AND p.kl = s.kl AND p.p10 = s.p10 AND p.p7 = s.p7 AS identical
FROM (SELECT grp, ks_drift(v, cur) AS k2, ks_drift(v, cur, 'less', 'asymp') AS kl,
             psi(v, cur) AS p10, psi(v, cur, 7) AS p7
      FROM drift_obs GROUP BY grp) p
JOIN serial s USING (grp) ORDER BY grp;

-- workers that see no rows, or only NULLs, send NULL partial states
EXPLAIN (COSTS OFF) SELECT ks_drift(v, cur), psi(v, cur) FROM drift_nulls;
SELECT ks_drift(v, cur) IS NULL AS ks_null, psi(v, cur) IS NULL AS psi_null FROM drift_nulls;
SELECT ks_drift(v, cur) IS NULL AS ks_null, psi(v, cur) IS NULL AS psi_null
FROM drift_obs WHERE id < 0;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE drift_obs;
DROP TABLE drift_nulls;

-- a hash aggregate of drift states stays within hash_mem (work_mem times
-- hash_mem_multiplier): the planner is told 1 MB a state (SSPACE), so it
-- keeps few groups in memory and spills the rows of the others.  Without it,
-- 1000 groups of 400 rows grew to about 10 MB in memory, past the 8 MB here.
CREATE TEMP TABLE drift_many AS
SELECT g % 1000 AS g, ((g::bigint * 7919) % 100003)::float8 AS v, g % 3 = 0 AS cur
FROM generate_series(1, 400000) g;
ANALYZE drift_many;
CREATE FUNCTION pg_temp.hash_agg_memory(q text)
RETURNS TABLE (strategy text, within_hash_mem boolean, spilled boolean)
LANGUAGE plpgsql AS $$
DECLARE
  p json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, FORMAT JSON) ' || q INTO p;
  p := p -> 0 -> 'Plan';
  strategy := p ->> 'Strategy';
  within_hash_mem := (p ->> 'Peak Memory Usage')::float8
    <= current_setting('hash_mem_multiplier')::float8 * 4096;
  spilled := (p ->> 'HashAgg Batches')::int > 1;
  RETURN NEXT;
END $$;
SET max_parallel_workers_per_gather = 0;
SET work_mem = '4MB';
SET hash_mem_multiplier = 2;
SET enable_sort = off;
SELECT * FROM pg_temp.hash_agg_memory('SELECT g, ks_drift(v, cur) FROM drift_many GROUP BY g');
SELECT * FROM pg_temp.hash_agg_memory('SELECT g, psi(v, cur, 4) FROM drift_many GROUP BY g');
-- and the results are those of a sorted group aggregate
RESET enable_sort;
SET enable_hashagg = off;
CREATE TEMP TABLE drift_many_sorted AS
SELECT g, ks_drift(v, cur) AS k, psi(v, cur, 4) AS p FROM drift_many GROUP BY g;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS groups, bool_and(h.k = s.k AND h.p = s.p) AS identical
FROM (SELECT g, ks_drift(v, cur) AS k, psi(v, cur, 4) AS p FROM drift_many GROUP BY g) h
JOIN drift_many_sorted s USING (g);
RESET enable_sort;
RESET hash_mem_multiplier;
RESET work_mem;
RESET max_parallel_workers_per_gather;
