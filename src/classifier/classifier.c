/*
 * classifier/classifier.c - the score summary: statuses, rounding, the
 * canonical form, merging, the aggregate's working buffer and the text
 * grammar (see classifier.h).
 */
#include "classifier/classifier.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/radix.h"
#include "base/names.h"
#include "base/textform.h"

/* ---- statuses ------------------------------------------------------------ */

#define TEXT_MSG "invalid input syntax for type {extra}: \"{name}\""

static const gl_status items[] = {
	{GL_CLS_NOMEM, GL_ERR_LIMIT, NULL,
		"out of memory for the {extra}", NULL, NULL},
	{GL_CLS_TOO_MANY, GL_ERR_LIMIT, NULL,
		"score summary too large: more than 10000000 distinct scores",
		"A summary keeps one entry of 32 bytes for each distinct score, at most 10000000.",
	"Round the scores: score_summary(score, label, digits) keeps one entry for each multiple of 10^-digits, e.g. at most 10001 between 0 and 1 with digits 4."},
	{GL_CLS_OVERFLOW, GL_ERR_RANGE, NULL,
		"{extra} count out of range",
		"A count or a sum of counts would exceed 9223372036854775807 (the bigint range).",
	NULL},
	{GL_CLS_DIGITS, GL_ERR_PARAM, "digits",
		"{arg} must be between 0 and 15, not {value}", NULL,
	"Pass the number of decimals to keep, e.g. 3 for scores like 0.857."},
	{GL_CLS_DIGITS_MIXED, GL_ERR_PARAM, NULL,
		"cannot merge score summaries rounded to different digits",
		"Summaries add up exactly only when their scores are rounded alike.",
	"Build every summary with the same digits argument, or all without one."},
	{GL_CLS_NOT_ROUNDED, GL_ERR_TEXT, NULL, TEXT_MSG,
		"Score {value} is not rounded to the summary's digits.",
	"Write each score as it is rounded, or leave out digits=."},
	{GL_CLS_CALIB_RANGE, GL_ERR_RANGE, "score",
		"{arg} must be between 0 and 1 for calibration, not {value}",
		"brier_score, calibration_bins and expected_calibration_error read the scores as predicted probabilities.",
	"Summarize probabilities (the model's probability of the positive class), or rescale the scores into [0, 1] first."},
	{GL_CLS_CONFIDENCE, GL_ERR_PARAM, "confidence",
		"{arg} must be between 0 and 1, exclusive, not {value}", NULL,
	"A 95% interval has confidence 0.95."},
	{GL_CLS_TARGET, GL_ERR_PARAM, "target",
		"{arg} must be between 0 and 1, exclusive, not {value}", NULL,
	"Give the rate to meet as a fraction, e.g. 0.15 for false alarms under 15 %."},
	{GL_CLS_BINS, GL_ERR_PARAM, "bins",
		"{arg} must be between 1 and 10000, not {value}", NULL,
	"Ten bins (the default) suit a few hundred verified rows or more."},
	{GL_CLS_PARAM_MIXED, GL_ERR_PARAM, NULL,
		"{arg} must be the same for every row",
		"One aggregate builds one summary with one setting.",
	"Pass a constant."},
	{GL_CLS_NUMERIC, GL_ERR_RANGE, NULL,
		"{extra} could not be computed for these counts", NULL, NULL},
	{GL_CLS_TEXT_BRACE, GL_ERR_TEXT, NULL, TEXT_MSG,
	"Expected {list} at \"{item}\".", NULL},
	{GL_CLS_TEXT_SCORE, GL_ERR_TEXT, NULL, TEXT_MSG,
		"\"{item}\" is not a finite decimal score.", NULL},
	{GL_CLS_TEXT_COUNT, GL_ERR_TEXT, NULL, TEXT_MSG,
		"\"{item}\" is not a count (digits, at most 9223372036854775807).", NULL},
	{GL_CLS_TEXT_SEPARATOR, GL_ERR_TEXT, NULL, TEXT_MSG,
	"Expected {list} at \"{item}\".", NULL},
	{GL_CLS_TEXT_DIGITS, GL_ERR_TEXT, NULL, TEXT_MSG,
		"\"{item}\" is not a number of digits between 0 and 15.", NULL},
	{GL_CLS_TEXT_TRAILING, GL_ERR_TEXT, NULL, TEXT_MSG,
		"Unexpected text at \"{item}\".", NULL},
	{GL_CLS_BINARY, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
		"The value is malformed: {name}.", NULL},
};

const gl_status_table gl_classifier_statuses =
GL_STATUS_TABLE("classifier", items);

/* ---- scores -------------------------------------------------------------- */

static const double pow10_table[GL_SCORES_MAX_DIGITS + 1] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15
};

double
gl_score_round(double x, int digits)
{
	double		p,
				y;

	if (digits < 0 || digits > GL_SCORES_MAX_DIGITS)
		return x;
	p = pow10_table[digits];
	y = x * p;
	if (!(fabs(y) < 4503599627370496.0))	/* 2^52: already integral */
		return x;
	y = round(y) / p;
	return y == 0.0 ? 0.0 : y;	/* no -0 */
}

static int
cmp_entry(const void *a, const void *b)
{
	double		x = ((const gl_score_entry *) a)->score;
	double		y = ((const gl_score_entry *) b)->score;

	return (x > y) - (x < y);
}

static int
cmp_key(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

#define RADIX_MIN 1024			/* below: qsort */

#define ENTRY_KEY(x) gl_score_key((x).score)
#define PLAIN_KEY(x) (x)
GL_DEFINE_RADIX_SORT(radix_sort_entries, gl_score_entry, ENTRY_KEY)
GL_DEFINE_RADIX_SORT(radix_sort_u64, uint64_t, PLAIN_KEY)

/*
 * NAME(a, n, tmp): a[0 .. n) of TYPE sorted by score, by RADIX through tmp
 * (room for n) from RADIX_MIN elements on, by qsort with CMP below (a may
 * be NULL when n is 0)
 */
#define DEFINE_SCORE_SORT(NAME, TYPE, RADIX, CMP) \
static void \
NAME(TYPE *a, size_t n, TYPE *tmp) \
{ \
	if (n < RADIX_MIN) \
	{ \
		if (n > 1) \
			qsort(a, n, sizeof(TYPE), CMP); \
		return; \
	} \
	RADIX(a, n, tmp); \
}
DEFINE_SCORE_SORT(radix_sort, gl_score_entry, radix_sort_entries, cmp_entry)
DEFINE_SCORE_SORT(radix_sort_keys, uint64_t, radix_sort_u64, cmp_key)

static inline int
add64(int64_t *a, int64_t b)
{
	if (b > INT64_MAX - *a)
		return GL_CLS_OVERFLOW;
	*a += b;
	return GL_CLS_OK;
}

static inline int
add_entry(gl_score_entry *a, const gl_score_entry *b)
{
	if (add64(&a->pos, b->pos) || add64(&a->neg, b->neg) ||
		add64(&a->unv, b->unv))
		return GL_CLS_OVERFLOW;
	return GL_CLS_OK;
}

int
gl_scores_canonicalize(gl_score_entry *e, size_t n, size_t *out_n)
{
	size_t		i,
				k = 0;

	for (i = 0; i < n; i++)
		if (e[i].score == 0.0)
			e[i].score = 0.0;
	if (n >= RADIX_MIN)
	{
		gl_score_entry *tmp = gl_alloc(n * sizeof(gl_score_entry));

		if (tmp == NULL)
			return GL_CLS_NOMEM;
		radix_sort(e, n, tmp);
		gl_free(tmp);
	}
	else if (n > 1)
		radix_sort(e, n, NULL);	/* qsort below RADIX_MIN */
	for (i = 0; i < n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			gl_check_interrupts();
		if (e[i].pos == 0 && e[i].neg == 0 && e[i].unv == 0)
			continue;
		if (k > 0 && e[k - 1].score == e[i].score)
		{
			if (add_entry(&e[k - 1], &e[i]) != GL_CLS_OK)
				return GL_CLS_OVERFLOW;
		}
		else
			e[k++] = e[i];
	}
	*out_n = k;
	return GL_CLS_OK;
}

int
gl_scores_check(const gl_score_entry *e, size_t n, int digits, double *bad)
{
	gl_score_totals t = {0, 0, 0};
	size_t		i;

	*bad = 0.0;
	if (n > GL_SCORES_MAX)
		return GL_CLS_TOO_MANY;
	for (i = 0; i < n; i++)
	{
		*bad = e[i].score;
		if (isnan(e[i].score) || isinf(e[i].score))
			return GL_CLS_TEXT_SCORE;
		if (i > 0 && !(e[i - 1].score < e[i].score))
			return GL_CLS_BINARY;
		if (e[i].pos < 0 || e[i].neg < 0 || e[i].unv < 0 ||
			(e[i].pos == 0 && e[i].neg == 0 && e[i].unv == 0))
			return GL_CLS_BINARY;
		if (add64(&t.pos, e[i].pos) || add64(&t.neg, e[i].neg) ||
			add64(&t.unv, e[i].unv))
			return GL_CLS_OVERFLOW;
		if (digits >= 0 && gl_score_round(e[i].score, digits) != e[i].score)
			return GL_CLS_NOT_ROUNDED;
		if (e[i].score == 0.0 && signbit(e[i].score))
			return GL_CLS_BINARY;
	}
	return GL_CLS_OK;
}

void
gl_scores_totals(const gl_score_entry *e, size_t n, gl_score_totals *t)
{
	size_t		i;

	t->pos = t->neg = t->unv = 0;
	for (i = 0; i < n; i++)
	{
		t->pos += e[i].pos;
		t->neg += e[i].neg;
		t->unv += e[i].unv;
	}
}

int
gl_scores_merge(const gl_score_entry *a, size_t na,
				const gl_score_entry *b, size_t nb,
				gl_score_entry *out, size_t *nout)
{
	size_t		i = 0,
				j = 0,
				k = 0;

	while (i < na || j < nb)
	{
		if (((i + j) & 0xFFFF) == 0xFFFF)
			gl_check_interrupts();
		if (j >= nb || (i < na && a[i].score < b[j].score))
			out[k++] = a[i++];
		else if (i >= na || b[j].score < a[i].score)
			out[k++] = b[j++];
		else
		{
			out[k] = a[i++];
			if (add_entry(&out[k], &b[j++]) != GL_CLS_OK)
				return GL_CLS_OVERFLOW;
			k++;
		}
	}
	*nout = k;
	return k > GL_SCORES_MAX ? GL_CLS_TOO_MANY : GL_CLS_OK;
}

/* ---- the working buffer ------------------------------------------------ */

#define BUFFER_MIN_CAP 64
#define KEYS_MIN_CAP 256
#define KEYS_BATCH 65536		/* rows waiting before a merge, at least */
#define KEYS_FEW_TIES_BATCH ((size_t) 1 << 24)	/* the same, with few ties */
/* the buffer never holds more than this many entries */
#define BUFFER_MAX_CAP ((size_t) GL_SCORES_MAX * 2 + 1024)

int
gl_score_buffer_init(gl_score_buffer *b, int digits, size_t cap)
{
	memset(b, 0, sizeof(*b));
	if (cap < BUFFER_MIN_CAP)
		cap = BUFFER_MIN_CAP;
	b->e = gl_alloc(cap * sizeof(gl_score_entry));
	if (b->e == NULL)
		return GL_CLS_NOMEM;
	b->cap = cap;
	b->digits = digits;
	return GL_CLS_OK;
}

void
gl_score_buffer_free(gl_score_buffer *b)
{
	int			i;

	gl_free(b->e);
	for (i = 0; i < 3; i++)
		gl_free(b->keys[i]);
	memset(b, 0, sizeof(*b));
}

/*
 * Merge the canonical run t[0..m) into the canonical prefix e[0..ns) of a
 * buffer with room for ns + m entries, from the back (a write never
 * overtakes the prefix's next read); equal scores add up.  The result is
 * moved to the front; returns its length in *out.
 */
static int
merge_back(gl_score_entry *e, size_t ns, const gl_score_entry *t, size_t m,
		   size_t *out)
{
	size_t		w = ns + m;		/* next write is at w - 1 */
	size_t		i = ns,
				j = m;

	while (j > 0)
	{
		if (((i + j) & 0xFFFF) == 0)
			gl_check_interrupts();
		if (i > 0 && e[i - 1].score > t[j - 1].score)
			e[--w] = e[--i];
		else if (i > 0 && e[i - 1].score == t[j - 1].score)
		{
			gl_score_entry x = e[--i];

			if (add_entry(&x, &t[--j]) != GL_CLS_OK)
				return GL_CLS_OVERFLOW;
			e[--w] = x;
		}
		else
			e[--w] = t[--j];
	}
	/* what is left of the prefix is in place below w; close the gap */
	if (w > i)
		gl_copy_checked(e + i, e + w, (ns + m - w) * sizeof(gl_score_entry));
	*out = i + (ns + m - w);
	return GL_CLS_OK;
}

/* room for need entries in all */
static int
reserve_entries(gl_score_buffer *b, size_t need)
{
	size_t		newcap;
	gl_score_entry *p;

	if (need <= b->cap)
		return GL_CLS_OK;
	if (need > BUFFER_MAX_CAP)
		return GL_CLS_TOO_MANY;
	newcap = b->cap * 2 > need ? b->cap * 2 : need;
	if (newcap > BUFFER_MAX_CAP)
		newcap = BUFFER_MAX_CAP;
	p = gl_grow_checked(b->e, b->n * sizeof(gl_score_entry),
						newcap * sizeof(gl_score_entry));
	if (p == NULL)
		return GL_CLS_NOMEM;
	gl_advise_fill(p, newcap * sizeof(gl_score_entry));
	b->e = p;
	b->cap = newcap;
	return GL_CLS_OK;
}

/*
 * Merge the rows waiting into the canonical prefix: each label's keys
 * sorted (with the buffer's free room as scratch), then the prefix and the
 * three key arrays merged from the back into e[0, nsorted + rows), equal
 * scores counted into one entry, the result moved to the front.  No memory
 * beyond the buffer's own.
 */
static int
merge_rows(gl_score_buffer *b)
{
	size_t		total = b->nkeys[0] + b->nkeys[1] + b->nkeys[2];
	gl_score_entry *e;
	size_t		i,
				w,
				j[3],
				end,
				steps = 0;
	int			l,
				rc;

	if ((rc = reserve_entries(b, b->nsorted + total)) != GL_CLS_OK)
		return rc;
	e = b->e;
	/* e[nsorted, nsorted + total) is free: 32 bytes a row, 8 needed */
	for (l = 0; l < 3; l++)
		radix_sort_keys(b->keys[l], b->nkeys[l], (uint64_t *) (e + b->nsorted));
	i = b->nsorted;
	end = w = b->nsorted + total;
	for (l = 0; l < 3; l++)
		j[l] = b->nkeys[l];
	while (j[0] + j[1] + j[2] > 0)
	{
		uint64_t	km = 0,
					kp;
		gl_score_entry x;
		int64_t    *c[3];

		if ((++steps & 0xFFFF) == 0)
			gl_check_interrupts();
		for (l = 0; l < 3; l++)
			if (j[l] > 0 && b->keys[l][j[l] - 1] >= km)
				km = b->keys[l][j[l] - 1];
		kp = i > 0 ? gl_score_key(e[i - 1].score) : 0;
		if (i > 0 && kp > km)
		{
			e[--w] = e[--i];
			continue;
		}
		if (i > 0 && kp == km)
			x = e[--i];
		else
		{
			x.score = gl_key_double(km);
			x.pos = x.neg = x.unv = 0;
		}
		c[0] = &x.pos;
		c[1] = &x.neg;
		c[2] = &x.unv;
		for (l = 0; l < 3; l++)
			while (j[l] > 0 && b->keys[l][j[l] - 1] == km)
			{
				if (*c[l] == INT64_MAX)
					return GL_CLS_OVERFLOW;
				(*c[l])++;
				j[l]--;
			}
		e[--w] = x;
	}
	/* the rest of the prefix is in place below i; close the gap */
	if (w > i)
		gl_copy_checked(e + i, e + w, (end - w) * sizeof(gl_score_entry));
	b->few_ties = (i + (end - w) - b->nsorted) * 4 > total;
	b->nsorted = b->n = i + (end - w);
	for (l = 0; l < 3; l++)
		b->nkeys[l] = 0;
	return GL_CLS_OK;
}

/* merge run t[0..m) (canonical) into the canonical prefix */
static int
merge_run(gl_score_buffer *b, const gl_score_entry *t, size_t m)
{
	int			rc;

	if (m == 0)
		return GL_CLS_OK;
	if ((rc = reserve_entries(b, b->nsorted + m)) != GL_CLS_OK)
		return rc;
	rc = merge_back(b->e, b->nsorted, t, m, &b->nsorted);
	b->n = b->nsorted;
	return rc;
}

int
gl_score_buffer_compact(gl_score_buffer *b)
{
	int			rc;

	/* entries of merged summaries, waiting in the tail */
	if (b->n > b->nsorted)
	{
		size_t		m = b->n - b->nsorted;
		gl_score_entry *t;

		rc = gl_scores_canonicalize(b->e + b->nsorted, m, &m);
		if (rc != GL_CLS_OK)
			return rc;
		t = gl_alloc(m * sizeof(gl_score_entry));
		if (t == NULL)
			return GL_CLS_NOMEM;
		gl_copy_checked(t, b->e + b->nsorted, m * sizeof(gl_score_entry));
		b->n = b->nsorted;
		rc = merge_run(b, t, m);
		gl_free(t);
		if (rc != GL_CLS_OK)
			return rc;
	}
	/* single rows, waiting as keys */
	if (b->nkeys[0] + b->nkeys[1] + b->nkeys[2] > 0 &&
		(rc = merge_rows(b)) != GL_CLS_OK)
		return rc;
	return b->n > GL_SCORES_MAX ? GL_CLS_TOO_MANY : GL_CLS_OK;
}

/*
 * A label's key array is full: merge the rows waiting when they are at
 * least max(KEYS_BATCH, 8 x the entries kept) (and KEYS_FEW_TIES_BATCH
 * after a merge that found few ties), else grow the array
 * (doubling).  Keys are a quarter of the size of entries: waiting long
 * costs little memory and saves merges of the growing prefix.
 */
int
gl_score_buffer_grow(gl_score_buffer *b, int i)
{
	size_t		waiting = b->nkeys[0] + b->nkeys[1] + b->nkeys[2];
	size_t		newcap;
	uint64_t   *p;

	if (waiting >= KEYS_BATCH && waiting >= 8 * b->nsorted &&
		(!b->few_ties || waiting >= KEYS_FEW_TIES_BATCH))
	{
		int			rc = gl_score_buffer_compact(b);

		if (rc != GL_CLS_OK || b->nkeys[i] < b->capkeys[i])
			return rc;
	}
	newcap = b->capkeys[i] ? b->capkeys[i] * 2 : KEYS_MIN_CAP;
	if (newcap > BUFFER_MAX_CAP)
		return GL_CLS_TOO_MANY;
	p = gl_grow_checked(b->keys[i], b->nkeys[i] * sizeof(uint64_t),
						newcap * sizeof(uint64_t));
	if (p == NULL)
		return GL_CLS_NOMEM;
	gl_advise_fill(p, newcap * sizeof(uint64_t));
	b->keys[i] = p;
	b->capkeys[i] = newcap;
	return GL_CLS_OK;
}

size_t
gl_score_buffer_bound(const gl_score_buffer *b)
{
	return b->n + b->nkeys[0] + b->nkeys[1] + b->nkeys[2];
}

/*
 * Counts of score key m at the heads of the three sorted key arrays
 * (each ending in a UINT64_MAX sentinel) past the first row of each
 * that the caller took: the rare case of ties among single rows.
 */
static int
count_tied(uint64_t *const k[3], size_t j[3], uint64_t m, int64_t c[3])
{
	int			l;

	for (l = 0; l < 3; l++)
		while (k[l][j[l]] == m)
		{
			if (c[l] == INT64_MAX)
				return GL_CLS_OVERFLOW;
			c[l]++;
			j[l]++;
		}
	return GL_CLS_OK;
}

int
gl_score_buffer_emit(gl_score_buffer *b, gl_score_entry *out, size_t *nout)
{
	size_t		i = 0,
				k = 0,
				j[3] = {0, 0, 0};
	uint64_t   *keys[3];
	int			l,
				rc;

	*nout = 0;
	gl_advise_fill(out, gl_score_buffer_bound(b) * sizeof(gl_score_entry));
	/* entries of merged summaries join the prefix first */
	if (b->n > b->nsorted)
	{
		size_t		waiting[3];

		for (l = 0; l < 3; l++)
		{
			waiting[l] = b->nkeys[l];
			b->nkeys[l] = 0;
		}
		rc = gl_score_buffer_compact(b);
		for (l = 0; l < 3; l++)
			b->nkeys[l] = waiting[l];
		if (rc != GL_CLS_OK)
			return rc;
	}
	for (l = 0; l < 3; l++)
	{
		/* room for the sentinel */
		if (b->nkeys[l] == b->capkeys[l])
		{
			uint64_t   *p = gl_grow_checked(b->keys[l],
											b->nkeys[l] * sizeof(uint64_t),
											(b->capkeys[l] + 1) * sizeof(uint64_t));

			if (p == NULL)
				return GL_CLS_NOMEM;
			b->keys[l] = p;
			b->capkeys[l]++;
		}
		/* out (bound entries of 32 bytes) is the sort's scratch: 8 a key */
		radix_sort_keys(b->keys[l], b->nkeys[l], (uint64_t *) out);
		b->keys[l][b->nkeys[l]] = UINT64_MAX;
		keys[l] = b->keys[l];
	}

	/*
	 * Each step takes the smallest score among the prefix's next entry and
	 * the arrays' next rows; with few ties every comparison is a select,
	 * not a branch.
	 */
	for (;;)
	{
		uint64_t	k0 = keys[0][j[0]],
					k1 = keys[1][j[1]],
					k2 = keys[2][j[2]],
					kp = i < b->nsorted ? gl_score_key(b->e[i].score) : UINT64_MAX,
					m = kp;
		int64_t		c[3];
		gl_score_entry x;

		m = k0 < m ? k0 : m;
		m = k1 < m ? k1 : m;
		m = k2 < m ? k2 : m;
		if (m == UINT64_MAX)
			break;
		if ((k & 0xFFFF) == 0xFFFF)
			gl_check_interrupts();
		c[0] = k0 == m;
		c[1] = k1 == m;
		c[2] = k2 == m;
		j[0] += c[0];
		j[1] += c[1];
		j[2] += c[2];
		if ((keys[0][j[0]] == m || keys[1][j[1]] == m || keys[2][j[2]] == m) &&
			count_tied(keys, j, m, c) != GL_CLS_OK)
			return GL_CLS_OVERFLOW;
		if (kp == m)
		{
			x = b->e[i++];
			if (add64(&x.pos, c[0]) || add64(&x.neg, c[1]) ||
				add64(&x.unv, c[2]))
				return GL_CLS_OVERFLOW;
		}
		else
		{
			x.score = gl_key_double(m);
			x.pos = c[0];
			x.neg = c[1];
			x.unv = c[2];
		}
		out[k++] = x;
	}
	*nout = k;
	return k > GL_SCORES_MAX ? GL_CLS_TOO_MANY : GL_CLS_OK;
}

int
gl_score_buffer_merge(gl_score_buffer *b, const gl_score_entry *e, size_t n)
{
	/*
	 * The entries join the tail; the next compaction sorts and merges them
	 * with everything else in one pass, so merging k summaries costs one
	 * sort of their entries, not k merges of a growing prefix.
	 */
	int			rc;

	if (n == 0)
		return GL_CLS_OK;
	if (b->n + n > BUFFER_MAX_CAP)
	{
		if ((rc = gl_score_buffer_compact(b)) != GL_CLS_OK)
			return rc;
	}
	if ((rc = reserve_entries(b, b->n + n)) != GL_CLS_OK)
		return rc;
	gl_copy_checked(b->e + b->n, e, n * sizeof(gl_score_entry));
	b->n += n;
	return GL_CLS_OK;
}

/* ---- text form ------------------------------------------------------------ */

typedef struct parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	gl_scores_text_error *err;
} parser;

static void
skip_blanks(parser *p)
{
	while (p->pos < p->len && gl_is_blank(p->s[p->pos]))
		p->pos++;
}

/* fail with status st at the current position (token to the next blank
 * or separator) */
static int
fail_at(parser *p, int st)
{
	size_t		end = p->pos;

	while (end < p->len && !gl_is_blank(p->s[end]) && p->s[end] != ',' &&
		   p->s[end] != '}' && (end == p->pos || (p->s[end] != ':' && p->s[end] != '/')))
		end++;
	if (end == p->pos && end < p->len)
		end++;
	p->err->status = st;
	p->err->token = p->s + p->pos;
	p->err->token_len = end - p->pos;
	return st;
}

/* expect character c after blanks (what: c quoted, for the message) */
static int
expect(parser *p, char c, const char *what, int st)
{
	skip_blanks(p);
	if (p->pos >= p->len || p->s[p->pos] != c)
	{
		p->err->expected = what;
		return fail_at(p, st);
	}
	p->pos++;
	return GL_CLS_OK;
}

static int
parse_count(parser *p, int64_t *out)
{
	size_t		used;

	skip_blanks(p);
	used = gl_text_count(p->s + p->pos, p->len - p->pos, out);
	if (used == 0)
		return fail_at(p, GL_CLS_TEXT_COUNT);
	p->pos += used;
	return GL_CLS_OK;
}

static int
parse_entry(parser *p, gl_score_entry *e)
{
	size_t		used;
	int			rc;

	skip_blanks(p);
	if (gl_text_number(p->s + p->pos, p->len - p->pos, &e->score, &used) !=
		GL_TEXT_OK)
		return fail_at(p, GL_CLS_TEXT_SCORE);
	p->pos += used;
	if ((rc = expect(p, ':', "\":\"", GL_CLS_TEXT_SEPARATOR)) != GL_CLS_OK ||
		(rc = parse_count(p, &e->pos)) != GL_CLS_OK ||
		(rc = expect(p, '/', "\"/\"", GL_CLS_TEXT_SEPARATOR)) != GL_CLS_OK ||
		(rc = parse_count(p, &e->neg)) != GL_CLS_OK ||
		(rc = expect(p, '/', "\"/\"", GL_CLS_TEXT_SEPARATOR)) != GL_CLS_OK ||
		(rc = parse_count(p, &e->unv)) != GL_CLS_OK)
		return rc;
	return GL_CLS_OK;
}

static int
parse_digits(parser *p, int *digits)
{
	static const char kw[] = "digits";
	int64_t		d;
	size_t		used;
	size_t		start;

	skip_blanks(p);
	if (p->len - p->pos < 6 || !gl_name_matches(p->s + p->pos, 6, kw))
		return GL_CLS_OK;
	p->pos += 6;
	if (expect(p, '=', "\"=\"", GL_CLS_TEXT_SEPARATOR) != GL_CLS_OK)
		return GL_CLS_TEXT_SEPARATOR;
	skip_blanks(p);
	start = p->pos;
	used = gl_text_count(p->s + p->pos, p->len - p->pos, &d);
	if (used == 0 || d > GL_SCORES_MAX_DIGITS)
		return fail_at(p, GL_CLS_TEXT_DIGITS);
	p->pos = start + used;
	*digits = (int) d;
	return GL_CLS_OK;
}

int
gl_scores_parse(const char *str, gl_score_entry **out, size_t *n, int *digits,
				gl_scores_text_error *err)
{
	parser		p = {str, strlen(str), 0, err};
	gl_score_entry *e = NULL;
	size_t		ne = 0,
				cap = 0;
	int			rc;
	double		bad;

	memset(err, 0, sizeof(*err));
	*out = NULL;
	*n = 0;
	*digits = GL_SCORES_NO_DIGITS;
	if ((rc = parse_digits(&p, digits)) != GL_CLS_OK)
		return rc;
	if ((rc = expect(&p, '{', "\"{\"", GL_CLS_TEXT_BRACE)) != GL_CLS_OK)
		return rc;
	skip_blanks(&p);
	if (p.pos < p.len && p.s[p.pos] == '}')
		p.pos++;
	else
	{
		for (;;)
		{
			if (ne == cap)
			{
				gl_score_entry *grown;

				cap = cap ? cap * 2 : 16;
				grown = gl_realloc(e, gl_mul_size(cap, sizeof(gl_score_entry)));
				if (grown == NULL)
				{
					gl_free(e);
					return GL_CLS_NOMEM;
				}
				e = grown;
			}
			if ((rc = parse_entry(&p, &e[ne])) != GL_CLS_OK)
			{
				gl_free(e);
				return rc;
			}
			ne++;
			skip_blanks(&p);
			if (p.pos < p.len && p.s[p.pos] == ',')
			{
				p.pos++;
				continue;
			}
			if ((rc = expect(&p, '}', "\",\" or \"}\"", GL_CLS_TEXT_SEPARATOR)) != GL_CLS_OK)
			{
				gl_free(e);
				return rc;
			}
			break;
		}
	}
	skip_blanks(&p);
	if (p.pos < p.len)
	{
		gl_free(e);
		err->status = GL_CLS_TEXT_TRAILING;
		err->token = p.s + p.pos;
		err->token_len = p.len - p.pos;
		return GL_CLS_TEXT_TRAILING;
	}
	if ((rc = gl_scores_canonicalize(e, ne, &ne)) == GL_CLS_OK)
		rc = gl_scores_check(e, ne, *digits, &bad);
	if (rc != GL_CLS_OK)
	{
		gl_free(e);
		err->status = rc;
		err->value = bad;
		return rc;
	}
	if (ne == 0)
	{
		gl_free(e);
		e = NULL;
	}
	*out = e;
	*n = ne;
	return GL_CLS_OK;
}
