-- Every error sankey raises, one per line, with its SQLSTATE, message,
-- detail and hint: the text form of sankey_flows (22P02, 22003), a flow's
-- value and names (22003, 22023) the same from text, binary input and the
-- aggregates, the options (22P02, 22023), the layout (22023, 54000) and the
-- binary form (22P03).  pg_temp.err runs a statement and shows the error it
-- raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on

-- the text form of sankey_flows (22P02): where it stopped, counted from 1
SELECT * FROM pg_temp.err($q$SELECT 'options "width=500"; "a"->"b":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT 'options=width=500; "a"->"b":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT 'a->"b":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"-"b":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->b:1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b"'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":NaN'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":0x10'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":1;'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":1; "b"->"c":2 kW'::sankey_flows$q$);
-- a number too large for float8 (22003)
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":1e999'::sankey_flows$q$);
-- a long text is shown cut after 64 bytes
SELECT * FROM pg_temp.err($q$SELECT '"steam header"->"process heating":41.5; "steam header"->"space heating":12.7;'::sankey_flows$q$);

-- a flow's value (22003) and names (22023): one message wherever the flow
-- comes from (the aggregates, sankey_collect_trans, text input)
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('boiler', 'stack loss', -160)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect('boiler', 'stack loss', -160)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect_trans(NULL, 'boiler', 'stack loss', -160)$q$);
SELECT * FROM pg_temp.err($q$SELECT '"boiler"->"stack loss":-160'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect('a', 'b', '-Infinity', 'unit=kW')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('', 'b', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', '', 2.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"":2.5'::sankey_flows$q$);

-- options: syntax (22P02) and values (22023), from the aggregates, text
-- input and the first row of sankey_collect alike
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, '=3')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'width')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'title="open')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'title="a" b')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'colour=red')$q$);
SELECT * FROM pg_temp.err($q$SELECT 'options="Colour=red"'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'width=99')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'height=1e5')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'min_fraction=1.5')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'tolerance=-1')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'max_nodes=0')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'max_links=2.5')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'imbalance=maybe')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'digits=16')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect('a', 'b', 1, 'percent=yes')$q$);
-- the one name rule for option names and names: accepted
SELECT sankey_svg('a', 'b', 1, 'Min-Fraction=0.5, IMBALANCE= Ignore , percent=True')
       = sankey_svg('a', 'b', 1, 'min_fraction=0.5, imbalance=ignore, percent=on') AS same_options;
-- options that differ between rows of a group, NULL being none
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, 'b', 1, o) FROM (VALUES ('a', 'width=500'), ('c', 'width=600')) x(s, o)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect(s, 'b', 1, o) FROM (VALUES ('a', NULL), ('c', 'width=600')) x(s, o)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_flows_combine('options="width=500"; "a"->"b":1', '"c"->"d":1')$q$);

-- sums beyond float8 (22003): of one pair, into a node, of the total input
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1.7976931348623157e308) FROM generate_series(1, 2)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, 'b', 1e308) FROM (VALUES ('a'), ('c')) x(s)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, 1e308) FROM (VALUES ('a', 'b'), ('c', 'd')) x(s, t)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'numbers=si')$q$);

-- the layout: a cycle, a balance that does not close (22023), limits (54000)
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, 1) FROM (VALUES ('boiler', 'header'), ('header', 'boiler')) x(s, t)$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM sankey_links('"a"->"a":1')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, v, 'imbalance=error, tolerance=0.01')
  FROM (VALUES ('fuel', 'header', 1000.5::float8), ('header', 'user', 200)) x(s, t, v)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, 1, 'max_nodes=100')
  FROM (SELECT 'source ' || g, 'sink ' || g FROM generate_series(1, 60) g) x(s, t)$q$);
SELECT * FROM pg_temp.err($q$SELECT n.* FROM (SELECT sankey_collect(s, t, 1, 'max_links=50, min_fraction=0.001') AS f
  FROM (SELECT 'source ' || g, 'sink ' || g FROM generate_series(1, 60) g) x(s, t)) c, sankey_nodes(c.f) n$q$);

-- binary input (COPY FROM ... FORMAT binary, through sankey_flows_recv): a
-- file made byte by byte.  A malformed value is 22P03; a well-formed one
-- with a bad flow or bad options raises what text input raises.
CREATE FUNCTION pg_temp.copy_file(field bytea) RETURNS bytea
LANGUAGE sql AS $$
  SELECT '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
         || int2send(1::int2) || int4send(length(field)) || field || int2send(-1::int2)
$$;
CREATE FUNCTION pg_temp.flow_bytes(src text, tgt text, v float8) RETURNS bytea
LANGUAGE sql AS $$
  SELECT int4send(octet_length(src)) || convert_to(src, 'UTF8')
         || int4send(octet_length(tgt)) || convert_to(tgt, 'UTF8') || float8send(v)
$$;
CREATE TEMP TABLE from_binary (f sankey_flows);
-- COPY one value of these bytes into from_binary: the error it raises
CREATE FUNCTION pg_temp.recv_err(value bytea, OUT code text, OUT message text,
                                 OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
DECLARE
  path text := current_setting('data_directory') || '/sankey_recv.bin';
  lo oid := lo_from_bytea(0, pg_temp.copy_file(value));
BEGIN
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  SELECT * INTO code, message, detail, hint
  FROM pg_temp.err(format('COPY from_binary FROM %L (FORMAT binary)', path));
END $$;
-- a well-formed value loads: the bytes are what sankey_flows_send writes
SELECT * FROM pg_temp.recv_err(int4send(2) || int4send(7) || convert_to('unit=kW', 'UTF8')
                               || pg_temp.flow_bytes('a', 'b', 0.1) || pg_temp.flow_bytes('b', 'c', 2));
SELECT f::text AS loaded,
       sankey_flows_send(f) = int4send(2) || int4send(7) || convert_to('unit=kW', 'UTF8')
       || pg_temp.flow_bytes('a', 'b', 0.1) || pg_temp.flow_bytes('b', 'c', 2) AS same_bytes
FROM from_binary;
-- a name longer than what is left; more flows than bytes; a negative length
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || int4send(1000) || convert_to('a', 'UTF8'));
SELECT * FROM pg_temp.recv_err(int4send(1000) || int4send(0) || pg_temp.flow_bytes('a', 'b', 1));
SELECT * FROM pg_temp.recv_err(int4send(0) || int4send(-1));
-- NaN, a negative value, an empty name, bad options: as from text
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || pg_temp.flow_bytes('a', 'b', 'NaN'));
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || pg_temp.flow_bytes('boiler', 'stack loss', -160));
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || pg_temp.flow_bytes('', 'b', 1));
SELECT * FROM pg_temp.recv_err(int4send(0) || int4send(10) || convert_to('colour=red', 'UTF8'));
-- bytes text input can never hold (22021, the server's error for such bytes
-- in any text): a NUL byte, invalid UTF-8, in a source, a target, the options
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || int4send(3) || '\x610062'::bytea
                               || int4send(1) || '\x62'::bytea || float8send(1));
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || int4send(1) || '\x61'::bytea
                               || int4send(2) || '\xff62'::bytea || float8send(1));
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || int4send(3) || '\x61c328'::bytea
                               || int4send(1) || '\x62'::bytea || float8send(1));
SELECT * FROM pg_temp.recv_err(int4send(0) || int4send(8) || convert_to('unit=kW', 'UTF8') || '\x00'::bytea);
SELECT * FROM pg_temp.recv_err(int4send(0) || int4send(9) || convert_to('title=', 'UTF8') || '\xe282'::bytea || convert_to('x', 'UTF8'));
-- what text input says for the same bytes: the same error, before it is called
SELECT * FROM pg_temp.err($q$SELECT E'"a\000b"->"b":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT E'"a"->"\xffb":1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT E'options="title=\xe2\x82x"'::sankey_flows$q$);
-- and valid UTF-8 beyond ASCII loads
SELECT * FROM pg_temp.recv_err(int4send(1) || int4send(0) || pg_temp.flow_bytes('Dampf 12 bar', 'Prozesswärme', 1));
SELECT count(*) AS rows_loaded, string_agg(f::text, ' | ') AS loaded FROM from_binary;

-- more flows than a sankey_flows holds (54000): 8388608 is the most
SELECT * FROM pg_temp.err($q$SELECT sankey_collect('a', 'b', 1) FROM generate_series(1, 8388609)$q$);
