-- every bad input of thermal_efficiency and energy_balance: one line each,
-- with its SQLSTATE
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- thermal_efficiency(float8, float8)
SELECT thermal_efficiency(1, 0);                    -- 22012 input zero
SELECT thermal_efficiency(1, -5);                   -- 22012 input negative
SELECT thermal_efficiency(0, 0);                    -- 22012
SELECT thermal_efficiency(-1, 5);                   -- 22003 negative output
SELECT thermal_efficiency(1100, 1050);              -- 22003 output > input
SELECT thermal_efficiency('NaN', 5);                -- 22003
SELECT thermal_efficiency(5, 'NaN');                -- 22003
SELECT thermal_efficiency('Infinity', 5);           -- 22003
SELECT thermal_efficiency(5, 'Infinity');           -- 22003
SELECT thermal_efficiency('-Infinity', 5);          -- 22003
-- thermal_efficiency(float8, text, float8, text)
SELECT thermal_efficiency(1, 'kWh', 0, 'GJ');        -- 22012
SELECT thermal_efficiency(-1, 'kWh', 1, 'GJ');       -- 22003
SELECT thermal_efficiency(1, 'MWh', 1, 'GJ');        -- 22003 3.6 GJ > 1 GJ
SELECT thermal_efficiency('NaN', 'kWh', 1, 'GJ');    -- 22003
SELECT thermal_efficiency(1, 'kWh', 'Infinity', 'GJ'); -- 22003
SELECT thermal_efficiency(1, 'kwh', 1, 'GJ');        -- 22023 unknown unit
SELECT thermal_efficiency(1, 'kWh', 1, 'kg');        -- 22023 not energy
SELECT thermal_efficiency(1, 'psi', 1, 'kWh');       -- 22023 ambiguous, not energy
-- energy_balance
SELECT energy_balance(v, 'kWh', 'input') FROM (VALUES (-1::float8)) t(v);       -- 22003 negative
SELECT energy_balance(v, 'kWh', 'input') FROM (VALUES ('NaN'::float8)) t(v);    -- 22003
SELECT energy_balance(v, 'kWh', 'input') FROM (VALUES ('Infinity'::float8)) t(v); -- 22003
SELECT energy_balance(v, 'J', 'input') FROM (VALUES (2e21::float8)) t(v);       -- 22003 too large
SELECT energy_balance(1, 'kWh', 'inputs');                                      -- 22023 direction
SELECT energy_balance(1, 'kWh', 'Input');                                       -- 22023 case
SELECT energy_balance(1, 'kWh', '');                                            -- 22023
SELECT energy_balance(1, 'kg', 'input');                                        -- 22023 not energy
SELECT energy_balance(1, 'degC', 'input');                                      -- 22023 not energy
SELECT energy_balance(1, 'kwh', 'input');                                       -- 22023 unknown unit
SELECT energy_balance(1, NULL, 'input');                                        -- 22004 NULL unit
SELECT energy_balance(1, 'kWh', NULL);                                          -- 22004 NULL direction
SELECT energy_balance(1, 'kWh', 'input', NULL);                                 -- 22004 NULL tolerance
SELECT energy_balance(1, 'kWh', 'input', -0.01);                                -- 22023 tolerance < 0
SELECT energy_balance(1, 'kWh', 'input', 1.5);                                  -- 22023 tolerance > 1
SELECT energy_balance(1, 'kWh', 'input', 'NaN');                                -- 22003
SELECT energy_balance(1, 'kWh', 'input', 'Infinity');                           -- 22003
SELECT energy_balance(1, 'kWh', 'input', t) FROM (VALUES (0.05::float8), (0.1)) x(t); -- 22023 two tolerances
-- totals beyond 2^125 nJ
SELECT energy_balance_trans('input=42535295865117307932921825928971026432/1, output=0/0, loss=0/0, tolerance=default', 1, 'J', 'input'); -- 22003
SELECT energy_balance_combine('input=42535295865117307932921825928971026432/1, output=0/0, loss=0/0, tolerance=default',
                              'input=1/1, output=0/0, loss=0/0, tolerance=default');  -- 22003
SELECT energy_balance_combine('input=0/0, output=0/0, loss=0/0, tolerance=0.1',
                              'input=0/0, output=0/0, loss=0/0, tolerance=0.2');      -- 22023
-- energy_balance_state text input
SELECT ''::energy_balance_state;                                                -- 22P02
SELECT 'input=1/1'::energy_balance_state;                                       -- 22P02
SELECT 'input=1/0, output=0/0, loss=0/0, tolerance=default'::energy_balance_state; -- 22P02 total without count
SELECT 'input=-1/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state; -- 22P02 negative
SELECT 'input=1/-1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state; -- 22P02 negative count
SELECT 'input=42535295865117307932921825928971026433/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state; -- 22P02 > 2^125
SELECT 'input=1701411834604692317316873037158841057280/1, output=0/0, loss=0/0, tolerance=default'::energy_balance_state; -- 22P02 overflow
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=9223372036854775808'::energy_balance_state; -- 22P02
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=1.5'::energy_balance_state;  -- 22P02
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=NaN'::energy_balance_state;  -- 22P02
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=x'::energy_balance_state;    -- 22P02
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=0.1 x'::energy_balance_state; -- 22P02 trailing
SELECT 'output=0/0, input=1/1, loss=0/0, tolerance=0.1'::energy_balance_state;  -- 22P02 order
SELECT 'input=1/1, output=0/0, loss=0/0, tolerance=0.1, extra=1'::energy_balance_state; -- 22P02
SELECT 'input=1/99999999999999999999, output=0/0, loss=0/0, tolerance=0.1'::energy_balance_state; -- 22P02 count
-- NULL in, NULL out
SELECT energy_balance_final(NULL) IS NULL AS final_null,
       energy_balance_combine(NULL, 'input=0/0, output=0/0, loss=0/0, tolerance=default') IS NULL AS combine_null,
       energy_balance_trans(NULL, 1, 'kWh', 'input') IS NULL AS trans_null;
-- the messages, in full
\set VERBOSITY default
SELECT thermal_efficiency(1100, 1050);
SELECT thermal_efficiency(950, 'kWh', 0, 'GJ');
SELECT thermal_efficiency(-1, 5);
SELECT thermal_efficiency('NaN', 5);
SELECT energy_balance(1, 'kWh', 'inputs');
SELECT energy_balance(1, 'kg', 'input');
SELECT energy_balance(v, 'MWh', 'loss') FROM (VALUES (-2.5::float8)) t(v);
SELECT energy_balance(1, 'kWh', 'input', 5);
