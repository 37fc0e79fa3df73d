/*
 * test_classifier.c - unit tests of the classifier core (src/classifier):
 * the status table, the summary's canonical form, rounding, buffer and
 * text grammar, the AUC with DeLong's interval, average precision, the
 * threshold curve and choice, calibration, and the comparisons.
 *
 * Reference values: the (scikit-learn calibration_curve and
 * brier_score_loss; statsmodels confint_proportions_2indep(method=
 * 'newcomb'), test_proportions_2indep(method='score'), mcnemar), an exact
 * binomial tail (mpmath, 50 digits) and small cases worked by hand in the
 * comments.
 */
#include <stdint.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "base/alloc.h"
#include "classifier/classifier.h"
#include "classifier/compare.h"
#include "classifier/metrics.h"

/* a summary from rows (scores, labels 1/0/-1) through the buffer */
static size_t
summarize(const double *s, const int *y, size_t n, int digits,
		  gl_score_buffer *b)
{
	size_t		i;

	CHECK(gl_score_buffer_init(b, digits, 4) == GL_CLS_OK, "init");
	for (i = 0; i < n; i++)
		CHECK(gl_score_buffer_add(b, s[i], y[i]) == GL_CLS_OK, "add %zu", i);
	CHECK(gl_score_buffer_compact(b) == GL_CLS_OK, "compact");
	return b->n;
}

static void
test_table(void)
{
	const char *why = gl_status_table_check(&gl_classifier_statuses);

	CHECK(why == NULL, "status table: %s", why ? why : "");
}

static void
test_summary(void)
{
	/* 200 rows over 7 scores, given in a scrambled order */
	gl_score_buffer b;
	double		s[200];
	int			y[200];
	size_t		i,
				n;
	gl_score_totals t;
	double		bad;

	for (i = 0; i < 200; i++)
	{
		s[i] = (double) ((i * 37) % 7) / 10.0;
		y[i] = (int) (i % 3) - 1;
	}
	n = summarize(s, y, 200, GL_SCORES_NO_DIGITS, &b);
	CHECK(n == 7, "7 distinct scores, got %zu", n);
	gl_scores_totals(b.e, b.n, &t);
	CHECK(t.pos + t.neg + t.unv == 200, "all rows counted");
	CHECK(gl_scores_check(b.e, b.n, -1, &bad) == GL_CLS_OK, "canonical");
	for (i = 1; i < n; i++)
		CHECK(b.e[i - 1].score < b.e[i].score, "sorted");
	gl_score_buffer_free(&b);

	/* rounding */
	CHECK(gl_score_round(0.8549, 2) == 0.85, "round 0.8549");
	CHECK(gl_score_round(0.855, 3) == 0.855, "round 0.855 to 3");
	CHECK(gl_score_round(-0.004, 2) == 0.0 && !signbit(gl_score_round(-0.004, 2)),
		  "no -0");
	CHECK(gl_score_round(1e300, 5) == 1e300, "large scores stay");
	CHECK(gl_score_round(0.123456, -1) == 0.123456, "no digits");
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/*
 * Large buffers (radix sort, merges from the back, summaries merged as
 * tails): 300000 rows, half of them on a grid of 1e-4 (ties), added row by
 * row and, split in three, as summaries merged into one; both equal the
 * rows sorted by qsort and counted.
 */
static void
test_large(void)
{
	enum {N = 300000};
	double	   *s = malloc(N * sizeof(double));
	double	   *sorted = malloc(N * sizeof(double));
	gl_score_buffer b,
				parts[3],
				all;
	uint64_t	x = 88172645463325252ULL;
	size_t		i,
				k,
				distinct = 0;
	int			p,
				ok = 1;
	gl_score_totals t;

	for (i = 0; i < N; i++)
	{
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		s[i] = (double) (x >> 11) / 9007199254740992.0 - 0.25;
		if (i % 2)
			s[i] = gl_score_round(s[i], 4);
	}
	memcpy(sorted, s, N * sizeof(double));
	qsort(sorted, N, sizeof(double), cmp_double);
	for (i = 0; i < N; i++)
		if (i == 0 || sorted[i] != sorted[i - 1])
			distinct++;
	gl_score_buffer_init(&b, -1, 0);
	for (p = 0; p < 3; p++)
		gl_score_buffer_init(&parts[p], -1, 0);
	for (i = 0; i < N; i++)
	{
		gl_score_buffer_add(&b, s[i], 1);
		gl_score_buffer_add(&parts[i % 3], s[i], 1);
	}
	CHECK(gl_score_buffer_compact(&b) == GL_CLS_OK && b.n == distinct,
		  "large: %zu distinct, want %zu", b.n, distinct);
	gl_score_buffer_init(&all, -1, 0);
	for (p = 0; p < 3; p++)
	{
		gl_score_buffer_compact(&parts[p]);
		CHECK(gl_score_buffer_merge(&all, parts[p].e, parts[p].n) == GL_CLS_OK, "merge");
	}
	CHECK(gl_score_buffer_compact(&all) == GL_CLS_OK && all.n == b.n, "merged size");
	for (i = 0, k = 0; i < b.n && ok; i++)
	{
		int64_t		c = 0;

		while (k < N && sorted[k] == b.e[i].score)
		{
			c++;
			k++;
		}
		ok = c == b.e[i].pos && c > 0 && all.e[i].score == b.e[i].score &&
			all.e[i].pos == b.e[i].pos;
	}
	CHECK(ok && k == N, "large: every score counted as qsort counts it");
	gl_scores_totals(all.e, all.n, &t);
	CHECK(t.pos == N, "large: all rows");
	gl_score_buffer_free(&b);
	gl_score_buffer_free(&all);
	for (p = 0; p < 3; p++)
		gl_score_buffer_free(&parts[p]);
	free(s);
	free(sorted);
}

typedef struct row
{
	double		score;
	int			label;
} row;

static int
cmp_row(const void *a, const void *b)
{
	return cmp_double(&((const row *) a)->score, &((const row *) b)->score);
}

/* whether e[0..n) is exactly rows r[0..nr) (sorted) counted per label */
static int
counts_match(const gl_score_entry *e, size_t n, const row *r, size_t nr)
{
	size_t		i,
				k = 0;

	for (i = 0; i < n; i++)
	{
		int64_t		c[3] = {0, 0, 0};

		while (k < nr && r[k].score == e[i].score)
		{
			c[r[k].label > 0 ? 0 : r[k].label == 0 ? 1 : 2]++;
			k++;
		}
		if (c[0] != e[i].pos || c[1] != e[i].neg || c[2] != e[i].unv ||
			c[0] + c[1] + c[2] == 0)
			return 0;
	}
	return k == nr;
}

static int	interrupts;

static void
count_interrupt(void)
{
	interrupts++;
}

/*
 * The final form written in one pass (gl_score_buffer_emit) equals the
 * rows sorted by qsort and counted per label: 400000 rows of three labels,
 * the first 200000 with distinct scores (few ties: after the first merge
 * the rows wait to the end), then scores on a grid of 1e-3 (ties among the
 * rows and with the entries kept), and a summary merged in, waiting as a
 * tail; a second emit gives the same, and so does compacting.
 */
static void
test_emit(void)
{
	enum {N = 400000, M = 5000};
	row		   *r = malloc((N + M) * sizeof(row));
	gl_score_buffer b,
				other;
	gl_score_entry *out,
			   *out2;
	uint64_t	x = 2463534242ULL;
	size_t		i,
				n,
				n2;

	gl_score_buffer_init(&b, -1, 0);
	gl_score_buffer_init(&other, -1, 0);
	for (i = 0; i < N + M; i++)
	{
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		r[i].score = (double) (x >> 11) / 9007199254740992.0;
		if (i >= N / 2)
			r[i].score = gl_score_round(r[i].score, 3);
		r[i].label = (int) (x % 3) - 1;
		CHECK(gl_score_buffer_add(i < N ? &b : &other, r[i].score,
								  r[i].label) == GL_CLS_OK, "add");
	}
	CHECK(b.few_ties, "distinct rows first: few ties");
	/*
	 * A cancel must stop the final step: the sort of the ~130,000 rows
	 * waiting per label (a counting pass and several scattering passes,
	 * about 2 slices of 65,536 each) and the copies check for interrupts
	 * within each pass, not only between passes (before: ~30 checks).
	 */
	{
		gl_score_buffer c;
		gl_score_entry *o;

		gl_score_buffer_init(&c, -1, 0);
		for (i = 0; i < N; i++)
			gl_score_buffer_add(&c, r[i].score, r[i].label);
		o = malloc(gl_score_buffer_bound(&c) * sizeof(gl_score_entry));
		interrupts = 0;
		gl_interrupt_hook = count_interrupt;
		CHECK(gl_score_buffer_emit(&c, o, &n) == GL_CLS_OK, "emit, checked");
		gl_interrupt_hook = NULL;
		CHECK(interrupts >= 40, "emit checks for interrupts within the sort's passes (%d)", interrupts);
		free(o);
		gl_score_buffer_free(&c);
	}
	CHECK(gl_score_buffer_compact(&other) == GL_CLS_OK, "other");
	CHECK(gl_score_buffer_merge(&b, other.e, other.n) == GL_CLS_OK, "merge");
	qsort(r, N + M, sizeof(row), cmp_row);
	out = malloc(gl_score_buffer_bound(&b) * sizeof(gl_score_entry));
	CHECK(gl_score_buffer_emit(&b, out, &n) == GL_CLS_OK, "emit");
	CHECK(counts_match(out, n, r, N + M), "emit: every row counted, %zu entries", n);
	out2 = malloc(gl_score_buffer_bound(&b) * sizeof(gl_score_entry));
	CHECK(gl_score_buffer_emit(&b, out2, &n2) == GL_CLS_OK && n2 == n &&
		  memcmp(out, out2, n * sizeof(gl_score_entry)) == 0, "emit twice");
	CHECK(gl_score_buffer_compact(&b) == GL_CLS_OK && b.n == n &&
		  memcmp(out, b.e, n * sizeof(gl_score_entry)) == 0, "compact agrees");
	gl_score_buffer_free(&b);
	gl_score_buffer_free(&other);

	/* ties only: the rows are merged as they come, and still all counted */
	gl_score_buffer_init(&b, 2, 0);
	for (i = 0; i < N; i++)
	{
		r[i].score = gl_score_round((double) (i % 1000) / 999.0, 2);
		r[i].label = (int) (i % 3) - 1;
		gl_score_buffer_add(&b, r[i].score, r[i].label);
	}
	CHECK(!b.few_ties && b.nsorted == 101, "ties: merged as they come");
	qsort(r, N, sizeof(row), cmp_row);
	CHECK(gl_score_buffer_emit(&b, out, &n) == GL_CLS_OK && n == 101 &&
		  counts_match(out, n, r, N), "emit with ties");
	gl_score_buffer_free(&b);
	free(out);
	free(out2);
	free(r);
}

static void
test_text(void)
{
	gl_score_entry *e;
	size_t		n;
	int			digits;
	gl_scores_text_error err;

	CHECK(gl_scores_parse(" digits=2 { 0.15:0/1/2, 0.05 : 1/0/0,0.15:1/0/0 } ",
						  &e, &n, &digits, &err) == GL_CLS_OK, "parse");
	CHECK(n == 2 && digits == 2 && e[0].score == 0.05 && e[1].pos == 1 &&
		  e[1].neg == 1 && e[1].unv == 2, "parsed value");
	free(e);
	CHECK(gl_scores_parse("{}", &e, &n, &digits, &err) == GL_CLS_OK && n == 0 &&
		  digits == -1, "empty");
	CHECK(gl_scores_parse("{0.5:0/0/0}", &e, &n, &digits, &err) == GL_CLS_OK &&
		  n == 0, "no rows: dropped");
	CHECK(gl_scores_parse("{0.5:1/0}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_SEPARATOR, "missing count");
	CHECK(gl_scores_parse("{nan:1/0/0}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_SCORE, "nan");
	CHECK(gl_scores_parse("{1e999:1/0/0}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_SCORE, "overflow");
	CHECK(gl_scores_parse("{0.5:-1/0/0}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_COUNT, "negative count");
	CHECK(gl_scores_parse("{0.5:9223372036854775808/0/0}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_COUNT, "count too large");
	CHECK(gl_scores_parse("{0.5:9223372036854775807/0/0, 0.6:1/0/0}", &e, &n,
						  &digits, &err) == GL_CLS_OVERFLOW, "total too large");
	CHECK(gl_scores_parse("digits=1 {0.55:1/0/0}", &e, &n, &digits, &err) ==
		  GL_CLS_NOT_ROUNDED, "not rounded");
	/* the size limit: the check refuses a count past it before reading */
	{
		double		bad;

		CHECK(gl_scores_check(NULL, (size_t) GL_SCORES_MAX + 1, -1, &bad) ==
			  GL_CLS_TOO_MANY, "too many scores");
	}
	CHECK(gl_scores_parse("digits=16 {}", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_DIGITS, "digits 16");
	CHECK(gl_scores_parse("{} x", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_TRAILING, "trailing");
	CHECK(gl_scores_parse("0.5:1/0/0", &e, &n, &digits, &err) ==
		  GL_CLS_TEXT_BRACE, "brace");
}

static void
test_auc(void)
{
	/*
	 * scores 0.1 0.4 0.35 0.8 labels 0 0 1 1 (scikit-learn's docstring):
	 * AUC 0.75, AP 0.8333333333333333.
	 */
	double		s[] = {0.1, 0.4, 0.35, 0.8, 0.9};
	int			y[] = {0, 0, 1, 1, -1};
	gl_score_buffer b;
	gl_auc a;
	double		ap,
				bound;
	bool		def;

	summarize(s, y, 5, -1, &b);
	CHECK(gl_cls_auc(b.e, b.n, 0.95, &a) == GL_CLS_OK && a.defined, "auc");
	CHECK(a.auc == 0.75, "auc %.17g", a.auc);

	/*
	 * DeLong by hand: V10 = (1/2, 1) for the positives, V01 = (1, 1/2)
	 * for the negatives: S10 = S01 = 1/8, var = 1/16 + 1/16 = 1/8.
	 */
	CHECK(a.has_interval && fabs(a.variance - 0.125) < 1e-15,
		  "variance %.17g", a.variance);
	CHECK(a.upper == 1.0, "clamped upper");
	CHECK_REL(a.lower, 0.75 - 1.959963984540054 * sqrt(0.125), 1e-14, "lower");
	gl_cls_average_precision(b.e, b.n, &ap, &def);
	CHECK_REL(ap, 0.8333333333333333, 1e-15, "ap");
	gl_cls_auc_error_bound(b.e, b.n, -1, &bound, &def);
	CHECK(bound == 0.0, "no rounding, no bound");
	gl_score_buffer_free(&b);

	/* all tied: AUC 1/2, bound 1/2 when rounded */
	{
		double		s2[] = {0.5, 0.5, 0.5};
		int			y2[] = {1, 0, 0};

		summarize(s2, y2, 3, 1, &b);
		gl_cls_auc(b.e, b.n, 0.95, &a);
		CHECK(a.auc == 0.5 && !a.has_interval, "tied auc");
		gl_cls_auc_error_bound(b.e, b.n, 1, &bound, &def);
		CHECK(bound == 0.5, "bound %.17g", bound);
		gl_score_buffer_free(&b);
	}
}

static void
test_calibration(void)
{
	/* the reference (scikit-learn calibration_curve, 5 bins) */
	double		p[] = {.05, .15, .35, .45, .55, .62, .68, .81, .86, .91, .93, .97};
	int			y[] = {0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1};
	double		frac[] = {0, 1, .5, .5, .8};
	double		mean[] = {.1, .35, .5, .65, .896};
	gl_score_buffer b;
	gl_cls_bin bins[5];
	double		brier,
				bad,
				ece;
	bool		def;
	int			i;

	summarize(p, y, 12, -1, &b);
	CHECK(gl_cls_brier(b.e, b.n, &brier, &def, &bad) == GL_CLS_OK && def, "brier");
	CHECK_REL(brier, 0.199075, 1e-14, "brier");
	CHECK(gl_cls_calibration(b.e, b.n, 5, bins, &bad) == GL_CLS_OK, "bins");
	for (i = 0; i < 5; i++)
	{
		CHECK_REL(bins[i].fraction_positive, frac[i], 1e-15, "fraction");
		CHECK_REL(bins[i].mean_score, mean[i], 1e-14, "mean");
	}
	/* ECE = (2*.1 + 1*.65 + 2*0 + 2*.15 + 5*.096) / 12 */
	gl_cls_ece(bins, 5, &ece, &def);
	CHECK_REL(ece, (0.2 + 0.65 + 0.3 + 0.48) / 12, 1e-14, "ece");
	gl_score_buffer_free(&b);

	/* an inner edge goes to the lower bin; 1 to the last */
	{
		double		s2[] = {0.2, 0.0, 1.0, 0.6};
		int			y2[] = {1, 0, 1, 0};

		summarize(s2, y2, 4, -1, &b);
		gl_cls_calibration(b.e, b.n, 5, bins, &bad);
		CHECK(bins[0].n == 2 && bins[4].n == 1 && bins[2].n == 1,
			  "edges %lld %lld %lld", (long long) bins[0].n,
			  (long long) bins[2].n, (long long) bins[4].n);
		gl_score_buffer_free(&b);
	}
	{
		double		s2[] = {1.5};
		int			y2[] = {1};

		summarize(s2, y2, 1, -1, &b);
		CHECK(gl_cls_brier(b.e, b.n, &brier, &def, &bad) == GL_CLS_CALIB_RANGE &&
			  bad == 1.5, "range");
		gl_score_buffer_free(&b);
	}
}

static void
test_threshold(void)
{
	/*
	 * 10 alarms at 0.8 .. 0.99: the five false ones at the low scores.
	 * FDR at the lowest threshold 5/10; at 0.9 (5 flagged, 0 false) the
	 * Wilson upper bound of 0/5 is 0.4345; at 0.95: 0/3 upper 0.5615.
	 */
	double		s[] = {0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.95, 0.97, 0.99, 0.85};
	int			y[] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1};
	gl_score_buffer b;
	gl_cls_choice c;
	gl_cls_cursor cur;
	gl_cls_point pt;
	int			npt = 0;

	summarize(s, y, 11, -1, &b);
	memset(&cur, 0, sizeof(cur));
	while (gl_cls_curve_next(b.e, b.n, &cur, &pt))
		npt++;
	CHECK(npt == 11, "1 + 10 thresholds, got %d", npt);
	CHECK(pt.threshold == 0.8 && pt.flagged == 11 && pt.unverified == 1 &&
		  pt.tp == 5 && pt.fp == 5, "lowest");
	CHECK(gl_cls_choose(b.e, b.n, GL_CLS_M_FDR, 0.5, 0.95, GL_CLS_WILSON, &c) ==
		  GL_CLS_OK && c.found, "choose");
	CHECK(c.pt.threshold == 0.9 && c.pt.flagged == 5 && c.true_alarms_lost == 0 &&
		  c.false_alarms_avoided == 5, "threshold %g", c.pt.threshold);
	CHECK_REL(c.metric.upper, 0.43448246478317191, 1e-12, "upper");
	gl_cls_choose(b.e, b.n, GL_CLS_M_FDR, 0.2, 0.95, GL_CLS_WILSON, &c);
	CHECK(!c.found, "0.2 is out of reach");
	gl_cls_choose(b.e, b.n, GL_CLS_M_RECALL, 0.5, 0.95, GL_CLS_WILSON, &c);
	/* the highest threshold with all five: 0.9, 5/5 lower 0.566 */
	CHECK(c.found && c.pt.threshold == 0.9 && c.true_alarms_lost == 0, "recall");
	gl_score_buffer_free(&b);
}

static void
test_compare(void)
{
	gl_cls_count a = {78, 100},
				bb = {93, 100};
	gl_cls_diff d;
	gl_cls_mcnemar m;

	CHECK(gl_cls_diff_2indep(a, bb, 0.95, &d) == GL_CLS_OK && d.defined, "diff");
	CHECK_REL(d.difference, -0.15, 1e-14, "difference");
	CHECK_REL(d.lower, -0.24746920754508572, 1e-12, "newcombe lower");
	CHECK_REL(d.upper, -0.05276934769682705, 1e-12, "newcombe upper");
	CHECK_REL(d.p_value, 0.002657242686436533, 1e-10, "score p");

	CHECK(gl_cls_mcnemar_test(25, 7, GL_CLS_MCNEMAR_EXACT, &m) == GL_CLS_OK, "exact");
	CHECK_REL(m.p_value, 0.0021024015732109547, 1e-12, "exact p");
	CHECK(m.statistic == 7, "exact statistic");
	gl_cls_mcnemar_test(25, 7, GL_CLS_MCNEMAR_CHISQ, &m);
	CHECK(m.statistic == 9.03125, "chi-square %.17g", m.statistic);
	CHECK_REL(m.p_value, 0.0026540293594823415, 1e-12, "chi-square p");
	/* a far tail: 2 P(X <= 251), X ~ Bin(755, 1/2), summed exactly in
	 * 50-digit arithmetic (mpmath): 2.0649338135590710901e-20 */
	gl_cls_mcnemar_test(251, 504, GL_CLS_MCNEMAR_EXACT, &m);
	CHECK_REL(m.p_value, 2.0649338135590710901e-20, 1e-13, "far tail");
	gl_cls_mcnemar_test(4, 4, GL_CLS_MCNEMAR_EXACT, &m);
	CHECK(m.p_value == 1.0, "equal discordant counts");
	gl_cls_mcnemar_test(0, 0, GL_CLS_MCNEMAR_CHISQ, &m);
	CHECK(m.p_value == 1.0 && m.statistic == 0.0, "no discordant pair");
}

int
main(void)
{
	unit_name = "test_classifier";
	gsl_set_error_handler_off();
	test_table();
	test_summary();
	test_text();
	test_large();
	test_emit();
	test_auc();
	test_calibration();
	test_threshold();
	test_compare();
	return unit_done();
}
