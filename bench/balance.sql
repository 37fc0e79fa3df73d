-- bench/balance.sql - energy_balance per facility over meter readings in
-- mixed units, against the same balance written by hand in SQL.
--  baseline:  bare scan   SELECT facility, sum(value) GROUP BY facility
--  by hand:   SUM(CASE direction ...) of value * CASE unit ... (kWh factors)
--             in float8, then efficiency, unaccounted and the 5 % check
--  greenlang: energy_balance(value, unit, direction) GROUP BY facility, the
--             unit changing from row to row among 9 (target: at most 1.6x
--             the bare scan, issue 15)
\set QUIET on
\i bench/bench.sql
SELECT set_config('bench.rows', :'rows', false) \gset
CREATE EXTENSION IF NOT EXISTS greenlang;

-- readings of 97 facilities, 9 energy units, half of them inputs
CREATE TABLE energy_readings AS
SELECT g AS id, 'FAC-' || lpad((g % 97)::text, 3, '0') AS facility_id,
       (((g::bigint * 7919) % 100003) / 97.0 + 0.001)::float8 AS value,
       (ARRAY['kWh', 'MWh', 'GJ', 'MMBtu', 'therm', 'Btu', 'J', 'kJ', 'MJ'])[1 + (g * 31) % 9] AS unit,
       (ARRAY['input', 'input', 'output', 'loss'])[1 + (g * 13) % 4] AS direction
FROM generate_series(1, :rows) g;
VACUUM ANALYZE energy_readings;

-- the hand-written balance gives the same totals (to 1e-9 relative) and verdicts
\set hand 'SELECT facility_id, i AS input_kwh, o AS output_kwh, l AS loss_kwh, o / nullif(i, 0) AS efficiency, i - o - l AS unaccounted_kwh, (i - o - l) / nullif(i, 0) AS unaccounted_fraction, abs(i - o - l) <= 0.05 * i AS closes FROM (SELECT facility_id, sum(CASE WHEN direction = ''input'' THEN kwh ELSE 0 END) AS i, sum(CASE WHEN direction = ''output'' THEN kwh ELSE 0 END) AS o, sum(CASE WHEN direction = ''loss'' THEN kwh ELSE 0 END) AS l FROM (SELECT facility_id, direction, value * CASE unit WHEN ''kWh'' THEN 1 WHEN ''MWh'' THEN 1000 WHEN ''GJ'' THEN 1e9 / 3.6e6 WHEN ''MMBtu'' THEN 1055055852.62 / 3.6e6 WHEN ''therm'' THEN 105505585.262 / 3.6e6 WHEN ''Btu'' THEN 1055.05585262 / 3.6e6 WHEN ''J'' THEN 1 / 3.6e6 WHEN ''kJ'' THEN 1e3 / 3.6e6 WHEN ''MJ'' THEN 1e6 / 3.6e6 END AS kwh FROM energy_readings) r GROUP BY facility_id) s'
\set gl 'SELECT facility_id, (energy_balance(value, unit, direction)).* FROM energy_readings GROUP BY facility_id'
SELECT count(*) AS facilities,
       count(*) FILTER (WHERE abs(h.input_kwh - (g).input_kwh) <= 1e-9 * h.input_kwh
                          AND abs(h.output_kwh - (g).output_kwh) <= 1e-9 * h.input_kwh
                          AND abs(h.loss_kwh - (g).loss_kwh) <= 1e-9 * h.input_kwh
                          AND h.closes = (g).closes) AS agree
FROM (:hand) h
JOIN (SELECT facility_id, energy_balance(value, unit, direction) AS g FROM energy_readings GROUP BY facility_id) x
USING (facility_id);

INSERT INTO bench_result VALUES
 ('bare scan: sum(value) by facility',
  pg_temp.bench_ms('SELECT facility_id, sum(value) FROM energy_readings GROUP BY facility_id'), NULL),
 ('by hand: SUM(CASE direction) of value * CASE unit',
  pg_temp.bench_ms(:'hand'), 'bare scan: sum(value) by facility'),
 ('greenlang: energy_balance(value, unit, direction)',
  pg_temp.bench_ms(:'gl'), 'by hand: SUM(CASE direction) of value * CASE unit');
-- issue 15's target: mixed units at most 1.6x the bare scan
INSERT INTO bench_result
SELECT 'greenlang (vs bare scan)', ms, 'bare scan: sum(value) by facility', 1.6
FROM bench_result WHERE name LIKE 'greenlang: energy_balance%';

\pset footer off
\set QUIET off
SELECT * FROM pg_temp.bench_report();
DROP TABLE energy_readings;
