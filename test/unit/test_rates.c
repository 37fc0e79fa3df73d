/*
 * test_rates.c - unit tests of the rates core (src/rates): confusion
 * counts, metrics, intervals, false-positive tallies and text forms.
 *
 * Reference values: shared/reference/energy.md ("Classification metrics")
 * and test/data/rates_reference.csv (exact fractions and SciPy, written by
 * test/data/gen_rates_reference.py).
 */
#include <stdint.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "rates/rates.h"
#include "stats/binomial.h"
#include "stats/stats.h"

static void
test_energy_example(void)
{
	gl_confusion c = {90, 10, 15, 885};
	gl_rate_interval r;
	double		x;

	/* energy.md: TP = 90, FP = 10, FN = 15, TN = 885 */
	CHECK(gl_confusion_rate(&c, GL_RATE_PRECISION, &x) == 0 && x == 0.9,
		  "precision %.17g", x);
	CHECK_REL(x, 0.9, 0, "precision");
	gl_confusion_rate(&c, GL_RATE_RECALL, &x);
	CHECK_REL(x, 0.8571428571, 1e-10, "recall");
	gl_confusion_rate(&c, GL_RATE_FALSE_POSITIVE, &x);
	CHECK_REL(x, 0.01117318436, 1e-9, "false positive rate");
	gl_confusion_rate(&c, GL_RATE_ACCURACY, &x);
	CHECK(x == 0.975, "accuracy %.17g", x);
	gl_confusion_f1(&c, &x);
	CHECK_REL(x, 0.8780487805, 1e-10, "f1");
	gl_confusion_rate(&c, GL_RATE_JACCARD, &x);
	CHECK_REL(x, 0.7826086957, 1e-10, "J");
	/* exact: (90*885 - 10*15) / sqrt(100*105*895*900), from the CSV */
	CHECK(gl_confusion_mcc(&c, &x) == 0, "mcc rc");
	CHECK_REL(x, 0.8644496578519548, 1e-15, "mcc");

	CHECK(gl_confusion_interval(&c, GL_RATE_PRECISION, 0.95, GL_CI_WILSON, &r) == 0,
		  "precision interval");
	CHECK_REL(r.lower, 0.8256343385, 1e-9, "precision lower");
	CHECK_REL(r.upper, 0.9447708629, 1e-9, "precision upper");
	CHECK(r.n == 100 && r.rate == 0.9, "precision n, rate");
	gl_confusion_interval(&c, GL_RATE_RECALL, 0.95, GL_CI_WILSON, &r);
	CHECK_REL(r.lower, 0.7776004677, 1e-9, "recall lower");
	CHECK_REL(r.upper, 0.9114751916, 1e-9, "recall upper");
	gl_confusion_interval(&c, GL_RATE_FALSE_POSITIVE, 0.95, GL_CI_WILSON, &r);
	CHECK_REL(r.lower, 0.006080209649, 1e-9, "fpr lower");
	CHECK_REL(r.upper, 0.02044444449, 1e-9, "fpr upper");
	gl_confusion_interval(&c, GL_RATE_ACCURACY, 0.95, GL_CI_WILSON, &r);
	CHECK_REL(r.lower, 0.9633547107, 1e-9, "accuracy lower");
	CHECK_REL(r.upper, 0.9830098687, 1e-9, "accuracy upper");
	CHECK(r.n == 1000, "accuracy n");
	CHECK(gl_confusion_f1_interval(&c, 0.95, GL_CI_WILSON, &r) == 0, "f1 interval");
	CHECK_REL(r.lower, 0.8226672829, 1e-9, "f1 lower");
	CHECK_REL(r.upper, 0.9178613697, 1e-9, "f1 upper");
	CHECK_REL(r.rate, 0.8780487805, 1e-10, "f1 rate");
	CHECK(r.n == 115, "f1 n");
	/* Clopper-Pearson, rates_reference.csv */
	gl_confusion_f1_interval(&c, 0.99, GL_CI_CLOPPER_PEARSON, &r);
	CHECK_REL(r.lower, 0.801312379979613, 1e-9, "f1 cp lower");
	CHECK_REL(r.upper, 0.931908817598238, 1e-9, "f1 cp upper");
}

static void
test_undefined_and_overflow(void)
{
	gl_confusion z = {0, 0, 0, 0};
	gl_confusion big = {INT64_MAX, 1, 2, 3};
	gl_confusion one = {1, 0, 0, 0};
	gl_confusion c;
	gl_rate_interval r;
	double		x;
	int64_t		k;
	int64_t		n;

	CHECK(gl_confusion_rate(&z, GL_RATE_PRECISION, &x) == GL_STATS_E_EMPTY, "0/0");
	CHECK(gl_confusion_f1(&z, &x) == GL_STATS_E_EMPTY, "f1 0/0");
	CHECK(gl_confusion_mcc(&one, &x) == GL_STATS_E_EMPTY, "mcc with zero sums");
	CHECK(gl_confusion_interval(&z, GL_RATE_ACCURACY, 0.95, GL_CI_WILSON, &r) ==
		  GL_STATS_E_EMPTY, "interval 0/0");

	c = big;
	CHECK(gl_confusion_add(&c, &one) == GL_STATS_E_OVERFLOW, "add overflow");
	CHECK(c.tp == INT64_MAX && c.fp == 1, "unchanged on overflow");
	CHECK(gl_confusion_count(&c, 1, 1) == GL_STATS_E_OVERFLOW, "count overflow");
	CHECK(gl_confusion_count(&c, 0, 0) == 0 && c.tn == 4, "count tn");
	/* a rate of huge counts is still right; its interval reports overflow */
	CHECK(gl_confusion_rate(&big, GL_RATE_PRECISION, &x) == 0 && x == 1.0,
		  "huge precision %.17g", x);
	CHECK(gl_confusion_proportion(&big, GL_RATE_ACCURACY, &k, &n) ==
		  GL_STATS_E_OVERFLOW, "accuracy n overflows");
	CHECK(gl_confusion_mcc(&big, &x) == 0 && fabs(x) <= 1, "huge mcc %g", x);
	CHECK(gl_binom_interval(1, 10, 0.95, GL_CI_UNSET, &x, &x) == GL_STATS_E_PARAM,
		  "unset method");
	CHECK(gl_confusion_interval(&one, GL_RATE_RECALL, 1.0, GL_CI_WILSON, &r) ==
		  GL_STATS_E_CONFIDENCE, "confidence 1");
	/* 1 - 5e-324 rounds to 1: no quantile to build the interval on, refused */
	CHECK(gl_confusion_interval(&one, GL_RATE_RECALL, 5e-324, GL_CI_WILSON, &r) ==
		  GL_STATS_E_CONFIDENCE_RANGE, "tiny confidence");
	/*
	 * More than 2^53 trials: an error naming n (once accuracy's lower bound
	 * came out above its upper bound); 2^53 itself is computed.
	 */
	{
		gl_confusion huge = {4503599627370496LL, 1, 1, 4503599627370496LL};
		gl_confusion edge = {4503599627370495LL, 1, 0, 4503599627370496LL};

		CHECK(gl_confusion_interval(&huge, GL_RATE_ACCURACY, 0.95, GL_CI_WILSON, &r) ==
			  GL_STATS_E_COUNT_LIMIT && r.n == 9007199254740994LL,
			  "accuracy beyond 2^53");
		CHECK(gl_confusion_interval(&huge, GL_RATE_ACCURACY, 0.95,
									GL_CI_CLOPPER_PEARSON, &r) == GL_STATS_E_COUNT_LIMIT,
			  "accuracy beyond 2^53, clopper-pearson");
		CHECK(gl_confusion_interval(&edge, GL_RATE_ACCURACY, 0.95,
									GL_CI_CLOPPER_PEARSON, &r) == GL_STATS_OK &&
			  r.n == 9007199254740992LL && r.lower <= r.rate && r.rate <= r.upper &&
			  r.upper == 1.0 && fabs(r.lower - (1.0 - 5.5716 / 9007199254740992.0)) <= 1.2e-16,
			  "accuracy at 2^53: %.17g %.17g", r.lower, r.upper);
		CHECK(gl_confusion_interval(&edge, GL_RATE_ACCURACY, 0.95, GL_CI_WILSON, &r) ==
			  GL_STATS_OK && r.lower <= r.upper, "wilson accuracy at 2^53");
	}
}

static void
test_tally(void)
{
	gl_fp_tally a = {0, 0, 0.0, GL_CI_UNSET};
	gl_fp_tally b = {0, 0, 0.9, GL_CI_CLOPPER_PEARSON};
	gl_fp_tally c = {5, 5, 0.95, GL_CI_CLOPPER_PEARSON};
	gl_rate_interval r;
	int			i;

	/* 3 alarms, 1 false: binomial_ci.csv has no such row; k=1, n=10 */
	for (i = 0; i < 10; i++)
		CHECK(gl_fp_tally_count(&a, i == 0) == 0, "count");
	CHECK(a.tp == 9 && a.fp == 1, "counts");
	CHECK(gl_fp_tally_interval(&a, &r) == 0, "default interval");
	CHECK_REL(r.lower, 0.0178762130951, 1e-9, "wilson 1/10 lower");
	CHECK_REL(r.upper, 0.404150026795, 1e-9, "wilson 1/10 upper");
	CHECK(r.rate == 0.1 && r.n == 10, "rate, n");
	CHECK(gl_fp_tally_add(&a, &b) == 0 && a.method == GL_CI_CLOPPER_PEARSON &&
		  a.confidence == 0.9, "unset takes the other's settings");
	CHECK(gl_fp_tally_add(&a, &c) == GL_RATES_E_SETTINGS, "different confidence");
	c.confidence = 0.9;
	CHECK(gl_fp_tally_add(&a, &c) == 0 && a.tp == 14 && a.fp == 6, "same settings");
	b.tp = INT64_MAX;
	CHECK(gl_fp_tally_add(&a, &b) == GL_STATS_E_OVERFLOW, "tally overflow");
	CHECK(a.tp == 14, "tally unchanged on overflow");
	a.tp = 0;
	a.fp = 0;
	CHECK(gl_fp_tally_interval(&a, &r) == GL_STATS_E_EMPTY, "empty tally");
}

/* the status a refused text form reports: table t (NULL: base's text forms) */
#define TEXT_SPLIT NULL

/*
 * parse must fail with status code of table t (for a syntax error of the
 * item list, t NULL and code a gl_text_status) about token
 */
static void
bad_text(int tally, const char *str, const gl_status_table *t, int code,
		 const char *token)
{
	gl_confusion c;
	gl_fp_tally tl;
	gl_rates_text_error err;
	int			rc = tally ? gl_fp_tally_parse(str, &tl, &err) :
		gl_confusion_parse(str, &c, &err);
	int			got;

	CHECK(rc != 0, "'%s' accepted", str);
	if (rc == 0)
		return;
	got = err.table ? err.code : (int) err.text.status;
	CHECK(err.table == t && got == code, "'%s': status %s %d, want %s %d", str,
		  err.table ? err.table->module : "text", got, t ? t->module : "text",
		  code);
	CHECK(strlen(token) == err.text.token_len &&
		  strncmp(err.text.token, token, err.text.token_len) == 0,
		  "'%s': token '%.*s', want '%s'", str, (int) err.text.token_len,
		  err.text.token, token);
	if (err.table)
		CHECK(err.args.item == err.text.token && err.args.itemlen == err.text.token_len,
			  "'%s': {item} is the token", str);
}

/* the message, detail and hint of a refused text form, as the glue fills them */
static void
text_words(int tally, const char *str, const char *message, const char *detail,
		   const char *hint)
{
	gl_confusion c;
	gl_fp_tally tl;
	gl_rates_text_error err;
	gl_status_args a;
	const gl_status *s;
	char		buf[256];
	int			rc = tally ? gl_fp_tally_parse(str, &tl, &err) :
		gl_confusion_parse(str, &c, &err);

	CHECK(rc != 0 && err.table != NULL, "'%s': a status", str);
	if (rc == 0 || err.table == NULL)
		return;
	s = gl_status_find(err.table, err.code);
	CHECK(s != NULL, "'%s': descriptor", str);
	if (s == NULL)
		return;
	a = err.args;
	if (a.extra == NULL)
		a.extra = tally ? "fp_tally" : "confusion";
	if (a.name == NULL)
	{
		a.name = str;
		a.namelen = strlen(str);
	}
	gl_status_format(buf, sizeof(buf), s->message, s, &a);
	CHECK(strcmp(buf, message) == 0, "'%s': message '%s'", str, buf);
	gl_status_format(buf, sizeof(buf), s->detail, s, &a);
	CHECK(strcmp(buf, detail) == 0, "'%s': detail '%s'", str, buf);
	gl_status_format(buf, sizeof(buf), s->hint, s, &a);
	CHECK(strcmp(buf, hint) == 0, "'%s': hint '%s'", str, buf);
}

static void
test_text(void)
{
	static const gl_confusion values[] = {
		{0, 0, 0, 0}, {90, 10, 15, 885}, {INT64_MAX, 0, 1, INT64_MAX - 1},
		{1, 2, 3, 4}
	};
	static const gl_fp_tally tallies[] = {
		{0, 0, 0.0, GL_CI_UNSET}, {7, 3, 0.95, GL_CI_WILSON},
		{INT64_MAX, INT64_MAX, 0.001, GL_CI_CLOPPER_PEARSON}
	};
	const gl_status_table *R = &gl_rates_statuses;
	gl_confusion c;
	gl_fp_tally t;
	gl_rates_text_error err;
	char		buf[GL_FP_TALLY_TEXT_MAX];
	size_t		i;

	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++)
	{
		gl_confusion_format(&values[i], buf);
		CHECK(gl_confusion_parse(buf, &c, &err) == 0 &&
			  memcmp(&c, &values[i], sizeof(c)) == 0, "round trip '%s'", buf);
	}
	gl_confusion_format(&values[1], buf);
	CHECK(strcmp(buf, "tp=90, fp=10, fn=15, tn=885") == 0, "format '%s'", buf);
	CHECK(gl_confusion_parse("  TN = 885,fn=15 ,  fp=10,tp=90  ", &c, &err) == 0 &&
		  c.tp == 90 && c.fp == 10 && c.fn == 15 && c.tn == 885, "any order, blanks");

	/* the item list (base/textform.h) */
	bad_text(0, "", TEXT_SPLIT, GL_TEXT_EMPTY, "");
	bad_text(0, "   ", TEXT_SPLIT, GL_TEXT_EMPTY, "");
	bad_text(0, "tp=1, fp=2, fn=3, tn=4,", TEXT_SPLIT, GL_TEXT_NO_NAME, "");
	bad_text(0, "tp 1, fp=2, fn=3, tn=4", TEXT_SPLIT, GL_TEXT_NO_EQUALS, "tp 1");
	bad_text(0, "tp=, fp=2, fn=3, tn=4", TEXT_SPLIT, GL_TEXT_NO_VALUE, "tp=");
	bad_text(0, "=1, fp=2, fn=3, tn=4", TEXT_SPLIT, GL_TEXT_NO_NAME, "=1");
	bad_text(0, "tp=1,tp=1,tp=1,tp=1,tp=1,tp=1,tp=1,tp=1,tp=1", TEXT_SPLIT,
			 GL_TEXT_TOO_MANY, "tp=1");
	/* the items */
	bad_text(0, "tp=1, fp=2, fn=3", R, GL_RATES_E_TEXT_MISSING, "tn");
	bad_text(0, "tp=1, fp=-2, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "-2");
	bad_text(0, "tp=1, fp=2, fn=3, tn=9223372036854775808", R,
			 GL_RATES_E_TEXT_COUNT_RANGE, "9223372036854775808");
	bad_text(0, "tp=1, fp=2, fn=3, tn=99999999999999999999999", R,
			 GL_RATES_E_TEXT_COUNT_RANGE, "99999999999999999999999");
	bad_text(0, "tp=1, fp=2.5, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "2.5");
	bad_text(0, "tp=1, fp=+2, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "+2");
	bad_text(0, "tp=1, fp=2 3, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "2 3");
	bad_text(0, "tp=1, xp=2, fn=3, tn=4", R, GL_RATES_E_TEXT_UNKNOWN, "xp");
	bad_text(0, "tp=1, tp=2, fn=3, tn=4", R, GL_RATES_E_TEXT_TWICE, "tp");
	bad_text(0, "tp=1, fp=2, fn=3, tn=4, TN=5", R, GL_RATES_E_TEXT_TWICE, "TN");
	bad_text(0, "tp=1 fp=2, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "1 fp=2");
	bad_text(0, "tp=1; fp=2, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "1; fp=2");
	bad_text(0, "tp=\xd9\xa1, fp=2, fn=3, tn=4", R, GL_RATES_E_TEXT_COUNT, "\xd9\xa1");

	text_words(0, "tp=1, xp=2, fn=3, tn=4",
			   "invalid input syntax for type confusion: \"tp=1, xp=2, fn=3, tn=4\"",
			   "Unknown item \"xp\".", "Valid items: \"tp\", \"fp\", \"fn\" or \"tn\".");
	text_words(0, "tp=1, fp=2, fn=3, tn=18446744073709551616",
			   "value out of range in input for type confusion: \"tp=1, fp=2, fn=3, tn=18446744073709551616\"",
			   "Count \"18446744073709551616\" is above 9223372036854775807 (the bigint range).", "");

	for (i = 0; i < sizeof(tallies) / sizeof(tallies[0]); i++)
	{
		char		conf[32];

		snprintf(conf, sizeof(conf), "%.17g", tallies[i].confidence);
		gl_fp_tally_format(&tallies[i], conf, buf);
		CHECK(gl_fp_tally_parse(buf, &t, &err) == 0 &&
			  t.tp == tallies[i].tp && t.fp == tallies[i].fp &&
			  t.method == tallies[i].method && t.confidence == tallies[i].confidence,
			  "tally round trip '%s'", buf);
	}
	gl_fp_tally_format(&tallies[1], "0.95", buf);
	CHECK(strcmp(buf, "tp=7, fp=3, confidence=0.95, method=wilson") == 0,
		  "tally format '%s'", buf);
	gl_fp_tally_format(&tallies[0], "0", buf);
	CHECK(strcmp(buf, "tp=0, fp=0") == 0, "unset tally format '%s'", buf);
	CHECK(gl_fp_tally_parse("tp=7, fp=3", &t, &err) == 0 && t.tp == 7 &&
		  t.fp == 3 && t.method == GL_CI_UNSET && t.confidence == 0, "tally");
	CHECK(gl_fp_tally_parse("method= Clopper_Pearson , Confidence=1e-3, fp=3, tp=7",
							&t, &err) == 0 && t.method == GL_CI_CLOPPER_PEARSON &&
		  t.confidence == 0.001, "tally with settings, the name rule");
	bad_text(1, "tp=7", R, GL_RATES_E_TEXT_MISSING, "fp");
	bad_text(1, "fp=7", R, GL_RATES_E_TEXT_MISSING, "tp");
	bad_text(1, "tp=7, fp=3, confidence=0.9", R, GL_RATES_E_TEXT_PAIR, "method");
	bad_text(1, "tp=7, fp=3, method=wilson", R, GL_RATES_E_TEXT_PAIR, "confidence");
	bad_text(1, "tp=7, fp=3, confidence=1, method=wilson", &gl_stats_statuses,
			 GL_STATS_E_CONFIDENCE, "1");
	bad_text(1, "tp=7, fp=3, confidence=0, method=wilson", &gl_stats_statuses,
			 GL_STATS_E_CONFIDENCE, "0");
	bad_text(1, "tp=7, fp=3, confidence=nan, method=wilson", TEXT_SPLIT,
			 GL_TEXT_BAD_NUMBER, "nan");
	bad_text(1, "tp=7, fp=3, confidence=0.9x, method=wilson", TEXT_SPLIT,
			 GL_TEXT_BAD_NUMBER, "0.9x");
	bad_text(1, "tp=7, fp=3, confidence=1e400, method=wilson", TEXT_SPLIT,
			 GL_TEXT_NUMBER_RANGE, "1e400");
	bad_text(1, "tp=7, fp=3, confidence=0.9, method=agresti", &gl_base_statuses,
			 GL_BASE_UNKNOWN_CHOICE, "agresti");
	bad_text(1, "tp=7, fn=3", R, GL_RATES_E_TEXT_UNKNOWN, "fn");
	bad_text(1, "tp=7, fp=3, fp=3", R, GL_RATES_E_TEXT_TWICE, "fp");

	text_words(1, "tp=7, fp=3, confidence=0.9",
			   "invalid input syntax for type fp_tally: \"tp=7, fp=3, confidence=0.9\"",
			   "Item \"method\" is missing: confidence and method go together.",
			   "Give both, or neither for the default 0.95 and wilson.");
	text_words(1, "tp=7, fp=3, confidence=95, method=wilson",
			   "confidence must be between 0 and 1 (exclusive), not 95", "",
			   "A 95% interval has confidence 0.95.");
	text_words(1, "tp=7, fp=3, confidence=0.9, method=jeffreys",
			   "unknown interval method \"jeffreys\" for method", "",
			   "Valid names: \"wilson\" or \"clopper-pearson\" (case and \"_\" or \"-\" do not matter).");
	text_words(1, "tp=7, fp=-3",
			   "invalid input syntax for type fp_tally: \"tp=7, fp=-3\"",
			   "\"-3\" is not a count.",
			   "Counts are whole numbers of 0 or more, written with digits only.");

	CHECK(gl_choice_find(&gl_ci_methods, "WILSON", 6) == GL_CI_WILSON, "case-insensitive");
	CHECK(gl_choice_find(&gl_ci_methods, " clopper pearson ", 17) ==
		  GL_CI_CLOPPER_PEARSON, "the name rule");
	CHECK(gl_choice_find(&gl_ci_methods, "wilso", 5) < 0, "prefix is not a name");
	CHECK(strcmp(gl_choice_name(&gl_ci_methods, GL_CI_CLOPPER_PEARSON),
				 "clopper-pearson") == 0, "name");
	CHECK(gl_choice_name(&gl_ci_methods, GL_CI_UNSET) == NULL, "unset has no name");
}

/* the binary forms accept exactly what the text forms can make */
static void
test_binary(void)
{
	gl_confusion c = {1, -2, 3, 4};
	gl_fp_tally t = {7, 3, 0.0, GL_CI_UNSET};
	gl_status_args a = {0};

	CHECK(gl_confusion_check_binary(&c, &a) == GL_RATES_E_BINARY_COUNT &&
		  strcmp(a.name, "fp") == 0 && a.value == -2, "negative count");
	c.fp = 2;
	CHECK(gl_confusion_check_binary(&c, &a) == GL_RATES_OK, "counts");
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_OK, "unset tally");
	t.confidence = -0.0;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_CONFIDENCE,
		  "-0 without a method (text cannot make it)");
	t.confidence = 0.95;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_CONFIDENCE &&
		  a.value == 0.95, "a confidence without a method");
	t.method = GL_CI_WILSON;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_OK, "wilson 0.95");
	t.confidence = 1.0;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_CONFIDENCE, "1");
	t.confidence = NAN;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_CONFIDENCE, "NaN");
	t.confidence = 5e-324;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_CONFIDENCE,
		  "5e-324, which text input refuses too");
	t.confidence = 1e-6;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_OK, "1e-6, the smallest");
	t.method = 3;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_METHOD &&
		  a.value == 3, "method 3");
	t.method = -1;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_METHOD, "method -1");
	t.method = GL_CI_CLOPPER_PEARSON;
	t.tp = -1;
	CHECK(gl_fp_tally_check_binary(&t, &a) == GL_RATES_E_BINARY_COUNT &&
		  strcmp(a.name, "tp") == 0, "negative tp");

	c.fn = -3;
	CHECK(gl_confusion_check(&c, &a) == GL_RATES_E_NEGATIVE &&
		  strcmp(a.arg, "fn") == 0 && a.value == -3, "constructor count");
}

static void
test_status_table(void)
{
	const char *why = gl_status_table_check(&gl_rates_statuses);
	int			code;

	CHECK(why == NULL, "rates table: %s", why ? why : "");
	for (code = GL_RATES_E_SETTINGS; code <= GL_RATES_E_BINARY_CONFIDENCE; code++)
		CHECK(gl_status_find(&gl_rates_statuses, code) != NULL &&
			  gl_status_find(&gl_rates_statuses, code)->kind != GL_ERR_INTERNAL,
			  "status %d has a descriptor", code);
	CHECK(gl_rates_table(GL_RATES_E_SETTINGS) == &gl_rates_statuses &&
		  gl_rates_table(GL_STATS_E_OVERFLOW) == &gl_stats_statuses &&
		  gl_rates_table(GL_STATS_E_BINS) == &gl_stats_statuses, "table of a code");
	CHECK((int) GL_STATS_E_BINS < (int) GL_RATES_E_SETTINGS, "codes do not overlap");
	CHECK(gl_status_find(&gl_rates_statuses, GL_RATES_E_TEXT_COUNT_RANGE)->kind ==
		  GL_ERR_RANGE, "a count beyond bigint is 22003, as a number's");
	CHECK(gl_status_find(&gl_rates_statuses, GL_RATES_E_NEGATIVE)->kind ==
		  GL_ERR_RANGE, "a negative count is 22003");
	CHECK(gl_status_find(&gl_rates_statuses, GL_RATES_E_SETTINGS)->kind ==
		  GL_ERR_PARAM, "different settings are 22023");
}

int
main(void)
{
	unit_name = "test_rates";
	gsl_set_error_handler_off();
	test_energy_example();
	test_undefined_and_overflow();
	test_tally();
	test_text();
	test_binary();
	test_status_table();
	return unit_done();
}
