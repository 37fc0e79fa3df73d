-- A property of a state built in the same expression, such as
-- enthalpy(steam_pt(p, 'psig', t, 'degF'), 'Btu/lb'), is rewritten by the
-- planner into one steam_property call (steam_property_support), which
-- builds the state on the stack.  It must give the same bits as the
-- property read from the stored state, for every constructor and property,
-- in every region; and the same errors.  (That the enthalpy computed alone
-- has the bits of the full property evaluation, and that those bits are
-- the ones of the oracle-validated build, is test_if97_digest's job.)
\i test/sql/err.sql
\pset null '-'

-- ~100,000 inputs over every region, from two low-discrepancy sequences
-- (u, w in [0, 1)); exact qualities 0 and 1 every tenth row
CREATE TEMP TABLE input AS
WITH g AS (
  SELECT g, ((g * 0.6180339887498949) % 1)::float8 AS u, ((g * 0.41421356237309515) % 1)::float8 AS w
  FROM generate_series(1, 100000) g)
SELECT g, CASE WHEN g <= 50000 THEN 'pt13'   -- regions 1, 2, 3: 1 kPa-100 MPa, 273.16-1073.14 K
               WHEN g <= 60000 THEN 'pt5'    -- region 5: up to 50 MPa, 1073.2-2273.1 K
               WHEN g <= 72000 THEN 'px'
               WHEN g <= 84000 THEN 'tx'
               WHEN g <= 92000 THEN 'ph'
               ELSE 'ps' END AS kind,
       u, w, CASE g % 10 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE w END AS x
FROM g;

-- the states, built and stored (their properties are read from the stored
-- value, as before the rewrite existed); inputs in the runbooks' units
CREATE TEMP TABLE st AS
SELECT g, kind, a, au, b, bu, x, CASE kind
         WHEN 'pt13' THEN steam_pt(a, au, b, bu)
         WHEN 'pt5' THEN steam_pt(a, au, b, bu)
         WHEN 'px' THEN steam_px(a, au, x)
         WHEN 'tx' THEN steam_tx(a, au, x)
         WHEN 'ph' THEN steam_ph(a, au, b, bu)
         WHEN 'ps' THEN steam_ps(a, au, b, bu) END AS s
FROM (
  SELECT g, kind, x,
         CASE kind WHEN 'pt13' THEN convert_units(10 ^ (-3 + 5 * u), 'MPa', 'psig')
                   WHEN 'pt5' THEN 10 ^ (-3 + 4.69 * u)
                   WHEN 'px' THEN 0.000612 + 22.063 * u
                   WHEN 'tx' THEN 0.01 + 373.9 * u
                   WHEN 'ph' THEN 0.01 + 999.8 * u
                   ELSE 0.001 + 99.99 * u END AS a,
         CASE kind WHEN 'pt13' THEN 'psig' WHEN 'pt5' THEN 'MPa' WHEN 'px' THEN 'MPa'
                   WHEN 'tx' THEN 'degC' WHEN 'ph' THEN 'bar' ELSE 'MPa' END AS au,
         CASE kind WHEN 'pt13' THEN convert_units(273.16 + 799.98 * w, 'K', 'degF')
                   WHEN 'pt5' THEN 1073.2 + 1199.9 * w
                   -- h and s of a (p, T) state at the same pressure
                   WHEN 'ph' THEN enthalpy(steam_pt(0.01 + 999.8 * u, 'bar', 273.16 + 799.98 * w, 'K'))
                   WHEN 'ps' THEN entropy(steam_pt(0.001 + 99.99 * u, 'MPa', 273.16 + 799.98 * w, 'K'))
              END AS b,
         CASE kind WHEN 'pt13' THEN 'degF' WHEN 'pt5' THEN 'K'
                   WHEN 'ph' THEN 'kJ/kg' WHEN 'ps' THEN 'kJ/(kg*K)' END AS bu
  FROM input) i;

SELECT kind, count(*) AS states, array_agg(DISTINCT region(s) ORDER BY region(s)) AS regions
FROM st GROUP BY kind ORDER BY kind;

-- the rewrite happens: a constant out_unit, a constructor call as the state
EXPLAIN (VERBOSE, COSTS OFF)
SELECT enthalpy(steam_pt(a, 'psig', b, 'degF'), 'Btu/lb') FROM st;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT cp(steam_px(a, au, x)), density(steam_ps(a, au, b, bu), 'lb/ft3') FROM st;
-- and not otherwise: an out_unit that is not a constant, a stored state
EXPLAIN (VERBOSE, COSTS OFF)
SELECT enthalpy(steam_pt(a, 'psig', b, 'degF'), au), enthalpy(s) FROM st;

-- bits of the fused value against the stored state's: 0 rows differ.  The
-- comparisons are of float8send bytes (-0 and 0, every last bit); NULL
-- (cp, cv, w of a two-phase state) must be NULL on both sides.
CREATE FUNCTION pg_temp.same(a float8, b float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS 'SELECT float8send(a) IS NOT DISTINCT FROM float8send(b)';

SELECT kind, count(*) AS states,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_pt(a, au, b, bu), 'Btu/lb'), enthalpy(s, 'Btu/lb'))) AS h,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_pt(a, au, b, bu)), enthalpy(s))) AS h_kj,
       count(*) FILTER (WHERE NOT pg_temp.same(internal_energy(steam_pt(a, au, b, bu)), internal_energy(s))) AS u,
       count(*) FILTER (WHERE NOT pg_temp.same(entropy(steam_pt(a, au, b, bu), 'Btu/(lb*degF)'), entropy(s, 'Btu/(lb*degF)'))) AS s,
       count(*) FILTER (WHERE NOT pg_temp.same(specific_volume(steam_pt(a, au, b, bu)), specific_volume(s))) AS v,
       count(*) FILTER (WHERE NOT pg_temp.same(density(steam_pt(a, au, b, bu)), density(s))) AS rho,
       count(*) FILTER (WHERE NOT pg_temp.same(cp(steam_pt(a, au, b, bu)), cp(s))) AS cp,
       count(*) FILTER (WHERE NOT pg_temp.same(cv(steam_pt(a, au, b, bu)), cv(s))) AS cv,
       count(*) FILTER (WHERE NOT pg_temp.same(speed_of_sound(steam_pt(a, au, b, bu)), speed_of_sound(s))) AS w
FROM st WHERE kind IN ('pt13', 'pt5') GROUP BY kind ORDER BY kind;

SELECT kind, count(*) AS states,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_px(a, au, x), 'Btu/lb'), enthalpy(s, 'Btu/lb'))) AS h,
       count(*) FILTER (WHERE NOT pg_temp.same(internal_energy(steam_px(a, au, x)), internal_energy(s))) AS u,
       count(*) FILTER (WHERE NOT pg_temp.same(entropy(steam_px(a, au, x)), entropy(s))) AS s,
       count(*) FILTER (WHERE NOT pg_temp.same(specific_volume(steam_px(a, au, x), 'ft3/lb'), specific_volume(s, 'ft3/lb'))) AS v,
       count(*) FILTER (WHERE NOT pg_temp.same(density(steam_px(a, au, x)), density(s))) AS rho,
       count(*) FILTER (WHERE NOT pg_temp.same(cp(steam_px(a, au, x)), cp(s))) AS cp,
       count(*) FILTER (WHERE NOT pg_temp.same(speed_of_sound(steam_px(a, au, x)), speed_of_sound(s))) AS w
FROM st WHERE kind = 'px' GROUP BY kind;

SELECT kind, count(*) AS states,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_tx(a, au, x), 'Btu/lb'), enthalpy(s, 'Btu/lb'))) AS h,
       count(*) FILTER (WHERE NOT pg_temp.same(internal_energy(steam_tx(a, au, x)), internal_energy(s))) AS u,
       count(*) FILTER (WHERE NOT pg_temp.same(entropy(steam_tx(a, au, x)), entropy(s))) AS s,
       count(*) FILTER (WHERE NOT pg_temp.same(specific_volume(steam_tx(a, au, x)), specific_volume(s))) AS v,
       count(*) FILTER (WHERE NOT pg_temp.same(density(steam_tx(a, au, x)), density(s))) AS rho,
       count(*) FILTER (WHERE NOT pg_temp.same(cv(steam_tx(a, au, x)), cv(s))) AS cv
FROM st WHERE kind = 'tx' GROUP BY kind;

SELECT kind, count(*) AS states,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_ph(a, au, b, bu), 'Btu/lb'), enthalpy(s, 'Btu/lb'))) AS h,
       count(*) FILTER (WHERE NOT pg_temp.same(internal_energy(steam_ph(a, au, b, bu)), internal_energy(s))) AS u,
       count(*) FILTER (WHERE NOT pg_temp.same(entropy(steam_ph(a, au, b, bu)), entropy(s))) AS s,
       count(*) FILTER (WHERE NOT pg_temp.same(density(steam_ph(a, au, b, bu)), density(s))) AS rho,
       count(*) FILTER (WHERE NOT pg_temp.same(speed_of_sound(steam_ph(a, au, b, bu)), speed_of_sound(s))) AS w
FROM st WHERE kind = 'ph' GROUP BY kind;

SELECT kind, count(*) AS states,
       count(*) FILTER (WHERE NOT pg_temp.same(enthalpy(steam_ps(a, au, b, bu), 'Btu/lb'), enthalpy(s, 'Btu/lb'))) AS h,
       count(*) FILTER (WHERE NOT pg_temp.same(entropy(steam_ps(a, au, b, bu)), entropy(s))) AS s,
       count(*) FILTER (WHERE NOT pg_temp.same(specific_volume(steam_ps(a, au, b, bu)), specific_volume(s))) AS v,
       count(*) FILTER (WHERE NOT pg_temp.same(cp(steam_ps(a, au, b, bu)), cp(s))) AS cp
FROM st WHERE kind = 'ps' GROUP BY kind;

-- NULL in, NULL out, as before; cp of a two-phase state is NULL
CREATE TEMP TABLE few (p float8, t float8, u text);
INSERT INTO few VALUES (150, 500, 'psig'), (NULL, 500, 'psig'), (150, NULL, 'psig'), (150, 500, NULL);
SELECT enthalpy(steam_pt(p, u, t, 'degF'), 'Btu/lb') AS h, cp(steam_px(p, u, 0.5)) AS cp_wet
FROM few;

-- the same errors as the constructor and the accessor raise: each
-- statement run fused (out_unit a constant) and not (out_unit from a
-- subquery, which the rewrite leaves alone)
CREATE TEMP TABLE bad (p float8, t float8, x float8);
INSERT INTO bad VALUES (-20, 500, 0.5);
CREATE TEMP TABLE err_case (q text, unit text);
INSERT INTO err_case VALUES
 ($q$SELECT enthalpy(steam_pt(p, 'psig', t, 'degF'), @) FROM bad$q$, 'Btu/lb'),
 ($q$SELECT enthalpy(steam_pt(p, 'furlongs', t, 'degF'), @) FROM bad$q$, 'Btu/lb'),
 ($q$SELECT enthalpy(steam_pt(150, 'psig', t, 'degF'), @) FROM bad$q$, 'm/s'),
 ($q$SELECT enthalpy(steam_pt(150, 'psig', 'NaN', 'degF'), @) FROM bad$q$, 'kJ/kg'),
 ($q$SELECT enthalpy(steam_px(p, 'psig', x), @) FROM bad$q$, 'kJ/kg'),
 ($q$SELECT entropy(steam_px(150, 'psig', x + 1), @) FROM bad$q$, 'kJ/(kg*K)'),
 ($q$SELECT density(steam_tx(t, 'degC', x), @) FROM bad$q$, 'kg/m3'),
 ($q$SELECT enthalpy(steam_ph(150, 'psig', t - 600, 'kJ/kg'), @) FROM bad$q$, 'kJ/kg'),
 ($q$SELECT cp(steam_ps(150, 'psig', t, 'kJ/(kg*K)'), @) FROM bad$q$, 'kJ/(kg*K)');
\x on
SELECT f.code, f.message, f.detail, f.hint,
       (f.code, f.message, f.detail, f.hint) IS NOT DISTINCT FROM (u.code, u.message, u.detail, u.hint) AS same_unfused
FROM err_case c,
     pg_temp.err(replace(c.q, '@', quote_literal(c.unit))) f,
     pg_temp.err(replace(c.q, '@', '(SELECT ' || quote_literal(c.unit) || ')')) u;
-- steam_property called directly: bad form or property names are 22023
SELECT * FROM pg_temp.err($q$SELECT steam_property(1, 'MPa', 500, 'K', 'kJ/kg', 'px', 'enthalpy')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_property(1, 'MPa', 0.5, 'kJ/kg', 'px', 'enthalpie')$q$);
\x off
SELECT steam_property(1, 'MPa', 500, 'K', 'kJ/kg', 'pt', 'enthalpy') = enthalpy(steam_pt(1, 'MPa', 500, 'K')) AS direct_call_same;

-- latent_heat and steam_energy_loss of a pressure remember their results per
-- query (few header pressures): the values must be those computed afresh.
-- In one query the first 5,000 pressures all differ, so the memo switches
-- itself off and every row is computed; the other query has only the 20
-- header pressures (in two units), and its memo answers most rows.
CREATE TEMP TABLE lh (id int, p float8, u text);
INSERT INTO lh SELECT g, 15 + g * 0.1, 'psig' FROM generate_series(1, 5000) g;
INSERT INTO lh SELECT 5000 + g, 15 + 30 * (g % 20), CASE WHEN g % 3 = 0 THEN 'kPag' ELSE 'psig' END
FROM generate_series(1, 20000) g;
CREATE TEMP TABLE fresh AS
SELECT id, latent_heat(p, u, 'Btu/lb') AS hfg,
       steam_energy_loss(p, u, 10, 'lb/h', 8760, 'latent', 'kWh') AS latent,
       steam_energy_loss(p, u, 10, 'lb/h', 8760, 50, 'degF', 'kWh') AS fw50
FROM lh;
CREATE TEMP TABLE memo AS
SELECT id, latent_heat(p, u, 'Btu/lb') AS hfg,
       steam_energy_loss(p, u, 10, 'lb/h', 8760, 'latent', 'kWh') AS latent,
       steam_energy_loss(p, u, 10, 'lb/h', 8760, 50, 'degF', 'kWh') AS fw50
FROM lh WHERE id > 5000;
SELECT count(*) AS rows,
       count(DISTINCT (m.hfg, m.latent, m.fw50)) AS distinct_results,
       count(*) FILTER (WHERE NOT pg_temp.same(f.hfg, m.hfg)) AS hfg_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.latent, m.latent)) AS latent_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.fw50, m.fw50)) AS fw50_differ
FROM fresh f JOIN memo m USING (id);
-- a bad pressure among remembered ones is still an error on its row
INSERT INTO lh VALUES (30000, -20, 'psig');
SELECT * FROM pg_temp.err($q$SELECT sum(latent_heat(p, u)) FROM lh WHERE id > 5000$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(steam_energy_loss(p, u, 10, 'lb/h', 8760, 'latent', 'kWh')) FROM lh WHERE id > 5000$q$);

-- the fused calls with units that are query constants (the usual call:
-- form, property and units resolved once per call site) give the bits of
-- the property of the stored state, every form and region
CREATE FUNCTION pg_temp.fused_constant(prop text, unit text)
RETURNS TABLE (kind text, states bigint, differ bigint) LANGUAGE plpgsql AS $f$
BEGIN
  RETURN QUERY EXECUTE format($q$
    SELECT kind, count(*), count(*) FILTER (WHERE NOT pg_temp.same(CASE kind
             WHEN 'pt13' THEN %1$I(steam_pt(a, 'psig', b, 'degF'), %2$L)
             WHEN 'pt5' THEN %1$I(steam_pt(a, 'MPa', b, 'K'), %2$L)
             WHEN 'px' THEN %1$I(steam_px(a, 'MPa', x), %2$L)
             WHEN 'tx' THEN %1$I(steam_tx(a, 'degC', x), %2$L)
             WHEN 'ph' THEN %1$I(steam_ph(a, 'bar', b, 'kJ/kg'), %2$L)
             ELSE %1$I(steam_ps(a, 'MPa', b, 'kJ/(kg*K)'), %2$L) END,
           %1$I(s, %2$L)))
    FROM st GROUP BY kind$q$, prop, unit);
END $f$;
SELECT p.prop, f.kind, f.states, f.differ
FROM (VALUES ('enthalpy', 'Btu/lb'), ('density', 'lb/ft3'), ('speed_of_sound', 'ft/s')) p(prop, unit),
     LATERAL pg_temp.fused_constant(p.prop, p.unit) f
ORDER BY 1, 2;
-- a bad row after good ones at such a call site: its own error
SELECT * FROM pg_temp.err($q$SELECT sum(enthalpy(steam_pt(p, 'psig', t, 'degF'), 'Btu/lb')) FROM (VALUES (150, 500), (150, 500), (-20, 500)) v(p, t)$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(enthalpy(steam_px(p, 'psig', x), 'Btu/lb')) FROM (VALUES (150, 0.5), (150, 1), (150, 1.5)) v(p, x)$q$);

-- The same memo when the units (and basis, feedwater temperature) are
-- query constants: latent_heat, and steam_energy_loss with a constant leak
-- rate and hours, keep the result keyed on the pressure as given;
-- steam_energy_loss with a leak rate or hours that vary keeps the specific
-- energy.  Fresh values as above: the first 5,000 pressures all differ.
DELETE FROM lh WHERE id = 30000;
CREATE TEMP VIEW calls_c AS
SELECT id, latent_heat(p, 'psig', 'Btu/lb') AS hfg,
       steam_energy_loss(p, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh') AS latent,
       steam_energy_loss(p, 'psig', 10, 'lb/h', 8760, 50, 'degF', 'kWh') AS fw50,
       steam_energy_loss(p, 'psig', 10 + id % 7, 'lb/h', 8760, 'latent', 'kWh') AS latent_rate,
       steam_energy_loss(p, 'psig', 10, 'lb/h', 1000 + id % 5, 50, 'degF', 'MJ') AS fw50_hours
FROM lh;
CREATE TEMP TABLE fresh_c AS SELECT * FROM calls_c;
CREATE TEMP TABLE memo_c AS SELECT * FROM calls_c WHERE id > 5000;
SELECT count(*) AS rows,
       count(DISTINCT (m.hfg, m.latent, m.fw50)) AS distinct_results,
       count(DISTINCT (m.latent_rate, m.fw50_hours)) AS distinct_varying,
       count(*) FILTER (WHERE NOT pg_temp.same(f.hfg, m.hfg)) AS hfg_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.latent, m.latent)) AS latent_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.fw50, m.fw50)) AS fw50_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.latent_rate, m.latent_rate)) AS latent_rate_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(f.fw50_hours, m.fw50_hours)) AS fw50_hours_differ
FROM fresh_c f JOIN memo_c m USING (id);
-- and against the latent heat itself: h_fg(p) x 10 lb/h x 8760 h
SELECT count(*) FILTER (WHERE abs(latent - latent_heat(p, 'psig', 'kJ/kg') * convert_units(10, 'lb/h', 'kg/h') * 8760 / 3600)
                              > 1e-12 * latent) AS latent_off
FROM memo_c JOIN lh USING (id);
-- a bad value among remembered pressures is still an error on its row
INSERT INTO lh VALUES (30000, -20, 'psig'), (30001, 'NaN', 'psig');
SELECT * FROM pg_temp.err($q$SELECT sum(latent_heat(p, 'psig', 'Btu/lb')) FROM lh WHERE id > 5000$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(latent_heat(p, 'psig', 'Btu/lb')) FROM lh WHERE id > 5000 AND id <> 30000$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(steam_energy_loss(p, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh')) FROM lh WHERE id > 5000$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(steam_energy_loss(p, 'psig', 10 + id % 7, 'lb/h', 8760, 50, 'degF', 'kWh')) FROM lh WHERE id > 5000 AND id <> 30000$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(steam_energy_loss(p, 'psig', CASE WHEN id = 24000 THEN -1 ELSE 10 + id % 7 END, 'lb/h', 8760, 'latent', 'kWh')) FROM lh WHERE id BETWEEN 5001 AND 29999$q$);

-- Pressures read at 0.1 psig come round in a few thousand values, more
-- than the memo's first table holds: it counts repeats, then tries a table
-- of 16,384 keys.  3,000 pressures (and temperatures) in turn over 40,000
-- rows, the saturated states of steam_px and steam_tx among them; each
-- result must be the one computed alone (a call of constants, evaluated
-- once by the planner).
CREATE TEMP TABLE rot AS
SELECT g AS id, (15 + (g * 7 % 3000) / 10.0)::float8 AS p, (20 + (g * 7 % 3000) / 20.0)::float8 AS t
FROM generate_series(1, 40000) g;
CREATE TEMP TABLE rot_alone (p float8, t float8, hfg float8, loss float8, hg float8, rho float8);
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT DISTINCT p, t FROM rot LOOP
    EXECUTE format($q$INSERT INTO rot_alone VALUES (%1$s::float8, %2$s::float8,
      latent_heat(%1$s::float8, 'psig', 'Btu/lb'),
      steam_energy_loss(%1$s::float8, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh'),
      enthalpy(steam_px(%1$s::float8, 'psig', 1), 'Btu/lb'),
      density(steam_tx(%2$s::float8, 'degC', 0.25), 'kg/m3'))$q$,
      quote_literal(r.p), quote_literal(r.t));
  END LOOP;
END $$;
-- (in the table's order: a join could bring equal pressures together)
CREATE TEMP TABLE rot_memo AS
SELECT p, t, latent_heat(p, 'psig', 'Btu/lb') AS hfg,
       steam_energy_loss(p, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh') AS loss,
       enthalpy(steam_px(p, 'psig', 1), 'Btu/lb') AS hg,
       density(steam_tx(t, 'degC', 0.25), 'kg/m3') AS rho
FROM rot;
SELECT count(*) AS rows, count(DISTINCT p) AS pressures,
       count(*) FILTER (WHERE NOT pg_temp.same(r.hfg, a.hfg)) AS hfg_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(r.loss, a.loss)) AS loss_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(r.hg, a.hg)) AS hg_differ,
       count(*) FILTER (WHERE NOT pg_temp.same(r.rho, a.rho)) AS rho_differ
FROM rot_memo r JOIN rot_alone a USING (p, t);
-- the saturated states' memo holds values, never errors: a bad quality or
-- pressure after remembered ones is its row's error
SELECT * FROM pg_temp.err($q$SELECT sum(enthalpy(steam_px(p, 'psig', CASE WHEN id = 39000 THEN 1.5 ELSE 1 END), 'Btu/lb')) FROM rot$q$);
SELECT * FROM pg_temp.err($q$SELECT sum(enthalpy(steam_px(CASE WHEN id = 39000 THEN -20 ELSE p END, 'psig', 1), 'Btu/lb')) FROM rot$q$);

-- A PL/pgSQL variable is a parameter, not a constant: a simple expression
-- keeps its call-site data between evaluations while the value changes,
-- so nothing may be remembered by it.  Each value as the constant gives it.
CREATE TEMP TABLE by_variable (what text, got float8, want float8);
DO $$
DECLARE
  v float8;
  u text;
  loss float8;
  hfg float8;
  loss_u float8;
  h float8;
BEGIN
  FOREACH v IN ARRAY ARRAY[10, 20, 10] LOOP
    loss := steam_energy_loss(150, 'psig', v, 'lb/h', 8760, 'latent', 'kWh');
    INSERT INTO by_variable VALUES ('loss, leak rate ' || v, loss,
      CASE v WHEN 10 THEN steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh')
             ELSE steam_energy_loss(150, 'psig', 20, 'lb/h', 8760, 'latent', 'kWh') END);
  END LOOP;
  FOREACH u IN ARRAY ARRAY['psig', 'kPag', 'psig'] LOOP
    hfg := latent_heat(150, u, 'kJ/kg');
    loss_u := steam_energy_loss(150, u, 10, 'lb/h', 8760, 'latent', 'kWh');
    h := enthalpy(steam_pt(150, u, 500, 'K'), 'Btu/lb');
    INSERT INTO by_variable VALUES
      ('latent_heat in ' || u, hfg,
       CASE u WHEN 'psig' THEN latent_heat(150, 'psig', 'kJ/kg') ELSE latent_heat(150, 'kPag', 'kJ/kg') END),
      ('loss in ' || u, loss_u,
       CASE u WHEN 'psig' THEN steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'latent', 'kWh')
              ELSE steam_energy_loss(150, 'kPag', 10, 'lb/h', 8760, 'latent', 'kWh') END),
      ('enthalpy of steam_pt in ' || u, h,
       CASE u WHEN 'psig' THEN enthalpy(steam_pt(150, 'psig', 500, 'K'), 'Btu/lb')
              ELSE enthalpy(steam_pt(150, 'kPag', 500, 'K'), 'Btu/lb') END);
  END LOOP;
END $$;
SELECT what, pg_temp.same(got, want) AS same FROM by_variable;
