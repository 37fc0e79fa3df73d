/*
 * test_drift.c - the two-sample summary of ks_drift and psi: the canonical
 * form (against a plain sort-and-merge written here), merge = canonical
 * form of the concatenation, compaction invariants while rows come in,
 * the text form (exact round trip of random doubles, every syntax error
 * and where it points), the status table and the statistics statuses'
 * mapping, limits and allocation failures, interrupt checks.
 */
#include "base/alloc.h"
#include "base/status.h"
#include "drift/drift.h"
#include "stats/ks.h"
#include "unit.h"

#include <stdint.h>
#include <stdlib.h>

/* ---- helpers ------------------------------------------------------------ */

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t
rng(void)
{
	/* splitmix64 */
	uint64_t	z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* awkward finite doubles: ties, +-0, subnormals, huge, random bit patterns */
static double
awkward(void)
{
	static const double pool[] = {
		0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072009e-308,
		1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.30000000000000004,
		1.0 / 3.0, 100.0, -1.0, 1e-300, 123456789012345678.0, 1e15, 1e16, 1e22,
	};
	uint64_t	r = rng();
	double		v;

	switch (r % 4)
	{
		case 0:
			return pool[(r >> 8) % (sizeof(pool) / sizeof(pool[0]))];
		case 1:
			return (double) ((int64_t) ((r >> 8) % 200) - 100) / 8.0;	/* ties */
		default:
			do
			{
				uint64_t	bits = rng();

				memcpy(&v, &bits, sizeof(v));
			} while (isnan(v) || isinf(v));
			return v;
	}
}

static int
cmp_value(const void *a, const void *b)
{
	double		x = ((const gl_ks_point *) a)->value;
	double		y = ((const gl_ks_point *) b)->value;

	return (x > y) - (x < y);
}

/*
 * The canonical form written plainly: qsort, then per value the sums of
 * the counts, split at INT32_MAX, +0 for zero, nothing for empty values.
 */
static size_t
reference_canonical(const gl_ks_point *in, size_t n, gl_ks_point *out)
{
	gl_ks_point *tmp = malloc((n ? n : 1) * sizeof(gl_ks_point));
	size_t		i = 0;
	size_t		k = 0;

	memcpy(tmp, in, n * sizeof(gl_ks_point));
	qsort(tmp, n, sizeof(gl_ks_point), cmp_value);
	while (i < n)
	{
		double		v = tmp[i].value;
		int64_t		c1 = 0;
		int64_t		c2 = 0;

		for (; i < n && tmp[i].value == v; i++)
		{
			c1 += tmp[i].n1;
			c2 += tmp[i].n2;
		}
		while (c1 > 0 || c2 > 0)
		{
			int64_t		a = c1 > INT32_MAX ? INT32_MAX : c1;
			int64_t		b = c2 > INT32_MAX ? INT32_MAX : c2;

			out[k].value = (v == 0.0) ? 0.0 : v;
			out[k].n1 = (int32_t) a;
			out[k].n2 = (int32_t) b;
			k++;
			c1 -= a;
			c2 -= b;
		}
	}
	free(tmp);
	return k;
}

/* same points, bit for bit (so +0 is not -0) */
static bool
same_points(const gl_ks_point *a, size_t na, const gl_ks_point *b, size_t nb)
{
	size_t		i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (memcmp(&a[i].value, &b[i].value, sizeof(double)) != 0 ||
			a[i].n1 != b[i].n1 || a[i].n2 != b[i].n2)
			return false;
	return true;
}

/* canonical: strictly increasing except for split runs, counts valid */
static bool
is_canonical(const gl_ks_point *p, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		double		z = -0.0;

		if (isnan(p[i].value) || p[i].n1 < 0 || p[i].n2 < 0 ||
			(p[i].n1 == 0 && p[i].n2 == 0) ||
			(p[i].value == 0.0 && memcmp(&p[i].value, &z, sizeof(z)) == 0))
			return false;
		if (i > 0 && p[i].value < p[i - 1].value)
			return false;
		/* a repeated value only after a point with a full count */
		if (i > 0 && p[i].value == p[i - 1].value &&
			p[i - 1].n1 != INT32_MAX && p[i - 1].n2 != INT32_MAX)
			return false;
	}
	return true;
}

static void
totals(const gl_ks_point *p, size_t n, int64_t *t1, int64_t *t2)
{
	size_t		i;

	*t1 = *t2 = 0;
	for (i = 0; i < n; i++)
	{
		*t1 += p[i].n1;
		*t2 += p[i].n2;
	}
}

static gl_ks_point *
random_points(size_t n, int big_counts)
{
	gl_ks_point *p = malloc((n ? n : 1) * sizeof(gl_ks_point));
	size_t		i;

	for (i = 0; i < n; i++)
	{
		p[i].value = awkward();
		if (big_counts && rng() % 8 == 0)
		{
			p[i].n1 = INT32_MAX - (int32_t) (rng() % 3);
			p[i].n2 = (int32_t) (rng() % 2) * INT32_MAX;
		}
		else
		{
			p[i].n1 = (int32_t) (rng() % 3);
			p[i].n2 = (int32_t) (rng() % 3);
		}
	}
	return p;
}

/* ---- allocator that can be told to fail ---------------------------------- */

static size_t fail_above = (size_t) -1;	/* allocations larger fail */

static void *
test_alloc(size_t n)
{
	return n > fail_above ? NULL : malloc(n);
}

static void *
test_realloc(void *p, size_t n)
{
	return n > fail_above ? NULL : realloc(p, n);
}

static void
test_free(void *p)
{
	free(p);
}

static int	interrupts;

static void
count_interrupts(void)
{
	interrupts++;
}

/* ---- the canonical form ------------------------------------------------- */

static void
test_canonical(void)
{
	static const size_t sizes[] = {0, 1, 2, 3, 16, 17, 100, 1000, 2047, 2048, 2049, 5000, 60000};
	size_t		t;
	int			rep;

	for (t = 0; t < sizeof(sizes) / sizeof(sizes[0]); t++)
		for (rep = 0; rep < 6; rep++)
		{
			size_t		n = sizes[t];
			gl_ks_point *p = random_points(n, rep % 2);
			gl_ks_point *want = malloc((2 * n + 1) * sizeof(gl_ks_point));
			gl_ks_point *q = malloc((n ? n : 1) * sizeof(gl_ks_point));
			size_t		nw = reference_canonical(p, n, want);
			size_t		nq;

			memcpy(q, p, n * sizeof(gl_ks_point));
			/* the quicksort path too: the radix sort's buffer refused */
			if (rep == 5)
				fail_above = 1024;
			nq = gl_ks_points_canonicalize(q, n);
			fail_above = (size_t) -1;
			CHECK(same_points(q, nq, want, nw),
				  "canonical form of %zu points (rep %d): %zu points, want %zu",
				  n, rep, nq, nw);
			CHECK(is_canonical(q, nq), "canonical invariants, %zu points", n);
			/* canonical input is its own canonical form */
			nq = gl_ks_points_canonicalize(q, nq);
			CHECK(same_points(q, nq, want, nw), "canonical form is a fixed point (%zu)", n);
			free(p);
			free(q);
			free(want);
		}

	/* sorted and reversed input, all equal, a count split over points */
	{
		enum
		{
			N = 10000
		};
		static gl_ks_point p[N];
		static gl_ks_point want[N];
		size_t		i;
		size_t		n;

		for (i = 0; i < N; i++)
		{
			p[i].value = (double) (N - i);
			p[i].n1 = 1;
			p[i].n2 = (int32_t) (i % 2);
		}
		n = gl_ks_points_canonicalize(p, N);
		CHECK(n == N && is_canonical(p, n) && p[0].value == 1.0 && p[N - 1].value == N,
			  "reversed input sorted");
		n = gl_ks_points_canonicalize(p, N);
		CHECK(n == N && p[0].value == 1.0, "sorted input unchanged");
		for (i = 0; i < N; i++)
		{
			p[i].value = 7.0;
			p[i].n1 = INT32_MAX / 2000;
			p[i].n2 = 1;
		}
		n = reference_canonical(p, N, want);
		CHECK(n == 5 && want[4].n1 == (int32_t) (10000LL * (INT32_MAX / 2000) - 4LL * INT32_MAX),
			  "reference: 10000 x 1073741 at one value is 5 points");
		CHECK(gl_ks_points_canonicalize(p, N) == 5 && same_points(p, 5, want, 5) &&
			  p[0].n1 == INT32_MAX && p[0].n2 == N && p[1].n2 == 0,
			  "10000 x 1073741 at one value splits into 5 points");
	}

	/* gl_ks_points_from_samples is the same canonical form */
	{
		double		x[] = {3.0, -0.0, 1.0, 3.0, 1e-310};
		double		y[] = {0.0, 2.0, 3.0};
		gl_ks_point *pts;
		size_t		n;
		gl_ks_point want[] = {{0.0, 1, 1}, {1e-310, 1, 0}, {1.0, 1, 0}, {2.0, 0, 1}, {3.0, 2, 1}};

		CHECK(gl_ks_points_from_samples(x, 5, y, 3, &pts, &n) == GL_STATS_OK &&
			  same_points(pts, n, want, 5), "points from samples");
		gl_free(pts);
	}

	/* long loops check for interrupts */
	{
		size_t		n = 100000;
		gl_ks_point *p = random_points(n, 0);

		interrupts = 0;
		gl_interrupt_hook = count_interrupts;
		gl_ks_points_canonicalize(p, n);
		gl_interrupt_hook = NULL;
		CHECK(interrupts >= 10, "canonical form of 100000 points checked interrupts %d times", interrupts);
		free(p);
	}
}

/* ---- sorting values ------------------------------------------------------- */

/* a total order of doubles (-0 before 0), as their bits say */
static int
cmp_bits(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	if (x < y)
		return -1;
	if (x > y)
		return 1;
	return (int) signbit(y) - (int) signbit(x);
}

static void
test_sort_values(void)
{
	static const size_t sizes[] = {0, 1, 2, 17, 1000, 1023, 1024, 5000, 70000};
	size_t		t;

	for (t = 0; t < sizeof(sizes) / sizeof(sizes[0]); t++)
	{
		size_t		n = sizes[t];
		double	   *v = malloc((n + 1) * sizeof(double));
		double	   *want = malloc((n + 1) * sizeof(double));
		double	   *tmp = malloc((n + 1) * sizeof(double));
		bool		ok = true;
		size_t		i;

		for (i = 0; i < n; i++)
			v[i] = want[i] = awkward();
		qsort(want, n, sizeof(double), cmp_bits);
		interrupts = 0;
		gl_interrupt_hook = count_interrupts;
		gl_drift_sort_values(v, n, tmp);
		gl_interrupt_hook = NULL;
		for (i = 1; i < n; i++)
			if (!(v[i - 1] <= v[i]))
				ok = false;
		qsort(v, n, sizeof(double), cmp_bits);
		CHECK(ok && memcmp(v, want, n * sizeof(double)) == 0,
			  "%zu values sorted, none lost or changed", n);
		if (n >= 70000)
			CHECK(interrupts >= 7 * 17, "sorting %zu values checked interrupts %d times", n, interrupts);
		free(v);
		free(want);
		free(tmp);
	}
}

/* ---- the summary: compaction and merge ----------------------------------- */

/* the bytes a summary holds allocated */
static size_t
summary_bytes(const gl_drift_summary *s)
{
	return s->cap * sizeof(gl_ks_point) +
		(s->rows[0].cap + s->rows[1].cap + s->scratch_cap) * sizeof(double);
}

static void
test_summary(void)
{
	int			rep;

	/* rows one at a time: the invariants after every row */
	for (rep = 0; rep < 4; rep++)
	{
		gl_drift_summary s;
		size_t		n = rep < 2 ? 30000 : 100000;
		gl_ks_point *all = malloc(n * sizeof(gl_ks_point));
		gl_ks_point *want = malloc(n * sizeof(gl_ks_point));
		size_t		i;
		size_t		nw;
		size_t		maxbytes = 0;
		bool		ok = true;

		CHECK(gl_drift_init(&s, 0) == GL_DRIFT_OK && s.cap == GL_DRIFT_INITIAL_CAP,
			  "init");
		for (i = 0; i < n; i++)
		{
			/* rep 0, 1: all distinct; 2: 10 values; 3: 1000 values */
			double		v = rep < 2 ? awkward() : (double) (rng() % (rep == 2 ? 10 : 1000));
			bool		cur = rng() % 2;
			int			k;

			if (rep < 2)
				while (v == 0.0)
					v = awkward();
			/* rep 1: increasing values, the sorted input */
			if (rep == 1)
				v = (double) i - (double) (n / 2);
			all[i].value = v;
			all[i].n1 = !cur;
			all[i].n2 = cur;
			if (gl_drift_add(&s, v, cur) != GL_DRIFT_OK)
				ok = false;
			if (s.npts > s.cap || s.nsorted > s.npts || !is_canonical(s.pts, s.nsorted))
				ok = false;
			for (k = 0; k < 2; k++)
			{
				const gl_drift_values *r = &s.rows[k];

				if (r->n > r->cap || r->nsorted > r->n ||
					(r->nsorted >= 2 && r->v[r->nsorted - 1] < r->v[r->nsorted - 2]))
					ok = false;
			}
			if (summary_bytes(&s) > maxbytes)
				maxbytes = summary_bytes(&s);
			if (rep == 1 && (s.rows[0].nsorted != s.rows[0].n || s.rows[1].nsorted != s.rows[1].n))
				ok = false;
		}
		CHECK(ok, "every row: npts <= cap, canonical prefix, sorted prefix of the values (rep %d)", rep);
		{
			int64_t		t1;
			int64_t		t2;

			totals(s.pts, s.npts, &t1, &t2);
			CHECK(t1 + t2 + (int64_t) gl_drift_nrows(&s) == (int64_t) n,
				  "no observation lost or added (rep %d)", rep);
		}
		CHECK(gl_drift_compact(&s) == GL_DRIFT_OK && gl_drift_nrows(&s) == 0 &&
			  s.rows[0].v == NULL && s.scratch == NULL, "compacted: the buffers freed (rep %d)", rep);
		nw = reference_canonical(all, n, want);
		CHECK(same_points(s.pts, s.npts, want, nw), "compacted = canonical form of the rows (rep %d)", rep);
		if (rep == 2)
			CHECK(maxbytes <= 4096, "10 distinct values: the summary stays at %zu bytes", maxbytes);
		if (rep == 3)
			CHECK(maxbytes <= 96 * 1024, "1000 distinct values: the summary stays at %zu bytes", maxbytes);
		if (rep < 2)
			CHECK(maxbytes <= 24 * n + 4096,
				  "distinct values: at most 24 bytes a row while rows come in (%zu for %zu rows)",
				  maxbytes, n);
		gl_drift_free(&s);
		free(all);
		free(want);
	}

	/* merge = canonical form of the concatenation */
	for (rep = 0; rep < 40; rep++)
	{
		size_t		na = (size_t) (rng() % (rep < 20 ? 50 : 20000));
		size_t		nb = (size_t) (rng() % (rep < 20 ? 50 : 20000));
		gl_ks_point *a = random_points(na, rep % 3 == 0);
		gl_ks_point *b = random_points(nb, rep % 3 == 1);
		gl_ks_point *cat = malloc((na + nb + 1) * sizeof(gl_ks_point));
		gl_ks_point *want = malloc((2 * (na + nb) + 1) * sizeof(gl_ks_point));
		gl_drift_summary s;
		size_t		i;
		size_t		nw;
		size_t		nbc;

		memcpy(cat, a, na * sizeof(gl_ks_point));
		memcpy(cat + na, b, nb * sizeof(gl_ks_point));
		nw = reference_canonical(cat, na + nb, want);
		nbc = gl_ks_points_canonicalize(b, nb);
		gl_drift_init(&s, 0);
		/* a: half canonical, half an unsorted tail */
		for (i = 0; i < na; i++)
		{
			if (i == na / 2)
				gl_drift_compact(&s);
			gl_drift_add_point(&s, a[i].value, a[i].n1, a[i].n2);
		}
		CHECK(gl_drift_merge(&s, b, nbc) == GL_DRIFT_OK &&
			  same_points(s.pts, s.npts, want, nw) && s.nsorted == s.npts,
			  "merge of %zu and %zu points = canonical form of both", na, nb);
		gl_drift_free(&s);
		free(a);
		free(b);
		free(cat);
		free(want);
	}

	/* workers' sorted runs absorbed by a leader = canonical form of all rows */
	for (rep = 0; rep < 6; rep++)
	{
		size_t		n = rep < 3 ? 3000 : 40000;
		gl_ks_point *all = malloc(n * sizeof(gl_ks_point));
		gl_ks_point *want = malloc(n * sizeof(gl_ks_point));
		gl_drift_summary part[3];
		size_t		i;
		size_t		nw;
		int			w;
		bool		ok = true;

		for (w = 0; w < 3; w++)
			gl_drift_init(&part[w], 0);
		for (i = 0; i < n; i++)
		{
			double		v = rep % 2 ? awkward() : (double) (rng() % 50);
			bool		cur = rng() % 2;

			all[i].value = v;
			all[i].n1 = !cur;
			all[i].n2 = cur;
			/* some input points too, as a combined stored state has */
			if (i % 97 == 0)
				ok &= gl_drift_add_point(&part[i % 3], v, !cur, cur) == GL_DRIFT_OK;
			else
				ok &= gl_drift_add(&part[i % 3], v, cur) == GL_DRIFT_OK;
		}
		for (w = 1; w < 3; w++)
		{
			const double *x[2];

			ok &= gl_drift_sort_runs(&part[w]) == GL_DRIFT_OK;
			ok &= gl_drift_run_valid(part[w].rows[0].v, part[w].rows[0].n) &&
				gl_drift_run_valid(part[w].rows[1].v, part[w].rows[1].n) &&
				is_canonical(part[w].pts, part[w].npts);
			x[0] = part[w].rows[0].v;
			x[1] = part[w].rows[1].v;
			{
				size_t		nx[2] = {part[w].rows[0].n, part[w].rows[1].n};

				ok &= gl_drift_absorb(&part[0], part[w].pts, part[w].npts, x, nx) == GL_DRIFT_OK;
			}
		}
		ok &= gl_drift_compact(&part[0]) == GL_DRIFT_OK;
		nw = reference_canonical(all, n, want);
		CHECK(ok && same_points(part[0].pts, part[0].npts, want, nw),
			  "runs of 3 summaries absorbed = canonical form of the rows (%zu rows, rep %d)", n, rep);
		for (w = 0; w < 3; w++)
			gl_drift_free(&part[w]);
		free(all);
		free(want);
	}
	{
		double		r[] = {1.0, 2.0, 2.0, 3.0};
		double		bad[] = {1.0, 3.0, 2.0};
		double		nan[] = {1.0, NAN};

		CHECK(gl_drift_run_valid(r, 4) && gl_drift_run_valid(NULL, 0) &&
			  !gl_drift_run_valid(bad, 3) && !gl_drift_run_valid(nan, 2),
			  "a run is finite and non-decreasing");
	}

	/* merging something unsorted still gives the canonical form */
	{
		gl_ks_point b[] = {{3.0, 1, 0}, {1.0, 0, 1}, {3.0, 0, 2}};
		gl_ks_point want[] = {{1.0, 1, 1}, {2.0, 1, 0}, {3.0, 1, 2}};
		gl_drift_summary s;

		gl_drift_init(&s, 0);
		gl_drift_add(&s, 2.0, false);
		gl_drift_add(&s, 1.0, false);
		CHECK(gl_drift_merge(&s, b, 3) == GL_DRIFT_OK && same_points(s.pts, s.npts, want, 3),
			  "merge of unsorted points");
		CHECK(gl_drift_merge(&s, NULL, 0) == GL_DRIFT_OK && s.npts == 3, "merge of nothing");
		gl_drift_free(&s);
	}

	/* a copy of canonical points, with room to grow */
	{
		gl_ks_point p[] = {{1.0, 1, 0}, {2.0, 0, 3}};
		gl_drift_summary s;

		CHECK(gl_drift_init_copy(&s, p, 2) == GL_DRIFT_OK && same_points(s.pts, s.npts, p, 2) &&
			  s.nsorted == 2 && s.cap == GL_DRIFT_INITIAL_CAP, "copy of 2 points");
		gl_drift_free(&s);
		CHECK(gl_drift_init_copy(&s, NULL, 0) == GL_DRIFT_OK && s.npts == 0, "copy of nothing");
		gl_drift_free(&s);
		CHECK(gl_drift_init_copy(&s, p, GL_DRIFT_MAX_POINTS + 1) == GL_DRIFT_E_TOO_LARGE,
			  "copy beyond the limit");
	}

	/* input points: finite values, counts 0 .. INT32_MAX */
	{
		gl_drift_summary s;

		gl_drift_init(&s, 0);
		CHECK(gl_drift_add_point(&s, NAN, 1, 0) == GL_DRIFT_E_BINARY_POINT, "NaN point");
		CHECK(gl_drift_add_point(&s, -INFINITY, 1, 0) == GL_DRIFT_E_BINARY_POINT, "infinite point");
		CHECK(gl_drift_add_point(&s, 1.0, -1, 0) == GL_DRIFT_E_BINARY_POINT, "negative count");
		CHECK(gl_drift_add_point(&s, 1.0, 0, (int64_t) INT32_MAX + 1) == GL_DRIFT_E_BINARY_POINT,
			  "count above INT32_MAX");
		CHECK(gl_drift_add_point(&s, 1.0, INT32_MAX, 0) == GL_DRIFT_OK && s.npts == 1,
			  "count INT32_MAX");
		gl_drift_free(&s);
	}

	/* limits and failed allocations */
	{
		gl_drift_summary s;
		gl_ks_point one = {1.0, 1, 0};

		CHECK(gl_drift_init(&s, GL_DRIFT_MAX_POINTS + 1) == GL_DRIFT_E_TOO_LARGE, "init too large");
		memset(&s, 0, sizeof(s));
		s.npts = s.nsorted = s.cap = GL_DRIFT_MAX_POINTS;
		CHECK(gl_drift_reserve(&s, 1) == GL_DRIFT_E_TOO_LARGE, "reserve beyond the limit");
		CHECK(gl_drift_add(&s, 1.0, true) == GL_DRIFT_E_TOO_LARGE, "add beyond the limit");
		CHECK(gl_drift_merge(&s, &one, 1) == GL_DRIFT_E_TOO_LARGE, "merge beyond the limit");

		fail_above = 64;
		CHECK(gl_drift_init(&s, 1000) == GL_DRIFT_E_NOMEM, "init out of memory");
		fail_above = (size_t) -1;
		gl_drift_init(&s, 0);
		fail_above = GL_DRIFT_INITIAL_ROWS * sizeof(double);
		{
			int			i;
			int			rc = GL_DRIFT_OK;

			for (i = 0; i < GL_DRIFT_INITIAL_ROWS + 1 && rc == GL_DRIFT_OK; i++)
				rc = gl_drift_add(&s, (double) i, false);
			CHECK(rc == GL_DRIFT_E_NOMEM && s.rows[0].n == GL_DRIFT_INITIAL_ROWS,
				  "growth out of memory");
			{
				gl_ks_point b[] = {{100.0, 1, 0}};

				CHECK(gl_drift_merge(&s, b, 1) == GL_DRIFT_E_NOMEM &&
					  s.rows[0].n == GL_DRIFT_INITIAL_ROWS && s.npts == 0,
					  "merge out of memory keeps the summary");
			}
		}
		fail_above = (size_t) -1;
		gl_drift_free(&s);
	}
}

/* ---- options -------------------------------------------------------------- */

static void
test_options(void)
{
	gl_drift_opts ks = {GL_DRIFT_KS, GL_KS_LESS, GL_KS_EXACT, 0};
	gl_drift_opts ks2 = {GL_DRIFT_KS, GL_KS_LESS, GL_KS_ASYMP, 0};
	gl_drift_opts psi = {GL_DRIFT_PSI, 0, 0, 10};
	gl_drift_opts bad[] = {
		{0, 0, 0, 0}, {3, 0, 0, 0}, {GL_DRIFT_KS, 3, 0, 0}, {GL_DRIFT_KS, 0, 3, 0},
		{GL_DRIFT_KS, -1, 0, 0}, {GL_DRIFT_KS, 0, 0, 10}, {GL_DRIFT_PSI, 0, 0, 1},
		{GL_DRIFT_PSI, 1, 0, 10}, {GL_DRIFT_PSI, 0, 1, 10}, {GL_DRIFT_PSI, 0, 0, -5},
	};
	char		buf[GL_DRIFT_OPTS_LEN];
	size_t		i;

	CHECK(gl_drift_opts_valid(&ks) && gl_drift_opts_valid(&psi), "valid options");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(!gl_drift_opts_valid(&bad[i]), "invalid options %zu", i);
	CHECK(strcmp(gl_drift_opts_text(&ks, buf), "ks(less,exact)") == 0, "ks options text");
	CHECK(strcmp(gl_drift_opts_text(&psi, buf), "psi(10)") == 0, "psi options text");
	CHECK(gl_drift_opts_equal(&ks, &ks) && !gl_drift_opts_equal(&ks, &ks2), "equal");
	CHECK(strcmp(gl_drift_opts_diff(&ks, &ks2), "method") == 0 &&
		  strcmp(gl_drift_opts_diff(&ks, &psi), "state") == 0 &&
		  gl_drift_opts_diff(&ks, &ks) == NULL, "the option that differs");
	CHECK(gl_drift_check_bins(2) == GL_DRIFT_OK && gl_drift_check_bins(INT32_MAX) == GL_DRIFT_OK &&
		  gl_drift_check_bins(1) == GL_DRIFT_E_BINS &&
		  gl_drift_check_bins((int64_t) INT32_MAX + 1) == GL_DRIFT_E_BINS, "bins");
	CHECK(gl_choice_find(&gl_drift_alternatives, " Two_Sided ", 11) == GL_KS_TWO_SIDED &&
		  gl_choice_find(&gl_drift_methods, "ASYMP", 5) == GL_KS_ASYMP &&
		  gl_choice_find(&gl_drift_methods, "permutation", 11) < 0, "the name rule");
	CHECK(strcmp(gl_drift_kind_name(GL_DRIFT_KS), "ks_drift") == 0 &&
		  strcmp(gl_drift_kind_name(GL_DRIFT_PSI), "psi") == 0, "kind names");
	{
		char		sizes[GL_DRIFT_SIZES_LEN];

		CHECK(strcmp(gl_drift_sizes_text(100000, 7, sizes),
					 "100000 baseline and 7 current observations") == 0, "sizes text");
	}
}

/* ---- the text form -------------------------------------------------------- */

static char *
test_dtoa(double v, char *buf)
{
	return gl_format_double(buf, GL_DRIFT_DTOA_LEN, v);
}

static void
test_text_round_trip(void)
{
	int			rep;

	for (rep = 0; rep < 200; rep++)
	{
		size_t		n = (size_t) (rep < 150 ? rng() % 40 : rng() % 5000);
		gl_ks_point *p = random_points(n, rep % 4 == 0);
		gl_drift_opts o = {GL_DRIFT_KS, (int) (rng() % 3), (int) (rng() % 3), 0};
		gl_drift_opts back;
		gl_drift_summary s;
		gl_drift_text_error err;
		size_t		len;
		size_t		len2;
		char	   *text;
		char	   *text2;
		int			rc;

		if (rep % 3 == 0)
		{
			o.kind = GL_DRIFT_PSI;
			o.alt = o.method = 0;
			o.bins = 2 + (int32_t) (rng() % 100);
		}
		n = gl_ks_points_canonicalize(p, n);
		text = gl_drift_format(&o, p, n, test_dtoa, &len);
		CHECK(text != NULL && strlen(text) == len, "format");
		rc = gl_drift_parse(text, &back, &s, &err);
		CHECK(rc == GL_DRIFT_OK && gl_drift_opts_equal(&o, &back) &&
			  same_points(s.pts, s.npts, p, n),
			  "text round trip of %zu points exact (rc %d): %.80s", n, rc, text);
		text2 = gl_drift_format(&back, s.pts, s.npts, test_dtoa, &len2);
		CHECK(len == len2 && strcmp(text, text2) == 0, "printed again the same");
		gl_free(text);
		gl_free(text2);
		gl_drift_free(&s);
		free(p);
	}

	/* the printed form */
	{
		gl_ks_point p[] = {{-1.5, 1, 0}, {0.0, 2, 3}, {5e-324, 0, 1}, {1e300, INT32_MAX, 7}};
		gl_drift_opts o = {GL_DRIFT_KS, GL_KS_TWO_SIDED, GL_KS_AUTO, 0};
		gl_drift_opts q = {GL_DRIFT_PSI, 0, 0, 4};
		size_t		len;
		char	   *t = gl_drift_format(&o, p, 4, test_dtoa, &len);

		CHECK(strcmp(t, "ks(two-sided,auto){-1.5:1:0,0:2:3,4.9406564584124654e-324:0:1,1e+300:2147483647:7}") == 0 ||
			  strcmp(t, "ks(two-sided,auto){-1.5:1:0,0:2:3,5e-324:0:1,1e+300:2147483647:7}") == 0,
			  "printed form: %s", t);
		gl_free(t);
		t = gl_drift_format(&q, NULL, 0, test_dtoa, &len);
		CHECK(strcmp(t, "psi(4){}") == 0 && len == 8, "empty psi state: %s", t);
		gl_free(t);
		fail_above = 8;
		CHECK(gl_drift_format(&q, NULL, 0, test_dtoa, &len) == NULL, "format out of memory");
		fail_above = (size_t) -1;
	}

	/* input: blanks, any order, repeated values, -0, names by the name rule */
	{
		gl_drift_opts o;
		gl_drift_summary s;
		gl_drift_text_error err;
		gl_ks_point want[] = {{0.0, 0, 1}, {1.0, 0, 2}, {3.0, 3, 1}};
		gl_ks_point split[] = {{1.0, INT32_MAX, 0}, {1.0, 5, 0}, {2.0, 0, 3}};

		CHECK(gl_drift_parse(" ks ( less , exact ) { 3:1:0 , 1:0:2, 3:2:1,-0:0:1, 7:0:0 } ",
							 &o, &s, &err) == GL_DRIFT_OK &&
			  o.kind == GL_DRIFT_KS && o.alt == GL_KS_LESS && o.method == GL_KS_EXACT &&
			  same_points(s.pts, s.npts, want, 3), "blanks, order, repeats, -0, empty point");
		gl_drift_free(&s);
		CHECK(gl_drift_parse("KS(Two_Sided,ASYMP){}", &o, &s, &err) == GL_DRIFT_OK &&
			  o.alt == GL_KS_TWO_SIDED && o.method == GL_KS_ASYMP && s.npts == 0,
			  "names by the name rule");
		gl_drift_free(&s);
		CHECK(gl_drift_parse("psi(2147483647){+0e-400:1:0}", &o, &s, &err) == GL_DRIFT_OK &&
			  o.kind == GL_DRIFT_PSI && o.bins == INT32_MAX && s.npts == 1 &&
			  s.pts[0].value == 0.0, "largest bins, a zero with a large exponent");
		gl_drift_free(&s);
		CHECK(gl_drift_parse("psi(2){1e-400:1:0}", &o, &s, &err) != GL_DRIFT_OK,
			  "a nonzero value that underflows to 0 is refused, as float8in does");
		CHECK(gl_drift_parse("ks(two-sided,asymp){1:2147483647:0,1:5:0,2:0:3}", &o, &s, &err) == GL_DRIFT_OK &&
			  same_points(s.pts, s.npts, split, 3), "a count above INT32_MAX stays split");
		gl_drift_free(&s);
	}
}

/* a text that must fail with status st at token tok (and extra) */
static void
check_syntax(const char *str, int st, const char *tok, const char *extra)
{
	gl_drift_opts o;
	gl_drift_summary s;
	gl_drift_text_error err;
	int			rc = gl_drift_parse(str, &o, &s, &err);
	const char *got = (rc == GL_DRIFT_E_TEXT_NUMBER) ? err.text.token : err.token;
	size_t		gotlen = (rc == GL_DRIFT_E_TEXT_NUMBER) ? err.text.token_len : err.token_len;

	CHECK(rc == st && s.pts == NULL, "%s: status %d, want %d", str, rc, st);
	CHECK(tok == NULL || (got != NULL && gotlen == strlen(tok) && memcmp(got, tok, gotlen) == 0),
		  "%s: token \"%.*s\", want \"%s\"", str, (int) gotlen, got ? got : "", tok);
	CHECK(extra == NULL || (err.extra != NULL && strcmp(err.extra, extra) == 0),
		  "%s: extra %s, want %s", str, err.extra ? err.extra : "(null)", extra);
}

static void
test_text_errors(void)
{
	check_syntax("", GL_DRIFT_E_TEXT_KIND, "", NULL);
	check_syntax("chi2(1){}", GL_DRIFT_E_TEXT_KIND, "chi2(1){}", NULL);
	check_syntax("ks", GL_DRIFT_E_TEXT_END, "", "(");
	check_syntax("ks{}", GL_DRIFT_E_TEXT_EXPECTED, "{}", "(");
	check_syntax("ks(two-sided){}", GL_DRIFT_E_TEXT_EXPECTED, "){}", ",");
	check_syntax("ks(two-tailed,auto){}", GL_DRIFT_E_TEXT_CHOICE, "two-tailed", "alternative");
	check_syntax("ks(less, permutation ){}", GL_DRIFT_E_TEXT_CHOICE, "permutation", "method");
	check_syntax("ks(less,auto", GL_DRIFT_E_TEXT_END, "", ")");
	check_syntax("ks(less,auto)", GL_DRIFT_E_TEXT_END, "", "{");
	check_syntax("psi(1){}", GL_DRIFT_E_TEXT_BINS, "1", NULL);
	check_syntax("psi(2147483648){}", GL_DRIFT_E_TEXT_BINS, "2147483648", NULL);
	check_syntax("psi(ten){}", GL_DRIFT_E_TEXT_BINS, "ten", NULL);
	check_syntax("psi(){}", GL_DRIFT_E_TEXT_BINS, "", NULL);
	check_syntax("psi(4)[]", GL_DRIFT_E_TEXT_EXPECTED, "[]", "{");
	check_syntax("ks(two-sided,auto){1:2}", GL_DRIFT_E_TEXT_EXPECTED, "}", ":");
	check_syntax("ks(two-sided,auto){1:2:3", GL_DRIFT_E_TEXT_END, "", "}");
	check_syntax("ks(two-sided,auto){1:2:3 4:0:1}", GL_DRIFT_E_TEXT_COUNT, "3 4", NULL);
	check_syntax("ks(two-sided,auto){1:2:3;4:0:1}", GL_DRIFT_E_TEXT_COUNT, "3;4", NULL);
	check_syntax("ks(two-sided,auto){1:-1:0}", GL_DRIFT_E_TEXT_COUNT, "-1", NULL);
	check_syntax("ks(two-sided,auto){1:1.5:0}", GL_DRIFT_E_TEXT_COUNT, "1.5", NULL);
	check_syntax("ks(two-sided,auto){1::0}", GL_DRIFT_E_TEXT_COUNT, "", NULL);
	check_syntax("ks(two-sided,auto){1:2147483648:0}", GL_DRIFT_E_TEXT_COUNT_RANGE, "2147483648", NULL);
	check_syntax("ks(two-sided,auto){1:0:99999999999999999999}", GL_DRIFT_E_TEXT_COUNT_RANGE,
				 "99999999999999999999", NULL);
	check_syntax("ks(two-sided,auto){NaN:1:0}", GL_DRIFT_E_TEXT_NUMBER, "NaN", NULL);
	check_syntax("ks(two-sided,auto){Infinity:1:0}", GL_DRIFT_E_TEXT_NUMBER, "Infinity", NULL);
	check_syntax("ks(two-sided,auto){0x10:1:0}", GL_DRIFT_E_TEXT_NUMBER, "0x10", NULL);
	check_syntax("ks(two-sided,auto){1.5abc:1:0}", GL_DRIFT_E_TEXT_NUMBER, "1.5abc", NULL);
	check_syntax("ks(two-sided,auto){:1:0}", GL_DRIFT_E_TEXT_NUMBER, "", NULL);
	check_syntax("ks(two-sided,auto){1:1:1,}", GL_DRIFT_E_TEXT_NUMBER, "", NULL);
	check_syntax("ks(two-sided,auto){1:1:1} x", GL_DRIFT_E_TEXT_TRAILING, "x", NULL);
	check_syntax("ks(two-sided,auto){1:1:1}}", GL_DRIFT_E_TEXT_TRAILING, "}", NULL);

	/* which base status a bad number is */
	{
		gl_drift_opts o;
		gl_drift_summary s;
		gl_drift_text_error err;

		CHECK(gl_drift_parse("ks(less,auto){1e999:1:0}", &o, &s, &err) == GL_DRIFT_E_TEXT_NUMBER &&
			  err.text.status == GL_TEXT_NUMBER_RANGE, "1e999 is out of range");
		CHECK(gl_drift_parse("ks(less,auto){nan:1:0}", &o, &s, &err) == GL_DRIFT_E_TEXT_NUMBER &&
			  err.text.status == GL_TEXT_BAD_NUMBER, "nan is not a number");
	}

	/* the fields a text error fills in */
	{
		gl_drift_opts o;
		gl_drift_summary s;
		gl_drift_text_error err;
		gl_status_args a;
		char		list[128];
		char		msg[512];
		const char *str = "ks(less,perm){}";

		CHECK(gl_drift_parse(str, &o, &s, &err) == GL_DRIFT_E_TEXT_CHOICE, "unknown method");
		gl_drift_text_args(&err, str, &a, list, sizeof(list));
		gl_status_format(msg, sizeof(msg),
						 gl_status_find(&gl_drift_statuses, GL_DRIFT_E_TEXT_CHOICE)->message,
						 NULL, &a);
		CHECK(strcmp(msg, "invalid input syntax for type drift_state: \"ks(less,perm){}\"") == 0,
			  "message: %s", msg);
		gl_status_format(msg, sizeof(msg),
						 gl_status_find(&gl_drift_statuses, GL_DRIFT_E_TEXT_CHOICE)->detail,
						 NULL, &a);
		CHECK(strcmp(msg, "Unknown method \"perm\".") == 0, "detail: %s", msg);
		gl_status_format(msg, sizeof(msg),
						 gl_status_find(&gl_drift_statuses, GL_DRIFT_E_TEXT_CHOICE)->hint,
						 NULL, &a);
		CHECK(strcmp(msg, "Valid names of the method: \"auto\", \"exact\" or \"asymp\" (case and \"_\" or \"-\" do not matter).") == 0,
			  "hint: %s", msg);
	}
}

/* ---- statuses ------------------------------------------------------------- */

static void
test_statuses(void)
{
	const char *why = gl_status_table_check(&gl_drift_statuses);
	int			code;
	static const int stats_codes[] = {
		GL_STATS_E_PARAM, GL_STATS_E_UNSORTED, GL_STATS_E_NOMEM,
		GL_STATS_E_TOO_LARGE, GL_STATS_E_OVERFLOW,
	};
	size_t		i;

	CHECK(why == NULL, "drift status table: %s", why ? why : "");
	for (code = 1; code < GL_DRIFT_E__COUNT; code++)
	{
		const gl_status *s = gl_status_find(&gl_drift_statuses, code);

		/* bad numbers are reported with base's text statuses */
		if (code == GL_DRIFT_E_TEXT_NUMBER)
			CHECK(s == NULL, "no descriptor for GL_DRIFT_E_TEXT_NUMBER");
		else
			CHECK(s != NULL, "status %d has a descriptor", code);
	}
	CHECK(gl_drift_stats_status(GL_STATS_OK) == GL_DRIFT_OK &&
		  gl_drift_stats_status(GL_STATS_E_EMPTY) == GL_DRIFT_OK, "OK and EMPTY are no error");
	CHECK(gl_drift_stats_status(GL_STATS_E_NUMERIC) == GL_DRIFT_OK &&
		  gl_drift_stats_status(GL_STATS_E_CONFIDENCE) == GL_DRIFT_OK &&
		  gl_drift_stats_status(GL_STATS_E_BINS) == GL_DRIFT_OK,
		  "the statistics core words numeric failures, confidences and bins itself");
	for (i = 0; i < sizeof(stats_codes) / sizeof(stats_codes[0]); i++)
	{
		int			d = gl_drift_stats_status(stats_codes[i]);

		CHECK(d != GL_DRIFT_OK && gl_status_find(&gl_drift_statuses, d) != NULL,
			  "stats status %d is reported as drift status %d", stats_codes[i], d);
	}
	CHECK(gl_drift_stats_status(GL_STATS_E_TOO_LARGE) == GL_DRIFT_E_EXACT_TOO_LARGE &&
		  gl_drift_stats_status(GL_STATS_E_PARAM) == GL_DRIFT_E_CORRUPT &&
		  gl_drift_stats_status(GL_STATS_E_UNSORTED) == GL_DRIFT_E_CORRUPT &&
		  gl_drift_stats_status(GL_STATS_E_OVERFLOW) == GL_DRIFT_E_SAMPLES_OVERFLOW &&
		  gl_drift_stats_status(GL_STATS_E_NOMEM) == GL_DRIFT_E_NOMEM, "stats status mapping");
	/* no user-facing status is an internal error */
	for (code = 1; code < GL_DRIFT_E__COUNT; code++)
	{
		const gl_status *s = gl_status_find(&gl_drift_statuses, code);

		if (s != NULL && s->kind == GL_ERR_INTERNAL)
			CHECK(code == GL_DRIFT_E_NUMERIC, "status %d is internal", code);
	}
	/* a message with its fields */
	{
		gl_status_args a = {0};
		char		msg[256];

		a.name = "psi";
		a.namelen = 3;
		a.extra = "ks_drift";
		gl_status_format(msg, sizeof(msg),
						 gl_status_find(&gl_drift_statuses, GL_DRIFT_E_WRONG_KIND)->message,
						 gl_status_find(&gl_drift_statuses, GL_DRIFT_E_WRONG_KIND), &a);
		CHECK(strcmp(msg, "state must be a ks_drift state, not a psi state") == 0, "%s", msg);
	}
}

int
main(void)
{
	static const gl_allocator failing = {test_alloc, test_realloc, test_free};

	unit_name = "test_drift";
	gl_set_allocator(&failing);
	test_canonical();
	test_sort_values();
	test_summary();
	test_options();
	test_text_round_trip();
	test_text_errors();
	test_statuses();
	return unit_done();
}
