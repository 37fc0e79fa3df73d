/*
 * rates.c - confusion matrices, false-positive tallies, the rates made from
 * them and their text forms (pure C).  See rates.h.
 *
 * Sums are exact: every count is an int64_t, every addition is checked,
 * and the metrics divide sums formed in 128-bit integers, so that a rate
 * is the correctly rounded quotient of its two counts (while they are
 * below 2^53) whatever order the rows came in.
 */
#include "rates/rates.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef __int128 gl_i128;

/* ---- statuses ----------------------------------------------------------- */

static const gl_status rates_items[] = {
	{GL_RATES_E_SETTINGS, GL_ERR_PARAM, NULL,
		"the confidence and the method must be the same for every row", NULL,
	"Pass constants, e.g. fp_rate_interval(x, 0.95, 'wilson')."},
	{GL_RATES_E_NEGATIVE, GL_ERR_RANGE, NULL,
		"{arg} must be 0 or more, not {value}", NULL,
	"Pass the number of rows counted, 0 or more."},
	{GL_RATES_E_TEXT_UNKNOWN, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
		"Unknown item \"{item}\".",
	"Valid items: {list}."},
	{GL_RATES_E_TEXT_TWICE, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Item \"{item}\" is given twice.", NULL},
	{GL_RATES_E_TEXT_MISSING, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Item \"{item}\" is missing.", NULL},
	{GL_RATES_E_TEXT_PAIR, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
		"Item \"{item}\" is missing: confidence and method go together.",
	"Give both, or neither for the default 0.95 and wilson."},
	{GL_RATES_E_TEXT_COUNT, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
		"\"{item}\" is not a count.",
	"Counts are whole numbers of 0 or more, written with digits only."},
	{GL_RATES_E_TEXT_COUNT_RANGE, GL_ERR_RANGE, NULL,
		"value out of range in input for type {extra}: \"{name}\"",
	"Count \"{item}\" is above 9223372036854775807 (the bigint range).", NULL},
	{GL_RATES_E_BINARY_COUNT, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
	"Count {name} is negative ({value}).", NULL},
	{GL_RATES_E_BINARY_METHOD, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
	"Unknown interval method code {value}.", NULL},
	{GL_RATES_E_BINARY_CONFIDENCE, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
	"Confidence {value} does not go with the method: 0 without a method, else between 0.000001 and 0.999999999999.", NULL},
};

const gl_status_table gl_rates_statuses = GL_STATUS_TABLE("rates", rates_items);

const gl_status_table *
gl_rates_table(int code)
{
	return code >= GL_RATES_E_SETTINGS ? &gl_rates_statuses : &gl_stats_statuses;
}

/* ---- counts ------------------------------------------------------------ */

int
gl_confusion_add(gl_confusion *a, const gl_confusion *b)
{
	gl_confusion r;

	if (__builtin_add_overflow(a->tp, b->tp, &r.tp) ||
		__builtin_add_overflow(a->fp, b->fp, &r.fp) ||
		__builtin_add_overflow(a->fn, b->fn, &r.fn) ||
		__builtin_add_overflow(a->tn, b->tn, &r.tn))
		return GL_STATS_E_OVERFLOW;
	*a = r;
	return GL_STATS_OK;
}

static const gl_choice count_names[] = {
	{"tp", 0}, {"fp", 1}, {"fn", 2}, {"tn", 3}
};
static const gl_choices confusion_items = GL_CHOICES("item", count_names);

int
gl_confusion_check(const gl_confusion *c, gl_status_args *a)
{
	const int64_t v[4] = {c->tp, c->fp, c->fn, c->tn};
	int			i;

	for (i = 0; i < 4; i++)
		if (v[i] < 0)
		{
			a->arg = count_names[i].name;
			a->name = count_names[i].name;
			a->namelen = strlen(a->name);
			a->has_value = true;
			a->value = (double) v[i];
			return GL_RATES_E_NEGATIVE;
		}
	return GL_RATES_OK;
}

/* k and n of a proportion as 128-bit integers (never overflow) */
static void
proportion_wide(const gl_confusion *c, gl_rate_kind kind, gl_i128 *k,
				gl_i128 *n)
{
	gl_i128		tp = c->tp;
	gl_i128		fp = c->fp;
	gl_i128		fn = c->fn;
	gl_i128		tn = c->tn;

	switch (kind)
	{
		case GL_RATE_PRECISION:
			*k = tp;
			*n = tp + fp;
			return;
		case GL_RATE_RECALL:
			*k = tp;
			*n = tp + fn;
			return;
		case GL_RATE_SPECIFICITY:
			*k = tn;
			*n = tn + fp;
			return;
		case GL_RATE_FALSE_POSITIVE:
			*k = fp;
			*n = fp + tn;
			return;
		case GL_RATE_FALSE_DISCOVERY:
			*k = fp;
			*n = tp + fp;
			return;
		case GL_RATE_ACCURACY:
			*k = tp + tn;
			*n = tp + fp + fn + tn;
			return;
		case GL_RATE_JACCARD:
			*k = tp;
			*n = tp + fp + fn;
			return;
	}
	*k = 0;
	*n = 0;
}

int
gl_confusion_proportion(const gl_confusion *c, gl_rate_kind kind,
						int64_t *k, int64_t *n)
{
	gl_i128		kw;
	gl_i128		nw;

	proportion_wide(c, kind, &kw, &nw);
	if (nw == 0)
		return GL_STATS_E_EMPTY;
	if (nw > INT64_MAX)
		return GL_STATS_E_OVERFLOW;
	*k = (int64_t) kw;
	*n = (int64_t) nw;
	return GL_STATS_OK;
}

/* ---- metrics ------------------------------------------------------------ */

int
gl_confusion_rate(const gl_confusion *c, gl_rate_kind kind, double *out)
{
	gl_i128		k;
	gl_i128		n;

	proportion_wide(c, kind, &k, &n);
	if (n == 0)
		return GL_STATS_E_EMPTY;
	/* both exact below 2^53, so the quotient is correctly rounded there */
	*out = (double) k / (double) n;
	return GL_STATS_OK;
}

int
gl_confusion_f1(const gl_confusion *c, double *out)
{
	gl_i128		num = 2 * (gl_i128) c->tp;
	gl_i128		den = num + (gl_i128) c->fp + (gl_i128) c->fn;

	if (den == 0)
		return GL_STATS_E_EMPTY;
	*out = (double) num / (double) den;
	return GL_STATS_OK;
}

int
gl_confusion_mcc(const gl_confusion *c, double *out)
{
	gl_i128		num = (gl_i128) c->tp * c->tn - (gl_i128) c->fp * c->fn;
	long double pp = (long double) ((gl_i128) c->tp + c->fp);
	long double ap = (long double) ((gl_i128) c->tp + c->fn);
	long double nn = (long double) ((gl_i128) c->tn + c->fp);
	long double an = (long double) ((gl_i128) c->tn + c->fn);
	long double r;

	if (pp == 0 || ap == 0 || nn == 0 || an == 0)
		return GL_STATS_E_EMPTY;
	/* each product below 2^128: no overflow in long double */
	r = (long double) num / (sqrtl(pp * ap) * sqrtl(nn * an));
	if (r > 1.0L)
		r = 1.0L;
	if (r < -1.0L)
		r = -1.0L;
	*out = (double) r;
	return GL_STATS_OK;
}

/* ---- intervals ---------------------------------------------------------- */

int
gl_binom_interval(int64_t k, int64_t n, double conf, gl_ci_method method,
				  double *lo, double *hi)
{
	if ((int64_t) (long) n != n || (int64_t) (long) k != k)
		return GL_STATS_E_OVERFLOW;
	switch (method)
	{
		case GL_CI_WILSON:
			return gl_binom_wilson((long) k, (long) n, conf, lo, hi);
		case GL_CI_CLOPPER_PEARSON:
			return gl_binom_clopper_pearson((long) k, (long) n, conf, lo, hi);
		case GL_CI_UNSET:
			break;
	}
	return GL_STATS_E_PARAM;
}

int
gl_confusion_interval(const gl_confusion *c, gl_rate_kind kind, double conf,
					  gl_ci_method method, gl_rate_interval *out)
{
	int64_t		k;
	int64_t		n;
	int			rc;

	rc = gl_confusion_proportion(c, kind, &k, &n);
	if (rc != GL_STATS_OK)
		return rc;
	out->n = n;					/* for GL_STATS_E_COUNT_LIMIT's message too */
	rc = gl_binom_interval(k, n, conf, method, &out->lower, &out->upper);
	if (rc != GL_STATS_OK)
		return rc;
	out->rate = (double) k / (double) n;
	out->n = n;
	return GL_STATS_OK;
}

int
gl_confusion_f1_interval(const gl_confusion *c, double conf,
						 gl_ci_method method, gl_rate_interval *out)
{
	gl_rate_interval j;
	int			rc;

	rc = gl_confusion_interval(c, GL_RATE_JACCARD, conf, method, &j);
	out->n = j.n;
	if (rc != GL_STATS_OK)
		return rc;
	rc = gl_confusion_f1(c, &out->rate);
	if (rc != GL_STATS_OK)
		return rc;
	/* F1 = 2J / (1 + J) is increasing in J; J = 0 and J = 1 stay fixed */
	out->lower = 2.0 * j.lower / (1.0 + j.lower);
	out->upper = 2.0 * j.upper / (1.0 + j.upper);
	out->n = j.n;
	return GL_STATS_OK;
}

/* ---- false-positive tallies --------------------------------------------- */

int
gl_fp_tally_add(gl_fp_tally *a, const gl_fp_tally *b)
{
	int64_t		tp;
	int64_t		fp;

	if (a->method != GL_CI_UNSET && b->method != GL_CI_UNSET &&
		(a->method != b->method || a->confidence != b->confidence))
		return GL_RATES_E_SETTINGS;
	if (__builtin_add_overflow(a->tp, b->tp, &tp) ||
		__builtin_add_overflow(a->fp, b->fp, &fp))
		return GL_STATS_E_OVERFLOW;
	a->tp = tp;
	a->fp = fp;
	if (a->method == GL_CI_UNSET)
	{
		a->method = b->method;
		a->confidence = b->confidence;
	}
	return GL_STATS_OK;
}

int
gl_fp_tally_interval(const gl_fp_tally *t, gl_rate_interval *out)
{
	gl_confusion c = {t->tp, t->fp, 0, 0};
	gl_ci_method method = (gl_ci_method) t->method;
	double		conf = t->confidence;

	if (method == GL_CI_UNSET)
	{
		method = GL_CI_WILSON;
		conf = GL_CI_DEFAULT_CONFIDENCE;
	}
	return gl_confusion_interval(&c, GL_RATE_FALSE_DISCOVERY, conf, method,
								 out);
}

/* ---- text --------------------------------------------------------------- */

static const gl_choice ci_method_names[] = {
	{"wilson", GL_CI_WILSON},
	{"clopper-pearson", GL_CI_CLOPPER_PEARSON},
};
const gl_choices gl_ci_methods = GL_CHOICES("interval method", ci_method_names);

/* room for the items of a form and one more (a repeated or unknown item) */
#define MAX_ITEMS 8

static const gl_choice tally_names[] = {
	{"tp", 0}, {"fp", 1}, {"confidence", 2}, {"method", 3}
};
static const gl_choices tally_items = GL_CHOICES("item", tally_names);

/* a status of table about the text token (len bytes) */
static int
text_fail(gl_rates_text_error *err, const gl_status_table *table, int code,
		  const char *token, size_t len)
{
	memset(err, 0, sizeof(*err));
	err->table = table;
	err->code = code;
	err->text.status = GL_TEXT_OK;
	err->text.token = token;
	err->text.token_len = len;
	err->args.item = token;
	err->args.itemlen = len;
	return code ? code : -1;
}

/* a syntax error of gl_text_split or gl_text_number */
static int
syntax_fail(gl_rates_text_error *err, gl_text_status st, const char *token,
			size_t len)
{
	text_fail(err, NULL, 0, token, len);
	err->text.status = st;
	return (int) st;
}

/*
 * Split str into items named from names (n of them), each at most once:
 * found[i] is item i or NULL.
 */
static int
text_items(const char *str, const gl_choices *names, gl_text_item *items,
		   const gl_text_item **found, gl_rates_text_error *err)
{
	gl_text_error terr;
	int			n;
	int			i;

	if (gl_text_split(str, strlen(str), items, MAX_ITEMS, &n, &terr) != GL_TEXT_OK)
		return syntax_fail(err, terr.status, terr.token, terr.token_len);
	for (i = 0; i < names->n; i++)
		found[i] = NULL;
	for (i = 0; i < n; i++)
	{
		int			j = gl_choice_find(names, items[i].name, items[i].name_len);

		if (j < 0)
		{
			text_fail(err, &gl_rates_statuses, GL_RATES_E_TEXT_UNKNOWN,
					  items[i].name, items[i].name_len);
			err->args.list = gl_choices_list(names, err->list, sizeof(err->list));
			return err->code;
		}
		if (found[j] != NULL)
			return text_fail(err, &gl_rates_statuses, GL_RATES_E_TEXT_TWICE,
							 items[i].name, items[i].name_len);
		found[j] = &items[i];
	}
	return 0;
}

/* an item that must be there */
static int
text_missing(gl_rates_text_error *err, int code, const gl_choices *names,
			 int i)
{
	const char *name = names->items[i].name;

	return text_fail(err, &gl_rates_statuses, code, name, strlen(name));
}

/* a count: decimal digits, no sign, within int64 */
static int
parse_count(const gl_text_item *it, int64_t *out, gl_rates_text_error *err)
{
	int64_t		x = 0;
	size_t		i;

	for (i = 0; i < it->value_len; i++)
		if (it->value[i] < '0' || it->value[i] > '9')
			return text_fail(err, &gl_rates_statuses, GL_RATES_E_TEXT_COUNT,
							 it->value, it->value_len);
	for (i = 0; i < it->value_len; i++)
		if (__builtin_mul_overflow(x, (int64_t) 10, &x) ||
			__builtin_add_overflow(x, (int64_t) (it->value[i] - '0'), &x))
			return text_fail(err, &gl_rates_statuses,
							 GL_RATES_E_TEXT_COUNT_RANGE, it->value,
							 it->value_len);
	*out = x;
	return 0;
}

int
gl_confusion_parse(const char *str, gl_confusion *out,
				   gl_rates_text_error *err)
{
	gl_text_item items[MAX_ITEMS];
	const gl_text_item *found[4];
	int64_t		v[4];
	int			rc;
	int			i;

	rc = text_items(str, &confusion_items, items, found, err);
	if (rc != 0)
		return rc;
	for (i = 0; i < 4; i++)
	{
		if (found[i] == NULL)
			return text_missing(err, GL_RATES_E_TEXT_MISSING, &confusion_items, i);
		rc = parse_count(found[i], &v[i], err);
		if (rc != 0)
			return rc;
	}
	out->tp = v[0];
	out->fp = v[1];
	out->fn = v[2];
	out->tn = v[3];
	return 0;
}

void
gl_confusion_format(const gl_confusion *c, char *buf)
{
	snprintf(buf, GL_CONFUSION_TEXT_MAX, "tp=%lld, fp=%lld, fn=%lld, tn=%lld",
			 (long long) c->tp, (long long) c->fp, (long long) c->fn,
			 (long long) c->tn);
}

/* a confidence: a strict decimal number that gl_binom_check_confidence takes */
static int
parse_confidence(const gl_text_item *it, double *out, gl_rates_text_error *err)
{
	double		x;
	size_t		used;
	int			rc;
	gl_text_status st = gl_text_number(it->value, it->value_len, &x, &used);

	if (st == GL_TEXT_OK && used != it->value_len)
		st = GL_TEXT_BAD_NUMBER;
	if (st != GL_TEXT_OK)
		return syntax_fail(err, st, it->value, it->value_len);
	if ((rc = gl_binom_check_confidence(x)) != GL_STATS_OK)
	{
		text_fail(err, &gl_stats_statuses, rc, it->value,
				  it->value_len);
		err->args.has_value = true;
		err->args.value = x;
		return err->code;
	}
	*out = x;
	return 0;
}

/* a method name */
static int
parse_method(const gl_text_item *it, int32_t *out, gl_rates_text_error *err)
{
	int			m = gl_choice_find(&gl_ci_methods, it->value, it->value_len);

	if (m < 0)
	{
		text_fail(err, &gl_base_statuses, GL_BASE_UNKNOWN_CHOICE, it->value,
				  it->value_len);
		err->args.arg = "method";
		err->args.name = it->value;
		err->args.namelen = it->value_len;
		err->args.extra = gl_ci_methods.what;
		err->args.list = gl_choices_list(&gl_ci_methods, err->list,
										 sizeof(err->list));
		return err->code;
	}
	*out = m;
	return 0;
}

int
gl_fp_tally_parse(const char *str, gl_fp_tally *out,
				  gl_rates_text_error *err)
{
	gl_text_item items[MAX_ITEMS];
	const gl_text_item *found[4];
	gl_fp_tally t = {0, 0, 0.0, GL_CI_UNSET};
	int			rc;

	rc = text_items(str, &tally_items, items, found, err);
	if (rc != 0)
		return rc;
	if (found[0] == NULL)
		return text_missing(err, GL_RATES_E_TEXT_MISSING, &tally_items, 0);
	if (found[1] == NULL)
		return text_missing(err, GL_RATES_E_TEXT_MISSING, &tally_items, 1);
	if ((found[2] == NULL) != (found[3] == NULL))
		return text_missing(err, GL_RATES_E_TEXT_PAIR, &tally_items,
							found[2] == NULL ? 2 : 3);
	if ((rc = parse_count(found[0], &t.tp, err)) != 0 ||
		(rc = parse_count(found[1], &t.fp, err)) != 0)
		return rc;
	if (found[2] != NULL &&
		((rc = parse_confidence(found[2], &t.confidence, err)) != 0 ||
		 (rc = parse_method(found[3], &t.method, err)) != 0))
		return rc;
	*out = t;
	return 0;
}

void
gl_fp_tally_format(const gl_fp_tally *t, const char *confidence_text,
				   char *buf)
{
	if (t->method == GL_CI_UNSET)
		snprintf(buf, GL_FP_TALLY_TEXT_MAX, "tp=%lld, fp=%lld",
				 (long long) t->tp, (long long) t->fp);
	else
		snprintf(buf, GL_FP_TALLY_TEXT_MAX,
				 "tp=%lld, fp=%lld, confidence=%s, method=%s",
				 (long long) t->tp, (long long) t->fp, confidence_text,
				 gl_choice_name(&gl_ci_methods, t->method));
}

/* ---- binary ------------------------------------------------------------- */

int
gl_confusion_check_binary(const gl_confusion *c, gl_status_args *a)
{
	return gl_confusion_check(c, a) == GL_RATES_OK ? GL_RATES_OK :
		GL_RATES_E_BINARY_COUNT;
}

int
gl_fp_tally_check_binary(const gl_fp_tally *t, gl_status_args *a)
{
	gl_confusion c = {t->tp, t->fp, 0, 0};

	if (gl_confusion_check(&c, a) != GL_RATES_OK)
		return GL_RATES_E_BINARY_COUNT;
	a->has_value = true;
	if (gl_choice_name(&gl_ci_methods, t->method) == NULL &&
		t->method != GL_CI_UNSET)
	{
		a->value = (double) t->method;
		return GL_RATES_E_BINARY_METHOD;
	}
	a->value = t->confidence;
	/* text input makes +0 without a method, (0, 1) with one */
	if (t->method == GL_CI_UNSET ?
		(t->confidence != 0.0 || signbit(t->confidence)) :
		gl_binom_check_confidence(t->confidence) != GL_STATS_OK)
		return GL_RATES_E_BINARY_CONFIDENCE;
	a->has_value = false;
	return GL_RATES_OK;
}
