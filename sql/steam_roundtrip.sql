-- Round trips: a state built from (p,T) gives h and s; the state built from
-- (p,h) or (p,s) must give them back to 1e-9 relative, at the same T, in the
-- same region.  Grid over regions 1, 2, 3 and 5, then states 1 mK either side
-- of the saturation line, near the 2b/2c boundary below 4.5 MPa and near the
-- region 3/4 boundary close to the critical point.

CREATE FUNCTION pg_temp.rd(got float8, want float8) RETURNS float8
  LANGUAGE sql IMMUTABLE AS 'SELECT abs(got - want) / abs(want)';

CREATE TEMP TABLE grid AS
SELECT p, t, steam_pt(p, 'MPa', t, 'K') AS st
FROM unnest(ARRAY[0.0008, 0.001, 0.01, 0.1, 0.5, 1, 3, 4, 5, 10, 16.5, 20, 22,
                  25, 40, 50, 80, 100]::float8[]) p,
     generate_series(275.0, 2270.0, 5.0) t
WHERE t <= 1073.15 OR p <= 50;

CREATE TEMP TABLE trips AS
SELECT p, t, region(st) AS region, enthalpy(st) AS h, entropy(st) AS s,
       steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg') AS from_h,
       steam_ps(p, 'MPa', entropy(st), 'kJ/(kg*K)') AS from_s
FROM grid;

SELECT region, count(*) AS points,
       count(*) FILTER (WHERE pg_temp.rd(enthalpy(from_h), h) > 1e-9) AS h_fail,
       count(*) FILTER (WHERE pg_temp.rd(temperature(from_h), t) > 1e-9) AS t_from_h_fail,
       count(*) FILTER (WHERE region(from_h) <> region) AS region_from_h_fail,
       count(*) FILTER (WHERE pg_temp.rd(entropy(from_s), s) > 1e-9) AS s_fail,
       count(*) FILTER (WHERE pg_temp.rd(temperature(from_s), t) > 1e-9) AS t_from_s_fail,
       count(*) FILTER (WHERE region(from_s) <> region) AS region_from_s_fail
FROM trips GROUP BY region ORDER BY region;

-- 1 mK either side of saturation: liquid stays liquid, vapor stays vapor
CREATE TEMP TABLE nearsat AS
SELECT p, side, saturation_temperature(p, 'MPa') + side * 0.001 AS t
FROM unnest(ARRAY[0.001, 0.01, 0.101325, 0.5, 1, 2, 5, 10, 15, 16.5, 16.6, 18,
                  20, 21, 22, 22.06]::float8[]) p,
     unnest(ARRAY[-1, 1]) side;

SELECT p, side, region(st) AS region, phase(st),
       region(steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg')) = region(st) AS ph_region_ok,
       phase(steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg')) = phase(st) AS ph_phase_ok,
       abs(temperature(steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg')) - t) < 1e-7 AS ph_t_ok,
       pg_temp.rd(enthalpy(steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg')), enthalpy(st)) < 1e-9 AS ph_h_ok,
       region(steam_ps(p, 'MPa', entropy(st), 'kJ/(kg*K)')) = region(st) AS ps_region_ok,
       abs(temperature(steam_ps(p, 'MPa', entropy(st), 'kJ/(kg*K)')) - t) < 1e-7 AS ps_t_ok
FROM nearsat, LATERAL (SELECT steam_pt(p, 'MPa', t, 'K') AS st) x
ORDER BY p, side;

-- two-phase states from (p,h) and (p,s): the quality comes back
SELECT p, x,
       abs(quality(steam_ph(p, 'MPa', enthalpy(steam_px(p, 'MPa', x)), 'kJ/kg')) - x) < 1e-9 AS x_from_h,
       abs(quality(steam_ps(p, 'MPa', entropy(steam_px(p, 'MPa', x)), 'kJ/(kg*K)')) - x) < 1e-9 AS x_from_s
FROM unnest(ARRAY[0.001, 0.1, 1, 10, 18, 21]::float8[]) p,
     unnest(ARRAY[0.01, 0.5, 0.99]::float8[]) x
ORDER BY p, x;

-- sub-region 2b/2c boundary below 4.5 MPa (s = 5.85 kJ/(kg*K), h on B2bc)
SELECT p, count(*) AS points,
       count(*) FILTER (WHERE pg_temp.rd(enthalpy(steam_ph(p, 'MPa', enthalpy(st), 'kJ/kg')), enthalpy(st)) > 1e-9
                           OR pg_temp.rd(entropy(steam_ps(p, 'MPa', entropy(st), 'kJ/(kg*K)')), entropy(st)) > 1e-9) AS fail
FROM unnest(ARRAY[3.0, 3.5, 4.0, 4.4, 4.6, 5.0, 6.0]::float8[]) p,
     generate_series(0, 40) i,
     LATERAL (SELECT steam_pt(p, 'MPa', saturation_temperature(p, 'MPa') + 0.01 + i * 0.5, 'K') AS st) x
GROUP BY p ORDER BY p;

-- text output reads back to the same text, for every state above
SELECT count(*) AS states,
       count(*) FILTER (WHERE from_h::text::steam::text <> from_h::text) AS text_h_fail,
       count(*) FILTER (WHERE from_s::text::steam::text <> from_s::text) AS text_s_fail,
       count(*) FILTER (WHERE enthalpy(from_h::text::steam) <> enthalpy(from_h)) AS value_h_fail
FROM trips;
