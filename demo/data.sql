-- demo/data.sql: deterministic demo data for the users' schema (docs/schema.sql).
--
--   psql -v ON_ERROR_STOP=1 -f docs/schema.sql -f demo/data.sql
--   psql -v ON_ERROR_STOP=1 -v scale=4 -v seed=7 -f docs/schema.sql -f demo/data.sql
--
-- psql variables (all optional):
--   scale   size knob, default 1: 40 sites, about 3,000 traps, 12 facilities.
--           Sites and facilities grow linearly with it (at least 6 sites and
--           4 facilities, so that every injected incident exists).
--   seed    default 20251126.  Same seed, scale and anchor: the same rows,
--           bit for bit, whatever the plan (every random number is a hash of
--           the row's key and the seed; no random(), no dependence on row order).
--   anchor  default '2025-11-26 00:00:00+00' (the runbooks' own date, so their
--           literal dates such as '2025-11-20' fall where the incidents are).
--           All data lies in the 120 days before the anchor.  demo/clock.sql
--           makes now() return the anchor, for the runbooks' NOW() - INTERVAL
--           queries.
--
-- Nothing here needs greenlang.  The injected incidents, with their keys,
-- windows and sizes, are listed in demo/README.md.  The run time is stored in
-- demo_parameters.generation_ms.
\if :{?scale}
\else
\set scale 1
\endif
\if :{?seed}
\else
\set seed 20251126
\endif
\if :{?anchor}
\else
\set anchor '2025-11-26 00:00:00+00'
\endif

SELECT clock_timestamp() AS gen_t0,
	   greatest(6, round(40 * (:scale)::numeric))::int AS n_sites,
	   greatest(4, round(12 * (:scale)::numeric))::int AS n_fac,
	   (:seed)::bigint * 1000 AS sb
\gset

BEGIN;
SET LOCAL TimeZone = 'UTC';
SET LOCAL client_min_messages = warning;

-- Uniform (0,1) and standard normal numbers from a key and a salt.
-- hashint8extended is the stable hash PostgreSQL uses for hash partitioning.
CREATE OR REPLACE FUNCTION pg_temp.u(k bigint, salt bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ((hashint8extended(k, salt) & 4503599627370495)::float8 + 0.5) / 4503599627370496 $$;
CREATE OR REPLACE FUNCTION pg_temp.n(k bigint, salt bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT sqrt(-2 * ln(pg_temp.u(k, salt))) * cos(2 * pi() * pg_temp.u(k, salt + 500)) $$;

CREATE TABLE IF NOT EXISTS demo_parameters (
	anchor			timestamptz NOT NULL,
	seed			bigint NOT NULL,
	scale			numeric NOT NULL,
	generated_at	timestamptz NOT NULL,
	generation_ms	numeric
);
COMMENT ON TABLE demo_parameters IS 'How demo/data.sql made the demo data: anchor (the demo''s "now"), seed, scale, and the generation time in milliseconds.';
TRUNCATE demo_parameters;
INSERT INTO demo_parameters VALUES (:'anchor', :seed, :scale, clock_timestamp(), NULL);

TRUNCATE calculations, energy_readings, facilities, energy_calculations,
	ml_predictions, inspection_telemetry, trap_inspections, sensors, traps, sites;

-- Foreign keys are checked once, when they are added back at the end (one
-- join per key), instead of once per inserted row: half the run time.
CREATE TEMP TABLE demo_fks ON COMMIT DROP AS
SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
FROM pg_constraint
WHERE contype = 'f'
  AND conrelid IN ('sites'::regclass, 'traps'::regclass, 'sensors'::regclass, 'trap_inspections'::regclass,
				   'inspection_telemetry'::regclass, 'ml_predictions'::regclass, 'energy_calculations'::regclass,
				   'facilities'::regclass, 'energy_readings'::regclass, 'calculations'::regclass);
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, conname) FROM demo_fks ORDER BY tbl, conname
\gexec

-- Saturation properties at the header pressures (IAPWS-IF97, from
-- test/data/gen_demo_saturation.py).  *_as_psia: the same at the gauge
-- figure read as absolute pressure (the injected unit bug).
CREATE TEMP TABLE sat (psig int PRIMARY KEY, weight float8, tsat_f numeric, hf numeric,
					   hg numeric, tsat_f_as_psia numeric, hg_as_psia numeric) ON COMMIT DROP;
INSERT INTO sat VALUES
(15, 0.12, 249.72, 218.33, 1163.94, 212.99, 1150.66),
(30, 0.08, 274.00, 243.07, 1172.02, 250.30, 1164.14),
(50, 0.10, 297.65, 267.34, 1179.27, 280.99, 1174.24),
(75, 0.08, 320.03, 290.48, 1185.49, 307.59, 1182.12),
(100, 0.12, 337.88, 309.08, 1189.95, 327.82, 1187.49),
(125, 0.10, 352.87, 324.81, 1193.33, 344.35, 1191.45),
(150, 0.15, 365.87, 338.55, 1195.97, 358.43, 1194.49),
(200, 0.06, 387.80, 361.95, 1199.75, 381.81, 1198.80),
(250, 0.05, 406.04, 381.65, 1202.20, 400.98, 1201.59),
(300, 0.05, 421.78, 398.84, 1203.77, 417.37, 1203.38),
(400, 0.04, 448.17, 428.15, 1205.12, 444.63, 1205.04),
(450, 0.02, 459.56, 441.01, 1205.17, 456.32, 1205.19),
(600, 0.03, 488.86, 474.76, 1203.63, 486.25, 1203.87);
CREATE TEMP TABLE sat_cdf ON COMMIT DROP AS
SELECT psig, sum(weight) OVER (ORDER BY psig) - weight AS lo, sum(weight) OVER (ORDER BY psig) AS hi
FROM sat;

-- ---- sites ---------------------------------------------------------------
INSERT INTO sites (id, site_name, region, has_trap_program)
SELECT i,
	   (ARRAY['Baytown', 'Beaumont', 'Lake Charles', 'Port Arthur', 'Deer Park', 'Pasadena',
			  'Texas City', 'Freeport', 'Corpus Christi', 'Mobile', 'Baton Rouge', 'Geismar',
			  'Plaquemine', 'Norco', 'Convent', 'Memphis', 'Kingsport', 'Decatur', 'Midland',
			  'Louisville', 'Calvert City', 'Charleston', 'Parkersburg', 'Marietta', 'Joliet',
			  'Peoria', 'Cedar Rapids', 'Clinton', 'Muscatine', 'Wichita', 'Borger', 'Ponca City',
			  'Tulsa', 'El Dorado', 'Longview', 'Camden', 'Savannah', 'Augusta', 'Pensacola',
			  'Richmond'])[1 + (i - 1) % 40]
	   || ' ' || (ARRAY['Refinery', 'Chemical Plant', 'Paper Mill', 'Food Plant', 'Pharma Plant'])[1 + (i - 1) % 5]
	   || CASE WHEN i > 40 THEN ' ' || (1 + (i - 1) / 40) ELSE '' END,
	   (ARRAY['Gulf Coast', 'Southeast', 'Midwest', 'Central'])[1 + (i - 1) % 4],
	   CASE i WHEN 3 THEN false WHEN 5 THEN true ELSE pg_temp.u(i, :sb + 1) < 0.4 END
FROM generate_series(1, :n_sites) i;

-- ---- traps, with their hidden true condition -----------------------------
-- Failed share per site: 2-6 % with a maintenance program, 15-30 % without
-- (US DOE Steam Tip Sheet #1).  Failure modes: leaking 45 %, blow-through
-- 30 %, plugged 25 % (failed open : failed closed about 3 : 1).
CREATE TEMP TABLE truth ON COMMIT DROP AS
WITH t AS (
	SELECT s.id AS site_id, s.has_trap_program, n,
		   CASE s.id WHEN 3 THEN 0.22 WHEN 5 THEN 0
			   ELSE CASE WHEN s.has_trap_program THEN 0.02 + 0.04 * pg_temp.u(s.id, :sb + 2)
					ELSE 0.15 + 0.15 * pg_temp.u(s.id, :sb + 2) END END AS f_site
	FROM sites s,
		 LATERAL generate_series(1, CASE s.id WHEN 3 THEN 150 WHEN 5 THEN 30
								   ELSE 20 + floor(111 * pg_temp.u(s.id, :sb + 3))::int END) n
), k AS (
	SELECT row_number() OVER (ORDER BY site_id, n)::int AS id, * FROM t
)
SELECT k.*,
	   (k.site_id = 5 AND k.n <= 2) OR (k.site_id <> 5 AND pg_temp.u(k.id, :sb + 20) < k.f_site) AS failed,
	   CASE WHEN k.site_id = 5 AND k.n <= 2 THEN (:'anchor'::timestamptz - interval '2 years')
			ELSE :'anchor'::timestamptz - make_interval(hours => floor(26280 * pg_temp.u(k.id, :sb + 21))::int) END AS fail_at,
	   CASE WHEN k.site_id = 5 AND k.n = 1 THEN 'BLOW_THROUGH'
			WHEN k.site_id = 5 AND k.n = 2 THEN 'LEAKING'
			WHEN pg_temp.u(k.id, :sb + 22) < 0.45 THEN 'LEAKING'
			WHEN pg_temp.u(k.id, :sb + 22) < 0.75 THEN 'BLOW_THROUGH'
			ELSE 'PLUGGED' END AS true_mode,
	   CASE WHEN k.site_id = 5 AND k.n <= 3 THEN 6 * k.n - 1
			ELSE floor(48 * pg_temp.u(k.id, :sb + 23))::int END AS offset_h,
	   CASE WHEN k.site_id = 3 AND k.n % 2 = 0 THEN 'Compressor house'
			ELSE (ARRAY['Boiler house', 'Tank farm', 'Process unit A', 'Process unit B',
						'Steam main north', 'Steam main south', 'Tracer lines', 'Compressor house'])
				 [1 + floor(8 * pg_temp.u(k.id, :sb + 24))::int] END AS location,
	   (SELECT psig FROM sat_cdf c WHERE pg_temp.u(k.id, :sb + 25) >= c.lo AND pg_temp.u(k.id, :sb + 25) < c.hi
		ORDER BY psig LIMIT 1) AS psig
FROM k;
UPDATE truth SET psig = 600 WHERE psig IS NULL;

INSERT INTO traps (id, trap_id, site_id, location, trap_type, application, pressure_psig,
				   orifice_diameter_in, installed_at)
SELECT id,
	   format('ST-%s-%s', lpad(site_id::text, greatest(2, length(site_id::text)), '0'), lpad(n::text, greatest(4, length(n::text)), '0')),
	   site_id, location,
	   CASE WHEN pg_temp.u(id, :sb + 26) < 0.35 THEN 'inverted bucket'
			WHEN pg_temp.u(id, :sb + 26) < 0.65 THEN 'thermodynamic'
			WHEN pg_temp.u(id, :sb + 26) < 0.85 THEN 'float & thermostatic'
			ELSE 'thermostatic' END,
	   CASE WHEN location = 'Tracer lines' THEN 'tracer'
			WHEN location LIKE 'Steam main%' THEN 'drip' ELSE 'process' END,
	   psig,
	   CASE WHEN pg_temp.u(id, :sb + 27) < 0.35 THEN 0.125
			WHEN pg_temp.u(id, :sb + 27) < 0.60 THEN 0.15625
			WHEN pg_temp.u(id, :sb + 27) < 0.85 THEN 0.1875 ELSE 0.25 END,
	   (:'anchor'::timestamptz - make_interval(days => 365 + floor(5110 * pg_temp.u(id, :sb + 28))::int))::date
FROM truth;

-- ---- sensors -------------------------------------------------------------
-- Site 6 lost its gateway 2 h 10 min before the anchor: all its sensors are
-- OFFLINE.  Elsewhere firmware 3.2.0 drops out more often than 3.1.4.
INSERT INTO sensors (sensor_id, site_id, site_name, trap_id, sensor_type, status, last_seen, firmware_version)
SELECT x.sensor_id, t.site_id, s.site_name, t.id, x.sensor_type,
	   CASE WHEN t.site_id = 6 THEN 'OFFLINE'
			WHEN pg_temp.u(t.id * 2 + x.j, :sb + 41) < CASE WHEN x.fw = '3.2.0' THEN 0.06 ELSE 0.005 END THEN 'OFFLINE'
			WHEN pg_temp.u(t.id * 2 + x.j, :sb + 42) < 0.01 THEN 'DEGRADED'
			ELSE 'ONLINE' END,
	   CASE WHEN t.site_id = 6 THEN :'anchor'::timestamptz - interval '2 hours 10 minutes'
				 - make_interval(secs => floor(60 * pg_temp.u(t.id * 2 + x.j, :sb + 43)))
			WHEN pg_temp.u(t.id * 2 + x.j, :sb + 41) < CASE WHEN x.fw = '3.2.0' THEN 0.06 ELSE 0.005 END
			THEN :'anchor'::timestamptz - make_interval(mins => 60 + floor(4260 * pg_temp.u(t.id * 2 + x.j, :sb + 43))::int)
			ELSE :'anchor'::timestamptz - make_interval(secs => floor(120 * pg_temp.u(t.id * 2 + x.j, :sb + 43))) END,
	   x.fw
FROM truth t JOIN sites s ON s.id = t.site_id,
	 LATERAL (VALUES (0, 'AC-' || lpad(t.id::text, greatest(6, length(t.id::text)), '0'), 'acoustic',
					  CASE WHEN pg_temp.u(t.id, :sb + 40) < 0.3 THEN '3.2.0' ELSE '3.1.4' END),
					 (1, 'TH-' || lpad(t.id::text, greatest(6, length(t.id::text)), '0'), 'thermal', '1.8.2')) x(j, sensor_id, sensor_type, fw)
WHERE x.j = 0 OR pg_temp.u(t.id, :sb + 44) < 0.5;

-- ---- inspections: every trap every 48 h for 120 days ----------------------
-- Classifier: misses 6 % of failed traps; calls the wrong failure mode for
-- 3 % (22 % with model v2.4.2, deployed 10 days before the anchor); raises a
-- false alarm on 1.7 % of working traps.  Injected: at site 3, the
-- "Compressor house" traps get false alarms on 70 % of their inspections in
-- the last 72 h (new equipment; the acoustic background jumps and wanders);
-- site 5 has exactly three alarms in the last 24 h, one of them false.
-- Telemetry: from 25 days before the anchor (firmware 3.2.0 rollout)
-- acoustic_frequency_mean reads 1.5 kHz higher and thermal_delta 8 degF higher.
CREATE TEMP TABLE insp ON COMMIT DROP AS
WITH r AS (
	SELECT t.id AS trap_id, t.site_id, t.n, t.psig, t.location, k,
		   t.id::bigint * 1000 + k AS ik,
		   :'anchor'::timestamptz - make_interval(hours => k * 48 + t.offset_h + 1, mins => (t.site_id * 7) % 60) AS detected_at,
		   CASE WHEN t.failed AND t.fail_at <= :'anchor'::timestamptz - make_interval(hours => k * 48 + t.offset_h + 1)
				THEN t.true_mode ELSE 'OK' END AS truth
	FROM truth t, LATERAL generate_series(0, (120 * 24 - t.offset_h - 2) / 48) k
), f AS (
	SELECT r.*,
		   r.detected_at >= :'anchor'::timestamptz - interval '600 hours' AS drifted,
		   r.detected_at >= :'anchor'::timestamptz - interval '240 hours' AS v2,
		   r.site_id = 3 AND r.location = 'Compressor house'
			 AND r.detected_at >= :'anchor'::timestamptz - interval '72 hours' AS surge,
		   r.site_id = 5 AND r.n <= 3 AND r.k = 0 AS forced
	FROM r
), p AS (
	SELECT f.*,
		   CASE WHEN f.truth = 'OK' THEN
					CASE WHEN (f.forced AND f.n = 3)
							  OR (NOT f.forced AND f.site_id <> 5 AND pg_temp.u(f.ik, :sb + 30) <
								  CASE WHEN f.surge THEN 0.7 ELSE 0.017 END)
						 THEN CASE WHEN pg_temp.u(f.ik, :sb + 31) < 0.7 THEN 'LEAKING'
								   WHEN pg_temp.u(f.ik, :sb + 31) < 0.9 THEN 'BLOW_THROUGH'
								   ELSE 'PLUGGED' END
						 ELSE 'OK' END
				WHEN f.forced THEN f.truth
				WHEN pg_temp.u(f.ik, :sb + 32) < 0.06 THEN 'OK'
				WHEN pg_temp.u(f.ik, :sb + 32) < 0.06 + CASE WHEN f.v2 THEN 0.22 ELSE 0.03 END
				THEN CASE f.truth WHEN 'LEAKING' THEN 'BLOW_THROUGH' WHEN 'BLOW_THROUGH' THEN 'LEAKING'
						  ELSE 'LEAKING' END
				ELSE f.truth END AS prediction
	FROM f
), v AS (
	SELECT p.*,
		   p.detected_at + CASE WHEN p.forced THEN interval '1 hour'
								ELSE make_interval(mins => 60 + floor(420 * pg_temp.u(p.ik, :sb + 34))::int) END AS check_at,
		   p.forced OR CASE WHEN p.prediction <> 'OK' THEN pg_temp.u(p.ik, :sb + 33) < 0.9
							ELSE pg_temp.u(p.ik, :sb + 33) < 0.1 END AS checked
	FROM p
)
SELECT row_number() OVER (ORDER BY detected_at, trap_id) AS id, v.*,
	   CASE WHEN checked AND check_at < :'anchor'::timestamptz THEN check_at END AS verified_at,
	   round((CASE WHEN prediction = truth THEN 0.80 + 0.19 * sqrt(pg_temp.u(ik, :sb + 35))
				   ELSE 0.52 + 0.30 * pg_temp.u(ik, :sb + 35) END)::numeric, 3) AS confidence,
	   CASE WHEN v2 THEN 'v2.4.2' ELSE 'v2.4.1' END AS model_version
FROM v;

INSERT INTO trap_inspections (id, trap_id, detected_at, status, failure_mode, confidence_score,
							  model_version, verified_status, verified_at)
SELECT id, trap_id, detected_at,
	   CASE WHEN prediction = 'OK' THEN 'OK' ELSE 'FAILED' END,
	   NULLIF(prediction, 'OK'), confidence, model_version,
	   CASE WHEN verified_at IS NULL THEN NULL
			WHEN prediction <> 'OK' AND truth = 'OK' THEN 'FALSE_POSITIVE'
			WHEN prediction = 'OK' AND truth <> 'OK' THEN 'FALSE_NEGATIVE'
			ELSE 'CONFIRMED' END,
	   verified_at
FROM insp ORDER BY id;

INSERT INTO ml_predictions (id, inspection_id, trap_id, prediction_time, model_version, prediction,
							confidence, actual_status, inference_time_ms)
SELECT i.id, i.id, i.trap_id, i.detected_at - interval '3 seconds', i.model_version, i.prediction,
	   i.confidence,
	   CASE WHEN i.verified_at IS NOT NULL THEN i.truth END,
	   round((CASE WHEN i.v2 THEN 450 ELSE 150 END * exp(0.25 * pg_temp.n(i.ik, :sb + 36)))::numeric, 1)
FROM insp i
ORDER BY i.id;

INSERT INTO inspection_telemetry (id, inspection_id, trap_id, captured_at, acoustic_frequency_mean,
								  acoustic_rms_db, acoustic_baseline, thermal_delta, inlet_temp_f,
								  outlet_temp_f, pressure_variance, ambient_temp, ambient_pressure)
SELECT id, id, trap_id, captured_at, afm, rms, base, round(td, 2), round(inlet, 2), round(inlet, 2) - round(td, 2),
	   pv, amb, ap
FROM (
	SELECT i.id, i.trap_id, i.detected_at - interval '20 seconds' AS captured_at,
		   round((CASE i.truth WHEN 'OK' THEN 24 WHEN 'LEAKING' THEN 31 WHEN 'BLOW_THROUGH' THEN 36 ELSE 20 END
				  + 3 * pg_temp.n(i.ik, :sb + 50) + CASE WHEN i.drifted THEN 1.5 ELSE 0 END)::numeric, 3) AS afm,
		   round((CASE i.truth WHEN 'OK' THEN 38 WHEN 'LEAKING' THEN 52 WHEN 'BLOW_THROUGH' THEN 64 ELSE 30 END
				  + 4 * pg_temp.n(i.ik, :sb + 51))::numeric, 2) AS rms,
		   round((CASE WHEN i.surge THEN 62 + 12 * pg_temp.n(i.ik, :sb + 52)
					   ELSE 42 + 3 * pg_temp.n(i.ik, :sb + 52) END)::numeric, 2) AS base,
		   greatest(0.5, CASE i.truth WHEN 'OK' THEN 45 + 12 * pg_temp.n(i.ik, :sb + 53)
								  WHEN 'LEAKING' THEN 22 + 8 * pg_temp.n(i.ik, :sb + 53)
								  WHEN 'BLOW_THROUGH' THEN 8 + 4 * pg_temp.n(i.ik, :sb + 53)
								  ELSE 150 + 30 * pg_temp.n(i.ik, :sb + 53) END
						 + CASE WHEN i.drifted THEN 8 ELSE 0 END)::numeric AS td,
		   (s.tsat_f - 2 - 4 * pg_temp.u(i.ik, :sb + 54)::numeric) AS inlet,
		   round(exp(-0.2 + 0.5 * pg_temp.n(i.ik, :sb + 55))::numeric, 4) AS pv,
		   round((68 + 10 * cos(2 * pi() * (extract(doy FROM i.detected_at) - 200) / 365.0)
				  + 4 * pg_temp.n(i.ik, :sb + 56))::numeric, 2) AS amb,
		   round((14.65 + 0.12 * pg_temp.n(i.ik, :sb + 57))::numeric, 3) AS ap
	FROM insp i JOIN sat s ON s.psig = i.psig
) x
ORDER BY id;

-- ---- energy calculations: one per alarm --------------------------------------
-- Correct rows: Napier (24.24 * P_abs * D^2 lb/h) * mode factor, saturated
-- steam at the gauge pressure, energy over 24 h above 50 degF makeup water,
-- boiler efficiency 80 %.  Injected, for rows calculated from 6 days to 1 day
-- before the anchor (calculator ec-2.3.0): gauge pressure read as absolute;
-- a negative sign at 200 psig and above; one row in three (by hash) stores
-- Btu in energy_loss_kwh; one row with a steam temperature 0.05 degF below
-- saturation, turned into compressed liquid (enthalpy hf); one row with a
-- boiler efficiency of 112 %.
CREATE TEMP TABLE ec ON COMMIT DROP AS
SELECT i.id AS inspection_id, i.trap_id, i.ik, i.prediction AS failure_mode, i.psig,
	   tr.orifice_diameter_in AS d,
	   i.detected_at + make_interval(secs => 120 + floor(480 * pg_temp.u(i.ik, :sb + 60))) AS calculated_at,
	   CASE i.prediction WHEN 'BLOW_THROUGH' THEN 1.0 WHEN 'LEAKING' THEN 0.25 ELSE 0 END AS factor
FROM insp i JOIN traps tr ON tr.id = i.trap_id
WHERE i.prediction <> 'OK';

CREATE TEMP TABLE ec2 ON COMMIT DROP AS
SELECT e.*,
	   e.calculated_at >= :'anchor'::timestamptz - interval '144 hours'
		 AND e.calculated_at < :'anchor'::timestamptz - interval '24 hours' AS buggy,
	   row_number() OVER (ORDER BY e.calculated_at, e.inspection_id) AS id
FROM ec e;

CREATE TEMP TABLE ec3 ON COMMIT DROP AS
SELECT e.*,
	   e.buggy AND pg_temp.u(e.ik, :sb + 61) < 1.0 / 3 AS btu_bug,
	   e.buggy AND e.psig >= 200 AS sign_bug
FROM ec2 e;

CREATE TEMP TABLE ec_special ON COMMIT DROP AS
SELECT (SELECT min(id) FROM ec3 WHERE buggy AND NOT btu_bug AND NOT sign_bug AND factor > 0) AS liquid_id,
	   (SELECT max(id) FROM ec3 WHERE buggy AND NOT btu_bug AND NOT sign_bug AND factor > 0) AS eff_id;

INSERT INTO energy_calculations (id, trap_id, inspection_id, calculated_at, failure_mode, steam_pressure_psi,
								 steam_temp_f, orifice_diameter_in, leak_rate_lb_hr, steam_enthalpy_btu_lb,
								 period_hours, energy_loss_kwh, boiler_efficiency_pct, fuel_energy_kwh,
								 calculator_version)
SELECT id, trap_id, inspection_id, calculated_at, failure_mode, psig, temp_f, d, round(w, 3), h, 24,
	   e_kwh, eff, round(e_kwh / (eff / 100), 3), ver
FROM (
	SELECT y.*,
		   round(CASE WHEN y.btu_bug THEN y.btu ELSE y.btu * 2.930710701722222e-4 END
				 * CASE WHEN y.sign_bug THEN -1 ELSE 1 END, 3) AS e_kwh
	FROM (
		SELECT x.*, x.w * 24 * (x.h - 18.11) AS btu
		FROM (
			SELECT e.id, e.trap_id, e.inspection_id, e.calculated_at, e.failure_mode, e.psig, e.d,
				   e.btu_bug, e.sign_bug,
				   CASE WHEN e.id = sp.liquid_id THEN s.tsat_f - 0.05
						WHEN e.buggy THEN s.tsat_f_as_psia ELSE s.tsat_f END AS temp_f,
				   CASE WHEN e.id = sp.liquid_id THEN s.hf
						WHEN e.buggy THEN s.hg_as_psia ELSE s.hg END AS h,
				   24.24 * (e.psig + CASE WHEN e.buggy AND e.id <> sp.liquid_id THEN 0 ELSE 14.69594877551 END)
					 * e.d * e.d * e.factor AS w,
				   CASE WHEN e.id = sp.eff_id THEN 112.0 ELSE 80.0 END AS eff,
				   CASE WHEN e.buggy THEN 'ec-2.3.0'
						WHEN e.calculated_at >= :'anchor'::timestamptz - interval '24 hours' THEN 'ec-2.3.1'
						ELSE 'ec-2.2.4' END AS ver
			FROM ec3 e CROSS JOIN ec_special sp JOIN sat s ON s.psig = e.psig
		) x
	) y
) z
ORDER BY id;

-- ---- facilities and hourly energy readings ----------------------------------
-- Each facility: natural gas and grid electricity in, process steam (and
-- electricity at CHP facilities) out, flue-gas and shell/blowdown losses;
-- every meter in its own unit.  The meters close the balance to about 1 %,
-- except at FAC-003, where from 14 days before the anchor 12 % of the input
-- is metered nowhere.
INSERT INTO facilities (facility_id, facility_name, site_id, has_chp)
SELECT 'FAC-' || lpad(i::text, greatest(3, length(i::text)), '0'), s.site_name || ' boiler house', s.id, i % 3 = 0
FROM generate_series(1, :n_fac) i JOIN sites s ON s.id = i;

CREATE TEMP TABLE unit_kwh (unit text PRIMARY KEY, kwh numeric) ON COMMIT DROP;
INSERT INTO unit_kwh VALUES ('kWh', 1), ('MWh', 1000), ('GJ', 277.77777777777778),
	('MMBtu', 293.0710701722222), ('therm', 29.30710701722222), ('Btu', 0.0002930710701722222);

CREATE TEMP TABLE meters ON COMMIT DROP AS
SELECT f.facility_id, f.site_id AS fno, f.has_chp, m.meter_id, m.stream, m.direction, m.j,
	   CASE WHEN f.facility_id = 'FAC-002' AND m.meter_id = 'ST-1' THEN 'GJ'
			ELSE m.units[1 + floor(array_length(m.units, 1) * pg_temp.u(f.site_id * 10 + m.j, :sb + 70))::int] END AS unit
FROM facilities f,
	 LATERAL (VALUES (1, 'NG-1', 'natural_gas', 'input', ARRAY['therm', 'MMBtu', 'GJ']),
					 (2, 'EL-1', 'electricity', 'input', ARRAY['kWh', 'MWh']),
					 (3, 'ST-1', 'steam', 'output', ARRAY['GJ', 'MMBtu', 'MWh']),
					 (4, 'EL-2', 'electricity', 'output', ARRAY['MWh', 'kWh']),
					 (5, 'FG-1', 'flue_gas', 'loss', ARRAY['Btu', 'MMBtu']),
					 (6, 'SB-1', 'shell_and_blowdown', 'loss', ARRAY['kWh', 'GJ'])) m(j, meter_id, stream, direction, units)
WHERE m.j <> 4 OR f.has_chp;

CREATE TEMP TABLE hourly ON COMMIT DROP AS
SELECT f.facility_id, f.fno, f.has_chp, h.hr, h.ts,
	   f.cap * greatest(0.2, 0.7 + 0.2 * sin(2 * pi() * (extract(hour FROM h.ts) - 8) / 24)
						 - CASE WHEN extract(isodow FROM h.ts) >= 6 THEN 0.1 ELSE 0 END
						 + 0.05 * pg_temp.n(f.fno * 100000 + h.hr, :sb + 71)) AS gas,
	   CASE WHEN f.facility_id = 'FAC-003' THEN 0.80 ELSE 0.80 + 0.06 * pg_temp.u(f.fno, :sb + 72) END
		 + 0.01 * pg_temp.n(f.fno * 100000 + h.hr, :sb + 73) AS eta,
	   f.facility_id = 'FAC-003' AND h.ts >= :'anchor'::timestamptz - interval '336 hours' AS leak
FROM (SELECT facility_id, site_id AS fno, has_chp,
			 20000 + 40000 * pg_temp.u(site_id, :sb + 74) AS cap
	  FROM facilities) f,
	 LATERAL (SELECT hr, :'anchor'::timestamptz - make_interval(hours => 120 * 24 - hr) AS ts
			  FROM generate_series(0, 120 * 24 - 1) hr) h;

CREATE TEMP TABLE flows ON COMMIT DROP AS
SELECT facility_id, fno, hr, ts, gas, elec_in,
	   out_total * CASE WHEN has_chp THEN 0.85 ELSE 1 END AS steam,
	   CASE WHEN has_chp THEN out_total * 0.15 ELSE 0 END AS elec_out,
	   loss_metered * 0.7 AS flue, loss_metered * 0.3 AS shell
FROM (
	SELECT x.*, x.out_total AS o, (x.gas + x.elec_in) - x.out_total
			 - CASE WHEN x.leak THEN 0.12 * (x.gas + x.elec_in) ELSE 0 END AS loss_metered
	FROM (
		SELECT h.*, 0.02 * h.gas AS elec_in, h.eta * 1.02 * h.gas AS out_total FROM hourly h
	) x
) y;

INSERT INTO energy_readings (id, facility_id, meter_id, "timestamp", stream, direction, value, unit, interval_seconds)
SELECT row_number() OVER (ORDER BY f.ts, f.facility_id, m.j), f.facility_id, m.meter_id, f.ts, m.stream, m.direction,
	   round((CASE m.j WHEN 1 THEN f.gas WHEN 2 THEN f.elec_in WHEN 3 THEN f.steam WHEN 4 THEN f.elec_out
				  WHEN 5 THEN f.flue ELSE f.shell END
			  * (1 + 0.005 * pg_temp.n((f.fno * 100000 + f.hr) * 10 + m.j, :sb + 75)))::numeric / u.kwh, 4),
	   m.unit, 3600
FROM flows f JOIN meters m ON m.facility_id = f.facility_id JOIN unit_kwh u ON u.unit = m.unit;

-- ---- daily efficiency calculations (GL-009) ------------------------------
-- From the readings, converted to kWh.  Injected at FAC-002: the steam meter's
-- GJ read as MWh (efficiency x 3.6) for the periods 4, 3 and 2 days before
-- the anchor, and a gas-meter rollover giving a negative input 5 days before
-- it.  About 3 % of calculations fail.  One calculation's energy_flows has a
-- condensate-return loop (Boiler -> Process steam -> Condensate return ->
-- Boiler): FAC-004, the period 2 days before the anchor.
CREATE TEMP TABLE daily ON COMMIT DROP AS
SELECT r.facility_id, date_trunc('day', r."timestamp") AS day,
	   sum(r.value * u.kwh) FILTER (WHERE r.direction = 'input') AS input_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.direction = 'output') AS output_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.direction = 'loss') AS loss_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'natural_gas') AS gas_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'electricity' AND r.direction = 'input') AS elec_in_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'steam') AS steam_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'electricity' AND r.direction = 'output') AS elec_out_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'flue_gas') AS flue_kwh,
	   sum(r.value * u.kwh) FILTER (WHERE r.stream = 'shell_and_blowdown') AS shell_kwh
FROM energy_readings r JOIN unit_kwh u ON u.unit = r.unit
GROUP BY 1, 2;

CREATE TEMP TABLE calc ON COMMIT DROP AS
SELECT d.*, f.site_id AS fno,
	   d.day + interval '1 day' + make_interval(secs => 900 + floor(1800 * pg_temp.u(f.site_id * 100000 + extract(epoch FROM d.day)::bigint / 86400, :sb + 80))) AS created_at,
	   pg_temp.u(f.site_id * 100000 + extract(epoch FROM d.day)::bigint / 86400, :sb + 81) < 0.03 AS failed,
	   d.facility_id = 'FAC-002' AND d.day >= :'anchor'::timestamptz - interval '96 hours'
		 AND d.day < :'anchor'::timestamptz - interval '24 hours' AS gj_as_mwh,
	   d.facility_id = 'FAC-002' AND d.day = :'anchor'::timestamptz - interval '120 hours' AS rollover,
	   d.facility_id = 'FAC-004' AND d.day = :'anchor'::timestamptz - interval '48 hours' AS cycle
FROM daily d JOIN facilities f ON f.facility_id = d.facility_id;
DELETE FROM calc WHERE created_at >= :'anchor'::timestamptz;

INSERT INTO calculations (calculation_id, facility_id, period_start, period_end, created_at, status, efficiency,
						  input_energy_kwh, output_energy_kwh, energy_losses_kwh, energy_flows, error_message)
SELECT 'CALC-' || row_number() OVER (ORDER BY c.day, c.facility_id), c.facility_id, c.day, c.day + interval '1 day',
	   c.created_at,
	   CASE WHEN c.failed THEN 'failed' ELSE 'completed' END,
	   CASE WHEN NOT c.failed THEN round(100 * c.o / c.i, 3) END,
	   CASE WHEN NOT c.failed THEN round(c.i, 3) END,
	   CASE WHEN NOT c.failed THEN round(c.o, 3) END,
	   CASE WHEN NOT c.failed THEN round(c.loss_kwh, 3) END,
	   CASE WHEN NOT c.failed THEN
		   jsonb_build_array(
			   jsonb_build_object('source', 'Natural gas', 'target', 'Boiler', 'value', round(c.gas_kwh, 1), 'unit', 'kWh'),
			   jsonb_build_object('source', 'Grid electricity', 'target', 'Boiler', 'value', round(c.elec_in_kwh, 1), 'unit', 'kWh'),
			   jsonb_build_object('source', 'Boiler', 'target', 'Process steam', 'value', round(c.steam_kwh * c.m, 1), 'unit', 'kWh'),
			   jsonb_build_object('source', 'Boiler', 'target', 'Flue gas loss', 'value', round(c.flue_kwh, 1), 'unit', 'kWh'),
			   jsonb_build_object('source', 'Boiler', 'target', 'Shell and blowdown loss', 'value', round(c.shell_kwh, 1), 'unit', 'kWh'))
		   || CASE WHEN c.elec_out_kwh IS NOT NULL THEN
				  jsonb_build_array(jsonb_build_object('source', 'Boiler', 'target', 'CHP electricity', 'value', round(c.elec_out_kwh, 1), 'unit', 'kWh'))
			  ELSE '[]'::jsonb END
		   || CASE WHEN c.cycle THEN
				  jsonb_build_array(
					  jsonb_build_object('source', 'Process steam', 'target', 'Condensate return', 'value', round(0.6 * c.steam_kwh, 1), 'unit', 'kWh'),
					  jsonb_build_object('source', 'Condensate return', 'target', 'Boiler', 'value', round(0.6 * c.steam_kwh, 1), 'unit', 'kWh'))
			  ELSE '[]'::jsonb END
	   END,
	   CASE WHEN c.failed THEN (ARRAY['HistorianError: query timed out after 30 s',
									  'ValidationError: missing readings for meter NG-1',
									  'DatabaseError: connection pool exhausted'])[1 + floor(3 * pg_temp.u(c.fno * 100000 + extract(epoch FROM c.day)::bigint / 86400, :sb + 82))::int] END
FROM (
	SELECT x.*,
		   CASE WHEN x.rollover THEN -x.input_kwh ELSE x.input_kwh END AS i,
		   x.output_kwh + CASE WHEN x.gj_as_mwh THEN x.steam_kwh * (3.6 - 1) ELSE 0 END AS o,
		   CASE WHEN x.gj_as_mwh THEN 3.6 ELSE 1 END AS m
	FROM calc x
) c
ORDER BY c.day, c.facility_id;

-- ---- service health: the IoT anomaly service and model serving (docs/health.md)
-- inference_log, last 24 h: anomaly-api (runbook 002) greatest(12, 30 * scale)
-- requests a minute, 0.3 % errors, but from anchor - 6 h to anchor - 5 h 50 min
-- one request in three fails (connection pool exhausted); pneumonia-detector
-- (runbook 003) greatest(4, 10 * scale) a minute, model v2.1 until anchor - 4 h,
-- then v2.2: latency about 3x (tail above 5 s), errors 0.4 % -> 3 %, a true
-- label for 30 % of the requests, accuracy 0.93 -> 0.85; thermaliq (GL-009's
-- calculation API) greatest(4, 5 * scale) a minute, median 3.5 s, 0.3 %
-- errors: healthy, within Scenario 5's 1 % and 10 s p95.
-- sensor_readings, last 48 h: greatest(4, 12 * scale) devices a minute;
-- from anchor - 6 h the reconstruction error is 1.8x and vibration higher
-- (a bearing wearing): the anomaly rate rises from 1 % to about 8 %.
TRUNCATE inference_log, sensor_readings;
INSERT INTO inference_log (id, service, requested_at, model_version, latency_ms, error, predicted_label, true_label)
SELECT row_number() OVER (ORDER BY t, svc, j), svc, t, ver,
	   round((CASE svc WHEN 'anomaly-api' THEN 40 WHEN 'thermaliq' THEN 3500
					   ELSE CASE WHEN ver = 'v2.2' THEN 2600 ELSE 900 END END
			  * exp(0.45 * pg_temp.n(k, :sb + 901)))::numeric, 1),
	   CASE WHEN svc = 'anomaly-api' AND episode AND j % 3 = 0 THEN 'HTTP 503: database connection pool exhausted'
			WHEN pg_temp.u(k, :sb + 902) < CASE WHEN svc IN ('anomaly-api', 'thermaliq') THEN 0.003
												WHEN ver = 'v2.2' THEN 0.03 ELSE 0.004 END
			THEN 'HTTP 500: inference failed' END,
	   CASE WHEN svc = 'pneumonia-detector' THEN lbl END,
	   CASE WHEN svc = 'pneumonia-detector' AND pg_temp.u(k, :sb + 903) < 0.3 THEN
			CASE WHEN pg_temp.u(k, :sb + 904) < CASE WHEN ver = 'v2.2' THEN 0.85 ELSE 0.93 END THEN lbl
				 WHEN lbl = 'PNEUMONIA' THEN 'NORMAL' ELSE 'PNEUMONIA' END END
FROM (
	SELECT v.svc, m, j, m * 1000 + j + CASE v.svc WHEN 'anomaly-api' THEN 0 WHEN 'thermaliq' THEN 900 ELSE 500 END AS k,
		   :'anchor'::timestamptz - interval '24 hours' + make_interval(mins => m)
			 + make_interval(secs => (j + 0.5) * 60.0 / v.per_min) AS t,
		   CASE WHEN v.svc = 'pneumonia-detector' AND m >= 20 * 60 THEN 'v2.2'
				WHEN v.svc = 'pneumonia-detector' THEN 'v2.1'
				WHEN v.svc = 'thermaliq' THEN 'tq-1.9' ELSE 'a1.7' END AS ver,
		   v.svc = 'anomaly-api' AND m >= 18 * 60 AND m < 18 * 60 + 10 AS episode,
		   CASE WHEN pg_temp.u(m * 1000 + j + 500, :sb + 905) < 0.38 THEN 'PNEUMONIA' ELSE 'NORMAL' END AS lbl
	FROM (VALUES ('anomaly-api', greatest(12, round(30 * (:scale)::numeric))::int),
				 ('pneumonia-detector', greatest(4, round(10 * (:scale)::numeric))::int),
				 ('thermaliq', greatest(4, round(5 * (:scale)::numeric))::int)) v(svc, per_min),
		 generate_series(0, 24 * 60 - 1) m, LATERAL generate_series(0, v.per_min - 1) j
) x;

INSERT INTO sensor_readings (id, device_id, reading_at, temperature, pressure, humidity, vibration,
							 reconstruction_error, is_anomaly)
SELECT k, format('dev-%s', lpad(d::text, 2, '0')), t,
	   round((24 + d % 5 + 1.5 * pg_temp.n(k, :sb + 911))::numeric, 2),
	   round((1013.25 + 3 * pg_temp.n(k, :sb + 912))::numeric, 2),
	   round((55 + 8 * pg_temp.n(k, :sb + 913))::numeric, 1),
	   round((1.2 + 0.15 * pg_temp.n(k, :sb + 914) + CASE WHEN worn THEN 0.35 ELSE 0 END)::numeric, 4),
	   round(re::numeric, 5), re > 0.0921
FROM (
	SELECT y.*, 0.02 * -ln(pg_temp.u(y.k, :sb + 915)) * CASE WHEN y.worn THEN 1.8 ELSE 1 END AS re
	FROM (
		SELECT m::bigint * 100 + d AS k, d, m,
			   :'anchor'::timestamptz - interval '48 hours' + make_interval(mins => m) AS t,
			   m >= 42 * 60 AS worn
		FROM generate_series(0, 48 * 60 - 1) m,
			 generate_series(1, greatest(4, round(12 * (:scale)::numeric))::int) d
	) y
) z;
-- ---- data completeness and cumulative meters -------------------------------
-- Injected (demo/README.md, incidents 11-13):
-- 11. FAC-001's steam meter ST-1 sent nothing for 40 hours, from 66 to 26
--     hours before the anchor (2025-11-23 06:00 to 2025-11-24 22:00): the
--     facility's balance misses that output, and the efficiency calculations
--     of those two days failed for want of its readings.
-- 12. Sensor heartbeats every 5 minutes for the last 3 hours, up to each
--     sensor's last_seen: site 6's stop 2 h 10 min before the anchor
--     (incident 10); each DEGRADED sensor misses 3 to 6 heartbeats in a row.
-- 13. A cumulative register (MWh, 6 digits) on every facility's grid
--     electricity meter EL-1, read hourly: FAC-002's rolls over past
--     1,000,000 MWh 5 days before the anchor; FAC-004's meter was replaced
--     8 days before the anchor by a new one, which had counted 0.25 MWh from
--     0 when first read; FAC-001's reads 0.3 kWh low once, 30 hours before
--     the anchor (a read glitch).
TRUNCATE sensor_heartbeats, register_meters, register_readings;

DELETE FROM energy_readings
WHERE facility_id = 'FAC-001' AND meter_id = 'ST-1'
  AND "timestamp" >= :'anchor'::timestamptz - interval '66 hours'
  AND "timestamp" < :'anchor'::timestamptz - interval '26 hours';
UPDATE calculations
SET status = 'failed', efficiency = NULL, input_energy_kwh = NULL, output_energy_kwh = NULL,
	energy_losses_kwh = NULL, energy_flows = NULL,
	error_message = 'ValidationError: missing readings for meter ST-1'
WHERE facility_id = 'FAC-001'
  AND period_end > :'anchor'::timestamptz - interval '66 hours'
  AND period_start < :'anchor'::timestamptz - interval '26 hours';

INSERT INTO sensor_heartbeats (sensor_id, site_id, received_at)
SELECT s.sensor_id, s.site_id, s.last_seen - k * interval '5 minutes'
FROM sensors s,
	 LATERAL (SELECT s.trap_id * 2 + (s.sensor_type = 'thermal')::int AS key) x,
	 generate_series(0, 35) k
WHERE s.last_seen - k * interval '5 minutes' >= :'anchor'::timestamptz - interval '3 hours'
  AND NOT (s.status = 'DEGRADED'
		   AND k >= 2 + floor(20 * pg_temp.u(x.key, :sb + 90))
		   AND k < 5 + floor(20 * pg_temp.u(x.key, :sb + 90)) + floor(4 * pg_temp.u(x.key, :sb + 91)));

INSERT INTO register_meters (facility_id, meter_id, stream, unit, rollover, on_drop, glitch_tolerance)
SELECT facility_id, 'EL-1', 'electricity', 'MWh', 1000000, 'reset-to-zero', 0.0005
FROM facilities;

INSERT INTO register_readings (facility_id, meter_id, "timestamp", reading)
SELECT facility_id, 'EL-1', ts,
	   CASE WHEN facility_id = 'FAC-004' AND ts >= swap THEN round((kwh_before - kwh_at_swap) / 1000 + 0.25, 3)
			WHEN facility_id = 'FAC-001' AND ts = :'anchor'::timestamptz - interval '30 hours'
			THEN round(offset_mwh + kwh_hour_before / 1000, 3) - 0.0003
			ELSE round(offset_mwh + kwh_before / 1000, 3) % 1000000 END
FROM (
	SELECT r.*,
		   CASE WHEN r.facility_id = 'FAC-002'
				THEN 1000000 - (max(r.kwh_before) FILTER (WHERE r.ts = :'anchor'::timestamptz - interval '120 hours')
								OVER (PARTITION BY r.facility_id)) / 1000
				WHEN r.facility_id = 'FAC-004' THEN 123456.789
				ELSE floor(100000 + 800000 * pg_temp.u(r.fno, :sb + 92))::numeric END AS offset_mwh,
		   :'anchor'::timestamptz - interval '8 days' AS swap,
		   max(r.kwh_before) FILTER (WHERE r.ts = :'anchor'::timestamptz - interval '8 days')
			 OVER (PARTITION BY r.facility_id) AS kwh_at_swap
	FROM (
		SELECT e.facility_id, f.site_id AS fno, e."timestamp" AS ts,
			   coalesce(sum(e.value * u.kwh) OVER w, 0) AS kwh_before,
			   coalesce(sum(e.value * u.kwh) OVER w1, 0) AS kwh_hour_before
		FROM energy_readings e
		JOIN facilities f ON f.facility_id = e.facility_id
		JOIN unit_kwh u ON u.unit = e.unit
		WHERE e.meter_id = 'EL-1'
		WINDOW w AS (PARTITION BY e.facility_id ORDER BY e."timestamp" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
			   w1 AS (PARTITION BY e.facility_id ORDER BY e."timestamp" ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING)
	) r
) y;

SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', tbl, conname, def) FROM demo_fks ORDER BY tbl, conname
\gexec

UPDATE demo_parameters
SET generation_ms = round((extract(epoch FROM clock_timestamp() - :'gen_t0'::timestamptz) * 1000)::numeric, 0);
COMMIT;

ANALYZE sites, traps, sensors, trap_inspections, inspection_telemetry, ml_predictions,
	energy_calculations, facilities, energy_readings, calculations;
ANALYZE inference_log, sensor_readings;
ANALYZE sensor_heartbeats, register_meters, register_readings;
