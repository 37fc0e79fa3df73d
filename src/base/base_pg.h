/*
 * base/base_pg.h - the glue every module shares: reporting a core's status
 * as a SQL error (one function, one SQLSTATE per kind), argument caches for
 * unit and name arguments, finite checks, float output, expanded-object
 * helpers for aggregate states, and the load-time set-up.
 *
 * Glue files include this first (it includes postgres.h via compat.h).
 */
#ifndef GL_BASE_PG_H
#define GL_BASE_PG_H

#include "base/compat.h"

#include <math.h>

#include "lib/stringinfo.h"
#include "utils/memutils.h"
#include "utils/expandeddatum.h"

#include "base/names.h"
#include "base/status.h"
#include "base/textform.h"

/* ---- reporting ------------------------------------------------------- */

/* the SQLSTATE of an error kind */
extern int	gl_errkind_sqlstate(gl_errkind kind);

/*
 * Report status code of table t as an ERROR (never returns).  a may be
 * NULL; its arg overrides the descriptor's argument name.
 */
GL_NORETURN extern void gl_raise(const gl_status_table *t, int code,
								 const gl_status_args *a);

/*
 * The same for input functions: with a soft-error context (16+,
 * pg_input_is_valid) the error is saved there and false returned; else it
 * is raised.
 */
extern bool gl_raise_soft(struct Node *escontext, const gl_status_table *t,
						  int code, const gl_status_args *a);

/* shorthands */
GL_NORETURN extern void gl_raise_arg(const gl_status_table *t, int code,
									 const char *arg);
GL_NORETURN extern void gl_raise_value(const gl_status_table *t, int code,
									   const char *arg, double value);


/*
 * A text-form syntax error of a type's input: the textform status st, the
 * input str and the error's token.  Soft like gl_raise_soft.
 */
extern bool gl_raise_text(struct Node *escontext, const char *type_name,
						  const char *str, const gl_text_error *err);

/* ---- arguments ------------------------------------------------------- */

/* a float8 argument that must be finite (22003 naming argname) */
static inline void
gl_check_finite(double value, const char *argname)
{
	if (unlikely(isnan(value) || isinf(value)))
		gl_raise_value(&gl_base_statuses, GL_BASE_NONFINITE, argname, value);
}

/*
 * A resolver turns the text of an argument into what it means, or raises
 * the error (naming argname) when it means nothing.  ctx tells it what is
 * wanted (a dimension, a choice set); the cache is keyed on it too.
 */
typedef const void *(*gl_arg_resolver) (const char *s, size_t len,
										const void *ctx, const char *argname);

/*
 * The resolution of text argument argno of the current call, cached in
 * fn_extra: a constant argument is resolved once per query; a varying one,
 * or a parameter (a PL/pgSQL variable changes between evaluations of an
 * expression that keeps its fn_extra), is looked up in a small cache of the
 * texts seen recently in that position.  Functions using this may not use
 * fn_extra for anything else (gl_site_data is for their own data).
 */
extern const void *gl_cached_arg(FunctionCallInfo fcinfo, int argno,
								 gl_arg_resolver resolve, const void *ctx,
								 const char *argname);

/*
 * A name argument from a choice set: its value, resolved once per query
 * when constant; an unknown name raises 22023 listing the valid ones.
 */
extern int	gl_choice_arg(FunctionCallInfo fcinfo, int argno,
						  const gl_choices *c, const char *argname);

/* the same for a name not in an argument (a text form's item, ...) */
extern int	gl_choice_lookup(const gl_choices *c, const char *s, size_t len,
							 const char *argname);

/*
 * The call site's own data: size bytes, zeroed when first asked for, kept
 * in fn_extra beside the argument cache and the memo for the rest of the
 * query; for what a function works out once per call site (the resolutions
 * of its constant arguments, say).  A function asks with one size always.
 * NULL when the call has no flinfo.
 */
extern void *gl_site_data(FunctionCallInfo fcinfo, Size size);

/*
 * Whether argument argno of the current call is a Const of its expression,
 * the same value on every call through this flinfo: what a call site may
 * work out once (gl_site_data) and remember results by.  Stricter than
 * get_fn_expr_arg_stable, which counts an external Param too, such as a
 * PL/pgSQL variable, whose value changes between evaluations of a simple
 * expression that keeps its fn_extra.
 */
extern bool gl_arg_const(FunctionCallInfo fcinfo, int argno);

/*
 * A per-call-site memo of a per-row function's result, kept beside the
 * argument cache in fn_extra, so it lasts one query: a function whose
 * result depends only on up to GL_MEMO_KEY float8 inputs (compared by their
 * exact bits: -0.0 and 0.0 are different keys, unused ones 0) asks
 * gl_memo_get first and, after computing the value, gl_memo_put (never for
 * an error).  A returned value is the one put, so results are identical
 * with or without the memo.  It holds 256 keys at first; when under a
 * quarter of the first 4,096 lookups hit, the next 16,384 lookups only
 * count how many inputs repeat (a bitmap in the same memory, nothing
 * remembered); if a quarter did, a table of 16,384 keys (544 kB) is tried
 * and kept while a quarter of its lookups hit, else the memo is off for
 * the rest of the query (gl_memo_get returns false at once).
 */
#define GL_MEMO_KEY 3
extern bool gl_memo_get(FunctionCallInfo fcinfo, const double key[GL_MEMO_KEY],
						double *value);
extern void gl_memo_put(FunctionCallInfo fcinfo, const double key[GL_MEMO_KEY],
						double value);

/* ---- output ---------------------------------------------------------- */

/* the shortest decimal that reads back to v (buf: at least 32 bytes) */
extern char *gl_shortest(double v, char *buf);
extern void gl_append_shortest(StringInfo buf, double v);

/* ---- fixed-size aggregate states ------------------------------------- */

/*
 * Argument 0, a fixed-size state of size bytes passed by reference, to add
 * to: the argument itself inside an aggregate or window aggregate (the
 * state is the aggregate's own, updated in place: O(1) a row), else a
 * palloc'd copy (a plain function call must not change its argument).
 */
extern void *gl_agg_state_arg(FunctionCallInfo fcinfo, Size size);

/* ---- aggregate states as expanded objects ---------------------------- */

/* the aggregate's memory context, or the current one outside aggregates */
extern MemoryContext gl_agg_context(FunctionCallInfo fcinfo);

/*
 * The expanded object with methods m in datum d, or NULL when d is not an
 * expanded object (a flat value).  An expanded object of other methods is
 * an internal error.
 */
extern ExpandedObjectHeader *gl_eoh_of(Datum d,
									   const ExpandedObjectMethods *m);

/*
 * The aggregate's own read-write expanded object in argument argno, to be
 * updated in place; NULL outside an aggregate or when the argument is not
 * one (the caller then makes a new one in gl_agg_context).
 */
extern ExpandedObjectHeader *gl_eoh_rw_arg(FunctionCallInfo fcinfo,
										   int argno,
										   const ExpandedObjectMethods *m);

/* the flat form of an expanded object, in the current memory context */
extern Datum gl_eoh_flatten(ExpandedObjectHeader *eoh);

/*
 * What a transition or combine function returns for a row or state it
 * skips: the state in argument 0 as it is (NULL when it is NULL).
 */
static inline Datum
gl_state_unchanged(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
	{
		fcinfo->isnull = true;
		return (Datum) 0;
	}
	return PG_GETARG_DATUM(0);
}

/* a memory context for a new expanded object, in parent (name: a literal) */
#define gl_eoh_context(parent, name) \
	AllocSetContextCreate((parent), (name), ALLOCSET_SMALL_SIZES)

/* ---- set-up ---------------------------------------------------------- */

/* installs the cores' allocator and the GSL error handler; from _PG_init */
extern void gl_base_init(void);

#endif							/* GL_BASE_PG_H */
