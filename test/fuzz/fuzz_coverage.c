/*
 * fuzz_coverage - coverage/coverage.h: the text form of coverage
 * ("max_gap=<seconds>, missing=<n>; <first> <last> <n>; ...") and, through
 * it, base/timetext.h's instants and durations.
 *
 * Properties: a coverage parsed passes gl_cov_check with missing >= 0 (so
 * binary input accepts it); its text parses back to the same coverage and
 * prints the same again; split anywhere and appended back in time order
 * (rollup's flat path, gl_cov_append) it is the same runs, as many as
 * gl_cov_append_count says.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "coverage/coverage.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fz_cstr(data, size);
	int64_t		max_gap = 0,
				missing = 0,
				max_gap2 = 0,
				missing2 = 0;
	gl_cov_run *runs = NULL,
			   *runs2 = NULL;
	size_t		n = 0,
				n2 = 0,
				bad = 0;
	gl_cov_text_error err;

	memset(&err, 0, sizeof(err));
	if (gl_cov_parse(s, &max_gap, &missing, &runs, &n, &err) == GL_COV_OK)
	{
		char	   *t1,
				   *t2;

		FZ_CHECK(missing >= 0, "missing %lld", (long long) missing);
		FZ_CHECK(gl_cov_check(max_gap, runs, n, &bad) == GL_COV_OK,
				 "\"%s\" parsed into a coverage the binary check refuses (run %zu)", s, bad);
		t1 = gl_cov_format(max_gap, missing, runs, n);
		FZ_CHECK(t1 != NULL, "no text");
		FZ_CHECK(gl_cov_parse(t1, &max_gap2, &missing2, &runs2, &n2, &err) == GL_COV_OK,
				 "\"%s\" printed as \"%s\" does not read back", s, t1);
		FZ_CHECK(max_gap == max_gap2 && missing == missing2 && n == n2 &&
				 (n == 0 || memcmp(runs, runs2, n * sizeof(*runs)) == 0),
				 "\"%s\" printed as \"%s\" reads back differently", s, t1);
		t2 = gl_cov_format(max_gap2, missing2, runs2, n2);
		FZ_CHECK(t2 != NULL && strcmp(t1, t2) == 0, "\"%s\" then \"%s\"", t1, t2 ? t2 : "");
		if (n > 0)
		{
			size_t		k = (size_t) data[0] % (n + 1);
			gl_cov_run *a = gl_alloc(n * sizeof(*runs));
			size_t		want,
						got;

			FZ_CHECK(a != NULL, "no memory");
			memcpy(a, runs, k * sizeof(*runs));
			want = gl_cov_append_count(a, k, runs + k, n - k, max_gap);
			got = gl_cov_append(a, k, runs + k, n - k, max_gap);
			FZ_CHECK(want == got && got == n && memcmp(a, runs, n * sizeof(*runs)) == 0,
					 "\"%s\" split at run %zu does not append back", s, k);
			gl_free(a);
		}
		gl_free(t1);
		gl_free(t2);
		gl_free(runs2);
	}
	gl_free(runs);
	free(s);
	return 0;
}
