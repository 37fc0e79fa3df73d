/*
 * health/error_counts.c - error counts per time bucket: counting, merging,
 * the text form, and the episodes and severity bands read from them (see
 * health.h).
 *
 * Rows in time order extend the sorted array at its end (or count into
 * the bucket of the previous row) in O(1).  A row of a bucket already in
 * the array is found by binary search; a row of a new bucket in the middle
 * waits in a pending list, which is sorted and merged in once it is as
 * long as the array (so each row costs O(log n) amortized, whatever the
 * order of the rows).  A merged state's buckets take the same paths
 * (gl_health_counts_merge), so a rollup of many small states in time order
 * is linear too.
 */
#include "health/health.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/names.h"
#include "base/textform.h"

#define INTERRUPT_EVERY 4096
#define MIN_PENDING 4096

void
gl_health_counts_init(gl_health_counts *c, int64_t width)
{
	memset(c, 0, sizeof(*c));
	c->width = width;
}

void
gl_health_counts_free(gl_health_counts *c)
{
	gl_free(c->b);
	gl_free(c->pend);
	c->b = c->pend = NULL;
	c->n = c->max = c->npend = c->maxpend = c->hint = 0;
}

/* whether bucket of width lies inside the timestamptz range */
static bool
bucket_in_range(int64_t bucket, int64_t width)
{
	int64_t		start,
				end;

	if (__builtin_mul_overflow(bucket, width, &start) ||
		__builtin_add_overflow(start, width, &end))
		return false;
	return start >= GL_HEALTH_TIME_MIN && end <= GL_HEALTH_TIME_END;
}

/*
 * A bucket outside the timestamptz range: GL_HEALTH_TIME_RANGE for a row
 * (the glue names its ts), GL_HEALTH_BUCKET_RANGE for a stored bucket.
 */
static gl_health_status
bucket_range(gl_health_error *err, gl_health_status st, int64_t bucket,
			 int64_t width)
{
	gl_health_fail(err, st);
	snprintf(err->num[0], sizeof(err->num[0]), "%lld", (long long) bucket);
	gl_health_format_width(err->num[1], width);
	strcat(err->num[1], " s");
	err->args.name = err->num[0];
	err->args.namelen = strlen(err->num[0]);
	err->args.item = err->num[1];
	err->args.itemlen = strlen(err->num[1]);
	return st;
}

/*
 * Room for one more element (of size elem) in *arr, which holds n of *max;
 * it grows by half, to at most GL_HEALTH_MAX_BUCKETS elements.
 */
static gl_health_status
grow(void *arr, int32_t *max, int32_t n, size_t elem, gl_health_error *err)
{
	void	  **a = (void **) arr;
	int64_t		want;
	void	   *p;

	if (n < *max)
		return GL_HEALTH_OK;
	want = *max < 16 ? 16 : (int64_t) *max + *max / 2;
	if (want > GL_HEALTH_MAX_BUCKETS)
		want = GL_HEALTH_MAX_BUCKETS;
	if (want <= n)
		return gl_health_fail(err, GL_HEALTH_TOO_MANY_BUCKETS);
	p = gl_realloc(*a, (size_t) want * elem);
	if (p == NULL)
		return gl_health_fail(err, GL_HEALTH_NOMEM);
	*a = p;
	*max = (int32_t) want;
	return GL_HEALTH_OK;
}

/* index of bucket in c->b, or -1 */
static int32_t
find(const gl_health_counts *c, int64_t bucket)
{
	int32_t		lo = 0;
	int32_t		hi = c->n;

	while (lo < hi)
	{
		int32_t		mid = (lo + hi) >> 1;

		if (c->b[mid].bucket < bucket)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < c->n && c->b[lo].bucket == bucket) ? lo : -1;
}

/* one more event in x */
static gl_health_status
bump(gl_health_bucket *x, bool failed, gl_health_error *err)
{
	if (x->total == INT64_MAX)
	{
		return gl_health_count_range(err, "events in one bucket");
	}
	x->total++;
	x->errors += failed;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_counts_add_slow(gl_health_counts *c, int64_t bucket, bool failed,
						  gl_health_error *err)
{
	int32_t		i = find(c, bucket);
	gl_health_status st;
	gl_health_bucket *x;

	if (i >= 0)
	{
		c->hint = i;
		return bump(&c->b[i], failed, err);
	}
	if (!bucket_in_range(bucket, c->width))
		return bucket_range(err, GL_HEALTH_TIME_RANGE, bucket, c->width);
	if (c->npend == 0 && (c->n == 0 || bucket > c->b[c->n - 1].bucket))
	{
		/* a new last bucket: rows in time order */
		st = grow(&c->b, &c->max, c->n, sizeof(gl_health_bucket), err);
		if (st != GL_HEALTH_OK)
			return st;
		x = &c->b[c->n];
		x->bucket = bucket;
		x->errors = 0;
		x->total = 0;
		c->hint = c->n++;
		return bump(x, failed, err);
	}
	if (c->npend > 0 && c->pend[c->npend - 1].bucket == bucket)
		return bump(&c->pend[c->npend - 1], failed, err);
	st = grow(&c->pend, &c->maxpend, c->npend, sizeof(gl_health_bucket), err);
	if (st != GL_HEALTH_OK)
		return st;
	x = &c->pend[c->npend++];
	x->bucket = bucket;
	x->errors = failed;
	x->total = 1;
	if (c->npend >= MIN_PENDING && c->npend >= c->n)
		return gl_health_counts_compact(c, err);
	return GL_HEALTH_OK;
}

static int
cmp_bucket(const void *a, const void *b)
{
	int64_t		x = ((const gl_health_bucket *) a)->bucket;
	int64_t		y = ((const gl_health_bucket *) b)->bucket;

	return (x > y) - (x < y);
}

/* y into x (same bucket) */
static gl_health_status
add_into(gl_health_bucket *x, const gl_health_bucket *y, gl_health_error *err)
{
	int64_t		total;

	/* x is left as it was on an overflow */
	if (__builtin_add_overflow(x->total, y->total, &total))
	{
		return gl_health_count_range(err, "events in one bucket");
	}
	x->total = total;
	x->errors += y->errors;		/* errors <= total: no overflow */
	return GL_HEALTH_OK;
}

/*
 * Merge the sorted, distinct a[0..na-1] and b[0..nb-1] into a new array
 * (*out, *nout, *maxout).
 */
static gl_health_status
merge_sorted(const gl_health_bucket *a, int32_t na, const gl_health_bucket *b,
			 int32_t nb, gl_health_bucket **out, int32_t *nout,
			 int32_t *maxout, gl_health_error *err)
{
	int64_t		cap = (int64_t) na + nb;
	gl_health_bucket *m;
	int32_t		i = 0,
				j = 0,
				n = 0;

	if (cap > GL_HEALTH_MAX_BUCKETS)
	{
		/* too many unless enough buckets coincide: count them first */
		int64_t		distinct = 0;

		while (i < na || j < nb)
		{
			if (j >= nb || (i < na && a[i].bucket < b[j].bucket))
				i++;
			else if (i >= na || b[j].bucket < a[i].bucket)
				j++;
			else
				i++, j++;
			distinct++;
		}
		if (distinct > GL_HEALTH_MAX_BUCKETS)
			return gl_health_fail(err, GL_HEALTH_TOO_MANY_BUCKETS);
		cap = distinct;
		i = j = 0;
	}
	m = gl_alloc((size_t) (cap > 0 ? cap : 1) * sizeof(gl_health_bucket));
	if (m == NULL)
		return gl_health_fail(err, GL_HEALTH_NOMEM);
	while (i < na || j < nb)
	{
		if ((n & (INTERRUPT_EVERY - 1)) == 0)
			gl_check_interrupts();
		if (j >= nb || (i < na && a[i].bucket < b[j].bucket))
			m[n++] = a[i++];
		else if (i >= na || b[j].bucket < a[i].bucket)
			m[n++] = b[j++];
		else
		{
			gl_health_status st;

			m[n] = a[i++];
			st = add_into(&m[n], &b[j++], err);
			if (st != GL_HEALTH_OK)
			{
				gl_free(m);
				return st;
			}
			n++;
		}
	}
	*out = m;
	*nout = n;
	*maxout = (int32_t) cap;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_counts_compact(gl_health_counts *c, gl_health_error *err)
{
	int32_t		i,
				n;
	gl_health_bucket *m;
	int32_t		nm,
				maxm;
	gl_health_status st;

	if (c->npend == 0)
		return GL_HEALTH_OK;
	gl_check_interrupts();
	qsort(c->pend, (size_t) c->npend, sizeof(gl_health_bucket), cmp_bucket);
	gl_check_interrupts();
	/* coalesce repeated buckets */
	n = 0;
	for (i = 0; i < c->npend; i++)
	{
		if (n > 0 && c->pend[n - 1].bucket == c->pend[i].bucket)
		{
			st = add_into(&c->pend[n - 1], &c->pend[i], err);
			if (st != GL_HEALTH_OK)
				return st;
		}
		else
			c->pend[n++] = c->pend[i];
	}
	st = merge_sorted(c->b, c->n, c->pend, n, &m, &nm, &maxm, err);
	if (st != GL_HEALTH_OK)
		return st;
	gl_free(c->b);
	c->b = m;
	c->n = nm;
	c->max = maxm;
	c->npend = 0;
	c->hint = 0;
	return GL_HEALTH_OK;
}

/* both widths, for GL_HEALTH_WIDTH_DIFFERS */
static gl_health_status
width_differs(gl_health_error *err, int64_t a, int64_t b)
{
	gl_health_fail(err, GL_HEALTH_WIDTH_DIFFERS);
	gl_health_format_width(err->num[0], a);
	gl_health_format_width(err->num[1], b);
	strcat(err->num[0], " s");
	strcat(err->num[1], " s");
	err->args.name = err->num[0];
	err->args.namelen = strlen(err->num[0]);
	err->args.item = err->num[1];
	err->args.itemlen = strlen(err->num[1]);
	return GL_HEALTH_WIDTH_DIFFERS;
}

/*
 * One bucket of a merged state, y, added to c: counted into the bucket
 * already in b (found by binary search), appended at the end of b (states
 * in time order), or left pending like a row's (sorted and merged in once
 * the pending list is as long as b).
 */
static gl_health_status
merge_one(gl_health_counts *c, const gl_health_bucket *y, gl_health_error *err)
{
	int32_t		i;
	gl_health_status st;

	if (c->n > 0 && c->b[c->hint].bucket == y->bucket)
		return add_into(&c->b[c->hint], y, err);
	if (c->npend == 0 && (c->n == 0 || y->bucket > c->b[c->n - 1].bucket))
	{
		st = grow(&c->b, &c->max, c->n, sizeof(gl_health_bucket), err);
		if (st != GL_HEALTH_OK)
			return st;
		c->b[c->n] = *y;
		c->hint = c->n++;
		return GL_HEALTH_OK;
	}
	i = find(c, y->bucket);
	if (i >= 0)
	{
		c->hint = i;
		return add_into(&c->b[i], y, err);
	}
	if (c->npend > 0 && c->pend[c->npend - 1].bucket == y->bucket)
		return add_into(&c->pend[c->npend - 1], y, err);
	st = grow(&c->pend, &c->maxpend, c->npend, sizeof(gl_health_bucket), err);
	if (st != GL_HEALTH_OK)
		return st;
	c->pend[c->npend++] = *y;
	if (c->npend >= MIN_PENDING && c->npend >= c->n)
		return gl_health_counts_compact(c, err);
	return GL_HEALTH_OK;
}

/*
 * c += other.  A state as large as c is merged at once (O(n + m)); a
 * smaller one bucket by bucket, so that a rollup of many small states
 * costs O(log n) a bucket (O(1) when they come in time order) rather than
 * a pass over c for each.
 */
gl_health_status
gl_health_counts_merge(gl_health_counts *c, const gl_health_counts *other,
					   gl_health_error *err)
{
	gl_health_status st;
	gl_health_bucket *m;
	int32_t		nm,
				maxm;
	int32_t		i;

	if (c->width != other->width)
		return width_differs(err, c->width, other->width);
	if (other->n == 0)
		return GL_HEALTH_OK;
	if (other->n < c->n)
	{
		for (i = 0; i < other->n; i++)
		{
			if ((i & (INTERRUPT_EVERY - 1)) == INTERRUPT_EVERY - 1)
				gl_check_interrupts();
			st = merge_one(c, &other->b[i], err);
			if (st != GL_HEALTH_OK)
				return st;
		}
		return GL_HEALTH_OK;
	}
	st = gl_health_counts_compact(c, err);
	if (st != GL_HEALTH_OK)
		return st;
	st = merge_sorted(c->b, c->n, other->b, other->n, &m, &nm, &maxm, err);
	if (st != GL_HEALTH_OK)
		return st;
	gl_free(c->b);
	c->b = m;
	c->n = nm;
	c->max = maxm;
	c->hint = 0;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_counts_check(const gl_health_counts *c, gl_health_error *err)
{
	int32_t		i;

	if (c->width <= 0)
	{
		gl_health_fail(err, GL_HEALTH_DURATION_NONPOSITIVE);
		snprintf(err->num[0], sizeof(err->num[0]), "%lld microseconds",
				 (long long) c->width);
		err->args.name = err->num[0];
		err->args.namelen = strlen(err->num[0]);
		return GL_HEALTH_DURATION_NONPOSITIVE;
	}
	if (c->n > GL_HEALTH_MAX_BUCKETS || c->n < 0)
		return gl_health_fail(err, GL_HEALTH_TOO_MANY_BUCKETS);
	for (i = 0; i < c->n; i++)
	{
		const gl_health_bucket *x = &c->b[i];

		if ((i & (INTERRUPT_EVERY - 1)) == 0)
			gl_check_interrupts();
		if (x->total <= 0 || x->errors < 0 || x->errors > x->total)
		{
			gl_health_fail(err, GL_HEALTH_BUCKET_COUNTS);
			snprintf(err->num[0], sizeof(err->num[0]), "%lld", (long long) x->bucket);
			snprintf(err->num[1], sizeof(err->num[1]), "%lld:%lld/%lld",
					 (long long) x->bucket, (long long) x->errors, (long long) x->total);
			err->args.name = err->num[0];
			err->args.namelen = strlen(err->num[0]);
			err->args.item = err->num[1];
			err->args.itemlen = strlen(err->num[1]);
			return GL_HEALTH_BUCKET_COUNTS;
		}
		if (i > 0 && x->bucket <= c->b[i - 1].bucket)
		{
			gl_health_fail(err, GL_HEALTH_BUCKET_ORDER);
			snprintf(err->num[0], sizeof(err->num[0]), "%lld", (long long) x->bucket);
			snprintf(err->num[1], sizeof(err->num[1]), "%lld", (long long) c->b[i - 1].bucket);
			err->args.name = err->num[0];
			err->args.namelen = strlen(err->num[0]);
			err->args.item = err->num[1];
			err->args.itemlen = strlen(err->num[1]);
			return GL_HEALTH_BUCKET_ORDER;
		}
		if (!bucket_in_range(x->bucket, c->width))
			return bucket_range(err, GL_HEALTH_BUCKET_RANGE, x->bucket, c->width);
	}
	return GL_HEALTH_OK;
}

/* ---- text ------------------------------------------------------------------ */

void
gl_health_format_width(char *buf, int64_t width_us)
{
	int64_t		s = width_us / 1000000;
	int64_t		f = width_us % 1000000;
	int			len;

	len = snprintf(buf, 32, "%lld", (long long) s);
	if (f != 0)
	{
		int			end;

		len += snprintf(buf + len, 32 - (size_t) len, ".%06lld", (long long) f);
		end = len;
		while (buf[end - 1] == '0')
			end--;
		buf[end] = '\0';
	}
}

/* an optionally signed integer into *out */
static bool
read_int(const char *s, size_t len, int64_t *out)
{
	int64_t		x;

	if (len > 1 && s[0] == '-')
	{
		/* -9223372036854775808 is not a bucket anyone has */
		if (!gl_health_read_count(s + 1, len - 1, &x))
			return false;
		*out = -x;
		return true;
	}
	return gl_health_read_count(s, len, out);
}

/* seconds with at most 6 decimals into microseconds (> 0) */
static bool
read_width(const char *s, size_t len, int64_t *us)
{
	size_t		dot = 0;
	int64_t		whole,
				frac = 0;
	size_t		i;

	while (dot < len && s[dot] != '.')
		dot++;
	if (!gl_health_read_count(s, dot, &whole))
		return false;
	if (dot < len)
	{
		size_t		nf = len - dot - 1;

		if (nf == 0 || nf > 6 || !gl_health_read_count(s + dot + 1, nf, &frac))
			return false;
		for (i = nf; i < 6; i++)
			frac *= 10;
	}
	if (__builtin_mul_overflow(whole, (int64_t) 1000000, &whole) ||
		__builtin_add_overflow(whole, frac, us) || *us <= 0)
		return false;
	return true;
}

/* one bucket "i:e/t" */
static bool
read_bucket(const char *s, size_t len, gl_health_bucket *x)
{
	const char *colon = memchr(s, ':', len);
	const char *slash;

	if (colon == NULL)
		return false;
	slash = memchr(colon, '/', len - (size_t) (colon - s));
	if (slash == NULL)
		return false;
	return read_int(s, (size_t) (colon - s), &x->bucket) &&
		gl_health_read_count(colon + 1, (size_t) (slash - colon - 1), &x->errors) &&
		gl_health_read_count(slash + 1, len - (size_t) (slash - s) - 1, &x->total);
}

gl_health_status
gl_health_counts_parse(const char *text, gl_health_counts *c,
					   gl_health_error *err)
{
	static const char *const names[] = {"width", "buckets"};
	gl_text_item items[2];
	gl_text_error te;
	const gl_text_item *width = NULL;
	const gl_text_item *buckets = NULL;
	int			nitems,
				i;
	int64_t		w;
	gl_health_status st;

	gl_health_counts_init(c, 0);
	if (gl_text_split(text, strlen(text), items, 2, &nitems, &te) != GL_TEXT_OK)
		return gl_health_split_fail(err, GL_HEALTH_TEXT_SYNTAX, &te, text);
	for (i = 0; i < nitems; i++)
	{
		const gl_text_item **slot = NULL;

		if (gl_name_matches(items[i].name, items[i].name_len, names[0]))
			slot = &width;
		else if (gl_name_matches(items[i].name, items[i].name_len, names[1]))
			slot = &buckets;
		if (slot == NULL || *slot != NULL)
		{
			gl_health_fail_at(err, GL_HEALTH_TEXT_ITEM, items[i].item, items[i].item_len);
			err->args.list = "\"width\" and \"buckets\"";
			return GL_HEALTH_TEXT_ITEM;
		}
		*slot = &items[i];
	}
	if (width == NULL)
		return gl_health_fail_at(err, GL_HEALTH_TEXT_MISSING, "width", 5);
	if (!read_width(width->value, width->value_len, &w))
		return gl_health_fail_at(err, GL_HEALTH_TEXT_WIDTH, width->item, width->item_len);
	c->width = w;
	if (buckets != NULL)
	{
		const char *p = buckets->value;
		const char *end = p + buckets->value_len;
		const char *tok;
		size_t		toklen;

		while (gl_health_next_token(&p, end, &tok, &toklen))
		{
			gl_health_bucket x;

			if (!read_bucket(tok, toklen, &x))
			{
				gl_health_counts_free(c);
				return gl_health_fail_at(err, GL_HEALTH_TEXT_BUCKET, tok, toklen);
			}
			if (c->n >= GL_HEALTH_MAX_BUCKETS)
			{
				gl_health_counts_free(c);
				return gl_health_fail(err, GL_HEALTH_TOO_MANY_BUCKETS);
			}
			st = grow(&c->b, &c->max, c->n, sizeof(gl_health_bucket), err);
			if (st != GL_HEALTH_OK)
			{
				gl_health_counts_free(c);
				return st;
			}
			c->b[c->n++] = x;
		}
	}
	st = gl_health_counts_check(c, err);
	if (st != GL_HEALTH_OK)
		gl_health_counts_free(c);
	return st;
}

char *
gl_health_counts_format(const gl_health_counts *c)
{
	/* a bucket takes at most 20 + 1 + 19 + 1 + 19 + 1 bytes */
	size_t		size = 64 + (size_t) c->n * 62;
	char	   *buf = gl_alloc(size);
	size_t		len;
	int32_t		i;

	if (buf == NULL)
		return NULL;
	memcpy(buf, "width=", 6);
	gl_health_format_width(buf + 6, c->width);
	len = strlen(buf);
	if (c->n > 0)
	{
		memcpy(buf + len, ", buckets=", 10);
		len += 10;
	}
	for (i = 0; i < c->n; i++)
	{
		const gl_health_bucket *x = &c->b[i];

		if ((i & (INTERRUPT_EVERY - 1)) == 0)
			gl_check_interrupts();
		len += (size_t) snprintf(buf + len, size - len, "%s%lld:%lld/%lld",
								 i > 0 ? " " : "", (long long) x->bucket,
								 (long long) x->errors, (long long) x->total);
	}
	buf[len] = '\0';
	return buf;
}

/* ---- reading the counts ------------------------------------------------------ */

/* errors and events of b[first..last] (GL_HEALTH_COUNT_RANGE beyond int64) */
static gl_health_status
sum_range(const gl_health_counts *c, int32_t first, int32_t last,
		  int64_t *errors, int64_t *total, const char *what,
		  gl_health_error *err)
{
	__int128	e = 0,
				t = 0;
	int32_t		i;

	for (i = first; i <= last; i++)
	{
		e += c->b[i].errors;
		t += c->b[i].total;
	}
	if (t > INT64_MAX)
		return gl_health_count_range(err, what);
	*errors = (int64_t) e;
	*total = (int64_t) t;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_counts_totals(const gl_health_counts *c, int64_t *errors,
						int64_t *total, gl_health_error *err)
{
	return sum_range(c, 0, c->n - 1, errors, total,
					 "events in all buckets", err);
}

/* the rate a judgement looks at, and the bucket's interval in *r */
static gl_health_status
judge_bucket(const gl_health_bucket *x, const gl_health_judge *j,
			 gl_health_rate *r, double *judged, gl_health_error *err)
{
	gl_health_status st = gl_health_interval(x->errors, x->total, j->confidence,
											 j->method, r, err);

	if (st != GL_HEALTH_OK)
		return st;
	*judged = j->by == GL_HEALTH_BY_LOWER ? r->lower : r->rate;
	return GL_HEALTH_OK;
}

/* the run b[first..last] as an episode, when long enough */
static gl_health_status
close_run(const gl_health_counts *c, int32_t first, int32_t last,
		  int64_t min_duration, const gl_health_judge *j,
		  gl_health_span **out, int32_t *nout, int32_t *maxout,
		  gl_health_error *err)
{
	__int128	nb = (__int128) c->b[last].bucket - c->b[first].bucket + 1;
	int64_t		e = 0,
				t = 0;
	gl_health_span *sp;
	gl_health_status st;

	if (nb * c->width < min_duration)
		return GL_HEALTH_OK;
	st = sum_range(c, first, last, &e, &t,
				   "events in one episode", err);
	if (st != GL_HEALTH_OK)
		return st;
	st = grow(out, maxout, *nout, sizeof(gl_health_span), err);
	if (st != GL_HEALTH_OK)
		return st;
	sp = &(*out)[*nout];
	st = gl_health_interval(e, t, j->confidence, j->method,
							&sp->r, err);
	if (st != GL_HEALTH_OK)
		return st;
	sp->start = c->b[first].bucket * c->width;
	sp->end = (c->b[last].bucket + 1) * c->width;
	sp->buckets = (int64_t) nb;
	sp->band = 0;
	(*nout)++;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_episodes(const gl_health_counts *c, double threshold,
				   int64_t min_duration, const gl_health_judge *j,
				   gl_health_span **out, int32_t *nout, gl_health_error *err)
{
	int32_t		maxout = 0;
	int32_t		first = -1;
	int32_t		i;
	gl_health_status st;

	*out = NULL;
	*nout = 0;
	st = gl_health_check_threshold(threshold, "threshold", err);
	if (st == GL_HEALTH_OK)
		st = gl_health_check_confidence(j->confidence, err);
	for (i = 0; st == GL_HEALTH_OK && i <= c->n; i++)
	{
		bool		above = false;

		if ((i & (INTERRUPT_EVERY - 1)) == 0)
			gl_check_interrupts();
		if (i < c->n)
		{
			gl_health_rate r;
			double		judged;

			if (j->by == GL_HEALTH_BY_RATE)
				judged = (double) c->b[i].errors / (double) c->b[i].total;
			else
			{
				st = judge_bucket(&c->b[i], j, &r, &judged, err);
				if (st != GL_HEALTH_OK)
					break;
			}
			above = judged > threshold;
		}
		/* a run ends at a bucket below, a gap without events, or the end */
		if (first >= 0 && (!above || c->b[i].bucket != c->b[i - 1].bucket + 1))
		{
			st = close_run(c, first, i - 1, min_duration, j, out, nout, &maxout, err);
			first = -1;
		}
		if (above && first < 0)
			first = i;
	}
	if (st != GL_HEALTH_OK)
	{
		gl_free(*out);
		*out = NULL;
		*nout = 0;
	}
	return st;
}

gl_health_status
gl_health_bands(const gl_health_counts *c, const double *thresholds,
				int nthresholds, const gl_health_judge *j,
				gl_health_span **out, int32_t *nout, gl_health_error *err)
{
	gl_health_status st;
	int32_t		i;

	*out = NULL;
	*nout = 0;
	st = gl_health_check_thresholds(thresholds, nthresholds, err);
	if (st == GL_HEALTH_OK)
		st = gl_health_check_confidence(j->confidence, err);
	if (st != GL_HEALTH_OK)
		return st;
	if (c->n == 0)
		return GL_HEALTH_OK;
	*out = gl_alloc((size_t) c->n * sizeof(gl_health_span));
	if (*out == NULL)
		return gl_health_fail(err, GL_HEALTH_NOMEM);
	for (i = 0; i < c->n; i++)
	{
		gl_health_span *sp = &(*out)[i];
		double		judged;
		int			k;

		if ((i & (INTERRUPT_EVERY - 1)) == 0)
			gl_check_interrupts();
		st = judge_bucket(&c->b[i], j, &sp->r, &judged, err);
		if (st != GL_HEALTH_OK)
		{
			gl_free(*out);
			*out = NULL;
			return st;
		}
		sp->start = c->b[i].bucket * c->width;
		sp->end = sp->start + c->width;
		sp->buckets = 1;
		sp->band = 0;
		for (k = 0; k < nthresholds && judged > thresholds[k]; k++)
			sp->band++;
	}
	*nout = c->n;
	return GL_HEALTH_OK;
}
