/*
 * steam_text.h - the input forms of the SQL type steam (pure C): its text
 * grammar, and the pairs of quantities that fix a state, which text input,
 * binary input and the constructors share.
 *
 * The text form is a comma-separated list of "name=number unit" items
 * (base/textform.h splits it and reads the numbers):
 *
 *		p=150 psig, x=1
 *		p=1 MPa, T=300 degC
 *		T=100 degC, x=0.5
 *		p=10 bar, h=2800 kJ/kg
 *		p=1 MPa, T=453.0356323914666 K, x=0.25	(the canonical two-phase form)
 *
 * Names: p (pressure), T (temperature), x (quality, no unit), h (specific
 * enthalpy), s (specific entropy); p and T may also be written P and t; a
 * name given twice is an error.  Numbers are plain decimals with an optional
 * exponent (no NaN, no Infinity).  The unit is the rest of the item, blanks
 * trimmed; it may follow the number without a blank unless it starts with a
 * digit or a point.  Units are looked up in the unit table (units/units.h).
 */
#ifndef GREENLANG_STEAM_TEXT_H
#define GREENLANG_STEAM_TEXT_H

#include <stddef.h>

#include "base/status.h"
#include "base/textform.h"
#include "steam/if97.h"
#include "units/units.h"

/* the quantities that can fix a state */
typedef enum gl_steam_qty
{
	GL_STEAM_P = 0,				/* pressure */
	GL_STEAM_T,					/* temperature */
	GL_STEAM_X,					/* quality */
	GL_STEAM_H,					/* specific enthalpy */
	GL_STEAM_S,					/* specific entropy */
	GL_STEAM_NQTY
} gl_steam_qty;

typedef struct gl_steam_quantity
{
	char		symbol;			/* 'p', 'T', 'x', 'h', 's' */
	const char *arg;			/* SQL argument name: "pressure", ... */
	const char *unit_arg;		/* its unit's argument: "pressure_unit", or
								 * NULL (quality) */
	gl_dimension dim;			/* GL_DIM_ANY for the quality (no unit) */
} gl_steam_quantity;

/*
 * The quantities and forms are static tables here, not in steam_text.c, so
 * that the glue's per-row constructors fold them to constants.
 */
static const gl_steam_quantity gl_steam_quantities[GL_STEAM_NQTY] = {
	{'p', "pressure", "pressure_unit", GL_DIM_PRESSURE},
	{'T', "temperature", "temperature_unit", GL_DIM_TEMPERATURE},
	{'x', "quality", NULL, GL_DIM_ANY},
	{'h', "enthalpy", "enthalpy_unit", GL_DIM_SPECIFIC_ENERGY},
	{'s', "entropy", "entropy_unit", GL_DIM_SPECIFIC_ENTROPY},
};

/* the sets of quantities that fix a state */
typedef enum gl_steam_form
{
	GL_STEAM_PT = 0,			/* p, T: single phase */
	GL_STEAM_PX,				/* p, x */
	GL_STEAM_TX,				/* T, x */
	GL_STEAM_PH,				/* p, h */
	GL_STEAM_PS,				/* p, s */
	GL_STEAM_PTX,				/* p, T, x: two-phase, T = Tsat(p) */
	GL_STEAM_NFORMS
} gl_steam_form;

#define GL_STEAM_FORM_MAX 3		/* quantities in a form, at most */

typedef struct gl_steam_form_def
{
	int			n;
	gl_steam_qty q[GL_STEAM_FORM_MAX];	/* in argument order */
} gl_steam_form_def;

static const gl_steam_form_def gl_steam_forms[GL_STEAM_NFORMS] = {
	{2, {GL_STEAM_P, GL_STEAM_T}},
	{2, {GL_STEAM_P, GL_STEAM_X}},
	{2, {GL_STEAM_T, GL_STEAM_X}},
	{2, {GL_STEAM_P, GL_STEAM_H}},
	{2, {GL_STEAM_P, GL_STEAM_S}},
	{3, {GL_STEAM_P, GL_STEAM_T, GL_STEAM_X}},
};

/*
 * The state of form from its values v[] (in the form's order, in MPa, K,
 * kJ/kg, kJ/(kg*K)): GL_IF97_OK and *out, or the core's status.
 */
static inline gl_if97_status
gl_steam_build(gl_steam_form form, const double *v, gl_if97_state *out)
{
	switch (form)
	{
		case GL_STEAM_PT:
			return gl_if97_state_pt(v[0], v[1], out);
		case GL_STEAM_PX:
			return gl_if97_state_px(v[0], v[1], out);
		case GL_STEAM_TX:
			return gl_if97_state_tx(v[0], v[1], out);
		case GL_STEAM_PH:
			return gl_if97_state_ph(v[0], v[1], out);
		case GL_STEAM_PS:
			return gl_if97_state_ps(v[0], v[1], out);
		case GL_STEAM_PTX:
			return gl_if97_state_ptx(v[0], v[1], v[2], out);
		case GL_STEAM_NFORMS:
			break;
	}
	return GL_IF97_E_UNDEFINED;
}

/* ---- text input ---- */

typedef struct gl_steam_item
{
	gl_steam_qty qty;
	double		value;			/* as written */
	double		base;			/* in the core's unit (the quality as is) */
	const gl_unit *unit;		/* NULL for the quality */
	const char *unit_text;		/* as written, points into the input */
	size_t		unit_len;
	const char *item;			/* the whole item, for messages */
	size_t		item_len;
} gl_steam_item;

typedef struct gl_steam_text
{
	gl_steam_form form;
	gl_steam_item items[GL_STEAM_FORM_MAX];	/* in the form's order */
} gl_steam_text;

/*
 * Statuses of gl_steam_text_parse, described by gl_steam_text_statuses
 * (all 22P02).  GL_STEAM_TEXT_FORM has no descriptor: it is a status of
 * base/textform.h, in err->form, which the glue reports with gl_raise_text.
 */
typedef enum gl_steam_text_status
{
	GL_STEAM_TEXT_OK = 0,
	GL_STEAM_TEXT_FORM,			/* the item list or a number: err->form */
	GL_STEAM_TEXT_UNKNOWN_NAME,	/* not p, T, x, h or s */
	GL_STEAM_TEXT_DUPLICATE,	/* a property given twice */
	GL_STEAM_TEXT_PAIR,			/* properties that do not fix a state */
	GL_STEAM_TEXT_NO_UNIT,		/* p, T, h or s without a unit */
	GL_STEAM_TEXT_QUALITY_UNIT, /* x with a unit */
	GL_STEAM_TEXT_UNIT_UNKNOWN, /* no such unit */
	GL_STEAM_TEXT_UNIT_AMBIGUOUS,	/* bare "psi" */
	GL_STEAM_TEXT_UNIT_DIMENSION	/* a unit of another dimension */
} gl_steam_text_status;

/*
 * Their fields: {name} the whole input, {item} the item at fault, {extra}
 * the dimension its unit should have, {list} the units of that dimension.
 */
extern const gl_status_table gl_steam_text_statuses;

typedef struct gl_steam_text_error
{
	gl_steam_text_status status;
	gl_text_error form;			/* GL_STEAM_TEXT_FORM: what and where */
	const char *token;			/* the item at fault, points into the input */
	size_t		token_len;
	gl_dimension dim;			/* unit statuses: the dimension wanted */
} gl_steam_text_error;

/*
 * Parse str (len bytes).  Returns GL_STEAM_TEXT_OK with *out filled (units
 * looked up, values converted), or a status with *err saying where.
 */
extern gl_steam_text_status gl_steam_text_parse(const char *str, size_t len,
												gl_steam_text *out,
												gl_steam_text_error *err);

#endif							/* GREENLANG_STEAM_TEXT_H */
