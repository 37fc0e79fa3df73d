/*
 * test_balance.c - thermal efficiency and the exact energy-balance sums.
 * Reference values: the GL-009 runbook example (750 + 200) / (1000 + 50)
 * and exact conversions (Btu(IT) = 1055.05585262 J, 1 kWh = 3.6 MJ).
 */
#include "balance/balance.h"
#include "unit.h"

static const gl_unit *
U(const char *name)
{
	return gl_unit_find(name, strlen(name), NULL);
}

static double
nj(const char *unit)
{
	return gl_balance_unit_nj(U(unit));
}

static int
same_state(const gl_balance *a, const gl_balance *b)
{
	return memcmp(a, b, sizeof(gl_balance)) == 0;
}

static int
direction(const char *s)
{
	return gl_choice_find(&gl_balance_directions, s, strlen(s));
}

/*
 * The status table: every status has a descriptor that passes the check;
 * only a direction out of range (a bug) is internal; 22012 only for a zero
 * divisor.
 */
static void
test_statuses(void)
{
	const char *why = gl_status_table_check(&gl_balance_statuses);
	int			st;

	CHECK(why == NULL, "status table: %s", why ? why : "");
	for (st = GL_BAL_OVERFLOW; st <= GL_BAL_BAD_DIRECTION; st++)
	{
		const gl_status *d = gl_status_find(&gl_balance_statuses, st);

		CHECK(d != NULL, "status %d has a descriptor", st);
		if (d != NULL)
			CHECK((d->kind == GL_ERR_INTERNAL) == (st == GL_BAL_BAD_DIRECTION),
				  "status %d: internal only for a bug", st);
		if (d != NULL && d->kind == GL_ERR_DIVZERO)
			CHECK(st == GL_BAL_INPUT_ZERO, "status %d divides by zero", st);
	}
	CHECK(gl_status_find(&gl_balance_statuses, GL_BAL_INPUT_NEGATIVE)->kind == GL_ERR_RANGE,
		  "a negative input is out of range");
	CHECK(gl_status_find(&gl_balance_statuses, GL_BAL_TOLERANCE_RANGE)->kind == GL_ERR_PARAM,
		  "a tolerance is a setting");
}

/* s parses to a state whose canonical text is s again */
static int
round_trip(const char *s)
{
	gl_balance	b;
	gl_balance	c;
	gl_text_error err;
	char		tol[40];
	char		text[GL_BALANCE_TEXT_MAX];

	if (gl_balance_parse(s, strlen(s), &b, &err) != GL_BAL_OK)
		return 0;
	gl_balance_format(&b, gl_format_double(tol, sizeof(tol), b.tolerance), text,
					  sizeof(text));
	if (strcmp(text, s) != 0)
		return 0;
	return gl_balance_parse(text, strlen(text), &c, &err) == GL_BAL_OK &&
		same_state(&b, &c);
}

/* the status of parsing s, and the item at fault in item */
static int
parse_status(const char *s, char *item, size_t len)
{
	gl_balance	b;
	gl_text_error err = {0};
	int			st = gl_balance_parse(s, strlen(s), &b, &err);

	snprintf(item, len, "%.*s", (int) err.token_len, err.token ? err.token : "");
	return st;
}

/* texts that do not parse: the status and the item at fault */
static const struct
{
	const char *text;
	int			status;
	const char *item;
	const char *why;
}			bad[] = {
	{"", GL_BAL_TEXT_SPLIT, NULL, "empty text"},
	{"input=1/1", GL_BAL_TEXT_MISSING, "", "missing items"},
	{"output=0/0, input=1/1, loss=0/0, tolerance=0.1", GL_BAL_TEXT_ITEM, "output=0/0", "order"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=0.1, extra=1", GL_BAL_TEXT_SPLIT, NULL, "too many items"},
	{"Input=1/1, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_ITEM, "Input=1/1", "item names are exact"},
	{"input=1, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_TOTAL, "input=1", "no count"},
	{"input=1/1/1, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_TOTAL, "input=1/1/1", "two slashes"},
	{"input=1/0, output=0/0, loss=0/0, tolerance=default", GL_BAL_TEXT_INVALID, "input=1/0", "total without count"},
	{"input=0/0, output=-1/1, loss=0/0, tolerance=default", GL_BAL_TEXT_INVALID, "output=-1/1", "negative total"},
	{"input=1/99999999999999999999, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_INVALID, NULL, "count beyond int64"},
	{"input=42535295865117307932921825928971026433/1, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_INVALID, NULL, "total beyond 2^125"},
	{"input=1701411834604692317316873037158841057280/1, output=0/0, loss=0/0, tolerance=0.1", GL_BAL_TEXT_INVALID, NULL, "total beyond 2^127"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=1.5", GL_BAL_TEXT_TOLERANCE, "tolerance=1.5", "tolerance 1.5"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=-1", GL_BAL_TEXT_TOLERANCE, NULL, "tolerance -1 is not the default in text"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=NaN", GL_BAL_TEXT_TOLERANCE, NULL, "tolerance NaN"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=0.1 x", GL_BAL_TEXT_TOLERANCE, NULL, "text after the tolerance"},
	{"input=1/1, output=0/0, loss=0/0, tolerance=Default", GL_BAL_TEXT_TOLERANCE, NULL, "default is spelt in lower case"},
};

static void
test_text(void)
{
	gl_balance	b;
	gl_text_error err;
	char		text[GL_BALANCE_TEXT_MAX];
	char		item[128];
	const char *p;
	int			i;

	/* canonical texts read back to themselves */
	CHECK(round_trip("input=0/0, output=0/0, loss=0/0, tolerance=default"), "empty");
	CHECK(round_trip("input=42535295865117307932921825928971026432/7, output=1/1, loss=0/3, tolerance=0.30000000000000004"),
		  "2^125 and a long tolerance");
	CHECK(round_trip("input=1/1, output=0/0, loss=0/9223372036854775807, tolerance=5e-324"),
		  "a subnormal tolerance and the largest count");
	CHECK(round_trip("input=5/1, output=6/2, loss=7/1, tolerance=0"), "zero tolerance");
	CHECK(round_trip("input=5/1, output=6/2, loss=7/1, tolerance=1"), "tolerance 1");

	/* a state summed from readings, formatted and parsed back */
	gl_balance_init(&b);
	for (i = 0; i < 100; i++)
		gl_balance_add(&b, i % 3, 0.1 + i * 7.1e-2, nj(i % 2 ? "Btu" : "MWh"));
	gl_balance_set_tolerance(&b, 0.07);
	gl_balance_format(&b, "0.07", text, sizeof(text));
	CHECK(round_trip(text), "summed state: %s", text);

	/* blanks around items are dropped; the text is then canonical */
	p = " input=5/1,output = 6/2 , loss=7/1,\ttolerance= 0.1 ";
	CHECK(gl_balance_parse(p, strlen(p), &b, &err) == GL_BAL_OK &&
		  b.tolerance == 0.1 && b.count[GL_DIR_OUTPUT] == 2, "blanks");

	/* errors, with the item at fault (NULL: not checked) */
	for (i = 0; i < (int) (sizeof(bad) / sizeof(bad[0])); i++)
	{
		int			st = parse_status(bad[i].text, item, sizeof(item));

		CHECK(st == bad[i].status && (bad[i].item == NULL || strcmp(item, bad[i].item) == 0),
			  "%s: status %d, item \"%s\"", bad[i].why, st, item);
	}
}

int
main(void)
{
	double		eff = -1;
	gl_balance	a,
				b,
				c;
	gl_balance_result r;
	gl_i128		v;
	char		buf[64];
	const char *p;
	int			i;
	int			which;

	unit_name = "test_balance";

	/* thermal efficiency */
	CHECK(gl_balance_efficiency(750 + 200, 1000 + 50, &eff) == GL_BAL_OK, "runbook example");
	/* 950/1050 = 19/21 = 0.904761904761904761... */
	CHECK(eff == 19.0 / 21.0, "19/21: got %.17g", eff);
	CHECK_REL(eff, 0.90476190476190476, 1e-16, "19/21 digits");
	CHECK(gl_balance_efficiency(0, 5, &eff) == GL_BAL_OK && eff == 0, "zero output");
	CHECK(gl_balance_efficiency(5, 5, &eff) == GL_BAL_OK && eff == 1, "output = input");
	CHECK(gl_balance_efficiency(1, 0, &eff) == GL_BAL_INPUT_ZERO, "input 0: a zero divisor");
	CHECK(gl_balance_efficiency(1, -1, &eff) == GL_BAL_INPUT_NEGATIVE, "input < 0: out of range, not a zero divisor");
	CHECK(gl_balance_efficiency(-1, 5, &eff) == GL_BAL_OUTPUT_NEGATIVE, "output < 0");
	CHECK(gl_balance_efficiency(5.000001, 5, &eff) == GL_BAL_OUTPUT_ABOVE_INPUT, "output > input");
	CHECK(gl_balance_efficiency(NAN, 5, &eff) == GL_BAL_OVERFLOW, "NaN");
	CHECK(gl_balance_efficiency(1, INFINITY, &eff) == GL_BAL_OVERFLOW, "Inf");
	CHECK(gl_balance_efficiency(1, NAN, &eff) == GL_BAL_OVERFLOW, "NaN input");

	/* directions: the one name rule */
	CHECK(direction("input") == GL_DIR_INPUT, "input");
	CHECK(direction("output") == GL_DIR_OUTPUT, "output");
	CHECK(direction("loss") == GL_DIR_LOSS, "loss");
	CHECK(direction("losses") == -1, "losses");
	CHECK(direction("Input") == GL_DIR_INPUT, "case does not matter");
	CHECK(direction(" LOSS\t") == GL_DIR_LOSS, "blanks around");
	CHECK(direction("") == -1, "empty");
	CHECK(strcmp(gl_balance_direction_name(GL_DIR_OUTPUT), "output") == 0, "name");
	CHECK(strcmp(gl_balance_direction_name(7), "?") == 0, "no such direction");
	CHECK(strcmp(gl_choices_list(&gl_balance_directions, buf, sizeof(buf)),
				 "\"input\", \"output\" or \"loss\"") == 0, "list: %s", buf);

	/* nanojoules per unit: exact integers */
	CHECK(nj("J") == 1e9, "J %.17g", nj("J"));
	CHECK(nj("kJ") == 1e12, "kJ");
	CHECK(nj("MJ") == 1e15, "MJ");
	CHECK(nj("GJ") == 1e18, "GJ");
	CHECK(nj("kWh") == 3.6e15, "kWh");
	CHECK(nj("MWh") == 3.6e18, "MWh");
	CHECK(nj("Btu") == 1055055852620.0, "Btu %.17g", nj("Btu"));
	CHECK(nj("therm") == 105505585262000000.0, "therm %.17g", nj("therm"));
	CHECK(nj("MMBtu") == 1055055852620000000.0, "MMBtu %.17g", nj("MMBtu"));

	/* conversion of one reading */
	CHECK(gl_balance_to_nj(1.5, nj("kWh"), &v) == GL_BAL_OK && v == (gl_i128) 5400000000000000LL, "1.5 kWh");
	CHECK(gl_balance_to_nj(0.4e-9, nj("J"), &v) == GL_BAL_OK && v == 0, "0.4 nJ rounds to 0");
	CHECK(gl_balance_to_nj(-0.0, nj("J"), &v) == GL_BAL_OK && v == 0, "-0");
	CHECK(gl_balance_to_nj(-1, nj("J"), &v) == GL_BAL_READING_NEGATIVE, "negative");
	CHECK(gl_balance_to_nj(NAN, nj("J"), &v) == GL_BAL_OVERFLOW, "NaN");
	CHECK(gl_balance_to_nj(-INFINITY, nj("J"), &v) == GL_BAL_OVERFLOW, "-Inf");
	CHECK(gl_balance_to_nj(1e21, nj("J"), &v) == GL_BAL_OK && v == (gl_i128) 1e30, "1e21 J fits");
	CHECK(v > (gl_i128) 1000000000000000LL * 999999999999999LL, "1e30 nJ");
	/* one double product, then the nearest nJ (ties to even) */
	CHECK(gl_balance_to_nj(2.7, nj("GJ"), &v) == GL_BAL_OK && v == (gl_i128) 2700000000000000000LL, "2.7 GJ");
	CHECK(gl_balance_to_nj(0.1, nj("kWh"), &v) == GL_BAL_OK && v == (gl_i128) 360000000000000LL, "0.1 kWh");
	CHECK(gl_balance_to_nj(2.5, 1, &v) == GL_BAL_OK && v == 2, "tie to even (2)");
	CHECK(gl_balance_to_nj(3.5, 1, &v) == GL_BAL_OK && v == 4, "tie to even (4)");
	CHECK(gl_balance_to_nj(5e-324, 1e9, &v) == GL_BAL_OK && v == 0, "subnormal");
	CHECK(gl_balance_to_nj(1.000001e21, nj("J"), &v) == GL_BAL_READING_TOO_LARGE, "too large");

	/* the runbook example as readings in mixed units */
	gl_balance_init(&a);
	CHECK(gl_balance_add(&a, GL_DIR_INPUT, 1, nj("MWh")) == GL_BAL_OK, "add");	/* 1000 kWh */
	CHECK(gl_balance_add(&a, GL_DIR_INPUT, 180, nj("MJ")) == GL_BAL_OK, "add");	/* 50 kWh */
	CHECK(gl_balance_add(&a, GL_DIR_OUTPUT, 2.7, nj("GJ")) == GL_BAL_OK, "add");	/* 750 kWh */
	CHECK(gl_balance_add(&a, GL_DIR_OUTPUT, 200, nj("kWh")) == GL_BAL_OK, "add");
	CHECK(gl_balance_add(&a, GL_DIR_LOSS, 100, nj("kWh")) == GL_BAL_OK, "add");
	gl_balance_finish(&a, &r);
	CHECK(r.input_kwh == 1050 && r.output_kwh == 950 && r.loss_kwh == 100,
		  "totals %.17g %.17g %.17g", r.input_kwh, r.output_kwh, r.loss_kwh);
	CHECK(r.efficiency == 19.0 / 21.0, "efficiency %.17g", r.efficiency);
	CHECK(r.unaccounted_kwh == 0 && r.unaccounted_fraction == 0 && r.closes, "closes");
	CHECK(r.tolerance == 0.05 && r.readings == 5, "default tolerance, 5 readings");
	CHECK(r.dir_readings[GL_DIR_INPUT] == 2 && r.dir_readings[GL_DIR_OUTPUT] == 2 &&
		  r.dir_readings[GL_DIR_LOSS] == 1, "readings per direction %lld %lld %lld",
		  (long long) r.dir_readings[GL_DIR_INPUT], (long long) r.dir_readings[GL_DIR_OUTPUT],
		  (long long) r.dir_readings[GL_DIR_LOSS]);

	/* one MMBtu is 293.0710701722222... kWh (1055055852620000000 / 3.6e15) */
	gl_balance_init(&b);
	gl_balance_add(&b, GL_DIR_INPUT, 1, nj("MMBtu"));
	gl_balance_finish(&b, &r);
	CHECK_REL(r.input_kwh, 293.07107017222222, 1e-16, "MMBtu in kWh");
	CHECK(r.has_ratio && r.efficiency == 0 && r.unaccounted_fraction == 1 && !r.closes,
		  "input only: efficiency 0, unaccounted 100 %%");

	/* boundary of the tolerance: unaccounted exactly 5 % closes */
	gl_balance_init(&b);
	gl_balance_add(&b, GL_DIR_INPUT, 100, nj("kWh"));
	gl_balance_add(&b, GL_DIR_OUTPUT, 95, nj("kWh"));
	gl_balance_finish(&b, &r);
	CHECK(r.unaccounted_fraction == 0.05 && r.closes, "5 %% closes: %.17g", r.unaccounted_fraction);
	gl_balance_add(&b, GL_DIR_LOSS, 10, nj("kWh"));	/* -5 % */
	gl_balance_finish(&b, &r);
	CHECK(r.unaccounted_fraction == -0.05 && r.closes && r.unaccounted_kwh == -5, "-5 %% closes");
	gl_balance_init(&b);
	gl_balance_add(&b, GL_DIR_INPUT, 100, nj("kWh"));
	gl_balance_add(&b, GL_DIR_OUTPUT, 94.999, nj("kWh"));
	gl_balance_finish(&b, &r);
	CHECK(!r.closes, "5.001 %% does not close");
	CHECK(gl_balance_set_tolerance(&b, 0.10) == GL_BAL_OK, "tolerance");
	gl_balance_finish(&b, &r);
	CHECK(r.closes && r.tolerance == 0.10, "closes within 10 %%");
	CHECK(gl_balance_set_tolerance(&b, 0.10) == GL_BAL_OK, "same tolerance again");
	CHECK(gl_balance_set_tolerance(&b, 0.05) == GL_BAL_TOLERANCE_MISMATCH, "mismatch");
	CHECK(gl_balance_set_tolerance(&b, 1.5) == GL_BAL_TOLERANCE_RANGE, "> 1");
	CHECK(gl_balance_set_tolerance(&b, -0.1) == GL_BAL_TOLERANCE_RANGE, "< 0");
	CHECK(gl_balance_set_tolerance(&b, NAN) == GL_BAL_TOLERANCE_RANGE, "NaN tolerance");

	/* no input */
	gl_balance_init(&b);
	gl_balance_add(&b, GL_DIR_OUTPUT, 1, nj("kWh"));
	gl_balance_finish(&b, &r);
	CHECK(!r.has_ratio && !r.closes && r.unaccounted_kwh == -1, "no input, output 1");
	gl_balance_init(&b);
	gl_balance_add(&b, GL_DIR_INPUT, 0, nj("kWh"));
	gl_balance_finish(&b, &r);
	CHECK(!r.has_ratio && r.closes && r.readings == 1, "all zero closes");

	/* order independence: any split and order gives the same bits */
	gl_balance_init(&a);
	for (i = 0; i < 1000; i++)
		gl_balance_add(&a, (gl_direction) (i % 3), 0.1 + i * 1.37e-3, nj(i % 2 ? "Btu" : "kWh"));
	gl_balance_init(&b);
	gl_balance_init(&c);
	for (i = 999; i >= 0; i--)
		gl_balance_add(i % 7 ? &b : &c, (gl_direction) (i % 3), 0.1 + i * 1.37e-3, nj(i % 2 ? "Btu" : "kWh"));
	CHECK(gl_balance_combine(&c, &b) == GL_BAL_OK, "combine");
	CHECK(same_state(&a, &c), "reverse order and split: same state");
	gl_balance_init(&b);
	CHECK(gl_balance_combine(&c, &b) == GL_BAL_OK && same_state(&a, &c), "empty right");
	CHECK(gl_balance_combine(&b, &a) == GL_BAL_OK && same_state(&a, &b), "empty left");
	gl_balance_init(&b);
	gl_balance_set_tolerance(&b, 0.1);
	gl_balance_init(&c);
	gl_balance_set_tolerance(&c, 0.2);
	CHECK(gl_balance_combine(&c, &b) == GL_BAL_TOLERANCE_MISMATCH, "combine mismatch");
	gl_balance_init(&c);
	CHECK(gl_balance_combine(&c, &b) == GL_BAL_OK && c.tolerance == 0.1, "combine takes tolerance");

	/* overflow of a total */
	gl_balance_init(&b);
	gl_balance_set_sum(&b, GL_DIR_INPUT, (((gl_i128) 1) << 125) - (gl_i128) 1e30);
	b.count[GL_DIR_INPUT] = 1;
	CHECK(gl_balance_add(&b, GL_DIR_INPUT, 1e21, nj("J")) == GL_BAL_OK, "up to 2^125 nJ");
	CHECK(gl_balance_add(&b, GL_DIR_INPUT, 1e-9, nj("J")) == GL_BAL_TOTAL_RANGE, "beyond 2^125 nJ");
	CHECK(gl_balance_combine(&b, &b) == GL_BAL_TOTAL_RANGE, "combine beyond 2^125 nJ");
	gl_balance_add(&b, GL_DIR_OUTPUT, 1e21, nj("J"));
	gl_balance_add(&b, GL_DIR_LOSS, 1e21, nj("J"));
	CHECK(gl_balance_check(&b, &which) == GL_BAL_OK, "at the limit: valid");
	CHECK(gl_balance_add(&b, 5, 1, nj("J")) == GL_BAL_BAD_DIRECTION, "no such direction");

	/* decimal text of 128-bit integers */
	v = ((gl_i128) 1) << 125;
	gl_balance_i128_to_text(v, buf);
	CHECK(strcmp(buf, "42535295865117307932921825928971026432") == 0, "2^125 %s", buf);
	CHECK(gl_balance_i128_parse(buf, strlen(buf), &v) == 0 && v == ((gl_i128) 1) << 125, "parse 2^125");
	gl_balance_i128_to_text(-(gl_i128) 12345, buf);
	CHECK(strcmp(buf, "-12345") == 0, "negative %s", buf);
	gl_balance_i128_to_text(0, buf);
	CHECK(strcmp(buf, "0") == 0, "zero");
	p = "170141183460469231731687303715884105727";	/* 2^127 - 1 */
	CHECK(gl_balance_i128_parse(p, strlen(p), &v) == 0 && v == (gl_i128) (~(unsigned __int128) 0 >> 1), "max");
	p = "170141183460469231731687303715884105728";	/* 2^127 */
	CHECK(gl_balance_i128_parse(p, strlen(p), &v) == 1, "2^127 is out of range");
	p = "-170141183460469231731687303715884105728";
	CHECK(gl_balance_i128_parse(p, strlen(p), &v) == 0 && v == (gl_i128) ((unsigned __int128) 1 << 127), "min");
	p = "abc";
	CHECK(gl_balance_i128_parse(p, strlen(p), &v) == -1, "no digits");
	CHECK(gl_balance_i128_parse("-", 1, &v) == -1, "a sign alone");
	CHECK(gl_balance_i128_parse("12x", 3, &v) == -1, "trailing text");
	CHECK(gl_balance_i128_parse("99999999999999999999999999999999999999999x", 42, &v) == -1,
		  "syntax before range");

	/* validity */
	gl_balance_init(&b);
	CHECK(gl_balance_check(&b, &which) == GL_BAL_OK, "empty valid");
	gl_balance_set_sum(&b, GL_DIR_LOSS, 5);
	CHECK(gl_balance_check(&b, &which) != GL_BAL_OK && which == GL_DIR_LOSS, "total without count");
	b.count[GL_DIR_LOSS] = 1;
	CHECK(gl_balance_check(&b, &which) == GL_BAL_OK, "valid");
	gl_balance_set_sum(&b, GL_DIR_LOSS, -5);
	CHECK(gl_balance_check(&b, &which) != GL_BAL_OK, "negative total");
	gl_balance_set_sum(&b, GL_DIR_LOSS, 5);
	b.tolerance = 2;
	CHECK(gl_balance_check(&b, &which) != GL_BAL_OK && which == -1, "tolerance 2");
	b.tolerance = NAN;
	CHECK(gl_balance_check(&b, &which) != GL_BAL_OK && which == -1, "tolerance NaN");
	b.tolerance = 4.9e-324;
	CHECK(gl_balance_check(&b, &which) == GL_BAL_OK, "a subnormal tolerance is valid");

	test_statuses();
	test_text();
	return unit_done();
}
