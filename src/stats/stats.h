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
 * descriptors name the argument, "confidence" and "bins"); {name} the
 * number of trials, as an exact integer, for GL_STATS_E_COUNT_LIMIT.
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
	GL_STATS_E_BINS,			/* fewer than 2 bins */
	GL_STATS_E_COUNT_LIMIT,		/* a binomial count above GL_STATS_COUNT_MAX */
	GL_STATS_E_CONFIDENCE_RANGE /* a confidence in (0, 1) that the interval
								 * methods cannot honour: below
								 * GL_STATS_CONFIDENCE_MIN or above
								 * GL_STATS_CONFIDENCE_MAX */
} gl_stats_status;

/*
 * The largest count (trials n) of a binomial interval: 2^53, the last
 * integer from which every smaller one is exact in double precision (the
 * methods count in doubles).  Larger counts are GL_STATS_E_COUNT_LIMIT.
 */
#define GL_STATS_COUNT_MAX 9007199254740992L

/*
 * The confidence levels the interval methods honour (tested at both edges
 * for every method): below 1e-6 the normal quantile z of Wilson is lost in
 * rounding (at 5e-324, 1 - conf is exactly 1 and z = 0); above 1 - 1e-12,
 * 1 - conf keeps fewer than 4 significant digits.
 */
#define GL_STATS_CONFIDENCE_MIN 1e-6
#define GL_STATS_CONFIDENCE_MAX 0.999999999999

/* one descriptor per code above except GL_STATS_OK */
extern const gl_status_table gl_stats_statuses;

#endif							/* GREENLANG_STATS_STATS_H */
