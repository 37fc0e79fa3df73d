-- Interval reference values computed independently of greenlang.
-- 1. test/data/binomial_ci.csv (a copy of shared/reference/binomial_ci.csv,
--    SciPy 1.10 binomtest().proportion_ci): every row through the aggregate
--    fp_rate_interval over k false and n - k true alarms, Wilson and
--    Clopper-Pearson at 95 %, to 1e-9 relative.
-- 2. test/data/rates_reference.csv (test/data/gen_rates_reference.py: exact
--    fractions, and SciPy intervals at 0.9, 0.95 and 0.99): every metric and
--    interval accessor of a confusion matrix.
-- Only misses are printed, then a count of what was compared.

CREATE FUNCTION pg_temp.miss(got float8, want float8, tol float8 DEFAULT 1e-9)
RETURNS boolean LANGUAGE sql IMMUTABLE
AS 'SELECT got IS DISTINCT FROM want AND (got IS NULL OR want IS NULL OR abs(got - want) > tol * abs(want))';

CREATE TEMP TABLE binom (k int, n int, wilson_lo float8, wilson_hi float8, cp_lo float8, cp_hi float8);
\copy binom FROM PROGRAM 'grep -v "^#" test/data/binomial_ci.csv' WITH (FORMAT csv, HEADER true)

CREATE TEMP TABLE binom_got AS
SELECT b.*,
       (SELECT fp_rate_interval(g <= b.k) FROM generate_series(1, b.n) g) AS w,
       (SELECT fp_rate_interval(g <= b.k, 0.95, 'clopper-pearson') FROM generate_series(1, b.n) g) AS cp,
       (SELECT fp_rate(g <= b.k) FROM generate_series(1, b.n) g) AS rate
FROM binom b;

-- misses (none expected)
SELECT k, n, (w).lower, wilson_lo, (w).upper, wilson_hi, (cp).lower, cp_lo, (cp).upper, cp_hi
FROM binom_got
WHERE pg_temp.miss((w).lower, wilson_lo) OR pg_temp.miss((w).upper, wilson_hi)
   OR pg_temp.miss((cp).lower, cp_lo) OR pg_temp.miss((cp).upper, cp_hi)
   OR (w).n <> n OR (cp).n <> n
   OR (w).rate <> k::float8 / n OR (cp).rate <> k::float8 / n OR rate <> k::float8 / n;
SELECT count(*) AS rows_compared, count(*) * 4 AS bounds_compared FROM binom_got;

CREATE TEMP TABLE ref (tp bigint, fp bigint, fn bigint, tn bigint, metric text, k bigint, n bigint,
                       value float8, confidence float8, method text, lower float8, upper float8);
\copy ref FROM PROGRAM 'grep -v "^#" test/data/rates_reference.csv' WITH (FORMAT csv, HEADER true)

CREATE FUNCTION pg_temp.metric(c confusion, m text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE m WHEN 'precision' THEN "precision"(c) WHEN 'recall' THEN recall(c)
    WHEN 'specificity' THEN specificity(c) WHEN 'false_positive_rate' THEN false_positive_rate(c)
    WHEN 'false_discovery_rate' THEN false_discovery_rate(c) WHEN 'accuracy' THEN accuracy(c)
    WHEN 'f1' THEN f1(c) WHEN 'mcc' THEN mcc(c) END $$;
CREATE FUNCTION pg_temp.interval(c confusion, m text, conf float8, meth text) RETURNS rate_interval
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE m WHEN 'precision' THEN precision_interval(c, conf, meth)
    WHEN 'recall' THEN recall_interval(c, conf, meth)
    WHEN 'specificity' THEN specificity_interval(c, conf, meth)
    WHEN 'false_positive_rate' THEN false_positive_rate_interval(c, conf, meth)
    WHEN 'false_discovery_rate' THEN false_discovery_rate_interval(c, conf, meth)
    WHEN 'accuracy' THEN accuracy_interval(c, conf, meth)
    WHEN 'f1' THEN f1_interval(c, conf, meth) END $$;

-- (jaccard rows, J = TP / (TP + FP + FN), have no accessor of their own:
-- the f1 rows are made from them)
CREATE TEMP TABLE ref_got AS
SELECT r.*, pg_temp.metric(c, metric) AS got_value,
       CASE WHEN confidence IS NOT NULL THEN pg_temp.interval(c, metric, confidence, method) END AS got
FROM ref r, LATERAL (SELECT confusion(tp, fp, fn, tn) AS c) x
WHERE metric <> 'jaccard';

-- metrics: exact fractions, so to 1 ulp (2.3e-16 relative); NULL where the reference is empty
SELECT tp, fp, fn, tn, metric, got_value, value FROM ref_got
WHERE confidence IS NULL AND pg_temp.miss(got_value, value, 2.3e-16);
-- intervals
SELECT tp, fp, fn, tn, metric, confidence, method, got, lower, upper FROM ref_got
WHERE confidence IS NOT NULL
  AND (pg_temp.miss((got).lower, lower) OR pg_temp.miss((got).upper, upper)
       OR pg_temp.miss((got).rate, value, 2.3e-16) OR (got).n <> n);
SELECT count(*) FILTER (WHERE confidence IS NULL) AS metrics_compared,
       count(*) FILTER (WHERE confidence IS NULL AND value IS NULL) AS of_which_null,
       count(*) FILTER (WHERE confidence IS NOT NULL) AS intervals_compared
FROM ref_got;
-- an undefined proportion has no interval either
SELECT precision_interval('tp=0, fp=0, fn=3, tn=4') IS NULL AS precision_null,
       f1_interval('tp=0, fp=0, fn=0, tn=4') IS NULL AS f1_null,
       accuracy_interval('tp=0, fp=0, fn=0, tn=0', 0.5, 'clopper-pearson') IS NULL AS accuracy_null;
