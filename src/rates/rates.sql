-- rates: model-monitoring aggregates.  fp_rate and fp_rate_interval (the
-- share of alarms verified false), the confusion type with its aggregates
-- confusion(predicted, actual) and rollup(confusion), and the metrics and
-- intervals read from a confusion matrix.

CREATE TYPE rate_interval AS (rate float8, lower float8, upper float8, n bigint);
COMMENT ON TYPE rate_interval IS
'A proportion with its confidence interval: rate (the estimate), lower and upper (the interval bounds) and n (the number of observations behind the rate, its denominator).';
COMMENT ON COLUMN rate_interval.rate IS
'The estimated proportion, between 0 and 1 (NULL when n is 0).';
COMMENT ON COLUMN rate_interval.lower IS
'Lower bound of the confidence interval of the proportion.';
COMMENT ON COLUMN rate_interval.upper IS
'Upper bound of the confidence interval of the proportion.';
COMMENT ON COLUMN rate_interval.n IS
'The number of observations behind the proportion: its denominator.';

-- ---- fp_tally: the state of fp_rate and fp_rate_interval ----

CREATE TYPE fp_tally;

CREATE FUNCTION fp_tally_in(cstring) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_tally_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_in(cstring) IS
'Text input of fp_tally: ''tp=7, fp=3'', or with the interval settings ''tp=7, fp=3, confidence=0.95, method=wilson''.';

CREATE FUNCTION fp_tally_out(fp_tally) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_fp_tally_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_out(fp_tally) IS
'Canonical text of fp_tally: ''tp=<n>, fp=<n>'' plus '', confidence=<c>, method=<m>'' when set; reads back to the same value.';

CREATE FUNCTION fp_tally_recv(internal) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_tally_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_recv(internal) IS
'Binary input of fp_tally (int8 tp, int8 fp, float8 confidence, int4 method), validated.';

CREATE FUNCTION fp_tally_send(fp_tally) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_fp_tally_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_send(fp_tally) IS
'Binary output of fp_tally: int8 tp, int8 fp, float8 confidence (0 when unset), int4 method (0 unset, 1 wilson, 2 clopper-pearson).';

CREATE TYPE fp_tally (
    INTERNALLENGTH = 32,
    INPUT = fp_tally_in,
    OUTPUT = fp_tally_out,
    RECEIVE = fp_tally_recv,
    SEND = fp_tally_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE fp_tally IS
'Counts of verified alarms, true (tp) and false (fp), with the confidence level and interval method asked for: the transition state of fp_rate and fp_rate_interval.';

CREATE FUNCTION fp_tally_eq(fp_tally, fp_tally) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_fp_tally_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_eq(fp_tally, fp_tally) IS
'True when both tallies have the same counts, confidence and method.';

CREATE FUNCTION fp_tally_ne(fp_tally, fp_tally) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_fp_tally_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_ne(fp_tally, fp_tally) IS
'True when the tallies differ in a count, the confidence or the method.';

CREATE OPERATOR = (LEFTARG = fp_tally, RIGHTARG = fp_tally, PROCEDURE = fp_tally_eq,
                   COMMUTATOR = =, NEGATOR = <>);
COMMENT ON OPERATOR = (fp_tally, fp_tally) IS 'equal counts, confidence and method';
CREATE OPERATOR <> (LEFTARG = fp_tally, RIGHTARG = fp_tally, PROCEDURE = fp_tally_ne,
                    COMMUTATOR = <>, NEGATOR = =);
COMMENT ON OPERATOR <> (fp_tally, fp_tally) IS 'different counts, confidence or method';

CREATE FUNCTION fp_rate_trans(fp_tally, boolean) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_trans(fp_tally, boolean) IS
'Transition function of fp_rate and fp_rate_interval: counts one verified alarm (true: false positive). Support function of the aggregates, not for calling directly.';

CREATE FUNCTION fp_rate_trans(fp_tally, boolean, float8) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_trans(fp_tally, boolean, float8) IS
'Transition function of fp_rate_interval(is_false_positive, confidence): counts one verified alarm and records the confidence. Support function of the aggregate, not for calling directly.';

CREATE FUNCTION fp_rate_trans(fp_tally, boolean, float8, text) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_trans(fp_tally, boolean, float8, text) IS
'Transition function of fp_rate_interval(is_false_positive, confidence, method): counts one verified alarm and records the confidence and method. Support function of the aggregate, not for calling directly.';

CREATE FUNCTION fp_tally_combine(fp_tally, fp_tally) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'gl_fp_tally_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_combine(fp_tally, fp_tally) IS
'Combine function of fp_rate and fp_rate_interval: adds the counts exactly (error 22003 on bigint overflow, 22023 when the tallies ask for different intervals). Support function of the aggregates, not for calling directly.';

CREATE FUNCTION fp_rate_final(fp_tally) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fp_rate_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_final(fp_tally) IS
'Final function of fp_rate: fp / (tp + fp), NULL when no alarm was verified. Support function of the aggregate, not for calling directly.';

CREATE FUNCTION fp_rate_interval_final(fp_tally) RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_fp_rate_interval_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_interval_final(fp_tally) IS
'Final function of fp_rate_interval: fp / (tp + fp) with its interval (0.95 and wilson unless given), NULL when no alarm was verified. Support function of the aggregates, not for calling directly.';

CREATE AGGREGATE fp_rate(is_false_positive boolean) (
    SFUNC = fp_rate_trans,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate(boolean) IS
'False-positive rate of alarms: the share of verified alarms that were false, FP / (TP + FP). NULL rows (not yet verified) do not count; NULL when no row is verified.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean) (
    SFUNC = fp_rate_trans,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean) IS
'fp_rate with its 95% Wilson score interval, as a rate_interval (rate, lower, upper, n). NULL when no row is verified.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean, confidence float8) (
    SFUNC = fp_rate_trans,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean, float8) IS
'fp_rate with its Wilson score interval at the given confidence (0 < confidence < 1, the same on every row), as a rate_interval.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean, confidence float8, method text) (
    SFUNC = fp_rate_trans,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean, float8, text) IS
'fp_rate with its interval at the given confidence by method ''wilson'' (score interval) or ''clopper-pearson'' (exact; case, blanks around and "_" for "-" do not matter), both the same on every row, as a rate_interval.';

-- ---- confusion ----

CREATE TYPE confusion;

CREATE FUNCTION confusion_in(cstring) RETURNS confusion
AS 'MODULE_PATHNAME', 'gl_confusion_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_in(cstring) IS
'Text input of confusion: the four counts, e.g. ''tp=90, fp=10, fn=15, tn=885'' (any order, each once).';

CREATE FUNCTION confusion_out(confusion) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_confusion_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_out(confusion) IS
'Canonical text of confusion: ''tp=<n>, fp=<n>, fn=<n>, tn=<n>''; reads back to the same value.';

CREATE FUNCTION confusion_recv(internal) RETURNS confusion
AS 'MODULE_PATHNAME', 'gl_confusion_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_recv(internal) IS
'Binary input of confusion (four int8: tp, fp, fn, tn), validated.';

CREATE FUNCTION confusion_send(confusion) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_confusion_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_send(confusion) IS
'Binary output of confusion: four int8, tp, fp, fn, tn.';

CREATE TYPE confusion (
    INTERNALLENGTH = 32,
    INPUT = confusion_in,
    OUTPUT = confusion_out,
    RECEIVE = confusion_recv,
    SEND = confusion_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE confusion IS
'A confusion matrix of a binary classifier: counts of true positives (tp), false positives (fp), false negatives (fn) and true negatives (tn). Built by the aggregate confusion(predicted, actual), merged by rollup(confusion).';

CREATE FUNCTION confusion_eq(confusion, confusion) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_confusion_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_eq(confusion, confusion) IS
'True when all four counts are equal.';

CREATE FUNCTION confusion_ne(confusion, confusion) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_confusion_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_ne(confusion, confusion) IS
'True when any of the four counts differs.';

CREATE OPERATOR = (LEFTARG = confusion, RIGHTARG = confusion, PROCEDURE = confusion_eq,
                   COMMUTATOR = =, NEGATOR = <>);
COMMENT ON OPERATOR = (confusion, confusion) IS 'equal counts';
CREATE OPERATOR <> (LEFTARG = confusion, RIGHTARG = confusion, PROCEDURE = confusion_ne,
                    COMMUTATOR = <>, NEGATOR = =);
COMMENT ON OPERATOR <> (confusion, confusion) IS 'different counts';

CREATE FUNCTION confusion(tp bigint, fp bigint, fn bigint, tn bigint) RETURNS confusion
AS 'MODULE_PATHNAME', 'gl_confusion_counts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion(bigint, bigint, bigint, bigint) IS
'A confusion matrix from its four counts (none negative: error 22003).';

CREATE FUNCTION confusion_trans(confusion, boolean, boolean) RETURNS confusion
AS 'MODULE_PATHNAME', 'gl_confusion_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_trans(confusion, boolean, boolean) IS
'Transition function of confusion(predicted, actual): counts one classified row. Support function of the aggregate, not for calling directly.';

CREATE FUNCTION confusion_combine(confusion, confusion) RETURNS confusion
AS 'MODULE_PATHNAME', 'gl_confusion_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_combine(confusion, confusion) IS
'The sum of two confusion matrices, count by count (error 22003 on bigint overflow): combine function of confusion() and rollup(). Support function of the aggregates, not for calling directly.';

CREATE AGGREGATE confusion(predicted boolean, actual boolean) (
    SFUNC = confusion_trans,
    STYPE = confusion,
    COMBINEFUNC = confusion_combine,
    INITCOND = 'tp=0, fp=0, fn=0, tn=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE confusion(boolean, boolean) IS
'Confusion matrix of a binary classifier over the rows: predicted and actual class (true = positive). Rows where either is NULL do not count; no rows give all-zero counts.';

CREATE AGGREGATE rollup(confusion) (
    SFUNC = confusion_combine,
    STYPE = confusion,
    COMBINEFUNC = confusion_combine,
    INITCOND = 'tp=0, fp=0, fn=0, tn=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(confusion) IS
'Merges stored confusion matrices (e.g. hourly into daily) by adding their counts exactly; NULL rows are skipped.';

-- counts

CREATE FUNCTION tp(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_tp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tp(confusion) IS 'True positives: predicted positive, actually positive.';

CREATE FUNCTION fp(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_fp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp(confusion) IS 'False positives: predicted positive, actually negative.';

CREATE FUNCTION fn(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fn(confusion) IS 'False negatives: predicted negative, actually positive.';

CREATE FUNCTION tn(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_tn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tn(confusion) IS 'True negatives: predicted negative, actually negative.';

-- metrics (NULL when the denominator is zero)

-- PRECISION is an SQL keyword (as in DOUBLE PRECISION): PostgreSQL parses
-- "precision"(c), quoted, or schema-qualified, as a call; ppv(c) is the
-- same function under a name that needs no quotes.
CREATE FUNCTION "precision"(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION "precision"(confusion) IS
'Precision (positive predictive value) TP / (TP + FP); NULL when nothing was predicted positive. A keyword: write "precision"(c) in double quotes, or ppv(c).';

CREATE FUNCTION ppv(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ppv(confusion) IS
'Precision (positive predictive value) TP / (TP + FP), the same as "precision"(c) without the quotes; NULL when nothing was predicted positive.';

CREATE FUNCTION recall(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_recall' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION recall(confusion) IS
'Recall (sensitivity, true-positive rate) TP / (TP + FN); NULL when there is no actual positive.';

CREATE FUNCTION specificity(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_specificity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specificity(confusion) IS
'Specificity (true-negative rate) TN / (TN + FP); NULL when there is no actual negative.';

CREATE FUNCTION false_positive_rate(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_false_positive_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_positive_rate(confusion) IS
'False-positive rate (fall-out) FP / (FP + TN) = 1 - specificity; NULL when there is no actual negative. The runbook''s "false positive rate" of alarms is false_discovery_rate (or the aggregate fp_rate).';

CREATE FUNCTION false_discovery_rate(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_false_discovery_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_discovery_rate(confusion) IS
'False discovery rate FP / (TP + FP) = 1 - precision: the share of positive predictions (alarms) that were false; NULL when nothing was predicted positive.';

CREATE FUNCTION accuracy(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_accuracy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION accuracy(confusion) IS
'Accuracy (TP + TN) / (TP + FP + FN + TN); NULL when all counts are zero.';

CREATE FUNCTION f1(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_f1' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION f1(confusion) IS
'F1 score 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; NULL when TP + FP + FN = 0.';

CREATE FUNCTION mcc(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_mcc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION mcc(confusion) IS
'Matthews correlation coefficient (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)), between -1 and 1; NULL when any of the four sums is zero.';

-- intervals (NULL when the denominator is zero)

CREATE FUNCTION precision_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_precision_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION precision_interval(confusion, float8, text) IS
'Precision TP / (TP + FP) with its confidence interval (method ''wilson'', the default, or ''clopper-pearson''), as a rate_interval; n = TP + FP.';

CREATE FUNCTION recall_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_recall_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION recall_interval(confusion, float8, text) IS
'Recall TP / (TP + FN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FN.';

CREATE FUNCTION specificity_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_specificity_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specificity_interval(confusion, float8, text) IS
'Specificity TN / (TN + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TN + FP.';

CREATE FUNCTION false_positive_rate_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_false_positive_rate_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_positive_rate_interval(confusion, float8, text) IS
'False-positive rate FP / (FP + TN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = FP + TN.';

CREATE FUNCTION false_discovery_rate_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_false_discovery_rate_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_discovery_rate_interval(confusion, float8, text) IS
'False discovery rate FP / (TP + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FP.';

CREATE FUNCTION accuracy_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_accuracy_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION accuracy_interval(confusion, float8, text) IS
'Accuracy (TP + TN) / N with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = N.';

CREATE FUNCTION f1_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_f1_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION f1_interval(confusion, float8, text) IS
'F1 with a confidence interval: the interval of J = TP / (TP + FP + FN) (''wilson'' or ''clopper-pearson'') mapped through F1 = 2J / (1 + J); n = TP + FP + FN.';
