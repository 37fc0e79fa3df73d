/*
 * binomial.c - confidence intervals for a binomial proportion.
 *
 * References:
 *   E. B. Wilson, "Probable inference, the law of succession, and
 *     statistical inference", JASA 22 (1927) 209-212.
 *   C. J. Clopper and E. S. Pearson, "The use of confidence or fiducial
 *     limits illustrated in the case of the binomial", Biometrika 26 (1934)
 *     404-413.
 *
 *   C. Loader, "Fast and accurate computation of binomial probabilities"
 *     (2000): saddle-point binomial probabilities (stirlerr, bd0).
 *   M. Abramowitz and I. A. Stegun, Handbook of Mathematical Functions
 *     (1964), 26.5.8: continued fraction of the incomplete beta function,
 *     evaluated by the modified Lentz method (Thompson & Barnett 1986).
 *
 * GSL supplies the normal quantile.  The beta quantiles of Clopper-Pearson
 * are computed here: GSL 2.7's gsl_cdf_beta_Pinv returns NaN for e.g.
 * (k, n) = (5000, 10000) and runs for minutes at n = 1e9.  No GSL error
 * handler is installed here (see binomial.h); every GSL result is checked
 * for NaN and turned into GL_STATS_E_NUMERIC.  The long loops (the
 * continued fraction, the direct tail sums) call gl_check_interrupts()
 * every 4096 terms.
 */
#include "stats/binomial.h"

#include <math.h>
#include <float.h>
#include <stddef.h>

#include <gsl/gsl_cdf.h>

#include "base/alloc.h"
#include "base/numeric.h"

int
gl_binom_check_confidence(double conf)
{
	/* written so that NaN fails too */
	if (!(conf > 0.0 && conf < 1.0))
		return GL_STATS_E_CONFIDENCE;
	if (conf < GL_STATS_CONFIDENCE_MIN || conf > GL_STATS_CONFIDENCE_MAX)
		return GL_STATS_E_CONFIDENCE_RANGE;
	return GL_STATS_OK;
}

/* Common argument checks; on failure the outputs get the neutral [0,1]. */
static int
binom_check(long k, long n, double conf, double *lo, double *hi)
{
	if (lo == NULL || hi == NULL)
		return GL_STATS_E_PARAM;
	*lo = 0.0;
	*hi = 1.0;
	if (n <= 0 || k < 0 || k > n)
		return GL_STATS_E_PARAM;
	if (n > GL_STATS_COUNT_MAX)
		return GL_STATS_E_COUNT_LIMIT;
	return gl_binom_check_confidence(conf);
}

int
gl_binom_wilson(long k, long n, double conf, double *lo, double *hi)
{
	double		alpha;
	double		z;
	double		z2;
	double		nd;
	double		kd;
	double		denom;
	double		centre;
	double		half;
	double		l;
	double		h;
	int			rc;

	rc = binom_check(k, n, conf, lo, hi);
	if (rc != GL_STATS_OK)
		return rc;

	/*
	 * z = Phi^-1(1 - alpha/2), taken from the upper tail so that a conf
	 * close to 1 does not lose digits in 1 - alpha/2.
	 */
	alpha = 1.0 - conf;
	z = gsl_cdf_ugaussian_Qinv(alpha / 2.0);
	if (!isfinite(z) || z <= 0.0)
		return GL_STATS_E_NUMERIC;

	nd = (double) n;
	kd = (double) k;
	z2 = z * z;
	denom = 2.0 * (nd + z2);
	centre = (2.0 * kd + z2) / denom;
	half = z * sqrt(4.0 * kd * (nd - kd) / nd + z2) / denom;

	/*
	 * Lower bound.  centre - half cancels when k is small against n; since
	 * centre^2 - half^2 = 4k^2 (1 + z^2/n) / denom^2 exactly, use
	 * lower = k^2 (1 + z^2/n) / ((n + z^2)^2 (centre + half)) instead.
	 */
	if (k == 0)
		l = 0.0;
	else
		l = kd * kd * (1.0 + z2 / nd) /
			((nd + z2) * (nd + z2) * (centre + half));
	h = (k == n) ? 1.0 : centre + half;

	if (!isfinite(l) || !isfinite(h))
		return GL_STATS_E_NUMERIC;
	*lo = gl_clamp01(l);
	*hi = gl_clamp01(h);
	return GL_STATS_OK;
}

#define GL_LOG_SQRT_2PI 0.91893853320467274178	/* log(sqrt(2 pi)) */

double
gl_stats_stirlerr(double n)
{
	const double S0 = 1.0 / 12.0;
	const double S1 = 1.0 / 360.0;
	const double S2 = 1.0 / 1260.0;
	const double S3 = 1.0 / 1680.0;
	const double S4 = 1.0 / 1188.0;
	double		nn;

	if (n <= 15.0)
	{
		/* direct, in extended precision: the cancellation is mild here */
		long double ln = (long double) n;

		return (double) (lgammal(ln + 1.0L) - (ln + 0.5L) * logl(ln) + ln -
						 (long double) GL_LOG_SQRT_2PI);
	}
	/* Stirling's series */
	nn = n * n;
	return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/* Loader's bd0(x, np) = x log(x/np) + np - x, without cancellation. */
static double
bd0(double x, double np)
{
	if (fabs(x - np) < 0.1 * (x + np))
	{
		double		v = (x - np) / (x + np);
		double		s = (x - np) * v;
		double		ej = 2.0 * x * v;
		double		v2 = v * v;
		int			j;

		for (j = 1; j < 1000; j++)
		{
			double		s1;

			ej *= v2;
			s1 = s + ej / (double) (2 * j + 1);
			if (s1 == s)
				return s1;
			s = s1;
		}
		return s;
	}
	return x * log(x / np) + np - x;
}

double
gl_stats_log_dbinom(double k, double n, double np, double nq)
{
	if (k < 0.0 || k > n || np < 0.0 || nq < 0.0)
		return -INFINITY;
	if (k == 0.0)
		return (np == 0.0) ? 0.0 : -bd0(n, nq) - np;	/* n log q */
	if (k == n)
		return (nq == 0.0) ? 0.0 : -bd0(n, np) - nq;	/* n log p */
	if (np == 0.0 || nq == 0.0)
		return -INFINITY;
	return gl_stats_stirlerr(n) - gl_stats_stirlerr(k) -
		gl_stats_stirlerr(n - k) - bd0(k, np) - bd0(n - k, nq) +
		0.5 * log(n / (k * (n - k))) - GL_LOG_SQRT_2PI;
}

/*
 * The continued fraction of A&S 26.5.8 for I_x(a, b) = front * cf:
 * cf = 1 / (1 + d1 / (1 + d2 / (1 + ...))),
 * d(2m+1) = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),
 * d(2m)   = m (b-m) x / ((a+2m-1)(a+2m)).
 * It converges quickly for x < (a+1)/(a+b+2), in O(sqrt(max(a,b))) terms
 * at worst.  NaN if it does not converge.
 */
static double
beta_cf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double		c = 1.0;
	double		d = 0.0;
	double		f = 1.0;
	long		m;

	for (m = 0; m < 100000000L; m++)
	{
		double		dm = (double) m;
		double		num;
		double		delta;
		int			half;

		if ((m & 4095) == 4095)
			gl_check_interrupts();

		for (half = 0; half < 2; half++)
		{
			if (half == 0)
				num = -(a + dm) * (a + b + dm) * x /
					((a + 2.0 * dm) * (a + 2.0 * dm + 1.0));
			else
				num = (dm + 1.0) * (b - dm - 1.0) * x /
					((a + 2.0 * dm + 1.0) * (a + 2.0 * dm + 2.0));
			d = 1.0 + num * d;
			if (fabs(d) < tiny)
				d = tiny;
			c = 1.0 + num / c;
			if (fabs(c) < tiny)
				c = tiny;
			d = 1.0 / d;
			delta = c * d;
			f *= delta;
			if (fabs(delta - 1.0) < 1e-16)
				return 1.0 / f;
		}
	}
	return NAN;
}

/*
 * P(X >= k) for X ~ Binomial(n, p), 1 <= k <= n, q = 1 - p given
 * separately: = I_p(k, n-k+1) with front = dbinom(k; n, p) q, or, past the
 * mode, 1 - I_q(n-k+1, k) with front = dbinom(k-1; n, p) p.
 */
static double
binom_ge(double k, double n, double p, double q)
{
	double		a = k;
	double		b = n - k + 1.0;

	if (p <= 0.0)
		return 0.0;
	if (q <= 0.0)
		return 1.0;
	if (p < (a + 1.0) / (a + b + 2.0))
		return exp(gl_stats_log_dbinom(k, n, n * p, n * q)) * q *
			beta_cf(a, b, p);
	return 1.0 - exp(gl_stats_log_dbinom(k - 1.0, n, n * p, n * q)) * p *
		beta_cf(b, a, q);
}

/*
 * Sum of binomial probabilities from j0 away from the mean (dir = +1 up,
 * -1 down) until the terms are negligible: the short side of a tail.
 * Terms by the ratio dbinom(j+1)/dbinom(j) = (n-j) p / ((j+1) q), re-seeded
 * from Loader's formula every 256 terms so that rounding cannot drift.
 * Bounded: n is at most GL_STATS_COUNT_MAX = 2^53 (binom_check), so
 * j +/- 1 is exact; and the sum stops after TAIL_SUM_MAX_TERMS terms (NaN,
 * i.e. GL_STATS_E_NUMERIC): with n p q <= 5e8 (binom_tail) the standard
 * deviation is at most 22361 and the terms fall below 1e-18 of the sum
 * within about 40 of them, far fewer.
 */
#define TAIL_SUM_MAX_TERMS 100000000L

static double
binom_tail_sum(double j0, double n, double p, double q, int dir)
{
	double		np = n * p;
	double		nq = n * q;
	double		j = j0;
	double		t = exp(gl_stats_log_dbinom(j, n, np, nq));
	double		sum = 0.0;
	long		i = 0;

	while (j >= 0.0 && j <= n)
	{
		if (i >= TAIL_SUM_MAX_TERMS)
			return NAN;
		sum += t;
		if (t <= sum * 1e-18)
			break;
		if (dir > 0)
		{
			t *= (n - j) / (j + 1.0) * (p / q);
			j += 1.0;
		}
		else
		{
			t *= j / (n - j + 1.0) * (q / p);
			j -= 1.0;
		}
		if ((++i & 255) == 0 && j >= 0.0 && j <= n)
			t = exp(gl_stats_log_dbinom(j, n, np, nq));
		if ((i & 4095) == 0)
			gl_check_interrupts();
	}
	return sum;
}

/*
 * P(X >= k) (upper != 0) or P(X <= k) (upper == 0), X ~ Binomial(n, p),
 * 0 <= k <= n, q = 1 - p given separately.  When the spread n p q is
 * moderate (<= 5e8, at most ~2e5 terms) the side away from the mean is
 * summed directly; otherwise the continued fraction, whose rounding error
 * grows like n eps (about 1e-12 at n = 1e8; it also loses digits when one
 * of k, n-k is small and n is huge, which the direct sum covers).
 */
static double
binom_tail(double k, double n, double p, double q, int upper)
{
	double		mean = n * p;

	if (p <= 0.0)
		return upper ? (k <= 0.0 ? 1.0 : 0.0) : 1.0;
	if (q <= 0.0)
		return upper ? 1.0 : (k >= n ? 1.0 : 0.0);
	if (upper && k <= 0.0)
		return 1.0;
	if (!upper && k >= n)
		return 1.0;
	if (n * p * q <= 5e8)
	{
		if (upper)
			return (k > mean) ? binom_tail_sum(k, n, p, q, +1) :
				1.0 - binom_tail_sum(k - 1.0, n, p, q, -1);
		return (k < mean) ? binom_tail_sum(k, n, p, q, -1) :
			1.0 - binom_tail_sum(k + 1.0, n, p, q, +1);
	}
	if (upper)
		return binom_ge(k, n, p, q);
	return binom_ge(n - k, n, q, p);
}

/*
 * H(p) and dH/dp for the two Clopper-Pearson equations, k successes in n:
 * lower: H = P(X >= k)  (increasing), dH/dp = (k/p) dbinom(k; n, p);
 * upper: H = P(X <= k)  (decreasing), dH/dp = -((n-k)/q) dbinom(k; n, p).
 */
static void
cp_eval(int upper, double k, double n, double p, double *h, double *dh)
{
	double		q = 1.0 - p;
	double		pmf = exp(gl_stats_log_dbinom(k, n, n * p, n * q));

	if (!upper)
	{
		*h = binom_tail(k, n, p, q, 1);
		*dh = k / p * pmf;
	}
	else
	{
		*h = binom_tail(k, n, p, q, 0);
		*dh = -(n - k) / q * pmf;
	}
}

/*
 * Solve H(p) = t (t in (0, 1/2]) for p = e^u: Newton's method on
 * log H(e^u) - log t, kept inside a bracket [ulo, uhi] (bisection when a
 * step leaves it), so that small bounds get full relative precision.
 * u0 is a starting point (e.g. the Wilson bound).
 */
static int
cp_solve(int upper, double k, double n, double t, double u0, double *res)
{
	double		sgn = upper ? -1.0 : 1.0;	/* sign of dH/dp */
	double		ulo = -INFINITY;
	double		uhi = 0.0;
	double		u = u0;
	double		step = 0.5;
	double		umin = log(DBL_MIN);
	double		h;
	double		dh;
	int			it;

	/*
	 * Bracket: g(u) = sgn (H(e^u) - t) increases with u, and g(0) > 0
	 * (p = 1: P(X >= k) = 1, P(X <= k) = 0 for k < n).  Walk down from u0
	 * in doubling steps until g < 0.
	 */
	if (u > 0.0)
		u = 0.0;
	for (it = 0; it < 200; it++)
	{
		if (u < umin)
			return GL_STATS_E_NUMERIC;
		cp_eval(upper, k, n, exp(u), &h, &dh);
		if (isnan(h))
			return GL_STATS_E_NUMERIC;
		if (sgn * (h - t) < 0.0)
		{
			ulo = u;
			break;
		}
		uhi = u;
		u -= step;
		step *= 2.0;
	}
	if (ulo == -INFINITY)
		return GL_STATS_E_NUMERIC;

	/* safeguarded Newton in u, from the last point evaluated */
	for (it = 0; it < 300; it++)
	{
		double		p = exp(u);
		double		g;
		double		dg;
		double		un;

		cp_eval(upper, k, n, p, &h, &dh);
		if (isnan(h) || isnan(dh))
			return GL_STATS_E_NUMERIC;
		if (sgn * (h - t) >= 0.0)
			uhi = u;
		else
			ulo = u;
		if (h > 0.0 && dh != 0.0 && isfinite(dh))
		{
			g = log(h / t);
			dg = p * dh / h;
			un = u - g / dg;
		}
		else
			un = 0.5 * (ulo + uhi);
		if (!(un > ulo && un < uhi))
			un = 0.5 * (ulo + uhi);
		if (fabs(un - u) <= 4.0 * DBL_EPSILON * fmax(1.0, fabs(u)) ||
			uhi - ulo <= 4.0 * DBL_EPSILON * fmax(1.0, fabs(u)))
		{
			*res = exp(un);
			return GL_STATS_OK;
		}
		u = un;
	}
	return GL_STATS_E_NUMERIC;
}

static int	clopper_pearson(long k, long n, double conf, double *lo, double *hi);

/*
 * Above CP_REFLECT_MIN trials, a bound close to 1 is computed as 1 minus
 * the other bound of n - k successes (the interval of the failures): near 1
 * a double resolves only 1.1e-16, too coarse for the equation in p when
 * 1/n is smaller still (k = n - 1 of n = 9e15 gave upper < lower).
 */
#define CP_REFLECT_MIN 1099511627776L	/* 2^40 */

int
gl_binom_clopper_pearson(long k, long n, double conf, double *lo, double *hi)
{
	int			rc;
	double		rlo;
	double		rhi;

	if (n > CP_REFLECT_MIN && k > n - k && n <= GL_STATS_COUNT_MAX)
	{
		rc = clopper_pearson(n - k, n, conf, &rlo, &rhi);
		if (rc != GL_STATS_OK)
			return rc;
		*lo = gl_clamp01(1.0 - rhi);
		*hi = gl_clamp01(1.0 - rlo);
		return GL_STATS_OK;
	}
	return clopper_pearson(k, n, conf, lo, hi);
}

static int
clopper_pearson(long k, long n, double conf, double *lo, double *hi)
{
	double		alpha;
	double		t;
	double		wlo;
	double		whi;
	double		l = 0.0;
	double		h = 1.0;
	double		kd = (double) k;
	double		nd = (double) n;
	int			rc;

	rc = binom_check(k, n, conf, lo, hi);
	if (rc != GL_STATS_OK)
		return rc;

	alpha = 1.0 - conf;
	t = alpha / 2.0;

	/* the Wilson interval is a good starting point */
	rc = gl_binom_wilson(k, n, conf, &wlo, &whi);
	if (rc != GL_STATS_OK)
		return rc;

	/* lower: P(X >= k | p) = alpha/2, i.e. BetaInv(alpha/2; k, n-k+1) */
	if (k > 0)
	{
		double		u0 = log(wlo > 0.0 ? wlo : kd / nd);

		rc = cp_solve(0, kd, nd, t, u0, &l);
		if (rc != GL_STATS_OK)
			return rc;
	}
	/* upper: P(X <= k | p) = alpha/2, i.e. BetaInv(1-alpha/2; k+1, n-k) */
	if (k < n)
	{
		double		u0 = log(whi < 1.0 ? whi : (kd + 0.5) / nd);

		rc = cp_solve(1, kd, nd, t, u0, &h);
		if (rc != GL_STATS_OK)
			return rc;
	}

	if (!isfinite(l) || !isfinite(h))
		return GL_STATS_E_NUMERIC;
	*lo = gl_clamp01(l);
	*hi = gl_clamp01(h);
	if (*lo > *hi)
		return GL_STATS_E_NUMERIC;
	return GL_STATS_OK;
}
