/*
 * test_units.c - the unit table against the published conversion facts
 * (shared reference energy.md: exact lb, in, Btu(IT), psi from g = 9.80665).
 */
#include "units/units.h"
#include "unit.h"

#include <strings.h>

static const gl_unit *
U(const char *name)
{
	return gl_unit_find(name, strlen(name), NULL);
}

/* of any dimension, as a SQL argument asks for it */
static const gl_unit *
F(const char *name)
{
	return gl_unit_find_dim(name, strlen(name), GL_DIM_ANY, NULL);
}

/* whether an unknown name's failure is code, with hint want */
static int
hint_is(const char *name, gl_dimension dim, int code, const char *want)
{
	char		buf[256];
	char		msg[256];
	gl_status_args a;
	int			k = gl_unit_failure(GL_UNIT_UNKNOWN, name, strlen(name), dim, "u",
									buf, sizeof(buf), &a);
	const gl_status *d = gl_status_find(&gl_unit_statuses, k);

	gl_status_format(msg, sizeof(msg), d->hint, d, &a);
	if (k != code || strcmp(msg, want) != 0)
		printf("# %s: code %d, hint %s\n", name, k, msg);
	return k == code && strcmp(msg, want) == 0;
}

static double
conv(double v, const char *from, const char *to)
{
	return gl_unit_convert(U(from), U(to), v);
}

int
main(void)
{
	size_t		n,
				i,
				j;
	const gl_unit *t = gl_unit_table(&n);
	gl_unit_status st;
	char		buf[256];
	int			dups;

	unit_name = "test_units";

	/* every canonical name finds itself; names are unique */
	dups = 0;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			dups += strcmp(t[i].name, t[j].name) == 0;
	CHECK(dups == 0, "%d duplicate unit names", dups);
	for (i = 0; i < n; i++)
	{
		CHECK(U(t[i].name) == &t[i], "unit %s finds itself", t[i].name);
		/* to base and back is the identity (to a few ulps) */
		CHECK_REL(gl_unit_from_base(&t[i], gl_unit_to_base(&t[i], 123.456)),
				  123.456, 1e-14, t[i].name);
	}

	/* pressure: exact definitions */
	CHECK_REL(conv(1, "psia", "kPa"), 6.894757293168361, 1e-15, "psi in kPa");
	CHECK_REL(conv(0, "psig", "kPa"), 101.325, 1e-15, "0 psig");
	CHECK_REL(conv(0, "psig", "psia"), 14.69594877551, 1e-11, "0 psig in psia");
	CHECK_REL(conv(150, "psig", "psia"), 164.69594877551, 1e-12, "150 psig");
	CHECK_REL(conv(5, "psig", "psia"), 19.69594877551, 1e-12, "5 psig (E1)");
	CHECK_REL(conv(1, "bar", "kPa"), 100, 0, "bar");
	CHECK_REL(conv(0, "barg", "bar"), 1.01325, 1e-15, "0 barg");
	CHECK_REL(conv(0, "kPag", "Pa"), 101325, 1e-15, "0 kPag");
	CHECK_REL(conv(1, "MPa", "Pa"), 1e6, 0, "MPa");
	CHECK_REL(conv(0.7, "MPa", "MPa"), 0.7, 0, "identity");

	/* temperature */
	CHECK_REL(conv(212, "degF", "degC"), 100, 1e-15, "212 F");
	CHECK_REL(conv(32, "degF", "K"), 273.15, 1e-15, "32 F");
	CHECK_REL(conv(100, "degC", "K"), 373.15, 1e-15, "100 C");
	CHECK_REL(conv(365.87, "degF", "K"), (365.87 - 32) * 5 / 9 + 273.15, 1e-15, "Tsat 150 psig");
	CHECK_REL(conv(491.67, "degR", "K"), 273.15, 1e-15, "Rankine");
	CHECK_REL(conv(0, "K", "degF"), -459.67, 1e-14, "absolute zero in F");

	/* energy */
	CHECK_REL(conv(1, "Btu", "kWh"), 2.930710701722222e-4, 1e-15, "Btu in kWh");
	CHECK_REL(conv(1, "MMBtu", "kWh"), 293.0710701722222, 1e-15, "MMBtu in kWh");
	CHECK_REL(conv(1, "MMBtu", "GJ"), 1.05505585262, 1e-15, "MMBtu in GJ");
	CHECK_REL(conv(1, "therm", "kWh"), 29.30710701722, 1e-12, "therm in kWh");
	CHECK_REL(conv(1, "GJ", "kWh"), 277.77777777777777, 1e-15, "GJ in kWh");
	CHECK_REL(conv(1, "kWh", "MJ"), 3.6, 1e-15, "kWh");
	CHECK_REL(conv(1, "MWh", "kWh"), 1000, 1e-15, "MWh");
	CHECK_REL(conv(1, "Btu", "J"), 1055.05585262, 1e-15, "Btu in J");

	/* specific quantities */
	CHECK_REL(conv(1, "Btu/lb", "kJ/kg"), 2.326, 1e-15, "Btu/lb");
	CHECK_REL(conv(1, "Btu/(lb*degF)", "kJ/(kg*K)"), 4.1868, 1e-15, "Btu/(lb F)");
	CHECK_REL(conv(1, "ft3/lb", "m3/kg"), 0.028316846592 / 0.45359237, 1e-15, "ft3/lb");
	CHECK_REL(conv(1, "lb/ft3", "kg/m3"), 16.018463373960138, 1e-15, "lb/ft3");
	CHECK_REL(conv(1, "ft/s", "m/s"), 0.3048, 1e-15, "ft/s");

	/* mass, flow, length, time */
	CHECK_REL(conv(1, "lb", "kg"), 0.45359237, 0, "lb");
	CHECK_REL(conv(1000, "lb/h", "kg/h"), 453.59237, 1e-15, "lb/h");
	CHECK_REL(conv(1, "kg/s", "kg/h"), 3600, 0, "kg/s");
	CHECK_REL(conv(1, "klb", "lb"), 1000, 1e-15, "klb");
	CHECK_REL(conv(1, "klb", "kg"), 453.59237, 0, "klb in kg");
	CHECK_REL(conv(2, "klb/h", "lb/h"), 2000, 1e-15, "klb/h");
	CHECK_REL(conv(1, "t/h", "kg/s"), 1000.0 / 3600, 1e-15, "t/h");
	CHECK_REL(conv(0.1875, "in", "mm"), 4.7625, 1e-15, "3/16 in");
	CHECK_REL(conv(1, "in", "m"), 0.0254, 0, "in");
	CHECK_REL(conv(8760, "h", "d"), 365, 0, "year in days");
	CHECK_REL(conv(1, "h", "s"), 3600, 0, "hour");

	/* aliases */
	CHECK(U("\xc2\xb0" "C") == U("degC"), "degree sign C");
	CHECK(U("C") == U("degC"), "C");
	CHECK(U("kJ/kg/K") == U("kJ/(kg*K)"), "kJ/kg/K");
	CHECK(U(" psig ") == U("psig"), "blanks");
	CHECK(U("lb/hr") == U("lb/h"), "lb/hr");
	CHECK(U("1000 lb") == U("klb"), "1000 lb");
	CHECK(U("Mlb") == U("klb"), "Mlb (trade: thousand lb)");
	CHECK(U("1000 kg") == U("t"), "1000 kg");
	CHECK(U("Mlb/h") == U("klb/h"), "Mlb/h");

	/* refused spellings */
	CHECK(gl_unit_find("psi", 3, &st) == NULL && st == GL_UNIT_AMBIGUOUS_PSI, "bare psi");
	CHECK(gl_unit_find("PSI", 3, &st) == NULL && st == GL_UNIT_AMBIGUOUS_PSI, "bare PSI");
	CHECK(gl_unit_find("Psi", 3, &st) == NULL && st == GL_UNIT_AMBIGUOUS_PSI, "bare Psi");
	CHECK(gl_unit_find("psI", 3, &st) == NULL && st == GL_UNIT_AMBIGUOUS_PSI, "bare psI");

	/* case ignored when one unit matches (arguments and text forms alike); aliases */
	CHECK(gl_unit_find("mpa", 3, &st) == U("MPa") && st == GL_UNIT_OK, "mpa");
	CHECK(gl_unit_find_dim("PSIG", 4, GL_DIM_PRESSURE, &st) == U("psig") && st == GL_UNIT_OK,
		  "PSIG as a pressure");
	CHECK(F("mpa") == U("MPa") && F("MPA") == U("MPa"), "mpa");
	CHECK(F("kwh") == U("kWh") && F("KWH") == U("kWh"), "kwh, KWH");
	CHECK(F("mmbtu") == U("MMBtu"), "mmbtu");
	CHECK(U("inches") == U("in") && U("deg F") == U("degF") && U("lb/hr") == U("lb/h") &&
		  F("LB/HR") == U("lb/h") && U("feet") == U("ft") && U("deg C") == U("degC"),
		  "inches, deg F, lb/hr");
	CHECK(F("PSIG") == U("psig") && F("Kpa") == U("kPa"), "PSIG, Kpa");
	CHECK(F("mw") == U("MW") && F("btu/hr") == U("Btu/h") && F("BHP") == U("bhp"),
		  "power spellings");
	CHECK(gl_unit_find_dim("Psi", 3, GL_DIM_ANY, &st) == NULL &&
		  st == GL_UNIT_AMBIGUOUS_PSI, "Psi folded");
	CHECK(gl_unit_find_dim("kwh", 3, GL_DIM_POWER, &st) == NULL &&
		  st == GL_UNIT_WRONG_DIMENSION, "kwh is not power");
	CHECK(gl_unit_find_dim("KW", 2, GL_DIM_POWER, &st) == U("kW") && st == GL_UNIT_OK,
		  "KW is power");
	/* every spelling that matches ignoring case means one unit */
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			CHECK(strcasecmp(t[i].name, t[j].name) != 0, "%s and %s differ only in case",
				  t[i].name, t[j].name);

	/* did you mean: the nearest units of the dimension */
	{
		gl_status_args a;

		CHECK(gl_unit_find_dim("kwhr", 4, GL_DIM_ENERGY, &st) == NULL && st == GL_UNIT_UNKNOWN,
			  "kwhr unknown");
		CHECK(hint_is("kwhr", GL_DIM_ENERGY, GL_UNIT_UNKNOWN_NEAR,
					  "Did you mean \"kWh\"? Valid energy units: kJ, J, MJ, GJ, Wh, kWh, MWh, GWh, Btu, MMBtu, therm."),
			  "kwhr hint");
		CHECK(hint_is("degX", GL_DIM_TEMPERATURE, GL_UNIT_UNKNOWN_NEAR,
					  "Did you mean \"degC\", \"degF\" or \"degR\"? Valid temperature units: K, degC, degF, degR."),
			  "degX hint");
		CHECK(hint_is("psiq", GL_DIM_ANY, GL_UNIT_UNKNOWN_ANY_NEAR,
					  "Did you mean \"psia\" or \"psig\"? SELECT unit, dimension FROM greenlang_units() lists the units."),
			  "psiq hint");
		/* nothing near: the plain hint */
		CHECK(gl_unit_failure(GL_UNIT_UNKNOWN, "furlong", 7, GL_DIM_LENGTH, "x",
							  buf, sizeof(buf), &a) == GL_UNIT_UNKNOWN && a.item == NULL,
			  "furlong: nothing near");
		CHECK(gl_unit_failure(GL_UNIT_UNKNOWN, "q", 1, GL_DIM_ANY, "x",
							  buf, sizeof(buf), &a) == GL_UNIT_UNKNOWN_ANY,
			  "one letter: nothing near");
	}

	/* power (boiler horsepower = 33,475 Btu(IT)/h) */
	CHECK_REL(conv(1, "MW", "kW"), 1000, 0, "MW");
	CHECK_REL(conv(1000, "W", "kW"), 1, 0, "W");
	CHECK_REL(conv(1, "Btu/h", "W"), 0.29307107017222222, 1e-15, "Btu/h in W");
	CHECK_REL(conv(1, "MMBtu/h", "kW"), 293.07107017222222, 1e-15, "MMBtu/h in kW");
	CHECK_REL(conv(1, "bhp", "Btu/h"), 33475, 1e-15, "bhp in Btu/h");
	CHECK_REL(conv(1, "bhp", "kW"), 33475 * 1.05505585262 / 3600, 1e-15, "bhp in kW");
	CHECK(gl_unit_find_dim("kWh", 3, GL_DIM_POWER, &st) == NULL &&
		  st == GL_UNIT_WRONG_DIMENSION, "energy is not power");
	{
		double		out;

		CHECK(gl_unit_convert_checked(U("MPa"), U("psig"), 1e308, &out) ==
			  GL_UNIT_RESULT_RANGE, "1e308 MPa in psig overflows");
		CHECK(gl_unit_convert_checked(U("MPa"), U("psig"), 1, &out) == GL_UNIT_OK &&
			  fabs(out - (1 - 0.101325) / 0.006894757293168361) < 1e-12, "1 MPa in psig");
	}
	CHECK(gl_unit_find("", 0, &st) == NULL && st == GL_UNIT_UNKNOWN, "empty");
	CHECK(gl_unit_find_dim("kWh", 3, GL_DIM_PRESSURE, &st) == NULL &&
		  st == GL_UNIT_WRONG_DIMENSION, "wrong dimension");
	CHECK(gl_unit_find_dim("kPa", 3, GL_DIM_PRESSURE, &st) != NULL && st == GL_UNIT_OK,
		  "right dimension");

	CHECK(U("psig\n") == U("psig") && U("\t kPa \r\n") == U("kPa"), "blanks of the name rule");

	/* values that cannot be */
	CHECK(gl_unit_check_value(U("degC"), -273.15) == GL_UNIT_OK, "absolute zero is");
	CHECK(gl_unit_check_value(U("degC"), -273.16) == GL_UNIT_BELOW_ABSOLUTE_ZERO, "below 0 K");
	CHECK(gl_unit_check_value(U("degF"), -460) == GL_UNIT_BELOW_ABSOLUTE_ZERO, "below 0 K in F");
	CHECK(gl_unit_check_value(U("kPa"), -1) == GL_UNIT_NEGATIVE_PRESSURE, "negative absolute");
	CHECK(gl_unit_check_value(U("psig"), -5) == GL_UNIT_OK, "vacuum in psig");
	CHECK(gl_unit_check_value(U("psig"), -20) == GL_UNIT_BELOW_VACUUM, "below vacuum");
	CHECK(gl_unit_check_value(U("kWh"), -20) == GL_UNIT_OK, "other dimensions");

	/* the status table, and the fields of a failed look-up */
	{
		const char *why = gl_status_table_check(&gl_unit_statuses);
		gl_status_args a;
		const gl_status *d;
		int			k;

		CHECK(why == NULL, "gl_unit_statuses: %s", why ? why : "");
		for (k = GL_UNIT_UNKNOWN; k <= GL_UNIT_RESULT_RANGE; k++)
		{
			d = gl_status_find(&gl_unit_statuses, k);
			CHECK(d != NULL && (d->kind == GL_ERR_PARAM || d->kind == GL_ERR_RANGE),
				  "status %d: a 22023 or 22003 descriptor", k);
		}
		CHECK(gl_unit_failure(GL_UNIT_UNKNOWN, "furlong", 7, GL_DIM_ANY, "from_unit",
							  buf, sizeof(buf), &a) == GL_UNIT_UNKNOWN_ANY &&
			  a.extra == NULL && a.list == NULL, "unknown, any dimension");
		k = gl_unit_failure(GL_UNIT_WRONG_DIMENSION, "kWh", 3, GL_DIM_PRESSURE,
							"pressure_unit", buf, sizeof(buf), &a);
		d = gl_status_find(&gl_unit_statuses, k);
		CHECK(k == GL_UNIT_WRONG_DIMENSION && strcmp(a.extra, "pressure") == 0 &&
			  strcmp(a.list, "MPa, Pa, kPa, bar, psia, kPag, barg, psig") == 0,
			  "wrong dimension fields");
		{
			char		msg[256];

			gl_status_format(msg, sizeof(msg), d->message, d, &a);
			CHECK(strcmp(msg, "pressure_unit must be a unit of pressure, not \"kWh\"") == 0,
				  "message: %s", msg);
			gl_status_format(msg, sizeof(msg), d->hint, d, &a);
			CHECK(strcmp(msg, "Valid pressure units: MPa, Pa, kPa, bar, psia, kPag, barg, psig.") == 0,
				  "hint: %s", msg);
			k = gl_unit_failure(GL_UNIT_UNKNOWN, "degX", 4, GL_DIM_TEMPERATURE, "t",
								buf, sizeof(buf), &a);
			d = gl_status_find(&gl_unit_statuses, k);
			gl_status_format(msg, sizeof(msg), d->message, d, &a);
			CHECK(strcmp(msg, "unknown temperature unit \"degX\" for t") == 0, "message: %s", msg);
			CHECK(k == GL_UNIT_UNKNOWN_NEAR, "degX: near units");
			CHECK(gl_unit_failure(GL_UNIT_UNKNOWN, "m3", 2, GL_DIM_ENERGY, "u",
								  buf, sizeof(buf), &a) == GL_UNIT_UNKNOWN,
				  "m3: no MJ suggested");
		}
	}

	/* listings */
	gl_units_list(GL_DIM_PRESSURE, buf, sizeof(buf));
	CHECK(strcmp(buf, "MPa, Pa, kPa, bar, psia, kPag, barg, psig") == 0, "pressure list: %s", buf);
	gl_units_list(GL_DIM_PRESSURE, buf, 10);
	CHECK(strcmp(buf, "MPa, Pa") == 0, "truncated list: %s", buf);
	for (i = 0; i < GL_DIM__COUNT; i++)
	{
		const gl_unit *b = gl_unit_base((gl_dimension) i);

		CHECK(b && b->num == 1 && b->den == 1 && b->pre == 0 && b->post == 0,
			  "base unit of %s", gl_dimension_name((gl_dimension) i));
	}
	return unit_done();
}
