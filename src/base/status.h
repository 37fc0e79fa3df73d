/*
 * base/status.h - how a core describes what went wrong (pure C).
 *
 * Every core returns status codes (0 is success) and exports one table of
 * descriptors, one per status: what kind of error it is (which the glue
 * maps to a SQLSTATE, once, in base/report_pg.c), which argument it is
 * about, and the message, detail and hint sentences.  The glue reports a
 * status with gl_raise() and friends; it never words an error itself.
 *
 * Texts are templates.  These fields are replaced:
 *   {arg}    the argument's SQL name (the descriptor's, or the caller's)
 *   {value}  the offending number, shortest form that reads back
 *   {name}   the offending name or text (at most 64 bytes shown)
 *   {list}   the valid names ("a", "b" or "c")
 *   {item}   the part of a text input that is wrong
 *   {extra}  any further text the caller supplies
 * Messages are lower case without a final period; detail and hint are
 * sentences.  No printf formats: a template can never misread arguments.
 */
#ifndef GL_BASE_STATUS_H
#define GL_BASE_STATUS_H

#include <stdbool.h>
#include <stddef.h>

/* the kind of an error: one SQLSTATE each (base/report_pg.c) */
typedef enum gl_errkind
{
	GL_ERR_NONE = 0,
	GL_ERR_TEXT,				/* 22P02 invalid_text_representation */
	GL_ERR_BINARY,				/* 22P03 invalid_binary_representation */
	GL_ERR_RANGE,				/* 22003 numeric_value_out_of_range */
	GL_ERR_PARAM,				/* 22023 invalid_parameter_value */
	GL_ERR_DIVZERO,				/* 22012 division_by_zero */
	GL_ERR_NULL,				/* 22004 null_value_not_allowed */
	GL_ERR_LIMIT,				/* 54000 program_limit_exceeded */
	GL_ERR_NOT_SUPPORTED,		/* 0A000 feature_not_supported */
	GL_ERR_CORRUPT,				/* XX001 data_corrupted: a stored value fails its checks */
	GL_ERR_INTERNAL				/* XX000: a bug, never reachable from input */
} gl_errkind;

typedef struct gl_status
{
	int			code;			/* the core's status value */
	gl_errkind	kind;
	const char *arg;			/* SQL argument it is about, or NULL */
	const char *message;
	const char *detail;			/* or NULL */
	const char *hint;			/* or NULL */
} gl_status;

typedef struct gl_status_table
{
	const char *module;			/* "steam", ... */
	const gl_status *items;
	int			n;
} gl_status_table;

#define GL_STATUS_TABLE(module, items) \
	{ (module), (items), (int) (sizeof(items) / sizeof((items)[0])) }

/* what fills a template's fields (any may be absent) */
typedef struct gl_status_args
{
	const char *arg;			/* overrides the descriptor's arg */
	const char *name;
	size_t		namelen;
	bool		has_value;
	double		value;
	const char *list;
	const char *item;
	size_t		itemlen;
	const char *extra;
} gl_status_args;

/* the descriptor of code, or NULL when the table has none */
extern const gl_status *gl_status_find(const gl_status_table *t, int code);

/*
 * Expand template tmpl into buf (always NUL-terminated, truncated if need
 * be); a field with nothing to fill it becomes "?".  Returns buf.
 */
extern char *gl_status_format(char *buf, size_t buflen, const char *tmpl,
							  const gl_status *s, const gl_status_args *a);

/*
 * the shortest "%.*g" of v that reads back to v, every integer digit
 * written below 1e15 (30, not 3e+01; at most 32 bytes)
 */
extern char *gl_format_double(char *buf, size_t buflen, double v);

/*
 * A table's own check, for the unit tests: every status has a descriptor
 * with a message, codes are unique, every {field} is a known one, and a
 * message starts in lower case without a final period.  Returns NULL or
 * what is wrong.
 */
extern const char *gl_status_table_check(const gl_status_table *t);

/* base's own statuses (base/base_status.c) */
typedef enum gl_base_status
{
	GL_BASE_OK = 0,
	GL_BASE_NONFINITE,			/* {arg} is NaN or infinite */
	GL_BASE_UNKNOWN_CHOICE,		/* {name} is not one of {list} */
	GL_BASE_NULL_ARG,			/* {arg} is NULL where a value is needed */
	GL_BASE_TEXT_EMPTY,			/* text forms: the statuses of textform.h */
	GL_BASE_TEXT_TOO_MANY,
	GL_BASE_TEXT_NO_NAME,
	GL_BASE_TEXT_NO_EQUALS,
	GL_BASE_TEXT_NO_VALUE,
	GL_BASE_TEXT_BAD_NUMBER,
	GL_BASE_TEXT_NUMBER_RANGE,
	GL_BASE_BINARY_SIZE,		/* a binary value of the wrong size */
	GL_BASE_BINARY_VERSION,		/* a binary value of an unknown version */
	GL_BASE_CORRUPT				/* a stored value fails its checks */
} gl_base_status;

extern const gl_status_table gl_base_statuses;

#endif							/* GL_BASE_STATUS_H */
