/*
 * energy_pg.c - SQL functions for steam-trap losses, fuel, cost and CO2.
 *
 * Thin glue over energy.c: arguments are checked and named here, units are
 * resolved through the one unit table, and every failure of the core is
 * reported with its SQLSTATE.  See docs/energy.md.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "energy/energy.h"
#include "steam/steam_pg.h"
#include "units/units_pg.h"


/* Raise the error of a core status; what names the computation. */
static void energy_report(gl_energy_status st, const char *what)
			pg_attribute_noreturn();

static void
energy_report(gl_energy_status st, const char *what)
{
	switch (st)
	{
		case GL_EN_ZERO_DIVISOR:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("%s: %s", what, gl_energy_status_message(st))));
			break;
		case GL_EN_STEAM_FAILED:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("%s: %s", what, gl_energy_status_message(st))));
			break;
		case GL_EN_PRESSURE_HIGH:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s: %s", what, gl_energy_status_message(st)),
					 errdetail("Steam-trap losses are computed for saturated or superheated steam below the critical point.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s: %s", what, gl_energy_status_message(st))));
	}
	pg_unreachable();
}

/* a finite, non-negative float8 argument */
static double
arg_nonneg(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	double		v = PG_GETARG_FLOAT8(argno);

	gl_check_finite(v, argname);
	if (v < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s must not be negative, got %g", argname, v)));
	return v;
}

/* boiler efficiency: a fraction in (0, 1]; zero would divide by zero */
static double
arg_efficiency(FunctionCallInfo fcinfo, int argno)
{
	double		e = PG_GETARG_FLOAT8(argno);

	gl_check_finite(e, "boiler_efficiency");
	if (e == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("boiler_efficiency must not be zero"),
				 errdetail("Fuel energy is steam energy divided by the boiler efficiency.")));
	if (!(e > 0.0 && e <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("boiler_efficiency must be a fraction in (0, 1], got %g", e),
				 e > 1.0 && e <= 100.0 ?
				 errhint("Give the efficiency as a fraction: 0.80, not 80.") : 0));
	return e;
}

/* absolute pressure in MPa from argument argno and its unit in argno + 1 */
static double
arg_pressure(FunctionCallInfo fcinfo, int argno)
{
	double		p = PG_GETARG_FLOAT8(argno);
	const gl_unit *u = gl_unit_arg(fcinfo, argno + 1, GL_DIM_PRESSURE,
								   "pressure_unit");
	double		pm;

	gl_check_finite(p, "pressure");
	pm = gl_unit_to_base(u, p);
	if (!(pm > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pressure %g %s is not above zero absolute pressure",
						p, u->name),
				 (u->flags & GL_UNIT_GAUGE) ?
				 errdetail("A gauge pressure is relative to one standard atmosphere (14.696 psi, 101.325 kPa).") : 0));
	return pm;
}

/*
 * A name argument looked up with find (once per query when constant); raise
 * 22023 listing the names.
 */
static int
arg_name(FunctionCallInfo fcinfo, int argno, const char *argname,
		 int (*find) (const char *, size_t),
		 char *(*list) (char *, size_t))
{
	int			i = gl_choice_arg_legacy(fcinfo, argno, find);

	if (i < 0)
	{
		text	   *t = PG_GETARG_TEXT_PP(argno);
		char		buf[128];

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%.*s\"", argname,
						(int) VARSIZE_ANY_EXHDR(t), VARDATA_ANY(t)),
				 errhint("Valid values: %s.", list(buf, sizeof(buf)))));
	}
	return i;
}

/* ---------------------------------------------------------------------
 * trap_leak_rate(pressure, pressure_unit, orifice_diameter, diameter_unit,
 *				  failure_mode, discharge_coefficient, out_unit, discharge_to)
 * ------------------------------------------------------------------ */
PG_FUNCTION_INFO_V1(gl_trap_leak_rate_sql);
Datum
gl_trap_leak_rate_sql(PG_FUNCTION_ARGS)
{
	double		p = arg_pressure(fcinfo, 0);
	double		d = arg_nonneg(fcinfo, 2, "orifice_diameter");
	const gl_unit *du = gl_unit_arg(fcinfo, 3, GL_DIM_LENGTH, "diameter_unit");
	int			mode = arg_name(fcinfo, 4, "failure_mode", gl_trap_mode_find,
								gl_trap_modes_list);
	double		cd = PG_GETARG_FLOAT8(5);
	const gl_unit *ou = gl_unit_arg(fcinfo, 6, GL_DIM_MASS_FLOW, "out_unit");
	int			discharge = arg_name(fcinfo, 7, "discharge_to",
									 gl_trap_discharge_find,
									 gl_trap_discharges_list);
	double		kg_h = 0;
	gl_energy_status st;

	gl_check_finite(cd, "discharge_coefficient");
	if (!(cd > 0.0 && cd <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("discharge_coefficient must be in (0, 1], got %g", cd),
				 errhint("0.6 gives the \"24.24 P D^2\" form, 0.7291 the DOE Steam Tip Sheet #1 table.")));
	if (!(p > GL_ATM_MPA))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("upstream pressure %g %s is not above atmospheric pressure",
						PG_GETARG_FLOAT8(0),
						gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "pressure_unit")->name),
				 errdetail("Napier's rule gives the flow of steam from an upstream pressure above one standard atmosphere (0 psig)."),
				 errhint("Check that a gauge reading is not given in an absolute unit.")));
	st = gl_trap_leak_rate(p, gl_unit_to_base(du, d), mode, cd, discharge,
						   &kg_h);
	if (st != GL_EN_OK)
		energy_report(st, "trap_leak_rate");
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, kg_h));
}

/* ---------------------------------------------------------------------
 * steam_energy_loss and friends
 * ------------------------------------------------------------------ */

/* energy (out unit) from a rate, its unit, hours and a specific energy */
static double
loss_energy(FunctionCallInfo fcinfo, int rate_arg, int hours_arg,
			int out_arg, double kj_kg)
{
	double		rate = arg_nonneg(fcinfo, rate_arg, "leak_rate");
	const gl_unit *ru = gl_unit_arg(fcinfo, rate_arg + 1, GL_DIM_MASS_FLOW,
									"leak_rate_unit");
	double		hours = arg_nonneg(fcinfo, hours_arg, "hours");
	const gl_unit *ou = gl_unit_arg(fcinfo, out_arg, GL_DIM_ENERGY, "out_unit");
	double		kj = 0;
	gl_energy_status st;

	st = gl_loss_energy(gl_unit_to_base(ru, rate), hours, kj_kg, &kj);
	if (st == GL_EN_OK && !isfinite(gl_unit_from_base(ou, kj)))
		st = GL_EN_OVERFLOW;
	if (st != GL_EN_OK)
		energy_report(st, "steam_energy_loss");
	return gl_unit_from_base(ou, kj);
}

/*
 * The basis argument of the forms without a feedwater temperature: only
 * "latent" can be computed there.
 */
static int
arg_basis_latent(FunctionCallInfo fcinfo, int argno)
{
	int			basis = arg_name(fcinfo, argno, "basis", gl_loss_basis_find,
								 gl_loss_bases_list);

	if (basis == GL_BASIS_FEEDWATER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("basis \"feedwater\" needs the feedwater temperature"),
				 errhint("Pass feedwater_temperature and feedwater_temperature_unit in place of basis, e.g. steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 50, 'degF').")));
	return basis;
}

/* feedwater temperature in K from argument argno and its unit */
static double
arg_feedwater(FunctionCallInfo fcinfo, int argno)
{
	double		t = PG_GETARG_FLOAT8(argno);
	const gl_unit *u = gl_unit_arg(fcinfo, argno + 1, GL_DIM_TEMPERATURE,
								   "feedwater_temperature_unit");

	gl_check_finite(t, "feedwater_temperature");
	return gl_unit_to_base(u, t);
}

/* report a failed specific-energy computation with the inputs */
static void
specific_report(gl_energy_status st, double p,
				double T, double t_fw)
{
	if (st == GL_EN_NOT_STEAM)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("the reading is not steam: %.2f K is more than %g K below the saturation temperature at %.6g MPa",
						T, GL_SAT_TOLERANCE_K, p),
				 errdetail("Water below its saturation temperature is liquid; a reading at most %g K below saturation counts as saturated steam.",
						   GL_SAT_TOLERANCE_K),
				 errhint("Check that the pressure is not a gauge reading given in an absolute unit, and the temperature unit.")));
	if (st == GL_EN_FEEDWATER || (st == GL_EN_TEMPERATURE && isfinite(t_fw)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("feedwater at %.2f K is not liquid water at %.6g MPa",
						t_fw, p),
				 errdetail("The feedwater temperature must lie between 273.15 K and the saturation temperature at the line pressure.")));
	if (st == GL_EN_PRESSURE_LOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pressure %.6g MPa absolute is below the triple-point pressure of water (611.2 Pa)",
						p)));
	energy_report(st, "steam_energy_loss");
}

/* saturated steam at p: latent or feedwater */
static Datum
sat_loss(FunctionCallInfo fcinfo, int basis, double t_fw, int out_arg)
{
	double		p = arg_pressure(fcinfo, 0);
	double		dh = 0;
	gl_energy_status st;

	st = gl_saturated_loss_specific(p, basis, t_fw, &dh);
	if (st != GL_EN_OK)
		specific_report(st, p, NAN, t_fw);
	PG_RETURN_FLOAT8(loss_energy(fcinfo, 2, 4, out_arg, dh));
}

/* steam_energy_loss(pressure, pressure_unit, leak_rate, leak_rate_unit, hours, basis, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss);
Datum
gl_steam_energy_loss(PG_FUNCTION_ARGS)
{
	return sat_loss(fcinfo, arg_basis_latent(fcinfo, 5), NAN, 6);
}

/* steam_energy_loss(pressure, pressure_unit, leak_rate, leak_rate_unit, hours, feedwater_temperature, feedwater_temperature_unit, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_fw);
Datum
gl_steam_energy_loss_fw(PG_FUNCTION_ARGS)
{
	return sat_loss(fcinfo, GL_BASIS_FEEDWATER, arg_feedwater(fcinfo, 5), 7);
}

/* a measured state: rate at arg rate_arg, hours, then basis/feedwater */
static Datum
state_loss(FunctionCallInfo fcinfo, const gl_if97_state *s, int rate_arg,
		   int basis, double t_fw, int out_arg)
{
	double		dh = 0;
	gl_energy_status st;

	st = gl_steam_loss_specific(s, basis, t_fw, GL_SAT_TOLERANCE_K, &dh);
	if (st != GL_EN_OK)
		specific_report(st, s->p, s->T, t_fw);
	PG_RETURN_FLOAT8(loss_energy(fcinfo, rate_arg, rate_arg + 2, out_arg, dh));
}

/* steam_energy_loss(state, leak_rate, leak_rate_unit, hours, basis, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_state);
Datum
gl_steam_energy_loss_state(PG_FUNCTION_ARGS)
{
	gl_if97_state sv;

	gl_steam_get(PG_GETARG_DATUM(0), &sv);
	return state_loss(fcinfo, &sv, 1,
					  arg_basis_latent(fcinfo, 4), NAN, 5);
}

/* steam_energy_loss(state, leak_rate, leak_rate_unit, hours, feedwater_temperature, feedwater_temperature_unit, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_state_fw);
Datum
gl_steam_energy_loss_state_fw(PG_FUNCTION_ARGS)
{
	gl_if97_state sv;

	gl_steam_get(PG_GETARG_DATUM(0), &sv);
	return state_loss(fcinfo, &sv, 1,
					  GL_BASIS_FEEDWATER, arg_feedwater(fcinfo, 4), 6);
}

/* a (p, T) reading as a state, with tolerance tol_k; errors raised here */
static void
reading_state(FunctionCallInfo fcinfo, double tol_k, gl_if97_state *s)
{
	double		p = arg_pressure(fcinfo, 0);
	double		t = PG_GETARG_FLOAT8(2);
	const gl_unit *tu = gl_unit_arg(fcinfo, 3, GL_DIM_TEMPERATURE,
									"temperature_unit");
	double		T;
	gl_energy_status st;

	gl_check_finite(t, "temperature");
	T = gl_unit_to_base(tu, t);
	st = gl_steam_reading(p, T, tol_k, s);
	if (st == GL_EN_NOT_STEAM)
	{
		double		ts = 0;

		(void) gl_if97_tsat_p(p, &ts);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("the reading is not steam: %g %s is %.3g K below the saturation temperature %.6g %s at %g %s",
						t, tu->name, ts - T, gl_unit_from_base(tu, ts),
						tu->name, PG_GETARG_FLOAT8(0),
						gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "pressure_unit")->name),
				 errdetail("Water below its saturation temperature is liquid; a reading at most %g K below saturation counts as saturated steam.",
						   tol_k),
				 errhint("Check that the pressure is not a gauge reading given in an absolute unit, and the temperature unit.")));
	}
	if (st == GL_EN_TEMPERATURE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("temperature %g %s is outside the range of IAPWS-IF97",
						t, tu->name)));
	if (st != GL_EN_OK)
		specific_report(st, p, T, NAN);
}

/* steam_energy_loss_pt(p, pu, t, tu, leak_rate, leak_rate_unit, hours, basis, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_pt);
Datum
gl_steam_energy_loss_pt(PG_FUNCTION_ARGS)
{
	gl_if97_state	s;
	int			basis = arg_basis_latent(fcinfo, 7);

	reading_state(fcinfo, GL_SAT_TOLERANCE_K, &s);
	return state_loss(fcinfo, &s, 4, basis, NAN, 8);
}

/* steam_energy_loss_pt(p, pu, t, tu, leak_rate, leak_rate_unit, hours, fw_t, fw_unit, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_pt_fw);
Datum
gl_steam_energy_loss_pt_fw(PG_FUNCTION_ARGS)
{
	gl_if97_state	s;
	double		t_fw = arg_feedwater(fcinfo, 7);

	reading_state(fcinfo, GL_SAT_TOLERANCE_K, &s);
	return state_loss(fcinfo, &s, 4, GL_BASIS_FEEDWATER, t_fw, 9);
}

/* steam_reading(p, pu, t, tu, saturation_tolerance, tolerance_unit) returns steam */
PG_FUNCTION_INFO_V1(gl_steam_reading_sql);
Datum
gl_steam_reading_sql(PG_FUNCTION_ARGS)
{
	double		tol = arg_nonneg(fcinfo, 4, "saturation_tolerance");
	const gl_unit *tolu = gl_unit_arg(fcinfo, 5, GL_DIM_TEMPERATURE,
									  "tolerance_unit");
	gl_if97_state s;

	/* a temperature difference: the unit's scale, not its offset */
	reading_state(fcinfo, tol * tolu->num / tolu->den, &s);
	PG_RETURN_DATUM(gl_steam_datum(&s));
}

/* ---------------------------------------------------------------------
 * Fuel, cost, CO2
 * ------------------------------------------------------------------ */

/* value converted between two units; an overflow is an error */
static double
converted(const gl_unit *from, const gl_unit *to, double v)
{
	double		r = gl_unit_convert(from, to, v);

	if (!isfinite(r))
		energy_report(GL_EN_OVERFLOW, "unit conversion");
	return r;
}

/* fuel_energy(energy, energy_unit, boiler_efficiency, out_unit) */
PG_FUNCTION_INFO_V1(gl_fuel_energy_sql);
Datum
gl_fuel_energy_sql(PG_FUNCTION_ARGS)
{
	double		e = arg_nonneg(fcinfo, 0, "energy");
	const gl_unit *eu = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "energy_unit");
	double		eff = arg_efficiency(fcinfo, 2);
	const gl_unit *ou = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "out_unit");
	double		fuel = 0;
	gl_energy_status st;

	st = gl_fuel_energy(converted(eu, ou, e), eff, &fuel);
	if (st != GL_EN_OK)
		energy_report(st, "fuel_energy");
	PG_RETURN_FLOAT8(fuel);
}

/* quantity (argument 0, unit 1, dimension dim) times a price per unit (2, 3) */
static Datum
priced(FunctionCallInfo fcinfo, gl_dimension dim, const char *qname,
	   double quantity, const gl_unit *qu, int price_arg)
{
	double		price = arg_nonneg(fcinfo, price_arg, "price");
	const gl_unit *pu = gl_unit_arg(fcinfo, price_arg + 1, dim,
									"price_per_unit");
	double		cost = 0;
	gl_energy_status st;

	st = gl_priced(converted(qu, pu, quantity), price, &cost);
	if (st != GL_EN_OK)
		energy_report(st, qname);
	PG_RETURN_FLOAT8(cost);
}

/* energy_cost(energy, energy_unit, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_energy_cost);
Datum
gl_energy_cost(PG_FUNCTION_ARGS)
{
	double		e = arg_nonneg(fcinfo, 0, "energy");
	const gl_unit *eu = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "energy_unit");

	return priced(fcinfo, GL_DIM_ENERGY, "energy_cost", e, eu, 2);
}

/* steam_cost(mass, mass_unit, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_steam_cost_mass);
Datum
gl_steam_cost_mass(PG_FUNCTION_ARGS)
{
	double		m = arg_nonneg(fcinfo, 0, "mass");
	const gl_unit *mu = gl_unit_arg(fcinfo, 1, GL_DIM_MASS, "mass_unit");

	return priced(fcinfo, GL_DIM_MASS, "steam_cost", m, mu, 2);
}

/* steam_cost(leak_rate, leak_rate_unit, hours, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_steam_cost_rate);
Datum
gl_steam_cost_rate(PG_FUNCTION_ARGS)
{
	double		rate = arg_nonneg(fcinfo, 0, "leak_rate");
	const gl_unit *ru = gl_unit_arg(fcinfo, 1, GL_DIM_MASS_FLOW,
									"leak_rate_unit");
	double		hours = arg_nonneg(fcinfo, 2, "hours");
	double		kg = 0;
	gl_energy_status st;

	/* kg = (kg/h) * h */
	st = gl_priced(gl_unit_to_base(ru, rate), hours, &kg);
	if (st != GL_EN_OK)
		energy_report(st, "steam_cost");
	return priced(fcinfo, GL_DIM_MASS, "steam_cost", kg,
				  gl_unit_base(GL_DIM_MASS), 3);
}

/*
 * steam_unit_cost(specific_energy, specific_energy_unit, fuel_price,
 *				   fuel_price_per_unit, boiler_efficiency, per_unit)
 *
 * Price of per_unit (a mass) of steam: the energy in it, divided by the
 * boiler efficiency, at the fuel price.
 */
PG_FUNCTION_INFO_V1(gl_steam_unit_cost_sql);
Datum
gl_steam_unit_cost_sql(PG_FUNCTION_ARGS)
{
	double		se = arg_nonneg(fcinfo, 0, "specific_energy");
	const gl_unit *seu = gl_unit_arg(fcinfo, 1, GL_DIM_SPECIFIC_ENERGY,
									 "specific_energy_unit");
	double		price = arg_nonneg(fcinfo, 2, "fuel_price");
	const gl_unit *pu = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY,
									"fuel_price_per_unit");
	double		eff = arg_efficiency(fcinfo, 4);
	const gl_unit *mu = gl_unit_arg(fcinfo, 5, GL_DIM_MASS, "per_unit");
	double		kj;
	double		cost = 0;
	gl_energy_status st;

	/* kJ in one per_unit of steam, then in the fuel price's unit */
	kj = gl_unit_to_base(seu, se) * gl_unit_to_base(mu, 1.0);
	st = gl_steam_unit_cost(converted(gl_unit_base(GL_DIM_ENERGY), pu, kj),
							price, eff, &cost);
	if (st != GL_EN_OK)
		energy_report(st, "steam_unit_cost");
	PG_RETURN_FLOAT8(cost);
}

/* fuel_co2_kg(fuel_energy, energy_unit, kg_co2_per_unit, per_unit) */
PG_FUNCTION_INFO_V1(gl_fuel_co2_kg);
Datum
gl_fuel_co2_kg(PG_FUNCTION_ARGS)
{
	double		e = arg_nonneg(fcinfo, 0, "fuel_energy");
	const gl_unit *eu = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "energy_unit");
	double		factor = arg_nonneg(fcinfo, 2, "kg_co2_per_unit");
	const gl_unit *pu = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "per_unit");
	double		kg = 0;
	gl_energy_status st;

	st = gl_priced(converted(eu, pu, e), factor, &kg);
	if (st != GL_EN_OK)
		energy_report(st, "fuel_co2_kg");
	PG_RETURN_FLOAT8(kg);
}
