/*
 * health/limit_counts.c - values counted exactly against a few limits: the
 * checks of the limits, merging, the share above a limit, the limits a
 * quantile lies between and the text form (see health.h).
 */
#include "health/health.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/names.h"
#include "base/numeric.h"
#include "base/textform.h"

gl_health_status
gl_health_check_limits(const double *limits, int k, gl_health_put_double put,
					   gl_health_error *err)
{
	int			i;

	if (k < 1)
	{
		gl_health_fail(err, GL_HEALTH_ARRAY_EMPTY);
		err->args.arg = "limits";
		return GL_HEALTH_ARRAY_EMPTY;
	}
	if (k > GL_HEALTH_MAX_LIMITS)
		return gl_health_fail(err, GL_HEALTH_TOO_MANY_LIMITS);
	for (i = 0; i < k; i++)
	{
		gl_health_status st = GL_HEALTH_OK;

		if (!gl_finite(limits[i]))
			st = GL_HEALTH_LIMIT_NONFINITE;
		else if (i > 0 && limits[i] == limits[i - 1])
			st = GL_HEALTH_LIMITS_REPEAT;
		else if (i > 0 && limits[i] < limits[i - 1])
			st = GL_HEALTH_LIMITS_ORDER;
		if (st != GL_HEALTH_OK)
		{
			gl_health_fail(err, st);
			err->args.has_value = true;
			err->args.value = limits[i];
			if (i > 0)
			{
				put(err->num[0], limits[i - 1]);
				err->args.item = err->num[0];
				err->args.itemlen = strlen(err->num[0]);
			}
			return st;
		}
	}
	return GL_HEALTH_OK;
}

bool
gl_health_same_limits(const gl_health_limits *a, const gl_health_limits *b)
{
	return a->k == b->k &&
		memcmp(a->limits, b->limits, (size_t) a->k * sizeof(double)) == 0;
}

void
gl_health_limits_list(const double *limits, int32_t k, gl_health_put_double put,
					  char *buf, size_t buflen)
{
	size_t		len = 0;
	int32_t		i;

	buf[0] = '\0';
	for (i = 0; i < k; i++)
	{
		char		num[48];
		size_t		nl;

		put(num, limits[i]);
		nl = strlen(num);
		if (len + nl + 2 + 4 >= buflen)
		{
			snprintf(buf + len, buflen - len, "%s...", i > 0 ? ", " : "");
			return;
		}
		len += (size_t) snprintf(buf + len, buflen - len, "%s%s", i > 0 ? ", " : "", num);
	}
}

gl_health_status
gl_health_limits_merge(gl_health_limits *a, const gl_health_limits *b,
					   gl_health_put_double put, gl_health_error *err)
{
	int32_t		i;
	int64_t		n;

	if (!gl_health_same_limits(a, b))
	{
		gl_health_fail(err, GL_HEALTH_LIMITS_DIFFER);
		gl_health_limits_list(a->limits, a->k, put, err->list, sizeof(err->list) / 2);
		gl_health_limits_list(b->limits, b->k, put, err->list + sizeof(err->list) / 2,
							  sizeof(err->list) / 2);
		err->args.name = err->list;
		err->args.namelen = strlen(err->list);
		err->args.item = err->list + sizeof(err->list) / 2;
		err->args.itemlen = strlen(err->args.item);
		return GL_HEALTH_LIMITS_DIFFER;
	}
	if (b->n == 0)
		return GL_HEALTH_OK;
	if (__builtin_add_overflow(a->n, b->n, &n))
	{
		return gl_health_count_range(err, "values");
	}
	for (i = 0; i <= a->k; i++)
		a->counts[i] += b->counts[i];	/* each below the sum n */
	if (a->n == 0 || b->min < a->min)
		a->min = b->min;
	if (a->n == 0 || b->max > a->max)
		a->max = b->max;
	a->n = n;
	return GL_HEALTH_OK;
}

/* the index of the first bin with a count, from the low (dir 1) or high end */
static int32_t
first_bin(const gl_health_limits *s, int dir)
{
	int32_t		i = dir > 0 ? 0 : s->k;

	while (s->counts[i] == 0)
		i += dir;
	return i;
}

gl_health_status
gl_health_limits_check(const gl_health_limits *s, gl_health_put_double put,
					   gl_health_error *err)
{
	gl_health_status st = gl_health_check_limits(s->limits, s->k, put, err);
	__int128	sum = 0;
	int32_t		i;

	if (st != GL_HEALTH_OK)
		return st;
	for (i = 0; i <= s->k; i++)
	{
		if (s->counts[i] < 0)
		{
			gl_health_fail(err, GL_HEALTH_COUNT_NEGATIVE);
			err->args.has_value = true;
			err->args.value = (double) s->counts[i];
			return GL_HEALTH_COUNT_NEGATIVE;
		}
		sum += s->counts[i];
	}
	if (sum > INT64_MAX || sum != s->n)
	{
		if (sum > INT64_MAX)
			return gl_health_count_range(err, "values");
		gl_health_fail(err, GL_HEALTH_CORRUPT);
		err->args.name = "the counts do not add up to the number of values";
		err->args.namelen = strlen(err->args.name);
		return GL_HEALTH_CORRUPT;
	}
	if (s->n == 0 ? (s->min != 0.0 || s->max != 0.0 || signbit(s->min) || signbit(s->max)) :
		(!gl_finite(s->min) || !gl_finite(s->max) || s->min > s->max ||
		 gl_health_bin(s->limits, s->k, s->min) != first_bin(s, 1) ||
		 gl_health_bin(s->limits, s->k, s->max) != first_bin(s, -1)))
	{
		gl_health_fail(err, GL_HEALTH_MINMAX);
		put(err->num[0], s->min);
		put(err->num[1], s->max);
		err->args.name = err->num[0];
		err->args.namelen = strlen(err->num[0]);
		err->args.item = err->num[1];
		err->args.itemlen = strlen(err->num[1]);
		return GL_HEALTH_MINMAX;
	}
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_limits_above(const gl_health_limits *s, double limit,
					   gl_health_put_double put, int64_t *above,
					   gl_health_error *err)
{
	int32_t		i = gl_health_bin(s->limits, s->k, limit);
	int64_t		n = s->n;
	int32_t		j;

	if (i >= s->k || s->limits[i] != limit)
	{
		gl_health_fail(err, GL_HEALTH_NOT_A_LIMIT);
		gl_health_limits_list(s->limits, s->k, put, err->list, sizeof(err->list));
		err->args.name = err->list;
		err->args.namelen = strlen(err->list);
		err->args.has_value = true;
		err->args.value = limit;
		return GL_HEALTH_NOT_A_LIMIT;
	}
	/* values <= limits[i] are in bins 0..i */
	for (j = 0; j <= i; j++)
		n -= s->counts[j];
	*above = n;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_quantile_bounds(const gl_health_limits *s, double fraction,
						  double *lower, double *upper, gl_health_error *err)
{
	double		h;
	int64_t		lo,
				hi;
	int64_t		le = 0;			/* values at or below limits[i] */
	int32_t		i;

	if (!(fraction >= 0.0 && fraction <= 1.0))
	{
		gl_health_fail(err, GL_HEALTH_FRACTION);
		err->args.has_value = true;
		err->args.value = fraction;
		return GL_HEALTH_FRACTION;
	}

	/*
	 * percentile_cont: the order statistics (0-based) floor(h) and ceil(h)
	 * with h = fraction * (n - 1), computed as PostgreSQL does
	 */
	h = fraction * (double) (s->n - 1);
	lo = (int64_t) floor(h);
	hi = (int64_t) ceil(h);
	*lower = s->min;
	*upper = s->max;

	/*
	 * A limit L with at most lo values at or below it lies below x[lo];
	 * one with at least hi + 1 values at or below it lies at or above
	 * x[hi].  The quantile lies between x[lo] and x[hi].
	 */
	for (i = 0; i < s->k; i++)
	{
		le += s->counts[i];
		if (le <= lo && s->limits[i] > *lower)
			*lower = s->limits[i];
		if (le >= hi + 1 && s->limits[i] < *upper)
		{
			*upper = s->limits[i];
			break;
		}
	}
	return GL_HEALTH_OK;
}

/* ---- text ------------------------------------------------------------------ */

/* blank-separated numbers of v (len bytes) into out[max]; *n of them */
static gl_health_status
read_numbers(const char *v, size_t len, double *out, int max, int *n,
			 gl_health_error *err)
{
	const char *p = v;
	const char *tok;
	size_t		toklen;

	*n = 0;
	while (gl_health_next_token(&p, v + len, &tok, &toklen))
	{
		size_t		used;
		double		x;

		if (gl_text_number(tok, toklen, &x, &used) != GL_TEXT_OK || used != toklen)
			return gl_health_fail_at(err, GL_HEALTH_TEXT_NUMBER, tok, toklen);
		if (*n >= max)
			return gl_health_fail(err, GL_HEALTH_TOO_MANY_LIMITS);
		out[(*n)++] = x;
	}
	return GL_HEALTH_OK;
}

/* blank-separated counts */
static gl_health_status
read_counts(const char *v, size_t len, int64_t *out, int max, int *n,
			gl_health_error *err)
{
	const char *p = v;
	const char *tok;
	size_t		toklen;

	*n = 0;
	while (gl_health_next_token(&p, v + len, &tok, &toklen))
	{
		int64_t		x;

		if (!gl_health_read_count(tok, toklen, &x))
			return gl_health_fail_at(err, GL_HEALTH_TEXT_COUNT, tok, toklen);
		if (*n >= max)
			return gl_health_fail_at(err, GL_HEALTH_TEXT_NCOUNTS, tok, toklen);
		out[(*n)++] = x;
	}
	return GL_HEALTH_OK;
}

/* one number (min, max) */
static gl_health_status
read_one(const gl_text_item *it, double *out, gl_health_error *err)
{
	size_t		used;

	if (gl_text_number(it->value, it->value_len, out, &used) != GL_TEXT_OK ||
		used != it->value_len)
		return gl_health_fail_at(err, GL_HEALTH_TEXT_NUMBER, it->item, it->item_len);
	return GL_HEALTH_OK;
}

void
gl_health_limits_free(gl_health_limits *s)
{
	gl_free(s->limits);
	gl_free(s->counts);
	s->limits = NULL;
	s->counts = NULL;
}

gl_health_status
gl_health_limits_parse(const char *text, gl_health_limits *s,
					   gl_health_put_double put, gl_health_error *err)
{
	static const char *const names[] = {"limits", "counts", "min", "max"};
	gl_text_item items[4];
	const gl_text_item *it[4] = {NULL, NULL, NULL, NULL};
	gl_text_error te;
	int			nitems,
				i,
				nl,
				nc;
	gl_health_status st;
	__int128	sum = 0;

	memset(s, 0, sizeof(*s));
	if (gl_text_split(text, strlen(text), items, 4, &nitems, &te) != GL_TEXT_OK)
		return gl_health_split_fail(err, GL_HEALTH_TEXT_SYNTAX_LIMITS, &te, text);
	for (i = 0; i < nitems; i++)
	{
		int			j;

		for (j = 0; j < 4; j++)
			if (gl_name_matches(items[i].name, items[i].name_len, names[j]))
				break;
		if (j == 4 || it[j] != NULL)
		{
			gl_health_fail_at(err, GL_HEALTH_TEXT_ITEM_LIMITS, items[i].item, items[i].item_len);
			err->args.list = "\"limits\", \"counts\", \"min\" and \"max\"";
			return GL_HEALTH_TEXT_ITEM_LIMITS;
		}
		it[j] = &items[i];
	}
	for (i = 0; i < 2; i++)
		if (it[i] == NULL)
			return gl_health_fail_at(err, GL_HEALTH_TEXT_MISSING_LIMITS, names[i], strlen(names[i]));
	s->limits = gl_alloc((GL_HEALTH_MAX_LIMITS + 1) * sizeof(double));
	s->counts = gl_alloc((GL_HEALTH_MAX_LIMITS + 2) * sizeof(int64_t));
	if (s->limits == NULL || s->counts == NULL)
	{
		gl_health_limits_free(s);
		return gl_health_fail(err, GL_HEALTH_NOMEM);
	}
	st = read_numbers(it[0]->value, it[0]->value_len, s->limits,
					  GL_HEALTH_MAX_LIMITS + 1, &nl, err);
	if (st == GL_HEALTH_OK)
		st = gl_health_check_limits(s->limits, nl, put, err);
	if (st == GL_HEALTH_OK)
		st = read_counts(it[1]->value, it[1]->value_len, s->counts, nl + 1, &nc, err);
	if (st == GL_HEALTH_OK)
	{
		s->k = nl;
		for (i = 0; i < nc; i++)
			sum += s->counts[i];
		if (nc != nl + 1 || (sum > 0) != (it[2] != NULL) || (sum > 0) != (it[3] != NULL))
			st = gl_health_fail_at(err, GL_HEALTH_TEXT_NCOUNTS, it[1]->item, it[1]->item_len);
		else if (sum > INT64_MAX)
			st = gl_health_fail_at(err, GL_HEALTH_TEXT_COUNT, it[1]->item, it[1]->item_len);
	}
	if (st == GL_HEALTH_OK)
	{
		s->n = (int64_t) sum;
		if (sum > 0)
		{
			st = read_one(it[2], &s->min, err);
			if (st == GL_HEALTH_OK)
				st = read_one(it[3], &s->max, err);
		}
	}
	if (st == GL_HEALTH_OK)
		st = gl_health_limits_check(s, put, err);
	if (st != GL_HEALTH_OK)
		gl_health_limits_free(s);
	return st;
}

char *
gl_health_limits_format(const gl_health_limits *s, gl_health_put_double put)
{
	size_t		size = 96 + (size_t) s->k * 34 + (size_t) (s->k + 1) * 21;
	char	   *buf = gl_alloc(size);
	size_t		len;
	int32_t		i;
	char		num[48];

	if (buf == NULL)
		return NULL;
	len = (size_t) snprintf(buf, size, "limits=");
	for (i = 0; i < s->k; i++)
	{
		put(num, s->limits[i]);
		len += (size_t) snprintf(buf + len, size - len, "%s%s", i > 0 ? " " : "", num);
	}
	len += (size_t) snprintf(buf + len, size - len, ", counts=");
	for (i = 0; i <= s->k; i++)
		len += (size_t) snprintf(buf + len, size - len, "%s%lld", i > 0 ? " " : "",
								 (long long) s->counts[i]);
	if (s->n > 0)
	{
		put(num, s->min);
		len += (size_t) snprintf(buf + len, size - len, ", min=%s", num);
		put(num, s->max);
		len += (size_t) snprintf(buf + len, size - len, ", max=%s", num);
	}
	return buf;
}
