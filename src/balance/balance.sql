-- balance: thermal efficiency and the energy balance of meter readings.

CREATE FUNCTION thermal_efficiency(useful_output float8, total_input float8) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_thermal_efficiency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION thermal_efficiency(float8, float8) IS
'Thermal efficiency by the direct method, useful_output / total_input, as a fraction in [0, 1]; both in one energy unit. A total_input of zero is 22012; a negative input or output, or an output above the input (efficiency above 100 %), is 22003.';

CREATE FUNCTION thermal_efficiency(useful_output float8, useful_output_unit text, total_input float8, total_input_unit text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_thermal_efficiency_units' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION thermal_efficiency(float8, text, float8, text) IS
'Thermal efficiency as a fraction, output and input each in its own energy unit, e.g. thermal_efficiency(950, ''kWh'', 3.78, ''GJ''); errors as for thermal_efficiency(float8, float8).';

-- the state of energy_balance: exact per-direction totals in nanojoules

CREATE TYPE energy_balance_state;

CREATE FUNCTION energy_balance_state_in(cstring) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_in(cstring) IS
'Text input of energy_balance_state: ''input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<fraction or default>''; accepts exactly the states binary input accepts. Not for calling directly.';

CREATE FUNCTION energy_balance_state_out(energy_balance_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_out(energy_balance_state) IS
'Canonical text of energy_balance_state: exact totals in nanojoules with their reading counts and the tolerance; reads back to the same state. Not for calling directly.';

CREATE FUNCTION energy_balance_state_recv(internal) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_recv(internal) IS
'Binary input of energy_balance_state; accepts exactly the states text input accepts. Not for calling directly.';

CREATE FUNCTION energy_balance_state_send(energy_balance_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_send(energy_balance_state) IS
'Binary output of energy_balance_state: per direction (input, output, loss) int8 high and low half of the total in nJ and int8 count, then float8 tolerance (-1: default). Not for calling directly.';

-- INTERNALLENGTH is the size of the glue's GlBalanceStored (balance_pg.c
-- asserts it)
CREATE TYPE energy_balance_state (
    INTERNALLENGTH = 80,
    INPUT = energy_balance_state_in,
    OUTPUT = energy_balance_state_out,
    RECEIVE = energy_balance_state_recv,
    SEND = energy_balance_state_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE energy_balance_state IS
'Running state of energy_balance: input, output and loss totals as exact integers of nanojoules (order-independent sums), reading counts and the tolerance.';

CREATE TYPE energy_balance_result AS (
    input_kwh float8,
    output_kwh float8,
    loss_kwh float8,
    efficiency float8,
    unaccounted_kwh float8,
    unaccounted_fraction float8,
    closes boolean,
    tolerance float8,
    readings bigint,
    input_readings bigint,
    output_readings bigint,
    loss_readings bigint
);
COMMENT ON TYPE energy_balance_result IS
'Result of energy_balance: totals in kWh, efficiency = output / input, unaccounted = input - output - loss (kWh and fraction of input), closes = |unaccounted fraction| <= tolerance, the tolerance used, the number of readings and the readings per direction (a direction with fewer readings than its meters should have sent is a data gap, not a loss).';
COMMENT ON COLUMN energy_balance_result.input_kwh IS
'Sum of the readings whose direction is input, in kWh.';
COMMENT ON COLUMN energy_balance_result.output_kwh IS
'Sum of the readings whose direction is output (useful energy), in kWh.';
COMMENT ON COLUMN energy_balance_result.loss_kwh IS
'Sum of the readings whose direction is loss (metered losses), in kWh.';
COMMENT ON COLUMN energy_balance_result.efficiency IS
'output_kwh / input_kwh, a fraction (NULL without input).';
COMMENT ON COLUMN energy_balance_result.unaccounted_kwh IS
'input_kwh - output_kwh - loss_kwh: energy metered nowhere (a missing meter, a data gap or an unmetered loss).';
COMMENT ON COLUMN energy_balance_result.unaccounted_fraction IS
'unaccounted_kwh / input_kwh (NULL without input).';
COMMENT ON COLUMN energy_balance_result.closes IS
'Whether the balance closes: |unaccounted_fraction| <= tolerance.';
COMMENT ON COLUMN energy_balance_result.tolerance IS
'The tolerance the balance was judged by (a fraction of input; default 0.05).';
COMMENT ON COLUMN energy_balance_result.readings IS
'Number of readings aggregated (rows with a non-NULL value).';
COMMENT ON COLUMN energy_balance_result.input_readings IS
'Number of readings whose direction is input. Fewer than the input meters should have sent (meters x period / cadence) means data is missing: check each meter''s coverage before reading unaccounted_kwh as a loss.';
COMMENT ON COLUMN energy_balance_result.output_readings IS
'Number of readings whose direction is output. A shortfall against the output meters'' expected count makes unaccounted_kwh a data gap, not a loss.';
COMMENT ON COLUMN energy_balance_result.loss_readings IS
'Number of readings whose direction is loss (metered losses). A shortfall against the loss meters'' expected count makes unaccounted_kwh a data gap, not a loss.';

CREATE FUNCTION energy_balance_trans(energy_balance_state, float8, text, text) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state, float8, text, text) IS
'Transition function of energy_balance(value, value_unit, direction): adds one reading. Not for calling directly.';

CREATE FUNCTION energy_balance_trans(energy_balance_state, float8, text, text, float8) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_trans_tolerance' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state, float8, text, text, float8) IS
'Transition function of energy_balance(value, value_unit, direction, tolerance): adds one reading and fixes the tolerance of the group. Not for calling directly.';

CREATE FUNCTION energy_balance_state_combine(energy_balance_state, energy_balance_state) RETURNS energy_balance_state
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_state_combine(energy_balance_state, energy_balance_state) IS
'Combine function of energy_balance: adds two partial states exactly (either may be empty). Not for calling directly.';

CREATE FUNCTION energy_balance_final(energy_balance_state) RETURNS energy_balance_result
AS 'MODULE_PATHNAME', 'gl_energy_balance_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION energy_balance_final(energy_balance_state) IS
'Final function of energy_balance: the energy_balance_result of a state, NULL when it holds no reading. Not for calling directly.';

CREATE AGGREGATE energy_balance(value float8, value_unit text, direction text) (
    SFUNC = energy_balance_trans,
    STYPE = energy_balance_state,
    FINALFUNC = energy_balance_final,
    COMBINEFUNC = energy_balance_state_combine,
    INITCOND = 'input=0/0, output=0/0, loss=0/0, tolerance=default',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE energy_balance(float8, text, text) IS
'Energy balance of meter readings: value in value_unit, an energy unit (kWh, MWh, GJ, MMBtu, therm, Btu, J, kJ, MJ, ...), direction ''input'', ''output'' or ''loss'' (case, blanks and _ for - do not matter); totals in kWh, efficiency, unaccounted energy and whether the balance closes within 5 %. Exact, order-independent sums (1 nJ resolution).';

CREATE AGGREGATE energy_balance(value float8, value_unit text, direction text, tolerance float8) (
    SFUNC = energy_balance_trans,
    STYPE = energy_balance_state,
    FINALFUNC = energy_balance_final,
    COMBINEFUNC = energy_balance_state_combine,
    INITCOND = 'input=0/0, output=0/0, loss=0/0, tolerance=default',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE energy_balance(float8, text, text, float8) IS
'energy_balance with a tolerance (a fraction in [0, 1], e.g. 0.10 for the GL-009 lenient mode), the same for every row of a group.';
