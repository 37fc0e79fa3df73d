/*
 * units.c - the unit table and its look-up (pure C).
 *
 * Constants: the international pound (0.45359237 kg), inch (0.0254 m) and
 * standard gravity (9.80665 m/s2) are exact by definition, so the psi is
 * 6894.757293168361 Pa; the IT British thermal unit is 1055.05585262 J, so
 * 1 Btu/lb = 2.326 kJ/kg exactly; the therm is 100,000 Btu(IT) (the US
 * utility convention; NIST's "US therm" is 105.4804 MJ); a standard
 * atmosphere (the zero of every gauge unit) is 101.325 kPa.  The boiler
 * horsepower is 33,475 Btu(IT)/h (the definition of the American Boiler
 * Manufacturers Association: 34.5 lb/h of water evaporated from and at
 * 212 degF, taken as 33,475 Btu/h), i.e. 9.810554 kW; NIST SP 811 lists
 * 9.80950 kW, from 970.3 Btu/lb, which is 33,471.4 Btu/h: the 33,475 of the
 * boiler trade is used here.
 */
#include "units/units.h"

#include <math.h>
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
	/* power; base kW */
	{"kW", GL_DIM_POWER, 0, 1, 1, 0, 0},
	{"W", GL_DIM_POWER, 0, 1, 1e3, 0, 0},
	{"MW", GL_DIM_POWER, 0, 1e3, 1, 0, 0},
	{"Btu/h", GL_DIM_POWER, 0, BTU_KJ, 3600, 0, 0},
	{"MMBtu/h", GL_DIM_POWER, 0, BTU_KJ * 1e6, 3600, 0, 0},
	{"bhp", GL_DIM_POWER, 0, BTU_KJ * 33475, 3600, 0, 0},
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
	{"inches", "in"},
	{"feet", "ft"},
	{"foot", "ft"},
	{"hours", "h"},
	{"hrs", "h"},
	{"minutes", "min"},
	{"mins", "min"},
	{"seconds", "s"},
	{"days", "d"},
	{"deg C", "degC"},
	{"deg F", "degF"},
	{"deg R", "degR"},
	{"degrees C", "degC"},
	{"degrees F", "degF"},
	{"Btu/hr", "Btu/h"},
	{"Btuh", "Btu/h"},
	{"MMBtu/hr", "MMBtu/h"},
	{"MMBtuh", "MMBtu/h"},
	{"boiler hp", "bhp"},
	{"watt", "W"},
	{"watts", "W"},
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
	"power",
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

static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* name (len bytes) equals candidate, ignoring ASCII case */
static int
name_is_ci(const char *name, size_t len, const char *candidate)
{
	size_t		i;

	if (strlen(candidate) != len)
		return 0;
	for (i = 0; i < len; i++)
		if (lower(name[i]) != lower(candidate[i]))
			return 0;
	return 1;
}

/* the i-th spelling of the table (canonical names, then aliases) */
#define NSPELLINGS (NUNITS + NALIASES)

static const char *
spelling(size_t i, const gl_unit **u)
{
	if (i < NUNITS)
	{
		*u = &units[i];
		return units[i].name;
	}
	*u = find_canonical(aliases[i - NUNITS].canonical,
						strlen(aliases[i - NUNITS].canonical));
	return aliases[i - NUNITS].alias;
}

/* exact spellings, then ignoring case when that leaves one unit */
static const gl_unit *
find_spelling(const char *name, size_t len, gl_unit_status *status)
{
	const gl_unit *u;
	const gl_unit *found = NULL;
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
	for (i = 0; i < sizeof(ambiguous_psi) / sizeof(ambiguous_psi[0]); i++)
		if (name_is_ci(name, len, ambiguous_psi[i]))
		{
			if (status)
				*status = GL_UNIT_AMBIGUOUS_PSI;
			return NULL;
		}
	for (i = 0; i < NSPELLINGS; i++)
	{
		const gl_unit *c;

		if (!name_is_ci(name, len, spelling(i, &c)))
			continue;
		if (found != NULL && found != c)
		{
			found = NULL;
			break;
		}
		found = c;
	}
	if (found == NULL && status)
		*status = GL_UNIT_UNKNOWN;
	return found;
}

const gl_unit *
gl_unit_find(const char *name, size_t len, gl_unit_status *status)
{
	return find_spelling(name, len, status);
}

const gl_unit *
gl_unit_find_dim(const char *name, size_t len, gl_dimension dim,
				 gl_unit_status *status)
{
	const gl_unit *u = find_spelling(name, len, status);

	if (u && dim != GL_DIM_ANY && u->dim != dim)
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
	{GL_UNIT_UNKNOWN_NEAR, GL_ERR_PARAM, NULL,
		"unknown {extra} unit \"{name}\" for {arg}", NULL,
	"Did you mean {item}? Valid {extra} units: {list}."},
	{GL_UNIT_UNKNOWN_ANY_NEAR, GL_ERR_PARAM, NULL,
		"unknown unit \"{name}\" for {arg}", NULL,
	"Did you mean {item}? SELECT unit, dimension FROM greenlang_units() lists the units."},
	{GL_UNIT_RESULT_RANGE, GL_ERR_RANGE, NULL,
		"{arg} must be within the range of float8 in {item}, not {value} {name}",
		"The converted value would be beyond 1.7976931348623157e+308.",
	"Check the value and its unit."},
};

const gl_status_table gl_unit_statuses = GL_STATUS_TABLE("units", unit_items);

/*
 * Edit distance (Levenshtein, ASCII case ignored) between a (alen bytes)
 * and b, or SUGGEST_FAR when a is too long to be worth it.
 */
#define SUGGEST_MAX_LEN 32
#define SUGGEST_FAR 1000

static int
edit_distance(const char *a, size_t alen, const char *b)
{
	size_t		blen = strlen(b);
	int			row[SUGGEST_MAX_LEN + 1];
	size_t		i;
	size_t		j;

	if (alen > SUGGEST_MAX_LEN || blen > SUGGEST_MAX_LEN)
		return SUGGEST_FAR;
	for (j = 0; j <= blen; j++)
		row[j] = (int) j;
	for (i = 1; i <= alen; i++)
	{
		int			diag = row[0];

		row[0] = (int) i;
		for (j = 1; j <= blen; j++)
		{
			int			up = row[j];
			int			best = diag + (lower(a[i - 1]) != lower(b[j - 1]));

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[blen];
}

/*
 * The units of dimension dim (any: GL_DIM_ANY) nearest to name by edit
 * distance over every spelling, quoted ("\"kWh\" or \"MWh\""), into buf;
 * at most 3, and only at distance at most 2 and at most a third of the
 * name's length (so "m3" suggests no "MJ").  Returns the number found.
 */
#define SUGGEST_MAX 3

static int
suggest(const char *name, size_t len, gl_dimension dim, char *buf,
		size_t buflen)
{
	const char *names[SUGGEST_MAX];
	int			n = 0;
	int			best = 3;
	size_t		i;

	gl_trim(&name, &len);
	if (len < 2)
		return 0;
	if ((size_t) best > len / 2 + 1)
		best = (int) (len / 2) + 1;
	/* the smallest distance first, then the units at that distance */
	for (i = 0; i < NSPELLINGS; i++)
	{
		const gl_unit *u;
		const char *sp = spelling(i, &u);
		int			d;

		if (dim != GL_DIM_ANY && u->dim != dim)
			continue;
		d = edit_distance(name, len, sp);
		if (d < best)
			best = d;
	}
	if (best > 2 || (size_t) best * 3 > len)
		return 0;
	for (i = 0; i < NSPELLINGS && n < SUGGEST_MAX; i++)
	{
		const gl_unit *u;
		const char *sp = spelling(i, &u);
		int			k;

		if ((dim != GL_DIM_ANY && u->dim != dim) ||
			edit_distance(name, len, sp) != best)
			continue;
		for (k = 0; k < n; k++)
			if (names[k] == u->name)
				break;
		if (k == n)
			names[n++] = u->name;
	}
	gl_names_list(names, n, buf, buflen);
	return n;
}

int
gl_unit_failure(gl_unit_status st, const char *name, size_t len,
				gl_dimension dim, const char *argname, char *buf,
				size_t buflen, gl_status_args *a)
{
	size_t		near_len = 0;
	int			near = 0;

	memset(a, 0, sizeof(*a));
	a->arg = argname;
	a->name = name;
	a->namelen = len;
	/* the suggestions (if any) at the start of buf, the list after them */
	if (st == GL_UNIT_UNKNOWN && buflen >= 128)
	{
		near = suggest(name, len, dim, buf, buflen / 2);
		if (near > 0)
		{
			a->item = buf;
			a->itemlen = strlen(buf);
			near_len = a->itemlen + 1;
		}
	}
	if (dim != GL_DIM_ANY)
	{
		a->extra = gl_dimension_name(dim);
		a->list = gl_units_list(dim, buf + near_len, buflen - near_len);
	}
	if (st == GL_UNIT_UNKNOWN && dim == GL_DIM_ANY)
		return near ? GL_UNIT_UNKNOWN_ANY_NEAR : GL_UNIT_UNKNOWN_ANY;
	if (st == GL_UNIT_UNKNOWN && near)
		return GL_UNIT_UNKNOWN_NEAR;
	return st;
}

gl_unit_status
gl_unit_convert_checked(const gl_unit *from, const gl_unit *to, double value,
						double *out)
{
	*out = gl_unit_convert(from, to, value);
	return isfinite(*out) ? GL_UNIT_OK : GL_UNIT_RESULT_RANGE;
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
