-- greenlang 0.1: generated from src/greenlang.sql src/units/units.sql src/steam/steam.sql src/rates/rates.sql src/drift/drift.sql src/energy/energy.sql src/balance/balance.sql src/runbook/runbook.sql src/sankey/sankey.sql; do not edit.
\echo Use "CREATE EXTENSION greenlang" to load this file. \quit

-- ---- src/greenlang.sql
-- greenlang.sql - the extension itself.

CREATE FUNCTION greenlang_version() RETURNS text
AS 'MODULE_PATHNAME', 'greenlang_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION greenlang_version() IS
'The version of the loaded greenlang library and of its formulas, as ''greenlang <version>, formulas <n>''; the formulas number changes whenever any result changes. Stamp recalculated rows with it.';

-- ---- src/units/units.sql
-- units: the one unit table of greenlang, and conversion between its units.

CREATE FUNCTION convert_units(value float8, from_unit text, to_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_convert_units'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION convert_units(float8, text, text) IS
'Converts value from from_unit to to_unit (same dimension). Gauge pressures (psig, barg, kPag) are relative to 101.325 kPa; a bare "psi" is refused. See greenlang_units() for the units.';

CREATE FUNCTION greenlang_units(
    OUT unit text, OUT dimension text, OUT base_unit text,
    OUT factor float8, OUT zero_in_base float8, OUT gauge boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_units_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION greenlang_units() IS
'The unit table: each canonical unit, its dimension, its base unit, the factor to the base unit and the base value of its zero (273.15 for degC, 0.101325 MPa for psig).';

-- ---- src/steam/steam.sql
-- steam: the IAPWS-IF97 steam state type and steam property functions.

CREATE TYPE steam;

CREATE FUNCTION steam_in(cstring) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_in(cstring) IS
'Text input of steam: "name=number unit" pairs, e.g. ''p=150 psig, x=1'', ''p=1 MPa, T=300 degC'', ''p=10 bar, h=2800 kJ/kg''.';

CREATE FUNCTION steam_out(steam) RETURNS cstring
AS 'MODULE_PATHNAME', 'steam_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_out(steam) IS
'Canonical text of steam: ''p=<MPa> MPa, T=<K> K'' (plus '', x=<quality>'' when two-phase); reads back to the same value.';

CREATE FUNCTION steam_recv(internal) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_recv(internal) IS
'Binary input of steam (float8 p in MPa, T in K, x or -1), validated like text input.';

CREATE FUNCTION steam_send(steam) RETURNS bytea
AS 'MODULE_PATHNAME', 'steam_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_send(steam) IS
'Binary output of steam: float8 p (MPa), float8 T (K), float8 x (-1 when single-phase).';

CREATE TYPE steam (
    INTERNALLENGTH = 40,
    INPUT = steam_in,
    OUTPUT = steam_out,
    RECEIVE = steam_recv,
    SEND = steam_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE steam IS
'A validated water/steam state (IAPWS-IF97): pressure, temperature, region and, when two-phase, quality. Build it with steam_pt, steam_px, steam_tx, steam_ph, steam_ps or from text.';

-- constructors

CREATE FUNCTION steam_pt(p float8, p_unit text, t float8, t_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_pt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_pt(float8, text, float8, text) IS
'Steam state from pressure and temperature, e.g. steam_pt(150, ''psig'', 500, ''degF''). A point exactly on the saturation line is an error: use steam_px.';

CREATE FUNCTION steam_px(p float8, p_unit text, x float8) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_px' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_px(float8, text, float8) IS
'Saturated or wet steam from pressure and vapor quality x in [0,1] (0 saturated liquid, 1 saturated vapor).';

CREATE FUNCTION steam_tx(t float8, t_unit text, x float8) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_tx' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_tx(float8, text, float8) IS
'Saturated or wet steam from temperature and vapor quality x in [0,1].';

CREATE FUNCTION steam_ph(p float8, p_unit text, h float8, h_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_ph' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ph(float8, text, float8, text) IS
'Steam state from pressure and specific enthalpy; enthalpy() of the result returns h again.';

CREATE FUNCTION steam_ps(p float8, p_unit text, s float8, s_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_ps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ps(float8, text, float8, text) IS
'Steam state from pressure and specific entropy; entropy() of the result returns s again.';

-- accessors

CREATE FUNCTION temperature(state steam, unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION temperature(steam, text) IS
'Temperature of a steam state, in unit (default K; also degC, degF, degR).';

CREATE FUNCTION pressure(state steam, unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pressure(steam, text) IS
'Pressure of a steam state, in unit (default MPa absolute; gauge units such as psig allowed).';

CREATE FUNCTION enthalpy(state steam, unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_enthalpy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION enthalpy(steam, text) IS
'Specific enthalpy h, in unit (default kJ/kg; also J/kg, Btu/lb).';

CREATE FUNCTION internal_energy(state steam, unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_internal_energy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION internal_energy(steam, text) IS
'Specific internal energy u, in unit (default kJ/kg).';

CREATE FUNCTION entropy(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_entropy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entropy(steam, text) IS
'Specific entropy s, in unit (default kJ/(kg*K); also Btu/(lb*degF)).';

CREATE FUNCTION cp(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_cp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cp(steam, text) IS
'Specific isobaric heat capacity, in unit (default kJ/(kg*K)); NULL for a two-phase state, where it is undefined.';

CREATE FUNCTION cv(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_cv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cv(steam, text) IS
'Specific isochoric heat capacity, in unit (default kJ/(kg*K)); NULL for a two-phase state.';

CREATE FUNCTION specific_volume(state steam, unit text DEFAULT 'm3/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_specific_volume' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specific_volume(steam, text) IS
'Specific volume v, in unit (default m3/kg; also ft3/lb); the mixture value for a two-phase state.';

CREATE FUNCTION density(state steam, unit text DEFAULT 'kg/m3') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_density' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION density(steam, text) IS
'Density 1/v, in unit (default kg/m3; also lb/ft3).';

CREATE FUNCTION speed_of_sound(state steam, unit text DEFAULT 'm/s') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_speed_of_sound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speed_of_sound(steam, text) IS
'Speed of sound w, in unit (default m/s); NULL for a two-phase state.';

CREATE FUNCTION quality(state steam) RETURNS float8
AS 'MODULE_PATHNAME', 'steam_quality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quality(steam) IS
'Vapor quality x (vapor mass fraction) of a two-phase state; NULL for a single-phase state.';

CREATE FUNCTION region(state steam) RETURNS integer
AS 'MODULE_PATHNAME', 'steam_region' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION region(steam) IS
'IAPWS-IF97 region of the state: 1 liquid, 2 vapor, 3 near-critical, 4 two-phase (saturation), 5 high-temperature vapor.';

CREATE FUNCTION phase(state steam) RETURNS text
AS 'MODULE_PATHNAME', 'steam_phase' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION phase(steam) IS
'Phase of the state: liquid, vapor, supercritical, saturated liquid, saturated vapor or two-phase.';

-- saturation line

CREATE FUNCTION saturation_temperature(p float8, p_unit text, out_unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_saturation_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_temperature(float8, text, text) IS
'Saturation (boiling) temperature at pressure p, from the triple point to the critical point; in out_unit (default K).';

CREATE FUNCTION saturation_pressure(t float8, t_unit text, out_unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_saturation_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_pressure(float8, text, text) IS
'Saturation (vapor) pressure at temperature t, 273.15 K to 647.096 K; in out_unit (default MPa absolute).';

CREATE FUNCTION latent_heat(p float8, p_unit text, out_unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_latent_heat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION latent_heat(float8, text, text) IS
'Latent heat of vaporization h_fg = h'''' - h'' at pressure p; in out_unit (default kJ/kg; Btu/lb for US tables).';

-- ---- src/rates/rates.sql
-- rates: model-monitoring aggregates.  fp_rate and fp_rate_interval (the
-- share of alarms verified false), the confusion type with its aggregates
-- confusion(predicted, actual) and rollup(confusion), and the metrics and
-- intervals read from a confusion matrix.

CREATE TYPE rate_interval AS (rate float8, lower float8, upper float8, n bigint);
COMMENT ON TYPE rate_interval IS
'A proportion with its confidence interval: rate (the estimate), lower and upper (the interval bounds) and n (the number of observations behind the rate, its denominator).';

-- ---- fp_tally: the state of fp_rate and fp_rate_interval ----

CREATE TYPE fp_tally;

CREATE FUNCTION fp_tally_in(cstring) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_tally_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_in(cstring) IS
'Text input of fp_tally: ''tp=7, fp=3'', or with the interval settings ''tp=7, fp=3, confidence=0.95, method=wilson''.';

CREATE FUNCTION fp_tally_out(fp_tally) RETURNS cstring
AS 'MODULE_PATHNAME', 'fp_tally_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_out(fp_tally) IS
'Canonical text of fp_tally: ''tp=<n>, fp=<n>'' plus '', confidence=<c>, method=<m>'' when set; reads back to the same value.';

CREATE FUNCTION fp_tally_recv(internal) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_tally_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_recv(internal) IS
'Binary input of fp_tally (int8 tp, int8 fp, float8 confidence, int4 method), validated.';

CREATE FUNCTION fp_tally_send(fp_tally) RETURNS bytea
AS 'MODULE_PATHNAME', 'fp_tally_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'fp_tally_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_eq(fp_tally, fp_tally) IS
'True when both tallies have the same counts, confidence and method.';

CREATE FUNCTION fp_tally_ne(fp_tally, fp_tally) RETURNS boolean
AS 'MODULE_PATHNAME', 'fp_tally_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_ne(fp_tally, fp_tally) IS
'True when the tallies differ in a count, the confidence or the method.';

CREATE OPERATOR = (LEFTARG = fp_tally, RIGHTARG = fp_tally, PROCEDURE = fp_tally_eq,
                   COMMUTATOR = =, NEGATOR = <>);
COMMENT ON OPERATOR = (fp_tally, fp_tally) IS 'equal counts, confidence and method';
CREATE OPERATOR <> (LEFTARG = fp_tally, RIGHTARG = fp_tally, PROCEDURE = fp_tally_ne,
                    COMMUTATOR = <>, NEGATOR = =);
COMMENT ON OPERATOR <> (fp_tally, fp_tally) IS 'different counts, confidence or method';

CREATE FUNCTION fp_rate_accum(fp_tally, boolean) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_rate_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_accum(fp_tally, boolean) IS
'Transition function of fp_rate and fp_rate_interval: counts one verified alarm (true: false positive).';

CREATE FUNCTION fp_rate_accum(fp_tally, boolean, float8) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_rate_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_accum(fp_tally, boolean, float8) IS
'Transition function of fp_rate_interval(is_false_positive, confidence): counts one verified alarm and records the confidence.';

CREATE FUNCTION fp_rate_accum(fp_tally, boolean, float8, text) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_rate_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_accum(fp_tally, boolean, float8, text) IS
'Transition function of fp_rate_interval(is_false_positive, confidence, method): counts one verified alarm and records the confidence and method.';

CREATE FUNCTION fp_tally_combine(fp_tally, fp_tally) RETURNS fp_tally
AS 'MODULE_PATHNAME', 'fp_tally_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_tally_combine(fp_tally, fp_tally) IS
'Combine function of fp_rate and fp_rate_interval: adds the counts exactly (error 22003 on bigint overflow).';

CREATE FUNCTION fp_rate_final(fp_tally) RETURNS float8
AS 'MODULE_PATHNAME', 'fp_rate_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_final(fp_tally) IS
'Final function of fp_rate: fp / (tp + fp), NULL when no alarm was verified.';

CREATE FUNCTION fp_rate_interval_final(fp_tally) RETURNS rate_interval
AS 'MODULE_PATHNAME', 'fp_rate_interval_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_interval_final(fp_tally) IS
'Final function of fp_rate_interval: fp / (tp + fp) with its interval (0.95 and wilson unless given), NULL when no alarm was verified.';

CREATE AGGREGATE fp_rate(is_false_positive boolean) (
    SFUNC = fp_rate_accum,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate(boolean) IS
'False-positive rate of alarms: the share of verified alarms that were false, FP / (TP + FP). NULL rows (not yet verified) do not count; NULL when no row is verified.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean) (
    SFUNC = fp_rate_accum,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean) IS
'fp_rate with its 95% Wilson score interval, as a rate_interval (rate, lower, upper, n). NULL when no row is verified.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean, confidence float8) (
    SFUNC = fp_rate_accum,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean, float8) IS
'fp_rate with its Wilson score interval at the given confidence (0 < confidence < 1, the same on every row), as a rate_interval.';

CREATE AGGREGATE fp_rate_interval(is_false_positive boolean, confidence float8, method text) (
    SFUNC = fp_rate_accum,
    STYPE = fp_tally,
    COMBINEFUNC = fp_tally_combine,
    FINALFUNC = fp_rate_interval_final,
    INITCOND = 'tp=0, fp=0',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE fp_rate_interval(boolean, float8, text) IS
'fp_rate with its interval at the given confidence by method ''wilson'' (score interval) or ''clopper-pearson'' (exact), as a rate_interval.';

-- ---- confusion ----

CREATE TYPE confusion;

CREATE FUNCTION confusion_in(cstring) RETURNS confusion
AS 'MODULE_PATHNAME', 'confusion_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_in(cstring) IS
'Text input of confusion: the four counts, e.g. ''tp=90, fp=10, fn=15, tn=885'' (any order, each once).';

CREATE FUNCTION confusion_out(confusion) RETURNS cstring
AS 'MODULE_PATHNAME', 'confusion_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_out(confusion) IS
'Canonical text of confusion: ''tp=<n>, fp=<n>, fn=<n>, tn=<n>''; reads back to the same value.';

CREATE FUNCTION confusion_recv(internal) RETURNS confusion
AS 'MODULE_PATHNAME', 'confusion_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_recv(internal) IS
'Binary input of confusion (four int8: tp, fp, fn, tn), validated.';

CREATE FUNCTION confusion_send(confusion) RETURNS bytea
AS 'MODULE_PATHNAME', 'confusion_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
AS 'MODULE_PATHNAME', 'confusion_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_eq(confusion, confusion) IS
'True when all four counts are equal.';

CREATE FUNCTION confusion_ne(confusion, confusion) RETURNS boolean
AS 'MODULE_PATHNAME', 'confusion_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_ne(confusion, confusion) IS
'True when any of the four counts differs.';

CREATE OPERATOR = (LEFTARG = confusion, RIGHTARG = confusion, PROCEDURE = confusion_eq,
                   COMMUTATOR = =, NEGATOR = <>);
COMMENT ON OPERATOR = (confusion, confusion) IS 'equal counts';
CREATE OPERATOR <> (LEFTARG = confusion, RIGHTARG = confusion, PROCEDURE = confusion_ne,
                    COMMUTATOR = <>, NEGATOR = =);
COMMENT ON OPERATOR <> (confusion, confusion) IS 'different counts';

CREATE FUNCTION confusion(tp bigint, fp bigint, fn bigint, tn bigint) RETURNS confusion
AS 'MODULE_PATHNAME', 'confusion_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion(bigint, bigint, bigint, bigint) IS
'A confusion matrix from its four counts (none negative).';

CREATE FUNCTION confusion_accum(confusion, boolean, boolean) RETURNS confusion
AS 'MODULE_PATHNAME', 'confusion_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_accum(confusion, boolean, boolean) IS
'Transition function of confusion(predicted, actual): counts one classified row.';

CREATE FUNCTION confusion_combine(confusion, confusion) RETURNS confusion
AS 'MODULE_PATHNAME', 'confusion_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION confusion_combine(confusion, confusion) IS
'The sum of two confusion matrices, count by count (error 22003 on bigint overflow): combine function of confusion() and rollup().';

CREATE AGGREGATE confusion(predicted boolean, actual boolean) (
    SFUNC = confusion_accum,
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
AS 'MODULE_PATHNAME', 'confusion_tp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tp(confusion) IS 'True positives: predicted positive, actually positive.';

CREATE FUNCTION fp(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'confusion_fp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp(confusion) IS 'False positives: predicted positive, actually negative.';

CREATE FUNCTION fn(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'confusion_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fn(confusion) IS 'False negatives: predicted negative, actually positive.';

CREATE FUNCTION tn(confusion) RETURNS bigint
AS 'MODULE_PATHNAME', 'confusion_tn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tn(confusion) IS 'True negatives: predicted negative, actually negative.';

-- metrics (NULL when the denominator is zero)

-- PRECISION is an SQL keyword (as in DOUBLE PRECISION): PostgreSQL parses
-- "precision"(c), quoted, or schema-qualified, as a call; ppv(c) is the
-- same function under a name that needs no quotes.
CREATE FUNCTION "precision"(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION "precision"(confusion) IS
'Precision (positive predictive value) TP / (TP + FP); NULL when nothing was predicted positive. A keyword: write "precision"(c) in double quotes, or ppv(c).';

CREATE FUNCTION ppv(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_precision' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ppv(confusion) IS
'Precision (positive predictive value) TP / (TP + FP), the same as "precision"(c) without the quotes; NULL when nothing was predicted positive.';

CREATE FUNCTION recall(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_recall' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION recall(confusion) IS
'Recall (sensitivity, true-positive rate) TP / (TP + FN); NULL when there is no actual positive.';

CREATE FUNCTION specificity(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_specificity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specificity(confusion) IS
'Specificity (true-negative rate) TN / (TN + FP); NULL when there is no actual negative.';

CREATE FUNCTION false_positive_rate(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_false_positive_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_positive_rate(confusion) IS
'False-positive rate (fall-out) FP / (FP + TN) = 1 - specificity; NULL when there is no actual negative. The runbook''s "false positive rate" of alarms is false_discovery_rate (or the aggregate fp_rate).';

CREATE FUNCTION false_discovery_rate(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_false_discovery_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_discovery_rate(confusion) IS
'False discovery rate FP / (TP + FP) = 1 - precision: the share of positive predictions (alarms) that were false; NULL when nothing was predicted positive.';

CREATE FUNCTION accuracy(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_accuracy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION accuracy(confusion) IS
'Accuracy (TP + TN) / (TP + FP + FN + TN); NULL when all counts are zero.';

CREATE FUNCTION f1(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_f1' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION f1(confusion) IS
'F1 score 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; NULL when TP + FP + FN = 0.';

CREATE FUNCTION mcc(confusion) RETURNS float8
AS 'MODULE_PATHNAME', 'confusion_mcc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION mcc(confusion) IS
'Matthews correlation coefficient (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)), between -1 and 1; NULL when any of the four sums is zero.';

-- intervals (NULL when the denominator is zero)

CREATE FUNCTION precision_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_precision_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION precision_interval(confusion, float8, text) IS
'Precision TP / (TP + FP) with its confidence interval (method ''wilson'', the default, or ''clopper-pearson''), as a rate_interval; n = TP + FP.';

CREATE FUNCTION recall_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_recall_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION recall_interval(confusion, float8, text) IS
'Recall TP / (TP + FN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FN.';

CREATE FUNCTION specificity_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_specificity_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specificity_interval(confusion, float8, text) IS
'Specificity TN / (TN + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TN + FP.';

CREATE FUNCTION false_positive_rate_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_false_positive_rate_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_positive_rate_interval(confusion, float8, text) IS
'False-positive rate FP / (FP + TN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = FP + TN.';

CREATE FUNCTION false_discovery_rate_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_false_discovery_rate_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION false_discovery_rate_interval(confusion, float8, text) IS
'False discovery rate FP / (TP + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FP.';

CREATE FUNCTION accuracy_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_accuracy_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION accuracy_interval(confusion, float8, text) IS
'Accuracy (TP + TN) / N with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = N.';

CREATE FUNCTION f1_interval(c confusion, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson')
RETURNS rate_interval
AS 'MODULE_PATHNAME', 'confusion_f1_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION f1_interval(confusion, float8, text) IS
'F1 with a confidence interval: the interval of J = TP / (TP + FP + FN) (''wilson'' or ''clopper-pearson'') mapped through F1 = 2J / (1 + J); n = TP + FP + FN.';

-- ---- src/drift/drift.sql
-- drift.sql - feature drift between a baseline and a current sample:
-- the two-sample Kolmogorov-Smirnov test (ks_drift) and the population
-- stability index (psi), as aggregates over a drift_state summary.

CREATE TYPE drift_state;

CREATE FUNCTION drift_state_in(cstring) RETURNS drift_state
AS 'MODULE_PATHNAME', 'drift_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_in(cstring) IS
'Input function of drift_state: ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...} or psi(<bins>){...}; entries in any order, repeated values are added.';

CREATE FUNCTION drift_state_out(drift_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'drift_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_out(drift_state) IS
'Output function of drift_state: values in increasing order, each in the shortest decimal form that reads back to the same float8, so the text form round-trips exactly.';

CREATE FUNCTION drift_state_recv(internal) RETURNS drift_state
AS 'MODULE_PATHNAME', 'drift_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_recv(internal) IS
'Binary input function of drift_state.';

CREATE FUNCTION drift_state_send(drift_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'drift_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_send(drift_state) IS
'Binary output function of drift_state: kind, alternative, method (1 byte each), bins (int4), number of points (int8), then per point value (float8), n_baseline and n_current (int4).';

CREATE TYPE drift_state (
	INPUT = drift_state_in,
	OUTPUT = drift_state_out,
	RECEIVE = drift_state_recv,
	SEND = drift_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE drift_state IS
'State of the ks_drift and psi aggregates: the distinct values seen, each with its count in the baseline and in the current sample (16 bytes per distinct value, so a stored state takes at most 16 bytes per row), and the test options.';

CREATE TYPE ks_drift_result AS (
	statistic float8,
	p_value float8,
	n_baseline bigint,
	n_current bigint,
	method text
);
COMMENT ON TYPE ks_drift_result IS
'Result of ks_drift: the KS statistic (D, D+ or D-), its p-value, the two sample sizes and the method used (exact or asymp).';

-- ---- support functions ----

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean) RETURNS drift_state
AS 'MODULE_PATHNAME', 'ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean) IS
'Transition function of ks_drift(value, is_current): adds one observation; rows with a NULL argument are skipped.';

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean, text) RETURNS drift_state
AS 'MODULE_PATHNAME', 'ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean, text) IS
'Transition function of ks_drift(value, is_current, alternative).';

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean, text, text) RETURNS drift_state
AS 'MODULE_PATHNAME', 'ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean, text, text) IS
'Transition function of ks_drift(value, is_current, alternative, method).';

CREATE FUNCTION psi_trans(drift_state, float8, boolean) RETURNS drift_state
AS 'MODULE_PATHNAME', 'psi_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION psi_trans(drift_state, float8, boolean) IS
'Transition function of psi(value, is_current) (10 bins): adds one observation; rows with a NULL argument are skipped.';

CREATE FUNCTION psi_trans(drift_state, float8, boolean, integer) RETURNS drift_state
AS 'MODULE_PATHNAME', 'psi_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION psi_trans(drift_state, float8, boolean, integer) IS
'Transition function of psi(value, is_current, bins).';

CREATE FUNCTION drift_state_combine(drift_state, drift_state) RETURNS drift_state
AS 'MODULE_PATHNAME', 'drift_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_combine(drift_state, drift_state) IS
'Combine function of ks_drift and psi: merges two summaries (adds the counts of equal values); NULL or empty states are accepted; the options must agree.';

CREATE FUNCTION ks_drift_final(drift_state) RETURNS ks_drift_result
AS 'MODULE_PATHNAME', 'ks_drift_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_final(drift_state) IS
'Final function of ks_drift: the two-sample KS test of the summary with its alternative and method; NULL when a sample is empty.';

CREATE FUNCTION psi_final(drift_state) RETURNS float8
AS 'MODULE_PATHNAME', 'psi_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION psi_final(drift_state) IS
'Final function of psi: the population stability index of the summary; NULL when a sample is empty.';

-- ---- ks_drift ----

CREATE AGGREGATE ks_drift(value float8, is_current boolean) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean) IS
'Two-sample Kolmogorov-Smirnov test of the baseline rows (is_current false) against the current rows (true), two-sided, method auto (exact, conditional on ties, when both samples have at most 10000 rows; else asymptotic). NULLs are skipped; NULL when a sample is empty; NaN or infinite values are an error.';

CREATE AGGREGATE ks_drift(value float8, is_current boolean, alternative text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean, text) IS
'Two-sample KS test with alternative ''two-sided'', ''less'' or ''greater'' (scipy''s meaning: ''greater'' tests whether the baseline CDF lies above the current one somewhere, D+ = max(F_baseline - F_current)); method auto.';

CREATE AGGREGATE ks_drift(value float8, is_current boolean, alternative text, method text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean, text, text) IS
'Two-sample KS test with an alternative and a method: ''exact'' (permutation distribution conditional on the ties, Schroer-Trenkler), ''asymp'' (Kolmogorov distribution at round(n1 n2 / (n1 + n2)); Hodges for one-sided) or ''auto'' (exact when max(n1, n2) <= 10000).';

CREATE FUNCTION ks_drift(baseline float8[], current float8[],
						 alternative text DEFAULT 'two-sided',
						 method text DEFAULT 'auto')
RETURNS ks_drift_result
AS 'MODULE_PATHNAME', 'ks_drift_arrays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift(float8[], float8[], text, text) IS
'Two-sample KS test of two arrays (NULL elements skipped), as the ks_drift aggregate: baseline, current, alternative (default two-sided), method (default auto).';

-- ---- psi ----

CREATE AGGREGATE psi(value float8, is_current boolean) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE psi(float8, boolean) IS
'Population stability index of the current rows (is_current true) against the baseline rows, 10 bins at the baseline deciles (type-1 quantiles, bins closed on the right), empty-bin share taken as 0.0001. NULLs skipped; NULL when a sample is empty.';

CREATE AGGREGATE psi(value float8, is_current boolean, bins integer) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE psi(float8, boolean, integer) IS
'Population stability index with bins (>= 2) at the baseline quantiles j/bins (type-1, equal edges merged, bins closed on the right); an empty bin''s share is taken as 0.0001.';

CREATE FUNCTION psi(baseline float8[], current float8[], bins integer DEFAULT 10)
RETURNS float8
AS 'MODULE_PATHNAME', 'psi_arrays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION psi(float8[], float8[], integer) IS
'Population stability index of two arrays (NULL elements skipped), as the psi aggregate.';

-- ---- src/energy/energy.sql
-- energy: steam through failed traps, the energy it carries, fuel, cost and CO2.
-- Formulas, sources and worked examples: docs/energy.md.

CREATE FUNCTION trap_leak_rate(pressure float8, pressure_unit text,
                               orifice_diameter float8, diameter_unit text,
                               failure_mode text DEFAULT 'blow-through',
                               discharge_coefficient float8 DEFAULT 0.6,
                               out_unit text DEFAULT 'kg/h',
                               discharge_to text DEFAULT 'atmosphere')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_trap_leak_rate_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION trap_leak_rate(float8, text, float8, text, text, float8, text, text) IS
'Steam mass flow through a failed trap orifice by Napier''s rule on ABSOLUTE upstream pressure (gauge units converted): 40.4 x Cd x P[psia] x D[in]^2 lb/h (3600/70 x pi/4 = 40.39, rounded as in the industry form), times the failure_mode factor (blow-through 1, leaking 0.25, rapid-cycling 0.2, ok/plugged/flooded 0) and the discharge_to factor (atmosphere 1, closed-return 0.5). Cd 0.6 gives the 24.24 x P x D^2 form, 0.7291 the DOE Steam Tip #1 table.';

-- energy carried by the lost steam

CREATE FUNCTION steam_energy_loss(pressure float8, pressure_unit text,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8 DEFAULT 8760,
                                  basis text DEFAULT 'latent',
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(float8, text, float8, text, float8, text, text) IS
'Energy carried away by dry saturated steam at pressure leaking at leak_rate for hours: mass x h_fg(p) (IAPWS-IF97), basis ''latent''. For the ''feedwater'' basis pass a feedwater temperature instead of basis.';

CREATE FUNCTION steam_energy_loss(pressure float8, pressure_unit text,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8,
                                  feedwater_temperature float8,
                                  feedwater_temperature_unit text,
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_fw' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(float8, text, float8, text, float8, float8, text, text) IS
'Energy to make anew the dry saturated steam lost at pressure (''feedwater'' basis): mass x (h_g(p) - h(p, feedwater_temperature)), the feedwater pumped to line pressure (IAPWS-IF97).';

CREATE FUNCTION steam_energy_loss(state steam,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8 DEFAULT 8760,
                                  basis text DEFAULT 'latent',
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_state' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(steam, float8, text, float8, text, text) IS
'Energy carried away by steam in a measured state (superheated, saturated or wet): mass x (h(state) - h_f(p)), basis ''latent''. A liquid state at most 2 K below saturation counts as saturated steam; further below it is an error.';

CREATE FUNCTION steam_energy_loss(state steam,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8,
                                  feedwater_temperature float8,
                                  feedwater_temperature_unit text,
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_state_fw' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(steam, float8, text, float8, float8, text, text) IS
'Energy to make anew the steam lost in a measured state (''feedwater'' basis): mass x (h(state) - h(p, feedwater_temperature)).';

CREATE FUNCTION steam_energy_loss_pt(pressure float8, pressure_unit text,
                                     temperature float8, temperature_unit text,
                                     leak_rate float8, leak_rate_unit text,
                                     hours float8 DEFAULT 8760,
                                     basis text DEFAULT 'latent',
                                     out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_pt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, text, text) IS
'steam_energy_loss for a (pressure, temperature) reading: superheated above Tsat(p), saturated steam from 2 K below Tsat up to Tsat (e.g. 150 psig at 365.8 degF), an error (not steam) further below. Basis ''latent'': mass x (h - h_f(p)).';

CREATE FUNCTION steam_energy_loss_pt(pressure float8, pressure_unit text,
                                     temperature float8, temperature_unit text,
                                     leak_rate float8, leak_rate_unit text,
                                     hours float8,
                                     feedwater_temperature float8,
                                     feedwater_temperature_unit text,
                                     out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_pt_fw' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, float8, text, text) IS
'steam_energy_loss_pt on the ''feedwater'' basis: mass x (h(reading) - h(p, feedwater_temperature)).';

CREATE FUNCTION steam_reading(pressure float8, pressure_unit text,
                              temperature float8, temperature_unit text,
                              saturation_tolerance float8 DEFAULT 2,
                              tolerance_unit text DEFAULT 'K')
RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_reading_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_reading(float8, text, float8, text, float8, text) IS
'A (pressure, temperature) reading of a steam line as a steam state: superheated above Tsat(p); saturated vapor (x = 1) from Tsat - saturation_tolerance (a temperature difference, default 2 K) up to Tsat; an error (not steam) further below.';

-- fuel, cost, CO2

CREATE FUNCTION fuel_energy(energy float8, energy_unit text,
                            boiler_efficiency float8 DEFAULT 0.80,
                            out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fuel_energy_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fuel_energy(float8, text, float8, text) IS
'Fuel energy a boiler burns to deliver energy in steam: energy / boiler_efficiency, the efficiency a fraction in (0, 1] (default 0.80).';

CREATE FUNCTION energy_cost(energy float8, energy_unit text,
                            price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_energy_cost' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_cost(float8, text, float8, text) IS
'Cost of energy at price per price_per_unit (an energy unit), e.g. energy_cost(93.6, ''MMBtu'', 6.23, ''MMBtu''); in the currency of price. Price fuel energy, not steam energy: see fuel_energy.';

CREATE FUNCTION steam_cost(mass float8, mass_unit text,
                           price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_cost_mass' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_cost(float8, text, float8, text) IS
'Cost of a mass of steam at price per price_per_unit (a mass unit, e.g. ''klb'' = 1000 lb, ''t'' = 1000 kg); in the currency of price.';

CREATE FUNCTION steam_cost(leak_rate float8, leak_rate_unit text, hours float8,
                           price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_cost_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_cost(float8, text, float8, float8, text) IS
'Cost of steam leaking at leak_rate for hours, at price per price_per_unit (a mass unit, e.g. ''klb'' = 1000 lb); in the currency of price.';

CREATE FUNCTION steam_unit_cost(specific_energy float8, specific_energy_unit text,
                                fuel_price float8, fuel_price_per_unit text,
                                boiler_efficiency float8 DEFAULT 0.80,
                                per_unit text DEFAULT 'klb')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_unit_cost_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_unit_cost(float8, text, float8, text, float8, text) IS
'Price of one per_unit (a mass, default klb = 1000 lb) of steam from the fuel price: specific_energy x mass / boiler_efficiency x fuel_price per fuel_price_per_unit (an energy unit).';

CREATE FUNCTION fuel_co2_kg(fuel_energy float8, energy_unit text,
                            kg_co2_per_unit float8 DEFAULT 53.06,
                            per_unit text DEFAULT 'MMBtu')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fuel_co2_kg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fuel_co2_kg(float8, text, float8, text) IS
'kg of CO2 from burning fuel_energy: fuel energy x kg_co2_per_unit per per_unit; default US EPA natural gas, 53.06 kg CO2/MMBtu (HHV, 40 CFR 98 Subpart C Table C-1).';

-- ---- src/balance/balance.sql
-- balance: thermal efficiency and the energy balance of meter readings.

CREATE FUNCTION thermal_efficiency(useful_output float8, total_input float8) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_thermal_efficiency_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION thermal_efficiency(float8, float8) IS
'Thermal efficiency by the direct method, useful_output / total_input, as a fraction in [0, 1]; both in one energy unit. total_input <= 0 is 22012; a negative output or an output above the input (efficiency above 100 %) is 22003.';

CREATE FUNCTION thermal_efficiency(useful_output float8, output_unit text, total_input float8, input_unit text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_thermal_efficiency_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION thermal_efficiency(float8, text, float8, text) IS
'Thermal efficiency as a fraction, output and input each in its own energy unit, e.g. thermal_efficiency(950, ''kWh'', 3.78, ''GJ''); errors as for thermal_efficiency(float8, float8).';

-- the state of energy_balance: exact per-direction totals in nanojoules

CREATE TYPE energy_balance_state;

CREATE FUNCTION energy_balance_state_in(cstring) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_in(cstring) IS
'Text input of energy_balance_state: ''input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<fraction or default>''.';

CREATE FUNCTION energy_balance_state_out(energy_balance_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_out(energy_balance_state) IS
'Canonical text of energy_balance_state: exact totals in nanojoules with their reading counts and the tolerance; reads back to the same state.';

CREATE FUNCTION energy_balance_state_recv(internal) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_recv(internal) IS
'Binary input of energy_balance_state, validated like text input.';

CREATE FUNCTION energy_balance_state_send(energy_balance_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_send(energy_balance_state) IS
'Binary output of energy_balance_state: per direction (input, output, loss) int8 high and low half of the total in nJ and int8 count, then float8 tolerance (-1: default).';

CREATE TYPE energy_balance_state (
    INTERNALLENGTH = 80,
    INPUT = energy_balance_state_in,
    OUTPUT = energy_balance_state_out,
    RECEIVE = energy_balance_state_recv,
    SEND = energy_balance_state_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE energy_balance_state IS
'Running state of energy_balance: input, output and loss totals as exact integers of nanojoules (order-independent sums), reading counts and the tolerance.';

CREATE TYPE energy_balance_result AS (
    input_kwh float8,
    output_kwh float8,
    loss_kwh float8,
    efficiency float8,
    unaccounted_kwh float8,
    unaccounted_fraction float8,
    closes boolean,
    tolerance float8,
    readings bigint
);
COMMENT ON TYPE energy_balance_result IS
'Result of energy_balance: totals in kWh, efficiency = output / input, unaccounted = input - output - loss (kWh and fraction of input), closes = |unaccounted fraction| <= tolerance, the tolerance used and the number of readings.';

CREATE FUNCTION energy_balance_trans(energy_balance_state, float8, text, text) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state, float8, text, text) IS
'Transition function of energy_balance(value, unit, direction): adds one reading.';

CREATE FUNCTION energy_balance_trans(energy_balance_state, float8, text, text, float8) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_trans_tol' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state, float8, text, text, float8) IS
'Transition function of energy_balance(value, unit, direction, tolerance): adds one reading and fixes the tolerance of the group.';

CREATE FUNCTION energy_balance_combine(energy_balance_state, energy_balance_state) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_combine(energy_balance_state, energy_balance_state) IS
'Combine function of energy_balance: adds two partial states exactly (either may be empty).';

CREATE FUNCTION energy_balance_final(energy_balance_state) RETURNS energy_balance_result
AS 'MODULE_PATHNAME', 'gl_energy_balance_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_final(energy_balance_state) IS
'Final function of energy_balance: the energy_balance_result of a state, NULL when it holds no reading.';

CREATE AGGREGATE energy_balance(value float8, unit text, direction text) (
    SFUNC = energy_balance_trans,
    STYPE = energy_balance_state,
    FINALFUNC = energy_balance_final,
    COMBINEFUNC = energy_balance_combine,
    INITCOND = 'input=0/0, output=0/0, loss=0/0, tolerance=default',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE energy_balance(float8, text, text) IS
'Energy balance of meter readings: value in an energy unit (kWh, MWh, GJ, MMBtu, therm, Btu, J, kJ, MJ, ...), direction ''input'', ''output'' or ''loss''; totals in kWh, efficiency, unaccounted energy and whether the balance closes within 5 %. Exact, order-independent sums (1 nJ resolution).';

CREATE AGGREGATE energy_balance(value float8, unit text, direction text, tolerance float8) (
    SFUNC = energy_balance_trans,
    STYPE = energy_balance_state,
    FINALFUNC = energy_balance_final,
    COMBINEFUNC = energy_balance_combine,
    INITCOND = 'input=0/0, output=0/0, loss=0/0, tolerance=default',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE energy_balance(float8, text, text, float8) IS
'energy_balance with a tolerance (a fraction in [0, 1], e.g. 0.10 for the GL-009 lenient mode), the same for every row of a group.';

-- ---- src/runbook/runbook.sql
-- runbook: incident priority (GL-008 impact matrix) and the GL-008/GL-009
-- threshold rules.

CREATE FUNCTION incident_priority(impact text, sites integer) RETURNS text
AS 'MODULE_PATHNAME', 'gl_incident_priority_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION incident_priority(text, integer) IS
'GL-008 priority P0..P4 of an incident from its impact (''complete outage'', ''major degradation'', ''minor issues'', ''cosmetic'') and the number of affected sites (bands 1-10, 11-50, 51-100, more than 100).';

CREATE FUNCTION fp_rate_priority(rate float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_fp_rate_priority_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_priority(float8) IS
'GL-008 false-positive surge rule: a false-positive rate (fraction of FAILED detections verified FALSE_POSITIVE) above 0.30 is ''P2'', otherwise ''none''.';

CREATE FUNCTION efficiency_severity(efficiency float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_efficiency_severity_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION efficiency_severity(float8) IS
'GL-009 data-integrity rule: an efficiency (a fraction) below 0 or above 1 (outside 0-100 %) is ''SEV1'', otherwise ''none''.';

CREATE FUNCTION calculation_success_severity(success_rate float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_calculation_success_severity_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION calculation_success_severity(float8) IS
'GL-009 severity by calculation success rate (a fraction): below 0.05 (error rate above 95 %) ''SEV1'', below 0.90 ''SEV2'', 0.90 to 0.95 inclusive ''SEV3'', above 0.95 ''none''.';

-- ---- src/sankey/sankey.sql
-- sankey: Sankey diagrams of flows between named nodes, drawn as SVG.

CREATE TYPE sankey_flows;

CREATE FUNCTION sankey_flows_in(cstring) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'sankey_flows_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_in(cstring) IS
'Text input of sankey_flows: [options="<options>";] "<source>"->"<target>":<value>; ... (names double-quoted, a quote doubled).';

CREATE FUNCTION sankey_flows_out(sankey_flows) RETURNS cstring
AS 'MODULE_PATHNAME', 'sankey_flows_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_out(sankey_flows) IS
'Text output of sankey_flows: the options and every flow in arrival order, values as the shortest decimal that reads back exactly.';

CREATE FUNCTION sankey_flows_recv(internal) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'sankey_flows_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_recv(internal) IS
'Binary input of sankey_flows, validated like text input.';

CREATE FUNCTION sankey_flows_send(sankey_flows) RETURNS bytea
AS 'MODULE_PATHNAME', 'sankey_flows_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_send(sankey_flows) IS
'Binary output of sankey_flows: int4 flow count, int4 options length and bytes, then per flow int4 length and bytes of source and target, float8 value.';

CREATE TYPE sankey_flows (
    INTERNALLENGTH = VARIABLE,
    INPUT = sankey_flows_in,
    OUTPUT = sankey_flows_out,
    RECEIVE = sankey_flows_recv,
    SEND = sankey_flows_send,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE sankey_flows IS
'The (source, target, value) flows and the options text collected by sankey_svg: its aggregate state, also storable; sankey_svg(sankey_flows) draws it.';

CREATE FUNCTION sankey_flows_add(state sankey_flows, source text, target text, value float8)
RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'sankey_flows_add' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_add(sankey_flows, text, text, float8) IS
'Transition function of sankey_svg(source, target, value): adds one flow (a row with a NULL is skipped; a negative, NaN or infinite value is an error).';

CREATE FUNCTION sankey_flows_add(state sankey_flows, source text, target text, value float8, options text)
RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'sankey_flows_add_options' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_add(sankey_flows, text, text, float8, text) IS
'Transition function of sankey_svg(source, target, value, options): adds one flow; options must be the same in every row.';

CREATE FUNCTION sankey_flows_combine(sankey_flows, sankey_flows) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'sankey_flows_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_combine(sankey_flows, sankey_flows) IS
'Combine function of sankey_svg: the flows of both partial states (either may be NULL).';

CREATE FUNCTION sankey_svg(flows sankey_flows) RETURNS text
AS 'MODULE_PATHNAME', 'sankey_svg_render' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_svg(sankey_flows) IS
'The SVG document of a Sankey diagram of the flows (the final function of the sankey_svg aggregates).';

CREATE AGGREGATE sankey_svg(source text, target text, value float8) (
    SFUNC = sankey_flows_add,
    STYPE = sankey_flows,
    FINALFUNC = sankey_svg,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_svg(text, text, float8) IS
'SVG document (text) of a Sankey diagram of the rows'' flows from source to target, with the default options; NULL when no row has all three values. See sankey_svg(source, target, value, options).';

CREATE AGGREGATE sankey_svg(source text, target text, value float8, options text) (
    SFUNC = sankey_flows_add,
    STYPE = sankey_flows,
    FINALFUNC = sankey_svg,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_svg(text, text, float8, text) IS
'SVG document (text) of a Sankey diagram of the flows, with options ''key=value, ...'': width, height, unit, title, min_fraction, max_nodes, max_links, imbalance (show|ignore|error), tolerance, digits, percent (on|off).';

-- the state as a value, and the layout as rows

CREATE AGGREGATE sankey_collect(source text, target text, value float8) (
    SFUNC = sankey_flows_add,
    STYPE = sankey_flows,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_collect(text, text, float8) IS
'The rows'' flows as a sankey_flows value (what sankey_svg draws), to store or to pass to sankey_svg, sankey_nodes or sankey_links.';

CREATE AGGREGATE sankey_collect(source text, target text, value float8, options text) (
    SFUNC = sankey_flows_add,
    STYPE = sankey_flows,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_collect(text, text, float8, text) IS
'The rows'' flows and the options text as a sankey_flows value.';

CREATE FUNCTION sankey_nodes(flows sankey_flows,
    OUT id int, OUT kind text, OUT name text, OUT layer int,
    OUT value_in float8, OUT value_out float8, OUT x float8, OUT y float8, OUT height float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'sankey_nodes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION sankey_nodes(sankey_flows) IS
'The nodes of the Sankey diagram of the flows, as sankey_svg lays them out: id, kind (node, other, unaccounted), name, layer, inflow, outflow, and x, y (top), height in px (to 0.01 px, as in the SVG).';

CREATE FUNCTION sankey_links(flows sankey_flows,
    OUT source_id int, OUT target_id int, OUT value float8, OUT width float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'sankey_links' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION sankey_links(sankey_flows) IS
'The links of the Sankey diagram of the flows after summing duplicate pairs, merging and balancing: source and target node ids (see sankey_nodes), value, and width in px (to 0.01 px).';
