-- meter_counter: every bad input is an error naming what to fix, with its
-- SQLSTATE, message, detail and hint.  pg_temp.err runs a statement and
-- shows the error it raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on
SET TimeZone = 'UTC';
CREATE TEMP TABLE t (ts timestamptz, reading float8, unit text, on_drop text);
INSERT INTO t VALUES ('2024-01-01 00:00', 10, 'kWh', 'rebase'), ('2024-01-01 01:00', 20, 'kWh', 'rebase');

-- readings: NaN, infinite, negative, above 1e18, at or above the rollover (22003)
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, 'NaN', 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, 'Infinity', 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, '-Infinity', 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, -0.5, 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, 2e18, 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, 100000, 'kWh', 'rebase', 100000) FROM t$q$);
-- ts: infinite, beyond year 9999 (22003)
SELECT * FROM pg_temp.err($q$SELECT meter_counter('infinity', reading, 'kWh', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter('10000-01-01 00:00+00', reading, 'kWh', 'rebase') FROM t$q$);
-- units: not an energy, unknown, NULL (22023, 22004)
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kg', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kW', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kwhr', 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, NULL, 'rebase') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT consumption(meter_counter(ts, reading, 'kWh', 'rebase'), 'kg') FROM t$q$);
-- drop behaviour: unknown, NULL (22023, 22004)
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'reset') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'zero') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', NULL) FROM t$q$);
-- rollover and glitch tolerance (22023, 22003, 22004)
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', 0) FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', -5) FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', 1e19) FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', 'NaN') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', NULL, -0.5) FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', NULL, 'Infinity') FROM t$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', 'rebase', NULL, NULL) FROM t$q$);
-- settings that change within a group (22023)
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, u, 'rebase') FROM (VALUES (now(), 1::float8, 'kWh'), (now(), 2, 'MWh')) v(ts, reading, u)$q$);
SELECT * FROM pg_temp.err($q$SELECT meter_counter(ts, reading, 'kWh', d) FROM (VALUES (now(), 1::float8, 'rebase'), (now(), 2, 'reset-to-zero')) v(ts, reading, d)$q$);
-- summaries of other settings (22023)
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') FROM t UNION ALL SELECT meter_counter(ts, reading, 'MWh', 'rebase') FROM t) s(c)$q$);
-- overlapping summaries, a reading inside a summary (22023)
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') FROM t UNION ALL SELECT meter_counter(ts + interval '30 minutes', reading, 'kWh', 'rebase') FROM t) s(c)$q$);
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') FROM t UNION ALL SELECT meter_counter(timestamptz '2024-01-01 00:30', 15, 'kWh', 'rebase')) s(c)$q$);
-- a summary of one period rolled up with itself overlaps too
SELECT * FROM pg_temp.err($q$SELECT rollup(c) FROM (SELECT meter_counter(ts, reading, 'kWh', 'rebase') FROM t UNION ALL SELECT meter_counter(ts, reading, 'kWh', 'rebase') FROM t) s(c)$q$);

-- text input (22P02)
SELECT * FROM pg_temp.err($q$SELECT ''::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=none'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kg, on_drop=rebase, rollover=none, glitch_tolerance=0'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=reset, rollover=none, glitch_tolerance=0'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=-1, glitch_tolerance=0'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01 00:00 10'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z 10 -> 2024-01-01T01:00:00Z 20: readings=2'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z 10 -> 2024-01-01T01:00:00Z 20: readings=2, consumption=11, resets=0, rollovers=0, suspect_drops=0'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z -10'::meter_counter$q$);
SELECT * FROM pg_temp.err($q$SELECT 'reading_unit=kWh, on_drop=rebase, rollover=100, glitch_tolerance=0; 2024-01-01T00:00:00Z 150'::meter_counter$q$);

-- binary input: a COPY file with one meter_counter field, written by hand (22P03)
CREATE FUNCTION pg_temp.copyfile(field bytea) RETURNS text
LANGUAGE sql AS $$
  SELECT replace(encode(decode('5047434f50590aff0d0a00' || '00000000' || '00000000' || '0001', 'hex')
                        || int4send(length(field)) || field || decode('ffff', 'hex'), 'base64'), E'\n', '')
$$;
-- settings, then the numbers of summaries and single readings, then their bytes
CREATE FUNCTION pg_temp.counter_bytes(settings text, nsegs int8, npts int8, payload bytea) RETURNS bytea
LANGUAGE sql AS $$
  SELECT convert_to(settings, 'UTF8') || '\x00'::bytea || int8send(nsegs) || int8send(npts) || payload
$$;
-- a reading at 2024-01-01 00:00 UTC
CREATE FUNCTION pg_temp.point(v float8) RETURNS bytea
LANGUAGE sql AS $$ SELECT int8send(757382400000000) || float8send(v) $$;
-- a summary from 2024-01-01 00:00 to 01:00 UTC
CREATE FUNCTION pg_temp.seg(v1 float8, v2 float8, consumption_nano int8, readings int8, resets int8) RETURNS bytea
LANGUAGE sql AS $$
  SELECT int8send(757382400000000) || int8send(757386000000000) || float8send(v1) || float8send(v2)
         || int8send(0) || int8send(consumption_nano) || int8send(readings) || int8send(resets)
         || int8send(0) || int8send(0)
$$;
CREATE TEMP TABLE bad (c meter_counter);
\set SHOW_CONTEXT never
\copy (SELECT pg_temp.copyfile(pg_temp.counter_bytes('reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0', 1, 1, pg_temp.seg(10, 20, 10000000000, 2, 0) || pg_temp.point(10)))) TO PROGRAM 'base64 -d > test/out/counter_ok.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.counter_bytes('reading_unit=kg, on_drop=rebase, rollover=none, glitch_tolerance=0', 0, 1, pg_temp.point(10)))) TO PROGRAM 'base64 -d > test/out/counter_bad1.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.counter_bytes('reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0', 0, 2, pg_temp.point(10)))) TO PROGRAM 'base64 -d > test/out/counter_bad2.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.counter_bytes('reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0', 0, 1, pg_temp.point('NaN')))) TO PROGRAM 'base64 -d > test/out/counter_bad3.bin'
\copy (SELECT pg_temp.copyfile(pg_temp.counter_bytes('reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0', 1, 0, pg_temp.seg(10, 20, 5000000000, 2, 0)))) TO PROGRAM 'base64 -d > test/out/counter_bad4.bin'
\x off
\copy bad FROM 'test/out/counter_ok.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad1.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad2.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad3.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad4.bin' (FORMAT binary)
-- their SQLSTATE
\set VERBOSITY sqlstate
\copy bad FROM 'test/out/counter_bad1.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad2.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad3.bin' (FORMAT binary)
\copy bad FROM 'test/out/counter_bad4.bin' (FORMAT binary)
\set VERBOSITY default
SELECT c, readings(c), consumption(c) FROM bad;
