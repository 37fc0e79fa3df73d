-- Bad input to the energy functions, one line per case: each is an ERROR
-- with its SQLSTATE (22003 out of range, also NaN/Infinity; 22012 division
-- by zero; 22023 unknown unit, wrong dimension, unknown name).  No result is
-- ever negative, NaN or infinite.
CREATE FUNCTION pg_temp.err(q text, OUT code text, OUT message text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  code := '(none)';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
END $$;
\pset null '-'

SELECT e.code, q AS statement, e.message
FROM (VALUES
  -- trap_leak_rate
  ($$trap_leak_rate('NaN', 'psig', 0.125, 'in')$$),
  ($$trap_leak_rate('Infinity', 'psig', 0.125, 'in')$$),
  ($$trap_leak_rate(-20, 'psig', 0.125, 'in')$$),
  ($$trap_leak_rate(0, 'psig', 0.125, 'in')$$),
  ($$trap_leak_rate(10, 'psia', 0.125, 'in')$$),
  ($$trap_leak_rate(4000, 'psia', 0.125, 'in')$$),
  ($$trap_leak_rate(150, 'psig', 'NaN', 'in')$$),
  ($$trap_leak_rate(150, 'psig', '-Infinity', 'in')$$),
  ($$trap_leak_rate(150, 'psig', -0.125, 'in')$$),
  ($$trap_leak_rate(150, 'psig', 1e300, 'm')$$),
  ($$trap_leak_rate(150, 'psi', 0.125, 'in')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'furlong')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'kg')$$),
  ($$trap_leak_rate(150, 'degF', 0.125, 'in')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', 'failed-open')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', '')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', discharge_coefficient => 0)$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', discharge_coefficient => -0.6)$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', discharge_coefficient => 60)$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', discharge_coefficient => 'NaN')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', out_unit => 'kWh')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', out_unit => 'lb')$$),
  ($$trap_leak_rate(150, 'psig', 0.125, 'in', discharge_to => 'drain')$$),
  -- steam_energy_loss (saturated)
  ($$steam_energy_loss('NaN', 'psig', 10, 'lb/h')$$),
  ($$steam_energy_loss(-15, 'psig', 10, 'lb/h')$$),
  ($$steam_energy_loss(0.0001, 'MPa', 10, 'lb/h')$$),
  ($$steam_energy_loss(3300, 'psia', 10, 'lb/h')$$),
  ($$steam_energy_loss(150, 'psig', 'Infinity', 'lb/h')$$),
  ($$steam_energy_loss(150, 'psig', -10, 'lb/h')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 'NaN')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', -1)$$),
  ($$steam_energy_loss(150, 'psig', 1e300, 'lb/h', 1e300)$$),
  ($$steam_energy_loss(150, 'psi', 10, 'lb/h')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'gal/h')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'sensible')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'feedwater')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'latent', 'kW')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'latent', 'Btu/lb')$$),
  -- steam_energy_loss (feedwater basis)
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 'NaN'::float8, 'degF')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 400, 'degF')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, -10, 'degC')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, -500, 'degF')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 50, 'psig')$$),
  ($$steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 50, 'F', 'lb')$$),
  -- steam_energy_loss (steam value)
  ($$steam_energy_loss(steam_pt(150, 'psig', 300, 'degF'), 10, 'lb/h')$$),
  ($$steam_energy_loss(steam_pt(4000, 'psia', 800, 'degF'), 10, 'lb/h')$$),
  ($$steam_energy_loss(steam_px(150, 'psig', 1), -10, 'lb/h')$$),
  ($$steam_energy_loss(steam_px(150, 'psig', 1), 10, 'lb/h', 'Infinity')$$),
  ($$steam_energy_loss(steam_px(150, 'psig', 1), 10, 'lb/h', 8760, 'exergy')$$),
  ($$steam_energy_loss(steam_px(150, 'psig', 1), 10, 'lb/h', 8760, 400, 'degF')$$),
  ($$steam_energy_loss(steam_px(150, 'psig', 1), 10, 'K')$$),
  -- steam_energy_loss_pt and steam_reading
  ($$steam_energy_loss_pt(150, 'psig', 300, 'degF', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(164.7, 'psig', 365.87, 'degF', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', 'NaN', 'degF', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', 366, 'psig', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', -500, 'degF', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', 5000, 'degF', 10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', 366, 'degF', -10, 'lb/h')$$),
  ($$steam_energy_loss_pt(150, 'psig', 366, 'degF', 10, 'lb/h', 8760, 'enthalpy')$$),
  ($$steam_energy_loss_pt(150, 'psig', 366, 'degF', 10, 'lb/h', 8760, 400, 'degF')$$),
  ($$steam_energy_loss_pt(3300, 'psia', 800, 'degF', 10, 'lb/h')$$),
  ($$steam_reading(150, 'psig', 360, 'degF')$$),
  ($$steam_reading(150, 'psig', 366, 'degF', -1)$$),
  ($$steam_reading(150, 'psig', 366, 'degF', 'NaN')$$),
  ($$steam_reading(150, 'psig', 366, 'degF', 2, 'kJ')$$),
  -- fuel_energy
  ($$fuel_energy('NaN', 'kWh')$$),
  ($$fuel_energy(-1, 'kWh')$$),
  ($$fuel_energy(100, 'kWh', 0)$$),
  ($$fuel_energy(100, 'kWh', -0.8)$$),
  ($$fuel_energy(100, 'kWh', 80)$$),
  ($$fuel_energy(100, 'kWh', 1.01)$$),
  ($$fuel_energy(100, 'kWh', 'Infinity')$$),
  ($$fuel_energy(100, 'kW')$$),
  ($$fuel_energy(100, 'kg')$$),
  ($$fuel_energy(100, 'kWh', 0.8, 'kJ/kg')$$),
  ($$fuel_energy(1e308, 'GWh', 0.8, 'J')$$),
  -- energy_cost
  ($$energy_cost('NaN', 'kWh', 6.23, 'MMBtu')$$),
  ($$energy_cost(-1, 'kWh', 6.23, 'MMBtu')$$),
  ($$energy_cost(1, 'kWh', -6.23, 'MMBtu')$$),
  ($$energy_cost(1, 'kWh', 'Infinity', 'MMBtu')$$),
  ($$energy_cost(1, 'kWh', 6.23, 'USD')$$),
  ($$energy_cost(1, 'kWh', 6.23, 'klb')$$),
  ($$energy_cost(1, 'lb', 6.23, 'MMBtu')$$),
  -- steam_cost
  ($$steam_cost(-1, 'lb', 4.5, 'klb')$$),
  ($$steam_cost('NaN', 'lb', 4.5, 'klb')$$),
  ($$steam_cost(1, 'lb', -4.5, 'klb')$$),
  ($$steam_cost(1, 'lb', 4.5, 'MMBtu')$$),
  ($$steam_cost(1, 'lb/h', 4.5, 'klb')$$),
  ($$steam_cost(75.8, 'lb/h', -8760, 4.5, 'klb')$$),
  ($$steam_cost(75.8, 'lb/h', 'NaN', 4.5, 'klb')$$),
  ($$steam_cost(-75.8, 'lb/h', 8760, 4.5, 'klb')$$),
  ($$steam_cost(75.8, 'lb', 8760, 4.5, 'klb')$$),
  ($$steam_cost(75.8, 'lb/h', 8760, 4.5, 'kWh')$$),
  ($$steam_cost(1e300, 'lb/h', 1e300, 4.5, 'klb')$$),
  -- steam_unit_cost
  ($$steam_unit_cost('NaN', 'Btu/lb', 8, 'MMBtu')$$),
  ($$steam_unit_cost(-1073, 'Btu/lb', 8, 'MMBtu')$$),
  ($$steam_unit_cost(1073, 'Btu/lb', -8, 'MMBtu')$$),
  ($$steam_unit_cost(1073, 'Btu/lb', 8, 'MMBtu', 0)$$),
  ($$steam_unit_cost(1073, 'Btu/lb', 8, 'MMBtu', 81)$$),
  ($$steam_unit_cost(1073, 'Btu', 8, 'MMBtu')$$),
  ($$steam_unit_cost(1073, 'Btu/lb', 8, 'klb')$$),
  ($$steam_unit_cost(1073, 'Btu/lb', 8, 'MMBtu', 0.81, 'MMBtu')$$),
  -- fuel_co2_kg
  ($$fuel_co2_kg('NaN', 'MMBtu')$$),
  ($$fuel_co2_kg(-1, 'MMBtu')$$),
  ($$fuel_co2_kg(1, 'MMBtu', -53.06)$$),
  ($$fuel_co2_kg(1, 'MMBtu', 'Infinity')$$),
  ($$fuel_co2_kg(1, 'm3')$$),
  ($$fuel_co2_kg(1, 'MMBtu', 53.06, 'kg')$$)
) v(q), LATERAL pg_temp.err('SELECT ' || q) e;
