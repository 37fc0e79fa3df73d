-- The examples of docs/classifier.md, in order; their output is shown there.
\pset null '(null)'

-- sample data: 2,000 alarms of a trap classifier (GL-008 trap_inspections)
-- with their confidence scores and technicians' verdicts
CREATE TABLE alarms AS
SELECT g AS id, date '2025-11-01' + g % 20 AS day,
       round((CASE WHEN (g * 37) % 100 < 18 OR (g * 53) % 100 < 12
                   THEN 0.55 + 0.33 * ((g * 7919) % 1000) / 1000.0
                   ELSE 0.80 + 0.19 * ((g * 104729) % 1000) / 1000.0 END)::numeric, 3) AS confidence_score,
       CASE WHEN g % 12 = 0 THEN NULL
            WHEN (g * 37) % 100 < 18 THEN 'FALSE_POSITIVE' ELSE 'CONFIRMED' END AS verified_status
FROM generate_series(1, 2000) g;

-- 1. a summary
SELECT score_summary(score, label)
FROM (VALUES (0.91, true), (0.62, false), (0.91, false), (0.77, NULL), (NULL, true)) v(score, label);

-- 2. the threshold for "false alarms under 15 %", by the upper bound
SELECT threshold, flagged, tp, fp, round(rate::numeric, 3) AS fp_rate,
       round(upper::numeric, 3) AS upper, true_alarms_lost, false_alarms_avoided
FROM choose_threshold(
       (SELECT score_summary(confidence_score::float8,
                             CASE verified_status WHEN 'CONFIRMED' THEN true
                                                  WHEN 'FALSE_POSITIVE' THEN false END)
        FROM alarms),
       'fp-rate', 0.15);

-- 3. the candidate thresholds around it
SELECT threshold, flagged, tp, fp, round(recall::numeric, 3) AS recall,
       round(false_discovery_rate::numeric, 3) AS fdr,
       round((false_discovery_rate_interval).upper::numeric, 3) AS fdr_upper
FROM threshold_curve((SELECT score_summary(confidence_score::float8,
                                           CASE verified_status WHEN 'CONFIRMED' THEN true
                                                                WHEN 'FALSE_POSITIVE' THEN false END)
                      FROM alarms))
WHERE threshold BETWEEN 0.652 AND 0.66
ORDER BY threshold DESC;

-- 4. daily summaries, stored, and their rollup
CREATE TABLE alarm_summaries AS
SELECT day, score_summary(confidence_score::float8,
                          CASE verified_status WHEN 'CONFIRMED' THEN true
                                               WHEN 'FALSE_POSITIVE' THEN false END) AS s
FROM alarms GROUP BY day;
SELECT positives(s), negatives(s), unverified(s), distinct_scores(s),
       round(roc_auc(s)::numeric, 4) AS auc
FROM (SELECT rollup(s) AS s FROM alarm_summaries) r;

-- 5. AUC with DeLong's interval, average precision
SELECT roc_auc_interval('{0.5:0/2/0, 0.6:1/1/0, 0.7:2/0/0, 0.9:1/0/0}') AS auc,
       average_precision('{0.5:0/2/0, 0.6:1/1/0, 0.7:2/0/0, 0.9:1/0/0}');

-- 6. rounding
SELECT digits(s), distinct_scores(s), roc_auc(s), auc_error_bound(s)
FROM (SELECT score_summary(confidence_score::float8,
                           CASE verified_status WHEN 'CONFIRMED' THEN true
                                                WHEN 'FALSE_POSITIVE' THEN false END, 2) AS s
      FROM alarms) q;

-- 7. calibration (the issue's example)
SELECT round(brier_score(s)::numeric, 6) AS brier,
       round(expected_calibration_error(s, 5)::numeric, 4) AS ece
FROM (SELECT score_summary(p, y = 1) AS s
      FROM unnest(ARRAY[0,0,1,0,1,1,0,1,1,1,0,1],
                  ARRAY[.05,.15,.35,.45,.55,.62,.68,.81,.86,.91,.93,.97]::float8[]) t(y, p)) q;
SELECT bin, lower, upper, n, positives, fraction_positive, round(mean_score::numeric, 3) AS mean_score
FROM calibration_bins((SELECT score_summary(p, y = 1)
                       FROM unnest(ARRAY[0,0,1,0,1,1,0,1,1,1,0,1],
                                   ARRAY[.05,.15,.35,.45,.55,.62,.68,.81,.86,.91,.93,.97]::float8[]) t(y, p)), 5);

-- 8. two windows: accuracy 0.78 now against 0.93 before
SELECT round(difference::numeric, 3) AS difference, round(lower::numeric, 4) AS lower,
       round(upper::numeric, 4) AS upper, round(p_value::numeric, 5) AS p_value
FROM proportion_difference('successes=78, trials=100', 'successes=93, trials=100');
SELECT proportion(x), proportion_interval(proportion(x)) AS interval
FROM (SELECT g <= 78 AS x FROM generate_series(1, 100) g) q;

-- 9. two models on the same items
SELECT o, round((mcnemar_test(o)).p_value::numeric, 6) AS exact_p,
       (mcnemar_test(o, 'chi-square')).statistic AS chi_square
FROM (SELECT paired_outcomes(g <= 85, g <= 60 OR g BETWEEN 86 AND 92) AS o
      FROM generate_series(1, 100) g) q;

DROP TABLE alarms, alarm_summaries;
