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
