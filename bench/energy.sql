-- bench/energy.sql - per-row cost of the steam-trap energy functions in SQL.
--  baseline: the bare scan  SELECT sum(p * leak)
--  greenlang: steam_energy_loss and friends per row
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', :'rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

-- trap inspections: line pressure 15-600 psig, line temperature from 1 degF
-- below saturation to 98 degF above, leak rate 0-100 lb/h, orifice 1/32-1/2 in
CREATE TABLE traps AS
SELECT g AS id,
       (15 + (g::bigint * 7919 % 5850) / 10.0)::float8 AS p_psig,
       saturation_temperature(15 + (g::bigint * 7919 % 5850) / 10.0, 'psig', 'degF') - 1 + (g % 100) AS t_degf,
       ((g::bigint * 104729 % 10000) / 100.0)::float8 AS leak_lb_h,
       (1 + g % 16) / 32.0 AS orifice_in
FROM generate_series(1, :rows) g;
VACUUM ANALYZE traps;

INSERT INTO bench_result VALUES
 ('bare scan: sum(p*leak)',
  pg_temp.bench_ms('SELECT sum(p_psig * leak_lb_h) FROM traps'), NULL),
 ('steam_energy_loss(p, leak) latent',
  pg_temp.bench_ms($q$SELECT sum(steam_energy_loss(p_psig, 'psig', leak_lb_h, 'lb/h')) FROM traps$q$),
  'bare scan: sum(p*leak)'),
 ('steam_energy_loss(p, leak, 8760, 50 degF) feedwater',
  pg_temp.bench_ms($q$SELECT sum(steam_energy_loss(p_psig, 'psig', leak_lb_h, 'lb/h', 8760, 50, 'degF')) FROM traps$q$),
  'bare scan: sum(p*leak)'),
 ('steam_energy_loss(steam_reading(p, T), leak)',
  pg_temp.bench_ms($q$SELECT sum(steam_energy_loss(steam_reading(p_psig, 'psig', t_degf, 'degF'), leak_lb_h, 'lb/h')) FROM traps$q$),
  'bare scan: sum(p*leak)'),
 ('trap_leak_rate(p, d)',
  pg_temp.bench_ms($q$SELECT sum(trap_leak_rate(p_psig, 'psig', orifice_in, 'in')) FROM traps$q$),
  'bare scan: sum(p*leak)'),
 ('CO2: fuel_co2(fuel_energy(steam_energy_loss(p, trap_leak_rate(p, d))))',
  pg_temp.bench_ms($q$SELECT sum(fuel_co2(fuel_energy(steam_energy_loss(p_psig, 'psig', trap_leak_rate(p_psig, 'psig', orifice_in, 'in'), 'kg/h'), 'kWh'), 'kWh')) FROM traps$q$),
  'bare scan: sum(p*leak)');

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
DROP TABLE traps;
