/*
 * units.c - the unit table and its look-up (pure C).
 *
 * Constants: the international pound (0.45359237 kg), inch (0.0254 m) and
 * standard gravity (9.80665 m/s2) are exact by definition, so the psi is
 * 6894.757293168361 Pa; the IT British thermal unit is 1055.05585262 J, so
 * 1 Btu/lb = 2.326 kJ/kg exactly; the therm is 100,000 Btu(IT) (the US
 * utility convention; NIST's "US therm" is 105.4804 MJ); a standard
 * atmosphere (the zero of every gauge unit) is 101.325 kPa.
 */
#include "units/units.h"

#include <string.h>

#include "base/names.h"

#define PSI_MPA		0.006894757293168361	/* MPa per psi */
#define BTU_KJ		1.05505585262			/* kJ per Btu(IT) */
#define LB_KG		0.45359237				/* kg per lb */
#define FT3_M3		0.028316846592			/* m3 per ft3 (0.3048^3) */

/* base = (value + pre) * num / den + post */
static const gl_unit units[] = {
	/* pressure, absolute; base MPa */
	{"MPa", GL_DIM_PRESSURE, 0, 1, 1, 0, 0},
	{"Pa", GL_DIM_PRESSURE, 0, 1, 1e6, 0, 0},
	{"kPa", GL_DIM_PRESSURE, 0, 1, 1e3, 0, 0},
	{"bar", GL_DIM_PRESSURE, 0, 1, 10, 0, 0},
	{"psia", GL_DIM_PRESSURE, 0, PSI_MPA, 1, 0, 0},
	/* pressure, gauge: relative to one standard atmosphere */
	{"kPag", GL_DIM_PRESSURE, 0, 1, 1e3, GL_ATM_MPA, GL_UNIT_GAUGE},
	{"barg", GL_DIM_PRESSURE, 0, 1, 10, GL_ATM_MPA, GL_UNIT_GAUGE},
	{"psig", GL_DIM_PRESSURE, 0, PSI_MPA, 1, GL_ATM_MPA, GL_UNIT_GAUGE},
	/* temperature; base K */
	{"K", GL_DIM_TEMPERATURE, 0, 1, 1, 0, 0},
	{"degC", GL_DIM_TEMPERATURE, 0, 1, 1, 273.15, 0},
	{"degF", GL_DIM_TEMPERATURE, -32, 5, 9, 273.15, 0},
	{"degR", GL_DIM_TEMPERATURE, 0, 5, 9, 0, 0},
	/* specific energy; base kJ/kg */
	{"kJ/kg", GL_DIM_SPECIFIC_ENERGY, 0, 1, 1, 0, 0},
	{"J/kg", GL_DIM_SPECIFIC_ENERGY, 0, 1, 1e3, 0, 0},
	{"MJ/kg", GL_DIM_SPECIFIC_ENERGY, 0, 1e3, 1, 0, 0},
	{"Btu/lb", GL_DIM_SPECIFIC_ENERGY, 0, 2.326, 1, 0, 0},
	/* specific entropy and heat capacity; base kJ/(kg*K) */
	{"kJ/(kg*K)", GL_DIM_SPECIFIC_ENTROPY, 0, 1, 1, 0, 0},
	{"J/(kg*K)", GL_DIM_SPECIFIC_ENTROPY, 0, 1, 1e3, 0, 0},
	{"Btu/(lb*degF)", GL_DIM_SPECIFIC_ENTROPY, 0, 4.1868, 1, 0, 0},
	/* specific volume; base m3/kg */
	{"m3/kg", GL_DIM_SPECIFIC_VOLUME, 0, 1, 1, 0, 0},
	{"L/kg", GL_DIM_SPECIFIC_VOLUME, 0, 1, 1e3, 0, 0},
	{"ft3/lb", GL_DIM_SPECIFIC_VOLUME, 0, FT3_M3, LB_KG, 0, 0},
	/* density; base kg/m3 */
	{"kg/m3", GL_DIM_DENSITY, 0, 1, 1, 0, 0},
	{"g/cm3", GL_DIM_DENSITY, 0, 1e3, 1, 0, 0},
	{"lb/ft3", GL_DIM_DENSITY, 0, LB_KG, FT3_M3, 0, 0},
	/* speed; base m/s */
	{"m/s", GL_DIM_SPEED, 0, 1, 1, 0, 0},
	{"km/h", GL_DIM_SPEED, 0, 1, 3.6, 0, 0},
	{"ft/s", GL_DIM_SPEED, 0, 0.3048, 1, 0, 0},
	/* energy; base kJ */
	{"kJ", GL_DIM_ENERGY, 0, 1, 1, 0, 0},
	{"J", GL_DIM_ENERGY, 0, 1, 1e3, 0, 0},
	{"MJ", GL_DIM_ENERGY, 0, 1e3, 1, 0, 0},
	{"GJ", GL_DIM_ENERGY, 0, 1e6, 1, 0, 0},
	{"Wh", GL_DIM_ENERGY, 0, 3.6, 1, 0, 0},
	{"kWh", GL_DIM_ENERGY, 0, 3600, 1, 0, 0},
	{"MWh", GL_DIM_ENERGY, 0, 3.6e6, 1, 0, 0},
	{"GWh", GL_DIM_ENERGY, 0, 3.6e9, 1, 0, 0},
	{"Btu", GL_DIM_ENERGY, 0, BTU_KJ, 1, 0, 0},
	{"MMBtu", GL_DIM_ENERGY, 0, BTU_KJ * 1e6, 1, 0, 0},
	{"therm", GL_DIM_ENERGY, 0, BTU_KJ * 1e5, 1, 0, 0},
	/* mass; base kg */
	{"kg", GL_DIM_MASS, 0, 1, 1, 0, 0},
	{"g", GL_DIM_MASS, 0, 1, 1e3, 0, 0},
	{"t", GL_DIM_MASS, 0, 1e3, 1, 0, 0},
	{"lb", GL_DIM_MASS, 0, LB_KG, 1, 0, 0},
	{"klb", GL_DIM_MASS, 0, 453.59237, 1, 0, 0},
	/* mass flow; base kg/h */
	{"kg/h", GL_DIM_MASS_FLOW, 0, 1, 1, 0, 0},
	{"kg/s", GL_DIM_MASS_FLOW, 0, 3600, 1, 0, 0},
	{"g/s", GL_DIM_MASS_FLOW, 0, 3.6, 1, 0, 0},
	{"t/h", GL_DIM_MASS_FLOW, 0, 1e3, 1, 0, 0},
	{"lb/h", GL_DIM_MASS_FLOW, 0, LB_KG, 1, 0, 0},
	{"klb/h", GL_DIM_MASS_FLOW, 0, 453.59237, 1, 0, 0},
	/* length; base m */
	{"m", GL_DIM_LENGTH, 0, 1, 1, 0, 0},
	{"cm", GL_DIM_LENGTH, 0, 1, 100, 0, 0},
	{"mm", GL_DIM_LENGTH, 0, 1, 1e3, 0, 0},
	{"in", GL_DIM_LENGTH, 0, 254, 1e4, 0, 0},
	{"ft", GL_DIM_LENGTH, 0, 3048, 1e4, 0, 0},
	/* time; base h */
	{"h", GL_DIM_TIME, 0, 1, 1, 0, 0},
	{"s", GL_DIM_TIME, 0, 1, 3600, 0, 0},
	{"min", GL_DIM_TIME, 0, 1, 60, 0, 0},
	{"d", GL_DIM_TIME, 0, 24, 1, 0, 0},
};

#define NUNITS (sizeof(units) / sizeof(units[0]))

/* Other accepted spellings. */
typedef struct unit_alias
{
	const char *alias;
	const char *canonical;
} unit_alias;

static const unit_alias aliases[] = {
	{"bara", "bar"},
	{"bar(a)", "bar"},
	{"psi(a)", "psia"},
	{"kPa(g)", "kPag"},
	{"bar(g)", "barg"},
	{"psi(g)", "psig"},
	{"kelvin", "K"},
	{"C", "degC"},
	{"\xc2\xb0" "C", "degC"},	/* degree sign, C */
	{"\xe2\x84\x83", "degC"},	/* U+2103 DEGREE CELSIUS */
	{"celsius", "degC"},
	{"F", "degF"},
	{"\xc2\xb0" "F", "degF"},
	{"\xe2\x84\x89", "degF"},	/* U+2109 DEGREE FAHRENHEIT */
	{"fahrenheit", "degF"},
	{"\xc2\xb0" "R", "degR"},
	{"BTU/lb", "Btu/lb"},
	{"Btu/lbm", "Btu/lb"},
	{"kJ/kg/K", "kJ/(kg*K)"},
	{"kJ/(kg K)", "kJ/(kg*K)"},
	{"kJ/(kg.K)", "kJ/(kg*K)"},
	{"kJ/(kg\xc2\xb7K)", "kJ/(kg*K)"},	/* middle dot */
	{"kJ/kgK", "kJ/(kg*K)"},
	{"kJ/kg-K", "kJ/(kg*K)"},
	{"J/kg/K", "J/(kg*K)"},
	{"J/(kg K)", "J/(kg*K)"},
	{"Btu/lb/degF", "Btu/(lb*degF)"},
	{"Btu/(lb degF)", "Btu/(lb*degF)"},
	{"Btu/lb/F", "Btu/(lb*degF)"},
	{"Btu/(lb*F)", "Btu/(lb*degF)"},
	{"Btu/lb-F", "Btu/(lb*degF)"},
	{"Btu/(lb*degR)", "Btu/(lb*degF)"},
	{"m^3/kg", "m3/kg"},
	{"m\xc2\xb3/kg", "m3/kg"},
	{"ft^3/lb", "ft3/lb"},
	{"ft\xc2\xb3/lb", "ft3/lb"},
	{"kg/m^3", "kg/m3"},
	{"kg/m\xc2\xb3", "kg/m3"},
	{"lb/ft^3", "lb/ft3"},
	{"lb/ft\xc2\xb3", "lb/ft3"},
	{"BTU", "Btu"},
	{"MMBTU", "MMBtu"},
	{"mmBtu", "MMBtu"},
	{"therms", "therm"},
	{"thm", "therm"},
	{"tonne", "t"},
	{"lbm", "lb"},
	{"lbs", "lb"},
	{"1000 lb", "klb"},
	{"1000 lbs", "klb"},
	{"Mlb", "klb"},				/* US steam trade: M = thousand */
	{"1000 kg", "t"},
	{"kg/hr", "kg/h"},
	{"t/hr", "t/h"},
	{"lb/hr", "lb/h"},
	{"lbs/h", "lb/h"},
	{"lbs/hr", "lb/h"},
	{"lbm/h", "lb/h"},
	{"lbm/hr", "lb/h"},
	{"klb/hr", "klb/h"},
	{"Mlb/h", "klb/h"},
	{"Mlb/hr", "klb/h"},
	{"inch", "in"},
	{"sec", "s"},
	{"hr", "h"},
	{"hour", "h"},
	{"day", "d"},
};

#define NALIASES (sizeof(aliases) / sizeof(aliases[0]))

/* Spellings that are refused on purpose: gauge or absolute is not said. */
static const char *const ambiguous_psi[] = {"psi", "PSI", "lb/in2", "lbf/in2"};

static const char *const dimension_names[GL_DIM__COUNT] = {
	"pressure",
	"temperature",
	"specific energy",
	"specific entropy",
	"specific volume",
	"density",
	"speed",
	"energy",
	"mass",
	"mass flow",
	"length",
	"time",
};

static int
name_is(const char *name, size_t len, const char *candidate)
{
	return strlen(candidate) == len && memcmp(name, candidate, len) == 0;
}

static const gl_unit *
find_canonical(const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < NUNITS; i++)
		if (name_is(name, len, units[i].name))
			return &units[i];
	return NULL;
}

const gl_unit *
gl_unit_find(const char *name, size_t len, gl_unit_status *status)
{
	const gl_unit *u;
	size_t		i;

	gl_trim(&name, &len);
	if (status)
		*status = GL_UNIT_OK;

	u = find_canonical(name, len);
	if (u)
		return u;
	for (i = 0; i < NALIASES; i++)
		if (name_is(name, len, aliases[i].alias))
			return find_canonical(aliases[i].canonical,
								  strlen(aliases[i].canonical));
	if (status)
	{
		*status = GL_UNIT_UNKNOWN;
		for (i = 0; i < sizeof(ambiguous_psi) / sizeof(ambiguous_psi[0]); i++)
			if (name_is(name, len, ambiguous_psi[i]))
				*status = GL_UNIT_AMBIGUOUS_PSI;
	}
	return NULL;
}

const gl_unit *
gl_unit_find_dim(const char *name, size_t len, gl_dimension dim,
				 gl_unit_status *status)
{
	const gl_unit *u = gl_unit_find(name, len, status);

	if (u && u->dim != dim)
	{
		if (status)
			*status = GL_UNIT_WRONG_DIMENSION;
		return NULL;
	}
	return u;
}

/* ---- statuses ---- */

static const gl_status unit_items[] = {
	{GL_UNIT_UNKNOWN, GL_ERR_PARAM, NULL,
		"unknown {extra} unit \"{name}\" for {arg}", NULL,
	"Valid {extra} units: {list}."},
	{GL_UNIT_UNKNOWN_ANY, GL_ERR_PARAM, NULL,
		"unknown unit \"{name}\" for {arg}", NULL,
	"SELECT unit, dimension FROM greenlang_units() lists the units."},
	{GL_UNIT_AMBIGUOUS_PSI, GL_ERR_PARAM, NULL,
		"{arg} must say absolute or gauge pressure, not \"{name}\"",
		"Gauge and absolute pressure differ by one atmosphere (14.696 psi).",
	"Say \"psia\" for absolute or \"psig\" for gauge pressure."},
	{GL_UNIT_WRONG_DIMENSION, GL_ERR_PARAM, NULL,
		"{arg} must be a unit of {extra}, not \"{name}\"", NULL,
	"Valid {extra} units: {list}."},
	{GL_UNIT_BELOW_ABSOLUTE_ZERO, GL_ERR_RANGE, NULL,
		"{arg} must be at or above absolute zero, not {value} {name}",
		"Absolute zero is 0 K, -273.15 degC, -459.67 degF.", NULL},
	{GL_UNIT_NEGATIVE_PRESSURE, GL_ERR_RANGE, NULL,
		"{arg} must be at or above zero absolute pressure, not {value} {name}",
	"An absolute pressure cannot be negative.", NULL},
	{GL_UNIT_BELOW_VACUUM, GL_ERR_RANGE, NULL,
		"{arg} must be at or above zero absolute pressure, not {value} {name}",
		"A gauge pressure cannot be below -1 atmosphere (-14.696 psig, -101.325 kPag).",
	"Check whether the reading is gauge or absolute pressure."},
};

const gl_status_table gl_unit_statuses = GL_STATUS_TABLE("units", unit_items);

int
gl_unit_failure(gl_unit_status st, const char *name, size_t len,
				gl_dimension dim, const char *argname, char *buf,
				size_t buflen, gl_status_args *a)
{
	memset(a, 0, sizeof(*a));
	a->arg = argname;
	a->name = name;
	a->namelen = len;
	if (dim != GL_DIM_ANY)
	{
		a->extra = gl_dimension_name(dim);
		a->list = gl_units_list(dim, buf, buflen);
	}
	if (st == GL_UNIT_UNKNOWN && dim == GL_DIM_ANY)
		return GL_UNIT_UNKNOWN_ANY;
	return st;
}

gl_unit_status
gl_unit_check_value(const gl_unit *u, double value)
{
	if (u->dim == GL_DIM_TEMPERATURE && gl_unit_to_base(u, value) < 0)
		return GL_UNIT_BELOW_ABSOLUTE_ZERO;
	if (u->dim == GL_DIM_PRESSURE && gl_unit_to_base(u, value) < 0)
		return (u->flags & GL_UNIT_GAUGE) ? GL_UNIT_BELOW_VACUUM :
			GL_UNIT_NEGATIVE_PRESSURE;
	return GL_UNIT_OK;
}

/* index of each dimension's base unit in units[], found once */
static int	base_index[GL_DIM__COUNT];
static int	base_index_ready;

const gl_unit *
gl_unit_base(gl_dimension dim)
{
	if ((int) dim < 0 || dim >= GL_DIM__COUNT)
		return NULL;
	if (!base_index_ready)
	{
		int			i;

		/* the base unit of each dimension is its first entry, scale 1 */
		for (i = (int) NUNITS - 1; i >= 0; i--)
			base_index[units[i].dim] = i;
		base_index_ready = 1;
	}
	return &units[base_index[dim]];
}

const char *
gl_dimension_name(gl_dimension dim)
{
	if ((int) dim < 0 || dim >= GL_DIM__COUNT)
		return "unknown";
	return dimension_names[dim];
}

char *
gl_units_list(gl_dimension dim, char *buf, size_t buflen)
{
	size_t		used = 0;
	size_t		i;

	if (buflen == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < NUNITS; i++)
	{
		size_t		need;

		if (units[i].dim != dim)
			continue;
		need = strlen(units[i].name) + (used > 0 ? 2 : 0);
		if (used + need + 1 > buflen)
			break;
		if (used > 0)
		{
			memcpy(buf + used, ", ", 2);
			used += 2;
		}
		memcpy(buf + used, units[i].name, strlen(units[i].name));
		used += strlen(units[i].name);
		buf[used] = '\0';
	}
	return buf;
}

const gl_unit *
gl_unit_table(size_t *n)
{
	*n = NUNITS;
	return units;
}
