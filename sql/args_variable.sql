-- Text arguments given by a PL/pgSQL variable (a parameter, not a constant).
-- A simple expression in PL/pgSQL keeps its call-site data (fn_extra)
-- between evaluations while the variable changes, so a function may
-- remember by call site only what its constant arguments decide.  Before
-- base's gl_arg_const, an argument cache that took every parameter for a
-- constant made latent_heat(150, u, 'kJ/kg') in a loop over u give every
-- value in the first unit.  Each value computed with the text in a variable
-- is compared with the same call written with the text as a constant
-- (EXECUTE of a new statement: no call-site data carried over).  Every list
-- returns to an earlier text, so a value remembered from the first one would
-- show.
SET extra_float_digits = 3;
CREATE TEMP TABLE by_var (what text, got text, want text);
CREATE FUNCTION pg_temp.want(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE r text;
BEGIN
  EXECUTE 'SELECT (' || q || ')::text' INTO r;
  RETURN r;
END $f$;

DO $$
DECLARE
  u text;
  m text;
  r text;
  c confusion := confusion(90, 10, 15, 885);
  s steam := steam_pt(1, 'MPa', 500, 'K');
BEGIN
  -- units
  FOREACH u IN ARRAY ARRAY['psig', 'kPag', 'bar(g)', 'psia', 'psig', 'kPa'] LOOP
    r := convert_units(150, 'psig', u)::text;
    INSERT INTO by_var VALUES ('convert_units(150, psig, ' || u || ')', r,
      pg_temp.want(format('convert_units(150, %L, %L)', 'psig', u)));
    r := convert_units(150, u, 'kPa')::text;
    INSERT INTO by_var VALUES ('convert_units(150, ' || u || ', kPa)', r,
      pg_temp.want(format('convert_units(150, %L, %L)', u, 'kPa')));
    r := saturation_temperature(150, u, 'degF')::text;
    INSERT INTO by_var VALUES ('saturation_temperature(150, ' || u || ')', r,
      pg_temp.want(format('saturation_temperature(150, %L, %L)', u, 'degF')));
    r := steam_px(150, u, 0.9)::text;
    INSERT INTO by_var VALUES ('steam_px(150, ' || u || ', 0.9)', r,
      pg_temp.want(format('steam_px(150, %L, 0.9)', u)));
    r := steam_ph(150, u, 2800, 'kJ/kg')::text;
    INSERT INTO by_var VALUES ('steam_ph(150, ' || u || ', 2800)', r,
      pg_temp.want(format('steam_ph(150, %L, 2800, %L)', u, 'kJ/kg')));
  END LOOP;
  FOREACH u IN ARRAY ARRAY['degC', 'degF', 'degC'] LOOP
    r := saturation_pressure(150, u, 'psia')::text;
    INSERT INTO by_var VALUES ('saturation_pressure(150, ' || u || ')', r,
      pg_temp.want(format('saturation_pressure(150, %L, %L)', u, 'psia')));
    r := steam_tx(150, u, 0.5)::text;
    INSERT INTO by_var VALUES ('steam_tx(150, ' || u || ', 0.5)', r,
      pg_temp.want(format('steam_tx(150, %L, 0.5)', u)));
  END LOOP;
  FOREACH u IN ARRAY ARRAY['kJ/kg', 'Btu/lb', 'kJ/kg'] LOOP
    r := enthalpy(s, u)::text;
    INSERT INTO by_var VALUES ('enthalpy(s, ' || u || ')', r,
      pg_temp.want(format('enthalpy(%L::steam, %L)', s, u)));
  END LOOP;
  FOREACH u IN ARRAY ARRAY['kg/m3', 'lb/ft3', 'kg/m3'] LOOP
    r := density(s, u)::text;
    INSERT INTO by_var VALUES ('density(s, ' || u || ')', r,
      pg_temp.want(format('density(%L::steam, %L)', s, u)));
  END LOOP;
  FOREACH u IN ARRAY ARRAY['kWh', 'MMBtu', 'GJ', 'kWh'] LOOP
    r := thermal_efficiency(850, 'kWh', 1000, u)::text;
    INSERT INTO by_var VALUES ('thermal_efficiency(850, kWh, 1000, ' || u || ')', r,
      pg_temp.want(format('thermal_efficiency(850, %L, 1000, %L)', 'kWh', u)));
  END LOOP;
  -- options and methods
  FOREACH m IN ARRAY ARRAY['wilson', 'clopper-pearson', 'wilson'] LOOP
    r := false_positive_rate_interval(c, 0.95, m)::text;
    INSERT INTO by_var VALUES ('false_positive_rate_interval(c, 0.95, ' || m || ')', r,
      pg_temp.want(format('false_positive_rate_interval(%L::confusion, 0.95, %L)', c, m)));
    r := proportion_interval('successes=15, trials=100'::proportion, 0.9, m)::text;
    INSERT INTO by_var VALUES ('proportion_interval(15/100, 0.9, ' || m || ')', r,
      pg_temp.want(format('proportion_interval(%L::proportion, 0.9, %L)', 'successes=15, trials=100', m)));
  END LOOP;
  FOREACH m IN ARRAY ARRAY['fraction', 'percent', 'fraction'] LOOP
    r := efficiency_severity(0.62, m)::text;
    INSERT INTO by_var VALUES ('efficiency_severity(0.62, ' || m || ')', r,
      pg_temp.want(format('efficiency_severity(0.62, %L)', m)));
  END LOOP;
END $$;
SELECT count(*) AS calls, count(*) FILTER (WHERE got IS NOT DISTINCT FROM want) AS equal
FROM by_var;
SELECT what, got, want FROM by_var WHERE got IS DISTINCT FROM want;
-- the texts did change the values (so equality above is not trivial)
SELECT count(DISTINCT want) > 30 AS values_differ FROM by_var;
