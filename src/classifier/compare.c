/*
 * classifier/compare.c - two proportions and two paired models (see
 * compare.h), and the text grammar and checks of the count types.
 */
#include "classifier/compare.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/names.h"
#include "classifier/classifier.h"
#include "stats/binomial.h"

int
gl_cls_diff_2indep(gl_cls_count a, gl_cls_count b, double conf,
				   gl_cls_diff *out)
{
	double		la,
				ua,
				lb,
				ub,
				pooled,
				v,
				nn;

	memset(out, 0, sizeof(*out));
	if (a.n <= 0 || b.n <= 0)
		return GL_CLS_OK;
	if (gl_binom_wilson((long) a.k, (long) a.n, conf, &la, &ua) != GL_STATS_OK ||
		gl_binom_wilson((long) b.k, (long) b.n, conf, &lb, &ub) != GL_STATS_OK)
		return GL_CLS_NUMERIC;
	out->defined = true;
	out->rate_a = (double) a.k / (double) a.n;
	out->rate_b = (double) b.k / (double) b.n;
	out->difference = out->rate_a - out->rate_b;
	/* Newcombe (1998), method 10 */
	out->lower = out->difference -
		sqrt((out->rate_a - la) * (out->rate_a - la) +
			 (ub - out->rate_b) * (ub - out->rate_b));
	out->upper = out->difference +
		sqrt((ua - out->rate_a) * (ua - out->rate_a) +
			 (out->rate_b - lb) * (out->rate_b - lb));

	/* score test of a - b = 0: the restricted estimate is the pooled rate */
	nn = (double) a.n + (double) b.n;
	pooled = ((double) a.k + (double) b.k) / nn;
	v = pooled * (1.0 - pooled) * (1.0 / (double) a.n + 1.0 / (double) b.n) *
		(nn / (nn - 1.0));
	if (v > 0.0)
		out->p_value = erfc(fabs(out->difference) / sqrt(v) / M_SQRT2);
	else
		out->p_value = 1.0;
	if (out->p_value > 1.0)
		out->p_value = 1.0;
	return GL_CLS_OK;
}

/*
 * P(X <= m) for X ~ Bin(n, 1/2), m < n / 2: the terms from m down, the
 * first from Loader's saddle-point form (gl_stats_log_dbinom), each next by
 * the ratio k / (n - k + 1), until they no longer change the sum.  Relative
 * error about 1e-15 times the log of the number of terms summed.
 */
static int
lower_tail_half(int64_t m, int64_t n, double *out)
{
	double		half = (double) n / 2.0;
	double		t = exp(gl_stats_log_dbinom((double) m, (double) n, half, half));
	long double sum = 0;
	int64_t		k;

	if (!isfinite(t))
		return GL_CLS_NUMERIC;
	for (k = m; k >= 0; k--)
	{
		sum += t;
		if (t < sum * 1e-18L)
			break;
		t *= (double) k / (double) (n - k + 1);
		if ((k & 0xFFFF) == 0)
			gl_check_interrupts();
	}
	*out = (double) sum;
	return GL_CLS_OK;
}

int
gl_cls_mcnemar_test(int64_t b, int64_t c, gl_cls_mcnemar_method method,
					gl_cls_mcnemar *out)
{
	double		n = (double) b + (double) c;

	memset(out, 0, sizeof(*out));
	out->p_value = 1.0;
	if (b == 0 && c == 0)
		return GL_CLS_OK;
	if (method == GL_CLS_MCNEMAR_EXACT)
	{
		int64_t		m = b < c ? b : c;
		double		cdf;
		int			rc;

		out->statistic = (double) m;
		if (b == c)
			return GL_CLS_OK;	/* P(X <= n/2) >= 1/2: p = 1 */
		if ((rc = lower_tail_half(m, b + c, &cdf)) != GL_CLS_OK)
			return rc;
		out->p_value = 2.0 * cdf < 1.0 ? 2.0 * cdf : 1.0;
	}
	else
	{
		double		d = fabs((double) b - (double) c);

		if (method == GL_CLS_MCNEMAR_CHISQ && b != c)
			d -= 1.0;
		out->statistic = d * d / n;
		out->p_value = erfc(sqrt(out->statistic / 2.0));
	}
	return GL_CLS_OK;
}

/* ---- the count types ------------------------------------------------------ */

#define TEXT_MSG "invalid input syntax for type {extra}: \"{name}\""

/* GL_CMP_TEXT_SYNTAX has none: base's text statuses report it */
static const gl_status cmp_items[] = {
	{GL_CMP_TEXT_ITEM, GL_ERR_TEXT, NULL, TEXT_MSG,
	"Expected {list} at \"{item}\".", NULL},
	{GL_CMP_TEXT_COUNT, GL_ERR_TEXT, NULL, TEXT_MSG,
		"\"{item}\" is not a count (digits, at most 9223372036854775807).", NULL},
	{GL_CMP_COUNT_NEGATIVE, GL_ERR_RANGE, NULL,
		"{arg} must be zero or more, not {value}", NULL, NULL},
	{GL_CMP_COUNT_ORDER, GL_ERR_RANGE, "successes",
		"{arg} must be at most trials, not {value}",
		"A proportion counts successes among its trials.", NULL},
	{GL_CMP_BINARY, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
		"The value is malformed: {name}.", NULL},
};

const gl_status_table gl_compare_statuses =
GL_STATUS_TABLE("compare", cmp_items);

static const char *const proportion_names[] = {"successes", "trials"};
static const char *const paired_names[] = {"both", "a_only", "b_only", "neither"};

const gl_cmp_form gl_cmp_proportion = {
	"proportion", 2, proportion_names,
	"\"successes=<count>, trials=<count>\"", true
};
const gl_cmp_form gl_cmp_paired = {
	"paired_outcomes", 4, paired_names,
	"\"both=<count>, a_only=<count>, b_only=<count>, neither=<count>\"", false
};

/* err for status code about the part item (ilen bytes) of str */
static int
text_fail(gl_cmp_text_error *err, int code, const gl_cmp_form *f,
		  const char *str, size_t len, const char *item, size_t ilen)
{
	memset(&err->args, 0, sizeof(err->args));
	err->code = code;
	err->args.extra = f->type;
	err->args.name = str;
	err->args.namelen = len;
	err->args.list = f->expected;
	err->args.item = item;
	err->args.itemlen = ilen;
	return code;
}

/* successes <= trials for a proportion */
static int
check_order(const gl_cmp_form *f, const int64_t *c, gl_status_args *a)
{
	if (f->ordered && c[0] > c[1])
	{
		a->has_value = true;
		a->value = (double) c[0];
		return GL_CMP_COUNT_ORDER;
	}
	return GL_CMP_OK;
}

int
gl_cmp_parse(const gl_cmp_form *f, const char *str, size_t len,
			 int64_t *counts, gl_cmp_text_error *err)
{
	gl_text_item items[GL_CMP_COUNTS_MAX];
	bool		seen[GL_CMP_COUNTS_MAX] = {0};
	int			n,
				i,
				j;

	memset(err, 0, sizeof(*err));
	if (gl_text_split(str, len, items, f->ncounts, &n, &err->text) != GL_TEXT_OK)
	{
		err->code = GL_CMP_TEXT_SYNTAX;
		err->args.extra = f->type;
		err->args.name = str;
		err->args.namelen = len;
		return GL_CMP_TEXT_SYNTAX;
	}
	for (i = 0; i < n; i++)
	{
		const gl_text_item *it = &items[i];

		for (j = 0; j < f->ncounts; j++)
			if (it->name_len == strlen(f->names[j]) &&
				gl_name_matches(it->name, it->name_len, f->names[j]))
				break;
		if (j == f->ncounts || seen[j])
			return text_fail(err, GL_CMP_TEXT_ITEM, f, str, len, it->item,
							 it->item_len);
		seen[j] = true;
		if (it->value_len == 0 ||
			gl_text_count(it->value, it->value_len, &counts[j]) != it->value_len)
			return text_fail(err, GL_CMP_TEXT_COUNT, f, str, len, it->value,
							 it->value_len);
	}
	if (n < f->ncounts)
		return text_fail(err, GL_CMP_TEXT_ITEM, f, str, len, str, len);
	text_fail(err, GL_CMP_OK, f, str, len, NULL, 0);
	return err->code = check_order(f, counts, &err->args);
}

void
gl_cmp_format(const gl_cmp_form *f, const int64_t *counts, char *buf)
{
	size_t		used = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < f->ncounts && used < GL_CMP_TEXT_MAX; i++)
	{
		int			w = snprintf(buf + used, GL_CMP_TEXT_MAX - used, "%s%s=%lld",
								 i ? ", " : "", f->names[i],
								 (long long) counts[i]);

		if (w < 0)
			break;
		used += (size_t) w;
	}
}

int
gl_cmp_check(const gl_cmp_form *f, const int64_t *counts, gl_status_args *a)
{
	int			i;

	memset(a, 0, sizeof(*a));
	a->extra = f->type;
	for (i = 0; i < f->ncounts; i++)
		if (counts[i] < 0)
		{
			a->arg = f->names[i];
			a->has_value = true;
			a->value = (double) counts[i];
			return GL_CMP_COUNT_NEGATIVE;
		}
	return check_order(f, counts, a);
}

int
gl_cmp_check_binary(const gl_cmp_form *f, const int64_t *counts,
					gl_status_args *a)
{
	int			rc = gl_cmp_check(f, counts, a);

	if (rc == GL_CMP_COUNT_NEGATIVE)
	{
		memset(a, 0, sizeof(*a));
		a->extra = f->type;
		a->name = "a count is negative";
		a->namelen = strlen(a->name);
		return GL_CMP_BINARY;
	}
	return rc;
}
