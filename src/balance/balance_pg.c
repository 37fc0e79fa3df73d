/*
 * balance_pg.c - SQL face of thermal efficiency and the energy_balance
 * aggregate: the energy_balance_state type (its stored form, text and
 * binary input and output), the transition, combine and final functions.
 * Every error is a status of balance.c's table (or base's), reported here.
 */
#include "base/base_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "balance/balance.h"
#include "units/units_pg.h"

/*
 * The stored form of energy_balance_state (INTERNALLENGTH in balance.sql):
 * per direction (input, output, loss) the high and low halves of the total
 * in nJ (two's complement) and the count of readings, then the tolerance
 * (-1: the default).  A glue struct, copied to and from the core's.
 */
typedef struct GlBalanceStored
{
	uint64		sum_hi[3];
	uint64		sum_lo[3];
	int64		count[3];
	float8		tolerance;
} GlBalanceStored;

#define GL_BALANCE_STORED_SIZE 80
StaticAssertDecl(sizeof(GlBalanceStored) == GL_BALANCE_STORED_SIZE,
				 "energy_balance_state's stored form changed size: update INTERNALLENGTH and the upgrade script");
StaticAssertDecl(GL_DIR__COUNT == 3,
				 "energy_balance_state stores three directions");

#define PG_GETARG_BALANCE_P(n) ((GlBalanceStored *) PG_GETARG_POINTER(n))

static void
stored_get(const GlBalanceStored *s, gl_balance *b)
{
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		b->sum_hi[d] = s->sum_hi[d];
		b->sum_lo[d] = s->sum_lo[d];
		b->count[d] = s->count[d];
	}
	b->tolerance = s->tolerance;
}

static void
stored_put(const gl_balance *b, GlBalanceStored *s)
{
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		s->sum_hi[d] = b->sum_hi[d];
		s->sum_lo[d] = b->sum_lo[d];
		s->count[d] = b->count[d];
	}
	s->tolerance = b->tolerance;
}

/* ---- reporting ------------------------------------------------------ */

/*
 * Report status st of the core: the value v (in unit u, NULL: none) it is
 * about as {name}, and extra (may be NULL).
 */
GL_NORETURN static void
bal_raise(gl_balance_status st, double v, const gl_unit *u, const char *extra)
{
	gl_status_args a = {0};
	char		buf[96];

	a.name = gl_unit_shown(buf, sizeof(buf), v, u);
	a.namelen = strlen(buf);
	a.extra = extra;
	gl_raise(&gl_balance_statuses, st, &a);
}

/* ---- thermal efficiency --------------------------------------------- */

/*
 * useful_output / total_input; out and in as given in units ou and iu
 * (NULL for the unit-less form), kj_out and kj_in what the core divides
 */
static double
efficiency(double out, const gl_unit *ou, double in, const gl_unit *iu,
		   double kj_out, double kj_in, const char *fn)
{
	double		eff = 0;
	gl_balance_status st = gl_balance_efficiency(kj_out, kj_in, &eff);
	char		buf[96];

	switch (st)
	{
		case GL_BAL_OK:
			return eff;
		case GL_BAL_OVERFLOW:
			bal_raise(st, out, ou, fn);
		case GL_BAL_INPUT_ZERO:
		case GL_BAL_INPUT_NEGATIVE:
			bal_raise(st, in, iu, NULL);
		default:
			bal_raise(st, out, ou, gl_unit_shown(buf, sizeof(buf), in, iu));
	}
}

/* thermal_efficiency(useful_output float8, total_input float8) */
PG_FUNCTION_INFO_V1(gl_thermal_efficiency);
Datum
gl_thermal_efficiency(PG_FUNCTION_ARGS)
{
	double		out = PG_GETARG_FLOAT8(0);
	double		in = PG_GETARG_FLOAT8(1);

	gl_check_finite(out, "useful_output");
	gl_check_finite(in, "total_input");
	PG_RETURN_FLOAT8(efficiency(out, NULL, in, NULL, out, in,
								"thermal_efficiency"));
}

/*
 * thermal_efficiency(useful_output float8, useful_output_unit text,
 *					  total_input float8, total_input_unit text)
 * Both converted to kJ.
 */
PG_FUNCTION_INFO_V1(gl_thermal_efficiency_units);
Datum
gl_thermal_efficiency_units(PG_FUNCTION_ARGS)
{
	double		out = PG_GETARG_FLOAT8(0);
	double		in = PG_GETARG_FLOAT8(2);
	const gl_unit *ou;
	const gl_unit *iu;

	gl_check_finite(out, "useful_output");
	gl_check_finite(in, "total_input");
	ou = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "useful_output_unit");
	iu = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "total_input_unit");
	PG_RETURN_FLOAT8(efficiency(out, ou, in, iu, gl_unit_to_base(ou, out),
								gl_unit_to_base(iu, in),
								"thermal_efficiency"));
}

/* ---- energy_balance_state: text and binary forms -------------------- */

PG_FUNCTION_INFO_V1(gl_energy_balance_state_in);
Datum
gl_energy_balance_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	gl_balance	b;
	gl_text_error err = {0};
	gl_balance_status st;
	GlBalanceStored *s;

	st = gl_balance_parse(str, strlen(str), &b, &err);
	if (st == GL_BAL_TEXT_SPLIT)
	{
		if (!gl_raise_text(gl_escontext(fcinfo), "energy_balance_state", str,
						   &err))
			PG_RETURN_NULL();
	}
	else if (st != GL_BAL_OK)
	{
		gl_status_args a = {0};

		a.name = str;
		a.namelen = strlen(str);
		a.item = err.token;
		a.itemlen = err.token_len;
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_balance_statuses, st, &a))
			PG_RETURN_NULL();
	}
	s = palloc(sizeof(GlBalanceStored));
	stored_put(&b, s);
	PG_RETURN_POINTER(s);
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
	gl_balance	b;
	char		tol[32];
	char	   *buf = palloc(GL_BALANCE_TEXT_MAX);

	stored_get(PG_GETARG_BALANCE_P(0), &b);
	gl_balance_format(&b, gl_shortest(b.tolerance, tol), buf,
					  GL_BALANCE_TEXT_MAX);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form, per direction input, output, loss: int8 high and int8 low
 * half of the total (nJ, two's complement), int8 count; then float8
 * tolerance (-1 for the default).  It accepts the states text input does.
 */
PG_FUNCTION_INFO_V1(gl_energy_balance_state_recv);
Datum
gl_energy_balance_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	GlBalanceStored *s = palloc(sizeof(GlBalanceStored));
	gl_balance	b;
	int			d;
	int			which;

	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		s->sum_hi[d] = (uint64) pq_getmsgint64(msg);
		s->sum_lo[d] = (uint64) pq_getmsgint64(msg);
		s->count[d] = pq_getmsgint64(msg);
	}
	s->tolerance = pq_getmsgfloat8(msg);
	stored_get(s, &b);
	if (gl_balance_check(&b, &which) != GL_BAL_OK)
		gl_raise(&gl_balance_statuses, GL_BAL_BINARY_INVALID, NULL);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_state_send);
Datum
gl_energy_balance_state_send(PG_FUNCTION_ARGS)
{
	GlBalanceStored *s = PG_GETARG_BALANCE_P(0);
	StringInfoData buf;
	int			d;

	pq_begintypsend(&buf);
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		pq_sendint64(&buf, (int64) s->sum_hi[d]);
		pq_sendint64(&buf, (int64) s->sum_lo[d]);
		pq_sendint64(&buf, s->count[d]);
	}
	pq_sendfloat8(&buf, s->tolerance);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- the unit of a reading ------------------------------------------ */

/*
 * the energy unit of text argument argno (not NULL): the unit table's
 * look-up, which keeps the spellings met for the backend (a unit changing
 * on every row costs a hash, not a search)
 */
static const gl_unit *
energy_unit_arg(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);

	return gl_unit_lookup(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), GL_DIM_ENERGY, argname);
}

/*
 * The direction of text argument argno (not NULL): the canonical names
 * spelled as they are, the usual case, without a look-up; any other
 * spelling by the one name rule (gl_choice_arg).
 */
static int
direction_arg(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	if (len == 5 && memcmp(s, "input", 5) == 0)
		return GL_DIR_INPUT;
	if (len == 6 && memcmp(s, "output", 6) == 0)
		return GL_DIR_OUTPUT;
	if (len == 4 && memcmp(s, "loss", 4) == 0)
		return GL_DIR_LOSS;
	return gl_choice_arg(fcinfo, argno, &gl_balance_directions, argname);
}

/* ---- the aggregate -------------------------------------------------- */

/*
 * The stored state to update: in an aggregate the running state is ours
 * to change in place (nodeAgg copied the initial value into the aggregate
 * context); called directly, a copy.
 */
static GlBalanceStored *
writable_state(FunctionCallInfo fcinfo)
{
	GlBalanceStored *s = PG_GETARG_BALANCE_P(0);
	GlBalanceStored *copy;

	if (AggCheckCallContext(fcinfo, NULL))
		return s;
	copy = palloc(sizeof(GlBalanceStored));
	memcpy(copy, s, sizeof(GlBalanceStored));
	return copy;
}

/* the group's tolerance and this row's, as a mismatch shows them */
GL_NORETURN static void
tolerance_mismatch(double group, double row)
{
	char		buf[32];

	bal_raise(GL_BAL_TOLERANCE_MISMATCH, row, NULL, gl_shortest(group, buf));
}

/*
 * energy_balance_trans(state, value, value_unit, direction [, tolerance]):
 * shared by the two transition functions; returns the state
 */
static Datum
balance_transition(FunctionCallInfo fcinfo, bool with_tolerance)
{
	GlBalanceStored *s;
	gl_balance	b;
	double		value;
	const gl_unit *u;
	int			dir;
	gl_balance_status st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();		/* never in the aggregate (INITCOND) */
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));	/* a missing reading */
	if (PG_ARGISNULL(2))
		gl_raise_arg(&gl_balance_statuses, GL_BAL_NULL_ARG, "value_unit");
	if (PG_ARGISNULL(3))
		gl_raise_arg(&gl_balance_statuses, GL_BAL_NULL_ARG, "direction");
	if (with_tolerance && PG_ARGISNULL(4))
		gl_raise_arg(&gl_balance_statuses, GL_BAL_NULL_ARG, "tolerance");

	value = PG_GETARG_FLOAT8(1);
	gl_check_finite(value, "value");
	u = energy_unit_arg(fcinfo, 2, "value_unit");
	dir = direction_arg(fcinfo, 3, "direction");
	s = writable_state(fcinfo);
	stored_get(s, &b);
	if (with_tolerance)
	{
		double		tol = PG_GETARG_FLOAT8(4);

		gl_check_finite(tol, "tolerance");
		st = gl_balance_set_tolerance(&b, tol);
		if (st == GL_BAL_TOLERANCE_MISMATCH)
			tolerance_mismatch(b.tolerance, tol);
		if (st != GL_BAL_OK)
			bal_raise(st, tol, NULL, NULL);
	}
	st = gl_balance_add(&b, dir, value, gl_balance_unit_nj(u));
	if (st != GL_BAL_OK)
		bal_raise(st, value, u, "energy_balance");
	stored_put(&b, s);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_trans);
Datum
gl_energy_balance_trans(PG_FUNCTION_ARGS)
{
	return balance_transition(fcinfo, false);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_trans_tolerance);
Datum
gl_energy_balance_trans_tolerance(PG_FUNCTION_ARGS)
{
	return balance_transition(fcinfo, true);
}

PG_FUNCTION_INFO_V1(gl_energy_balance_state_combine);
Datum
gl_energy_balance_state_combine(PG_FUNCTION_ARGS)
{
	GlBalanceStored *s = writable_state(fcinfo);
	gl_balance	a;
	gl_balance	b;
	gl_balance_status st;

	stored_get(s, &a);
	stored_get(PG_GETARG_BALANCE_P(1), &b);
	st = gl_balance_combine(&a, &b);
	if (st == GL_BAL_TOLERANCE_MISMATCH)
		tolerance_mismatch(a.tolerance, b.tolerance);
	if (st != GL_BAL_OK)
		bal_raise(st, 0, NULL, NULL);
	stored_put(&a, s);
	PG_RETURN_POINTER(s);
}

/* the energy_balance_result row of a state; NULL when no reading */
PG_FUNCTION_INFO_V1(gl_energy_balance_final);
Datum
gl_energy_balance_final(PG_FUNCTION_ARGS)
{
	gl_balance	b;
	gl_balance_result r;
	TupleDesc	tupdesc;
	Datum		values[12];
	bool		nulls[12] = {false};

	stored_get(PG_GETARG_BALANCE_P(0), &b);
	if (gl_balance_readings(&b) == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "energy_balance_final must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);
	/* 12 columns; 9 in a database still at 0.1 (before the readings per
	 * direction), until ALTER EXTENSION greenlang UPDATE */
	if (tupdesc->natts != 12 && tupdesc->natts != 9)
		elog(ERROR, "energy_balance_result has %d columns, expected 12",
			 tupdesc->natts);

	gl_balance_finish(&b, &r);
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
	values[9] = Int64GetDatum(r.dir_readings[GL_DIR_INPUT]);
	values[10] = Int64GetDatum(r.dir_readings[GL_DIR_OUTPUT]);
	values[11] = Int64GetDatum(r.dir_readings[GL_DIR_LOSS]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
