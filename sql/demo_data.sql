-- demo_data: the demo data generator (demo/data.sql) on its own.
--
-- 1. Deterministic: generated twice at scale 0.1, once with serial plans and
--    once with parallel plans forced and another session TimeZone, every
--    table is the same row for row; the digest pins it across runs.
-- 2. Realistic and self-consistent: pressures, failure rates and modes, units,
--    and every correct energy row agrees with its own inputs and with the
--    saturation table of shared/reference/energy.md (IAPWS-IF97).
\set ECHO none
SET client_min_messages = warning;
SET DateStyle = 'ISO, YMD';
CREATE SCHEMA demo_a;
CREATE SCHEMA demo_b;
\set scale 0.1
\set seed 20251126
SET search_path = demo_a, public;
SET max_parallel_workers_per_gather = 0;
\i docs/schema.sql
\i demo/data.sql
SET search_path = demo_b, public;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET TimeZone = 'America/New_York';
\i docs/schema.sql
\i demo/data.sql
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SET TimeZone = 'UTC';
SET search_path = demo_a, public;
CREATE FUNCTION pg_temp.rows_md5(tbl regclass) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE format('SELECT md5(string_agg(x::text, E''\n'' ORDER BY x::text)) FROM %s x', tbl) INTO r;
	RETURN r;
END $$;
RESET client_min_messages;
\set ECHO all

-- 1. the same rows from serial and parallel plans, in any session TimeZone
SELECT t AS "table", pg_temp.rows_md5(('demo_a.' || t)::regclass) = pg_temp.rows_md5(('demo_b.' || t)::regclass) AS identical,
	   (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = ('demo_a.' || t)::regclass) AS foreign_keys
FROM unnest(ARRAY['sites', 'traps', 'sensors', 'trap_inspections', 'inspection_telemetry', 'ml_predictions',
				  'energy_calculations', 'facilities', 'energy_readings', 'calculations']) t;
-- and the same as on every earlier run (seed 20251126, scale 0.1)
SELECT md5(string_agg(pg_temp.rows_md5(('demo_a.' || t)::regclass), ',' ORDER BY t)) AS digest
FROM unnest(ARRAY['sites', 'traps', 'sensors', 'trap_inspections', 'inspection_telemetry', 'ml_predictions',
				  'energy_calculations', 'facilities', 'energy_readings', 'calculations']) t;

-- 2. traps: header pressures between 15 and 600 psig
SELECT array_agg(DISTINCT pressure_psig ORDER BY pressure_psig) AS pressures_psig FROM traps;

-- failed traps (those with a CONFIRMED alarm in the last 48 h, one inspection
-- per trap): about 2-6 % with a trap program, 15-30 % without (DOE)
SELECT s.has_trap_program,
	   round(count(DISTINCT ti.trap_id) FILTER (WHERE ti.status = 'FAILED' AND ti.verified_status = 'CONFIRMED')::numeric
			 / count(DISTINCT ti.trap_id), 2) BETWEEN
	   CASE WHEN s.has_trap_program THEN 0.0 ELSE 0.12 END AND CASE WHEN s.has_trap_program THEN 0.08 ELSE 0.32 END
	   AS share_in_range
FROM trap_inspections ti JOIN traps t ON t.id = ti.trap_id JOIN sites s ON s.id = t.site_id
WHERE ti.detected_at >= '2025-11-24 00:00+00'
GROUP BY 1 ORDER BY 1;

-- failure modes of confirmed alarms over the whole history: leaking 45 %,
-- blow-through 30 %, plugged 25 %, within 8 points
SELECT failure_mode, abs(count(*)::numeric / sum(count(*)) OVER ()
						 - CASE failure_mode WHEN 'LEAKING' THEN 0.45 WHEN 'BLOW_THROUGH' THEN 0.30 ELSE 0.25 END) < 0.08 AS near_expected
FROM trap_inspections WHERE verified_status = 'CONFIRMED' AND status = 'FAILED'
GROUP BY 1 ORDER BY 1;

-- every reading in one of the six energy units; every meter reports every
-- hour, except FAC-001's steam meter, silent for 40 hours (incident 11)
SELECT unit, count(*) > 0 AS used FROM energy_readings GROUP BY unit ORDER BY unit;
SELECT facility_id, count(DISTINCT meter_id) AS meters, count(*) / count(DISTINCT meter_id) AS hours,
	   min("timestamp") AS first_hour, max("timestamp") AS last_hour
FROM energy_readings GROUP BY facility_id ORDER BY facility_id;

-- correct energy rows (calculator ec-2.2.4 and ec-2.3.1) agree with their own
-- inputs: Napier 24.24 * P_abs * D^2 * mode factor, and the energy over the
-- period above 50 degF makeup water (18.11 Btu/lb)
SELECT calculator_version,
	   max(abs(leak_rate_lb_hr - 24.24 * (steam_pressure_psi + 14.69594877551) * orifice_diameter_in ^ 2
			   * CASE failure_mode WHEN 'BLOW_THROUGH' THEN 1 WHEN 'LEAKING' THEN 0.25 ELSE 0 END)) < 0.001 AS leak_rate_ok,
	   max(abs(energy_loss_kwh - leak_rate_lb_hr * period_hours * (steam_enthalpy_btu_lb - 18.11) * 2.930710701722222e-4)) < 0.05 AS energy_ok,
	   max(abs(fuel_energy_kwh - energy_loss_kwh / (boiler_efficiency_pct / 100))) < 0.001 AS fuel_ok
FROM energy_calculations WHERE calculator_version <> 'ec-2.3.0'
GROUP BY 1 ORDER BY 1;

-- ... and use saturated steam at the gauge pressure: the IAPWS-IF97 values of
-- shared/reference/energy.md (Tsat degF, hg Btu/lb at 15, 50, 100, 150, 300, 600 psig)
SELECT e.steam_pressure_psi, bool_and(e.steam_temp_f = r.tsat_f AND e.steam_enthalpy_btu_lb = r.hg) AS matches_reference
FROM energy_calculations e
JOIN (VALUES (15, 249.72, 1163.94), (50, 297.65, 1179.27), (100, 337.88, 1189.95),
			 (150, 365.87, 1195.97), (300, 421.78, 1203.77), (600, 488.86, 1203.63)) r(psig, tsat_f, hg)
  ON e.steam_pressure_psi = r.psig
WHERE e.calculator_version <> 'ec-2.3.0'
GROUP BY 1 ORDER BY 1;

-- efficiency is 100 * output / input on every completed calculation; only the
-- four injected at FAC-002 lie outside 75-90 %
SELECT count(*) AS completed, count(*) FILTER (WHERE abs(efficiency - 100 * output_energy_kwh / input_energy_kwh) > 0.001) AS inconsistent,
	   count(*) FILTER (WHERE efficiency NOT BETWEEN 75 AND 90) AS outside_75_90
FROM calculations WHERE status = 'completed';

-- service health (docs/health.md): the model-serving log and the IoT
-- readings are the same from serial and parallel plans too, and the
-- injected incidents are where demo/README.md says
SELECT t AS "table", pg_temp.rows_md5(('demo_a.' || t)::regclass) = pg_temp.rows_md5(('demo_b.' || t)::regclass) AS identical
FROM unnest(ARRAY['inference_log', 'sensor_readings']) t;
-- the anomaly-api episode: one request in three fails for 10 minutes, 6 h before the anchor
SELECT min(requested_at) AS first_503, max(requested_at) AS last_503, count(*) AS failed_503,
       (SELECT count(*) FROM inference_log i WHERE i.service = 'anomaly-api'
          AND i.requested_at >= '2025-11-25 18:00+00' AND i.requested_at < '2025-11-25 18:10+00') AS requests
FROM inference_log WHERE error LIKE 'HTTP 503%';
-- the pneumonia detector's deploy 4 h before the anchor: median latency about 3x,
-- errors and misclassifications up
SELECT model_version, min(requested_at) AS since,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)::numeric / 100) * 100 AS median_ms_to_100,
       count(error)::numeric / count(*) BETWEEN CASE model_version WHEN 'v2.1' THEN 0 ELSE 0.015 END
                                            AND CASE model_version WHEN 'v2.1' THEN 0.01 ELSE 0.05 END AS error_share_as_injected,
       round(count(*) FILTER (WHERE predicted_label = true_label)::numeric / count(true_label), 1) AS accuracy_to_0_1
FROM inference_log WHERE service = 'pneumonia-detector' GROUP BY 1 ORDER BY 2;
-- thermaliq is healthy: 0.3 % errors, median 3.5 s
SELECT count(error)::numeric / count(*) < 0.01 AS errors_below_1_pct,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms)::numeric / 100) * 100 AS median_ms_to_100
FROM inference_log WHERE service = 'thermaliq';
-- the anomaly rate: about 1 % before, several times that in the last 6 h
SELECT reading_at >= '2025-11-25 18:00+00' AS last_6h,
       round(avg(is_anomaly::int), 2) AS anomaly_share_to_0_01,
       bool_and(is_anomaly = (reconstruction_error > 0.0921)) AS flag_is_threshold
FROM sensor_readings GROUP BY 1 ORDER BY 1;
-- ---- data completeness and cumulative meters (incidents 10-13) ----
-- the same rows from serial and parallel plans
SELECT t AS "table", pg_temp.rows_md5(('demo_a.' || t)::regclass) = pg_temp.rows_md5(('demo_b.' || t)::regclass) AS identical,
	   (SELECT count(*) FROM pg_class WHERE oid = ('demo_a.' || t)::regclass) AS present
FROM unnest(ARRAY['sensor_heartbeats', 'register_meters', 'register_readings']) t;
SELECT md5(string_agg(pg_temp.rows_md5(('demo_a.' || t)::regclass), ',' ORDER BY t)) AS digest
FROM unnest(ARRAY['sensor_heartbeats', 'register_meters', 'register_readings']) t;
-- the steam meter's 40 missing hours, and the two calculations that failed for them
SELECT count(*) AS st1_hours_of_48,
	   (SELECT count(*) FROM calculations WHERE facility_id = 'FAC-001' AND error_message LIKE '%ST-1%') AS failed_for_it
FROM energy_readings WHERE facility_id = 'FAC-001' AND meter_id = 'ST-1'
  AND "timestamp" >= '2025-11-23 00:00+00' AND "timestamp" < '2025-11-25 00:00+00';
-- heartbeats: every 5 minutes up to each sensor's last_seen, for the 3 hours
-- before the anchor; a DEGRADED sensor misses 3 to 6 in a row
SELECT s.status, count(*) AS sensors,
	   bool_and(h.last = s.last_seen) AS last_is_last_seen,
	   min(h.n) AS fewest, max(h.n) AS most, max(h.longest_gap) AS longest_gap
FROM sensors s
JOIN (SELECT sensor_id, max(received_at) AS last, count(*) AS n,
			 max(d) AS longest_gap
	  FROM (SELECT sensor_id, received_at, received_at - lag(received_at) OVER (PARTITION BY sensor_id ORDER BY received_at) AS d
			FROM sensor_heartbeats) x
	  GROUP BY sensor_id) h USING (sensor_id)
GROUP BY s.status ORDER BY s.status;
-- registers: each hourly step is the meter's interval reading of the hour
-- before (to 1 kWh: the register counts 0.001 MWh), except FAC-002's
-- rollover past 1,000,000 MWh, FAC-004's replacement and FAC-001's glitch
SELECT r.facility_id,
	   count(*) FILTER (WHERE r.reading < lag_reading) AS drops,
	   min(r.reading - lag_reading) AS deepest_drop,
	   max(abs((r.reading - lag_reading) * 1000 - prev_kwh)) FILTER (WHERE r.reading >= lag_reading AND lag_reading IS NOT NULL
																	 AND NOT after_drop) <= 1 AS steps_match_interval_kwh
FROM (SELECT x.*, lag(reading) OVER w AS lag_reading,
			 coalesce(lag(reading) OVER w < lag(reading, 2) OVER w, false) AS after_drop
	  FROM (SELECT g.facility_id, g."timestamp", g.reading,
				   (SELECT e.value * CASE e.unit WHEN 'kWh' THEN 1 WHEN 'MWh' THEN 1000 END
					FROM energy_readings e
					WHERE e.facility_id = g.facility_id AND e.meter_id = 'EL-1'
					  AND e."timestamp" = g."timestamp" - interval '1 hour') AS prev_kwh
			FROM register_readings g) x
	  WINDOW w AS (PARTITION BY facility_id ORDER BY "timestamp")) r
GROUP BY r.facility_id ORDER BY r.facility_id;

SET client_min_messages = warning;
RESET search_path;
DROP SCHEMA demo_a CASCADE;
DROP SCHEMA demo_b CASCADE;
