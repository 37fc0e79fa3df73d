-- drift.sql - feature drift between a baseline and a current sample:
-- the two-sample Kolmogorov-Smirnov test (ks_drift) and the population
-- stability index (psi), as aggregates over a drift_state summary.

CREATE TYPE drift_state;

CREATE FUNCTION drift_state_in(cstring) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_drift_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_in(cstring) IS
'Input function of drift_state: ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...} or psi(<bins>){...}; entries in any order, repeated values are added.';

CREATE FUNCTION drift_state_out(drift_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_drift_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_out(drift_state) IS
'Output function of drift_state: values in increasing order, each in the shortest decimal form that reads back to the same float8, so the text form round-trips exactly.';

CREATE FUNCTION drift_state_recv(internal) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_drift_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_recv(internal) IS
'Binary input function of drift_state.';

CREATE FUNCTION drift_state_send(drift_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_drift_state_send'
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
COMMENT ON COLUMN ks_drift_result.statistic IS
'The Kolmogorov-Smirnov statistic: D (two-sided), D+ (greater) or D- (less), between 0 and 1; the largest gap between the two empirical distribution functions.';
COMMENT ON COLUMN ks_drift_result.p_value IS
'The p-value of the statistic under the hypothesis that both samples come from one distribution; small (e.g. < 0.01) means the distribution moved.';
COMMENT ON COLUMN ks_drift_result.n_baseline IS
'Number of baseline observations (rows with is_current false).';
COMMENT ON COLUMN ks_drift_result.n_current IS
'Number of current observations (rows with is_current true).';
COMMENT ON COLUMN ks_drift_result.method IS
'How the p-value was computed: exact (tie-aware lattice walk) or asymp (the limiting distribution).';

-- ---- support functions ----

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean) IS
'Transition function of ks_drift(value, is_current): adds one observation; rows with a NULL argument are skipped.';

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean, text) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean, text) IS
'Transition function of ks_drift(value, is_current, alternative).';

CREATE FUNCTION ks_drift_trans(drift_state, float8, boolean, text, text) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_trans(drift_state, float8, boolean, text, text) IS
'Transition function of ks_drift(value, is_current, alternative, method).';

CREATE FUNCTION psi_trans(drift_state, float8, boolean) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_psi_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION psi_trans(drift_state, float8, boolean) IS
'Transition function of psi(value, is_current) (10 bins): adds one observation; rows with a NULL argument are skipped.';

CREATE FUNCTION psi_trans(drift_state, float8, boolean, integer) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_psi_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION psi_trans(drift_state, float8, boolean, integer) IS
'Transition function of psi(value, is_current, bins).';

CREATE FUNCTION drift_state_combine(drift_state, drift_state) RETURNS drift_state
AS 'MODULE_PATHNAME', 'gl_drift_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION drift_state_combine(drift_state, drift_state) IS
'Combine function of ks_drift and psi: merges two summaries (adds the counts of equal values); NULL or empty states are accepted; the options must agree.';

CREATE FUNCTION ks_drift_final(drift_state) RETURNS ks_drift_result
AS 'MODULE_PATHNAME', 'gl_ks_drift_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift_final(drift_state) IS
'Final function of ks_drift: the two-sample KS test of the summary with its alternative and method; NULL when a sample is empty.';

CREATE FUNCTION psi_final(drift_state) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_psi_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION psi_final(drift_state) IS
'Final function of psi: the population stability index of the summary; NULL when the baseline or the current sample has fewer observations than bins (an empty sample included).';

-- ---- ks_drift ----
-- SSPACE: the state needs 16 bytes a distinct value and grows after its
-- group is created; 1 MB a group (65536 distinct values) is what the
-- planner is told, so a hash aggregate keeps at most hash_mem / 1 MB
-- groups in memory and spills the others' rows (docs/drift.md).

CREATE AGGREGATE ks_drift(value float8, is_current boolean) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean) IS
'Two-sample Kolmogorov-Smirnov test of the baseline rows (is_current false) against the current rows (true), two-sided, method auto (exact, conditional on ties, when both samples have at most 10000 rows; else asymptotic). NULLs are skipped; NULL when a sample is empty; NaN or infinite values are an error.';

CREATE AGGREGATE ks_drift(value float8, is_current boolean, alternative text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean, text) IS
'Two-sample KS test with alternative ''two-sided'', ''less'' or ''greater'' (scipy''s meaning: ''greater'' tests whether the baseline CDF lies above the current one somewhere, D+ = max(F_baseline - F_current)); method auto.';

CREATE AGGREGATE ks_drift(value float8, is_current boolean, alternative text, method text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ks_drift(float8, boolean, text, text) IS
'Two-sample KS test with an alternative and a method: ''exact'' (permutation distribution conditional on the ties, Schroer-Trenkler), ''asymp'' (Kolmogorov distribution at round(n1 n2 / (n1 + n2)); Hodges for one-sided) or ''auto'' (exact when max(n1, n2) <= 10000).';

CREATE FUNCTION ks_drift(baseline float8[], current float8[],
						 alternative text DEFAULT 'two-sided',
						 method text DEFAULT 'auto')
RETURNS ks_drift_result
AS 'MODULE_PATHNAME', 'gl_ks_drift_arrays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ks_drift(float8[], float8[], text, text) IS
'Two-sample KS test of two arrays (NULL elements skipped), as the ks_drift aggregate: baseline, current, alternative (default two-sided), method (default auto).';

-- ---- psi ----

CREATE AGGREGATE psi(value float8, is_current boolean) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE psi(float8, boolean) IS
'Population stability index of the current rows (is_current true) against the baseline rows, 10 bins at the baseline deciles (type-1 quantiles, bins closed on the right), empty-bin share taken as 0.0001. NULLs skipped; NULL when the baseline or the current sample has fewer than 10 observations (fewer than bins: a bin of the current sample would be empty and the index above 0.25 whatever the data).';

CREATE AGGREGATE psi(value float8, is_current boolean, bins integer) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE psi(float8, boolean, integer) IS
'Population stability index with bins (>= 2) at the baseline quantiles j/bins (type-1, equal edges merged, bins closed on the right); an empty bin''s share is taken as 0.0001. NULL when the baseline or the current sample has fewer observations than bins.';

CREATE FUNCTION psi(baseline float8[], current float8[], bins integer DEFAULT 10)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_psi_arrays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION psi(float8[], float8[], integer) IS
'Population stability index of two arrays (NULL elements skipped), as the psi aggregate; NULL when either array has fewer non-NULL elements than bins.';
