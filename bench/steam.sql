-- bench/steam.sql - per-row cost of steam properties in SQL.
--  baseline: the bare scan  SELECT sum(p * t)
--  runbook:  a steam_properties lookup table joined on pressure
--  greenlang: a steam state built per row and one property read from it
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', :'rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

-- readings of trap inlet pressure (psig) and line temperature (degF):
-- saturated and superheated steam between 15 and 600 psig
CREATE TABLE readings AS
SELECT g AS id,
       (15 + (g::bigint * 7919 % 5850) / 10.0)::float8 AS p_psig,
       saturation_temperature(15 + (g::bigint * 7919 % 5850) / 10.0, 'psig', 'degF') + 1 + (g % 200) AS t_degf
FROM generate_series(1, :rows) g;
VACUUM ANALYZE readings;

-- the runbook's way: a table of saturated properties per whole psig
CREATE TABLE steam_properties AS
SELECT psig AS pressure_psig,
       enthalpy(steam_px(psig, 'psig', 1), 'Btu/lb') AS hg_btu_lb,
       latent_heat(psig, 'psig', 'Btu/lb') AS hfg_btu_lb
FROM generate_series(0, 700) psig;
CREATE UNIQUE INDEX ON steam_properties (pressure_psig);
ANALYZE steam_properties;

INSERT INTO bench_result VALUES
 ('bare scan: sum(p*t)',
  pg_temp.bench_ms('SELECT sum(p_psig * t_degf) FROM readings'), NULL),
 ('runbook: join steam_properties on round(p)',
  pg_temp.bench_ms('SELECT sum(sp.hfg_btu_lb) FROM readings r JOIN steam_properties sp ON sp.pressure_psig = round(r.p_psig)'),
  'bare scan: sum(p*t)'),
 ('greenlang: latent_heat(p)',
  pg_temp.bench_ms($q$SELECT sum(latent_heat(p_psig, 'psig', 'Btu/lb')) FROM readings$q$),
  'bare scan: sum(p*t)'),
 ('greenlang: enthalpy(steam_px(p, x=1))',
  pg_temp.bench_ms($q$SELECT sum(enthalpy(steam_px(p_psig, 'psig', 1), 'Btu/lb')) FROM readings$q$),
  'bare scan: sum(p*t)'),
 ('greenlang: enthalpy(steam_pt(p, T))',
  pg_temp.bench_ms($q$SELECT sum(enthalpy(steam_pt(p_psig, 'psig', t_degf, 'degF'), 'Btu/lb')) FROM readings$q$),
  'bare scan: sum(p*t)'),
 ('greenlang: temperature(steam_ph(p, h))',
  pg_temp.bench_ms($q$SELECT sum(temperature(steam_ph(p_psig, 'psig', 1200 + t_degf / 10, 'Btu/lb'))) FROM readings$q$),
  'bare scan: sum(p*t)');

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
