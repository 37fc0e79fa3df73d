/*
 * balance_pg.c - SQL face of thermal efficiency and the energy_balance
 * aggregate: the energy_balance_state type (text and binary forms), the
 * transition, combine and final functions, and the errors.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "balance/balance.h"
#include "units/units_pg.h"

#define PG_GETARG_BALANCE_P(n) ((gl_balance *) PG_GETARG_POINTER(n))

/* ---- thermal efficiency --------------------------------------------- */

static double
efficiency_or_error(double out, double in, const char *unit)
{
	double		eff = 0;

	switch (gl_thermal_efficiency(out, in, &eff))
	{
		case GL_EFF_OK:
			break;
		case GL_EFF_NOT_FINITE:
			gl_check_finite(out, "useful_output");
			gl_check_finite(in, "total_input");
			break;
		case GL_EFF_INPUT_NOT_POSITIVE:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("total_input must be positive to compute an efficiency"),
					 errdetail("total_input is %g%s%s.", in,
							   unit ? " " : "", unit ? unit : ""),
					 in == 0.0 ?
					 errhint("A zero input usually means missing input meter data.") :
					 errhint("A negative input usually means a meter rollover or reset, or a sign error.")));
			break;
		case GL_EFF_NEGATIVE_OUTPUT:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("useful_output must not be negative"),
					 errdetail("useful_output is %g and total_input is %g%s%s.",
							   out, in, unit ? " " : "", unit ? unit : "")));
			break;
		case GL_EFF_ABOVE_ONE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("efficiency above 100 %%: useful_output exceeds total_input"),
					 errdetail("useful_output is %.15g and total_input is %.15g%s%s (ratio %.6g).",
							   out, in, unit ? " " : "", unit ? unit : "",
							   out / in),
					 errhint("The energy balance is violated: check the meters' units and whether an input is missing.")));
			break;
	}
	return eff;
}

/* thermal_efficiency(useful_output float8, total_input float8) */
PG_FUNCTION_INFO_V1(gl_thermal_efficiency_sql);
Datum
gl_thermal_efficiency_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(efficiency_or_error(PG_GETARG_FLOAT8(0),
										 PG_GETARG_FLOAT8(1), NULL));
}

/*
 * thermal_efficiency(useful_output float8, output_unit text,
 *					  total_input float8, input_unit text)
 * Both converted to kJ; errdetail then shows the two in kJ.
 */
PG_FUNCTION_INFO_V1(gl_thermal_efficiency_units);
Datum
gl_thermal_efficiency_units(PG_FUNCTION_ARGS)
{
	double		out = PG_GETARG_FLOAT8(0);
	double		in = PG_GETARG_FLOAT8(2);
	const gl_unit *out_unit = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "useful_output");
	const gl_unit *in_unit = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "total_input");

	gl_check_finite(out, "useful_output");
	gl_check_finite(in, "total_input");
	PG_RETURN_FLOAT8(efficiency_or_error(gl_unit_to_base(out_unit, out),
										 gl_unit_to_base(in_unit, in), "kJ"));
}

/* ---- energy_balance_state: text and binary forms -------------------- */

static void
append_shortest(StringInfo buf, double v)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, num);
	appendStringInfoString(buf, num);
}

static void
invalid_state(const char *str, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type energy_balance_state: \"%s\"",
					str),
			 errdetail("%s", why),
			 errhint("The form is \"input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<fraction or default>\".")));
}

/* expect literal word at *p (after optional blanks); advance past it */
static bool
expect(const char **p, const char *word)
{
	size_t		n = strlen(word);

	while (**p == ' ')
		(*p)++;
	if (strncmp(*p, word, n) != 0)
		return false;
	*p += n;
	return true;
}

PG_FUNCTION_INFO_V1(gl_energy_balance_state_in);
Datum
gl_energy_balance_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	gl_balance *b = palloc(sizeof(gl_balance));
	int			d;

	gl_balance_init(b);
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		gl_i128		sum;
		gl_i128		n;

		if ((d > 0 && !expect(&p, ",")) ||
			!expect(&p, gl_direction_name(d)) || !expect(&p, "=") ||
			!gl_i128_parse(&p, &sum) || !expect(&p, "/") ||
			!gl_i128_parse(&p, &n))
			invalid_state(str, psprintf("Expected \"%s=<nJ>/<n>\".",
										gl_direction_name(d)));
		if (n < 0 || n > PG_INT64_MAX)
			invalid_state(str, "A count is out of range.");
		gl_balance_set_sum(b, d, sum);
		b->count[d] = (int64) n;
	}
	if (!expect(&p, ",") || !expect(&p, "tolerance="))
		invalid_state(str, "Expected \"tolerance=<fraction or default>\".");
	if (strncmp(p, "default", 7) == 0)
		p += 7;
	else
	{
		char	   *end;

		errno = 0;
		b->tolerance = strtod(p, &end);
		if (end == p || errno != 0)
			invalid_state(str, "The tolerance is not a number.");
		p = end;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0')
		invalid_state(str, "Unexpected text after the tolerance.");
	if (!gl_balance_valid(b))
		invalid_state(str, "Totals must be non-negative (zero when their count is zero) and at most 2^125 nJ, the tolerance in [0, 1].");
	PG_RETURN_POINTER(b);
}

/*
 * Canonical text: "input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>,
 * tolerance=<x>" with exact integers and the shortest decimal of the
 * tolerance that reads back to the same double, or "default".
 */
PG_FUNCTION_INFO_V1(gl_energy_balance_state_out);
Datum
gl_energy_balance_state_out(PG_FUNCTION_ARGS)
{
	gl_balance *b = PG_GETARG_BALANCE_P(0);
	StringInfoData buf;
	char		num[48];
	int			d;

	initStringInfo(&buf);
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		gl_i128_to_text(gl_balance_sum(b, d), num);
		appendStringInfo(&buf, "%s%s=%s/" INT64_FORMAT, d > 0 ? ", " : "",
						 gl_direction_name(d), num, b->count[d]);
	}
	appendStringInfoString(&buf, ", tolerance=");
	if (b->tolerance == GL_BALANCE_TOLERANCE_UNSET)
		appendStringInfoString(&buf, "default");
	else
		append_shortest(&buf, b->tolerance);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary form, per direction input, output, loss: int8 high and int8 low
 * half of the total (nJ, two's complement), int8 count; then float8
 * tolerance (-1 for the default).
 */
PG_FUNCTION_INFO_V1(gl_energy_balance_state_recv);
Datum
gl_energy_balance_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	gl_balance *b = palloc(sizeof(gl_balance));
	int			d;

	gl_balance_init(b);
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		b->sum_hi[d] = (uint64) pq_getmsgint64(msg);
		b->sum_lo[d] = (uint64) pq_getmsgint64(msg);
		b->count[d] = pq_getmsgint64(msg);
	}
	b->tolerance = pq_getmsgfloat8(msg);
	if (!gl_balance_valid(b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary energy_balance_state"),
				 errdetail("Totals must be non-negative (zero when their count is zero) and at most 2^125 nJ, the tolerance -1 or in [0, 1].")));
	PG_RETURN_POINTER(b);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_state_send);
Datum
gl_energy_balance_state_send(PG_FUNCTION_ARGS)
{
	gl_balance *b = PG_GETARG_BALANCE_P(0);
	StringInfoData buf;
	int			d;

	pq_begintypsend(&buf);
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		pq_sendint64(&buf, (int64) b->sum_hi[d]);
		pq_sendint64(&buf, (int64) b->sum_lo[d]);
		pq_sendint64(&buf, b->count[d]);
	}
	pq_sendfloat8(&buf, b->tolerance);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- the aggregate -------------------------------------------------- */

/*
 * The state to update: in an aggregate the running state is ours to change
 * in place (nodeAgg copied the initial value into the aggregate context);
 * called directly, work on a copy.
 */
static gl_balance *
writable_state(FunctionCallInfo fcinfo)
{
	gl_balance *b = PG_GETARG_BALANCE_P(0);
	gl_balance *copy;

	if (AggCheckCallContext(fcinfo, NULL))
		return b;
	copy = palloc(sizeof(gl_balance));
	memcpy(copy, b, sizeof(gl_balance));
	return copy;
}

static void
balance_error(gl_balance_status st, double value, const char *unit,
			  const char *direction, double tolerance)
{
	switch (st)
	{
		case GL_BAL_OK:
			return;
		case GL_BAL_NOT_FINITE:
			gl_check_finite(value, "value");
			gl_check_finite(tolerance, "tolerance");
			break;
		case GL_BAL_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("energy reading must not be negative: %g %s (%s)",
							value, unit, direction),
					 errhint("An energy that leaves the system is an \"output\" or \"loss\" reading with a positive value.")));
			break;
		case GL_BAL_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("energy reading %g %s is out of range", value, unit),
					 errdetail("One reading may be at most 1e21 J (2.8e14 kWh).")));
			break;
		case GL_BAL_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("energy_balance total out of range"),
					 errdetail("A total may be at most 2^125 nJ (1.2e22 kWh).")));
			break;
		case GL_BAL_BAD_TOLERANCE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("tolerance must be a fraction between 0 and 1, not %g",
							tolerance),
					 errhint("5 %% is 0.05.")));
			break;
		case GL_BAL_TOLERANCE_MISMATCH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("tolerance must be the same for every row of a group"),
					 errdetail("Found %g after another tolerance.", tolerance)));
			break;
	}
}

/* shared by the two transition functions; returns the state */
static Datum
balance_transition(FunctionCallInfo fcinfo, bool with_tolerance)
{
	gl_balance *b;
	double		value;
	const gl_unit *u;
	text	   *dirtext;
	int			dir;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();		/* never in the aggregate (INITCOND) */
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));	/* a missing reading */
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) ||
		(with_tolerance && PG_ARGISNULL(4)))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("energy_balance: %s must not be NULL when the value is not",
						PG_ARGISNULL(2) ? "unit" :
						PG_ARGISNULL(3) ? "direction" : "tolerance"),
				 errhint("Readings with a NULL value are skipped; a reading without a unit or direction cannot be counted.")));

	b = writable_state(fcinfo);
	value = PG_GETARG_FLOAT8(1);
	u = gl_unit_arg(fcinfo, 2, GL_DIM_ENERGY, "value");
	dirtext = PG_GETARG_TEXT_PP(3);
	dir = gl_direction_find(VARDATA_ANY(dirtext), VARSIZE_ANY_EXHDR(dirtext));
	if (dir < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown energy direction \"%.*s\"",
						(int) VARSIZE_ANY_EXHDR(dirtext), VARDATA_ANY(dirtext)),
				 errhint("Valid directions: input, output, loss.")));
	if (with_tolerance)
	{
		double		tol = PG_GETARG_FLOAT8(4);

		balance_error(gl_balance_set_tolerance(b, tol), value, u->name,
					  gl_direction_name(dir), tol);
	}
	balance_error(gl_balance_add(b, dir, value, gl_energy_unit_nj(u)),
				  value, u->name, gl_direction_name(dir), 0);
	PG_RETURN_POINTER(b);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_trans);
Datum
gl_energy_balance_trans(PG_FUNCTION_ARGS)
{
	return balance_transition(fcinfo, false);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_trans_tol);
Datum
gl_energy_balance_trans_tol(PG_FUNCTION_ARGS)
{
	return balance_transition(fcinfo, true);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_combine);
Datum
gl_energy_balance_combine(PG_FUNCTION_ARGS)
{
	gl_balance *a = writable_state(fcinfo);
	gl_balance *b = PG_GETARG_BALANCE_P(1);

	balance_error(gl_balance_combine(a, b), 0, "", "", b->tolerance);
	PG_RETURN_POINTER(a);
}

/* the energy_balance_result row of a state; NULL when no reading */
PG_FUNCTION_INFO_V1(gl_energy_balance_final);
Datum
gl_energy_balance_final(PG_FUNCTION_ARGS)
{
	gl_balance *b = PG_GETARG_BALANCE_P(0);
	gl_balance_result r;
	TupleDesc	tupdesc;
	Datum		values[9];
	bool		nulls[9] = {false};

	if (gl_balance_readings(b) == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("energy_balance_final must return a composite type")));
	tupdesc = BlessTupleDesc(tupdesc);
	if (tupdesc->natts != 9)
		elog(ERROR, "energy_balance_result has %d columns, expected 9",
			 tupdesc->natts);

	gl_balance_finish(b, &r);
	values[0] = Float8GetDatum(r.input_kwh);
	values[1] = Float8GetDatum(r.output_kwh);
	values[2] = Float8GetDatum(r.loss_kwh);
	values[3] = Float8GetDatum(r.efficiency);
	nulls[3] = !r.has_ratio;
	values[4] = Float8GetDatum(r.unaccounted_kwh);
	values[5] = Float8GetDatum(r.unaccounted_fraction);
	nulls[5] = !r.has_ratio;
	values[6] = BoolGetDatum(r.closes);
	values[7] = Float8GetDatum(r.tolerance);
	values[8] = Int64GetDatum(r.readings);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
