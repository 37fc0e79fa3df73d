/*
 * steam_text.h - parser of the text form of a steam state (pure C).
 *
 * The text form is a comma-separated list of "name=number unit" items:
 *
 *		p=150 psig, x=1
 *		p=1 MPa, T=300 degC
 *		T=100 degC, x=0.5
 *		p=10 bar, h=2800 kJ/kg
 *
 * Names: p (pressure), T (temperature), x (quality, no unit), h (specific
 * enthalpy), s (specific entropy); p and T may also be written P and t.
 * Numbers are plain decimals with an optional exponent (no NaN, no
 * Infinity).  The unit is the rest of the item, blanks trimmed.  This file
 * only splits and checks the syntax; which combinations make a state, and
 * what the units mean, is up to the caller.
 */
#ifndef GREENLANG_STEAM_TEXT_H
#define GREENLANG_STEAM_TEXT_H

#include <stddef.h>

#define GL_STEAM_TEXT_MAX_ITEMS 3

typedef struct gl_steam_item
{
	char		name;			/* 'p', 'T', 'x', 'h' or 's' */
	double		value;
	const char *unit;			/* points into the input; unit_len may be 0 */
	size_t		unit_len;
	const char *item;			/* the whole item, for messages */
	size_t		item_len;
} gl_steam_item;

typedef struct gl_steam_text
{
	int			n;
	gl_steam_item items[GL_STEAM_TEXT_MAX_ITEMS];
} gl_steam_text;

typedef struct gl_steam_text_error
{
	const char *what;			/* English description */
	const char *token;			/* offending text, points into the input */
	size_t		token_len;
} gl_steam_text_error;

/*
 * Parse str (NUL-terminated).  Returns 0 on success; otherwise nonzero with
 * *err describing the problem.  Duplicate names are an error.
 */
extern int	gl_steam_text_parse(const char *str, gl_steam_text *out,
								gl_steam_text_error *err);

/* the item named name, or NULL */
extern const gl_steam_item *gl_steam_text_get(const gl_steam_text *t,
											  char name);

#endif							/* GREENLANG_STEAM_TEXT_H */
