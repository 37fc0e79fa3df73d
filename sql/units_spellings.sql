-- Unit spellings, power and finite results (issue 14).
\i test/sql/err.sql
\pset null '-'

-- case is ignored when exactly one unit matches; common aliases
SELECT s, convert_units(1, s, 'kJ') AS kj
FROM unnest(ARRAY['kwh', 'KWH', 'mmbtu', 'MMBTU', 'btu']) s;
SELECT convert_units(1, 'inches', 'mm') AS inches_mm, convert_units(212, 'deg F', 'degC') AS deg_f,
       convert_units(1000, 'lb/hr', 'kg/h') AS lb_hr, convert_units(1, 'mpa', 'kpa') AS mpa_kpa,
       convert_units(2, 'FEET', 'in') AS feet_in, convert_units(0, 'PSIG', 'psia') AS psig;
-- the same rule inside the text forms of the types; output is canonical
SELECT 'p=150 PSIG, x=1'::steam::text AS steam_text,
       'p=150 PSIG, x=1'::steam::text = 'p=150 psig, x=1'::steam::text AS same_as_psig,
       'p=1 mpa, T=500 DEGC'::steam::text = 'p=1 MPa, T=500 degC'::steam::text AS same_as_mpa;
SELECT * FROM pg_temp.err($q$SELECT 'p=150 Psi, x=1'::steam$q$);

-- power: W, kW, MW, Btu/h, MMBtu/h, bhp (33,475 Btu(IT)/h);
-- references: 1 Btu/h = 1055.05585262 J / 3600 s = 0.29307107017222 W
SELECT unit, base_unit, factor, abs(factor - f) <= 1e-15 * f AS factor_ok
FROM greenlang_units() JOIN (VALUES ('kW', 1), ('W', 0.001), ('MW', 1000),
  ('Btu/h', 1.05505585262 / 3600), ('MMBtu/h', 293.07107017222222),
  ('bhp', 33475 * 1.05505585262 / 3600)) r(unit, f) USING (unit)
WHERE dimension = 'power' ORDER BY factor;
SELECT convert_units(1, 'bhp', 'Btu/h') AS bhp_btu_h, convert_units(10, 'MMBtu/h', 'MW') AS mmbtu_h_mw,
       convert_units(1, 'MW', 'W') AS mw_w, convert_units(1, 'btu/hr', 'w') AS btu_hr_w;

\x on
-- misspellings: did you mean the nearest units of the dimension
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kwhr', 'kJ')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kJ', 'kwhr')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'psiq', 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'degC', 'degX')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kW', 'kwatt')$q$);
-- nothing near: the valid units
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kW', 'furlongs')$q$);
-- a bare psi in any case stays refused; power is not energy
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'Psi', 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kW', 'kWh')$q$);
-- a result beyond float8 is an error, not Infinity
SELECT * FROM pg_temp.err($q$SELECT convert_units(1e308, 'MPa', 'psig')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1.7e308, 'GJ', 'Btu')$q$);
\x off
-- the largest that fits converts
SELECT abs(convert_units(1e300, 'MPa', 'psig') / (1e300::float8 / 0.006894757293168361) - 1) < 1e-15 AS big_ok;
