/*
 * fuzz_drift - drift/drift.h: the text form of the drift states
 * (ks(...){v:n1:n2,...} and psi(bins){...}).
 *
 * Properties: a state parsed has valid options and canonical points
 * (values finite and increasing, a value repeated only where a count is
 * full, counts not negative, no empty point); it
 * prints to a NUL-terminated text of the length said that parses back to
 * the same options and points and prints the same again.  On an error, the
 * fields of the message stay inside the input and the list buffer.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "drift/drift.h"

static char *
dtoa(double v, char *buf)
{
	return fz_dtoa(v, buf);
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
