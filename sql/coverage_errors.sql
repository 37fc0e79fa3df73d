-- coverage: every bad input is an error naming what to fix, with its
-- SQLSTATE, message, detail and hint.  pg_temp.err runs a statement and
-- shows the error it raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on
SET TimeZone = 'UTC';
CREATE TEMP TABLE t (ts timestamptz, gap interval);
INSERT INTO t VALUES ('2024-01-01 00:00', '5 minutes'), ('2024-01-01 00:05', '5 minutes'), ('2024-01-01 00:10', '5 minutes');

-- max_gap: months, years, negative, zero, above 10000 years, NULL (22023, 22004)
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '1 mon') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '1 year 2 days') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '-5 minutes') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '0') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '3652500 days') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, NULL) FROM t$q$);
-- a max_gap that changes within a group (22023)
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, gap) FROM (VALUES (now(), interval '5 minutes'), (now(), '6 minutes')) v(ts, gap)$q$);
-- ts: infinite or beyond year 9999 (22003)
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '5 minutes') FROM (VALUES ('infinity'::timestamptz)) v(ts)$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '5 minutes') FROM (VALUES ('-infinity'::timestamptz)) v(ts)$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '5 minutes') FROM (VALUES ('10000-01-01 00:00+00'::timestamptz)) v(ts)$q$);
SELECT * FROM pg_temp.err($q$SELECT coverage(ts, '5 minutes') FROM (VALUES ('0001-01-01 00:00+00 BC'::timestamptz)) v(ts)$q$);
-- coverages of two max_gaps (22023)
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (SELECT coverage(ts, '5 minutes') FROM t UNION ALL SELECT coverage(ts, '10 minutes') FROM t) s(c)$q$);

-- the accessors' windows and durations
CREATE TEMP TABLE c AS SELECT coverage(ts, '5 minutes') AS c FROM t;
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-02', '2024-01-01') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-01', '2024-01-01') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '-infinity', '2024-01-01') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-01', 'infinity') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-01', '2024-01-02', '1 mon') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-01', '2024-01-02', '0') FROM c$q$);
-- a window that cuts a run cannot count its readings (22023)
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2024-01-01 00:05', '2024-01-02', '5 minutes') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT completeness(c, '2023-12-31', '2024-01-01 00:05', '5 minutes') FROM c$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM c, gaps(c, '1 minute')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM c, gaps(c, '1 year')$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM c, gaps(c, '1 hour', '2024-01-02', '2024-01-01')$q$);
SELECT * FROM pg_temp.err($q$SELECT live_at(c, 'infinity') FROM c$q$);

-- text input (22P02)
SELECT * FROM pg_temp.err($q$SELECT ''::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=0, missing=0'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=5 minutes, missing=0'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=-1'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01 00:00:00 2024-01-01 00:00:00 1'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-02-30T00:00:00Z 2024-02-30T00:00:00Z 1'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T01:00:00Z 2'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 0'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T01:00:00Z 2024-01-01T01:00:00Z 1; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 1'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 1; 2024-01-01T00:05:00Z 2024-01-01T00:05:00Z 1'::coverage$q$);
SELECT * FROM pg_temp.err($q$SELECT 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 9223372036854775807; 2024-01-02T00:00:00Z 2024-01-02T00:00:00Z 1'::coverage$q$);

-- binary input: a COPY file with one coverage field, written by hand (22P03)
CREATE FUNCTION pg_temp.copyfile(field bytea) RETURNS text
LANGUAGE sql AS $$
  SELECT replace(encode(decode('5047434f50590aff0d0a00' || '00000000' || '00000000' || '0001', 'hex')
                        || int4send(length(field)) || field || decode('ffff', 'hex'), 'base64'), E'\n', '')
$$;
CREATE FUNCTION pg_temp.coverage_bytes(max_gap int8, missing int8, n int8, VARIADIC runs int8[] DEFAULT '{}') RETURNS bytea
LANGUAGE sql AS $$
  SELECT int8send(max_gap) || int8send(missing) || int8send(n)
         || coalesce((SELECT string_agg(int8send(x), '' ORDER BY i) FROM unnest(runs) WITH ORDINALITY u(x, i)), '')
$$;
CREATE TEMP TABLE bad (c coverage);
\set SHOW_CONTEXT never
-- a valid one first: 2024-01-01 00:00 to 00:10 UTC, 3 readings, max_gap 5 minutes
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(300000000, 0, 1, 757382400000000, 757383000000000, 3))) TO PROGRAM 'base64 -d > test/out/coverage_ok.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(0, 0, 0))) TO PROGRAM 'base64 -d > test/out/coverage_bad1.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(300000000, -1, 0))) TO PROGRAM 'base64 -d > test/out/coverage_bad2.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(300000000, 0, 2, 757382400000000, 757383000000000, 3))) TO PROGRAM 'base64 -d > test/out/coverage_bad3.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(300000000, 0, 1, 757382400000000, 757383000000000, 2))) TO PROGRAM 'base64 -d > test/out/coverage_bad4.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.coverage_bytes(300000000, 0, 2, 757382400000000, 757382400000000, 1, 757382400000000, 757382400000000, 1))) TO PROGRAM 'base64 -d > test/out/coverage_bad5.bin'
\x off
\copy bad FROM 'test/out/coverage_ok.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad1.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad2.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad3.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad4.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad5.bin' (FORMAT binary)
-- their SQLSTATE
\set VERBOSITY sqlstate
\copy bad FROM 'test/out/coverage_bad1.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad2.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad3.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad4.bin' (FORMAT binary)
\copy bad FROM 'test/out/coverage_bad5.bin' (FORMAT binary)
\set VERBOSITY default
SELECT c FROM bad;
