/*
 * fuzz_drift - drift/drift.h: the text form of the drift states
 * (ks(...){v:n1:n2,...} and psi(bins){...}).
 *
 * Properties: a state parsed has valid options and canonical points
 * (values finite and increasing, a value repeated only where a count is
 * full, counts not negative, no empty point); it
 * prints to a NUL-terminated text of the length said that parses back to
 * the same options and points and prints the same again.  On an error, the
 * fields of the message stay inside the input and the list buffer.  The
 * points as a source (stats/ks.h: some points, the observations of the
 * others as sorted values) give the KS test and psi of the points, bit
 * for bit.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "drift/drift.h"
#include "stats/psi.h"

static char *
dtoa(double v, char *buf)
{
	return fz_dtoa(v, buf);
}

/* the most observations a point may have to be moved into the values */
#define FZ_VALUES_PER_POINT 64

/*
 * pts split into a source: every other point's observations (when few)
 * as values, the rest kept as points; its KS test and psi against the
 * points'.
 */
static void
check_source(const gl_ks_point *pts, size_t npts, int64_t bins)
{
	gl_ks_point *kept = malloc((npts + 1) * sizeof(gl_ks_point));
	double	   *x = malloc((npts * FZ_VALUES_PER_POINT + 1) * sizeof(double));
	double	   *y = malloc((npts * FZ_VALUES_PER_POINT + 1) * sizeof(double));
	gl_ks_source src = {kept, 0, x, 0, y, 0};
	size_t		i;
	int			k;
	int			alt;

	for (i = 0; i < npts; i++)
	{
		if (i % 2 == 1 && (int64_t) pts[i].n1 + pts[i].n2 <= FZ_VALUES_PER_POINT)
		{
			for (k = 0; k < pts[i].n1; k++)
				x[src.nx++] = pts[i].value;
			for (k = 0; k < pts[i].n2; k++)
				y[src.ny++] = pts[i].value;
		}
		else
			kept[src.npts++] = pts[i];
	}
	for (alt = GL_KS_TWO_SIDED; alt <= GL_KS_GREATER; alt++)
	{
		gl_ks_result a,
					b;
		int			ra = gl_ks_test_source(&src, alt, GL_KS_ASYMP, &a);
		int			rb = gl_ks_test(pts, npts, alt, GL_KS_ASYMP, &b);

		FZ_CHECK(ra == rb && fz_same_double(a.statistic, b.statistic) &&
				 fz_same_double(a.p_value, b.p_value) && a.n1 == b.n1 && a.n2 == b.n2,
				 "KS of the source: rc %d/%d, D %.17g/%.17g", ra, rb, a.statistic, b.statistic);
		if (rb == GL_STATS_OK && b.n1 <= 200 && b.n2 <= 200)
		{
			ra = gl_ks_test_source(&src, alt, GL_KS_EXACT, &a);
			rb = gl_ks_test(pts, npts, alt, GL_KS_EXACT, &b);
			FZ_CHECK(ra == rb && fz_same_double(a.p_value, b.p_value),
					 "exact KS of the source: rc %d/%d, p %.17g/%.17g", ra, rb,
					 a.p_value, b.p_value);
		}
	}
	{
		gl_psi_result a,
					b;
		int			ra = gl_psi_source(&src, bins, GL_PSI_EPSILON, &a);
		int			rb = gl_psi(pts, npts, bins, GL_PSI_EPSILON, &b);

		FZ_CHECK(ra == rb && fz_same_double(a.psi, b.psi) && a.bins_used == b.bins_used,
				 "psi of the source: rc %d/%d, %.17g/%.17g", ra, rb, a.psi, b.psi);
	}
	free(kept);
	free(x);
	free(y);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_drift_opts o,
				o2;
	gl_drift_summary s,
				s2;
	gl_drift_text_error err;
	char	   *str = fz_cstr(data, size);
	char	   *text,
			   *text2;
	size_t		len,
				len2,
				i;
	int			rc;

	memset(&err, 0, sizeof(err));
	memset(&s, 0, sizeof(s));
	rc = gl_drift_parse(str, &o, &s, &err);
	if (rc != GL_DRIFT_OK)
	{
		gl_status_args a;
		char		list[64];

		memset(&a, 0, sizeof(a));
		memset(list, 0x7f, sizeof(list));
		if (rc != GL_DRIFT_E_NOMEM)
		{
			gl_drift_text_args(&err, str, &a, list, sizeof(list));
			FZ_CHECK(err.choices == NULL || (a.list == list && fz_terminated(list, sizeof(list))),
					 "list");
			FZ_CHECK(a.item == NULL || (a.item >= str && a.item + a.itemlen <= str + size),
					 "item outside the input");
		}
		free(str);
		return 0;
	}
	FZ_CHECK(gl_drift_opts_valid(&o), "options of %s", str);
	for (i = 0; i < s.npts; i++)
	{
		FZ_CHECK(isfinite(s.pts[i].value), "point %zu value", i);
		FZ_CHECK(s.pts[i].n1 >= 0 && s.pts[i].n2 >= 0 && (int64_t) s.pts[i].n1 + s.pts[i].n2 > 0,
				 "point %zu counts %d %d", i, (int) s.pts[i].n1, (int) s.pts[i].n2);
		/* a value repeats only where a count is full (split at INT32_MAX) */
		FZ_CHECK(i == 0 || s.pts[i - 1].value < s.pts[i].value ||
				 (s.pts[i - 1].value == s.pts[i].value &&
				  (s.pts[i - 1].n1 == INT32_MAX || s.pts[i - 1].n2 == INT32_MAX)),
				 "points %zu not increasing", i);
	}
	check_source(s.pts, s.npts, o.kind == GL_DRIFT_PSI ? o.bins : 10);
	text = gl_drift_format(&o, s.pts, s.npts, dtoa, &len);
	FZ_CHECK(text != NULL && strlen(text) == len, "format");
	memset(&s2, 0, sizeof(s2));
	rc = gl_drift_parse(text, &o2, &s2, &err);
	FZ_CHECK(rc == GL_DRIFT_OK, "\"%.200s\" printed as \"%.200s\" does not parse: %d", str, text, rc);
	FZ_CHECK(gl_drift_opts_equal(&o, &o2), "options of \"%.200s\"", text);
	FZ_CHECK(s2.npts == s.npts, "points of \"%.200s\": %zu, %zu", text, s.npts, s2.npts);
	for (i = 0; i < s.npts; i++)
		FZ_CHECK(fz_same_double(s.pts[i].value, s2.pts[i].value) &&
				 s.pts[i].n1 == s2.pts[i].n1 && s.pts[i].n2 == s2.pts[i].n2,
				 "point %zu of \"%.200s\"", i, text);
	text2 = gl_drift_format(&o2, s2.pts, s2.npts, dtoa, &len2);
	FZ_CHECK(text2 != NULL && len2 == len && strcmp(text, text2) == 0, "printed again");
	gl_free(text);
	gl_free(text2);
	gl_drift_free(&s);
	gl_drift_free(&s2);
	free(str);
	return 0;
}
