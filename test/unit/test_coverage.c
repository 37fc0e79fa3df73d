/*
 * test_coverage.c - the coverage core: its status table, the runs of a
 * worked example, and on random readings (inserted in random order, split
 * into parts that are merged) every answer against a brute-force
 * reference computed independently: gaps from consecutive differences of
 * the sorted readings, covered time by marking every microsecond of a
 * bitmap, counts and liveness by scanning all readings.
 */
#include "coverage/coverage.h"
#include "base/alloc.h"
#include "unit.h"

#include <stdint.h>
#include <stdlib.h>

#define MIN_US (60 * GL_USECS_PER_SEC)

static uint64_t rng = 88172645463325252ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static gl_time
parse_time(const char *s)
{
	gl_time		t = 0;

	gl_time_parse(s, strlen(s), &t);
	return t;
}

/* ---- the worked example ----------------------------------------------- */

/*
 * Readings every 5 minutes from 00:00 to 05:55 (72), one at 08:00, every
 * 5 minutes from 09:00 to 09:30 (7); max_gap 5 minutes; two missing rows.
 */
static void
test_example(void)
{
	gl_coverage c;
	gl_time		t0 = parse_time("2024-01-01T00:00:00Z");
	gl_cov_gap	gaps[8];
	size_t		ngaps;
	int64_t		count;
	size_t		cut;
	char	   *text;
	int			i;

	CHECK(gl_cov_init(&c, 5 * MIN_US, 4) == GL_COV_OK, "init");
	/* in reverse order: every reading but the first takes the slow path */
	for (i = 6; i >= 0; i--)
		gl_cov_add(&c, t0 + (540 + 5 * i) * MIN_US);
	gl_cov_add(&c, t0 + 480 * MIN_US);
	for (i = 71; i >= 0; i--)
		gl_cov_add(&c, t0 + 5 * i * MIN_US);
	gl_cov_add_missing(&c);
	gl_cov_add_missing(&c);
	CHECK(gl_cov_compact(&c) == GL_COV_OK, "compact");
	CHECK(c.nruns == 3, "3 runs, got %zu", c.nruns);
	CHECK(c.runs[0].first == t0 && c.runs[0].last == t0 + 355 * MIN_US &&
		  c.runs[0].n == 72, "run 0");
	CHECK(c.runs[1].first == t0 + 480 * MIN_US && c.runs[1].n == 1, "run 1");
	CHECK(c.runs[2].first == t0 + 540 * MIN_US &&
		  c.runs[2].last == t0 + 570 * MIN_US && c.runs[2].n == 7, "run 2");
	CHECK(c.readings == 80 && c.missing == 2, "counts");

	/* 00:00-10:00: covered 00:00-06:00, 08:00-08:05, 09:00-09:35 */
	CHECK(gl_cov_covered(c.runs, c.nruns, c.max_gap, t0, t0 + 600 * MIN_US) ==
		  400 * MIN_US, "covered");
	CHECK(gl_cov_covered(c.runs, c.nruns, c.max_gap, t0 + 350 * MIN_US,
						 t0 + 482 * MIN_US) == 12 * MIN_US, "covered, cut window");
	CHECK(gl_cov_count_in(c.runs, c.nruns, t0, t0 + 600 * MIN_US, &count, &cut) ==
		  GL_COV_OK && count == 80, "count");
	CHECK(gl_cov_count_in(c.runs, c.nruns, t0 + 400 * MIN_US, t0 + 500 * MIN_US,
						  &count, &cut) == GL_COV_OK && count == 1, "count of 1");
	CHECK(gl_cov_count_in(c.runs, c.nruns, t0 + 60 * MIN_US, t0 + 600 * MIN_US,
						  &count, &cut) == GL_COV_WINDOW_CUTS_RUN && cut == 0,
		  "a window that cuts run 0");

	gl_cov_gaps(c.runs, c.nruns, c.max_gap, false, 0, 0, gaps, &ngaps);
	CHECK(ngaps == 2 && gaps[0].start == t0 + 355 * MIN_US &&
		  gaps[0].end == t0 + 480 * MIN_US && gaps[1].start == t0 + 480 * MIN_US &&
		  gaps[1].end == t0 + 540 * MIN_US, "gaps");
	gl_cov_gaps(c.runs, c.nruns, 60 * MIN_US, false, 0, 0, gaps, &ngaps);
	CHECK(ngaps == 1 && gaps[0].end == t0 + 480 * MIN_US, "gaps over an hour");
	gl_cov_gaps(c.runs, c.nruns, 30 * MIN_US, true, t0 - 60 * MIN_US,
				t0 + 720 * MIN_US, gaps, &ngaps);
	CHECK(ngaps == 4 && gaps[0].start == t0 - 60 * MIN_US && gaps[0].end == t0 &&
		  gaps[3].start == t0 + 570 * MIN_US && gaps[3].end == t0 + 720 * MIN_US,
		  "gaps in a window, with its edges");

	CHECK(gl_cov_live_at(c.runs, c.nruns, c.max_gap, t0 + 360 * MIN_US), "live at 06:00");
	CHECK(!gl_cov_live_at(c.runs, c.nruns, c.max_gap, t0 + 361 * MIN_US), "not at 06:01");
	CHECK(!gl_cov_live_at(c.runs, c.nruns, c.max_gap, t0 - 1), "not before");

	text = gl_cov_format(c.max_gap, c.missing, c.runs, c.nruns);
	CHECK(text && strcmp(text, "max_gap=300, missing=2; "
						 "2024-01-01T00:00:00Z 2024-01-01T05:55:00Z 72; "
						 "2024-01-01T08:00:00Z 2024-01-01T08:00:00Z 1; "
						 "2024-01-01T09:00:00Z 2024-01-01T09:30:00Z 7") == 0,
		  "text: %s", text ? text : "(null)");
	{
		int64_t		g,
					m;
		gl_cov_run *r;
		size_t		n;
		gl_cov_text_error err;

		CHECK(gl_cov_parse(text, &g, &m, &r, &n, &err) == GL_COV_OK &&
			  g == c.max_gap && m == 2 && n == 3 &&
			  memcmp(r, c.runs, 3 * sizeof(gl_cov_run)) == 0, "text reads back");
		gl_free(r);
	}
	gl_free(text);
	gl_cov_free(&c);
}

/* ---- bad text ---------------------------------------------------------- */

static void
check_bad_text(const char *s, int want)
{
	int64_t		g,
				m;
	gl_cov_run *r;
	size_t		n;
	gl_cov_text_error err;
	int			rc = gl_cov_parse(s, &g, &m, &r, &n, &err);

	CHECK(rc == want, "\"%s\": status %d, want %d", s, rc, want);
}

static void
test_bad_text(void)
{
	check_bad_text("", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=300", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=0, missing=0", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=-1, missing=0", GL_COV_TEXT_HEADER);
	check_bad_text("missing=0, max_gap=300", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=300, missing=0, x=1", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=300, missing=0;", GL_COV_TEXT_RUN);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2", GL_COV_TEXT_RUN);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 0",
				   GL_COV_RUN_SHAPE);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:10:00Z 2024-01-01T00:00:00Z 3",
				   GL_COV_RUN_SHAPE);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:10:00Z 2",
				   GL_COV_RUN_SHAPE);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:10:00Z 3; "
				   "2024-01-01T00:15:00Z 2024-01-01T00:15:00Z 1", GL_COV_RUN_ORDER);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T01:00:00Z 2024-01-01T01:00:00Z 1; "
				   "2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 1", GL_COV_RUN_ORDER);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z "
				   "9223372036854775807; 2024-01-02T00:00:00Z 2024-01-02T00:00:00Z 1",
				   GL_COV_OVERFLOW);
	check_bad_text("max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 1 x",
				   GL_COV_TEXT_RUN);
	check_bad_text("max_gap=400000000000, missing=0", GL_COV_TEXT_HEADER);
	check_bad_text("max_gap=300, missing=99999999999999999999", GL_COV_TEXT_HEADER);
}

/* ---- random readings against brute force -------------------------------- */

#define SPAN 20000				/* readings in [0, SPAN) microseconds */

static int
cmp_time(const void *a, const void *b)
{
	gl_time		x = *(const gl_time *) a;
	gl_time		y = *(const gl_time *) b;

	return (x > y) - (x < y);
}

static void
test_random(int round)
{
	int			nreadings = 1 + (int) (next_rand() % 400);
	int64_t		g = 1 + (int64_t) (next_rand() % 200);
	int			nparts = 1 + (int) (next_rand() % 4);
	gl_time    *ts = malloc(nreadings * sizeof(gl_time));
	gl_time    *sorted = malloc(nreadings * sizeof(gl_time));
	gl_coverage parts[4];
	gl_coverage *all = &parts[0];
	static unsigned char covered[SPAN + 400];
	gl_cov_gap *gaps;
	size_t		ngaps;
	int64_t		ref_cov;
	int			i,
				ok;
	gl_time		start,
				end;
	int64_t		min_gap;

	for (i = 0; i < nreadings; i++)
	{
		/* clustered readings, so that runs and gaps both happen */
		ts[i] = (gl_time) (next_rand() % SPAN);
		if (next_rand() % 3 == 0 && i > 0)
			ts[i] = ts[i - 1] + (gl_time) (next_rand() % (2 * g));
		if (ts[i] >= SPAN)
			ts[i] = SPAN - 1;
		sorted[i] = ts[i];
	}
	qsort(sorted, nreadings, sizeof(gl_time), cmp_time);

	/* rows in random order, split over nparts states, merged */
	for (i = 0; i < nparts; i++)
		gl_cov_init(&parts[i], g, 1);
	for (i = 0; i < nreadings; i++)
		gl_cov_add(&parts[next_rand() % nparts], ts[i]);
	for (i = 1; i < nparts; i++)
	{
		gl_cov_compact(&parts[i]);
		gl_cov_merge(all, parts[i].runs, parts[i].nruns, parts[i].missing);
		gl_cov_free(&parts[i]);
	}
	gl_cov_compact(all);

	{
		size_t		bad;

		CHECK(gl_cov_check(g, all->runs, all->nruns, &bad) == GL_COV_OK,
			  "round %d: runs are canonical", round);
	}
	CHECK(all->readings == nreadings &&
		  gl_cov_readings(all->runs, all->nruns) == nreadings,
		  "round %d: readings", round);

	/*
	 * adjacent periods merged in time order (the in-place path), as one
	 * pass; and appended to a plain run array (rollup's flat state), where
	 * gl_cov_append_count says how many runs gl_cov_append leaves
	 */
	{
		gl_coverage ordered;
		gl_cov_run *flat = malloc((size_t) (nreadings + 1) * sizeof(gl_cov_run));
		size_t		nflat = 0;
		bool		counts_ok = true;
		int			from = 0;

		gl_cov_init(&ordered, g, 1);
		while (from < nreadings)
		{
			int			len = 1 + (int) (next_rand() % 50);
			gl_coverage part;
			size_t		want;

			if (from + len > nreadings)
				len = nreadings - from;
			gl_cov_init(&part, g, 1);
			for (i = from; i < from + len; i++)
				gl_cov_add(&part, sorted[i]);
			gl_cov_merge(&ordered, part.runs, part.nruns, 0);
			gl_cov_compact(&part);
			want = gl_cov_append_count(flat, nflat, part.runs, part.nruns, g);
			nflat = gl_cov_append(flat, nflat, part.runs, part.nruns, g);
			counts_ok = counts_ok && want == nflat;
			gl_cov_free(&part);
			from += len;
		}
		CHECK(ordered.nruns == all->nruns &&
			  memcmp(ordered.runs, all->runs, all->nruns * sizeof(gl_cov_run)) == 0,
			  "round %d: merged in time order equals one pass", round);
		CHECK(counts_ok, "round %d: gl_cov_append_count is gl_cov_append's count", round);
		CHECK(nflat == all->nruns &&
			  memcmp(flat, all->runs, all->nruns * sizeof(gl_cov_run)) == 0,
			  "round %d: appended in time order (flat) equals one pass", round);
		gl_cov_free(&ordered);
		free(flat);
	}

	/*
	 * the same periods merged in reverse and in shuffled order (a few
	 * runs at a time put in place, many buffered and merged when read)
	 */
	{
		int			starts[401];
		int			nper = 0;
		int			from = 0;
		int			order;

		while (from < nreadings)
		{
			starts[nper++] = from;
			from += 1 + (int) (next_rand() % (next_rand() % 2 ? 6 : 120));
		}
		starts[nper] = nreadings;
		for (order = 0; order < 2; order++)
		{
			gl_coverage merged;
			int			perm[400];
			int			p;

			for (p = 0; p < nper; p++)
				perm[p] = order == 0 ? nper - 1 - p : p;
			if (order == 1)
				for (p = nper - 1; p > 0; p--)
				{
					int			q = (int) (next_rand() % (uint64_t) (p + 1));
					int			tmp = perm[p];

					perm[p] = perm[q];
					perm[q] = tmp;
				}
			gl_cov_init(&merged, g, 1);
			for (p = 0; p < nper; p++)
			{
				gl_coverage part;
				int			end = starts[perm[p] + 1] < nreadings ? starts[perm[p] + 1] : nreadings;

				gl_cov_init(&part, g, 1);
				for (i = starts[perm[p]]; i < end; i++)
					gl_cov_add(&part, sorted[i]);
				gl_cov_merge(&merged, part.runs, part.nruns, 0);
				gl_cov_free(&part);
			}
			gl_cov_compact(&merged);
			CHECK(merged.readings == nreadings && merged.nruns == all->nruns &&
				  memcmp(merged.runs, all->runs, all->nruns * sizeof(gl_cov_run)) == 0,
				  "round %d: merged in %s order equals one pass", round,
				  order == 0 ? "reverse" : "shuffled");
			gl_cov_free(&merged);
		}
	}

	/* gaps: consecutive differences above min_gap */
	min_gap = g + (int64_t) (next_rand() % 3) * (int64_t) (next_rand() % 100);
	gaps = malloc((all->nruns + 1) * sizeof(gl_cov_gap));
	gl_cov_gaps(all->runs, all->nruns, min_gap, false, 0, 0, gaps, &ngaps);
	{
		size_t		k = 0;

		ok = 1;
		for (i = 1; i < nreadings; i++)
			if (sorted[i] - sorted[i - 1] > min_gap)
			{
				if (k >= ngaps || gaps[k].start != sorted[i - 1] ||
					gaps[k].end != sorted[i])
					ok = 0;
				k++;
			}
		CHECK(ok && k == ngaps, "round %d: gaps (%zu, want %zu)", round, ngaps, k);
	}

	/* a window */
	start = (gl_time) (next_rand() % SPAN) - 100;
	end = start + 1 + (gl_time) (next_rand() % SPAN);

	/* covered time: a bitmap of microseconds [x, x + 1) */
	memset(covered, 0, sizeof(covered));
	for (i = 0; i < nreadings; i++)
	{
		gl_time		x;

		for (x = sorted[i]; x < sorted[i] + g; x++)
			covered[x] = 1;
	}
	ref_cov = 0;
	{
		gl_time		x;

		for (x = start; x < end; x++)
			if (x >= 0 && x < (gl_time) sizeof(covered) && covered[x])
				ref_cov++;
	}
	CHECK(gl_cov_covered(all->runs, all->nruns, g, start, end) == ref_cov,
		  "round %d: covered %lld, want %lld", round,
		  (long long) gl_cov_covered(all->runs, all->nruns, g, start, end),
		  (long long) ref_cov);

	/* count in the window: exact, or the window cuts a chain */
	{
		int64_t		count = 0;
		int64_t		ref = 0;
		size_t		cut;
		int			cuts = 0;

		for (i = 0; i < nreadings; i++)
			ref += sorted[i] >= start && sorted[i] < end;
		for (i = 1; i < nreadings; i++)
			if (sorted[i] - sorted[i - 1] <= g &&
				((sorted[i - 1] < start && sorted[i] >= start) ||
				 (sorted[i - 1] < end && sorted[i] >= end)))
				cuts = 1;
		if (gl_cov_count_in(all->runs, all->nruns, start, end, &count, &cut) ==
			GL_COV_OK)
			CHECK(!cuts && count == ref, "round %d: count %lld, want %lld",
				  round, (long long) count, (long long) ref);
		else
			CHECK(cuts, "round %d: no run is cut", round);
	}

	/* windowed gaps: the bounds and the readings inside, as a sequence */
	gl_cov_gaps(all->runs, all->nruns, min_gap, true, start, end, gaps, &ngaps);
	{
		size_t		k = 0;
		gl_time		prev = start;

		ok = 1;
		for (i = 0; i <= nreadings; i++)
		{
			gl_time		t = i < nreadings ? sorted[i] : end;

			if (i < nreadings && (t < start || t >= end))
			{
				if (t < start)
					continue;
				t = end;
				i = nreadings;
			}
			if (t - prev > min_gap)
			{
				if (k >= ngaps || gaps[k].start != prev || gaps[k].end != t)
					ok = 0;
				k++;
			}
			prev = t;
		}
		CHECK(ok && k == ngaps, "round %d: windowed gaps (%zu, want %zu)",
			  round, ngaps, k);
	}

	/* liveness */
	{
		gl_time		at = (gl_time) (next_rand() % (SPAN + 400)) - 200;
		int			ref = 0;

		for (i = 0; i < nreadings; i++)
			if (sorted[i] <= at && at <= sorted[i] + g)
				ref = 1;
		CHECK(gl_cov_live_at(all->runs, all->nruns, g, at) == (ref != 0),
			  "round %d: live_at", round);
	}

	free(gaps);
	free(ts);
	free(sorted);
	gl_cov_free(all);
}

/* ---- limits -------------------------------------------------------------- */

static void
test_limits(void)
{
	gl_coverage c;
	size_t		bad;
	gl_cov_run	r = {GL_TIME_MIN, GL_TIME_MAX, 2};

	CHECK(gl_cov_check(0, NULL, 0, &bad) == GL_COV_DURATION, "max_gap 0");
	CHECK(gl_cov_check(GL_COV_MAX_DURATION + 1, NULL, 0, &bad) == GL_COV_DURATION,
		  "max_gap above 10000 years");
	CHECK(gl_cov_check(GL_COV_MAX_DURATION, &r, 1, &bad) == GL_COV_OK,
		  "the whole range in one run");
	CHECK(gl_cov_check(1, NULL, (size_t) GL_COV_MAX_RUNS + 1, &bad) == GL_COV_TOO_MANY,
		  "more runs than a coverage may hold (54000)");
	r.first = GL_TIME_MIN - 1;
	CHECK(gl_cov_check(GL_COV_MAX_DURATION, &r, 1, &bad) == GL_COV_TIME_RANGE,
		  "before year 1");

	/* the extremes: no overflow in the arithmetic */
	gl_cov_init(&c, GL_COV_MAX_DURATION, 1);
	gl_cov_add(&c, GL_TIME_MAX);
	gl_cov_add(&c, GL_TIME_MIN);
	gl_cov_compact(&c);
	CHECK(c.nruns == 1 && c.runs[0].n == 2, "extremes in one run");
	CHECK(gl_cov_covered(c.runs, c.nruns, c.max_gap, GL_TIME_MIN, GL_TIME_MAX) ==
		  GL_TIME_MAX - GL_TIME_MIN, "covered over the whole range");
	CHECK(gl_cov_live_at(c.runs, c.nruns, c.max_gap, GL_TIME_MAX), "live at the end");
	gl_cov_free(&c);

	gl_cov_init(&c, 1, 1);
	c.missing = INT64_MAX;
	CHECK(gl_cov_add_missing(&c) == GL_COV_OVERFLOW, "missing overflows");
	c.readings = INT64_MAX;
	CHECK(gl_cov_add(&c, 0) == GL_COV_OVERFLOW, "readings overflow");
	gl_cov_free(&c);
}

int
main(void)
{
	const char *bad = gl_status_table_check(&gl_coverage_statuses);
	int			i;

	unit_name = "test_coverage";
	CHECK(bad == NULL, "status table: %s", bad ? bad : "");
	test_example();
	test_bad_text();
	test_limits();
	for (i = 0; i < 1000; i++)
		test_random(i);
	return unit_done();
}
