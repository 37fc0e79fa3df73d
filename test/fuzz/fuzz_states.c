/*
 * fuzz_states - the checks of the binary forms of the newer modules that
 * sit in the cores, on values made of any bytes, as their receive
 * functions make them:
 *   coverage       gl_cov_check (missing >= 0)
 *   error_counts   gl_health_counts_check
 *   limit_counts   gl_health_limits_check (n = the sum of the counts)
 * (score_summary's is in fuzz_classifier, meter_counter's in fuzz_counter,
 * confusion's, fp_tally's and energy_balance_state's in fuzz_binary).
 *
 * Binary input must accept exactly what text input accepts (a dump must
 * restore), so the property is: a value the check accepts prints to text
 * that text input accepts and reads back to the same value.  The first
 * byte chooses the type.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "coverage/coverage.h"
#include "health/health.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
put(char *buf, double v)
{
	fz_dtoa(v, buf);
}

static void
coverage_case(const uint8_t *data, size_t size)
{
	int64_t		max_gap,
				missing,
				max_gap2,
				missing2;
	size_t		n,
				n2 = 0,
				bad;
	gl_cov_run *runs,
			   *runs2 = NULL;
	gl_cov_text_error err;
	char	   *t;

	if (size < 16 || (size - 16) % sizeof(gl_cov_run) != 0)
		return;
	memcpy(&max_gap, data, 8);
	memcpy(&missing, data + 8, 8);
	n = (size - 16) / sizeof(gl_cov_run);
	if (missing < 0)
		return;
	runs = malloc((n + 1) * sizeof(*runs));
	memcpy(runs, data + 16, n * sizeof(*runs));
	if (gl_cov_check(max_gap, runs, n, &bad) == GL_COV_OK)
	{
		t = gl_cov_format(max_gap, missing, runs, n);
		FZ_CHECK(t != NULL, "no text");
		memset(&err, 0, sizeof(err));
		FZ_CHECK(gl_cov_parse(t, &max_gap2, &missing2, &runs2, &n2, &err) == GL_COV_OK,
				 "binary coverage accepted, its text \"%s\" not (status %d at \"%.*s\")", t,
				 err.status, (int) err.token_len, err.token ? err.token : "");
		FZ_CHECK(max_gap == max_gap2 && missing == missing2 && n == n2 &&
				 (n == 0 || memcmp(runs, runs2, n * sizeof(*runs)) == 0),
				 "binary coverage printed as \"%s\" reads back differently", t);
		gl_free(runs2);
		gl_free(t);
	}
	free(runs);
}

static void
counts_case(const uint8_t *data, size_t size)
{
	gl_health_counts c,
				c2;
	gl_health_error err;
	char	   *t;

	if (size < 8 || (size - 8) % sizeof(gl_health_bucket) != 0)
		return;
	memset(&c, 0, sizeof(c));
	memcpy(&c.width, data, 8);
	c.n = c.max = (int32_t) ((size - 8) / sizeof(gl_health_bucket));
	c.b = malloc((c.n + 1) * sizeof(gl_health_bucket));
	memcpy(c.b, data + 8, c.n * sizeof(gl_health_bucket));
	if (gl_health_counts_check(&c, &err) == GL_HEALTH_OK)
	{
		t = gl_health_counts_format(&c);
		FZ_CHECK(t != NULL, "no text");
		memset(&c2, 0, sizeof(c2));
		FZ_CHECK(gl_health_counts_parse(t, &c2, &err) == GL_HEALTH_OK,
				 "binary error_counts accepted, its text \"%s\" not", t);
		FZ_CHECK(c.width == c2.width && c.n == c2.n &&
				 (c.n == 0 || memcmp(c.b, c2.b, c.n * sizeof(*c.b)) == 0),
				 "binary error_counts printed as \"%s\" reads back differently", t);
		gl_health_counts_free(&c2);
		gl_free(t);
	}
	free(c.b);
}

static void
limits_case(const uint8_t *data, size_t size)
{
	gl_health_limits v,
				v2;
	gl_health_error err;
	__int128	sum = 0;
	int32_t		i;
	char	   *t;

	if (size < 24 || (size - 24) % 16 != 0)
		return;
	memset(&v, 0, sizeof(v));
	v.k = (int32_t) ((size - 24) / 16);
	v.limits = malloc((v.k + 1) * sizeof(double));
	v.counts = malloc((v.k + 1) * sizeof(int64_t));
	memcpy(v.limits, data, v.k * sizeof(double));
	memcpy(v.counts, data + v.k * 8, (v.k + 1) * sizeof(int64_t));
	for (i = 0; i <= v.k; i++)
		sum += v.counts[i] > 0 ? v.counts[i] : 0;
	v.n = sum > INT64_MAX ? -1 : (int64_t) sum;
	memcpy(&v.min, data + v.k * 16 + 8, 8);
	memcpy(&v.max, data + v.k * 16 + 16, 8);
	if (gl_health_limits_check(&v, put, &err) == GL_HEALTH_OK)
	{
		t = gl_health_limits_format(&v, put);
		FZ_CHECK(t != NULL, "no text");
		memset(&v2, 0, sizeof(v2));
		FZ_CHECK(gl_health_limits_parse(t, &v2, put, &err) == GL_HEALTH_OK,
				 "binary limit_counts accepted, its text \"%s\" not", t);
		FZ_CHECK(v.k == v2.k && v.n == v2.n &&
				 fz_same_double(v.min, v2.min) && fz_same_double(v.max, v2.max) &&
				 memcmp(v.limits, v2.limits, v.k * sizeof(double)) == 0 &&
				 memcmp(v.counts, v2.counts, (v.k + 1) * sizeof(int64_t)) == 0,
				 "binary limit_counts printed as \"%s\" reads back differently", t);
		gl_health_limits_free(&v2);
		gl_free(t);
	}
	free(v.limits);
	free(v.counts);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	switch (data[0] % 3)
	{
		case 0:
			coverage_case(data + 1, size - 1);
			break;
		case 1:
			counts_case(data + 1, size - 1);
			break;
		default:
			limits_case(data + 1, size - 1);
			break;
	}
	return 0;
}
