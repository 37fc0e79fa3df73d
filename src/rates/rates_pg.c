/*
 * rates_pg.c - the SQL types confusion and fp_tally, the aggregates
 * fp_rate, fp_rate_interval, confusion and rollup, and the accessors of a
 * confusion matrix.
 *
 * Both types are fixed-size (32 bytes, passed by reference), stored as the
 * glue structs below, never as the core's structs.  They are the
 * transition states of the aggregates too: a transition function that runs
 * inside an aggregate adds to its state in place (O(1) per row, no
 * allocation); called as a plain function it works on a copy.  The
 * combine functions add counts with overflow checks, so partial states add
 * up to exactly the serial result in any order.
 *
 * Errors are the rates core's statuses (and the statistics core's, which
 * it passes on), reported by gl_raise with {extra} the SQL name the user
 * called.
 */
#include "rates/rates_pg.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* ---- stored forms -------------------------------------------------------- */

/* a confusion on disk and in aggregate states (INTERNALLENGTH 32) */
typedef struct GlConfusionStored
{
	int64		tp;
	int64		fp;
	int64		fn;
	int64		tn;
} GlConfusionStored;

/* an fp_tally on disk and in aggregate states (INTERNALLENGTH 32) */
typedef struct GlFpTallyStored
{
	int64		tp;
	int64		fp;
	float8		confidence;		/* 0 when unset */
	int32		method;			/* a gl_ci_method */
	int32		pad;			/* always 0 */
} GlFpTallyStored;

StaticAssertDecl(sizeof(GlConfusionStored) == 32,
				 "confusion's stored form changed size: update INTERNALLENGTH and the upgrade script");
StaticAssertDecl(sizeof(GlFpTallyStored) == 32,
				 "fp_tally's stored form changed size: update INTERNALLENGTH and the upgrade script");
StaticAssertDecl(sizeof(long) == sizeof(int64), "long is 64 bits");

#define PG_GETARG_CONFUSION_P(n) ((GlConfusionStored *) PG_GETARG_POINTER(n))
#define PG_GETARG_FP_TALLY_P(n) ((GlFpTallyStored *) PG_GETARG_POINTER(n))

static inline void
confusion_get(const GlConfusionStored *s, gl_confusion *c)
{
	c->tp = s->tp;
	c->fp = s->fp;
	c->fn = s->fn;
	c->tn = s->tn;
}

void
gl_confusion_datum_get(Datum d, gl_confusion *c)
{
	confusion_get((const GlConfusionStored *) DatumGetPointer(d), c);
}

static inline void
confusion_put(const gl_confusion *c, GlConfusionStored *s)
{
	s->tp = c->tp;
	s->fp = c->fp;
	s->fn = c->fn;
	s->tn = c->tn;
}

static inline void
tally_get(const GlFpTallyStored *s, gl_fp_tally *t)
{
	t->tp = s->tp;
	t->fp = s->fp;
	t->confidence = s->confidence;
	t->method = s->method;
}

static inline void
tally_put(const gl_fp_tally *t, GlFpTallyStored *s)
{
	s->tp = t->tp;
	s->fp = t->fp;
	s->confidence = t->confidence;
	s->method = t->method;
	s->pad = 0;
}

static Datum
confusion_datum(const gl_confusion *c)
{
	GlConfusionStored *s = palloc(sizeof(GlConfusionStored));

	confusion_put(c, s);
	return PointerGetDatum(s);
}

static Datum
tally_datum(const gl_fp_tally *t)
{
	GlFpTallyStored *s = palloc(sizeof(GlFpTallyStored));

	tally_put(t, s);
	return PointerGetDatum(s);
}

/* ---- errors and arguments ------------------------------------------------ */

/* Report status rc of the core; what is the SQL name the user called. */
GL_NORETURN static void rates_raise(int rc, const char *what);

static void
rates_raise(int rc, const char *what)
{
	gl_status_args a = {0};

	a.extra = what;
	gl_raise(gl_rates_table(rc), rc, &a);
}

/*
 * An interval's error: GL_STATS_E_COUNT_LIMIT names the number of trials
 * (r->n, set by the core on that error), the others as rates_raise.
 */
GL_NORETURN static void interval_raise(int rc, const gl_rate_interval *r,
									   const char *what);

static void
interval_raise(int rc, const gl_rate_interval *r, const char *what)
{
	gl_status_args a = {0};
	char		n[32];

	a.extra = what;
	if (rc == GL_STATS_E_COUNT_LIMIT)
	{
		snprintf(n, sizeof(n), "%lld", (long long) r->n);
		a.name = n;
		a.namelen = strlen(n);
	}
	gl_raise(gl_rates_table(rc), rc, &a);
}

/* a text form's error: raised, or saved in the soft-error context */
static void
text_error(FunctionCallInfo fcinfo, const char *type, const char *str,
		   const gl_rates_text_error *err)
{
	gl_status_args a;

	if (err->table == NULL)
	{
		gl_raise_text(gl_escontext(fcinfo), type, str, &err->text);
		return;
	}
	a = err->args;
	if (a.extra == NULL)
		a.extra = type;
	if (a.name == NULL)
	{
		a.name = str;
		a.namelen = strlen(str);
	}
	gl_raise_soft(gl_escontext(fcinfo), err->table, err->code, &a);
}

/* a binary form of type must have size bytes left */
static void
binary_size(StringInfo buf, int size, const char *type)
{
	if (buf->len - buf->cursor != size)
	{
		gl_status_args a = {0};

		a.extra = type;
		gl_raise(&gl_base_statuses, GL_BASE_BINARY_SIZE, &a);
	}
}

/* a binary form's error (receive functions have no soft errors) */
static void
binary_check(int rc, gl_status_args *a, const char *type)
{
	if (rc != GL_RATES_OK)
	{
		a->extra = type;
		gl_raise(&gl_rates_statuses, rc, a);
	}
}

/* a confidence argument, validated */
static double
confidence_arg(FunctionCallInfo fcinfo, int argno)
{
	double		conf = PG_GETARG_FLOAT8(argno);
	int			rc;

	gl_check_finite(conf, "confidence");
	rc = gl_binom_check_confidence(conf);
	if (rc != GL_STATS_OK)
		gl_raise_value(&gl_stats_statuses, rc, "confidence", conf);
	return conf;
}

/* an interval method argument, resolved once per query when constant */
static gl_ci_method
method_arg(FunctionCallInfo fcinfo, int argno)
{
	return (gl_ci_method) gl_choice_arg(fcinfo, argno, &gl_ci_methods,
										"method");
}

/* an estimate and its interval as a rate_interval composite */
static Datum
interval_datum(FunctionCallInfo fcinfo, const gl_rate_interval *r)
{
	TupleDesc	td;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "function returning rate_interval called in a context that cannot accept it");
	td = BlessTupleDesc(td);
	values[0] = Float8GetDatum(r->rate);
	values[1] = Float8GetDatum(r->lower);
	values[2] = Float8GetDatum(r->upper);
	values[3] = Int64GetDatum(r->n);
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/* ---- confusion: I/O ------------------------------------------------------ */

PG_FUNCTION_INFO_V1(gl_confusion_in);
Datum
gl_confusion_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_confusion c;
	gl_rates_text_error err;

	if (gl_confusion_parse(str, &c, &err) != 0)
	{
		text_error(fcinfo, "confusion", str, &err);
		PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(confusion_datum(&c));
}

PG_FUNCTION_INFO_V1(gl_confusion_out);
Datum
gl_confusion_out(PG_FUNCTION_ARGS)
{
	gl_confusion c;
	char	   *buf = palloc(GL_CONFUSION_TEXT_MAX);

	confusion_get(PG_GETARG_CONFUSION_P(0), &c);
	gl_confusion_format(&c, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(gl_confusion_recv);
Datum
gl_confusion_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_confusion c;
	gl_status_args a = {0};

	binary_size(buf, 32, "confusion");
	c.tp = pq_getmsgint64(buf);
	c.fp = pq_getmsgint64(buf);
	c.fn = pq_getmsgint64(buf);
	c.tn = pq_getmsgint64(buf);
	binary_check(gl_confusion_check_binary(&c, &a), &a, "confusion");
	PG_RETURN_DATUM(confusion_datum(&c));
}

PG_FUNCTION_INFO_V1(gl_confusion_send);
Datum
gl_confusion_send(PG_FUNCTION_ARGS)
{
	GlConfusionStored *c = PG_GETARG_CONFUSION_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, c->tp);
	pq_sendint64(&buf, c->fp);
	pq_sendint64(&buf, c->fn);
	pq_sendint64(&buf, c->tn);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
confusion_equal(const GlConfusionStored *a, const GlConfusionStored *b)
{
	return a->tp == b->tp && a->fp == b->fp && a->fn == b->fn &&
		a->tn == b->tn;
}

PG_FUNCTION_INFO_V1(gl_confusion_eq);
Datum
gl_confusion_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(confusion_equal(PG_GETARG_CONFUSION_P(0),
								   PG_GETARG_CONFUSION_P(1)));
}

PG_FUNCTION_INFO_V1(gl_confusion_ne);
Datum
gl_confusion_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!confusion_equal(PG_GETARG_CONFUSION_P(0),
									PG_GETARG_CONFUSION_P(1)));
}

/* confusion(tp, fp, fn, tn): the overload that takes the counts */
PG_FUNCTION_INFO_V1(gl_confusion_counts);
Datum
gl_confusion_counts(PG_FUNCTION_ARGS)
{
	gl_confusion c;
	gl_status_args a = {0};
	int			rc;

	c.tp = PG_GETARG_INT64(0);
	c.fp = PG_GETARG_INT64(1);
	c.fn = PG_GETARG_INT64(2);
	c.tn = PG_GETARG_INT64(3);
	rc = gl_confusion_check(&c, &a);
	if (rc != GL_RATES_OK)
		gl_raise(&gl_rates_statuses, rc, &a);
	PG_RETURN_DATUM(confusion_datum(&c));
}

/* ---- confusion: aggregates ----------------------------------------------- */

#define confusion_state(fcinfo) \
	((GlConfusionStored *) gl_agg_state_arg(fcinfo, sizeof(GlConfusionStored)))
#define fp_tally_state(fcinfo) \
	((GlFpTallyStored *) gl_agg_state_arg(fcinfo, sizeof(GlFpTallyStored)))

/* confusion(predicted, actual): transition */
PG_FUNCTION_INFO_V1(gl_confusion_trans);
Datum
gl_confusion_trans(PG_FUNCTION_ARGS)
{
	GlConfusionStored *st = confusion_state(fcinfo);
	gl_confusion c;
	int			rc;

	confusion_get(st, &c);
	rc = gl_confusion_count(&c, PG_GETARG_BOOL(1), PG_GETARG_BOOL(2));
	if (unlikely(rc != GL_STATS_OK))
		rates_raise(rc, "confusion");
	confusion_put(&c, st);
	PG_RETURN_POINTER(st);
}

/* combine of confusion() and transition and combine of rollup(confusion) */
PG_FUNCTION_INFO_V1(gl_confusion_combine);
Datum
gl_confusion_combine(PG_FUNCTION_ARGS)
{
	GlConfusionStored *st = confusion_state(fcinfo);
	gl_confusion c;
	gl_confusion add;
	int			rc;

	confusion_get(st, &c);
	confusion_get(PG_GETARG_CONFUSION_P(1), &add);
	rc = gl_confusion_add(&c, &add);
	if (unlikely(rc != GL_STATS_OK))
		rates_raise(rc, "confusion");
	confusion_put(&c, st);
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

COUNT_ACCESSOR(gl_tp, tp)
COUNT_ACCESSOR(gl_fp, fp)
COUNT_ACCESSOR(gl_fn, fn)
COUNT_ACCESSOR(gl_tn, tn)

static Datum
rate_accessor(FunctionCallInfo fcinfo, gl_rate_kind kind)
{
	gl_confusion c;
	double		r;

	confusion_get(PG_GETARG_CONFUSION_P(0), &c);
	if (gl_confusion_rate(&c, kind, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

static Datum
interval_accessor(FunctionCallInfo fcinfo, gl_rate_kind kind,
				  const char *what)
{
	gl_confusion c;
	double		conf = confidence_arg(fcinfo, 1);
	gl_ci_method method = method_arg(fcinfo, 2);
	gl_rate_interval r;
	int			rc;

	confusion_get(PG_GETARG_CONFUSION_P(0), &c);
	if (kind == GL_RATE_JACCARD)
		rc = gl_confusion_f1_interval(&c, conf, method, &r);
	else
		rc = gl_confusion_interval(&c, kind, conf, method, &r);
	if (rc == GL_STATS_E_EMPTY)
		PG_RETURN_NULL();
	if (rc != GL_STATS_OK)
		interval_raise(rc, &r, what);
	return interval_datum(fcinfo, &r);
}

/* metric(c) and metric_interval(c, confidence, method) */
#define RATE_ACCESSORS(name, kind) \
PG_FUNCTION_INFO_V1(gl_##name); \
Datum \
gl_##name(PG_FUNCTION_ARGS) \
{ \
	return rate_accessor(fcinfo, kind); \
} \
PG_FUNCTION_INFO_V1(gl_##name##_interval); \
Datum \
gl_##name##_interval(PG_FUNCTION_ARGS) \
{ \
	return interval_accessor(fcinfo, kind, #name "_interval"); \
}

/* "precision"(c) and ppv(c) are one C function */
RATE_ACCESSORS(precision, GL_RATE_PRECISION)
RATE_ACCESSORS(recall, GL_RATE_RECALL)
RATE_ACCESSORS(specificity, GL_RATE_SPECIFICITY)
RATE_ACCESSORS(false_positive_rate, GL_RATE_FALSE_POSITIVE)
RATE_ACCESSORS(false_discovery_rate, GL_RATE_FALSE_DISCOVERY)
RATE_ACCESSORS(accuracy, GL_RATE_ACCURACY)

PG_FUNCTION_INFO_V1(gl_f1);
Datum
gl_f1(PG_FUNCTION_ARGS)
{
	gl_confusion c;
	double		r;

	confusion_get(PG_GETARG_CONFUSION_P(0), &c);
	if (gl_confusion_f1(&c, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

PG_FUNCTION_INFO_V1(gl_f1_interval);
Datum
gl_f1_interval(PG_FUNCTION_ARGS)
{
	return interval_accessor(fcinfo, GL_RATE_JACCARD, "f1_interval");
}

PG_FUNCTION_INFO_V1(gl_mcc);
Datum
gl_mcc(PG_FUNCTION_ARGS)
{
	gl_confusion c;
	double		r;

	confusion_get(PG_GETARG_CONFUSION_P(0), &c);
	if (gl_confusion_mcc(&c, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

/* ---- fp_tally: I/O ------------------------------------------------------- */

PG_FUNCTION_INFO_V1(gl_fp_tally_in);
Datum
gl_fp_tally_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_fp_tally t;
	gl_rates_text_error err;

	if (gl_fp_tally_parse(str, &t, &err) != 0)
	{
		text_error(fcinfo, "fp_tally", str, &err);
		PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(tally_datum(&t));
}

PG_FUNCTION_INFO_V1(gl_fp_tally_out);
Datum
gl_fp_tally_out(PG_FUNCTION_ARGS)
{
	gl_fp_tally t;
	char		conf[32];
	char	   *buf = palloc(GL_FP_TALLY_TEXT_MAX);

	tally_get(PG_GETARG_FP_TALLY_P(0), &t);
	gl_fp_tally_format(&t, gl_shortest(t.confidence, conf), buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(gl_fp_tally_recv);
Datum
gl_fp_tally_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_fp_tally t;
	gl_status_args a = {0};

	binary_size(buf, 28, "fp_tally");
	t.tp = pq_getmsgint64(buf);
	t.fp = pq_getmsgint64(buf);
	t.confidence = pq_getmsgfloat8(buf);
	t.method = (int32) pq_getmsgint(buf, 4);
	binary_check(gl_fp_tally_check_binary(&t, &a), &a, "fp_tally");
	PG_RETURN_DATUM(tally_datum(&t));
}

PG_FUNCTION_INFO_V1(gl_fp_tally_send);
Datum
gl_fp_tally_send(PG_FUNCTION_ARGS)
{
	GlFpTallyStored *t = PG_GETARG_FP_TALLY_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, t->tp);
	pq_sendint64(&buf, t->fp);
	pq_sendfloat8(&buf, t->confidence);
	pq_sendint32(&buf, t->method);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
fp_tally_equal(const GlFpTallyStored *a, const GlFpTallyStored *b)
{
	return a->tp == b->tp && a->fp == b->fp && a->method == b->method &&
		a->confidence == b->confidence;
}

PG_FUNCTION_INFO_V1(gl_fp_tally_eq);
Datum
gl_fp_tally_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(fp_tally_equal(PG_GETARG_FP_TALLY_P(0),
								  PG_GETARG_FP_TALLY_P(1)));
}

PG_FUNCTION_INFO_V1(gl_fp_tally_ne);
Datum
gl_fp_tally_ne(PG_FUNCTION_ARGS)
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
PG_FUNCTION_INFO_V1(gl_fp_rate_trans);
Datum
gl_fp_rate_trans(PG_FUNCTION_ARGS)
{
	GlFpTallyStored *st = fp_tally_state(fcinfo);
	gl_fp_tally t;
	int			rc;

	tally_get(st, &t);
	if (PG_NARGS() > 2)
	{
		gl_fp_tally row = {0, 0, 0.0, GL_CI_WILSON};

		/*
		 * Validated on the first row of a state (whose confidence is still
		 * the unset 0) and whenever it differs from the state's; a row
		 * equal to an already validated value needs no check.
		 */
		row.confidence = PG_GETARG_FLOAT8(2);
		if (t.method == GL_CI_UNSET || row.confidence != t.confidence)
			row.confidence = confidence_arg(fcinfo, 2);
		if (PG_NARGS() > 3)
			row.method = method_arg(fcinfo, 3);
		rc = gl_fp_tally_add(&t, &row);
		if (rc != GL_STATS_OK)
			rates_raise(rc, "fp_rate_interval");
	}
	rc = gl_fp_tally_count(&t, PG_GETARG_BOOL(1));
	if (unlikely(rc != GL_STATS_OK))
		rates_raise(rc, "fp_rate");
	tally_put(&t, st);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(gl_fp_tally_combine);
Datum
gl_fp_tally_combine(PG_FUNCTION_ARGS)
{
	GlFpTallyStored *st = fp_tally_state(fcinfo);
	gl_fp_tally t;
	gl_fp_tally add;
	int			rc;

	tally_get(st, &t);
	tally_get(PG_GETARG_FP_TALLY_P(1), &add);
	rc = gl_fp_tally_add(&t, &add);
	if (rc != GL_STATS_OK)
		rates_raise(rc, "fp_tally");
	tally_put(&t, st);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(gl_fp_rate_final);
Datum
gl_fp_rate_final(PG_FUNCTION_ARGS)
{
	GlFpTallyStored *t = PG_GETARG_FP_TALLY_P(0);
	gl_confusion c = {t->tp, t->fp, 0, 0};
	double		r;

	if (gl_confusion_rate(&c, GL_RATE_FALSE_DISCOVERY, &r) != GL_STATS_OK)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

PG_FUNCTION_INFO_V1(gl_fp_rate_interval_final);
Datum
gl_fp_rate_interval_final(PG_FUNCTION_ARGS)
{
	gl_fp_tally t;
	gl_rate_interval r;
	int			rc;

	tally_get(PG_GETARG_FP_TALLY_P(0), &t);
	rc = gl_fp_tally_interval(&t, &r);
	if (rc == GL_STATS_E_EMPTY)
		PG_RETURN_NULL();
	if (rc != GL_STATS_OK)
		interval_raise(rc, &r, "fp_rate_interval");
	return interval_datum(fcinfo, &r);
}
