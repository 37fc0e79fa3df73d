/*
 * drift_pg.c - the drift_state type and the aggregates ks_drift and psi.
 *
 * A drift_state is the two-sample summary both tests need: the distinct
 * values seen, each with its count in the baseline sample and in the
 * current sample (a gl_ks_point, 16 bytes), sorted by value, plus the
 * options of the aggregate that made it (test, alternative, method, bins),
 * since a final function sees only the state.
 *
 * Stored (flat) form: a 16-byte header and the points, sorted, with equal
 * values merged (a count above INT32_MAX is split over several points of
 * equal value, as ks.h allows): 16 bytes per distinct value.
 *
 * While aggregating, the state is an expanded object in a child context of
 * the aggregate context: a buffer whose prefix [0, nsorted) is sorted and
 * merged and whose tail holds appended points.  A row appends one point
 * (amortized O(1)); when the buffer is full it is sorted and merged in
 * place, and it doubles only when that leaves it more than half full.
 */
#include "postgres.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "stats/ks.h"
#include "stats/psi.h"
#include "units/units_pg.h"

/* sort points by value, in place (lib/sort_template.h quicksort) */
#define ST_SORT drift_sort_points
#define ST_ELEMENT_TYPE gl_ks_point
#define ST_COMPARE(a, b) (((a)->value > (b)->value) - ((a)->value < (b)->value))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* the test a state is for */
#define DRIFT_KIND_KS	1
#define DRIFT_KIND_PSI	2

typedef struct DriftOpts
{
	int			kind;			/* DRIFT_KIND_* */
	int			alt;			/* gl_ks_alternative (ks) */
	int			method;			/* gl_ks_method (ks) */
	int32		bins;			/* psi; 0 for ks */
} DriftOpts;

/* the flat (stored) form */
typedef struct DriftFlat
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		kind;
	uint8		alt;
	uint8		method;
	uint8		reserved1;		/* 0 */
	int32		bins;
	int32		reserved2;		/* 0 */
	gl_ks_point pts[FLEXIBLE_ARRAY_MEMBER];
} DriftFlat;

#define DRIFT_HDRSZ offsetof(DriftFlat, pts)
#define DRIFT_MAX_FLAT_POINTS ((MaxAllocSize - DRIFT_HDRSZ) / sizeof(gl_ks_point))
#define DRIFT_INITIAL_CAP 16

typedef char drift_header_is_16_bytes[(DRIFT_HDRSZ == 16) ? 1 : -1];

/* the expanded (working) form */
typedef struct DriftExpanded
{
	ExpandedObjectHeader hdr;
	DriftOpts	opts;
	gl_ks_point *pts;			/* in hdr.eoh_context */
	size_t		npts;			/* points in use */
	size_t		nsorted;		/* pts[0 .. nsorted) sorted and merged */
	size_t		cap;			/* points allocated */
	size_t		cap_at_compact; /* cap at the last compaction on a full
								 * buffer */
	bool		compact_pays;	/* that compaction merged >= 1/8 of the
								 * points */
} DriftExpanded;

/* a read-only view of a state, flat or expanded */
typedef struct DriftView
{
	DriftOpts	opts;
	const gl_ks_point *pts;
	size_t		npts;
} DriftView;

static Size drift_get_flat_size(ExpandedObjectHeader *eohptr);
static void drift_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							   Size allocated_size);

static const ExpandedObjectMethods drift_methods = {
	drift_get_flat_size,
	drift_flatten_into
};

static const char *const alt_names[] = {"two-sided", "less", "greater"};
static const char *const method_names[] = {"auto", "exact", "asymp"};

/* ----------------------------------------------------------------------
 * Points: canonical form
 * ---------------------------------------------------------------------- */

/*
 * Merge runs of equal values of a sorted array in place, dropping points
 * without observations and splitting counts above INT32_MAX; returns the
 * new length.  A run of m points never needs more than m output points, so
 * writing never overtakes reading.
 */
static size_t
drift_merge_runs(gl_ks_point *p, size_t n)
{
	size_t		r = 0;
	size_t		w = 0;

	while (r < n)
	{
		double		v = p[r].value;
		int64		c1 = 0;
		int64		c2 = 0;

		while (r < n && p[r].value == v)
		{
			c1 += p[r].n1;
			c2 += p[r].n2;
			r++;
		}
		while (c1 > 0 || c2 > 0)
		{
			int64		a = Min(c1, (int64) PG_INT32_MAX);
			int64		b = Min(c2, (int64) PG_INT32_MAX);

			p[w].value = v;
			p[w].n1 = (int32) a;
			p[w].n2 = (int32) b;
			w++;
			c1 -= a;
			c2 -= b;
		}
	}
	return w;
}

/* an unsigned key that sorts as the (finite, non-NaN) double does */
static inline uint64
drift_key(double v)
{
	uint64		u;

	memcpy(&u, &v, sizeof(u));
	return (u >> 63) ? ~u : (u | (UINT64CONST(1) << 63));
}

#define DRIFT_RADIX_BITS 11
#define DRIFT_RADIX_SIZE (1 << DRIFT_RADIX_BITS)
#define DRIFT_RADIX_PASSES ((64 + DRIFT_RADIX_BITS - 1) / DRIFT_RADIX_BITS)
#define DRIFT_RADIX_MIN 2048

/*
 * LSD radix sort of points by value (11-bit digits; a digit that all keys
 * share is skipped), through tmp of n points.
 */
static void
drift_radix_sort(gl_ks_point *p, size_t n, gl_ks_point *tmp)
{
	size_t	   *count;
	gl_ks_point *src = p;
	gl_ks_point *dst = tmp;
	size_t		i;
	int			pass;

	count = (size_t *) palloc0(sizeof(size_t) * DRIFT_RADIX_PASSES * DRIFT_RADIX_SIZE);
	for (i = 0; i < n; i++)
	{
		uint64		k = drift_key(p[i].value);

		for (pass = 0; pass < DRIFT_RADIX_PASSES; pass++)
			count[pass * DRIFT_RADIX_SIZE +
				  ((k >> (pass * DRIFT_RADIX_BITS)) & (DRIFT_RADIX_SIZE - 1))]++;
	}
	for (pass = 0; pass < DRIFT_RADIX_PASSES; pass++)
	{
		size_t	   *c = count + pass * DRIFT_RADIX_SIZE;
		int			shift = pass * DRIFT_RADIX_BITS;
		size_t		sum = 0;
		int			d;
		gl_ks_point *t;

		if (c[(drift_key(src[0].value) >> shift) & (DRIFT_RADIX_SIZE - 1)] == n)
			continue;
		for (d = 0; d < DRIFT_RADIX_SIZE; d++)
		{
			size_t		cd = c[d];

			c[d] = sum;
			sum += cd;
		}
		for (i = 0; i < n; i++)
			dst[c[(drift_key(src[i].value) >> shift) & (DRIFT_RADIX_SIZE - 1)]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != p)
		memcpy(p, src, n * sizeof(gl_ks_point));
	pfree(count);
}

/*
 * Sort points by value: radix sort through a transient buffer of n points
 * when there are many (and the memory is there), else in-place quicksort.
 */
static void
drift_sort(gl_ks_point *p, size_t n)
{
	gl_ks_point *tmp = NULL;

	if (n >= DRIFT_RADIX_MIN)
		tmp = (gl_ks_point *) MemoryContextAllocExtended(CurrentMemoryContext,
														 n * sizeof(gl_ks_point),
														 MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
	if (tmp != NULL)
	{
		drift_radix_sort(p, n, tmp);
		pfree(tmp);
	}
	else if (n > 1)
		drift_sort_points(p, n);
}

/* sort and merge an arbitrary array of points in place */
static size_t
drift_canonicalize(gl_ks_point *p, size_t n)
{
	drift_sort(p, n);
	return drift_merge_runs(p, n);
}

/* the value as stored: finite (checked by the caller), -0 made +0 */
static inline double
drift_norm_value(double v)
{
	return (v == 0.0) ? 0.0 : v;
}

/* ----------------------------------------------------------------------
 * Options
 * ---------------------------------------------------------------------- */

/*
 * The index of the option named by s (len bytes, any case) in names, or a
 * sqlstate error naming what it is ("alternative", "method") and listing
 * the valid names.
 */
static int
drift_parse_option(const char *s, int len, const char *const *names,
				   int nnames, const char *what, int sqlstate)
{
	StringInfoData valid;
	int			i;

	for (i = 0; i < nnames; i++)
		if ((int) strlen(names[i]) == len && pg_strncasecmp(s, names[i], len) == 0)
			return i;
	initStringInfo(&valid);
	for (i = 0; i < nnames; i++)
		appendStringInfo(&valid, "%s'%s'",
						 i == 0 ? "" : (i == nnames - 1 ? " and " : ", "),
						 names[i]);
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("unknown %s \"%.*s\" for ks_drift", what, len, s),
			 errhint("Valid %ss are %s.", what, valid.data)));
	return -1;					/* not reached */
}

static int
drift_parse_alt(const char *s, int len, int sqlstate)
{
	return drift_parse_option(s, len, alt_names, lengthof(alt_names),
							  "alternative", sqlstate);
}

static int
drift_parse_method(const char *s, int len, int sqlstate)
{
	return drift_parse_option(s, len, method_names, lengthof(method_names),
							  "method", sqlstate);
}

static void
drift_check_bins(int64 bins, int sqlstate)
{
	if (bins < 2 || bins > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("psi needs at least 2 bins, got " INT64_FORMAT, bins)));
}

static bool
drift_opts_equal(const DriftOpts *a, const DriftOpts *b)
{
	return a->kind == b->kind && a->alt == b->alt &&
		a->method == b->method && a->bins == b->bins;
}

static void
drift_check_same_opts(const DriftOpts *a, const DriftOpts *b)
{
	if (!drift_opts_equal(a, b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine drift states of different tests or options"),
				 errdetail("The alternative, method or bins must be the same for every row of one aggregate.")));
}

/* ----------------------------------------------------------------------
 * Expanded object
 * ---------------------------------------------------------------------- */

static DriftExpanded *
drift_new_expanded(MemoryContext parent, const DriftOpts *opts, size_t cap)
{
	MemoryContext cxt;
	DriftExpanded *e;

	cxt = AllocSetContextCreate(parent, "drift_state", ALLOCSET_SMALL_SIZES);
	e = (DriftExpanded *) MemoryContextAlloc(cxt, sizeof(DriftExpanded));
	EOH_init_header(&e->hdr, &drift_methods, cxt);
	e->opts = *opts;
	e->cap = Max(cap, (size_t) DRIFT_INITIAL_CAP);
	e->pts = (gl_ks_point *) MemoryContextAllocHuge(cxt, e->cap * sizeof(gl_ks_point));
	e->npts = 0;
	e->nsorted = 0;
	e->cap_at_compact = 0;
	e->compact_pays = true;
	return e;
}

/* sort and merge the buffer (keeps the logical value) */
static void
drift_compact(DriftExpanded *e)
{
	if (e->nsorted == e->npts)
		return;
	e->npts = drift_canonicalize(e->pts, e->npts);
	e->nsorted = e->npts;
}

/*
 * Make room for need more points.  A full buffer is compacted (sorted,
 * equal values merged) when the last compaction paid (merged at least 1/8
 * of the points) or the buffer has grown 4-fold since; it doubles when it
 * stays more than half full.  So data with ties stays small, and data
 * without ties is sorted about once more than the final sort needs, in
 * total.  Either way a row adds at most one 16-byte point.
 */
static void
drift_reserve(DriftExpanded *e, size_t need)
{
	size_t		newcap;

	if (e->cap - e->npts >= need)
		return;
	if (e->compact_pays || e->cap >= 4 * e->cap_at_compact)
	{
		size_t		before = e->npts;

		drift_compact(e);
		e->cap_at_compact = e->cap;
		e->compact_pays = (before - e->npts >= before / 8);
		if (e->cap - e->npts >= need && e->npts <= e->cap / 2)
			return;
	}
	newcap = Max(e->cap * 2, e->npts + need);
	if (newcap > MaxAllocHugeSize / sizeof(gl_ks_point))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("drift state too large: %zu distinct values", e->npts)));
	e->pts = (gl_ks_point *) repalloc_huge(e->pts, newcap * sizeof(gl_ks_point));
	e->cap = newcap;
}

static inline void
drift_append(DriftExpanded *e, double v, bool current)
{
	gl_ks_point *p;

	if (e->npts == e->cap)
		drift_reserve(e, 1);
	p = &e->pts[e->npts++];
	p->value = v;
	p->n1 = current ? 0 : 1;
	p->n2 = current ? 1 : 0;
}

static Size
drift_get_flat_size(ExpandedObjectHeader *eohptr)
{
	DriftExpanded *e = (DriftExpanded *) eohptr;

	Assert(e->hdr.eoh_methods == &drift_methods);
	drift_compact(e);
	if (e->npts > DRIFT_MAX_FLAT_POINTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("drift state too large to store: %zu distinct values (at most %zu)",
						e->npts, (size_t) DRIFT_MAX_FLAT_POINTS)));
	return DRIFT_HDRSZ + e->npts * sizeof(gl_ks_point);
}

static void
drift_flatten_into(ExpandedObjectHeader *eohptr, void *result,
				   Size allocated_size)
{
	DriftExpanded *e = (DriftExpanded *) eohptr;
	DriftFlat  *f = (DriftFlat *) result;

	Assert(allocated_size == DRIFT_HDRSZ + e->npts * sizeof(gl_ks_point));
	memset(f, 0, DRIFT_HDRSZ);
	SET_VARSIZE(f, allocated_size);
	f->kind = (uint8) e->opts.kind;
	f->alt = (uint8) e->opts.alt;
	f->method = (uint8) e->opts.method;
	f->bins = e->opts.bins;
	if (e->npts > 0)
		memcpy(f->pts, e->pts, e->npts * sizeof(gl_ks_point));
}

/* the flat copy of an expanded state, in the current context */
static Datum
drift_flatten(DriftExpanded *e)
{
	Size		sz = drift_get_flat_size(&e->hdr);
	void	   *flat = palloc(sz);

	drift_flatten_into(&e->hdr, flat, sz);
	return PointerGetDatum(flat);
}

/* a stored state's header is valid (the points are checked on input) */
static void
drift_check_flat(const DriftFlat *f)
{
	Size		sz = VARSIZE(f);

	if (sz < DRIFT_HDRSZ || (sz - DRIFT_HDRSZ) % sizeof(gl_ks_point) != 0 ||
		!((f->kind == DRIFT_KIND_KS && f->alt <= GL_KS_GREATER &&
		   f->method <= GL_KS_ASYMP && f->bins == 0) ||
		  (f->kind == DRIFT_KIND_PSI && f->alt == 0 && f->method == 0 &&
		   f->bins >= 2)))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid drift_state value")));
}

/* a read-only view of the state in a datum */
static void
drift_view(Datum d, DriftView *v)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		DriftExpanded *e = (DriftExpanded *) DatumGetEOHP(d);

		if (e->hdr.eoh_methods != &drift_methods)
			elog(ERROR, "expanded object is not a drift_state");
		drift_compact(e);
		v->opts = e->opts;
		v->pts = e->pts;
		v->npts = e->npts;
	}
	else
	{
		DriftFlat  *f = (DriftFlat *) PG_DETOAST_DATUM(d);

		drift_check_flat(f);
		v->opts.kind = f->kind;
		v->opts.alt = f->alt;
		v->opts.method = f->method;
		v->opts.bins = f->bins;
		v->pts = f->pts;
		v->npts = (VARSIZE(f) - DRIFT_HDRSZ) / sizeof(gl_ks_point);
	}
}

/* a new expanded object in parent holding a copy of the view */
static DriftExpanded *
drift_expand_copy(const DriftView *v, MemoryContext parent)
{
	DriftExpanded *e = drift_new_expanded(parent, &v->opts, v->npts * 2);

	if (v->npts > 0)
		memcpy(e->pts, v->pts, v->npts * sizeof(gl_ks_point));
	e->npts = v->npts;
	e->nsorted = v->npts;
	return e;
}

/*
 * The state of argument argno to update: the aggregate's own expanded
 * object when we are in an aggregate and it is one, else a new expanded
 * copy (in the aggregate context, or the current one outside aggregates:
 * then the input is never modified).  NULL when the argument is NULL.
 */
static DriftExpanded *
drift_state_for_update(FunctionCallInfo fcinfo, int argno)
{
	MemoryContext aggcxt;
	Datum		d;
	DriftView	v;

	if (PG_ARGISNULL(argno))
		return NULL;
	d = PG_GETARG_DATUM(argno);
	if (AggCheckCallContext(fcinfo, &aggcxt))
	{
		if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
		{
			DriftExpanded *e = (DriftExpanded *) DatumGetEOHP(d);

			if (e->hdr.eoh_methods != &drift_methods)
				elog(ERROR, "expanded object is not a drift_state");
			return e;
		}
	}
	else
		aggcxt = CurrentMemoryContext;
	drift_view(d, &v);
	return drift_expand_copy(&v, aggcxt);
}

static MemoryContext
drift_target_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (AggCheckCallContext(fcinfo, &aggcxt))
		return aggcxt;
	return CurrentMemoryContext;
}

/* ----------------------------------------------------------------------
 * Text and binary forms
 *
 *   ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...}
 *   psi(<bins>){<value>:<n_baseline>:<n_current>,...}
 *
 * values in the shortest decimal form that reads back to the same double,
 * in increasing order.  Input accepts any order and repeated values (they
 * are added) and whitespace between tokens.
 * ---------------------------------------------------------------------- */

static void
drift_syntax_error(const char *str, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type drift_state: \"%s\"", str),
			 errdetail("%s", why),
			 errhint("The form is ks(<alternative>,<method>){<value>:<n_baseline>:<n_current>,...} or psi(<bins>){...}.")));
}

static void
drift_skip_space(char **p)
{
	while (isspace((unsigned char) **p))
		(*p)++;
}

static void
drift_expect(char **p, char c, const char *str)
{
	drift_skip_space(p);
	if (**p != c)
	{
		char		msg[40];

		snprintf(msg, sizeof(msg), "Expected \"%c\".", c);
		drift_syntax_error(str, msg);
	}
	(*p)++;
}

/* a word of letters and '-' */
static int
drift_word(char **p, char **start)
{
	drift_skip_space(p);
	*start = *p;
	while (isalpha((unsigned char) **p) || **p == '-')
		(*p)++;
	return (int) (*p - *start);
}

static int64
drift_count(char **p, const char *str)
{
	char	   *end;
	long long	c;

	drift_skip_space(p);
	if (!isdigit((unsigned char) **p))
		drift_syntax_error(str, "A count must be a non-negative integer.");
	errno = 0;
	c = strtoll(*p, &end, 10);
	if (errno != 0 || c > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("count out of range in drift_state: \"%s\"", str),
				 errdetail("A count is at most 2147483647; repeat the value for more.")));
	*p = end;
	return (int64) c;
}

PG_FUNCTION_INFO_V1(drift_state_in);
Datum
drift_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char	   *p = str;
	char	   *w;
	int			len;
	DriftOpts	opts = {0, 0, 0, 0};
	DriftExpanded *e;
	Datum		result;

	len = drift_word(&p, &w);
	if (len == 2 && pg_strncasecmp(w, "ks", 2) == 0)
	{
		opts.kind = DRIFT_KIND_KS;
		drift_expect(&p, '(', str);
		len = drift_word(&p, &w);
		opts.alt = drift_parse_alt(w, len, ERRCODE_INVALID_TEXT_REPRESENTATION);
		drift_expect(&p, ',', str);
		len = drift_word(&p, &w);
		opts.method = drift_parse_method(w, len, ERRCODE_INVALID_TEXT_REPRESENTATION);
		drift_expect(&p, ')', str);
	}
	else if (len == 3 && pg_strncasecmp(w, "psi", 3) == 0)
	{
		int64		bins;

		opts.kind = DRIFT_KIND_PSI;
		drift_expect(&p, '(', str);
		bins = drift_count(&p, str);
		drift_check_bins(bins, ERRCODE_INVALID_TEXT_REPRESENTATION);
		opts.bins = (int32) bins;
		drift_expect(&p, ')', str);
	}
	else
		drift_syntax_error(str, "A drift_state starts with \"ks(\" or \"psi(\".");

	e = drift_new_expanded(CurrentMemoryContext, &opts, DRIFT_INITIAL_CAP);
	drift_expect(&p, '{', str);
	drift_skip_space(&p);
	if (*p == '}')
		p++;
	else
	{
		for (;;)
		{
			double		v;
			int64		c1;
			int64		c2;
			gl_ks_point *pt;

			drift_skip_space(&p);
			v = float8in_internal(p, &p, "drift_state", str);
			if (isnan(v) || isinf(v))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("drift_state values must be finite numbers: \"%s\"", str)));
			drift_expect(&p, ':', str);
			c1 = drift_count(&p, str);
			drift_expect(&p, ':', str);
			c2 = drift_count(&p, str);
			drift_reserve(e, 1);
			pt = &e->pts[e->npts++];
			pt->value = drift_norm_value(v);
			pt->n1 = (int32) c1;
			pt->n2 = (int32) c2;
			drift_skip_space(&p);
			if (*p == ',')
			{
				p++;
				continue;
			}
			drift_expect(&p, '}', str);
			break;
		}
	}
	drift_skip_space(&p);
	if (*p != '\0')
		drift_syntax_error(str, "Unexpected text after \"}\".");
	/* flatten: sorts and merges */
	result = drift_flatten(e);
	MemoryContextDelete(e->hdr.eoh_context);
	PG_RETURN_DATUM(result);
}

static void
drift_append_shortest(StringInfo buf, double v)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, num);
	appendStringInfoString(buf, num);
}

PG_FUNCTION_INFO_V1(drift_state_out);
Datum
drift_state_out(PG_FUNCTION_ARGS)
{
	DriftView	v;
	StringInfoData buf;
	size_t		i;

	drift_view(PG_GETARG_DATUM(0), &v);
	initStringInfo(&buf);
	if (v.opts.kind == DRIFT_KIND_KS)
		appendStringInfo(&buf, "ks(%s,%s){", alt_names[v.opts.alt],
						 method_names[v.opts.method]);
	else
		appendStringInfo(&buf, "psi(%d){", v.opts.bins);
	for (i = 0; i < v.npts; i++)
	{
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		drift_append_shortest(&buf, v.pts[i].value);
		appendStringInfo(&buf, ":%d:%d", v.pts[i].n1, v.pts[i].n2);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary form: kind, alternative, method (one byte each), bins (int4),
 * the number of points (int8), then per point value (float8), n_baseline,
 * n_current (int4).
 */
PG_FUNCTION_INFO_V1(drift_state_send);
Datum
drift_state_send(PG_FUNCTION_ARGS)
{
	DriftView	v;
	StringInfoData buf;
	size_t		i;

	drift_view(PG_GETARG_DATUM(0), &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) v.opts.kind);
	pq_sendbyte(&buf, (uint8) v.opts.alt);
	pq_sendbyte(&buf, (uint8) v.opts.method);
	pq_sendint32(&buf, v.opts.bins);
	pq_sendint64(&buf, (int64) v.npts);
	for (i = 0; i < v.npts; i++)
	{
		pq_sendfloat8(&buf, v.pts[i].value);
		pq_sendint32(&buf, v.pts[i].n1);
		pq_sendint32(&buf, v.pts[i].n2);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(drift_state_recv);
Datum
drift_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	DriftOpts	opts;
	int64		n;
	int64		i;
	DriftExpanded *e;
	Datum		result;

	opts.kind = pq_getmsgbyte(buf);
	opts.alt = pq_getmsgbyte(buf);
	opts.method = pq_getmsgbyte(buf);
	opts.bins = pq_getmsgint(buf, 4);
	n = pq_getmsgint64(buf);
	if (!((opts.kind == DRIFT_KIND_KS && opts.alt >= 0 &&
		   opts.alt <= GL_KS_GREATER && opts.method >= 0 &&
		   opts.method <= GL_KS_ASYMP && opts.bins == 0) ||
		  (opts.kind == DRIFT_KIND_PSI && opts.alt == 0 && opts.method == 0 &&
		   opts.bins >= 2)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid options in external drift_state value")));
	if (n < 0 || (uint64) n > (uint64) (buf->len - buf->cursor) / 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of points in external drift_state value")));
	e = drift_new_expanded(CurrentMemoryContext, &opts, (size_t) n);
	for (i = 0; i < n; i++)
	{
		gl_ks_point *pt = &e->pts[i];

		pt->value = pq_getmsgfloat8(buf);
		pt->n1 = pq_getmsgint(buf, 4);
		pt->n2 = pq_getmsgint(buf, 4);
		if (isnan(pt->value) || isinf(pt->value) || pt->n1 < 0 || pt->n2 < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid point in external drift_state value")));
		pt->value = drift_norm_value(pt->value);
	}
	e->npts = (size_t) n;
	result = drift_flatten(e);
	MemoryContextDelete(e->hdr.eoh_context);
	PG_RETURN_DATUM(result);
}

/* ----------------------------------------------------------------------
 * Transition and combine functions
 * ---------------------------------------------------------------------- */

/*
 * The option arguments, for gl_choice_arg (which resolves a constant once
 * per query); an unknown name raises 22023 listing the names.
 */
static int
alt_find(const char *s, size_t len)
{
	return drift_parse_alt(s, (int) len, ERRCODE_INVALID_PARAMETER_VALUE);
}

static int
method_find(const char *s, size_t len)
{
	return drift_parse_method(s, (int) len, ERRCODE_INVALID_PARAMETER_VALUE);
}

/* update (or create) the state with one row */
static Datum
drift_trans_common(FunctionCallInfo fcinfo, const DriftOpts *opts)
{
	double		v = PG_GETARG_FLOAT8(1);
	bool		current = PG_GETARG_BOOL(2);
	DriftExpanded *e;

	gl_check_finite(v, "value");
	e = drift_state_for_update(fcinfo, 0);
	if (e == NULL)
		e = drift_new_expanded(drift_target_context(fcinfo), opts,
							   DRIFT_INITIAL_CAP);
	else if (!drift_opts_equal(&e->opts, opts))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the options of %s must be the same for every row",
						opts->kind == DRIFT_KIND_KS ? "ks_drift" : "psi")));
	drift_append(e, drift_norm_value(v), current);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

static Datum
drift_keep_state(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/*
 * ks_drift_trans(state, value, is_current [, alternative [, method]]):
 * rows with any NULL argument are skipped.
 */
PG_FUNCTION_INFO_V1(ks_drift_trans);
Datum
ks_drift_trans(PG_FUNCTION_ARGS)
{
	int			nargs = PG_NARGS();
	DriftOpts	opts = {DRIFT_KIND_KS, GL_KS_TWO_SIDED, GL_KS_AUTO, 0};
	int			i;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
			return drift_keep_state(fcinfo);
	if (nargs > 3)
		opts.alt = gl_choice_arg_legacy(fcinfo, 3, alt_find);
	if (nargs > 4)
		opts.method = gl_choice_arg_legacy(fcinfo, 4, method_find);
	return drift_trans_common(fcinfo, &opts);
}

/* psi_trans(state, value, is_current [, bins]) */
PG_FUNCTION_INFO_V1(psi_trans);
Datum
psi_trans(PG_FUNCTION_ARGS)
{
	int			nargs = PG_NARGS();
	DriftOpts	opts = {DRIFT_KIND_PSI, 0, 0, 10};
	int			i;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
			return drift_keep_state(fcinfo);
	if (nargs > 3)
	{
		opts.bins = PG_GETARG_INT32(3);
		drift_check_bins(opts.bins, ERRCODE_INVALID_PARAMETER_VALUE);
	}
	return drift_trans_common(fcinfo, &opts);
}

/* drift_state_combine(a, b): a with b's points merged in; NULLs are empty */
PG_FUNCTION_INFO_V1(drift_state_combine);
Datum
drift_state_combine(PG_FUNCTION_ARGS)
{
	DriftExpanded *e;
	DriftView	b;
	gl_ks_point *merged;
	size_t		i;
	size_t		j;
	size_t		k;
	size_t		cap;

	if (PG_ARGISNULL(1))
		return drift_keep_state(fcinfo);
	drift_view(PG_GETARG_DATUM(1), &b);
	if (PG_ARGISNULL(0))
	{
		e = drift_expand_copy(&b, drift_target_context(fcinfo));
		PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
	}
	e = drift_state_for_update(fcinfo, 0);
	drift_check_same_opts(&e->opts, &b.opts);
	if (b.npts == 0)
		PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));

	/* merge two sorted runs into a new buffer, then merge equal values */
	drift_compact(e);
	cap = Max(e->cap, e->npts + b.npts);
	if (cap > MaxAllocHugeSize / sizeof(gl_ks_point))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("drift state too large: %zu distinct values",
						e->npts + b.npts)));
	merged = (gl_ks_point *) MemoryContextAllocHuge(e->hdr.eoh_context,
													cap * sizeof(gl_ks_point));
	i = j = k = 0;
	while (i < e->npts || j < b.npts)
	{
		if (j >= b.npts || (i < e->npts && e->pts[i].value <= b.pts[j].value))
			merged[k++] = e->pts[i++];
		else
			merged[k++] = b.pts[j++];
	}
	pfree(e->pts);
	e->pts = merged;
	e->cap = cap;
	e->npts = drift_merge_runs(merged, k);
	e->nsorted = e->npts;
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* ----------------------------------------------------------------------
 * Final functions
 * ---------------------------------------------------------------------- */

/*
 * Asks the exact walk to stop only for an interrupt that CHECK_FOR_INTERRUPTS
 * turns into an error (cancel, termination): other pending interrupts
 * (barriers, memory-context logging) are served after the test, not by
 * restarting it.
 */
static int
drift_interrupt_hook(void)
{
	return (QueryCancelPending || ProcDiePending) &&
		INTERRUPTS_CAN_BE_PROCESSED();
}

static void
drift_report(int rc, const char *what, int64 n1, int64 n2)
{
	switch (rc)
	{
		case GL_STATS_E_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("exact %s p-value too costly for samples of " INT64_FORMAT " and " INT64_FORMAT " observations",
							what, n1, n2),
					 errhint("Use method 'auto' or 'asymp'.")));
			break;
		case GL_STATS_E_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s: sample sizes out of range", what)));
			break;
		case GL_STATS_E_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in %s", what)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("%s failed: %s", what, gl_stats_message(rc))));
	}
}

/* the KS test of a view, as a ks_drift_result; isnull when a sample is empty */
static Datum
drift_ks_result(FunctionCallInfo fcinfo, const gl_ks_point *pts, size_t npts,
				int alt, int method, bool *isnull)
{
	gl_ks_result res;
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	int			rc;
	int			tries = 0;

	do
	{
		gl_stats_interrupt_hook = drift_interrupt_hook;
		rc = gl_ks_test(pts, npts, (gl_ks_alternative) alt,
						(gl_ks_method) method, &res);
		if (rc == GL_STATS_E_CANCELLED)
			CHECK_FOR_INTERRUPTS();
	} while (rc == GL_STATS_E_CANCELLED && ++tries < 1000);
	gl_stats_interrupt_hook = NULL;

	*isnull = false;
	if (rc == GL_STATS_E_EMPTY)
	{
		*isnull = true;
		return (Datum) 0;
	}
	if (rc != GL_STATS_OK)
		drift_report(rc, "ks_drift", res.n1, res.n2);

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Float8GetDatum(res.statistic);
	values[1] = Float8GetDatum(res.p_value);
	values[2] = Int64GetDatum(res.n1);
	values[3] = Int64GetDatum(res.n2);
	values[4] = CStringGetTextDatum(res.method_used == GL_KS_EXACT ? "exact" : "asymp");
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

static void
drift_check_kind(const DriftView *v, int kind)
{
	if (v->opts.kind != kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("drift_state is for %s, not %s",
						v->opts.kind == DRIFT_KIND_KS ? "ks_drift" : "psi",
						kind == DRIFT_KIND_KS ? "ks_drift" : "psi")));
}

PG_FUNCTION_INFO_V1(ks_drift_final);
Datum
ks_drift_final(PG_FUNCTION_ARGS)
{
	DriftView	v;
	Datum		result;
	bool		isnull;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	drift_view(PG_GETARG_DATUM(0), &v);
	drift_check_kind(&v, DRIFT_KIND_KS);
	result = drift_ks_result(fcinfo, v.pts, v.npts, v.opts.alt, v.opts.method,
							 &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* psi of a view; isnull when a sample is empty */
static double
drift_psi_value(const gl_ks_point *pts, size_t npts, int32 bins, bool *isnull)
{
	gl_psi_result res;
	int			rc = gl_psi(pts, npts, bins, GL_PSI_EPSILON, &res);

	*isnull = (rc == GL_STATS_E_EMPTY);
	if (rc != GL_STATS_OK && rc != GL_STATS_E_EMPTY)
		drift_report(rc, "psi", res.n1, res.n2);
	return res.psi;
}

PG_FUNCTION_INFO_V1(psi_final);
Datum
psi_final(PG_FUNCTION_ARGS)
{
	DriftView	v;
	double		psi;
	bool		isnull;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	drift_view(PG_GETARG_DATUM(0), &v);
	drift_check_kind(&v, DRIFT_KIND_PSI);
	psi = drift_psi_value(v.pts, v.npts, v.opts.bins, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(psi);
}

/* ----------------------------------------------------------------------
 * Array forms
 * ---------------------------------------------------------------------- */

/* append the non-NULL elements of a float8[] as points of one sample */
static size_t
drift_array_points(ArrayType *a, bool current, gl_ks_point *out,
				   const char *argname)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	size_t		k = 0;

	if (ARR_ELEMTYPE(a) != FLOAT8OID)
		elog(ERROR, "expected a float8 array");
	deconstruct_array(a, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		double		v;

		if (nulls[i])
			continue;
		v = DatumGetFloat8(elems[i]);
		gl_check_finite(v, argname);
		out[k].value = drift_norm_value(v);
		out[k].n1 = current ? 0 : 1;
		out[k].n2 = current ? 1 : 0;
		k++;
	}
	pfree(elems);
	pfree(nulls);
	return k;
}

/* the canonical points of two arrays (palloc'd) */
static gl_ks_point *
drift_arrays_points(FunctionCallInfo fcinfo, size_t *npts)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	size_t		na = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	size_t		nb = ArrayGetNItems(ARR_NDIM(b), ARR_DIMS(b));
	gl_ks_point *pts;
	size_t		n;

	pts = (gl_ks_point *) palloc_extended((na + nb + 1) * sizeof(gl_ks_point),
										  MCXT_ALLOC_HUGE);
	n = drift_array_points(a, false, pts, "baseline");
	n += drift_array_points(b, true, pts + n, "current");
	*npts = drift_canonicalize(pts, n);
	return pts;
}

/* ks_drift(baseline float8[], current float8[], alternative, method) */
PG_FUNCTION_INFO_V1(ks_drift_arrays);
Datum
ks_drift_arrays(PG_FUNCTION_ARGS)
{
	text	   *alt_t = PG_GETARG_TEXT_PP(2);
	text	   *method_t = PG_GETARG_TEXT_PP(3);
	int			alt = drift_parse_alt(VARDATA_ANY(alt_t), VARSIZE_ANY_EXHDR(alt_t),
									  ERRCODE_INVALID_PARAMETER_VALUE);
	int			method = drift_parse_method(VARDATA_ANY(method_t),
											VARSIZE_ANY_EXHDR(method_t),
											ERRCODE_INVALID_PARAMETER_VALUE);
	size_t		npts;
	gl_ks_point *pts = drift_arrays_points(fcinfo, &npts);
	Datum		result;
	bool		isnull;

	result = drift_ks_result(fcinfo, pts, npts, alt, method, &isnull);
	pfree(pts);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* psi(baseline float8[], current float8[], bins) */
PG_FUNCTION_INFO_V1(psi_arrays);
Datum
psi_arrays(PG_FUNCTION_ARGS)
{
	int32		bins = PG_GETARG_INT32(2);
	size_t		npts;
	gl_ks_point *pts;
	double		psi;
	bool		isnull;

	drift_check_bins(bins, ERRCODE_INVALID_PARAMETER_VALUE);
	pts = drift_arrays_points(fcinfo, &npts);
	psi = drift_psi_value(pts, npts, bins, &isnull);
	pfree(pts);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(psi);
}
