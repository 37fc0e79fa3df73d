-- thermal_efficiency and energy_balance against independent references:
-- the GL-009 runbook example, exact fractions, and test/data/
-- balance_reference.csv (exact rational arithmetic, written by
-- test/data/gen_balance_reference.py; the suite does not need Python).

-- GL-009 Scenario 9: (750 + 200) / (1000 + 50) = 19/21 = 0.904761904761904761...
SELECT thermal_efficiency(750 + 200, 1000 + 50) AS efficiency;
SELECT thermal_efficiency(750 + 200, 1000 + 50) = 19::float8 / 21 AS is_19_over_21,
       round(thermal_efficiency(750 + 200, 1000 + 50)::numeric, 15) = 0.904761904761905 AS digits;
SELECT thermal_efficiency(0, 1) AS zero, thermal_efficiency(1, 1) AS one,
       thermal_efficiency(1, 4) AS quarter;
SELECT thermal_efficiency(NULL, 1) IS NULL AS null_output, thermal_efficiency(1, NULL) IS NULL AS null_input;
-- mixed units: 950 kWh of 3.78 GJ (= 1050 kWh)
SELECT thermal_efficiency(950, 'kWh', 3.78, 'GJ') = 19::float8 / 21 AS mixed_units;
-- 1 MMBtu out of 1 MMBtu + 1 therm: 10/11
SELECT thermal_efficiency(1, 'MMBtu', 1.1e6, 'Btu') AS mmbtu_of_btu,
       abs(thermal_efficiency(1, 'MMBtu', 1.1e6, 'Btu') - 10::float8 / 11) < 1e-15 AS is_10_over_11;
SELECT thermal_efficiency(NULL, 'kWh', 1, 'kWh') IS NULL AS n1, thermal_efficiency(1, NULL, 1, 'kWh') IS NULL AS n2,
       thermal_efficiency(1, 'kWh', NULL, 'kWh') IS NULL AS n3, thermal_efficiency(1, 'kWh', 1, NULL) IS NULL AS n4;

-- energy_balance over the reference readings, per facility
CREATE TEMP TABLE readings (facility text, value float8, unit text, direction text);
\copy readings FROM 'test/data/balance_readings.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE ref (facility text, input_kwh float8, output_kwh float8, loss_kwh float8,
                       efficiency float8, unaccounted_kwh float8, unaccounted_fraction float8,
                       closes_5 boolean, closes_10 boolean, readings bigint);
\copy ref FROM 'test/data/balance_reference.csv' WITH (FORMAT csv, HEADER true)
SELECT count(*) AS readings, count(DISTINCT unit) AS units FROM readings;

CREATE FUNCTION pg_temp.miss(got float8, want float8, tol float8 DEFAULT 1e-12, floor float8 DEFAULT 1e-9)
RETURNS boolean LANGUAGE sql IMMUTABLE
AS 'SELECT (got IS NULL) <> (want IS NULL) OR abs(got - want) > greatest(tol * abs(want), floor)';

CREATE TEMP TABLE got AS
SELECT facility, energy_balance(value, unit, direction) AS b5,
       energy_balance(value, unit, direction, 0.10) AS b10
FROM readings GROUP BY facility;

-- every facility: totals to 1e-12 relative, closes exactly as the exact arithmetic says
SELECT r.facility,
       NOT pg_temp.miss((b5).input_kwh, r.input_kwh) AS input_ok,
       NOT pg_temp.miss((b5).output_kwh, r.output_kwh) AS output_ok,
       NOT pg_temp.miss((b5).loss_kwh, r.loss_kwh) AS loss_ok,
       NOT pg_temp.miss((b5).efficiency, r.efficiency, 1e-12, 0) AS eff_ok,
       NOT pg_temp.miss((b5).unaccounted_kwh, r.unaccounted_kwh) AS unacc_ok,
       NOT pg_temp.miss((b5).unaccounted_fraction, r.unaccounted_fraction, 0, 1e-12) AS frac_ok,
       (b5).closes = r.closes_5 AS closes5_ok, (b10).closes = r.closes_10 AS closes10_ok,
       (b5).tolerance = 0.05 AND (b10).tolerance = 0.10 AS tol_ok,
       (b5).readings = r.readings AS n_ok
FROM ref r LEFT JOIN got g USING (facility)
ORDER BY r.facility;

-- readings per direction: the state's counts against counting the rows in SQL
SELECT count(*) AS facilities,
       count(*) FILTER (WHERE (b5).input_readings = c.i AND (b5).output_readings = c.o
                          AND (b5).loss_readings = c.l AND (b10).input_readings = c.i
                          AND (b10).output_readings = c.o AND (b10).loss_readings = c.l) AS counts_ok,
       sum(c.i) AS input_readings, sum(c.o) AS output_readings, sum(c.l) AS loss_readings
FROM got JOIN (SELECT facility, count(*) FILTER (WHERE direction = 'input') AS i,
                      count(*) FILTER (WHERE direction = 'output') AS o,
                      count(*) FILTER (WHERE direction = 'loss') AS l
               FROM readings GROUP BY facility) c USING (facility);
-- NULL values are not readings; any spelling of a direction counts for it
SELECT (b).readings, (b).input_readings, (b).output_readings, (b).loss_readings
FROM (SELECT energy_balance(v, 'kWh', d) AS b
      FROM (VALUES (1::float8, 'input'), (NULL, 'input'), (2, 'Output'), (3, ' loss '), (0, 'LOSS'),
                   (NULL, 'output')) t(v, d)) s;

-- the small facilities in full (the reference file has the same numbers)
SELECT facility, (b5).* FROM got WHERE facility !~ '^FAC-0' ORDER BY facility;

-- order does not matter: reversed and shuffled orders give the same bits
SELECT count(*) AS facilities,
       count(*) FILTER (WHERE a::text = b::text AND a::text = c::text) AS identical
FROM (SELECT facility,
             energy_balance(value, unit, direction ORDER BY value) AS a,
             energy_balance(value, unit, direction ORDER BY value DESC) AS b,
             energy_balance(value, unit, direction ORDER BY md5(value::text || unit)) AS c
      FROM readings GROUP BY facility) s;

-- zero rows, all-NULL values: NULL (like sum)
SELECT energy_balance(value, unit, direction) IS NULL AS zero_rows FROM readings WHERE false;
SELECT energy_balance(v, 'kWh', 'input') IS NULL AS all_null
FROM (VALUES (NULL::float8), (NULL)) t(v);
-- a NULL reading is skipped, the others count
SELECT (energy_balance(v, 'kWh', 'input')).readings
FROM (VALUES (NULL::float8), (2), (3)) t(v);
-- no input: efficiency and fraction unknown, the balance cannot close
SELECT (energy_balance(v, 'kWh', 'output')).* FROM (VALUES (1::float8)) t(v);
-- zero readings only: a balance of nothing closes
SELECT (energy_balance(0, 'kWh', d)).* FROM (VALUES ('input'), ('output')) t(d);
-- every energy unit of the table, one of each as input: exact sum of the definitions
-- 1 J + 1 kJ + 1 MJ + 1 GJ + 1 Wh + 1 kWh + 1 MWh + 1 GWh + 1 Btu + 1 MMBtu + 1 therm
-- = (1 + 1e3 + 1e6 + 1e9 + 3600 + 3.6e6 + 3.6e9 + 3.6e12 + 1055.05585262*(1 + 1e6 + 1e5)) J
SELECT (energy_balance(1, unit, 'input')).input_kwh AS all_units_kwh,
       (1 + 1e3 + 1e6 + 1e9 + 3600 + 3.6e6 + 3.6e9 + 3.6e12 + 1055.05585262 * 1100001) / 3.6e6 AS exact_kwh
FROM greenlang_units() WHERE dimension = 'energy';
SELECT abs((energy_balance(1, unit, 'input')).input_kwh
           - ((1 + 1e3 + 1e6 + 1e9 + 3600 + 3.6e6 + 3.6e9 + 3.6e12 + 1055.05585262 * 1100001) / 3.6e6)::float8)
       < 1e-9 AS all_units_ok
FROM greenlang_units() WHERE dimension = 'energy';
-- tolerance boundary: 5 % exactly closes, just above does not
SELECT t.tol, (energy_balance(v, 'kWh', d, t.tol)).closes
FROM (VALUES (100::float8, 'input'), (95, 'output')) r(v, d),
     (VALUES (0.05::float8), (0.04999999)) t(tol)
GROUP BY t.tol ORDER BY t.tol;

-- the state type: text round-trip, binary round-trip, validation
SELECT energy_balance_trans('input=0/0, output=0/0, loss=0/0, tolerance=default', 1.5, 'kWh', 'input') AS one_reading;
SELECT energy_balance_trans(energy_balance_trans('input=0/0, output=0/0, loss=0/0, tolerance=default',
                                                 1, 'Btu', 'loss', 0.1), 1, 'J', 'output', 0.1) AS two_readings;
CREATE TEMP TABLE states (id int, s energy_balance_state);
INSERT INTO states VALUES
 (1, 'input=0/0, output=0/0, loss=0/0, tolerance=default'),
 (2, 'input=42535295865117307932921825928971026432/7, output=1/1, loss=0/3, tolerance=0.30000000000000004'),
 (3, ' input=5/1,output=6/2 , loss=7/1, tolerance=0 '),
 (4, 'input=0/5, output=0/0, loss=0/0, tolerance=1');
INSERT INTO states SELECT 10 + row_number() OVER (ORDER BY facility), b::text::energy_balance_state
FROM (SELECT facility, energy_balance_trans(energy_balance_trans('input=0/0, output=0/0, loss=0/0, tolerance=default',
              0, 'kWh', 'input', 0.07), 1, 'kWh', 'input', 0.07) AS b FROM ref) t;
SELECT id, s FROM states WHERE id < 10 ORDER BY id;
SELECT count(*) AS states, count(*) FILTER (WHERE s::text::energy_balance_state::text = s::text) AS text_roundtrip
FROM states;
\copy states TO 'test/out/balance_states.bin' WITH (FORMAT binary)
CREATE TEMP TABLE states_back (LIKE states);
\copy states_back FROM 'test/out/balance_states.bin' WITH (FORMAT binary)
SELECT count(*) AS states, count(*) FILTER (WHERE a.s::text = b.s::text) AS binary_roundtrip
FROM states a JOIN states_back b USING (id);

-- as a window aggregate: the running balance of FAC-RUNBOOK, reading by reading
SELECT unit, direction, value, (b).input_kwh, (b).output_kwh, (b).loss_kwh, (b).closes
FROM (SELECT unit, direction, value,
             energy_balance(value, unit, direction) OVER (ORDER BY direction, unit) AS b
      FROM readings WHERE facility = 'FAC-RUNBOOK') s
ORDER BY direction, unit;
