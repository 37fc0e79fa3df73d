-- convert_units and the unit table.
-- Expected values are the published definitions (shared reference energy.md):
-- lb = 0.45359237 kg, in = 0.0254 m, Btu(IT) = 1055.05585262 J,
-- psi = 6.894757293168361 kPa, atmosphere = 101.325 kPa.
\set VERBOSITY default

SELECT abs(convert_units(1, 'psia', 'kPa') - 6.894757293168361) < 1e-12 AS psi,
       abs(convert_units(150, 'psig', 'psia') - 164.69594877551) < 1e-9 AS psig,
       convert_units(0, 'psig', 'kPa') = 101.325 AS zero_gauge,
       convert_units(10, 'bar', 'MPa') = 1 AS bar,
       abs(convert_units(1, 'barg', 'kPa') - 201.325) < 1e-12 AS barg;

SELECT convert_units(212, 'degF', 'degC') AS boiling_c,
       convert_units(100, 'degC', 'K') AS boiling_k,
       round(convert_units(0, 'K', 'degF')::numeric, 10) AS zero_k_in_f,
       convert_units(491.67, 'degR', 'K') AS rankine;

SELECT abs(convert_units(1, 'MMBtu', 'kWh') - 293.0710701722222) < 1e-9 AS mmbtu,
       abs(convert_units(1, 'therm', 'kWh') - 29.30710701722) < 1e-9 AS therm,
       abs(convert_units(1, 'GJ', 'kWh') - 277.7777777777778) < 1e-9 AS gj,
       convert_units(1, 'MWh', 'kWh') = 1000 AS mwh,
       abs(convert_units(1000, 'Btu', 'kWh') - 0.2930710701722222) < 1e-15 AS btu;

SELECT convert_units(1, 'Btu/lb', 'kJ/kg') = 2.326 AS btu_per_lb,
       abs(convert_units(1, 'Btu/(lb*degF)', 'kJ/(kg*K)') - 4.1868) < 1e-15 AS btu_per_lb_f,
       convert_units(1000, 'lb/h', 'kg/h') = 453.59237 AS lb_per_h,
       convert_units(3/16.0, 'in', 'mm') = 4.7625 AS orifice,
       convert_units(1, 'kg/s', 'kg/h') = 3600 AS kg_per_s;

-- thousand pounds (steam is priced per 1000 lb; "Mlb" in the US steam trade)
SELECT convert_units(1, 'klb', 'kg') = 453.59237 AS klb,
       convert_units(1, '1000 lb', 'lb') AS thousand_lb,
       convert_units(1, 'Mlb', 'lb') AS mlb,
       convert_units(1, '1000 kg', 'kg') AS thousand_kg,
       convert_units(75.8, 'lb/h', 'klb/h') AS klb_per_h;

-- aliases
SELECT convert_units(100, '°C', 'K') = 373.15 AS degree_sign,
       convert_units(100, 'C', 'degF') AS c_alias,
       convert_units(1, 'kJ/kg/K', 'kJ/(kg*K)') AS slash_k,
       convert_units(1, 'lb/hr', 'lb/h') AS lb_hr;

-- the unit table
SELECT dimension, string_agg(unit, ', ' ORDER BY unit) AS units
FROM greenlang_units() GROUP BY dimension ORDER BY dimension;
SELECT unit, base_unit, factor, zero_in_base, gauge
FROM greenlang_units() WHERE unit IN ('psig', 'degF', 'kWh', 'lb/h') ORDER BY unit;

-- NULL in, NULL out
SELECT convert_units(NULL, 'kWh', 'MJ') IS NULL AS null_value,
       convert_units(1, NULL, 'MJ') IS NULL AS null_from,
       convert_units(1, 'kWh', NULL) IS NULL AS null_to;

-- constant unit arguments over many rows (cached), and changing ones
SELECT round(sum(convert_units(g, 'kWh', 'MJ'))::numeric, 6) AS total_mj FROM generate_series(1, 1000) g;
SELECT u, convert_units(1, u, CASE WHEN u = 'kWh' THEN 'MJ' ELSE 'kPa' END)
FROM (VALUES ('kWh'), ('psia'), ('kWh'), ('bar')) v(u);

-- bad input: one error per line, with its SQLSTATE, message, detail and hint
\i test/sql/err.sql
\pset null '-'
\x on
-- units (22023)
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'psi', 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kPa', 'psi')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'furlong', 'm')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kWh', 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'kWh', 'kw')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, 'megapascal', 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(1, '', 'kWh')$q$);
-- values (22003)
SELECT * FROM pg_temp.err($q$SELECT convert_units('NaN', 'kWh', 'MJ')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units('Infinity', 'kWh', 'MJ')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units('-Infinity', 'degC', 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(-300, 'degC', 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(-460, 'degF', 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(-5, 'kPa', 'MPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT convert_units(-20, 'psig', 'psia')$q$);
-- the edges are values
SELECT convert_units(-273.15, 'degC', 'K') AS absolute_zero,
       convert_units(-101.325, 'kPag', 'kPa') AS vacuum;
