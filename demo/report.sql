-- demo/report.sql: the incident diagnostics of `make demo`, run on the demo
-- data (demo/load.sql), printed as a report for the plant engineer on call.
--
-- psql variables, all optional:
--   schema     schema holding the users' tables (default greenlang_demo)
--   svg_dir    directory the Sankey SVG is written to (default demo/out;
--              it must exist)
--   gas_price  natural gas price, USD per MMBtu (default 4.50)
-- now() is the demo's clock (demo/clock.sql): the data's anchor.  The report
-- corrects the faulty energy calculations in place (section 3): run it on a
-- copy of production data, never on the original.
\set ECHO none
\if :{?schema}
\else
\set schema greenlang_demo
\endif
\if :{?svg_dir}
\else
\set svg_dir demo/out
\endif
\if :{?gas_price}
\else
\set gas_price 4.50
\endif
\set svg_file :svg_dir/sankey_FAC-003.svg
SET search_path = demo_clock, pg_catalog, :"schema", public;
SET TimeZone = 'UTC';
SET client_min_messages = warning;
\pset footer off
\set VERBOSITY terse

-- findings collected by the sections, listed in section 5
CREATE TEMP TABLE report_finding (
	n			int PRIMARY KEY,
	finding		text NOT NULL,
	scope		text NOT NULL,
	evidence	text NOT NULL,
	rule		text NOT NULL,
	priority	text NOT NULL
);

\echo
\echo '================================================================================'
SELECT format('greenlang diagnostics at %s UTC (%s)',
			  to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), greenlang_version()) AS header
\gset report_
\echo :report_header
\echo '================================================================================'

-- ---- 1. False-positive surge --------------------------------------------
\echo
\echo '== 1. False-positive rate per site, last 24 h (GL-008 Scenario 3)'
\echo '   Sites the runbook rule "FP rate > 30 %" flags.  fp_rate = FP / verified alarms;'
\echo '   a surge needs the 95 % interval (Wilson, and the exact Clopper-Pearson) above 30 %.'
CREATE TEMP TABLE report_fp AS
SELECT s.id AS site, s.site_name, count(*) AS alarms, count(i.verified_status) AS verified,
	   count(*) FILTER (WHERE i.verified_status = 'FALSE_POSITIVE') AS fp,
	   fp_rate_interval(i.verified_status = 'FALSE_POSITIVE') AS w,
	   fp_rate_interval(i.verified_status = 'FALSE_POSITIVE', 0.95, 'clopper-pearson') AS cp
FROM trap_inspections i JOIN traps t ON t.id = i.trap_id JOIN sites s ON s.id = t.site_id
WHERE i.status = 'FAILED' AND i.detected_at > now() - interval '24 hours'
GROUP BY s.id, s.site_name;

SELECT site, site_name, alarms, verified, fp,
	   round(100 * (w).rate) AS "FP %",
	   format('%s-%s', round(100 * (w).lower), round(100 * (w).upper)) AS "Wilson 95 %",
	   round(100 * (cp).lower) AS "exact low",
	   CASE WHEN least((w).lower, (cp).lower) > 0.30 THEN 'SURGE'
			ELSE 'too few alarms' END AS verdict,
	   fp_rate_priority(least((w).lower, (cp).lower)) AS priority
FROM report_fp
WHERE (w).rate > 0.30
ORDER BY least((w).lower, (cp).lower) > 0.30 DESC, fp DESC, site;

\echo '   Where at the surging site, last 72 h:'
WITH a AS (
	SELECT t.site_id, t.location, i.verified_status
	FROM trap_inspections i JOIN traps t ON t.id = i.trap_id
	WHERE i.status = 'FAILED' AND i.detected_at > now() - interval '72 hours'
	  AND t.site_id IN (SELECT site FROM report_fp WHERE least((w).lower, (cp).lower) > 0.30)
), top AS (
	SELECT DISTINCT ON (site_id) site_id, location
	FROM a GROUP BY site_id, location
	ORDER BY site_id, count(*) FILTER (WHERE verified_status = 'FALSE_POSITIVE') DESC, location
)
SELECT a.site_id AS site, coalesce(top.location, 'all other locations') AS location,
	   count(*) AS alarms, count(a.verified_status) AS verified,
	   count(*) FILTER (WHERE a.verified_status = 'FALSE_POSITIVE') AS fp,
	   round(100 * fp_rate(a.verified_status = 'FALSE_POSITIVE')) AS "FP %"
FROM a LEFT JOIN top USING (site_id, location)
GROUP BY a.site_id, top.location
ORDER BY site, top.location IS NULL;

INSERT INTO report_finding
SELECT 1, 'false-positive surge', format('site %s %s', site, site_name),
	   format('%s of %s verified alarms false, Wilson %s-%s %%', fp, verified,
			  round(100 * (w).lower), round(100 * (w).upper)),
	   'FP rate > 30 %; major degradation, 1 site',
	   least(fp_rate_priority(least((w).lower, (cp).lower)),
				incident_priority('major degradation', 1))
FROM report_fp
WHERE least((w).lower, (cp).lower) > 0.30
ORDER BY fp DESC LIMIT 1;

-- ---- 2. Feature drift ----------------------------------------------------
\echo
\echo '== 2. Telemetry feature drift, 2025-09-01..10-01 vs 2025-11-01..11-26 (GL-008 Scenario 5)'
\echo '   Two-sample Kolmogorov-Smirnov test and population stability index (10 bins).'
CREATE TEMP TABLE report_drift AS
SELECT feature, ks_drift(value, is_current) AS k, psi(value, is_current) AS psi
FROM (SELECT captured_at >= '2025-11-01' AS is_current, f.feature, f.value
	  FROM inspection_telemetry,
		   LATERAL (VALUES ('acoustic_frequency_mean', acoustic_frequency_mean::float8),
						   ('acoustic_rms_db', acoustic_rms_db::float8),
						   ('acoustic_baseline', acoustic_baseline::float8),
						   ('thermal_delta', thermal_delta::float8),
						   ('inlet_temp_f', inlet_temp_f::float8),
						   ('outlet_temp_f', outlet_temp_f::float8),
						   ('pressure_variance', pressure_variance::float8)) f(feature, value)
	  WHERE captured_at >= '2025-09-01' AND captured_at < '2025-10-01'
		 OR captured_at >= '2025-11-01' AND captured_at < '2025-11-26') s
GROUP BY feature;

SELECT feature, round((k).statistic::numeric, 3) AS ks_d,
	   CASE WHEN (k).p_value < 1e-300 THEN '< 1e-300' ELSE trim(to_char((k).p_value, '9.9EEEE')) END AS p,
	   round(psi::numeric, 3) AS psi, (k).n_baseline AS n_base, (k).n_current AS n_now,
	   CASE WHEN (k).p_value >= 0.001 THEN 'stable'
			WHEN psi >= 0.1 THEN 'DRIFTED'
			ELSE 'small shift (PSI < 0.1)' END AS verdict
FROM report_drift
ORDER BY (k).statistic DESC;
\echo '   (thermal_delta is inlet - outlet temperature: the outlet reading carries its shift.)'

INSERT INTO report_finding
SELECT 2, 'feature drift',
	   format('%s sites', (SELECT count(*) FROM sites)),
	   string_agg(format('%s D=%s', feature, round((k).statistic::numeric, 2)), ', ' ORDER BY feature),
	   format('minor issues, %s sites', (SELECT count(*) FROM sites)),
	   incident_priority('minor issues', (SELECT count(*) FROM sites)::int)
FROM report_drift
WHERE (k).p_value < 0.001 AND psi >= 0.1;

-- ---- 3. Energy calculations ---------------------------------------------
\echo
\echo '== 3. Energy calculations recomputed with greenlang (GL-008 Scenario 4)'
\echo '   Each row again from its own pressure (psig), orifice and failure mode: Napier leak'
\echo '   rate (Cd 0.6), IAPWS-IF97 steam from 50 degF feedwater, boiler efficiency 80 %.'
CREATE TEMP TABLE report_ec AS
SELECT e.id, t.site_id, e.calculated_at, e.calculator_version,
	   e.energy_loss_kwh::float8 AS kwh, e.fuel_energy_kwh::float8 AS fuel_kwh,
	   x.lb_h, x.tsat_f, x.hg, x.ref_kwh,
	   fuel_energy(x.ref_kwh, 'kWh', least(e.boiler_efficiency_pct, 80) / 100) AS ref_fuel_kwh,
	   array_remove(ARRAY[
		   CASE WHEN abs(e.steam_temp_f - saturation_temperature(e.steam_pressure_psi, 'psia', 'degF')) < 0.01
				THEN 'gauge read as absolute' END,
		   CASE WHEN e.energy_loss_kwh < 0 THEN 'negative' END,
		   CASE WHEN abs(abs(e.energy_loss_kwh) - e.leak_rate_lb_hr * e.period_hours
						 * (e.steam_enthalpy_btu_lb - 18.11)) < 0.01 * abs(e.energy_loss_kwh) + 0.01
					 AND e.energy_loss_kwh <> 0
				THEN 'Btu stored as kWh' END,
		   CASE WHEN abs(e.steam_temp_f - x.tsat_f) < 3.6 AND e.steam_enthalpy_btu_lb < x.hg - 100
				THEN 'liquid enthalpy for steam' END,
		   CASE WHEN efficiency_severity(e.boiler_efficiency_pct / 100) <> 'none'
				THEN 'boiler efficiency > 100 %' END], NULL) AS faults
FROM energy_calculations e
JOIN traps t ON t.id = e.trap_id
CROSS JOIN LATERAL (
	SELECT l.lb_h, saturation_temperature(e.steam_pressure_psi, 'psig', 'degF') AS tsat_f,
		   enthalpy(steam_px(e.steam_pressure_psi, 'psig', 1), 'Btu/lb') AS hg,
		   steam_energy_loss(e.steam_pressure_psi, 'psig', l.lb_h, 'lb/h', e.period_hours,
							 50, 'degF', 'kWh') AS ref_kwh
	FROM (SELECT trap_leak_rate(e.steam_pressure_psi, 'psig', e.orifice_diameter_in, 'in',
								e.failure_mode, 0.6, 'lb/h') AS lb_h) l) x;
-- a row is wrong when any fault shows or its energy is more than 1 % off
-- (the formulas differ by up to 0.15 %: 18.11 Btu/lb vs. IF97 feedwater at
-- line pressure)
UPDATE report_ec SET faults = ARRAY['energy off by > 1 %']
WHERE faults = '{}' AND abs(kwh - ref_kwh) > 0.01 * ref_kwh + 0.001;
ALTER TABLE report_ec ADD COLUMN wrong boolean;
UPDATE report_ec SET wrong = faults <> '{}';

SELECT array_to_string(faults, ' + ') AS fault, count(*) AS "rows",
	   count(*) FILTER (WHERE kwh < 0 OR kwh > 10000) AS "runbook filter",
	   count(*) FILTER (WHERE abs(kwh - ref_kwh) > 0.10 * ref_kwh) AS "> 10 % off",
	   round(sum(kwh)) AS stored_kwh, round(sum(ref_kwh)) AS greenlang_kwh,
	   string_agg(DISTINCT calculator_version, ', ') AS version
FROM report_ec WHERE wrong
GROUP BY faults
ORDER BY count(*) DESC, fault;
SELECT count(*) FILTER (WHERE wrong) AS wrong_rows,
	   count(*) FILTER (WHERE wrong AND (kwh < 0 OR kwh > 10000)) AS "caught by < 0 OR > 10000",
	   to_char(min(calculated_at) FILTER (WHERE wrong), 'MM-DD HH24:MI') || ' to '
		 || to_char(max(calculated_at) FILTER (WHERE wrong), 'MM-DD HH24:MI') AS calculated,
	   count(*) FILTER (WHERE NOT wrong) AS correct_rows,
	   round(100 * max(abs(kwh - ref_kwh) / ref_kwh) FILTER (WHERE NOT wrong AND ref_kwh > 0)::numeric, 2)
		 AS "max diff of correct rows %"
FROM report_ec;

\echo '   The runbook''s before/after comparison (Phase 5), before the correction:'
\set runbook_before_after 'WITH before_fix AS (SELECT AVG(energy_loss_kwh) as avg_before FROM energy_calculations WHERE calculated_at BETWEEN ''2025-11-20'' AND ''2025-11-25''), after_fix AS (SELECT AVG(energy_loss_kwh) as avg_after FROM energy_calculations WHERE calculated_at > ''2025-11-25'') SELECT round(avg_before, 1) AS avg_before, round(avg_after, 1) AS avg_after, ROUND(100.0 * (avg_after - avg_before) / avg_before, 2) as pct_change FROM before_fix, after_fix'
:runbook_before_after;

CREATE TEMP TABLE report_totals AS
SELECT 1 AS o, 'before' AS state, count(*) AS "rows", sum(kwh) AS loss_kwh, sum(fuel_kwh) AS fuel_kwh,
	   sum(sign(fuel_kwh) * energy_cost(abs(fuel_kwh), 'kWh', :gas_price, 'MMBtu')) AS cost_usd,
	   sum(sign(fuel_kwh) * fuel_co2(abs(fuel_kwh), 'kWh')) AS co2_kg
FROM report_ec WHERE wrong;

\echo '   Correcting the wrong rows (one UPDATE, stamped with greenlang_version()):'
\set ECHO queries
UPDATE energy_calculations e
SET steam_temp_f = round(r.tsat_f::numeric, 2),
	leak_rate_lb_hr = round(r.lb_h::numeric, 3),
	steam_enthalpy_btu_lb = round(r.hg::numeric, 2),
	energy_loss_kwh = round(r.ref_kwh::numeric, 3),
	boiler_efficiency_pct = least(e.boiler_efficiency_pct, 80),
	fuel_energy_kwh = round(r.ref_fuel_kwh::numeric, 3),
	calculator_version = greenlang_version()
FROM report_ec r
WHERE r.id = e.id AND r.wrong;
\set ECHO none

INSERT INTO report_totals
SELECT 2, 'after', count(*), sum(e.energy_loss_kwh), sum(e.fuel_energy_kwh),
	   sum(energy_cost(e.fuel_energy_kwh, 'kWh', :gas_price, 'MMBtu')),
	   sum(fuel_co2(e.fuel_energy_kwh, 'kWh'))
FROM energy_calculations e JOIN report_ec r ON r.id = e.id AND r.wrong
WHERE e.calculator_version = greenlang_version();

\echo '   What the correction changes (corrected rows only; gas at' :gas_price 'USD/MMBtu, 53.06 kg CO2/MMBtu;'
\echo '   "before" adds up the rows as stored, wrong signs and units included):'
SELECT state, "rows", round(loss_kwh) AS energy_loss_kwh, round(fuel_kwh) AS fuel_kwh,
	   round(cost_usd::numeric) AS fuel_cost_usd, round(co2_kg::numeric / 1000, 1) AS co2_t
FROM report_totals ORDER BY o;
\echo '   The runbook''s before/after comparison, after the correction:'
:runbook_before_after;

INSERT INTO report_finding
SELECT 3, 'energy calculations wrong',
	   format('%s rows, %s sites', count(*), count(DISTINCT site_id)),
	   format('%s rows > 10 %% off, %s missed by the runbook filter; fixed',
			  count(*) FILTER (WHERE abs(kwh - ref_kwh) > 0.10 * ref_kwh),
			  count(*) FILTER (WHERE NOT (kwh < 0 OR kwh > 10000))),
	   format('error > 10 %%; major degradation, %s sites', count(DISTINCT site_id)),
	   incident_priority('major degradation', count(DISTINCT site_id)::int)
FROM report_ec WHERE wrong;

-- ---- 4. Efficiency and energy balance -------------------------------------
\echo
\echo '== 4. Facilities: energy balance from the meters, last 14 days (GL-009 Scenarios 3, 9)'
\echo '   energy_balance() over every hourly reading, each meter in its own unit.'
CREATE TEMP TABLE report_balance AS
SELECT facility_id, energy_balance(value::float8, unit, direction) AS b
FROM energy_readings
WHERE "timestamp" >= now() - interval '14 days' AND "timestamp" < now()
GROUP BY facility_id;

SELECT facility_id, round((b).input_kwh) AS input_kwh, round((b).output_kwh) AS output_kwh,
	   round((b).loss_kwh) AS loss_kwh, round(100 * (b).efficiency::numeric, 1) AS "eff %",
	   round(100 * (b).unaccounted_fraction::numeric, 1) AS "unaccounted %", (b).closes
FROM report_balance
WHERE NOT (b).closes
UNION ALL
SELECT format('%s others', count(*)), NULL, NULL, NULL,
	   round(100 * min((b).efficiency)::numeric, 1), round(100 * max(abs((b).unaccounted_fraction))::numeric, 1),
	   bool_and((b).closes)
FROM report_balance
WHERE (b).closes;
\echo '   (others: lowest efficiency, largest |unaccounted|)'

\echo
\echo '   Stored efficiencies outside 0-100 %, against the meters of the same period:'
CREATE TEMP TABLE report_eff AS
SELECT c.calculation_id, c.facility_id, c.period_start::date AS period, c.efficiency,
	   efficiency_severity(c.efficiency / 100) AS severity,
	   (SELECT energy_balance(r.value::float8, r.unit, r.direction)
		FROM energy_readings r
		WHERE r.facility_id = c.facility_id AND r."timestamp" >= c.period_start
		  AND r."timestamp" < c.period_end) AS b
FROM calculations c
WHERE c.status = 'completed' AND efficiency_severity(c.efficiency / 100) <> 'none';
SELECT calculation_id, facility_id, period, efficiency AS "stored %",
	   round(100 * (b).efficiency::numeric, 1) AS "meters %", severity
FROM report_eff ORDER BY calculation_id;

SELECT count(*) AS calculations, count(*) FILTER (WHERE status = 'completed') AS completed,
	   round(100 * avg((status = 'completed')::int), 1) AS "success %",
	   calculation_success_severity(avg((status = 'completed')::int)) AS severity
FROM calculations WHERE created_at > now() - interval '7 days';

-- (the balance finding is made in section 4b, which tells data gaps from losses)
INSERT INTO report_finding
SELECT 5, 'efficiency outside 0-100 %',
	   format('%s, %s calculations', min(facility_id), count(*)),
	   format('stored %s to %s %%, meters %s-%s %%', round(min(efficiency), 1), round(max(efficiency), 1),
			  round(100 * min((b).efficiency)::numeric, 1), round(100 * max((b).efficiency)::numeric, 1)),
	   'data integrity',
	   max(severity)
FROM report_eff
HAVING count(*) > 0;

-- ---- 4b-4d. Is the data there? Completeness, silent sensors, registers -----
\echo
\echo '== 4b. Data completeness per facility and meter, last 14 days (GL-009 Scenario 3)'
\echo '   coverage() of each meter''s readings: completeness by count (one reading every'
\echo '   interval_seconds) and by time; under 0.95 (thermaliq_calculation_data_completeness) flagged.'
CREATE TEMP TABLE report_coverage AS
SELECT m.facility_id, m.meter_id, m.direction, m.cadence, c.c,
	   coalesce(completeness(c.c, now() - interval '14 days', now(), m.cadence), 0) AS by_count,
	   coalesce(completeness(c.c, now() - interval '14 days', now()), 0) AS by_time
FROM (SELECT facility_id, meter_id, direction, make_interval(secs => max(interval_seconds)) AS cadence
	  FROM energy_readings GROUP BY 1, 2, 3) m
LEFT JOIN (SELECT facility_id, meter_id, coverage("timestamp", make_interval(secs => interval_seconds)) AS c
		   FROM energy_readings
		   WHERE "timestamp" >= now() - interval '14 days' AND "timestamp" < now()
		   GROUP BY facility_id, meter_id, interval_seconds) c USING (facility_id, meter_id);
SELECT facility_id, meter_id, direction, round(by_count::numeric, 3) AS by_count,
	   round(by_time::numeric, 3) AS by_time, readings(c) AS readings,
	   (SELECT string_agg(format('%s to %s', to_char(gap_start, 'MM-DD HH24:MI'), to_char(gap_end, 'MM-DD HH24:MI')), ', ')
		FROM gaps(c, '1 hour', now() - interval '14 days', now())) AS gaps,
	   'under 0.95' AS flag
FROM report_coverage WHERE by_count < 0.95
UNION ALL
SELECT format('%s meters', count(*)), NULL, NULL, round(min(by_count)::numeric, 3), round(min(by_time)::numeric, 3),
	   NULL, NULL, 'complete'
FROM report_coverage WHERE by_count >= 0.95;
\echo '   (others: the lowest completeness)'

\echo
\echo '   Each balance that does not close (section 4): a data gap or a loss?  Its readings per'
\echo '   direction against what its meters should have sent (14 days / cadence each), its meters'''
\echo '   completeness, and energy_balance() again over the hours in which every meter reported.'
CREATE TEMP TABLE report_closing AS
SELECT b.facility_id, b.b,
	   (SELECT min(by_count) FROM report_coverage c WHERE c.facility_id = b.facility_id) AS worst,
	   (SELECT ARRAY[coalesce(sum(n) FILTER (WHERE direction = 'input'), 0),
					 coalesce(sum(n) FILTER (WHERE direction = 'output'), 0),
					 coalesce(sum(n) FILTER (WHERE direction = 'loss'), 0)]
		FROM (SELECT direction, floor(extract(epoch FROM interval '14 days') / extract(epoch FROM cadence)) AS n
			  FROM report_coverage c WHERE c.facility_id = b.facility_id) e) AS expected,
	   (SELECT string_agg(format('%s %s', meter_id, round(by_count::numeric, 3)), ', ' ORDER BY meter_id)
		FROM report_coverage c WHERE c.facility_id = b.facility_id AND by_count < 0.95) AS incomplete,
	   (SELECT energy_balance(r.value::float8, r.unit, r.direction)
		FROM energy_readings r
		WHERE r.facility_id = b.facility_id
		  AND r."timestamp" IN (SELECT "timestamp" FROM energy_readings x
								WHERE x.facility_id = b.facility_id
								  AND x."timestamp" >= now() - interval '14 days' AND x."timestamp" < now()
								GROUP BY "timestamp"
								HAVING count(DISTINCT meter_id) = (SELECT count(*) FROM report_coverage c
																   WHERE c.facility_id = b.facility_id))) AS complete
FROM report_balance b
WHERE NOT (b.b).closes;
-- the verdict: every direction's readings there (at least 0.95 of expected)
-- and every meter at least 0.95 complete, a loss; else a data gap when the
-- balance closes over the complete hours, a loss with data missing when not
ALTER TABLE report_closing ADD COLUMN verdict text;
UPDATE report_closing
SET verdict = CASE WHEN (b).input_readings >= 0.95 * expected[1] AND (b).output_readings >= 0.95 * expected[2]
						AND (b).loss_readings >= 0.95 * expected[3] AND worst >= 0.95 THEN 'loss'
				   WHEN (complete).closes THEN 'data gap'
				   ELSE 'loss, and data missing' END;
SELECT facility_id, round(100 * (b).unaccounted_fraction::numeric, 1) AS "unaccounted %",
	   format('%s/%s/%s of %s/%s/%s', (b).input_readings, (b).output_readings, (b).loss_readings,
			  expected[1], expected[2], expected[3]) AS "readings in/out/loss",
	   coalesce(incomplete, 'all >= 0.95') AS "meters under 0.95",
	   round(100 * (complete).unaccounted_fraction::numeric, 1) AS "unaccounted % (complete hours)",
	   verdict
FROM report_closing x ORDER BY facility_id;

\echo
\echo '== 4c. Sensors silent for more than 10 minutes, by site (GL-008 Scenario 2)'
\echo '   coverage() of the heartbeats of the last 3 hours (one every 5 minutes; live_at allows 10).'
CREATE TEMP TABLE report_sensors AS
SELECT s.site_id, s.site_name, s.sensor_id, h.c, h.c IS NULL OR NOT live_at(h.c, now()) AS silent
FROM sensors s
LEFT JOIN (SELECT sensor_id, coverage(received_at, '10 minutes') AS c
		   FROM sensor_heartbeats WHERE received_at >= now() - interval '3 hours' AND received_at <= now()
		   GROUP BY sensor_id) h USING (sensor_id);
CREATE TEMP TABLE report_silent AS
SELECT site_id, site_name, count(*) FILTER (WHERE silent) AS silent, count(*) AS sensors,
	   max(last_seen(c)) FILTER (WHERE silent) AS last_heard,
	   count(*) FILTER (WHERE silent AND c IS NULL) AS silent_3h,
	   incident_priority(CASE WHEN bool_and(silent) THEN 'complete outage'
							  WHEN count(*) FILTER (WHERE silent) >= 0.1 * count(*) THEN 'major degradation'
							  ELSE 'minor issues' END, 1) AS priority
FROM report_sensors GROUP BY site_id, site_name;
SELECT format('%s %s', site_id, site_name) AS site, silent, sensors,
	   to_char(last_heard, 'MM-DD HH24:MI') AS "last heard",
	   silent_3h AS "silent > 3 h", priority
FROM report_silent WHERE silent >= 0.1 * sensors
UNION ALL
SELECT format('%s other sites', count(*)), sum(silent), sum(sensors), NULL, sum(silent_3h), max(priority)
FROM report_silent WHERE silent < 0.1 * sensors AND silent > 0
ORDER BY 2 DESC;

\echo
\echo '== 4d. Cumulative meters: consumption from the EL-1 registers, last 14 days'
\echo '   meter_counter() with each register''s declared drop behaviour, rollover and glitch'
\echo '   tolerance, against the lag() query and the same meter''s interval readings.'
CREATE TEMP TABLE report_registers AS
SELECT r.facility_id, r.meter_id,
	   meter_counter(r."timestamp", r.reading::float8, m.unit, m.on_drop, m.rollover::float8,
					 m.glitch_tolerance::float8) AS c,
	   m.unit
FROM register_readings r JOIN register_meters m USING (facility_id, meter_id)
WHERE r."timestamp" >= now() - interval '14 days' AND r."timestamp" < now()
GROUP BY r.facility_id, r.meter_id, m.unit;
SELECT facility_id, meter_id, "kWh", resets, rollovers, "suspect drops", "lag() kWh", "interval kWh"
FROM (
SELECT g.facility_id, g.meter_id, round(consumption(g.c, 'kWh')) AS "kWh", resets(g.c) AS resets,
	   rollovers(g.c) AS rollovers, suspect_drops(g.c) AS "suspect drops",
	   round(l.kwh) AS "lag() kWh",
	   (SELECT round(sum(e.value * CASE e.unit WHEN 'kWh' THEN 1 WHEN 'MWh' THEN 1000 END))
		FROM energy_readings e
		WHERE e.facility_id = g.facility_id AND e.meter_id = g.meter_id
		  AND e."timestamp" >= (first_reading(g.c)).ts AND e."timestamp" < (last_reading(g.c)).ts) AS "interval kWh"
FROM report_registers g
JOIN (SELECT facility_id, meter_id, 1000 * sum(greatest(0, reading - prev)) AS kwh
	  FROM (SELECT facility_id, meter_id, reading,
				   lag(reading) OVER (PARTITION BY facility_id, meter_id ORDER BY "timestamp") AS prev
			FROM register_readings
			WHERE "timestamp" >= now() - interval '14 days' AND "timestamp" < now()) s
	  GROUP BY 1, 2) l USING (facility_id, meter_id)
WHERE resets(g.c) + rollovers(g.c) + suspect_drops(g.c) > 0
UNION ALL
SELECT format('%s others', count(*)), NULL, round(sum(consumption(c, 'kWh'))), 0, 0, 0, NULL, NULL
FROM report_registers WHERE resets(c) + rollovers(c) + suspect_drops(c) = 0
) x
ORDER BY meter_id IS NULL, facility_id;

-- the balance finding of section 4, split: data gaps are not losses
INSERT INTO report_finding
SELECT 4, 'energy balance does not close', string_agg(facility_id, ', ' ORDER BY facility_id),
	   string_agg(format('%s %% of input metered nowhere',
						 round(100 * (b).unaccounted_fraction::numeric, 1)), '; '),
	   format('balance > 5 %%; %s facilit%s', count(*), CASE WHEN count(*) > 1 THEN 'ies' ELSE 'y' END),
	   CASE WHEN count(*) > 1 THEN 'SEV2' ELSE 'SEV3' END
FROM report_closing WHERE verdict <> 'data gap'
HAVING count(*) > 0;
INSERT INTO report_finding
SELECT 41, 'meter data missing', string_agg(facility_id, ', ' ORDER BY facility_id),
	   string_agg(format('%s; balance %s %% off, %s %% over complete hours', incomplete,
						 round(100 * (b).unaccounted_fraction::numeric, 1),
						 round(100 * (complete).unaccounted_fraction::numeric, 1)), '; '),
	   format('completeness < 0.95; %s facilit%s', count(*), CASE WHEN count(*) > 1 THEN 'ies' ELSE 'y' END),
	   CASE WHEN count(*) > 1 THEN 'SEV2' ELSE 'SEV3' END
FROM report_closing WHERE verdict = 'data gap'
HAVING count(*) > 0;
INSERT INTO report_finding
SELECT 42, 'sensors silent > 10 min', string_agg(format('site %s %s', site_id, site_name), ', ' ORDER BY site_id),
	   string_agg(format('%s of %s sensors, last heard %s', silent, sensors, to_char(last_heard, 'HH24:MI')), '; '),
	   format('%s; %s site%s', min(CASE priority WHEN 'P1' THEN 'complete outage' ELSE 'major degradation' END),
			  count(*), CASE WHEN count(*) > 1 THEN 's' ELSE '' END),
	   min(priority)
FROM report_silent WHERE silent >= 0.1 * sensors
HAVING count(*) > 0;

-- ---- 5. Sankey ----------------------------------------------------------
\echo
\echo '== 5. Sankey diagram of FAC-003''s energy balance (its last completed calculation)'
SELECT calculation_id AS sankey_calc, period_start::date AS sankey_period
FROM calculations
WHERE facility_id = 'FAC-003' AND status = 'completed' AND energy_flows IS NOT NULL
ORDER BY period_start DESC LIMIT 1
\gset
SELECT sankey_svg(f.source, f.target, f.value,
				  format('title="FAC-003 energy balance, %s", unit=kWh, percent=on', :'sankey_period'))
FROM calculations c,
	 jsonb_to_recordset(c.energy_flows) AS f(source text, target text, value float8, unit text)
WHERE c.calculation_id = :'sankey_calc'
\g (format=unaligned tuples_only=on) :svg_file
SELECT name, kind, round(value_in) AS in_kwh, round(value_out) AS out_kwh
FROM sankey_nodes((SELECT sankey_collect(f.source, f.target, f.value)
				   FROM calculations c,
						jsonb_to_recordset(c.energy_flows) AS f(source text, target text, value float8, unit text)
				   WHERE c.calculation_id = :'sankey_calc'))
WHERE kind <> 'node' OR value_in = 0 OR value_out = 0
ORDER BY layer, name;
\echo '   drawn from' :sankey_calc '(period' :sankey_period'), written to' :svg_file
\echo '   Calculations whose flows loop back: sankey_svg refuses them, naming the cycle:'
CREATE FUNCTION pg_temp.report_sankey_check(calc text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM sankey_svg(f.source, f.target, f.value)
	FROM calculations c,
		 jsonb_to_recordset(c.energy_flows) AS f(source text, target text, value float8, unit text)
	WHERE c.calculation_id = calc;
	RETURN 'drawn';
EXCEPTION WHEN invalid_parameter_value THEN
	RETURN SQLERRM;
END
$$;
SELECT calculation_id, facility_id, period_start::date AS period,
	   pg_temp.report_sankey_check(calculation_id) AS sankey_svg
FROM calculations
WHERE energy_flows @> '[{"source": "Condensate return", "target": "Boiler"}]'
ORDER BY calculation_id;

-- ---- 5b. Classifier: operating point and model comparison (classifier) ----
\echo
\echo '== 5b. The classifier''s threshold and its two versions (GL-008 Scenarios 1, 3, 5)'
\echo '   Alarms of the last 7 days at the surging site(s): the lowest confidence threshold whose'
\echo '   false-alarm share (FP / verified alarms) is under 15 % by its 95 % upper bound (Wilson).'
CREATE TEMP TABLE report_threshold AS
SELECT t.site_id AS site, count(*) AS alarms_now, (choose_threshold(score_summary(i.confidence_score::float8,
			CASE i.verified_status WHEN 'CONFIRMED' THEN true WHEN 'FALSE_POSITIVE' THEN false END),
		   'fp-rate', 0.15)).*
FROM trap_inspections i JOIN traps t ON t.id = i.trap_id
WHERE i.status = 'FAILED' AND i.detected_at > now() - interval '7 days'
  AND t.site_id IN (SELECT site FROM report_fp WHERE least((w).lower, (cp).lower) > 0.30)
GROUP BY t.site_id;
SELECT site, threshold, alarms_now AS "alarms now",
	   flagged AS "alarms kept", round((100 * rate)::numeric, 1) AS "FP %", round((100 * upper)::numeric, 1) AS "upper %",
	   false_alarms_avoided AS "false avoided", true_alarms_lost AS "failures missed"
FROM report_threshold ORDER BY site;
\echo '   The verified failures that threshold would have missed, and what their steam costs'
\echo '   (Napier leak rate, Cd 0.6; IF97 steam from 50 degF feedwater; boiler 80 %; gas at' :gas_price 'USD/MMBtu):'
SELECT r.site, r.threshold, i.failure_mode, count(*) AS "failures missed",
	   round(sum(l.lb_h)) AS "steam lb/h",
	   round(sum(steam_energy_loss(t.pressure_psig, 'psig', l.lb_h, 'lb/h', 24, 50, 'degF', 'kWh'))) AS "kWh/day",
	   round(sum(energy_cost(steam_energy_loss(t.pressure_psig, 'psig', l.lb_h, 'lb/h', 24, 50, 'degF', 'kWh') / 0.80,
							 'kWh', :gas_price, 'MMBtu'))::numeric, 2) AS "USD/day"
FROM report_threshold r
JOIN traps t ON t.site_id = r.site
JOIN trap_inspections i ON i.trap_id = t.id
CROSS JOIN LATERAL (SELECT trap_leak_rate(t.pressure_psig, 'psig', t.orifice_diameter_in, 'in',
										  i.failure_mode, 0.6, 'lb/h') AS lb_h) l
WHERE i.status = 'FAILED' AND i.detected_at > now() - interval '7 days'
  AND i.verified_status = 'CONFIRMED' AND i.confidence_score < r.threshold
GROUP BY r.site, r.threshold, i.failure_mode
ORDER BY r.site, i.failure_mode;
\echo '   Accuracy of each version over its verified predictions (last 30 days), and the new'
\echo '   against the old: the difference with Newcombe''s 95 % interval and the score test:'
SELECT model_version, p AS "correct of verified", round((rate(p))::numeric, 3) AS accuracy,
	   round((proportion_interval(p)).lower::numeric, 3) AS lower,
	   round((proportion_interval(p)).upper::numeric, 3) AS upper
FROM (SELECT model_version, proportion(prediction = actual_status) AS p
	  FROM ml_predictions WHERE prediction_time > now() - interval '30 days' GROUP BY 1) q
ORDER BY model_version;
SELECT 'v2.4.2 - v2.4.1' AS comparison, round(d.difference::numeric, 3) AS difference,
	   round(d.lower::numeric, 3) AS lower, round(d.upper::numeric, 3) AS upper,
	   to_char(d.p_value, '9.9EEEE') AS p_value,
	   CASE WHEN d.upper < 0 THEN 'worse: roll back to v2.4.1' ELSE 'not shown worse' END AS verdict
FROM (SELECT proportion(prediction = actual_status) FILTER (WHERE model_version = 'v2.4.2') AS new,
			 proportion(prediction = actual_status) FILTER (WHERE model_version = 'v2.4.1') AS old
	  FROM ml_predictions WHERE prediction_time > now() - interval '30 days') q,
	 proportion_difference(new, old) d;
\echo '   How well each version ranks failed traps above working ones (score: its probability'
\echo '   that the trap failed), ROC AUC with DeLong''s 95 % interval:'
SELECT model_version, positives(s) AS failed, negatives(s) AS working,
	   round((a).rate::numeric, 4) AS auc, round((a).lower::numeric, 4) AS lower,
	   round((a).upper::numeric, 4) AS upper, round(brier_score(s)::numeric, 4) AS brier
FROM (SELECT model_version, s, roc_auc_interval(s) AS a
	  FROM (SELECT model_version,
				   score_summary(CASE WHEN prediction <> 'OK' THEN confidence ELSE 1 - confidence END::float8,
								 actual_status <> 'OK') AS s
			FROM ml_predictions WHERE prediction_time > now() - interval '30 days' GROUP BY 1) q) r
ORDER BY model_version;
DROP TABLE report_threshold;

-- ---- Service health (runbooks 002 and 003, GL-008 and GL-009 S5) --------
CREATE FUNCTION pg_temp.report_pct(share float8, digits int) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$ SELECT round((100 * share)::numeric, digits) $$;
\echo
\echo '== Service health: error-rate episodes, latency objectives, anomaly rate (runbooks 002, 003; GL-008 S5, GL-009 S5)'
\echo '   anomaly-api, last 24 h: 1-minute error rate above 10 % for 5+ minutes (runbook 002 "High API Error Rate"):'
CREATE TEMP TABLE report_health_ep AS
SELECT e.*
FROM (SELECT error_counts(requested_at, error IS NOT NULL, '1 minute') AS c FROM inference_log
	  WHERE service = 'anomaly-api' AND requested_at >= now() - interval '24 hours') x,
	 error_episodes(x.c, 0.10, '5 minutes') e;
SELECT to_char(start_time, 'MM-DD HH24:MI') AS start, to_char(end_time, 'HH24:MI') AS "end", errors, events,
	   pg_temp.report_pct(rate, 1) AS "error %", format('%s-%s', pg_temp.report_pct(lower, 0), pg_temp.report_pct(upper, 0)) AS "Wilson 95 %"
FROM report_health_ep ORDER BY start_time;
INSERT INTO report_finding
SELECT 101, 'API error-rate episode', 'anomaly-api',
	   format('%s errors in %s requests, %s %% (Wilson %s-%s %%), %s-%s UTC', errors, events, pg_temp.report_pct(rate, 1),
			  pg_temp.report_pct(lower, 0), pg_temp.report_pct(upper, 0), to_char(start_time, 'MM-DD HH24:MI'), to_char(end_time, 'HH24:MI')),
	   'runbook 002: error rate > 10 % for 5+ min', 'P1'
FROM report_health_ep ORDER BY end_time - start_time DESC, start_time LIMIT 1;

\echo '   pneumonia-detector, last 24 h, per model version (runbook 003: SEV-3 1-10 % errors, SEV-2 > 10 %, latency > 5 s, accuracy drop):'
CREATE TEMP TABLE report_health_model AS
SELECT model_version, min(requested_at) AS since,
	   error_counts(requested_at, error IS NOT NULL, '1 hour') AS errors,
	   limit_counts(latency_ms, ARRAY[1000, 2500, 5000]) AS latency,
	   error_counts(requested_at, predicted_label <> true_label, '1 hour')
		 FILTER (WHERE true_label IS NOT NULL AND error IS NULL) AS misses
FROM inference_log
WHERE service = 'pneumonia-detector' AND requested_at >= now() - interval '24 hours'
GROUP BY 1;
SELECT model_version, to_char(since, 'MM-DD HH24:MI') AS since, (error_rate_interval(errors)).n AS requests,
	   pg_temp.report_pct(error_rate(errors), 2) AS "error %",
	   (SELECT max(band) FROM error_rate_bands(errors, ARRAY[0.01, 0.10])) AS worst_hour_band,
	   pg_temp.report_pct(share_above(latency, 5000), 2) AS "> 5 s %",
	   format('%s-%s', (quantile_bounds(latency, 0.95)).lower, (quantile_bounds(latency, 0.95)).upper) AS "p95 between (ms)",
	   pg_temp.report_pct((1 - error_rate(misses)), 1) AS "accuracy %",
	   format('%s-%s', pg_temp.report_pct((1 - (error_rate_interval(misses)).upper), 1),
			  pg_temp.report_pct((1 - (error_rate_interval(misses)).lower), 1)) AS "accuracy Wilson 95 %"
FROM report_health_model ORDER BY since;
INSERT INTO report_finding
SELECT 102, 'latency above 5 s after deploy', 'pneumonia-detector ' || model_version,
	   format('p95 between %s and %s ms; %s %% of requests above 5 s (Wilson %s-%s %%)',
			  (quantile_bounds(latency, 0.95)).lower, (quantile_bounds(latency, 0.95)).upper,
			  pg_temp.report_pct(share_above(latency, 5000), 1), pg_temp.report_pct((share_above_interval(latency, 5000)).lower, 1),
			  pg_temp.report_pct((share_above_interval(latency, 5000)).upper, 1)),
	   'runbook 003: severe latency issues (> 5 s)', 'SEV-2'
FROM report_health_model WHERE (quantile_bounds(latency, 0.95)).lower >= 5000;
INSERT INTO report_finding
SELECT 103, 'model accuracy drop', 'pneumonia-detector ' || n.model_version,
	   format('accuracy %s %% (Wilson %s-%s %%) against %s %% for %s', pg_temp.report_pct((1 - error_rate(n.misses)), 1),
			  pg_temp.report_pct((1 - (error_rate_interval(n.misses)).upper), 1), pg_temp.report_pct((1 - (error_rate_interval(n.misses)).lower), 1),
			  pg_temp.report_pct((1 - error_rate(o.misses)), 1), o.model_version),
	   'runbook 003: model accuracy drop (intervals apart)', 'SEV-2'
FROM report_health_model n JOIN report_health_model o ON o.since < n.since
WHERE (error_rate_interval(n.misses)).lower > (error_rate_interval(o.misses)).upper;
INSERT INTO report_finding
SELECT 104, 'elevated error rate', 'pneumonia-detector ' || model_version,
	   format('%s %% of requests failed (Wilson %s-%s %%)', pg_temp.report_pct(error_rate(errors), 1),
			  pg_temp.report_pct((error_rate_interval(errors)).lower, 1), pg_temp.report_pct((error_rate_interval(errors)).upper, 1)),
	   'runbook 003: error rate 1-10 %', 'SEV-3'
FROM report_health_model
WHERE (error_rate_interval(errors)).lower > 0.01 AND (error_rate_interval(errors)).upper <= 0.10;

\echo '   sensor readings, last 6 h against the 42 h before: share above the baseline''s 99th percentile of the'
\echo '   reconstruction error (1 % expected), and the drift of the error and of each input (runbook 002 "Model Inference Failures"):'
CREATE TEMP TABLE report_health_anom AS
WITH b AS (SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY reconstruction_error) AS p99
		   FROM sensor_readings WHERE reading_at >= now() - interval '48 hours' AND reading_at < now() - interval '6 hours')
SELECT b.p99, count(*) AS readings, count(*) FILTER (WHERE r.is_anomaly) AS flagged,
	   share_above_interval(limit_counts(r.reconstruction_error, ARRAY[b.p99]), b.p99) AS s
FROM sensor_readings r, b WHERE r.reading_at >= now() - interval '6 hours' GROUP BY b.p99;
SELECT round(p99::numeric, 4) AS baseline_p99, readings, flagged, pg_temp.report_pct((s).rate, 1) AS "above p99 %",
	   format('%s-%s', pg_temp.report_pct((s).lower, 1), pg_temp.report_pct((s).upper, 1)) AS "Wilson 95 %"
FROM report_health_anom;
CREATE TEMP TABLE report_health_drift AS
SELECT feature, round((k).statistic::numeric, 3) AS ks_d, round(p::numeric, 3) AS psi,
	   CASE WHEN (k).p_value < 0.001 AND p >= 0.1 THEN 'DRIFTED' WHEN (k).p_value < 0.001 THEN 'small shift' ELSE 'stable' END AS verdict
FROM (SELECT feature, ks_drift(value, reading_at >= now() - interval '6 hours') AS k,
			 psi(value, reading_at >= now() - interval '6 hours') AS p
	  FROM sensor_readings,
		   LATERAL (VALUES ('reconstruction_error', reconstruction_error::float8), ('temperature', temperature::float8),
						   ('pressure', pressure::float8), ('humidity', humidity::float8),
						   ('vibration', vibration::float8)) f(feature, value)
	  WHERE reading_at >= now() - interval '48 hours'
	  GROUP BY feature) d;
SELECT * FROM report_health_drift ORDER BY ks_d DESC, feature;
INSERT INTO report_finding
SELECT 105, 'anomaly rate rise', 'sensor readings, last 6 h',
	   format('%s %% above the baseline p99 (Wilson %s-%s %%, 1 %% expected); drifted: %s',
			  pg_temp.report_pct((s).rate, 1), pg_temp.report_pct((s).lower, 1), pg_temp.report_pct((s).upper, 1),
			  (SELECT string_agg(format('%s PSI %s', feature, psi), ', ' ORDER BY psi DESC)
			   FROM report_health_drift WHERE verdict = 'DRIFTED')),
	   'runbook 002: warning thresholds exceeded', 'P2'
FROM report_health_anom WHERE (s).lower > 0.02;

\echo '   thermaliq, last 24 h (GL-009 Scenario 5: SEV2 for an error rate above 1 %, or a p95 latency of 10 s or more):'
CREATE TEMP TABLE report_health_gl009 AS
SELECT error_counts(requested_at, error IS NOT NULL, '1 hour') AS errors,
	   limit_counts(latency_ms, ARRAY[5000, 10000]) AS latency
FROM inference_log WHERE service = 'thermaliq' AND requested_at >= now() - interval '24 hours';
SELECT (error_rate_interval(errors)).n AS requests, pg_temp.report_pct(error_rate(errors), 2) AS "error %",
	   format('%s-%s', pg_temp.report_pct((error_rate_interval(errors)).lower, 2),
			  pg_temp.report_pct((error_rate_interval(errors)).upper, 2)) AS "Wilson 95 %",
	   format('%s-%s', (quantile_bounds(latency, 0.95)).lower, (quantile_bounds(latency, 0.95)).upper) AS "p95 between (ms)",
	   CASE WHEN (error_rate_interval(errors)).lower > 0.01 OR (quantile_bounds(latency, 0.95)).lower >= 10000
			THEN 'SEV2' ELSE 'within Scenario 5' END AS verdict
FROM report_health_gl009;
INSERT INTO report_finding
SELECT 107, 'calculation error rate or latency', 'thermaliq',
	   format('%s %% errors (Wilson %s-%s %%), p95 between %s and %s ms', pg_temp.report_pct(error_rate(errors), 2),
			  pg_temp.report_pct((error_rate_interval(errors)).lower, 2), pg_temp.report_pct((error_rate_interval(errors)).upper, 2),
			  (quantile_bounds(latency, 0.95)).lower, (quantile_bounds(latency, 0.95)).upper),
	   'GL-009 S5: error rate > 1 % or p95 >= 10 s', 'SEV2'
FROM report_health_gl009
WHERE (error_rate_interval(errors)).lower > 0.01 OR (quantile_bounds(latency, 0.95)).lower >= 10000;

\echo '   ml_predictions, GL-008 Scenario 5 ("inference_time_ms: 450, UP from 150 ms"), last 30 days:'
CREATE TEMP TABLE report_health_ml AS
SELECT model_version, limit_counts(inference_time_ms, ARRAY[150, 450]) AS c
FROM ml_predictions WHERE prediction_time >= now() - interval '30 days' GROUP BY 1;
SELECT model_version, (share_above_interval(c, 450)).n AS predictions,
	   pg_temp.report_pct(share_above(c, 150), 1) AS "> 150 ms %", pg_temp.report_pct(share_above(c, 450), 1) AS "> 450 ms %",
	   format('%s-%s', (quantile_bounds(c, 0.5)).lower, (quantile_bounds(c, 0.5)).upper) AS "median between (ms)"
FROM report_health_ml ORDER BY 1;
INSERT INTO report_finding
SELECT 106, 'inference latency regression', 'model ' || n.model_version,
	   format('%s %% of predictions above 450 ms (Wilson %s-%s %%) against %s %% for %s; median between %s and %s ms',
			  pg_temp.report_pct(share_above(n.c, 450), 1), pg_temp.report_pct((share_above_interval(n.c, 450)).lower, 1),
			  pg_temp.report_pct((share_above_interval(n.c, 450)).upper, 1), pg_temp.report_pct(share_above(o.c, 450), 1),
			  o.model_version, (quantile_bounds(n.c, 0.5)).lower, (quantile_bounds(n.c, 0.5)).upper),
	   'S5 ML model degradation; minor issues, all sites', 'P2'
FROM report_health_ml n JOIN report_health_ml o ON o.model_version < n.model_version
WHERE (share_above_interval(n.c, 450)).lower > 10 * (share_above_interval(o.c, 450)).upper;
DROP TABLE report_health_ep, report_health_model, report_health_anom, report_health_drift, report_health_gl009, report_health_ml;
DROP FUNCTION pg_temp.report_pct(float8, int);

-- ---- 6. Summary ---------------------------------------------------------
\echo
\echo '== 6. Findings and their priority (GL-008 P0-P4, GL-009 SEV1-SEV4, runbook 002 P0-P3, runbook 003 SEV-1-SEV-4)'
SELECT priority, finding, scope AS "where", evidence, rule
FROM report_finding
ORDER BY CASE WHEN priority ~ '^P' THEN substr(priority, 2)::int ELSE substr(replace(priority, '-', ''), 4)::int - 1 END, n;

DROP TABLE report_finding, report_fp, report_drift, report_ec, report_totals, report_balance, report_eff;
DROP TABLE report_coverage, report_closing, report_sensors, report_silent, report_registers;
DROP FUNCTION pg_temp.report_sankey_check(text);
RESET client_min_messages;
