-- The examples of docs/monitoring.md, in order; their output is shown there.
SET datestyle = ISO;

-- Sample data: a week of steam-trap failure alarms (GL-008 trap_inspections)
-- and classifier predictions with the inspector's verdict (ml_predictions).
CREATE TABLE trap_inspections AS
SELECT g AS id, timestamp '2026-11-16 00:00' + (g * 7) % 168 * interval '1 hour' AS detected_at,
       CASE WHEN g % 10 = 0 THEN 'OK' ELSE 'FAILED' END AS status,
       CASE WHEN g % 9 = 0 THEN NULL                       -- not yet verified
            WHEN (g * 37) % 100 < CASE WHEN (g * 7) % 168 >= 144 THEN 40 ELSE 8 END
            THEN 'FALSE_POSITIVE' ELSE 'CONFIRMED' END AS verified_status
FROM generate_series(1, 700) g;
CREATE TABLE ml_predictions AS
SELECT g AS id, timestamp '2026-11-21 00:00' + (g * 13) % 72 * interval '1 hour' AS prediction_time,
       CASE WHEN (g * 31) % 100 < 30 THEN 'FAILED' ELSE 'OK' END AS prediction,
       CASE WHEN g % 11 = 0 THEN NULL
            WHEN (g * 31) % 100 < 26 OR (g * 17) % 100 < 4 THEN 'FAILED' ELSE 'OK' END AS actual_status
FROM generate_series(1, 900) g;

-- fp_rate: the runbook's query ...
SELECT
  DATE(detected_at) as date,
  COUNT(*) as total_failures,
  SUM(CASE WHEN verified_status = 'FALSE_POSITIVE' THEN 1 ELSE 0 END) as false_positives,
  ROUND(100.0 * SUM(CASE WHEN verified_status = 'FALSE_POSITIVE' THEN 1 ELSE 0 END) / COUNT(*), 2) as fp_rate
FROM trap_inspections
WHERE status = 'FAILED'
GROUP BY DATE(detected_at)
ORDER BY date DESC;
-- ... and with greenlang
SELECT date(detected_at) AS date,
       count(verified_status) AS verified,
       round(100 * fp_rate(verified_status = 'FALSE_POSITIVE')::numeric, 2) AS fp_rate_pct
FROM trap_inspections
WHERE status = 'FAILED'
GROUP BY 1 ORDER BY 1 DESC;

-- fp_rate_interval
SELECT date(detected_at) AS date, (r).n, round((r).rate::numeric, 3) AS rate,
       round((r).lower::numeric, 3) AS lower, round((r).upper::numeric, 3) AS upper,
       (r).lower > 0.30 AS incident
FROM (SELECT detected_at::date AS detected_at, fp_rate_interval(verified_status = 'FALSE_POSITIVE') AS r
      FROM trap_inspections WHERE status = 'FAILED' GROUP BY 1) s
ORDER BY 1 DESC;
SELECT fp_rate_interval(x) AS wilson_95,
       fp_rate_interval(x, 0.99, 'clopper-pearson') AS clopper_pearson_99
FROM (VALUES (true), (false), (false)) v(x);

-- confusion and its accessors: the runbook's accuracy query ...
SELECT
  DATE(prediction_time) as date,
  AVG(CASE WHEN prediction = actual_status THEN 1.0 ELSE 0.0 END) as accuracy,
  COUNT(*) as prediction_count
FROM ml_predictions
WHERE actual_status IS NOT NULL
GROUP BY DATE(prediction_time)
ORDER BY date DESC;
-- ... and with greenlang
SELECT date(prediction_time) AS date,
       confusion(prediction = 'FAILED', actual_status = 'FAILED') AS c
FROM ml_predictions GROUP BY 1 ORDER BY 1 DESC;
SELECT date, accuracy(c), "precision"(c), recall(c), f1(c), mcc(c)
FROM (SELECT date(prediction_time) AS date,
             confusion(prediction = 'FAILED', actual_status = 'FAILED') AS c
      FROM ml_predictions GROUP BY 1) s
ORDER BY 1 DESC;

-- the worked example of shared/reference/energy.md
SELECT "precision"(c), recall(c), false_positive_rate(c), accuracy(c), f1(c)
FROM (SELECT 'tp=90, fp=10, fn=15, tn=885'::confusion AS c) s;
SELECT m, (i).rate, (i).lower, (i).upper, (i).n
FROM (SELECT 'tp=90, fp=10, fn=15, tn=885'::confusion AS c) s,
LATERAL (VALUES ('precision', precision_interval(c)),
                ('recall', recall_interval(c)),
                ('false_positive_rate', false_positive_rate_interval(c)),
                ('accuracy', accuracy_interval(c)),
                ('f1', f1_interval(c)),
                ('f1, clopper-pearson 99%', f1_interval(c, 0.99, 'clopper-pearson'))) v(m, i);
SELECT confusion(90, 10, 15, 885) = 'tp=90, fp=10, fn=15, tn=885' AS same,
       tp(c), fp(c), fn(c), tn(c)
FROM (SELECT 'tp=90, fp=10, fn=15, tn=885'::confusion AS c) s;

-- rollup: hourly summaries kept in a table, re-aggregated per day
CREATE TABLE model_hourly AS
SELECT date_trunc('hour', prediction_time) AS hour,
       confusion(prediction = 'FAILED', actual_status = 'FAILED') AS c
FROM ml_predictions GROUP BY 1;
SELECT date(hour) AS date, rollup(c), accuracy(rollup(c))
FROM model_hourly GROUP BY 1 ORDER BY 1 DESC;

-- clean up (the regression tests share one database)
DROP TABLE trap_inspections, ml_predictions, model_hourly;
