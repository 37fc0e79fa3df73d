/*
 * stats.c - the status table of the statistics core (see stats.h).
 */
#include "stats/stats.h"

/* (GL_STATS_E_TOO_LARGE's detail states GL_KS_EXACT_MAX_WORK: test_stats) */
static const gl_status stats_items[] = {
	{GL_STATS_E_PARAM, GL_ERR_PARAM, NULL,
		"invalid argument for {extra}",
	"A count, value or option is outside what the statistical method accepts.", NULL},
	{GL_STATS_E_EMPTY, GL_ERR_PARAM, NULL,
		"no observations for {extra}",
	"A sample, or the denominator of a rate, is empty.", NULL},
	{GL_STATS_E_UNSORTED, GL_ERR_CORRUPT, NULL,
		"points of {extra} are not sorted by value",
	"A stored or received summary fails its consistency checks.", NULL},
	{GL_STATS_E_NUMERIC, GL_ERR_RANGE, NULL,
		"{extra} cannot be computed accurately for these arguments",
	"A numerical method did not converge or lost its precision.", NULL},
	{GL_STATS_E_NOMEM, GL_ERR_LIMIT, NULL,
		"samples too large for {extra}: out of memory", NULL, NULL},
	{GL_STATS_E_TOO_LARGE, GL_ERR_LIMIT, NULL,
		"samples too large for the exact method of {extra}",
		"The exact method needs min(n1, n2) x (n1 + n2) steps, at most 4e9.",
	"Use method 'auto' or 'asymp'."},
	{GL_STATS_E_OVERFLOW, GL_ERR_RANGE, NULL,
		"{extra} count out of range",
	"A count or a sum of counts would exceed 9223372036854775807 (the bigint range).", NULL},
	{GL_STATS_E_CONFIDENCE, GL_ERR_PARAM, "confidence",
		"{arg} must be between 0 and 1 (exclusive), not {value}", NULL,
	"A 95% interval has confidence 0.95."},
	{GL_STATS_E_BINS, GL_ERR_PARAM, "bins",
		"{arg} must be at least 2, not {value}", NULL,
	"Use 10 bins, the usual number, or more for large samples."},
	{GL_STATS_E_COUNT_LIMIT, GL_ERR_RANGE, NULL,
		"the number of trials of {extra} must be at most 9007199254740992, not {name}",
		"A binomial interval counts in double precision, exact up to 2^53 = 9007199254740992 only.",
	"Compute the interval from a smaller group, or scale the counts down keeping their ratio."},
	{GL_STATS_E_CONFIDENCE_RANGE, GL_ERR_PARAM, "confidence",
		"{arg} must be between 0.000001 and 0.999999999999, not {value}",
		"The interval methods cannot honour a confidence below 0.000001 or above 0.999999999999 in double precision.",
	"A 95% interval has confidence 0.95."},
};

const gl_status_table gl_stats_statuses = GL_STATUS_TABLE("stats", stats_items);
