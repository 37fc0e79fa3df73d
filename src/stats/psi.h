/*
 * psi.h - population stability index on the compact two-sample summary.
 *
 * Pure C (no PostgreSQL headers).  Takes the same sorted points as ks.h
 * (value, count in sample 1 = baseline, count in sample 2 = current).
 *
 * Definition (decision):
 *   Edges: for j = 1 .. bins-1, e_j = the smallest baseline value x with
 *     F1(x) >= j / bins, F1 the empirical CDF of the baseline (the inverse
 *     empirical CDF, Hyndman & Fan type 1, numpy method 'inverted_cdf'),
 *     decided exactly in integer arithmetic: count1(<= x) * bins >= j * n1.
 *     Equal edges (ties in the baseline) are merged, so fewer than bins
 *     bins may result.
 *   Bins are closed on the right: (-inf, e_1], (e_1, e_2], ...,
 *     (e_last, +inf).  A value equal to an edge falls in the bin below it.
 *   p_i = baseline share in bin i, q_i = current share in bin i; a share
 *     that is 0 is replaced by eps (GL_PSI_EPSILON = 1e-4), no
 *     renormalisation.
 *   PSI = sum_i (q_i - p_i) ln(q_i / p_i), summed in bin order.
 */
#ifndef GREENLANG_STATS_PSI_H
#define GREENLANG_STATS_PSI_H

#include <stddef.h>
#include <stdint.h>

#include "stats/ks.h"

/* the share put in place of an empty bin's 0 */
#define GL_PSI_EPSILON 1e-4

typedef struct gl_psi_result
{
	double		psi;			/* >= 0, finite */
	int64_t		n1;				/* baseline observations */
	int64_t		n2;				/* current observations */
	int64_t		bins_used;		/* bins after merging equal edges */
} gl_psi_result;

/* a number of bins: GL_STATS_OK, or GL_STATS_E_BINS when below 2 */
extern int	gl_psi_check_bins(int64_t bins);

/*
 * Returns GL_STATS_OK, or GL_STATS_E_BINS (bins < 2), GL_STATS_E_PARAM (NULL
 * pointers, NaN value, negative count, eps not in (0, 1)),
 * GL_STATS_E_UNSORTED, GL_STATS_E_OVERFLOW, GL_STATS_E_EMPTY (a sample has
 * no observations).
 * On error *out holds psi = 0 and must not be used.  O(npts) time, O(1)
 * memory.
 */
extern int	gl_psi(const gl_ks_point *pts, size_t npts, int64_t bins,
				   double eps, gl_psi_result *out);

/* gl_psi of a source (ks.h): points and sorted values, tested unfolded */
extern int	gl_psi_source(const gl_ks_source *src, int64_t bins, double eps,
						  gl_psi_result *out);

#endif							/* GREENLANG_STATS_PSI_H */
