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

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats/binomial.h"

typedef __int128 gl_i128;

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
		return GL_STATS_E_PARAM;
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

/* ---- names -------------------------------------------------------------- */

static int
name_is(const char *s, size_t len, const char *name)
{
	return strlen(name) == len && strncasecmp(s, name, len) == 0;
}

gl_ci_method
gl_ci_method_parse(const char *name, size_t len)
{
	if (name_is(name, len, "wilson"))
		return GL_CI_WILSON;
	if (name_is(name, len, "clopper-pearson"))
		return GL_CI_CLOPPER_PEARSON;
	return GL_CI_UNSET;
}

const char *
gl_ci_method_name(gl_ci_method method)
{
	switch (method)
	{
		case GL_CI_WILSON:
			return "wilson";
		case GL_CI_CLOPPER_PEARSON:
			return "clopper-pearson";
		case GL_CI_UNSET:
			break;
	}
	return "unset";
}

int
gl_ci_confidence_ok(double conf)
{
	return conf > 0.0 && conf < 1.0;
}

/* ---- text --------------------------------------------------------------- */

#define MAX_ITEMS 4

typedef struct text_item
{
	const char *name;
	size_t		name_len;
	const char *value;
	size_t		value_len;
	const char *item;			/* from the name to the end of the value */
	size_t		item_len;
} text_item;

static int
text_fail(gl_rates_text_error *err, const char *what, const char *token,
		  size_t len)
{
	err->what = what;
	err->token = token;
	err->token_len = len;
	return 1;
}

static const char *
skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	return s;
}

/* length of the item starting at s: up to the next comma or the end */
static size_t
item_extent(const char *s)
{
	const char *e = s;

	while (*e && *e != ',')
		e++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
					 e[-1] == '\r'))
		e--;
	return (size_t) (e - s);
}

/*
 * Split "name=value, name=value, ..." into at most MAX_ITEMS items.
 * Values are everything up to the next comma, blanks trimmed.
 */
static int
split_items(const char *str, text_item *items, int *nitems,
			gl_rates_text_error *err)
{
	const char *s = skip_blanks(str);
	int			n = 0;

	if (*s == '\0')
		return text_fail(err, "empty value", str, strlen(str));
	for (;;)
	{
		text_item *it;
		const char *v;

		if (n == MAX_ITEMS)
			return text_fail(err, "too many items", s, item_extent(s));
		it = &items[n];
		it->item = s;
		it->name = s;
		while (isalpha((unsigned char) *s) || *s == '_')
			s++;
		it->name_len = (size_t) (s - it->name);
		if (it->name_len == 0)
			return text_fail(err, "expected a name", it->item,
							 item_extent(it->item));
		s = skip_blanks(s);
		if (*s != '=')
			return text_fail(err, "expected \"=\" after the name", it->item,
							 item_extent(it->item));
		s = skip_blanks(s + 1);
		v = s;
		it->value = v;
		it->value_len = item_extent(v);
		it->item_len = (size_t) (v + it->value_len - it->item);
		if (it->value_len == 0)
			return text_fail(err, "missing value", it->item,
							 item_extent(it->item));
		s = skip_blanks(v + it->value_len);
		n++;
		if (*s == '\0')
			break;
		if (*s != ',')
			return text_fail(err, "expected \",\" between items", s,
							 item_extent(s));
		s = skip_blanks(s + 1);
		if (*s == '\0')
			return text_fail(err, "missing item after \",\"", s - 1, 1);
	}
	*nitems = n;
	return 0;
}

/* a count: decimal digits, no sign, within int64 */
static int
parse_count(const text_item *it, int64_t *out, gl_rates_text_error *err)
{
	const char *v = it->value;
	size_t		len = it->value_len;
	int64_t		x = 0;
	size_t		i;

	if (v[0] == '-' && len > 1 && isdigit((unsigned char) v[1]))
		return text_fail(err, "negative count", it->item, it->item_len);
	for (i = 0; i < len; i++)
	{
		int			d;

		if (!isdigit((unsigned char) v[i]))
			return text_fail(err, "invalid count (expected decimal digits)",
							 it->item, it->item_len);
		d = v[i] - '0';
		if (__builtin_mul_overflow(x, (int64_t) 10, &x) ||
			__builtin_add_overflow(x, (int64_t) d, &x))
			return text_fail(err, "count out of range (above 9223372036854775807)",
							 it->item, it->item_len);
	}
	*out = x;
	return 0;
}

/* index of it's name in names[], or -1 */
static int
name_index(const text_item *it, const char *const *names, int nnames)
{
	int			i;

	for (i = 0; i < nnames; i++)
		if (name_is(it->name, it->name_len, names[i]))
			return i;
	return -1;
}

static const char *const confusion_names[] = {"tp", "fp", "fn", "tn"};

int
gl_confusion_parse(const char *str, gl_confusion *out,
				   gl_rates_text_error *err)
{
	text_item	items[MAX_ITEMS];
	int64_t		v[4];
	int			seen[4] = {0, 0, 0, 0};
	int			n;
	int			i;

	if (split_items(str, items, &n, err))
		return 1;
	for (i = 0; i < n; i++)
	{
		int			j = name_index(&items[i], confusion_names, 4);

		if (j < 0)
			return text_fail(err, "unknown count (expected tp, fp, fn or tn)",
							 items[i].name, items[i].name_len);
		if (seen[j])
			return text_fail(err, "count given twice", items[i].item,
							 items[i].item_len);
		if (parse_count(&items[i], &v[j], err))
			return 1;
		seen[j] = 1;
	}
	for (i = 0; i < 4; i++)
		if (!seen[i])
			return text_fail(err, i == 0 ? "missing tp" : i == 1 ? "missing fp" :
							 i == 2 ? "missing fn" : "missing tn", str,
							 strlen(str));
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

static const char *const tally_names[] = {"tp", "fp", "confidence", "method"};

/* a confidence: a plain decimal number in (0, 1) */
static int
parse_confidence(const text_item *it, double *out, gl_rates_text_error *err)
{
	char		buf[64];
	char	   *end;
	size_t		i;
	double		x;

	if (it->value_len >= sizeof(buf))
		return text_fail(err, "invalid confidence", it->item, it->item_len);
	for (i = 0; i < it->value_len; i++)
		if (!strchr("0123456789.eE+-", it->value[i]))
			return text_fail(err, "invalid confidence", it->item,
							 it->item_len);
	memcpy(buf, it->value, it->value_len);
	buf[it->value_len] = '\0';
	x = strtod(buf, &end);
	if (end == buf || *end != '\0')
		return text_fail(err, "invalid confidence", it->item, it->item_len);
	if (!gl_ci_confidence_ok(x))
		return text_fail(err, "confidence must be between 0 and 1, exclusive",
						 it->item, it->item_len);
	*out = x;
	return 0;
}

int
gl_fp_tally_parse(const char *str, gl_fp_tally *out,
				  gl_rates_text_error *err)
{
	text_item	items[MAX_ITEMS];
	int			seen[4] = {0, 0, 0, 0};
	gl_fp_tally t = {0, 0, 0.0, GL_CI_UNSET, 0};
	int			n;
	int			i;

	if (split_items(str, items, &n, err))
		return 1;
	for (i = 0; i < n; i++)
	{
		const text_item *it = &items[i];
		int			j = name_index(it, tally_names, 4);

		if (j < 0)
			return text_fail(err, "unknown item (expected tp, fp, confidence or method)",
							 it->name, it->name_len);
		if (seen[j])
			return text_fail(err, "item given twice", it->item, it->item_len);
		seen[j] = 1;
		if (j == 0 && parse_count(it, &t.tp, err))
			return 1;
		if (j == 1 && parse_count(it, &t.fp, err))
			return 1;
		if (j == 2 && parse_confidence(it, &t.confidence, err))
			return 1;
		if (j == 3)
		{
			t.method = gl_ci_method_parse(it->value, it->value_len);
			if (t.method == GL_CI_UNSET)
				return text_fail(err, "unknown method (expected " GL_CI_METHOD_NAMES ")",
								 it->item, it->item_len);
		}
	}
	if (!seen[0] || !seen[1])
		return text_fail(err, seen[0] ? "missing fp" : "missing tp", str,
						 strlen(str));
	if (seen[2] != seen[3])
		return text_fail(err, seen[2] ? "confidence without method" :
						 "method without confidence", str, strlen(str));
	*out = t;
	return 0;
}
