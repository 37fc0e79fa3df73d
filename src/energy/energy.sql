-- energy: steam through failed traps, the energy it carries, fuel, cost and CO2.
-- Formulas, sources and worked examples: docs/energy.md.

CREATE FUNCTION trap_leak_rate(pressure float8, pressure_unit text,
                               orifice_diameter float8, orifice_diameter_unit text,
                               failure_mode text DEFAULT 'blow-through',
                               discharge_coefficient float8 DEFAULT 0.6,
                               out_unit text DEFAULT 'kg/h',
                               discharge_to text DEFAULT 'atmosphere')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_trap_leak_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION trap_leak_rate(float8, text, float8, text, text, float8, text, text) IS
'Steam mass flow through a failed trap orifice by Napier''s rule on ABSOLUTE upstream pressure (gauge units converted): 40.4 x Cd x P[psia] x D[in]^2 lb/h (3600/70 x pi/4 = 40.39, rounded as in the industry form), times the failure_mode factor (blow-through 1, leaking 0.25, rapid-cycling 0.2, ok/plugged/flooded 0) and the discharge_to factor (atmosphere 1, closed-return 0.5). Cd 0.6 gives the 24.24 x P x D^2 form, 0.7291 the DOE Steam Tip #1 table.';

-- energy carried by the lost steam

CREATE FUNCTION steam_energy_loss(pressure float8, pressure_unit text,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8 DEFAULT 8760,
                                  basis text DEFAULT 'latent',
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(float8, text, float8, text, float8, text, text) IS
'Energy carried away by dry saturated steam at pressure leaking at leak_rate for hours: mass x h_fg(p) (IAPWS-IF97), basis ''latent''. For the ''feedwater'' basis pass a feedwater temperature instead of basis.';

CREATE FUNCTION steam_energy_loss(pressure float8, pressure_unit text,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8,
                                  feedwater_temperature float8,
                                  feedwater_temperature_unit text,
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_feedwater' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(float8, text, float8, text, float8, float8, text, text) IS
'Energy to make anew the dry saturated steam lost at pressure (''feedwater'' basis): mass x (h_g(p) - h(p, feedwater_temperature)), the feedwater pumped to line pressure (IAPWS-IF97).';

CREATE FUNCTION steam_energy_loss(state steam,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8 DEFAULT 8760,
                                  basis text DEFAULT 'latent',
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_state' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(steam, float8, text, float8, text, text) IS
'Energy carried away by steam in a measured state (superheated, saturated or wet): mass x (h(state) - h_f(p)), basis ''latent''. A liquid state at most 2 K below saturation counts as saturated steam; further below it is an error. For a (pressure, temperature) reading: steam_energy_loss(steam_reading(pressure, pressure_unit, temperature, temperature_unit), ...).';

CREATE FUNCTION steam_energy_loss(state steam,
                                  leak_rate float8, leak_rate_unit text,
                                  hours float8,
                                  feedwater_temperature float8,
                                  feedwater_temperature_unit text,
                                  out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_state_feedwater' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_energy_loss(steam, float8, text, float8, float8, text, text) IS
'Energy to make anew the steam lost in a measured state (''feedwater'' basis): mass x (h(state) - h(p, feedwater_temperature)).';

CREATE FUNCTION steam_reading(pressure float8, pressure_unit text,
                              temperature float8, temperature_unit text,
                              saturation_tolerance float8 DEFAULT 2,
                              saturation_tolerance_unit text DEFAULT 'K')
RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_reading' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_reading(float8, text, float8, text, float8, text) IS
'A (pressure, temperature) reading of a steam line as a steam state: superheated above Tsat(p); saturated vapor (x = 1) from Tsat - saturation_tolerance (a temperature difference, default 2 K) up to Tsat; an error (not steam) further below.';

-- fuel, cost, CO2

CREATE FUNCTION fuel_energy(energy float8, energy_unit text,
                            boiler_efficiency float8 DEFAULT 0.80,
                            out_unit text DEFAULT 'kWh')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fuel_energy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fuel_energy(float8, text, float8, text) IS
'Fuel energy a boiler burns to deliver energy in steam: energy / boiler_efficiency, the efficiency a fraction in (0, 1] (default 0.80).';

CREATE FUNCTION energy_cost(energy float8, energy_unit text,
                            price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_energy_cost' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_cost(float8, text, float8, text) IS
'Cost of energy at price per price_per_unit (an energy unit), e.g. energy_cost(93.6, ''MMBtu'', 6.23, ''MMBtu''); in the currency of price. Price fuel energy, not steam energy: see fuel_energy.';

CREATE FUNCTION steam_cost(mass float8, mass_unit text,
                           price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_cost_mass' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_cost(float8, text, float8, text) IS
'Cost of a mass of steam at price per price_per_unit (a mass unit, e.g. ''klb'' = 1000 lb, ''t'' = 1000 kg); in the currency of price.';

CREATE FUNCTION steam_cost(leak_rate float8, leak_rate_unit text, hours float8,
                           price float8, price_per_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_cost_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_cost(float8, text, float8, float8, text) IS
'Cost of steam leaking at leak_rate for hours, at price per price_per_unit (a mass unit, e.g. ''klb'' = 1000 lb); in the currency of price.';

CREATE FUNCTION steam_unit_cost(specific_energy float8, specific_energy_unit text,
                                fuel_price float8, fuel_price_per_unit text,
                                boiler_efficiency float8 DEFAULT 0.80,
                                out_unit text DEFAULT 'klb')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_unit_cost' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_unit_cost(float8, text, float8, text, float8, text) IS
'Price of one out_unit (a mass, default klb = 1000 lb) of steam from the fuel price: specific_energy x mass / boiler_efficiency x fuel_price per fuel_price_per_unit (an energy unit).';

CREATE FUNCTION fuel_co2(fuel_energy float8, fuel_energy_unit text,
                         co2_factor float8 DEFAULT 53.06,
                         co2_factor_per_unit text DEFAULT 'MMBtu',
                         out_unit text DEFAULT 'kg')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fuel_co2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fuel_co2(float8, text, float8, text, text) IS
'CO2 from burning fuel_energy: fuel energy in co2_factor_per_unit x co2_factor (kg of CO2 per co2_factor_per_unit), in out_unit (a mass unit, default kg); default factor US EPA natural gas, 53.06 kg CO2/MMBtu (HHV, 40 CFR 98 Subpart C Table C-1).';
