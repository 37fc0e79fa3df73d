-- Bad input, one per line: each is an ERROR with the right SQLSTATE and the
-- valid range or units in DETAIL/HINT.  Nothing returns NaN; nothing crashes.
\set VERBOSITY verbose
\set SHOW_CONTEXT never

-- malformed text (22P02), with the offending token
SELECT ''::steam;
SELECT 'p=1 MPa'::steam;
SELECT 'q=1 MPa, T=300 K'::steam;
SELECT 'p=abc MPa, T=300 K'::steam;
SELECT 'p=NaN MPa, T=300 K'::steam;
SELECT 'p=1 MPa, T=300'::steam;
SELECT 'p=1 MPa, T=300 furlongs'::steam;
SELECT 'p=150 psi, x=1'::steam;
SELECT 'p=1 kWh, T=300 K'::steam;
SELECT 'p=1 MPa, p=2 MPa'::steam;
SELECT 'p=1 MPa, h=2800 kJ/kg, s=6 kJ/(kg*K)'::steam;
SELECT 'T=300 K, h=2800 kJ/kg'::steam;
SELECT 'p=1 MPa, x=0.5 kg'::steam;
SELECT 'p=1 MPa, T=400 K, x=0.5'::steam;
-- numbers out of range in text (22003)
SELECT 'p=1e999 MPa, T=300 K'::steam;
SELECT 'p=-1 MPa, T=300 K'::steam;
-- constructors: non-finite (22003), out of range (22003)
SELECT steam_pt('NaN', 'MPa', 300, 'K');
SELECT steam_pt(1, 'MPa', 'Infinity', 'K');
SELECT steam_pt(1, 'MPa', '-Infinity', 'degC');
SELECT steam_pt(0, 'MPa', 300, 'K');
SELECT steam_pt(-5, 'psig', 300, 'degF') AS vacuum_is_fine;
SELECT steam_pt(-20, 'psig', 300, 'degF');
SELECT steam_pt(101, 'MPa', 500, 'K');
SELECT steam_pt(60, 'MPa', 1500, 'K');
SELECT steam_pt(1, 'MPa', 272, 'K');
SELECT steam_pt(1, 'MPa', 2300, 'K');
SELECT steam_pt(1, 'MPa', -300, 'degC');
SELECT steam_px(1, 'MPa', 1.5);
SELECT steam_px(1, 'MPa', -0.1);
SELECT steam_px(23, 'MPa', 0.5);
SELECT steam_px(0.0001, 'MPa', 0.5);
SELECT steam_tx(650, 'K', 0.5);
SELECT steam_tx(100, 'degC', 'NaN');
SELECT steam_ph(1, 'MPa', -100, 'kJ/kg');
SELECT steam_ph(1, 'MPa', 1e6, 'kJ/kg');
SELECT steam_ps(1, 'MPa', -1, 'kJ/(kg*K)');
SELECT steam_ps(1, 'MPa', 50, 'kJ/(kg*K)');
-- exactly on the saturation line (22023): use steam_px
SELECT steam_pt(1, 'MPa', saturation_temperature(1, 'MPa'), 'K');
SELECT steam_pt(saturation_pressure(400, 'K'), 'MPa', 400, 'K');
-- units (22023)
SELECT steam_pt(150, 'psi', 500, 'degF');
SELECT steam_pt(150, 'psig', 500, 'F°');
SELECT steam_pt(150, 'kWh', 500, 'degF');
SELECT steam_px(1, 'MPa', 0.5) AS s, enthalpy(steam_px(1, 'MPa', 0.5), 'kJ');
SELECT temperature(steam_px(1, 'MPa', 0.5), 'kPa');
SELECT saturation_temperature(1, 'MPa', 'psig');
-- saturation outside the line (22003)
SELECT saturation_temperature(30, 'MPa');
SELECT saturation_temperature(100, 'Pa');
SELECT saturation_pressure(700, 'K');
SELECT saturation_pressure(-1, 'degC');
SELECT latent_heat(23, 'MPa');
SELECT latent_heat('NaN', 'MPa');
