-- psi against test/data/psi_reference.csv (numpy, test/data/gen_psi_reference.py):
-- the same integer-arithmetic samples, built here, to 1e-12 relative.
CREATE TEMP TABLE s (name text, v float8);
INSERT INTO s
SELECT 'a', (i * 7919 % 1009)::float8 / 100 FROM generate_series(1, 2000) i
UNION ALL SELECT 'b', (i * 104729 % 1013)::float8 / 100 + 0.5 FROM generate_series(1, 1500) i
UNION ALL SELECT 'c', (i * 31 % 7)::float8 FROM generate_series(1, 400) i
UNION ALL SELECT 'd', (i * 17 % 9)::float8 FROM generate_series(1, 300) i
UNION ALL SELECT 'e', (i * 7919 % 1009)::float8 / 100 + 20 FROM generate_series(1, 500) i;

CREATE TEMP TABLE ref (id text, baseline text, current text, bins int, psi float8);
INSERT INTO ref VALUES
  ('P1', 'a', 'b', 10, 0.05535059329603933),
  ('P2', 'a', 'b', 20, 0.25425610427518347),
  ('P3', 'a', 'b', 4, 0.020540084642130686),
  ('P4', 'b', 'a', 10, 0.0585359547241285),
  ('P5', 'c', 'd', 10, 1.8088822332629388),
  ('P6', 'c', 'd', 3, 0.1186668294058716),
  ('P7', 'a', 'e', 10, 8.28309185753793),
  ('P8', 'a', 'a', 10, 0.0);

-- the aggregate (rows of the baseline sample are is_current = false)
SELECT r.id, r.bins, round(g.psi::numeric, 10) AS psi,
       abs(g.psi - r.psi) <= 1e-12 * abs(r.psi) AS psi_ok
FROM ref r,
     LATERAL (SELECT psi(v, cur, r.bins) AS psi
              FROM (SELECT v, false AS cur FROM s WHERE name = r.baseline
                    UNION ALL
                    SELECT v, true FROM s WHERE name = r.current) u) g
ORDER BY r.id;

-- the array form, and the default of 10 bins
SELECT r.id,
       abs(psi((SELECT array_agg(v) FROM s WHERE name = r.baseline),
               (SELECT array_agg(v) FROM s WHERE name = r.current), r.bins) - r.psi)
         <= 1e-12 * abs(r.psi) AS array_ok
FROM ref r ORDER BY r.id;
SELECT psi(v, name = 'b') = psi(v, name = 'b', 10) AS default_is_10_bins
FROM s WHERE name IN ('a', 'b');

-- the rules on small cases worked by hand:
-- edge at 2 (the 2nd of 4 baseline values): shares (1/2, 1/2) vs (3/4, 1/4): ln(3)/4
SELECT abs(psi(ARRAY[4, 3, 2, 1], ARRAY[1, 1, 3, 1], 2) - ln(3) / 4) < 1e-15 AS two_bins;
-- a value equal to an edge falls in the bin below: (1/2, 1/2) vs (1, 0 -> 1e-4)
SELECT abs(psi(ARRAY[4, 3, 2, 1], ARRAY[2, 2, 2, 2], 2)
           - (0.5 * ln(2) + (1e-4 - 0.5) * ln(1e-4 / 0.5))) < 1e-15 AS edge_below;
-- NULL elements skipped, empty sample -> NULL, identical samples -> 0
SELECT psi(ARRAY[1, NULL, 2, 3], ARRAY[1, 2, 3, NULL], 3) AS nulls_skipped,
       psi(ARRAY[1, 2]::float8[], ARRAY[]::float8[]) IS NULL AS empty_current,
       psi(NULL::float8[], ARRAY[1.0]) IS NULL AS null_array;
-- the minimum samples: NULL unless the baseline and the current sample each
-- have at least bins observations (docs/drift.md says why).  1 to 3 current
-- rows against 1000 baseline rows gave 5 to 7.6 (an "alarm" from empty bins).
SELECT n AS current_rows,
       (SELECT psi(v, cur) FROM (SELECT i::float8 AS v, false AS cur FROM generate_series(1, 1000) i
                                 UNION ALL
                                 SELECT (i * 397 % 1000)::float8, true FROM generate_series(1, n) i) u)
         IS NULL AS psi_null
FROM unnest(ARRAY[1, 2, 3, 9, 10, 11]) n ORDER BY n;
SELECT psi(ARRAY[1, 2, 3], ARRAY[1, 2], 3) IS NULL AS current_2_of_3_bins,
       psi(ARRAY[1, 2, 3], ARRAY[1, 2, 3], 3) AS current_3_of_3_bins,
       psi(ARRAY[1, 2], ARRAY[1, 2, 3], 3) IS NULL AS baseline_2_of_3_bins,
       psi_final('psi(4){1:3:1,2:0:2}') IS NULL AS state_3_baseline,
       psi_final('psi(4){1:3:1,2:1:3}') IS NOT NULL AS state_4_and_4;

-- the most bins: 2147483647 levels pass at the first edge, computed at once
-- (they were counted one by one, 1.4 s that no cancel could stop); bins
-- (-inf, 1], (1, 2] and the empty (2, +inf)
SET statement_timeout = '1s';
SELECT abs(psi_final('psi(2147483647){1:2147483647:2147483000,2:5:652}')
           - (((2147483000 - 2147483647) / 2147483652.0::float8)
                * ln(2147483000 / 2147483647.0::float8)
              + ((652 - 5) / 2147483652.0::float8) * ln(652 / 5.0::float8)))
         < 1e-12 AS most_bins_ok;
RESET statement_timeout;

-- errors
SELECT psi(v, true, 1) FROM (VALUES (1.0::float8)) t(v);
SELECT psi(ARRAY[1.0], ARRAY[2.0], 0);
SELECT psi(ARRAY[1.0, 'NaN'], ARRAY[2.0]);
SELECT psi(v, c) FROM (VALUES (1.0::float8, false), ('-Infinity', true)) t(v, c);
