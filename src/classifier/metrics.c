/*
 * classifier/metrics.c - ROC AUC with DeLong's interval, average
 * precision, the threshold curve and choice, calibration (see metrics.h).
 */
#include "classifier/metrics.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "base/alloc.h"
#include "stats/binomial.h"

typedef __int128 int128;

int
gl_cls_prop_interval(int64_t k, int64_t n, double conf, gl_cls_method method,
					 gl_cls_prop *out)
{
	int			rc;

	memset(out, 0, sizeof(*out));
	out->k = k;
	out->n = n;
	if (n <= 0)
		return GL_CLS_OK;
	out->defined = true;
	out->rate = (double) k / (double) n;
	if (method == GL_CLS_CLOPPER_PEARSON)
		rc = gl_binom_clopper_pearson((long) k, (long) n, conf, &out->lower,
									  &out->upper);
	else
		rc = gl_binom_wilson((long) k, (long) n, conf, &out->lower,
							 &out->upper);
	return rc == GL_STATS_OK ? GL_CLS_OK : GL_CLS_NUMERIC;
}

/* z of a two-sided interval at conf */
static int
two_sided_z(double conf, double *z)
{
	*z = gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - conf) / 2.0);
	return isfinite(*z) && *z > 0 ? GL_CLS_OK : GL_CLS_NUMERIC;
}

/* ---- ROC AUC -------------------------------------------------------------- */

/* counts up to 2^62 keep every product below in range */
#define AUC_MAX_COUNT ((int64_t) 1 << 62)

int
gl_cls_auc(const gl_score_entry *e, size_t n, double conf, gl_auc *out)
{
	gl_score_totals t;
	int128		two_u = 0,
				below = 0,
				above,
				two_pn;
	long double s10 = 0,
				s01 = 0;
	double		z,
				scale;
	size_t		i;
	int			rc;

	memset(out, 0, sizeof(*out));
	gl_scores_totals(e, n, &t);
	out->positives = t.pos;
	out->negatives = t.neg;
	if (t.pos == 0 || t.neg == 0)
		return GL_CLS_OK;
	if (t.pos >= AUC_MAX_COUNT || t.neg >= AUC_MAX_COUNT)
		return GL_CLS_OVERFLOW;

	/* 2U = sum over scores of pos * (2 * negatives below + negatives tied) */
	for (i = 0; i < n; i++)
	{
		two_u += (int128) e[i].pos * (2 * below + e[i].neg);
		below += e[i].neg;
	}
	two_pn = 2 * (int128) t.pos * t.neg;
	out->defined = true;
	/* both conversions round monotonically: 2U <= 2PN gives auc <= 1 */
	out->auc = (double) two_u / (double) two_pn;

	if (t.pos < 2 || t.neg < 2)
		return GL_CLS_OK;

	/*
	 * Placement values, exact with ties: a positive at s has
	 * V10 = (neg below + neg at s / 2) / N, a negative at s has
	 * V01 = (pos above + pos at s / 2) / P.  Their deviations from the AUC,
	 * times 2PN, are integers: P (2 below + neg_s) - 2U and
	 * N (2 above + pos_s) - 2U.
	 */
	below = 0;
	above = t.pos;
	for (i = 0; i < n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			gl_check_interrupts();
		above -= e[i].pos;
		if (e[i].pos > 0)
		{
			double		d = (double) ((int128) t.pos * (2 * below + e[i].neg) - two_u);

			s10 += (long double) e[i].pos * d * d;
		}
		if (e[i].neg > 0)
		{
			double		d = (double) ((int128) t.neg * (2 * above + e[i].pos) - two_u);

			s01 += (long double) e[i].neg * d * d;
		}
		below += e[i].neg;
	}
	scale = (double) two_pn;
	out->variance = (double) ((s10 / ((long double) (t.pos - 1) * t.pos) +
							   s01 / ((long double) (t.neg - 1) * t.neg)) /
							  ((long double) scale * scale));
	if ((rc = two_sided_z(conf, &z)) != GL_CLS_OK)
		return rc;
	out->has_interval = true;
	out->lower = out->auc - z * sqrt(out->variance);
	out->upper = out->auc + z * sqrt(out->variance);
	if (out->lower < 0.0)
		out->lower = 0.0;
	if (out->upper > 1.0)
		out->upper = 1.0;
	return GL_CLS_OK;
}

void
gl_cls_auc_error_bound(const gl_score_entry *e, size_t n, int digits,
					   double *out, bool *defined)
{
	gl_score_totals t;
	int128		tied = 0;
	size_t		i;

	gl_scores_totals(e, n, &t);
	*defined = t.pos > 0 && t.neg > 0;
	*out = 0.0;
	if (!*defined || digits < 0)
		return;
	for (i = 0; i < n; i++)
		tied += (int128) e[i].pos * e[i].neg;
	*out = (double) tied / (2.0 * (double) t.pos * (double) t.neg);
}

void
gl_cls_average_precision(const gl_score_entry *e, size_t n, double *out,
						 bool *defined)
{
	gl_score_totals t;
	int64_t		tp = 0,
				fp = 0;
	long double ap = 0;
	size_t		i;

	gl_scores_totals(e, n, &t);
	*defined = t.pos > 0;
	*out = 0.0;
	if (!*defined)
		return;
	for (i = n; i-- > 0;)
	{
		tp += e[i].pos;
		fp += e[i].neg;
		if (e[i].pos > 0)
			ap += ((long double) e[i].pos / t.pos) *
				((long double) tp / (long double) (tp + fp));
	}
	*out = (double) ap;
}

/* ---- thresholds ------------------------------------------------------------ */

bool
gl_cls_curve_next(const gl_score_entry *e, size_t n, gl_cls_cursor *cur,
				  gl_cls_point *pt)
{
	if (!cur->started)
	{
		cur->started = true;
		cur->next = n;
		gl_scores_totals(e, n, &cur->tot);
		memset(&cur->pt, 0, sizeof(cur->pt));
		cur->pt.threshold = INFINITY;
		cur->pt.fn = cur->tot.pos;
		cur->pt.tn = cur->tot.neg;
		*pt = cur->pt;
		return true;
	}
	while (cur->next > 0)
	{
		const gl_score_entry *x = &e[--cur->next];

		cur->pt.flagged += x->pos + x->neg + x->unv;
		cur->pt.unverified += x->unv;
		cur->pt.tp += x->pos;
		cur->pt.fp += x->neg;
		if (x->pos + x->neg > 0)
		{
			cur->pt.threshold = x->score;
			cur->pt.fn = cur->tot.pos - cur->pt.tp;
			cur->pt.tn = cur->tot.neg - cur->pt.fp;
			*pt = cur->pt;
			return true;
		}
	}
	return false;
}

void
gl_cls_metric_counts(const gl_cls_point *pt, gl_cls_metric m, int64_t *k,
					 int64_t *n)
{
	switch (m)
	{
		case GL_CLS_M_FDR:
			*k = pt->fp;
			*n = pt->tp + pt->fp;
			break;
		case GL_CLS_M_FPR:
			*k = pt->fp;
			*n = pt->fp + pt->tn;
			break;
		case GL_CLS_M_RECALL:
			*k = pt->tp;
			*n = pt->tp + pt->fn;
			break;
		case GL_CLS_M_PRECISION:
			*k = pt->tp;
			*n = pt->tp + pt->fp;
			break;
		case GL_CLS_M_SPECIFICITY:
		default:
			*k = pt->tn;
			*n = pt->tn + pt->fp;
			break;
	}
}

bool
gl_cls_metric_at_most(gl_cls_metric m)
{
	return m == GL_CLS_M_FDR || m == GL_CLS_M_FPR;
}

int
gl_cls_choose(const gl_score_entry *e, size_t n, gl_cls_metric m,
			  double target, double conf, gl_cls_method method,
			  gl_cls_choice *out)
{
	gl_cls_cursor cur;
	gl_cls_point pt;
	bool		at_most = gl_cls_metric_at_most(m);
	bool		highest = (m == GL_CLS_M_RECALL);
	size_t		steps = 0;

	memset(&cur, 0, sizeof(cur));
	memset(out, 0, sizeof(*out));
	gl_cls_curve_next(e, n, &cur, &pt);	/* +inf flags nothing: not a
										 * candidate */
	while (gl_cls_curve_next(e, n, &cur, &pt))
	{
		gl_cls_prop prop;
		int64_t		k,
					d;
		int			rc;

		if ((++steps & 0x3FFF) == 0)
			gl_check_interrupts();
		gl_cls_metric_counts(&pt, m, &k, &d);
		if (d == 0)
			continue;
		rc = gl_cls_prop_interval(k, d, conf, method, &prop);
		if (rc != GL_CLS_OK)
			return rc;
		if (at_most ? prop.upper <= target : prop.lower >= target)
		{
			out->found = true;
			out->pt = pt;
			out->metric = prop;
			if (highest)
				break;
		}
	}
	if (out->found)
	{
		out->true_alarms_lost = out->pt.fn;
		out->false_alarms_avoided = out->pt.tn;
	}
	return GL_CLS_OK;
}

/* ---- calibration ----------------------------------------------------------- */

int
gl_cls_calib_check(const gl_score_entry *e, size_t n, double *bad)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (e[i].pos + e[i].neg > 0 && !(e[i].score >= 0.0 && e[i].score <= 1.0))
		{
			*bad = e[i].score;
			return GL_CLS_CALIB_RANGE;
		}
	return GL_CLS_OK;
}

int
gl_cls_brier(const gl_score_entry *e, size_t n, double *out, bool *defined,
			 double *bad)
{
	gl_score_totals t;
	long double sum = 0;
	size_t		i;
	int			rc;

	*out = 0.0;
	*defined = false;
	if ((rc = gl_cls_calib_check(e, n, bad)) != GL_CLS_OK)
		return rc;
	gl_scores_totals(e, n, &t);
	if (t.pos + t.neg == 0)
		return GL_CLS_OK;
	for (i = 0; i < n; i++)
	{
		long double s = e[i].score;

		sum += e[i].pos * (1 - s) * (1 - s) + e[i].neg * s * s;
	}
	*defined = true;
	*out = (double) (sum / ((long double) t.pos + t.neg));
	return GL_CLS_OK;
}

/* numpy.linspace(0, 1, bins + 1)[i] */
static double
edge(int i, int bins)
{
	return i >= bins ? 1.0 : (double) i * (1.0 / (double) bins);
}

int
gl_cls_calibration(const gl_score_entry *e, size_t n, int bins,
				   gl_cls_bin *out, double *bad)
{
	void	   *raw;
	long double *sums;
	size_t		i;
	int			b,
				rc;

	if ((rc = gl_cls_calib_check(e, n, bad)) != GL_CLS_OK)
		return rc;
	/* the allocator aligns to 8 bytes (palloc's MAXALIGN); long double wants 16 */
	raw = gl_alloc(sizeof(long double) * (size_t) bins + 16);
	if (raw == NULL)
		return GL_CLS_NOMEM;
	sums = (long double *) (((uintptr_t) raw + 15) & ~(uintptr_t) 15);
	for (b = 0; b < bins; b++)
	{
		memset(&out[b], 0, sizeof(out[b]));
		out[b].bin = b + 1;
		out[b].lower = edge(b, bins);
		out[b].upper = edge(b + 1, bins);
		sums[b] = 0;
	}
	for (i = 0; i < n; i++)
	{
		double		s = e[i].score;
		int64_t		m = e[i].pos + e[i].neg;

		if (m == 0)
			continue;

		/*
		 * scikit-learn: searchsorted(edges[1:-1], s), side left: the
		 * number of inner edges below s.
		 */
		b = (int) (s * bins);
		if (b > bins - 1)
			b = bins - 1;
		if (b < 0)
			b = 0;
		while (b > 0 && edge(b, bins) >= s)
			b--;
		while (b < bins - 1 && edge(b + 1, bins) < s)
			b++;
		out[b].n += m;
		out[b].positives += e[i].pos;
		sums[b] += (long double) s * m;
	}
	for (b = 0; b < bins; b++)
		if (out[b].n > 0)
		{
			out[b].fraction_positive = (double) out[b].positives / (double) out[b].n;
			out[b].mean_score = (double) (sums[b] / out[b].n);
		}
	gl_free(raw);
	return GL_CLS_OK;
}

void
gl_cls_ece(const gl_cls_bin *bins, int nbins, double *out, bool *defined)
{
	long double sum = 0;
	int64_t		total = 0;
	int			b;

	for (b = 0; b < nbins; b++)
		total += bins[b].n;
	*defined = total > 0;
	*out = 0.0;
	if (!*defined)
		return;
	for (b = 0; b < nbins; b++)
		if (bins[b].n > 0)
			sum += (long double) bins[b].n / total *
				fabsl((long double) bins[b].fraction_positive - bins[b].mean_score);
	*out = (double) sum;
}
