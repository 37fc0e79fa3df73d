/*
 * steam_pg.c - the SQL type steam and the steam property functions.
 *
 * A steam value is an gl_if97_state: pressure, temperature, quality (for a
 * two-phase state) and region, plus the density the core found (needed in
 * region 3).  It is built only by the IF97 core, from validated inputs, so a
 * stored value is always a valid state.  Properties are computed from it on
 * demand.
 */
#include "steam/steam_pg.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "steam/if97.h"
#include "steam/steam_text.h"
#include "units/units_pg.h"


/* relative tolerance of T against Tsat(p) in the text form of a two-phase state */
#define SAT_T_TOLERANCE 1e-9

static const char *const valid_range_detail =
"IAPWS-IF97 covers 273.15 K <= T <= 1073.15 K at 0 < p <= 100 MPa, "
"and 1073.15 K < T <= 2273.15 K at 0 < p <= 50 MPa.";

/*
 * Raise the SQL error for a failed IF97 call.  inputs says what the caller
 * was given, in the user's units (e.g. "p = 150 psig, T = 300 degF"); si
 * says the same in MPa/K/kJ/kg where that helps.
 */
static void steam_report(gl_if97_status st, const char *inputs, const char *si)
			pg_attribute_noreturn();

static void
steam_report(gl_if97_status st, const char *inputs, const char *si)
{
	switch (st)
	{
		case GL_IF97_E_NONFINITE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("steam state inputs must be finite numbers: %s",
							inputs)));
			break;
		case GL_IF97_E_PRESSURE:
		case GL_IF97_E_TEMPERATURE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s out of the range of IAPWS-IF97: %s",
							st == GL_IF97_E_PRESSURE ? "pressure" : "temperature",
							inputs),
					 errdetail("The state is %s. %s", si, valid_range_detail)));
			break;
		case GL_IF97_E_QUALITY:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("vapor quality out of range: %s", inputs),
					 errdetail("Quality x is the vapor mass fraction, between 0 (saturated liquid) and 1 (saturated vapor).")));
			break;
		case GL_IF97_E_SATURATION_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("no saturation state at %s", inputs),
					 errdetail("The saturation line runs from the triple point (273.15 K, 611.213 Pa) to the critical point (647.096 K, 22.064 MPa); the input is %s.",
							   si)));
			break;
		case GL_IF97_E_ON_SATURATION:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("state %s is on the saturation line, where pressure and temperature do not fix the state",
							inputs),
					 errhint("Use steam_px(p, unit, x) with x = 0 for saturated liquid or x = 1 for saturated vapor.")));
			break;
		case GL_IF97_E_ENTHALPY:
		case GL_IF97_E_ENTROPY:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s out of the range of IAPWS-IF97 at this pressure: %s",
							st == GL_IF97_E_ENTHALPY ? "enthalpy" : "entropy",
							inputs),
					 errdetail("The input is %s; the state it names would lie outside the range. %s",
							   si, valid_range_detail)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("IAPWS-IF97 computation failed for %s: %s",
							inputs, gl_if97_status_message(st))));
	}
	pg_unreachable();
}

Datum
gl_steam_datum(const gl_if97_state *st)
{
	GlSteamStored *res = palloc0(sizeof(GlSteamStored));

	res->p = st->p;
	res->T = st->T;
	res->rho = st->rho;
	res->x = st->x;
	res->region = st->region;
	return PointerGetDatum(res);
}

void
gl_steam_get(Datum d, gl_if97_state *out)
{
	const GlSteamStored *s = (const GlSteamStored *) DatumGetPointer(d);

	out->p = s->p;
	out->T = s->T;
	out->rho = s->rho;
	out->x = s->x;
	out->region = s->region;
}

static inline const gl_if97_state *
steam_arg(Datum d, gl_if97_state *buf)
{
	gl_steam_get(d, buf);
	return buf;
}

static void *
steam_copy_out(const gl_if97_state *st)
{
	return DatumGetPointer(gl_steam_datum(st));
}

/* "150 psig" from value and unit */
static char *
value_text(double v, const gl_unit *u)
{
	return psprintf("%g %s", v, u->name);
}

/* the pairs of inputs that fix a state */
typedef enum steam_input
{
	IN_PT, IN_PX, IN_TX, IN_PH, IN_PS
} steam_input;

static const char *const input_names[][2] = {
	{"p", "T"}, {"p", "x"}, {"T", "x"}, {"p", "h"}, {"p", "s"}
};

/*
 * What the caller was given, in its own units, for error messages only:
 * either the text the state was read from, or two values with their units
 * (unit NULL for the quality x).  Formatted only when an error is raised, so
 * the per-row path does no string work.
 */
typedef struct steam_given
{
	const char *text;
	double		value[2];
	const gl_unit *unit[2];
} steam_given;

static char *
given_text(steam_input kind, const steam_given *g)
{
	StringInfoData buf;
	int			i;

	if (g->text)
		return pstrdup(g->text);
	initStringInfo(&buf);
	for (i = 0; i < 2; i++)
	{
		appendStringInfo(&buf, "%s%s = %g", i ? ", " : "", input_names[kind][i],
						 g->value[i]);
		if (g->unit[i])
			appendStringInfo(&buf, " %s", g->unit[i]->name);
	}
	return buf.data;
}

/*
 * Build a state from one of the input pairs; a and b are in MPa, K, kJ/kg
 * or kJ/(kg*K); g says what the user gave, for messages.
 */
static gl_if97_state *
steam_build(steam_input kind, double a, double b, const steam_given *g)
{
	gl_if97_state	st;
	gl_if97_status rc;
	const char *si;

	switch (kind)
	{
		case IN_PT:
			rc = gl_if97_state_pt(a, b, &st);
			break;
		case IN_PX:
			rc = gl_if97_state_px(a, b, &st);
			break;
		case IN_TX:
			rc = gl_if97_state_tx(a, b, &st);
			break;
		case IN_PH:
			rc = gl_if97_state_ph(a, b, &st);
			break;
		default:
			rc = gl_if97_state_ps(a, b, &st);
			break;
	}
	if (rc == GL_IF97_OK)
		return steam_copy_out(&st);

	/* the same inputs in SI, for the detail */
	switch (kind)
	{
		case IN_PT:
			si = psprintf("p = %.9g MPa, T = %.9g K", a, b);
			break;
		case IN_PX:
			si = psprintf("p = %.9g MPa", a);
			break;
		case IN_TX:
			si = psprintf("T = %.9g K", a);
			break;
		case IN_PH:
			si = psprintf("p = %.9g MPa, h = %.9g kJ/kg", a, b);
			break;
		default:
			si = psprintf("p = %.9g MPa, s = %.9g kJ/(kg*K)", a, b);
			break;
	}
	steam_report(rc, given_text(kind, g), si);
}

/* the pair (v0 in u0, v1 in u1) converted to the core's units and built */
static Datum
steam_from_args(steam_input kind, double v0, const gl_unit *u0,
				double v1, const gl_unit *u1)
{
	steam_given g = {NULL, {v0, v1}, {u0, u1}};

	return PointerGetDatum(steam_build(kind,
									   gl_unit_to_base(u0, v0),
									   u1 ? gl_unit_to_base(u1, v1) : v1,
									   &g));
}

/* a state from text or binary input, for which the message is that text */
static gl_if97_state *
steam_build_text(steam_input kind, double a, double b, const char *text)
{
	steam_given g = {text, {0, 0}, {NULL, NULL}};

	return steam_build(kind, a, b, &g);
}

/* ---------------------------------------------------------------------
 * Constructors
 * ------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(steam_pt);
Datum
steam_pt(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	double		t = PG_GETARG_FLOAT8(2);
	const gl_unit *tu = gl_unit_arg(fcinfo, 3, GL_DIM_TEMPERATURE, "t_unit");

	gl_check_finite(p, "pressure");
	gl_check_finite(t, "temperature");
	return steam_from_args(IN_PT, p, pu, t, tu);
}

PG_FUNCTION_INFO_V1(steam_px);
Datum
steam_px(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	double		x = PG_GETARG_FLOAT8(2);

	gl_check_finite(p, "pressure");
	gl_check_finite(x, "quality");
	return steam_from_args(IN_PX, p, pu, x, NULL);
}

PG_FUNCTION_INFO_V1(steam_tx);
Datum
steam_tx(PG_FUNCTION_ARGS)
{
	double		t = PG_GETARG_FLOAT8(0);
	const gl_unit *tu = gl_unit_arg(fcinfo, 1, GL_DIM_TEMPERATURE, "t_unit");
	double		x = PG_GETARG_FLOAT8(2);

	gl_check_finite(t, "temperature");
	gl_check_finite(x, "quality");
	return steam_from_args(IN_TX, t, tu, x, NULL);
}

PG_FUNCTION_INFO_V1(steam_ph);
Datum
steam_ph(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	double		h = PG_GETARG_FLOAT8(2);
	const gl_unit *hu = gl_unit_arg(fcinfo, 3, GL_DIM_SPECIFIC_ENERGY, "h_unit");

	gl_check_finite(p, "pressure");
	gl_check_finite(h, "enthalpy");
	return steam_from_args(IN_PH, p, pu, h, hu);
}

PG_FUNCTION_INFO_V1(steam_ps);
Datum
steam_ps(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	double		s = PG_GETARG_FLOAT8(2);
	const gl_unit *su = gl_unit_arg(fcinfo, 3, GL_DIM_SPECIFIC_ENTROPY, "s_unit");

	gl_check_finite(p, "pressure");
	gl_check_finite(s, "entropy");
	return steam_from_args(IN_PS, p, pu, s, su);
}

/* ---------------------------------------------------------------------
 * Text and binary I/O
 * ------------------------------------------------------------------ */

/*
 * A two-phase state given as p, T and x (the canonical text form): T must be
 * the saturation temperature at p.  The stored p and T are the ones given,
 * so that the text form round-trips exactly.
 */
static gl_if97_state *
steam_from_ptx(double p, double T, double x, const char *inputs,
			   int sqlstate)
{
	gl_if97_state *st = steam_build_text(IN_PX, p, x, inputs);

	if (!(fabs(st->T - T) <= SAT_T_TOLERANCE * T))
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("inconsistent two-phase steam state: %s", inputs),
				 errdetail("At p = %.9g MPa the saturation temperature is %.9g K, not %.9g K.",
						   p, st->T, T),
				 errhint("Give a two-phase state by two of its properties: p and x, or T and x.")));
	st->T = T;
	return st;
}

/* the item's value in the base unit of dim; unit errors are 22P02 */
static double
item_value(const gl_steam_item *it, gl_dimension dim, const char *str)
{
	gl_unit_status status;
	const gl_unit *u;

	if (it->unit_len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type steam: \"%s\"", str),
				 errdetail("\"%.*s\" has no unit.", (int) it->item_len, it->item),
				 errhint("Write the unit after the number, e.g. \"p=150 psig\", \"T=300 degC\", \"h=2800 kJ/kg\".")));
	u = gl_unit_find_dim(it->unit, it->unit_len, dim, &status);
	if (u == NULL)
		gl_unit_report_code(ERRCODE_INVALID_TEXT_REPRESENTATION, status,
							it->unit, (int) it->unit_len, dim,
							psprintf("\"%.*s\"", (int) it->item_len, it->item));
	return gl_unit_to_base(u, it->value);
}

PG_FUNCTION_INFO_V1(steam_in);
Datum
steam_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_steam_text t;
	gl_steam_text_error err;
	const gl_steam_item *ip;
	const gl_steam_item *iT;
	const gl_steam_item *ix;
	const gl_steam_item *ih;
	const gl_steam_item *is;
	int			i;

	if (gl_steam_text_parse(str, &t, &err) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type steam: \"%s\"", str),
				 errdetail("%s at \"%.*s\".", err.what, (int) err.token_len,
						   err.token),
				 errhint("Examples: 'p=150 psig, x=1', 'p=1 MPa, T=300 degC', 'p=10 bar, h=2800 kJ/kg'.")));

	for (i = 0; i < t.n; i++)
		if (!isfinite(t.items[i].value))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range in steam state: \"%.*s\"",
							(int) t.items[i].item_len, t.items[i].item)));

	ip = gl_steam_text_get(&t, 'p');
	iT = gl_steam_text_get(&t, 'T');
	ix = gl_steam_text_get(&t, 'x');
	ih = gl_steam_text_get(&t, 'h');
	is = gl_steam_text_get(&t, 's');

	if (ix && ix->unit_len > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type steam: \"%s\"", str),
				 errdetail("Quality x is a fraction and takes no unit, at \"%.*s\".",
						   (int) ix->item_len, ix->item)));

	if (t.n == 2 && ip && iT)
		PG_RETURN_POINTER(steam_build_text(IN_PT, item_value(ip, GL_DIM_PRESSURE, str),
									  item_value(iT, GL_DIM_TEMPERATURE, str), str));
	if (t.n == 2 && ip && ix)
		PG_RETURN_POINTER(steam_build_text(IN_PX, item_value(ip, GL_DIM_PRESSURE, str),
									  ix->value, str));
	if (t.n == 2 && iT && ix)
		PG_RETURN_POINTER(steam_build_text(IN_TX, item_value(iT, GL_DIM_TEMPERATURE, str),
									  ix->value, str));
	if (t.n == 2 && ip && ih)
		PG_RETURN_POINTER(steam_build_text(IN_PH, item_value(ip, GL_DIM_PRESSURE, str),
									  item_value(ih, GL_DIM_SPECIFIC_ENERGY, str), str));
	if (t.n == 2 && ip && is)
		PG_RETURN_POINTER(steam_build_text(IN_PS, item_value(ip, GL_DIM_PRESSURE, str),
									  item_value(is, GL_DIM_SPECIFIC_ENTROPY, str), str));
	if (t.n == 3 && ip && iT && ix)
		PG_RETURN_POINTER(steam_from_ptx(item_value(ip, GL_DIM_PRESSURE, str),
										 item_value(iT, GL_DIM_TEMPERATURE, str),
										 ix->value, str,
										 ERRCODE_INVALID_TEXT_REPRESENTATION));

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type steam: \"%s\"", str),
			 errdetail("A steam state is given by p and T, p and x, T and x, p and h, or p and s.")));
	PG_RETURN_NULL();
}

static void
append_shortest(StringInfo buf, double v)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, num);
	appendStringInfoString(buf, num);
}

/*
 * Canonical text: "p=<MPa> MPa, T=<K> K" for a single-phase state, with
 * ", x=<quality>" added for a two-phase state; numbers in the shortest form
 * that reads back to the same double.
 */
PG_FUNCTION_INFO_V1(steam_out);
Datum
steam_out(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "p=");
	append_shortest(&buf, st->p);
	appendStringInfoString(&buf, " MPa, T=");
	append_shortest(&buf, st->T);
	appendStringInfoString(&buf, " K");
	if (st->region == 4)
	{
		appendStringInfoString(&buf, ", x=");
		append_shortest(&buf, st->x);
	}
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary form: float8 p (MPa), float8 T (K), float8 x (-1 for a
 * single-phase state).  recv rebuilds the state through the core, exactly
 * as text input does, so nothing unchecked gets in.
 */
PG_FUNCTION_INFO_V1(steam_recv);
Datum
steam_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	double		p = pq_getmsgfloat8(buf);
	double		T = pq_getmsgfloat8(buf);
	double		x = pq_getmsgfloat8(buf);
	const char *inputs;

	inputs = psprintf("p = %.17g MPa, T = %.17g K, x = %.17g", p, T, x);
	if (!isfinite(p) || !isfinite(T) || !isfinite(x))
		steam_report(GL_IF97_E_NONFINITE, inputs, inputs);
	if (x == -1)
		PG_RETURN_POINTER(steam_build_text(IN_PT, p, T, inputs));
	PG_RETURN_POINTER(steam_from_ptx(p, T, x, inputs,
									 ERRCODE_INVALID_BINARY_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(steam_send);
Datum
steam_send(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, st->p);
	pq_sendfloat8(&buf, st->T);
	pq_sendfloat8(&buf, st->region == 4 ? st->x : -1.0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * Accessors
 * ------------------------------------------------------------------ */

/* One property of a state, converted to the unit in argument 1. */
static Datum
steam_property(FunctionCallInfo fcinfo, size_t offset, gl_dimension dim,
			   bool needs_single_phase)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	const gl_unit *u = gl_unit_arg(fcinfo, 1, dim, "unit");
	gl_if97_props	props;
	gl_if97_status rc;

	if (needs_single_phase && !gl_if97_props_defined_cp_cv_w(st))
		PG_RETURN_NULL();
	/* cp, cv and w need second derivatives; the others do not */
	rc = needs_single_phase ? gl_if97_properties(st, &props) :
		gl_if97_properties_basic(st, &props);
	if (rc != GL_IF97_OK)
		steam_report(rc, "a stored steam state", "");
	PG_RETURN_FLOAT8(gl_unit_from_base(u, *(double *) ((char *) &props + offset)));
}

#define STEAM_ACCESSOR(fname, field, dim, single) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	return steam_property(fcinfo, offsetof(gl_if97_props, field), dim, single); \
}

STEAM_ACCESSOR(steam_enthalpy, h, GL_DIM_SPECIFIC_ENERGY, false)
STEAM_ACCESSOR(steam_internal_energy, u, GL_DIM_SPECIFIC_ENERGY, false)
STEAM_ACCESSOR(steam_entropy, s, GL_DIM_SPECIFIC_ENTROPY, false)
STEAM_ACCESSOR(steam_specific_volume, v, GL_DIM_SPECIFIC_VOLUME, false)
STEAM_ACCESSOR(steam_density, rho, GL_DIM_DENSITY, false)
STEAM_ACCESSOR(steam_cp, cp, GL_DIM_SPECIFIC_ENTROPY, true)
STEAM_ACCESSOR(steam_cv, cv, GL_DIM_SPECIFIC_ENTROPY, true)
STEAM_ACCESSOR(steam_speed_of_sound, w, GL_DIM_SPEED, true)

PG_FUNCTION_INFO_V1(steam_temperature);
Datum
steam_temperature(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	const gl_unit *u = gl_unit_arg(fcinfo, 1, GL_DIM_TEMPERATURE, "unit");

	PG_RETURN_FLOAT8(gl_unit_from_base(u, st->T));
}

PG_FUNCTION_INFO_V1(steam_pressure);
Datum
steam_pressure(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	const gl_unit *u = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "unit");

	PG_RETURN_FLOAT8(gl_unit_from_base(u, st->p));
}

PG_FUNCTION_INFO_V1(steam_quality);
Datum
steam_quality(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);

	if (st->region != 4)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(st->x);
}

PG_FUNCTION_INFO_V1(steam_region);
Datum
steam_region(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;

	PG_RETURN_INT32(steam_arg(PG_GETARG_DATUM(0), &stv)->region);
}

#define GL_IF97_TC 647.096
#define GL_IF97_PC 22.064

/*
 * "liquid", "vapor", "supercritical" (above both critical temperature and
 * pressure), or for a two-phase state "saturated liquid" (x = 0), "saturated
 * vapor" (x = 1), "two-phase".
 */
PG_FUNCTION_INFO_V1(steam_phase);
Datum
steam_phase(PG_FUNCTION_ARGS)
{
	gl_if97_state stv;
	const gl_if97_state *st = steam_arg(PG_GETARG_DATUM(0), &stv);
	const char *phase;
	double		psat;

	if (st->region == 4)
		phase = st->x == 0 ? "saturated liquid" :
			st->x == 1 ? "saturated vapor" : "two-phase";
	else if (st->T > GL_IF97_TC && st->p > GL_IF97_PC)
		phase = "supercritical";
	else if (st->region == 1)
		phase = "liquid";
	else if (st->region == 3)
	{
		/* below Tc: liquid above the saturation pressure; above Tc: gas */
		if (st->T < GL_IF97_TC && gl_if97_psat_t(st->T, &psat) == GL_IF97_OK)
			phase = st->p > psat ? "liquid" : "vapor";
		else
			phase = st->p > GL_IF97_PC ? "liquid" : "vapor";
	}
	else
		phase = "vapor";
	PG_RETURN_TEXT_P(cstring_to_text(phase));
}

/* ---------------------------------------------------------------------
 * Saturation
 * ------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(steam_saturation_temperature);
Datum
steam_saturation_temperature(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	const gl_unit *ou = gl_unit_arg(fcinfo, 2, GL_DIM_TEMPERATURE, "out_unit");
	double		pm;
	double		T;
	gl_if97_status rc;

	gl_check_finite(p, "pressure");
	pm = gl_unit_to_base(pu, p);
	rc = gl_if97_tsat_p(pm, &T);
	if (rc != GL_IF97_OK)
		steam_report(rc, psprintf("p = %s", value_text(p, pu)),
					 psprintf("p = %.9g MPa", pm));
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, T));
}

PG_FUNCTION_INFO_V1(steam_saturation_pressure);
Datum
steam_saturation_pressure(PG_FUNCTION_ARGS)
{
	double		t = PG_GETARG_FLOAT8(0);
	const gl_unit *tu = gl_unit_arg(fcinfo, 1, GL_DIM_TEMPERATURE, "t_unit");
	const gl_unit *ou = gl_unit_arg(fcinfo, 2, GL_DIM_PRESSURE, "out_unit");
	double		tk;
	double		p;
	gl_if97_status rc;

	gl_check_finite(t, "temperature");
	tk = gl_unit_to_base(tu, t);
	rc = gl_if97_psat_t(tk, &p);
	if (rc != GL_IF97_OK)
		steam_report(rc, psprintf("T = %s", value_text(t, tu)),
					 psprintf("T = %.9g K", tk));
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, p));
}

/* h'' - h' at pressure p: both phases from one saturation evaluation */
PG_FUNCTION_INFO_V1(steam_latent_heat);
Datum
steam_latent_heat(PG_FUNCTION_ARGS)
{
	double		p = PG_GETARG_FLOAT8(0);
	const gl_unit *pu = gl_unit_arg(fcinfo, 1, GL_DIM_PRESSURE, "p_unit");
	const gl_unit *ou = gl_unit_arg(fcinfo, 2, GL_DIM_SPECIFIC_ENERGY, "out_unit");
	double		pm;
	double		T;
	gl_if97_props	pl;
	gl_if97_props	pv;
	gl_if97_status rc;

	gl_check_finite(p, "pressure");
	pm = gl_unit_to_base(pu, p);
	rc = gl_if97_saturation_p_basic(pm, &T, &pl, &pv);
	if (rc != GL_IF97_OK)
		steam_report(rc, psprintf("p = %s", value_text(p, pu)),
					 psprintf("p = %.9g MPa", pm));
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, pv.h - pl.h));
}
