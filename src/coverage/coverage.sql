-- coverage: is the data there?  Completeness, gaps and liveness of readings.

CREATE TYPE coverage;

CREATE FUNCTION coverage_in(cstring) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION coverage_in(cstring) IS
'Text input of coverage: ''max_gap=<seconds>, missing=<count>'' then, for each run of readings in time order, ''; <first> <last> <count>'' with instants in UTC like 2024-01-01T00:00:00Z. Checked: a run that no readings could make is refused.';

CREATE FUNCTION coverage_out(coverage) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_coverage_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION coverage_out(coverage) IS
'Text output of coverage (the form coverage_in reads; no setting changes it).';

CREATE FUNCTION coverage_recv(internal) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION coverage_recv(internal) IS
'Binary input of coverage, checked as text input is.';

CREATE FUNCTION coverage_send(coverage) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_coverage_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION coverage_send(coverage) IS
'Binary output of coverage: max_gap (int8 microseconds), missing (int8), the number of runs (int8), then per run first and last (int8 microseconds since 2000-01-01 UTC) and the count (int8).';

CREATE TYPE coverage (
    INPUT = coverage_in,
    OUTPUT = coverage_out,
    RECEIVE = coverage_recv,
    SEND = coverage_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE coverage IS
'Which times a stream of readings covers: its runs (chains of readings at most max_gap apart, each with its first and last instant and count) and the rows counted as missing. Made by coverage(ts, max_gap); combines exactly (rollup); asked with completeness, gaps, first_seen, last_seen, live_at, readings, missing_readings.';

CREATE FUNCTION coverage_trans(coverage, timestamptz, interval) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION coverage_trans(coverage, timestamptz, interval) IS
'Transition function of coverage(ts, max_gap); not for calling directly.';

CREATE FUNCTION coverage_trans(coverage, timestamptz, interval, boolean) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION coverage_trans(coverage, timestamptz, interval, boolean) IS
'Transition function of coverage(ts, max_gap, present); not for calling directly.';

CREATE FUNCTION coverage_combine(coverage, coverage) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION coverage_combine(coverage, coverage) IS
'Combine function of coverage and transition function of rollup(coverage): merges two coverages of one max_gap exactly; not for calling directly.';

CREATE FUNCTION coverage_final(coverage) RETURNS coverage
AS 'MODULE_PATHNAME', 'gl_coverage_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION coverage_final(coverage) IS
'Final function of coverage and rollup(coverage): the stored form of the state; not for calling directly.';

CREATE AGGREGATE coverage(ts timestamptz, max_gap interval) (
    SFUNC = coverage_trans,
    STYPE = coverage,
    FINALFUNC = coverage_final,
    COMBINEFUNC = coverage_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE coverage(timestamptz, interval) IS
'The coverage of readings at ts: each covers [ts, ts + max_gap], max_gap being the longest silence still counted as covered (a positive interval without months; a day is 24 hours). Rows with a NULL ts are skipped. Exact under any split of the rows.';

CREATE AGGREGATE coverage(ts timestamptz, max_gap interval, present boolean) (
    SFUNC = coverage_trans,
    STYPE = coverage,
    FINALFUNC = coverage_final,
    COMBINEFUNC = coverage_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE coverage(timestamptz, interval, boolean) IS
'coverage(ts, max_gap) where a row whose present is false or NULL counts as missing: it covers nothing and adds to missing_readings, e.g. coverage(ts, ''5 minutes'', value IS NOT NULL).';

CREATE AGGREGATE rollup(coverage) (
    SFUNC = coverage_combine,
    STYPE = coverage,
    FINALFUNC = coverage_final,
    COMBINEFUNC = coverage_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(coverage) IS
'Merges stored coverages of one max_gap (hourly into daily, per meter into per site): exactly the coverage of all their rows in one pass.';

CREATE FUNCTION completeness(coverage coverage, window_start timestamptz, window_end timestamptz) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_completeness' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION completeness(coverage, timestamptz, timestamptz) IS
'Completeness by time: the share of [window_start, window_end) that the readings cover (each reading covers max_gap after it), from 0 to 1. Any window.';

CREATE FUNCTION completeness(coverage coverage, window_start timestamptz, window_end timestamptz, cadence interval) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_completeness_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION completeness(coverage, timestamptz, timestamptz, interval) IS
'Completeness by count: readings in [window_start, window_end) over the window''s length divided by cadence (the expected spacing); above 1 when readings come more often (duplicates). Exact when no run of readings crosses a bound of the window (aggregate the window''s rows only); otherwise a 22023 error.';

CREATE FUNCTION gaps(coverage coverage, OUT gap_start timestamptz, OUT gap_end timestamptz, OUT duration interval) RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_gaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION gaps(coverage) IS
'The silences longer than the coverage''s max_gap, one row each: gap_start is the reading before, gap_end the reading after, duration their difference (the rows a lag() query finds with ts - lag(ts) > max_gap).';

CREATE FUNCTION gaps(coverage coverage, min_gap interval, OUT gap_start timestamptz, OUT gap_end timestamptz, OUT duration interval) RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_gaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION gaps(coverage, interval) IS
'The silences between readings longer than min_gap (at least the coverage''s max_gap), one row each (gap_start, gap_end, duration).';

CREATE FUNCTION gaps(coverage coverage, min_gap interval, window_start timestamptz, window_end timestamptz, OUT gap_start timestamptz, OUT gap_end timestamptz, OUT duration interval) RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_gaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION gaps(coverage, interval, timestamptz, timestamptz) IS
'The silences longer than min_gap within [window_start, window_end): the window''s bounds count as readings, so a silence at its start or end (no data yet, no data since) is a gap too; gaps are clipped to the window.';

CREATE FUNCTION first_seen(coverage coverage) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'gl_first_seen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION first_seen(coverage) IS
'The time of the first reading; NULL when there is none.';

CREATE FUNCTION last_seen(coverage coverage) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'gl_last_seen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION last_seen(coverage) IS
'The time of the last reading; NULL when there is none.';

CREATE FUNCTION live_at(coverage coverage, at timestamptz) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_live_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION live_at(coverage, timestamptz) IS
'Whether the source was live at the instant at: a reading at most max_gap before it (or at it). live_at(c, now()) asks whether it is live now.';

CREATE FUNCTION readings(coverage coverage) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_readings_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION readings(coverage) IS
'The number of readings (rows not counted as missing).';

CREATE FUNCTION missing_readings(coverage coverage) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_missing_readings' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION missing_readings(coverage) IS
'The number of rows counted as missing (present false or NULL in coverage(ts, max_gap, present)).';

CREATE FUNCTION max_gap(coverage coverage) RETURNS interval
AS 'MODULE_PATHNAME', 'gl_max_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION max_gap(coverage) IS
'The max_gap the coverage was made with.';
