-- The steam type: constructors, accessors in several units, phases, and the
-- examples of docs/steam.md.  Numbers are checked against the IF97 steam
-- table of the shared reference energy.md (psig, Tsat degF, hf, hg, hfg in
-- Btu/lb, atmosphere 14.696 psia) and the release's own tables.
\set VERBOSITY default

-- docs/steam.md: enthalpy of 150 psig saturated steam, in Btu/lb
SELECT round(enthalpy(steam_px(150, 'psig', 1), 'Btu/lb')::numeric, 2) AS hg_btu_lb;

-- the trap-pressure table of energy.md, to its printed 2 decimals
SELECT psig,
       abs(saturation_temperature(psig, 'psig', 'degF') - tsat_f) <= 0.006 AS tsat_ok,
       abs(enthalpy(steam_px(psig, 'psig', 0), 'Btu/lb') - hf) <= 0.006 AS hf_ok,
       abs(enthalpy(steam_px(psig, 'psig', 1), 'Btu/lb') - hg) <= 0.006 AS hg_ok,
       abs(latent_heat(psig, 'psig', 'Btu/lb') - hfg) <= 0.006 AS hfg_ok
FROM (VALUES (0, 211.95, 180.13, 1150.27, 970.14),
             (5, 227.10, 195.42, 1155.90, 960.47),
             (15, 249.72, 218.33, 1163.94, 945.60),
             (50, 297.65, 267.34, 1179.27, 911.94),
             (100, 337.88, 309.08, 1189.95, 880.87),
             (150, 365.87, 338.55, 1195.97, 857.41),
             (300, 421.78, 398.84, 1203.77, 804.93),
             (600, 488.86, 474.76, 1203.63, 728.87)) t(psig, tsat_f, hf, hg, hfg)
ORDER BY psig;

-- text input in several spellings, canonical output (SI, shortest exact form)
SELECT s::steam AS canonical
FROM (VALUES ('p=1 MPa, T=300 degC'),
             ('P = 10 bar , t = 573.15 K'),
             ('p=150 psig, x=1'),
             ('T=100 degC, x=0.5'),
             ('p=1 MPa, h=3000 kJ/kg'),
             ('p=3 MPa, s=6.5 kJ/kg/K'),
             ('p=0.0035 MPa, T=300 K'),
             ('p=30 MPa, T=2000 K')) v(s);

-- region and phase across the diagram
SELECT s, region(s::steam), phase(s::steam), quality(s::steam)
FROM (VALUES ('p=3 MPa, T=300 K'),
             ('p=0.0035 MPa, T=700 K'),
             ('p=25 MPa, T=650 K'),
             ('p=20 MPa, T=640 K'),
             ('p=18 MPa, T=640 K'),
             ('p=30 MPa, T=700 K'),
             ('p=0.5 MPa, T=1500 K'),
             ('p=1 MPa, x=0'),
             ('p=1 MPa, x=1'),
             ('p=1 MPa, x=0.25'),
             ('p=20 MPa, x=0.5')) v(s);

-- accessors with output units: 1 MPa, 300 degC (IF97 region 2)
SELECT round(temperature(st, 'degC')::numeric, 9) AS t_c,
       round(temperature(st, 'degF')::numeric, 9) AS t_f,
       round(pressure(st, 'psig')::numeric, 6) AS p_psig,
       round(pressure(st, 'bar')::numeric, 9) AS p_bar,
       round(enthalpy(st)::numeric, 6) AS h,
       round(enthalpy(st, 'Btu/lb')::numeric, 6) AS h_btu,
       round(entropy(st, 'Btu/(lb*degF)')::numeric, 6) AS s_btu,
       round(specific_volume(st, 'ft3/lb')::numeric, 6) AS v_ft3,
       round(density(st, 'lb/ft3')::numeric, 6) AS rho_lb,
       round(speed_of_sound(st, 'ft/s')::numeric, 4) AS w_fts
FROM (SELECT steam_pt(1, 'MPa', 300, 'degC') AS st) x;

-- unit conversions agree with convert_units
SELECT enthalpy(st, 'Btu/lb') = convert_units(enthalpy(st), 'kJ/kg', 'Btu/lb') AS h_units,
       pressure(st, 'psig') = convert_units(pressure(st), 'MPa', 'psig') AS p_units,
       temperature(st, 'degF') = convert_units(temperature(st), 'K', 'degF') AS t_units
FROM (SELECT steam_pt(150, 'psig', 500, 'degF') AS st) x;

-- thermodynamic identities hold: u = h - p v, rho = 1 / v
SELECT abs(internal_energy(st) - (enthalpy(st) - pressure(st, 'kPa') * specific_volume(st))) < 1e-9 AS u_identity,
       abs(density(st) * specific_volume(st) - 1) < 1e-15 AS rho_identity,
       cp(st) > cv(st) AS cp_gt_cv
FROM (VALUES (steam_pt(3, 'MPa', 300, 'K')), (steam_pt(0.1, 'MPa', 500, 'K')),
             (steam_pt(25, 'MPa', 650, 'K')), (steam_pt(30, 'MPa', 2000, 'K'))) v(st);

-- a two-phase state: mixture properties, no cp/cv/w
SELECT round(quality(st)::numeric, 12) AS x, cp(st) IS NULL AS no_cp, cv(st) IS NULL AS no_cv,
       speed_of_sound(st) IS NULL AS no_w,
       abs(enthalpy(st) - (0.75 * enthalpy(steam_px(1, 'MPa', 0)) + 0.25 * enthalpy(steam_px(1, 'MPa', 1)))) < 1e-9 AS lever_rule
FROM (SELECT steam_px(1, 'MPa', 0.25) AS st) x;

-- saturation functions in units
SELECT round(saturation_temperature(101.325, 'kPa', 'degC')::numeric, 4) AS normal_boiling_c,
       round(saturation_pressure(100, 'degC', 'kPa')::numeric, 4) AS psat_100c_kpa,
       round(saturation_pressure(212, 'degF', 'psia')::numeric, 5) AS psat_212f_psia,
       round(latent_heat(101.325, 'kPa')::numeric, 3) AS hfg_kj_kg,
       latent_heat(22.064, 'MPa') AS hfg_at_critical;

-- NULL in, NULL out
SELECT steam_pt(NULL, 'MPa', 300, 'K') IS NULL AS a, steam_px(1, NULL, 0.5) IS NULL AS b,
       enthalpy(NULL::steam) IS NULL AS c, enthalpy('p=1 MPa, x=1', NULL) IS NULL AS d,
       saturation_temperature(NULL, 'MPa') IS NULL AS e, quality('p=1 MPa, T=500 K') IS NULL AS f;

-- a unit that changes from row to row is looked up on every row; a constant
-- or a parameter once per query: both must give the same as converting first
SELECT u, enthalpy(steam_pt(150, u, 400, 'degF'), ou) =
          convert_units(enthalpy(steam_pt(convert_units(150, u, 'MPa'), 'MPa', 400, 'degF')), 'kJ/kg', ou) AS same
FROM (VALUES ('psig', 'Btu/lb'), ('psia', 'kJ/kg'), ('bar', 'J/kg'), ('psig', 'kJ/kg'), ('barg', 'Btu/lb')) v(u, ou);
PREPARE h_of(text, text) AS
  SELECT round(enthalpy(steam_pt(150, $1, 400, 'degF'), $2)::numeric, 6) AS h,
         enthalpy(steam_pt(150, $1, 400, 'degF'), $2) =
         convert_units(enthalpy(steam_pt(convert_units(150, $1, 'MPa'), 'MPa', 400, 'degF')), 'kJ/kg', $2) AS same
  FROM generate_series(1, 3);
EXECUTE h_of('psig', 'Btu/lb');
EXECUTE h_of('psia', 'kJ/kg');
SET plan_cache_mode = force_generic_plan;
EXECUTE h_of('psig', 'Btu/lb');
EXECUTE h_of('barg', 'Btu/lb');
RESET plan_cache_mode;
DEALLOCATE h_of;

-- arguments by name (docs/naming.md): each call equals the positional one
SELECT steam_pt(pressure => 1, pressure_unit => 'MPa', temperature => 300, temperature_unit => 'degC')::text
         = steam_pt(1, 'MPa', 300, 'degC')::text AS pt,
       steam_px(pressure => 150, pressure_unit => 'psig', quality => 0.9)::text
         = steam_px(150, 'psig', 0.9)::text AS px,
       steam_tx(temperature => 100, temperature_unit => 'degC', quality => 0.5)::text
         = steam_tx(100, 'degC', 0.5)::text AS tx,
       steam_ph(pressure => 1, pressure_unit => 'MPa', enthalpy => 3000, enthalpy_unit => 'kJ/kg')::text
         = steam_ph(1, 'MPa', 3000, 'kJ/kg')::text AS ph,
       steam_ps(pressure => 3, pressure_unit => 'MPa', entropy => 6.5, entropy_unit => 'kJ/(kg*K)')::text
         = steam_ps(3, 'MPa', 6.5, 'kJ/(kg*K)')::text AS ps;
SELECT enthalpy(st, out_unit => 'Btu/lb') = enthalpy(st, 'Btu/lb') AS h,
       temperature(st, out_unit => 'degF') = temperature(st, 'degF') AS t,
       pressure(st, out_unit => 'psig') = pressure(st, 'psig') AS p,
       entropy(st, out_unit => 'J/(kg*K)') = entropy(st, 'J/(kg*K)') AS s,
       internal_energy(st, out_unit => 'Btu/lb') = internal_energy(st, 'Btu/lb') AS u,
       cp(st, out_unit => 'J/(kg*K)') = cp(st, 'J/(kg*K)') AS cp,
       cv(st, out_unit => 'J/(kg*K)') = cv(st, 'J/(kg*K)') AS cv,
       specific_volume(st, out_unit => 'ft3/lb') = specific_volume(st, 'ft3/lb') AS v,
       density(st, out_unit => 'lb/ft3') = density(st, 'lb/ft3') AS rho,
       speed_of_sound(st, out_unit => 'ft/s') = speed_of_sound(st, 'ft/s') AS w,
       saturation_temperature(pressure => 150, pressure_unit => 'psig', out_unit => 'degF')
         = saturation_temperature(150, 'psig', 'degF') AS tsat,
       saturation_pressure(temperature => 100, temperature_unit => 'degC', out_unit => 'kPa')
         = saturation_pressure(100, 'degC', 'kPa') AS psat,
       latent_heat(pressure => 150, pressure_unit => 'psig', out_unit => 'Btu/lb')
         = latent_heat(150, 'psig', 'Btu/lb') AS hfg
FROM (SELECT steam_pt(150, 'psig', 500, 'degF') AS st) x;
