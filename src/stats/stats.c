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
	{GL_STATS_E_CANCELLED, GL_ERR_INTERNAL, NULL,
		"{extra} was cancelled",
	"The interrupt hook stopped the computation without raising an error.", NULL},
	{GL_STATS_E_CONFIDENCE, GL_ERR_PARAM, "confidence",
		"{arg} must be between 0 and 1 (exclusive), not {value}", NULL,
	"A 95% interval has confidence 0.95."},
	{GL_STATS_E_BINS, GL_ERR_PARAM, "bins",
		"{arg} must be at least 2, not {value}", NULL,
	"Use 10 bins, the usual number, or more for large samples."},
};

const gl_status_table gl_stats_statuses = GL_STATUS_TABLE("stats", stats_items);

const char *
gl_stats_message(int code)
{
	switch (code)
	{
		case GL_STATS_OK:
			return "success";
		case GL_STATS_E_PARAM:
			return "invalid argument";
		case GL_STATS_E_EMPTY:
			return "a sample is empty";
		case GL_STATS_E_UNSORTED:
			return "points are not sorted by value";
		case GL_STATS_E_NUMERIC:
			return "numerical failure";
		case GL_STATS_E_NOMEM:
			return "out of memory";
		case GL_STATS_E_TOO_LARGE:
			return "samples too large for the exact method";
		case GL_STATS_E_OVERFLOW:
			return "sample sizes overflow";
		case GL_STATS_E_CANCELLED:
			return "computation cancelled";
		case GL_STATS_E_CONFIDENCE:
			return "confidence not between 0 and 1";
		case GL_STATS_E_BINS:
			return "fewer than 2 bins";
	}
	return "unknown status code";
}
