-- demo_report: the diagnostics report of `make demo` (demo/report.sql) on
-- the demo data at scale 0.1, so that the report cannot silently break; then
-- checks that what it changed is right.
--
-- Loads docs/schema.sql, demo/data.sql and demo/clock.sql into a schema of
-- its own (now() is the demo's anchor, 2025-11-26 00:00 UTC) and drops it at
-- the end.  No parallel plans: the order of tied rows stays the same.
\set ECHO none
SET client_min_messages = warning;
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET max_parallel_workers_per_gather = 0;
CREATE SCHEMA demo_report;
SET search_path = demo_report, public;
\set scale 0.1
\set seed 20251126
\i docs/schema.sql
\i demo/data.sql
\i demo/clock.sql
RESET client_min_messages;

-- the report, as `make demo` prints it (the SVG goes to test/out/)
\set schema demo_report
\set svg_dir test/out
\i demo/report.sql

\pset footer on
\set ECHO all
-- after the report: every energy calculation agrees with greenlang's own
-- recomputation to 1 %, the corrected rows carry greenlang_version(), and
-- they are exactly the rows of the faulty calculator
SELECT count(*) FILTER (WHERE abs(energy_loss_kwh - steam_energy_loss(steam_pressure_psi, 'psig',
		   trap_leak_rate(steam_pressure_psi, 'psig', orifice_diameter_in, 'in', failure_mode, 0.6, 'lb/h'),
		   'lb/h', period_hours, 50, 'degF', 'kWh')) > 0.01 * abs(energy_loss_kwh) + 0.001) AS still_wrong,
	   count(*) FILTER (WHERE energy_loss_kwh < 0 OR energy_loss_kwh > 10000) AS runbook_anomalies,
	   count(*) FILTER (WHERE calculator_version = greenlang_version()) AS corrected,
	   count(*) FILTER (WHERE calculator_version = 'ec-2.3.0') AS left_of_ec_2_3_0,
	   count(*) FILTER (WHERE boiler_efficiency_pct > 100) AS efficiency_over_100,
	   count(*) FILTER (WHERE abs(steam_temp_f - saturation_temperature(steam_pressure_psi, 'psig', 'degF')) > 0.01)
		 AS temperature_not_saturation
FROM energy_calculations;
-- corrected rows: fuel = energy / 0.80 (to the rounding of the columns)
SELECT count(*) AS corrected, max(abs(fuel_energy_kwh * 0.80 - energy_loss_kwh)) <= 0.001 AS fuel_consistent
FROM energy_calculations WHERE calculator_version = greenlang_version();
-- the readings per direction that section 4b shows are the facility's rows
-- of each direction with a value, counted in SQL
SELECT count(*) AS facilities,
	   count(*) FILTER (WHERE (b).input_readings = c.i AND (b).output_readings = c.o AND (b).loss_readings = c.l)
		 AS counts_agree
FROM (SELECT facility_id, energy_balance(value::float8, unit, direction) AS b
	  FROM energy_readings WHERE "timestamp" >= now() - interval '14 days' AND "timestamp" < now()
	  GROUP BY facility_id) g
JOIN (SELECT facility_id, count(value) FILTER (WHERE direction = 'input') AS i,
			 count(value) FILTER (WHERE direction = 'output') AS o, count(value) FILTER (WHERE direction = 'loss') AS l
	  FROM energy_readings WHERE "timestamp" >= now() - interval '14 days' AND "timestamp" < now()
	  GROUP BY facility_id) c USING (facility_id);
-- the SVG the report wrote is the one docs/img shows (FAC-003's flows are
-- the same at every scale)
\! cmp -s test/out/sankey_FAC-003.svg docs/img/sankey_FAC-003.svg && echo "same as docs/img/sankey_FAC-003.svg" || echo "differs from docs/img/sankey_FAC-003.svg"
-- the report's temporary tables are gone
SELECT count(*) AS report_tables_left FROM pg_class WHERE relname LIKE 'report\_%' AND relpersistence = 't';

-- clean up
RESET search_path;
SET client_min_messages = warning;
DROP SCHEMA demo_report CASCADE;
DROP SCHEMA demo_clock CASCADE;
