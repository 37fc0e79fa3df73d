-- The limits of the binomial intervals (issue 14): every reproducer ends promptly in a
-- correct value or a 22003/22023 error, never a hang, an internal error or lower > upper.
\i test/sql/err.sql
\pset null '-'
SET statement_timeout = '20s';
\x on

-- once a loop that never ended (2e16 + 1 = 2e16 in double), also at plan time:
-- more than 2^53 = 9007199254740992 trials is a 22003 error naming the count
SELECT * FROM pg_temp.err($q$SELECT false_positive_rate_interval(confusion(90,19999999999999990,28,885),0.95,'clopper-pearson')$q$);
SELECT * FROM pg_temp.err($q$SELECT false_positive_rate_interval(confusion(90,19999999999999990,28,885),0.95,'wilson')$q$);
-- accuracy over 2^53 + 2 trials (once lower > upper)
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval(confusion(4503599627370496,1,1,4503599627370496))$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval_final('tp=9007199254740992, fp=1'::fp_tally)$q$);
\x off

-- 2^53 trials, the largest: ordered, and equal to the references
-- k = n - 1: upper = 0.975^(1/n) = 1 in double; lower = 1 - x/n with e^-x (1 + x) = 0.025, x = 5.5716
SELECT r.upper = 1 AS upper_is_1, abs(r.lower - (1 - 5.5716 / 9007199254740992)) <= 1.2e-16 AS lower_ok,
       r.lower < r.rate AND r.rate < r.upper AS ordered, r.n
FROM accuracy_interval(confusion(4503599627370495, 1, 0, 4503599627370496), 0.95, 'clopper-pearson') r;
-- k = n - 1 of n = 9e15 (once XX000 / lower > upper), both methods
SELECT r.upper = 1 AS upper_is_1, abs(r.lower - (1 - 5.5716 / 9e15)) <= 1.2e-16 AS lower_ok
FROM "precision_interval"(confusion(8999999999999999, 1, 0, 0), 0.95, 'clopper-pearson') r;
SELECT r.lower < r.rate AND r.rate < r.upper AS ordered, r.upper <= 1 AS upper_ok
FROM "precision_interval"(confusion(8999999999999999, 1, 0, 0), 0.95, 'wilson') r;

-- the confidence: between 0.000001 and 0.999999999999, else 22023 with a hint
\x on
SELECT * FROM pg_temp.err($q$SELECT precision_interval(confusion(90,10,15,885), 5e-324, 'wilson')$q$);
SELECT * FROM pg_temp.err($q$SELECT recall_interval(confusion(90,10,15,885), 0.00000099999999, 'clopper-pearson')$q$);
SELECT * FROM pg_temp.err($q$SELECT specificity_interval(confusion(90,10,15,885), 0.9999999999991)$q$);
SELECT * FROM pg_temp.err($q$SELECT false_positive_rate_interval(confusion(90,10,15,885), 1e-300)$q$);
SELECT * FROM pg_temp.err($q$SELECT false_discovery_rate_interval(confusion(90,10,15,885), 1e-12, 'clopper-pearson')$q$);
SELECT * FROM pg_temp.err($q$SELECT accuracy_interval(confusion(90,10,15,885), 0.9999999999999999)$q$);
SELECT * FROM pg_temp.err($q$SELECT f1_interval(confusion(90,10,15,885), 1e-7)$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_interval(true, 1e-9) FROM generate_series(1, 3)$q$);
SELECT * FROM pg_temp.err($q$SELECT 'tp=1, fp=2, confidence=1e-7, method=wilson'::fp_tally$q$);
\x off
-- the edges are honoured: 90 of 100 at 0.000001 (Wilson's half-width z sqrt(k(n-k)/n)/n,
-- z = 1.2533141e-6, is 3.7599e-8) and at 0.999999999999 (0 of 10: upper = 1 - (alpha/2)^(1/10))
SELECT abs(r.upper - r.lower - 2 * 3.7599e-8) < 1e-11 AS wilson_width_ok, r.lower < 0.9 AND 0.9 < r.upper AS around
FROM precision_interval(confusion(90, 10, 15, 885), 0.000001, 'wilson') r;
SELECT r.lower < 0.9 AND 0.9 < r.upper AND r.upper - r.lower < 0.011 AS cp_ok
FROM precision_interval(confusion(90, 10, 15, 885), 0.000001, 'clopper-pearson') r;
SELECT r.lower = 0 AS lower_0, abs(r.upper - (1 - ((1 - 0.999999999999::float8) / 2) ^ 0.1)) < 1e-15 AS upper_ok
FROM recall_interval(confusion(0, 0, 10, 0), 0.999999999999, 'clopper-pearson') r;
SELECT 'tp=1, fp=2, confidence=0.000001, method=wilson'::fp_tally;
