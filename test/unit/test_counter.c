/*
 * test_counter.c - the meter counter core: its status table, nano-units,
 * the reference cases (10, 20, 15, 40 is 35 with rebase and 50
 * with reset-to-zero; 99990 then 5 with rollover 100000 is 15; a 0.1 dip
 * within a 0.5 tolerance is no reset), and on random registers (resets,
 * rollovers, dips; rows in random order, split into segments of adjacent
 * periods chained back) the consumption and counts against a reference
 * written independently in plain double arithmetic, exact on the
 * multiples of 1/64 the test uses.  The log a working state keeps its
 * readings in: every reading decodes to its own bits and instant (steps
 * that repeat, jump back, overflow a byte; values that repeat, change a
 * bit, change sign), malformed logs are refused; and the same readings in
 * sorted, reversed, random, rotated order (a synchronized scan), in many
 * runs, or split among partial states that are merged (a parallel plan)
 * chain to the same summary, bit for bit.
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

/* the summary of v[order[0..n)] at instants t[...], fed as one state */
static gl_counter_seg
chain_order(const gl_counter_opts *o, const gl_time *t, const double *v,
			const int *order, int n, int *rc)
{
	gl_counter	c;
	gl_counter_seg s;
	gl_counter_overlap ov;
	int			i;

	memset(&s, 0, sizeof(s));
	gl_counter_init(&c, o, 1);
	for (i = 0; i < n; i++)
		gl_counter_add(&c, t[order[i]], v[order[i]]);
	*rc = gl_counter_finish(&c, &s, &ov);
	gl_counter_free(&c);
	return s;
}

/* chain readings v[0..n) at instants 0, 1, 2, ... seconds */
static gl_counter_seg
run(const gl_counter_opts *o, const double *v, int n, int *rc)
{
	gl_time    *t = malloc((n + 1) * sizeof(gl_time));
	int		   *order = malloc((n + 1) * sizeof(int));
	gl_counter_seg s;
	int			i;

	for (i = 0; i < n; i++)
	{
		t[i] = (gl_time) i * GL_USECS_PER_SEC;
		order[i] = n - 1 - i;	/* out of order on purpose */
	}
	s = chain_order(o, t, v, order, n, rc);
	free(t);
	free(order);
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
		c.npts = GL_COUNTER_MAX_POINTS;	/* as if it held that many */
		CHECK(gl_counter_add(&c, 0, 1) == GL_CNT_TOO_MANY,
			  "more readings than a group may hold (54000)");
		gl_counter_free(&c);
	}
	o.rollover = -1;
	CHECK(gl_counter_opts_prepare(&o) == GL_CNT_ROLLOVER, "negative rollover");
	o.rollover = 0;
	o.tolerance = -0.5;
	CHECK(gl_counter_opts_prepare(&o) == GL_CNT_TOLERANCE, "negative tolerance");
}

/* ---- the log ----------------------------------------------------------------- */

static void
test_log_codec(void)
{
	gl_counter_opts o = opts(GL_DROP_REBASE, 0, 0);
	static const double vals[] = {0, 0, 1, 1, 1.5, 1e18, 0.1, 0.1 + 1e-17,
	12345.678, 12345.679, 5e-324, 1e-300, 7, 7, 2.2250738585072014e-308};
	static const gl_time steps[] = {0, 0, 60000000, 60000000, -1, 1,
		-60000000, 127, 128, -64, -65, 252423993599999999LL,
	-252423993599999999LL, 0, 86400000000LL};
	enum
	{
		N = 2000
	};
	gl_counter_point *want = malloc(N * sizeof(*want));
	gl_counter_point *got = malloc((N + 1) * sizeof(*got));
	gl_counter	c;
	gl_time		ts = -62135596800000000LL + 1;	/* near 0001-01-01 */
	int			i;
	bool		same = true;

	gl_counter_init(&c, &o, 1);
	for (i = 0; i < N; i++)
	{
		int			k = (int) (next_rand() % 15);

		if (i < 15)
			k = i;
		ts += steps[k];
		if (ts < -62135596800000000LL || ts > 252423993599999999LL)
			ts = 0;
		want[i].ts = ts;
		want[i].v = i < 30 ? vals[i % 15] :
			(next_rand() % 3 ? (double) (next_rand() % 100000) / 64 :
			 (double) (next_rand() >> 11) / 1e3);
		CHECK(gl_counter_add(&c, want[i].ts, want[i].v) == GL_CNT_OK, "add %d", i);
	}
	CHECK(gl_counter_flush(&c) == GL_CNT_OK && c.npts == N, "flush");
	CHECK(gl_counter_decode(c.log, c.loglen, N, got), "the log decodes");
	for (i = 0; i < N; i++)
		same &= got[i].ts == want[i].ts &&
			memcmp(&got[i].v, &want[i].v, sizeof(double)) == 0;
	CHECK(same, "every reading decodes to its own instant and bits");
	CHECK(c.loglen < (size_t) N * 16, "the log (%zu bytes) is smaller than the readings",
		  c.loglen);
	/* malformed: one reading too many or too few, cut short, a bad tag */
	CHECK(!gl_counter_decode(c.log, c.loglen, N + 1, got), "too few entries");
	CHECK(!gl_counter_decode(c.log, c.loglen, N - 1, got), "bytes left over");
	CHECK(!gl_counter_decode(c.log, c.loglen - 1, N, got), "cut short");
	{
		uint8_t		bad[] = {0x09, 0, 1, 2, 3, 4, 5, 6, 7, 8};	/* n = 9 */
		uint8_t		bad2[] = {0x36, 0x02, 1, 2, 3, 4, 5, 6};	/* t 3 + n 6 > 8 */
		uint8_t		bad3[12];	/* a varint of 11 bytes */

		memset(bad3, 0xff, sizeof(bad3));
		bad3[0] = 0x00;
		CHECK(!gl_counter_decode(bad, sizeof(bad), 1, got), "n above 8");
		CHECK(!gl_counter_decode(bad2, sizeof(bad2), 1, got), "t + n above 8");
		CHECK(!gl_counter_decode(bad3, sizeof(bad3), 1, got), "endless varint");
	}
	gl_counter_free(&c);
	/* a register read every minute costs a tag byte and a few */
	gl_counter_init(&c, &o, 1);
	for (i = 0; i < N; i++)
		gl_counter_add(&c, (gl_time) i * 60000000, (double) (500000 + i * 21) / 64);
	gl_counter_flush(&c);
	CHECK(c.loglen <= (size_t) N * 5, "%zu bytes for %d minutely readings", c.loglen, N);
	gl_counter_free(&c);
	free(want);
	free(got);
}

static void
shuffle(int *a, int n)
{
	int			i;

	for (i = n - 1; i > 0; i--)
	{
		int			j = (int) (next_rand() % (i + 1));
		int			x = a[i];

		a[i] = a[j];
		a[j] = x;
	}
}

static void
test_any_order(int round)
{
	int			n = 1 + (int) (next_rand() % 3000);
	gl_counter_opts o = opts(next_rand() % 2 ? GL_DROP_REBASE : GL_DROP_RESET_TO_ZERO,
							 next_rand() % 2 ? 4096 : 0, (double) (next_rand() % 4) / 8);
	gl_time    *t = malloc(n * sizeof(gl_time));
	double	   *v = malloc(n * sizeof(double));
	int		   *order = malloc(n * sizeof(int));
	gl_counter_seg want,
				got;
	int			i,
				rc,
				rc2,
				way;

	/* instants in order (some equal), readings that climb, dip, reset */
	t[0] = (gl_time) (next_rand() % 1000) * 1000000;
	v[0] = (double) (next_rand() % 4096) / 64;
	for (i = 1; i < n; i++)
	{
		int			k = (int) (next_rand() % 20);

		t[i] = t[i - 1] + (next_rand() % 8 == 0 ? 0 : (gl_time) (1 + next_rand() % 3) * 60000000);
		v[i] = k == 0 ? (double) (next_rand() % 64) / 64 :
			k == 1 ? v[i - 1] - (double) (next_rand() % 32) / 64 :
			v[i - 1] + (double) (next_rand() % 2048) / 64;
		if (v[i] < 0)
			v[i] = 0;
		if (o.rollover > 0 && v[i] >= o.rollover)
			v[i] -= o.rollover;
	}
	/* equal instants go in increasing order of reading: sort those */
	for (i = 1; i < n; i++)
	{
		int			j = i;

		while (j > 0 && t[j] == t[j - 1] && v[j] < v[j - 1])
		{
			double		x = v[j];

			v[j] = v[j - 1];
			v[j - 1] = x;
			j--;
		}
	}
	for (i = 0; i < n; i++)
		order[i] = i;
	want = chain_order(&o, t, v, order, n, &rc);
	CHECK(rc == GL_CNT_OK && want.readings == n, "round %d: sorted", round);
	for (way = 0; way < 5; way++)
	{
		const char *name[] = {"reversed", "random", "rotated", "in many runs",
		"runs of equal instants reversed"};

		for (i = 0; i < n; i++)
			order[i] = i;
		if (way == 0)
			for (i = 0; i < n; i++)
				order[i] = n - 1 - i;
		else if (way == 1)
			shuffle(order, n);
		else if (way == 2)
		{
			int			k = (int) (next_rand() % n);

			for (i = 0; i < n; i++)
				order[i] = (i + k) % n;
		}
		else if (way == 3)
		{
			/* blocks of 1..40 in order, the blocks shuffled */
			int			nb = 0;
			int		   *start = malloc((n + 1) * sizeof(int));
			int		   *bo = malloc((n + 1) * sizeof(int));
			int			k = 0,
						b;

			for (i = 0; i < n; i += 1 + (int) (next_rand() % 40))
				start[nb++] = i;
			start[nb] = n;
			for (b = 0; b < nb; b++)
				bo[b] = b;
			shuffle(bo, nb);
			for (b = 0; b < nb; b++)
				for (i = start[bo[b]]; i < start[bo[b] + 1]; i++)
					order[k++] = i;
			free(start);
			free(bo);
		}
		else
		{
			/* equal instants in decreasing order of reading */
			for (i = 0; i < n; i++)
			{
				int			j = i;

				while (j + 1 < n && t[j + 1] == t[i])
					j++;
				for (int k = i; k <= j; k++)
					order[k] = j - (k - i);
				i = j;
			}
		}
		got = chain_order(&o, t, v, order, n, &rc2);
		CHECK(rc2 == rc && memcmp(&got, &want, sizeof(got)) == 0,
			  "round %d: %s order gives the sorted order's summary", round, name[way]);
	}
	/* a parallel plan: rows dealt among 2..4 partial states in blocks */
	{
		int			nparts = 2 + (int) (next_rand() % 3);
		gl_counter	part[4];
		gl_counter	all;
		gl_counter_overlap ov;
		int			p;

		for (i = 0; i < n; i++)
			order[i] = i;
		if (next_rand() % 2)
			shuffle(order, n);
		for (p = 0; p < nparts; p++)
			gl_counter_init(&part[p], &o, 1);
		for (i = 0; i < n;)
		{
			int			len = 1 + (int) (next_rand() % 50);

			p = (int) (next_rand() % nparts);
			for (; len > 0 && i < n; len--, i++)
				gl_counter_add(&part[p], t[order[i]], v[order[i]]);
		}
		gl_counter_init(&all, &o, 1);
		for (p = 0; p < nparts; p++)
		{
			gl_counter_flush(&part[p]);
			CHECK(gl_counter_merge_log(&all, part[p].log, part[p].loglen,
									   part[p].npts) == GL_CNT_OK, "merge");
			gl_counter_free(&part[p]);
		}
		rc2 = gl_counter_finish(&all, &got, &ov);
		CHECK(rc2 == rc && memcmp(&got, &want, sizeof(got)) == 0,
			  "round %d: %d partial states merged give the one-pass summary", round, nparts);
		gl_counter_free(&all);
	}
	/* single readings beside a log (a version 1 state with readings) */
	{
		gl_counter	c;
		gl_counter_point *pts = malloc((n + 1) * sizeof(*pts));
		int			half = n / 2;
		gl_counter_overlap ov;

		for (i = 0; i < n; i++)
			order[i] = i;
		shuffle(order, n);
		for (i = 0; i < half; i++)
		{
			pts[i].ts = t[order[i]];
			pts[i].v = v[order[i]];
		}
		gl_counter_init(&c, &o, 1);
		for (i = half; i < n; i++)
			gl_counter_add(&c, t[order[i]], v[order[i]]);
		gl_counter_flush(&c);
		rc2 = gl_counter_chain(&o, NULL, 0, pts, half, c.log, c.loglen, c.npts,
							   &got, &ov);
		CHECK(rc2 == rc && memcmp(&got, &want, sizeof(got)) == 0,
			  "round %d: single readings and a log chain as one pass", round);
		gl_counter_free(&c);
		free(pts);
	}
	free(t);
	free(v);
	free(order);
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
	test_log_codec();
	for (i = 0; i < 300; i++)
		test_any_order(i);
	return unit_done();
}
