/*
 * test_counter.c - the meter counter core: its status table, nano-units,
 * the reference cases (10, 20, 15, 40 is 35 with rebase and 50
 * with reset-to-zero; 99990 then 5 with rollover 100000 is 15; a 0.1 dip
 * within a 0.5 tolerance is no reset), and on random registers (resets,
 * rollovers, dips; rows in random order, split into segments of adjacent
 * periods chained back) the consumption and counts against a reference
 * written independently in plain double arithmetic, exact on the
 * multiples of 1/64 the test uses.
 */
#include "counter/counter.h"
#include "base/alloc.h"
#include "unit.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t rng = 2463534242ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* a decimal that reads back (the glue uses PostgreSQL's shortest form) */
static void
fmt17(double v, char *buf)
{
	snprintf(buf, 32, "%.15g", v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, 32, "%.17g", v);
}

static gl_counter_opts
opts(int on_drop, double rollover, double tolerance)
{
	gl_counter_opts o;

	memset(&o, 0, sizeof(o));
	o.unit = gl_unit_find("kWh", 3, NULL);
	o.on_drop = on_drop;
	o.rollover = rollover;
	o.tolerance = tolerance;
	gl_counter_opts_prepare(&o);
	return o;
}

/* chain readings v[0..n) at instants 0, 1, 2, ... seconds */
static gl_counter_seg
run(const gl_counter_opts *o, const double *v, int n, int *rc)
{
	gl_counter	c;
	gl_counter_seg s;
	gl_counter_overlap ov;
	int			i;

	memset(&s, 0, sizeof(s));
	gl_counter_init(&c, o, 1);
	for (i = n - 1; i >= 0; i--)	/* out of order on purpose */
		gl_counter_add(&c, (gl_time) i * GL_USECS_PER_SEC, v[i]);
	*rc = gl_counter_finish(&c, &s, &ov);
	gl_counter_free(&c);
	return s;
}

static double
consumption(const gl_counter_seg *s)
{
	return gl_counter_nano_double(gl_counter_seg_consumption(s));
}

static void
test_reference(void)
{
	gl_counter_opts rebase = opts(GL_DROP_REBASE, 0, 0);
	gl_counter_opts zero = opts(GL_DROP_RESET_TO_ZERO, 0, 0);
	gl_counter_opts roll = opts(GL_DROP_RESET_TO_ZERO, 100000, 0);
	gl_counter_opts tol = opts(GL_DROP_RESET_TO_ZERO, 0, 0.5);
	static const double a[] = {10, 20, 15, 40};
	static const double b[] = {99990, 5};
	static const double c[] = {100, 99.9, 100.4};
	static const double d[] = {40000, 0, 10};
	gl_counter_seg s;
	int			rc;

	s = run(&rebase, a, 4, &rc);
	CHECK(rc == GL_CNT_OK && consumption(&s) == 35 && s.resets == 1 &&
		  s.readings == 4, "10, 20, 15, 40 rebase: %g", consumption(&s));
	s = run(&zero, a, 4, &rc);
	CHECK(consumption(&s) == 50 && s.resets == 1, "reset-to-zero: %g", consumption(&s));
	s = run(&roll, b, 2, &rc);
	CHECK(consumption(&s) == 15 && s.rollovers == 1 && s.resets == 0,
		  "99990, 5 rollover 100000: %g", consumption(&s));
	s = run(&roll, d, 3, &rc);
	CHECK(consumption(&s) == 10 && s.rollovers == 0 && s.resets == 1,
		  "a drop of less than half the range is a reset: %g", consumption(&s));
	s = run(&tol, c, 3, &rc);
	CHECK(consumption(&s) == 0.4 && s.resets == 0 && s.suspect_drops == 1,
		  "a 0.1 dip within 0.5: %.17g", consumption(&s));
	s = run(&zero, c, 3, &rc);
	CHECK(consumption(&s) == 100.4 && s.resets == 1,
		  "the same dip without a tolerance is a reset: %.17g", consumption(&s));
	CHECK(s.first_v == 100 && s.last_v == 100.4 && s.first_ts == 0 &&
		  s.last_ts == 2 * GL_USECS_PER_SEC, "first and last reading");
}

static void
test_nano(void)
{
	CHECK(gl_counter_nano(0.1) == 100000000, "0.1");
	CHECK(gl_counter_nano(12345.678) == (gl_nano) 12345678000000LL, "12345.678");
	CHECK(gl_counter_nano(1e18) == (gl_nano) 1000000000000000000LL * 1000000000,
		  "1e18");
	CHECK(gl_counter_nano(1.0 / 1024) == 976562, "1/1024: 976562.5 to even");
	CHECK(gl_counter_nano(3.0 / 1024) == 2929688, "3/1024: 2929687.5 to even");
	CHECK(gl_counter_nano(-3.0 / 1024) == -2929688, "-3/1024");
	CHECK(gl_counter_nano(1e-300) == 0 && gl_counter_nano(0) == 0, "tiny");
	CHECK(gl_counter_nano(4e-10) == 0 && gl_counter_nano(6e-10) == 1, "around half");
	CHECK(gl_counter_nano_double(35000000000LL) == 35, "back to 35");
}

/* ---- random registers ------------------------------------------------ */

typedef struct ref_result
{
	double		cons;
	int64_t		resets,
				rollovers,
				suspects;
} ref_result;

/* the rules of counter.h, plainly, on sorted readings */
static ref_result
reference(const double *v, int n, int on_drop, double R, double tol)
{
	ref_result r = {0, 0, 0, 0};
	int			i;

	for (i = 1; i < n; i++)
	{
		double		p = v[i - 1];
		double		d = v[i] - p;

		if (d >= 0)
			r.cons += d;
		else if (-d <= tol)
		{
			r.cons += d;
			r.suspects++;
		}
		else if (R > 0 && -d > R / 2)
		{
			r.cons += R - p + v[i];
			r.rollovers++;
		}
		else
		{
			r.cons += on_drop == GL_DROP_RESET_TO_ZERO ? v[i] : 0;
			r.resets++;
		}
	}
	return r;
}

static void
test_random(int round)
{
	int			n = 1 + (int) (next_rand() % 300);
	int			on_drop = next_rand() % 2 ? GL_DROP_REBASE : GL_DROP_RESET_TO_ZERO;
	double		R = next_rand() % 2 ? 4096 : 0;
	double		tol = (double) (next_rand() % 4) / 8;
	gl_counter_opts o = opts(on_drop, R, tol);
	double	   *v = malloc(n * sizeof(double));
	gl_counter	whole;
	gl_counter	rolled;
	gl_counter_seg one;
	gl_counter_seg all;
	gl_counter_overlap ov;
	ref_result ref;
	int			i;
	int			start;

	/* a register in 1/64 steps: climbs, dips, resets, rolls over */
	v[0] = (double) (next_rand() % 4096) / 64 * (R > 0 ? 1 : 4);
	for (i = 1; i < n; i++)
	{
		int			k = (int) (next_rand() % 20);

		if (k == 0)
			v[i] = (double) (next_rand() % 64) / 64;	/* a reset */
		else if (k == 1)
			v[i] = v[i - 1] - (double) (next_rand() % 32) / 64;	/* a dip */
		else
			v[i] = v[i - 1] + (double) (next_rand() % 2048) / 64;
		if (v[i] < 0)
			v[i] = 0;
		if (R > 0 && v[i] >= R)
			v[i] -= R;
	}
	ref = reference(v, n, on_drop, R, tol);

	/* one pass, rows in random order */
	gl_counter_init(&whole, &o, 1);
	{
		int			valid = 1;

		for (i = 0; i < n; i++)
			valid &= gl_counter_check_reading(&o, v[i]) == GL_CNT_OK;
		CHECK(valid, "round %d: readings valid", round);
	}
	{
		int		   *perm = malloc(n * sizeof(int));

		for (i = 0; i < n; i++)
			perm[i] = i;
		for (i = n - 1; i > 0; i--)
		{
			int			j = (int) (next_rand() % (i + 1));
			int			t = perm[i];

			perm[i] = perm[j];
			perm[j] = t;
		}
		for (i = 0; i < n; i++)
			gl_counter_add(&whole, (gl_time) perm[i] * 60 * GL_USECS_PER_SEC,
						   v[perm[i]]);
		free(perm);
	}
	CHECK(gl_counter_finish(&whole, &one, &ov) == GL_CNT_OK, "round %d: finish", round);
	CHECK(consumption(&one) == ref.cons && one.resets == ref.resets &&
		  one.rollovers == ref.rollovers && one.suspect_drops == ref.suspects &&
		  one.readings == n,
		  "round %d: consumption %.17g, want %.17g; resets %lld/%lld, rollovers %lld/%lld, suspect %lld/%lld",
		  round, consumption(&one), ref.cons, (long long) one.resets,
		  (long long) ref.resets, (long long) one.rollovers,
		  (long long) ref.rollovers, (long long) one.suspect_drops,
		  (long long) ref.suspects);
	CHECK(gl_counter_seg_check(&o, &one) == GL_CNT_OK, "round %d: a valid segment", round);

	/* adjacent periods summarized alone, then rolled up in random order */
	gl_counter_init(&rolled, &o, 1);
	{
		gl_counter_seg segs[300];
		int			nseg = 0;

		for (start = 0; start < n;)
		{
			int			len = 1 + (int) (next_rand() % 40);
			gl_counter	part;

			if (start + len > n)
				len = n - start;
			gl_counter_init(&part, &o, 1);
			for (i = start; i < start + len; i++)
				gl_counter_add(&part, (gl_time) i * 60 * GL_USECS_PER_SEC, v[i]);
			gl_counter_finish(&part, &segs[nseg++], &ov);
			gl_counter_free(&part);
			start += len;
		}
		for (i = nseg - 1; i > 0; i--)
		{
			int			j = (int) (next_rand() % (i + 1));
			gl_counter_seg t = segs[i];

			segs[i] = segs[j];
			segs[j] = t;
		}
		for (i = 0; i < nseg; i++)
			gl_counter_merge(&rolled, NULL, 0, &segs[i], 1);
	}
	CHECK(gl_counter_finish(&rolled, &all, &ov) == GL_CNT_OK &&
		  memcmp(&all, &one, sizeof(all)) == 0, "round %d: rollup equals one pass", round);

	/* text reads back */
	{
		char	   *text = gl_counter_format(&o, &one, 1, NULL, 0, fmt17);
		gl_counter	back;
		gl_counter_text_error err;

		CHECK(gl_counter_parse(text, &back, &err) == GL_CNT_OK &&
			  back.nsegs == 1 && memcmp(&back.segs[0], &one, sizeof(one)) == 0 &&
			  gl_counter_opts_equal(&back.opts, &o),
			  "round %d: text reads back: %s", round, text);
		gl_counter_free(&back);
		gl_free(text);
	}
	gl_counter_free(&whole);
	gl_counter_free(&rolled);
	free(v);
}

/* ---- overlap, limits, text ------------------------------------------------ */

static void
test_overlap(void)
{
	gl_counter_opts o = opts(GL_DROP_REBASE, 0, 0);
	gl_counter	a,
				b,
				c;
	gl_counter_seg sa,
				sb,
				out;
	gl_counter_overlap ov;

	gl_counter_init(&a, &o, 1);
	gl_counter_add(&a, 0, 1);
	gl_counter_add(&a, 100, 2);
	gl_counter_finish(&a, &sa, &ov);
	gl_counter_init(&b, &o, 1);
	gl_counter_add(&b, 50, 3);
	gl_counter_add(&b, 150, 4);
	gl_counter_finish(&b, &sb, &ov);
	gl_counter_init(&c, &o, 1);
	gl_counter_merge(&c, NULL, 0, &sb, 1);
	gl_counter_merge(&c, NULL, 0, &sa, 1);
	CHECK(gl_counter_finish(&c, &out, &ov) == GL_CNT_OVERLAP &&
		  ov.a_first == 0 && ov.a_last == 100 && ov.b_first == 50 &&
		  ov.b_last == 150, "overlapping summaries");
	gl_counter_free(&c);

	/* a reading inside a summary */
	gl_counter_init(&c, &o, 1);
	gl_counter_merge(&c, NULL, 0, &sa, 1);
	gl_counter_add(&c, 60, 1.5);
	CHECK(gl_counter_finish(&c, &out, &ov) == GL_CNT_OVERLAP, "a reading inside");
	gl_counter_free(&c);

	/* touching: the same reading ends one and starts the next */
	gl_counter_free(&b);
	gl_counter_init(&b, &o, 1);
	gl_counter_add(&b, 100, 2);
	gl_counter_add(&b, 200, 7);
	gl_counter_finish(&b, &sb, &ov);
	gl_counter_init(&c, &o, 1);
	gl_counter_merge(&c, NULL, 0, &sb, 1);
	gl_counter_merge(&c, NULL, 0, &sa, 1);
	CHECK(gl_counter_finish(&c, &out, &ov) == GL_CNT_OK && out.readings == 4 &&
		  consumption(&out) == 6, "touching summaries chain");
	gl_counter_free(&a);
	gl_counter_free(&b);
	gl_counter_free(&c);

	/* equal instants: in increasing order of reading, whatever the rows */
	gl_counter_init(&c, &o, 1);
	gl_counter_add(&c, 0, 5);
	gl_counter_add(&c, 0, 3);
	gl_counter_add(&c, 10, 4);
	gl_counter_finish(&c, &out, &ov);
	CHECK(consumption(&out) == 2 && out.resets == 1 && out.first_v == 3,
		  "ties by reading: 3, 5, 4");
	gl_counter_free(&c);
}

static void
check_bad_text(const char *s, int want)
{
	gl_counter	c;
	gl_counter_text_error err;
	int			rc = gl_counter_parse(s, &c, &err);

	CHECK(rc == want, "\"%s\": status %d, want %d", s, rc, want);
	if (rc == GL_CNT_OK)
		gl_counter_free(&c);
}

#define HDR "reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0"

static void
test_text(void)
{
	gl_counter_opts o = opts(GL_DROP_RESET_TO_ZERO, 100000, 0.5);
	char		buf[256];

	gl_counter_opts_text(&o, fmt17, buf, sizeof(buf));
	CHECK(strcmp(buf, "reading_unit=kWh, on_drop=reset-to-zero, rollover=100000, glitch_tolerance=0.5") == 0,
		  "settings: %s", buf);
	check_bad_text(HDR, GL_CNT_OK);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10", GL_CNT_OK);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=35, resets=1, rollovers=0, suspect_drops=0", GL_CNT_OK);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=30, resets=0, rollovers=0, suspect_drops=0", GL_CNT_OK);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=31, resets=0, rollovers=0, suspect_drops=0", GL_CNT_TEXT_INVALID);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=35, resets=1, rollovers=1, suspect_drops=0", GL_CNT_TEXT_INVALID);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=2, "
				   "consumption=35, resets=1, rollovers=0, suspect_drops=1", GL_CNT_TEXT_INVALID);
	check_bad_text(HDR "; 2024-01-01T03:00:00Z 10 -> 2024-01-01T00:00:00Z 40: readings=4, "
				   "consumption=30, resets=0, rollovers=0, suspect_drops=0", GL_CNT_TEXT_INVALID);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=30.0000000001, resets=0, rollovers=0, suspect_drops=0", GL_CNT_TEXT_PIECE);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, "
				   "consumption=30", GL_CNT_TEXT_PIECE);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z -1", GL_CNT_TEXT_INVALID);
	check_bad_text(HDR "; 2024-01-01T00:00:00Z", GL_CNT_TEXT_PIECE);
	check_bad_text(HDR "; 2024-01-01 10", GL_CNT_TEXT_PIECE);
	check_bad_text(HDR ";", GL_CNT_TEXT_PIECE);
	check_bad_text("reading_unit=kg, on_drop=rebase, rollover=none, glitch_tolerance=0",
				   GL_CNT_TEXT_HEADER);
	check_bad_text("reading_unit=kWh, on_drop=reset, rollover=none, glitch_tolerance=0",
				   GL_CNT_TEXT_HEADER);
	check_bad_text("reading_unit=kWh, on_drop=rebase, rollover=0, glitch_tolerance=0",
				   GL_CNT_TEXT_HEADER);
	check_bad_text("reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=-1",
				   GL_CNT_TEXT_HEADER);
	check_bad_text("reading_unit=kWh, on_drop=rebase, rollover=none", GL_CNT_TEXT_HEADER);
	check_bad_text("reading_unit=kWh, on_drop=Reset_To_Zero, rollover=10, glitch_tolerance=0; "
				   "2024-01-01T00:00:00Z 10", GL_CNT_TEXT_INVALID);
	check_bad_text("", GL_CNT_TEXT_HEADER);
}

static void
test_limits(void)
{
	gl_counter_opts o = opts(GL_DROP_REBASE, 100, 0);

	CHECK(gl_counter_check_reading(&o, -1) == GL_CNT_NEGATIVE, "negative");
	CHECK(gl_counter_check_reading(&o, 100) == GL_CNT_ABOVE_ROLLOVER, "at the rollover");
	o.rollover = 0;
	CHECK(gl_counter_check_reading(&o, 2e18) == GL_CNT_TOO_LARGE, "too large");
	{
		gl_counter	c;

		gl_counter_init(&c, &o, 1);
		CHECK(gl_counter_grow(&c, (size_t) GL_COUNTER_MAX_POINTS + 1) == GL_CNT_TOO_MANY,
			  "more readings than a group may hold (54000)");
		gl_counter_free(&c);
	}
	o.rollover = -1;
	CHECK(gl_counter_opts_prepare(&o) == GL_CNT_ROLLOVER, "negative rollover");
	o.rollover = 0;
	o.tolerance = -0.5;
	CHECK(gl_counter_opts_prepare(&o) == GL_CNT_TOLERANCE, "negative tolerance");
}

int
main(void)
{
	const char *bad = gl_status_table_check(&gl_counter_statuses);
	int			i;

	unit_name = "test_counter";
	CHECK(bad == NULL, "status table: %s", bad ? bad : "");
	test_nano();
	test_reference();
	test_overlap();
	test_text();
	test_limits();
	for (i = 0; i < 1000; i++)
		test_random(i);
	return unit_done();
}
