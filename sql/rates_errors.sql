-- Bad input, one per line: each is an ERROR with the right SQLSTATE, the
-- offending token in DETAIL and an example or the valid choices in HINT.
-- pg_temp.err runs a statement and shows the error it raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on

-- malformed confusion text (22P02), with the offending token
SELECT * FROM pg_temp.err($q$SELECT ''::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=-2, fn=3, tn=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tn=9223372036854775808'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2.5, fn=3, tn=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tn=4e3'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tp=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tx=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tn=4,'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1 fp=2, fn=3, tn=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp:1, fp=2, fn=3, tn=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=, fp=2, fn=3, tn=4'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT '(90,10,15,885)'::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, fn=3, tn=4, tn=5'::confusion$q$);
-- malformed fp_tally text (22P02)
SELECT * FROM pg_temp.err($q$SELECT 'tp=7'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=-3'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=0.9'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=95, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=NaN, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=0.9, method=jeffreys'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, fn=1'::fp_tally$q$);
-- negative counts in the constructor (22023)
SELECT * FROM pg_temp.err($q$SELECT confusion(1, -2, 3, 4)$q$);
-- confidence outside (0, 1), NaN, infinite (22023)
SELECT * FROM pg_temp.err($q$SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 1.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT recall_interval('tp=90, fp=10, fn=15, tn=885', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval('tp=90, fp=10, fn=15, tn=885', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT f1_interval('tp=90, fp=10, fn=15, tn=885', -0.95)$q$);
SELECT * FROM pg_temp.err($q$SELECT specificity_interval('tp=90, fp=10, fn=15, tn=885', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT false_positive_rate_interval('tp=90, fp=10, fn=15, tn=885', 'Infinity')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, -0.0::float8, 'clopper-pearson') FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 95) FROM generate_series(1, 10) g$q$);
-- unknown method (22023), listing the methods
SELECT * FROM pg_temp.err($q$SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 0.95, 'agresti-coull')$q$);
SELECT * FROM pg_temp.err($q$SELECT false_discovery_rate_interval('tp=90, fp=10, fn=15, tn=885', 0.95, '')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.95, 'exact') FROM generate_series(1, 10) g$q$);
-- the confidence and method must be the same on every row (22023)
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.9 + g / 1000.0) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.95, CASE WHEN g < 5 THEN 'wilson' ELSE 'clopper-pearson' END) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_tally_combine('tp=7, fp=3, confidence=0.9, method=wilson', 'tp=1, fp=1, confidence=0.95, method=wilson')$q$);
-- counts beyond bigint (22003), not wrapped around
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('tp=9223372036854775807, fp=0, fn=0, tn=0'::confusion), ('tp=1, fp=0, fn=0, tn=0')) v(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT confusion_combine('tp=0, fp=0, fn=0, tn=9223372036854775800', 'tp=0, fp=0, fn=0, tn=8')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_tally_combine('tp=1, fp=9223372036854775807', 'tp=1, fp=1')$q$);
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval('tp=9223372036854775807, fp=0, fn=0, tn=1')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_accum('tp=0, fp=9223372036854775807', true)$q$);
SELECT * FROM pg_temp.err($q$SELECT confusion_accum('tp=9223372036854775807, fp=0, fn=0, tn=0', true, true)$q$);
-- ...while a rate of such counts is still right
SELECT accuracy('tp=9223372036854775807, fp=0, fn=0, tn=1') AS accuracy_of_huge_counts,
       mcc('tp=9223372036854775807, fp=1, fn=1, tn=9223372036854775807') AS mcc_of_huge_counts;
-- precision is an SQL keyword: unquoted, precision(c) is a syntax error (42601)
SELECT * FROM pg_temp.err($q$SELECT precision('tp=90, fp=10, fn=15, tn=885'::confusion)$q$);
\x off

-- NULL in, NULL out (every function is STRICT)
SELECT "precision"(NULL) IS NULL AS "precision", ppv(NULL) IS NULL AS ppv, recall(NULL) IS NULL AS recall,
       specificity(NULL) IS NULL AS specificity, false_positive_rate(NULL) IS NULL AS fpr,
       false_discovery_rate(NULL) IS NULL AS fdr, accuracy(NULL) IS NULL AS accuracy,
       f1(NULL) IS NULL AS f1, mcc(NULL) IS NULL AS mcc, tp(NULL) IS NULL AS tp, fn(NULL) IS NULL AS fn;
SELECT precision_interval(NULL) IS NULL AS null_matrix,
       precision_interval('tp=1, fp=1, fn=1, tn=1', NULL) IS NULL AS null_confidence,
       f1_interval('tp=1, fp=1, fn=1, tn=1', 0.95, NULL) IS NULL AS null_method,
       confusion(1, NULL, 2, 3) IS NULL AS null_count,
       confusion_combine(NULL, 'tp=1, fp=1, fn=1, tn=1') IS NULL AS null_combine;
-- aggregates skip rows with a NULL argument (a NULL confidence or method skips the row too)
SELECT fp_rate(x) AS fp_rate, fp_rate_interval(x) AS interval,
       fp_rate_interval(true, NULL::float8) AS null_confidence,
       fp_rate_interval(true, 0.9, NULL) AS null_method,
       confusion(x, true) AS with_null_predicted, confusion(true, x) AS with_null_actual
FROM (VALUES (NULL::boolean), (NULL)) v(x);
-- a metric with a zero denominator is NULL, not an error
SELECT "precision"(c) AS "precision", recall(c) AS recall, specificity(c) AS specificity,
       false_positive_rate(c) AS fpr, false_discovery_rate(c) AS fdr, accuracy(c) AS accuracy,
       f1(c) AS f1, mcc(c) AS mcc
FROM (VALUES ('tp=0, fp=0, fn=0, tn=0'::confusion), ('tp=0, fp=0, fn=5, tn=0'),
             ('tp=0, fp=0, fn=0, tn=5'), ('tp=3, fp=0, fn=0, tn=0')) v(c);
