/*
 * health/health.c - the health core's statuses, the proportion intervals
 * and the checks of settings and durations its two summaries share (see
 * health.h).
 */
#include "health/health.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/names.h"
#include "stats/binomial.h"

/* ---- the status table ---------------------------------------------------- */

#define XSTR(x) STR(x)
#define STR(x) #x

#define TEXT_MESSAGE "invalid input syntax for type {extra}: \"{name}\""
#define COUNTS_HINT "Write it as its output reads, e.g. 'width=60, buckets=14572:3/120 14573:0/98'."
#define LIMITS_HINT "Write it as its output reads, e.g. 'limits=150 450, counts=80 15 5, min=12, max=700'."
#define SYNTAX_DETAIL "Expected items name=value separated by commas, at \"{item}\"."
#define ITEM_DETAIL "Expected the items {list}, each once, at \"{item}\"."
#define MISSING_DETAIL "The item \"{item}\" is missing."
#define DURATION_HINT "Give it in days, hours, minutes or seconds, e.g. '1 minute' or '30 days'."

static const gl_status health_items[] = {
	{GL_HEALTH_NOMEM, GL_ERR_LIMIT, NULL,
		"health summary too large: out of memory", NULL,
	"Use a wider bucket_width, fewer limits or a shorter time range."},

	{GL_HEALTH_DURATION_MONTHS, GL_ERR_PARAM, "bucket_width",
		"{arg} must be a fixed length of time, not {name}",
		"Months and years have no fixed length.", DURATION_HINT},
	{GL_HEALTH_DURATION_NONPOSITIVE, GL_ERR_PARAM, "bucket_width",
		"{arg} must be positive, not {name}", NULL, DURATION_HINT},
	{GL_HEALTH_WIDTH_DIFFERS, GL_ERR_PARAM, "bucket_width",
		"{arg} must be the same in every row and summary, not {name} and {item}",
		"Counts in buckets of different widths cannot be added up.",
	"Pass one constant width, or count the events again with one width."},
	{GL_HEALTH_TIME_RANGE, GL_ERR_RANGE, "ts",
		"{arg} must be a finite time whose bucket lies inside the range of timestamptz, not {name}",
		"Buckets must begin and end between 4714-11-24 00:00 BC and 294276-12-31 UTC.",
	"Filter out rows whose {arg} is infinite or that far in the past or future."},
	{GL_HEALTH_BUCKET_RANGE, GL_ERR_RANGE, "buckets",
		"{arg} must lie inside the range of timestamptz, not bucket {name} of width {item}",
		"Buckets must begin and end between 4714-11-24 00:00 BC and 294276-12-31 UTC.", NULL},
	{GL_HEALTH_TOO_MANY_BUCKETS, GL_ERR_LIMIT, "bucket_width",
		"error_counts too large: more than " XSTR(GL_HEALTH_MAX_BUCKETS) " buckets", NULL,
	"Use a wider {arg} or a shorter time range."},
	{GL_HEALTH_COUNT_RANGE, GL_ERR_RANGE, NULL,
		"the number of {name} must be at most 9223372036854775807", NULL,
	"Count fewer rows at once, e.g. per day, and add up the results as numeric."},
	{GL_HEALTH_COUNT_NEGATIVE, GL_ERR_RANGE, "counts",
		"{arg} must be zero or more, not {value}", NULL, NULL},
	{GL_HEALTH_BUCKET_COUNTS, GL_ERR_RANGE, NULL,
		"bucket {name} must have events and no more errors than events, not {item}", NULL,
	"Write each bucket as <index>:<errors>/<events> with 0 <= errors <= events and events > 0."},
	{GL_HEALTH_BUCKET_ORDER, GL_ERR_PARAM, NULL,
		"buckets must be in increasing order, each once, not {name} after {item}", NULL,
	"List the buckets by increasing index and add up the counts of a repeated one."},

	{GL_HEALTH_THRESHOLD_RANGE, GL_ERR_PARAM, "threshold",
		"{arg} must be between 0 and 1, not {value}",
		"A threshold is an error rate: 0.1 is 10 %.", NULL},
	{GL_HEALTH_THRESHOLDS_ORDER, GL_ERR_PARAM, "thresholds",
		"{arg} must be in increasing order without repeats, not {value} after {item}", NULL,
	"List the thresholds from the lowest up, e.g. ARRAY[0.01, 0.10]."},
	{GL_HEALTH_ARRAY_EMPTY, GL_ERR_PARAM, "thresholds",
		"{arg} must have at least one element", NULL,
	"Give {arg} at least one value."},
	{GL_HEALTH_ARRAY_NULL, GL_ERR_NULL, "thresholds",
		"{arg} must not contain NULL", NULL,
	"Remove the NULL elements from {arg}."},
	{GL_HEALTH_ARRAY_DIMS, GL_ERR_PARAM, "thresholds",
		"{arg} must be a one-dimensional array", NULL,
	"Write {arg} as ARRAY[a, b, ...]."},
	{GL_HEALTH_CONFIDENCE, GL_ERR_PARAM, "confidence",
		"{arg} must be between 0 and 1, exclusive, not {value}", NULL,
	"A 95 % interval has confidence 0.95."},
	{GL_HEALTH_FRACTION, GL_ERR_PARAM, "fraction",
		"{arg} must be between 0 and 1, not {value}", NULL,
	"The 95th percentile is fraction 0.95."},

	{GL_HEALTH_LIMIT_NONFINITE, GL_ERR_PARAM, "limits",
		"{arg} must be finite numbers, not {value}", NULL,
	"Give the limits of interest as numbers, e.g. ARRAY[150, 450, 5000]."},
	{GL_HEALTH_LIMITS_ORDER, GL_ERR_PARAM, "limits",
		"{arg} must be in increasing order, not {value} after {item}", NULL,
	"List the limits from the lowest up, e.g. ARRAY[150, 450, 5000]."},
	{GL_HEALTH_LIMITS_REPEAT, GL_ERR_PARAM, "limits",
		"{arg} must not repeat a value, not {value} twice", NULL,
	"List each limit once."},
	{GL_HEALTH_TOO_MANY_LIMITS, GL_ERR_LIMIT, "limits",
		"limit_counts too large: more than " XSTR(GL_HEALTH_MAX_LIMITS) " limits", NULL,
	"Count against the limits that matter (objectives, alert levels); for exact percentiles use percentile_cont."},
	{GL_HEALTH_LIMITS_DIFFER, GL_ERR_PARAM, "limits",
		"{arg} must be the same in every row and summary, not {name} and {item}",
		"Counts against different limits cannot be added up.",
	"Pass one constant array of limits, e.g. ARRAY[150, 450, 5000]."},
	{GL_HEALTH_NOT_A_LIMIT, GL_ERR_PARAM, "threshold",
		"{arg} must be one of the counted limits {name}, not {value}",
		"Only the limits the values were counted against have exact shares.",
	"Add {value} to the limits of limit_counts(value, limits) and count again."},
	{GL_HEALTH_MINMAX, GL_ERR_PARAM, NULL,
		"min and max must be the smallest and largest values the counts hold, not min={name} and max={item}",
		"min lies in the first bin with a count and max in the last; both are 0 when no value is counted.", NULL},

	{GL_HEALTH_TEXT_SYNTAX, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	SYNTAX_DETAIL, COUNTS_HINT},
	{GL_HEALTH_TEXT_ITEM, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	ITEM_DETAIL, COUNTS_HINT},
	{GL_HEALTH_TEXT_MISSING, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	MISSING_DETAIL, COUNTS_HINT},
	{GL_HEALTH_TEXT_WIDTH, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a positive number of seconds with at most 6 decimals, at \"{item}\".", COUNTS_HINT},
	{GL_HEALTH_TEXT_BUCKET, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a bucket <index>:<errors>/<events>, at \"{item}\".", COUNTS_HINT},
	{GL_HEALTH_TEXT_SYNTAX_LIMITS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	SYNTAX_DETAIL, LIMITS_HINT},
	{GL_HEALTH_TEXT_ITEM_LIMITS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	ITEM_DETAIL, LIMITS_HINT},
	{GL_HEALTH_TEXT_MISSING_LIMITS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	MISSING_DETAIL, LIMITS_HINT},
	{GL_HEALTH_TEXT_NUMBER, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Expected a decimal number, at \"{item}\".",
	"Write numbers as plain decimals, e.g. 150 or 1.5e3 (no NaN or Infinity)."},
	{GL_HEALTH_TEXT_COUNT, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a count (digits, at most 9223372036854775807), at \"{item}\".", LIMITS_HINT},
	{GL_HEALTH_TEXT_NCOUNTS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"There must be one count more than there are limits, and min and max exactly when a count is not zero.", LIMITS_HINT},

	{GL_HEALTH_BINARY, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
	"The value has the wrong size for its contents.", NULL},
	{GL_HEALTH_CORRUPT, GL_ERR_CORRUPT, NULL,
		"invalid {extra} value",
	"A stored value fails its consistency checks: {name}.", NULL},

	{GL_HEALTH_INTERNAL, GL_ERR_INTERNAL, NULL,
		"health core: {name}", NULL, NULL},
};

const gl_status_table gl_health_statuses = GL_STATUS_TABLE("health", health_items);

gl_health_status
gl_health_fail(gl_health_error *err, gl_health_status st)
{
	memset(&err->args, 0, sizeof(err->args));
	return st;
}

gl_health_status
gl_health_fail_at(gl_health_error *err, gl_health_status st, const char *s,
				  size_t len)
{
	gl_health_fail(err, st);
	err->args.item = s;
	err->args.itemlen = len;
	return st;
}

/* status st with {name} the literal what */
static gl_health_status
fail_named(gl_health_error *err, gl_health_status st, const char *what)
{
	gl_health_fail(err, st);
	err->args.name = what;
	err->args.namelen = strlen(what);
	return st;
}

gl_health_status
gl_health_count_range(gl_health_error *err, const char *what)
{
	return fail_named(err, GL_HEALTH_COUNT_RANGE, what);
}

gl_health_status
gl_health_internal(gl_health_error *err, const char *what)
{
	return fail_named(err, GL_HEALTH_INTERNAL, what);
}

gl_health_status
gl_health_split_fail(gl_health_error *err, gl_health_status st,
					 const gl_text_error *te, const char *text)
{
	if (te->status == GL_TEXT_EMPTY)
		return gl_health_fail_at(err, st, text, strlen(text));
	return gl_health_fail_at(err, st, te->token, te->token_len);
}

bool
gl_health_read_count(const char *s, size_t len, int64_t *out)
{
	return len > 0 && gl_text_count(s, len, out) == len;
}

bool
gl_health_next_token(const char **p, const char *end, const char **tok,
					 size_t *toklen)
{
	const char *s = *p;
	const char *e;

	while (s < end && gl_is_blank(*s))
		s++;
	if (s == end)
		return false;
	e = s;
	while (e < end && !gl_is_blank(*e))
		e++;
	*tok = s;
	*toklen = (size_t) (e - s);
	*p = e;
	return true;
}

/* ---- intervals ----------------------------------------------------------- */

gl_health_status
gl_health_check_confidence(double conf, gl_health_error *err)
{
	if (conf > 0.0 && conf < 1.0)
		return GL_HEALTH_OK;
	gl_health_fail(err, GL_HEALTH_CONFIDENCE);
	err->args.has_value = true;
	err->args.value = conf;
	return GL_HEALTH_CONFIDENCE;
}

gl_health_status
gl_health_interval(int64_t k, int64_t n, double conf, gl_health_method method,
				   gl_health_rate *out, gl_health_error *err)
{
	gl_health_status st = gl_health_check_confidence(conf, err);
	int			rc;

	if (st != GL_HEALTH_OK)
		return st;
	if (n <= 0 || k < 0 || k > n || (int64_t) (long) n != n)
		return gl_health_internal(err, "a proportion needs 0 <= k <= n and n > 0");
	if (method == GL_HEALTH_CLOPPER_PEARSON)
		rc = gl_binom_clopper_pearson((long) k, (long) n, conf, &out->lower, &out->upper);
	else
		rc = gl_binom_wilson((long) k, (long) n, conf, &out->lower, &out->upper);
	if (rc == GL_STATS_E_NOMEM)
		return gl_health_fail(err, GL_HEALTH_NOMEM);
	if (rc != GL_STATS_OK)
		return gl_health_internal(err, "the interval could not be computed");
	out->k = k;
	out->n = n;
	out->rate = (double) k / (double) n;
	return GL_HEALTH_OK;
}

gl_health_status
gl_health_check_threshold(double t, const char *arg, gl_health_error *err)
{
	if (t >= 0.0 && t <= 1.0)
		return GL_HEALTH_OK;
	gl_health_fail(err, GL_HEALTH_THRESHOLD_RANGE);
	err->args.arg = arg;
	err->args.has_value = true;
	err->args.value = t;
	return GL_HEALTH_THRESHOLD_RANGE;
}

gl_health_status
gl_health_check_thresholds(const double *t, int n, gl_health_error *err)
{
	int			i;

	if (n < 1)
		return gl_health_fail(err, GL_HEALTH_ARRAY_EMPTY);
	for (i = 0; i < n; i++)
	{
		gl_health_status st = gl_health_check_threshold(t[i], "thresholds", err);

		if (st != GL_HEALTH_OK)
			return st;
		if (i > 0 && !(t[i] > t[i - 1]))
		{
			gl_health_fail(err, GL_HEALTH_THRESHOLDS_ORDER);
			err->args.has_value = true;
			err->args.value = t[i];
			gl_format_double(err->num[0], sizeof(err->num[0]), t[i - 1]);
			err->args.item = err->num[0];
			err->args.itemlen = strlen(err->num[0]);
			return GL_HEALTH_THRESHOLDS_ORDER;
		}
	}
	return GL_HEALTH_OK;
}

/* ---- durations ------------------------------------------------------------ */

#define USECS_PER_DAY INT64_C(86400000000)

gl_health_status
gl_health_duration(int32_t months, int32_t days, int64_t time_us,
				   const char *arg, const char *text, int64_t *us,
				   gl_health_error *err)
{
	/* in 128 bits, then clamped: a duration beyond 292,000 years is "very long" */
	__int128	total = (__int128) days * USECS_PER_DAY + time_us;
	gl_health_status st = GL_HEALTH_OK;

	if (months != 0)
		st = GL_HEALTH_DURATION_MONTHS;
	else if (total <= 0)
		st = GL_HEALTH_DURATION_NONPOSITIVE;
	if (st != GL_HEALTH_OK)
	{
		gl_health_fail(err, st);
		err->args.arg = arg;
		err->args.name = text;
		err->args.namelen = text ? strlen(text) : 0;
		return st;
	}
	*us = total > INT64_MAX ? INT64_MAX : (int64_t) total;
	return GL_HEALTH_OK;
}
