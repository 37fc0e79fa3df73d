-- upgrade.sql - the upgrade from the last release (UPGRADE_FROM in the
-- Makefile, 0.1) to the version being developed: every change to an object
-- the last release has, as statements that make a database of the last
-- release equal to a fresh install.  The Makefile appends the SQL of the
-- modules added since (UPGRADE_NEW_MODULES) whole, which makes
-- greenlang--0.1--<version>.sql (ALTER EXTENSION greenlang UPDATE); sql/upgrade
-- compares the updated catalog with a fresh install and fails on any
-- difference.  CONTRIBUTING.md, "Upgrades and releases", says what goes here.
--
-- Comments: every function created or re-created here has its COMMENT ON
-- here too, in section 6 where its text changed and in section 7 where it
-- did not (CREATE OR REPLACE FUNCTION would keep the old one, but what
-- users read in \df+ should not depend on that).  The catalog is checked:
-- sql/greenlang fails on a function without a comment, and sql/upgrade on
-- any comment that differs from a fresh install's.
--
-- Stored values (steam, confusion, fp_tally, energy_balance_state,
-- drift_state, sankey_flows) keep their forms from 0.1: nothing is rewritten.

-- ==== 1. Functions 0.2 removes: steam_energy_loss_pt (say
-- steam_energy_loss(steam_reading(pressure, pressure_unit, temperature,
-- temperature_unit), ...)) and fuel_co2_kg (say fuel_co2(...), whose result
-- is in out_unit, default kg).  A user's view, default, index or function that
-- calls one of them stops the update, naming it, before anything changes.
DO $$
DECLARE
  uses text;
BEGIN
  SELECT string_agg(format('%s uses %s', pg_describe_object(d.classid, d.objid, d.objsubid),
                           d.refobjid::regprocedure), '; ')
  INTO uses
  FROM pg_depend d
  WHERE d.refclassid = 'pg_proc'::regclass
    AND d.refobjid IN ('steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, text, text)'::regprocedure,
                       'steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, float8, text, text)'::regprocedure,
                       'fuel_co2_kg(float8, text, float8, text)'::regprocedure)
    AND d.deptype = 'n';
  IF uses IS NOT NULL THEN
    RAISE EXCEPTION 'greenlang 0.2 removes functions that are still in use: %', uses
      USING ERRCODE = 'dependent_objects_still_exist',
            DETAIL = 'steam_energy_loss_pt(pressure, pressure_unit, temperature, temperature_unit, ...) is now steam_energy_loss(steam_reading(pressure, pressure_unit, temperature, temperature_unit), ...); fuel_co2_kg(fuel_energy, energy_unit, kg_co2_per_unit, per_unit) is now fuel_co2(fuel_energy, fuel_energy_unit, co2_factor, co2_factor_per_unit) (kg by default).',
            HINT = 'Rewrite those objects with the new calls (docs/naming.md lists every rename), then run ALTER EXTENSION greenlang UPDATE again.';
  END IF;
END $$;

-- ==== 2. The functions removed
DROP FUNCTION steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, text, text);
DROP FUNCTION steam_energy_loss_pt(float8, text, float8, text, float8, text, float8, float8, text, text);
DROP FUNCTION fuel_co2_kg(float8, text, float8, text);


-- ==== 3. Support functions renamed (docs/naming.md).  A rename keeps the
-- function, so the aggregates that use it need no change.

ALTER FUNCTION confusion_accum(confusion,boolean,boolean) RENAME TO confusion_trans;
ALTER FUNCTION energy_balance_combine(energy_balance_state,energy_balance_state) RENAME TO energy_balance_state_combine;
ALTER FUNCTION fp_rate_accum(fp_tally,boolean) RENAME TO fp_rate_trans;
ALTER FUNCTION fp_rate_accum(fp_tally,boolean,double precision) RENAME TO fp_rate_trans;
ALTER FUNCTION fp_rate_accum(fp_tally,boolean,double precision,text) RENAME TO fp_rate_trans;
ALTER FUNCTION sankey_flows_add(sankey_flows,text,text,double precision) RENAME TO sankey_collect_trans;
ALTER FUNCTION sankey_flows_add(sankey_flows,text,text,double precision,text) RENAME TO sankey_collect_trans;

-- ==== 4. Arguments renamed (docs/naming.md).  PostgreSQL has no statement for
-- this (CREATE OR REPLACE FUNCTION refuses to rename an input), and dropping
-- and re-creating the functions would drop or block the users' views,
-- indexes and defaults that call them.  The names are changed in place: the
-- functions keep their identity, callers by position are unaffected, and
-- calls by name use the new names.  (A view that called one by name with
-- an old name keeps working, since it stores the call by position, but
-- prints, and so dumps, the old name: recreate it after the update.)
UPDATE pg_catalog.pg_proc p SET proargnames = r.names
FROM (VALUES
  ('cp(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('cv(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('density(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('energy_balance(double precision,text,text)'::regprocedure, '{value,value_unit,direction}'::text[]),
  ('energy_balance(double precision,text,text,double precision)'::regprocedure, '{value,value_unit,direction,tolerance}'::text[]),
  ('enthalpy(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('entropy(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('internal_energy(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('latent_heat(double precision,text,text)'::regprocedure, '{pressure,pressure_unit,out_unit}'::text[]),
  ('pressure(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('saturation_pressure(double precision,text,text)'::regprocedure, '{temperature,temperature_unit,out_unit}'::text[]),
  ('saturation_temperature(double precision,text,text)'::regprocedure, '{pressure,pressure_unit,out_unit}'::text[]),
  ('specific_volume(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('speed_of_sound(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('steam_ph(double precision,text,double precision,text)'::regprocedure, '{pressure,pressure_unit,enthalpy,enthalpy_unit}'::text[]),
  ('steam_ps(double precision,text,double precision,text)'::regprocedure, '{pressure,pressure_unit,entropy,entropy_unit}'::text[]),
  ('steam_pt(double precision,text,double precision,text)'::regprocedure, '{pressure,pressure_unit,temperature,temperature_unit}'::text[]),
  ('steam_px(double precision,text,double precision)'::regprocedure, '{pressure,pressure_unit,quality}'::text[]),
  ('steam_reading(double precision,text,double precision,text,double precision,text)'::regprocedure, '{pressure,pressure_unit,temperature,temperature_unit,saturation_tolerance,saturation_tolerance_unit}'::text[]),
  ('steam_tx(double precision,text,double precision)'::regprocedure, '{temperature,temperature_unit,quality}'::text[]),
  ('steam_unit_cost(double precision,text,double precision,text,double precision,text)'::regprocedure, '{specific_energy,specific_energy_unit,fuel_price,fuel_price_per_unit,boiler_efficiency,out_unit}'::text[]),
  ('temperature(steam,text)'::regprocedure, '{state,out_unit}'::text[]),
  ('thermal_efficiency(double precision,text,double precision,text)'::regprocedure, '{useful_output,useful_output_unit,total_input,total_input_unit}'::text[]),
  ('trap_leak_rate(double precision,text,double precision,text,text,double precision,text,text)'::regprocedure, '{pressure,pressure_unit,orifice_diameter,orifice_diameter_unit,failure_mode,discharge_coefficient,out_unit,discharge_to}'::text[])
) r(fn, names)
WHERE p.oid = r.fn;

-- ==== 5. C entry points renamed to gl_<SQL name> (docs/naming.md).  Since
-- 0.2 the old names exist in the library only for a database still at 0.1
-- (src/compat_0_1.c).

CREATE OR REPLACE FUNCTION "precision"(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_precision';

CREATE OR REPLACE FUNCTION accuracy(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_accuracy';

CREATE OR REPLACE FUNCTION accuracy_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_accuracy_interval';

CREATE OR REPLACE FUNCTION calculation_success_severity(success_rate double precision)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_calculation_success_severity';

CREATE OR REPLACE FUNCTION confusion(tp bigint, fp bigint, fn bigint, tn bigint)
 RETURNS confusion
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_counts';

CREATE OR REPLACE FUNCTION confusion_combine(confusion, confusion)
 RETURNS confusion
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_combine';

CREATE OR REPLACE FUNCTION confusion_eq(confusion, confusion)
 RETURNS boolean
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_eq';

CREATE OR REPLACE FUNCTION confusion_in(cstring)
 RETURNS confusion
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_in';

CREATE OR REPLACE FUNCTION confusion_ne(confusion, confusion)
 RETURNS boolean
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_ne';

CREATE OR REPLACE FUNCTION confusion_out(confusion)
 RETURNS cstring
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_out';

CREATE OR REPLACE FUNCTION confusion_recv(internal)
 RETURNS confusion
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_recv';

CREATE OR REPLACE FUNCTION confusion_send(confusion)
 RETURNS bytea
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_send';

CREATE OR REPLACE FUNCTION confusion_trans(confusion, boolean, boolean)
 RETURNS confusion
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_confusion_trans';

CREATE OR REPLACE FUNCTION cp(state steam, out_unit text DEFAULT 'kJ/(kg*K)'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_cp';

CREATE OR REPLACE FUNCTION cv(state steam, out_unit text DEFAULT 'kJ/(kg*K)'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_cv';

CREATE OR REPLACE FUNCTION density(state steam, out_unit text DEFAULT 'kg/m3'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_density';

CREATE OR REPLACE FUNCTION drift_state_combine(drift_state, drift_state)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_drift_state_combine';

CREATE OR REPLACE FUNCTION drift_state_in(cstring)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_drift_state_in';

CREATE OR REPLACE FUNCTION drift_state_out(drift_state)
 RETURNS cstring
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_drift_state_out';

CREATE OR REPLACE FUNCTION drift_state_recv(internal)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_drift_state_recv';

CREATE OR REPLACE FUNCTION drift_state_send(drift_state)
 RETURNS bytea
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_drift_state_send';

CREATE OR REPLACE FUNCTION efficiency_severity(efficiency double precision)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_efficiency_severity';

CREATE OR REPLACE FUNCTION energy_balance_state_combine(energy_balance_state, energy_balance_state)
 RETURNS energy_balance_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_energy_balance_state_combine';

CREATE OR REPLACE FUNCTION energy_balance_trans(energy_balance_state, double precision, text, text, double precision)
 RETURNS energy_balance_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_energy_balance_trans_tolerance';

CREATE OR REPLACE FUNCTION enthalpy(state steam, out_unit text DEFAULT 'kJ/kg'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_enthalpy';

CREATE OR REPLACE FUNCTION entropy(state steam, out_unit text DEFAULT 'kJ/(kg*K)'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_entropy';

CREATE OR REPLACE FUNCTION f1(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_f1';

CREATE OR REPLACE FUNCTION f1_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_f1_interval';

CREATE OR REPLACE FUNCTION false_discovery_rate(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_false_discovery_rate';

CREATE OR REPLACE FUNCTION false_discovery_rate_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_false_discovery_rate_interval';

CREATE OR REPLACE FUNCTION false_positive_rate(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_false_positive_rate';

CREATE OR REPLACE FUNCTION false_positive_rate_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_false_positive_rate_interval';

CREATE OR REPLACE FUNCTION fn(confusion)
 RETURNS bigint
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fn';

CREATE OR REPLACE FUNCTION fp(confusion)
 RETURNS bigint
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp';

CREATE OR REPLACE FUNCTION fp_rate_final(fp_tally)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_final';

CREATE OR REPLACE FUNCTION fp_rate_interval_final(fp_tally)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_interval_final';

CREATE OR REPLACE FUNCTION fp_rate_priority(rate double precision)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_priority';

CREATE OR REPLACE FUNCTION fp_rate_trans(fp_tally, boolean)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans';

CREATE OR REPLACE FUNCTION fp_rate_trans(fp_tally, boolean, double precision)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans';

CREATE OR REPLACE FUNCTION fp_rate_trans(fp_tally, boolean, double precision, text)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_rate_trans';

CREATE OR REPLACE FUNCTION fp_tally_combine(fp_tally, fp_tally)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_combine';

CREATE OR REPLACE FUNCTION fp_tally_eq(fp_tally, fp_tally)
 RETURNS boolean
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_eq';

CREATE OR REPLACE FUNCTION fp_tally_in(cstring)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_in';

CREATE OR REPLACE FUNCTION fp_tally_ne(fp_tally, fp_tally)
 RETURNS boolean
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_ne';

CREATE OR REPLACE FUNCTION fp_tally_out(fp_tally)
 RETURNS cstring
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_out';

CREATE OR REPLACE FUNCTION fp_tally_recv(internal)
 RETURNS fp_tally
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_recv';

CREATE OR REPLACE FUNCTION fp_tally_send(fp_tally)
 RETURNS bytea
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fp_tally_send';

CREATE OR REPLACE FUNCTION fuel_energy(energy double precision, energy_unit text, boiler_efficiency double precision DEFAULT 0.80, out_unit text DEFAULT 'kWh'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_fuel_energy';

CREATE OR REPLACE FUNCTION greenlang_units(OUT unit text, OUT dimension text, OUT base_unit text, OUT factor double precision, OUT zero_in_base double precision, OUT gauge boolean)
 RETURNS SETOF record
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_greenlang_units';

CREATE OR REPLACE FUNCTION incident_priority(impact text, sites integer)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_incident_priority';

CREATE OR REPLACE FUNCTION internal_energy(state steam, out_unit text DEFAULT 'kJ/kg'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_internal_energy';

CREATE OR REPLACE FUNCTION ks_drift(baseline double precision[], current double precision[], alternative text DEFAULT 'two-sided'::text, method text DEFAULT 'auto'::text)
 RETURNS ks_drift_result
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_ks_drift_arrays';

CREATE OR REPLACE FUNCTION ks_drift_final(drift_state)
 RETURNS ks_drift_result
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_ks_drift_final';

CREATE OR REPLACE FUNCTION ks_drift_trans(drift_state, double precision, boolean)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans';

CREATE OR REPLACE FUNCTION ks_drift_trans(drift_state, double precision, boolean, text)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans';

CREATE OR REPLACE FUNCTION ks_drift_trans(drift_state, double precision, boolean, text, text)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_ks_drift_trans';

CREATE OR REPLACE FUNCTION latent_heat(pressure double precision, pressure_unit text, out_unit text DEFAULT 'kJ/kg'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_latent_heat';

CREATE OR REPLACE FUNCTION mcc(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_mcc';

CREATE OR REPLACE FUNCTION phase(state steam)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_phase';

CREATE OR REPLACE FUNCTION ppv(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_precision';

CREATE OR REPLACE FUNCTION precision_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_precision_interval';

CREATE OR REPLACE FUNCTION pressure(state steam, out_unit text DEFAULT 'MPa'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_pressure';

CREATE OR REPLACE FUNCTION psi(baseline double precision[], current double precision[], bins integer DEFAULT 10)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_psi_arrays';

CREATE OR REPLACE FUNCTION psi_final(drift_state)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_psi_final';

CREATE OR REPLACE FUNCTION psi_trans(drift_state, double precision, boolean)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_psi_trans';

CREATE OR REPLACE FUNCTION psi_trans(drift_state, double precision, boolean, integer)
 RETURNS drift_state
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_psi_trans';

CREATE OR REPLACE FUNCTION quality(state steam)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_quality';

CREATE OR REPLACE FUNCTION recall(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_recall';

CREATE OR REPLACE FUNCTION recall_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_recall_interval';

CREATE OR REPLACE FUNCTION region(state steam)
 RETURNS integer
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_region';

CREATE OR REPLACE FUNCTION sankey_collect_trans(state sankey_flows, source text, target text, value double precision)
 RETURNS sankey_flows
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_sankey_collect_trans';

CREATE OR REPLACE FUNCTION sankey_collect_trans(state sankey_flows, source text, target text, value double precision, options text)
 RETURNS sankey_flows
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_sankey_collect_trans_options';

CREATE OR REPLACE FUNCTION sankey_flows_combine(sankey_flows, sankey_flows)
 RETURNS sankey_flows
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'gl_sankey_flows_combine';

CREATE OR REPLACE FUNCTION sankey_flows_in(cstring)
 RETURNS sankey_flows
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_sankey_flows_in';

CREATE OR REPLACE FUNCTION sankey_flows_out(sankey_flows)
 RETURNS cstring
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_sankey_flows_out';

CREATE OR REPLACE FUNCTION sankey_flows_recv(internal)
 RETURNS sankey_flows
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_sankey_flows_recv';

CREATE OR REPLACE FUNCTION sankey_flows_send(sankey_flows)
 RETURNS bytea
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_sankey_flows_send';

CREATE OR REPLACE FUNCTION sankey_links(flows sankey_flows, OUT source_id integer, OUT target_id integer, OUT value double precision, OUT width double precision)
 RETURNS SETOF record
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT ROWS 100
AS 'MODULE_PATHNAME', 'gl_sankey_links';

CREATE OR REPLACE FUNCTION sankey_nodes(flows sankey_flows, OUT id integer, OUT kind text, OUT name text, OUT layer integer, OUT value_in double precision, OUT value_out double precision, OUT x double precision, OUT y double precision, OUT height double precision)
 RETURNS SETOF record
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT ROWS 50
AS 'MODULE_PATHNAME', 'gl_sankey_nodes';

CREATE OR REPLACE FUNCTION sankey_svg(flows sankey_flows)
 RETURNS text
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_sankey_svg';

CREATE OR REPLACE FUNCTION saturation_pressure(temperature double precision, temperature_unit text, out_unit text DEFAULT 'MPa'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_saturation_pressure';

CREATE OR REPLACE FUNCTION saturation_temperature(pressure double precision, pressure_unit text, out_unit text DEFAULT 'K'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_saturation_temperature';

CREATE OR REPLACE FUNCTION specific_volume(state steam, out_unit text DEFAULT 'm3/kg'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_specific_volume';

CREATE OR REPLACE FUNCTION specificity(confusion)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_specificity';

CREATE OR REPLACE FUNCTION specificity_interval(c confusion, confidence double precision DEFAULT 0.95, method text DEFAULT 'wilson'::text)
 RETURNS rate_interval
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_specificity_interval';

CREATE OR REPLACE FUNCTION speed_of_sound(state steam, out_unit text DEFAULT 'm/s'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_speed_of_sound';

CREATE OR REPLACE FUNCTION steam_energy_loss(pressure double precision, pressure_unit text, leak_rate double precision, leak_rate_unit text, hours double precision, feedwater_temperature double precision, feedwater_temperature_unit text, out_unit text DEFAULT 'kWh'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_feedwater';

CREATE OR REPLACE FUNCTION steam_energy_loss(state steam, leak_rate double precision, leak_rate_unit text, hours double precision, feedwater_temperature double precision, feedwater_temperature_unit text, out_unit text DEFAULT 'kWh'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_energy_loss_state_feedwater';

CREATE OR REPLACE FUNCTION steam_in(cstring)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_in';

CREATE OR REPLACE FUNCTION steam_out(steam)
 RETURNS cstring
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_out';

CREATE OR REPLACE FUNCTION steam_ph(pressure double precision, pressure_unit text, enthalpy double precision, enthalpy_unit text)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_ph';

CREATE OR REPLACE FUNCTION steam_ps(pressure double precision, pressure_unit text, entropy double precision, entropy_unit text)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_ps';

CREATE OR REPLACE FUNCTION steam_pt(pressure double precision, pressure_unit text, temperature double precision, temperature_unit text)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_pt';

CREATE OR REPLACE FUNCTION steam_px(pressure double precision, pressure_unit text, quality double precision)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_px';

CREATE OR REPLACE FUNCTION steam_reading(pressure double precision, pressure_unit text, temperature double precision, temperature_unit text, saturation_tolerance double precision DEFAULT 2, saturation_tolerance_unit text DEFAULT 'K'::text)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_reading';

CREATE OR REPLACE FUNCTION steam_recv(internal)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_recv';

CREATE OR REPLACE FUNCTION steam_send(steam)
 RETURNS bytea
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_send';

CREATE OR REPLACE FUNCTION steam_tx(temperature double precision, temperature_unit text, quality double precision)
 RETURNS steam
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_tx';

CREATE OR REPLACE FUNCTION steam_unit_cost(specific_energy double precision, specific_energy_unit text, fuel_price double precision, fuel_price_per_unit text, boiler_efficiency double precision DEFAULT 0.80, out_unit text DEFAULT 'klb'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_steam_unit_cost';

CREATE OR REPLACE FUNCTION temperature(state steam, out_unit text DEFAULT 'K'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_temperature';

CREATE OR REPLACE FUNCTION thermal_efficiency(useful_output double precision, total_input double precision)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_thermal_efficiency';

CREATE OR REPLACE FUNCTION tn(confusion)
 RETURNS bigint
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_tn';

CREATE OR REPLACE FUNCTION tp(confusion)
 RETURNS bigint
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_tp';

CREATE OR REPLACE FUNCTION trap_leak_rate(pressure double precision, pressure_unit text, orifice_diameter double precision, orifice_diameter_unit text, failure_mode text DEFAULT 'blow-through'::text, discharge_coefficient double precision DEFAULT 0.6, out_unit text DEFAULT 'kg/h'::text, discharge_to text DEFAULT 'atmosphere'::text)
 RETURNS double precision
 LANGUAGE c
 IMMUTABLE PARALLEL SAFE STRICT
AS 'MODULE_PATHNAME', 'gl_trap_leak_rate';

-- ==== 6. Comments rewritten, and the columns of the result types commented

COMMENT ON FUNCTION confusion(bigint,bigint,bigint,bigint) IS
'A confusion matrix from its four counts (none negative: error 22003).';
COMMENT ON FUNCTION confusion_combine(confusion,confusion) IS
'The sum of two confusion matrices, count by count (error 22003 on bigint overflow): combine function of confusion() and rollup(). Support function of the aggregates, not for calling directly.';
COMMENT ON FUNCTION cp(steam,text) IS
'Specific isobaric heat capacity, in out_unit (default kJ/(kg*K)); NULL for a two-phase state, where it is undefined.';
COMMENT ON FUNCTION cv(steam,text) IS
'Specific isochoric heat capacity, in out_unit (default kJ/(kg*K)); NULL for a two-phase state.';
COMMENT ON FUNCTION density(steam,text) IS
'Density 1/v, in out_unit (default kg/m3; also lb/ft3).';
COMMENT ON AGGREGATE energy_balance(double precision,text,text) IS
'Energy balance of meter readings: value in value_unit, an energy unit (kWh, MWh, GJ, MMBtu, therm, Btu, J, kJ, MJ, ...), direction ''input'', ''output'' or ''loss'' (case, blanks and _ for - do not matter); totals in kWh, efficiency, unaccounted energy and whether the balance closes within 5 %. Exact, order-independent sums (1 nJ resolution).';
COMMENT ON FUNCTION energy_balance_final(energy_balance_state) IS
'Final function of energy_balance: the energy_balance_result of a state, NULL when it holds no reading. Not for calling directly.';
COMMENT ON FUNCTION energy_balance_state_in(cstring) IS
'Text input of energy_balance_state: ''input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<fraction or default>''; accepts exactly the states binary input accepts. Not for calling directly.';
COMMENT ON FUNCTION energy_balance_state_out(energy_balance_state) IS
'Canonical text of energy_balance_state: exact totals in nanojoules with their reading counts and the tolerance; reads back to the same state. Not for calling directly.';
COMMENT ON FUNCTION energy_balance_state_recv(internal) IS
'Binary input of energy_balance_state; accepts exactly the states text input accepts. Not for calling directly.';
COMMENT ON FUNCTION energy_balance_state_send(energy_balance_state) IS
'Binary output of energy_balance_state: per direction (input, output, loss) int8 high and low half of the total in nJ and int8 count, then float8 tolerance (-1: default). Not for calling directly.';
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state,double precision,text,text) IS
'Transition function of energy_balance(value, value_unit, direction): adds one reading. Not for calling directly.';
COMMENT ON FUNCTION energy_balance_trans(energy_balance_state,double precision,text,text,double precision) IS
'Transition function of energy_balance(value, value_unit, direction, tolerance): adds one reading and fixes the tolerance of the group. Not for calling directly.';
COMMENT ON FUNCTION enthalpy(steam,text) IS
'Specific enthalpy h, in out_unit (default kJ/kg; also J/kg, Btu/lb).';
COMMENT ON FUNCTION entropy(steam,text) IS
'Specific entropy s, in out_unit (default kJ/(kg*K); also Btu/(lb*degF)).';
COMMENT ON FUNCTION fp_rate_final(fp_tally) IS
'Final function of fp_rate: fp / (tp + fp), NULL when no alarm was verified. Support function of the aggregate, not for calling directly.';
COMMENT ON AGGREGATE fp_rate_interval(boolean,double precision,text) IS
'fp_rate with its interval at the given confidence by method ''wilson'' (score interval) or ''clopper-pearson'' (exact; case, blanks around and "_" for "-" do not matter), both the same on every row, as a rate_interval.';
COMMENT ON FUNCTION fp_rate_interval_final(fp_tally) IS
'Final function of fp_rate_interval: fp / (tp + fp) with its interval (0.95 and wilson unless given), NULL when no alarm was verified. Support function of the aggregates, not for calling directly.';
COMMENT ON FUNCTION fp_rate_priority(double precision) IS
'GL-008 false-positive surge rule: a false-positive rate (fraction of FAILED detections verified FALSE_POSITIVE, between 0 and 1) above 0.30 is ''P2'', otherwise ''none''.';
COMMENT ON FUNCTION fp_tally_combine(fp_tally,fp_tally) IS
'Combine function of fp_rate and fp_rate_interval: adds the counts exactly (error 22003 on bigint overflow, 22023 when the tallies ask for different intervals). Support function of the aggregates, not for calling directly.';
COMMENT ON FUNCTION incident_priority(text,integer) IS
'GL-008 priority P0..P4 of an incident from its impact (''complete-outage'', ''major-degradation'', ''minor-issues'', ''cosmetic'' or ''cosmetic/ux''; case, blanks around, and ''_'' or a space for ''-'' do not matter, so ''Complete Outage'' works) and the number of affected sites, at least 1 (bands 1-10, 11-50, 51-100, more than 100).';
COMMENT ON FUNCTION internal_energy(steam,text) IS
'Specific internal energy u, in out_unit (default kJ/kg).';
COMMENT ON FUNCTION latent_heat(double precision,text,text) IS
'Latent heat of vaporization h_fg = h'''' - h'' at pressure (in pressure_unit); in out_unit (default kJ/kg; Btu/lb for US tables).';
COMMENT ON FUNCTION pressure(steam,text) IS
'Pressure of a steam state, in out_unit (default MPa absolute; gauge units such as psig allowed).';
COMMENT ON FUNCTION sankey_flows_combine(sankey_flows,sankey_flows) IS
'Combine function of sankey_collect and sankey_svg, not for calling directly: the flows of both partial states (either may be NULL).';
COMMENT ON FUNCTION saturation_pressure(double precision,text,text) IS
'Saturation (vapor) pressure at temperature (in temperature_unit), 273.15 K to 647.096 K; in out_unit (default MPa absolute).';
COMMENT ON FUNCTION saturation_temperature(double precision,text,text) IS
'Saturation (boiling) temperature at pressure (in pressure_unit), from the triple point to the critical point; in out_unit (default K).';
COMMENT ON FUNCTION specific_volume(steam,text) IS
'Specific volume v, in out_unit (default m3/kg; also ft3/lb); the mixture value for a two-phase state.';
COMMENT ON FUNCTION speed_of_sound(steam,text) IS
'Speed of sound w, in out_unit (default m/s); NULL for a two-phase state.';
COMMENT ON FUNCTION steam_energy_loss(steam,double precision,text,double precision,text,text) IS
'Energy carried away by steam in a measured state (superheated, saturated or wet): mass x (h(state) - h_f(p)), basis ''latent''. A liquid state at most 2 K below saturation counts as saturated steam; further below it is an error. For a (pressure, temperature) reading: steam_energy_loss(steam_reading(pressure, pressure_unit, temperature, temperature_unit), ...).';
COMMENT ON FUNCTION steam_in(cstring) IS
'Text input of steam: "name=number unit" items (names p, T, x, h, s), e.g. ''p=150 psig, x=1'', ''p=1 MPa, T=300 degC'', ''p=10 bar, h=2800 kJ/kg''.';
COMMENT ON FUNCTION steam_ph(double precision,text,double precision,text) IS
'Steam state from pressure and specific enthalpy; enthalpy() of the result returns the enthalpy given.';
COMMENT ON FUNCTION steam_ps(double precision,text,double precision,text) IS
'Steam state from pressure and specific entropy; entropy() of the result returns the entropy given.';
COMMENT ON FUNCTION steam_px(double precision,text,double precision) IS
'Saturated or wet steam from pressure and vapor quality in [0,1] (0 saturated liquid, 1 saturated vapor).';
COMMENT ON FUNCTION steam_recv(internal) IS
'Binary input of steam (float8 p in MPa, T in K, x or -1), accepted exactly when the same values are accepted as text input.';
COMMENT ON FUNCTION steam_tx(double precision,text,double precision) IS
'Saturated or wet steam from temperature and vapor quality in [0,1].';
COMMENT ON FUNCTION steam_unit_cost(double precision,text,double precision,text,double precision,text) IS
'Price of one out_unit (a mass, default klb = 1000 lb) of steam from the fuel price: specific_energy x mass / boiler_efficiency x fuel_price per fuel_price_per_unit (an energy unit).';
COMMENT ON FUNCTION temperature(steam,text) IS
'Temperature of a steam state, in out_unit (default K; also degC, degF, degR).';
COMMENT ON FUNCTION thermal_efficiency(double precision,double precision) IS
'Thermal efficiency by the direct method, useful_output / total_input, as a fraction in [0, 1]; both in one energy unit. A total_input of zero is 22012; a negative input or output, or an output above the input (efficiency above 100 %), is 22003.';
COMMENT ON COLUMN energy_balance_result.closes IS
'Whether the balance closes: |unaccounted_fraction| <= tolerance.';
COMMENT ON COLUMN energy_balance_result.efficiency IS
'output_kwh / input_kwh, a fraction (NULL without input).';
COMMENT ON COLUMN energy_balance_result.input_kwh IS
'Sum of the readings whose direction is input, in kWh.';
COMMENT ON COLUMN energy_balance_result.loss_kwh IS
'Sum of the readings whose direction is loss (metered losses), in kWh.';
COMMENT ON COLUMN energy_balance_result.output_kwh IS
'Sum of the readings whose direction is output (useful energy), in kWh.';
COMMENT ON COLUMN energy_balance_result.readings IS
'Number of readings aggregated (rows with a non-NULL value).';
COMMENT ON COLUMN energy_balance_result.tolerance IS
'The tolerance the balance was judged by (a fraction of input; default 0.02).';
COMMENT ON COLUMN energy_balance_result.unaccounted_fraction IS
'unaccounted_kwh / input_kwh (NULL without input).';
COMMENT ON COLUMN energy_balance_result.unaccounted_kwh IS
'input_kwh - output_kwh - loss_kwh: energy metered nowhere (a missing meter, a data gap or an unmetered loss).';
COMMENT ON COLUMN ks_drift_result.method IS
'How the p-value was computed: exact (tie-aware lattice walk) or asymp (the limiting distribution).';
COMMENT ON COLUMN ks_drift_result.n_baseline IS
'Number of baseline observations (rows with is_current false).';
COMMENT ON COLUMN ks_drift_result.n_current IS
'Number of current observations (rows with is_current true).';
COMMENT ON COLUMN ks_drift_result.p_value IS
'The p-value of the statistic under the hypothesis that both samples come from one distribution; small (e.g. < 0.01) means the distribution moved.';
COMMENT ON COLUMN ks_drift_result.statistic IS
'The Kolmogorov-Smirnov statistic: D (two-sided), D+ (greater) or D- (less), between 0 and 1; the largest gap between the two empirical distribution functions.';
COMMENT ON COLUMN rate_interval.lower IS
'Lower bound of the confidence interval of the proportion.';
COMMENT ON COLUMN rate_interval.n IS
'The number of observations behind the proportion: its denominator.';
COMMENT ON COLUMN rate_interval.rate IS
'The estimated proportion, between 0 and 1 (NULL when n is 0).';
COMMENT ON COLUMN rate_interval.upper IS
'Upper bound of the confidence interval of the proportion.';
COMMENT ON FUNCTION confusion_trans(confusion,boolean,boolean) IS
'Transition function of confusion(predicted, actual): counts one classified row. Support function of the aggregate, not for calling directly.';
COMMENT ON FUNCTION energy_balance_state_combine(energy_balance_state,energy_balance_state) IS
'Combine function of energy_balance: adds two partial states exactly (either may be empty). Not for calling directly.';
COMMENT ON FUNCTION fp_rate_trans(fp_tally,boolean) IS
'Transition function of fp_rate and fp_rate_interval: counts one verified alarm (true: false positive). Support function of the aggregates, not for calling directly.';
COMMENT ON FUNCTION fp_rate_trans(fp_tally,boolean,double precision) IS
'Transition function of fp_rate_interval(is_false_positive, confidence): counts one verified alarm and records the confidence. Support function of the aggregate, not for calling directly.';
COMMENT ON FUNCTION fp_rate_trans(fp_tally,boolean,double precision,text) IS
'Transition function of fp_rate_interval(is_false_positive, confidence, method): counts one verified alarm and records the confidence and method. Support function of the aggregate, not for calling directly.';
COMMENT ON FUNCTION sankey_collect_trans(sankey_flows,text,text,double precision) IS
'Transition function of sankey_collect and sankey_svg(source, target, value), not for calling directly: adds one flow (a row with a NULL is skipped; a negative, NaN or infinite value is an error).';
COMMENT ON FUNCTION sankey_collect_trans(sankey_flows,text,text,double precision,text) IS
'Transition function of sankey_collect and sankey_svg(source, target, value, options), not for calling directly: adds one flow; options must be the same in every row.';

-- ==== 7. New functions of the modules of 0.1

CREATE FUNCTION fuel_co2(fuel_energy float8, fuel_energy_unit text,
                         co2_factor float8 DEFAULT 53.06,
                         co2_factor_per_unit text DEFAULT 'MMBtu',
                         out_unit text DEFAULT 'kg')
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_fuel_co2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fuel_co2(float8, text, float8, text, text) IS
'CO2 from burning fuel_energy: fuel energy in co2_factor_per_unit x co2_factor (kg of CO2 per co2_factor_per_unit), in out_unit (a mass unit, default kg); default factor US EPA natural gas, 53.06 kg CO2/MMBtu (HHV, 40 CFR 98 Subpart C Table C-1).';

CREATE FUNCTION efficiency_severity(efficiency float8, scale text) RETURNS text
AS 'MODULE_PATHNAME', 'gl_efficiency_severity_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION efficiency_severity(float8, text) IS
'GL-009 data-integrity rule for an efficiency in scale ''percent'' (below 0 or above 100 is ''SEV1'') or ''fraction'' (below 0 or above 1), otherwise ''none'': efficiency_severity(85.6, ''percent'') for the runbook''s stored percentages.';

-- ==== 8. Steam: a property of a state built in the same expression is
-- computed without the intermediate steam value (steam_property_support
-- rewrites it into steam_property); comparison operators with btree and
-- hash operator classes.  As src/steam/steam.sql has them.
CREATE FUNCTION steam_property_support(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'gl_steam_property_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property_support(internal) IS
'Planner support of the steam property accessors: rewrites a property of a state built by steam_pt, steam_px, steam_tx, steam_ph or steam_ps into one steam_property call (same value, no intermediate steam value). Not for calling directly.';

CREATE FUNCTION steam_property(a float8, a_unit text, b float8, b_unit text, out_unit text, form text, property text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_property' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property(float8, text, float8, text, text, text, text) IS
'What the planner puts in place of property(steam_<form>(a, a_unit, b, b_unit), out_unit) (form pt, ph or ps; property enthalpy, internal-energy, entropy, specific-volume, density, cp, cv or speed-of-sound): the same value and errors without the intermediate steam value. Not for calling directly: write the property of the constructor.';

CREATE FUNCTION steam_property(a float8, a_unit text, quality float8, out_unit text, form text, property text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_property_quality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property(float8, text, float8, text, text, text) IS
'What the planner puts in place of property(steam_<form>(a, a_unit, quality), out_unit) (form px or tx): the same value and errors without the intermediate steam value. Not for calling directly: write the property of the constructor.';

ALTER FUNCTION enthalpy(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION internal_energy(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION entropy(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION cp(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION cv(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION specific_volume(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION density(steam, text) SUPPORT steam_property_support;
ALTER FUNCTION speed_of_sound(steam, text) SUPPORT steam_property_support;

-- comparison: equal exactly when the text forms are equal; ordered by
-- pressure, then temperature, then single-phase before two-phase, then
-- quality (-0 before 0)

CREATE FUNCTION steam_eq(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_eq(steam, steam) IS
'Implements steam = steam: true when the two canonical texts are equal (same pressure and temperature, and both single-phase or both two-phase with the same quality).';
CREATE FUNCTION steam_ne(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_ne(steam, steam) IS 'Implements steam <> steam: not steam_eq.';
CREATE FUNCTION steam_lt(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_lt(steam, steam) IS 'Implements steam < steam in the order of steam_cmp.';
CREATE FUNCTION steam_le(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_le(steam, steam) IS 'Implements steam <= steam in the order of steam_cmp.';
CREATE FUNCTION steam_gt(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_gt(steam, steam) IS 'Implements steam > steam in the order of steam_cmp.';
CREATE FUNCTION steam_ge(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_ge(steam, steam) IS 'Implements steam >= steam in the order of steam_cmp.';
CREATE FUNCTION steam_cmp(steam, steam) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_steam_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_cmp(steam, steam) IS
'Btree support of steam: -1, 0 or 1, ordering by pressure, then temperature, then single-phase before two-phase, then quality (-0 before 0); 0 exactly when the canonical texts are equal.';
CREATE FUNCTION steam_hash(steam) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_steam_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_hash(steam) IS
'Hash support of steam: a hash of pressure, temperature and quality, equal for equal values (steam_eq). Not for calling directly.';
CREATE FUNCTION steam_hash_extended(steam, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_steam_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_hash_extended(steam, bigint) IS
'Hash support of steam with a seed (hash partitioning). Not for calling directly.';

CREATE OPERATOR = (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES);
COMMENT ON OPERATOR = (steam, steam) IS 'equal: the same canonical text';
CREATE OPERATOR <> (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (steam, steam) IS 'not equal: different canonical texts';
CREATE OPERATOR < (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (steam, steam) IS 'less than, by pressure, temperature, phase, quality';
CREATE OPERATOR <= (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (steam, steam) IS 'less than or equal, by pressure, temperature, phase, quality';
CREATE OPERATOR > (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (steam, steam) IS 'greater than, by pressure, temperature, phase, quality';
CREATE OPERATOR >= (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (steam, steam) IS 'greater than or equal, by pressure, temperature, phase, quality';

CREATE OPERATOR CLASS steam_ops DEFAULT FOR TYPE steam USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 steam_cmp(steam, steam);
COMMENT ON OPERATOR FAMILY steam_ops USING btree IS
'Btree operators of steam (the family of operator class steam_ops).';
COMMENT ON OPERATOR CLASS steam_ops USING btree IS
'Default btree operator class of steam: ORDER BY, indexes, merge joins, DISTINCT and GROUP BY by sorting; ordered by pressure, temperature, phase, quality.';

CREATE OPERATOR CLASS steam_ops DEFAULT FOR TYPE steam USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 steam_hash(steam),
    FUNCTION 2 steam_hash_extended(steam, bigint);
COMMENT ON OPERATOR FAMILY steam_ops USING hash IS
'Hash operators of steam (the family of operator class steam_ops).';
COMMENT ON OPERATOR CLASS steam_ops USING hash IS
'Default hash operator class of steam: hash joins, hash aggregation (GROUP BY, DISTINCT, UNION) and hash indexes.';

-- ==== 9. Drift: the planner is told each state's size (SSPACE), so a hash
-- aggregate of drift states spills instead of growing past hash_mem; psi is
-- NULL below its minimum sample.  As src/drift/drift.sql has them.
CREATE OR REPLACE AGGREGATE ks_drift(value float8, is_current boolean) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE ks_drift(value float8, is_current boolean, alternative text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE ks_drift(value float8, is_current boolean, alternative text, method text) (
	SFUNC = ks_drift_trans,
	STYPE = drift_state,
	FINALFUNC = ks_drift_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE psi(value float8, is_current boolean) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE psi(value float8, is_current boolean, bins integer) (
	SFUNC = psi_trans,
	STYPE = drift_state,
	FINALFUNC = psi_final,
	COMBINEFUNC = drift_state_combine,
	SSPACE = 1048576,
	PARALLEL = SAFE
);
COMMENT ON FUNCTION psi_final(drift_state) IS
'Final function of psi: the population stability index of the summary; NULL when the baseline or the current sample has fewer observations than bins (an empty sample included).';
COMMENT ON AGGREGATE psi(float8, boolean) IS
'Population stability index of the current rows (is_current true) against the baseline rows, 10 bins at the baseline deciles (type-1 quantiles, bins closed on the right), empty-bin share taken as 0.0001. NULLs skipped; NULL when the baseline or the current sample has fewer than 10 observations (fewer than bins: a bin of the current sample would be empty and the index above 0.25 whatever the data).';
COMMENT ON AGGREGATE psi(float8, boolean, integer) IS
'Population stability index with bins (>= 2) at the baseline quantiles j/bins (type-1, equal edges merged, bins closed on the right); an empty bin''s share is taken as 0.0001. NULL when the baseline or the current sample has fewer observations than bins.';
COMMENT ON FUNCTION psi(float8[], float8[], integer) IS
'Population stability index of two arrays (NULL elements skipped), as the psi aggregate; NULL when either array has fewer non-NULL elements than bins.';

-- ==== 10. Sankey: canonical text order of sankey_flows, number formats.
COMMENT ON FUNCTION sankey_flows_out(sankey_flows) IS
'Text output of sankey_flows: the options and every flow in canonical order (by source name, target name and value, in byte order), values as the shortest decimal that reads back exactly.';
COMMENT ON AGGREGATE sankey_svg(text, text, float8, text) IS
'SVG document (text) of a Sankey diagram of the flows, with options ''key=value, ...'': width, height, unit, title, min_fraction, max_nodes, max_links, imbalance (show|ignore|error), tolerance, digits, percent (on|off), numbers (grouped|plain|scaled), losses.';

-- ==== 11. energy_balance_result: readings per direction.  A stored value of
-- 0.1 reads the new columns as NULL; energy_balance() fills them.
ALTER TYPE energy_balance_result ADD ATTRIBUTE input_readings bigint,
    ADD ATTRIBUTE output_readings bigint, ADD ATTRIBUTE loss_readings bigint;
COMMENT ON TYPE energy_balance_result IS
'Result of energy_balance: totals in kWh, efficiency = output / input, unaccounted = input - output - loss (kWh and fraction of input), closes = |unaccounted fraction| <= tolerance, the tolerance used, the number of readings and the readings per direction (a direction with fewer readings than its meters should have sent is a data gap, not a loss).';
COMMENT ON COLUMN energy_balance_result.tolerance IS
'The tolerance the balance was judged by (a fraction of input; default 0.05).';
COMMENT ON COLUMN energy_balance_result.input_readings IS
'Number of readings whose direction is input. Fewer than the input meters should have sent (meters x period / cadence) means data is missing: check each meter''s coverage before reading unaccounted_kwh as a loss.';
COMMENT ON COLUMN energy_balance_result.output_readings IS
'Number of readings whose direction is output. A shortfall against the output meters'' expected count makes unaccounted_kwh a data gap, not a loss.';
COMMENT ON COLUMN energy_balance_result.loss_readings IS
'Number of readings whose direction is loss (metered losses). A shortfall against the loss meters'' expected count makes unaccounted_kwh a data gap, not a loss.';

-- ==== 7. The comments of the functions re-created above whose text did
-- not change (the same as the modules' COMMENT ON)

COMMENT ON FUNCTION "precision"(confusion) IS
'Precision (positive predictive value) TP / (TP + FP); NULL when nothing was predicted positive. A keyword: write "precision"(c) in double quotes, or ppv(c).';
COMMENT ON FUNCTION accuracy(confusion) IS
'Accuracy (TP + TN) / (TP + FP + FN + TN); NULL when all counts are zero.';
COMMENT ON FUNCTION accuracy_interval(confusion,double precision,text) IS
'Accuracy (TP + TN) / N with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = N.';
COMMENT ON FUNCTION calculation_success_severity(double precision) IS
'GL-009 severity by calculation success rate (a fraction): below 0.05 (error rate above 95 %) ''SEV1'', below 0.90 ''SEV2'', 0.90 to 0.95 inclusive ''SEV3'', above 0.95 ''none''.';
COMMENT ON FUNCTION confusion_eq(confusion,confusion) IS
'True when all four counts are equal.';
COMMENT ON FUNCTION confusion_in(cstring) IS
'Text input of confusion: the four counts, e.g. ''tp=90, fp=10, fn=15, tn=885'' (any order, each once).';
COMMENT ON FUNCTION confusion_ne(confusion,confusion) IS
'True when any of the four counts differs.';
COMMENT ON FUNCTION confusion_out(confusion) IS
'Canonical text of confusion: ''tp=<n>, fp=<n>, fn=<n>, tn=<n>''; reads back to the same value.';
COMMENT ON FUNCTION confusion_recv(internal) IS
'Binary input of confusion (four int8: tp, fp, fn, tn), validated.';
COMMENT ON FUNCTION confusion_send(confusion) IS
'Binary output of confusion: four int8, tp, fp, fn, tn.';
COMMENT ON FUNCTION drift_state_combine(drift_state,drift_state) IS
'Combine function of ks_drift and psi: merges two summaries (adds the counts of equal values); NULL or empty states are accepted; the options must agree.';
COMMENT ON FUNCTION drift_state_in(cstring) IS
'Input function of drift_state: ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...} or psi(<bins>){...}; entries in any order, repeated values are added.';
COMMENT ON FUNCTION drift_state_out(drift_state) IS
'Output function of drift_state: values in increasing order, each in the shortest decimal form that reads back to the same float8, so the text form round-trips exactly.';
COMMENT ON FUNCTION drift_state_recv(internal) IS
'Binary input function of drift_state.';
COMMENT ON FUNCTION drift_state_send(drift_state) IS
'Binary output function of drift_state: kind, alternative, method (1 byte each), bins (int4), number of points (int8), then per point value (float8), n_baseline and n_current (int4).';
COMMENT ON FUNCTION efficiency_severity(double precision) IS
'GL-009 data-integrity rule: an efficiency (a fraction) below 0 or above 1 (outside 0-100 %) is ''SEV1'', otherwise ''none''.';
COMMENT ON FUNCTION f1(confusion) IS
'F1 score 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; NULL when TP + FP + FN = 0.';
COMMENT ON FUNCTION f1_interval(confusion,double precision,text) IS
'F1 with a confidence interval: the interval of J = TP / (TP + FP + FN) (''wilson'' or ''clopper-pearson'') mapped through F1 = 2J / (1 + J); n = TP + FP + FN.';
COMMENT ON FUNCTION false_discovery_rate(confusion) IS
'False discovery rate FP / (TP + FP) = 1 - precision: the share of positive predictions (alarms) that were false; NULL when nothing was predicted positive.';
COMMENT ON FUNCTION false_discovery_rate_interval(confusion,double precision,text) IS
'False discovery rate FP / (TP + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FP.';
COMMENT ON FUNCTION false_positive_rate(confusion) IS
'False-positive rate (fall-out) FP / (FP + TN) = 1 - specificity; NULL when there is no actual negative. The runbook''s "false positive rate" of alarms is false_discovery_rate (or the aggregate fp_rate).';
COMMENT ON FUNCTION false_positive_rate_interval(confusion,double precision,text) IS
'False-positive rate FP / (FP + TN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = FP + TN.';
COMMENT ON FUNCTION fn(confusion) IS
'False negatives: predicted negative, actually positive.';
COMMENT ON FUNCTION fp(confusion) IS
'False positives: predicted positive, actually negative.';
COMMENT ON FUNCTION fp_tally_eq(fp_tally,fp_tally) IS
'True when both tallies have the same counts, confidence and method.';
COMMENT ON FUNCTION fp_tally_in(cstring) IS
'Text input of fp_tally: ''tp=7, fp=3'', or with the interval settings ''tp=7, fp=3, confidence=0.95, method=wilson''.';
COMMENT ON FUNCTION fp_tally_ne(fp_tally,fp_tally) IS
'True when the tallies differ in a count, the confidence or the method.';
COMMENT ON FUNCTION fp_tally_out(fp_tally) IS
'Canonical text of fp_tally: ''tp=<n>, fp=<n>'' plus '', confidence=<c>, method=<m>'' when set; reads back to the same value.';
COMMENT ON FUNCTION fp_tally_recv(internal) IS
'Binary input of fp_tally (int8 tp, int8 fp, float8 confidence, int4 method), validated.';
COMMENT ON FUNCTION fp_tally_send(fp_tally) IS
'Binary output of fp_tally: int8 tp, int8 fp, float8 confidence (0 when unset), int4 method (0 unset, 1 wilson, 2 clopper-pearson).';
COMMENT ON FUNCTION fuel_energy(double precision,text,double precision,text) IS
'Fuel energy a boiler burns to deliver energy in steam: energy / boiler_efficiency, the efficiency a fraction in (0, 1] (default 0.80).';
COMMENT ON FUNCTION greenlang_units() IS
'The unit table: each canonical unit, its dimension, its base unit, the factor to the base unit and the base value of its zero (273.15 for degC, 0.101325 MPa for psig).';
COMMENT ON FUNCTION ks_drift(double precision[],double precision[],text,text) IS
'Two-sample KS test of two arrays (NULL elements skipped), as the ks_drift aggregate: baseline, current, alternative (default two-sided), method (default auto).';
COMMENT ON FUNCTION ks_drift_final(drift_state) IS
'Final function of ks_drift: the two-sample KS test of the summary with its alternative and method; NULL when a sample is empty.';
COMMENT ON FUNCTION ks_drift_trans(drift_state,double precision,boolean) IS
'Transition function of ks_drift(value, is_current): adds one observation; rows with a NULL argument are skipped.';
COMMENT ON FUNCTION ks_drift_trans(drift_state,double precision,boolean,text) IS
'Transition function of ks_drift(value, is_current, alternative).';
COMMENT ON FUNCTION ks_drift_trans(drift_state,double precision,boolean,text,text) IS
'Transition function of ks_drift(value, is_current, alternative, method).';
COMMENT ON FUNCTION mcc(confusion) IS
'Matthews correlation coefficient (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)), between -1 and 1; NULL when any of the four sums is zero.';
COMMENT ON FUNCTION phase(steam) IS
'Phase of the state: liquid, vapor, supercritical, saturated liquid, saturated vapor or two-phase.';
COMMENT ON FUNCTION ppv(confusion) IS
'Precision (positive predictive value) TP / (TP + FP), the same as "precision"(c) without the quotes; NULL when nothing was predicted positive.';
COMMENT ON FUNCTION precision_interval(confusion,double precision,text) IS
'Precision TP / (TP + FP) with its confidence interval (method ''wilson'', the default, or ''clopper-pearson''), as a rate_interval; n = TP + FP.';
COMMENT ON FUNCTION psi_trans(drift_state,double precision,boolean) IS
'Transition function of psi(value, is_current) (10 bins): adds one observation; rows with a NULL argument are skipped.';
COMMENT ON FUNCTION psi_trans(drift_state,double precision,boolean,integer) IS
'Transition function of psi(value, is_current, bins).';
COMMENT ON FUNCTION quality(steam) IS
'Vapor quality x (vapor mass fraction) of a two-phase state; NULL for a single-phase state.';
COMMENT ON FUNCTION recall(confusion) IS
'Recall (sensitivity, true-positive rate) TP / (TP + FN); NULL when there is no actual positive.';
COMMENT ON FUNCTION recall_interval(confusion,double precision,text) IS
'Recall TP / (TP + FN) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TP + FN.';
COMMENT ON FUNCTION region(steam) IS
'IAPWS-IF97 region of the state: 1 liquid, 2 vapor, 3 near-critical, 4 two-phase (saturation), 5 high-temperature vapor.';
COMMENT ON FUNCTION sankey_flows_in(cstring) IS
'Text input of sankey_flows: [options="<options>";] "<source>"->"<target>":<value>; ... (names double-quoted, a quote doubled).';
COMMENT ON FUNCTION sankey_flows_recv(internal) IS
'Binary input of sankey_flows, validated like text input.';
COMMENT ON FUNCTION sankey_flows_send(sankey_flows) IS
'Binary output of sankey_flows: int4 flow count, int4 options length and bytes, then per flow int4 length and bytes of source and target, float8 value.';
COMMENT ON FUNCTION sankey_links(sankey_flows) IS
'The links of the Sankey diagram of the flows after summing duplicate pairs, merging and balancing: source and target node ids (see sankey_nodes), value, and width in px (to 0.01 px).';
COMMENT ON FUNCTION sankey_nodes(sankey_flows) IS
'The nodes of the Sankey diagram of the flows, as sankey_svg lays them out: id, kind (node, other, unaccounted), name, layer, inflow, outflow, and x, y (top), height in px (to 0.01 px, as in the SVG).';
COMMENT ON FUNCTION sankey_svg(sankey_flows) IS
'The SVG document of a Sankey diagram of the flows (the final function of the sankey_svg aggregates).';
COMMENT ON FUNCTION specificity(confusion) IS
'Specificity (true-negative rate) TN / (TN + FP); NULL when there is no actual negative.';
COMMENT ON FUNCTION specificity_interval(confusion,double precision,text) IS
'Specificity TN / (TN + FP) with its confidence interval (''wilson'' or ''clopper-pearson''), as a rate_interval; n = TN + FP.';
COMMENT ON FUNCTION steam_energy_loss(double precision,text,double precision,text,double precision,double precision,text,text) IS
'Energy to make anew the dry saturated steam lost at pressure (''feedwater'' basis): mass x (h_g(p) - h(p, feedwater_temperature)), the feedwater pumped to line pressure (IAPWS-IF97).';
COMMENT ON FUNCTION steam_energy_loss(steam,double precision,text,double precision,double precision,text,text) IS
'Energy to make anew the steam lost in a measured state (''feedwater'' basis): mass x (h(state) - h(p, feedwater_temperature)).';
COMMENT ON FUNCTION steam_out(steam) IS
'Canonical text of steam: ''p=<MPa> MPa, T=<K> K'' (plus '', x=<quality>'' when two-phase); reads back to the same value.';
COMMENT ON FUNCTION steam_pt(double precision,text,double precision,text) IS
'Steam state from pressure and temperature, e.g. steam_pt(150, ''psig'', 500, ''degF''). A point exactly on the saturation line is an error: use steam_px.';
COMMENT ON FUNCTION steam_reading(double precision,text,double precision,text,double precision,text) IS
'A (pressure, temperature) reading of a steam line as a steam state: superheated above Tsat(p); saturated vapor (x = 1) from Tsat - saturation_tolerance (a temperature difference, default 2 K) up to Tsat; an error (not steam) further below.';
COMMENT ON FUNCTION steam_send(steam) IS
'Binary output of steam: float8 p (MPa), float8 T (K), float8 x (-1 when single-phase).';
COMMENT ON FUNCTION tn(confusion) IS
'True negatives: predicted negative, actually negative.';
COMMENT ON FUNCTION tp(confusion) IS
'True positives: predicted positive, actually positive.';
COMMENT ON FUNCTION trap_leak_rate(double precision,text,double precision,text,text,double precision,text,text) IS
'Steam mass flow through a failed trap orifice by Napier''s rule on ABSOLUTE upstream pressure (gauge units converted): 40.4 x Cd x P[psia] x D[in]^2 lb/h (3600/70 x pi/4 = 40.39, rounded as in the industry form), times the failure_mode factor (blow-through 1, leaking 0.25, rapid-cycling 0.2, ok/plugged/flooded 0) and the discharge_to factor (atmosphere 1, closed-return 0.5). Cd 0.6 gives the 24.24 x P x D^2 form, 0.7291 the DOE Steam Tip #1 table.';
