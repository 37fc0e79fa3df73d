/*
 * steam_ops_pg.c - comparison of steam values (the btree and hash operator
 * classes) and the planner support function of the property accessors.
 *
 * Equality follows the canonical text form (steam_out): two values are
 * equal exactly when their texts are, that is when pressure and
 * temperature are the same doubles and both are single-phase, or both are
 * two-phase with the same quality, -0 and 0 being different qualities
 * (their texts are "x=-0" and "x=0").  The density and region the stored
 * form also holds follow from those (a single-phase state's region is the
 * one of its (p, T)), so they are not compared.  The order: by pressure,
 * then temperature, then single-phase before two-phase, then quality, -0
 * before 0.
 */
#include "steam/steam_pg.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

/* ---------------------------------------------------------------------
 * Comparison
 * ------------------------------------------------------------------ */

static inline int
cmp_double(double a, double b)
{
	return a < b ? -1 : a > b ? 1 : 0;
}

static int
steam_compare(const GlSteamStored *a, const GlSteamStored *b)
{
	bool		ta = a->region == 4;
	bool		tb = b->region == 4;
	int			c;

	/* p and T are finite and positive: no NaN, no signed zero */
	if ((c = cmp_double(a->p, b->p)) != 0)
		return c;
	if ((c = cmp_double(a->T, b->T)) != 0)
		return c;
	if (ta != tb)
		return ta ? 1 : -1;
	if (!ta)
		return 0;
	if ((c = cmp_double(a->x, b->x)) != 0)
		return c;
	/* 0 and -0: different texts, so different values; -0 first */
	return (int) (signbit(b->x) != 0) - (int) (signbit(a->x) != 0);
}

#define STEAM_ARG(n) ((const GlSteamStored *) DatumGetPointer(PG_GETARG_DATUM(n)))

#define STEAM_CMP_FN(fname, test) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	int			c = steam_compare(STEAM_ARG(0), STEAM_ARG(1)); \
\
	PG_RETURN_BOOL(test); \
}

STEAM_CMP_FN(gl_steam_eq, c == 0)
STEAM_CMP_FN(gl_steam_ne, c != 0)
STEAM_CMP_FN(gl_steam_lt, c < 0)
STEAM_CMP_FN(gl_steam_le, c <= 0)
STEAM_CMP_FN(gl_steam_gt, c > 0)
STEAM_CMP_FN(gl_steam_ge, c >= 0)

PG_FUNCTION_INFO_V1(gl_steam_cmp);
Datum
gl_steam_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(steam_compare(STEAM_ARG(0), STEAM_ARG(1)));
}

/*
 * The fields equality compares, as bytes: p, T and the quality of a
 * two-phase state (-1 for a single-phase one, as the binary form has it).
 */
static void
hash_key(const GlSteamStored *s, double key[3])
{
	key[0] = s->p;
	key[1] = s->T;
	key[2] = s->region == 4 ? s->x : -1.0;
}

PG_FUNCTION_INFO_V1(gl_steam_hash);
Datum
gl_steam_hash(PG_FUNCTION_ARGS)
{
	double		key[3];

	hash_key(STEAM_ARG(0), key);
	return hash_any((const unsigned char *) key, sizeof(key));
}

PG_FUNCTION_INFO_V1(gl_steam_hash_extended);
Datum
gl_steam_hash_extended(PG_FUNCTION_ARGS)
{
	double		key[3];

	hash_key(STEAM_ARG(0), key);
	return hash_any_extended((const unsigned char *) key, sizeof(key),
							 PG_GETARG_INT64(1));
}

/* ---------------------------------------------------------------------
 * Planner support of the property accessors
 * ------------------------------------------------------------------ */

/*
 * The library, C symbol and schema of function fn when it is a C function;
 * false otherwise.
 */
static bool
c_function(Oid fn, char **probin, char **prosrc, Oid *nsp)
{
	HeapTuple	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn));
	bool		ok = false;
	bool		isnull;
	Datum		d;

	if (!HeapTupleIsValid(tup))
		return false;
	if (((Form_pg_proc) GETSTRUCT(tup))->prolang == ClanguageId)
	{
		*nsp = ((Form_pg_proc) GETSTRUCT(tup))->pronamespace;
		d = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_probin, &isnull);
		if (!isnull)
		{
			*probin = TextDatumGetCString(d);
			d = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_prosrc, &isnull);
			if (!isnull)
			{
				*prosrc = TextDatumGetCString(d);
				ok = true;
			}
		}
	}
	ReleaseSysCache(tup);
	return ok;
}

static Const *
text_const(const char *s)
{
	return makeConst(TEXTOID, -1, DEFAULT_COLLATION_OID, -1,
					 CStringGetTextDatum(s), false, false);
}

/*
 * steam_property_support(internal): SupportRequestSimplify of an accessor
 * (enthalpy, entropy, ... : gl_<property>) whose state argument is a call of
 * one of this library's constructors steam_pt, steam_px, steam_tx, steam_ph
 * or steam_ps (gl_steam_<form>) and whose out_unit is a constant: the call
 * becomes steam_property(<the constructor's arguments>, out_unit, form,
 * property) of the same schema, which computes the same value without a
 * steam datum (gl_steam_property).  Anything else is left as it is.
 */
PG_FUNCTION_INFO_V1(gl_steam_property_support);
Datum
gl_steam_property_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	FuncExpr   *outer;
	FuncExpr   *inner;
	Node	   *out_unit;
	char	   *obin,
			   *osrc,
			   *ibin,
			   *isrc;
	Oid			onsp,
				insp;
	const gl_choices *forms;
	Oid			argtypes[FUNC_MAX_ARGS];
	int			nargs = 0;
	Oid			fused;
	List	   *args;
	ListCell   *lc;
	FuncExpr   *res;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	outer = ((SupportRequestSimplify *) rawreq)->fcall;
	if (list_length(outer->args) != 2)
		PG_RETURN_POINTER(NULL);
	inner = linitial(outer->args);
	out_unit = lsecond(outer->args);
	if (!IsA(inner, FuncExpr) || inner->funcretset ||
		!IsA(out_unit, Const) || ((Const *) out_unit)->constisnull)
		PG_RETURN_POINTER(NULL);
	if (!c_function(outer->funcid, &obin, &osrc, &onsp) ||
		!c_function(inner->funcid, &ibin, &isrc, &insp) ||
		strcmp(obin, ibin) != 0 || onsp != insp ||
		strncmp(osrc, "gl_", 3) != 0 || strncmp(isrc, "gl_steam_", 9) != 0)
		PG_RETURN_POINTER(NULL);
	forms = list_length(inner->args) == 4 ? &gl_steam_fused_forms4 :
		list_length(inner->args) == 3 ? &gl_steam_fused_forms3 : NULL;
	if (forms == NULL ||
		gl_choice_find(forms, isrc + 9, strlen(isrc + 9)) < 0 ||
		gl_choice_find(&gl_steam_properties, osrc + 3, strlen(osrc + 3)) < 0)
		PG_RETURN_POINTER(NULL);

	args = list_copy(inner->args);
	args = lappend(args, out_unit);
	args = lappend(args, text_const(isrc + 9));
	args = lappend(args, text_const(osrc + 3));
	foreach(lc, args)
		argtypes[nargs++] = exprType(lfirst(lc));
	fused = LookupFuncName(list_make2(makeString(get_namespace_name(onsp)),
									  makeString("steam_property")),
						   nargs, argtypes, true);
	if (!OidIsValid(fused) || get_func_rettype(fused) != FLOAT8OID)
		PG_RETURN_POINTER(NULL);
	res = makeFuncExpr(fused, FLOAT8OID, args, InvalidOid, outer->inputcollid,
					   COERCE_EXPLICIT_CALL);
	res->location = outer->location;
	PG_RETURN_POINTER(res);
}
