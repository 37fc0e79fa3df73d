/*
 * compat_0_1.c - the C entry points that releases/greenlang--0.1.sql names
 * and that were renamed or removed in 0.2, so that today's library runs a
 * database still at 0.1 (CREATE EXTENSION greenlang VERSION '0.1' and a
 * database from before ALTER EXTENSION greenlang UPDATE) until it is
 * updated.  The update (greenlang--0.1--0.2.sql, from src/upgrade.sql)
 * points every function at its gl_<SQL name> entry point, after which
 * nothing calls these.
 *
 * Most were only renamed (docs/naming.md: C entry points are gl_<SQL name>):
 * the SQL function and its arguments are the same, so the old name calls the
 * new entry point with the same call.  The three functions 0.2 removes
 * (steam_energy_loss_pt twice and fuel_co2_kg) are computed by the functions
 * that replace them.  These names are the one exception to the rule that
 * every external symbol starts with gl_: a released install script fixed them.
 * Remove this file when 0.1 is no longer a version one can update from.
 */
#include "base/base_pg.h"

#include "utils/builtins.h"

/* old: the 0.1 name, new: the 0.2 entry point it calls with the same call */
#define GL_COMPAT_0_1(old, new) \
	extern PGDLLEXPORT Datum new(PG_FUNCTION_ARGS); \
	PG_FUNCTION_INFO_V1(old); \
	Datum old(PG_FUNCTION_ARGS) { return new(fcinfo); }

GL_COMPAT_0_1(confusion_accum, gl_confusion_trans)
GL_COMPAT_0_1(confusion_accuracy, gl_accuracy)
GL_COMPAT_0_1(confusion_accuracy_interval, gl_accuracy_interval)
GL_COMPAT_0_1(confusion_combine, gl_confusion_combine)
GL_COMPAT_0_1(confusion_eq, gl_confusion_eq)
GL_COMPAT_0_1(confusion_f1, gl_f1)
GL_COMPAT_0_1(confusion_f1_interval, gl_f1_interval)
GL_COMPAT_0_1(confusion_false_discovery_rate, gl_false_discovery_rate)
GL_COMPAT_0_1(confusion_false_discovery_rate_interval, gl_false_discovery_rate_interval)
GL_COMPAT_0_1(confusion_false_positive_rate, gl_false_positive_rate)
GL_COMPAT_0_1(confusion_false_positive_rate_interval, gl_false_positive_rate_interval)
GL_COMPAT_0_1(confusion_fn, gl_fn)
GL_COMPAT_0_1(confusion_fp, gl_fp)
GL_COMPAT_0_1(confusion_in, gl_confusion_in)
GL_COMPAT_0_1(confusion_make, gl_confusion_counts)
GL_COMPAT_0_1(confusion_mcc, gl_mcc)
GL_COMPAT_0_1(confusion_ne, gl_confusion_ne)
GL_COMPAT_0_1(confusion_out, gl_confusion_out)
GL_COMPAT_0_1(confusion_precision, gl_precision)
GL_COMPAT_0_1(confusion_precision_interval, gl_precision_interval)
GL_COMPAT_0_1(confusion_recall, gl_recall)
GL_COMPAT_0_1(confusion_recall_interval, gl_recall_interval)
GL_COMPAT_0_1(confusion_recv, gl_confusion_recv)
GL_COMPAT_0_1(confusion_send, gl_confusion_send)
GL_COMPAT_0_1(confusion_specificity, gl_specificity)
GL_COMPAT_0_1(confusion_specificity_interval, gl_specificity_interval)
GL_COMPAT_0_1(confusion_tn, gl_tn)
GL_COMPAT_0_1(confusion_tp, gl_tp)
GL_COMPAT_0_1(drift_state_combine, gl_drift_state_combine)
GL_COMPAT_0_1(drift_state_in, gl_drift_state_in)
GL_COMPAT_0_1(drift_state_out, gl_drift_state_out)
GL_COMPAT_0_1(drift_state_recv, gl_drift_state_recv)
GL_COMPAT_0_1(drift_state_send, gl_drift_state_send)
GL_COMPAT_0_1(fp_rate_accum, gl_fp_rate_trans)
GL_COMPAT_0_1(fp_rate_final, gl_fp_rate_final)
GL_COMPAT_0_1(fp_rate_interval_final, gl_fp_rate_interval_final)
GL_COMPAT_0_1(fp_tally_combine, gl_fp_tally_combine)
GL_COMPAT_0_1(fp_tally_eq, gl_fp_tally_eq)
GL_COMPAT_0_1(fp_tally_in, gl_fp_tally_in)
GL_COMPAT_0_1(fp_tally_ne, gl_fp_tally_ne)
GL_COMPAT_0_1(fp_tally_out, gl_fp_tally_out)
GL_COMPAT_0_1(fp_tally_recv, gl_fp_tally_recv)
GL_COMPAT_0_1(fp_tally_send, gl_fp_tally_send)
GL_COMPAT_0_1(gl_calculation_success_severity_sql, gl_calculation_success_severity)
GL_COMPAT_0_1(gl_efficiency_severity_sql, gl_efficiency_severity)
GL_COMPAT_0_1(gl_energy_balance_combine, gl_energy_balance_state_combine)
GL_COMPAT_0_1(gl_energy_balance_trans_tol, gl_energy_balance_trans_tolerance)
GL_COMPAT_0_1(gl_fp_rate_priority_sql, gl_fp_rate_priority)
GL_COMPAT_0_1(gl_fuel_energy_sql, gl_fuel_energy)
GL_COMPAT_0_1(gl_incident_priority_sql, gl_incident_priority)
GL_COMPAT_0_1(gl_steam_energy_loss_fw, gl_steam_energy_loss_feedwater)
GL_COMPAT_0_1(gl_steam_energy_loss_state_fw, gl_steam_energy_loss_state_feedwater)
GL_COMPAT_0_1(gl_steam_reading_sql, gl_steam_reading)
GL_COMPAT_0_1(gl_steam_unit_cost_sql, gl_steam_unit_cost)
GL_COMPAT_0_1(gl_thermal_efficiency_sql, gl_thermal_efficiency)
GL_COMPAT_0_1(gl_trap_leak_rate_sql, gl_trap_leak_rate)
GL_COMPAT_0_1(gl_units_table, gl_greenlang_units)
GL_COMPAT_0_1(ks_drift_arrays, gl_ks_drift_arrays)
GL_COMPAT_0_1(ks_drift_final, gl_ks_drift_final)
GL_COMPAT_0_1(ks_drift_trans, gl_ks_drift_trans)
GL_COMPAT_0_1(psi_arrays, gl_psi_arrays)
GL_COMPAT_0_1(psi_final, gl_psi_final)
GL_COMPAT_0_1(psi_trans, gl_psi_trans)
GL_COMPAT_0_1(sankey_flows_add, gl_sankey_collect_trans)
GL_COMPAT_0_1(sankey_flows_add_options, gl_sankey_collect_trans_options)
GL_COMPAT_0_1(sankey_flows_combine, gl_sankey_flows_combine)
GL_COMPAT_0_1(sankey_flows_in, gl_sankey_flows_in)
GL_COMPAT_0_1(sankey_flows_out, gl_sankey_flows_out)
GL_COMPAT_0_1(sankey_flows_recv, gl_sankey_flows_recv)
GL_COMPAT_0_1(sankey_flows_send, gl_sankey_flows_send)
GL_COMPAT_0_1(sankey_links, gl_sankey_links)
GL_COMPAT_0_1(sankey_nodes, gl_sankey_nodes)
GL_COMPAT_0_1(sankey_svg_render, gl_sankey_svg)
GL_COMPAT_0_1(steam_cp, gl_cp)
GL_COMPAT_0_1(steam_cv, gl_cv)
GL_COMPAT_0_1(steam_density, gl_density)
GL_COMPAT_0_1(steam_enthalpy, gl_enthalpy)
GL_COMPAT_0_1(steam_entropy, gl_entropy)
GL_COMPAT_0_1(steam_in, gl_steam_in)
GL_COMPAT_0_1(steam_internal_energy, gl_internal_energy)
GL_COMPAT_0_1(steam_latent_heat, gl_latent_heat)
GL_COMPAT_0_1(steam_out, gl_steam_out)
GL_COMPAT_0_1(steam_ph, gl_steam_ph)
GL_COMPAT_0_1(steam_phase, gl_phase)
GL_COMPAT_0_1(steam_pressure, gl_pressure)
GL_COMPAT_0_1(steam_ps, gl_steam_ps)
GL_COMPAT_0_1(steam_pt, gl_steam_pt)
GL_COMPAT_0_1(steam_px, gl_steam_px)
GL_COMPAT_0_1(steam_quality, gl_quality)
GL_COMPAT_0_1(steam_recv, gl_steam_recv)
GL_COMPAT_0_1(steam_region, gl_region)
GL_COMPAT_0_1(steam_saturation_pressure, gl_saturation_pressure)
GL_COMPAT_0_1(steam_saturation_temperature, gl_saturation_temperature)
GL_COMPAT_0_1(steam_send, gl_steam_send)
GL_COMPAT_0_1(steam_specific_volume, gl_specific_volume)
GL_COMPAT_0_1(steam_speed_of_sound, gl_speed_of_sound)
GL_COMPAT_0_1(steam_temperature, gl_temperature)
GL_COMPAT_0_1(steam_tx, gl_steam_tx)

/* the functions 0.2 replaces by others */
extern PGDLLEXPORT Datum gl_steam_reading(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum gl_steam_energy_loss_state(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum gl_steam_energy_loss_state_feedwater(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum gl_fuel_co2(PG_FUNCTION_ARGS);

/*
 * steam_reading(pressure, pressure_unit, temperature, temperature_unit,
 * 2, 'K'): the state steam_energy_loss_pt computed its loss of (0.1 counted
 * a reading up to 2 K below saturation as saturated steam).  Called without
 * flinfo, so arguments are looked up on every call rather than cached by
 * their position in the caller's expression, which is not this call's.
 */
static Datum
reading_state(FunctionCallInfo fcinfo)
{
	return DirectFunctionCall6(gl_steam_reading,
							   PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
							   PG_GETARG_DATUM(2), PG_GETARG_DATUM(3),
							   Float8GetDatum(2.0),
							   PointerGetDatum(cstring_to_text("K")));
}

/*
 * steam_energy_loss_pt(pressure, pressure_unit, temperature,
 * temperature_unit, leak_rate, leak_rate_unit, hours, basis, out_unit)
 */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_pt);
Datum
gl_steam_energy_loss_pt(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall6(gl_steam_energy_loss_state, reading_state(fcinfo),
							   PG_GETARG_DATUM(4), PG_GETARG_DATUM(5),
							   PG_GETARG_DATUM(6), PG_GETARG_DATUM(7),
							   PG_GETARG_DATUM(8));
}

/*
 * steam_energy_loss_pt(pressure, pressure_unit, temperature,
 * temperature_unit, leak_rate, leak_rate_unit, hours, feedwater_temperature,
 * feedwater_temperature_unit, out_unit)
 */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_pt_fw);
Datum
gl_steam_energy_loss_pt_fw(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall7(gl_steam_energy_loss_state_feedwater,
							   reading_state(fcinfo),
							   PG_GETARG_DATUM(4), PG_GETARG_DATUM(5),
							   PG_GETARG_DATUM(6), PG_GETARG_DATUM(7),
							   PG_GETARG_DATUM(8), PG_GETARG_DATUM(9));
}

/*
 * fuel_co2_kg(fuel_energy, energy_unit, kg_co2_per_unit, per_unit): kg of
 * CO2, fuel_co2(fuel_energy, fuel_energy_unit, co2_factor,
 * co2_factor_per_unit, 'kg')
 */
PG_FUNCTION_INFO_V1(gl_fuel_co2_kg);
Datum
gl_fuel_co2_kg(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall5(gl_fuel_co2,
							   PG_GETARG_DATUM(0), PG_GETARG_DATUM(1),
							   PG_GETARG_DATUM(2), PG_GETARG_DATUM(3),
							   PointerGetDatum(cstring_to_text("kg")));
}
