-- energy_balance under a parallel plan gives bitwise the serial answer,
-- and both agree with an exact numeric sum computed in SQL.
CREATE TABLE meter_readings AS
SELECT g AS id, 'FAC-' || (g % 5) AS facility,
       (((g * 7919) % 100003) / 97.0 + 0.001)
         -- FAC-3 over-reports its losses (unaccounted about -15 %)
         * CASE WHEN g % 5 = 3 AND (g * 13) % 4 = 3 THEN 1.3 ELSE 1 END AS value,
       (ARRAY['kWh', 'MWh', 'GJ', 'MMBtu', 'therm', 'Btu', 'J', 'kJ', 'MJ'])[1 + (g * 31) % 9] AS unit,
       -- FAC-4 has no loss meter and books it as input (unaccounted about 67 %)
       (ARRAY['input', 'input', 'output', CASE WHEN g % 5 = 4 THEN 'input' ELSE 'loss' END])[1 + (g * 13) % 4] AS direction
FROM generate_series(1, 200000) g;
ALTER TABLE meter_readings SET (parallel_workers = 2);
ANALYZE meter_readings;

-- exact definitions, in J per unit
CREATE TEMP TABLE j_per_unit (unit text, j numeric);
INSERT INTO j_per_unit VALUES ('J', 1), ('kJ', 1e3), ('MJ', 1e6), ('GJ', 1e9), ('kWh', 3.6e6),
  ('MWh', 3.6e9), ('Btu', 1055.05585262), ('therm', 105505585.262), ('MMBtu', 1055055852.62);

SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT facility, energy_balance(value, unit, direction) FROM meter_readings GROUP BY facility;
CREATE TEMP TABLE serial AS
SELECT facility, energy_balance(value, unit, direction) AS b,
       energy_balance(value, unit, direction, 0.25) AS b25
FROM meter_readings GROUP BY facility;
CREATE TEMP TABLE serial_all AS SELECT energy_balance(value, unit, direction) AS b FROM meter_readings;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT facility, energy_balance(value, unit, direction) FROM meter_readings GROUP BY facility;
EXPLAIN (COSTS OFF) SELECT energy_balance(value, unit, direction) FROM meter_readings;
CREATE TEMP TABLE par AS
SELECT facility, energy_balance(value, unit, direction) AS b,
       energy_balance(value, unit, direction, 0.25) AS b25
FROM meter_readings GROUP BY facility;
CREATE TEMP TABLE par_all AS SELECT energy_balance(value, unit, direction) AS b FROM meter_readings;
-- the same bits: float8 equality of every column, and identical text
SELECT s.facility, s.b = p.b AS same, s.b::text = p.b::text AS same_text, s.b25 = p.b25 AS same_25
FROM serial s JOIN par p USING (facility) ORDER BY 1;
SELECT s.b = p.b AS same_all, (s.b).readings FROM serial_all s, par_all p;
-- partial states split by a parallel plan, combined
SELECT (p.b).readings = 200000 AS all_rows_counted FROM par_all p;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;

-- the exact numeric reference: totals to 1e-12 relative
SELECT facility, round((s.b).unaccounted_fraction::numeric, 3) AS unaccounted,
       abs((s.b).input_kwh - e.input_kwh) <= 1e-12 * e.input_kwh AS input_ok,
       abs((s.b).output_kwh - e.output_kwh) <= 1e-12 * e.output_kwh AS output_ok,
       abs((s.b).loss_kwh - e.loss_kwh) <= 1e-12 * e.input_kwh AS loss_ok,
       abs((s.b).unaccounted_kwh - (e.input_kwh - e.output_kwh - e.loss_kwh)) <= 1e-12 * e.input_kwh AS unacc_ok,
       (s.b).closes, (s.b).closes = (abs(e.input_kwh - e.output_kwh - e.loss_kwh) <= 0.05 * e.input_kwh) AS closes_ok,
       (s.b25).closes AS closes25,
       (s.b25).closes = (abs(e.input_kwh - e.output_kwh - e.loss_kwh) <= 0.25 * e.input_kwh) AS closes25_ok
FROM serial s JOIN (
  SELECT facility,
         coalesce(sum(value::numeric * j) FILTER (WHERE direction = 'input'), 0) / 3600000 AS input_kwh,
         coalesce(sum(value::numeric * j) FILTER (WHERE direction = 'output'), 0) / 3600000 AS output_kwh,
         coalesce(sum(value::numeric * j) FILTER (WHERE direction = 'loss'), 0) / 3600000 AS loss_kwh
  FROM meter_readings JOIN j_per_unit USING (unit) GROUP BY facility) e USING (facility)
ORDER BY 1;
DROP TABLE meter_readings;
