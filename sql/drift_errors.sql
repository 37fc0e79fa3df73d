-- Every error of ks_drift, psi and drift_state, field by field (SQLSTATE,
-- message, detail, hint), through pg_temp.err.
\i test/sql/err.sql
\pset null '-'
\x on
CREATE TEMP TABLE obs (v float8, cur boolean);
INSERT INTO obs VALUES (0.61, false), (0.29, false), (-1.73, false), (-0.74, true),
  (0.51, true), (1.64, true);

-- NaN or infinite values (22003), aggregates and arrays
SELECT * FROM pg_temp.err($q$SELECT ks_drift(v, true) FROM (VALUES ('NaN'::float8)) t(v)$q$);
SELECT * FROM pg_temp.err($q$SELECT psi(v, c, 4) FROM (VALUES (1.0::float8, false), ('-Infinity', true)) t(v, c)$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift(ARRAY[1.0, '-Infinity'], ARRAY[2.0])$q$);
SELECT * FROM pg_temp.err($q$SELECT psi(ARRAY[1.0], ARRAY[2.0, 'NaN'])$q$);

-- unknown alternative or method (22023), listing the names
SELECT * FROM pg_temp.err($q$SELECT ks_drift(v, cur, 'two-tailed') FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift(v, cur, 'less', 'permutation') FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift(ARRAY[1.0], ARRAY[2.0], 'bigger')$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift(ARRAY[1.0], ARRAY[2.0], 'less', '')$q$);
-- ...while the name rule accepts any case, blanks around, '_' or ' ' for '-'
SELECT (ks_drift(v, cur, ' Two_Sided ', 'EXACT')).p_value =
       (ks_drift(v, cur, 'two-sided', 'exact')).p_value AS name_rule FROM obs;

-- fewer than 2 bins (22023)
SELECT * FROM pg_temp.err($q$SELECT psi(v, cur, 1) FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT psi(ARRAY[1.0], ARRAY[2.0], -3)$q$);

-- the options must be the same on every row (22023)
SELECT * FROM pg_temp.err($q$SELECT ks_drift(v, cur, CASE WHEN v > 0 THEN 'less' ELSE 'greater' END) FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift(v, cur, 'less', CASE WHEN v > 0 THEN 'auto' ELSE 'exact' END) FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT psi(v, cur, CASE WHEN v > 0 THEN 10 ELSE 5 END) FROM obs$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift_trans('ks(less,auto){1:1:0}', 2, true)$q$);

-- a state of the other test (22023)
SELECT * FROM pg_temp.err($q$SELECT psi_final('ks(less,auto){1:1:1}')$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift_final('psi(10){1:1:1}')$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift_trans('psi(10){1:1:0}', 2, true)$q$);
SELECT * FROM pg_temp.err($q$SELECT psi_trans('ks(two-sided,auto){1:1:0}', 2, true)$q$);

-- states of different tests or options do not combine (22023)
SELECT * FROM pg_temp.err($q$SELECT drift_state_combine('ks(less,auto){}', 'ks(greater,auto){}')$q$);
SELECT * FROM pg_temp.err($q$SELECT drift_state_combine('ks(less,auto){1:1:0}', 'psi(10){2:0:1}')$q$);
SELECT * FROM pg_temp.err($q$SELECT drift_state_combine('psi(10){}', 'psi(20){}')$q$);

-- an exact test beyond its work limit (54000), with the sizes
SELECT * FROM pg_temp.err($q$SELECT ks_drift(array_agg(g::float8) FILTER (WHERE g % 2 = 0),
                                             array_agg(g::float8) FILTER (WHERE g % 2 = 1),
                                             'two-sided', 'exact')
                              FROM generate_series(1, 100000) g$q$);

-- text input (22P02; a count above 2^31-1 is 22003), with where it went wrong
SELECT * FROM pg_temp.err($q$SELECT ''::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'chi2(1){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks{}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-tailed,auto){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(less,permutation){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'psi(1){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'psi(2147483648){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'psi(ten){}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'psi(4)[]'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:2}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:2:3'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:-1:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:1.5:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:2:3 4:0:1}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:2147483648:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){NaN:1:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:1:1,Infinity:0:1}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){0x10:1:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1e999:1:0}'::drift_state$q$);
SELECT * FROM pg_temp.err($q$SELECT 'ks(two-sided,auto){1:1:1} x'::drift_state$q$);

-- binary input (22P03): the bytes are sent as a bytea column and read
-- back as a drift_state column through COPY BINARY
CREATE TEMP TABLE recv_in (b bytea);
CREATE TEMP TABLE recv_out (s drift_state);
CREATE FUNCTION pg_temp.recv(hex text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  f text := current_setting('data_directory') || '/drift_recv.bin';
  r text;
BEGIN
  TRUNCATE recv_in, recv_out;
  INSERT INTO recv_in VALUES (decode(hex, 'hex'));
  EXECUTE format('COPY recv_in TO %L WITH (FORMAT binary)', f);
  EXECUTE format('COPY recv_out FROM %L WITH (FORMAT binary)', f);
  SELECT s::text INTO r FROM recv_out;
  RETURN r;
END $$;
-- what text input accepts, binary input accepts: any order, repeated
-- values added, -0 read as 0, an empty point dropped
SELECT pg_temp.recv('010000' || '00000000' || '0000000000000004' ||
                    '4000000000000000' || '00000001' || '00000000' ||
                    '8000000000000000' || '00000000' || '00000001' ||
                    '4000000000000000' || '00000002' || '00000003' ||
                    '3ff0000000000000' || '00000000' || '00000000') AS received;
SELECT pg_temp.recv('020000' || '00000003' || '0000000000000001' ||
                    '3fe0000000000000' || '00000001' || '00000002') AS received;
-- unknown test, options of the other test, bins below 2
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('070000' || '00000000' || '0000000000000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '0000000a' || '0000000000000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010300' || '00000000' || '0000000000000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('020100' || '0000000a' || '0000000000000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('020000' || '00000001' || '0000000000000000')$q$);
-- more points announced than sent, a negative number of points
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '00000000' || '0000000000000002' ||
                                                 '3ff0000000000000' || '00000001' || '00000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '00000000' || 'ffffffffffffffff')$q$);
-- a NaN or infinite value, a negative count
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '00000000' || '0000000000000001' ||
                                                 '7ff8000000000000' || '00000001' || '00000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '00000000' || '0000000000000001' ||
                                                 'fff0000000000000' || '00000001' || '00000000')$q$);
SELECT * FROM pg_temp.err($q$SELECT pg_temp.recv('010000' || '00000000' || '0000000000000001' ||
                                                 '3ff0000000000000' || 'ffffffff' || '00000000')$q$);

-- stored values that fail their checks (XX001): the bytes of a stored
-- drift_state (little-endian, as on x86-64 and arm64) made by a function
-- that returns its bytea argument as it is
CREATE FUNCTION pg_temp.stored(bytea) RETURNS drift_state
LANGUAGE internal IMMUTABLE STRICT AS 'byteasend';
-- (the header of ks(less,auto){}, then 1:1:0 and 2:0:1: valid)
SELECT pg_temp.stored(decode('010100000000000000000000' ||
                             '000000000000f03f' || '01000000' || '00000000' ||
                             '0000000000000040' || '00000000' || '01000000', 'hex')) AS valid_stored_state;
-- an unknown test, a size that is not a header and whole points, a reserved byte set
SELECT * FROM pg_temp.err($q$SELECT ks_drift_final(pg_temp.stored(decode('070000000000000000000000', 'hex')))$q$);
SELECT * FROM pg_temp.err($q$SELECT ks_drift_final(pg_temp.stored(decode('01000000000000000000000000', 'hex')))$q$);
SELECT * FROM pg_temp.err($q$SELECT drift_state_out(pg_temp.stored(decode('010000ff0000000000000000', 'hex')))$q$);
-- points out of order, a negative count
SELECT * FROM pg_temp.err($q$SELECT ks_drift_final(pg_temp.stored(decode('010000000000000000000000' ||
                          '0000000000000040' || '01000000' || '00000000' ||
                          '000000000000f03f' || '00000000' || '01000000', 'hex')))$q$);
SELECT * FROM pg_temp.err($q$SELECT psi_final(pg_temp.stored(decode('020000000a00000000000000' ||
                          '000000000000f03f' || 'ffffffff' || '01000000', 'hex')))$q$);
\x off
