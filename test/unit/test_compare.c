/*
 * test_compare.c - unit tests of the count types' grammar in the compare
 * core (src/classifier/compare.h): the status table, parsing (order, the
 * one name rule, blanks, the largest count), every error with the part of
 * the input it names, the canonical text and its round trip, and the
 * checks of counts given as arguments and as binary forms.
 *
 * The expected texts and counts are written out by hand from the grammar
 * in compare.h (no output of the code is pasted back in).
 */
#include <stdint.h>
#include <stdlib.h>

#include "unit.h"
#include "classifier/compare.h"

static void
test_table(void)
{
	const char *why = gl_status_table_check(&gl_compare_statuses);
	int			code;

	CHECK(why == NULL, "status table: %s", why ? why : "");
	/* every status but the syntax one (base reports it) has a descriptor */
	for (code = GL_CMP_TEXT_ITEM; code <= GL_CMP_BINARY; code++)
		CHECK(gl_status_find(&gl_compare_statuses, code) != NULL, "code %d", code);
	CHECK(gl_status_find(&gl_compare_statuses, GL_CMP_TEXT_SYNTAX) == NULL,
		  "syntax is base's");
}

/* str parses as f to the counts want */
static void
parses(const gl_cmp_form *f, const char *str, const int64_t *want)
{
	int64_t		c[GL_CMP_COUNTS_MAX] = {0};
	gl_cmp_text_error err;
	int			rc = gl_cmp_parse(f, str, strlen(str), c, &err);
	int			i;

	CHECK(rc == GL_CMP_OK, "\"%s\": status %d", str, rc);
	for (i = 0; i < f->ncounts; i++)
		CHECK(c[i] == want[i], "\"%s\" count %d: %lld, want %lld", str, i,
			  (long long) c[i], (long long) want[i]);
}

/* str fails as f with status code, naming item (NULL: not checked) */
static void
fails(const gl_cmp_form *f, const char *str, int code, const char *item)
{
	int64_t		c[GL_CMP_COUNTS_MAX];
	gl_cmp_text_error err;
	int			rc = gl_cmp_parse(f, str, strlen(str), c, &err);
	const char *got;
	size_t		len;

	CHECK(rc == code && err.code == code, "\"%s\": status %d, want %d", str, rc, code);
	if (item == NULL)
		return;
	got = code == GL_CMP_TEXT_SYNTAX ? err.text.token : err.args.item;
	len = code == GL_CMP_TEXT_SYNTAX ? err.text.token_len : err.args.itemlen;
	CHECK(got != NULL && len == strlen(item) && memcmp(got, item, len) == 0,
		  "\"%s\": item \"%.*s\", want \"%s\"", str, (int) len, got ? got : "",
		  item);
	if (code != GL_CMP_TEXT_SYNTAX)
	{
		CHECK(err.args.name == str && err.args.namelen == strlen(str), "name");
		CHECK(strcmp(err.args.extra, f->type) == 0, "extra");
		CHECK(strcmp(err.args.list, f->expected) == 0, "list");
	}
}

static void
test_parse(void)
{
	const int64_t p1[] = {78, 100};
	const int64_t p0[] = {0, 0};
	const int64_t pmax[] = {INT64_MAX, INT64_MAX};
	const int64_t q1[] = {61, 25, 7, 907};

	parses(&gl_cmp_proportion, "successes=78, trials=100", p1);
	parses(&gl_cmp_proportion, "trials=100,successes=78", p1);
	parses(&gl_cmp_proportion, "  SUCCESSES = 78 ,\tTrials=100  ", p1);
	parses(&gl_cmp_proportion, "successes=0, trials=0", p0);
	parses(&gl_cmp_proportion, "successes=0078, trials=000100", p1);
	parses(&gl_cmp_proportion,
		   "successes=9223372036854775807, trials=9223372036854775807", pmax);
	parses(&gl_cmp_paired, "both=61, a_only=25, b_only=7, neither=907", q1);
	parses(&gl_cmp_paired, "neither=907, b_only=7, A_ONLY=25, both=61", q1);

	/* the list itself: base's statuses, with the token they name */
	fails(&gl_cmp_proportion, "", GL_CMP_TEXT_SYNTAX, NULL);
	fails(&gl_cmp_proportion, "   ", GL_CMP_TEXT_SYNTAX, NULL);
	fails(&gl_cmp_proportion, "successes=1, trials=2, x=3", GL_CMP_TEXT_SYNTAX, "x=3");
	fails(&gl_cmp_proportion, "successes=1, =2", GL_CMP_TEXT_SYNTAX, "=2");
	fails(&gl_cmp_proportion, "successes 1", GL_CMP_TEXT_SYNTAX, "successes 1");
	fails(&gl_cmp_proportion, "successes=, trials=2", GL_CMP_TEXT_SYNTAX, "successes=");
	fails(&gl_cmp_proportion, "successes=1,", GL_CMP_TEXT_SYNTAX, "");

	/* items: unknown, repeated, missing (the whole input named) */
	fails(&gl_cmp_proportion, "successes=1, tries=2", GL_CMP_TEXT_ITEM, "tries=2");
	fails(&gl_cmp_proportion, "successes=1, successes=2", GL_CMP_TEXT_ITEM,
		  "successes=2");
	fails(&gl_cmp_proportion, "successes=1", GL_CMP_TEXT_ITEM, "successes=1");
	fails(&gl_cmp_proportion, "success=1, trials=2", GL_CMP_TEXT_ITEM, "success=1");
	fails(&gl_cmp_paired, "both=1, a_only=2, b_only=3", GL_CMP_TEXT_ITEM,
		  "both=1, a_only=2, b_only=3");
	fails(&gl_cmp_paired, "both=1, aonly=2, b_only=3, neither=4", GL_CMP_TEXT_ITEM,
		  "aonly=2");

	/* counts: digits only, at most INT64_MAX */
	fails(&gl_cmp_proportion, "successes=1, trials=x", GL_CMP_TEXT_COUNT, "x");
	fails(&gl_cmp_paired, "both=1, a_only=2, b_only=3, neither=-4", GL_CMP_TEXT_COUNT, "-4");
	fails(&gl_cmp_proportion, "successes=+1, trials=2", GL_CMP_TEXT_COUNT, "+1");
	fails(&gl_cmp_proportion, "successes=1.0, trials=2", GL_CMP_TEXT_COUNT, "1.0");
	fails(&gl_cmp_proportion, "successes=1 2, trials=3", GL_CMP_TEXT_COUNT, "1 2");
	fails(&gl_cmp_proportion, "successes=1e3, trials=2000", GL_CMP_TEXT_COUNT, "1e3");
	fails(&gl_cmp_proportion, "successes=1, trials=9223372036854775808",
		  GL_CMP_TEXT_COUNT, "9223372036854775808");

	/* a proportion's successes are at most its trials */
	{
		int64_t		c[2];
		gl_cmp_text_error err;
		const char *s = "successes=5, trials=3";

		CHECK(gl_cmp_parse(&gl_cmp_proportion, s, strlen(s), c, &err) ==
			  GL_CMP_COUNT_ORDER && err.args.has_value && err.args.value == 5.0,
			  "order");
	}
	/* a length shorter than the string: only those bytes are read */
	{
		int64_t		c[2];
		gl_cmp_text_error err;
		const char *s = "successes=1, trials=20";

		CHECK(gl_cmp_parse(&gl_cmp_proportion, s, strlen(s) - 1, c, &err) ==
			  GL_CMP_OK && c[0] == 1 && c[1] == 2, "length");
	}
}

static void
test_format(void)
{
	const int64_t p[] = {78, 100};
	const int64_t q[] = {61, 25, 7, 907};
	const int64_t qmax[] = {INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX};
	const char *qmax_text = "both=9223372036854775807, a_only=9223372036854775807, "
		"b_only=9223372036854775807, neither=9223372036854775807";
	char		buf[GL_CMP_TEXT_MAX];
	int64_t		c[GL_CMP_COUNTS_MAX];
	gl_cmp_text_error err;

	gl_cmp_format(&gl_cmp_proportion, p, buf);
	CHECK(strcmp(buf, "successes=78, trials=100") == 0, "proportion: %s", buf);
	gl_cmp_format(&gl_cmp_paired, q, buf);
	CHECK(strcmp(buf, "both=61, a_only=25, b_only=7, neither=907") == 0,
		  "paired: %s", buf);
	gl_cmp_format(&gl_cmp_paired, qmax, buf);
	CHECK(strcmp(buf, qmax_text) == 0 && strlen(qmax_text) < GL_CMP_TEXT_MAX,
		  "largest: %s", buf);
	CHECK(gl_cmp_parse(&gl_cmp_paired, buf, strlen(buf), c, &err) == GL_CMP_OK &&
		  memcmp(c, qmax, sizeof(qmax)) == 0, "largest reads back");
}

static void
test_checks(void)
{
	gl_status_args a;
	const int64_t ok[] = {3, 5};
	const int64_t order[] = {5, 3};
	const int64_t neg_k[] = {-1, 3};
	const int64_t neg_n[] = {1, -3};
	const int64_t q_neg[] = {1, -2, 3, 4};
	const int64_t q_ok[] = {0, 0, 0, 0};
	const int64_t q_any[] = {9, 3, 4, 1};

	CHECK(gl_cmp_check(&gl_cmp_proportion, ok, &a) == GL_CMP_OK, "ok");
	CHECK(gl_cmp_check(&gl_cmp_proportion, order, &a) == GL_CMP_COUNT_ORDER &&
		  a.value == 5.0, "order");
	CHECK(gl_cmp_check(&gl_cmp_proportion, neg_k, &a) == GL_CMP_COUNT_NEGATIVE &&
		  strcmp(a.arg, "successes") == 0 && a.value == -1.0, "successes < 0");
	CHECK(gl_cmp_check(&gl_cmp_proportion, neg_n, &a) == GL_CMP_COUNT_NEGATIVE &&
		  strcmp(a.arg, "trials") == 0 && a.value == -3.0, "trials < 0");
	CHECK(gl_cmp_check(&gl_cmp_paired, q_neg, &a) == GL_CMP_COUNT_NEGATIVE &&
		  strcmp(a.arg, "a_only") == 0 && a.value == -2.0, "a_only < 0");
	CHECK(gl_cmp_check(&gl_cmp_paired, q_ok, &a) == GL_CMP_OK, "zeros");
	/* paired counts have no order */
	CHECK(gl_cmp_check(&gl_cmp_paired, q_any, &a) == GL_CMP_OK, "no order");

	CHECK(gl_cmp_check_binary(&gl_cmp_proportion, ok, &a) == GL_CMP_OK, "binary ok");
	CHECK(gl_cmp_check_binary(&gl_cmp_proportion, order, &a) == GL_CMP_COUNT_ORDER,
		  "binary order");
	CHECK(gl_cmp_check_binary(&gl_cmp_proportion, neg_n, &a) == GL_CMP_BINARY &&
		  strcmp(a.name, "a count is negative") == 0 &&
		  strcmp(a.extra, "proportion") == 0, "binary negative");
	CHECK(gl_cmp_check_binary(&gl_cmp_paired, q_neg, &a) == GL_CMP_BINARY &&
		  strcmp(a.extra, "paired_outcomes") == 0, "binary paired negative");
}

int
main(void)
{
	unit_name = "test_compare";
	test_table();
	test_parse();
	test_format();
	test_checks();
	return unit_done();
}
