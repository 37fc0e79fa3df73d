-- classifier: every result against values computed independently of
-- greenlang (test/data/README.md, "classifier references"):
--   the issue's reference numbers, then
--   test/data/gen_classifier_reference.py (scikit-learn 1.2.1, statsmodels
--   0.13.5) and test/data/gen_classifier_reference.R (pROC 1.18.0) on 15
--   generated cases and pROC's aSAH data: ROC and PR curves, AUC, average
--   precision, Brier score, calibration bins, ECE, DeLong intervals,
--   Newcombe and Wilson intervals, McNemar's tests.
-- Tolerances, stated where they are used: 1e-14 absolute for AUC, AP, Brier,
-- ECE, rates and calibration means (the references themselves are up to an
-- ulp from the exact value, test/data/README.md); 1e-12 relative for the
-- intervals and p-values.  Only misses are printed, then counts.

\pset null '(null)'

CREATE FUNCTION pg_temp.miss(got float8, want float8, tol float8)
RETURNS boolean LANGUAGE sql IMMUTABLE
AS 'SELECT got IS DISTINCT FROM want AND (got IS NULL OR want IS NULL OR abs(got - want) > tol)';
CREATE FUNCTION pg_temp.rmiss(got float8, want float8, tol float8 DEFAULT 1e-12)
RETURNS boolean LANGUAGE sql IMMUTABLE
AS 'SELECT got IS DISTINCT FROM want AND (got IS NULL OR want IS NULL OR abs(got - want) > tol * greatest(abs(want), 1e-300))';

-- ---- 1. the issue's reference numbers ----

-- pROC's aSAH data, predictor ndka, outcome Poor: AUC 0.611957994579946,
-- 95 % CI 0.501244999271703 to 0.722670989888189 (pROC's printed digits)
CREATE TEMP TABLE asah (id int, ndka float8, s100b float8, wfns int, outcome_poor boolean,
                        gender text, age int);
\copy asah FROM 'test/data/classifier_asah.csv' WITH (FORMAT csv, HEADER true)
SELECT roc_auc(s) AS auc, roc_auc_interval(s) AS auc_interval,
       abs(roc_auc(s) - 0.611957994579946) < 1e-15 AS auc_ok,
       abs((roc_auc_interval(s)).lower - 0.501244999271703) < 1e-15 AS lower_ok,
       abs((roc_auc_interval(s)).upper - 0.722670989888189) < 1e-15 AS upper_ok
FROM (SELECT score_summary(ndka, outcome_poor) AS s FROM asah) q;

-- calibration, 5 bins: fraction positive [0, 1, .5, .5, .8], mean score
-- [.1, .35, .5, .65, .896], Brier 0.199075
CREATE TEMP TABLE issue_cal AS
SELECT score_summary(p, y = 1) AS s
FROM unnest(ARRAY[0,0,1,0,1,1,0,1,1,1,0,1],
            ARRAY[.05,.15,.35,.45,.55,.62,.68,.81,.86,.91,.93,.97]::float8[]) AS t(y, p);
SELECT bin, n, positives, fraction_positive, mean_score,
       abs(fraction_positive - (ARRAY[0, 1, .5, .5, .8]::float8[])[bin]) < 1e-15
       AND abs(mean_score - (ARRAY[.1, .35, .5, .65, .896]::float8[])[bin]) < 1e-15 AS ok
FROM issue_cal, calibration_bins(s, 5);
SELECT brier_score(s), abs(brier_score(s) - 0.199075) < 1e-15 AS ok FROM issue_cal;

-- 78/100 vs 93/100: difference -0.15, Newcombe -0.24746920754508572 to
-- -0.05276934769682705, score test p = 0.002657242686436533
SELECT d.*,
       NOT pg_temp.rmiss(difference, -0.15) AND NOT pg_temp.rmiss(lower, -0.24746920754508572)
       AND NOT pg_temp.rmiss(upper, -0.05276934769682705)
       AND NOT pg_temp.rmiss(p_value, 0.002657242686436533) AS ok
FROM proportion_difference(proportion(78, 100), proportion(93, 100)) d;
-- the same from two windows of rows: proportion(prediction = actual)
SELECT (proportion_difference(proportion(g <= 78), proportion(g <= 93))).difference
FROM generate_series(1, 100) g;

-- McNemar, discordant counts 25 and 7: exact p 0.0021024015732109547;
-- chi-square 9.03125, p 0.0026540293594823415
SELECT m.*, NOT pg_temp.rmiss(p_value, 0.0021024015732109547) AS ok
FROM mcnemar_test('both=60, a_only=25, b_only=7, neither=8') m;
SELECT m.*, statistic = 9.03125 AND NOT pg_temp.rmiss(p_value, 0.0026540293594823415) AS ok
FROM mcnemar_test('both=60, a_only=25, b_only=7, neither=8', 'chi-square') m;
-- the same from rows: 25 items only A got right, 7 only B, 60 both, 8 neither
SELECT paired_outcomes(a, b), (mcnemar_test(paired_outcomes(a, b))).p_value
FROM (SELECT g <= 85 AS a, g <= 60 OR g > 85 AND g <= 92 AS b
      FROM generate_series(1, 100) g) q;

-- ---- 2. the generated cases ----

CREATE TEMP TABLE cases (case_id text, score float8, label boolean);
\copy cases FROM 'test/data/classifier_cases.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO cases SELECT 'asah_ndka', ndka, outcome_poor FROM asah;
INSERT INTO cases SELECT 'asah_s100b', s100b, outcome_poor FROM asah;
CREATE TEMP TABLE info (case_id text, source text, n int, n_pos int, unit boolean, description text);
\copy info FROM 'test/data/classifier_case_info.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE summ AS
SELECT case_id, score_summary(score, label) AS s FROM cases GROUP BY case_id;
SELECT i.case_id, i.n = positives(s) + negatives(s) AND i.n_pos = positives(s) AS counts_ok
FROM info i LEFT JOIN summ USING (case_id)
WHERE NOT (i.n = positives(s) + negatives(s) AND i.n_pos = positives(s)) OR s IS NULL;

-- AUC, AP (1e-14 absolute: the references are within an ulp of exact), and
-- for scores in [0, 1] Brier and ECE with 5 and 10 bins
CREATE TEMP TABLE ref_summary (case_id text, n int, n_pos int, auc float8, auc_exact float8,
    average_precision float8, ap_exact float8, brier float8, brier_exact float8,
    ece_5 float8, ece_10 float8);
\copy ref_summary FROM 'test/data/classifier_summary.csv' WITH (FORMAT csv, HEADER true)
SELECT r.case_id, roc_auc(s), r.auc_exact, average_precision(s), r.ap_exact,
       brier_score(s), r.brier_exact, expected_calibration_error(s, 5), r.ece_5,
       expected_calibration_error(s, 10), r.ece_10
FROM ref_summary r JOIN summ USING (case_id) JOIN info i USING (case_id)
WHERE pg_temp.miss(roc_auc(s), r.auc_exact, 1e-14)
   OR pg_temp.miss(average_precision(s), r.ap_exact, 1e-14)
   OR (i.unit AND (pg_temp.miss(brier_score(s), r.brier_exact, 1e-14)
                   OR pg_temp.miss(expected_calibration_error(s, 5), r.ece_5, 1e-14)
                   OR pg_temp.miss(expected_calibration_error(s, 10), r.ece_10, 1e-14)));
SELECT count(*) AS cases_compared,
       count(*) FILTER (WHERE roc_auc(s) IS NULL) AS auc_undefined,
       count(*) FILTER (WHERE i.unit) AS calibration_cases
FROM ref_summary r JOIN summ USING (case_id) JOIN info i USING (case_id);
-- AUC never above 1 or below 0, and exactly 1 or 0 when separated
SELECT case_id, roc_auc(s) FROM summ WHERE case_id LIKE '%separated' ORDER BY 1;

-- ROC curve: scikit-learn's roc_curve(drop_intermediate=False), point by
-- point: counts exactly, rates to 1e-14; its first threshold is max + 1
-- (1.2.1), greenlang's Infinity; sklearn's NaN rate (no positive) is NULL
CREATE TEMP TABLE ref_roc (case_id text, point int, threshold float8, fpr float8, tpr float8,
                           fps bigint, tps bigint);
\copy ref_roc FROM 'test/data/classifier_roc.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE got_curve AS
SELECT case_id, (row_number() OVER (PARTITION BY case_id ORDER BY c.threshold DESC) - 1)::int AS point, c.*
FROM summ, threshold_curve(s) c;
SELECT r.*, g.threshold, g.tp, g.fp, g.recall, g.false_positive_rate
FROM ref_roc r FULL JOIN got_curve g USING (case_id, point)
WHERE r.case_id IS NULL OR g.case_id IS NULL
   OR (r.point > 0 AND g.threshold <> r.threshold)
   OR (r.point = 0 AND g.threshold <> 'Infinity')
   OR g.tp <> r.tps OR g.fp <> r.fps
   OR pg_temp.miss(g.recall, nullif(r.tpr, 'NaN'), 1e-14)
   OR pg_temp.miss(g.false_positive_rate, nullif(r.fpr, 'NaN'), 1e-14);
SELECT count(*) AS roc_points_compared FROM ref_roc;

-- PR curve: precision_recall_curve, one point per score (its last point,
-- precision 1 at recall 0 without a threshold, is the curve's end, not a
-- threshold); sklearn sets recall 1 without a positive, greenlang NULL
CREATE TEMP TABLE ref_pr (case_id text, point int, threshold float8, "precision" float8, recall float8);
\copy ref_pr FROM 'test/data/classifier_pr.csv' WITH (FORMAT csv, HEADER true)
SELECT r.*, g."precision", g.recall
FROM ref_pr r LEFT JOIN got_curve g USING (case_id, threshold)
WHERE r.threshold IS NOT NULL
  AND (g.case_id IS NULL OR pg_temp.miss(g."precision", r."precision", 1e-14)
       OR pg_temp.miss(g.recall, CASE WHEN r.case_id = 'all_negative' THEN NULL ELSE r.recall END, 1e-14));
SELECT count(*) FILTER (WHERE threshold IS NOT NULL) AS pr_points_compared,
       count(*) FILTER (WHERE threshold IS NULL AND "precision" = 1 AND recall = 0) AS curve_ends
FROM ref_pr;

-- calibration bins (5 and 10): sklearn drops empty bins; counts exactly,
-- fraction positive to 1e-14, mean score to 1e-14 from the exact mean
-- (sklearn's own, summed in data order, to 1e-13)
CREATE TEMP TABLE ref_cal (case_id text, n_bins int, bin_index int, bin int, bin_lower float8,
    bin_upper float8, prob_true float8, prob_pred float8, prob_pred_exact float8, count bigint);
\copy ref_cal FROM 'test/data/classifier_calibration.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE got_cal AS
SELECT case_id, nb AS n_bins, c.*
FROM summ JOIN info i USING (case_id), (VALUES (5), (10)) b(nb), calibration_bins(s, nb) c
WHERE i.unit AND positives(s) + negatives(s) > 0;
SELECT r.*, g.*
FROM ref_cal r FULL JOIN got_cal g ON g.case_id = r.case_id AND g.n_bins = r.n_bins AND g.bin = r.bin + 1
WHERE r.case_id IS NULL OR g.case_id IS NULL OR g.n <> r.count
   OR g.lower <> r.bin_lower OR g.upper <> r.bin_upper
   OR pg_temp.miss(g.fraction_positive, r.prob_true, 1e-14)
   OR pg_temp.miss(g.mean_score, r.prob_pred_exact, 1e-14)
   OR pg_temp.miss(g.mean_score, r.prob_pred, 1e-13);
SELECT count(*) AS bins_compared FROM ref_cal;

-- DeLong intervals (pROC ci.auc, method "delong") at 0.9, 0.95 and 0.99,
-- to 1e-12 relative; NULL where pROC has NA (one case or one control)
CREATE TEMP TABLE ref_delong (case_id text, conf float8, n_controls int, n_cases int,
    auc float8, ci_lower float8, ci_upper float8, variance float8);
\copy ref_delong FROM 'test/data/classifier_delong.csv' WITH (FORMAT csv, HEADER true)
SELECT r.*, roc_auc_interval(s, r.conf)
FROM ref_delong r JOIN summ USING (case_id)
WHERE pg_temp.rmiss(roc_auc(s), r.auc)
   OR pg_temp.rmiss((roc_auc_interval(s, r.conf)).lower, r.ci_lower)
   OR pg_temp.rmiss((roc_auc_interval(s, r.conf)).upper, r.ci_upper)
   OR negatives(s) <> r.n_controls OR positives(s) <> r.n_cases;
SELECT count(*) AS delong_compared, count(*) FILTER (WHERE ci_lower IS NULL) AS without_interval
FROM ref_delong;

-- ---- 3. proportions (statsmodels), to 1e-12 relative ----

CREATE TEMP TABLE ref_prop (kind text, variant text, x1 bigint, n1 bigint, x2 bigint, n2 bigint,
    conf float8, estimate float8, lower float8, upper float8, pvalue float8);
\copy ref_prop FROM 'test/data/classifier_proportions.csv' WITH (FORMAT csv, HEADER true)

-- Newcombe's interval and the score test; statsmodels' p-value is NaN when
-- both rates are 0 or both 1 (no variance), greenlang's 1 (no evidence of
-- a difference).  Bounds to 1e-12 relative or 1e-15 absolute (999999 and
-- 1000000 of 10^6: a bound of 5.7e-6 is the difference of two Wilson
-- bounds near 1, each good to an ulp)
SELECT r.*, d.*
FROM ref_prop r, proportion_difference(proportion(x1, n1), proportion(x2, n2), r.conf) d
WHERE r.kind = 'newcombe'
  AND (pg_temp.miss(d.difference, r.estimate, 1e-15)
       OR (pg_temp.rmiss(d.lower, r.lower) AND pg_temp.miss(d.lower, r.lower, 1e-15))
       OR (pg_temp.rmiss(d.upper, r.upper) AND pg_temp.miss(d.upper, r.upper, 1e-15))
       OR pg_temp.rmiss(d.p_value, CASE WHEN r.pvalue = 'NaN' THEN 1 ELSE r.pvalue END));
SELECT count(*) AS newcombe_compared, count(*) FILTER (WHERE pvalue = 'NaN') AS p_one_for_nan
FROM ref_prop WHERE kind = 'newcombe';

-- Wilson intervals (statsmodels does not clip: 4.2e-22 for 0/10^6 is 0
-- here, 0.9999999999999999 for 10/10 is 1): 1e-12 relative or 1e-15 absolute
SELECT r.*, i.*
FROM ref_prop r, proportion_interval(proportion(x1, n1), r.conf) i
WHERE r.kind = 'wilson'
  AND ((pg_temp.rmiss(i.lower, r.lower) AND pg_temp.miss(i.lower, r.lower, 1e-15))
       OR (pg_temp.rmiss(i.upper, r.upper) AND pg_temp.miss(i.upper, r.upper, 1e-15))
       OR pg_temp.miss(i.rate, r.estimate, 1e-15));
SELECT count(*) AS wilson_compared FROM ref_prop WHERE kind = 'wilson';

-- McNemar, exact and continuity-corrected; where the discordant counts are
-- equal, the correction is left out (R's mcnemar.test: statistic 0, p 1),
-- while statsmodels subtracts it anyway (1 / (b + c); Infinity for 0 and 0)
SELECT r.*, m.*
FROM ref_prop r,
     mcnemar_test(paired_outcomes(10, r.x1, r.x2, 10),
                  CASE r.variant WHEN 'exact' THEN 'exact' ELSE 'chi-square' END) m
WHERE r.kind = 'mcnemar' AND (r.variant = 'exact' OR r.x1 <> r.x2)
  AND (pg_temp.rmiss(m.statistic, r.estimate) OR pg_temp.rmiss(m.p_value, r.pvalue));
SELECT r.variant, r.x1 AS b, r.x2 AS c, r.estimate AS statsmodels_statistic, m.statistic, m.p_value
FROM ref_prop r, mcnemar_test(paired_outcomes(10, r.x1, r.x2, 10), 'chi-square') m
WHERE r.kind = 'mcnemar' AND r.variant = 'chi2cc' AND r.x1 = r.x2 ORDER BY b;
SELECT count(*) AS mcnemar_compared FROM ref_prop WHERE kind = 'mcnemar' AND (variant = 'exact' OR x1 <> x2);

-- ---- 4. what the summary keeps ----

-- text and binary forms, rounding and its AUC bound
SELECT s, positives(s), negatives(s), unverified(s), distinct_scores(s), digits(s)
FROM (SELECT score_summary(x, l) AS s
      FROM (VALUES (0.9, true), (0.1, false), (0.9, NULL), (NULL, true), (-0.0, false),
                   (0.35, true)) v(x, l)) q;
SELECT score_summary(x, l, 1) AS s, auc_error_bound(score_summary(x, l, 1)),
       roc_auc(score_summary(x, l, 1)), roc_auc(score_summary(x, l))
FROM (VALUES (0.91, true), (0.88, false), (0.12, false), (0.05, true), (0.45, NULL)) v(x, l);
-- the bound holds on a generated case: |AUC(rounded) - AUC| <= bound
SELECT d, abs(roc_auc(r) - roc_auc(s)) <= auc_error_bound(r) AS within_bound,
       distinct_scores(r) < distinct_scores(s) AS smaller
FROM (SELECT d, score_summary(score, label, d) AS r, score_summary(score, label) AS s
      FROM cases, generate_series(0, 3) d WHERE case_id = 'continuous_unit' GROUP BY d) q
ORDER BY d;
SELECT 'digits=2 {0.5:1/2/3, 0.25:0/0/0, -0.0:1/0/0, 0.5:1/0/0}'::score_summary;
SELECT '{}'::score_summary AS empty, positives('{}'), roc_auc('{}'), average_precision('{}'),
       brier_score('{}'), roc_auc_interval('{}'), choose_threshold('{}', 'recall', 0.5);
SELECT count(*) FROM threshold_curve('{}');

-- ---- 5. choosing a threshold ----

-- 100 alarms over scores 0.80 .. 0.99: the false ones mostly low
CREATE TEMP TABLE alarms AS
SELECT 0.80 + (g % 20) * 0.01 AS score,
       CASE WHEN g % 25 = 0 THEN NULL ELSE (g % 20) >= 6 OR g % 7 = 0 END AS verified
FROM generate_series(1, 200) g;
SELECT positives(s), negatives(s), unverified(s), fp_rate_now
FROM (SELECT score_summary(score, verified) AS s, fp_rate(NOT verified) AS fp_rate_now FROM alarms) q;
-- false alarms under 15 % by the upper bound (Wilson, Clopper-Pearson)
SELECT c.* FROM (SELECT score_summary(score, verified) AS s FROM alarms) q,
       choose_threshold(s, 'fp_rate', 0.15) c;
SELECT c.threshold, c.upper, c.true_alarms_lost
FROM (SELECT score_summary(score, verified) AS s FROM alarms) q,
     choose_threshold(s, 'false-discovery-rate', 0.15, 0.95, 'clopper-pearson') c;
-- its upper bound equals fp_rate_interval over the alarms it keeps, and the
-- point estimate alone would have allowed a lower threshold
SELECT (fp_rate_interval(NOT verified)).upper AS fp_rate_interval_upper
FROM alarms WHERE score >= (SELECT (choose_threshold(score_summary(score, verified), 'fdr', 0.15)).threshold FROM alarms);
SELECT min(threshold) AS lowest_by_estimate
FROM (SELECT score_summary(score, verified) AS s FROM alarms) q, threshold_curve(s)
WHERE false_discovery_rate <= 0.15;
-- every metric; recall picks the highest threshold that keeps the target
SELECT m, (choose_threshold(s, m, t)).threshold, (choose_threshold(s, m, t)).rate,
       (choose_threshold(s, m, t)).lower, (choose_threshold(s, m, t)).upper
FROM (SELECT score_summary(score, verified) AS s FROM alarms) q,
     (VALUES ('false-discovery-rate', 0.15), ('false-positive-rate', 0.5), ('recall', 0.8),
             ('precision', 0.85), ('specificity', 0.5), ('FDR', 0.01)) v(m, t);
