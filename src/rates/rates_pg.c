/*
 * rates_pg.c - the SQL types confusion and fp_tally, the aggregates
 * fp_rate, fp_rate_interval, confusion and rollup, and the accessors of a
 * confusion matrix.
 *
 * Both types are fixed-size (32 bytes, passed by reference).  They are the
 * transition states of the aggregates too: a transition function that runs
 * inside an aggregate adds to its state in place (O(1) per row, no
 * allocation); called as a plain function it works on a copy.  The
 * combine functions add counts with overflow checks, so partial states add
 * up to exactly the serial result in any order.
 */
#include "postgres.h"

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"

#include "stats/binomial.h"
#include "rates/rates.h"
#include "units/units_pg.h"

StaticAssertDecl(sizeof(gl_confusion) == 32, "confusion is 32 bytes");
StaticAssertDecl(sizeof(gl_fp_tally) == 32, "fp_tally is 32 bytes");
StaticAssertDecl(sizeof(long) == sizeof(int64), "long is 64 bits");

#define PG_GETARG_CONFUSION_P(n) ((gl_confusion *) PG_GETARG_POINTER(n))
#define PG_GETARG_FP_TALLY_P(n) ((gl_fp_tally *) PG_GETARG_POINTER(n))

/* ---- errors and arguments ------------------------------------------------ */

/* Raise the SQL error for a failed core call (what: the object at fault). */
static void rates_report(int rc, const char *what) pg_attribute_noreturn();

static void
rates_report(int rc, const char *what)
{
	switch (rc)
	{
		case GL_STATS_E_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s count out of range", what),
					 errdetail("A count or a sum of counts would exceed 9223372036854775807 (the bigint range).")));
			break;
		case GL_STATS_E_PARAM:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the confidence and the method must be the same for every row",
							what),
					 errhint("Pass constants, e.g. fp_rate_interval(x, 0.95, 'wilson').")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("%s: %s", what, gl_stats_message(rc))));
	}
}

static char *
float8_text(double x)
{
	char	   *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(x, buf);
	return buf;
}

/* a confidence argument, validated */
static double
confidence_arg(FunctionCallInfo fcinfo, int argno)
{
	double		conf = PG_GETARG_FLOAT8(argno);

	if (!gl_ci_confidence_ok(conf))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence must be between 0 and 1, exclusive: %s",
						float8_text(conf)),
				 errhint("A 95%% interval has confidence 0.95.")));
	return conf;
}

/* an interval method argument, validated */
/* gl_ci_method_parse for gl_choice_arg: -1 for an unknown name */
static int
method_find(const char *name, size_t len)
{
	gl_ci_method m = gl_ci_method_parse(name, len);

	return m == GL_CI_UNSET ? -1 : (int) m;
}

static gl_ci_method
method_arg(FunctionCallInfo fcinfo, int argno)
{
	int			m = gl_choice_arg_legacy(fcinfo, argno, method_find);

	if (m < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown interval method \"%s\"",
						text_to_cstring(PG_GETARG_TEXT_PP(argno))),
				 errhint("Known methods: " GL_CI_METHOD_NAMES ".")));
	return (gl_ci_method) m;
}

static void text_error(const char *type, const char *str,
					   const gl_rates_text_error *err, const char *example)
			pg_attribute_noreturn();

static void
text_error(const char *type, const char *str, const gl_rates_text_error *err,
		   const char *example)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", type, str),
			 errdetail("%s at \"%.*s\".", err->what, (int) err->token_len,
					   err->token),
			 errhint("Example: %s.", example)));
}

/* an estimate and its interval as a rate_interval composite */
static Datum
interval_datum(FunctionCallInfo fcinfo, const gl_rate_interval *r)
{
	TupleDesc	td;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning rate_interval called in a context that cannot accept it")));
	td = BlessTupleDesc(td);
	values[0] = Float8GetDatum(r->rate);
	values[1] = Float8GetDatum(r->lower);
	values[2] = Float8GetDatum(r->upper);
	values[3] = Int64GetDatum(r->n);
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/* ---- confusion: I/O ------------------------------------------------------ */

static const char *const confusion_example = "'tp=90, fp=10, fn=15, tn=885'";

PG_FUNCTION_INFO_V1(confusion_in);
Datum
confusion_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_confusion *c = palloc(sizeof(gl_confusion));
	gl_rates_text_error err;

	if (gl_confusion_parse(str, c, &err))
		text_error("confusion", str, &err, confusion_example);
	PG_RETURN_POINTER(c);
}

PG_FUNCTION_INFO_V1(confusion_out);
Datum
confusion_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(GL_CONFUSION_TEXT_MAX);

	gl_confusion_format(PG_GETARG_CONFUSION_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* a count read from the binary form */
static int64
recv_count(StringInfo buf, const char *type)
{
	int64		x = pq_getmsgint64(buf);

	if (x < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("negative count in external \"%s\" value", type)));
	return x;
}

PG_FUNCTION_INFO_V1(confusion_recv);
Datum
confusion_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_confusion *c = palloc(sizeof(gl_confusion));

	c->tp = recv_count(buf, "confusion");
	c->fp = recv_count(buf, "confusion");
	c->fn = recv_count(buf, "confusion");
	c->tn = recv_count(buf, "confusion");
	PG_RETURN_POINTER(c);
}

PG_FUNCTION_INFO_V1(confusion_send);
Datum
confusion_send(PG_FUNCTION_ARGS)
{
	gl_confusion *c = PG_GETARG_CONFUSION_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, c->tp);
	pq_sendint64(&buf, c->fp);
	pq_sendint64(&buf, c->fn);
	pq_sendint64(&buf, c->tn);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
confusion_equal(const gl_confusion *a, const gl_confusion *b)
{
	return a->tp == b->tp && a->fp == b->fp && a->fn == b->fn &&
		a->tn == b->tn;
}

PG_FUNCTION_INFO_V1(confusion_eq);
Datum
confusion_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(confusion_equal(PG_GETARG_CONFUSION_P(0),
								   PG_GETARG_CONFUSION_P(1)));
}

PG_FUNCTION_INFO_V1(confusion_ne);
Datum
confusion_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!confusion_equal(PG_GETARG_CONFUSION_P(0),
									PG_GETARG_CONFUSION_P(1)));
}

/* confusion(tp, fp, fn, tn) */
PG_FUNCTION_INFO_V1(confusion_make);
Datum
confusion_make(PG_FUNCTION_ARGS)
{
	gl_confusion *c = palloc(sizeof(gl_confusion));

	c->tp = PG_GETARG_INT64(0);
	c->fp = PG_GETARG_INT64(1);
	c->fn = PG_GETARG_INT64(2);
	c->tn = PG_GETARG_INT64(3);
	if (c->tp < 0 || c->fp < 0 || c->fn < 0 || c->tn < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confusion counts must not be negative: tp=" INT64_FORMAT ", fp=" INT64_FORMAT ", fn=" INT64_FORMAT ", tn=" INT64_FORMAT,
						c->tp, c->fp, c->fn, c->tn)));
	PG_RETURN_POINTER(c);
}

/* ---- confusion: aggregates ----------------------------------------------- */

/*
 * The transition state to add to: argument 0 itself inside an aggregate,
 * else a copy (a plain function call must not change its argument).
 */
static void *
state_arg(FunctionCallInfo fcinfo, Size size)
{
	void	   *st = PG_GETARG_POINTER(0);
	void	   *copy;

	/* AggCheckCallContext(), without a call per row */
	if (fcinfo->context &&
		(IsA(fcinfo->context, AggState) ||
		 IsA(fcinfo->context, WindowAggState)))
		return st;
	copy = palloc(size);
	memcpy(copy, st, size);
	return copy;
}

#define confusion_state(fcinfo) \
	((gl_confusion *) state_arg(fcinfo, sizeof(gl_confusion)))
#define fp_tally_state(fcinfo) \
	((gl_fp_tally *) state_arg(fcinfo, sizeof(gl_fp_tally)))

/* confusion(predicted, actual) transition */
PG_FUNCTION_INFO_V1(confusion_accum);
Datum
confusion_accum(PG_FUNCTION_ARGS)
{
	gl_confusion *st = confusion_state(fcinfo);
	int			rc;

	rc = gl_confusion_count(st, PG_GETARG_BOOL(1), PG_GETARG_BOOL(2));
	if (unlikely(rc != GL_STATS_OK))
		rates_report(rc, "confusion");
	PG_RETURN_POINTER(st);
}

/* combine of confusion() and transition and combine of rollup(confusion) */
PG_FUNCTION_INFO_V1(confusion_combine);
Datum
confusion_combine(PG_FUNCTION_ARGS)
{
	gl_confusion *st = confusion_state(fcinfo);
	int			rc;

	rc = gl_confusion_add(st, PG_GETARG_CONFUSION_P(1));
	if (unlikely(rc != GL_STATS_OK))
		rates_report(rc, "confusion");
	PG_RETURN_POINTER(st);
}

/* ---- confusion: accessors ------------------------------------------------ */

#define COUNT_ACCESSOR(fname, field) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT64(PG_GETARG_CONFUSION_P(0)->field); \
}

COUNT_ACCESSOR(confusion_tp, tp)
COUNT_ACCESSOR(confusion_fp, fp)
COUNT_ACCESSOR(confusion_fn, fn)
COUNT_ACCESSOR(confusion_tn, tn)

static Datum
rate_accessor(FunctionCallInfo fcinfo, gl_rate_kind kind)
{
	double		r;

	if (gl_confusion_rate(PG_GETARG_CONFUSION_P(0), kind, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

static Datum
interval_accessor(FunctionCallInfo fcinfo, gl_rate_kind kind)
{
	gl_confusion *c = PG_GETARG_CONFUSION_P(0);
	double		conf = confidence_arg(fcinfo, 1);
	gl_ci_method method = method_arg(fcinfo, 2);
	gl_rate_interval r;
	int			rc;

	if (kind == GL_RATE_JACCARD)
		rc = gl_confusion_f1_interval(c, conf, method, &r);
	else
		rc = gl_confusion_interval(c, kind, conf, method, &r);
	if (rc == GL_STATS_E_EMPTY)
		PG_RETURN_NULL();
	if (rc != GL_STATS_OK)
		rates_report(rc, "confusion");
	return interval_datum(fcinfo, &r);
}

#define RATE_ACCESSORS(name, kind) \
PG_FUNCTION_INFO_V1(confusion_##name); \
Datum \
confusion_##name(PG_FUNCTION_ARGS) \
{ \
	return rate_accessor(fcinfo, kind); \
} \
PG_FUNCTION_INFO_V1(confusion_##name##_interval); \
Datum \
confusion_##name##_interval(PG_FUNCTION_ARGS) \
{ \
	return interval_accessor(fcinfo, kind); \
}

RATE_ACCESSORS(precision, GL_RATE_PRECISION)
RATE_ACCESSORS(recall, GL_RATE_RECALL)
RATE_ACCESSORS(specificity, GL_RATE_SPECIFICITY)
RATE_ACCESSORS(false_positive_rate, GL_RATE_FALSE_POSITIVE)
RATE_ACCESSORS(false_discovery_rate, GL_RATE_FALSE_DISCOVERY)
RATE_ACCESSORS(accuracy, GL_RATE_ACCURACY)

PG_FUNCTION_INFO_V1(confusion_f1);
Datum
confusion_f1(PG_FUNCTION_ARGS)
{
	double		r;

	if (gl_confusion_f1(PG_GETARG_CONFUSION_P(0), &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

PG_FUNCTION_INFO_V1(confusion_f1_interval);
Datum
confusion_f1_interval(PG_FUNCTION_ARGS)
{
	return interval_accessor(fcinfo, GL_RATE_JACCARD);
}

PG_FUNCTION_INFO_V1(confusion_mcc);
Datum
confusion_mcc(PG_FUNCTION_ARGS)
{
	double		r;

	if (gl_confusion_mcc(PG_GETARG_CONFUSION_P(0), &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

/* ---- fp_tally: I/O ------------------------------------------------------- */

static const char *const fp_tally_example =
"'tp=7, fp=3' or 'tp=7, fp=3, confidence=0.95, method=wilson'";

PG_FUNCTION_INFO_V1(fp_tally_in);
Datum
fp_tally_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_fp_tally *t = palloc(sizeof(gl_fp_tally));
	gl_rates_text_error err;

	if (gl_fp_tally_parse(str, t, &err))
		text_error("fp_tally", str, &err, fp_tally_example);
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(fp_tally_out);
Datum
fp_tally_out(PG_FUNCTION_ARGS)
{
	gl_fp_tally *t = PG_GETARG_FP_TALLY_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "tp=" INT64_FORMAT ", fp=" INT64_FORMAT,
					 t->tp, t->fp);
	if (t->method != GL_CI_UNSET)
	{
		char		conf[DOUBLE_SHORTEST_DECIMAL_LEN];

		double_to_shortest_decimal_buf(t->confidence, conf);
		appendStringInfo(&buf, ", confidence=%s, method=%s", conf,
						 gl_ci_method_name((gl_ci_method) t->method));
	}
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(fp_tally_recv);
Datum
fp_tally_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_fp_tally *t = palloc0(sizeof(gl_fp_tally));

	t->tp = recv_count(buf, "fp_tally");
	t->fp = recv_count(buf, "fp_tally");
	t->confidence = pq_getmsgfloat8(buf);
	t->method = pq_getmsgint(buf, 4);
	if (t->method == GL_CI_UNSET ? t->confidence != 0.0 :
		(t->method != GL_CI_WILSON && t->method != GL_CI_CLOPPER_PEARSON) ||
		!gl_ci_confidence_ok(t->confidence))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid confidence or method in external \"fp_tally\" value")));
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(fp_tally_send);
Datum
fp_tally_send(PG_FUNCTION_ARGS)
{
	gl_fp_tally *t = PG_GETARG_FP_TALLY_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, t->tp);
	pq_sendint64(&buf, t->fp);
	pq_sendfloat8(&buf, t->confidence);
	pq_sendint32(&buf, t->method);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
fp_tally_equal(const gl_fp_tally *a, const gl_fp_tally *b)
{
	return a->tp == b->tp && a->fp == b->fp && a->method == b->method &&
		a->confidence == b->confidence;
}

PG_FUNCTION_INFO_V1(fp_tally_eq);
Datum
fp_tally_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(fp_tally_equal(PG_GETARG_FP_TALLY_P(0),
								  PG_GETARG_FP_TALLY_P(1)));
}

PG_FUNCTION_INFO_V1(fp_tally_ne);
Datum
fp_tally_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!fp_tally_equal(PG_GETARG_FP_TALLY_P(0),
								   PG_GETARG_FP_TALLY_P(1)));
}

/* ---- fp_rate and fp_rate_interval ---------------------------------------- */

/*
 * Transition of fp_rate(is_false_positive) and of fp_rate_interval with
 * one, two (confidence) or three (confidence, method) arguments.  The
 * confidence and method are kept in the state; every row must give the
 * same ones.
 */
PG_FUNCTION_INFO_V1(fp_rate_accum);
Datum
fp_rate_accum(PG_FUNCTION_ARGS)
{
	gl_fp_tally *st = fp_tally_state(fcinfo);
	int			rc;

	if (PG_NARGS() > 2)
	{
		gl_fp_tally row = {0, 0, 0.0, GL_CI_WILSON, 0};

		/*
		 * Validated on the first row of a state (whose confidence is still
		 * the unset 0) and whenever it differs from the state's; a row
		 * equal to an already validated value needs no check.
		 */
		row.confidence = PG_GETARG_FLOAT8(2);
		if (st->method == GL_CI_UNSET || row.confidence != st->confidence)
			row.confidence = confidence_arg(fcinfo, 2);
		if (PG_NARGS() > 3)
			row.method = method_arg(fcinfo, 3);
		rc = gl_fp_tally_add(st, &row);
		if (rc != GL_STATS_OK)
			rates_report(rc, "fp_rate_interval");
	}
	rc = gl_fp_tally_count(st, PG_GETARG_BOOL(1));
	if (unlikely(rc != GL_STATS_OK))
		rates_report(rc, "fp_rate");
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(fp_tally_combine);
Datum
fp_tally_combine(PG_FUNCTION_ARGS)
{
	gl_fp_tally *st = fp_tally_state(fcinfo);
	int			rc;

	rc = gl_fp_tally_add(st, PG_GETARG_FP_TALLY_P(1));
	if (rc != GL_STATS_OK)
		rates_report(rc, "fp_tally");
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(fp_rate_final);
Datum
fp_rate_final(PG_FUNCTION_ARGS)
{
	gl_fp_tally *t = PG_GETARG_FP_TALLY_P(0);
	gl_confusion c = {t->tp, t->fp, 0, 0};
	double		r;

	if (gl_confusion_rate(&c, GL_RATE_FALSE_DISCOVERY, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

PG_FUNCTION_INFO_V1(fp_rate_interval_final);
Datum
fp_rate_interval_final(PG_FUNCTION_ARGS)
{
	gl_rate_interval r;
	int			rc;

	rc = gl_fp_tally_interval(PG_GETARG_FP_TALLY_P(0), &r);
	if (rc == GL_STATS_E_EMPTY)
		PG_RETURN_NULL();
	if (rc != GL_STATS_OK)
		rates_report(rc, "fp_rate_interval");
	return interval_datum(fcinfo, &r);
}
