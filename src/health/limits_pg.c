/*
 * health/limits_pg.c - the SQL type limit_counts with its aggregates
 * limit_counts(value, limits) and rollup(limit_counts), the share of values
 * above a limit with its interval, and the limits a quantile lies between.
 *
 * limit_counts is fixed in size once its limits are known, so it is a flat
 * value throughout (GlLimitCountsStored), counted into in place inside an
 * aggregate:
 *
 *   int32 varlena header, int32 nlimits, int64 n, float8 min, float8 max,
 *   float8 limits[nlimits], int64 counts[nlimits + 1]
 *
 * counts[i] holds the values in (limits[i-1], limits[i]]; the last, the
 * values above every limit.
 */
#include "health/health_pg.h"

#include <stddef.h>

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"

typedef struct GlLimitCountsStored
{
	int32		vl_len_;
	int32		nlimits;
	int64		n;
	float8		min;
	float8		max;
	/* float8 limits[nlimits]; int64 counts[nlimits + 1] */
} GlLimitCountsStored;

StaticAssertDecl(sizeof(GlLimitCountsStored) == 32, "the stored header is 32 bytes");
StaticAssertDecl(sizeof(float8) == sizeof(double) && sizeof(int64) == sizeof(int64_t),
				 "limits and counts are stored as the core reads them");

PG_FUNCTION_INFO_V1(gl_limit_counts_in);
PG_FUNCTION_INFO_V1(gl_limit_counts_out);
PG_FUNCTION_INFO_V1(gl_limit_counts_recv);
PG_FUNCTION_INFO_V1(gl_limit_counts_send);
PG_FUNCTION_INFO_V1(gl_limit_counts_trans);
PG_FUNCTION_INFO_V1(gl_limit_counts_combine);
PG_FUNCTION_INFO_V1(gl_share_above);
PG_FUNCTION_INFO_V1(gl_share_above_interval);
PG_FUNCTION_INFO_V1(gl_quantile_bounds);
PG_FUNCTION_INFO_V1(gl_limit_shares);

static Size
stored_size(int32 k)
{
	return sizeof(GlLimitCountsStored) + (Size) k * sizeof(float8) +
		(Size) (k + 1) * sizeof(int64);
}

/* the core's view of a flat value (its arrays point into it) */
static void
view_of(GlLimitCountsStored *s, gl_health_limits *v)
{
	v->k = s->nlimits;
	v->n = s->n;
	v->min = s->min;
	v->max = s->max;
	v->limits = (double *) ((char *) s + sizeof(GlLimitCountsStored));
	v->counts = (int64_t *) (v->limits + s->nlimits);
}

/* n, min and max of the view written back */
static void
store_totals(GlLimitCountsStored *s, const gl_health_limits *v)
{
	s->n = v->n;
	s->min = v->min;
	s->max = v->max;
}

/* a new empty value counting against limits[k], in cxt */
static GlLimitCountsStored *
new_stored(MemoryContext cxt, const double *limits, int32 k)
{
	Size		size = stored_size(k);
	GlLimitCountsStored *s = MemoryContextAllocZero(cxt, size);

	SET_VARSIZE(s, size);
	s->nlimits = k;
	memcpy((char *) s + sizeof(GlLimitCountsStored), limits, (Size) k * sizeof(double));
	return s;
}

/* a stored value, its size and contents checked */
static GlLimitCountsStored *
checked(Datum d)
{
	GlLimitCountsStored *s = (GlLimitCountsStored *) PG_DETOAST_DATUM(d);
	gl_health_limits v;
	gl_health_error err;
	gl_health_status st;

	if (VARSIZE(s) < sizeof(GlLimitCountsStored) || s->nlimits < 1 ||
		s->nlimits > GL_HEALTH_MAX_LIMITS || VARSIZE(s) != stored_size(s->nlimits))
	{
		gl_status_args a = {0};

		a.extra = "limit_counts";
		gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
	}
	view_of(s, &v);
	st = gl_health_limits_check(&v, gl_health_put, &err);
	if (st != GL_HEALTH_OK)
	{
		err.args.extra = "limit_counts";
		gl_health_report(st, &err);
	}
	return s;
}

/* a flat value made from the view v */
static Datum
stored_of(const gl_health_limits *v)
{
	GlLimitCountsStored *s = new_stored(CurrentMemoryContext, v->limits, v->k);
	gl_health_limits w;

	view_of(s, &w);
	memcpy(w.counts, v->counts, (Size) (v->k + 1) * sizeof(int64));
	store_totals(s, v);
	return PointerGetDatum(s);
}

/* ---- text and binary forms ----------------------------------------------- */

Datum
gl_limit_counts_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_health_limits v;
	gl_health_error err;
	gl_health_status st = gl_health_limits_parse(str, &v, gl_health_put, &err);
	Datum		result;

	if (st != GL_HEALTH_OK)
	{
		err.args.extra = "limit_counts";
		if (err.args.name == NULL)
		{
			err.args.name = str;
			err.args.namelen = strlen(str);
		}
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_health_statuses, st, &err.args))
			PG_RETURN_NULL();
	}
	result = stored_of(&v);
	gl_health_limits_free(&v);
	PG_RETURN_DATUM(result);
}

Datum
gl_limit_counts_out(PG_FUNCTION_ARGS)
{
	gl_health_limits v;

	view_of(checked(PG_GETARG_DATUM(0)), &v);
	PG_RETURN_CSTRING(gl_health_limits_format(&v, gl_health_put));
}

Datum
gl_limit_counts_send(PG_FUNCTION_ARGS)
{
	gl_health_limits v;
	StringInfoData buf;
	int32		i;

	view_of(checked(PG_GETARG_DATUM(0)), &v);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, v.k);
	for (i = 0; i < v.k; i++)
		pq_sendfloat8(&buf, v.limits[i]);
	for (i = 0; i <= v.k; i++)
		pq_sendint64(&buf, v.counts[i]);
	pq_sendfloat8(&buf, v.min);
	pq_sendfloat8(&buf, v.max);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* binary input: what text input accepts, checked the same way */
Datum
gl_limit_counts_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		k = pq_getmsgint(buf, 4);
	gl_health_limits v;
	gl_health_error err;
	gl_health_status st;
	__int128	sum = 0;
	int32		i;
	Datum		result;

	if (k < 0 || (int64) k * 16 + 24 != buf->len - buf->cursor)
	{
		gl_health_fail(&err, GL_HEALTH_BINARY);
		err.args.extra = "limit_counts";
		gl_health_report(GL_HEALTH_BINARY, &err);
	}
	v.k = k;
	v.limits = palloc((Size) (k + 1) * sizeof(double));
	v.counts = palloc((Size) (k + 1) * sizeof(int64));
	for (i = 0; i < k; i++)
		v.limits[i] = pq_getmsgfloat8(buf);
	for (i = 0; i <= k; i++)
	{
		v.counts[i] = pq_getmsgint64(buf);
		sum += v.counts[i] > 0 ? v.counts[i] : 0;
	}
	v.n = sum > INT64_MAX ? -1 : (int64) sum;
	v.min = pq_getmsgfloat8(buf);
	v.max = pq_getmsgfloat8(buf);
	st = gl_health_limits_check(&v, gl_health_put, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	result = stored_of(&v);
	PG_RETURN_DATUM(result);
}

/* ---- the aggregates --------------------------------------------------------- */

/* whether the call is an aggregate's (its state may be changed in place) */
static bool
in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/*
 * The state in argument 0 to count into: itself inside an aggregate (it
 * was made there, in the aggregate's context), else a copy.
 */
static GlLimitCountsStored *
state_arg(FunctionCallInfo fcinfo)
{
	GlLimitCountsStored *s = (GlLimitCountsStored *) PG_GETARG_POINTER(0);
	GlLimitCountsStored *copy;

	if (in_aggregate(fcinfo))
		return s;
	s = checked(PG_GETARG_DATUM(0));
	copy = palloc(VARSIZE(s));
	memcpy(copy, s, VARSIZE(s));
	return copy;
}

/* what the transition function knows of its limits argument, in fn_extra */
typedef struct limits_cache
{
	bool		checked;		/* was the argument's constness looked at */
	bool		stable;			/* the same array in every row of the query */
	bool		valid;			/* ... and it has been checked */
} limits_cache;

/*
 * Whether the limits (argument 2) are the same array in every row of the
 * query: a constant in the aggregate's call (the planner folds
 * ARRAY[150, 450, 5000] into one), or a constant or parameter of a plain
 * call.
 */
static bool
limits_constant(FunctionCallInfo fcinfo)
{
	Aggref	   *aggref = AggGetAggref(fcinfo);

	if (aggref != NULL)
		return list_length(aggref->args) == 2 &&
			IsA(((TargetEntry *) lsecond(aggref->args))->expr, Const);
	return get_fn_expr_arg_stable(fcinfo->flinfo, 2);
}

/* the limits in argument argno, checked */
static void
limits_arg(FunctionCallInfo fcinfo, int argno, const double **limits, int *k)
{
	gl_health_error err;
	gl_health_status st;

	gl_health_float8_array(PG_GETARG_ARRAYTYPE_P(argno), "limits", limits, k);
	st = gl_health_check_limits(*limits, *k, gl_health_put, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
}

/* the limits of the row and of the state differ: raise */
GL_NORETURN static void
limits_differ(const gl_health_limits *state, const double *limits, int k)
{
	gl_health_limits row = *state;
	gl_health_error err;

	row.limits = (double *) limits;
	row.k = k;
	gl_health_report(gl_health_limits_merge(&row, state, gl_health_put, &err), &err);
}

/* limit_counts_trans(state, value, limits): a row with a NULL is skipped */
Datum
gl_limit_counts_trans(PG_FUNCTION_ARGS)
{
	limits_cache *lc = (limits_cache *) fcinfo->flinfo->fn_extra;
	GlLimitCountsStored *s;
	gl_health_limits v;
	double		value;
	gl_health_status st;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	value = PG_GETARG_FLOAT8(1);
	gl_check_finite(value, "value");
	if (unlikely(lc == NULL))
	{
		lc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(limits_cache));
		fcinfo->flinfo->fn_extra = lc;
	}
	if (!lc->checked)
	{
		lc->checked = true;
		lc->stable = limits_constant(fcinfo);
	}
	if (PG_ARGISNULL(0))
	{
		const double *limits;
		int			k;

		limits_arg(fcinfo, 2, &limits, &k);
		s = new_stored(gl_agg_context(fcinfo), limits, k);
		lc->valid = lc->stable;
	}
	else
	{
		s = state_arg(fcinfo);

		/*
		 * Inside an aggregate every state was made here, from the same
		 * constant array when the limits are one: nothing to compare.  A
		 * plain call may pass any stored state.
		 */
		if (!(lc->stable && lc->valid && in_aggregate(fcinfo)))
		{
			const double *limits;
			int			k;

			view_of(s, &v);
			limits_arg(fcinfo, 2, &limits, &k);
			if (k != v.k || memcmp(limits, v.limits, (Size) k * sizeof(double)) != 0)
				limits_differ(&v, limits, k);
			lc->valid = lc->stable;
		}
	}
	view_of(s, &v);
	st = gl_health_limits_add(&v, value);
	if (unlikely(st != GL_HEALTH_OK))
	{
		gl_health_error err;

		gl_health_report(gl_health_count_range(&err, "values"), &err);
	}
	store_totals(s, &v);
	PG_RETURN_POINTER(s);
}

/* combine of limit_counts() and transition and combine of rollup(limit_counts) */
Datum
gl_limit_counts_combine(PG_FUNCTION_ARGS)
{
	GlLimitCountsStored *other;
	GlLimitCountsStored *s;
	gl_health_limits a,
				b;
	gl_health_error err;
	gl_health_status st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	other = checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		s = MemoryContextAlloc(gl_agg_context(fcinfo), VARSIZE(other));
		memcpy(s, other, VARSIZE(other));
		PG_RETURN_POINTER(s);
	}
	s = state_arg(fcinfo);
	view_of(s, &a);
	view_of(other, &b);
	st = gl_health_limits_merge(&a, &b, gl_health_put, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	store_totals(s, &a);
	PG_RETURN_POINTER(s);
}

/* ---- reading the counts --------------------------------------------------------- */

/* the values above threshold (a counted limit) */
static int64
above_of(const gl_health_limits *v, double threshold)
{
	int64		above;
	gl_health_error err;
	gl_health_status st;

	gl_check_finite(threshold, "threshold");
	st = gl_health_limits_above(v, threshold, gl_health_put, &above, &err);

	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	return above;
}

/* share_above(counts, threshold): NULL when no value was counted */
Datum
gl_share_above(PG_FUNCTION_ARGS)
{
	gl_health_limits v;
	int64		above;

	view_of(checked(PG_GETARG_DATUM(0)), &v);
	above = above_of(&v, PG_GETARG_FLOAT8(1));
	if (v.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) above / (double) v.n);
}

/* share_above_interval(counts, threshold, confidence, method) */
Datum
gl_share_above_interval(PG_FUNCTION_ARGS)
{
	gl_health_limits v;
	double		conf = gl_health_confidence_arg(fcinfo, 2);
	gl_health_method method = gl_health_method_arg(fcinfo, 3);
	int64		above;
	gl_health_rate r;
	gl_health_error err;
	gl_health_status st;

	view_of(checked(PG_GETARG_DATUM(0)), &v);
	above = above_of(&v, PG_GETARG_FLOAT8(1));
	if (v.n == 0)
		PG_RETURN_NULL();
	st = gl_health_interval(above, v.n, conf, method, &r, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	return gl_health_rate_datum(fcinfo, &r);
}

/* quantile_bounds(counts, fraction, OUT lower, OUT upper) */
Datum
gl_quantile_bounds(PG_FUNCTION_ARGS)
{
	gl_health_limits v;
	double		lower,
				upper;
	gl_health_error err;
	gl_health_status st;
	TupleDesc	td;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	view_of(checked(PG_GETARG_DATUM(0)), &v);
	if (v.n == 0)
	{
		/* the fraction is still checked */
		gl_health_limits one = v;

		one.n = 1;
		st = gl_health_quantile_bounds(&one, PG_GETARG_FLOAT8(1), &lower, &upper, &err);
		if (st != GL_HEALTH_OK)
			gl_health_report(st, &err);
		PG_RETURN_NULL();
	}
	st = gl_health_quantile_bounds(&v, PG_GETARG_FLOAT8(1), &lower, &upper, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "greenlang: record result expected");
	td = BlessTupleDesc(td);
	values[0] = Float8GetDatum(lower);
	values[1] = Float8GetDatum(upper);
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/* limit_shares(counts, confidence, method): one row per limit */
Datum
gl_limit_shares(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gl_health_limits v;
	double		conf;
	gl_health_method method;
	int32		i;

	InitMaterializedSRF(fcinfo, 0);
	conf = gl_health_confidence_arg(fcinfo, 1);
	method = gl_health_method_arg(fcinfo, 2);
	view_of(checked(PG_GETARG_DATUM(0)), &v);
	for (i = 0; v.n > 0 && i < v.k; i++)
	{
		Datum		values[6];
		bool		nulls[6] = {0};
		gl_health_rate r;
		gl_health_error err;
		gl_health_status st;

		st = gl_health_interval(above_of(&v, v.limits[i]), v.n, conf, method, &r, &err);
		if (st != GL_HEALTH_OK)
			gl_health_report(st, &err);
		values[0] = Float8GetDatum(v.limits[i]);
		values[1] = Int64GetDatum(r.k);
		values[2] = Int64GetDatum(r.n);
		values[3] = Float8GetDatum(r.rate);
		values[4] = Float8GetDatum(r.lower);
		values[5] = Float8GetDatum(r.upper);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
