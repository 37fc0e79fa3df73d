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
	return gl_energy_unit_nj(U(unit));
}

static int
same_state(const gl_balance *a, const gl_balance *b)
{
	return memcmp(a, b, sizeof(gl_balance)) == 0;
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

	unit_name = "test_balance";

	/* thermal efficiency */
	CHECK(gl_thermal_efficiency(750 + 200, 1000 + 50, &eff) == GL_EFF_OK, "runbook example");
	/* 950/1050 = 19/21 = 0.904761904761904761... */
	CHECK(eff == 19.0 / 21.0, "19/21: got %.17g", eff);
	CHECK_REL(eff, 0.90476190476190476, 1e-16, "19/21 digits");
	CHECK(gl_thermal_efficiency(0, 5, &eff) == GL_EFF_OK && eff == 0, "zero output");
	CHECK(gl_thermal_efficiency(5, 5, &eff) == GL_EFF_OK && eff == 1, "output = input");
	CHECK(gl_thermal_efficiency(1, 0, &eff) == GL_EFF_INPUT_NOT_POSITIVE, "input 0");
	CHECK(gl_thermal_efficiency(1, -1, &eff) == GL_EFF_INPUT_NOT_POSITIVE, "input < 0");
	CHECK(gl_thermal_efficiency(-1, 5, &eff) == GL_EFF_NEGATIVE_OUTPUT, "output < 0");
	CHECK(gl_thermal_efficiency(5.000001, 5, &eff) == GL_EFF_ABOVE_ONE, "output > input");
	CHECK(gl_thermal_efficiency(NAN, 5, &eff) == GL_EFF_NOT_FINITE, "NaN");
	CHECK(gl_thermal_efficiency(1, INFINITY, &eff) == GL_EFF_NOT_FINITE, "Inf");
	CHECK(gl_thermal_efficiency(1, NAN, &eff) == GL_EFF_NOT_FINITE, "NaN input");

	/* directions */
	CHECK(gl_direction_find("input", 5) == GL_DIR_INPUT, "input");
	CHECK(gl_direction_find("output", 6) == GL_DIR_OUTPUT, "output");
	CHECK(gl_direction_find("loss", 4) == GL_DIR_LOSS, "loss");
	CHECK(gl_direction_find("losses", 6) == -1, "losses");
	CHECK(gl_direction_find("Input", 5) == -1, "case-sensitive");
	CHECK(gl_direction_find("", 0) == -1, "empty");

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
	CHECK(gl_energy_to_nj(1.5, nj("kWh"), &v) == GL_BAL_OK && v == (gl_i128) 5400000000000000LL, "1.5 kWh");
	CHECK(gl_energy_to_nj(0.4e-9, nj("J"), &v) == GL_BAL_OK && v == 0, "0.4 nJ rounds to 0");
	CHECK(gl_energy_to_nj(-0.0, nj("J"), &v) == GL_BAL_OK && v == 0, "-0");
	CHECK(gl_energy_to_nj(-1, nj("J"), &v) == GL_BAL_NEGATIVE, "negative");
	CHECK(gl_energy_to_nj(NAN, nj("J"), &v) == GL_BAL_NOT_FINITE, "NaN");
	CHECK(gl_energy_to_nj(-INFINITY, nj("J"), &v) == GL_BAL_NOT_FINITE, "-Inf");
	CHECK(gl_energy_to_nj(1e21, nj("J"), &v) == GL_BAL_OK && v == (gl_i128) 1e30, "1e21 J fits");
	CHECK(v > (gl_i128) 1000000000000000LL * 999999999999999LL, "1e30 nJ");
	/* one double product, then the nearest nJ (ties to even) */
	CHECK(gl_energy_to_nj(2.7, nj("GJ"), &v) == GL_BAL_OK && v == (gl_i128) 2700000000000000000LL, "2.7 GJ");
	CHECK(gl_energy_to_nj(0.1, nj("kWh"), &v) == GL_BAL_OK && v == (gl_i128) 360000000000000LL, "0.1 kWh");
	CHECK(gl_energy_to_nj(2.5, 1, &v) == GL_BAL_OK && v == 2, "tie to even (2)");
	CHECK(gl_energy_to_nj(3.5, 1, &v) == GL_BAL_OK && v == 4, "tie to even (4)");
	CHECK(gl_energy_to_nj(5e-324, 1e9, &v) == GL_BAL_OK && v == 0, "subnormal");
	CHECK(gl_energy_to_nj(1.000001e21, nj("J"), &v) == GL_BAL_TOO_LARGE, "too large");

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
	CHECK(gl_balance_set_tolerance(&b, 1.5) == GL_BAL_BAD_TOLERANCE, "> 1");
	CHECK(gl_balance_set_tolerance(&b, -0.1) == GL_BAL_BAD_TOLERANCE, "< 0");
	CHECK(gl_balance_set_tolerance(&b, NAN) == GL_BAL_NOT_FINITE, "NaN tolerance");

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
	CHECK(gl_balance_add(&b, GL_DIR_INPUT, 1e-9, nj("J")) == GL_BAL_OVERFLOW, "beyond 2^125 nJ");
	CHECK(gl_balance_combine(&b, &b) == GL_BAL_OVERFLOW, "combine beyond 2^125 nJ");
	gl_balance_add(&b, GL_DIR_OUTPUT, 1e21, nj("J"));
	gl_balance_add(&b, GL_DIR_LOSS, 1e21, nj("J"));
	CHECK(gl_balance_valid(&b), "at the limit: valid");

	/* decimal text of 128-bit integers */
	v = ((gl_i128) 1) << 125;
	gl_i128_to_text(v, buf);
	CHECK(strcmp(buf, "42535295865117307932921825928971026432") == 0, "2^125 %s", buf);
	p = buf;
	CHECK(gl_i128_parse(&p, &v) && v == ((gl_i128) 1) << 125 && *p == '\0', "parse 2^125");
	gl_i128_to_text(-(gl_i128) 12345, buf);
	CHECK(strcmp(buf, "-12345") == 0, "negative %s", buf);
	gl_i128_to_text(0, buf);
	CHECK(strcmp(buf, "0") == 0, "zero");
	p = "170141183460469231731687303715884105727x";	/* 2^127 - 1 */
	CHECK(gl_i128_parse(&p, &v) && *p == 'x' && v == (gl_i128) (~(unsigned __int128) 0 >> 1), "max");
	p = "170141183460469231731687303715884105728";	/* 2^127 */
	CHECK(!gl_i128_parse(&p, &v), "2^127 overflows");
	p = "-170141183460469231731687303715884105728";
	CHECK(gl_i128_parse(&p, &v) && v < 0, "min");
	p = "abc";
	CHECK(!gl_i128_parse(&p, &v), "no digits");

	/* validity */
	gl_balance_init(&b);
	CHECK(gl_balance_valid(&b), "empty valid");
	gl_balance_set_sum(&b, GL_DIR_LOSS, 5);
	CHECK(!gl_balance_valid(&b), "total without count");
	b.count[GL_DIR_LOSS] = 1;
	CHECK(gl_balance_valid(&b), "valid");
	gl_balance_set_sum(&b, GL_DIR_LOSS, -5);
	CHECK(!gl_balance_valid(&b), "negative total");
	gl_balance_set_sum(&b, GL_DIR_LOSS, 5);
	b.tolerance = 2;
	CHECK(!gl_balance_valid(&b), "tolerance 2");

	return unit_done();
}
