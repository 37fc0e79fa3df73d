/*
 * coverage/coverage_pg.c - the coverage type, the aggregates coverage and
 * rollup, and what a coverage answers: completeness by time and by count,
 * gaps, first and last reading, liveness.
 *
 * Stored form (GlCoverageStored): a 24-byte header (version, max_gap and
 * the count of missing rows) and one 24-byte run per chain of readings
 * (coverage.h), in time order.  While aggregating, the state is an
 * expanded object holding a core gl_coverage in the object's memory
 * context: a row in time order costs O(1), one out of order a binary
 * search or a place in a buffer that is merged in batches.
 */
#include "base/base_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "coverage/coverage.h"

/* ---- the stored form -------------------------------------------------- */

typedef struct GlCovRunStored
{
	int64		first;
	int64		last;
	int64		n;
} GlCovRunStored;

typedef struct GlCoverageStored
{
	int32		vl_len_;		/* varlena header */
	int16		version;		/* GL_COVERAGE_VERSION */
	int16		reserved;		/* 0 */
	int64		max_gap;		/* microseconds */
	int64		missing;		/* rows counted as missing */
	GlCovRunStored runs[FLEXIBLE_ARRAY_MEMBER];
} GlCoverageStored;

#define GL_COVERAGE_VERSION 1
#define COVERAGE_HDRSZ offsetof(GlCoverageStored, runs)

StaticAssertDecl(sizeof(GlCovRunStored) == 24, "a stored run is 24 bytes");
StaticAssertDecl(COVERAGE_HDRSZ == 24, "the stored header is 24 bytes");
StaticAssertDecl(sizeof(gl_cov_run) == sizeof(GlCovRunStored) &&
				 offsetof(gl_cov_run, first) == offsetof(GlCovRunStored, first) &&
				 offsetof(gl_cov_run, last) == offsetof(GlCovRunStored, last) &&
				 offsetof(gl_cov_run, n) == offsetof(GlCovRunStored, n),
				 "stored and core runs share a layout");
StaticAssertDecl(sizeof(gl_time) == sizeof(TimestampTz), "instants are TimestampTz");

/* ---- reporting and arguments ------------------------------------------ */

static void
cov_raise(int code, const char *arg, const char *name, const char *extra)
{
	gl_status_args a = {0};

	a.arg = arg;
	a.name = name;
	a.namelen = name ? strlen(name) : 0;
	a.extra = extra;
	gl_raise(&gl_coverage_statuses, code, &a);
}

/* a duration of microseconds as SQL writes an interval ('00:05:00') */
static char *
duration_text(int64 us)
{
	Interval	iv = {us, 0, 0};

	return DatumGetCString(DirectFunctionCall1(interval_out,
											   DirectFunctionCall1(interval_justify_hours,
																   IntervalPGetDatum(&iv))));
}

static char *
time_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out,
											   TimestampTzGetDatum(t)));
}

/*
 * Interval argument argno as microseconds, a day counting 24 hours:
 * greater than zero, at most 10000 years, without months.
 */
static int64
duration_arg(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	Interval   *iv;
	__int128	us;

	if (PG_ARGISNULL(argno))
		gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, argname);
	iv = PG_GETARG_INTERVAL_P(argno);
	us = (__int128) iv->day * GL_USECS_PER_DAY + iv->time;
	if (iv->month != 0 && !(iv->month == PG_INT32_MAX || iv->month == PG_INT32_MIN))
		cov_raise(GL_COV_MONTHS, argname,
				  DatumGetCString(DirectFunctionCall1(interval_out,
													  IntervalPGetDatum(iv))),
				  NULL);
	if (iv->month != 0 || us <= 0 || us > GL_COV_MAX_DURATION)
		cov_raise(GL_COV_DURATION, argname,
				  DatumGetCString(DirectFunctionCall1(interval_out,
													  IntervalPGetDatum(iv))),
				  NULL);
	return (int64) us;
}

/* a timestamptz argument that must be a finite instant of years 1..9999 */
static TimestampTz
time_arg(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	TimestampTz t;

	if (PG_ARGISNULL(argno))
		gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, argname);
	t = PG_GETARG_TIMESTAMPTZ(argno);
	if (!gl_time_in_range(t))
		cov_raise(GL_COV_TIME_RANGE, argname, time_text(t), NULL);
	return t;
}

/* the window [window_start, window_end) of arguments argno, argno + 1 */
static void
window_args(FunctionCallInfo fcinfo, int argno, gl_time *start, gl_time *end)
{
	*start = time_arg(fcinfo, argno, "window_start");
	*end = time_arg(fcinfo, argno + 1, "window_end");
	if (*end <= *start)
		cov_raise(GL_COV_WINDOW, NULL, time_text(*end), time_text(*start));
}

/* ---- expanded working state ------------------------------------------- */

typedef struct CoverageExpanded
{
	ExpandedObjectHeader hdr;
	gl_coverage cov;			/* in hdr.eoh_context */
} CoverageExpanded;

/* a read-only view of a coverage, flat or expanded */
typedef struct CoverageView
{
	int64		max_gap;
	int64		missing;
	const gl_cov_run *runs;
	size_t		n;
} CoverageView;

static Size coverage_flat_size(ExpandedObjectHeader *eoh);
static void coverage_flatten_into(ExpandedObjectHeader *eoh, void *result,
								  Size size);

static const ExpandedObjectMethods coverage_methods = {
	coverage_flat_size,
	coverage_flatten_into
};

static void
cov_check_rc(int rc)
{
	if (rc != GL_COV_OK)
		cov_raise(rc, NULL, NULL, NULL);
}

static void
coverage_compact(CoverageExpanded *x)
{
	MemoryContext old = MemoryContextSwitchTo(x->hdr.eoh_context);
	int			rc = gl_cov_compact(&x->cov);

	MemoryContextSwitchTo(old);
	cov_check_rc(rc);
}

static Size
coverage_flat_size(ExpandedObjectHeader *eoh)
{
	CoverageExpanded *x = (CoverageExpanded *) eoh;

	coverage_compact(x);
	return COVERAGE_HDRSZ + x->cov.nruns * sizeof(GlCovRunStored);
}

static void
coverage_flatten_into(ExpandedObjectHeader *eoh, void *result, Size size)
{
	CoverageExpanded *x = (CoverageExpanded *) eoh;
	GlCoverageStored *f = (GlCoverageStored *) result;

	Assert(size == COVERAGE_HDRSZ + x->cov.nruns * sizeof(GlCovRunStored));
	memset(f, 0, COVERAGE_HDRSZ);
	SET_VARSIZE(f, size);
	f->version = GL_COVERAGE_VERSION;
	f->max_gap = x->cov.max_gap;
	f->missing = x->cov.missing;
	if (x->cov.nruns > 0)
		memcpy(f->runs, x->cov.runs, x->cov.nruns * sizeof(GlCovRunStored));
}

/*
 * Runs a merged state starts with room for (1008 bytes, a 1 kB chunk):
 * a few days of hourly states of a meter with a gap now and then fit, so
 * that rolling up does not grow the array, each growth a new block of the
 * object's context, fresh memory the backend has to fault in.
 */
#define MERGE_CAP 42

static CoverageExpanded *
coverage_new(MemoryContext parent, int64 max_gap, size_t cap)
{
	/*
	 * the context's first block holds the object and its runs (chunks are
	 * powers of two): 1 kB for a state of readings, as base's small
	 * contexts, 2 kB for a merged one
	 */
	MemoryContext cxt = AllocSetContextCreate(parent, "coverage", 0,
											  cap * sizeof(gl_cov_run) <= 512 ? 1024 :
											  cap * sizeof(gl_cov_run) <= 1024 ? 2048 : 8192,
											  ALLOCSET_DEFAULT_MAXSIZE);
	CoverageExpanded *x = MemoryContextAlloc(cxt, sizeof(CoverageExpanded));
	MemoryContext old;
	int			rc;

	EOH_init_header(&x->hdr, &coverage_methods, cxt);
	old = MemoryContextSwitchTo(cxt);
	rc = gl_cov_init(&x->cov, max_gap, cap);
	MemoryContextSwitchTo(old);
	cov_check_rc(rc);
	return x;
}

static void
coverage_view(Datum d, CoverageView *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &coverage_methods);

	if (eoh)
	{
		CoverageExpanded *x = (CoverageExpanded *) eoh;

		coverage_compact(x);
		v->max_gap = x->cov.max_gap;
		v->missing = x->cov.missing;
		v->runs = x->cov.runs;
		v->n = x->cov.nruns;
	}
	else
	{
		GlCoverageStored *f = (GlCoverageStored *) PG_DETOAST_DATUM(d);
		Size		sz = VARSIZE(f);
		size_t		bad;

		v->n = (sz - COVERAGE_HDRSZ) / sizeof(GlCovRunStored);
		if (sz < COVERAGE_HDRSZ || (sz - COVERAGE_HDRSZ) % sizeof(GlCovRunStored) != 0 ||
			f->version != GL_COVERAGE_VERSION || f->reserved != 0 ||
			f->missing < 0 ||
			gl_cov_check(f->max_gap, (const gl_cov_run *) f->runs, v->n,
						 &bad) != GL_COV_OK)
		{
			gl_status_args a = {0};

			a.extra = "coverage";
			gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
		}
		v->max_gap = f->max_gap;
		v->missing = f->missing;
		v->runs = (const gl_cov_run *) f->runs;
	}
}

#define PG_GETARG_COVERAGE(n, v) coverage_view(PG_GETARG_DATUM(n), (v))

/*
 * The state in argument 0 to update: the aggregate's own expanded object,
 * else a new expanded copy (in the aggregate's context; outside an
 * aggregate in the current one, so the argument is never changed).
 */
static CoverageExpanded *
coverage_for_update(FunctionCallInfo fcinfo)
{
	ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &coverage_methods);
	CoverageView v;
	CoverageExpanded *x;

	if (eoh)
		return (CoverageExpanded *) eoh;
	coverage_view(PG_GETARG_DATUM(0), &v);
	x = coverage_new(gl_agg_context(fcinfo), v.max_gap, Max(v.n + 16, MERGE_CAP));
	if (v.n > 0)
		memcpy(x->cov.runs, v.runs, v.n * sizeof(gl_cov_run));
	x->cov.nruns = v.n;
	x->cov.missing = v.missing;
	x->cov.readings = gl_cov_readings(v.runs, v.n);
	return x;
}

/* ---- text and binary forms -------------------------------------------- */

static Datum
coverage_flat(int64 max_gap, int64 missing, const gl_cov_run *runs, size_t n)
{
	Size		sz = COVERAGE_HDRSZ + n * sizeof(GlCovRunStored);
	GlCoverageStored *f = palloc0(sz);

	SET_VARSIZE(f, sz);
	f->version = GL_COVERAGE_VERSION;
	f->max_gap = max_gap;
	f->missing = missing;
	if (n > 0)
		memcpy(f->runs, runs, n * sizeof(GlCovRunStored));
	return PointerGetDatum(f);
}

PG_FUNCTION_INFO_V1(gl_coverage_in);
Datum
gl_coverage_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int64		max_gap;
	int64		missing;
	gl_cov_run *runs;
	size_t		n;
	gl_cov_text_error err;
	int			rc = gl_cov_parse(str, &max_gap, &missing, &runs, &n, &err);

	if (rc != GL_COV_OK)
	{
		gl_status_args a = {0};

		a.name = str;
		a.namelen = strlen(str);
		a.item = err.token;
		a.itemlen = err.token_len;
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_coverage_statuses, rc, &a))
			PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(coverage_flat(max_gap, missing, runs, n));
}

PG_FUNCTION_INFO_V1(gl_coverage_out);
Datum
gl_coverage_out(PG_FUNCTION_ARGS)
{
	CoverageView v;
	char	   *text;

	PG_GETARG_COVERAGE(0, &v);
	text = gl_cov_format(v.max_gap, v.missing, v.runs, v.n);
	PG_RETURN_CSTRING(text);
}

static void
binary_error(const char *why)
{
	cov_raise(GL_COV_BINARY, NULL, why, NULL);
}

/*
 * Binary form: max_gap (int8 microseconds), missing (int8), the number of
 * runs (int8), then per run first, last (int8 microseconds since
 * 2000-01-01 UTC) and the count (int8).
 */
PG_FUNCTION_INFO_V1(gl_coverage_recv);
Datum
gl_coverage_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int64		max_gap = pq_getmsgint64(msg);
	int64		missing = pq_getmsgint64(msg);
	int64		n = pq_getmsgint64(msg);
	gl_cov_run *runs;
	int64		i;
	size_t		bad;

	if (n < 0 || n > (int64) (msg->len - msg->cursor) / 24)
		binary_error("The number of runs does not match the length");
	if (missing < 0)
		binary_error("The count of missing rows is negative");
	runs = palloc((n + 1) * sizeof(gl_cov_run));
	for (i = 0; i < n; i++)
	{
		runs[i].first = pq_getmsgint64(msg);
		runs[i].last = pq_getmsgint64(msg);
		runs[i].n = pq_getmsgint64(msg);
	}
	switch (gl_cov_check(max_gap, runs, (size_t) n, &bad))
	{
		case GL_COV_OK:
			break;
		case GL_COV_DURATION:
			binary_error("max_gap is not between 1 microsecond and 10000 years");
			break;
		case GL_COV_RUN_ORDER:
			binary_error("The runs are not in time order more than max_gap apart");
			break;
		case GL_COV_OVERFLOW:
			binary_error("The counts add up beyond the bigint range");
			break;
		default:
			binary_error("A run is not one that readings could make");
	}
	PG_RETURN_DATUM(coverage_flat(max_gap, missing, runs, (size_t) n));
}

PG_FUNCTION_INFO_V1(gl_coverage_send);
Datum
gl_coverage_send(PG_FUNCTION_ARGS)
{
	CoverageView v;
	StringInfoData buf;
	size_t		i;

	PG_GETARG_COVERAGE(0, &v);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, v.max_gap);
	pq_sendint64(&buf, v.missing);
	pq_sendint64(&buf, (int64) v.n);
	for (i = 0; i < v.n; i++)
	{
		pq_sendint64(&buf, v.runs[i].first);
		pq_sendint64(&buf, v.runs[i].last);
		pq_sendint64(&buf, v.runs[i].n);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- aggregates --------------------------------------------------------- */

/*
 * coverage_trans(state, ts, max_gap [, present]): a row with a NULL ts is
 * skipped; present false or NULL counts the row as missing.
 */
PG_FUNCTION_INFO_V1(gl_coverage_trans);
Datum
gl_coverage_trans(PG_FUNCTION_ARGS)
{
	int64		max_gap;
	bool		present = true;
	CoverageExpanded *x;
	MemoryContext old;
	int			rc;

	if (PG_ARGISNULL(1))
		return gl_state_unchanged(fcinfo);
	max_gap = duration_arg(fcinfo, 2, "max_gap");
	if (PG_NARGS() > 3)
		present = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	if (PG_ARGISNULL(0))
		x = coverage_new(gl_agg_context(fcinfo), max_gap, 16);
	else
	{
		x = coverage_for_update(fcinfo);
		if (x->cov.max_gap != max_gap)
			cov_raise(GL_COV_MAX_GAP_MIXED, NULL, duration_text(max_gap),
					  duration_text(x->cov.max_gap));
	}
	if (!present)
		rc = gl_cov_add_missing(&x->cov);
	else
	{
		TimestampTz ts = time_arg(fcinfo, 1, "ts");

		old = MemoryContextSwitchTo(x->hdr.eoh_context);
		rc = gl_cov_add(&x->cov, ts);
		MemoryContextSwitchTo(old);
	}
	cov_check_rc(rc);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/*
 * Rolling up in time order (the common case: stored hourly coverages
 * written hour after hour) keeps the state FLAT, the stored form itself in
 * the aggregate's memory, changed in place: a coverage whose runs all join
 * the state's last run (the next hour of a source that kept reporting)
 * touches only that run; one that adds runs makes a new flat state, which
 * the aggregate copies into its memory once more.  A state or a coverage
 * of more than FLAT_MAX_RUNS runs, or a coverage out of time order, turns
 * the state into the expanded object above, whose merges cost O(1) an appended run
 * and O(n log n) in all out of order.  A flat state needs no memory
 * context of its own: 1,000 groups cost 1,000 small chunks of the
 * aggregate's memory, not 1,000 contexts (each a malloc of fresh memory
 * the backend takes page faults on, 20 us each on this VM).
 */
#define FLAT_MAX_RUNS 64

/*
 * coverage_combine's flat path (see above); false when it does not apply
 * (not in an aggregate, an expanded or large state, b out of order)
 */
static bool
coverage_combine_flat(FunctionCallInfo fcinfo, const CoverageView *b,
					  Datum *result)
{
	GlCoverageStored *a;
	gl_cov_run *runs;
	size_t		na;
	size_t		k;
	int64		missing;
	int64		total;

	if (!AggCheckCallContext(fcinfo, NULL))
		return false;
	if (PG_ARGISNULL(0))
	{
		if (b->n > FLAT_MAX_RUNS)
			return false;
		*result = coverage_flat(b->max_gap, b->missing, b->runs, b->n);
		return true;
	}
	/* the state: a plain varlena (4-byte header) that coverage_flat made */
	a = (GlCoverageStored *) DatumGetPointer(PG_GETARG_DATUM(0));
	if (VARATT_IS_EXTENDED(a))
		return false;
	if (VARSIZE(a) < COVERAGE_HDRSZ || a->version != GL_COVERAGE_VERSION ||
		(VARSIZE(a) - COVERAGE_HDRSZ) % sizeof(GlCovRunStored) != 0)
		elog(ERROR, "greenlang: malformed coverage state");
	na = (VARSIZE(a) - COVERAGE_HDRSZ) / sizeof(GlCovRunStored);
	runs = (gl_cov_run *) a->runs;
	if (na > FLAT_MAX_RUNS || b->n > FLAT_MAX_RUNS ||
		(na > 0 && b->n > 0 && b->runs[0].first < runs[na - 1].first))
		return false;
	if (a->max_gap != b->max_gap)
		cov_raise(GL_COV_COMBINE_MIXED, NULL, duration_text(a->max_gap),
				  duration_text(b->max_gap));
	if (__builtin_add_overflow(a->missing, b->missing, &missing) ||
		__builtin_add_overflow(gl_cov_readings(runs, na),
							gl_cov_readings(b->runs, b->n), &total))
		cov_raise(GL_COV_OVERFLOW, NULL, NULL, NULL);
	k = gl_cov_append_count(runs, na, b->runs, b->n, a->max_gap);
	if (k != na)
	{
		Size		sz = COVERAGE_HDRSZ + k * sizeof(GlCovRunStored);
		GlCoverageStored *f = palloc(sz);

		memcpy(f, a, VARSIZE(a));
		SET_VARSIZE(f, sz);
		a = f;
		runs = (gl_cov_run *) a->runs;
	}
	gl_cov_append(runs, na, b->runs, b->n, a->max_gap);
	a->missing = missing;
	*result = PointerGetDatum(a);
	return true;
}

/* coverage_combine(a, b): a with b merged in; a NULL side is empty */
PG_FUNCTION_INFO_V1(gl_coverage_combine);
Datum
gl_coverage_combine(PG_FUNCTION_ARGS)
{
	CoverageExpanded *x;
	CoverageView b;
	MemoryContext old;
	Datum		result;
	int			rc;

	if (PG_ARGISNULL(1))
		return gl_state_unchanged(fcinfo);
	PG_GETARG_COVERAGE(1, &b);
	if (coverage_combine_flat(fcinfo, &b, &result))
		PG_RETURN_DATUM(result);
	if (PG_ARGISNULL(0))
	{
		x = coverage_new(gl_agg_context(fcinfo), b.max_gap, Max(b.n + 16, MERGE_CAP));
		if (b.n > 0)
			memcpy(x->cov.runs, b.runs, b.n * sizeof(gl_cov_run));
		x->cov.nruns = b.n;
		x->cov.missing = b.missing;
		x->cov.readings = gl_cov_readings(b.runs, b.n);
		PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
	}
	x = coverage_for_update(fcinfo);
	if (x->cov.max_gap != b.max_gap)
		cov_raise(GL_COV_COMBINE_MIXED, NULL, duration_text(x->cov.max_gap),
				  duration_text(b.max_gap));
	old = MemoryContextSwitchTo(x->hdr.eoh_context);
	rc = gl_cov_merge(&x->cov, b.runs, b.n, b.missing);
	MemoryContextSwitchTo(old);
	cov_check_rc(rc);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/* the stored form of the state (merged and sorted) */
PG_FUNCTION_INFO_V1(gl_coverage_final);
Datum
gl_coverage_final(PG_FUNCTION_ARGS)
{
	CoverageView v;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_GETARG_COVERAGE(0, &v);
	PG_RETURN_DATUM(coverage_flat(v.max_gap, v.missing, v.runs, v.n));
}

/* ---- what a coverage answers --------------------------------------------- */

/* completeness(c, window_start, window_end): covered share of the window */
PG_FUNCTION_INFO_V1(gl_completeness);
Datum
gl_completeness(PG_FUNCTION_ARGS)
{
	CoverageView v;
	gl_time		start,
				end;

	PG_GETARG_COVERAGE(0, &v);
	window_args(fcinfo, 1, &start, &end);
	PG_RETURN_FLOAT8((double) gl_cov_covered(v.runs, v.n, v.max_gap, start, end) /
					 (double) (end - start));
}

/*
 * completeness(c, window_start, window_end, cadence): readings in the
 * window over the readings one every cadence would give
 */
PG_FUNCTION_INFO_V1(gl_completeness_count);
Datum
gl_completeness_count(PG_FUNCTION_ARGS)
{
	CoverageView v;
	gl_time		start,
				end;
	int64		cadence = duration_arg(fcinfo, 3, "cadence");
	int64		count;
	size_t		cut;

	PG_GETARG_COVERAGE(0, &v);
	window_args(fcinfo, 1, &start, &end);
	if (gl_cov_count_in(v.runs, v.n, start, end, &count, &cut) != GL_COV_OK)
		cov_raise(GL_COV_WINDOW_CUTS_RUN,
				  v.runs[cut].first < start ? "window_start" : "window_end",
				  time_text(v.runs[cut].first), time_text(v.runs[cut].last));
	PG_RETURN_FLOAT8((double) count * (double) cadence / (double) (end - start));
}

/*
 * A positive duration as timestamptz subtraction gives it: hours justified
 * to days (interval_justify_hours), whole days then the time.
 */
static void
duration_interval(int64 us, Interval *iv)
{
	Assert(us > 0);
	iv->month = 0;
	iv->day = (int32) (us / GL_USECS_PER_DAY);
	iv->time = us % GL_USECS_PER_DAY;
}

static Datum
duration_datum(int64 us)
{
	Interval   *iv = palloc(sizeof(Interval));

	duration_interval(us, iv);
	return IntervalPGetDatum(iv);
}

/*
 * gaps(c [, min_gap [, window_start, window_end]]): rows (gap_start,
 * gap_end, duration) of the silences longer than min_gap (default: the
 * coverage's max_gap)
 */
PG_FUNCTION_INFO_V1(gl_gaps);
Datum
gl_gaps(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CoverageView v;
	int64		min_gap;
	bool		windowed = PG_NARGS() > 2;
	gl_time		start = 0,
				end = 0;
	gl_cov_gap *gaps;
	size_t		n;
	size_t		i;

	PG_GETARG_COVERAGE(0, &v);
	min_gap = PG_NARGS() > 1 ? duration_arg(fcinfo, 1, "min_gap") : v.max_gap;
	if (min_gap < v.max_gap)
		cov_raise(GL_COV_MIN_GAP, NULL, duration_text(min_gap),
				  duration_text(v.max_gap));
	if (windowed)
		window_args(fcinfo, 2, &start, &end);
	gaps = palloc_extended((v.n + 1) * sizeof(gl_cov_gap), MCXT_ALLOC_HUGE);
	gl_cov_gaps(v.runs, v.n, min_gap, windowed, start, end, gaps, &n);

	/*
	 * the caller's expected row type when it gives one (a function scan
	 * does, once per call: looking the result type up in the catalog was
	 * half the cost of gaps of a short coverage)
	 */
	InitMaterializedSRF(fcinfo, rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) &&
						rsinfo->expectedDesc != NULL ? MAT_SRF_USE_EXPECTED_DESC : 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		Interval	duration;

		duration_interval(gaps[i].end - gaps[i].start, &duration);
		values[0] = TimestampTzGetDatum(gaps[i].start);
		values[1] = TimestampTzGetDatum(gaps[i].end);
		values[2] = IntervalPGetDatum(&duration);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* the first or last reading's instant of argument 0, NULL without any */
static Datum
seen_accessor(FunctionCallInfo fcinfo, bool last)
{
	CoverageView v;

	PG_GETARG_COVERAGE(0, &v);
	if (v.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMPTZ(last ? v.runs[v.n - 1].last : v.runs[0].first);
}

PG_FUNCTION_INFO_V1(gl_first_seen);
Datum
gl_first_seen(PG_FUNCTION_ARGS)
{
	return seen_accessor(fcinfo, false);
}

PG_FUNCTION_INFO_V1(gl_last_seen);
Datum
gl_last_seen(PG_FUNCTION_ARGS)
{
	return seen_accessor(fcinfo, true);
}

/* live_at(c, at): some reading r with r <= at <= r + max_gap */
PG_FUNCTION_INFO_V1(gl_live_at);
Datum
gl_live_at(PG_FUNCTION_ARGS)
{
	CoverageView v;
	TimestampTz at = time_arg(fcinfo, 1, "at");

	PG_GETARG_COVERAGE(0, &v);
	PG_RETURN_BOOL(gl_cov_live_at(v.runs, v.n, v.max_gap, at));
}

PG_FUNCTION_INFO_V1(gl_readings_coverage);
Datum
gl_readings_coverage(PG_FUNCTION_ARGS)
{
	CoverageView v;

	PG_GETARG_COVERAGE(0, &v);
	PG_RETURN_INT64(gl_cov_readings(v.runs, v.n));
}

PG_FUNCTION_INFO_V1(gl_missing_readings);
Datum
gl_missing_readings(PG_FUNCTION_ARGS)
{
	CoverageView v;

	PG_GETARG_COVERAGE(0, &v);
	PG_RETURN_INT64(v.missing);
}

PG_FUNCTION_INFO_V1(gl_max_gap);
Datum
gl_max_gap(PG_FUNCTION_ARGS)
{
	CoverageView v;

	PG_GETARG_COVERAGE(0, &v);
	PG_RETURN_DATUM(duration_datum(v.max_gap));
}
