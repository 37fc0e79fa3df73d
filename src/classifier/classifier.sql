-- classifier: a scored classifier's verified history and what it answers.
-- score_summary (distinct scores with their positive, negative and
-- unverified counts), its aggregates score_summary and rollup, the ROC AUC
-- with DeLong's interval, average precision, the threshold curve and the
-- threshold meeting a target by its confidence bound, calibration; the
-- proportion type with proportion_difference, and paired_outcomes with
-- McNemar's test.

-- ---- score_summary ----

CREATE TYPE score_summary;

CREATE FUNCTION score_summary_in(cstring) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_in(cstring) IS
'Text input of score_summary: ''{score:positive/negative/unverified, ...}'', optionally after ''digits=N '' (the rounding); entries in any order, repeated scores added.';

CREATE FUNCTION score_summary_out(score_summary) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_score_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_out(score_summary) IS
'Text output of score_summary: scores increasing, each in the shortest decimal that reads back to the same float8, so the text reads back to the same summary.';

CREATE FUNCTION score_summary_recv(internal) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_recv(internal) IS
'Binary input of score_summary, accepting what the text input accepts.';

CREATE FUNCTION score_summary_send(score_summary) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_score_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_send(score_summary) IS
'Binary output of score_summary: int2 digits (-1 when not rounded), int8 number of entries, then per entry float8 score and int8 positive, negative, unverified.';

CREATE TYPE score_summary (
    INPUT = score_summary_in,
    OUTPUT = score_summary_out,
    RECEIVE = score_summary_recv,
    SEND = score_summary_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE score_summary IS
'A scored classifier''s rows summarized exactly: per distinct score, the rows labelled true (positive), false (negative) and NULL (unverified); 32 bytes per distinct score, at most 10000000 distinct scores (round with digits to keep it small). Built by score_summary(score, label), merged by rollup.';

CREATE FUNCTION score_summary_trans(score_summary, float8, boolean) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_trans(score_summary, float8, boolean) IS
'Transition function of score_summary(score, label): counts one row (not for calling directly).';

CREATE FUNCTION score_summary_trans(score_summary, float8, boolean, integer) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_trans(score_summary, float8, boolean, integer) IS
'Transition function of score_summary(score, label, digits): counts one row with its score rounded (not for calling directly).';

CREATE FUNCTION score_summary_combine(score_summary, score_summary) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_combine(score_summary, score_summary) IS
'Combine function of score_summary and rollup: the summary of both inputs'' rows, exactly (a sorted merge); NULL inputs are empty; both must have the same digits (not for calling directly).';

CREATE FUNCTION score_summary_final(score_summary) RETURNS score_summary
AS 'MODULE_PATHNAME', 'gl_score_summary_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION score_summary_final(score_summary) IS
'Final function of score_summary and rollup: the summary in its stored form, sorted and merged in one pass (not for calling directly).';

CREATE AGGREGATE score_summary(score float8, label boolean) (
    SFUNC = score_summary_trans,
    STYPE = score_summary,
    FINALFUNC = score_summary_final,
    COMBINEFUNC = score_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE score_summary(float8, boolean) IS
'Summary of a scored classifier''s rows: per distinct score, the rows whose label is true, false and NULL (unverified). NULL scores are skipped; NaN or infinite scores are an error; NULL when no row has a score.';

CREATE AGGREGATE score_summary(score float8, label boolean, digits integer) (
    SFUNC = score_summary_trans,
    STYPE = score_summary,
    FINALFUNC = score_summary_final,
    COMBINEFUNC = score_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE score_summary(float8, boolean, integer) IS
'score_summary with every score rounded to digits decimals (0 to 15, half away from zero): at most one entry per multiple of 10^-digits; auc_error_bound says how far the AUC may move by it.';

CREATE AGGREGATE rollup(score_summary) (
    SFUNC = score_summary_combine,
    STYPE = score_summary,
    FINALFUNC = score_summary_final,
    COMBINEFUNC = score_summary_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(score_summary) IS
'Merges stored score summaries (e.g. daily into monthly) exactly: the result equals one summary over all their rows. NULLs are skipped; all must have the same digits.';

-- ---- accessors ----

CREATE FUNCTION positives(summary score_summary) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_positives' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION positives(score_summary) IS 'Rows labelled true (verified positive).';

CREATE FUNCTION negatives(summary score_summary) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_negatives' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION negatives(score_summary) IS 'Rows labelled false (verified negative).';

CREATE FUNCTION unverified(summary score_summary) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_unverified' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unverified(score_summary) IS 'Rows without a label (unverified).';

CREATE FUNCTION distinct_scores(summary score_summary) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_distinct_scores' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION distinct_scores(score_summary) IS 'Distinct scores kept (entries of 32 bytes).';

CREATE FUNCTION digits(summary score_summary) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_digits' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION digits(score_summary) IS 'The decimals scores were rounded to; NULL when not rounded.';

CREATE FUNCTION auc_error_bound(summary score_summary) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_auc_error_bound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION auc_error_bound(score_summary) IS
'How far roc_auc may be from the AUC of the unrounded scores: a positive and a negative row that share a rounded score may have been ordered either way, so at most sum(positive * negative) / (2 P N). 0 when not rounded; NULL without both classes.';

-- ---- ROC AUC and average precision ----

CREATE FUNCTION roc_auc(summary score_summary) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_roc_auc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION roc_auc(score_summary) IS
'Area under the ROC curve of the verified rows (higher score = positive), exact from 128-bit pair counts: (pairs ranked right + ties / 2) / (P N), as scikit-learn''s roc_auc_score. NULL without both a positive and a negative row.';

CREATE FUNCTION roc_auc_interval(summary score_summary, confidence float8 DEFAULT 0.95, method text DEFAULT 'delong')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_roc_auc_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION roc_auc_interval(score_summary, float8, text) IS
'ROC AUC with DeLong''s interval (placement values, exact with ties), clamped to [0, 1], as pROC''s ci.auc(method = "delong"); rate is the AUC, n the verified rows. NULL with fewer than two positive or two negative rows.';

CREATE FUNCTION average_precision(summary score_summary) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_average_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION average_precision(score_summary) IS
'Average precision: the sum over thresholds of (recall gained) x precision, without interpolation, as scikit-learn''s average_precision_score. NULL without a positive row.';

-- ---- thresholds ----

CREATE FUNCTION threshold_curve(summary score_summary, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson',
    OUT threshold float8, OUT flagged bigint, OUT unverified bigint,
    OUT tp bigint, OUT fp bigint, OUT fn bigint, OUT tn bigint,
    OUT recall float8, OUT false_positive_rate float8, OUT "precision" float8, OUT false_discovery_rate float8,
    OUT recall_interval rate_interval, OUT false_positive_rate_interval rate_interval,
    OUT precision_interval rate_interval, OUT false_discovery_rate_interval rate_interval)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_threshold_curve' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION threshold_curve(score_summary, float8, text) IS
'One row per candidate threshold (a row is flagged when score >= threshold): Infinity (nothing flagged), then every score with a verified row, decreasing; the rows flagged (unverified ones too), the confusion counts of the verified rows, recall, false positive rate, precision, false discovery rate and their intervals (''wilson'' or ''clopper-pearson''); a rate is NULL when its denominator is 0. The rows are scikit-learn''s roc_curve(drop_intermediate=False) and precision_recall_curve.';

CREATE TYPE threshold_choice AS (
    threshold float8, flagged bigint, unverified bigint,
    tp bigint, fp bigint, fn bigint, tn bigint,
    metric text, rate float8, lower float8, upper float8, n bigint,
    true_alarms_lost bigint, false_alarms_avoided bigint
);
COMMENT ON TYPE threshold_choice IS
'A threshold chosen by choose_threshold: the threshold (flag score >= threshold), the rows it flags (unverified ones too), the verified confusion counts, the metric with its estimate, interval and denominator n, and what it changes against the lowest threshold (every verified row flagged): true alarms lost (= fn) and false alarms avoided (= tn).';
COMMENT ON COLUMN threshold_choice.threshold IS 'flag rows whose score >= threshold';
COMMENT ON COLUMN threshold_choice.flagged IS 'rows flagged, unverified ones included';
COMMENT ON COLUMN threshold_choice.unverified IS 'unverified rows flagged';
COMMENT ON COLUMN threshold_choice.tp IS 'verified positive rows flagged';
COMMENT ON COLUMN threshold_choice.fp IS 'verified negative rows flagged';
COMMENT ON COLUMN threshold_choice.fn IS 'verified positive rows not flagged';
COMMENT ON COLUMN threshold_choice.tn IS 'verified negative rows not flagged';
COMMENT ON COLUMN threshold_choice.metric IS 'the metric chosen by (canonical name)';
COMMENT ON COLUMN threshold_choice.rate IS 'the metric''s estimate at the threshold';
COMMENT ON COLUMN threshold_choice.lower IS 'lower bound of its interval';
COMMENT ON COLUMN threshold_choice.upper IS 'upper bound of its interval';
COMMENT ON COLUMN threshold_choice.n IS 'the metric''s denominator';
COMMENT ON COLUMN threshold_choice.true_alarms_lost IS 'verified positives the lowest threshold flags and this one does not';
COMMENT ON COLUMN threshold_choice.false_alarms_avoided IS 'verified negatives the lowest threshold flags and this one does not';

CREATE FUNCTION choose_threshold(summary score_summary, metric text, target float8,
    confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS threshold_choice
AS 'MODULE_PATHNAME', 'gl_choose_threshold' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION choose_threshold(score_summary, text, float8, float8, text) IS
'The threshold that meets target by the confidence bound of metric, not its estimate: ''false-discovery-rate'' (alias ''fp-rate'', the runbooks'' false alarms among alarms) and ''false-positive-rate'' need upper <= target; ''recall'', ''precision'' and ''specificity'' need lower >= target. Of those meeting it: the lowest threshold (most alarms kept), for recall the highest (fewest alarms). Candidates are the scores with a verified row. NULL when none meets the target.';

-- ---- calibration ----

CREATE FUNCTION brier_score(summary score_summary) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_brier_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION brier_score(score_summary) IS
'Brier score: the mean of (score - label)^2 over the verified rows, as scikit-learn''s brier_score_loss; scores must be probabilities in [0, 1]. NULL without a verified row.';

CREATE FUNCTION calibration_bins(summary score_summary, bins integer DEFAULT 10,
    OUT bin integer, OUT lower float8, OUT upper float8, OUT n bigint, OUT positives bigint,
    OUT fraction_positive float8, OUT mean_score float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_calibration_bins' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION calibration_bins(score_summary, integer) IS
'Reliability bins of the verified rows: bins of equal width over [0, 1] (a score on an inner edge in the lower bin), each non-empty bin with its rows, positives, fraction positive and mean score, as scikit-learn''s calibration_curve(strategy=''uniform''). Scores must be in [0, 1].';

CREATE FUNCTION expected_calibration_error(summary score_summary, bins integer DEFAULT 10) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_expected_calibration_error' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION expected_calibration_error(score_summary, integer) IS
'Expected calibration error: the sum over calibration_bins of n_bin / N x |fraction positive - mean score|. Scores must be in [0, 1]; NULL without a verified row.';

-- ---- proportion ----

CREATE TYPE proportion;

CREATE FUNCTION proportion_in(cstring) RETURNS proportion
AS 'MODULE_PATHNAME', 'gl_proportion_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_in(cstring) IS
'Text input of proportion: ''successes=78, trials=100'' (either order).';

CREATE FUNCTION proportion_out(proportion) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_proportion_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_out(proportion) IS
'Text output of proportion: ''successes=<n>, trials=<n>''.';

CREATE FUNCTION proportion_recv(internal) RETURNS proportion
AS 'MODULE_PATHNAME', 'gl_proportion_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_recv(internal) IS
'Binary input of proportion (int8 successes, int8 trials), validated as the text input is.';

CREATE FUNCTION proportion_send(proportion) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_proportion_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_send(proportion) IS
'Binary output of proportion: int8 successes, int8 trials.';

CREATE TYPE proportion (
    INTERNALLENGTH = 16,
    INPUT = proportion_in,
    OUTPUT = proportion_out,
    RECEIVE = proportion_recv,
    SEND = proportion_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE proportion IS
'Successes out of trials: the state of proportion(x) (the rows where x is true, out of the rows where it is not NULL), merged by rollup and compared by proportion_difference.';

CREATE FUNCTION proportion(successes bigint, trials bigint) RETURNS proportion
AS 'MODULE_PATHNAME', 'gl_proportion_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion(bigint, bigint) IS
'A proportion from its counts (0 <= successes <= trials).';

CREATE FUNCTION proportion_trans(proportion, boolean) RETURNS proportion
AS 'MODULE_PATHNAME', 'gl_proportion_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_trans(proportion, boolean) IS
'Transition function of proportion(x): counts one row (not for calling directly).';

CREATE FUNCTION proportion_combine(proportion, proportion) RETURNS proportion
AS 'MODULE_PATHNAME', 'gl_proportion_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_combine(proportion, proportion) IS
'Combine function of proportion, proportion_interval and rollup: adds the counts exactly (not for calling directly).';

CREATE FUNCTION rate(p proportion) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_proportion_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rate(proportion) IS 'successes / trials; NULL when there is no trial.';

CREATE FUNCTION proportion_interval(p proportion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_proportion_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_interval(proportion, float8, text) IS
'successes / trials with its interval (''wilson'', the default, or ''clopper-pearson''), as fp_rate_interval gives it; NULL when there is no trial.';

CREATE FUNCTION proportion_interval_final(proportion) RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_proportion_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_interval_final(proportion) IS
'Final function of the aggregate proportion_interval(x): the 95% Wilson interval (not for calling directly).';

CREATE AGGREGATE proportion(x boolean) (
    SFUNC = proportion_trans,
    STYPE = proportion,
    COMBINEFUNC = proportion_combine,
    INITCOND = 'successes=0, trials=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE proportion(boolean) IS
'The rows where x is true out of the rows where it is not NULL, as a proportion: e.g. proportion(prediction = actual_status) is a multi-class model''s accuracy, proportion(verified_status) a detection rate. rate() and proportion_interval() read it.';

CREATE AGGREGATE proportion_interval(x boolean) (
    SFUNC = proportion_trans,
    STYPE = proportion,
    COMBINEFUNC = proportion_combine,
    FINALFUNC = proportion_interval_final,
    INITCOND = 'successes=0, trials=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE proportion_interval(boolean) IS
'The share of rows where x is true with its 95% Wilson interval, as a rate_interval (like fp_rate_interval); NULL rows are skipped, NULL when none is left. Other levels and methods: proportion_interval(proportion(x), confidence, method).';

CREATE AGGREGATE rollup(proportion) (
    SFUNC = proportion_combine,
    STYPE = proportion,
    COMBINEFUNC = proportion_combine,
    INITCOND = 'successes=0, trials=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(proportion) IS
'Merges stored proportions by adding their counts exactly; NULLs are skipped.';

-- ---- comparing two proportions ----

CREATE TYPE proportion_difference_result AS (
    difference float8, lower float8, upper float8, p_value float8,
    rate_a float8, rate_b float8, n_a bigint, n_b bigint
);
COMMENT ON TYPE proportion_difference_result IS
'rate_a - rate_b with Newcombe''s hybrid score interval (lower, upper) and the p-value of the score test of equal rates; the two rates and their denominators.';
COMMENT ON COLUMN proportion_difference_result.difference IS 'rate_a - rate_b';
COMMENT ON COLUMN proportion_difference_result.lower IS 'lower bound of Newcombe''s interval of the difference';
COMMENT ON COLUMN proportion_difference_result.upper IS 'upper bound of Newcombe''s interval of the difference';
COMMENT ON COLUMN proportion_difference_result.p_value IS 'two-sided p-value of the score test of rate_a = rate_b';
COMMENT ON COLUMN proportion_difference_result.rate_a IS 'the first rate';
COMMENT ON COLUMN proportion_difference_result.rate_b IS 'the second rate';
COMMENT ON COLUMN proportion_difference_result.n_a IS 'the first rate''s denominator';
COMMENT ON COLUMN proportion_difference_result.n_b IS 'the second rate''s denominator';

CREATE FUNCTION proportion_difference(a proportion, b proportion, confidence float8 DEFAULT 0.95)
RETURNS proportion_difference_result
AS 'MODULE_PATHNAME', 'gl_proportion_difference' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_difference(proportion, proportion, float8) IS
'Compares two independent proportions (two windows, two models on different items): rate(a) - rate(b) with Newcombe''s hybrid score interval (Wilson intervals combined) and the two-sided score test p-value with the N/(N-1) variance correction, as statsmodels'' confint_proportions_2indep(method=''newcomb'') and test_proportions_2indep(method=''score''). NULL when either has no trial.';

CREATE FUNCTION proportion_difference(a confusion, b confusion, metric text, confidence float8 DEFAULT 0.95)
RETURNS proportion_difference_result
AS 'MODULE_PATHNAME', 'gl_proportion_difference_confusion' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION proportion_difference(confusion, confusion, text, float8) IS
'proportion_difference of a proportion metric of two confusion matrices: ''accuracy'', ''precision'', ''recall'', ''specificity'', ''false-positive-rate'' or ''false-discovery-rate''. NULL when either denominator is 0.';

-- ---- two models on the same items ----

CREATE TYPE paired_outcomes;

CREATE FUNCTION paired_outcomes_in(cstring) RETURNS paired_outcomes
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_in(cstring) IS
'Text input of paired_outcomes: ''both=60, a_only=25, b_only=7, neither=8'' (any order, each once).';

CREATE FUNCTION paired_outcomes_out(paired_outcomes) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_out(paired_outcomes) IS
'Text output of paired_outcomes: ''both=<n>, a_only=<n>, b_only=<n>, neither=<n>''.';

CREATE FUNCTION paired_outcomes_recv(internal) RETURNS paired_outcomes
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_recv(internal) IS
'Binary input of paired_outcomes (four int8, none negative).';

CREATE FUNCTION paired_outcomes_send(paired_outcomes) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_send(paired_outcomes) IS
'Binary output of paired_outcomes: four int8, both, a_only, b_only, neither.';

CREATE TYPE paired_outcomes (
    INTERNALLENGTH = 32,
    INPUT = paired_outcomes_in,
    OUTPUT = paired_outcomes_out,
    RECEIVE = paired_outcomes_recv,
    SEND = paired_outcomes_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE paired_outcomes IS
'Two models judged on the same items: the items both got right, only model A, only model B, and neither. Built by paired_outcomes(a_correct, b_correct), merged by rollup, tested by mcnemar_test.';

CREATE FUNCTION paired_outcomes(both_right bigint, a_only bigint, b_only bigint, neither bigint) RETURNS paired_outcomes
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes(bigint, bigint, bigint, bigint) IS
'paired_outcomes from its four counts (none negative).';

CREATE FUNCTION paired_outcomes_trans(paired_outcomes, boolean, boolean) RETURNS paired_outcomes
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_trans(paired_outcomes, boolean, boolean) IS
'Transition function of paired_outcomes(a_correct, b_correct): counts one item (not for calling directly).';

CREATE FUNCTION paired_outcomes_combine(paired_outcomes, paired_outcomes) RETURNS paired_outcomes
AS 'MODULE_PATHNAME', 'gl_paired_outcomes_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION paired_outcomes_combine(paired_outcomes, paired_outcomes) IS
'Combine function of paired_outcomes and rollup: adds the counts exactly (not for calling directly).';

CREATE AGGREGATE paired_outcomes(a_correct boolean, b_correct boolean) (
    SFUNC = paired_outcomes_trans,
    STYPE = paired_outcomes,
    COMBINEFUNC = paired_outcomes_combine,
    INITCOND = 'both=0, a_only=0, b_only=0, neither=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE paired_outcomes(boolean, boolean) IS
'Counts items by whether model A and model B were right on them; rows with a NULL are skipped.';

CREATE AGGREGATE rollup(paired_outcomes) (
    SFUNC = paired_outcomes_combine,
    STYPE = paired_outcomes,
    COMBINEFUNC = paired_outcomes_combine,
    INITCOND = 'both=0, a_only=0, b_only=0, neither=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(paired_outcomes) IS
'Merges stored paired_outcomes by adding their counts exactly; NULLs are skipped.';

CREATE TYPE mcnemar_result AS (
    statistic float8, p_value float8, a_only bigint, b_only bigint, method text
);
COMMENT ON TYPE mcnemar_result IS
'McNemar''s test of two models on the same items: the statistic (exact: the smaller discordant count; chi-square: X^2), its two-sided p-value, the discordant counts and the method.';
COMMENT ON COLUMN mcnemar_result.statistic IS 'exact: min(a_only, b_only); chi-square: X^2 with 1 degree of freedom';
COMMENT ON COLUMN mcnemar_result.p_value IS 'two-sided p-value of equal accuracy';
COMMENT ON COLUMN mcnemar_result.a_only IS 'items only model A got right';
COMMENT ON COLUMN mcnemar_result.b_only IS 'items only model B got right';
COMMENT ON COLUMN mcnemar_result.method IS 'the method used';

CREATE FUNCTION mcnemar_test(outcomes paired_outcomes, method text DEFAULT 'exact')
RETURNS mcnemar_result
AS 'MODULE_PATHNAME', 'gl_mcnemar_test' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION mcnemar_test(paired_outcomes, text) IS
'McNemar''s test of equal accuracy of two models on the same items, from the discordant counts: ''exact'' (binomial, p = min(1, 2 P(X <= min)), as statsmodels'' mcnemar(exact=True)), ''chi-square'' ((|a_only - b_only| - 1)^2 / (a_only + b_only), no correction when they are equal, as R''s mcnemar.test) or ''chi-square-uncorrected''. p = 1 without a discordant item.';
