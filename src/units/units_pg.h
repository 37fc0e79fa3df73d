/*
 * units_pg.h - PostgreSQL glue for the unit table: unit arguments resolved
 * once per query (base's argument cache); a bad unit raises the error of its
 * status in gl_unit_statuses (units.h).
 */
#ifndef GREENLANG_UNITS_PG_H
#define GREENLANG_UNITS_PG_H

#include "base/base_pg.h"

#include "units/units.h"

/*
 * The unit of text argument argno of the current call, which must be of
 * dimension dim (or any, with GL_DIM_ANY); cached in fn_extra by
 * gl_cached_arg, so a constant unit is looked up once per query.  Raises a
 * 22023 error naming argname and listing the valid units otherwise.
 */
extern const gl_unit *gl_unit_arg(FunctionCallInfo fcinfo, int argno,
								  gl_dimension dim, const char *argname);

/* the unit named by name (len bytes) of dimension dim, or the error */
extern const gl_unit *gl_unit_lookup(const char *name, size_t len,
									 gl_dimension dim, const char *argname);

/*
 * v and its unit u (NULL: none) as a message shows them ("150 psig": the
 * shortest decimal, as float8 output writes it), into buf (len bytes);
 * returns buf
 */
extern char *gl_unit_shown(char *buf, size_t len, double v, const gl_unit *u);


#endif							/* GREENLANG_UNITS_PG_H */
