/*
 * classifier/classifier.h - a scored classifier's verified history and
 * what it answers (pure C, no PostgreSQL headers): the score summary
 * (distinct scores with their counts of positive, negative and unverified
 * rows), its status table, its text grammar, rounding of scores, and the
 * working buffer that aggregates rows into a summary.
 *
 * A summary is an array of gl_score_entry sorted by strictly increasing
 * score, every entry with at least one row.  Counts are int64; the sum of
 * every kind of count over a summary fits in int64 too.  Scores are finite
 * and never -0 (read as 0).  A summary may carry a rounding: digits >= 0
 * means every score is a multiple of 10^-digits as gl_score_round makes it.
 *
 * Text form (entries in any order on input, repeated scores added, entries
 * with no rows dropped; output sorted, shortest decimals):
 *
 *     {0.05:1/0/0, 0.15:0/1/2}            score:positive/negative/unverified
 *     digits=2 {0.05:1/0/0, 0.15:0/1/2}   with a rounding
 *     {}                                  empty
 */
#ifndef GL_CLASSIFIER_CLASSIFIER_H
#define GL_CLASSIFIER_CLASSIFIER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/radix.h"
#include "base/status.h"

/* one distinct score; 32 bytes */
typedef struct gl_score_entry
{
	double		score;
	int64_t		pos;			/* rows labelled true (verified positive) */
	int64_t		neg;			/* rows labelled false (verified negative) */
	int64_t		unv;			/* rows without a label (unverified) */
} gl_score_entry;

/* the largest number of distinct scores a summary may hold */
#define GL_SCORES_MAX 10000000
/* the largest rounding (digits) */
#define GL_SCORES_MAX_DIGITS 15
#define GL_SCORES_NO_DIGITS (-1)

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_classifier_status
{
	GL_CLS_OK = 0,
	GL_CLS_NOMEM,				/* out of memory (tests only) */
	GL_CLS_TOO_MANY,			/* more than GL_SCORES_MAX distinct scores */
	GL_CLS_OVERFLOW,			/* a count leaves the int64 range */
	GL_CLS_DIGITS,				/* digits outside 0..15 */
	GL_CLS_DIGITS_MIXED,		/* summaries of different roundings */
	GL_CLS_NOT_ROUNDED,			/* a stored score not on its rounding */
	GL_CLS_CALIB_RANGE,			/* a calibration score outside [0, 1] */
	GL_CLS_CONFIDENCE,			/* confidence outside (0, 1) */
	GL_CLS_TARGET,				/* target outside (0, 1) */
	GL_CLS_BINS,				/* bins < 1 or too many */
	GL_CLS_PARAM_MIXED,			/* a per-row setting that changes */
	GL_CLS_NUMERIC,				/* a numerical routine failed */
	/* text form */
	GL_CLS_TEXT_BRACE,			/* no "{" or "}" where expected */
	GL_CLS_TEXT_SCORE,			/* a score that is not a finite decimal */
	GL_CLS_TEXT_COUNT,			/* a count that is not digits */
	GL_CLS_TEXT_SEPARATOR,		/* ":" or "/" missing */
	GL_CLS_TEXT_DIGITS,			/* digits= not an integer */
	GL_CLS_TEXT_TRAILING,		/* text after "}" */
	/* binary form */
	GL_CLS_BINARY				/* malformed binary summary */
} gl_classifier_status;

extern const gl_status_table gl_classifier_statuses;

/* ---- scores -------------------------------------------------------------- */

/* score x rounded to digits decimals (half away from zero); x itself when
 * digits < 0 or x is too large for the rounding to change it */
extern double gl_score_round(double x, int digits);

/*
 * Sort entries[0..n) by score and merge equal scores, dropping entries
 * without rows; -0 becomes 0.  Returns the new count in *out_n.
 * GL_CLS_OVERFLOW when merged counts leave int64 (entries then undefined).
 */
extern int	gl_scores_canonicalize(gl_score_entry *e, size_t n, size_t *out_n);

/*
 * Checks of a canonical array: scores finite, strictly increasing, counts
 * non-negative, each entry with a row, totals within int64, at most
 * GL_SCORES_MAX entries, scores on the rounding when digits >= 0.
 * Returns GL_CLS_OK or the first fault (*bad: the offending score).
 */
extern int	gl_scores_check(const gl_score_entry *e, size_t n, int digits,
							double *bad);

/* totals of a summary (no overflow for a checked summary) */
typedef struct gl_score_totals
{
	int64_t		pos;
	int64_t		neg;
	int64_t		unv;
} gl_score_totals;

extern void gl_scores_totals(const gl_score_entry *e, size_t n,
							 gl_score_totals *t);

/*
 * Merge two canonical arrays into out (room for na + nb entries); *nout.
 * GL_CLS_OVERFLOW when a count leaves int64, GL_CLS_TOO_MANY past the limit.
 */
extern int	gl_scores_merge(const gl_score_entry *a, size_t na,
							const gl_score_entry *b, size_t nb,
							gl_score_entry *out, size_t *nout);

/* ---- the working buffer of an aggregate ------------------------------- */

/* an unsigned key in the order of the scores (finite, -0 read as 0) */
static inline uint64_t
gl_score_key(double d)
{
	return gl_double_key(d == 0.0 ? 0.0 : d);
}

/*
 * The working buffer: the canonical entries e[0, nsorted), entries of
 * merged summaries waiting in e[nsorted, n), and single rows waiting as
 * 8-byte score keys, one array per label (positive, negative,
 * unverified).  Appending a row is amortized O(1); when the rows waiting
 * reach max(65536, 8 x nsorted) they are sorted (radix) and merged in from
 * the back, in the buffer's own memory; when the last such merge kept
 * more than a quarter of its rows as new entries (few ties: an entry of 32
 * bytes per row saves nothing over a key of 8), rows wait until there are
 * 2^24 of them, so data without ties is sorted once, at the end.  Memory comes from gl_alloc: the
 * glue switches to the object's context.
 */
typedef struct gl_score_buffer
{
	gl_score_entry *e;
	size_t		n;
	size_t		nsorted;
	size_t		cap;
	uint64_t   *keys[3];		/* rows waiting: positive, negative, unverified */
	size_t		nkeys[3];
	size_t		capkeys[3];
	int			digits;			/* GL_SCORES_NO_DIGITS or 0..15 */
	bool		few_ties;		/* the last merge of rows kept most as entries */
} gl_score_buffer;

extern int	gl_score_buffer_init(gl_score_buffer *b, int digits, size_t cap);
extern void gl_score_buffer_free(gl_score_buffer *b);

/* make the whole buffer canonical; GL_CLS_TOO_MANY past the limit */
extern int	gl_score_buffer_compact(gl_score_buffer *b);

/* room for one more row of label slot i (called when it is full) */
extern int	gl_score_buffer_grow(gl_score_buffer *b, int i);

/*
 * One row: label 1 positive, 0 negative, -1 unverified.  The score must
 * be finite (the glue checks it); it is rounded to the buffer's digits.
 */
static inline int
gl_score_buffer_add(gl_score_buffer *b, double score, int label)
{
	int			i = label > 0 ? 0 : label == 0 ? 1 : 2;

	if (b->nkeys[i] == b->capkeys[i])
	{
		int			rc = gl_score_buffer_grow(b, i);

		if (rc != GL_CLS_OK)
			return rc;
	}
	if (b->digits >= 0)
		score = gl_score_round(score, b->digits);
	b->keys[i][b->nkeys[i]++] = gl_score_key(score);
	return GL_CLS_OK;
}

/*
 * The canonical entries of everything the buffer holds, written to out
 * (room for gl_score_buffer_bound(b) entries, which the rows' sort also
 * uses as scratch), their count in *nout: the summary's final form in
 * one pass, without growing the buffer.  The buffer keeps its content
 * (its rows waiting are left sorted).  GL_CLS_TOO_MANY past the limit.
 */
extern size_t gl_score_buffer_bound(const gl_score_buffer *b);
extern int	gl_score_buffer_emit(gl_score_buffer *b, gl_score_entry *out,
								 size_t *nout);

/* merge a canonical array into the buffer (compacts it first) */
extern int	gl_score_buffer_merge(gl_score_buffer *b, const gl_score_entry *e,
								  size_t n);

/* ---- text form ------------------------------------------------------------ */

typedef struct gl_scores_text_error
{
	int			status;			/* a GL_CLS_TEXT_* or another status */
	const char *token;			/* where, in the input */
	size_t		token_len;
	double		value;			/* a score, for non-text statuses */
	const char *expected;		/* what was expected there, quoted */
} gl_scores_text_error;

/*
 * Parse str into a new canonical array (gl_alloc'd, *out, *n; NULL when
 * empty) and *digits.  Returns GL_CLS_OK or a status with *err.
 */
extern int	gl_scores_parse(const char *str, gl_score_entry **out, size_t *n,
							int *digits, gl_scores_text_error *err);

#endif							/* GL_CLASSIFIER_CLASSIFIER_H */
