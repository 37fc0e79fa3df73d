-- The examples of docs/drift.md, with their output.

-- The GL-008 runbook's concept-drift check: features of the inspections of
-- a baseline month against the current month (10 inspections a day).
CREATE TABLE inspection_features (
  trap_id int, captured_at timestamptz, feature text, value float8);
INSERT INTO inspection_features
SELECT i % 40, day + (i % 10) * interval '2 hours', f.feature,
       f.lo + f.span * (((i * 7919) % 10007)::float8 / 10007
                        + CASE WHEN day >= '2025-11-01' THEN f.shift ELSE 0 END)
FROM generate_series(timestamptz '2025-09-01', '2025-11-25', interval '1 day') AS day,
     generate_series(1, 10) AS k,
     LATERAL (SELECT (extract(doy FROM day)::int * 10 + k) AS i) AS ii,
     (VALUES ('acoustic_frequency_mean', 25.0, 10.0, 0.18),
             ('thermal_delta', 5.0, 30.0, 0.22),
             ('pressure_variance', 0.0, 2.0, 0.08)) AS f(feature, lo, span, shift)
WHERE day < '2025-10-01' OR day >= '2025-11-01';

SELECT feature,
       round((k).statistic::numeric, 2) AS ks_statistic,
       round((k).p_value::numeric, 6) AS p_value,
       (k).n_baseline, (k).n_current, (k).method,
       CASE WHEN (k).p_value < 0.05 THEN 'SIGNIFICANT' ELSE 'OK' END AS verdict
FROM (SELECT feature, ks_drift(value, captured_at >= '2025-11-01') AS k
      FROM inspection_features
      WHERE captured_at >= '2025-09-01' AND captured_at < '2025-10-01'
         OR captured_at >= '2025-11-01' AND captured_at < '2025-11-26'
      GROUP BY feature) s
ORDER BY feature;

-- one-sided: did thermal_delta move up?  'greater' (scipy's meaning): the
-- baseline CDF lies above the current one somewhere, D+ = max(F_baseline -
-- F_current), i.e. current values are larger; 'less' is the other way.
SELECT (ks_drift(value, captured_at >= '2025-11-01', 'less')).*
FROM inspection_features WHERE feature = 'thermal_delta';
SELECT (ks_drift(value, captured_at >= '2025-11-01', 'greater')).*
FROM inspection_features WHERE feature = 'thermal_delta';

-- the population stability index of the same features, 10 bins at the
-- baseline deciles
SELECT feature, round(psi(value, captured_at >= '2025-11-01')::numeric, 4) AS psi
FROM inspection_features GROUP BY feature ORDER BY feature;

-- two arrays
SELECT * FROM ks_drift(ARRAY[0.61, 0.29, 0.06, 0.59, -1.73],
                       ARRAY[-0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06]);
SELECT * FROM ks_drift(ARRAY[1, 2, 2, 3, 3], ARRAY[1, 2, 3, 3, 4, 5, 6]::float8[],
                       'two-sided', 'asymp');
SELECT psi(ARRAY[1, 2, 3, 4], ARRAY[1, 1, 3, 1], 2);


DROP TABLE inspection_features;
