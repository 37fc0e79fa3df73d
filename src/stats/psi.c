/*
 * psi.c - population stability index on the compact two-sample summary.
 *
 * The source (points and sorted values, ks.h) is walked once, block by
 * block (a block: the observations of one value, gl_ks_block_next).  A block's value is an edge when the baseline CDF
 * crosses one or more of the levels j / bins inside it (type-1 quantiles
 * are always baseline values), and the block then closes the current bin;
 * bins are therefore closed on the right and equal edges merge by
 * themselves.
 */
#include "stats/psi.h"

#include <math.h>

#include "base/alloc.h"

/* level * n1 with totals as gl_ks_points_scan allows them */
#ifdef __SIZEOF_INT128__
typedef __int128 psi_wide;
#else
typedef int64_t psi_wide;
#endif

/* one bin's term, with the empty-bin rule */
static double
psi_term(int64_t b, int64_t n1, int64_t c, int64_t n2, double eps)
{
	double		p = (b > 0) ? (double) b / (double) n1 : eps;
	double		q = (c > 0) ? (double) c / (double) n2 : eps;

	return (q - p) * log(q / p);
}

int
gl_psi_check_bins(int64_t bins)
{
	return bins < 2 ? GL_STATS_E_BINS : GL_STATS_OK;
}

int
gl_psi(const gl_ks_point *pts, size_t npts, int64_t bins, double eps,
	   gl_psi_result *out)
{
	gl_ks_source src = {pts, npts, NULL, 0, NULL, 0};

	return gl_psi_source(&src, bins, eps, out);
}

int
gl_psi_source(const gl_ks_source *src, int64_t bins, double eps,
			  gl_psi_result *out)
{
	gl_ks_blocks it;
	int64_t		a;
	int64_t		cnt2;
	int64_t		n1 = 0;
	int64_t		n2 = 0;
	int64_t		cum1 = 0;
	int64_t		b = 0;			/* baseline count in the open bin */
	int64_t		c = 0;			/* current count in the open bin */
	int64_t		level = 1;		/* the next level j whose edge is to come */
	double		psi = 0.0;
	size_t		blocks = 0;
	int			rc;

	if (out == NULL)
		return GL_STATS_E_PARAM;
	out->psi = 0.0;
	out->n1 = 0;
	out->n2 = 0;
	out->bins_used = 0;
	if (!(eps > 0.0 && eps < 1.0))
		return GL_STATS_E_PARAM;
	rc = gl_psi_check_bins(bins);
	if (rc != GL_STATS_OK)
		return rc;

	rc = gl_ks_source_scan(src, &n1, &n2);
	if (rc != GL_STATS_OK)
		return rc;
	out->n1 = n1;
	out->n2 = n2;
	if (n1 == 0 || n2 == 0)
		return GL_STATS_E_EMPTY;

	out->bins_used = 1;
	gl_ks_blocks_init(&it, src);
	while (gl_ks_block_next(&it, &a, &cnt2))
	{
		if ((++blocks & 4095) == 0)
			gl_check_interrupts();
		/* the whole block of observations equal to its value */
		cum1 += a;
		b += a;
		c += cnt2;
		/* an edge: cum1 * bins >= level * n1 for one or more levels */
		if (level < bins &&
			(psi_wide) cum1 * bins >= (psi_wide) level * n1)
		{
			psi += psi_term(b, n1, c, n2, eps);
			b = 0;
			c = 0;
			out->bins_used++;
			/*
			 * The next level is the first one above cum1 bins / n1 (or
			 * bins): computed, not counted up, since up to 2^31 levels
			 * can pass at one edge.
			 */
			{
				psi_wide	next = (psi_wide) cum1 * bins / n1 + 1;

				level = next < bins ? (int64_t) next : bins;
			}
		}
	}
	/* the last bin, (e_last, +inf), possibly empty in both samples */
	psi += psi_term(b, n1, c, n2, eps);

	out->psi = psi;
	return GL_STATS_OK;
}
