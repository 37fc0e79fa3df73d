/*
 * test_health.c - unit tests of the health core: the status table, the
 * issue's Wilson references, counting in and out of time order against a
 * plain count, merging, episodes and bands on small hand-worked cases, the
 * limits (checks, shares, quantile bounds against a sorted copy as
 * percentile_cont reads it), the text forms and their errors, and the
 * limits on size.  Every test frees what it made.
 */
#include <stdint.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>

#include "base/alloc.h"
#include "health/health.h"
#include "unit.h"

#define MIN_US INT64_C(60000000)

static void
put(char *buf, double v)
{
	snprintf(buf, 32, "%.17g", v);
}

/* the message (0), detail (1) or hint (2) of status st */
static const char *
text_of(gl_health_status st, const gl_health_error *err, int which)
{
	static char bufs[4][1100];
	static int	next;
	char	   *buf = bufs[next++ % 4];
	const gl_status *s = gl_status_find(&gl_health_statuses, st);
	const char *tmpl;

	if (s == NULL)
		return "(no descriptor)";
	tmpl = which == 0 ? s->message : which == 1 ? s->detail : s->hint;
	if (tmpl == NULL)
		return "(none)";
	return gl_status_format(buf, 1100, tmpl, s, &err->args);
}

static void
test_statuses(void)
{
	const char *why = gl_status_table_check(&gl_health_statuses);
	int			st;

	CHECK(why == NULL, "status table: %s", why ? why : "");
	for (st = GL_HEALTH_NOMEM; st <= GL_HEALTH_INTERNAL; st++)
		CHECK(gl_status_find(&gl_health_statuses, st) != NULL, "status %d has no descriptor", st);
}

/* statsmodels proportion_confint(method='wilson'), the references */
static void
test_wilson(void)
{
	gl_health_rate r;
	gl_health_error err;

	CHECK(gl_health_interval(2, 10, 0.95, GL_HEALTH_WILSON, &r, &err) == GL_HEALTH_OK, "2/10");
	CHECK_REL(r.lower, 0.056682151454375246, 1e-13, "2/10 lower");
	CHECK_REL(r.upper, 0.5098375284633583, 1e-13, "2/10 upper");
	CHECK(r.rate == 0.2, "2/10 rate");
	CHECK(gl_health_interval(60, 400, 0.95, GL_HEALTH_WILSON, &r, &err) == GL_HEALTH_OK, "60/400");
	CHECK_REL(r.lower, 0.11834499530337544, 1e-13, "60/400 lower");
	CHECK_REL(r.upper, 0.18831361073063213, 1e-13, "60/400 upper");
	CHECK(gl_health_interval(1, 2, 1.0, GL_HEALTH_WILSON, &r, &err) == GL_HEALTH_CONFIDENCE,
		  "confidence 1 refused");
	CHECK(strcmp(text_of(GL_HEALTH_CONFIDENCE, &err, 0),
				 "confidence must be between 0 and 1, exclusive, not 1") == 0,
		  "confidence message: %s", text_of(GL_HEALTH_CONFIDENCE, &err, 0));
}

/* a tiny linear congruential generator (reproducible everywhere) */
static uint64_t lcg_state = 12345;

static uint32_t
lcg(void)
{
	lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t) (lcg_state >> 33);
}

/*
 * The events split into small states (1-3 consecutive buckets each, every
 * stretch in two states: the even and the odd events), merged one by one
 * into an empty state in time order, reverse and random order: each gives
 * the one-pass counts c.
 */
static void
rollup_orders(const gl_health_counts *c, const int64_t *ts, const bool *failed,
			  int ne, int nb)
{
	int			nstates = 0;
	int		   *stretch = malloc(sizeof(int) * (size_t) nb);	/* the stretch of a bucket */
	gl_health_counts *st;
	int		   *order;
	int			b,
				i,
				k,
				pass;
	gl_health_error err;

	for (b = 0; b < nb; nstates++)
	{
		int			len = 1 + (int) (lcg() % 3);

		for (k = 0; k < len && b < nb; k++)
			stretch[b++] = nstates;
	}
	st = malloc(sizeof(gl_health_counts) * (size_t) nstates * 2);
	order = malloc(sizeof(int) * (size_t) nstates * 2);
	for (i = 0; i < nstates * 2; i++)
		gl_health_counts_init(&st[i], MIN_US);
	for (i = 0; i < ne; i++)
	{
		int64_t		bucket = gl_health_bucket_of(ts[i], MIN_US);

		b = (int) (bucket + nb / 2);
		gl_health_counts_add(&st[stretch[b] * 2 + (i & 1)], ts[i], failed[i], &err);
	}
	for (i = 0; i < nstates * 2; i++)
		CHECK(gl_health_counts_compact(&st[i], &err) == GL_HEALTH_OK, "compact state %d", i);
	CHECK(nstates > 1000, "stretches: %d", nstates);
	for (pass = 0; pass < 3; pass++)
	{
		static const char *const names[] = {"time", "reverse", "random"};
		gl_health_counts r;
		bool		ok = true;

		for (i = 0; i < nstates * 2; i++)
			order[i] = pass == 1 ? nstates * 2 - 1 - i : i;
		if (pass == 2)
			for (i = nstates * 2 - 1; i > 0; i--)
			{
				int			j = (int) (lcg() % (uint32_t) (i + 1));
				int			t = order[i];

				order[i] = order[j];
				order[j] = t;
			}
		gl_health_counts_init(&r, MIN_US);
		for (i = 0; i < nstates * 2; i++)
			if (gl_health_counts_merge(&r, &st[order[i]], &err) != GL_HEALTH_OK)
				ok = false;
		CHECK(ok, "rollup in %s order", names[pass]);
		CHECK(gl_health_counts_compact(&r, &err) == GL_HEALTH_OK, "compact %s", names[pass]);
		CHECK(r.n == c->n && memcmp(r.b, c->b, (size_t) c->n * sizeof(gl_health_bucket)) == 0,
			  "rollup in %s order equals one pass (%d buckets, want %d)", names[pass], r.n, c->n);
		gl_health_counts_free(&r);
	}
	for (i = 0; i < nstates * 2; i++)
		gl_health_counts_free(&st[i]);
	free(st);
	free(order);
	free(stretch);
}

/* counting in shuffled order gives the counts of a plain tally */
static void
test_counting(void)
{
	enum
	{
		NB = 5000, NE = 200000
	};
	static int64_t tot[NB],
				errs[NB];
	static int64_t ts[NE];
	static bool failed[NE];
	gl_health_counts c;
	gl_health_error err;
	int			i;
	bool		ok = true;
	int			nonempty = 0;

	memset(tot, 0, sizeof(tot));
	memset(errs, 0, sizeof(errs));
	for (i = 0; i < NE; i++)
	{
		int			b = (int) (lcg() % NB);

		/* buckets from -2500 (before 2000-01-01) on */
		ts[i] = (int64_t) (b - NB / 2) * MIN_US + (int64_t) (lcg() % 60000000);
		failed[i] = lcg() % 7 == 0;
		tot[b]++;
		errs[b] += failed[i];
	}
	gl_health_counts_init(&c, MIN_US);
	for (i = 0; i < NE; i++)
		if (gl_health_counts_add(&c, ts[i], failed[i], &err) != GL_HEALTH_OK)
			ok = false;
	CHECK(ok, "add");
	CHECK(gl_health_counts_compact(&c, &err) == GL_HEALTH_OK, "compact");
	for (i = 0; i < NB; i++)
		nonempty += tot[i] > 0;
	CHECK(c.n == nonempty, "buckets %d, want %d", c.n, nonempty);
	for (i = 0; i < c.n && ok; i++)
	{
		int			b = (int) (c.b[i].bucket + NB / 2);

		ok = b >= 0 && b < NB && c.b[i].total == tot[b] && c.b[i].errors == errs[b] &&
			(i == 0 || c.b[i].bucket > c.b[i - 1].bucket);
	}
	CHECK(ok, "shuffled counts equal the plain tally");
	CHECK(gl_health_counts_check(&c, &err) == GL_HEALTH_OK, "check");

	/* merged halves equal the whole */
	{
		gl_health_counts a,
					b;
		bool		same = true;

		gl_health_counts_init(&a, MIN_US);
		gl_health_counts_init(&b, MIN_US);
		for (i = 0; i < NE; i++)
			gl_health_counts_add(i % 3 ? &a : &b, ts[i], failed[i], &err);
		CHECK(gl_health_counts_compact(&b, &err) == GL_HEALTH_OK, "compact b");
		CHECK(gl_health_counts_merge(&a, &b, &err) == GL_HEALTH_OK, "merge");
		CHECK(gl_health_counts_compact(&a, &err) == GL_HEALTH_OK, "compact a");
		same = a.n == c.n && memcmp(a.b, c.b, (size_t) c.n * sizeof(gl_health_bucket)) == 0;
		CHECK(same, "merged halves equal the whole");
		b.width = 2 * MIN_US;
		CHECK(gl_health_counts_merge(&a, &b, &err) == GL_HEALTH_WIDTH_DIFFERS, "widths differ");
		CHECK(strcmp(text_of(GL_HEALTH_WIDTH_DIFFERS, &err, 0),
					 "bucket_width must be the same in every row and summary, not 60 s and 120 s") == 0,
			  "width message: %s", text_of(GL_HEALTH_WIDTH_DIFFERS, &err, 0));
		gl_health_counts_free(&a);
		gl_health_counts_free(&b);
	}

	/* a rollup of many small states in time, reverse and random order */
	rollup_orders(&c, ts, failed, NE, NB);

	/* text round trip */
	{
		char	   *text = gl_health_counts_format(&c);
		gl_health_counts back;

		CHECK(text != NULL && gl_health_counts_parse(text, &back, &err) == GL_HEALTH_OK,
			  "parse of the output");
		CHECK(back.n == c.n && back.width == c.width &&
			  memcmp(back.b, c.b, (size_t) c.n * sizeof(gl_health_bucket)) == 0, "round trip");
		gl_health_counts_free(&back);
		gl_free(text);
	}
	gl_health_counts_free(&c);
}

/* counts from a list "bucket:errors/total" */
static void
counts_of(gl_health_counts *c, int64_t width, const int64_t (*b)[3], int n)
{
	int			i;

	gl_health_counts_init(c, width);
	c->b = gl_alloc((size_t) n * sizeof(gl_health_bucket));
	c->n = c->max = n;
	for (i = 0; i < n; i++)
	{
		c->b[i].bucket = b[i][0];
		c->b[i].errors = b[i][1];
		c->b[i].total = b[i][2];
	}
}

static void
test_episodes(void)
{
	/*
	 * minutes 0-3 at 20 % (2/10 each: lower bound 5.7 %), minute 4 empty,
	 * 5-9 at 15 % (60/400: lower bound 11.8 %), 10 at 5 %, 11-12 at 50 %
	 */
	static const int64_t b[][3] = {
		{0, 2, 10}, {1, 2, 10}, {2, 2, 10}, {3, 2, 10},
		{5, 60, 400}, {6, 60, 400}, {7, 60, 400}, {8, 60, 400}, {9, 60, 400},
		{10, 5, 100}, {11, 50, 100}, {12, 50, 100},
	};
	gl_health_counts c;
	gl_health_judge j = {GL_HEALTH_BY_RATE, 0.95, GL_HEALTH_WILSON};
	gl_health_span *sp;
	int32_t		n;
	gl_health_error err;
	static const double thr[] = {0.01, 0.10};

	counts_of(&c, MIN_US, b, 12);
	CHECK(gl_health_episodes(&c, 0.10, 5 * MIN_US, &j, &sp, &n, &err) == GL_HEALTH_OK, "episodes");
	/* 0-3 is 4 minutes (too short); 5-9 is 5 minutes; 11-12 too short */
	CHECK(n == 1, "one episode, got %d", n);
	if (n == 1)
	{
		CHECK(sp[0].start == 5 * MIN_US && sp[0].end == 10 * MIN_US, "5..10 min");
		CHECK(sp[0].r.k == 300 && sp[0].r.n == 2000 && sp[0].buckets == 5, "counts of the episode");
	}
	gl_free(sp);
	CHECK(gl_health_episodes(&c, 0.10, 2 * MIN_US, &j, &sp, &n, &err) == GL_HEALTH_OK && n == 3,
		  "three episodes of 2 minutes or more, got %d", n);
	gl_free(sp);
	/* by the lower bound: 0-3 no longer counts (5.7 %), 5-9 still does (11.8 %) */
	j.by = GL_HEALTH_BY_LOWER;
	CHECK(gl_health_episodes(&c, 0.10, 2 * MIN_US, &j, &sp, &n, &err) == GL_HEALTH_OK && n == 2,
		  "two episodes by the lower bound, got %d", n);
	if (n == 2)
		CHECK(sp[0].start == 5 * MIN_US && sp[1].start == 11 * MIN_US, "which");
	gl_free(sp);
	/* exactly at the threshold is not above it */
	j.by = GL_HEALTH_BY_RATE;
	CHECK(gl_health_episodes(&c, 0.2, MIN_US, &j, &sp, &n, &err) == GL_HEALTH_OK && n == 1,
		  "0.2 is not above 0.2, got %d", n);
	gl_free(sp);
	CHECK(gl_health_episodes(&c, 1.5, MIN_US, &j, &sp, &n, &err) == GL_HEALTH_THRESHOLD_RANGE,
		  "threshold 1.5");
	CHECK(strcmp(text_of(GL_HEALTH_THRESHOLD_RANGE, &err, 0),
				 "threshold must be between 0 and 1, not 1.5") == 0,
		  "threshold message: %s", text_of(GL_HEALTH_THRESHOLD_RANGE, &err, 0));

	CHECK(gl_health_bands(&c, thr, 2, &j, &sp, &n, &err) == GL_HEALTH_OK && n == 12, "bands");
	if (n == 12)
		CHECK(sp[0].band == 2 && sp[4].band == 2 && sp[9].band == 1 && sp[11].band == 2, "band values");
	gl_free(sp);
	{
		static const double bad[] = {0.10, 0.01};

		CHECK(gl_health_bands(&c, bad, 2, &j, &sp, &n, &err) == GL_HEALTH_THRESHOLDS_ORDER,
			  "unsorted thresholds");
		CHECK(strcmp(text_of(GL_HEALTH_THRESHOLDS_ORDER, &err, 0),
					 "thresholds must be in increasing order without repeats, not 0.01 after 0.1") == 0,
			  "thresholds message: %s", text_of(GL_HEALTH_THRESHOLDS_ORDER, &err, 0));
	}
	gl_health_counts_free(&c);
}

/* the k-th smallest of a sorted array and percentile_cont as PostgreSQL has it */
static double
percentile_cont(const double *sorted, int64_t n, double p)
{
	double		h = p * (double) (n - 1);
	int64_t		lo = (int64_t) floor(h),
				hi = (int64_t) ceil(h);

	return sorted[lo] + (h - (double) lo) * (sorted[hi] - sorted[lo]);
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

static void
test_limits(void)
{
	static const double limits[] = {150, 450, 5000};
	enum
	{
		N = 3001
	};
	static double v[N];
	int64_t		counts[4] = {0};
	gl_health_limits s = {3, 0, 0, 0, (double *) limits, counts};
	gl_health_error err;
	int64_t		above;
	int			i;
	bool		ok = true;

	for (i = 0; i < N; i++)
	{
		/* ties at the limits on purpose */
		v[i] = (i % 50 == 0) ? limits[i % 3] : (double) (lcg() % 6000) + 0.5 * (lcg() % 2);
		gl_health_limits_add(&s, v[i]);
	}
	CHECK(s.n == N, "n");
	for (i = 0; i < 3; i++)
	{
		int64_t		want = 0;
		int			j;

		for (j = 0; j < N; j++)
			want += v[j] > limits[i];
		CHECK(gl_health_limits_above(&s, limits[i], put, &above, &err) == GL_HEALTH_OK &&
			  above == want, "above %g: %lld, want %lld", limits[i], (long long) above, (long long) want);
	}
	CHECK(gl_health_limits_above(&s, 300, put, &above, &err) == GL_HEALTH_NOT_A_LIMIT, "300 not a limit");
	CHECK(strcmp(text_of(GL_HEALTH_NOT_A_LIMIT, &err, 0),
				 "threshold must be one of the counted limits 150, 450, 5000, not 300") == 0,
		  "not a limit: %s", text_of(GL_HEALTH_NOT_A_LIMIT, &err, 0));

	qsort(v, N, sizeof(double), cmp_double);
	for (i = 0; i <= 1000; i++)
	{
		double		p = i / 1000.0,
					lo,
					hi,
					q = percentile_cont(v, N, p);

		if (gl_health_quantile_bounds(&s, p, &lo, &hi, &err) != GL_HEALTH_OK || !(lo <= q && q <= hi))
			ok = false;
	}
	CHECK(ok, "quantile bounds contain percentile_cont");
	CHECK(gl_health_limits_check(&s, put, &err) == GL_HEALTH_OK, "check");

	/* text round trip */
	{
		char	   *text = gl_health_limits_format(&s, put);
		gl_health_limits back;

		CHECK(gl_health_limits_parse(text, &back, put, &err) == GL_HEALTH_OK, "parse output");
		CHECK(back.k == 3 && back.n == s.n && back.min == s.min && back.max == s.max &&
			  memcmp(back.counts, s.counts, 4 * sizeof(int64_t)) == 0, "round trip");
		gl_health_limits_free(&back);
		gl_free(text);
	}
	{
		static const double bad1[] = {150, 450, 450};
		static const double bad2[] = {450, 150};
		static const double bad3[] = {150, NAN};

		CHECK(gl_health_check_limits(bad1, 3, put, &err) == GL_HEALTH_LIMITS_REPEAT, "repeat");
		CHECK(gl_health_check_limits(bad2, 2, put, &err) == GL_HEALTH_LIMITS_ORDER, "order");
		CHECK(gl_health_check_limits(bad3, 2, put, &err) == GL_HEALTH_LIMIT_NONFINITE, "NaN");
		CHECK(gl_health_check_limits(bad3, 0, put, &err) == GL_HEALTH_ARRAY_EMPTY, "empty");
	}
}

static void
test_text_errors(void)
{
	static const struct
	{
		const char *text;
		gl_health_status st;
		const char *detail;
	}			cases[] = {
		{"", GL_HEALTH_TEXT_SYNTAX, NULL},
		{"buckets=1:0/1", GL_HEALTH_TEXT_MISSING, "The item \"width\" is missing."},
		{"width=0", GL_HEALTH_TEXT_WIDTH, NULL},
		{"width=1.0000001", GL_HEALTH_TEXT_WIDTH, NULL},
		{"width=60, colour=red", GL_HEALTH_TEXT_ITEM, NULL},
		{"width=60, buckets=1:0", GL_HEALTH_TEXT_BUCKET, NULL},
		{"width=60, buckets=1:3/2", GL_HEALTH_BUCKET_COUNTS, NULL},
		{"width=60, buckets=2:0/1 1:0/1", GL_HEALTH_BUCKET_ORDER, NULL},
		{"width=60, buckets=999999999999999999:0/1", GL_HEALTH_BUCKET_RANGE, NULL},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		gl_health_counts c;
		gl_health_error err;
		gl_health_status st = gl_health_counts_parse(cases[i].text, &c, &err);

		CHECK(st == cases[i].st, "\"%s\": status %d, want %d", cases[i].text, st, cases[i].st);
		if (st == cases[i].st && cases[i].detail)
			CHECK(strcmp(text_of(st, &err, 1), cases[i].detail) == 0, "detail %s",
				  text_of(st, &err, 1));
		if (st == GL_HEALTH_OK)
			gl_health_counts_free(&c);
	}
	{
		gl_health_limits s;
		gl_health_error err;

		CHECK(gl_health_limits_parse("limits=1 2, counts=1 2", &s, put, &err) == GL_HEALTH_TEXT_NCOUNTS,
			  "too few counts");
		CHECK(gl_health_limits_parse("limits=1 2, counts=0 1 0, min=5, max=1.5", &s, put, &err) ==
			  GL_HEALTH_MINMAX, "min above max");
		CHECK(gl_health_limits_parse("limits=1 NaN, counts=0 0 0", &s, put, &err) == GL_HEALTH_TEXT_NUMBER,
			  "NaN");
	}

	/*
	 * Each type's text errors show that type's own example, never the
	 * other's: every text status a parser returned, for six bad texts.
	 */
	{
		static const char *const bad_counts[] = {"", "width=60, colour=red", "buckets=1:0/1",
		"width=0", "width=60, buckets=1:0", "width"};
		static const char *const bad_limits[] = {"", "limits=1 2, colour=red", "limits=1 2",
		"limits=1 2, counts=0 1", "limits=1, counts=0 y", "limits"};
		const char *ec = "'width=60, buckets=14572:3/120 14573:0/98'";
		const char *lc = "'limits=150 450, counts=80 15 5, min=12, max=700'";

		for (i = 0; i < 6; i++)
		{
			gl_health_counts c;
			gl_health_limits s;
			gl_health_error err;
			gl_health_status st = gl_health_counts_parse(bad_counts[i], &c, &err);
			const char *hint = text_of(st, &err, 2);

			CHECK(st != GL_HEALTH_OK && strstr(hint, ec) && !strstr(hint, lc),
				  "error_counts \"%s\": hint %s", bad_counts[i], hint);
			st = gl_health_limits_parse(bad_limits[i], &s, put, &err);
			hint = text_of(st, &err, 2);
			CHECK(st != GL_HEALTH_OK && strstr(hint, lc) && !strstr(hint, ec),
				  "limit_counts \"%s\": hint %s", bad_limits[i], hint);
		}
	}
}

/* the sizes are limited; the limit is a status, not a crash */
static void
test_limits_on_size(void)
{
	gl_health_counts c;
	gl_health_error err;
	gl_health_status st = GL_HEALTH_OK;
	int64_t		i;

	/* durations */
	{
		int64_t		us;

		CHECK(gl_health_duration(1, 0, 0, "bucket_width", "1 mon", &us, &err) ==
			  GL_HEALTH_DURATION_MONTHS, "months");
		CHECK(strcmp(text_of(GL_HEALTH_DURATION_MONTHS, &err, 0),
					 "bucket_width must be a fixed length of time, not 1 mon") == 0, "months message");
		CHECK(gl_health_duration(0, 0, 0, "min_duration", "00:00:00", &us, &err) ==
			  GL_HEALTH_DURATION_NONPOSITIVE, "zero");
		CHECK(gl_health_duration(0, 1, -1, "bucket_width", "x", &us, &err) == GL_HEALTH_OK &&
			  us == INT64_C(86399999999), "1 day - 1 us");
		CHECK(gl_health_duration(0, 2147483647, 0, "bucket_width", "x", &us, &err) == GL_HEALTH_OK &&
			  us == INT64_MAX, "very long");
	}

	/* more buckets than allowed, in time order */
	gl_health_counts_init(&c, 1);
	for (i = 0; i <= GL_HEALTH_MAX_BUCKETS && st == GL_HEALTH_OK; i++)
		st = gl_health_counts_add(&c, i, false, &err);
	CHECK(st == GL_HEALTH_TOO_MANY_BUCKETS, "too many buckets: %d", st);
	gl_health_counts_free(&c);
}

int
main(void)
{
	unit_name = "test_health";
	gsl_set_error_handler_off();
	test_statuses();
	test_wilson();
	test_counting();
	test_episodes();
	test_limits();
	test_text_errors();
	test_limits_on_size();
	return unit_done();
}
