/*
 * test_psi.c - unit tests of the population stability index (psi.c):
 * hand-computed cases, the edge and empty-bin rules, errors, a comparison
 * with a direct implementation on sorted raw samples, and sources of
 * points and sorted values (for the KS test too) against their points.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"
#include "stats/psi.h"
#include "unit.h"

static gl_ks_point *
points_of(const double *x, size_t n1, const double *y, size_t n2, size_t *npts)
{
	gl_ks_point *pts = NULL;
	int			rc = gl_ks_points_from_samples(x, n1, y, n2, &pts, npts);

	CHECK(rc == GL_STATS_OK, "points_of: rc %d", rc);
	return pts;
}

static double
psi_of(const double *x, size_t n1, const double *y, size_t n2, int64_t bins,
	   int64_t *bins_used)
{
	size_t		npts;
	gl_ks_point *pts = points_of(x, n1, y, n2, &npts);
	gl_psi_result r;
	int			rc = gl_psi(pts, npts, bins, GL_PSI_EPSILON, &r);

	CHECK(rc == GL_STATS_OK, "gl_psi rc %d", rc);
	gl_free(pts);
	if (bins_used)
		*bins_used = r.bins_used;
	return r.psi;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/*
 * The definition applied directly: sort the baseline, edge j is its
 * ceil(j n1 / bins)-th smallest value, distinct edges, a value's bin is the
 * number of edges below it.
 */
static double
psi_direct(const double *x, size_t n1, const double *y, size_t n2,
		   int64_t bins, int64_t *bins_used)
{
	double	   *xs = malloc(sizeof(double) * n1);
	double	   *edges = malloc(sizeof(double) * (size_t) bins);
	int64_t    *cb = calloc((size_t) bins, sizeof(int64_t));
	int64_t    *cc = calloc((size_t) bins, sizeof(int64_t));
	size_t		ne = 0;
	size_t		i;
	int64_t		j;
	double		psi = 0.0;

	memcpy(xs, x, sizeof(double) * n1);
	qsort(xs, n1, sizeof(double), cmp_double);
	for (j = 1; j < bins; j++)
	{
		size_t		r = (size_t) ((j * (int64_t) n1 + bins - 1) / bins);
		double		e = xs[r - 1];

		if (ne == 0 || edges[ne - 1] != e)
			edges[ne++] = e;
	}
	for (i = 0; i < n1 + n2; i++)
	{
		double		v = i < n1 ? x[i] : y[i - n1];
		size_t		bin = 0;

		while (bin < ne && edges[bin] < v)
			bin++;
		if (i < n1)
			cb[bin]++;
		else
			cc[bin]++;
	}
	for (i = 0; i <= ne; i++)
	{
		double		p = cb[i] ? (double) cb[i] / n1 : GL_PSI_EPSILON;
		double		q = cc[i] ? (double) cc[i] / n2 : GL_PSI_EPSILON;

		psi += (q - p) * log(q / p);
	}
	*bins_used = (int64_t) ne + 1;
	free(xs);
	free(edges);
	free(cb);
	free(cc);
	return psi;
}

static void
test_hand(void)
{
	double		base[] = {4, 3, 2, 1};
	double		same[] = {1, 2, 3, 4};
	double		cur[] = {1, 1, 3, 1};
	double		edge[] = {2, 2, 2, 2};
	double		five[] = {5, 5, 5, 5};
	double		fivesix[] = {5, 6};
	double		ten[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
	int64_t		used;
	double		e = GL_PSI_EPSILON;

	CHECK(psi_of(base, 4, same, 4, 2, &used) == 0.0 && used == 2,
		  "identical samples: 0");
	CHECK(psi_of(ten, 10, ten, 10, 10, &used) == 0.0 && used == 10,
		  "deciles of 1..10: 10 bins");
	/* edge at 2: p = (1/2, 1/2), q = (3/4, 1/4) -> ln(3) / 4 */
	CHECK_REL(psi_of(base, 4, cur, 4, 2, &used), log(3.0) / 4.0, 1e-15,
			  "4 vs 4, two bins");
	/* values equal to the edge fall in the lower bin: q = (1, eps) */
	CHECK_REL(psi_of(base, 4, edge, 4, 2, &used),
			  0.5 * log(2.0) + (e - 0.5) * log(e / 0.5), 1e-15,
			  "edge value goes below");
	/* all baseline tied: one edge, the bin above it is empty: p = (1, eps) */
	CHECK_REL(psi_of(five, 4, fivesix, 2, 10, &used),
			  (0.5 - 1.0) * log(0.5) + (0.5 - e) * log(0.5 / e), 1e-15,
			  "tied baseline, empty upper bin");
	CHECK(used == 2, "tied baseline: 2 bins used, got %lld", (long long) used);
	/* 4 baseline values, 10 bins: edges 1, 2, 3, 4, and (4, inf) empty */
	psi_of(base, 4, same, 4, 10, &used);
	CHECK(used == 5, "bins capped by distinct baseline values: %lld",
		  (long long) used);
}

/*
 * The most bins on a few values: every distinct baseline value is an edge,
 * as with 1000 bins; the levels passed at an edge are computed, not
 * counted one by one (that took 2^31 steps, seconds, and could not be
 * cancelled).
 */
static void
test_many_bins(void)
{
	double		base[] = {4, 3, 2, 1};
	double		cur[] = {1, 1, 3, 1};
	int64_t		used_max;
	int64_t		used_1000;
	clock_t		t0 = clock();
	double		many = psi_of(base, 4, cur, 4, INT32_MAX, &used_max);
	double		secs = (double) (clock() - t0) / CLOCKS_PER_SEC;

	CHECK(many == psi_of(base, 4, cur, 4, 1000, &used_1000) &&
		  used_max == 5 && used_1000 == 5,
		  "2147483647 bins on 4 values = 1000 bins: %.17g, %lld bins",
		  many, (long long) used_max);
	CHECK(secs < 0.1, "2147483647 bins took %.3f s", secs);
}

static void
test_split_points(void)
{
	/* a value split over two points equals the merged point */
	gl_ks_point a[] = {{1.0, 2, 1}, {2.0, 3, 0}, {2.0, 1, 4}, {3.0, 2, 2}};
	gl_ks_point b[] = {{1.0, 2, 1}, {2.0, 4, 4}, {3.0, 2, 2}};
	gl_psi_result ra;
	gl_psi_result rb;

	CHECK(gl_psi(a, 4, 3, GL_PSI_EPSILON, &ra) == 0 &&
		  gl_psi(b, 3, 3, GL_PSI_EPSILON, &rb) == 0 &&
		  ra.psi == rb.psi && ra.bins_used == rb.bins_used &&
		  ra.n1 == 8 && ra.n2 == 7, "split point = merged point");
}

static void
test_errors(void)
{
	gl_ks_point ok[] = {{1.0, 1, 1}, {2.0, 1, 1}};
	gl_ks_point unsorted[] = {{2.0, 1, 1}, {1.0, 1, 1}};
	gl_ks_point nan[] = {{NAN, 1, 1}};
	gl_ks_point neg[] = {{1.0, -1, 1}};
	gl_ks_point nocur[] = {{1.0, 3, 0}};
	gl_ks_point big[] = {{1.0, INT32_MAX, 1}, {2.0, INT32_MAX, 1}};
	gl_psi_result r;

	CHECK(gl_psi(ok, 2, 1, GL_PSI_EPSILON, &r) == GL_STATS_E_BINS, "bins 1");
	CHECK(gl_psi_check_bins(2) == GL_STATS_OK && gl_psi_check_bins(0) == GL_STATS_E_BINS &&
		  gl_psi_check_bins(-5) == GL_STATS_E_BINS, "bins check");
	CHECK(gl_psi(ok, 2, 2, 0.0, &r) == GL_STATS_E_PARAM, "eps 0");
	CHECK(gl_psi(ok, 2, 2, GL_PSI_EPSILON, NULL) == GL_STATS_E_PARAM, "out NULL");
	CHECK(gl_psi(NULL, 2, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_PARAM, "pts NULL");
	CHECK(gl_psi(unsorted, 2, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_UNSORTED,
		  "unsorted");
	CHECK(gl_psi(nan, 1, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_PARAM, "NaN");
	CHECK(gl_psi(neg, 1, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_PARAM, "negative");
	CHECK(gl_psi(nocur, 1, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_EMPTY &&
		  r.psi == 0.0, "empty current sample");
	CHECK(gl_psi(NULL, 0, 2, GL_PSI_EPSILON, &r) == GL_STATS_E_EMPTY, "no points");
	/* counts near the int32 limit: no overflow in the level arithmetic */
	CHECK(gl_psi(big, 2, 100000, GL_PSI_EPSILON, &r) == GL_STATS_OK &&
		  r.bins_used == 3 && r.psi == 0.0, "large counts");
}

/* random samples with ties: the walk agrees with the direct definition */
static void
test_direct(void)
{
	uint64_t	s = 12345;
	int			trial;

	for (trial = 0; trial < 300; trial++)
	{
		size_t		n1 = 1 + trial % 37;
		size_t		n2 = 1 + (trial * 7) % 41;
		int64_t		bins = 2 + trial % 23;
		int			range = 1 + trial % 15;
		double	   *x = malloc(sizeof(double) * n1);
		double	   *y = malloc(sizeof(double) * n2);
		size_t		i;
		int64_t		u1;
		int64_t		u2;
		double		got;
		double		want;

		for (i = 0; i < n1 + n2; i++)
		{
			double		v;

			s = s * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
			v = (double) ((s >> 33) % (uint64_t) range) / 4.0;
			if (i < n1)
				x[i] = v;
			else
				y[i - n1] = v + (trial % 3) * 0.25;
		}
		got = psi_of(x, n1, y, n2, bins, &u1);
		want = psi_direct(x, n1, y, n2, bins, &u2);
		CHECK(unit_reldiff(got, want) <= 1e-13 && u1 == u2,
			  "trial %d: psi %.17g vs direct %.17g, bins %lld vs %lld",
			  trial, got, want, (long long) u1, (long long) u2);
		free(x);
		free(y);
	}
}

static int
same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

/*
 * Sources (ks.h): some observations as points, the rest as sorted values
 * of each sample, with ties across all three; the KS test (every
 * alternative and method) and psi of the source equal, bit for bit, those
 * of the points all the observations fold into.
 */
static void
test_sources(void)
{
	uint64_t	s = 99;
	int			trial;

	for (trial = 0; trial < 300; trial++)
	{
		size_t		n1 = 1 + trial % 37 + (trial % 5 == 0 ? 3000 : 0);
		size_t		n2 = 1 + (trial * 7) % 41 + (trial % 7 == 0 ? 2000 : 0);
		size_t		k1 = (trial % 3 == 0) ? 0 : n1 / (1 + trial % 4);	/* into points */
		size_t		k2 = (trial % 4 == 0) ? 0 : n2 / (1 + trial % 3);
		int			range = 3 + trial % 50;
		double	   *x = malloc(n1 * sizeof(double));
		double	   *y = malloc(n2 * sizeof(double));
		gl_ks_point *all;
		gl_ks_point *part;
		size_t		nall;
		size_t		npart;
		gl_ks_source src;
		size_t		i;
		int			alt;
		int			method;
		int64_t		bins;

		for (i = 0; i < n1 + n2; i++)
		{
			double		v;

			s = s * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
			v = (double) ((s >> 33) % (uint64_t) range) / 8.0 - 1.0;
			if (i < n1)
				x[i] = v;
			else
				y[i - n1] = v + (trial % 2) * 0.125;
		}
		all = points_of(x, n1, y, n2, &nall);
		part = points_of(x, k1, y, k2, &npart);
		qsort(x + k1, n1 - k1, sizeof(double), cmp_double);
		qsort(y + k2, n2 - k2, sizeof(double), cmp_double);
		src.pts = part;
		src.npts = npart;
		src.x = x + k1;
		src.nx = n1 - k1;
		src.y = y + k2;
		src.ny = n2 - k2;
		for (alt = GL_KS_TWO_SIDED; alt <= GL_KS_GREATER; alt++)
			for (method = GL_KS_AUTO; method <= GL_KS_ASYMP; method++)
			{
				gl_ks_result a;
				gl_ks_result b;
				int			ra = gl_ks_test_source(&src, alt, method, &a);
				int			rb = gl_ks_test(all, nall, alt, method, &b);

				CHECK(ra == rb && same_bits(a.statistic, b.statistic) &&
					  same_bits(a.p_value, b.p_value) && a.n1 == b.n1 &&
					  a.n2 == b.n2 && a.method_used == b.method_used,
					  "source trial %d alt %d method %d: rc %d/%d D %.17g/%.17g p %.17g/%.17g",
					  trial, alt, method, ra, rb, a.statistic, b.statistic,
					  a.p_value, b.p_value);
			}
		for (bins = 2; bins <= 12; bins += 5)
		{
			gl_psi_result a;
			gl_psi_result b;
			int			ra = gl_psi_source(&src, bins, GL_PSI_EPSILON, &a);
			int			rb = gl_psi(all, nall, bins, GL_PSI_EPSILON, &b);

			CHECK(ra == rb && same_bits(a.psi, b.psi) &&
				  a.bins_used == b.bins_used,
				  "source trial %d bins %lld: rc %d/%d psi %.17g/%.17g",
				  trial, (long long) bins, ra, rb, a.psi, b.psi);
		}
		gl_free(all);
		gl_free(part);
		free(x);
		free(y);
	}
}

/* a source's values are checked as points are */
static void
test_source_errors(void)
{
	double		sorted[3] = {1.0, 2.0, 3.0};
	double		unsorted[3] = {1.0, 3.0, 2.0};
	double		nan_v[2] = {1.0, NAN};
	gl_ks_source src = {NULL, 0, sorted, 3, sorted, 3};
	gl_ks_result r;
	gl_psi_result q;

	CHECK(gl_ks_test_source(&src, GL_KS_TWO_SIDED, GL_KS_AUTO, &r) == GL_STATS_OK &&
		  r.statistic == 0.0 && r.p_value == 1.0, "equal samples");
	src.x = unsorted;
	CHECK(gl_ks_test_source(&src, GL_KS_TWO_SIDED, GL_KS_AUTO, &r) == GL_STATS_E_UNSORTED,
		  "unsorted values");
	CHECK(gl_psi_source(&src, 2, GL_PSI_EPSILON, &q) == GL_STATS_E_UNSORTED,
		  "psi: unsorted values");
	src.x = sorted;
	src.y = nan_v;
	src.ny = 2;
	CHECK(gl_ks_test_source(&src, GL_KS_TWO_SIDED, GL_KS_AUTO, &r) == GL_STATS_E_PARAM,
		  "NaN value");
	src.y = NULL;
	CHECK(gl_ks_test_source(&src, GL_KS_TWO_SIDED, GL_KS_AUTO, &r) == GL_STATS_E_PARAM,
		  "values NULL");
	src.ny = 0;
	CHECK(gl_ks_test_source(&src, GL_KS_TWO_SIDED, GL_KS_AUTO, &r) == GL_STATS_E_EMPTY &&
		  r.n1 == 3 && r.n2 == 0, "no current values");
	CHECK(gl_ks_source_scan(NULL, &r.n1, &r.n2) == GL_STATS_E_PARAM, "no source");
}

int
main(void)
{
	unit_name = "test_psi";
	setvbuf(stdout, NULL, _IOLBF, 0);
	test_hand();
	test_many_bins();
	test_split_points();
	test_errors();
	test_direct();
	test_sources();
	test_source_errors();
	return unit_done();
}
