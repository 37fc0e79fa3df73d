/*
 * drift/drift.h - the two-sample summary behind ks_drift and psi (pure C).
 *
 * A summary is the distinct values seen, each with its count in the
 * baseline sample (n1) and in the current sample (n2): gl_ks_point, 16
 * bytes, the input of gl_ks_test and gl_psi.  Its canonical form is that
 * of gl_ks_points_canonicalize: sorted by value, one point per value (a
 * count above INT32_MAX split over several points of the value), no point
 * without observations, no -0.  With it go the options of the aggregate
 * that made it (the test, and its alternative and method or its bins),
 * since a final function sees only the state.
 *
 * While rows come in, a summary holds the rows' values apart from its
 * points: one buffer of 8-byte values per sample (the baseline or current
 * flag is which buffer a value is in), appended at amortized O(1) with the
 * length of its sorted prefix kept up to date (so sorted input is never
 * sorted).  A full buffer has its unsorted tail sorted and merged into its
 * sorted prefix; when that shows ties (at least a quarter of the values
 * repeat one before them) the buffers are folded into the points, else the
 * buffer doubles and the next such check waits until it has grown 4-fold
 * (no compaction that merges nothing).  The sort's scratch buffer is kept
 * and reused.  gl_drift_compact folds everything into canonical points.
 *
 * Text form (parsed and printed here; the glue supplies the shortest
 * double writer, so the output reads back exactly):
 *
 *   ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...}
 *   psi(<bins>){<value>:<n_baseline>:<n_current>,...}
 *
 * printed canonical (values increasing, canonical option names, no
 * blanks); read with blanks between tokens, names by the name rule
 * (base/names.h), values as strict decimals (base/textform.h), counts as
 * integers 0 .. 2147483647, points in any order and repeated values added.
 *
 * Memory comes from gl_alloc in the current context: the glue makes the
 * expanded object's context current around the calls that may allocate.
 */
#ifndef GREENLANG_DRIFT_H
#define GREENLANG_DRIFT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/names.h"
#include "base/status.h"
#include "base/textform.h"
#include "stats/ks.h"

/* the test a summary is for */
typedef enum gl_drift_kind
{
	GL_DRIFT_KS = 1,
	GL_DRIFT_PSI = 2
} gl_drift_kind;

typedef struct gl_drift_opts
{
	int			kind;			/* gl_drift_kind */
	int			alt;			/* gl_ks_alternative (ks), 0 for psi */
	int			method;			/* gl_ks_method (ks), 0 for psi */
	int32_t		bins;			/* psi (>= 2), 0 for ks */
} gl_drift_opts;

/* the names of the options: alternative and method arguments, text form */
extern const gl_choices gl_drift_alternatives;
extern const gl_choices gl_drift_methods;

/* psi's default number of bins */
#define GL_DRIFT_DEFAULT_BINS 10

/*
 * psi's minimum samples (decision): psi is NULL unless the baseline and
 * the current sample each hold at least as many observations as there are
 * bins.  Below that a bin of the current sample is necessarily empty, and
 * one empty decile alone adds (0.1 - 0.0001) ln(0.1 / 0.0001) = 0.69 to
 * the index, above the usual 0.25 alarm whatever the data (1 to 3 rows
 * gave 5 to 7.6); a baseline with fewer values than bins cannot place its
 * quantile edges.  NULL, as for an empty sample, so that a sparse feature
 * neither raises an alarm nor aborts a query over many features.
 */
extern bool gl_drift_psi_enough(int64_t n1, int64_t n2, int32_t bins);

/*
 * The most points a stored summary holds: a stored drift_state is a
 * 16-byte header and 16 bytes a point within PostgreSQL's 1 GB limit
 * (the glue checks the two agree).
 */
#define GL_DRIFT_MAX_STORED_POINTS ((size_t) ((0x3fffffff - 16) / 16))

/* the most points a working summary holds (its buffer within SIZE_MAX / 2) */
#define GL_DRIFT_MAX_POINTS ((SIZE_MAX / 2) / sizeof(gl_ks_point))

/* the values of one sample's rows, before they are folded into points */
typedef struct gl_drift_values
{
	double	   *v;				/* from gl_alloc */
	size_t		n;				/* values in use */
	size_t		nsorted;		/* v[0 .. nsorted) non-decreasing */
	size_t		cap;			/* values allocated */
	size_t		next_check;		/* sort and look for ties when n reaches this */
} gl_drift_values;

typedef struct gl_drift_summary
{
	gl_ks_point *pts;			/* from gl_alloc */
	size_t		npts;			/* points in use */
	size_t		nsorted;		/* pts[0 .. nsorted) canonical */
	size_t		cap;			/* points allocated */
	gl_drift_values rows[2];	/* [0] baseline, [1] current values */
	double	   *scratch;		/* the sorts' and merges' buffer, reused */
	size_t		scratch_cap;
} gl_drift_summary;

#define GL_DRIFT_INITIAL_CAP 16
#define GL_DRIFT_INITIAL_ROWS 64

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_drift_status
{
	GL_DRIFT_OK = 0,
	/* the text form (22P02 unless said) */
	GL_DRIFT_E_TEXT_KIND,		/* not "ks(" or "psi(" */
	GL_DRIFT_E_TEXT_EXPECTED,	/* a mark ({extra}) missing at {item} */
	GL_DRIFT_E_TEXT_END,		/* the text ends where {extra} is due */
	GL_DRIFT_E_TEXT_CHOICE,		/* an unknown alternative or method */
	GL_DRIFT_E_TEXT_BINS,		/* bins not an integer 2 .. 2147483647 */
	GL_DRIFT_E_TEXT_COUNT,		/* a count that is not an integer >= 0 */
	GL_DRIFT_E_TEXT_COUNT_RANGE,	/* 22003: a count above 2147483647 */
	GL_DRIFT_E_TEXT_TRAILING,	/* text after the closing brace */
	GL_DRIFT_E_TEXT_NUMBER,		/* a value that is not a decimal number:
								 * reported with base's text statuses
								 * (gl_drift_text_error.text), no
								 * descriptor here */
	/* the binary form (22P03) */
	GL_DRIFT_E_BINARY_OPTIONS,	/* unknown test or options */
	GL_DRIFT_E_BINARY_POINT,	/* NaN or infinite value, negative count */
	/* arguments and states */
	GL_DRIFT_E_BINS,			/* 22023 bins < 2 */
	GL_DRIFT_E_OPTIONS_CHANGED, /* 22023 options differ between rows */
	GL_DRIFT_E_COMBINE_OPTIONS, /* 22023 states of different options */
	GL_DRIFT_E_WRONG_KIND,		/* 22023 a ks state to psi or back */
	GL_DRIFT_E_TOO_LARGE,		/* 54000 beyond GL_DRIFT_MAX_POINTS */
	GL_DRIFT_E_TOO_LARGE_TO_STORE,	/* 54000 beyond
									 * GL_DRIFT_MAX_STORED_POINTS */
	GL_DRIFT_E_NOMEM,			/* 54000 an allocation failed */
	GL_DRIFT_E_CORRUPT,			/* XX001 a stored state fails its checks */
	/*
	 * The statistics core's statuses that only drift can word (the sample
	 * sizes, a state's limits); the others are reported with
	 * gl_stats_statuses (gl_drift_stats_status).
	 */
	GL_DRIFT_E_EXACT_TOO_LARGE, /* 54000 GL_STATS_E_TOO_LARGE */
	GL_DRIFT_E_SAMPLES_OVERFLOW,	/* 54000 GL_STATS_E_OVERFLOW */
	GL_DRIFT_E_NUMERIC,			/* XX000 GL_STATS_E_NUMERIC: a bug */
	GL_DRIFT_E__COUNT
} gl_drift_status;

extern const gl_status_table gl_drift_statuses;

/*
 * The drift status of a statistics-core status from gl_ks_test or gl_psi
 * on a summary, where drift words it better; GL_DRIFT_OK where the
 * statistics core's own descriptor says it (numeric failure, confidence,
 * bins) or where there is nothing to report (GL_STATS_OK, and
 * GL_STATS_E_EMPTY, which the glue turns into NULL).  A summary passed the
 * checks of input, so invalid points (GL_STATS_E_PARAM,
 * GL_STATS_E_UNSORTED) mean a corrupt state.
 */
extern int	gl_drift_stats_status(int stats_status);

/* ---- options ------------------------------------------------------------ */

/* whether o is a valid set of options (of a stored or received state) */
extern bool gl_drift_opts_valid(const gl_drift_opts *o);
extern bool gl_drift_opts_equal(const gl_drift_opts *a, const gl_drift_opts *b);

/* GL_DRIFT_OK or GL_DRIFT_E_BINS */
extern int	gl_drift_check_bins(int64_t bins);

/*
 * The name of the option that differs between a and b ("alternative",
 * "method", "bins"; "state" when the test differs), or NULL.
 */
extern const char *gl_drift_opts_diff(const gl_drift_opts *a,
									  const gl_drift_opts *b);

/* the aggregate of a test: "ks_drift" or "psi" */
extern const char *gl_drift_kind_name(int kind);

/*
 * The options as the text form prints them ("ks(less,exact)",
 * "psi(10)"), NUL-terminated in buf (at least GL_DRIFT_OPTS_LEN bytes).
 */
#define GL_DRIFT_OPTS_LEN 40
extern char *gl_drift_opts_text(const gl_drift_opts *o, char *buf);

/* ---- the summary -------------------------------------------------------- */

/* an empty summary with room for cap points: GL_DRIFT_OK, _NOMEM, _TOO_LARGE */
extern int	gl_drift_init(gl_drift_summary *s, size_t cap);
extern void gl_drift_free(gl_drift_summary *s);

/*
 * A summary holding a copy of canonical points p[0 .. n) (room for n):
 * GL_DRIFT_OK, _NOMEM, _TOO_LARGE.
 */
extern int	gl_drift_init_copy(gl_drift_summary *s, const gl_ks_point *p,
							   size_t n);

/* room for need more points: GL_DRIFT_OK, _NOMEM, _TOO_LARGE */
extern int	gl_drift_reserve(gl_drift_summary *s, size_t need);

/*
 * Room for one more value in buffer rows[k] (a full one): its tail sorted
 * and, where ties pay, the buffers folded into the points; else it
 * doubles.  GL_DRIFT_OK, _NOMEM, _TOO_LARGE (the summary is unchanged
 * then, its values all kept).
 */
extern int	gl_drift_rows_reserve(gl_drift_summary *s, int k);

/* the values of the rows not yet folded into points */
static inline size_t
gl_drift_nrows(const gl_drift_summary *s)
{
	return s->rows[0].n + s->rows[1].n;
}

/* append a point (finite value, counts 0 .. INT32_MAX: the caller's checks) */
static inline int
gl_drift_push(gl_drift_summary *s, double v, int32_t n1, int32_t n2)
{
	gl_ks_point *p;

	if (s->npts == s->cap)
	{
		int			rc = gl_drift_reserve(s, 1);

		if (rc != GL_DRIFT_OK)
			return rc;
	}
	p = &s->pts[s->npts++];
	p->value = v;
	p->n1 = n1;
	p->n2 = n2;
	return GL_DRIFT_OK;
}

/* add one observation of finite value v to the baseline or current sample */
static inline int
gl_drift_add(gl_drift_summary *s, double v, bool current)
{
	gl_drift_values *r = &s->rows[current ? 1 : 0];

	if (r->n == r->cap)
	{
		int			rc = gl_drift_rows_reserve(s, current ? 1 : 0);

		if (rc != GL_DRIFT_OK)
			return rc;
	}
	if (r->nsorted == r->n && (r->n == 0 || r->v[r->n - 1] <= v))
		r->nsorted++;
	r->v[r->n++] = v;
	return GL_DRIFT_OK;
}

/*
 * Add a point with counts n1, n2 as text or binary input gives it:
 * GL_DRIFT_E_BINARY_POINT for a NaN or infinite value or a count outside
 * 0 .. INT32_MAX; GL_DRIFT_OK, _NOMEM, _TOO_LARGE.
 */
extern int	gl_drift_add_point(gl_drift_summary *s, double v, int64_t n1,
							   int64_t n2);

/*
 * Make the summary canonical points: the rows' values folded in, the
 * buffers of values and the scratch buffer freed.  GL_DRIFT_OK, _NOMEM,
 * _TOO_LARGE (the summary is unchanged then).
 */
extern int	gl_drift_compact(gl_drift_summary *s);

/*
 * Merge sorted points b[0 .. nb) into s (the combine function): the
 * canonical form of s's points and rows and b's points together.
 * GL_DRIFT_OK, _NOMEM, _TOO_LARGE.
 */
extern int	gl_drift_merge(gl_drift_summary *s, const gl_ks_point *b,
						   size_t nb);

/*
 * The summary as sorted runs (what a parallel worker ships, 8 bytes a
 * row): each buffer of values sorted, the points canonical, nothing
 * folded.  GL_DRIFT_OK or _NOMEM.
 */
extern int	gl_drift_sort_runs(gl_drift_summary *s);

/*
 * Add another summary's sorted runs to s (the combine of a worker's
 * state): canonical points p[0 .. np) and the sorted values x[k][0 ..
 * nx[k]) of each sample, appended (the merge waits for the final fold).
 * GL_DRIFT_OK, _NOMEM, _TOO_LARGE.
 */
extern int	gl_drift_absorb(gl_drift_summary *s, const gl_ks_point *p,
							size_t np, const double *const x[2],
							const size_t nx[2]);

/* whether v[0 .. n) are finite and non-decreasing (a run to absorb) */
extern bool gl_drift_run_valid(const double *v, size_t n);

/*
 * Sort doubles (no NaN) v[0 .. n) in place, tmp a buffer of n doubles
 * (an LSD radix sort; a heapsort below 1024 values, where tmp may be
 * NULL).  Calls gl_check_interrupts() every few thousand values.
 */
extern void gl_drift_sort_values(double *v, size_t n, double *tmp);

/* ---- text form ---------------------------------------------------------- */

/* where and why the text form does not parse */
typedef struct gl_drift_text_error
{
	int			status;			/* a GL_DRIFT_E_TEXT_* status */
	const char *token;			/* the input from where it went wrong */
	size_t		token_len;
	const char *extra;			/* the mark expected, or "alternative" or
								 * "method" */
	const gl_choices *choices;	/* the valid names (GL_DRIFT_E_TEXT_CHOICE) */
	gl_text_error text;			/* GL_DRIFT_E_TEXT_NUMBER: base's status */
} gl_drift_text_error;

/*
 * Parse the text form str into *opts and an initialised summary *s, made
 * canonical.  Returns GL_DRIFT_OK, a GL_DRIFT_E_TEXT_* status with *err
 * filled in (s is then freed), _NOMEM or _TOO_LARGE.
 */
extern int	gl_drift_parse(const char *str, gl_drift_opts *opts,
						   gl_drift_summary *s, gl_drift_text_error *err);

/*
 * The template fields of a text error, for reporting it: {name} the whole
 * input, {item} where it went wrong, {extra}, and {list} written into
 * listbuf.
 */
extern void gl_drift_text_args(const gl_drift_text_error *err,
							   const char *str, gl_status_args *a,
							   char *listbuf, size_t listlen);

/*
 * Writes the shortest decimal that reads back to v into buf (at least
 * GL_DRIFT_DTOA_LEN bytes), NUL-terminated; returns buf.
 */
typedef char *(*gl_drift_dtoa) (double v, char *buf);
#define GL_DRIFT_DTOA_LEN 32

/*
 * The text form of options o and canonical points p[0 .. n), from
 * gl_alloc and NUL-terminated (its length in *len), or NULL when out of
 * memory.
 */
extern char *gl_drift_format(const gl_drift_opts *o, const gl_ks_point *p,
							 size_t n, gl_drift_dtoa dtoa, size_t *len);

/*
 * "N baseline and M current observations", for the message about an exact
 * test too large (buf: at least GL_DRIFT_SIZES_LEN bytes).
 */
#define GL_DRIFT_SIZES_LEN 64
extern char *gl_drift_sizes_text(int64_t n1, int64_t n2, char *buf);

#endif							/* GREENLANG_DRIFT_H */
