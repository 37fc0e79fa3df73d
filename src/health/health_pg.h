/*
 * health/health_pg.h - what the health module's two glue files share
 * (health_pg.c: error_counts; limits_pg.c: limit_counts).  Glue only.
 */
#ifndef GL_HEALTH_PG_H
#define GL_HEALTH_PG_H

#include "base/base_pg.h"

#include "utils/array.h"

#include "health/health.h"

/* report a status of the health core (never returns) */
GL_NORETURN extern void gl_health_report(gl_health_status st,
										 const gl_health_error *err);

/* the shortest decimal of v that reads back (buf: at least 32 bytes) */
extern void gl_health_put(char *buf, double v);

/* a proportion with its interval as a rate_interval (the call's result type) */
extern Datum gl_health_rate_datum(FunctionCallInfo fcinfo,
								  const gl_health_rate *r);

/* the interval method in argument argno ('wilson', 'clopper-pearson') */
extern gl_health_method gl_health_method_arg(FunctionCallInfo fcinfo, int argno);

/* the confidence in argument argno, checked */
extern double gl_health_confidence_arg(FunctionCallInfo fcinfo, int argno);

/*
 * The elements of a float8[] argument (argname for messages): one
 * dimension (or empty), no NULL.  *values points into the array or a
 * palloc'd copy.
 */
extern void gl_health_float8_array(ArrayType *a, const char *argname,
								   const double **values, int *n);

#endif							/* GL_HEALTH_PG_H */
