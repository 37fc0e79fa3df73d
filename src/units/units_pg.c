/*
 * units_pg.c - SQL face of the unit table: convert_units(), the cached
 * look-up of unit arguments, and the errors for bad units.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "units_pg.h"

void
gl_unit_cache_init(gl_unit_cache *cache)
{
	int			i;

	for (i = 0; i < GL_MAX_UNIT_ARGS; i++)
	{
		cache->slot[i].len = -1;
		cache->slot[i].unit = NULL;
		cache->slot[i].checked = false;
		cache->slot[i].stable = false;
	}
}

void
gl_unit_report(gl_unit_status status, const char *name, int len,
			   gl_dimension dim, const char *argname)
{
	gl_unit_report_code(ERRCODE_INVALID_PARAMETER_VALUE, status, name, len,
						dim, argname);
}

void
gl_unit_report_code(int sqlstate, gl_unit_status status, const char *name,
					int len, gl_dimension dim, const char *argname)
{
	char		list[256];
	const gl_unit *other;

	if (dim == GL_DIM_ANY)
		list[0] = '\0';
	else
		gl_units_list(dim, list, sizeof(list));
	switch (status)
	{
		case GL_UNIT_AMBIGUOUS_PSI:
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("unit \"%.*s\" of %s is ambiguous", len, name,
							argname),
					 errdetail("Gauge and absolute pressure differ by one atmosphere (14.696 psi)."),
					 errhint("Say \"psia\" for absolute or \"psig\" for gauge pressure.")));
			break;
		case GL_UNIT_WRONG_DIMENSION:
			other = gl_unit_find(name, len, NULL);
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("unit \"%.*s\" of %s is a unit of %s, not of %s",
							len, name, argname,
							other ? gl_dimension_name(other->dim) : "?",
							gl_dimension_name(dim)),
					 errhint("Valid %s units: %s.", gl_dimension_name(dim),
							 list)));
			break;
		default:
			if (dim == GL_DIM_ANY)
				ereport(ERROR,
						(errcode(sqlstate),
						 errmsg("unknown unit \"%.*s\" for %s", len, name,
								argname),
						 errhint("SELECT unit, dimension FROM greenlang_units() lists the units.")));
			ereport(ERROR,
					(errcode(sqlstate),
					 errmsg("unknown %s unit \"%.*s\" for %s",
							gl_dimension_name(dim), len, name, argname),
					 errhint("Valid %s units: %s.", gl_dimension_name(dim),
							 list)));
	}
	pg_unreachable();
}

const gl_unit *
gl_unit_cached(gl_unit_cache *cache, int slot, const text *t,
			   gl_dimension dim, const char *argname)
{
	const char *name = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	gl_unit_status status;
	const gl_unit *u;

	/* no slot for this position: look it up every time */
	if (slot < 0 || slot >= GL_MAX_UNIT_ARGS)
		cache = NULL;
	/* a hit must also be of the dimension asked for this time */
	if (cache && cache->slot[slot].len == len &&
		memcmp(cache->slot[slot].name, name, len) == 0 &&
		(dim == GL_DIM_ANY || cache->slot[slot].unit->dim == dim))
		return cache->slot[slot].unit;

	if (dim == GL_DIM_ANY)
		u = gl_unit_find(name, len, &status);
	else
		u = gl_unit_find_dim(name, len, dim, &status);
	if (u == NULL)
		gl_unit_report(status, name, len, dim, argname);

	if (cache && len <= (int) sizeof(cache->slot[slot].name))
	{
		memcpy(cache->slot[slot].name, name, len);
		cache->slot[slot].len = len;
		cache->slot[slot].unit = u;
	}
	return u;
}

/* the argument cache of the current call's function, made on first use */
static gl_unit_cache *
arg_cache(FunctionCallInfo fcinfo)
{
	gl_unit_cache *cache = (gl_unit_cache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
								   sizeof(gl_unit_cache));
		gl_unit_cache_init(cache);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/*
 * Whether argument argno is a constant of the query (asked once per slot):
 * then its resolution, already stored in the slot, serves every later call.
 */
static bool
arg_stable(FunctionCallInfo fcinfo, gl_unit_cache *cache, int argno)
{
	if (!cache->slot[argno].checked)
	{
		cache->slot[argno].checked = true;
		cache->slot[argno].stable = get_fn_expr_arg_stable(fcinfo->flinfo,
															argno);
	}
	return cache->slot[argno].stable;
}

const gl_unit *
gl_unit_arg(FunctionCallInfo fcinfo, int argno, gl_dimension dim,
			const char *argname)
{
	gl_unit_cache *cache;
	const gl_unit *u;

	/* a position beyond the cache's slots is looked up on every call */
	if (argno >= GL_MAX_UNIT_ARGS)
		return gl_unit_cached(NULL, argno, PG_GETARG_TEXT_PP(argno), dim,
							  argname);
	cache = arg_cache(fcinfo);
	if (cache->slot[argno].stable && cache->slot[argno].stable_dim == dim)
		return cache->slot[argno].unit;

	u = gl_unit_cached(cache, argno, PG_GETARG_TEXT_PP(argno), dim, argname);

	/*
	 * A unit given as a constant (or an external parameter) is the same on
	 * every row: once resolved, later calls need not even look at the text.
	 */
	if (arg_stable(fcinfo, cache, argno))
	{
		cache->slot[argno].stable_dim = dim;
		cache->slot[argno].unit = u;
	}
	return u;
}

int
gl_choice_arg(FunctionCallInfo fcinfo, int argno,
			  int (*find) (const char *name, size_t len))
{
	gl_unit_cache *cache;
	text	   *t;
	const char *name;
	int			len;
	int			i;

	if (argno >= GL_MAX_UNIT_ARGS)
	{
		t = PG_GETARG_TEXT_PP(argno);
		return find(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	}
	cache = arg_cache(fcinfo);
	if (cache->slot[argno].stable)
		return cache->slot[argno].choice;

	t = PG_GETARG_TEXT_PP(argno);
	name = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (cache->slot[argno].len == len &&
		memcmp(cache->slot[argno].name, name, len) == 0)
		i = cache->slot[argno].choice;
	else
	{
		i = find(name, len);
		if (i < 0)
			return i;
		if (len > (int) sizeof(cache->slot[argno].name))
			return i;			/* too long to cache (and to be stable) */
		memcpy(cache->slot[argno].name, name, len);
		cache->slot[argno].len = len;
		cache->slot[argno].choice = i;
	}
	arg_stable(fcinfo, cache, argno);
	return i;
}

void
gl_report_nonfinite(double value, const char *argname)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s must be a finite number, not %s", argname,
					isnan(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity")),
			 errhint("Filter out rows whose %s is NaN or infinite.",
					 argname)));
}

/*
 * convert_units(value float8, from_unit text, to_unit text) returns float8
 *
 * Both units must be of one dimension.  Temperatures below absolute zero and
 * negative absolute pressures are refused: they are not a quantity that can
 * be converted, only a data error.
 */
PG_FUNCTION_INFO_V1(gl_convert_units);
Datum
gl_convert_units(PG_FUNCTION_ARGS)
{
	double		value = PG_GETARG_FLOAT8(0);
	const gl_unit *from;
	const gl_unit *to;
	double		base;

	gl_check_finite(value, "value");
	/* from_unit decides the dimension, to_unit must match it */
	from = gl_unit_arg(fcinfo, 1, GL_DIM_ANY, "from_unit");
	to = gl_unit_arg(fcinfo, 2, from->dim, "to_unit");

	base = gl_unit_to_base(from, value);
	if (from->dim == GL_DIM_TEMPERATURE && base < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("temperature %g %s is below absolute zero",
						value, from->name)));
	if (from->dim == GL_DIM_PRESSURE && base < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pressure %g %s is below zero absolute pressure",
						value, from->name),
				 (from->flags & GL_UNIT_GAUGE) ?
				 errdetail("A gauge pressure cannot be below -1 atmosphere (-14.696 psig, -101.325 kPag).") : 0));

	PG_RETURN_FLOAT8(gl_unit_convert(from, to, value));
}

/*
 * greenlang_units() returns setof (unit text, dimension text, base_unit text,
 * factor float8, offset_in_base float8, gauge bool)
 *
 * The unit table, for people: SELECT * FROM greenlang_units().
 */
PG_FUNCTION_INFO_V1(gl_units_table);
Datum
gl_units_table(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		n;
	size_t		i;
	const gl_unit *table = gl_unit_table(&n);

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		const gl_unit *u = &table[i];

		values[0] = CStringGetTextDatum(u->name);
		values[1] = CStringGetTextDatum(gl_dimension_name(u->dim));
		values[2] = CStringGetTextDatum(gl_unit_base(u->dim)->name);
		values[3] = Float8GetDatum(u->num / u->den);
		values[4] = Float8GetDatum(gl_unit_to_base(u, 0.0));
		values[5] = BoolGetDatum((u->flags & GL_UNIT_GAUGE) != 0);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
