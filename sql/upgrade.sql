-- upgrade: ALTER EXTENSION greenlang UPDATE from the last release.  In a
-- database of its own: greenlang 0.1 (releases/greenlang--0.1.sql, on
-- today's library through src/compat_0_1.c), a table holding every type of
-- 0.1 and every stored aggregate state (values at the edges too) and a
-- user's view; the update; the data reads back identically as text and as
-- binary, COPY files written before read back after; then the catalog of
-- the updated database equals a fresh install of the current version
-- (test/sql/catalog.sql: functions with argument names, results, markings,
-- costs; aggregates; types; operators; casts; every comment).  The values
-- listed are those the 0.1 library printed for the same input (checked once
-- against a build of the 0.1 release, 02560f6; a table that build wrote
-- read back the same with this library).
SET client_min_messages = warning;
\set regress_db :DBNAME
DROP DATABASE IF EXISTS gl_regress_upgrade;
CREATE DATABASE gl_regress_upgrade TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C';
\c gl_regress_upgrade
SET client_min_messages = warning;
CREATE EXTENSION greenlang VERSION '0.1';
SELECT extversion FROM pg_extension WHERE extname = 'greenlang';
\i test/sql/catalog.sql

-- ---- every type of 0.1, and every stored aggregate state ----
CREATE TABLE stored (
  id integer PRIMARY KEY,
  s steam, c confusion, f fp_tally, b energy_balance_state, d drift_state,
  k sankey_flows, br energy_balance_result, kr ks_drift_result, ri rate_interval);
INSERT INTO stored (id, s) VALUES
  (1, steam_pt(3, 'MPa', 300, 'K')),                 -- region 1
  (2, steam_pt(0.1, 'MPa', 500, 'K')),               -- region 2
  (3, steam_pt(50, 'MPa', 2273.15, 'K')),            -- region 5, its corner
  (4, steam_ph(25, 'MPa', 2000, 'kJ/kg')),           -- region 3
  (5, steam_tx(273.16, 'K', 0)),                     -- triple point, liquid
  (6, steam_px(0.000611657, 'MPa', 1)),              -- triple point, vapour
  (7, steam_px(22.064, 'MPa', 1)),                   -- critical point
  (8, 'p=100 MPa, T=273.15 K'),                      -- the corner of region 1
  (9, steam_ps(1, 'MPa', 6.5, 'kJ/(kg*K)')),
  (10, steam_reading(10, 'bar', 179, 'degC'));       -- 2 K below saturation
INSERT INTO stored (id, c) VALUES
  (11, 'tp=0, fp=0, fn=0, tn=0'),
  (12, confusion(9223372036854775807, 1, 2, 9223372036854775807)),
  (13, (SELECT confusion(p, a) FROM (VALUES (true, true), (true, false), (false, false),
                                             (false, true), (NULL, true)) v(p, a)));
INSERT INTO stored (id, f) VALUES
  (21, 'tp=0, fp=0'),
  (22, 'tp=7, fp=3, confidence=0.9, method=wilson'),
  (23, 'tp=9223372036854775807, fp=9223372036854775807, confidence=0.999999, method=clopper-pearson');
INSERT INTO stored (id, b) VALUES
  (31, 'input=0/0, output=0/0, loss=0/0, tolerance=default'),
  (32, 'input=5/2, output=3/1, loss=1/1, tolerance=0'),
  (33, 'input=42535295865117307932921825928971026432/9223372036854775807, output=1/1, loss=0/0, tolerance=1');
INSERT INTO stored (id, d) VALUES
  (41, 'ks(greater,auto){}'),
  (42, ' ks ( less , exact ) { 3:1:0 , 1:0:2, 3:2:1,-0:0:1, 7:0:0 } '),
  (43, 'ks(two-sided,asymp){1e308:2147483647:0,-1e308:5:0,5e-324:0:3}'),
  (44, 'psi(2){0:1:1}'),
  (45, 'psi(10){}');
INSERT INTO stored (id, k) VALUES
  (51, ''),
  (52, 'options="unit=kW"; "a"->"b":0.1'),
  (53, '"a ""q"" é"->"b;c":1e300'),
  (54, (SELECT sankey_collect(s, t, v) FROM (VALUES ('fuel', 'boiler', 100::float8),
                                                   ('boiler', 'steam', 82), ('boiler', 'stack', 18)) x(s, t, v)));
INSERT INTO stored (id, br) SELECT 61, energy_balance(v, u, dir)
  FROM (VALUES (100, 'kWh', 'input'), (0.3, 'MWh', 'output'), (5, 'kWh', 'loss')) x(v, u, dir);
INSERT INTO stored (id, kr) SELECT 71, ks_drift(v, v > 2) FROM generate_series(1, 5) v;
INSERT INTO stored (id, ri) SELECT 81, fp_rate_interval(fp) FROM (VALUES (true), (false), (false)) x(fp);
-- a user's view and index on functions whose arguments 0.2 renames
CREATE VIEW hot AS SELECT id, enthalpy(s, 'kJ/kg') AS h, steam_pt(1, 'MPa', 500, 'K') AS ref FROM stored;
CREATE INDEX stored_h ON stored (enthalpy(s, 'kJ/kg'));

-- every stored value as text and as binary (the type's send function); the
-- attributes of result types also as jsonb
CREATE FUNCTION pg_temp.forms()
RETURNS TABLE (id integer, type text, text text, binary_form bytea, attributes jsonb)
LANGUAGE sql AS $$
  SELECT id, 'steam', s::text, steam_send(s), NULL::jsonb FROM stored WHERE s IS NOT NULL
  UNION ALL SELECT id, 'confusion', c::text, confusion_send(c), NULL FROM stored WHERE c IS NOT NULL
  UNION ALL SELECT id, 'fp_tally', f::text, fp_tally_send(f), NULL FROM stored WHERE f IS NOT NULL
  UNION ALL SELECT id, 'energy_balance_state', b::text, energy_balance_state_send(b), NULL FROM stored WHERE b IS NOT NULL
  UNION ALL SELECT id, 'drift_state', d::text, drift_state_send(d), NULL FROM stored WHERE d IS NOT NULL
  UNION ALL SELECT id, 'sankey_flows', k::text, sankey_flows_send(k), NULL FROM stored WHERE k IS NOT NULL
  -- (NOT (x IS NULL): a row value IS NOT NULL only when no field is NULL, and a
  -- result type that gains a column reads it as NULL in stored values)
  UNION ALL SELECT id, 'energy_balance_result', br::text, record_send(br), to_jsonb(br) FROM stored WHERE NOT (br IS NULL)
  UNION ALL SELECT id, 'ks_drift_result', kr::text, record_send(kr), to_jsonb(kr) FROM stored WHERE NOT (kr IS NULL)
  UNION ALL SELECT id, 'rate_interval', ri::text, record_send(ri), to_jsonb(ri) FROM stored WHERE NOT (ri IS NULL)
$$;
CREATE TABLE before_update AS SELECT * FROM pg_temp.forms();
CREATE TABLE view_before AS SELECT v::text AS row FROM hot v;
-- (the base types: a result type that gains a column in a later version
-- reads back with it NULL, but a COPY file of the old shape does not load)
CREATE VIEW base_types AS SELECT id, s, c, f, b, d, k FROM stored;
\copy (TABLE base_types) TO 'test/out/upgrade_stored.txt'
\copy (TABLE base_types) TO 'test/out/upgrade_stored.bin' WITH (FORMAT binary)
-- the values as the 0.1 library printed them for the same input (text, and
-- binary in hex)
SELECT id, type, text, encode(binary_form, 'hex') AS binary_form FROM before_update ORDER BY id;

-- ---- a user's object that calls a function 0.2 removes stops the update ----
CREATE VIEW co2 AS SELECT fuel_co2_kg(10, 'MMBtu') AS kg;
\i test/sql/err.sql
\x on
SELECT * FROM pg_temp.err('ALTER EXTENSION greenlang UPDATE');
\x off
SELECT extversion FROM pg_extension WHERE extname = 'greenlang';
DROP VIEW co2;

-- ---- the update ----
ALTER EXTENSION greenlang UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'greenlang';
-- the data reads back identically, as text and as binary: no differences
-- (a result type may gain columns; the ones it had read back the same)
SELECT b.id, b.type, b.text AS before, a.text AS after
FROM before_update b FULL JOIN pg_temp.forms() a USING (id, type)
WHERE CASE WHEN b.attributes IS NULL
           THEN b.text IS DISTINCT FROM a.text OR b.binary_form IS DISTINCT FROM a.binary_form
           ELSE a.attributes IS NULL OR NOT a.attributes @> b.attributes END;
-- the COPY files written before the update read back after it
CREATE TABLE copied_text AS TABLE base_types WITH NO DATA;
CREATE TABLE copied_binary AS TABLE base_types WITH NO DATA;
\copy copied_text FROM 'test/out/upgrade_stored.txt'
\copy copied_binary FROM 'test/out/upgrade_stored.bin' WITH (FORMAT binary)
-- (rows compared by their text: most greenlang types have no equality)
SELECT 'text' AS copy, * FROM (SELECT t::text FROM base_types t EXCEPT SELECT t::text FROM copied_text t) x
UNION ALL SELECT 'binary', * FROM (SELECT t::text FROM base_types t EXCEPT SELECT t::text FROM copied_binary t) y;
SELECT (SELECT count(*) FROM copied_text) AS text_rows, (SELECT count(*) FROM copied_binary) AS binary_rows;
-- the user's view and index still work, with the same results
SELECT row FROM view_before EXCEPT SELECT v::text FROM hot v;
SET enable_seqscan = off;
SELECT id FROM stored WHERE enthalpy(s, 'kJ/kg') > 3000 ORDER BY id;
RESET enable_seqscan;
-- the stored states work with the functions of the new version
SELECT rollup(c) FROM stored WHERE id IN (11, 13);
SELECT (energy_balance_final(b)).input_kwh FROM stored WHERE id = 32;
SELECT (ks_drift_final(d)).statistic FROM stored WHERE id = 42;
-- (NULL since 0.2: one baseline and one current value are fewer than 2 bins)
SELECT psi_final(d) FROM stored WHERE id = 44;
SELECT fp_rate_final(f) FROM stored WHERE id = 22;
-- and the renamed arguments are the new names
SELECT enthalpy(steam_pt(pressure => 1, pressure_unit => 'MPa', temperature => 500,
                         temperature_unit => 'K'), out_unit => 'kJ/kg') AS h;

-- ---- the catalog after the update equals a fresh install ----
CREATE TABLE updated_catalog AS SELECT * FROM pg_temp.gl_catalog();
DROP VIEW hot, base_types;
DROP TABLE stored, copied_text, copied_binary;
DROP EXTENSION greenlang;
CREATE EXTENSION greenlang;
CREATE TABLE fresh_catalog AS SELECT * FROM pg_temp.gl_catalog();
SELECT count(*) > 3000 AS compared_many_properties FROM fresh_catalog;
-- every difference, saying what to do about it: none.  First the objects a
-- fresh install has and the update does not make (or the other way round),
-- then the properties of common objects that differ or that only one has.
CREATE TABLE differences AS
SELECT coalesce(f.object, u.object) AS object, coalesce(f.property, u.property) AS property,
       CASE WHEN u.object IS NULL THEN 'missing after the update: add it to src/upgrade.sql'
            WHEN f.object IS NULL THEN 'left over by the update: src/upgrade.sql must drop or change it'
            ELSE 'differs: src/upgrade.sql must make it as a fresh install has it' END AS problem,
       f.value AS fresh_install, u.value AS after_update
FROM fresh_catalog f FULL JOIN updated_catalog u ON (f.object, f.property) = (u.object, u.property)
WHERE f.object IS NULL OR u.object IS NULL OR f.value IS DISTINCT FROM u.value;
-- whole objects
SELECT object, problem FROM differences WHERE property = 'member of the extension'
ORDER BY object;
-- properties of the objects both have
\x on
SELECT object, property, problem, fresh_install, after_update
FROM differences d
WHERE NOT EXISTS (SELECT FROM differences m
                  WHERE m.object = d.object AND m.property = 'member of the extension')
ORDER BY object, property;
\x off

\c :regress_db
SET client_min_messages = warning;
DROP DATABASE gl_regress_upgrade;
