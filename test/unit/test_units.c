/*
 * test_units.c - the unit table against the published conversion facts
 * (shared reference energy.md: exact lb, in, Btu(IT), psi from g = 9.80665).
 */
#include "units/units.h"
#include "unit.h"

static const gl_unit *
U(const char *name)
{
	return gl_unit_find(name, strlen(name), NULL);
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
	CHECK(gl_unit_find("mpa", 3, &st) == NULL && st == GL_UNIT_UNKNOWN, "case matters");
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
		for (k = GL_UNIT_UNKNOWN; k <= GL_UNIT_BELOW_VACUUM; k++)
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
