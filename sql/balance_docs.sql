-- the examples of docs/balance.md, as the page shows them
-- GL-009 Scenario 9, "Reproduce Issue": the expected efficiency
SELECT thermal_efficiency(750 + 200, 1000 + 50) AS efficiency;
-- meters in different units: 950 kWh of steam and electricity out of 3.78 GJ in
SELECT thermal_efficiency(950, 'kWh', 3.78, 'GJ') AS efficiency;

-- a users' table of meter readings (the runbook's energy_readings)
CREATE TABLE energy_readings (
    facility_id text, "timestamp" timestamptz, meter text,
    direction text,    -- 'input', 'output' or 'loss'
    value float8, unit text);
INSERT INTO energy_readings VALUES
 ('FAC-001', '2025-11-01 12:00+00', 'fuel',        'input',  3.6,   'GJ'),
 ('FAC-001', '2025-11-01 12:00+00', 'electricity', 'input',  50,    'kWh'),
 ('FAC-001', '2025-11-01 12:00+00', 'steam',       'output', 2.7,   'GJ'),
 ('FAC-001', '2025-11-01 12:00+00', 'electricity', 'output', 200,   'kWh'),
 ('FAC-001', '2025-11-01 12:00+00', 'stack',       'loss',   100,   'kWh'),
 ('FAC-002', '2025-11-01 12:00+00', 'gas',         'input',  100,   'therm'),
 ('FAC-002', '2025-11-01 12:00+00', 'steam',       'output', 8.19,  'GJ'),
 ('FAC-002', '2025-11-01 12:00+00', 'blowdown',    'loss',   1.5e6, 'Btu'),
 ('FAC-003', '2025-11-01 12:00+00', 'fuel',        'input',  1,     'MWh'),
 ('FAC-003', '2025-11-01 12:00+00', 'electricity', 'input',  50,    'kWh'),
 ('FAC-003', '2025-11-01 12:00+00', 'steam',       'output', 750,   'kWh'),
 ('FAC-003', '2025-11-01 12:00+00', 'electricity', 'output', 200,   'MWh');  -- should be kWh

-- the balance of every facility for one day
SELECT facility_id, (b).input_kwh, (b).output_kwh, (b).loss_kwh,
       round((b).efficiency::numeric, 4) AS efficiency,
       round((b).unaccounted_fraction::numeric, 4) AS unaccounted, (b).closes
FROM (SELECT facility_id, energy_balance(value, unit, direction) AS b
      FROM energy_readings
      WHERE "timestamp" >= '2025-11-01' AND "timestamp" < '2025-11-02'
      GROUP BY facility_id) s
ORDER BY facility_id;

-- the runbook's lenient mode (ENERGY_BALANCE_THRESHOLD=0.10)
SELECT facility_id, (energy_balance(value, unit, direction, 0.10)).closes
FROM energy_readings GROUP BY facility_id ORDER BY facility_id;

-- before reading unaccounted energy as a loss: the readings per direction
SELECT facility_id, (b).input_readings, (b).output_readings, (b).loss_readings,
       round((b).unaccounted_fraction::numeric, 4) AS unaccounted, (b).closes
FROM (SELECT facility_id, energy_balance(value, unit, direction) AS b
      FROM energy_readings GROUP BY facility_id) s
ORDER BY facility_id;

-- facilities whose efficiency is outside 0-100 % (SEV1) or whose balance does not close
SELECT facility_id, round((b).efficiency::numeric, 4) AS efficiency,
       efficiency_severity((b).efficiency) AS severity, (b).closes
FROM (SELECT facility_id, energy_balance(value, unit, direction) AS b
      FROM energy_readings GROUP BY facility_id) s
WHERE efficiency_severity((b).efficiency) <> 'none' OR NOT (b).closes
ORDER BY facility_id;

-- stored results (the runbook's calculations table, efficiency in percent)
-- against a recalculation from the readings: which differ by more than 0.1 %?
CREATE TABLE calculations (calculation_id text, facility_id text, efficiency float8,
                           created_at timestamptz);
INSERT INTO calculations VALUES
 ('CALC-121', 'FAC-001', 90.48, '2025-11-02 01:00+00'),
 ('CALC-122', 'FAC-002', 92.63, '2025-11-02 01:00+00'),
 ('CALC-123', 'FAC-003', 19119.05, '2025-11-02 01:00+00');
SELECT c.calculation_id, c.facility_id, c.efficiency AS stored_percent,
       round(100 * (b).efficiency::numeric, 2) AS recalculated_percent,
       efficiency_severity(c.efficiency / 100) AS stored_severity
FROM calculations c
JOIN (SELECT facility_id, energy_balance(value, unit, direction) AS b
      FROM energy_readings GROUP BY facility_id) r USING (facility_id)
WHERE abs(c.efficiency / 100 - (b).efficiency) > 0.001 * (b).efficiency
   OR efficiency_severity(c.efficiency / 100) <> 'none'
ORDER BY c.calculation_id;
DROP TABLE calculations;
DROP TABLE energy_readings;
