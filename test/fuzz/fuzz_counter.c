/*
 * fuzz_counter - counter/counter.h: the text form of meter_counter
 * ("reading_unit=..., on_drop=..., rollover=..., glitch_tolerance=...;
 * <segment>; <reading>; ...") and the checks its binary input makes.
 *
 * The first byte chooses.  Even: a state parsed prints to text that parses
 * back to the same state and prints the same again.  Odd: segments and
 * readings made of any bytes, under settings parsed from a few fixed
 * texts, that pass the checks meter_counter_recv makes (each segment
 * gl_counter_seg_check, each reading in range and valid) print to text
 * that text input accepts and reads back to the same pieces (a dump must
 * restore).
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
	size_t		i;

	t1 = gl_counter_format(o, segs, nsegs, pts, npts, fmt);
	FZ_CHECK(t1 != NULL, "no text");
	FZ_CHECK(gl_counter_parse(t1, &c2, &err) == GL_CNT_OK,
			 "%s printed as \"%s\" does not read back (status %d at \"%.*s\")", what, t1,
			 err.status, (int) err.token_len, err.token ? err.token : "");
	FZ_CHECK(gl_counter_opts_equal(o, &c2.opts) && c2.nsegs == nsegs && c2.npts == npts &&
			 (nsegs == 0 || memcmp(segs, c2.segs, nsegs * sizeof(*segs)) == 0),
			 "%s printed as \"%s\" reads back differently", what, t1);
	for (i = 0; i < npts; i++)
		FZ_CHECK(pts[i].ts == c2.pts[i].ts && fz_same_double(pts[i].v, c2.pts[i].v),
				 "%s printed as \"%s\": reading %zu differs", what, t1, i);
	t2 = gl_counter_format(&c2.opts, c2.segs, c2.nsegs, c2.pts, c2.npts, fmt);
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		binary_case(data + 1, size - 1);
	else
	{
		char	   *s = fz_cstr(data + 1, size - 1);
		gl_counter	c;
		gl_counter_text_error err;

		if (gl_counter_parse(s, &c, &err) == GL_CNT_OK)
		{
			round_trip(s, &c.opts, c.segs, c.nsegs, c.pts, c.npts);
			gl_counter_free(&c);
		}
		free(s);
	}
	return 0;
}
