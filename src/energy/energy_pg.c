/*
 * energy_pg.c - SQL functions for steam-trap losses, fuel, cost and CO2.
 *
 * Glue over energy.c: arguments are checked for finiteness, units and
 * names resolved (once per query when constant), values converted to the
 * core's units, and a failed core status reported with the argument it is
 * about, as the user gave it.  See docs/energy.md.
 */
#include "base/base_pg.h"

#include "energy/energy.h"
#include "steam/steam_pg.h"
#include "units/units_pg.h"

/* ---------------------------------------------------------------------
 * Reporting a core status
 * ------------------------------------------------------------------ */

/*
 * An input of a core call: the argument name its descriptors use (role),
 * the SQL argument it came from (NULL: the same name), the value as the
 * user gave it and its unit (NULL: none).
 */
typedef struct en_input
{
	const char *role;
	const char *sql;
	double		value;
	const gl_unit *unit;
} en_input;

#define EN_N(a) ((int) (sizeof(a) / sizeof((a)[0])))

/*
 * Report status st of a core call on inputs in[0..n-1] of SQL function fn.
 * The input the status is about fills {arg} and {name} (its value and
 * unit, as float8 output shows the value); {extra} is the saturation
 * temperature at p (MPa) in that input's unit for the statuses that compare
 * with it, else fn.
 */
GL_NORETURN static void
en_raise(gl_energy_status st, const en_input *in, int n, const char *fn,
		 double p)
{
	const gl_status *d = gl_status_find(&gl_energy_statuses, st);
	const en_input *what = NULL;
	gl_status_args a = {0};
	char		shown[96] = "";
	char		extra[96];
	int			i;

	for (i = 0; d != NULL && d->arg != NULL && i < n; i++)
		if (strcmp(d->arg, in[i].role) == 0)
			what = &in[i];
	if (what != NULL)
	{
		a.arg = what->sql ? what->sql : what->role;
		gl_unit_shown(shown, sizeof(shown), what->value, what->unit);
		a.name = shown;
		a.namelen = strlen(shown);
	}
	a.extra = fn;
	if ((st == GL_EN_NOT_STEAM || st == GL_EN_FEEDWATER_HOT) &&
		what != NULL && what->unit != NULL)
	{
		double		ts;

		if (gl_if97_tsat_p(p, &ts) == GL_IF97_OK)
		{
			snprintf(extra, sizeof(extra), "%.6g %s",
					 gl_unit_from_base(what->unit, ts), what->unit->name);
			a.extra = extra;
		}
	}
	gl_raise(&gl_energy_statuses, st, &a);
}

/* a result converted from the core's unit to out; an overflow is an error */
static double
en_out(const gl_unit *out, double v, const char *fn)
{
	double		r = gl_unit_from_base(out, v);

	if (!isfinite(r))
		en_raise(GL_EN_OVERFLOW, NULL, 0, fn, NAN);
	return r;
}

/* ---------------------------------------------------------------------
 * trap_leak_rate(pressure, pressure_unit, orifice_diameter,
 *				  orifice_diameter_unit, failure_mode, discharge_coefficient,
 *				  out_unit, discharge_to)
 * ------------------------------------------------------------------ */
PG_FUNCTION_INFO_V1(gl_trap_leak_rate);
Datum
gl_trap_leak_rate(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	double		d = PG_GETARG_FLOAT8(2);
	double		cd = PG_GETARG_FLOAT8(5);
	const gl_unit *pu;
	const gl_unit *du;
	const gl_unit *ou;
	int			mode;
	int			discharge;
	double		kg_h = 0;
	gl_energy_status st;

	gl_check_finite(p, "pressure");
	gl_check_finite(d, "orifice_diameter");
	gl_check_finite(cd, "discharge_coefficient");
	pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "pressure_unit");
	du = gl_unit_arg(fcinfo, 3, GL_DIM_LENGTH, "orifice_diameter_unit");
	mode = gl_choice_arg(fcinfo, 4, &gl_energy_failure_modes, "failure_mode");
	ou = gl_unit_arg(fcinfo, 6, GL_DIM_MASS_FLOW, "out_unit");
	discharge = gl_choice_arg(fcinfo, 7, &gl_energy_discharges, "discharge_to");

	st = gl_energy_trap_leak_rate(gl_unit_to_base(pu, p),
								  gl_unit_to_base(du, d), mode, cd, discharge,
								  &kg_h);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"pressure", NULL, p, pu},
			{"orifice_diameter", NULL, d, du},
			{"discharge_coefficient", NULL, cd, NULL},
		};

		en_raise(st, in, EN_N(in), "trap_leak_rate", NAN);
	}
	PG_RETURN_FLOAT8(en_out(ou, kg_h, "trap_leak_rate"));
}

/* ---------------------------------------------------------------------
 * steam_energy_loss and steam_reading
 * ------------------------------------------------------------------ */

/* the arguments every steam_energy_loss has: leak rate, hours, out unit */
typedef struct loss_args
{
	double		rate;
	const gl_unit *rate_unit;
	double		hours;
	const gl_unit *out;
} loss_args;

static void
get_loss_args(FunctionCallInfo fcinfo, int rate_arg, int out_arg,
			  loss_args *la)
{
	la->rate = PG_GETARG_FLOAT8(rate_arg);
	la->hours = PG_GETARG_FLOAT8(rate_arg + 2);
	gl_check_finite(la->rate, "leak_rate");
	gl_check_finite(la->hours, "hours");
	la->rate_unit = gl_unit_arg(fcinfo, rate_arg + 1, GL_DIM_MASS_FLOW,
								"leak_rate_unit");
	la->out = gl_unit_arg(fcinfo, out_arg, GL_DIM_ENERGY, "out_unit");
}

/* energy in the out unit: leak rate x hours x the specific energy */
static Datum
loss_result(const loss_args *la, double kj_kg)
{
	double		kj = 0;
	gl_energy_status st;

	st = gl_energy_loss(gl_unit_to_base(la->rate_unit, la->rate), la->hours,
						kj_kg, &kj);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"leak_rate", NULL, la->rate, la->rate_unit},
			{"hours", NULL, la->hours, NULL},
		};

		en_raise(st, in, EN_N(in), "steam_energy_loss", NAN);
	}
	return Float8GetDatum(en_out(la->out, kj, "steam_energy_loss"));
}

/* the feedwater temperature of argument argno (unit argno + 1) */
typedef struct feedwater_arg
{
	double		value;			/* as given; NaN: none */
	const gl_unit *unit;
	double		kelvin;			/* NaN: none */
} feedwater_arg;

static void
get_feedwater(FunctionCallInfo fcinfo, int argno, feedwater_arg *fw)
{
	fw->value = NAN;
	fw->unit = NULL;
	fw->kelvin = NAN;
	if (argno < 0)
		return;
	fw->value = PG_GETARG_FLOAT8(argno);
	gl_check_finite(fw->value, "feedwater_temperature");
	fw->unit = gl_unit_arg(fcinfo, argno + 1, GL_DIM_TEMPERATURE,
						   "feedwater_temperature_unit");
	fw->kelvin = gl_unit_to_base(fw->unit, fw->value);
}

/*
 * What a call site of steam_energy_loss on a pressure works out once.  When
 * its texts (units, basis) and feedwater temperature are constants
 * (gl_arg_const), their resolutions after the first row, so that a row
 * reads no text; when
 * the leak rate and hours are constants too, the result depends on the
 * pressure alone, and the memo keeps results keyed on the pressure as given
 * (a repeated header pressure costs one look-up).  Otherwise the memo keeps
 * the specific energy keyed on the pressure in MPa, basis and feedwater
 * temperature.  Either way a remembered value is the one computed.
 */
typedef struct loss_site
{
	bool		checked;		/* constness of the arguments looked at */
	bool		constant;		/* texts and feedwater temperature */
	bool		whole;			/* and leak rate and hours */
	bool		resolved;		/* the fields below hold */
	const gl_unit *pu;
	loss_args	la;				/* units only (rate and hours: per row) */
	feedwater_arg fw;
	int			basis;
} loss_site;

static bool
args_const(FunctionCallInfo fcinfo, int from, int to)
{
	int			i;

	for (i = from; i <= to; i++)
		if (!gl_arg_const(fcinfo, i))
			return false;
	return true;
}

/*
 * Dry saturated steam at the pressure of arguments 0 and 1; leak rate 2-3,
 * hours 4; the basis argument basis_arg or the feedwater temperature
 * fw_arg (-1 for the one not given); out unit out_arg.
 */
static pg_noinline Datum
saturated_loss(FunctionCallInfo fcinfo, loss_site *ls, int basis_arg,
			   int fw_arg, int out_arg)
{
	loss_site	a;
	double		p = PG_GETARG_FLOAT8(0);
	double		pm;
	double		dh = 0;
	double		key[GL_MEMO_KEY] = {0};
	Datum		r;
	gl_energy_status st;

	if (ls != NULL && unlikely(!ls->checked))
	{
		ls->constant = args_const(fcinfo, out_arg, out_arg) &&
			(fw_arg < 0 || args_const(fcinfo, fw_arg, fw_arg + 1)) &&
			(basis_arg < 0 || args_const(fcinfo, basis_arg, basis_arg)) &&
			args_const(fcinfo, 1, 1) && args_const(fcinfo, 3, 3);
		ls->whole = ls->constant && args_const(fcinfo, 2, 2) &&
			args_const(fcinfo, 4, 4);
		ls->checked = true;
	}
	if (ls != NULL && ls->resolved)
	{
		a = *ls;
		gl_check_finite(p, "pressure");
		a.la.rate = PG_GETARG_FLOAT8(2);
		a.la.hours = PG_GETARG_FLOAT8(4);
		gl_check_finite(a.la.rate, "leak_rate");
		gl_check_finite(a.la.hours, "hours");
	}
	else
	{
		a.basis = GL_BASIS_FEEDWATER;
		gl_check_finite(p, "pressure");
		get_loss_args(fcinfo, 2, out_arg, &a.la);
		get_feedwater(fcinfo, fw_arg, &a.fw);
		a.pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "pressure_unit");
		if (basis_arg >= 0)
			a.basis = gl_choice_arg(fcinfo, basis_arg, &gl_energy_bases, "basis");
	}

	pm = gl_unit_to_base(a.pu, p);
	key[0] = pm;
	key[1] = a.basis;
	key[2] = a.fw.kelvin;
	/* few distinct header pressures: remembered per query (base_pg.h) */
	if (ls != NULL && !ls->whole && gl_memo_get(fcinfo, key, &dh))
		st = GL_EN_OK;
	else
	{
		st = gl_energy_saturated_specific(pm, a.basis, a.fw.kelvin, &dh);
		if (st == GL_EN_OK && ls != NULL && !ls->whole)
			gl_memo_put(fcinfo, key, dh);
	}
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"pressure", NULL, p, a.pu},
			{"feedwater_temperature", NULL, a.fw.value, a.fw.unit},
		};

		en_raise(st, in, EN_N(in), "steam_energy_loss", pm);
	}
	r = loss_result(&a.la, dh);
	if (ls != NULL && ls->constant && !ls->resolved)
	{
		a.checked = true;
		a.constant = true;
		a.whole = ls->whole;
		a.resolved = true;
		*ls = a;
	}
	if (ls != NULL && ls->whole)
	{
		key[0] = p;
		key[1] = key[2] = 0;
		gl_memo_put(fcinfo, key, DatumGetFloat8(r));
	}
	return r;
}

/*
 * The result remembered for this row's pressure at a call site whose other
 * arguments are all constants (loss_site): a repeated header pressure
 * costs this look-up and no more; else saturated_loss.
 */
static pg_attribute_always_inline Datum
pressure_loss(FunctionCallInfo fcinfo, int basis_arg, int fw_arg, int out_arg)
{
	loss_site  *ls = gl_site_data(fcinfo, sizeof(loss_site));
	double		key[GL_MEMO_KEY] = {0};
	double		r;

	if (likely(ls != NULL) && ls->whole)
	{
		key[0] = PG_GETARG_FLOAT8(0);
		if (gl_memo_get(fcinfo, key, &r))
			return Float8GetDatum(r);
	}
	return saturated_loss(fcinfo, ls, basis_arg, fw_arg, out_arg);
}

/* steam_energy_loss(pressure, pressure_unit, leak_rate, leak_rate_unit, hours, basis, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss);
Datum
gl_steam_energy_loss(PG_FUNCTION_ARGS)
{
	return pressure_loss(fcinfo, 5, -1, 6);
}

/* steam_energy_loss(pressure, pressure_unit, leak_rate, leak_rate_unit, hours, feedwater_temperature, feedwater_temperature_unit, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_feedwater);
Datum
gl_steam_energy_loss_feedwater(PG_FUNCTION_ARGS)
{
	return pressure_loss(fcinfo, -1, 5, 7);
}

/*
 * Steam in the state of argument 0; leak rate 1-2, hours 3; basis_arg or
 * fw_arg as for saturated_loss; out unit out_arg.
 */
static Datum
state_loss(FunctionCallInfo fcinfo, int basis_arg, int fw_arg, int out_arg)
{
	gl_if97_state s;
	loss_args	la;
	feedwater_arg fw;
	int			basis = GL_BASIS_FEEDWATER;
	double		dh = 0;
	gl_energy_status st;

	gl_steam_get(PG_GETARG_DATUM(0), &s);
	get_loss_args(fcinfo, 1, out_arg, &la);
	get_feedwater(fcinfo, fw_arg, &fw);
	if (basis_arg >= 0)
		basis = gl_choice_arg(fcinfo, basis_arg, &gl_energy_bases, "basis");

	st = gl_energy_state_specific(&s, basis, fw.kelvin, GL_SAT_TOLERANCE_K,
								  &dh);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"pressure", "pressure of state", gl_energy_shown(s.p),
			gl_unit_base(GL_DIM_PRESSURE)},
			{"temperature", "temperature of state", gl_energy_shown(s.T),
			gl_unit_base(GL_DIM_TEMPERATURE)},
			{"feedwater_temperature", NULL, fw.value, fw.unit},
		};

		en_raise(st, in, EN_N(in), "steam_energy_loss", s.p);
	}
	return loss_result(&la, dh);
}

/* steam_energy_loss(state, leak_rate, leak_rate_unit, hours, basis, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_state);
Datum
gl_steam_energy_loss_state(PG_FUNCTION_ARGS)
{
	return state_loss(fcinfo, 4, -1, 5);
}

/* steam_energy_loss(state, leak_rate, leak_rate_unit, hours, feedwater_temperature, feedwater_temperature_unit, out_unit) */
PG_FUNCTION_INFO_V1(gl_steam_energy_loss_state_feedwater);
Datum
gl_steam_energy_loss_state_feedwater(PG_FUNCTION_ARGS)
{
	return state_loss(fcinfo, -1, 4, 6);
}

/*
 * steam_reading(pressure, pressure_unit, temperature, temperature_unit,
 *				 saturation_tolerance, saturation_tolerance_unit) returns steam
 */
PG_FUNCTION_INFO_V1(gl_steam_reading);
Datum
gl_steam_reading(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	double		t = PG_GETARG_FLOAT8(2);
	double		tol = PG_GETARG_FLOAT8(4);
	const gl_unit *pu;
	const gl_unit *tu;
	const gl_unit *tolu;
	double		pm;
	gl_if97_state s;
	gl_energy_status st;

	gl_check_finite(p, "pressure");
	gl_check_finite(t, "temperature");
	gl_check_finite(tol, "saturation_tolerance");
	pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "pressure_unit");
	tu = gl_unit_arg(fcinfo, 3, GL_DIM_TEMPERATURE, "temperature_unit");
	tolu = gl_unit_arg(fcinfo, 5, GL_DIM_TEMPERATURE,
					   "saturation_tolerance_unit");

	pm = gl_unit_to_base(pu, p);
	/* the tolerance is a temperature difference: the unit's scale only */
	st = gl_energy_reading(pm, gl_unit_to_base(tu, t),
						   tol * tolu->num / tolu->den, &s);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"pressure", NULL, p, pu},
			{"temperature", NULL, t, tu},
			{"saturation_tolerance", NULL, tol, tolu},
		};

		en_raise(st, in, EN_N(in), "steam_reading", pm);
	}
	PG_RETURN_DATUM(gl_steam_datum(&s));
}

/* ---------------------------------------------------------------------
 * Fuel, cost, CO2
 * ------------------------------------------------------------------ */

/* fuel_energy(energy, energy_unit, boiler_efficiency, out_unit) */
PG_FUNCTION_INFO_V1(gl_fuel_energy);
Datum
gl_fuel_energy(PG_FUNCTION_ARGS)
{
	double		e = PG_GETARG_FLOAT8(0);
	double		eff = PG_GETARG_FLOAT8(2);
	const gl_unit *eu;
	const gl_unit *ou;
	double		fuel = 0;
	gl_energy_status st;

	gl_check_finite(e, "energy");
	gl_check_finite(eff, "boiler_efficiency");
	eu = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "energy_unit");
	ou = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "out_unit");

	st = gl_energy_fuel(gl_unit_convert(eu, ou, e), eff, &fuel);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"quantity", "energy", e, eu},
			{"boiler_efficiency", NULL, eff, NULL},
		};

		en_raise(st, in, EN_N(in), "fuel_energy", NAN);
	}
	PG_RETURN_FLOAT8(fuel);
}

/*
 * quantity (in unit qu; shown to the user as q, role "quantity") times the
 * price of argument price_arg (named pname) per a unit of dimension dim
 * (argument price_arg + 1, named puname)
 */
static double
priced(FunctionCallInfo fcinfo, const char *fn, const en_input *q,
	   double quantity, const gl_unit *qu, int price_arg, const char *pname,
	   const char *puname, gl_dimension dim)
{
	double		price = PG_GETARG_FLOAT8(price_arg);
	const gl_unit *pu;
	double		cost = 0;
	gl_energy_status st;

	gl_check_finite(price, pname);
	pu = gl_unit_arg(fcinfo, price_arg + 1, dim, puname);
	st = gl_energy_priced(gl_unit_convert(qu, pu, quantity), price, &cost);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {*q, {"price", pname, price, NULL}};

		en_raise(st, in, EN_N(in), fn, NAN);
	}
	return cost;
}

/*
 * A quantity (argument 0, named qname, in the unit of argument 1, named
 * quname, of dimension dim) times its price (argument 2, named pname) per
 * a unit (argument 3, named puname)
 */
static double
quantity_priced(FunctionCallInfo fcinfo, const char *fn, const char *qname,
				const char *quname, const char *pname, const char *puname,
				gl_dimension dim)
{
	double		v = PG_GETARG_FLOAT8(0);
	const gl_unit *u;
	en_input	q;

	gl_check_finite(v, qname);
	u = gl_unit_arg(fcinfo, 1, dim, quname);
	q = (en_input) {"quantity", qname, v, u};
	return priced(fcinfo, fn, &q, v, u, 2, pname, puname, dim);
}

/* energy_cost(energy, energy_unit, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_energy_cost);
Datum
gl_energy_cost(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(quantity_priced(fcinfo, "energy_cost", "energy",
									 "energy_unit", "price", "price_per_unit",
									 GL_DIM_ENERGY));
}

/* steam_cost(mass, mass_unit, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_steam_cost_mass);
Datum
gl_steam_cost_mass(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(quantity_priced(fcinfo, "steam_cost", "mass", "mass_unit",
									 "price", "price_per_unit", GL_DIM_MASS));
}

/* steam_cost(leak_rate, leak_rate_unit, hours, price, price_per_unit) */
PG_FUNCTION_INFO_V1(gl_steam_cost_rate);
Datum
gl_steam_cost_rate(PG_FUNCTION_ARGS)
{
	double		rate = PG_GETARG_FLOAT8(0);
	double		hours = PG_GETARG_FLOAT8(2);
	const gl_unit *ru;
	double		kg = 0;
	gl_energy_status st;
	en_input	in[2];

	gl_check_finite(rate, "leak_rate");
	gl_check_finite(hours, "hours");
	ru = gl_unit_arg(fcinfo, 1, GL_DIM_MASS_FLOW, "leak_rate_unit");
	in[0] = (en_input) {"quantity", "leak_rate", rate, ru};
	in[1] = (en_input) {"price", "hours", hours, NULL};

	/* kg = (kg/h) * h */
	st = gl_energy_priced(gl_unit_to_base(ru, rate), hours, &kg);
	if (st != GL_EN_OK)
		en_raise(st, in, EN_N(in), "steam_cost", NAN);
	PG_RETURN_FLOAT8(priced(fcinfo, "steam_cost", &in[0], kg,
							gl_unit_base(GL_DIM_MASS), 3, "price",
							"price_per_unit", GL_DIM_MASS));
}

/*
 * steam_unit_cost(specific_energy, specific_energy_unit, fuel_price,
 *				   fuel_price_per_unit, boiler_efficiency, out_unit)
 *
 * Price of out_unit (a mass) of steam: the energy in it, divided by the
 * boiler efficiency, at the fuel price.
 */
PG_FUNCTION_INFO_V1(gl_steam_unit_cost);
Datum
gl_steam_unit_cost(PG_FUNCTION_ARGS)
{
	double		se = PG_GETARG_FLOAT8(0);
	double		price = PG_GETARG_FLOAT8(2);
	double		eff = PG_GETARG_FLOAT8(4);
	const gl_unit *seu;
	const gl_unit *pu;
	const gl_unit *mu;
	double		kj;
	double		cost = 0;
	gl_energy_status st;

	gl_check_finite(se, "specific_energy");
	gl_check_finite(price, "fuel_price");
	gl_check_finite(eff, "boiler_efficiency");
	seu = gl_unit_arg(fcinfo, 1, GL_DIM_SPECIFIC_ENERGY, "specific_energy_unit");
	pu = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "fuel_price_per_unit");
	mu = gl_unit_arg(fcinfo, 5, GL_DIM_MASS, "out_unit");

	/* kJ in one out_unit of steam, then in the fuel price's unit */
	kj = gl_unit_to_base(seu, se) * gl_unit_to_base(mu, 1.0);
	st = gl_energy_steam_unit_cost(gl_unit_convert(gl_unit_base(GL_DIM_ENERGY),
												   pu, kj),
								   price, eff, &cost);
	if (st != GL_EN_OK)
	{
		en_input	in[] = {
			{"quantity", "specific_energy", se, seu},
			{"price", "fuel_price", price, NULL},
			{"boiler_efficiency", NULL, eff, NULL},
		};

		en_raise(st, in, EN_N(in), "steam_unit_cost", NAN);
	}
	PG_RETURN_FLOAT8(cost);
}

/*
 * fuel_co2(fuel_energy, fuel_energy_unit, co2_factor, co2_factor_per_unit,
 *			out_unit): the factor is kg of CO2 per co2_factor_per_unit
 */
PG_FUNCTION_INFO_V1(gl_fuel_co2);
Datum
gl_fuel_co2(PG_FUNCTION_ARGS)
{
	double		kg = quantity_priced(fcinfo, "fuel_co2", "fuel_energy",
									 "fuel_energy_unit", "co2_factor",
									 "co2_factor_per_unit", GL_DIM_ENERGY);
	const gl_unit *ou = gl_unit_arg(fcinfo, 4, GL_DIM_MASS, "out_unit");

	PG_RETURN_FLOAT8(en_out(ou, kg, "fuel_co2"));
}
