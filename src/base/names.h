/*
 * base/names.h - the one rule for matching a name argument, and the one
 * way of listing the valid names in a hint (pure C, no PostgreSQL headers).
 *
 * The rule (docs/naming.md): a name given by a user matches a listed name
 * when the two are equal after
 *   - blanks (space, tab, newline, carriage return) around it are dropped,
 *   - ASCII letters are folded to lower case (locale-independent),
 *   - '_' and ' ' are read as '-'.
 * So 'Blow_Through', ' blow through ' and 'blow-through' are one name.
 * Units are not names: their case carries meaning (MW, mW), see units/.
 */
#ifndef GL_BASE_NAMES_H
#define GL_BASE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* one accepted spelling and the value it stands for */
typedef struct gl_choice
{
	const char *name;			/* lower case, '-' for separators */
	int			value;
} gl_choice;

/*
 * The names of one choice argument.  The first entry of each value is its
 * canonical name (listed in hints and printed in text forms); later entries
 * with the same value are aliases, accepted but not listed.
 */
typedef struct gl_choices
{
	const char *what;			/* "failure mode": for messages */
	const gl_choice *items;
	int			n;
} gl_choices;

#define GL_CHOICES(what, items) \
	{ (what), (items), (int) (sizeof(items) / sizeof((items)[0])) }

/* the blanks that the rule drops around names (and text forms around items) */
static inline bool
gl_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* *s, *len narrowed to drop blanks on both sides */
extern void gl_trim(const char **s, size_t *len);

/* whether user text s (len bytes, not NUL-terminated) matches name */
extern bool gl_name_matches(const char *s, size_t len, const char *name);

/* the value of the matching entry, or -1 */
extern int	gl_choice_find(const gl_choices *c, const char *s, size_t len);

/* the canonical name of value, or NULL */
extern const char *gl_choice_name(const gl_choices *c, int value);

/*
 * The canonical names as a hint lists them: "a", "b" or "c" (quoted, in
 * table order).  Always NUL-terminated; truncated with "..." if buf is too
 * small.  Returns buf.
 */
extern char *gl_choices_list(const gl_choices *c, char *buf, size_t buflen);

/*
 * The same shape for any list of names: names[0..n-1], each quoted,
 * joined by ", " and a final " or ".
 */
extern char *gl_names_list(const char *const *names, int n, char *buf,
						   size_t buflen);

#endif							/* GL_BASE_NAMES_H */
