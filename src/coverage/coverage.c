/*
 * coverage/coverage.c - runs of readings: building, merging, checking, and
 * what they answer (see coverage.h).
 */
#include "coverage/coverage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/names.h"
#include "base/textform.h"

/* ---- statuses ---------------------------------------------------------- */

static const gl_status coverage_items[] = {
	{GL_COV_NOMEM, GL_ERR_LIMIT, NULL,
		"out of memory for a coverage", NULL,
	"Aggregate fewer rows per group."},
	{GL_COV_TIME_RANGE, GL_ERR_RANGE, "ts",
		"{arg} must be between 0001-01-01 and 9999-12-31, not {name}", NULL,
	"Filter out rows whose {arg} is infinite or a placeholder date."},
	{GL_COV_DURATION, GL_ERR_PARAM, NULL,
		"{arg} must be longer than zero and at most 10000 years, not {name}", NULL,
	"Give a positive interval, e.g. interval '15 minutes'."},
	{GL_COV_MONTHS, GL_ERR_PARAM, NULL,
		"{arg} must not be given in months or years, not {name}",
		"A month or a year has no fixed length.",
	"Give it in days, hours, minutes or seconds, e.g. interval '30 days'."},
	{GL_COV_MAX_GAP_MIXED, GL_ERR_PARAM, "max_gap",
		"max_gap must be the same for every row of one coverage",
		"This row has max_gap {name}; the group started with {extra}.",
	"Pass a constant max_gap."},
	{GL_COV_COMBINE_MIXED, GL_ERR_PARAM, "max_gap",
		"cannot combine coverages of different max_gap",
		"One has max_gap {name}, the other {extra}.",
	"Roll up only coverages made with one max_gap."},
	{GL_COV_TOO_MANY, GL_ERR_LIMIT, NULL,
		"coverage too large: more than 40000000 runs of readings",
		"Every silence longer than max_gap starts a new run.",
	"Aggregate shorter periods, or use a longer max_gap."},
	{GL_COV_OVERFLOW, GL_ERR_RANGE, NULL,
		"coverage count out of range",
	"A count of readings would exceed 9223372036854775807 (the bigint range).",
	NULL},
	{GL_COV_WINDOW, GL_ERR_PARAM, "window_end",
		"window_end must be after window_start, not {name}",
		"The window is [window_start, window_end); it starts at {extra}.",
	"Give the earlier instant first."},
	{GL_COV_MIN_GAP, GL_ERR_PARAM, "min_gap",
		"min_gap must be at least the coverage's max_gap {extra}, not {name}",
		"Silences up to max_gap are part of a run; a coverage does not keep them.",
	"Aggregate again with a max_gap no longer than the gaps you look for."},
	{GL_COV_WINDOW_CUTS_RUN, GL_ERR_PARAM, NULL,
		"{arg} cuts a run of readings, so the count of readings in the window is not known",
		"The run from {name} to {extra} has readings on both sides of {arg}; a coverage keeps a run's count, not each reading.",
	"Aggregate only the rows of the window (WHERE ts >= window_start AND ts < window_end), or ask completeness by time, which any window can answer."},
	{GL_COV_RUN_ORDER, GL_ERR_TEXT, NULL,
		"invalid input syntax for type coverage: \"{name}\"",
		"Runs must be in time order and more than max_gap apart, at \"{item}\".",
	NULL},
	{GL_COV_RUN_SHAPE, GL_ERR_TEXT, NULL,
		"invalid input syntax for type coverage: \"{name}\"",
		"No readings make the run \"{item}\": it needs first <= last, a count of at least 1 (1 only when first = last) and at most max_gap between its readings.",
	NULL},
	{GL_COV_TEXT_HEADER, GL_ERR_TEXT, NULL,
		"invalid input syntax for type coverage: \"{name}\"",
		"Expected \"max_gap=<seconds>, missing=<count>\" at \"{item}\".",
	"Example: 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T05:55:00Z 72'."},
	{GL_COV_TEXT_RUN, GL_ERR_TEXT, NULL,
		"invalid input syntax for type coverage: \"{name}\"",
		"Expected a run \"<first> <last> <count>\" at \"{item}\".",
	"Write instants in UTC like 2024-01-01T00:00:00Z, and the count as digits."},
	{GL_COV_BINARY, GL_ERR_BINARY, NULL,
		"invalid binary coverage value",
		"{name}.",
	NULL},
};

const gl_status_table gl_coverage_statuses =
GL_STATUS_TABLE("coverage", coverage_items);

/* ---- building ------------------------------------------------------------ */

int
gl_cov_init(gl_coverage *c, int64_t max_gap, size_t cap)
{
	memset(c, 0, sizeof(*c));
	c->max_gap = max_gap;
	c->cap = cap < 4 ? 4 : cap;
	c->runs = gl_alloc(c->cap * sizeof(gl_cov_run));
	return c->runs ? GL_COV_OK : GL_COV_NOMEM;
}

void
gl_cov_free(gl_coverage *c)
{
	gl_free(c->runs);
	gl_free(c->pending);
	gl_free(c->prun);
	c->runs = NULL;
	c->pending = NULL;
	c->prun = NULL;
	c->nruns = c->cap = c->npending = c->pcap = c->nprun = c->prcap = 0;
}

/* room for need runs in all */
static int
reserve_runs(gl_coverage *c, size_t need)
{
	size_t		cap;
	gl_cov_run *r;

	if (need <= c->cap)
		return GL_COV_OK;
	if (need > GL_COV_MAX_RUNS)
		return GL_COV_TOO_MANY;
	cap = c->cap * 2;
	if (cap < need)
		cap = need;
	if (cap > GL_COV_MAX_RUNS)
		cap = GL_COV_MAX_RUNS;
	r = gl_realloc(c->runs, cap * sizeof(gl_cov_run));
	if (r == NULL)
		return GL_COV_NOMEM;
	c->runs = r;
	c->cap = cap;
	return GL_COV_OK;
}

static int
cmp_time(const void *a, const void *b)
{
	gl_time		x = *(const gl_time *) a;
	gl_time		y = *(const gl_time *) b;

	return (x > y) - (x < y);
}

/*
 * Merge two canonical run lists into out (room for na + nb): sorted by
 * first, a run joins the one before when it starts at most max_gap after
 * the latest last so far.
 */
static size_t
merge_lists(const gl_cov_run *a, size_t na, const gl_cov_run *b, size_t nb,
			int64_t max_gap, gl_cov_run *out)
{
	size_t		i = 0;
	size_t		j = 0;
	size_t		k = 0;

	while (i < na || j < nb)
	{
		const gl_cov_run *r;

		if (j >= nb || (i < na && a[i].first <= b[j].first))
			r = &a[i++];
		else
			r = &b[j++];
		if (k > 0 && r->first - out[k - 1].last <= max_gap)
		{
			if (r->last > out[k - 1].last)
				out[k - 1].last = r->last;
			out[k - 1].n += r->n;
		}
		else
			out[k++] = *r;
		if (((i + j) & 4095) == 0)
			gl_check_interrupts();
	}
	return k;
}

size_t
gl_cov_append_count(const gl_cov_run *a, size_t na, const gl_cov_run *b,
					size_t nb, int64_t max_gap)
{
	gl_time		last;
	size_t		k = na;
	size_t		j = 0;

	if (na == 0)
	{
		if (nb == 0)
			return 0;
		last = b[0].last;
		k = 1;
		j = 1;
	}
	else
		last = a[na - 1].last;
	for (; j < nb; j++)
	{
		if (b[j].first - last > max_gap)
		{
			k++;
			last = b[j].last;
		}
		else if (b[j].last > last)
			last = b[j].last;
	}
	return k;
}

size_t
gl_cov_append(gl_cov_run *a, size_t na, const gl_cov_run *b, size_t nb,
			  int64_t max_gap)
{
	size_t		k = na;
	size_t		j;

	for (j = 0; j < nb; j++)
	{
		if (k > 0 && b[j].first - a[k - 1].last <= max_gap)
		{
			if (b[j].last > a[k - 1].last)
				a[k - 1].last = b[j].last;
			a[k - 1].n += b[j].n;
		}
		else
			a[k++] = b[j];
	}
	return k;
}

/* merge canonical runs b into c's runs (the caller checked the counts) */
static int
merge_into(gl_coverage *c, const gl_cov_run *b, size_t nb)
{
	gl_cov_run *out;
	size_t		size = c->nruns + nb;
	size_t		k;

	if (nb == 0)
		return GL_COV_OK;
	if (c->nruns == 0 || b[0].first >= c->runs[c->nruns - 1].first)
	{
		/*
		 * b starts after c's last run starts (states rolled up in time
		 * order): only that run can join b's first, so b is appended in
		 * place, the array growing geometrically.
		 */
		int			rc = reserve_runs(c, size);

		if (rc != GL_COV_OK)
			return rc;
		c->nruns = gl_cov_append(c->runs, c->nruns, b, nb, c->max_gap);
		return GL_COV_OK;
	}
	if (size > (size_t) 2 * GL_COV_MAX_RUNS)
		return GL_COV_TOO_MANY;
	out = gl_alloc(size * sizeof(gl_cov_run));
	if (out == NULL)
		return GL_COV_NOMEM;
	k = merge_lists(c->runs, c->nruns, b, nb, c->max_gap, out);
	if (k > GL_COV_MAX_RUNS)
	{
		gl_free(out);
		return GL_COV_TOO_MANY;
	}
	gl_free(c->runs);
	c->runs = out;
	c->nruns = k;
	c->cap = size;
	return GL_COV_OK;
}

/* the index of the run with the largest first <= t, or n when none */
static size_t
run_before(const gl_cov_run *runs, size_t n, gl_time t)
{
	size_t		lo = 0;
	size_t		hi = n;

	/* runs[0, lo) have first <= t; runs[hi, n) have first > t */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (runs[mid].first <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? n : lo - 1;
}

static int
cmp_run_first(const void *a, const void *b)
{
	gl_time		x = ((const gl_cov_run *) a)->first;
	gl_time		y = ((const gl_cov_run *) b)->first;

	return (x > y) - (x < y);
}

/* merge the buffered runs into c's runs, in one pass */
static int
flush_runs(gl_coverage *c)
{
	int			rc;

	if (c->nprun == 0)
		return GL_COV_OK;
	qsort(c->prun, c->nprun, sizeof(gl_cov_run), cmp_run_first);
	rc = merge_into(c, c->prun, c->nprun);
	if (rc == GL_COV_OK)
		c->nprun = 0;
	return rc;
}

/*
 * A few runs merged into a short run list are put in their place (the
 * runs after them moved once each): a state of an hour or a day rolled up
 * out of time order costs a binary search and a short memmove, and no
 * memory beyond the runs.
 */
#define INSERT_MAX_NEW 4
#define INSERT_MAX_RUNS 4096

/* merge canonical runs b (nb <= INSERT_MAX_NEW) into c's runs in place */
static int
insert_runs(gl_coverage *c, const gl_cov_run *b, size_t nb)
{
	size_t		j;

	for (j = 0; j < nb; j++)
	{
		const gl_cov_run *r = &b[j];
		gl_cov_run *a;
		size_t		p = run_before(c->runs, c->nruns, r->first);
		size_t		k;
		size_t		m;

		/* p: the run with the largest first <= r's, or nruns when none */
		if (p < c->nruns && r->first - c->runs[p].last <= c->max_gap)
		{
			/* r joins run p */
			k = p;
			a = c->runs;
			if (r->last > a[k].last)
				a[k].last = r->last;
			a[k].n += r->n;
		}
		else
		{
			int			rc = reserve_runs(c, c->nruns + 1);

			if (rc != GL_COV_OK)
				return rc;
			a = c->runs;
			k = p < c->nruns ? p + 1 : 0;
			memmove(&a[k + 1], &a[k], (c->nruns - k) * sizeof(gl_cov_run));
			a[k] = *r;
			c->nruns++;
		}
		/* run k may now reach the runs after it: they join it */
		for (m = k + 1; m < c->nruns && a[m].first - a[k].last <= c->max_gap; m++)
		{
			if (a[m].last > a[k].last)
				a[k].last = a[m].last;
			a[k].n += a[m].n;
		}
		if (m > k + 1)
		{
			memmove(&a[k + 1], &a[m], (c->nruns - m) * sizeof(gl_cov_run));
			c->nruns -= m - k - 1;
		}
	}
	return GL_COV_OK;
}

/*
 * canonical runs b to merge into c: appended in place when they start at
 * or after c's last run, put in place when few, else buffered
 */
static int
merge_runs(gl_coverage *c, const gl_cov_run *b, size_t nb)
{
	size_t		limit;

	if (nb == 0)
		return GL_COV_OK;
	if (c->nruns == 0 || b[0].first >= c->runs[c->nruns - 1].first)
		return merge_into(c, b, nb);
	if (nb <= INSERT_MAX_NEW && c->nruns <= INSERT_MAX_RUNS)
		return insert_runs(c, b, nb);
	if (nb > GL_COV_MAX_RUNS || c->nprun + nb > (size_t) 2 * GL_COV_MAX_RUNS)
		return GL_COV_TOO_MANY;
	if (c->nprun + nb > c->prcap)
	{
		size_t		cap = c->prcap ? c->prcap * 2 : 64;
		gl_cov_run *p;

		if (cap < c->nprun + nb)
			cap = c->nprun + nb;
		p = gl_realloc(c->prun, cap * sizeof(gl_cov_run));
		if (p == NULL)
			return GL_COV_NOMEM;
		c->prun = p;
		c->prcap = cap;
	}
	memcpy(c->prun + c->nprun, b, nb * sizeof(gl_cov_run));
	c->nprun += nb;
	limit = c->nruns > 1024 ? c->nruns : 1024;
	return c->nprun >= limit ? flush_runs(c) : GL_COV_OK;
}

int
gl_cov_compact(gl_coverage *c)
{
	size_t		i;
	size_t		k = 0;
	gl_cov_run *runs;
	int			rc;

	if (c->npending == 0)
		return flush_runs(c);
	qsort(c->pending, c->npending, sizeof(gl_time), cmp_time);
	/* the sorted readings as runs, written over a new array */
	runs = gl_alloc(c->npending * sizeof(gl_cov_run));
	if (runs == NULL)
		return GL_COV_NOMEM;
	for (i = 0; i < c->npending; i++)
	{
		gl_time		t = c->pending[i];

		if (k > 0 && t - runs[k - 1].last <= c->max_gap)
		{
			runs[k - 1].last = t;
			runs[k - 1].n++;
		}
		else
		{
			runs[k].first = runs[k].last = t;
			runs[k].n = 1;
			k++;
		}
	}
	rc = merge_into(c, runs, k);
	gl_free(runs);
	if (rc != GL_COV_OK)
		return rc;
	c->npending = 0;
	return flush_runs(c);
}

int
gl_cov_add_slow(gl_coverage *c, gl_time ts)
{
	size_t		limit;
	size_t		i;
	int			rc;

	if (c->readings == INT64_MAX)
		return GL_COV_OVERFLOW;
	if (c->nruns == 0 || ts >= c->runs[c->nruns - 1].last)
	{
		/* the fast path's cases, when the run array is full or empty */
		gl_cov_run *t = c->nruns ? &c->runs[c->nruns - 1] : NULL;

		if (t && ts - t->last <= c->max_gap)
		{
			t->last = ts;
			t->n++;
		}
		else
		{
			rc = reserve_runs(c, c->nruns + 1);
			if (rc != GL_COV_OK)
				return rc;
			t = &c->runs[c->nruns++];
			t->first = t->last = ts;
			t->n = 1;
		}
		c->readings++;
		return GL_COV_OK;
	}
	i = run_before(c->runs, c->nruns, ts);
	if (i < c->nruns && ts <= c->runs[i].last)
	{
		c->runs[i].n++;
		c->readings++;
		return GL_COV_OK;
	}
	limit = c->nruns > 1024 ? c->nruns : 1024;
	if (c->npending == c->pcap)
	{
		size_t		pcap = c->pcap ? c->pcap * 2 : 64;
		gl_time    *p;

		if (pcap > limit)
			pcap = limit;
		p = gl_realloc(c->pending, pcap * sizeof(gl_time));
		if (p == NULL)
			return GL_COV_NOMEM;
		c->pending = p;
		c->pcap = pcap;
	}
	c->pending[c->npending++] = ts;
	c->readings++;
	if (c->npending >= limit)
		return gl_cov_compact(c);
	return GL_COV_OK;
}

int
gl_cov_merge(gl_coverage *c, const gl_cov_run *runs, size_t n,
			 int64_t missing)
{
	int64_t		r = gl_cov_readings(runs, n);
	int			rc;

	if (__builtin_add_overflow(c->readings, r, &r) ||
		__builtin_add_overflow(c->missing, missing, &missing))
		return GL_COV_OVERFLOW;
	rc = merge_runs(c, runs, n);
	if (rc != GL_COV_OK)
		return rc;
	c->readings = r;
	c->missing = missing;
	return GL_COV_OK;
}

int
gl_cov_check(int64_t max_gap, const gl_cov_run *runs, size_t n, size_t *bad)
{
	int64_t		total = 0;
	size_t		i;

	*bad = 0;
	if (max_gap <= 0 || max_gap > GL_COV_MAX_DURATION)
		return GL_COV_DURATION;
	if (n > GL_COV_MAX_RUNS)
		return GL_COV_TOO_MANY;
	for (i = 0; i < n; i++)
	{
		const gl_cov_run *r = &runs[i];

		*bad = i;
		if (!gl_time_in_range(r->first) || !gl_time_in_range(r->last))
			return GL_COV_TIME_RANGE;
		if (r->n < 1 || r->last < r->first || (r->n == 1 && r->last != r->first) ||
			(__int128) (r->last - r->first) > (__int128) (r->n - 1) * max_gap)
			return GL_COV_RUN_SHAPE;
		if (i > 0 && r->first - runs[i - 1].last <= max_gap)
			return GL_COV_RUN_ORDER;
		if (__builtin_add_overflow(total, r->n, &total))
			return GL_COV_OVERFLOW;
	}
	return GL_COV_OK;
}

/* ---- what a coverage answers ---------------------------------------------- */

int64_t
gl_cov_readings(const gl_cov_run *runs, size_t n)
{
	int64_t		total = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		total += runs[i].n;
	return total;
}

/* the first run whose coverage [first, last + max_gap] reaches t */
static size_t
first_reaching(const gl_cov_run *runs, size_t n, int64_t max_gap, gl_time t)
{
	size_t		lo = 0;
	size_t		hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (runs[mid].last + max_gap < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int64_t
gl_cov_covered(const gl_cov_run *runs, size_t n, int64_t max_gap,
			   gl_time start, gl_time end)
{
	int64_t		covered = 0;
	size_t		i;

	for (i = first_reaching(runs, n, max_gap, start); i < n; i++)
	{
		gl_time		lo = runs[i].first > start ? runs[i].first : start;
		gl_time		hi = runs[i].last + max_gap < end ? runs[i].last + max_gap : end;

		if (runs[i].first >= end)
			break;
		if (hi > lo)
			covered += hi - lo;
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	return covered;
}

int
gl_cov_count_in(const gl_cov_run *runs, size_t n, gl_time start, gl_time end,
				int64_t *count, size_t *cut)
{
	size_t		i;

	*count = 0;
	for (i = first_reaching(runs, n, 0, start); i < n; i++)
	{
		if (runs[i].first >= end)
			break;
		if (runs[i].first < start || runs[i].last >= end)
		{
			*cut = i;
			return GL_COV_WINDOW_CUTS_RUN;
		}
		*count += runs[i].n;
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	return GL_COV_OK;
}

bool
gl_cov_live_at(const gl_cov_run *runs, size_t n, int64_t max_gap, gl_time at)
{
	size_t		i = run_before(runs, n, at);

	return i < n && at - runs[i].last <= max_gap;
}

void
gl_cov_gaps(const gl_cov_run *runs, size_t n, int64_t min_gap, bool windowed,
			gl_time start, gl_time end, gl_cov_gap *out, size_t *nout)
{
	size_t		k = 0;
	size_t		i;
	gl_time		prev;

	if (!windowed)
	{
		for (i = 0; i + 1 < n; i++)
			if (runs[i + 1].first - runs[i].last > min_gap)
			{
				out[k].start = runs[i].last;
				out[k].end = runs[i + 1].first;
				k++;
			}
		*nout = k;
		return;
	}
	/* the window's bounds act as readings; silences are clipped to it */
	prev = start;
	for (i = first_reaching(runs, n, 0, start); i < n; i++)
	{
		if (runs[i].first >= end)
			break;
		if (runs[i].first - prev > min_gap)
		{
			out[k].start = prev;
			out[k].end = runs[i].first;
			k++;
		}
		if (runs[i].last > prev)
			prev = runs[i].last;
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	if (end - prev > min_gap)
	{
		out[k].start = prev;
		out[k].end = end;
		k++;
	}
	*nout = k;
}

/* ---- text form ------------------------------------------------------------ */

static void
skip_blanks(const char *s, size_t len, size_t *i)
{
	while (*i < len && gl_is_blank(s[*i]))
		(*i)++;
}

/* a count at s[*i] (base/textform.h) */
static bool
take_count(const char *s, size_t len, size_t *i, int64_t *out)
{
	size_t		used = gl_text_count(s + *i, len - *i, out);

	*i += used;
	return used > 0;
}

static int
fail(gl_cov_text_error *err, int status, const char *token, size_t len)
{
	gl_trim(&token, &len);
	err->status = status;
	err->token = token;
	err->token_len = len;
	return status;
}

/* "name=" at s[*i], blanks allowed around */
static bool
take_name(const char *s, size_t len, size_t *i, const char *name)
{
	size_t		n = strlen(name);

	skip_blanks(s, len, i);
	if (*i + n > len || memcmp(s + *i, name, n) != 0)
		return false;
	*i += n;
	skip_blanks(s, len, i);
	if (*i >= len || s[*i] != '=')
		return false;
	(*i)++;
	skip_blanks(s, len, i);
	return true;
}

/* the header, up to the first ';' or the end (hlen bytes) */
static int
parse_header(const char *s, size_t hlen, int64_t *max_gap, int64_t *missing,
			 gl_cov_text_error *err)
{
	size_t		i = 0;
	size_t		used;

	if (!take_name(s, hlen, &i, "max_gap") ||
		(used = gl_duration_parse(s + i, hlen - i, GL_COV_MAX_DURATION,
								  max_gap)) == 0)
		return fail(err, GL_COV_TEXT_HEADER, s + i, hlen - i);
	i += used;
	skip_blanks(s, hlen, &i);
	if (i >= hlen || s[i] != ',')
		return fail(err, GL_COV_TEXT_HEADER, s + i, hlen - i);
	i++;
	if (!take_name(s, hlen, &i, "missing") || !take_count(s, hlen, &i, missing))
		return fail(err, GL_COV_TEXT_HEADER, s + i, hlen - i);
	skip_blanks(s, hlen, &i);
	if (i != hlen)
		return fail(err, GL_COV_TEXT_HEADER, s + i, hlen - i);
	if (*max_gap == 0)
		return fail(err, GL_COV_TEXT_HEADER, s, hlen);
	return GL_COV_OK;
}

/* one run "first last n" in s[0, len) */
static bool
parse_run(const char *s, size_t len, gl_cov_run *r)
{
	size_t		i = 0;
	size_t		used;

	skip_blanks(s, len, &i);
	if ((used = gl_time_parse(s + i, len - i, &r->first)) == 0)
		return false;
	i += used;
	if (i >= len || !gl_is_blank(s[i]))
		return false;
	skip_blanks(s, len, &i);
	if ((used = gl_time_parse(s + i, len - i, &r->last)) == 0)
		return false;
	i += used;
	if (i >= len || !gl_is_blank(s[i]))
		return false;
	skip_blanks(s, len, &i);
	if (!take_count(s, len, &i, &r->n))
		return false;
	skip_blanks(s, len, &i);
	return i == len;
}

/* the run text at s: up to the next ';', blanks trimmed */
static size_t
item_len(const char *s)
{
	const char *e = strchr(s, ';');

	return e ? (size_t) (e - s) : strlen(s);
}

int
gl_cov_parse(const char *str, int64_t *max_gap, int64_t *missing,
			 gl_cov_run **runs, size_t *n, gl_cov_text_error *err)
{
	const char *p = str;
	size_t		cap = 0;
	size_t		k = 0;
	size_t		bad;
	gl_cov_run *r = NULL;
	int			rc;

	*runs = NULL;
	*n = 0;
	rc = parse_header(p, item_len(p), max_gap, missing, err);
	if (rc != GL_COV_OK)
		return rc;
	p += item_len(p);
	while (*p == ';')
	{
		size_t		len;

		p++;
		len = item_len(p);
		if (k == cap)
		{
			gl_cov_run *nr;

			if (k >= GL_COV_MAX_RUNS)
			{
				gl_free(r);
				return fail(err, GL_COV_TOO_MANY, p, len);
			}
			cap = cap ? cap * 2 : 16;
			nr = gl_realloc(r, cap * sizeof(gl_cov_run));
			if (nr == NULL)
			{
				gl_free(r);
				return fail(err, GL_COV_NOMEM, p, len);
			}
			r = nr;
		}
		if (!parse_run(p, len, &r[k]))
		{
			gl_free(r);
			return fail(err, GL_COV_TEXT_RUN, p, len);
		}
		k++;
		p += len;
		if ((k & 4095) == 0)
			gl_check_interrupts();
	}
	rc = gl_cov_check(*max_gap, r, k, &bad);
	if (rc != GL_COV_OK)
	{
		const char *q = str;
		size_t		i;

		/* the offending run's text, for the message */
		for (i = 0; i <= bad && *q; i++)
			q = strchr(q, ';') + 1;
		gl_free(r);
		if (rc == GL_COV_TIME_RANGE)
			rc = GL_COV_RUN_SHAPE;
		return fail(err, rc, q, item_len(q));
	}
	*runs = r;
	*n = k;
	return GL_COV_OK;
}

char *
gl_cov_format(int64_t max_gap, int64_t missing, const gl_cov_run *runs,
			  size_t n)
{
	size_t		size = 96 + n * (2 * GL_TIME_TEXT_MAX + 28);
	char	   *buf = gl_alloc(size);
	char		dur[GL_DURATION_TEXT_MAX];
	size_t		k;
	size_t		i;

	if (buf == NULL)
		return NULL;
	gl_duration_format(max_gap, dur);
	k = (size_t) snprintf(buf, size, "max_gap=%s, missing=%lld", dur,
						  (long long) missing);
	for (i = 0; i < n; i++)
	{
		buf[k++] = ';';
		buf[k++] = ' ';
		k += gl_time_format(runs[i].first, buf + k);
		buf[k++] = ' ';
		k += gl_time_format(runs[i].last, buf + k);
		k += (size_t) snprintf(buf + k, size - k, " %lld", (long long) runs[i].n);
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	buf[k] = '\0';
	return buf;
}
