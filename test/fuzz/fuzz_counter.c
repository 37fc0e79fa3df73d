/*
 * fuzz_counter - counter/counter.h: the text form of meter_counter
 * ("reading_unit=..., on_drop=..., rollover=..., glitch_tolerance=...;
 * <segment>; <reading>; ...") and the checks its binary input makes.
 *
 * The first byte chooses.  Odd: segments and readings made of any bytes,
 * under settings parsed from a few fixed texts, that pass the checks
 * meter_counter_recv makes (each segment gl_counter_seg_check, each reading
 * in range and valid) print to text that text input accepts and reads back
 * to the same pieces (a dump must restore).  Even, and then by bits 1-2:
 *
 *   1  readings made of the bytes (time steps and values, repeats, ties)
 *      fed to a working state in the bytes' order chain to exactly the
 *      summary (or the error) of the same readings fed sorted, and of them
 *      dealt among two or three partial states whose logs are merged (a
 *      parallel plan); every state's log decodes to its readings as added
 *   2  any bytes as a log (what a version 2 state carries): decoding never
 *      reads beyond them, and a log that decodes re-codes to the same
 *      readings
 *   else  a state parsed prints to text that parses back to the same state
 *      and prints the same again
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "counter/counter.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fmt(double v, char *buf)
{
	fz_dtoa(v, buf);
}

/* c's readings as added, checked against its log */
static gl_counter_point *
points_of(gl_counter *c)
{
	gl_counter_point *pts = gl_counter_points(c, false);

	FZ_CHECK(pts != NULL, "a state's own log does not decode");
	return pts;
}

/* the text of c's pieces, parsed back: the same pieces, the same text */
static void
round_trip(const char *what, const gl_counter_opts *o,
		   const gl_counter_seg *segs, size_t nsegs,
		   const gl_counter_point *pts, size_t npts)
{
	gl_counter c2;
	gl_counter_text_error err;
	char	   *t1,
			   *t2;
	gl_counter_point *pts2;
	size_t		i;

	t1 = gl_counter_format(o, segs, nsegs, pts, npts, fmt);
	FZ_CHECK(t1 != NULL, "no text");
	FZ_CHECK(gl_counter_parse(t1, &c2, &err) == GL_CNT_OK,
			 "%s printed as \"%s\" does not read back (status %d at \"%.*s\")", what, t1,
			 err.status, (int) err.token_len, err.token ? err.token : "");
	FZ_CHECK(gl_counter_opts_equal(o, &c2.opts) && c2.nsegs == nsegs && c2.npts == npts &&
			 (nsegs == 0 || memcmp(segs, c2.segs, nsegs * sizeof(*segs)) == 0),
			 "%s printed as \"%s\" reads back differently", what, t1);
	pts2 = points_of(&c2);
	for (i = 0; i < npts; i++)
		FZ_CHECK(pts[i].ts == pts2[i].ts && fz_same_double(pts[i].v, pts2[i].v),
				 "%s printed as \"%s\": reading %zu differs", what, t1, i);
	t2 = gl_counter_format(&c2.opts, c2.segs, c2.nsegs, pts2, c2.npts, fmt);
	gl_free(pts2);
	FZ_CHECK(t2 != NULL && strcmp(t1, t2) == 0, "\"%s\" then \"%s\"", t1, t2 ? t2 : "");
	gl_free(t1);
	gl_free(t2);
	gl_counter_free(&c2);
}

static const char *const settings[] = {
	"reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0",
	"reading_unit=kWh, on_drop=reset-to-zero, rollover=none, glitch_tolerance=0",
	"reading_unit=MWh, on_drop=rebase, rollover=100000, glitch_tolerance=0.5",
	"reading_unit=GJ, on_drop=reset-to-zero, rollover=99999.9, glitch_tolerance=2",
};

static void
binary_case(const uint8_t *data, size_t size)
{
	gl_counter c;
	gl_counter_text_error err;
	gl_counter_seg *segs;
	gl_counter_point *pts;
	size_t		nsegs,
				npts,
				i;

	if (size < 2)
		return;
	if (gl_counter_parse(settings[data[0] % 4], &c, &err) != GL_CNT_OK)
		abort();
	nsegs = (data[1] & 0x0f) % 4;
	npts = (data[1] >> 4) % 4;
	data += 2;
	size -= 2;
	if (size != nsegs * sizeof(gl_counter_seg) + npts * sizeof(gl_counter_point))
	{
		gl_counter_free(&c);
		return;
	}
	segs = malloc((nsegs + 1) * sizeof(*segs));
	pts = malloc((npts + 1) * sizeof(*pts));
	memcpy(segs, data, nsegs * sizeof(*segs));
	memcpy(pts, data + nsegs * sizeof(*segs), npts * sizeof(*pts));
	for (i = 0; i < nsegs; i++)
		if (gl_counter_seg_check(&c.opts, &segs[i]) != GL_CNT_OK)
			goto done;
	for (i = 0; i < npts; i++)
		if (!gl_time_in_range(pts[i].ts) || isnan(pts[i].v) ||
			gl_counter_check_reading(&c.opts, pts[i].v) != GL_CNT_OK)
			goto done;
	round_trip("a binary state", &c.opts, segs, nsegs, pts, npts);
done:
	free(segs);
	free(pts);
	gl_counter_free(&c);
}

/* the summary of readings pts[order[i]] fed in that order (NULL: as they are) */
static int
chain_fed(const gl_counter_opts *o, const gl_counter_point *pts, size_t n,
		  const size_t *order, gl_counter_seg *out)
{
	gl_counter	c;
	gl_counter_overlap ov;
	gl_counter_point *back;
	size_t		i;
	int			rc;

	if (gl_counter_init(&c, o, 1) != GL_CNT_OK)
		abort();
	for (i = 0; i < n; i++)
	{
		const gl_counter_point *p = &pts[order ? order[i] : i];

		FZ_CHECK(gl_counter_add(&c, p->ts, p->v) == GL_CNT_OK, "add");
	}
	back = points_of(&c);
	for (i = 0; i < n; i++)
	{
		const gl_counter_point *p = &pts[order ? order[i] : i];

		FZ_CHECK(back[i].ts == p->ts && memcmp(&back[i].v, &p->v, sizeof(double)) == 0,
				 "reading %zu of %zu does not decode as it was added", i, n);
	}
	gl_free(back);
	memset(out, 0, sizeof(*out));
	rc = gl_counter_finish(&c, out, &ov);
	gl_counter_free(&c);
	return rc;
}

static int
cmp_fed(const void *a, const void *b)
{
	const gl_counter_point *x = a;
	const gl_counter_point *y = b;

	return gl_counter_point_less(x, y) ? -1 : gl_counter_point_less(y, x);
}

/*
 * Readings from the bytes, 3 a reading: a time step (signed minutes, or
 * the same instant), a value class and a value byte; then any order of
 * them chains as the sorted order does, and so do partial states merged.
 */
static void
order_case(const uint8_t *data, size_t size)
{
	gl_counter	c;
	gl_counter_text_error err;
	size_t		n = size / 3;
	gl_counter_point *pts;
	gl_counter_point *sorted;
	gl_counter_seg want,
				got;
	int			rc_want,
				rc;
	gl_time		ts = 0;
	double		v = 0;
	size_t		i;

	if (size < 1 || n == 0)
		return;
	if (gl_counter_parse(settings[data[0] % 4], &c, &err) != GL_CNT_OK)
		abort();
	pts = malloc(n * sizeof(*pts));
	sorted = malloc(n * sizeof(*sorted));
	for (i = 0; i < n; i++)
	{
		const uint8_t *d = data + 1 + 3 * i;
		int			cls;

		if (1 + 3 * i + 2 >= size)
		{
			n = i;
			break;
		}
		cls = d[1] & 7;
		ts += (gl_time) (int8_t) d[0] * 60000000;
		if (cls == 0)
			;					/* the same reading */
		else if (cls == 1)
			v = d[2];			/* a reset, or a jump */
		else if (cls == 2)
			v = v - (double) d[2] / 64;	/* a dip */
		else if (cls == 3)
			v = (double) d[2] * 397.25;	/* far, for rollovers */
		else
			v = v + (double) d[2] / 64 + (d[1] >> 3);
		if (v < 0)
			v = 0;
		if (c.opts.rollover > 0 && v >= c.opts.rollover)
			v = fmod(v, c.opts.rollover);
		pts[i].ts = ts;
		pts[i].v = v + 0.0;
	}
	if (n == 0)
		goto done;
	memcpy(sorted, pts, n * sizeof(*pts));
	qsort(sorted, n, sizeof(*sorted), cmp_fed);
	rc_want = chain_fed(&c.opts, sorted, n, NULL, &want);
	rc = chain_fed(&c.opts, pts, n, NULL, &got);
	FZ_CHECK(rc == rc_want && (rc != GL_CNT_OK || memcmp(&got, &want, sizeof(got)) == 0),
			 "%zu readings in the bytes' order: status %d, sorted %d, or another summary",
			 n, rc, rc_want);
	/* dealt among partial states by the step byte's low bits, merged */
	{
		gl_counter	part[3];
		gl_counter	all;
		gl_counter_overlap ov;
		int			p;

		for (p = 0; p < 3; p++)
			gl_counter_init(&part[p], &c.opts, 1);
		for (i = 0; i < n; i++)
			gl_counter_add(&part[data[1 + 3 * i] % 3], pts[i].ts, pts[i].v);
		gl_counter_init(&all, &c.opts, 1);
		for (p = 0; p < 3; p++)
		{
			FZ_CHECK(gl_counter_flush(&part[p]) == GL_CNT_OK &&
					 gl_counter_merge_log(&all, part[p].log, part[p].loglen,
										  part[p].npts) == GL_CNT_OK,
					 "a partial state's log does not merge");
			gl_counter_free(&part[p]);
		}
		memset(&got, 0, sizeof(got));
		rc = gl_counter_finish(&all, &got, &ov);
		FZ_CHECK(rc == rc_want && (rc != GL_CNT_OK || memcmp(&got, &want, sizeof(got)) == 0),
				 "%zu readings in three partial states: status %d, sorted %d, or another summary",
				 n, rc, rc_want);
		gl_counter_free(&all);
	}
done:
	free(pts);
	free(sorted);
	gl_counter_free(&c);
}

/* any bytes as a log of n readings (n from the first byte) */
static void
log_case(const uint8_t *data, size_t size)
{
	size_t		n;
	uint8_t    *log;
	gl_counter_point *pts;
	gl_counter	c;
	gl_counter_text_error err;
	gl_counter_point *back;
	size_t		i;

	if (size < 1)
		return;
	n = data[0];
	/* an exact copy, so that a read beyond it is caught */
	log = malloc(size - 1 ? size - 1 : 1);
	memcpy(log, data + 1, size - 1);
	pts = malloc((n + 1) * sizeof(*pts));
	if (gl_counter_decode(log, size - 1, n, pts))
	{
		if (gl_counter_parse(settings[0], &c, &err) != GL_CNT_OK)
			abort();
		for (i = 0; i < n; i++)
			FZ_CHECK(gl_counter_add(&c, pts[i].ts, pts[i].v) == GL_CNT_OK, "add");
		back = points_of(&c);
		for (i = 0; i < n; i++)
			FZ_CHECK(back[i].ts == pts[i].ts &&
					 memcmp(&back[i].v, &pts[i].v, sizeof(double)) == 0,
					 "reading %zu of a decoded log re-codes to another", i);
		gl_free(back);
		gl_counter_free(&c);
	}
	free(pts);
	free(log);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		binary_case(data + 1, size - 1);
	else if ((data[0] & 6) == 2)
		order_case(data + 1, size - 1);
	else if ((data[0] & 6) == 4)
		log_case(data + 1, size - 1);
	else
	{
		char	   *s = fz_cstr(data + 1, size - 1);
		gl_counter	c;
		gl_counter_text_error err;

		if (gl_counter_parse(s, &c, &err) == GL_CNT_OK)
		{
			gl_counter_point *pts = points_of(&c);

			round_trip(s, &c.opts, c.segs, c.nsegs, pts, c.npts);
			gl_free(pts);
			gl_counter_free(&c);
		}
		free(s);
	}
	return 0;
}
