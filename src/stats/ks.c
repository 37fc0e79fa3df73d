/*
 * ks.c - two-sample Kolmogorov-Smirnov test on a compact summary.
 *
 * References:
 *   J. L. Hodges, "The significance probability of the Smirnov two-sample
 *     test", Arkiv for Matematik 3 (1958) 469-486 (lattice-path recursion;
 *     one-sided approximation, eq. 5.3).
 *   G. Schroer and D. Trenkler, "Exact and randomization distributions of
 *     Kolmogorov-Smirnov tests two or three samples", Computational
 *     Statistics & Data Analysis 20 (1995) 185-202 (exact distribution
 *     conditional on ties: the band is checked only at the end of each
 *     block of tied pooled values).
 *   Z. W. Birnbaum and F. H. Tingey, "One-sided confidence contours for
 *     probability distribution functions", Ann. Math. Statist. 22 (1951)
 *     592-596 (exact one-sided one-sample distribution).
 *   J. Durbin, "Distribution theory for tests based on the sample
 *     distribution function", SIAM (1973); G. Marsaglia, W. W. Tsang and
 *     J. Wang, "Evaluating Kolmogorov's distribution", J. Stat. Software 8
 *     (2003) 18 (matrix form of the exact two-sided distribution).
 *   W. Pelz and I. J. Good, "Approximating the lower tail-areas of the
 *     Kolmogorov-Smirnov one-sample statistic", JRSS B 38 (1976) 152-156.
 *   R. Simard and P. L'Ecuyer, "Computing the two-sided Kolmogorov-Smirnov
 *     distribution", J. Stat. Software 39 (2011) 11 (which method where;
 *     the Ruben-Gambino exact tails; Miller's 2 x one-sided upper tail).
 *   C. Loader, "Fast and accurate computation of binomial probabilities"
 *     (2000) (saddle-point binomial terms: stirlerr and bd0).
 *
 * The exact two-sample p-value propagates probabilities (not path counts)
 * along the anti-diagonals of the (n1, n2) lattice, keeping one diagonal of
 * min(n1,n2)+1 doubles.  Both the probability of staying inside the band
 * and the probability of leaving it (absorbed at the first checked point
 * outside the band) are accumulated; the latter is a sum of positive terms,
 * so small p-values suffer no cancellation.
 */
#include "stats/ks.h"

#include "base/alloc.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/numeric.h"
#include "base/radix.h"
#include "stats/binomial.h"

/* the layout promised in ks.h: 16 bytes per point */
typedef char gl_ks_point_is_16_bytes[(sizeof(gl_ks_point) == 16) ? 1 : -1];

#ifdef __SIZEOF_INT128__
typedef __int128 ks_wide;
#define KS_MAX_TOTAL INT64_MAX
#else
typedef int64_t ks_wide;
/* i * n2 must fit in int64 without 128-bit arithmetic */
#define KS_MAX_TOTAL ((int64_t) INT32_MAX)
#endif


/*
 * Scale of the probabilities in the lattice walk: the walk starts with
 * mass 2^KS_SCALE_EXP instead of 1, so that probabilities down to about
 * 2^-(1022+KS_SCALE_EXP) stay normal numbers (p-values to 1e-300 keep full
 * precision) while the largest possible value, 2^KS_SCALE_EXP times a
 * factor < 2^32, stays far from overflow.
 */
#define KS_SCALE_EXP 600

/* ----------------------------------------------------------------------
 * Input scanning
 * ---------------------------------------------------------------------- */

/* Validate the points and sum the sample sizes (ks.h). */
int
gl_ks_points_scan(const gl_ks_point *pts, size_t npts, int64_t *n1, int64_t *n2)
{
	size_t		k;
	int64_t		s1 = 0;
	int64_t		s2 = 0;

	for (k = 0; k < npts; k++)
	{
		if ((k & 65535) == 65535)
			gl_check_interrupts();
		if (isnan(pts[k].value) || pts[k].n1 < 0 || pts[k].n2 < 0)
			return GL_STATS_E_PARAM;
		if (k > 0 && pts[k].value < pts[k - 1].value)
			return GL_STATS_E_UNSORTED;
		if (s1 > KS_MAX_TOTAL - pts[k].n1 || s2 > KS_MAX_TOTAL - pts[k].n2)
			return GL_STATS_E_OVERFLOW;
		s1 += pts[k].n1;
		s2 += pts[k].n2;
	}
	*n1 = s1;
	*n2 = s2;
	return GL_STATS_OK;
}

/* values v[0 .. n): sorted, no NaN; added to *total within KS_MAX_TOTAL */
static int
ks_values_scan(const double *v, size_t n, int64_t *total)
{
	size_t		k;

	if (v == NULL && n > 0)
		return GL_STATS_E_PARAM;
	for (k = 0; k < n; k++)
	{
		if ((k & 65535) == 65535)
			gl_check_interrupts();
		if (isnan(v[k]))
			return GL_STATS_E_PARAM;
		if (k > 0 && v[k] < v[k - 1])
			return GL_STATS_E_UNSORTED;
	}
	if ((uint64_t) n > (uint64_t) (KS_MAX_TOTAL - *total))
		return GL_STATS_E_OVERFLOW;
	*total += (int64_t) n;
	return GL_STATS_OK;
}

/* Validate a source and count its samples (ks.h). */
int
gl_ks_source_scan(const gl_ks_source *src, int64_t *n1, int64_t *n2)
{
	int64_t		s1;
	int64_t		s2;
	int			rc;

	if (src == NULL || (src->pts == NULL && src->npts > 0))
		return GL_STATS_E_PARAM;
	rc = gl_ks_points_scan(src->pts, src->npts, &s1, &s2);
	if (rc == GL_STATS_OK)
		rc = ks_values_scan(src->x, src->nx, &s1);
	if (rc == GL_STATS_OK)
		rc = ks_values_scan(src->y, src->ny, &s2);
	if (rc != GL_STATS_OK)
		return rc;
	*n1 = s1;
	*n2 = s2;
	return GL_STATS_OK;
}

static int64_t
ks_gcd(int64_t a, int64_t b)
{
	while (b != 0)
	{
		int64_t		t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * NAME(it, n1, n2, dpos, dneg): the walk of ks_extremes over the tie
 * blocks of it, with i n2 - j n1 computed in type T (int64_t when it cannot
 * overflow, which costs less, else ks_wide)
 */
#define KS_DEFINE_EXTREMES(NAME, T) \
static void \
NAME(gl_ks_blocks *it, int64_t n1, int64_t n2, ks_wide *dpos, ks_wide *dneg) \
{ \
	size_t		blocks = 0; \
	int64_t		a; \
	int64_t		b; \
	int64_t		i = 0; \
	int64_t		j = 0; \
	T			mp = 0; \
	T			mn = 0; \
 \
	while (gl_ks_block_next(it, &a, &b)) \
	{ \
		T			d; \
 \
		if ((++blocks & 65535) == 0) \
			gl_check_interrupts(); \
		i += a; \
		j += b; \
		d = (T) i * n2 - (T) j * n1; \
		if (d > mp) \
			mp = d; \
		if (-d > mn) \
			mn = -d; \
	} \
	*dpos = mp; \
	*dneg = mn; \
}
KS_DEFINE_EXTREMES(ks_extremes_64, int64_t)
KS_DEFINE_EXTREMES(ks_extremes_wide, ks_wide)

/*
 * The statistic in integer form.  With i, j the numbers of observations of
 * samples 1, 2 that are <= a value, F1 - F2 = (i n2 - j n1) / (n1 n2); the
 * extremes are attained at the ends of tie blocks.  *dpos = max(i n2 - j
 * n1) >= 0, *dneg = max(j n1 - i n2) >= 0 (both 0 at the origin).  When
 * n1, n2 <= INT32_MAX, i n2 and j n1 stay below 2^62: exact in 64 bits.
 */
static void
ks_extremes(const gl_ks_source *src, int64_t n1, int64_t n2,
			ks_wide *dpos, ks_wide *dneg)
{
	gl_ks_blocks it;

	gl_ks_blocks_init(&it, src);
	if (n1 <= INT32_MAX && n2 <= INT32_MAX)
		ks_extremes_64(&it, n1, n2, dpos, dneg);
	else
		ks_extremes_wide(&it, n1, n2, dpos, dneg);
}

/* ----------------------------------------------------------------------
 * Exact permutation p-value, conditional on ties
 * ---------------------------------------------------------------------- */

/*
 * p = P(D_perm >= D_obs) for the threshold dobs >= 1 (in units of
 * 1/(n1 n2)).  A lattice point (i, j) (i of sample 1, j of sample 2 among
 * the first i+j pooled observations) is "out" when, with d = i n2 - j n1,
 * upper && d >= dobs or lower && -d >= dobs.  Only points at the end of a
 * tie block are checked (Schroer & Trenkler 1995); without ties every point
 * is.
 *
 * The walk: the pooled sample is a uniformly random arrangement, so from
 * (i, j) at step s = i + j the next observation belongs to sample 1 with
 * probability (n1 - i) / (N - s) and to sample 2 with (n2 - j) / (N - s).
 * u(i, j) = probability of reaching (i, j) with every checked point so far
 * inside.  The mass arriving at a checked point that is out is added to
 * "exit" and removed.  At the end, P_in = u(n1, n2) and P_out = exit,
 * P_in + P_out = 1 (up to rounding and mass below 2^-1600).
 *
 * The lattice is walked by anti-diagonals s = 0..N indexed by the count a
 * of the smaller sample, so a diagonal needs min(n1,n2)+1 doubles; only the
 * range [lo, hi] of cells that can hold mass is visited: it is clipped to
 * the band on checked diagonals, and cells whose mass has underflowed are
 * trimmed at its edges.  Integer arithmetic decides inside/outside, so no
 * band edge is misjudged by rounding.
 */
static int
ks_exact_p(const gl_ks_source *src, int64_t n1, int64_t n2,
		   int64_t dobs, int upper, int lower, double *p)
{
	int			swap = (n1 > n2);
	int64_t		na = swap ? n2 : n1;	/* size indexed by a */
	int64_t		nb = swap ? n1 : n2;
	int64_t		N = n1 + n2;
	/* in (a, b) terms d_ab = a nb - b na, = d or -d when swapped */
	int			hi_out = swap ? lower : upper;	/* out if d_ab >= dobs */
	int			lo_out = swap ? upper : lower;	/* out if d_ab <= -dobs */
	double	   *buf;
	double	   *u;
	double		exitmass = 0.0;
	double		pin;
	double		pout;
	int64_t		lo = 0;
	int64_t		hi = 0;
	int64_t		s;
	int64_t		next_end = -1;
	int64_t		cum = 0;
	gl_ks_blocks it;
	int64_t		ba;
	int64_t		bb;
	int			empty = 0;

	/* u[-1 .. na]; cells outside [lo, hi] are kept at 0 */
	buf = (double *) gl_alloc(gl_mul_size((size_t) na + 2, sizeof(double)));
	if (buf == NULL)
		return GL_STATS_E_NOMEM;
	memset(buf, 0, ((size_t) na + 2) * sizeof(double));
	u = buf + 1;
	u[0] = ldexp(1.0, KS_SCALE_EXP);

	gl_ks_blocks_init(&it, src);
	if (gl_ks_block_next(&it, &ba, &bb))
	{
		cum += ba + bb;
		next_end = cum;
	}

	for (s = 0; s < N; s++)
	{
		int64_t		t = s + 1;
		int64_t		nlo = lo;
		int64_t		nhi = hi + 1;
		double		r = 1.0 / (double) (N - s);
		double		prev;
		double		fa;
		double		fb;
		int64_t		a;

		if (t - nb > nlo)
			nlo = t - nb;
		if (nhi > na)
			nhi = na;

		/*
		 * u'(a) = [u(a-1) (na - a + 1) + u(a) (nb - (s - a))] / (N - s),
		 * in place, ascending, keeping the old u(a-1) in prev.  u[lo-1]
		 * and u[hi+1] are 0, so the range edges need no special case.
		 */
		prev = u[nlo - 1];
		fa = (double) (na - nlo + 1);
		fb = (double) (nb - s + nlo);
		for (a = nlo; a <= nhi; a++)
		{
			double		cur = u[a];

			u[a] = (prev * fa + cur * fb) * r;
			prev = cur;
			fa -= 1.0;
			fb += 1.0;
		}
		/* a cell left below the range (b reached nb) keeps no mass */
		for (a = lo; a < nlo; a++)
			u[a] = 0.0;

		if (t == next_end)
		{
			/*
			 * Checked diagonal: on it d_ab = a N - t na.  Inside means
			 * a N <= t na + dobs - 1 (if hi_out) and a N >= t na - dobs
			 * + 1 (if lo_out).
			 */
			int64_t		alo = nlo;
			int64_t		ahi = nhi;

			if (hi_out)
			{
				int64_t		m = (t * na + dobs - 1) / N;

				if (m < ahi)
					ahi = m;
			}
			if (lo_out)
			{
				int64_t		num = t * na - dobs + 1;
				int64_t		m = (num <= 0) ? 0 : (num + N - 1) / N;

				if (m > alo)
					alo = m;
			}
			for (a = nlo; a <= nhi && a < alo; a++)
			{
				exitmass += u[a];
				u[a] = 0.0;
			}
			for (a = (ahi + 1 > nlo) ? ahi + 1 : nlo; a <= nhi; a++)
			{
				exitmass += u[a];
				u[a] = 0.0;
			}
			nlo = alo;
			nhi = ahi;

			if (gl_ks_block_next(&it, &ba, &bb))
			{
				cum += ba + bb;
				next_end = cum;
			}
		}

		/* trim cells whose mass has underflowed (< 2^-1622 unscaled) */
		while (nlo <= nhi && u[nlo] < DBL_MIN)
			u[nlo++] = 0.0;
		while (nhi >= nlo && u[nhi] < DBL_MIN)
			u[nhi--] = 0.0;
		if (nlo > nhi)
		{
			empty = 1;			/* every path has left the band */
			break;
		}
		lo = nlo;
		hi = nhi;

		if ((s & 1023) == 1023)
		{
			gl_check_interrupts();
		}
	}

	pin = empty ? 0.0 : ldexp(u[na], -KS_SCALE_EXP);
	pout = ldexp(exitmass, -KS_SCALE_EXP);
	gl_free(buf);

	if (!isfinite(pin) || !isfinite(pout) || fabs(pin + pout - 1.0) > 1e-6)
		return GL_STATS_E_NUMERIC;

	/* the directly summed tail when it is small, else 1 - P(inside) */
	*p = (pout < 0.5) ? pout : 1.0 - pin;
	return GL_STATS_OK;
}

/* ----------------------------------------------------------------------
 * One-sample distributions
 * ---------------------------------------------------------------------- */

/*
 * log of the j-th Birnbaum-Tingey term of P(D_n^+ >= x):
 *   x C(n,j) (x + j/n)^(j-1) (1 - x - j/n)^(n-j)
 *     = (x / p) dbinom(j; n, p),  p = x + j/n,
 * with dbinom in Loader's saddle-point form (n p = j + n x and
 * n q = n - j - n x passed exactly).  j may be real (for the quadrature
 * below); -inf when the term is 0.
 */
static double
ks_bt_logterm(double nd, double nx, double x, double j)
{
	double		np = j + nx;
	double		nq = (nd - j) - nx;

	if (nq <= 0.0 || j < 0.0)
		return -INFINITY;
	if (j == 0.0)
		return nd * log1p(-x);
	return log(nx / np) + gl_stats_log_dbinom(j, nd, np, nq);
}

static double
ks_bt_term(double nd, double nx, double x, double j)
{
	return exp(ks_bt_logterm(nd, nx, x, j));
}

/*
 * Integral of the terms over j in [j0, j0 + s A (e^T - 1)] (s = +1) or
 * down from j0 (s = -1), with j = j0 + s A (e^t - 1): the terms vary on the
 * scale of their distance to the ends of [0, jmax], so in t they are
 * smooth on a scale of at least 0.02 (for 2 n x^2 <= 760).  Trapezoid rule
 * with step <= 0.001 plus the Euler-Maclaurin end corrections in h^2 and
 * h^4 (the split point sits at the peak, where they matter).
 */
#define KS_QUAD_STEP 0.001		/* quadrature step in t */

static double
ks_bt_integral(double nd, double nx, double x, double j0, double s,
			   double A, double T)
{
	int64_t		nstep = (int64_t) ceil(T / KS_QUAD_STEP);
	double		h;
	double		sum = 0.0;
	double		eps = 1e-3;
	double		d0;
	double		d1;
	double		t0;
	double		t1;
	int64_t		i;

#define KS_G(tt) (ks_bt_term(nd, nx, x, j0 + s * A * expm1(tt)) * A * exp(tt))
	if (nstep < 1)
		nstep = 1;
	h = T / (double) nstep;
	for (i = 0; i <= nstep; i++)
	{
		double		g = KS_G(h * (double) i);

		sum += (i == 0 || i == nstep) ? 0.5 * g : g;
	}
	sum *= h;
	/*
	 * First (fourth-order central difference) and third derivatives at
	 * both ends.
	 */
	{
		double		gp1 = KS_G(eps);
		double		gm1 = KS_G(-eps);
		double		gp2 = KS_G(2.0 * eps);
		double		gm2 = KS_G(-2.0 * eps);

		d0 = (8.0 * (gp1 - gm1) - (gp2 - gm2)) / (12.0 * eps);
		t0 = (gp2 - 2.0 * gp1 + 2.0 * gm1 - gm2) / (2.0 * eps * eps * eps);
		gp1 = KS_G(T + eps);
		gm1 = KS_G(T - eps);
		gp2 = KS_G(T + 2.0 * eps);
		gm2 = KS_G(T - 2.0 * eps);
		d1 = (8.0 * (gp1 - gm1) - (gp2 - gm2)) / (12.0 * eps);
		t1 = (gp2 - 2.0 * gp1 + 2.0 * gm1 - gm2) / (2.0 * eps * eps * eps);
	}
#undef KS_G
	return sum - h * h / 12.0 * (d1 - d0) + h * h * h * h / 720.0 * (t1 - t0);
}

/*
 * Sum of the Birnbaum-Tingey terms j = 0..jmax.  All terms are positive,
 * so there is no cancellation.  Up to 200000 terms are summed directly;
 * beyond, the first and last 20000 are summed and the middle, a smooth
 * function of j, is the Euler-Maclaurin formula
 *   sum_{j=A}^{B} f(j) = int_A^B f + (f(A) + f(B))/2 + (f'(B) - f'(A))/12
 * with the integral by ks_bt_integral (cost independent of n).
 */
static double
ks_bt_sum(double nd, double nx, double x, double jmax)
{
	const double E = 20000.0;
	double		sum = 0.0;
	double		A;
	double		B;
	double		C;
	double		fa;
	double		fb;
	double		dfa;
	double		dfb;

	if (jmax <= 200000.0)
	{
		/* counted in an integer: at most 200001 terms */
		int64_t		i;
		int64_t		last = (int64_t) jmax;

		for (i = 0; i <= last; i++)
		{
			if ((i & 4095) == 4095)
				gl_check_interrupts();
			sum += ks_bt_term(nd, nx, x, (double) i);
		}
		return sum;
	}
	A = E;
	B = jmax - E;
	{
		int			i;

		for (i = 0; i < (int) E; i++)
			sum += ks_bt_term(nd, nx, x, (double) i);
	}
	gl_check_interrupts();
	/*
	 * j = B + 1 .. jmax, about E terms, counted in an integer: past 2^53
	 * j += 1 would not move j (and this loop would never end).
	 */
	{
		long		i;
		long		count = (long) fmin(jmax - B, 2.0 * E);

		for (i = 1; i <= count; i++)
			sum += ks_bt_term(nd, nx, x, B + (double) i);
	}
	gl_check_interrupts();
	C = floor(0.5 * (A + B));
	fa = ks_bt_term(nd, nx, x, A);
	fb = ks_bt_term(nd, nx, x, B);
	dfa = 0.5 * (ks_bt_term(nd, nx, x, A + 1.0) - ks_bt_term(nd, nx, x, A - 1.0));
	dfb = 0.5 * (ks_bt_term(nd, nx, x, B + 1.0) - ks_bt_term(nd, nx, x, B - 1.0));
	sum += ks_bt_integral(nd, nx, x, A, 1.0, A, log1p((C - A) / A));
	sum += ks_bt_integral(nd, nx, x, B, -1.0, jmax - B, log1p((B - C) / (jmax - B)));
	sum += 0.5 * (fa + fb) + (dfb - dfa) / 12.0;
	return sum;
}

static double
ks_smirnov_sf_impl(int64_t n, double x)
{
	double		nd;
	double		nx;
	double		jmax;
	double		sum;

	if (isnan(x) || n < 1)
		return NAN;
	if (x <= 0.0)
		return 1.0;
	if (x >= 1.0)
		return 0.0;

	nd = (double) n;
	nx = nd * x;

	/*
	 * P(D_n^+ >= x) <= exp(-2 n x^2) (the Dvoretzky-Kiefer-Wolfowitz
	 * inequality with Massart's 1990 constant): below every double here.
	 */
	if (2.0 * nx * x > 760.0)
		return 0.0;
	jmax = floor(nd - nx);
	if (jmax > nd - 1.0)
		jmax = nd - 1.0;
	sum = ks_bt_sum(nd, nx, x, jmax);
	if (isnan(sum))
		return NAN;
	return (sum > 1.0) ? 1.0 : sum;
}

double
gl_ks_smirnov_sf(int64_t n, double x)
{
	return ks_smirnov_sf_impl(n, x);
}

/* C = A B for m x m matrices (row-major); C must not alias A or B. */
static void
ks_matmul(const double *A, const double *B, double *C, int m)
{
	int			i;
	int			j;
	int			k;

	gl_check_interrupts();
	for (i = 0; i < m; i++)
	{
		double	   *c = C + (size_t) i * m;

		for (j = 0; j < m; j++)
			c[j] = 0.0;
		for (k = 0; k < m; k++)
		{
			double		aik = A[(size_t) i * m + k];
			const double *b = B + (size_t) k * m;

			if (aik == 0.0)
				continue;
			for (j = 0; j < m; j++)
				c[j] += aik * b[j];
		}
	}
}

/* Scale M by a power of two so that its largest entry is in [0.5, 1). */
static void
ks_normalize(double *M, int m, int64_t *e)
{
	double		mx = 0.0;
	int			ex;
	size_t		i;
	size_t		mm = (size_t) m * m;

	for (i = 0; i < mm; i++)
		if (fabs(M[i]) > mx)
			mx = fabs(M[i]);
	if (mx == 0.0 || !isfinite(mx))
		return;
	(void) frexp(mx, &ex);
	for (i = 0; i < mm; i++)
		M[i] = ldexp(M[i], -ex);
	*e += ex;
}

/*
 * P(D_n < d) by Durbin's matrix (Marsaglia, Tsang & Wang 2003):
 * k = floor(n d) + 1, m = 2k - 1, h = k - n d,
 * H[i][j] = 1/(i-j+1)! for i-j+1 >= 0 (else 0), minus h^(i+1)/(i+1)! in
 * the first column and h^(m-j)/(m-j)! in the last row, plus
 * max(0, 2h-1)^m / m! in the corner; P = n!/n^n (H^n)[k-1][k-1].
 * Powers of two are tracked separately so nothing overflows.
 */
static double
ks_durbin_cdf(int64_t n, double d)
{
	double		nd = (double) n;
	int			k = (int) (nd * d) + 1;
	int			m = 2 * k - 1;
	double		h = (double) k - nd * d;
	double	   *H;
	double	   *R;
	double	   *B;
	double	   *T;
	int64_t		eR = 0;
	int64_t		eB = 0;
	int64_t		e = n;
	int64_t		i;
	int			j;
	double		s;

	if (k < 1 || m < 1)
		return NAN;
	H = (double *) gl_alloc(sizeof(double) * 4 * (size_t) m * m);
	if (H == NULL)
		return NAN;
	R = H + (size_t) m * m;
	B = R + (size_t) m * m;
	T = B + (size_t) m * m;

	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			H[i * m + j] = (i - j + 1 < 0) ? 0.0 : 1.0;
	for (i = 0; i < m; i++)
	{
		H[i * m] -= pow(h, (double) (i + 1));
		H[(int64_t) (m - 1) * m + i] -= pow(h, (double) (m - i));
	}
	if (2.0 * h - 1.0 > 0.0)
		H[(int64_t) (m - 1) * m] += pow(2.0 * h - 1.0, (double) m);
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			if (i - j + 1 > 0)
			{
				int			g;

				for (g = 1; g <= i - j + 1; g++)
					H[i * m + j] /= (double) g;
			}

	/* R = H^n by binary powering */
	for (i = 0; i < (int64_t) m * m; i++)
	{
		R[i] = 0.0;
		B[i] = H[i];
	}
	for (i = 0; i < m; i++)
		R[i * m + i] = 1.0;
	for (;;)
	{
		if (e & 1)
		{
			ks_matmul(R, B, T, m);
			memcpy(R, T, sizeof(double) * (size_t) m * m);
			eR += eB;
			ks_normalize(R, m, &eR);
		}
		e >>= 1;
		if (e == 0)
			break;
		ks_matmul(B, B, T, m);
		memcpy(B, T, sizeof(double) * (size_t) m * m);
		eB *= 2;
		ks_normalize(B, m, &eB);
	}

	s = R[(int64_t) (k - 1) * m + (k - 1)];
	gl_free(H);

	/* times n!/n^n */
	for (i = 1; i <= n; i++)
	{
		s = s * (double) i / nd;
		if (fabs(s) < 0x1p-500)
		{
			s = ldexp(s, 500);
			eR -= 500;
		}
	}
	if (eR < -2000)
		return 0.0;
	if (eR > 2000)
		return NAN;
	return ldexp(s, (int) eR);
}

/*
 * Pelz & Good (1976) expansion of P(D_n <= x), z = x sqrt(n):
 *   K0 + K1/sqrt(n) + K2/n + K3/n^(3/2),  sums over k >= 0 of terms in
 *   e^{-pi^2 (k+1/2)^2 / (2 z^2)} and over k >= 1 of terms in
 *   e^{-pi^2 k^2 / (2 z^2)} (as written in Simard & L'Ecuyer 2011).
 */
static double
ks_pelz_good_cdf(int64_t n, double x)
{
	double		nd = (double) n;
	double		z = x * sqrt(nd);
	double		z2 = z * z;
	double		z4 = z2 * z2;
	double		z6 = z4 * z2;
	double		z8 = z4 * z4;
	double		pi2 = M_PI * M_PI;
	double		pi4 = pi2 * pi2;
	double		pi6 = pi4 * pi2;
	double		c = sqrt(M_PI / 2.0);
	double		s0 = 0.0;
	double		s1 = 0.0;
	double		s2a = 0.0;
	double		s2b = 0.0;
	double		s3a = 0.0;
	double		s3b = 0.0;
	double		k0;
	double		k1;
	double		k2;
	double		k3;
	int			k;

	for (k = 0; k < 200; k++)
	{
		double		h = (double) k + 0.5;
		double		h2 = h * h;
		double		h4 = h2 * h2;
		double		h6 = h4 * h2;
		double		e = exp(-pi2 * h2 / (2.0 * z2));

		if (e == 0.0)
			break;
		s0 += e;
		s1 += (pi2 * h2 - z2) * e;
		s2a += (6.0 * z6 + 2.0 * z4 + pi2 * (2.0 * z4 - 5.0 * z2) * h2 +
				pi4 * (1.0 - 2.0 * z2) * h4) * e;
		s3a += (pi6 * h6 * (5.0 - 30.0 * z2) +
				pi4 * h4 * (-60.0 * z2 + 212.0 * z4) +
				pi2 * h2 * (135.0 * z4 - 96.0 * z6) -
				30.0 * z6 - 90.0 * z8) * e;
	}
	for (k = 1; k < 200; k++)
	{
		double		kk = (double) k * (double) k;
		double		e = exp(-pi2 * kk / (2.0 * z2));

		if (e == 0.0)
			break;
		s2b += pi2 * kk * e;
		s3b += (-pi4 * kk * kk + 3.0 * pi2 * kk * z2) * e;
	}
	k0 = sqrt(2.0 * M_PI) / z * s0;
	k1 = c / (3.0 * z4) * s1;
	k2 = c / (36.0 * z6 * z) * s2a - c / (18.0 * z2 * z) * s2b;
	k3 = c / (3240.0 * z8 * z2) * s3a + c / (108.0 * z6) * s3b;
	return k0 + k1 / sqrt(nd) + k2 / nd + k3 / (nd * sqrt(nd));
}

/*
 * P(D_n >= x), following the choice of method of Simard & L'Ecuyer (2011)
 * (as scipy's kstwo.sf does, so that scipy's 'asymp' values are matched):
 * exact Ruben-Gambino tails for n x <= 1 and n x >= n - 1, 2 x one-sided
 * (exact) for x >= 1/2; for n <= 140 Durbin's matrix for n x^2 < 4 (where
 * they use Durbin or Pomeranz, both exact) and Miller's 2 x one-sided
 * above; for n > 140 Miller's 2 x one-sided for n x^2 >= 2.2, Durbin's
 * matrix for n <= 10^5 and n x^(3/2) <= 1.4, else Pelz-Good.
 */
double
gl_ks_kolmogorov_sf(int64_t n, double x)
{
	double		nd;
	double		t;
	double		nx2;
	double		cdf;

	if (isnan(x) || n < 1)
		return NAN;
	if (x >= 1.0)
		return 0.0;
	if (x <= 0.0)
		return 1.0;
	nd = (double) n;
	t = nd * x;
	if (t <= 1.0)
	{
		/* Ruben-Gambino: P(D_n < x) = n!/n^n (2t - 1)^n for 1/2 < t <= 1 */
		int64_t		i;

		if (t <= 0.5)
			return 1.0;
		if (n <= 140)
		{
			cdf = 1.0;
			for (i = 1; i <= n; i++)
				cdf *= (double) i / nd * (2.0 * t - 1.0);
		}
		else
			cdf = exp(-nd + 0.5 * log(2.0 * M_PI * nd) + gl_stats_stirlerr(nd) +
					  nd * log(2.0 * t - 1.0));
		return gl_clamp01(1.0 - cdf);
	}
	if (t >= nd - 1.0)
		return gl_clamp01(2.0 * exp(nd * log1p(-x)));
	if (x >= 0.5)
		return gl_clamp01(2.0 * gl_ks_smirnov_sf(n, x));

	nx2 = t * x;
	if (n <= 140)
	{
		if (nx2 <= 4.0)
			cdf = ks_durbin_cdf(n, x);
		else
			return gl_clamp01(2.0 * gl_ks_smirnov_sf(n, x));
	}
	else
	{
		if (nx2 >= 370.0)
			return 0.0;
		if (nx2 >= 2.2)
			return gl_clamp01(2.0 * gl_ks_smirnov_sf(n, x));
		if (n <= 100000 && nd * pow(x, 1.5) <= 1.4)
			cdf = ks_durbin_cdf(n, x);
		else
			cdf = ks_pelz_good_cdf(n, x);
	}
	if (isnan(cdf))
		return NAN;
	return gl_clamp01(1.0 - cdf);
}

/* ----------------------------------------------------------------------
 * The test
 * ---------------------------------------------------------------------- */

int
gl_ks_test(const gl_ks_point *pts, size_t npts, gl_ks_alternative alt,
		   gl_ks_method method, gl_ks_result *out)
{
	gl_ks_source src = {pts, npts, NULL, 0, NULL, 0};

	return gl_ks_test_source(&src, alt, method, out);
}

int
gl_ks_test_source(const gl_ks_source *src, gl_ks_alternative alt,
				  gl_ks_method method, gl_ks_result *out)
{
	int64_t		n1;
	int64_t		n2;
	int64_t		g;
	ks_wide		dpos;
	ks_wide		dneg;
	ks_wide		dobs;
	ks_wide		lcm;
	double		stat;
	double		p;
	int			rc;
	int			exact;

	if (out == NULL)
		return GL_STATS_E_PARAM;
	out->statistic = 0.0;
	out->p_value = 1.0;
	out->n1 = 0;
	out->n2 = 0;
	out->method_used = GL_KS_EXACT;
	if (alt != GL_KS_TWO_SIDED && alt != GL_KS_LESS && alt != GL_KS_GREATER)
		return GL_STATS_E_PARAM;
	if (method != GL_KS_AUTO && method != GL_KS_EXACT && method != GL_KS_ASYMP)
		return GL_STATS_E_PARAM;

	rc = gl_ks_source_scan(src, &n1, &n2);
	if (rc != GL_STATS_OK)
		return rc;
	out->n1 = n1;
	out->n2 = n2;
	if (n1 == 0 || n2 == 0)
		return GL_STATS_E_EMPTY;

	ks_extremes(src, n1, n2, &dpos, &dneg);
	if (alt == GL_KS_GREATER)
		dobs = dpos;
	else if (alt == GL_KS_LESS)
		dobs = dneg;
	else
		dobs = (dpos > dneg) ? dpos : dneg;

	/* D = dobs / (n1 n2) = h / lcm, h = dobs / g, lcm = (n1 / g) n2 */
	g = ks_gcd(n1, n2);
	lcm = (ks_wide) (n1 / g) * n2;
	stat = (double) (dobs / g) / (double) lcm;

	if (method == GL_KS_AUTO)
		exact = (n1 <= GL_KS_AUTO_MAX_N && n2 <= GL_KS_AUTO_MAX_N);
	else
		exact = (method == GL_KS_EXACT);

	if (exact)
	{
		double		na = (double) (n1 < n2 ? n1 : n2);

		if (na * ((double) n1 + (double) n2) > GL_KS_EXACT_MAX_WORK)
			return GL_STATS_E_TOO_LARGE;
		if (dobs == 0)
			p = 1.0;
		else
		{
			rc = ks_exact_p(src, n1, n2, (int64_t) dobs,
							alt != GL_KS_LESS, alt != GL_KS_GREATER, &p);
			if (rc != GL_STATS_OK)
				return rc;
		}
	}
	else
	{
		double		m = (double) (n1 > n2 ? n1 : n2);
		double		nn = (double) (n1 > n2 ? n2 : n1);
		double		en = m * nn / (m + nn);

		if (alt == GL_KS_TWO_SIDED)
		{
			/* scipy: kstwo.sf(D, round(en)), round half to even */
			double		ne = nearbyint(en);

			if (ne < 1.0)
				ne = 1.0;
			p = gl_ks_kolmogorov_sf((int64_t) ne, stat);
		}
		else
		{
			/* Hodges (1958) eq. 5.3, m the larger sample */
			double		z = sqrt(en) * stat;
			double		expt = -2.0 * z * z -
				2.0 * z * (m + 2.0 * nn) / sqrt(m * nn * (m + nn)) / 3.0;

			p = exp(expt);
		}
	}

	if (isnan(p))
		return GL_STATS_E_NUMERIC;
	out->statistic = stat;
	out->p_value = gl_clamp01(p);
	out->method_used = exact ? GL_KS_EXACT : GL_KS_ASYMP;
	return GL_STATS_OK;
}

/* ----------------------------------------------------------------------
 * Canonical points: sorted by value, one point per value
 * ---------------------------------------------------------------------- */

/* interrupts are checked once per this many points in the long loops */
#define KS_CHUNK 4096

/*
 * Merge runs of equal values of a sorted array in place, dropping points
 * without observations, splitting totals above INT32_MAX over several
 * points of the value and writing 0 for -0; returns the new length.  A run
 * of m points never needs more than m output points, so writing never
 * overtakes reading.
 */
static size_t
ks_merge_runs(gl_ks_point *p, size_t n)
{
	size_t		r = 0;
	size_t		w = 0;
	size_t		runs = 0;

	while (r < n)
	{
		double		v = p[r].value;
		int64_t		c1 = 0;
		int64_t		c2 = 0;

		while (r < n && p[r].value == v)
		{
			c1 += p[r].n1;
			c2 += p[r].n2;
			r++;
		}
		w += gl_ks_emit_points(p + w, v, c1, c2);
		if ((++runs & (KS_CHUNK - 1)) == 0)
			gl_check_interrupts();
	}
	return w;
}

#define KS_RADIX_MIN 2048

/* points sorted by value */
#define KS_POINT_KEY(p) gl_double_key((p).value)
GL_DEFINE_RADIX_SORT(ks_radix_sort, gl_ks_point, KS_POINT_KEY)

static inline void
ks_swap(gl_ks_point *a, gl_ks_point *b)
{
	gl_ks_point t = *a;

	*a = *b;
	*b = t;
}

/*
 * In-place quicksort by value (median of three, Hoare partition, the
 * smaller side first so the stack stays O(log n)), insertion sort below 16
 * points.
 */
static void
ks_quicksort(gl_ks_point *p, size_t n)
{
	size_t		i;

	while (n > 16)
	{
		size_t		m = n / 2;
		double		pivot;
		size_t		lo;
		size_t		hi;

		if (p[m].value < p[0].value)
			ks_swap(&p[m], &p[0]);
		if (p[n - 1].value < p[m].value)
		{
			ks_swap(&p[n - 1], &p[m]);
			if (p[m].value < p[0].value)
				ks_swap(&p[m], &p[0]);
		}
		pivot = p[m].value;
		/* p[0] <= pivot <= p[n-1]: the scans stop inside the array */
		lo = 0;
		hi = n - 1;
		for (;;)
		{
			do
				lo++;
			while (p[lo].value < pivot);
			do
				hi--;
			while (p[hi].value > pivot);
			if (lo >= hi)
				break;
			ks_swap(&p[lo], &p[hi]);
		}
		/* p[0 .. hi] <= pivot <= p[hi+1 .. n) */
		if (n >= KS_CHUNK)
			gl_check_interrupts();
		if (hi + 1 < n - hi - 1)
		{
			ks_quicksort(p, hi + 1);
			p += hi + 1;
			n -= hi + 1;
		}
		else
		{
			ks_quicksort(p + hi + 1, n - hi - 1);
			n = hi + 1;
		}
	}
	for (i = 1; i < n; i++)
	{
		gl_ks_point x = p[i];
		size_t		j = i;

		while (j > 0 && p[j - 1].value > x.value)
		{
			p[j] = p[j - 1];
			j--;
		}
		p[j] = x;
	}
}

size_t
gl_ks_points_canonicalize(gl_ks_point *pts, size_t npts)
{
	size_t		i = 1;

	/* already sorted (a merge of two canonical arrays, ordered input)? */
	while (i < npts && pts[i - 1].value <= pts[i].value)
		i++;
	if (i < npts)
	{
		gl_ks_point *tmp = NULL;

		if (npts >= KS_RADIX_MIN)
			tmp = (gl_ks_point *) gl_alloc(npts * sizeof(gl_ks_point));
		if (tmp != NULL)
			ks_radix_sort(pts, npts, tmp);
		else
			ks_quicksort(pts, npts);
		gl_free(tmp);
	}
	return ks_merge_runs(pts, npts);
}

int
gl_ks_points_from_samples(const double *x, size_t n1, const double *y,
						  size_t n2, gl_ks_point **pts, size_t *npts)
{
	gl_ks_point *res;
	size_t		i;

	if (pts == NULL || npts == NULL)
		return GL_STATS_E_PARAM;
	*pts = NULL;
	*npts = 0;
	if ((x == NULL && n1 > 0) || (y == NULL && n2 > 0))
		return GL_STATS_E_PARAM;
	for (i = 0; i < n1; i++)
		if (isnan(x[i]))
			return GL_STATS_E_PARAM;
	for (i = 0; i < n2; i++)
		if (isnan(y[i]))
			return GL_STATS_E_PARAM;
	if (n1 + n2 == 0)
		return GL_STATS_OK;
	if (n1 > SIZE_MAX / 2 / sizeof(gl_ks_point) ||
		n2 > SIZE_MAX / 2 / sizeof(gl_ks_point) - n1)
		return GL_STATS_E_OVERFLOW;

	/* one point per observation; merging never needs more */
	res = (gl_ks_point *) gl_alloc(sizeof(gl_ks_point) * (n1 + n2));
	if (res == NULL)
		return GL_STATS_E_NOMEM;
	for (i = 0; i < n1; i++)
	{
		res[i].value = x[i];
		res[i].n1 = 1;
		res[i].n2 = 0;
	}
	for (i = 0; i < n2; i++)
	{
		res[n1 + i].value = y[i];
		res[n1 + i].n1 = 0;
		res[n1 + i].n2 = 1;
	}
	*pts = res;
	*npts = gl_ks_points_canonicalize(res, n1 + n2);
	return GL_STATS_OK;
}
