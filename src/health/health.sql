-- health: service health from events.  error_counts (errors and events per
-- time bucket) with the episodes where the error rate stays above a
-- threshold and each bucket's severity band; limit_counts (values counted
-- exactly against a few limits, e.g. latency objectives) with the share
-- above a limit and the limits a quantile lies between.  Both are
-- aggregate states that add up exactly (parallel plans, rollup).

-- ---- error_counts ----

CREATE TYPE error_counts;

CREATE FUNCTION error_counts_in(cstring) RETURNS error_counts
AS 'MODULE_PATHNAME', 'gl_error_counts_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_in(cstring) IS
'Text input of error_counts: ''width=<seconds>, buckets=<index>:<errors>/<events> ...'' (buckets in increasing order; bucket i starts i * width after 2000-01-01 00:00 UTC).';

CREATE FUNCTION error_counts_out(error_counts) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_error_counts_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_out(error_counts) IS
'Text output of error_counts: ''width=<seconds>, buckets=<index>:<errors>/<events> ...''; reads back to the same value.';

CREATE FUNCTION error_counts_recv(internal) RETURNS error_counts
AS 'MODULE_PATHNAME', 'gl_error_counts_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_recv(internal) IS
'Binary input of error_counts, checked like text input.';

CREATE FUNCTION error_counts_send(error_counts) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_error_counts_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_send(error_counts) IS
'Binary output of error_counts: int8 width in microseconds, int4 bucket count, then per bucket int8 index, errors, events.';

CREATE TYPE error_counts (
    INTERNALLENGTH = VARIABLE,
    INPUT = error_counts_in,
    OUTPUT = error_counts_out,
    RECEIVE = error_counts_recv,
    SEND = error_counts_send,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE error_counts IS
'Errors and events per time bucket of one width (the buckets of date_bin(width, ts, ''2000-01-01 00:00+00''); buckets without events are not kept). Built by the aggregate error_counts(ts, failed, bucket_width), merged exactly by rollup(error_counts); read by error_episodes, error_rate_bands, error_rate and error_rate_interval.';

CREATE FUNCTION error_counts_trans(state error_counts, ts timestamptz, failed boolean, bucket_width interval)
RETURNS error_counts
AS 'MODULE_PATHNAME', 'gl_error_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_trans(error_counts, timestamptz, boolean, interval) IS
'Transition function of error_counts(ts, failed, bucket_width), not for calling directly: counts one event in its bucket (a row with a NULL is skipped).';

CREATE FUNCTION error_counts_combine(error_counts, error_counts) RETURNS error_counts
AS 'MODULE_PATHNAME', 'gl_error_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION error_counts_combine(error_counts, error_counts) IS
'Combine function of error_counts() and rollup(error_counts), not for calling directly: adds the counts bucket by bucket (error 22023 for different widths).';

CREATE AGGREGATE error_counts(ts timestamptz, failed boolean, bucket_width interval) (
    SFUNC = error_counts_trans,
    STYPE = error_counts,
    COMBINEFUNC = error_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE error_counts(timestamptz, boolean, interval) IS
'Errors (failed true) and events per bucket of bucket_width (days, hours, minutes, seconds; no months), as an error_counts value. Rows with a NULL are skipped; NULL when no row counts.';

CREATE AGGREGATE rollup(error_counts) (
    SFUNC = error_counts_combine,
    STYPE = error_counts,
    COMBINEFUNC = error_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(error_counts) IS
'The sum of stored error_counts values of one width, bucket by bucket: the same value as error_counts() over all their rows.';

CREATE FUNCTION error_episodes(counts error_counts, threshold float8, min_duration interval,
    by text DEFAULT 'rate', confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson',
    OUT start_time timestamptz, OUT end_time timestamptz, OUT buckets bigint,
    OUT errors bigint, OUT events bigint, OUT rate float8, OUT lower float8, OUT upper float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_error_episodes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION error_episodes(error_counts, float8, interval, text, float8, text) IS
'Episodes: runs of consecutive buckets whose error rate (by ''rate'') or interval lower bound (by ''lower-bound'') is above threshold (0..1, strictly above), lasting at least min_duration; a bucket without events ends a run. One row per episode: start, end, buckets, errors, events, rate, and the interval of the summed counts (confidence, method ''wilson'' or ''clopper-pearson'').';

CREATE FUNCTION error_rate_bands(counts error_counts, thresholds float8[],
    by text DEFAULT 'rate', confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson',
    OUT bucket_start timestamptz, OUT bucket_end timestamptz, OUT errors bigint, OUT events bigint,
    OUT rate float8, OUT lower float8, OUT upper float8, OUT band int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_error_rate_bands' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION error_rate_bands(error_counts, float8[], text, float8, text) IS
'Every bucket with events, its rate and interval, and its band: how many of the increasing thresholds (0..1) its rate (by ''rate'') or lower bound (by ''lower-bound'') is strictly above; e.g. ARRAY[0.01, 0.10] gives 0 (at most 1 %), 1 (1-10 %) or 2 (above 10 %).';

CREATE FUNCTION error_rate(counts error_counts) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_error_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_rate(error_counts) IS
'Errors / events over every bucket; NULL when there are no events.';

CREATE FUNCTION error_rate_interval(counts error_counts, confidence float8 DEFAULT 0.95,
    method text DEFAULT 'wilson') RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_error_rate_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION error_rate_interval(error_counts, float8, text) IS
'Errors / events over every bucket with its interval (''wilson'' or ''clopper-pearson'') as a rate_interval; NULL when there are no events.';

CREATE FUNCTION bucket_width(counts error_counts) RETURNS interval
AS 'MODULE_PATHNAME', 'gl_bucket_width' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bucket_width(error_counts) IS
'The width of the buckets of an error_counts value.';

-- ---- limit_counts ----

CREATE TYPE limit_counts;

CREATE FUNCTION limit_counts_in(cstring) RETURNS limit_counts
AS 'MODULE_PATHNAME', 'gl_limit_counts_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_in(cstring) IS
'Text input of limit_counts: ''limits=150 450 5000, counts=800 150 45 5, min=12.5, max=7300'' (one count more than limits; min and max when a count is not zero).';

CREATE FUNCTION limit_counts_out(limit_counts) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_limit_counts_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_out(limit_counts) IS
'Text output of limit_counts, numbers as the shortest decimals that read back exactly.';

CREATE FUNCTION limit_counts_recv(internal) RETURNS limit_counts
AS 'MODULE_PATHNAME', 'gl_limit_counts_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_recv(internal) IS
'Binary input of limit_counts, checked like text input.';

CREATE FUNCTION limit_counts_send(limit_counts) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_limit_counts_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_send(limit_counts) IS
'Binary output of limit_counts: int4 k, k float8 limits, k + 1 int8 counts, float8 min, float8 max.';

CREATE TYPE limit_counts (
    INTERNALLENGTH = VARIABLE,
    INPUT = limit_counts_in,
    OUTPUT = limit_counts_out,
    RECEIVE = limit_counts_recv,
    SEND = limit_counts_send,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE limit_counts IS
'Values counted exactly against increasing limits: how many at most the first limit, between each two (above one, at most the next), above the last; with their number, smallest and largest. Built by limit_counts(value, limits), merged exactly by rollup(limit_counts); read by share_above, share_above_interval, limit_shares and quantile_bounds.';

CREATE FUNCTION limit_counts_trans(state limit_counts, value float8, limits float8[])
RETURNS limit_counts
AS 'MODULE_PATHNAME', 'gl_limit_counts_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_trans(limit_counts, float8, float8[]) IS
'Transition function of limit_counts(value, limits), not for calling directly: counts one value (a row with a NULL is skipped; NaN or infinity is an error).';

CREATE FUNCTION limit_counts_combine(limit_counts, limit_counts) RETURNS limit_counts
AS 'MODULE_PATHNAME', 'gl_limit_counts_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION limit_counts_combine(limit_counts, limit_counts) IS
'Combine function of limit_counts() and rollup(limit_counts), not for calling directly: adds the counts (error 22023 for different limits).';

CREATE AGGREGATE limit_counts(value float8, limits float8[]) (
    SFUNC = limit_counts_trans,
    STYPE = limit_counts,
    COMBINEFUNC = limit_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE limit_counts(float8, float8[]) IS
'The values counted against limits (finite, increasing, at most 1000, the same in every row), e.g. limit_counts(latency_ms, ARRAY[150, 450, 5000]); NULL values are skipped; NULL when no row counts.';

CREATE AGGREGATE rollup(limit_counts) (
    SFUNC = limit_counts_combine,
    STYPE = limit_counts,
    COMBINEFUNC = limit_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(limit_counts) IS
'The sum of stored limit_counts values with the same limits: the same value as limit_counts() over all their rows.';

CREATE FUNCTION share_above(counts limit_counts, threshold float8) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_share_above' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION share_above(limit_counts, float8) IS
'The share of the values strictly above threshold, one of the counted limits: exactly count(*) FILTER (WHERE value > threshold)::float8 / count(*) over the counted rows. NULL when no value was counted.';

CREATE FUNCTION share_above_interval(counts limit_counts, threshold float8,
    confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson') RETURNS rate_interval
AS 'MODULE_PATHNAME', 'gl_share_above_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION share_above_interval(limit_counts, float8, float8, text) IS
'share_above with its interval (''wilson'' or ''clopper-pearson'') as a rate_interval; NULL when no value was counted.';

CREATE FUNCTION limit_shares(counts limit_counts, confidence float8 DEFAULT 0.95, method text DEFAULT 'wilson',
    OUT threshold float8, OUT above bigint, OUT n bigint, OUT share float8, OUT lower float8, OUT upper float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_limit_shares' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION limit_shares(limit_counts, float8, text) IS
'One row per counted limit: the values above it, the values counted, the share above and its interval. No rows when no value was counted.';

CREATE FUNCTION quantile_bounds(counts limit_counts, fraction float8, OUT lower float8, OUT upper float8)
RETURNS record
AS 'MODULE_PATHNAME', 'gl_quantile_bounds' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quantile_bounds(limit_counts, float8) IS
'Two limits the quantile at fraction (0..1) lies between, as percentile_cont(fraction) computes it over the counted values: lower is the largest limit below it or the smallest value, whichever is higher; upper the smallest limit at or above it or the largest value, whichever is lower. NULL when no value was counted.';
