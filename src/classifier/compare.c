/*
 * classifier/compare.c - two proportions and two paired models (see
 * compare.h).
 */
#include "classifier/compare.h"

#include <math.h>
#include <string.h>


#include "base/alloc.h"
#include "classifier/classifier.h"
#include "stats/binomial.h"

int
gl_cls_diff_2indep(gl_cls_count a, gl_cls_count b, double conf,
				   gl_cls_diff *out)
{
	double		la,
				ua,
				lb,
				ub,
				pooled,
				v,
				nn;

	memset(out, 0, sizeof(*out));
	if (a.n <= 0 || b.n <= 0)
		return GL_CLS_OK;
	if (gl_binom_wilson((long) a.k, (long) a.n, conf, &la, &ua) != GL_STATS_OK ||
		gl_binom_wilson((long) b.k, (long) b.n, conf, &lb, &ub) != GL_STATS_OK)
		return GL_CLS_NUMERIC;
	out->defined = true;
	out->rate_a = (double) a.k / (double) a.n;
	out->rate_b = (double) b.k / (double) b.n;
	out->difference = out->rate_a - out->rate_b;
	/* Newcombe (1998), method 10 */
	out->lower = out->difference -
		sqrt((out->rate_a - la) * (out->rate_a - la) +
			 (ub - out->rate_b) * (ub - out->rate_b));
	out->upper = out->difference +
		sqrt((ua - out->rate_a) * (ua - out->rate_a) +
			 (out->rate_b - lb) * (out->rate_b - lb));

	/* score test of a - b = 0: the restricted estimate is the pooled rate */
	nn = (double) a.n + (double) b.n;
	pooled = ((double) a.k + (double) b.k) / nn;
	v = pooled * (1.0 - pooled) * (1.0 / (double) a.n + 1.0 / (double) b.n) *
		(nn / (nn - 1.0));
	if (v > 0.0)
		out->p_value = erfc(fabs(out->difference) / sqrt(v) / M_SQRT2);
	else
		out->p_value = 1.0;
	if (out->p_value > 1.0)
		out->p_value = 1.0;
	return GL_CLS_OK;
}

/*
 * P(X <= m) for X ~ Bin(n, 1/2), m < n / 2: the terms from m down, the
 * first from Loader's saddle-point form (gl_stats_log_dbinom), each next by
 * the ratio k / (n - k + 1), until they no longer change the sum.  Relative
 * error about 1e-15 times the log of the number of terms summed.
 */
static int
lower_tail_half(int64_t m, int64_t n, double *out)
{
	double		half = (double) n / 2.0;
	double		t = exp(gl_stats_log_dbinom((double) m, (double) n, half, half));
	long double sum = 0;
	int64_t		k;

	if (!isfinite(t))
		return GL_CLS_NUMERIC;
	for (k = m; k >= 0; k--)
	{
		sum += t;
		if (t < sum * 1e-18L)
			break;
		t *= (double) k / (double) (n - k + 1);
		if ((k & 0xFFFF) == 0)
			gl_check_interrupts();
	}
	*out = (double) sum;
	return GL_CLS_OK;
}

int
gl_cls_mcnemar_test(int64_t b, int64_t c, gl_cls_mcnemar_method method,
					gl_cls_mcnemar *out)
{
	double		n = (double) b + (double) c;

	memset(out, 0, sizeof(*out));
	out->p_value = 1.0;
	if (b == 0 && c == 0)
		return GL_CLS_OK;
	if (method == GL_CLS_MCNEMAR_EXACT)
	{
		int64_t		m = b < c ? b : c;
		double		cdf;
		int			rc;

		out->statistic = (double) m;
		if (b == c)
			return GL_CLS_OK;	/* P(X <= n/2) >= 1/2: p = 1 */
		if ((rc = lower_tail_half(m, b + c, &cdf)) != GL_CLS_OK)
			return rc;
		out->p_value = 2.0 * cdf < 1.0 ? 2.0 * cdf : 1.0;
	}
	else
	{
		double		d = fabs((double) b - (double) c);

		if (method == GL_CLS_MCNEMAR_CHISQ && b != c)
			d -= 1.0;
		out->statistic = d * d / n;
		out->p_value = erfc(sqrt(out->statistic / 2.0));
	}
	return GL_CLS_OK;
}
