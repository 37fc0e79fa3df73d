/*
 * ks.h - two-sample Kolmogorov-Smirnov test on a compact summary.
 *
 * Pure C (no PostgreSQL headers); uses only libm.  Status codes: stats.h.
 * Memory comes from gl_alloc (base/alloc.h); the long loops call
 * gl_check_interrupts() (a cancel leaves them by an error in the server).
 *
 * Input: an array of points sorted by value (non-decreasing), each giving a
 * value and how many observations of sample 1 and of sample 2 take it.
 * Consecutive points with equal values are one tie block (so a count above
 * INT32_MAX can be split over several points with the same value).  Points
 * with both counts 0 are ignored.  Totals n1, n2 are 64-bit.
 *
 * Memory layout (decision): counts are int32, so a point is 16 bytes
 * (8-byte value + two 4-byte counts, no padding).  A state that stores one
 * point per distinct value costs at most 16 bytes per row (exactly 16 when
 * every row has its own value, less with ties).  The per-value limit of
 * 2^31-1 observations is lifted by splitting, as above.
 */
#ifndef GREENLANG_STATS_KS_H
#define GREENLANG_STATS_KS_H

#include <stddef.h>
#include <stdint.h>

#include "stats/stats.h"

typedef struct gl_ks_point
{
	double		value;
	int32_t		n1;				/* observations of sample 1 at value */
	int32_t		n2;				/* observations of sample 2 at value */
} gl_ks_point;					/* 16 bytes */

typedef enum
{
	GL_KS_TWO_SIDED,			/* D = sup |F1 - F2| */
	GL_KS_LESS,					/* D- = max(F2 - F1) */
	GL_KS_GREATER				/* D+ = max(F1 - F2): F1 > F2 somewhere;
								 * sample 1 is the baseline (scipy) */
} gl_ks_alternative;

typedef enum
{
	GL_KS_AUTO,					/* exact if max(n1,n2) <= GL_KS_AUTO_MAX_N */
	GL_KS_EXACT,				/* permutation distribution given the ties */
	GL_KS_ASYMP					/* scipy's 'asymp' */
} gl_ks_method;

typedef struct gl_ks_result
{
	double		statistic;		/* D, D+ or D-, = h / lcm(n1,n2) exactly
								 * rounded */
	double		p_value;		/* in [0,1], never NaN */
	int64_t		n1;
	int64_t		n2;
	gl_ks_method method_used;	/* GL_KS_EXACT or GL_KS_ASYMP */
} gl_ks_result;

/* 'auto' picks the exact method when max(n1, n2) <= this (as scipy). */
#define GL_KS_AUTO_MAX_N 10000

/*
 * The exact method refuses (GL_STATS_E_TOO_LARGE) when
 * min(n1,n2) * (n1+n2) exceeds this bound on its lattice work (10000 x
 * 10000 needs 2e8; the actual work is usually far smaller).  The detail of
 * GL_STATS_E_TOO_LARGE (stats.c) states it.
 */
#define GL_KS_EXACT_MAX_WORK 4000000000.0

/*
 * Two-sample KS test.  Returns GL_STATS_OK, or GL_STATS_E_PARAM (NULL
 * pointers, NaN value, negative count, bad enum), GL_STATS_E_UNSORTED,
 * GL_STATS_E_EMPTY (n1 or n2 is 0), GL_STATS_E_OVERFLOW, GL_STATS_E_NOMEM,
 * GL_STATS_E_TOO_LARGE, GL_STATS_E_NUMERIC.  On error
 * *out holds D = 0, p = 1 and must not be used.
 *
 * exact: P(D_perm >= D_obs) over all C(n1+n2, n1) equally likely
 *   assignments of the pooled observations, conditional on the ties
 *   (Schroer & Trenkler 1995); equals the classical exact p without ties.
 * asymp: two-sided = kstwo.sf(D, round(n1 n2 / (n1 + n2))) computed as in
 *   Simard & L'Ecuyer (2011) (what scipy does); one-sided = Hodges' (1958)
 *   approximation exp(-2z^2 - 2z(m+2n)/(3 sqrt(mn(m+n)))), z = sqrt(en) D,
 *   m >= n (what scipy does).
 * Memory: O(min(n1,n2)) doubles for the exact method, gl_alloc'ed and
 * freed.
 */
extern int	gl_ks_test(const gl_ks_point *pts, size_t npts,
					   gl_ks_alternative alt, gl_ks_method method,
					   gl_ks_result *out);

/*
 * The two samples as canonical-or-not points and sorted values together:
 * what a summary that still holds its rows' values gives, tested without
 * folding the values into points first.  pts[0 .. npts) as for gl_ks_test;
 * x[0 .. nx) more observations of sample 1 and y[0 .. ny) of sample 2,
 * each sorted ascending, no NaN (NULL when empty).  The tests see the tie
 * blocks of the union (equal values of all three merged), so a source
 * gives the results of the points its values fold into.
 */
typedef struct gl_ks_source
{
	const gl_ks_point *pts;
	size_t		npts;
	const double *x;
	size_t		nx;
	const double *y;
	size_t		ny;
} gl_ks_source;

/* gl_ks_test of a source; its values are checked as its points are */
extern int	gl_ks_test_source(const gl_ks_source *src, gl_ks_alternative alt,
							  gl_ks_method method, gl_ks_result *out);

/*
 * Validate a source (points as gl_ks_points_scan does; values sorted, no
 * NaN) and count the two samples: as gl_ks_points_scan.
 */
extern int	gl_ks_source_scan(const gl_ks_source *src, int64_t *n1, int64_t *n2);

/*
 * The tie blocks of a validated source in value order: gl_ks_block_next
 * stores the next block's counts of samples 1 and 2 (at least one of them
 * positive) and returns 1, or returns 0 after the last.  Inline: the tests
 * walk millions of blocks.
 */
typedef struct gl_ks_blocks
{
	const gl_ks_source *src;
	size_t		i;				/* next point */
	size_t		jx;				/* next value of x */
	size_t		jy;				/* next value of y */
} gl_ks_blocks;

static inline void
gl_ks_blocks_init(gl_ks_blocks *it, const gl_ks_source *src)
{
	it->src = src;
	it->i = it->jx = it->jy = 0;
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
gl_ks_block_next(gl_ks_blocks *it, int64_t *a, int64_t *b)
{
	const gl_ks_source *s = it->src;

	for (;;)
	{
		double		v = 0.0;
		int64_t		ca = 0;
		int64_t		cb = 0;
		int			any = 0;

		/* the smallest head */
		if (it->i < s->npts)
			v = s->pts[it->i].value, any = 1;
		if (it->jx < s->nx && (!any || s->x[it->jx] < v))
			v = s->x[it->jx], any = 1;
		if (it->jy < s->ny && (!any || s->y[it->jy] < v))
			v = s->y[it->jy], any = 1;
		if (!any)
			return 0;
		while (it->i < s->npts && s->pts[it->i].value == v)
		{
			ca += s->pts[it->i].n1;
			cb += s->pts[it->i].n2;
			it->i++;
		}
		while (it->jx < s->nx && s->x[it->jx] == v)
			ca++, it->jx++;
		while (it->jy < s->ny && s->y[it->jy] == v)
			cb++, it->jy++;
		if (ca + cb > 0)
		{
			*a = ca;
			*b = cb;
			return 1;
		}
	}
}

/*
 * Validate points (no NaN, no negative count, sorted by value) and sum the
 * two sample sizes into *n1, *n2: GL_STATS_OK, GL_STATS_E_PARAM,
 * GL_STATS_E_UNSORTED or GL_STATS_E_OVERFLOW (a total beyond what the
 * tests can count).
 */
extern int	gl_ks_points_scan(const gl_ks_point *pts, size_t npts,
							  int64_t *n1, int64_t *n2);

/*
 * The canonical form of points (no NaN value, no negative count), in
 * place: sorted by value, each run of equal values merged into one point
 * (counts added; a total above INT32_MAX split over several points of the
 * value), points without observations dropped, -0 written as 0.  Returns
 * the new number of points.  O(n) for sorted input, else a radix sort
 * (n >= 2048, through a transient copy) or a quicksort; calls
 * gl_check_interrupts() every few thousand points.
 */
extern size_t gl_ks_points_canonicalize(gl_ks_point *pts, size_t npts);

/*
 * Write at out the canonical points of value v with totals c1, c2 of the
 * two samples (-0 written as 0; counts above INT32_MAX split over several
 * points; none when both are 0); returns how many points it wrote.
 */
static inline size_t
gl_ks_emit_points(gl_ks_point *out, double v, int64_t c1, int64_t c2)
{
	size_t		w = 0;

	if (v == 0.0)
		v = 0.0;
	while (c1 > 0 || c2 > 0)
	{
		int64_t		a = c1 < INT32_MAX ? c1 : INT32_MAX;
		int64_t		b = c2 < INT32_MAX ? c2 : INT32_MAX;

		out[w].value = v;
		out[w].n1 = (int32_t) a;
		out[w].n2 = (int32_t) b;
		w++;
		c1 -= a;
		c2 -= b;
	}
	return w;
}

/*
 * The canonical points of raw samples x (sample 1) and y (sample 2); NaN
 * -> GL_STATS_E_PARAM.  *pts comes from gl_alloc (NULL when n1 + n2 ==
 * 0); the caller frees it with gl_free.
 */
extern int	gl_ks_points_from_samples(const double *x, size_t n1,
									  const double *y, size_t n2,
									  gl_ks_point **pts, size_t *npts);

/*
 * One-sample distributions (x is the statistic, n the sample size >= 1):
 * gl_ks_kolmogorov_sf = P(D_n >= x), two-sided, as scipy's kstwo.sf;
 * gl_ks_smirnov_sf    = P(D_n^+ >= x), one-sided, exact (Birnbaum-Tingey),
 *                       as scipy's smirnov / ksone.sf (which, unlike this,
 *                       switches to an approximation for n > 10^6: the two
 *                       differ there by up to ~1e-3 relative in far tails).
 * Both return a value in [0,1]; NaN only for NaN x or n < 1.  Cost is
 * O(1) in n except the exact one-sided sum: direct up to 2e5 terms, else a
 * fixed-cost Euler-Maclaurin quadrature (~2 ms), ~1e-13 relative.
 */
extern double gl_ks_kolmogorov_sf(int64_t n, double x);
extern double gl_ks_smirnov_sf(int64_t n, double x);

#endif							/* GREENLANG_STATS_KS_H */
