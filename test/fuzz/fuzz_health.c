/*
 * fuzz_health - health/health.h: the text forms of error_counts
 * ("width=<seconds>, buckets=<bucket>:<errors>/<total> ...") and
 * limit_counts ("limits=..., counts=..., min=..., max=...").
 *
 * The first byte chooses the type.  Properties: a value parsed passes the
 * check binary input makes; its text parses back to the same value and
 * prints the same again.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "health/health.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
put(char *buf, double v)
{
	fz_dtoa(v, buf);
}

static void
counts_case(const char *s)
{
	gl_health_counts c,
				c2;
	gl_health_error err;

	memset(&c, 0, sizeof(c));
	memset(&c2, 0, sizeof(c2));
	if (gl_health_counts_parse(s, &c, &err) != GL_HEALTH_OK)
		return;
	{
		char	   *t1,
				   *t2;

		FZ_CHECK(c.npend == 0, "pending rows after parsing");
		FZ_CHECK(gl_health_counts_check(&c, &err) == GL_HEALTH_OK,
				 "\"%s\" parsed into counts the binary check refuses", s);
		t1 = gl_health_counts_format(&c);
		FZ_CHECK(t1 != NULL, "no text");
		FZ_CHECK(gl_health_counts_parse(t1, &c2, &err) == GL_HEALTH_OK,
				 "\"%s\" printed as \"%s\" does not read back", s, t1);
		FZ_CHECK(c.width == c2.width && c.n == c2.n && c2.npend == 0 &&
				 (c.n == 0 || memcmp(c.b, c2.b, c.n * sizeof(*c.b)) == 0),
				 "\"%s\" printed as \"%s\" reads back differently", s, t1);
		t2 = gl_health_counts_format(&c2);
		FZ_CHECK(t2 != NULL && strcmp(t1, t2) == 0, "\"%s\" then \"%s\"", t1, t2 ? t2 : "");
		gl_free(t1);
		gl_free(t2);
		gl_health_counts_free(&c2);
	}
	gl_health_counts_free(&c);
}

static void
limits_case(const char *s)
{
	gl_health_limits v = {0},
				v2 = {0};
	gl_health_error err;

	if (gl_health_limits_parse(s, &v, put, &err) != GL_HEALTH_OK)
		return;
	{
		char	   *t1,
				   *t2;

		FZ_CHECK(gl_health_limits_check(&v, put, &err) == GL_HEALTH_OK,
				 "\"%s\" parsed into limit counts the binary check refuses", s);
		FZ_CHECK(isfinite(v.min) && isfinite(v.max) && v.min <= v.max, "min %g max %g", v.min, v.max);
		t1 = gl_health_limits_format(&v, put);
		FZ_CHECK(t1 != NULL, "no text");
		FZ_CHECK(gl_health_limits_parse(t1, &v2, put, &err) == GL_HEALTH_OK,
				 "\"%s\" printed as \"%s\" does not read back", s, t1);
		FZ_CHECK(v.k == v2.k && v.n == v2.n &&
				 fz_same_double(v.min, v2.min) && fz_same_double(v.max, v2.max) &&
				 memcmp(v.limits, v2.limits, v.k * sizeof(double)) == 0 &&
				 memcmp(v.counts, v2.counts, (v.k + 1) * sizeof(int64_t)) == 0,
				 "\"%s\" printed as \"%s\" reads back differently", s, t1);
		t2 = gl_health_limits_format(&v2, put);
		FZ_CHECK(t2 != NULL && strcmp(t1, t2) == 0, "\"%s\" then \"%s\"", t1, t2 ? t2 : "");
		gl_free(t1);
		gl_free(t2);
		gl_health_limits_free(&v2);
	}
	gl_health_limits_free(&v);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s;

	if (size < 1)
		return 0;
	s = fz_cstr(data + 1, size - 1);
	if (data[0] & 1)
		limits_case(s);
	else
		counts_case(s);
	free(s);
	return 0;
}
