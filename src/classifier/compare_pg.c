/*
 * classifier/compare_pg.c - comparing two windows or two models: the
 * proportion type (successes out of trials) with its aggregates and
 * interval, proportion_difference of two proportions or of a metric of
 * two confusion matrices, and the paired_outcomes type of two models
 * judged on the same items with McNemar's test.
 *
 * Both types are fixed-size and are their aggregates' states: inside an
 * aggregate the transition adds to the state in place; called as a plain
 * function it works on a copy.
 */
#include "classifier/classifier_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "classifier/compare.h"
#include "rates/rates_pg.h"

/* ---- stored forms ------------------------------------------------------- */

typedef struct GlProportionStored
{
	int64		successes;
	int64		trials;
} GlProportionStored;

typedef struct GlPairedStored
{
	int64		both;			/* both models right */
	int64		a_only;			/* only model A right */
	int64		b_only;			/* only model B right */
	int64		neither;		/* both wrong */
} GlPairedStored;

StaticAssertDecl(sizeof(GlProportionStored) == 16, "proportion is 16 bytes");
StaticAssertDecl(sizeof(GlPairedStored) == 32, "paired_outcomes is 32 bytes");
/* the counts of each stored form are read and written as one int64 array */
StaticAssertDecl(offsetof(GlProportionStored, trials) == sizeof(int64),
				 "proportion's counts are an array");
StaticAssertDecl(offsetof(GlPairedStored, neither) == 3 * sizeof(int64),
				 "paired_outcomes' counts are an array");

/* ---- counts: the core's grammar and checks, for both types ---------------- */

/* a text form into counts; soft errors: false */
static bool
parse_counts(FunctionCallInfo fcinfo, const gl_cmp_form *f, const char *str,
			 int64 *counts)
{
	gl_cmp_text_error err;
	int			rc = gl_cmp_parse(f, str, strlen(str), counts, &err);

	if (rc == GL_CMP_OK)
		return true;
	if (rc == GL_CMP_TEXT_SYNTAX)
		return gl_raise_text(gl_escontext(fcinfo), f->type, str, &err.text);
	return gl_raise_soft(gl_escontext(fcinfo), &gl_compare_statuses, rc,
						 &err.args);
}

/* the canonical text form */
static Datum
format_counts(const gl_cmp_form *f, const int64 *counts)
{
	char	   *buf = palloc(GL_CMP_TEXT_MAX);

	gl_cmp_format(f, counts, buf);
	PG_RETURN_CSTRING(buf);
}

/* the binary form: the counts as int8, checked as text input checks them */
static void
recv_counts(FunctionCallInfo fcinfo, const gl_cmp_form *f, int64 *counts)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	gl_status_args a;
	int			rc;
	int			i;

	for (i = 0; i < f->ncounts; i++)
		counts[i] = pq_getmsgint64(msg);
	if ((rc = gl_cmp_check_binary(f, counts, &a)) != GL_CMP_OK)
		gl_raise(&gl_compare_statuses, rc, &a);
}

static Datum
send_counts(const int64 *c, int n)
{
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	for (i = 0; i < n; i++)
		pq_sendint64(&buf, c[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* counts from the function's arguments 0 .. f->ncounts - 1 */
static void
make_counts(FunctionCallInfo fcinfo, const gl_cmp_form *f, int64 *counts)
{
	gl_status_args a;
	int			rc;
	int			i;

	for (i = 0; i < f->ncounts; i++)
		counts[i] = PG_GETARG_INT64(i);
	if ((rc = gl_cmp_check(f, counts, &a)) != GL_CMP_OK)
		gl_raise(&gl_compare_statuses, rc, &a);
}

static inline int64
add_count(int64 a, int64 b, const char *what)
{
	if (b > PG_INT64_MAX - a)
		gl_cls_raise(GL_CLS_OVERFLOW, what, 0);
	return a + b;
}

/* ---- proportion ------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(gl_proportion_in);
Datum
gl_proportion_in(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = palloc(sizeof(GlProportionStored));

	if (!parse_counts(fcinfo, &gl_cmp_proportion, PG_GETARG_CSTRING(0),
					  &p->successes))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_proportion_out);
Datum
gl_proportion_out(PG_FUNCTION_ARGS)
{
	return format_counts(&gl_cmp_proportion,
						 &((GlProportionStored *) PG_GETARG_POINTER(0))->successes);
}

PG_FUNCTION_INFO_V1(gl_proportion_recv);
Datum
gl_proportion_recv(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = palloc(sizeof(GlProportionStored));

	recv_counts(fcinfo, &gl_cmp_proportion, &p->successes);
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_proportion_send);
Datum
gl_proportion_send(PG_FUNCTION_ARGS)
{
	return send_counts(&((GlProportionStored *) PG_GETARG_POINTER(0))->successes, 2);
}

/* proportion(successes, trials) */
PG_FUNCTION_INFO_V1(gl_proportion_make);
Datum
gl_proportion_make(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = palloc(sizeof(GlProportionStored));

	make_counts(fcinfo, &gl_cmp_proportion, &p->successes);
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_proportion_trans);
Datum
gl_proportion_trans(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = gl_agg_state_arg(fcinfo, sizeof(GlProportionStored));

	if (unlikely(p->trials == PG_INT64_MAX))
		gl_cls_raise(GL_CLS_OVERFLOW, "proportion", 0);
	p->trials++;
	p->successes += PG_GETARG_BOOL(1);
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_proportion_combine);
Datum
gl_proportion_combine(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = gl_agg_state_arg(fcinfo, sizeof(GlProportionStored));
	GlProportionStored *q = (GlProportionStored *) PG_GETARG_POINTER(1);

	p->trials = add_count(p->trials, q->trials, "proportion");
	p->successes += q->successes;
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_proportion_rate);
Datum
gl_proportion_rate(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = (GlProportionStored *) PG_GETARG_POINTER(0);

	if (p->trials == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) p->successes / (double) p->trials);
}

/* proportion_interval(p, confidence, method) and the aggregate's final */
PG_FUNCTION_INFO_V1(gl_proportion_interval);
Datum
gl_proportion_interval(PG_FUNCTION_ARGS)
{
	GlProportionStored *p = (GlProportionStored *) PG_GETARG_POINTER(0);
	double		conf = PG_NARGS() > 1 ? gl_cls_confidence_arg(fcinfo, 1) : 0.95;
	gl_cls_method method = PG_NARGS() > 2 ? gl_cls_method_arg(fcinfo, 2) :
		GL_CLS_WILSON;
	gl_cls_prop r;
	int			rc;

	rc = gl_cls_prop_interval(p->successes, p->trials, conf, method, &r);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "proportion_interval", 0);
	if (!r.defined)
		PG_RETURN_NULL();
	return gl_cls_interval_datum(gl_cls_result_type(fcinfo), r.rate, r.lower,
								 r.upper, r.n);
}

/* ---- proportion_difference -------------------------------------------------- */

static Datum
difference_datum(FunctionCallInfo fcinfo, gl_cls_count a, gl_cls_count b,
				 double conf)
{
	gl_cls_diff d;
	Datum		v[8];
	bool		nulls[8] = {0};
	int			rc = gl_cls_diff_2indep(a, b, conf, &d);

	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "proportion_difference", 0);
	if (!d.defined)
		PG_RETURN_NULL();
	v[0] = Float8GetDatum(d.difference);
	v[1] = Float8GetDatum(d.lower);
	v[2] = Float8GetDatum(d.upper);
	v[3] = Float8GetDatum(d.p_value);
	v[4] = Float8GetDatum(d.rate_a);
	v[5] = Float8GetDatum(d.rate_b);
	v[6] = Int64GetDatum(a.n);
	v[7] = Int64GetDatum(b.n);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(gl_cls_result_type(fcinfo),
													  v, nulls)));
}

/* proportion_difference(a proportion, b proportion, confidence) */
PG_FUNCTION_INFO_V1(gl_proportion_difference);
Datum
gl_proportion_difference(PG_FUNCTION_ARGS)
{
	GlProportionStored *pa = (GlProportionStored *) PG_GETARG_POINTER(0);
	GlProportionStored *pb = (GlProportionStored *) PG_GETARG_POINTER(1);
	double		conf = gl_cls_confidence_arg(fcinfo, 2);
	gl_cls_count a = {pa->successes, pa->trials};
	gl_cls_count b = {pb->successes, pb->trials};

	return difference_datum(fcinfo, a, b, conf);
}

static const gl_choice rate_items[] = {
	{"accuracy", GL_RATE_ACCURACY},
	{"precision", GL_RATE_PRECISION},
	{"ppv", GL_RATE_PRECISION},
	{"recall", GL_RATE_RECALL},
	{"tpr", GL_RATE_RECALL},
	{"sensitivity", GL_RATE_RECALL},
	{"specificity", GL_RATE_SPECIFICITY},
	{"tnr", GL_RATE_SPECIFICITY},
	{"false-positive-rate", GL_RATE_FALSE_POSITIVE},
	{"fpr", GL_RATE_FALSE_POSITIVE},
	{"false-discovery-rate", GL_RATE_FALSE_DISCOVERY},
	{"fdr", GL_RATE_FALSE_DISCOVERY},
	{"fp-rate", GL_RATE_FALSE_DISCOVERY},
};
static const gl_choices rate_choices = GL_CHOICES("metric", rate_items);

static gl_cls_count
confusion_count(Datum d, gl_rate_kind kind)
{
	gl_confusion c;
	gl_cls_count r = {0, 0};
	int64_t		k,
				n;

	gl_confusion_datum_get(d, &c);
	if (gl_confusion_proportion(&c, kind, &k, &n) == GL_STATS_OK)
	{
		r.k = k;
		r.n = n;
	}
	return r;
}

/* proportion_difference(a confusion, b confusion, metric, confidence) */
PG_FUNCTION_INFO_V1(gl_proportion_difference_confusion);
Datum
gl_proportion_difference_confusion(PG_FUNCTION_ARGS)
{
	gl_rate_kind kind = (gl_rate_kind) gl_choice_arg(fcinfo, 2, &rate_choices,
													 "metric");
	double		conf = gl_cls_confidence_arg(fcinfo, 3);

	return difference_datum(fcinfo, confusion_count(PG_GETARG_DATUM(0), kind),
							confusion_count(PG_GETARG_DATUM(1), kind), conf);
}

/* ---- paired_outcomes ------------------------------------------------------ */

PG_FUNCTION_INFO_V1(gl_paired_outcomes_in);
Datum
gl_paired_outcomes_in(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = palloc(sizeof(GlPairedStored));

	if (!parse_counts(fcinfo, &gl_cmp_paired, PG_GETARG_CSTRING(0), &p->both))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_paired_outcomes_out);
Datum
gl_paired_outcomes_out(PG_FUNCTION_ARGS)
{
	return format_counts(&gl_cmp_paired,
						 &((GlPairedStored *) PG_GETARG_POINTER(0))->both);
}

PG_FUNCTION_INFO_V1(gl_paired_outcomes_recv);
Datum
gl_paired_outcomes_recv(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = palloc(sizeof(GlPairedStored));

	recv_counts(fcinfo, &gl_cmp_paired, &p->both);
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_paired_outcomes_send);
Datum
gl_paired_outcomes_send(PG_FUNCTION_ARGS)
{
	return send_counts(&((GlPairedStored *) PG_GETARG_POINTER(0))->both, 4);
}

/* paired_outcomes(both, a_only, b_only, neither) */
PG_FUNCTION_INFO_V1(gl_paired_outcomes_make);
Datum
gl_paired_outcomes_make(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = palloc(sizeof(GlPairedStored));

	make_counts(fcinfo, &gl_cmp_paired, &p->both);
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_paired_outcomes_trans);
Datum
gl_paired_outcomes_trans(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = gl_agg_state_arg(fcinfo, sizeof(GlPairedStored));
	bool		a = PG_GETARG_BOOL(1);
	bool		b = PG_GETARG_BOOL(2);
	int64	   *x = a ? (b ? &p->both : &p->a_only) : (b ? &p->b_only : &p->neither);

	*x = add_count(*x, 1, "paired_outcomes");
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(gl_paired_outcomes_combine);
Datum
gl_paired_outcomes_combine(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = gl_agg_state_arg(fcinfo, sizeof(GlPairedStored));
	GlPairedStored *q = (GlPairedStored *) PG_GETARG_POINTER(1);

	p->both = add_count(p->both, q->both, "paired_outcomes");
	p->a_only = add_count(p->a_only, q->a_only, "paired_outcomes");
	p->b_only = add_count(p->b_only, q->b_only, "paired_outcomes");
	p->neither = add_count(p->neither, q->neither, "paired_outcomes");
	PG_RETURN_POINTER(p);
}

static const gl_choice mcnemar_items[] = {
	{"exact", GL_CLS_MCNEMAR_EXACT},
	{"binomial", GL_CLS_MCNEMAR_EXACT},
	{"chi-square", GL_CLS_MCNEMAR_CHISQ},
	{"chi-square-uncorrected", GL_CLS_MCNEMAR_CHISQ_PLAIN},
};
static const gl_choices mcnemar_choices = GL_CHOICES("McNemar method", mcnemar_items);

/* mcnemar_test(p, method) */
PG_FUNCTION_INFO_V1(gl_mcnemar_test);
Datum
gl_mcnemar_test(PG_FUNCTION_ARGS)
{
	GlPairedStored *p = (GlPairedStored *) PG_GETARG_POINTER(0);
	int			m = gl_choice_arg(fcinfo, 1, &mcnemar_choices, "method");
	gl_cls_mcnemar r;
	Datum		v[5];
	bool		nulls[5] = {0};
	int			rc;

	rc = gl_cls_mcnemar_test(p->a_only, p->b_only, (gl_cls_mcnemar_method) m, &r);
	if (rc != GL_CLS_OK)
		gl_cls_raise(rc, "mcnemar_test", 0);
	v[0] = Float8GetDatum(r.statistic);
	v[1] = Float8GetDatum(r.p_value);
	v[2] = Int64GetDatum(p->a_only);
	v[3] = Int64GetDatum(p->b_only);
	v[4] = CStringGetTextDatum(gl_choice_name(&mcnemar_choices, m));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(gl_cls_result_type(fcinfo),
													  v, nulls)));
}
