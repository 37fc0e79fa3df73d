-- demo/load.sql: the users' schema and the demo data, for `make demo`.
-- Loads docs/schema.sql and demo/data.sql (psql variables scale, seed,
-- anchor: see that file) into the schema greenlang_demo (made anew) and
-- demo/clock.sql, then prints what was made and how long it took.  Leaves
-- search_path = demo_clock, pg_catalog, greenlang_demo, public: the runbook
-- queries then run as written, at the data's "now".
\set ECHO none
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS greenlang_demo CASCADE;
CREATE SCHEMA greenlang_demo;
COMMENT ON SCHEMA greenlang_demo IS 'The users'' tables (docs/schema.sql) with the demo data (demo/data.sql).';
SET search_path = greenlang_demo, public;
\ir ../docs/schema.sql
\ir data.sql
\ir clock.sql
RESET client_min_messages;
SET search_path = demo_clock, pg_catalog, greenlang_demo, public;

\echo
\echo '== Demo data (docs/schema.sql, demo/data.sql; incidents: demo/README.md)'
SELECT anchor AS demo_now, seed, scale, round(generation_ms / 1000.0, 1) AS generated_in_s FROM demo_parameters;
SELECT t AS "table", n AS "rows"
FROM (VALUES (1, 'sites', (SELECT count(*) FROM sites)),
			 (2, 'traps', (SELECT count(*) FROM traps)),
			 (3, 'sensors', (SELECT count(*) FROM sensors)),
			 (4, 'trap_inspections', (SELECT count(*) FROM trap_inspections)),
			 (5, 'inspection_telemetry', (SELECT count(*) FROM inspection_telemetry)),
			 (6, 'ml_predictions', (SELECT count(*) FROM ml_predictions)),
			 (7, 'energy_calculations', (SELECT count(*) FROM energy_calculations)),
			 (8, 'facilities', (SELECT count(*) FROM facilities)),
			 (9, 'energy_readings', (SELECT count(*) FROM energy_readings)),
			 (10, 'calculations', (SELECT count(*) FROM calculations))) c(o, t, n)
ORDER BY o;
