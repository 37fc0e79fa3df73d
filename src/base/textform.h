/*
 * base/textform.h - the pieces every text form shares (pure C): a list of
 * "name=value" items separated by commas, and strict decimal numbers.
 *
 *   item   := blanks name blanks '=' blanks value blanks
 *   list   := item (',' item)*
 *   number := [+-]? digits ['.' digits?] | [+-]? '.' digits, then
 *             optionally [eE] [+-]? digits     (no NaN, no Infinity, no hex)
 *
 * A name is letters, digits and '_' ; a value is everything up to the next
 * comma, blanks trimmed.  What the names mean is the module's business.
 */
#ifndef GL_BASE_TEXTFORM_H
#define GL_BASE_TEXTFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct gl_text_item
{
	const char *name;			/* points into the input */
	size_t		name_len;
	const char *value;
	size_t		value_len;
	const char *item;			/* the whole item, blanks trimmed, for messages */
	size_t		item_len;
} gl_text_item;

/* statuses of gl_text_split and gl_text_number */
typedef enum gl_text_status
{
	GL_TEXT_OK = 0,
	GL_TEXT_EMPTY,				/* nothing but blanks */
	GL_TEXT_TOO_MANY,			/* more items than the form has */
	GL_TEXT_NO_NAME,			/* an item without a name */
	GL_TEXT_NO_EQUALS,			/* a name without "=" */
	GL_TEXT_NO_VALUE,			/* "name=" and nothing */
	GL_TEXT_BAD_NUMBER,			/* not a decimal number */
	GL_TEXT_NUMBER_RANGE		/* a number too large for a double */
} gl_text_status;

/* where parsing stopped, for the message */
typedef struct gl_text_error
{
	gl_text_status status;
	const char *token;
	size_t		token_len;
} gl_text_error;

/*
 * Split str (len bytes) into at most max items.  Returns GL_TEXT_OK and *n,
 * or a status with *err filled in.
 */
extern gl_text_status gl_text_split(const char *str, size_t len,
									gl_text_item *items, int max, int *n,
									gl_text_error *err);

/*
 * The strict decimal number at the start of s (len bytes): *out and the
 * number of bytes it takes in *used.  Blanks before it are skipped (and
 * counted).  Returns GL_TEXT_OK, GL_TEXT_BAD_NUMBER or GL_TEXT_NUMBER_RANGE
 * (as float8in: an overflow, or a nonzero number so small it reads as 0;
 * a subnormal result is accepted).
 */
extern gl_text_status gl_text_number(const char *s, size_t len, double *out,
									 size_t *used);

/*
 * The count (digits only: no sign, no blanks) at the start of s (len
 * bytes): *out and the number of bytes it takes, or 0 when there are no
 * digits or the count exceeds INT64_MAX.
 */
extern size_t gl_text_count(const char *s, size_t len, int64_t *out);

/* the item whose name matches (exactly, case-sensitive), or NULL */
extern const gl_text_item *gl_text_get(const gl_text_item *items, int n,
									   const char *name);

#endif							/* GL_BASE_TEXTFORM_H */
