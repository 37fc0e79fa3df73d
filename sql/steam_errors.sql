-- Bad input, one per line: each is an ERROR with the right SQLSTATE and the
-- valid range or units in DETAIL/HINT.  Nothing returns NaN; nothing crashes.
-- pg_temp.err runs a statement and shows the error it raises, field by field.
\i test/sql/err.sql
\pset null '-'
\x on

-- malformed text (22P02), with the offending token
SELECT * FROM pg_temp.err($q$SELECT ''::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'q=1 MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=abc MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=NaN MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=300'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=300 furlongs'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=150 psi, x=1'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 kWh, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, p=2 MPa'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, h=2800 kJ/kg, s=6 kJ/(kg*K)'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'T=300 K, h=2800 kJ/kg'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, x=0.5 kg'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=300 K, x=1, h=2 kJ/kg'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p 1 MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa,, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1.2.3 MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, t=300 K, P=2 MPa'::steam$q$);
-- a (p, T, x) text is the canonical two-phase form: T must be Tsat(p) (22003)
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=400 K, x=0.5'::steam$q$);
SELECT 'p=1 MPa, T=453.0356323914666 K, x=0.5'::steam AS on_the_line;
-- numbers out of range in text (22003)
SELECT * FROM pg_temp.err($q$SELECT 'p=1e999 MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=-1 MPa, T=300 K'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=-300 °C'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, x=2'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'T=700 K, x=0.5'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, s=-1 kJ/(kg*K)'::steam$q$);
SELECT * FROM pg_temp.err($q$SELECT 'p=1 MPa, T=453.0356323914666 K'::steam$q$);
-- constructors: non-finite (22003), out of range (22003)
SELECT * FROM pg_temp.err($q$SELECT steam_pt('NaN', 'MPa', 300, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', 'Infinity', 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', '-Infinity', 'degC')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(0, 'MPa', 300, 'K')$q$);
SELECT steam_pt(-5, 'psig', 300, 'degF') AS vacuum_is_fine;
SELECT * FROM pg_temp.err($q$SELECT steam_pt(-20, 'psig', 300, 'degF')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(101, 'MPa', 500, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(60, 'MPa', 1500, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', 272, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', 2300, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', -300, 'degC')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(1, 'MPa', 1.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(1, 'MPa', -0.1)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(23, 'MPa', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(0.0001, 'MPa', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_tx(650, 'K', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_tx(100, 'degC', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_tx(-5, 'degC', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(-1, 'bar', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ph(1, 'MPa', 'Infinity', 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ps(1, 'MPa', 'NaN', 'kJ/(kg*K)')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ph(200, 'MPa', 3000, 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ph(1, 'MPa', -100, 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ph(1, 'MPa', 1e6, 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ps(1, 'MPa', -1, 'kJ/(kg*K)')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ps(1, 'MPa', 50, 'kJ/(kg*K)')$q$);
-- exactly on the saturation line (22023): use steam_px
SELECT * FROM pg_temp.err($q$SELECT steam_pt(1, 'MPa', saturation_temperature(1, 'MPa'), 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(saturation_pressure(400, 'K'), 'MPa', 400, 'K')$q$);
-- units (22023)
SELECT * FROM pg_temp.err($q$SELECT steam_pt(150, 'psi', 500, 'degF')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(150, 'psig', 500, 'F°')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_pt(150, 'kWh', 500, 'degF')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_px(1, 'MPa', 0.5) AS s, enthalpy(steam_px(1, 'MPa', 0.5), 'kJ')$q$);
SELECT * FROM pg_temp.err($q$SELECT temperature(steam_px(1, 'MPa', 0.5), 'kPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_temperature(1, 'MPa', 'psig')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_pressure(100, 'degC', 'furlong')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ph(1, 'MPa', 3000, 'kJ/(kg*K)')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_ps(1, 'MPa', 6, 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT steam_tx(100, 'centigrade', 0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT cp(steam_pt(1, 'MPa', 300, 'K'), 'kJ/kg')$q$);
SELECT * FROM pg_temp.err($q$SELECT speed_of_sound(steam_pt(1, 'MPa', 300, 'K'), 'mph')$q$);
-- saturation outside the line (22003)
SELECT * FROM pg_temp.err($q$SELECT saturation_temperature(30, 'MPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_temperature(100, 'Pa')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_pressure(700, 'K')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_pressure(-1, 'degC')$q$);
SELECT * FROM pg_temp.err($q$SELECT latent_heat(23, 'MPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT latent_heat('NaN', 'MPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_temperature(0, 'MPa')$q$);
SELECT * FROM pg_temp.err($q$SELECT saturation_pressure('-Infinity', 'K')$q$);
