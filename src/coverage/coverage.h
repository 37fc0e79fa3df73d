/*
 * coverage/coverage.h - is the data there?  Completeness, gaps and
 * liveness of a stream of timestamps (pure C, no PostgreSQL headers).
 *
 * A reading at instant t says the source was alive from t to t + max_gap:
 * max_gap is the longest silence that still counts as covered.  A coverage
 * keeps the readings as RUNS: maximal chains of readings in which each is
 * at most max_gap after the one before.  A run is (first, last, n): its
 * first and last instant and its number of readings.  It covers
 * [first, last + max_gap].  Between two runs the silence from the last
 * reading of one to the first of the next is longer than max_gap: a gap.
 *
 * Runs are exact and combine exactly: the runs of the union of two sets
 * of readings are the runs of both, sorted by first and merged wherever
 * the next starts at most max_gap after the latest last so far.  So any
 * split of the rows (a parallel plan, hourly states rolled up) gives the
 * same runs as one pass.
 *
 * Rows counted as missing (a reading whose value is NULL, when the caller
 * asks for that) cover nothing; the coverage counts them (missing).
 *
 * What the runs answer exactly, for any window [start, end) chosen when
 * asking:
 *   - the covered time in the window (completeness by time);
 *   - the silences longer than a min_gap >= max_gap, clipped to the window
 *     (without a window: between readings, as a lag() query finds them);
 *   - whether the source was live at an instant;
 *   - the number of readings in the window, as long as no run has readings
 *     both inside and outside it (otherwise GL_COV_WINDOW_CUTS_RUN: the
 *     readings inside a run are not kept one by one).
 *
 * Text form (seconds for max_gap, instants as base/timetext.h writes them):
 *
 *   max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T05:55:00Z 72;
 *   2024-01-01T08:00:00Z 2024-01-01T08:00:00Z 1
 *
 * (one line; runs in time order after the header, each "first last n").
 */
#ifndef GL_COVERAGE_COVERAGE_H
#define GL_COVERAGE_COVERAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "base/timetext.h"

/* one run of readings; 24 bytes */
typedef struct gl_cov_run
{
	gl_time		first;
	gl_time		last;
	int64_t		n;				/* readings in the run, >= 1 */
} gl_cov_run;

/* durations (max_gap, min_gap, cadence) above this are refused */
#define GL_COV_MAX_DURATION (GL_TIME_MAX - GL_TIME_MIN)
/* the most runs a coverage may hold (a stored form under 1 GB) */
#define GL_COV_MAX_RUNS 40000000

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_cov_status
{
	GL_COV_OK = 0,
	GL_COV_NOMEM,				/* out of memory (tests only) */
	GL_COV_TIME_RANGE,			/* an instant outside 0001..9999 */
	GL_COV_DURATION,			/* a duration <= 0 or above the maximum */
	GL_COV_MONTHS,				/* a duration given in months */
	GL_COV_MAX_GAP_MIXED,		/* rows of one group with two max_gaps */
	GL_COV_COMBINE_MIXED,		/* combining coverages of two max_gaps */
	GL_COV_TOO_MANY,			/* more than GL_COV_MAX_RUNS runs */
	GL_COV_OVERFLOW,			/* a count leaves the int64 range */
	GL_COV_WINDOW,				/* window_end not after window_start */
	GL_COV_MIN_GAP,				/* min_gap shorter than max_gap */
	GL_COV_WINDOW_CUTS_RUN,		/* count asked of a window that cuts a run */
	GL_COV_RUN_ORDER,			/* runs not in order or not apart */
	GL_COV_RUN_SHAPE,			/* a run no readings could make */
	GL_COV_TEXT_HEADER,			/* the header items are wrong */
	GL_COV_TEXT_RUN,			/* a run that does not parse */
	GL_COV_BINARY				/* a malformed binary coverage */
} gl_cov_status;

extern const gl_status_table gl_coverage_statuses;

/* ---- the working state -------------------------------------------------- */

/*
 * Runs (sorted, canonical) and a buffer of readings that arrived out of
 * order: a reading at or after the last run's last reading extends that
 * run or starts a new one (O(1)); one inside a run only counts; any other
 * waits in the buffer, which is sorted and merged into the runs when it
 * holds max(1024, runs) readings.  Runs merged in (rollup, combine) that
 * start at or after the last run's start are appended in place; others
 * wait in a second buffer, sorted and merged in one pass when it holds
 * max(1024, runs) runs or when the state is read (gl_cov_compact), so
 * that states rolled up in any order cost O(n log n) in all rather than a
 * copy of every run each.  Memory: 24 bytes a run (or buffered run) plus
 * 8 bytes a buffered reading.
 */
typedef struct gl_coverage
{
	int64_t		max_gap;		/* microseconds, > 0 */
	int64_t		missing;		/* rows counted as missing */
	int64_t		readings;		/* readings in the runs and the buffer */
	gl_cov_run *runs;
	size_t		nruns;
	size_t		cap;
	gl_time    *pending;
	size_t		npending;
	size_t		pcap;
	gl_cov_run *prun;			/* runs merged out of time order, unsorted */
	size_t		nprun;
	size_t		prcap;
} gl_coverage;

extern int	gl_cov_init(gl_coverage *c, int64_t max_gap, size_t cap);
extern void gl_cov_free(gl_coverage *c);

/* the slow path of gl_cov_add */
extern int	gl_cov_add_slow(gl_coverage *c, gl_time ts);

/* one reading at ts (in range: the caller checks gl_time_in_range) */
static inline int
gl_cov_add(gl_coverage *c, gl_time ts)
{
	if (c->nruns > 0 && c->nruns < c->cap && c->readings < INT64_MAX)
	{
		gl_cov_run *t = &c->runs[c->nruns - 1];

		if (ts >= t->last)
		{
			if (ts - t->last <= c->max_gap)
			{
				t->last = ts;
				t->n++;
			}
			else
			{
				t = &c->runs[c->nruns++];
				t->first = t->last = ts;
				t->n = 1;
			}
			c->readings++;
			return GL_COV_OK;
		}
	}
	return gl_cov_add_slow(c, ts);
}

/* one row counted as missing */
static inline int
gl_cov_add_missing(gl_coverage *c)
{
	if (c->missing == INT64_MAX)
		return GL_COV_OVERFLOW;
	c->missing++;
	return GL_COV_OK;
}

/* merge the buffers into the runs (then runs are all of c's readings) */
extern int	gl_cov_compact(gl_coverage *c);

/*
 * Merge canonical runs (of the same max_gap; the caller checks) and
 * missing rows into c: appended in place when they start at or after c's
 * last run, else buffered (gl_cov_compact before reading c's runs).
 */
extern int	gl_cov_merge(gl_coverage *c, const gl_cov_run *runs, size_t n,
						 int64_t missing);

/*
 * Canonical runs b, the first starting at or after the start of a's last
 * run (states merged in time order), merged onto the end of canonical runs
 * a in place: only runs a[na - 1] and after change, and the result has
 * gl_cov_append_count(...) runs (a needs room for that many; the counts
 * are the caller's to check).  Returns the new number of runs.
 */
extern size_t gl_cov_append(gl_cov_run *a, size_t na, const gl_cov_run *b,
							size_t nb, int64_t max_gap);
extern size_t gl_cov_append_count(const gl_cov_run *a, size_t na,
								  const gl_cov_run *b, size_t nb,
								  int64_t max_gap);

/*
 * Is (max_gap, runs) a coverage that readings could make?  Durations and
 * instants in range, each run first <= last with n >= 1 (n = 1 only when
 * first = last) and last - first <= (n - 1) * max_gap, runs in order more
 * than max_gap apart, total readings within int64.  GL_COV_OK or the
 * fault (*bad: the offending run's index).
 */
extern int	gl_cov_check(int64_t max_gap, const gl_cov_run *runs, size_t n,
						 size_t *bad);

/* ---- what a coverage answers (runs canonical) --------------------------- */

/* total readings of the runs (no overflow for checked runs) */
extern int64_t gl_cov_readings(const gl_cov_run *runs, size_t n);

/* microseconds of [start, end) covered (start < end, both in range) */
extern int64_t gl_cov_covered(const gl_cov_run *runs, size_t n,
							  int64_t max_gap, gl_time start, gl_time end);

/*
 * Readings in [start, end): GL_COV_OK, or GL_COV_WINDOW_CUTS_RUN with
 * *cut the run that has readings on both sides of a bound.
 */
extern int	gl_cov_count_in(const gl_cov_run *runs, size_t n, gl_time start,
							gl_time end, int64_t *count, size_t *cut);

/* is some reading r with r <= at <= r + max_gap */
extern bool gl_cov_live_at(const gl_cov_run *runs, size_t n, int64_t max_gap,
						   gl_time at);

typedef struct gl_cov_gap
{
	gl_time		start;
	gl_time		end;
} gl_cov_gap;

/*
 * The silences longer than min_gap (>= max_gap): without a window, from
 * the last reading of a run to the first of the next; with one, the
 * window's bounds count as readings and the silences are clipped to it.
 * out has room for n + 1 gaps; *nout gaps written in time order.
 */
extern void gl_cov_gaps(const gl_cov_run *runs, size_t n, int64_t min_gap,
						bool windowed, gl_time start, gl_time end,
						gl_cov_gap *out, size_t *nout);

/* ---- text form ------------------------------------------------------------ */

typedef struct gl_cov_text_error
{
	int			status;			/* a GL_COV_* status */
	const char *token;			/* where, in the input */
	size_t		token_len;
} gl_cov_text_error;

/*
 * Parse str into *max_gap, *missing and a new run array (gl_alloc'd, *runs,
 * *n; NULL when there is none), checked with gl_cov_check.
 */
extern int	gl_cov_parse(const char *str, int64_t *max_gap, int64_t *missing,
						 gl_cov_run **runs, size_t *n, gl_cov_text_error *err);

/*
 * The text of a coverage in a new NUL-terminated buffer (gl_alloc'd), or
 * NULL when memory runs out.
 */
extern char *gl_cov_format(int64_t max_gap, int64_t missing,
						   const gl_cov_run *runs, size_t n);

#endif							/* GL_COVERAGE_COVERAGE_H */
