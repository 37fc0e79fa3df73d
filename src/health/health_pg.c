/*
 * health/health_pg.c - the SQL type error_counts with its aggregates
 * error_counts(ts, failed, bucket_width) and rollup(error_counts), the
 * episodes, severity bands and overall rate read from it; and what the
 * module's glue shares (health_pg.h).
 *
 * error_counts is the aggregates' state.  Inside an aggregate it is an
 * expanded object (the core's counts, growing in place); stored or sent
 * between processes it is flat (GlErrorCountsStored):
 *
 *   int32 varlena header, int32 nbuckets, int64 width (microseconds),
 *   GlErrorBucketStored buckets[nbuckets] (int64 bucket, errors, events)
 *
 * with the buckets in increasing order.  The counts are integers, so a
 * parallel plan or a rollup of stored values gives the serial result
 * exactly.
 */
#include "health/health_pg.h"

#include <stddef.h>

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

typedef struct GlErrorCountsStored
{
	int32		vl_len_;
	int32		nbuckets;
	int64		width;
	/* GlErrorBucketStored buckets[nbuckets] */
} GlErrorCountsStored;

typedef struct GlErrorBucketStored
{
	int64		bucket;
	int64		errors;
	int64		events;
} GlErrorBucketStored;

StaticAssertDecl(sizeof(GlErrorCountsStored) == 16, "the stored header is 16 bytes");
StaticAssertDecl(sizeof(GlErrorBucketStored) == 24, "a stored bucket is 24 bytes");

/* a stored value's buckets are read in place as the core's */
StaticAssertDecl(sizeof(gl_health_bucket) == sizeof(GlErrorBucketStored) &&
				 offsetof(gl_health_bucket, bucket) == offsetof(GlErrorBucketStored, bucket) &&
				 offsetof(gl_health_bucket, errors) == offsetof(GlErrorBucketStored, errors) &&
				 offsetof(gl_health_bucket, total) == offsetof(GlErrorBucketStored, events),
				 "gl_health_bucket has the layout of GlErrorBucketStored");

/* the expanded form: the core's counts, in the object's own memory context */
typedef struct ErrorCountsEx
{
	ExpandedObjectHeader hdr;
	gl_health_counts c;
} ErrorCountsEx;

PG_FUNCTION_INFO_V1(gl_error_counts_in);
PG_FUNCTION_INFO_V1(gl_error_counts_out);
PG_FUNCTION_INFO_V1(gl_error_counts_recv);
PG_FUNCTION_INFO_V1(gl_error_counts_send);
PG_FUNCTION_INFO_V1(gl_error_counts_trans);
PG_FUNCTION_INFO_V1(gl_error_counts_combine);
PG_FUNCTION_INFO_V1(gl_error_episodes);
PG_FUNCTION_INFO_V1(gl_error_rate_bands);
PG_FUNCTION_INFO_V1(gl_error_rate);
PG_FUNCTION_INFO_V1(gl_error_rate_interval);
PG_FUNCTION_INFO_V1(gl_bucket_width);

/* ---- what the module's glue shares -------------------------------------- */

void
gl_health_report(gl_health_status st, const gl_health_error *err)
{
	gl_raise(&gl_health_statuses, st, err ? &err->args : NULL);
}

void
gl_health_put(char *buf, double v)
{
	gl_shortest(v, buf);
}

Datum
gl_health_rate_datum(FunctionCallInfo fcinfo, const gl_health_rate *r)
{
	TupleDesc	td;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "greenlang: rate_interval result expected");
	td = BlessTupleDesc(td);
	values[0] = Float8GetDatum(r->rate);
	values[1] = Float8GetDatum(r->lower);
	values[2] = Float8GetDatum(r->upper);
	values[3] = Int64GetDatum(r->n);
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

static const gl_choice method_items[] = {
	{"wilson", GL_HEALTH_WILSON},
	{"clopper-pearson", GL_HEALTH_CLOPPER_PEARSON},
};
static const gl_choices method_choices = GL_CHOICES("interval method", method_items);

gl_health_method
gl_health_method_arg(FunctionCallInfo fcinfo, int argno)
{
	return (gl_health_method) gl_choice_arg(fcinfo, argno, &method_choices, "method");
}

double
gl_health_confidence_arg(FunctionCallInfo fcinfo, int argno)
{
	double		conf = PG_GETARG_FLOAT8(argno);
	gl_health_error err;
	gl_health_status st = gl_health_check_confidence(conf, &err);

	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	return conf;
}

void
gl_health_float8_array(ArrayType *a, const char *argname, const double **values,
					   int *n)
{
	gl_health_error err;

	if (ARR_NDIM(a) > 1)
	{
		gl_health_fail(&err, GL_HEALTH_ARRAY_DIMS);
		err.args.arg = argname;
		gl_health_report(GL_HEALTH_ARRAY_DIMS, &err);
	}
	if (ARR_HASNULL(a) && array_contains_nulls(a))
	{
		gl_health_fail(&err, GL_HEALTH_ARRAY_NULL);
		err.args.arg = argname;
		gl_health_report(GL_HEALTH_ARRAY_NULL, &err);
	}
	if (ARR_ELEMTYPE(a) != FLOAT8OID)
		elog(ERROR, "greenlang: float8[] expected");
	*n = ARR_NDIM(a) == 0 ? 0 : ARR_DIMS(a)[0];
	*values = (const double *) ARR_DATA_PTR(a);
}

/* ---- flat and expanded forms ------------------------------------------- */

/* a stored value that fails its checks */
GL_NORETURN static void
corrupt(void)
{
	gl_status_args a = {0};

	a.extra = "error_counts";
	gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
}

static Size
flat_size(const gl_health_counts *c)
{
	return sizeof(GlErrorCountsStored) + (Size) c->n * sizeof(GlErrorBucketStored);
}

/* the pending rows of ex merged in, in ex's own context */
static void
ex_compact(ErrorCountsEx *ex)
{
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	gl_health_error err;
	gl_health_status st = gl_health_counts_compact(&ex->c, &err);

	MemoryContextSwitchTo(old);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
}

static Size
ec_get_flat_size(ExpandedObjectHeader *eohptr)
{
	ErrorCountsEx *ex = (ErrorCountsEx *) eohptr;

	ex_compact(ex);
	return flat_size(&ex->c);
}

static void
ec_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	ErrorCountsEx *ex = (ErrorCountsEx *) eohptr;
	GlErrorCountsStored *out = result;

	memset(out, 0, sizeof(GlErrorCountsStored));
	SET_VARSIZE(out, allocated_size);
	out->nbuckets = ex->c.n;
	out->width = ex->c.width;
	if (ex->c.n > 0)
		memcpy((char *) out + sizeof(GlErrorCountsStored), ex->c.b,
			   (Size) ex->c.n * sizeof(GlErrorBucketStored));
}

static const ExpandedObjectMethods error_counts_methods = {
	ec_get_flat_size,
	ec_flatten_into
};

/* the counts of a flat value, checked (a stored value is never trusted blindly) */
static void
view_flat(const GlErrorCountsStored *flat, gl_health_counts *v)
{
	gl_health_error err;
	gl_health_status st;

	if (VARSIZE(flat) < sizeof(GlErrorCountsStored) || flat->nbuckets < 0 ||
		VARSIZE(flat) != sizeof(GlErrorCountsStored) +
		(Size) flat->nbuckets * sizeof(GlErrorBucketStored))
		corrupt();
	gl_health_counts_init(v, flat->width);
	v->b = (gl_health_bucket *) ((const char *) flat + sizeof(GlErrorCountsStored));
	v->n = v->max = flat->nbuckets;
	st = gl_health_counts_check(v, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
}

/* a read-only, compacted view of an error_counts datum: do not grow it */
static void
view_datum(Datum d, gl_health_counts *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &error_counts_methods);

	if (eoh)
	{
		ex_compact((ErrorCountsEx *) eoh);
		*v = ((ErrorCountsEx *) eoh)->c;
	}
	else
		view_flat((GlErrorCountsStored *) PG_DETOAST_DATUM(d), v);
}

/* a new, empty expanded value of width in a child context of parent */
static ErrorCountsEx *
ex_new(MemoryContext parent, int64 width)
{
	MemoryContext ctx = gl_eoh_context(parent, "error_counts");
	ErrorCountsEx *ex = MemoryContextAllocZero(ctx, sizeof(ErrorCountsEx));

	EOH_init_header(&ex->hdr, &error_counts_methods, ctx);
	gl_health_counts_init(&ex->c, width);
	return ex;
}

/* other's counts added to ex's, in its own context */
static void
ex_merge(ErrorCountsEx *ex, const gl_health_counts *other)
{
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	gl_health_error err;
	gl_health_status st = gl_health_counts_merge(&ex->c, other, &err);

	MemoryContextSwitchTo(old);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
}

/*
 * The state in argument 0 to add to: itself when it is our read-write
 * expanded object inside an aggregate, else a new expanded copy.
 */
static ErrorCountsEx *
state_arg(FunctionCallInfo fcinfo)
{
	ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &error_counts_methods);
	gl_health_counts v;
	ErrorCountsEx *ex;

	if (eoh)
		return (ErrorCountsEx *) eoh;
	view_datum(PG_GETARG_DATUM(0), &v);
	ex = ex_new(gl_agg_context(fcinfo), v.width);
	ex_merge(ex, &v);
	return ex;
}

/* a flat value made of c (which the caller frees) */
static Datum
flat_of(const gl_health_counts *c)
{
	Size		size = flat_size(c);
	GlErrorCountsStored *out;

	if (size > MaxAllocSize)
		gl_health_report(GL_HEALTH_TOO_MANY_BUCKETS, NULL);
	out = palloc0(size);
	SET_VARSIZE(out, size);
	out->nbuckets = c->n;
	out->width = c->width;
	if (c->n > 0)
		memcpy((char *) out + sizeof(GlErrorCountsStored), c->b,
			   (Size) c->n * sizeof(GlErrorBucketStored));
	return PointerGetDatum(out);
}

/* ---- text and binary forms ----------------------------------------------- */

Datum
gl_error_counts_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_health_counts c;
	gl_health_error err;
	gl_health_status st = gl_health_counts_parse(str, &c, &err);
	Datum		result;

	if (st != GL_HEALTH_OK)
	{
		err.args.extra = "error_counts";
		if (err.args.name == NULL)
		{
			err.args.name = str;
			err.args.namelen = strlen(str);
		}
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_health_statuses, st, &err.args))
			PG_RETURN_NULL();
	}
	result = flat_of(&c);
	gl_health_counts_free(&c);
	PG_RETURN_DATUM(result);
}

Datum
gl_error_counts_out(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	char	   *text;

	view_datum(PG_GETARG_DATUM(0), &v);
	text = gl_health_counts_format(&v);
	PG_RETURN_CSTRING(text);
}

Datum
gl_error_counts_send(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	StringInfoData buf;
	int32		i;

	view_datum(PG_GETARG_DATUM(0), &v);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, v.width);
	pq_sendint32(&buf, v.n);
	for (i = 0; i < v.n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		pq_sendint64(&buf, v.b[i].bucket);
		pq_sendint64(&buf, v.b[i].errors);
		pq_sendint64(&buf, v.b[i].total);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* binary input: what text input accepts, checked the same way */
Datum
gl_error_counts_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_health_counts c;
	gl_health_error err;
	gl_health_status st;
	int64		width;
	int32		n,
				i;
	Datum		result;

	width = pq_getmsgint64(buf);
	n = pq_getmsgint(buf, 4);
	if (n < 0 || (int64) n * 24 != buf->len - buf->cursor)
	{
		gl_health_fail(&err, GL_HEALTH_BINARY);
		err.args.extra = "error_counts";
		gl_health_report(GL_HEALTH_BINARY, &err);
	}
	if (n > GL_HEALTH_MAX_BUCKETS)
		gl_health_report(GL_HEALTH_TOO_MANY_BUCKETS, NULL);
	gl_health_counts_init(&c, width);
	c.b = palloc((Size) (n > 0 ? n : 1) * sizeof(gl_health_bucket));
	c.n = c.max = n;
	for (i = 0; i < n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		c.b[i].bucket = pq_getmsgint64(buf);
		c.b[i].errors = pq_getmsgint64(buf);
		c.b[i].total = pq_getmsgint64(buf);
	}
	st = gl_health_counts_check(&c, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	result = flat_of(&c);
	pfree(c.b);
	PG_RETURN_DATUM(result);
}

/* ---- the aggregates --------------------------------------------------------- */

/* the last bucket_width seen by a transition function, in fn_extra */
typedef struct width_cache
{
	bool		valid;
	Interval	iv;
	int64		us;
} width_cache;

/* an interval argument as a duration in microseconds, checked */
static int64
duration_of(const Interval *iv, const char *argname)
{
	gl_health_error err;
	int64		us;
	gl_health_status st = gl_health_duration(iv->month, iv->day, iv->time,
											 argname, NULL, &us, &err);

	if (st != GL_HEALTH_OK)
	{
		char	   *text = DatumGetCString(DirectFunctionCall1(interval_out,
															   IntervalPGetDatum(iv)));

		err.args.name = text;
		err.args.namelen = strlen(text);
		gl_health_report(st, &err);
	}
	return us;
}

/* bucket_width in argument argno, resolved once while it stays the same */
static int64
width_arg(FunctionCallInfo fcinfo, int argno)
{
	Interval   *iv = PG_GETARG_INTERVAL_P(argno);
	width_cache *wc = (width_cache *) fcinfo->flinfo->fn_extra;

	if (wc == NULL)
	{
		wc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(width_cache));
		fcinfo->flinfo->fn_extra = wc;
	}
	if (wc->valid && memcmp(&wc->iv, iv, sizeof(Interval)) == 0)
		return wc->us;
	wc->us = duration_of(iv, "bucket_width");
	wc->iv = *iv;
	wc->valid = true;
	return wc->us;
}

/* widths a and b differ: raise */
GL_NORETURN static void
widths_differ(int64 a, int64 b)
{
	gl_health_error err;
	gl_health_counts ca,
				cb;

	/* the core words it (as the merge of two summaries does) */
	gl_health_counts_init(&ca, a);
	gl_health_counts_init(&cb, b);
	gl_health_report(gl_health_counts_merge(&ca, &cb, &err), &err);
}

/* a ts that is infinite or whose bucket leaves the timestamptz range */
GL_NORETURN static void
time_range(TimestampTz ts)
{
	gl_health_error err;
	char	   *text = DatumGetCString(DirectFunctionCall1(timestamptz_out,
														   TimestampTzGetDatum(ts)));

	gl_health_fail(&err, GL_HEALTH_TIME_RANGE);
	err.args.name = text;
	err.args.namelen = strlen(text);
	gl_health_report(GL_HEALTH_TIME_RANGE, &err);
}

/* error_counts_trans(state, ts, failed, bucket_width): a row with a NULL is skipped */
Datum
gl_error_counts_trans(PG_FUNCTION_ARGS)
{
	TimestampTz ts;
	int64		width;
	ErrorCountsEx *ex;
	MemoryContext old;
	gl_health_error err;
	gl_health_status st;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	ts = PG_GETARG_TIMESTAMPTZ(1);
	width = width_arg(fcinfo, 3);
	if (TIMESTAMP_NOT_FINITE(ts))
		time_range(ts);
	if (PG_ARGISNULL(0))
		ex = ex_new(gl_agg_context(fcinfo), width);
	else
	{
		ex = state_arg(fcinfo);
		if (unlikely(ex->c.width != width))
			widths_differ(ex->c.width, width);
	}
	old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	st = gl_health_counts_add(&ex->c, ts, PG_GETARG_BOOL(2), &err);
	MemoryContextSwitchTo(old);
	if (unlikely(st != GL_HEALTH_OK))
	{
		if (st == GL_HEALTH_TIME_RANGE)
			time_range(ts);
		gl_health_report(st, &err);
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

/* combine of error_counts() and transition and combine of rollup(error_counts) */
Datum
gl_error_counts_combine(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	ErrorCountsEx *ex;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	view_datum(PG_GETARG_DATUM(1), &v);
	if (PG_ARGISNULL(0))
		ex = ex_new(gl_agg_context(fcinfo), v.width);
	else
		ex = state_arg(fcinfo);
	ex_merge(ex, &v);
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

/* ---- reading the counts --------------------------------------------------------- */

static const gl_choice by_items[] = {
	{"rate", GL_HEALTH_BY_RATE},
	{"lower-bound", GL_HEALTH_BY_LOWER},
	{"lower", GL_HEALTH_BY_LOWER},
};
static const gl_choices by_choices = GL_CHOICES("judgement", by_items);

/* by, confidence and method in arguments argno, argno + 1, argno + 2 */
static void
judge_args(FunctionCallInfo fcinfo, int argno, gl_health_judge *j)
{
	j->by = (gl_health_by) gl_choice_arg(fcinfo, argno, &by_choices, "by");
	j->confidence = gl_health_confidence_arg(fcinfo, argno + 1);
	j->method = gl_health_method_arg(fcinfo, argno + 2);
}

/* spans as rows: start, end, [buckets,] errors, events, rate, lower, upper[, band] */
static void
span_rows(FunctionCallInfo fcinfo, const gl_health_span *sp, int32 n, bool bands)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int32		i;

	for (i = 0; i < n; i++)
	{
		Datum		values[8];
		bool		nulls[8] = {0};
		int			k = 0;

		if ((i & 0x3FF) == 0x3FF)
			CHECK_FOR_INTERRUPTS();
		values[k++] = TimestampTzGetDatum(sp[i].start);
		values[k++] = TimestampTzGetDatum(sp[i].end);
		if (!bands)
			values[k++] = Int64GetDatum(sp[i].buckets);
		values[k++] = Int64GetDatum(sp[i].r.k);
		values[k++] = Int64GetDatum(sp[i].r.n);
		values[k++] = Float8GetDatum(sp[i].r.rate);
		values[k++] = Float8GetDatum(sp[i].r.lower);
		values[k++] = Float8GetDatum(sp[i].r.upper);
		if (bands)
			values[k++] = Int32GetDatum(sp[i].band);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/* error_episodes(counts, threshold, min_duration, by, confidence, method) */
Datum
gl_error_episodes(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	double		threshold = PG_GETARG_FLOAT8(1);
	int64		min_duration;
	gl_health_judge j;
	gl_health_span *sp;
	int32		n;
	gl_health_error err;
	gl_health_status st;

	InitMaterializedSRF(fcinfo, 0);
	st = gl_health_check_threshold(threshold, "threshold", &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	min_duration = duration_of(PG_GETARG_INTERVAL_P(2), "min_duration");
	judge_args(fcinfo, 3, &j);
	view_datum(PG_GETARG_DATUM(0), &v);
	st = gl_health_episodes(&v, threshold, min_duration, &j, &sp, &n, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	span_rows(fcinfo, sp, n, false);
	return (Datum) 0;
}

/* error_rate_bands(counts, thresholds, by, confidence, method) */
Datum
gl_error_rate_bands(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	const double *t;
	int			nt;
	gl_health_judge j;
	gl_health_span *sp;
	int32		n;
	gl_health_error err;
	gl_health_status st;

	InitMaterializedSRF(fcinfo, 0);
	gl_health_float8_array(PG_GETARG_ARRAYTYPE_P(1), "thresholds", &t, &nt);
	st = gl_health_check_thresholds(t, nt, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	judge_args(fcinfo, 2, &j);
	view_datum(PG_GETARG_DATUM(0), &v);
	st = gl_health_bands(&v, t, nt, &j, &sp, &n, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	span_rows(fcinfo, sp, n, true);
	return (Datum) 0;
}

/* errors and events over every bucket; false when there are none */
static bool
totals_of(FunctionCallInfo fcinfo, int64 *errors, int64 *events)
{
	gl_health_counts v;
	gl_health_error err;
	gl_health_status st;

	view_datum(PG_GETARG_DATUM(0), &v);
	st = gl_health_counts_totals(&v, errors, events, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	return *events > 0;
}

Datum
gl_error_rate(PG_FUNCTION_ARGS)
{
	int64		errors,
				events;

	if (!totals_of(fcinfo, &errors, &events))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) errors / (double) events);
}

/* error_rate_interval(counts, confidence, method) */
Datum
gl_error_rate_interval(PG_FUNCTION_ARGS)
{
	double		conf = gl_health_confidence_arg(fcinfo, 1);
	gl_health_method method = gl_health_method_arg(fcinfo, 2);
	int64		errors,
				events;
	gl_health_rate r;
	gl_health_error err;
	gl_health_status st;

	if (!totals_of(fcinfo, &errors, &events))
		PG_RETURN_NULL();
	st = gl_health_interval(errors, events, conf, method, &r, &err);
	if (st != GL_HEALTH_OK)
		gl_health_report(st, &err);
	return gl_health_rate_datum(fcinfo, &r);
}

Datum
gl_bucket_width(PG_FUNCTION_ARGS)
{
	gl_health_counts v;
	Interval   *iv = palloc0(sizeof(Interval));

	view_datum(PG_GETARG_DATUM(0), &v);
	iv->day = (int32) (v.width / USECS_PER_DAY);
	iv->time = v.width % USECS_PER_DAY;
	PG_RETURN_INTERVAL_P(iv);
}
