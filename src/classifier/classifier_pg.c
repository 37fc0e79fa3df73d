/*
 * classifier/classifier_pg.c - the score_summary type, its aggregates
 * (score_summary, rollup) and what it answers: ROC AUC with DeLong's
 * interval, average precision, the threshold curve and choice, and
 * calibration.
 *
 * Stored form (GlSummaryStored): a 16-byte header (version, digits) and
 * one 32-byte entry per distinct score, sorted, canonical (classifier.h).
 * While aggregating, the state is an expanded object (a core
 * gl_score_buffer in the object's memory context), so a row costs an
 * append of its 8-byte score key; the rows waiting are sorted and merged
 * in batches, and once more when the state is stored, read or sent to
 * another process.
 */
#include "classifier/classifier_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/typcache.h"

#include "base/alloc.h"

/* ---- the stored form -------------------------------------------------- */

typedef struct GlScoreEntryStored
{
	float8		score;
	int64		positive;
	int64		negative;
	int64		unverified;
} GlScoreEntryStored;

typedef struct GlSummaryStored
{
	int32		vl_len_;		/* varlena header */
	int16		version;		/* GL_SUMMARY_VERSION */
	int16		digits;			/* -1: not rounded */
	int32		reserved1;		/* 0 */
	int32		reserved2;		/* 0 */
	GlScoreEntryStored entries[FLEXIBLE_ARRAY_MEMBER];
} GlSummaryStored;

#define GL_SUMMARY_VERSION 1
#define SUMMARY_HDRSZ offsetof(GlSummaryStored, entries)

StaticAssertDecl(sizeof(GlScoreEntryStored) == 32, "a stored entry is 32 bytes");
StaticAssertDecl(SUMMARY_HDRSZ == 16, "the stored header is 16 bytes");
/* the stored entry and the core's have one layout: views share the bytes */
StaticAssertDecl(sizeof(gl_score_entry) == sizeof(GlScoreEntryStored) &&
				 offsetof(gl_score_entry, score) == offsetof(GlScoreEntryStored, score) &&
				 offsetof(gl_score_entry, pos) == offsetof(GlScoreEntryStored, positive) &&
				 offsetof(gl_score_entry, neg) == offsetof(GlScoreEntryStored, negative) &&
				 offsetof(gl_score_entry, unv) == offsetof(GlScoreEntryStored, unverified),
				 "stored and core entries share a layout");

/* ---- reporting and arguments ------------------------------------------ */

void
gl_cls_raise(int code, const char *extra, double value)
{
	gl_status_args a = {0};

	a.extra = extra;
	a.has_value = true;
	a.value = value;
	gl_raise(&gl_classifier_statuses, code, &a);
}

double
gl_cls_confidence_arg(FunctionCallInfo fcinfo, int argno)
{
	double		conf = PG_GETARG_FLOAT8(argno);

	if (!gl_cls_open01(conf))
		gl_cls_raise(GL_CLS_CONFIDENCE, NULL, conf);
	return conf;
}

static const gl_choice method_items[] = {
	{"wilson", GL_CLS_WILSON},
	{"clopper-pearson", GL_CLS_CLOPPER_PEARSON},
	{"exact", GL_CLS_CLOPPER_PEARSON},
};
static const gl_choices method_choices = GL_CHOICES("interval method", method_items);

gl_cls_method
gl_cls_method_arg(FunctionCallInfo fcinfo, int argno)
{
	return (gl_cls_method) gl_choice_arg(fcinfo, argno, &method_choices, "method");
}

TupleDesc
gl_cls_result_type(FunctionCallInfo fcinfo)
{
	TupleDesc	td;

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "greenlang: function returning a composite called in a context that cannot accept it");
	return BlessTupleDesc(td);
}

Datum
gl_cls_interval_datum(TupleDesc td, double rate, double lower, double upper,
					  int64 n)
{
	Datum		v[4];
	bool		nulls[4] = {false, false, false, false};

	v[0] = Float8GetDatum(rate);
	v[1] = Float8GetDatum(lower);
	v[2] = Float8GetDatum(upper);
	v[3] = Int64GetDatum(n);
	return HeapTupleGetDatum(heap_form_tuple(td, v, nulls));
}

/* ---- expanded working state ------------------------------------------- */

typedef struct SummaryExpanded
{
	ExpandedObjectHeader hdr;
	gl_score_buffer buf;		/* in hdr.eoh_context */
} SummaryExpanded;

/* a read-only view of a summary, flat or expanded */
typedef struct SummaryView
{
	const gl_score_entry *e;
	size_t		n;
	int			digits;
} SummaryView;

static Size summary_flat_size(ExpandedObjectHeader *eoh);
static void summary_flatten_into(ExpandedObjectHeader *eoh, void *result,
								 Size size);

static const ExpandedObjectMethods summary_methods = {
	summary_flat_size,
	summary_flatten_into
};

/* run a core buffer operation in the object's memory context */
static void
summary_compact(SummaryExpanded *x)
{
	MemoryContext old = MemoryContextSwitchTo(x->hdr.eoh_context);
	int			rc = gl_score_buffer_compact(&x->buf);

	MemoryContextSwitchTo(old);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "score_summary", 0);
}

static Size
summary_flat_size(ExpandedObjectHeader *eoh)
{
	SummaryExpanded *x = (SummaryExpanded *) eoh;

	summary_compact(x);
	return SUMMARY_HDRSZ + x->buf.n * sizeof(GlScoreEntryStored);
}

static void
summary_flatten_into(ExpandedObjectHeader *eoh, void *result, Size size)
{
	SummaryExpanded *x = (SummaryExpanded *) eoh;
	GlSummaryStored *f = (GlSummaryStored *) result;

	Assert(size == SUMMARY_HDRSZ + x->buf.n * sizeof(GlScoreEntryStored));
	memset(f, 0, SUMMARY_HDRSZ);
	SET_VARSIZE(f, size);
	f->version = GL_SUMMARY_VERSION;
	f->digits = (int16) x->buf.digits;
	if (x->buf.n > 0)
		gl_copy_checked(f->entries, x->buf.e, x->buf.n * sizeof(GlScoreEntryStored));
}

static SummaryExpanded *
summary_new(MemoryContext parent, int digits, size_t cap)
{
	MemoryContext cxt = gl_eoh_context(parent, "score_summary");
	SummaryExpanded *x = MemoryContextAlloc(cxt, sizeof(SummaryExpanded));
	MemoryContext old;
	int			rc;

	EOH_init_header(&x->hdr, &summary_methods, cxt);
	old = MemoryContextSwitchTo(cxt);
	rc = gl_score_buffer_init(&x->buf, digits, cap);
	MemoryContextSwitchTo(old);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "score_summary", 0);
	return x;
}

/* a stored summary's checks: header, then the entries (XX001 if bad) */
static void
summary_check_stored(const GlSummaryStored *f)
{
	Size		sz = VARSIZE(f);
	double		bad;

	if (sz < SUMMARY_HDRSZ || (sz - SUMMARY_HDRSZ) % sizeof(GlScoreEntryStored) != 0 ||
		f->version != GL_SUMMARY_VERSION || f->reserved1 != 0 ||
		f->reserved2 != 0 || f->digits < GL_SCORES_NO_DIGITS ||
		f->digits > GL_SCORES_MAX_DIGITS ||
		gl_scores_check((const gl_score_entry *) f->entries,
						(sz - SUMMARY_HDRSZ) / sizeof(GlScoreEntryStored),
						f->digits, &bad) != GL_CLS_OK)
	{
		gl_status_args a = {0};

		a.extra = "score_summary";
		gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
	}
}

static void
summary_view(Datum d, SummaryView *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &summary_methods);

	if (eoh)
	{
		SummaryExpanded *x = (SummaryExpanded *) eoh;

		summary_compact(x);
		v->e = x->buf.e;
		v->n = x->buf.n;
		v->digits = x->buf.digits;
	}
	else
	{
		GlSummaryStored *f = (GlSummaryStored *) PG_DETOAST_DATUM(d);

		summary_check_stored(f);
		v->e = (const gl_score_entry *) f->entries;
		v->n = (VARSIZE(f) - SUMMARY_HDRSZ) / sizeof(GlScoreEntryStored);
		v->digits = f->digits;
	}
}

#define PG_GETARG_SUMMARY(n, v) summary_view(PG_GETARG_DATUM(n), (v))

/*
 * The state in argument 0 to update: the aggregate's own expanded object,
 * else a new expanded copy (in the aggregate's context; outside an
 * aggregate in the current one, so the argument is never changed).
 */
static SummaryExpanded *
summary_for_update(FunctionCallInfo fcinfo)
{
	ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &summary_methods);
	SummaryView v;
	SummaryExpanded *x;

	if (eoh)
		return (SummaryExpanded *) eoh;
	summary_view(PG_GETARG_DATUM(0), &v);
	x = summary_new(gl_agg_context(fcinfo), v.digits, v.n + 64);
	if (v.n > 0)
		gl_copy_checked(x->buf.e, v.e, v.n * sizeof(gl_score_entry));
	x->buf.n = x->buf.nsorted = v.n;
	return x;
}

/* ---- text and binary forms -------------------------------------------- */

PG_FUNCTION_INFO_V1(gl_score_summary_in);
Datum
gl_score_summary_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_score_entry *e;
	size_t		n;
	int			digits;
	gl_scores_text_error err;
	int			rc = gl_scores_parse(str, &e, &n, &digits, &err);
	GlSummaryStored *f;

	if (rc != GL_CLS_OK)
	{
		gl_status_args a = {0};

		a.extra = "score_summary";
		a.name = str;
		a.namelen = strlen(str);
		a.item = err.token;
		a.itemlen = err.token_len;
		a.has_value = true;
		a.value = err.value;
		a.list = err.expected;
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_classifier_statuses,
						   rc, &a))
			PG_RETURN_NULL();
	}
	f = palloc0(SUMMARY_HDRSZ + n * sizeof(GlScoreEntryStored));
	SET_VARSIZE(f, SUMMARY_HDRSZ + n * sizeof(GlScoreEntryStored));
	f->version = GL_SUMMARY_VERSION;
	f->digits = (int16) digits;
	if (n > 0)
		memcpy(f->entries, e, n * sizeof(GlScoreEntryStored));
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(gl_score_summary_out);
Datum
gl_score_summary_out(PG_FUNCTION_ARGS)
{
	SummaryView v;
	StringInfoData buf;
	size_t		i;

	PG_GETARG_SUMMARY(0, &v);
	initStringInfo(&buf);
	if (v.digits >= 0)
		appendStringInfo(&buf, "digits=%d ", v.digits);
	appendStringInfoChar(&buf, '{');
	for (i = 0; i < v.n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			gl_check_interrupts();	/* millions of entries print for seconds */
		if (i > 0)
			appendStringInfoString(&buf, ", ");
		gl_append_shortest(&buf, v.e[i].score);
		appendStringInfo(&buf, ":" INT64_FORMAT "/" INT64_FORMAT "/" INT64_FORMAT,
						 v.e[i].pos, v.e[i].neg, v.e[i].unv);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

static void
binary_error(const char *why)
{
	gl_status_args a = {0};

	a.extra = "score_summary";
	a.name = why;
	a.namelen = strlen(why);
	gl_raise(&gl_classifier_statuses, GL_CLS_BINARY, &a);
}

PG_FUNCTION_INFO_V1(gl_score_summary_recv);
Datum
gl_score_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int			digits = (int16) pq_getmsgint(msg, 2);
	int64		n = pq_getmsgint64(msg);
	GlSummaryStored *f;
	gl_score_entry *e;
	size_t		k;
	int64		i;
	double		bad;
	int			rc;

	if (digits < GL_SCORES_NO_DIGITS || digits > GL_SCORES_MAX_DIGITS)
		binary_error("digits is not -1 (none) or 0 to 15");
	if (n < 0 || n > (int64) (msg->len - msg->cursor) / 32)
		binary_error("the number of entries does not match the length");
	f = palloc0(SUMMARY_HDRSZ + n * sizeof(GlScoreEntryStored));
	e = (gl_score_entry *) f->entries;
	for (i = 0; i < n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		e[i].score = pq_getmsgfloat8(msg);
		e[i].pos = pq_getmsgint64(msg);
		e[i].neg = pq_getmsgint64(msg);
		e[i].unv = pq_getmsgint64(msg);
		if (isnan(e[i].score) || isinf(e[i].score))
			binary_error("a score is NaN or infinite");
		if (e[i].pos < 0 || e[i].neg < 0 || e[i].unv < 0)
			binary_error("a count is negative");
	}
	rc = gl_scores_canonicalize(e, (size_t) n, &k);
	if (rc == GL_CLS_OK)
		rc = gl_scores_check(e, k, digits, &bad);
	if (rc == GL_CLS_NOT_ROUNDED)
		binary_error("a score is not rounded to the summary's digits");
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "score_summary", bad);
	SET_VARSIZE(f, SUMMARY_HDRSZ + k * sizeof(GlScoreEntryStored));
	f->version = GL_SUMMARY_VERSION;
	f->digits = (int16) digits;
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(gl_score_summary_send);
Datum
gl_score_summary_send(PG_FUNCTION_ARGS)
{
	SummaryView v;
	StringInfoData buf;
	size_t		i;

	PG_GETARG_SUMMARY(0, &v);
	pq_begintypsend(&buf);
	pq_sendint16(&buf, (int16) v.digits);
	pq_sendint64(&buf, (int64) v.n);
	for (i = 0; i < v.n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		pq_sendfloat8(&buf, v.e[i].score);
		pq_sendint64(&buf, v.e[i].pos);
		pq_sendint64(&buf, v.e[i].neg);
		pq_sendint64(&buf, v.e[i].unv);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- aggregates ------------------------------------------------------- */

/*
 * score_summary_trans(state, score, label [, digits]): NULL scores are
 * skipped, a NULL label counts as unverified.
 */
PG_FUNCTION_INFO_V1(gl_score_summary_trans);
Datum
gl_score_summary_trans(PG_FUNCTION_ARGS)
{
	int			digits = GL_SCORES_NO_DIGITS;
	double		score;
	int			label;
	SummaryExpanded *x;
	MemoryContext old;
	int			rc;

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, "digits");
		digits = PG_GETARG_INT32(3);
		if (digits < 0 || digits > GL_SCORES_MAX_DIGITS)
			gl_cls_raise(GL_CLS_DIGITS, NULL, digits);
	}
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	score = PG_GETARG_FLOAT8(1);
	gl_check_finite(score, "score");
	label = PG_ARGISNULL(2) ? -1 : PG_GETARG_BOOL(2) ? 1 : 0;
	if (PG_ARGISNULL(0))
		x = summary_new(gl_agg_context(fcinfo), digits, 0);
	else
	{
		x = summary_for_update(fcinfo);
		if (x->buf.digits != digits)
			gl_raise_arg(&gl_classifier_statuses, GL_CLS_PARAM_MIXED, "digits");
	}
	old = MemoryContextSwitchTo(x->hdr.eoh_context);
	rc = gl_score_buffer_add(&x->buf, score, label);
	MemoryContextSwitchTo(old);
	if (unlikely(rc != GL_CLS_OK))
		gl_cls_raise(rc, "score_summary", 0);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/*
 * score_summary_final(state): the state as a flat summary, written in one
 * pass from the rows waiting and the entries kept, in the caller's memory
 * (so the executor keeps it as it is instead of copying it).
 */
PG_FUNCTION_INFO_V1(gl_score_summary_final);
Datum
gl_score_summary_final(PG_FUNCTION_ARGS)
{
	ExpandedObjectHeader *eoh;
	SummaryExpanded *x;
	GlSummaryStored *f;
	size_t		bound,
				n;
	int			rc;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	eoh = gl_eoh_of(PG_GETARG_DATUM(0), &summary_methods);
	if (eoh == NULL)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	x = (SummaryExpanded *) eoh;
	bound = gl_score_buffer_bound(&x->buf);
	if (bound > (MaxAllocSize - SUMMARY_HDRSZ) / sizeof(GlScoreEntryStored))
		PG_RETURN_DATUM(gl_eoh_flatten(eoh));
	f = palloc(SUMMARY_HDRSZ + bound * sizeof(GlScoreEntryStored));
	rc = gl_score_buffer_emit(&x->buf, (gl_score_entry *) f->entries, &n);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "score_summary", 0);
	if (n < bound / 2)
		f = repalloc(f, SUMMARY_HDRSZ + n * sizeof(GlScoreEntryStored));
	memset(f, 0, SUMMARY_HDRSZ);
	SET_VARSIZE(f, SUMMARY_HDRSZ + n * sizeof(GlScoreEntryStored));
	f->version = GL_SUMMARY_VERSION;
	f->digits = (int16) x->buf.digits;
	PG_RETURN_POINTER(f);
}

/* score_summary_combine(a, b): the summary of both; NULL is empty */
PG_FUNCTION_INFO_V1(gl_score_summary_combine);
Datum
gl_score_summary_combine(PG_FUNCTION_ARGS)
{
	SummaryView b;
	SummaryExpanded *x;
	MemoryContext old;
	int			rc;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	summary_view(PG_GETARG_DATUM(1), &b);
	if (PG_ARGISNULL(0))
	{
		x = summary_new(gl_agg_context(fcinfo), b.digits, b.n + 64);
		if (b.n > 0)
			gl_copy_checked(x->buf.e, b.e, b.n * sizeof(gl_score_entry));
		x->buf.n = x->buf.nsorted = b.n;
		PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
	}
	x = summary_for_update(fcinfo);
	if (x->buf.digits != b.digits)
		gl_cls_raise(GL_CLS_DIGITS_MIXED, NULL, 0);
	old = MemoryContextSwitchTo(x->hdr.eoh_context);
	rc = gl_score_buffer_merge(&x->buf, b.e, b.n);
	MemoryContextSwitchTo(old);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "score_summary", 0);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/* ---- accessors ----------------------------------------------------------- */

/* one of a summary's totals: its rows labelled true, false or NULL */
#define TOTAL_ACCESSOR(fname, field) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	SummaryView v; \
	gl_score_totals t; \
 \
	PG_GETARG_SUMMARY(0, &v); \
	gl_scores_totals(v.e, v.n, &t); \
	PG_RETURN_INT64(t.field); \
}

TOTAL_ACCESSOR(gl_positives, pos)
TOTAL_ACCESSOR(gl_negatives, neg)
TOTAL_ACCESSOR(gl_unverified, unv)

PG_FUNCTION_INFO_V1(gl_distinct_scores);
Datum
gl_distinct_scores(PG_FUNCTION_ARGS)
{
	SummaryView v;

	PG_GETARG_SUMMARY(0, &v);
	PG_RETURN_INT64((int64) v.n);
}

PG_FUNCTION_INFO_V1(gl_digits);
Datum
gl_digits(PG_FUNCTION_ARGS)
{
	SummaryView v;

	PG_GETARG_SUMMARY(0, &v);
	if (v.digits < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(v.digits);
}

PG_FUNCTION_INFO_V1(gl_auc_error_bound);
Datum
gl_auc_error_bound(PG_FUNCTION_ARGS)
{
	SummaryView v;
	double		r;
	bool		def;

	PG_GETARG_SUMMARY(0, &v);
	gl_cls_auc_error_bound(v.e, v.n, v.digits, &r, &def);
	if (!def)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

/* ---- AUC and average precision ----------------------------------------- */

static void
auc_of(FunctionCallInfo fcinfo, double conf, gl_auc *a)
{
	SummaryView v;
	int			rc;

	PG_GETARG_SUMMARY(0, &v);
	rc = gl_cls_auc(v.e, v.n, conf, a);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "roc_auc", 0);
}

PG_FUNCTION_INFO_V1(gl_roc_auc);
Datum
gl_roc_auc(PG_FUNCTION_ARGS)
{
	gl_auc		a;

	auc_of(fcinfo, 0.95, &a);
	if (!a.defined)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(a.auc);
}

static const gl_choice auc_method_items[] = {{"delong", 1}};
static const gl_choices auc_method_choices =
GL_CHOICES("AUC interval method", auc_method_items);

PG_FUNCTION_INFO_V1(gl_roc_auc_interval);
Datum
gl_roc_auc_interval(PG_FUNCTION_ARGS)
{
	double		conf = gl_cls_confidence_arg(fcinfo, 1);
	gl_auc		a;

	(void) gl_choice_arg(fcinfo, 2, &auc_method_choices, "method");
	auc_of(fcinfo, conf, &a);
	if (!a.has_interval)
		PG_RETURN_NULL();
	return gl_cls_interval_datum(gl_cls_result_type(fcinfo), a.auc, a.lower,
								 a.upper, a.positives + a.negatives);
}

PG_FUNCTION_INFO_V1(gl_average_precision);
Datum
gl_average_precision(PG_FUNCTION_ARGS)
{
	SummaryView v;
	double		r;
	bool		def;

	PG_GETARG_SUMMARY(0, &v);
	gl_cls_average_precision(v.e, v.n, &r, &def);
	if (!def)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

/* ---- thresholds ----------------------------------------------------------- */

static const gl_choice metric_items[] = {
	{"false-discovery-rate", GL_CLS_M_FDR},
	{"fdr", GL_CLS_M_FDR},
	{"fp-rate", GL_CLS_M_FDR},
	{"false-positive-rate", GL_CLS_M_FPR},
	{"fpr", GL_CLS_M_FPR},
	{"recall", GL_CLS_M_RECALL},
	{"tpr", GL_CLS_M_RECALL},
	{"sensitivity", GL_CLS_M_RECALL},
	{"precision", GL_CLS_M_PRECISION},
	{"ppv", GL_CLS_M_PRECISION},
	{"specificity", GL_CLS_M_SPECIFICITY},
	{"tnr", GL_CLS_M_SPECIFICITY},
};
static const gl_choices metric_choices = GL_CHOICES("metric", metric_items);

/* an interval of metric m at point pt, as a rate_interval datum or NULL */
static Datum
point_interval(TupleDesc td, const gl_cls_point *pt, gl_cls_metric m,
			   double conf, gl_cls_method method, bool *isnull,
			   double *rate)
{
	int64_t		k,
				n;
	gl_cls_prop p;
	int			rc;

	gl_cls_metric_counts(pt, m, &k, &n);
	rc = gl_cls_prop_interval(k, n, conf, method, &p);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "threshold_curve", 0);
	*isnull = !p.defined;
	*rate = p.rate;
	if (!p.defined)
		return (Datum) 0;
	return gl_cls_interval_datum(td, p.rate, p.lower, p.upper, p.n);
}

/*
 * threshold_curve(summary, confidence, method): one row per candidate
 * threshold (+inf first, then the verified scores, decreasing).
 */
PG_FUNCTION_INFO_V1(gl_threshold_curve);
Datum
gl_threshold_curve(PG_FUNCTION_ARGS)
{
	double		conf = gl_cls_confidence_arg(fcinfo, 1);
	gl_cls_method method = gl_cls_method_arg(fcinfo, 2);
	static const gl_cls_metric metrics[4] = {
		GL_CLS_M_RECALL, GL_CLS_M_FPR, GL_CLS_M_PRECISION, GL_CLS_M_FDR
	};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	SummaryView v;
	TupleDesc	itd;
	gl_cls_cursor cur;
	gl_cls_point pt;
	uint32		rows = 0;

	PG_GETARG_SUMMARY(0, &v);
	InitMaterializedSRF(fcinfo, 0);
	itd = lookup_rowtype_tupdesc_copy(TupleDescAttr(rsinfo->setDesc, 11)->atttypid, -1);
	itd = BlessTupleDesc(itd);
	memset(&cur, 0, sizeof(cur));
	while (gl_cls_curve_next(v.e, v.n, &cur, &pt))
	{
		Datum		vals[15];
		bool		nulls[15] = {0};
		int			i;

		if ((++rows & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		vals[0] = Float8GetDatum(pt.threshold);
		vals[1] = Int64GetDatum(pt.flagged);
		vals[2] = Int64GetDatum(pt.unverified);
		vals[3] = Int64GetDatum(pt.tp);
		vals[4] = Int64GetDatum(pt.fp);
		vals[5] = Int64GetDatum(pt.fn);
		vals[6] = Int64GetDatum(pt.tn);
		for (i = 0; i < 4; i++)
		{
			double		rate;

			vals[11 + i] = point_interval(itd, &pt, metrics[i], conf, method,
										  &nulls[11 + i], &rate);
			vals[7 + i] = Float8GetDatum(rate);
			nulls[7 + i] = nulls[11 + i];
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
	}
	return (Datum) 0;
}

/* choose_threshold(summary, metric, target, confidence, method) */
PG_FUNCTION_INFO_V1(gl_choose_threshold);
Datum
gl_choose_threshold(PG_FUNCTION_ARGS)
{
	gl_cls_metric m = (gl_cls_metric) gl_choice_arg(fcinfo, 1, &metric_choices,
													"metric");
	double		target = PG_GETARG_FLOAT8(2);
	double		conf = gl_cls_confidence_arg(fcinfo, 3);
	gl_cls_method method = gl_cls_method_arg(fcinfo, 4);
	SummaryView v;
	gl_cls_choice c;
	TupleDesc	td;
	Datum		vals[14];
	bool		nulls[14] = {0};
	int			rc;

	if (!gl_cls_open01(target))
		gl_cls_raise(GL_CLS_TARGET, NULL, target);
	PG_GETARG_SUMMARY(0, &v);
	rc = gl_cls_choose(v.e, v.n, m, target, conf, method, &c);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "choose_threshold", 0);
	if (!c.found)
		PG_RETURN_NULL();
	td = gl_cls_result_type(fcinfo);
	vals[0] = Float8GetDatum(c.pt.threshold);
	vals[1] = Int64GetDatum(c.pt.flagged);
	vals[2] = Int64GetDatum(c.pt.unverified);
	vals[3] = Int64GetDatum(c.pt.tp);
	vals[4] = Int64GetDatum(c.pt.fp);
	vals[5] = Int64GetDatum(c.pt.fn);
	vals[6] = Int64GetDatum(c.pt.tn);
	vals[7] = CStringGetTextDatum(gl_choice_name(&metric_choices, m));
	vals[8] = Float8GetDatum(c.metric.rate);
	vals[9] = Float8GetDatum(c.metric.lower);
	vals[10] = Float8GetDatum(c.metric.upper);
	vals[11] = Int64GetDatum(c.metric.n);
	vals[12] = Int64GetDatum(c.true_alarms_lost);
	vals[13] = Int64GetDatum(c.false_alarms_avoided);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, vals, nulls)));
}

/* ---- calibration ----------------------------------------------------------- */

static int
bins_arg(FunctionCallInfo fcinfo, int argno)
{
	int32		bins = PG_GETARG_INT32(argno);

	if (bins < 1 || bins > GL_CLS_MAX_BINS)
		gl_cls_raise(GL_CLS_BINS, NULL, bins);
	return bins;
}

PG_FUNCTION_INFO_V1(gl_brier_score);
Datum
gl_brier_score(PG_FUNCTION_ARGS)
{
	SummaryView v;
	double		r,
				bad = 0;
	bool		def;
	int			rc;

	PG_GETARG_SUMMARY(0, &v);
	rc = gl_cls_brier(v.e, v.n, &r, &def, &bad);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "brier_score", bad);
	if (!def)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}

static gl_cls_bin *
bins_of(FunctionCallInfo fcinfo, int bins)
{
	SummaryView v;
	gl_cls_bin *out = palloc(sizeof(gl_cls_bin) * bins);
	double		bad = 0;
	int			rc;

	PG_GETARG_SUMMARY(0, &v);
	rc = gl_cls_calibration(v.e, v.n, bins, out, &bad);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "calibration", bad);
	return out;
}

PG_FUNCTION_INFO_V1(gl_calibration_bins);
Datum
gl_calibration_bins(PG_FUNCTION_ARGS)
{
	int			bins = bins_arg(fcinfo, 1);
	gl_cls_bin *b = bins_of(fcinfo, bins);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < bins; i++)
	{
		Datum		vals[7];
		bool		nulls[7] = {0};

		if (b[i].n == 0)
			continue;
		vals[0] = Int32GetDatum(b[i].bin);
		vals[1] = Float8GetDatum(b[i].lower);
		vals[2] = Float8GetDatum(b[i].upper);
		vals[3] = Int64GetDatum(b[i].n);
		vals[4] = Int64GetDatum(b[i].positives);
		vals[5] = Float8GetDatum(b[i].fraction_positive);
		vals[6] = Float8GetDatum(b[i].mean_score);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, vals, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(gl_expected_calibration_error);
Datum
gl_expected_calibration_error(PG_FUNCTION_ARGS)
{
	int			bins = bins_arg(fcinfo, 1);
	gl_cls_bin *b = bins_of(fcinfo, bins);
	double		r;
	bool		def;

	gl_cls_ece(b, bins, &r, &def);
	if (!def)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r);
}
