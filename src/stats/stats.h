/*
 * stats.h - the status codes of the statistics core (binomial.c, ks.c,
 * psi.c) and their descriptors (pure C, no PostgreSQL headers).
 *
 * Every function of the core returns GL_STATS_OK (0) or one of these codes;
 * gl_stats_statuses describes each (its kind fixes the SQLSTATE).  The glue
 * of a module built on this core (rates, drift) reports a code with
 *
 *		gl_status_args a = {0};
 *		a.extra = "ks_drift";			(the SQL function, aggregate or type
 *										 the user called)
 *		gl_raise(&gl_stats_statuses, rc, &a);
 *
 * Fields the templates use: {extra} the SQL name the user called (every
 * message that names what failed uses it); {arg} and {value} the argument
 * and its value for GL_STATS_E_CONFIDENCE and GL_STATS_E_BINS (their
 * descriptors name the argument, "confidence" and "bins").
 */
#ifndef GREENLANG_STATS_STATS_H
#define GREENLANG_STATS_STATS_H

#include "base/status.h"

typedef enum gl_stats_status
{
	GL_STATS_OK = 0,
	GL_STATS_E_PARAM,			/* an argument a caller should have checked
								 * (n <= 0, k out of [0,n], NaN value,
								 * negative count, bad enum, NULL pointer) */
	GL_STATS_E_EMPTY,			/* a sample (or a denominator) is empty */
	GL_STATS_E_UNSORTED,		/* KS points not in non-decreasing order */
	GL_STATS_E_NUMERIC,			/* a numerical routine failed (GSL, NaN) */
	GL_STATS_E_NOMEM,			/* out of memory */
	GL_STATS_E_TOO_LARGE,		/* exact KS requested beyond the work limit */
	GL_STATS_E_OVERFLOW,		/* counts overflow the int64 range */
	GL_STATS_E_CONFIDENCE,		/* a confidence level not in (0, 1) */
	GL_STATS_E_BINS				/* fewer than 2 bins */
} gl_stats_status;

/* one descriptor per code above except GL_STATS_OK */
extern const gl_status_table gl_stats_statuses;

#endif							/* GREENLANG_STATS_STATS_H */
