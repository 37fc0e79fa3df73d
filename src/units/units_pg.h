/*
 * units_pg.h - PostgreSQL glue for the unit table: unit arguments resolved
 * once per query (cached in fn_extra), and the errors a bad unit raises.
 */
#ifndef GREENLANG_UNITS_PG_H
#define GREENLANG_UNITS_PG_H

#include "postgres.h"
#include "fmgr.h"

#include <math.h>

#include "units.h"

/* in place of a dimension: a unit of any dimension will do */
#define GL_DIM_ANY GL_DIM__COUNT

/*
 * Argument positions a gl_unit_cache has slots for: a unit argument at a
 * later position is looked up on every call, not cached.
 */
#define GL_MAX_UNIT_ARGS 12

/*
 * The unit text last seen in each argument position, and what it resolved
 * to.  A function keeps one of these in fn_extra (or inside its own fn_extra
 * struct) so that a constant unit argument is looked up once per query, not
 * once per row.
 */
typedef struct gl_unit_cache
{
	struct
	{
		int			len;		/* -1: empty slot */
		char		name[48];
		const gl_unit *unit;
		int			choice;		/* gl_choice_arg: what name resolved to */
		/* gl_unit_arg, gl_choice_arg: the argument is a query constant */
		bool		checked;	/* whether that was looked at */
		bool		stable;		/* it is: unit holds its resolution */
		gl_dimension stable_dim;	/* for this dimension */
	}			slot[GL_MAX_UNIT_ARGS];
} gl_unit_cache;

extern void gl_unit_cache_init(gl_unit_cache *cache);

/*
 * The unit named by text t for argument slot (0-based; cached when below
 * GL_MAX_UNIT_ARGS), which must be of dimension dim (or any, with
 * GL_DIM_ANY); raises a 22023 error naming argname and listing the valid
 * units otherwise.
 */
extern const gl_unit *gl_unit_cached(gl_unit_cache *cache, int slot,
									 const text *t, gl_dimension dim,
									 const char *argname);

/*
 * Shorthand for plain functions: the unit of argument argno of the current
 * call, cached in fcinfo->flinfo->fn_extra.  Only for functions that use
 * fn_extra for nothing else.
 */
extern const gl_unit *gl_unit_arg(FunctionCallInfo fcinfo, int argno,
								  gl_dimension dim, const char *argname);

/*
 * A name argument (a failure mode, a method, ...) resolved by find, which
 * returns an index >= 0 or -1 for an unknown name; cached like unit
 * arguments (in the same fn_extra cache, so a function may mix both, each
 * argument position being one or the other), and resolved once per query
 * when the argument is a constant.  Returns -1 for an unknown name: the
 * caller raises the error, which lists its names.
 */
extern int	gl_choice_arg(FunctionCallInfo fcinfo, int argno,
						  int (*find) (const char *name, size_t len));

/* raise the error for a failed look-up of name (len bytes) */
extern void gl_unit_report(gl_unit_status status, const char *name, int len,
						   gl_dimension dim, const char *argname)
			pg_attribute_noreturn();

/* the same with another SQLSTATE (22P02 for a unit inside text input) */
extern void gl_unit_report_code(int sqlstate, gl_unit_status status,
								const char *name, int len, gl_dimension dim,
								const char *argname) pg_attribute_noreturn();

/*
 * A float8 argument that must be finite: raises 22003 naming argname
 * otherwise, with a hint to filter the non-finite rows.
 */
extern void gl_report_nonfinite(double value, const char *argname)
			pg_attribute_noreturn();

static inline void
gl_check_finite(double value, const char *argname)
{
	if (unlikely(isnan(value) || isinf(value)))
		gl_report_nonfinite(value, argname);
}

#endif							/* GREENLANG_UNITS_PG_H */
