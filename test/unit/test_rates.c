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
#include "stats/binomial.h"
#include "rates/rates.h"

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
}

static void
test_tally(void)
{
	gl_fp_tally a = {0, 0, 0.0, GL_CI_UNSET, 0};
	gl_fp_tally b = {0, 0, 0.9, GL_CI_CLOPPER_PEARSON, 0};
	gl_fp_tally c = {5, 5, 0.95, GL_CI_CLOPPER_PEARSON, 0};
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
	CHECK(gl_fp_tally_add(&a, &c) == GL_STATS_E_PARAM, "different confidence");
	c.confidence = 0.9;
	CHECK(gl_fp_tally_add(&a, &c) == 0 && a.tp == 14 && a.fp == 6, "same settings");
	b.tp = INT64_MAX;
	CHECK(gl_fp_tally_add(&a, &b) == GL_STATS_E_OVERFLOW, "tally overflow");
	CHECK(a.tp == 14, "tally unchanged on overflow");
	a.tp = 0;
	a.fp = 0;
	CHECK(gl_fp_tally_interval(&a, &r) == GL_STATS_E_EMPTY, "empty tally");
}

/* parse must fail with a message containing what and the token token */
static void
bad_text(int tally, const char *str, const char *what, const char *token)
{
	gl_confusion c;
	gl_fp_tally t;
	gl_rates_text_error err = {NULL, NULL, 0};
	int			rc = tally ? gl_fp_tally_parse(str, &t, &err) :
		gl_confusion_parse(str, &c, &err);

	CHECK(rc != 0, "'%s' accepted", str);
	if (rc == 0)
		return;
	CHECK(strstr(err.what, what) != NULL, "'%s': message '%s', want '%s'", str,
		  err.what, what);
	CHECK(strlen(token) == err.token_len &&
		  strncmp(err.token, token, err.token_len) == 0,
		  "'%s': token '%.*s', want '%s'", str, (int) err.token_len, err.token,
		  token);
}

static void
test_text(void)
{
	static const gl_confusion values[] = {
		{0, 0, 0, 0}, {90, 10, 15, 885}, {INT64_MAX, 0, 1, INT64_MAX - 1},
		{1, 2, 3, 4}
	};
	gl_confusion c;
	gl_fp_tally t;
	gl_rates_text_error err;
	char		buf[GL_CONFUSION_TEXT_MAX];
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

	bad_text(0, "", "empty", "");
	bad_text(0, "   ", "empty", "   ");
	bad_text(0, "tp=1, fp=2, fn=3", "missing tn", "tp=1, fp=2, fn=3");
	bad_text(0, "tp=1, fp=-2, fn=3, tn=4", "negative", "fp=-2");
	bad_text(0, "tp=1, fp=2, fn=3, tn=9223372036854775808", "out of range",
			 "tn=9223372036854775808");
	bad_text(0, "tp=1, fp=2, fn=3, tn=99999999999999999999999", "out of range",
			 "tn=99999999999999999999999");
	bad_text(0, "tp=1, fp=2.5, fn=3, tn=4", "invalid count", "fp=2.5");
	bad_text(0, "tp=1, fp=+2, fn=3, tn=4", "invalid count", "fp=+2");
	bad_text(0, "tp=1, fp=2 3, fn=3, tn=4", "invalid count", "fp=2 3");
	bad_text(0, "tp=1, xp=2, fn=3, tn=4", "unknown count", "xp");
	bad_text(0, "tp=1, tp=2, fn=3, tn=4", "twice", "tp=2");
	bad_text(0, "tp=1, fp=2, fn=3, tn=4,", "missing item", ",");
	bad_text(0, "tp=1 fp=2, fn=3, tn=4", "invalid count", "tp=1 fp=2");
	bad_text(0, "tp 1, fp=2, fn=3, tn=4", "\"=\"", "tp 1");
	bad_text(0, "tp=, fp=2, fn=3, tn=4", "missing value", "tp=");
	bad_text(0, "=1, fp=2, fn=3, tn=4", "expected a name", "=1");
	bad_text(0, "tp=1, fp=2, fn=3, tn=4, tp=5", "too many", "tp=5");
	bad_text(0, "tp=1; fp=2, fn=3, tn=4", "invalid count", "tp=1; fp=2");

	CHECK(gl_fp_tally_parse("tp=7, fp=3", &t, &err) == 0 && t.tp == 7 &&
		  t.fp == 3 && t.method == GL_CI_UNSET && t.confidence == 0, "tally");
	CHECK(gl_fp_tally_parse("method=Clopper-Pearson, confidence=1e-3, fp=3, tp=7",
							&t, &err) == 0 && t.method == GL_CI_CLOPPER_PEARSON &&
		  t.confidence == 0.001, "tally with settings");
	bad_text(1, "tp=7", "missing fp", "tp=7");
	bad_text(1, "tp=7, fp=3, confidence=0.9", "without method", "tp=7, fp=3, confidence=0.9");
	bad_text(1, "tp=7, fp=3, method=wilson", "without confidence", "tp=7, fp=3, method=wilson");
	bad_text(1, "tp=7, fp=3, confidence=1, method=wilson", "between 0 and 1", "confidence=1");
	bad_text(1, "tp=7, fp=3, confidence=nan, method=wilson", "invalid confidence", "confidence=nan");
	bad_text(1, "tp=7, fp=3, confidence=0.9x, method=wilson", "invalid confidence", "confidence=0.9x");
	bad_text(1, "tp=7, fp=3, confidence=0.9, method=agresti", "unknown method", "method=agresti");
	bad_text(1, "tp=7, fn=3", "unknown item", "fn");

	CHECK(gl_ci_method_parse("WILSON", 6) == GL_CI_WILSON, "case-insensitive");
	CHECK(gl_ci_method_parse("wilso", 5) == GL_CI_UNSET, "prefix is not a name");
	CHECK(strcmp(gl_ci_method_name(GL_CI_CLOPPER_PEARSON), "clopper-pearson") == 0,
		  "name");
	CHECK(!gl_ci_confidence_ok(NAN) && !gl_ci_confidence_ok(0) &&
		  !gl_ci_confidence_ok(1) && gl_ci_confidence_ok(0.5), "confidence range");
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
	return unit_done();
}
