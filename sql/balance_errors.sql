-- every bad input of thermal_efficiency and energy_balance, one record per
-- case with its SQLSTATE, message, detail and hint (22012 only for a zero
-- divisor; 22003 a quantity out of range, NaN or infinite; 22023 a unit, a
-- direction or a tolerance; 22004 a NULL that cannot be counted; 22P02 and
-- 22P03 the state's text and binary forms)
\i test/sql/err.sql
\pset null '-'
\x on

SELECT e.code, q AS statement, e.message, e.detail, e.hint
FROM (VALUES
  -- thermal_efficiency(float8, float8)
  ($$thermal_efficiency(1, 0)$$),
  ($$thermal_efficiency(1, -5)$$),
  ($$thermal_efficiency(0, 0)$$),
  ($$thermal_efficiency(-1, 5)$$),
  ($$thermal_efficiency(1100, 1050)$$),
  ($$thermal_efficiency('NaN', 5)$$),
  ($$thermal_efficiency(5, 'NaN')$$),
  ($$thermal_efficiency('Infinity', 5)$$),
  ($$thermal_efficiency(5, 'Infinity')$$),
  ($$thermal_efficiency('-Infinity', 5)$$),
  -- thermal_efficiency(float8, text, float8, text)
  ($$thermal_efficiency(1, 'kWh', 0, 'GJ')$$),
  ($$thermal_efficiency(1, 'kWh', -1, 'GJ')$$),
  ($$thermal_efficiency(-1, 'kWh', 1, 'GJ')$$),
  ($$thermal_efficiency(1, 'MWh', 1, 'GJ')$$),
  ($$thermal_efficiency('NaN', 'kWh', 1, 'GJ')$$),
  ($$thermal_efficiency(1, 'kWh', 'Infinity', 'GJ')$$),
  ($$thermal_efficiency(1, 'kwhr', 1, 'GJ')$$),
  ($$thermal_efficiency(1, 'kWh', 1, 'kg')$$),
  ($$thermal_efficiency(1, 'psi', 1, 'kWh')$$),
  ($$thermal_efficiency(1e308, 'GWh', 1e308, 'GWh')$$),
  -- energy_balance
  ($$energy_balance(v, 'kWh', 'input') FROM (VALUES (-1::float8)) t(v)$$),
  ($$energy_balance(v, 'MWh', 'loss') FROM (VALUES (-2.5::float8)) t(v)$$),
  ($$energy_balance(v, 'kWh', 'input') FROM (VALUES ('NaN'::float8)) t(v)$$),
  ($$energy_balance(v, 'kWh', 'input') FROM (VALUES ('Infinity'::float8)) t(v)$$),
  ($$energy_balance(v, 'J', 'input') FROM (VALUES (2e21::float8)) t(v)$$),
  ($$energy_balance(1, 'kWh', 'inputs')$$),
  ($$energy_balance(1, 'kWh', '')$$),
  ($$energy_balance(1, 'kWh', 'in put')$$),
  ($$energy_balance(1, 'kg', 'input')$$),
  ($$energy_balance(1, 'degC', 'input')$$),
  ($$energy_balance(1, 'kwhr', 'input')$$),
  ($$energy_balance(1, NULL, 'input')$$),
  ($$energy_balance(1, 'kWh', NULL)$$),
  ($$energy_balance(1, 'kWh', 'input', NULL)$$),
  ($$energy_balance(1, 'kWh', 'input', -0.01)$$),
  ($$energy_balance(1, 'kWh', 'input', 1.5)$$),
  ($$energy_balance(1, 'kWh', 'input', 5)$$),
  ($$energy_balance(1, 'kWh', 'input', 'NaN')$$),
  ($$energy_balance(1, 'kWh', 'input', 'Infinity')$$),
  ($$energy_balance(1, 'kWh', 'input', t) FROM (VALUES (0.05::float8), (0.1)) x(t)$$),
  -- directions follow the one name rule: these are no errors
  ($$energy_balance(1, 'kWh', 'Input')$$),
  ($$energy_balance(1, 'kWh', ' LOSS ')$$),
  -- totals beyond 2^125 nJ, mismatched tolerances of partial states
  ($$energy_balance_trans('input=42535295865117307932921825928971026432/1, output=0/0, loss=0/0, tolerance=default', 1, 'J', 'input')$$),
  ($$energy_balance_state_combine('input=42535295865117307932921825928971026432/1, output=0/0, loss=0/0, tolerance=default',
                                  'input=1/1, output=0/0, loss=0/0, tolerance=default')$$),
  ($$energy_balance_state_combine('input=0/0, output=0/0, loss=0/0, tolerance=0.1',
                                  'input=0/0, output=0/0, loss=0/0, tolerance=0.2')$$),
  -- energy_balance_state text input
  ($$''::energy_balance_state$$),
  ($$'input=1/1'::energy_balance_state$$),
  ($$'=1/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input 1/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1/0, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=-1/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1/-1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1/1x, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=42535295865117307932921825928971026433/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1701411834604692317316873037158841057280/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=9223372036854775808'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=1.5'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=-1'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=NaN'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=x'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=0.1 x'::energy_balance_state$$),
  ($$'output=0/0, input=1/1, loss=0/0, tolerance=0.1'::energy_balance_state$$),
  ($$'input=1/1, output=0/0, loss=0/0, tolerance=0.1, extra=1'::energy_balance_state$$),
  ($$'input=1/99999999999999999999, output=0/0, loss=0/0, tolerance=0.1'::energy_balance_state$$)
) v(q), LATERAL pg_temp.err('SELECT ' || q) e;

-- binary input accepts exactly what text input accepts: a state written
-- with COPY BINARY, its tolerance bytes (the last 8 of the 80-byte value,
-- file offset 105) set to 2.0, which text input refuses (above), then to
-- the smallest subnormal, which both accept
CREATE TEMP TABLE state_bin (id int, s energy_balance_state);
INSERT INTO state_bin VALUES (1, 'input=5/1, output=0/0, loss=0/0, tolerance=0.5');
\copy state_bin TO 'test/out/balance_state_one.bin' WITH (FORMAT binary)
\! printf '\100\000\000\000\000\000\000\000' | dd of=test/out/balance_state_one.bin bs=1 seek=105 conv=notrunc 2>/dev/null
TRUNCATE state_bin;
\set ON_ERROR_STOP 0
\set VERBOSITY sqlstate
\copy state_bin FROM 'test/out/balance_state_one.bin' WITH (FORMAT binary)
\set VERBOSITY default
\copy state_bin FROM 'test/out/balance_state_one.bin' WITH (FORMAT binary)
\! printf '\000\000\000\000\000\000\000\001' | dd of=test/out/balance_state_one.bin bs=1 seek=105 conv=notrunc 2>/dev/null
\copy state_bin FROM 'test/out/balance_state_one.bin' WITH (FORMAT binary)
SELECT id, s, s::text::energy_balance_state::text = s::text AS reads_back,
       'input=5/1, output=0/0, loss=0/0, tolerance=5e-324'::energy_balance_state::text = s::text AS same_as_text
FROM state_bin;

-- NULL in, NULL out
SELECT energy_balance_final(NULL) IS NULL AS final_null,
       energy_balance_state_combine(NULL, 'input=0/0, output=0/0, loss=0/0, tolerance=default') IS NULL AS combine_null,
       energy_balance_trans(NULL, 1, 'kWh', 'input') IS NULL AS trans_null;
