-- Every error health raises, one per line, with its SQLSTATE, message,
-- detail and hint: bucket widths and durations (22023), times out of range
-- (22003), thresholds, confidences, methods and fractions (22023), array
-- shapes (22023, 22004), limits (22023, 54000), values (22003), differing
-- widths and limits between rows and states (22023), the text forms
-- (22P02 and the value checks), the binary forms (22P03) and the size
-- limit of error_counts (54000).
\i test/sql/err.sql
\pset null '-'
\x on
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

-- bucket_width and min_duration: a fixed, positive length of time (22023)
SELECT * FROM pg_temp.err($q$SELECT error_counts(now(), true, '1 month')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts(now(), true, '0 seconds')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts(now(), true, '-1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts(now(), true, '1 day -24 hours')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60', 0.1, '1 year')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60', 0.1, '0 minutes')$q$);
-- a width that changes between rows, or between summaries (22023)
SELECT * FROM pg_temp.err($q$SELECT error_counts(ts, true, w) FROM (VALUES (now(), interval '1 minute'), (now(), '5 minutes')) v(ts, w)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('width=60'::error_counts), ('width=300')) v(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts_combine('width=60', 'width=0.5')$q$);
-- times: infinite, or a bucket that leaves the timestamptz range (22003)
SELECT * FROM pg_temp.err($q$SELECT error_counts('infinity', true, '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts('-infinity', false, '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts('4714-11-24 00:00:00+00 BC', false, '7 days')$q$);
SELECT * FROM pg_temp.err($q$SELECT error_counts('294276-12-31 23:59:59+00', false, '7 days')$q$);

-- counts beyond the bigint range when summaries are added up (22003)
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('width=60, buckets=1:0/9223372036854775807'::error_counts), ('width=60, buckets=1:0/1')) v(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT error_rate(rollup(c)) FROM (VALUES ('width=60, buckets=1:0/9223372036854775807'::error_counts), ('width=60, buckets=2:0/1')) v(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('limits=1, counts=9223372036854775807 0, min=0, max=0'::limit_counts), ('limits=1, counts=1 0, min=0, max=0')) v(c)$q$);
-- one more value into a state that holds 9223372036854775807 already
SELECT * FROM pg_temp.err($q$SELECT limit_counts_trans('limits=1, counts=9223372036854775807 0, min=0, max=0', 0.5, '{1}')$q$);

-- thresholds: a rate in [0, 1], increasing (22023); NULL elements (22004)
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60, buckets=1:1/2', 1.5, '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60, buckets=1:1/2', -0.1, '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60, buckets=1:1/2', 'NaN', '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[0.10, 0.01])$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[0.01, 0.01])$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[0.01, 10])$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[]::float8[])$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[0.01, NULL])$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_rate_bands('width=60', ARRAY[[0.01], [0.1]])$q$);
-- by, confidence, method (22023)
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60', 0.1, '1 minute', by => 'upper')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM error_episodes('width=60', 0.1, '1 minute', confidence => 95)$q$);
SELECT * FROM pg_temp.err($q$SELECT error_rate_interval('width=60, buckets=1:1/2', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT error_rate_interval('width=60, buckets=1:1/2', 0.95, 'wald')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM limit_shares('limits=1, counts=0 0', 1)$q$);

-- values (22003) and limits (22023, 54000)
SELECT * FROM pg_temp.err($q$SELECT limit_counts('NaN', ARRAY[150, 450])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts('-Infinity', ARRAY[150, 450])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[450, 150])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[150, 150, 450])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[150, 'NaN'::float8])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY['-Infinity'::float8, 150])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[]::float8[])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[150, NULL])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, ARRAY[[150, 450]])$q$);
SELECT * FROM pg_temp.err($q$SELECT limit_counts(1, (SELECT array_agg(g) FROM generate_series(1, 1001) g)::float8[])$q$);
-- limits that change between rows, or between summaries (22023)
SELECT * FROM pg_temp.err($q$SELECT limit_counts(v, l) FROM (VALUES (1, ARRAY[150, 450]), (2, ARRAY[150, 500])) t(v, l)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (VALUES ('limits=1, counts=0 0'::limit_counts), ('limits=1 2, counts=0 0 0')) v(c)$q$);
-- ... or between a stored state and constant limits in plain calls, row after row
SELECT * FROM pg_temp.err($q$SELECT limit_counts_trans(c, 1, ARRAY[150, 450]) FROM (VALUES ('limits=150 450, counts=0 0 0'::limit_counts), ('limits=1, counts=0 0')) v(c)$q$);
-- a threshold that is not a counted limit; a fraction outside [0, 1] (22023)
SELECT * FROM pg_temp.err($q$SELECT share_above('limits=150 450 5000, counts=8 1 1 0, min=1, max=600', 300)$q$);
SELECT * FROM pg_temp.err($q$SELECT share_above_interval('limits=150 450 5000, counts=8 1 1 0, min=1, max=600', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT quantile_bounds('limits=150, counts=1 1, min=1, max=600', 1.01)$q$);
SELECT * FROM pg_temp.err($q$SELECT quantile_bounds('limits=150, counts=0 0', -0.5)$q$);

-- the text form of error_counts (22P02) and its values
SELECT * FROM pg_temp.err($q$SELECT ''::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'buckets=1:0/1'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, colour=red'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, width=60'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=1 minute'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=0.0000001'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=1:0/1 2:1'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=1:-1/1'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=1:3/2'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=1:0/0'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=2:0/1 1:0/1'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=60, buckets=1:0/1 1:0/1'::error_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'width=86400, buckets=999999999:0/1'::error_counts$q$);
-- ... and of limit_counts
SELECT * FROM pg_temp.err($q$SELECT 'limits=150'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150 NaN, counts=0 0 0'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=450 150, counts=0 0 0'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=1'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=1 x'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=1 1'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=1 1, min=1, max=100'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=0 0, min=1, max=100'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=2 0, min=1, max=1e999'::limit_counts$q$);
SELECT * FROM pg_temp.err($q$SELECT 'limits=150, counts=9223372036854775807 1, min=1, max=200'::limit_counts$q$);
-- binary input (COPY ... FORMAT binary through the recv functions): a file
-- made byte by byte; a malformed value is 22P03, a well-formed one with bad
-- contents raises what text input raises, a good one loads
CREATE FUNCTION pg_temp.copy_file(field bytea) RETURNS bytea
LANGUAGE sql AS $$
  SELECT '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
         || int2send(1::int2) || int4send(length(field)) || field || int2send(-1::int2)
$$;
CREATE TEMP TABLE from_binary_ec (c error_counts);
CREATE TEMP TABLE from_binary_lc (c limit_counts);
-- COPY one value of these bytes into table tbl: the error it raises
CREATE FUNCTION pg_temp.recv_err(tbl text, value bytea, OUT code text, OUT message text,
                                 OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
DECLARE
  path text := current_setting('data_directory') || '/health_recv.bin';
  lo oid := lo_from_bytea(0, pg_temp.copy_file(value));
BEGIN
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  SELECT * INTO code, message, detail, hint
  FROM pg_temp.err(format('COPY %I FROM %L (FORMAT binary)', tbl, path));
END $$;
-- well-formed values load, as the send functions write them
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(60000000) || int4send(1) || int8send(5) || int8send(2) || int8send(9));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(2) || float8send(150) || float8send(450)
                               || int8send(1) || int8send(0) || int8send(0) || float8send(7) || float8send(7));
SELECT c::text AS loaded, error_counts_send(c) = int8send(60000000) || int4send(1) || int8send(5)
       || int8send(2) || int8send(9) AS same_bytes FROM from_binary_ec;
SELECT c::text AS loaded, limit_counts_send(c) = int4send(2) || float8send(150) || float8send(450)
       || int8send(1) || int8send(0) || int8send(0) || float8send(7) || float8send(7) AS same_bytes
FROM from_binary_lc;
-- sizes that do not match the contents (22P03)
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(60000000) || int4send(2) || int8send(5) || int8send(2) || int8send(9));
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(60000000) || int4send(-1));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(1) || float8send(150));
-- contents that text input refuses too
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(0) || int4send(0));
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(60000000) || int4send(1) || int8send(5) || int8send(3) || int8send(2));
SELECT * FROM pg_temp.recv_err('from_binary_ec', int8send(60000000) || int4send(2) || int8send(5) || int8send(0) || int8send(2)
                               || int8send(5) || int8send(0) || int8send(2));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(2) || float8send(450) || float8send(150)
                               || int8send(1) || int8send(0) || int8send(0) || float8send(7) || float8send(7));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(1) || float8send('NaN')
                               || int8send(0) || int8send(0) || float8send(0) || float8send(0));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(1) || float8send(150) || int8send(-1) || int8send(1)
                               || float8send(7) || float8send(700));
SELECT * FROM pg_temp.recv_err('from_binary_lc', int4send(1) || float8send(150) || int8send(1) || int8send(0)
                               || float8send(700) || float8send(700));
SELECT count(*) AS rows_loaded FROM from_binary_ec, from_binary_lc;

-- more buckets than an error_counts holds (54000): 10000000 is the most
SELECT * FROM pg_temp.err($q$SELECT error_counts('2000-01-01+00'::timestamptz + g * interval '1 microsecond', true, '1 microsecond') FROM generate_series(1, 10000001) g$q$);
