-- COPY round trips of steam values, text and binary: every value comes back
-- identical (same canonical text, same properties).  Files go to test/out/
-- (client-side \copy; pg_regress runs from the top of the tree).

CREATE TEMP TABLE src (id int, st steam);
INSERT INTO src VALUES
  (1, steam_pt(3, 'MPa', 300, 'K')),
  (2, steam_pt(0.0035, 'MPa', 700, 'K')),
  (3, steam_pt(25.5837018, 'MPa', 650, 'K')),
  (4, steam_pt(30, 'MPa', 2000, 'K')),
  (5, steam_px(150, 'psig', 1)),
  (6, steam_px(1, 'MPa', 0.37)),
  (7, steam_tx(100, 'degC', 0.5)),
  (8, steam_ph(1, 'MPa', 3000, 'kJ/kg')),
  (9, steam_ps(3, 'MPa', 6.5, 'kJ/(kg*K)')),
  (10, steam_ph(20, 'MPa', 2000, 'kJ/kg')),
  (11, steam_tx(640, 'K', 0)),
  (12, NULL);

\copy src TO 'test/out/steam_copy.txt'
\copy src TO 'test/out/steam_copy.bin' (FORMAT binary)
CREATE TEMP TABLE from_text (LIKE src);
CREATE TEMP TABLE from_binary (LIKE src);
\copy from_text FROM 'test/out/steam_copy.txt'
\copy from_binary FROM 'test/out/steam_copy.bin' (FORMAT binary)

SELECT s.id,
       t.st::text = s.st::text AS text_same,
       b.st::text = s.st::text AS binary_same,
       temperature(b.st) = temperature(s.st) AND pressure(b.st) = pressure(s.st)
         AND enthalpy(b.st) = enthalpy(s.st) AND entropy(b.st) = entropy(s.st)
         AND density(b.st) = density(s.st) AS binary_props_same,
       temperature(t.st) = temperature(s.st) AND pressure(t.st) = pressure(s.st)
         AND enthalpy(t.st) = enthalpy(s.st) AND entropy(t.st) = entropy(s.st)
         AND density(t.st) = density(s.st) AS text_props_same
FROM src s JOIN from_text t USING (id) JOIN from_binary b USING (id)
ORDER BY s.id;
SELECT count(*) AS nulls_kept FROM from_binary WHERE st IS NULL;

-- the canonical text of each
SELECT id, st FROM src ORDER BY id;

-- binary input accepts what text input accepts, with the same errors.  A
-- binary COPY file with one steam field (float8 p, T, x) is written by hand:
-- a two-phase state on the saturation line (accepted), one whose T is not
-- the saturation temperature, a state out of range, a NaN temperature, an
-- infinite and a negative quality.
CREATE FUNCTION pg_temp.copyfile(p float8, t float8, x float8) RETURNS text
LANGUAGE sql AS $$
  SELECT replace(encode(decode('5047434f50590aff0d0a00' || '00000000' || '00000000'
                               || '0001' || '00000018', 'hex')
                        || float8send(p) || float8send(t) || float8send(x)
                        || decode('ffff', 'hex'), 'base64'), E'\n', '')
$$;
CREATE TEMP TABLE bad (st steam);
-- COPY FROM PROGRAM decodes the file on the server, so pg_temp.err shows the
-- error of each bad one field by field
CREATE FUNCTION pg_temp.copy_bad(p float8, t float8, x float8) RETURNS text
LANGUAGE sql AS $$
  SELECT format('COPY bad FROM PROGRAM %L (FORMAT binary)',
                'echo ' || pg_temp.copyfile(p, t, x) || ' | base64 -d')
$$;
\i test/sql/err.sql
\x on
SELECT * FROM pg_temp.err(pg_temp.copy_bad(1, saturation_temperature(1, 'MPa'), 1));
SELECT * FROM pg_temp.err(pg_temp.copy_bad(1, 400, 0.5));
SELECT * FROM pg_temp.err(pg_temp.copy_bad(200, 500, -1));
SELECT * FROM pg_temp.err(pg_temp.copy_bad(1, 'NaN', -1));
SELECT * FROM pg_temp.err(pg_temp.copy_bad(1, 300, 'Infinity'));
SELECT * FROM pg_temp.err(pg_temp.copy_bad(1, 300, -0.5));
\x off
SELECT st, phase(st) FROM bad;
-- the same values as text meet the same errors
SELECT v.txt, t.code, t.code = b.code AND t.message = b.message AND t.detail = b.detail
              AND t.hint IS NOT DISTINCT FROM b.hint AS same_error
FROM (VALUES ('p=1 MPa, T=400 K, x=0.5', 1, 400, 0.5),
             ('p=200 MPa, T=500 K', 200, 500, -1),
             ('p=1 MPa, T=300 K, x=-0.5', 1, 300, -0.5)) v(txt, p, t, x),
     LATERAL pg_temp.err(format('SELECT %L::steam', v.txt)) t,
     LATERAL pg_temp.err(pg_temp.copy_bad(v.p, v.t, v.x)) b;
