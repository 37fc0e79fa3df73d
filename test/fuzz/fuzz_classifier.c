/*
 * fuzz_classifier - classifier/classifier.h: the text form of score_summary
 * ("digits=<d> {<score>:<pos>/<neg>/<unverified>, ...}") and the count
 * reader the pairs text forms (proportion, paired_outcomes) use.
 *
 * The first byte chooses (modulo 3).  0: a summary parsed passes the
 * canonical check (binary input then accepts it), prints as the glue prints
 * it to text that parses back to the same entries and prints the same
 * again.  1: a count read is not negative, takes no more than the input,
 * is made of digits only and equals what strtoll makes of them.  2: entries
 * made of any bytes (the second byte: digits) that score_summary_recv's
 * checks accept (finite scores, counts not negative, canonicalized,
 * gl_scores_check) print to text that text input accepts and reads back
 * to the same summary (a dump must restore).
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "classifier/classifier.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the text as gl_score_summary_out writes it (malloc'd) */
static char *
summary_text(const gl_score_entry *e, size_t n, int digits)
{
	size_t		cap = 64 + n * (FZ_DTOA_LEN + 3 * 21 + 4);
	char	   *buf = malloc(cap);
	size_t		used = 0;
	size_t		i;
	char		num[FZ_DTOA_LEN];

	if (buf == NULL)
		abort();
	if (digits >= 0)
		used += snprintf(buf + used, cap - used, "digits=%d ", digits);
	used += snprintf(buf + used, cap - used, "{");
	for (i = 0; i < n; i++)
		used += snprintf(buf + used, cap - used, "%s%s:%lld/%lld/%lld", i ? ", " : "",
						 fz_dtoa(e[i].score, num), (long long) e[i].pos,
						 (long long) e[i].neg, (long long) e[i].unv);
	snprintf(buf + used, cap - used, "}");
	return buf;
}

/* a summary made of any bytes that the checks of binary input accept */
static void
binary_case(int digits, const uint8_t *data, size_t size)
{
	size_t		n = size / sizeof(gl_score_entry),
				k = 0,
				n2 = 0,
				i;
	gl_score_entry *e,
			   *e2 = NULL;
	int			digits2;
	double		bad;
	char	   *t;
	gl_scores_text_error err;

	if (size % sizeof(gl_score_entry) != 0 || n > 8)
		return;
	e = malloc((n + 1) * sizeof(*e));
	memcpy(e, data, n * sizeof(*e));
	for (i = 0; i < n; i++)
		if (!isfinite(e[i].score) || e[i].pos < 0 || e[i].neg < 0 || e[i].unv < 0)
			goto done;
	if (gl_scores_canonicalize(e, n, &k) != GL_CLS_OK ||
		gl_scores_check(e, k, digits, &bad) != GL_CLS_OK)
		goto done;
	t = summary_text(e, k, digits);
	memset(&err, 0, sizeof(err));
	FZ_CHECK(gl_scores_parse(t, &e2, &n2, &digits2, &err) == GL_CLS_OK,
			 "binary summary accepted, its text \"%s\" not", t);
	FZ_CHECK(n2 == k && digits2 == digits && (k == 0 || memcmp(e, e2, k * sizeof(*e)) == 0),
			 "binary summary printed as \"%s\" reads back differently", t);
	gl_free(e2);
	free(t);
done:
	free(e);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s;

	if (size < 1)
		return 0;
	if (data[0] % 3 == 2)
	{
		if (size >= 2)
			binary_case((int) (data[1] % 17) - 1, data + 2, size - 2);
		return 0;
	}
	if (data[0] % 3 == 1)
	{
		int64_t		v = -1;
		size_t		used;
		char	   *b = fz_bytes(data + 1, size - 1);

		used = gl_text_count(b, size - 1, &v);
		FZ_CHECK(used <= size - 1, "used %zu of %zu", used, size - 1);
		if (used > 0)
		{
			char	   *digits = fz_cstr((const uint8_t *) b, used);
			size_t		i;

			FZ_CHECK(v >= 0, "count %lld", (long long) v);
			for (i = 0; i < used; i++)
				FZ_CHECK(digits[i] >= '0' && digits[i] <= '9', "\"%s\" read as a count", digits);
			FZ_CHECK(strtoll(digits, NULL, 10) == v, "\"%s\" read as %lld", digits, (long long) v);
			free(digits);
		}
		free(b);
		return 0;
	}

	s = fz_cstr(data + 1, size - 1);
	{
		gl_score_entry *e = NULL,
				   *e2 = NULL;
		size_t		n = 0,
					n2 = 0;
		int			digits = -1,
					digits2 = -1;
		double		bad = 0;
		gl_scores_text_error err;

		memset(&err, 0, sizeof(err));
		if (gl_scores_parse(s, &e, &n, &digits, &err) == GL_CLS_OK)
		{
			char	   *t1,
					   *t2;

			FZ_CHECK(gl_scores_check(e, n, digits, &bad) == GL_CLS_OK,
					 "\"%s\" parsed into a summary the binary check refuses (%g)", s, bad);
			t1 = summary_text(e, n, digits);
			FZ_CHECK(gl_scores_parse(t1, &e2, &n2, &digits2, &err) == GL_CLS_OK,
					 "\"%s\" printed as \"%s\" does not read back", s, t1);
			FZ_CHECK(n == n2 && digits == digits2 &&
					 (n == 0 || memcmp(e, e2, n * sizeof(*e)) == 0),
					 "\"%s\" printed as \"%s\" reads back differently", s, t1);
			t2 = summary_text(e2, n2, digits2);
			FZ_CHECK(strcmp(t1, t2) == 0, "\"%s\" then \"%s\"", t1, t2);
			free(t1);
			free(t2);
			gl_free(e2);
		}
		gl_free(e);
	}
	free(s);
	return 0;
}
