-- docs/schema.sql: the users' tables, as the GL-008 (steam-trap inspection)
-- and GL-009 (thermal efficiency) runbooks query them.
--
-- This is the schema of the people who run greenlang, not part of the
-- extension: greenlang's own SQL never needs it, and it needs nothing from
-- greenlang (plain PostgreSQL 15).  The demo (demo/data.sql), the docs
-- (docs/runbook.md) and the regression test sql/runbook.sql use it.
--
-- Column names are exactly those the runbooks use (steam_pressure_psi,
-- energy_loss_kwh, efficiency, "timestamp", ...).  Every dimensional column
-- states its unit: in its name where the runbooks put it there, and always in
-- its COMMENT.  Pressures are said to be gauge (psig) or absolute (psia); the
-- runbooks' steam_pressure_psi is gauge.  Energy readings carry their unit in
-- a column of their own, spelled as greenlang's unit table spells it.
--
-- Measured values are numeric with the resolution they are recorded at, so
-- sums and averages over them are exact and do not depend on row order.
-- Times are timestamptz.
--
-- Load: psql -v ON_ERROR_STOP=1 -f docs/schema.sql   (creates the tables in
-- the first schema of search_path; it drops nothing, so load it into a new
-- schema or database: demo/load.sql uses the schema greenlang_demo).
--
-- Ready to distribute (Citus, docs/distributed.md): a distributed table's
-- primary key, unique constraints and foreign keys between distributed
-- tables must include its distribution column, so every large table's key
-- starts with the column it would be distributed by: trap_id for the GL-008
-- per-inspection tables (colocated: an inspection, its telemetry, its
-- prediction and its energy calculation are on one node), facility_id for
-- the GL-009 tables, device_id for the sensor readings.  The small tables
-- (sites, traps, sensors, facilities) are reference tables, copied to every
-- node.  On plain PostgreSQL nothing changes for the queries; only the pair
-- (trap_id, id) is enforced unique, so generate the ids from one sequence.

-- ---- GL-008: sites, traps, sensors ---------------------------------------

CREATE TABLE sites (
	id					integer PRIMARY KEY,
	site_name			text NOT NULL UNIQUE,
	region				text NOT NULL,
	has_trap_program	boolean NOT NULL
);
COMMENT ON TABLE sites IS 'Plant sites whose steam traps are inspected (GL-008).';
COMMENT ON COLUMN sites.id IS 'Site key; traps.site_id and sensors.site_id refer to it.';
COMMENT ON COLUMN sites.site_name IS 'Site name as shown to operators.';
COMMENT ON COLUMN sites.region IS 'Sales/operations region.';
COMMENT ON COLUMN sites.has_trap_program IS 'True when the site runs a scheduled trap maintenance program (DOE: < 5 % failed traps with a program, 15-30 % after 3-5 years without).';

CREATE TABLE traps (
	id					integer PRIMARY KEY,
	trap_id				text NOT NULL UNIQUE,
	site_id				integer NOT NULL REFERENCES sites (id),
	location			text NOT NULL,
	trap_type			text NOT NULL,
	application			text NOT NULL,
	pressure_psig		numeric(5, 1) NOT NULL CHECK (pressure_psig > 0),
	orifice_diameter_in numeric(6, 4) NOT NULL CHECK (orifice_diameter_in > 0),
	installed_at		date NOT NULL
);
COMMENT ON TABLE traps IS 'Steam traps. The runbooks join trap_inspections.trap_id = traps.id and count traps.trap_id (the tag).';
COMMENT ON COLUMN traps.id IS 'Trap key; trap_inspections.trap_id, energy_calculations.trap_id, ml_predictions.trap_id and inspection_telemetry.trap_id refer to it.';
COMMENT ON COLUMN traps.trap_id IS 'Trap tag painted on the trap (e.g. ST-03-0042); unique.';
COMMENT ON COLUMN traps.site_id IS 'Site of the trap (sites.id).';
COMMENT ON COLUMN traps.location IS 'Area of the site the trap is in.';
COMMENT ON COLUMN traps.trap_type IS 'inverted bucket, thermodynamic, float & thermostatic or thermostatic.';
COMMENT ON COLUMN traps.application IS 'drip (steam main), process or tracer.';
COMMENT ON COLUMN traps.pressure_psig IS 'Steam supply pressure at the trap inlet, gauge, psig.';
COMMENT ON COLUMN traps.orifice_diameter_in IS 'Discharge orifice diameter, inches.';
COMMENT ON COLUMN traps.installed_at IS 'Installation date.';

CREATE TABLE sensors (
	sensor_id			text PRIMARY KEY,
	site_id				integer NOT NULL REFERENCES sites (id),
	site_name			text NOT NULL,
	trap_id				integer REFERENCES traps (id),
	sensor_type			text NOT NULL,
	status				text NOT NULL CHECK (status IN ('ONLINE', 'OFFLINE', 'DEGRADED')),
	last_seen			timestamptz NOT NULL,
	firmware_version	text NOT NULL
);
COMMENT ON TABLE sensors IS 'Acoustic and thermal sensors mounted on traps (GL-008 Scenario 2 groups them by site_id, site_name).';
COMMENT ON COLUMN sensors.sensor_id IS 'Sensor serial (AC-... acoustic, TH-... thermal).';
COMMENT ON COLUMN sensors.site_id IS 'Site of the sensor (sites.id).';
COMMENT ON COLUMN sensors.site_name IS 'Copy of sites.site_name kept on the sensor row, as the runbook groups by it.';
COMMENT ON COLUMN sensors.trap_id IS 'Trap the sensor is mounted on (traps.id).';
COMMENT ON COLUMN sensors.sensor_type IS 'acoustic (ultrasonic) or thermal.';
COMMENT ON COLUMN sensors.status IS 'ONLINE, OFFLINE or DEGRADED, as last reported by the gateway.';
COMMENT ON COLUMN sensors.last_seen IS 'Time of the last message received from the sensor.';
COMMENT ON COLUMN sensors.firmware_version IS 'Sensor firmware version.';

-- ---- GL-008: inspections, their telemetry, the classifier, energy losses --

CREATE TABLE trap_inspections (
	id					bigint NOT NULL,
	trap_id				integer NOT NULL REFERENCES traps (id),
	detected_at			timestamptz NOT NULL,
	status				text NOT NULL CHECK (status IN ('OK', 'FAILED')),
	failure_mode		text CHECK (failure_mode IN ('BLOW_THROUGH', 'LEAKING', 'PLUGGED')),
	confidence_score	numeric(4, 3) NOT NULL CHECK (confidence_score BETWEEN 0 AND 1),
	model_version		text NOT NULL,
	verified_status		text CHECK (verified_status IN ('CONFIRMED', 'FALSE_POSITIVE', 'FALSE_NEGATIVE')),
	verified_at			timestamptz,
	CHECK ((status = 'FAILED') = (failure_mode IS NOT NULL)),
	PRIMARY KEY (trap_id, id)	-- distribution column first (docs/distributed.md)
);
COMMENT ON TABLE trap_inspections IS 'One automated inspection of one trap (acoustic + thermal reading classified by the ML model). status = FAILED is an alarm.';
COMMENT ON COLUMN trap_inspections.id IS 'Inspection key.';
COMMENT ON COLUMN trap_inspections.trap_id IS 'Inspected trap (traps.id, not the tag).';
COMMENT ON COLUMN trap_inspections.detected_at IS 'Time of the inspection round that produced the result.';
COMMENT ON COLUMN trap_inspections.status IS 'OK or FAILED (an alarm), as the classifier decided.';
COMMENT ON COLUMN trap_inspections.failure_mode IS 'For FAILED: BLOW_THROUGH (failed open), LEAKING (partly open) or PLUGGED (failed closed); NULL for OK.';
COMMENT ON COLUMN trap_inspections.confidence_score IS 'Classifier probability of the decided class, dimensionless 0..1.';
COMMENT ON COLUMN trap_inspections.model_version IS 'Classifier version that made the decision.';
COMMENT ON COLUMN trap_inspections.verified_status IS 'Technician verification: CONFIRMED (the decision was right), FALSE_POSITIVE (an alarm on a working trap), FALSE_NEGATIVE (OK on a failed trap); NULL = not verified (yet). The runbook FP rate is FALSE_POSITIVE / FAILED.';
COMMENT ON COLUMN trap_inspections.verified_at IS 'Time of the verification.';

CREATE TABLE inspection_telemetry (
	id					bigint NOT NULL,
	inspection_id		bigint NOT NULL,
	trap_id				integer NOT NULL REFERENCES traps (id),
	captured_at			timestamptz NOT NULL,
	acoustic_frequency_mean numeric(6, 3) NOT NULL,
	acoustic_rms_db		numeric(5, 2) NOT NULL,
	acoustic_baseline	numeric(5, 2) NOT NULL,
	thermal_delta		numeric(6, 2) NOT NULL,
	inlet_temp_f		numeric(6, 2) NOT NULL,
	outlet_temp_f		numeric(6, 2) NOT NULL,
	pressure_variance	numeric(8, 4) NOT NULL CHECK (pressure_variance >= 0),
	ambient_temp		numeric(5, 2) NOT NULL,
	ambient_pressure	numeric(6, 3) NOT NULL,
	PRIMARY KEY (trap_id, id),
	FOREIGN KEY (trap_id, inspection_id) REFERENCES trap_inspections (trap_id, id)
);
COMMENT ON TABLE inspection_telemetry IS 'Sensor features captured for an inspection; the classifier input, and what feature-drift checks compare.';
COMMENT ON COLUMN inspection_telemetry.id IS 'Telemetry row key.';
COMMENT ON COLUMN inspection_telemetry.inspection_id IS 'Inspection the features were captured for (trap_inspections.id).';
COMMENT ON COLUMN inspection_telemetry.trap_id IS 'Trap (traps.id).';
COMMENT ON COLUMN inspection_telemetry.captured_at IS 'Capture time (a few seconds before the inspection result).';
COMMENT ON COLUMN inspection_telemetry.acoustic_frequency_mean IS 'Mean frequency of the ultrasonic spectrum, kHz.';
COMMENT ON COLUMN inspection_telemetry.acoustic_rms_db IS 'Ultrasonic RMS level at the trap, dB (re 1 uV sensor output).';
COMMENT ON COLUMN inspection_telemetry.acoustic_baseline IS 'Background ultrasonic level measured off the trap body, dB (re 1 uV sensor output).';
COMMENT ON COLUMN inspection_telemetry.thermal_delta IS 'Inlet minus outlet surface temperature, degF (a temperature difference).';
COMMENT ON COLUMN inspection_telemetry.inlet_temp_f IS 'Inlet pipe surface temperature, degF.';
COMMENT ON COLUMN inspection_telemetry.outlet_temp_f IS 'Outlet pipe surface temperature, degF.';
COMMENT ON COLUMN inspection_telemetry.pressure_variance IS 'Variance of the inlet pressure during the capture, psi^2.';
COMMENT ON COLUMN inspection_telemetry.ambient_temp IS 'Ambient air temperature near the trap, degF.';
COMMENT ON COLUMN inspection_telemetry.ambient_pressure IS 'Barometric (ambient) pressure, absolute, psia.';

CREATE TABLE ml_predictions (
	id					bigint NOT NULL,
	inspection_id		bigint NOT NULL,
	trap_id				integer NOT NULL REFERENCES traps (id),
	prediction_time		timestamptz NOT NULL,
	model_version		text NOT NULL,
	prediction			text NOT NULL,
	confidence			numeric(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
	actual_status		text,
	inference_time_ms	numeric(7, 1) NOT NULL CHECK (inference_time_ms >= 0),
	PRIMARY KEY (trap_id, id),
	FOREIGN KEY (trap_id, inspection_id) REFERENCES trap_inspections (trap_id, id)
);
COMMENT ON TABLE ml_predictions IS 'Classifier predictions, one per inspection; actual_status is filled in when a technician verifies the trap.';
COMMENT ON COLUMN ml_predictions.id IS 'Prediction key.';
COMMENT ON COLUMN ml_predictions.inspection_id IS 'Inspection the prediction was made for (trap_inspections.id).';
COMMENT ON COLUMN ml_predictions.trap_id IS 'Trap (traps.id).';
COMMENT ON COLUMN ml_predictions.prediction_time IS 'Time the prediction was made.';
COMMENT ON COLUMN ml_predictions.model_version IS 'Classifier version.';
COMMENT ON COLUMN ml_predictions.prediction IS 'Predicted class: OK, LEAKING, BLOW_THROUGH or PLUGGED.';
COMMENT ON COLUMN ml_predictions.confidence IS 'Probability of the predicted class, dimensionless 0..1.';
COMMENT ON COLUMN ml_predictions.actual_status IS 'Verified class (same labels as prediction); NULL while not verified.';
COMMENT ON COLUMN ml_predictions.inference_time_ms IS 'Model inference latency, milliseconds.';

CREATE TABLE energy_calculations (
	id					bigint NOT NULL,
	trap_id				integer NOT NULL REFERENCES traps (id),
	inspection_id		bigint NOT NULL,
	calculated_at		timestamptz NOT NULL,
	failure_mode		text NOT NULL,
	steam_pressure_psi	numeric(6, 1) NOT NULL,
	steam_temp_f		numeric(6, 2) NOT NULL,
	orifice_diameter_in numeric(6, 4) NOT NULL,
	leak_rate_lb_hr		numeric(10, 3) NOT NULL,
	steam_enthalpy_btu_lb numeric(7, 2) NOT NULL,
	period_hours		numeric(6, 1) NOT NULL,
	energy_loss_kwh		numeric(14, 3) NOT NULL,
	boiler_efficiency_pct numeric(5, 1) NOT NULL,
	fuel_energy_kwh		numeric(14, 3) NOT NULL,
	calculator_version	text NOT NULL,
	PRIMARY KEY (trap_id, id),
	FOREIGN KEY (trap_id, inspection_id) REFERENCES trap_inspections (trap_id, id)
);
COMMENT ON TABLE energy_calculations IS 'Steam lost through a trap found FAILED, per calculation period: one row per alarm, written by the energy calculator (GL-008 Scenario 4).';
COMMENT ON COLUMN energy_calculations.id IS 'Calculation key.';
COMMENT ON COLUMN energy_calculations.trap_id IS 'Trap (traps.id).';
COMMENT ON COLUMN energy_calculations.inspection_id IS 'Alarm the calculation is for (trap_inspections.id).';
COMMENT ON COLUMN energy_calculations.calculated_at IS 'Time the calculation ran.';
COMMENT ON COLUMN energy_calculations.failure_mode IS 'Failure mode used (BLOW_THROUGH, LEAKING, PLUGGED; loss factors 1, 0.25, 0).';
COMMENT ON COLUMN energy_calculations.steam_pressure_psi IS 'Steam pressure at the trap, GAUGE, psig (the runbook''s name says psi; the value is gauge and must not be read as absolute).';
COMMENT ON COLUMN energy_calculations.steam_temp_f IS 'Steam temperature used by the calculation, degF (saturation temperature at the gauge pressure for saturated steam).';
COMMENT ON COLUMN energy_calculations.orifice_diameter_in IS 'Orifice diameter used, inches.';
COMMENT ON COLUMN energy_calculations.leak_rate_lb_hr IS 'Steam mass flow through the trap, lb/h (Napier with Cd 0.6: 24.24 * P_abs[psia] * D[in]^2, times the failure-mode factor).';
COMMENT ON COLUMN energy_calculations.steam_enthalpy_btu_lb IS 'Specific enthalpy of the state (steam_pressure_psi, steam_temp_f) used by the calculation, Btu/lb (IAPWS-IF97 datum).';
COMMENT ON COLUMN energy_calculations.period_hours IS 'Length of the calculation period, hours.';
COMMENT ON COLUMN energy_calculations.energy_loss_kwh IS 'Energy of the steam lost over the period, kWh: leak_rate_lb_hr * period_hours * (steam_enthalpy_btu_lb - 18.11 Btu/lb of 50 degF makeup water) * 2.930710701722222e-4 kWh/Btu.';
COMMENT ON COLUMN energy_calculations.boiler_efficiency_pct IS 'Boiler efficiency used to turn steam energy into fuel energy, percent (0-100).';
COMMENT ON COLUMN energy_calculations.fuel_energy_kwh IS 'Fuel energy needed to replace the lost steam, kWh: energy_loss_kwh / (boiler_efficiency_pct / 100).';
COMMENT ON COLUMN energy_calculations.calculator_version IS 'Version of the energy calculator that wrote the row.';

-- ---- GL-009: facilities, energy meters, efficiency calculations ---------

CREATE TABLE facilities (
	facility_id			text PRIMARY KEY,
	facility_name		text NOT NULL,
	site_id				integer REFERENCES sites (id),
	has_chp				boolean NOT NULL
);
COMMENT ON TABLE facilities IS 'Boiler houses whose energy meters GL-009 reads (the runbooks only use facility_id, e.g. FAC-001).';
COMMENT ON COLUMN facilities.facility_id IS 'Facility key, FAC-nnn.';
COMMENT ON COLUMN facilities.facility_name IS 'Facility name.';
COMMENT ON COLUMN facilities.site_id IS 'Plant site the boiler house serves (sites.id).';
COMMENT ON COLUMN facilities.has_chp IS 'True when the facility also generates electricity (combined heat and power).';

CREATE TABLE energy_readings (
	id					bigint NOT NULL,
	facility_id			text NOT NULL REFERENCES facilities (facility_id),
	meter_id			text NOT NULL,
	"timestamp"			timestamptz NOT NULL,
	stream				text NOT NULL,
	direction			text NOT NULL CHECK (direction IN ('input', 'output', 'loss')),
	value				numeric NOT NULL,
	unit				text NOT NULL,
	interval_seconds	integer NOT NULL CHECK (interval_seconds > 0),
	PRIMARY KEY (facility_id, id)
);
COMMENT ON TABLE energy_readings IS 'Energy meter readings: the energy that crossed the facility boundary (input, output) or was measured/estimated as lost, during one interval.';
COMMENT ON COLUMN energy_readings.id IS 'Reading key.';
COMMENT ON COLUMN energy_readings.facility_id IS 'Facility (facilities.facility_id).';
COMMENT ON COLUMN energy_readings.meter_id IS 'Meter tag, unique within the facility.';
COMMENT ON COLUMN energy_readings."timestamp" IS 'Start of the metering interval.';
COMMENT ON COLUMN energy_readings.stream IS 'What the meter measures: natural_gas, electricity, steam, flue_gas, shell_and_blowdown.';
COMMENT ON COLUMN energy_readings.direction IS 'input (into the facility), output (useful energy delivered) or loss.';
COMMENT ON COLUMN energy_readings.value IS 'Energy over the interval, in the unit of the unit column (an energy, not a power).';
COMMENT ON COLUMN energy_readings.unit IS 'Energy unit of value, as greenlang spells it: kWh, MWh, GJ, MMBtu, therm (100,000 Btu) or Btu (IT).';
COMMENT ON COLUMN energy_readings.interval_seconds IS 'Length of the metering interval, seconds (3600: hourly).';

CREATE TABLE calculations (
	calculation_id		text NOT NULL,
	facility_id			text NOT NULL REFERENCES facilities (facility_id),
	period_start		timestamptz NOT NULL,
	period_end			timestamptz NOT NULL,
	created_at			timestamptz NOT NULL,
	status				text NOT NULL CHECK (status IN ('completed', 'failed', 'invalid')),
	efficiency			numeric(8, 3),
	input_energy_kwh	numeric(14, 3),
	output_energy_kwh	numeric(14, 3),
	energy_losses_kwh	numeric(14, 3),
	energy_flows		jsonb,
	error_message		text,
	invalid_reason		text,
	CHECK (period_end > period_start),
	PRIMARY KEY (facility_id, calculation_id)
);
COMMENT ON TABLE calculations IS 'Thermal efficiency calculations (GL-009), one per facility and period.';
COMMENT ON COLUMN calculations.calculation_id IS 'Calculation key, CALC-n.';
COMMENT ON COLUMN calculations.facility_id IS 'Facility (facilities.facility_id).';
COMMENT ON COLUMN calculations.period_start IS 'Start of the period calculated (inclusive).';
COMMENT ON COLUMN calculations.period_end IS 'End of the period calculated (exclusive).';
COMMENT ON COLUMN calculations.created_at IS 'Time the calculation ran.';
COMMENT ON COLUMN calculations.status IS 'completed, failed (error_message says why) or invalid (marked after an incident; invalid_reason says why).';
COMMENT ON COLUMN calculations.efficiency IS 'Direct-method thermal efficiency, PERCENT: 100 * output_energy_kwh / input_energy_kwh. Valid values lie in 0-100.';
COMMENT ON COLUMN calculations.input_energy_kwh IS 'Total energy input over the period, kWh.';
COMMENT ON COLUMN calculations.output_energy_kwh IS 'Useful energy output over the period, kWh.';
COMMENT ON COLUMN calculations.energy_losses_kwh IS 'Metered and estimated losses over the period, kWh (input - output - losses is what the meters do not account for).';
COMMENT ON COLUMN calculations.energy_flows IS 'Energy flows for the Sankey diagram: a JSON array of {"source", "target", "value", "unit"} objects; values in kWh.';
COMMENT ON COLUMN calculations.error_message IS 'Why a failed calculation failed.';
COMMENT ON COLUMN calculations.invalid_reason IS 'Why a calculation was marked invalid.';

-- ---- indexes for the runbooks' time-window queries -----------------------
-- (The runbooks create idx_inspections_trap_id_date and
-- idx_energy_readings_facility_time themselves, so those names are left free.)
CREATE INDEX trap_inspections_detected_at ON trap_inspections (detected_at);
CREATE INDEX inspection_telemetry_captured_at ON inspection_telemetry (captured_at);
CREATE INDEX ml_predictions_prediction_time ON ml_predictions (prediction_time);
CREATE INDEX energy_calculations_calculated_at ON energy_calculations (calculated_at);
CREATE INDEX calculations_created_at ON calculations (created_at);

-- ---- Service health: an IoT anomaly service and a model serving service --
-- (the tables behind runbooks 002, IoT anomaly detection, whose data lives in
-- PostgreSQL as anomaly_db, and 003, the pneumonia detector; docs/health.md)

CREATE TABLE sensor_readings (
	id					bigint NOT NULL,
	device_id			text NOT NULL,
	reading_at			timestamptz NOT NULL,
	temperature			numeric(5, 2) NOT NULL,
	pressure			numeric(6, 2) NOT NULL,
	humidity			numeric(4, 1) NOT NULL CHECK (humidity BETWEEN 0 AND 100),
	vibration			numeric(6, 4) NOT NULL CHECK (vibration >= 0),
	reconstruction_error numeric(8, 5) NOT NULL CHECK (reconstruction_error >= 0),
	is_anomaly			boolean NOT NULL,
	PRIMARY KEY (device_id, id)
);
COMMENT ON TABLE sensor_readings IS 'IoT sensor readings scored by the anomaly service''s autoencoder (runbook 002): one row per device and reading.';
COMMENT ON COLUMN sensor_readings.id IS 'Reading key.';
COMMENT ON COLUMN sensor_readings.device_id IS 'Device that sent the reading.';
COMMENT ON COLUMN sensor_readings.reading_at IS 'Time of the reading.';
COMMENT ON COLUMN sensor_readings.temperature IS 'Temperature, degC.';
COMMENT ON COLUMN sensor_readings.pressure IS 'Barometric pressure, absolute, hPa.';
COMMENT ON COLUMN sensor_readings.humidity IS 'Relative humidity, percent.';
COMMENT ON COLUMN sensor_readings.vibration IS 'Vibration velocity RMS, mm/s.';
COMMENT ON COLUMN sensor_readings.reconstruction_error IS 'Autoencoder reconstruction error of the four scaled inputs (mean squared error, dimensionless).';
COMMENT ON COLUMN sensor_readings.is_anomaly IS 'True when the service flagged the reading: reconstruction_error above the model''s threshold.';

CREATE TABLE inference_log (
	id					bigint PRIMARY KEY,
	service				text NOT NULL,
	requested_at		timestamptz NOT NULL,
	model_version		text NOT NULL,
	latency_ms			numeric(8, 1) NOT NULL CHECK (latency_ms >= 0),
	error				text,
	predicted_label		text,
	true_label			text
);
COMMENT ON TABLE inference_log IS 'Requests to model serving and calculation endpoints, one row per request: the anomaly service''s API (runbook 002), the pneumonia detector (runbook 003) and GL-009''s thermal efficiency calculations (thermaliq).';
COMMENT ON COLUMN inference_log.id IS 'Request key.';
COMMENT ON COLUMN inference_log.service IS 'anomaly-api, pneumonia-detector or thermaliq.';
COMMENT ON COLUMN inference_log.requested_at IS 'Time the request arrived.';
COMMENT ON COLUMN inference_log.model_version IS 'Model (or calculator) version that served the request.';
COMMENT ON COLUMN inference_log.latency_ms IS 'Time to the response, milliseconds.';
COMMENT ON COLUMN inference_log.error IS 'Why the request failed (e.g. HTTP 500: ...); NULL when it succeeded.';
COMMENT ON COLUMN inference_log.predicted_label IS 'The model''s answer (pneumonia-detector: PNEUMONIA or NORMAL); NULL for a failed request or a service without labels.';
COMMENT ON COLUMN inference_log.true_label IS 'The label found later (radiologist review); NULL while not known.';

CREATE INDEX sensor_readings_reading_at ON sensor_readings (reading_at);
CREATE INDEX inference_log_requested_at ON inference_log (requested_at);
-- ---- data completeness and cumulative meters ------------------------------
-- (GL-008 Scenario 2 "Sensor communication loss", GL-009 Scenario 3 "Energy
-- meter connection lost": docs/coverage.md, docs/counter.md.)  No foreign
-- keys: the columns name the rows they refer to.

CREATE TABLE sensor_heartbeats (
	sensor_id			text NOT NULL,
	site_id				integer NOT NULL,
	received_at			timestamptz NOT NULL,
	PRIMARY KEY (sensor_id, received_at)
);
COMMENT ON TABLE sensor_heartbeats IS 'Heartbeat messages the sensor gateway received (one every 5 minutes from a healthy sensor); sensors.last_seen is the latest of them. Kept for the last 3 hours.';
COMMENT ON COLUMN sensor_heartbeats.sensor_id IS 'Sensor (sensors.sensor_id).';
COMMENT ON COLUMN sensor_heartbeats.site_id IS 'Site of the sensor (sites.id), copied for grouping.';
COMMENT ON COLUMN sensor_heartbeats.received_at IS 'Time the gateway received the heartbeat.';

CREATE TABLE register_meters (
	facility_id			text NOT NULL,
	meter_id			text NOT NULL,
	stream				text NOT NULL,
	unit				text NOT NULL,
	rollover			numeric CHECK (rollover > 0),
	on_drop				text NOT NULL CHECK (on_drop IN ('rebase', 'reset-to-zero')),
	glitch_tolerance	numeric NOT NULL CHECK (glitch_tolerance >= 0),
	PRIMARY KEY (facility_id, meter_id)
);
COMMENT ON TABLE register_meters IS 'Cumulative energy meters (registers that count up): what a drop of the register means, declared per meter.';
COMMENT ON COLUMN register_meters.facility_id IS 'Facility (facilities.facility_id).';
COMMENT ON COLUMN register_meters.meter_id IS 'Meter tag, unique within the facility; the interval readings of the same meter are in energy_readings.';
COMMENT ON COLUMN register_meters.stream IS 'What the meter measures (as energy_readings.stream).';
COMMENT ON COLUMN register_meters.unit IS 'Energy unit of the register, as greenlang spells it.';
COMMENT ON COLUMN register_meters.rollover IS 'Register value at which it returns to 0 (1000000 for a 6-digit kWh register); NULL when it does not roll over.';
COMMENT ON COLUMN register_meters.on_drop IS 'What a drop of the register that is not a rollover means: rebase (restarted from the new value) or reset-to-zero (restarted at 0, e.g. a new meter).';
COMMENT ON COLUMN register_meters.glitch_tolerance IS 'Largest dip of the register that is read noise, in unit.';

CREATE TABLE register_readings (
	facility_id			text NOT NULL,
	meter_id			text NOT NULL,
	"timestamp"			timestamptz NOT NULL,
	reading				numeric NOT NULL CHECK (reading >= 0),
	PRIMARY KEY (facility_id, meter_id, "timestamp")
);
COMMENT ON TABLE register_readings IS 'Register values of the cumulative meters (register_meters), read hourly.';
COMMENT ON COLUMN register_readings.facility_id IS 'Facility (facilities.facility_id).';
COMMENT ON COLUMN register_readings.meter_id IS 'Meter (register_meters.meter_id).';
COMMENT ON COLUMN register_readings."timestamp" IS 'Time of the reading.';
COMMENT ON COLUMN register_readings.reading IS 'Register value, in register_meters.unit.';
