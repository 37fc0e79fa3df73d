-- bench/classifier.sql - score summary, ROC AUC and its interval against the
-- window-function SQL a user would write for ROC points and a trapezoid AUC.
-- Rows: 5 x the harness's :rows (5M with the default BENCH_ROWS=1000000),
-- continuous scores (every row its own score), 30 days, 10 % unverified.
--  hand-written: GROUP BY score, running sums over score DESC (the ROC
--                points), lag() and the trapezoid sum
--  greenlang:    roc_auc_interval(score_summary(score, label)): the summary,
--                the exact AUC and DeLong's interval
-- then the same from 30 stored daily summaries (rollup), rounded to 3
-- digits (at most 1001 entries a day) and not rounded.
-- Targets (issue 11): the summary + AUC + interval over continuous scores
-- at least 10x faster than the hand-written SQL (max_ratio 0.1); from the
-- 30 stored daily summaries (3 digits) under 20 ms (max_ms 20).
\set QUIET on
\i bench/bench.sql
SELECT 5 * :rows AS cls_rows \gset
SELECT set_config('bench.rows', :'cls_rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

CREATE TABLE scored AS
SELECT (g % 30)::int2 AS day,
       ((hashint8extended(g, 11) & 4503599627370495)::float8 + 0.5) / 4503599627370496 AS u,
       CASE WHEN g % 10 = 3 THEN NULL
            ELSE ((hashint8extended(g, 12) & 4503599627370495)::float8 + 0.5) / 4503599627370496 < 0.3 END AS label
FROM generate_series(1::bigint, :cls_rows) g;
-- scores: positives higher on average (AUC about 0.76)
ALTER TABLE scored ADD COLUMN score float8;
UPDATE scored SET score = CASE WHEN label THEN sqrt(u) ELSE u END;
ALTER TABLE scored DROP COLUMN u;
VACUUM ANALYZE scored;

CREATE TABLE daily AS
SELECT day, score_summary(score, label) AS s, score_summary(score, label, 3) AS s3
FROM scored GROUP BY day;
VACUUM ANALYZE daily;

-- the two answers agree
SELECT abs(a - (SELECT roc_auc(score_summary(score, label)) FROM scored)) < 1e-12 AS same_auc
FROM (SELECT sum((fp - fp0) * (tp + tp0) / 2) / (max(tp) * max(fp)) AS a
      FROM (SELECT tp, fp, lag(tp, 1, 0::numeric) OVER w AS tp0, lag(fp, 1, 0::numeric) OVER w AS fp0
            FROM (SELECT score, sum(p) OVER (ORDER BY score DESC) AS tp, sum(n) OVER (ORDER BY score DESC) AS fp
                  FROM (SELECT score, count(*) FILTER (WHERE label) AS p, count(*) FILTER (WHERE NOT label) AS n
                        FROM scored WHERE label IS NOT NULL GROUP BY score) g) c
            WINDOW w AS (ORDER BY score DESC)) t) q \gset
\echo same AUC by both: :same_auc

INSERT INTO bench_result VALUES
 ('hand-written: ROC points + trapezoid AUC (window functions)',
  pg_temp.bench_ms($q$SELECT sum((fp - fp0) * (tp + tp0) / 2) / (max(tp) * max(fp))
      FROM (SELECT tp, fp, lag(tp, 1, 0::numeric) OVER w AS tp0, lag(fp, 1, 0::numeric) OVER w AS fp0
            FROM (SELECT score, sum(p) OVER (ORDER BY score DESC) AS tp, sum(n) OVER (ORDER BY score DESC) AS fp
                  FROM (SELECT score, count(*) FILTER (WHERE label) AS p, count(*) FILTER (WHERE NOT label) AS n
                        FROM scored WHERE label IS NOT NULL GROUP BY score) g) c
            WINDOW w AS (ORDER BY score DESC)) t$q$, 2), NULL, NULL, NULL),
 ('greenlang: roc_auc_interval(score_summary(score, label))',
  pg_temp.bench_ms($q$SELECT roc_auc_interval(score_summary(score, label)) FROM scored$q$, 2),
  'hand-written: ROC points + trapezoid AUC (window functions)', 0.1, NULL),
 ('greenlang: the same, scores rounded to 3 digits',
  pg_temp.bench_ms($q$SELECT roc_auc_interval(score_summary(score, label, 3)) FROM scored$q$, 2),
  'hand-written: ROC points + trapezoid AUC (window functions)', NULL, NULL),
 ('greenlang: from 30 daily summaries, 3 digits (rollup)',
  pg_temp.bench_ms($q$SELECT roc_auc_interval(rollup(s3)) FROM daily$q$, 5),
  'hand-written: ROC points + trapezoid AUC (window functions)', NULL, 20),
 ('greenlang: from 30 daily summaries, not rounded (rollup)',
  pg_temp.bench_ms($q$SELECT roc_auc_interval(rollup(s)) FROM daily$q$, 3),
  'hand-written: ROC points + trapezoid AUC (window functions)', NULL, NULL);

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
DROP TABLE scored, daily;
