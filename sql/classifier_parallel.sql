-- classifier: serial equals parallel, and a rollup of stored summaries
-- equals one pass over all rows, exactly (the summaries are integer counts
-- per distinct score, merged in sorted order, so the order partial states
-- meet in does not matter); the text and binary forms read back to the
-- same summary.

CREATE TABLE cls_rows AS
SELECT g AS id, g % 30 AS day,
       CASE WHEN g % 97 = 0 THEN NULL ELSE ((g * 7919) % 100003) / 100003.0 END::float8 AS score,
       CASE WHEN g % 11 = 0 THEN NULL ELSE (g * 104729) % 1009 < 200 + ((g * 7919) % 100003) / 200 END AS label,
       (g * 1299709) % 1013 < 800 AS a_right, (g * 15485863) % 1019 < 760 AS b_right
FROM generate_series(1::bigint, 100000) g;
ALTER TABLE cls_rows SET (parallel_workers = 2);
VACUUM ANALYZE cls_rows;

-- daily summaries, stored
CREATE TABLE cls_daily AS
SELECT day, score_summary(score, label) AS s, score_summary(score, label, 3) AS s3,
       proportion(a_right) AS p, paired_outcomes(a_right, b_right) AS po
FROM cls_rows GROUP BY day;
ALTER TABLE cls_daily SET (parallel_workers = 2);
VACUUM ANALYZE cls_daily;

-- serial
SET max_parallel_workers_per_gather = 0;
SELECT score_summary(score, label)::text AS s_all, score_summary(score, label, 3)::text AS s_all3,
       proportion(a_right)::text AS s_p, paired_outcomes(a_right, b_right)::text AS s_po
FROM cls_rows \gset
SELECT positives(s), negatives(s), unverified(s), distinct_scores(s), roc_auc(s)
FROM (SELECT :'s_all'::score_summary AS s) q;

-- parallel
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT score_summary(score, label), score_summary(score, label, 3), proportion(a_right),
       paired_outcomes(a_right, b_right)
FROM cls_rows;
SELECT score_summary(score, label)::text = :'s_all' AS summary_same,
       score_summary(score, label, 3)::text = :'s_all3' AS rounded_same,
       proportion(a_right)::text = :'s_p' AS proportion_same,
       paired_outcomes(a_right, b_right)::text = :'s_po' AS paired_same
FROM cls_rows;

-- rollup of the 30 daily summaries = one pass, serial and parallel
EXPLAIN (COSTS OFF) SELECT rollup(s) FROM cls_daily;
SELECT rollup(s)::text = :'s_all' AS rollup_same, rollup(s3)::text = :'s_all3' AS rollup3_same,
       rollup(p)::text = :'s_p' AS proportion_same, rollup(po)::text = :'s_po' AS paired_same
FROM cls_daily;
SET max_parallel_workers_per_gather = 0;
SELECT rollup(s)::text = :'s_all' AS rollup_same, rollup(s3)::text = :'s_all3' AS rollup3_same
FROM cls_daily;
-- in any order, and in a window
SELECT rollup(s ORDER BY day DESC)::text = :'s_all' AS reversed_same FROM cls_daily;
SELECT count(*) FILTER (WHERE w::text = o::text) AS running_sums_same, count(*) AS days
FROM (SELECT day, rollup(s) OVER (ORDER BY day) AS w FROM cls_daily) a
JOIN (SELECT d.day, (SELECT score_summary(score, label) FROM cls_rows r WHERE r.day <= d.day) AS o
      FROM cls_daily d) b USING (day);

-- text round trip
SELECT count(*) FILTER (WHERE s::text::score_summary::text = s::text
                          AND s3::text::score_summary::text = s3::text) AS text_round_trips
FROM cls_daily;

-- binary round trip (COPY BINARY out and in: send and recv)
\copy cls_daily TO 'test/out/classifier_daily.bin' WITH (FORMAT binary)
CREATE TEMP TABLE cls_back (LIKE cls_daily);
\copy cls_back FROM 'test/out/classifier_daily.bin' WITH (FORMAT binary)
SELECT count(*) AS states,
       count(*) FILTER (WHERE a.s::text = b.s::text AND a.s3::text = b.s3::text
                        AND a.p::text = b.p::text AND a.po::text = b.po::text) AS binary_round_trips
FROM cls_daily a JOIN cls_back b USING (day);

-- zero rows and all-NULL scores: NULL; NULL labels only: unverified rows
SELECT score_summary(score, label) IS NULL AS no_rows FROM cls_rows WHERE false;
SELECT score_summary(NULL::float8, true) IS NULL AS null_scores;
SELECT score_summary(x, NULL) FROM (VALUES (0.25), (0.25)) v(x);
SELECT rollup(s) IS NULL AS empty_rollup FROM cls_daily WHERE false;

DROP TABLE cls_rows, cls_daily;
