/*
 * units_pg.c - SQL face of the unit table: convert_units(), the cached
 * look-up of unit arguments, and the errors for bad units.
 */
#include "units/units_pg.h"

#include <math.h>
#include <string.h>

#include "common/hashfn.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

/*
 * The spellings met so far in this backend and the units they mean.  The
 * unit table never changes, so what a text means can be kept for the life
 * of the backend, looked up by a hash of the text: a unit column that
 * changes from row to row among more units than base's argument cache
 * remembers (readings in kWh, MWh, GJ, MMBtu, therm, ...) costs a hash
 * instead of the table's search (folding, every spelling).  Only a text
 * that names a unit is kept; a slot holds the last text hashed to it.
 */
#define SPELLING_SLOTS 64		/* a power of two */
#define SPELLING_TEXT 16		/* longest text kept */

typedef struct spelling_slot
{
	size_t		len;
	char		text[SPELLING_TEXT];
	const gl_unit *unit;		/* NULL: empty */
} spelling_slot;

static spelling_slot spelling_slots[SPELLING_SLOTS];

const gl_unit *
gl_unit_lookup(const char *name, size_t len, gl_dimension dim,
			   const char *argname)
{
	gl_unit_status status;
	const gl_unit *u;
	spelling_slot *e = NULL;

	if (len <= SPELLING_TEXT)
	{
		uint32		h = hash_bytes((const unsigned char *) name, (int) len);

		e = &spelling_slots[h & (SPELLING_SLOTS - 1)];
		if (e->unit != NULL && e->len == len && memcmp(e->text, name, len) == 0 &&
			(dim == GL_DIM_ANY || e->unit->dim == dim))
			return e->unit;
	}
	u = gl_unit_find_dim(name, len, dim, &status);
	if (u == NULL)
	{
		char		list[256];
		gl_status_args a;
		int			code = gl_unit_failure(status, name, len, dim, argname,
										   list, sizeof(list), &a);

		gl_raise(&gl_unit_statuses, code, &a);
	}
	if (e != NULL)
	{
		e->len = len;
		memcpy(e->text, name, len);
		e->unit = u;
	}
	return u;
}

/* base's argument cache keys on ctx: one address per dimension */
static const gl_dimension dim_keys[GL_DIM__COUNT + 1] = {
	GL_DIM_PRESSURE, GL_DIM_TEMPERATURE, GL_DIM_SPECIFIC_ENERGY,
	GL_DIM_SPECIFIC_ENTROPY, GL_DIM_SPECIFIC_VOLUME, GL_DIM_DENSITY,
	GL_DIM_SPEED, GL_DIM_ENERGY, GL_DIM_MASS, GL_DIM_MASS_FLOW,
	GL_DIM_LENGTH, GL_DIM_TIME, GL_DIM_POWER, GL_DIM_ANY
};

StaticAssertDecl(GL_DIM_POWER + 1 == GL_DIM__COUNT,
				 "dim_keys lists every dimension");

static const void *
resolve_unit(const char *s, size_t len, const void *ctx, const char *argname)
{
	return gl_unit_lookup(s, len, *(const gl_dimension *) ctx, argname);
}

const gl_unit *
gl_unit_arg(FunctionCallInfo fcinfo, int argno, gl_dimension dim,
			const char *argname)
{
	return gl_cached_arg(fcinfo, argno, resolve_unit, &dim_keys[dim], argname);
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
	gl_unit_status st;
	double		result = 0.0;

	gl_check_finite(value, "value");
	/* from_unit decides the dimension, to_unit must match it */
	from = gl_unit_arg(fcinfo, 1, GL_DIM_ANY, "from_unit");
	to = gl_unit_arg(fcinfo, 2, from->dim, "to_unit");

	st = gl_unit_check_value(from, value);
	if (st == GL_UNIT_OK)
		st = gl_unit_convert_checked(from, to, value, &result);
	if (st != GL_UNIT_OK)
	{
		gl_status_args a = {0};

		a.arg = "value";
		a.has_value = true;
		a.value = value;
		a.name = from->name;
		a.namelen = strlen(from->name);
		a.item = to->name;
		a.itemlen = strlen(to->name);
		gl_raise(&gl_unit_statuses, st, &a);
	}
	PG_RETURN_FLOAT8(result);
}

char *
gl_unit_shown(char *buf, size_t len, double v, const gl_unit *u)
{
	char		num[32];

	gl_shortest(v, num);
	snprintf(buf, len, "%s%s%s", num, u ? " " : "", u ? u->name : "");
	return buf;
}

/*
 * greenlang_units() returns setof (unit text, dimension text, base_unit text,
 * factor float8, offset_in_base float8, gauge bool)
 *
 * The unit table, for people: SELECT * FROM greenlang_units().
 */
PG_FUNCTION_INFO_V1(gl_greenlang_units);
Datum
gl_greenlang_units(PG_FUNCTION_ARGS)
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
