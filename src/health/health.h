/*
 * health/health.h - service health from events (pure C): error counts per
 * time bucket with the episodes where the error rate stays above a
 * threshold and each bucket's severity band (error_counts.c), and exact
 * counts of values against a few limits, with the share above a limit and
 * the limits a quantile lies between (limit_counts.c).  The statuses and
 * the proportion intervals both use are in health.c.
 *
 * Times are int64 microseconds since 2000-01-01 00:00 UTC (a timestamptz as
 * PostgreSQL stores it).  Bucket i of width w covers [i w, (i + 1) w): the
 * buckets of date_bin(w, ts, '2000-01-01 00:00+00').
 *
 * Both summaries hold integer counts only, so merging two of them gives the
 * summary of the union of their rows exactly, in any order.
 *
 * Memory comes from gl_alloc/gl_realloc/gl_free (base/alloc.h).  Functions
 * return a gl_health_status (GL_HEALTH_OK is 0) and, on failure, fill a
 * gl_health_error with what the status's templates need; the glue reports
 * it with gl_raise(&gl_health_statuses, status, &err.args).
 */
#ifndef GL_HEALTH_H
#define GL_HEALTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "base/textform.h"

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_health_status
{
	GL_HEALTH_OK = 0,
	GL_HEALTH_NOMEM,			/* an allocation failed (never in the server) */

	/* durations: bucket_width, min_duration ({arg}) */
	GL_HEALTH_DURATION_MONTHS,
	GL_HEALTH_DURATION_NONPOSITIVE,
	GL_HEALTH_WIDTH_DIFFERS,	/* two rows or states of one aggregate */
	GL_HEALTH_TIME_RANGE,		/* a row whose bucket leaves the timestamptz range */
	GL_HEALTH_BUCKET_RANGE,		/* a stored bucket outside the timestamptz range */
	GL_HEALTH_TOO_MANY_BUCKETS,
	GL_HEALTH_COUNT_RANGE,		/* a count beyond the bigint range */
	GL_HEALTH_COUNT_NEGATIVE,	/* a stored count below zero */
	GL_HEALTH_BUCKET_COUNTS,	/* a stored bucket: 0 <= errors <= total, total > 0 */
	GL_HEALTH_BUCKET_ORDER,		/* stored buckets: increasing, each once */

	/* settings */
	GL_HEALTH_THRESHOLD_RANGE,	/* {arg} (threshold, thresholds) outside [0, 1] */
	GL_HEALTH_THRESHOLDS_ORDER,
	GL_HEALTH_ARRAY_EMPTY,
	GL_HEALTH_ARRAY_NULL,
	GL_HEALTH_ARRAY_DIMS,
	GL_HEALTH_CONFIDENCE,
	GL_HEALTH_FRACTION,

	/* limits */
	GL_HEALTH_LIMIT_NONFINITE,
	GL_HEALTH_LIMITS_ORDER,
	GL_HEALTH_LIMITS_REPEAT,
	GL_HEALTH_TOO_MANY_LIMITS,
	GL_HEALTH_LIMITS_DIFFER,
	GL_HEALTH_NOT_A_LIMIT,
	GL_HEALTH_MINMAX,			/* stored min, max and counts disagree */

	/*
	 * text forms ({extra}: the type; {item}: where); each hint shows its
	 * own type's example: error_counts (SYNTAX to BUCKET), limit_counts
	 * (the *_LIMITS ones, NUMBER to NCOUNTS)
	 */
	GL_HEALTH_TEXT_SYNTAX,
	GL_HEALTH_TEXT_ITEM,
	GL_HEALTH_TEXT_MISSING,
	GL_HEALTH_TEXT_WIDTH,
	GL_HEALTH_TEXT_BUCKET,
	GL_HEALTH_TEXT_SYNTAX_LIMITS,
	GL_HEALTH_TEXT_ITEM_LIMITS,
	GL_HEALTH_TEXT_MISSING_LIMITS,
	GL_HEALTH_TEXT_NUMBER,
	GL_HEALTH_TEXT_COUNT,
	GL_HEALTH_TEXT_NCOUNTS,

	/* a binary value of the wrong size; a stored value that fails its checks */
	GL_HEALTH_BINARY,
	GL_HEALTH_CORRUPT,

	/* a check that input cannot fail (XX000) */
	GL_HEALTH_INTERNAL
} gl_health_status;

extern const gl_status_table gl_health_statuses;

/*
 * What went wrong: the fields of the status's templates.  Its pointers
 * point into the input or into the buffers below, so a gl_health_error is
 * filled and reported where it lives, never copied.
 */
typedef struct gl_health_error
{
	gl_status_args args;
	char		num[2][48];		/* numbers written for the templates */
	char		list[256];		/* a list of limits */
} gl_health_error;

/* err cleared, then status st returned (for "return fail(err, st)") */
extern gl_health_status gl_health_fail(gl_health_error *err,
									   gl_health_status st);

/* status st about the text s (len bytes) of a text form: err->args.item */
extern gl_health_status gl_health_fail_at(gl_health_error *err,
										  gl_health_status st,
										  const char *s, size_t len);

/* GL_HEALTH_COUNT_RANGE: the number of what (a literal) beyond the bigint range */
extern gl_health_status gl_health_count_range(gl_health_error *err,
											  const char *what);

/* GL_HEALTH_INTERNAL: a check no input can fail, saying which (a literal) */
extern gl_health_status gl_health_internal(gl_health_error *err,
										   const char *what);

/* a text form that base's gl_text_split refused (st: a TEXT_SYNTAX status) */
extern gl_health_status gl_health_split_fail(gl_health_error *err,
											 gl_health_status st,
											 const gl_text_error *te,
											 const char *text);

/* text forms: decimal digits into *out (no sign, int64); false if not that */
extern bool gl_health_read_count(const char *s, size_t len, int64_t *out);

/* the next blank-separated token of [*p, end): *tok, *toklen; false at the end */
extern bool gl_health_next_token(const char **p, const char *end,
								 const char **tok, size_t *toklen);

/* a double written for a message or a text form (buf: at least 32 bytes) */
typedef void (*gl_health_put_double) (char *buf, double v);

/* ---- intervals ------------------------------------------------------- */

typedef enum gl_health_method
{
	GL_HEALTH_WILSON = 0,
	GL_HEALTH_CLOPPER_PEARSON = 1
} gl_health_method;

/* what a judgement of a rate looks at */
typedef enum gl_health_by
{
	GL_HEALTH_BY_RATE = 0,		/* the point estimate k / n */
	GL_HEALTH_BY_LOWER = 1		/* the lower bound of its interval */
} gl_health_by;

/* a proportion k / n with its interval */
typedef struct gl_health_rate
{
	int64_t		k;
	int64_t		n;
	double		rate;
	double		lower;
	double		upper;
} gl_health_rate;

/* GL_HEALTH_CONFIDENCE unless 0 < conf < 1 */
extern gl_health_status gl_health_check_confidence(double conf,
												   gl_health_error *err);

/*
 * k out of n (0 <= k <= n, n > 0) with its two-sided interval at conf by
 * method (statistics core: stats/binomial.h).
 */
extern gl_health_status gl_health_interval(int64_t k, int64_t n, double conf,
										   gl_health_method method,
										   gl_health_rate *out,
										   gl_health_error *err);

/* a threshold in [0, 1] (GL_HEALTH_THRESHOLD_RANGE naming arg; NaN too) */
extern gl_health_status gl_health_check_threshold(double t, const char *arg,
												  gl_health_error *err);

/* thresholds: at least one, each in [0, 1], strictly increasing */
extern gl_health_status gl_health_check_thresholds(const double *t, int n,
												   gl_health_error *err);

/* ---- durations --------------------------------------------------------- */

/* the range of timestamptz, in microseconds since 2000-01-01 */
#define GL_HEALTH_TIME_MIN INT64_C(-211813488000000000)
#define GL_HEALTH_TIME_END INT64_C(9223371331200000000)

/*
 * A duration argument (arg: its name) given as months, days and
 * microseconds, as a PostgreSQL interval holds it: no months (their length
 * varies), a day is 86400 s, and the total must be positive.  *us gets it.
 * text: the interval as the user wrote it, for the message.
 */
extern gl_health_status gl_health_duration(int32_t months, int32_t days,
										   int64_t time_us, const char *arg,
										   const char *text, int64_t *us,
										   gl_health_error *err);

/* ---- error counts per time bucket -------------------------------------- */

typedef struct gl_health_bucket
{
	int64_t		bucket;			/* index: the bucket starts at bucket * width */
	int64_t		errors;			/* 0 <= errors <= total */
	int64_t		total;			/* > 0: a bucket without events is not kept */
} gl_health_bucket;

/*
 * Counts per bucket.  b[0..n-1] are sorted by bucket, each once; rows for
 * buckets not in b wait in pend[0..npend-1] (unsorted, possibly repeated)
 * until gl_health_counts_compact merges them in.  Everything that reads
 * the counts needs npend = 0.
 */
typedef struct gl_health_counts
{
	int64_t		width;			/* microseconds, > 0 */
	gl_health_bucket *b;
	int32_t		n;
	int32_t		max;
	gl_health_bucket *pend;
	int32_t		npend;
	int32_t		maxpend;
	int32_t		hint;			/* index in b of the last bucket counted */
} gl_health_counts;

/* the most buckets a summary holds (24 bytes each: 240 MB) */
#define GL_HEALTH_MAX_BUCKETS 10000000

extern void gl_health_counts_init(gl_health_counts *c, int64_t width);

/* frees what c owns (not for a view of a stored value) */
extern void gl_health_counts_free(gl_health_counts *c);

/* the bucket of time t (floor division) */
static inline int64_t
gl_health_bucket_of(int64_t t, int64_t width)
{
	int64_t		q = t / width;

	return (t % width != 0 && t < 0) ? q - 1 : q;
}

/* the slow path of gl_health_counts_add (health_counts.c) */
extern gl_health_status gl_health_counts_add_slow(gl_health_counts *c,
												  int64_t bucket, bool failed,
												  gl_health_error *err);

/*
 * Count one event at time t (failed: an error).  Inline: called once per
 * row; the bucket of the previous row is counted in place.
 */
static inline gl_health_status
gl_health_counts_add(gl_health_counts *c, int64_t t, bool failed,
					 gl_health_error *err)
{
	int64_t		bucket = gl_health_bucket_of(t, c->width);

	if (c->n > 0 && c->b[c->hint].bucket == bucket &&
		c->b[c->hint].total < INT64_MAX)
	{
		c->b[c->hint].total++;
		c->b[c->hint].errors += failed;
		return GL_HEALTH_OK;
	}
	return gl_health_counts_add_slow(c, bucket, failed, err);
}

/* merge the pending rows into b (GL_HEALTH_TOO_MANY_BUCKETS, NOMEM) */
extern gl_health_status gl_health_counts_compact(gl_health_counts *c,
												 gl_health_error *err);

/*
 * c += other (other compacted; widths must match: GL_HEALTH_WIDTH_DIFFERS
 * with both widths written by put).  Some of other's buckets may wait in
 * c's pending list on return (gl_health_counts_compact before reading c).
 */
extern gl_health_status gl_health_counts_merge(gl_health_counts *c,
											   const gl_health_counts *other,
											   gl_health_error *err);

/*
 * Check a summary read from outside (text, binary, disk): width > 0, at
 * most GL_HEALTH_MAX_BUCKETS buckets, increasing, 0 <= errors <= total,
 * total > 0, every bucket inside the timestamptz range.
 */
extern gl_health_status gl_health_counts_check(const gl_health_counts *c,
											   gl_health_error *err);

/* the width, seconds with up to 6 decimals (buf: at least 32 bytes) */
extern void gl_health_format_width(char *buf, int64_t width_us);

/*
 * Text form:  width=<seconds>, buckets=<bucket>:<errors>/<total> ...
 * (buckets separated by blanks, in increasing order; "buckets=" may be
 * left out when there are none; items in either order).  The width is a
 * decimal number of seconds with at most 6 decimals.  On success c owns
 * memory (gl_health_counts_free).
 */
extern gl_health_status gl_health_counts_parse(const char *text,
											   gl_health_counts *c,
											   gl_health_error *err);

/* the text form of c (compacted), NUL-terminated, from gl_alloc; NULL: NOMEM */
extern char *gl_health_counts_format(const gl_health_counts *c);

/* errors and total over every bucket (128-bit sums: never overflow) */
extern gl_health_status gl_health_counts_totals(const gl_health_counts *c,
												int64_t *errors,
												int64_t *total,
												gl_health_error *err);

/* one bucket or one episode as the rows show it */
typedef struct gl_health_span
{
	int64_t		start;			/* microseconds since 2000-01-01 */
	int64_t		end;			/* exclusive */
	int32_t		band;			/* bands: how many thresholds it is above */
	int64_t		buckets;		/* episodes: buckets in the run */
	gl_health_rate r;
} gl_health_span;

/* what the episode and band functions are asked */
typedef struct gl_health_judge
{
	gl_health_by by;
	double		confidence;
	gl_health_method method;
} gl_health_judge;

/*
 * The episodes of c: maximal runs of consecutive buckets, each with events
 * and a judged rate (the rate, or the lower bound of its interval) above
 * threshold, that last at least min_duration microseconds.  A bucket
 * without events ends a run.  Each episode's counts are summed over its
 * buckets and its interval is that of the sums.  *out (from gl_alloc,
 * NULL when none) gets *nout spans, in time order.
 */
extern gl_health_status gl_health_episodes(const gl_health_counts *c,
										   double threshold,
										   int64_t min_duration,
										   const gl_health_judge *j,
										   gl_health_span **out,
										   int32_t *nout,
										   gl_health_error *err);

/*
 * Every bucket of c with its interval and band: how many of the
 * thresholds (increasing, in [0, 1]) its judged rate is above.
 */
extern gl_health_status gl_health_bands(const gl_health_counts *c,
										const double *thresholds,
										int nthresholds,
										const gl_health_judge *j,
										gl_health_span **out,
										int32_t *nout,
										gl_health_error *err);

/* ---- exact counts against limits ---------------------------------------- */

/* the most limits a summary holds */
#define GL_HEALTH_MAX_LIMITS 1000

/*
 * Values counted against limits[0] < ... < limits[k-1]: counts[i] values
 * in (limits[i-1], limits[i]] (counts[0]: at most limits[0], counts[k]:
 * above limits[k-1]); n values in all, the smallest min and the largest
 * max (both 0 when n = 0).  The arrays belong to whoever made the struct
 * (a stored value, or gl_health_limits_new).
 */
typedef struct gl_health_limits
{
	int32_t		k;
	int64_t		n;
	double		min;
	double		max;
	double	   *limits;			/* k */
	int64_t    *counts;			/* k + 1 */
} gl_health_limits;

/*
 * Check limits given by a user: at most GL_HEALTH_MAX_LIMITS, at least
 * one, finite, strictly increasing (put writes numbers for the message).
 */
extern gl_health_status gl_health_check_limits(const double *limits, int k,
											   gl_health_put_double put,
											   gl_health_error *err);

/* the bin of value v: the number of limits below it (inline: once per row) */
static inline int32_t
gl_health_bin(const double *limits, int32_t k, double v)
{
	int32_t		lo = 0;
	int32_t		hi = k;

	/* the first limit >= v */
	while (lo < hi)
	{
		int32_t		mid = (lo + hi) >> 1;

		if (limits[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* count one finite value (inline: once per row) */
static inline gl_health_status
gl_health_limits_add(gl_health_limits *s, double v)
{
	int32_t		i = gl_health_bin(s->limits, s->k, v);

	if (s->n == INT64_MAX)
		return GL_HEALTH_COUNT_RANGE;
	if (s->n == 0 || v < s->min)
		s->min = v;
	if (s->n == 0 || v > s->max)
		s->max = v;
	s->counts[i]++;
	s->n++;
	return GL_HEALTH_OK;
}

/* whether a and b count against the same limits */
extern bool gl_health_same_limits(const gl_health_limits *a,
								  const gl_health_limits *b);

/* a += b (same limits, else GL_HEALTH_LIMITS_DIFFER with both listed) */
extern gl_health_status gl_health_limits_merge(gl_health_limits *a,
											   const gl_health_limits *b,
											   gl_health_put_double put,
											   gl_health_error *err);

/* the limits written "150, 450, 5000" into buf (truncated with "...") */
extern void gl_health_limits_list(const double *limits, int32_t k,
								  gl_health_put_double put,
								  char *buf, size_t buflen);

/*
 * Check a summary read from outside: the limits as gl_health_check_limits,
 * counts not negative adding up to n, min <= max finite (0 and 0 when
 * n = 0), min and max in the bins their counts say.
 */
extern gl_health_status gl_health_limits_check(const gl_health_limits *s,
											   gl_health_put_double put,
											   gl_health_error *err);

/*
 * The values above limit (one of the limits, else GL_HEALTH_NOT_A_LIMIT):
 * *above of s->n.  The share is *above / s->n.
 */
extern gl_health_status gl_health_limits_above(const gl_health_limits *s,
											   double limit,
											   gl_health_put_double put,
											   int64_t *above,
											   gl_health_error *err);

/*
 * The limits a quantile of the values lies between, as percentile_cont
 * computes it (linear between the order statistics at fraction (n - 1)):
 * *lower is the largest limit below the quantile's lower neighbour or the
 * smallest value, whichever is higher; *upper is the smallest limit at or
 * above its upper neighbour or the largest value, whichever is lower.  n > 0; fraction in
 * [0, 1] (GL_HEALTH_FRACTION).
 */
extern gl_health_status gl_health_quantile_bounds(const gl_health_limits *s,
												  double fraction,
												  double *lower,
												  double *upper,
												  gl_health_error *err);

/*
 * Text form:  limits=150 450 5000, counts=800 150 45 5, min=12.5, max=7300
 * (k limits, k + 1 counts; min and max present exactly when a count is
 * not zero; items in any order).  Numbers are strict decimals
 * (base/textform.h).  On success s->limits and s->counts come from
 * gl_alloc (gl_health_limits_free).
 */
extern gl_health_status gl_health_limits_parse(const char *text,
											   gl_health_limits *s,
											   gl_health_put_double put,
											   gl_health_error *err);

/* the text form, NUL-terminated, from gl_alloc; NULL: NOMEM */
extern char *gl_health_limits_format(const gl_health_limits *s,
									 gl_health_put_double put);

/* frees arrays from gl_health_limits_parse */
extern void gl_health_limits_free(gl_health_limits *s);

#endif							/* GL_HEALTH_H */
