/*
 * units.h - greenlang's one table of units (pure C, no PostgreSQL headers).
 *
 * Every dimensional input of the extension names its unit.  A unit is an
 * affine map onto the base unit of its dimension:
 *
 *		base = (value + pre) * num / den + post
 *
 * Plain units have pre = post = 0; degC has post = 273.15; degF has
 * pre = -32, num/den = 5/9, post = 273.15; a gauge pressure has post = one
 * standard atmosphere.  The scale is kept as a ratio num/den so that the
 * usual conversions (kPa to MPa, mm to m, degF to K) are one correctly
 * rounded operation.
 *
 * Base units are the ones the cores compute in: pressure MPa (absolute),
 * temperature K, specific energy kJ/kg, specific entropy and heat capacity
 * kJ/(kg*K), specific volume m3/kg, density kg/m3, speed m/s, energy kJ,
 * mass kg, mass flow kg/h, length m, time h, power kW.
 *
 * Spellings: the canonical name or an alias, exactly; for SQL arguments
 * also ignoring ASCII case when every name that matches means one unit
 * ("mpa" is MPa, "KWH" is kWh); else unknown, and the failure suggests the
 * nearest units of the dimension by edit distance ("did you mean").
 */
#ifndef GREENLANG_UNITS_H
#define GREENLANG_UNITS_H

#include <stddef.h>

#include "base/status.h"

typedef enum gl_dimension
{
	GL_DIM_PRESSURE = 0,
	GL_DIM_TEMPERATURE,
	GL_DIM_SPECIFIC_ENERGY,
	GL_DIM_SPECIFIC_ENTROPY,
	GL_DIM_SPECIFIC_VOLUME,
	GL_DIM_DENSITY,
	GL_DIM_SPEED,
	GL_DIM_ENERGY,
	GL_DIM_MASS,
	GL_DIM_MASS_FLOW,
	GL_DIM_LENGTH,
	GL_DIM_TIME,
	GL_DIM_POWER,
	GL_DIM__COUNT
} gl_dimension;

/* in place of a dimension: a unit of any dimension will do */
#define GL_DIM_ANY GL_DIM__COUNT

/* flags of a unit */
#define GL_UNIT_GAUGE	0x01	/* pressure relative to 101.325 kPa */

typedef struct gl_unit
{
	const char *name;			/* canonical spelling */
	gl_dimension dim;
	double		pre;			/* added before scaling */
	double		num;			/* scale numerator */
	double		den;			/* scale denominator */
	double		post;			/* added after scaling */
	int			flags;
} gl_unit;

/*
 * What can be wrong with a unit or a value in it.  Each has a descriptor in
 * gl_unit_statuses (SQLSTATE kind, message, detail, hint); gl_unit_failure
 * fills the descriptor's fields for a failed look-up.
 */
typedef enum gl_unit_status
{
	GL_UNIT_OK = 0,
	GL_UNIT_UNKNOWN,			/* no such unit (a unit of a dimension was wanted) */
	GL_UNIT_AMBIGUOUS_PSI,		/* bare "psi": gauge or absolute? */
	GL_UNIT_WRONG_DIMENSION,	/* a unit of another dimension */
	GL_UNIT_UNKNOWN_ANY,		/* no such unit, where any dimension would do */
	GL_UNIT_BELOW_ABSOLUTE_ZERO,	/* a temperature below 0 K */
	GL_UNIT_NEGATIVE_PRESSURE,	/* an absolute pressure below zero */
	GL_UNIT_BELOW_VACUUM,		/* a gauge pressure below -1 atmosphere */
	GL_UNIT_UNKNOWN_NEAR,		/* GL_UNIT_UNKNOWN, with units it may mean */
	GL_UNIT_UNKNOWN_ANY_NEAR,	/* GL_UNIT_UNKNOWN_ANY, likewise */
	GL_UNIT_RESULT_RANGE		/* a conversion's result beyond float8 */
} gl_unit_status;

/*
 * The descriptors of gl_unit_status.  Their fields: {arg} the argument,
 * {name} the unit as given, {extra} the dimension wanted, {list} its units,
 * {value} a value that is out of range, {item} the units a misspelling may
 * mean ("\"kWh\" or \"MWh\"").
 */
extern const gl_status_table gl_unit_statuses;

/* One standard atmosphere in MPa: the reference of every gauge unit. */
#define GL_ATM_MPA 0.101325

/*
 * Find a unit by its spelling, canonical or alias: exactly first, then
 * ignoring ASCII case when every spelling that matches means one unit ("mpa"
 * is MPa, "KWH" is kWh; "Psi" in any case is GL_UNIT_AMBIGUOUS_PSI).  The one
 * rule for unit arguments and the text forms of the types alike (text output
 * always writes the canonical spelling).  Blanks around the name are ignored
 * (gl_trim).  len is the length of name,
 * which need not be NUL-terminated.  Returns the canonical entry, or NULL
 * with *status (if status is not NULL) saying why.
 */
extern const gl_unit *gl_unit_find(const char *name, size_t len,
								   gl_unit_status *status);

/*
 * Like gl_unit_find, but the unit must be of dimension dim (GL_DIM_ANY:
 * any); a known unit of another dimension gives NULL and
 * GL_UNIT_WRONG_DIMENSION.  Unit arguments of SQL functions and the text
 * forms of the types both look units up here.
 */
extern const gl_unit *gl_unit_find_dim(const char *name, size_t len,
									   gl_dimension dim,
									   gl_unit_status *status);

/*
 * The status to report, and its fields in *a, for a look-up of name (len
 * bytes) for argument argname that failed with status st; dim is the
 * dimension that was wanted (GL_DIM_ANY: any).  The list of valid units is
 * written into buf.  Returns the code to report from gl_unit_statuses.
 */
extern int	gl_unit_failure(gl_unit_status st, const char *name, size_t len,
							gl_dimension dim, const char *argname,
							char *buf, size_t buflen, gl_status_args *a);

/*
 * Convert value (checked with gl_unit_check_value) from one unit to
 * another of its dimension into *out: GL_UNIT_OK, or GL_UNIT_RESULT_RANGE
 * when the result is not a finite float8 (1e308 MPa in psig).
 */
extern gl_unit_status gl_unit_convert_checked(const gl_unit *from,
											  const gl_unit *to, double value,
											  double *out);

/*
 * Whether value in unit u is a quantity that can be: GL_UNIT_OK, or
 * GL_UNIT_BELOW_ABSOLUTE_ZERO (a temperature below 0 K),
 * GL_UNIT_NEGATIVE_PRESSURE or GL_UNIT_BELOW_VACUUM (a gauge pressure below
 * -1 atmosphere).  Other dimensions are always GL_UNIT_OK.
 */
extern gl_unit_status gl_unit_check_value(const gl_unit *u, double value);

/* the base unit of a dimension (e.g. MPa for pressure) */
extern const gl_unit *gl_unit_base(gl_dimension dim);

/* value in unit u -> value in the base unit of u's dimension, and back */
static inline double
gl_unit_to_base(const gl_unit *u, double value)
{
	return (value + u->pre) * u->num / u->den + u->post;
}

static inline double
gl_unit_from_base(const gl_unit *u, double base)
{
	return (base - u->post) * u->den / u->num - u->pre;
}

/*
 * Convert value between two units of one dimension (the caller checks the
 * dimension).  Converting to the same unit returns value unchanged, bit for
 * bit.
 */
static inline double
gl_unit_convert(const gl_unit *from, const gl_unit *to, double value)
{
	if (from == to)
		return value;
	return gl_unit_from_base(to, gl_unit_to_base(from, value));
}

/* "pressure", "temperature", ... */
extern const char *gl_dimension_name(gl_dimension dim);

/*
 * Write the canonical spellings of the units of dimension dim, separated by
 * ", ", into buf (always NUL-terminated, truncated if need be).  Returns buf.
 */
extern char *gl_units_list(gl_dimension dim, char *buf, size_t buflen);

/* The canonical units, for tests and listings: *n entries. */
extern const gl_unit *gl_unit_table(size_t *n);

#endif							/* GREENLANG_UNITS_H */
