-- greenlang demo: the steam type as a plant engineer meets it.
\pset footer off
\set VERBOSITY default
\set SHOW_CONTEXT never
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS greenlang CASCADE;
RESET client_min_messages;
CREATE EXTENSION greenlang;

\echo
\echo '== 150 psig saturated steam: the state behind a trap-loss calculation'
SELECT steam_px(150, 'psig', 1) AS state,
       round(saturation_temperature(150, 'psig', 'degF')::numeric, 2) AS tsat_degf,
       round(enthalpy(steam_px(150, 'psig', 1), 'Btu/lb')::numeric, 2) AS hg_btu_lb,
       round(latent_heat(150, 'psig', 'Btu/lb')::numeric, 2) AS hfg_btu_lb;

\echo
\echo '== A superheated main, read in plant units, answered in SI and US units'
SELECT st AS state, region(st), phase(st),
       round(enthalpy(st)::numeric, 3) AS h_kj_kg,
       round(enthalpy(st, 'Btu/lb')::numeric, 3) AS h_btu_lb,
       round(specific_volume(st, 'ft3/lb')::numeric, 4) AS v_ft3_lb
FROM (SELECT 'p=600 psig, T=750 degF'::steam AS st) s;

\echo
\echo '== Gauge is never guessed: a bare psi is refused (errors shown on purpose)'
\set ON_ERROR_STOP 0
SELECT steam_px(150, 'psi', 1);

\echo
\echo '== A reading exactly on the saturation line is ambiguous'
SELECT steam_pt(1, 'MPa', saturation_temperature(1, 'MPa'), 'K');
\set ON_ERROR_STOP 1

\echo
\echo '== Steam table by pressure, computed in the query (no lookup table to go stale)'
SELECT psig,
       round(saturation_temperature(psig, 'psig', 'degF')::numeric, 2) AS tsat_f,
       round(enthalpy(steam_px(psig, 'psig', 0), 'Btu/lb')::numeric, 2) AS hf,
       round(enthalpy(steam_px(psig, 'psig', 1), 'Btu/lb')::numeric, 2) AS hg,
       round(latent_heat(psig, 'psig', 'Btu/lb')::numeric, 2) AS hfg
FROM unnest(ARRAY[0, 15, 50, 100, 150, 300, 600]) psig;
