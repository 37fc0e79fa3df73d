-- classifier: bad input, one per line.  Each is an ERROR with its SQLSTATE,
-- message, detail and hint (pg_temp.err, test/sql/err.sql): 22P02 for text
-- that does not parse, 22003 for a score or count out of range, 22023 for
-- a setting (digits, confidence, target, bins, a name).  The 54000 error
-- of a summary past 10000000 distinct scores is checked in
-- test/unit/test_classifier.c (the rows it takes are too many for here).
-- Binary input is checked at the end, through COPY BINARY.
\i test/sql/err.sql
\pset null '-'
\x on

-- score_summary text (22P02), with the offending part
SELECT * FROM pg_temp.err($q$SELECT 'x'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT ''::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{0.5:1/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{0.5 1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{0.5:1/0/0'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{NaN:1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{Infinity:1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{1e999:1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{0.5:-1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{0.5:1/0/9223372036854775808}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT '{} trailing'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT 'digits=16 {}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT 'digits {}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT 'digits=1 {0.55:1/0/0}'::score_summary$q$);
-- counts that add up past bigint (22003)
SELECT * FROM pg_temp.err($q$SELECT '{0.5:9223372036854775807/0/0, 0.5:1/0/0}'::score_summary$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(s) FROM (VALUES ('{0.5:9223372036854775807/0/0}'::score_summary), ('{0.5:1/0/0}')) v(s)$q$);

-- scores: NaN and infinities (22003)
SELECT * FROM pg_temp.err($q$SELECT score_summary(x, true) FROM (VALUES (0.5), ('NaN')) v(x)$q$);
SELECT * FROM pg_temp.err($q$SELECT score_summary('Infinity', true)$q$);
SELECT * FROM pg_temp.err($q$SELECT score_summary('-Infinity', false, 2)$q$);
-- digits (22023): out of 0..15, NULL, changing from row to row
SELECT * FROM pg_temp.err($q$SELECT score_summary(0.5, true, 16)$q$);
SELECT * FROM pg_temp.err($q$SELECT score_summary(0.5, true, -1)$q$);
SELECT * FROM pg_temp.err($q$SELECT score_summary(0.5, true, NULL)$q$);
SELECT * FROM pg_temp.err($q$SELECT score_summary(0.5, true, g) FROM generate_series(1, 2) g$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(s) FROM (VALUES ('digits=1 {0.5:1/0/0}'::score_summary), ('digits=2 {0.5:1/0/0}')) v(s)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(s) FROM (VALUES ('{0.5:1/0/0}'::score_summary), ('digits=2 {0.5:1/0/0}')) v(s)$q$);

-- calibration needs scores in [0, 1] (22003); bins 1..10000 (22023)
SELECT * FROM pg_temp.err($q$SELECT brier_score('{-0.5:1/0/0, 0.5:0/1/0}')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM calibration_bins('{0.5:1/0/0, 1.25:0/1/0}')$q$);
SELECT * FROM pg_temp.err($q$SELECT expected_calibration_error('{3:1/0/0}', 5)$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM calibration_bins('{0.5:1/0/0}', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT expected_calibration_error('{0.5:1/0/0}', 10001)$q$);
-- an unverified score outside [0, 1] is not read: no error
SELECT * FROM pg_temp.err($q$SELECT brier_score('{0.5:1/0/0, 7:0/0/3}')$q$);

-- choose_threshold: metric, target in (0, 1), confidence in (0, 1), method
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'accuracy', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'false alarm rate', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 15)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 0.15, 95)$q$);
SELECT * FROM pg_temp.err($q$SELECT choose_threshold('{0.5:1/1/0}', 'fdr', 0.15, 0.95, 'jeffreys')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM threshold_curve('{0.5:1/1/0}', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM threshold_curve('{0.5:1/1/0}', 0.95, 'wald')$q$);
SELECT * FROM pg_temp.err($q$SELECT roc_auc_interval('{0.5:1/1/0}', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT roc_auc_interval('{0.5:1/1/0}', 0.95, 'hanley')$q$);

-- proportion text (22P02) and counts (22003)
SELECT * FROM pg_temp.err($q$SELECT 'successes=1'::proportion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'successes=1, trials=x'::proportion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'successes=1, tries=2'::proportion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'successes=1, successes=2'::proportion$q$);
SELECT * FROM pg_temp.err($q$SELECT 'successes=5, trials=3'::proportion$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion(5, 3)$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion(-1, 3)$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion(1, -3)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(p) FROM (VALUES (proportion(0, 9223372036854775807)), (proportion(1, 1))) v(p)$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion_interval(proportion(1, 3), 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion_interval(proportion(1, 3), 0.95, 'agresti')$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion_difference(proportion(1, 3), proportion(2, 3), 1.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion_difference('tp=1, fp=2, fn=3, tn=4'::confusion, 'tp=1, fp=2, fn=3, tn=4'::confusion, 'f1')$q$);
SELECT * FROM pg_temp.err($q$SELECT proportion_difference('tp=1, fp=2, fn=3, tn=4'::confusion, 'tp=1, fp=2, fn=3, tn=4'::confusion, 'recall', 'NaN')$q$);

-- paired_outcomes text (22P02), counts (22003), method (22023)
SELECT * FROM pg_temp.err($q$SELECT 'both=1, a_only=2, b_only=3'::paired_outcomes$q$);
SELECT * FROM pg_temp.err($q$SELECT 'both=1, a_only=2, b_only=3, neither=-4'::paired_outcomes$q$);
SELECT * FROM pg_temp.err($q$SELECT 'both=1, a_only=2, b_only=3, neither=4, extra=5'::paired_outcomes$q$);
SELECT * FROM pg_temp.err($q$SELECT paired_outcomes(1, -2, 3, 4)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(p) FROM (VALUES (paired_outcomes(0, 9223372036854775807, 0, 0)), (paired_outcomes(0, 1, 0, 0))) v(p)$q$);
SELECT * FROM pg_temp.err($q$SELECT mcnemar_test('both=1, a_only=2, b_only=3, neither=4', 'fisher')$q$);

-- names follow the one rule: case, blanks, "_" or " " for "-"
SELECT (choose_threshold('{0.5:1/1/0, 0.9:3/0/0}', ' False_Discovery Rate ', 0.9)).metric,
       (mcnemar_test('both=1, a_only=2, b_only=3, neither=4', 'CHI SQUARE')).method;

-- binary input (22P03, and the range errors text input gives), through
-- COPY BINARY of hand-made bytes: header, one row of one field, trailer
CREATE TEMP TABLE bin_s (s score_summary);
CREATE TEMP TABLE bin_p (p proportion);
CREATE TEMP TABLE bin_o (o paired_outcomes);
CREATE FUNCTION pg_temp.copy_bin(tab text, len text, field text) RETURNS text
LANGUAGE sql AS $f$
  SELECT format($c$COPY %s FROM PROGRAM 'printf ''PGCOPY\012\377\015\012\000\000\000\000\000\000\000\000\000\000\001%s%s\377\377''' WITH (FORMAT binary)$c$,
                tab, len, field)
$f$;
-- score_summary: digits -1, one entry 0.5 with -1 positives
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\052',
  '\377\377\000\000\000\000\000\000\000\001\077\340\000\000\000\000\000\000\377\377\377\377\377\377\377\377\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'));
-- digits 16
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\012',
  '\000\020\000\000\000\000\000\000\000\000'));
-- two entries announced, one sent
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\052',
  '\377\377\000\000\000\000\000\000\000\002\077\340\000\000\000\000\000\000\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'));
-- a NaN score
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\052',
  '\377\377\000\000\000\000\000\000\000\001\177\370\000\000\000\000\000\000\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'));
-- digits 1 and a score of 0.55
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\052',
  '\000\001\000\000\000\000\000\000\000\001\077\341\231\231\231\231\231\232\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'));
-- the same bytes with digits -1 read back (0.55, one positive)
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_s', '\000\000\000\052',
  '\377\377\000\000\000\000\000\000\000\001\077\341\231\231\231\231\231\232\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'));
SELECT s FROM bin_s;
-- proportion: 5 successes of 3 trials; a negative count
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_p', '\000\000\000\020',
  '\000\000\000\000\000\000\000\005\000\000\000\000\000\000\000\003'));
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_p', '\000\000\000\020',
  '\377\377\377\377\377\377\377\377\000\000\000\000\000\000\000\003'));
-- paired_outcomes: a negative count
SELECT * FROM pg_temp.err(pg_temp.copy_bin('bin_o', '\000\000\000\040',
  '\000\000\000\000\000\000\000\001\377\377\377\377\377\377\377\377\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\001'));
