-- Bad input, one per line: each is an ERROR with the right SQLSTATE, the
-- offending token in DETAIL and what to do or the valid choices in HINT.
-- pg_temp.err runs a statement and shows the error it raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on

-- malformed confusion text (22P02; a count beyond bigint 22003), with the offending token
SELECT * FROM pg_temp.err($q$SELECT ''::confusion$q$);
SELECT * FROM pg_temp.err($q$SELECT '  '::confusion$q$);
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
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, tp=1, tp=1, tp=1, tp=1, tp=1, tp=1, tp=1, tp=1'::confusion$q$);
-- item names in any case
SELECT 'TP=1, Fp=2, fN=3, tn=4'::confusion AS any_case;
-- malformed fp_tally text (22P02), a bad confidence or method as an argument's (22023)
SELECT * FROM pg_temp.err($q$SELECT 'tp=7'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=-3'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=0.9'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=95, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=NaN, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=1e400, method=wilson'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, confidence=0.9, method=jeffreys'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, fn=1'::fp_tally$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=7, fp=3, fp=3'::fp_tally$q$);
-- method names by the one name rule
SELECT 'tp=7, fp=3, confidence=0.9, method= Clopper_Pearson '::fp_tally AS name_rule;
-- negative counts in the constructor (22003)
SELECT * FROM pg_temp.err($q$SELECT confusion(1, -2, 3, 4)$q$);
SELECT * FROM pg_temp.err($q$SELECT confusion(1, 2, 3, -9223372036854775808)$q$);
-- confidence outside (0, 1) (22023); NaN, infinite (22003)
SELECT * FROM pg_temp.err($q$SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 1.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT recall_interval('tp=90, fp=10, fn=15, tn=885', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval('tp=90, fp=10, fn=15, tn=885', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT f1_interval('tp=90, fp=10, fn=15, tn=885', -0.95)$q$);
SELECT * FROM pg_temp.err($q$SELECT specificity_interval('tp=90, fp=10, fn=15, tn=885', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT false_positive_rate_interval('tp=90, fp=10, fn=15, tn=885', 'Infinity')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, -0.0::float8, 'clopper-pearson') FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 95) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, '-Infinity') FROM generate_series(1, 10) g$q$);
-- a confidence so close to 0 that 1 - confidence rounds to 1: refused (22023, the range in the message;
-- sql/rates_limits tests the edges)
SELECT * FROM pg_temp.err($q$SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 5e-324, 'wilson')$q$);
SELECT * FROM pg_temp.err($q$SELECT recall_interval('tp=90, fp=10, fn=15, tn=885', 1e-17, 'clopper-pearson')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 5e-324) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval_final('tp=7, fp=3, confidence=5e-324, method=wilson')$q$);
-- Clopper-Pearson at n - 1 of n >= 9e15: computed (sql/rates_limits checks the bounds)
SELECT * FROM pg_temp.err($q$SELECT precision_interval(confusion(8999999999999999, 1, 0, 0), 0.95, 'clopper-pearson')$q$);
-- unknown method (22023), listing the methods
SELECT * FROM pg_temp.err($q$SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 0.95, 'agresti-coull')$q$);
SELECT * FROM pg_temp.err($q$SELECT false_discovery_rate_interval('tp=90, fp=10, fn=15, tn=885', 0.95, '')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.95, 'exact') FROM generate_series(1, 10) g$q$);
-- ...matched by the one name rule: case, blanks around, "_" or " " for "-"
SELECT precision_interval('tp=90, fp=10, fn=15, tn=885', 0.95, ' Clopper_Pearson ') =
       precision_interval('tp=90, fp=10, fn=15, tn=885', 0.95, 'clopper-pearson') AS name_rule,
       fp_rate_interval(g % 3 = 0, 0.95, 'WILSON') = fp_rate_interval(g % 3 = 0) AS aggregate_name_rule
FROM generate_series(1, 10) g;
-- the confidence and method must be the same on every row (22023)
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.9 + g / 1000.0) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(g % 3 = 0, 0.95, CASE WHEN g < 5 THEN 'wilson' ELSE 'clopper-pearson' END) FROM generate_series(1, 10) g$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_tally_combine('tp=7, fp=3, confidence=0.9, method=wilson', 'tp=1, fp=1, confidence=0.95, method=wilson')$q$);
-- counts beyond bigint (22003), not wrapped around
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('tp=9223372036854775807, fp=0, fn=0, tn=0'::confusion), ('tp=1, fp=0, fn=0, tn=0')) v(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT confusion_combine('tp=0, fp=0, fn=0, tn=9223372036854775800', 'tp=0, fp=0, fn=0, tn=8')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_tally_combine('tp=1, fp=9223372036854775807', 'tp=1, fp=1')$q$);
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval('tp=9223372036854775807, fp=0, fn=0, tn=1')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_trans('tp=0, fp=9223372036854775807', true)$q$);
SELECT * FROM pg_temp.err($q$SELECT confusion_trans('tp=9223372036854775807, fp=0, fn=0, tn=0', true, true)$q$);
-- ...while a rate of such counts is still right
SELECT accuracy('tp=9223372036854775807, fp=0, fn=0, tn=1') AS accuracy_of_huge_counts,
       mcc('tp=9223372036854775807, fp=1, fn=1, tn=9223372036854775807') AS mcc_of_huge_counts;
-- precision is an SQL keyword: unquoted, precision(c) is a syntax error (42601)
SELECT * FROM pg_temp.err($q$SELECT precision('tp=90, fp=10, fn=15, tn=885'::confusion)$q$);

-- binary input (receive, through COPY BINARY) accepts exactly what text input accepts:
-- pg_temp.recv_err(type, hex) receives the bytes hex as a value of type
CREATE TEMP TABLE recv_confusion (v confusion);
CREATE TEMP TABLE recv_fp_tally (v fp_tally);
CREATE FUNCTION pg_temp.recv_err(typ text, hex text, OUT code text, OUT message text,
                                 OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
DECLARE f text := current_setting('data_directory') || '/rates_recv.bin';
BEGIN
  EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', '\x' || hex, f);
  SELECT * INTO code, message, detail, hint
  FROM pg_temp.err(format('COPY pg_temp.recv_%s FROM %L WITH (FORMAT binary)', typ, f));
END $$;
-- a negative count, the wrong size (22P03)
SELECT * FROM pg_temp.recv_err('confusion', '0000000000000001fffffffffffffffe00000000000000030000000000000004');
SELECT * FROM pg_temp.recv_err('confusion', '000000000000000100000000000000020000000000000003');
SELECT * FROM pg_temp.recv_err('confusion', '0000000000000001000000000000000200000000000000030000000000000004ff');
SELECT * FROM pg_temp.recv_err('fp_tally', 'ffffffffffffffff00000000000000030000000000000000');
SELECT * FROM pg_temp.recv_err('fp_tally', 'ffffffffffffffff00000000000000030000000000000000' || '00000000');
-- a method code text cannot name; a confidence its method refuses (22P03)
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '3fee666666666666' || '00000003');
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '3ff0000000000000' || '00000001');
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '7ff8000000000000' || '00000002');
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '3fee666666666666' || '00000000');
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '8000000000000000' || '00000000');
-- refused, as by text input: 5e-324 clopper-pearson (22P03); accepted: what text input
-- makes (0.95 wilson)
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '3fee666666666666' || '00000001');
SELECT * FROM pg_temp.recv_err('fp_tally', '00000000000000070000000000000003' || '0000000000000001' || '00000002');
SELECT * FROM pg_temp.recv_err('confusion', '0000000000000001000000000000000200000000000000037fffffffffffffff');
SELECT v, v::text::fp_tally = v AS text_reads_back FROM recv_fp_tally ORDER BY v::text;
SELECT v, v::text::confusion = v AS text_reads_back FROM recv_confusion;
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval_final(v) FROM recv_fp_tally WHERE v::text LIKE '%5e-324%'$q$);
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
