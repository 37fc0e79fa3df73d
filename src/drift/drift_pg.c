/*
 * drift_pg.c - the SQL type drift_state and the aggregates ks_drift and
 * psi: glue over the summary of drift/drift.h and the tests of stats/.
 *
 * Stored (flat) form: GlDriftStored, a 16-byte header and 16 bytes a point
 * (the canonical points of the summary).  A parallel worker flattens its
 * state in the runs form instead (header byte reserved1 = 1): the counts
 * of values, then each sample's values sorted, 8 bytes a row, then the
 * canonical points; the leader appends the runs and merges them once, in
 * the final step.  Every reader takes both forms; only the canonical form
 * is ever written by the input functions.
 *
 * While aggregating, the state is an expanded object holding a
 * gl_drift_summary in a child context of the aggregate context; the core's
 * allocations go there (that context is made current around the calls).
 */
#include "base/base_pg.h"

#include "access/htup_details.h"
#include "access/parallel.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "drift/drift.h"
#include "stats/stats.h"
#include "stats/ks.h"
#include "stats/psi.h"

/* ----------------------------------------------------------------------
 * The stored form
 * ---------------------------------------------------------------------- */

typedef struct GlDriftStoredPoint
{
	float8		value;
	int32		n_baseline;
	int32		n_current;
} GlDriftStoredPoint;

typedef struct GlDriftStored
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		kind;			/* gl_drift_kind */
	uint8		alt;			/* gl_ks_alternative; 0 for psi */
	uint8		method;			/* gl_ks_method; 0 for psi */
	uint8		reserved1;		/* 0 */
	int32		bins;			/* psi; 0 for ks */
	int32		reserved2;		/* 0 */
	GlDriftStoredPoint pts[FLEXIBLE_ARRAY_MEMBER];	/* canonical */
} GlDriftStored;

#define GL_DRIFT_STORED_HDRSZ 16

/* reserved1 of the runs form; its counts follow the header */
#define GL_DRIFT_FLAT_RUNS 1
typedef struct GlDriftRunsHead
{
	int64		nrows[2];		/* baseline, current values */
	int64		npts;			/* canonical points after the values */
} GlDriftRunsHead;

#define GL_DRIFT_RUNS_HDRSZ (GL_DRIFT_STORED_HDRSZ + sizeof(GlDriftRunsHead))
StaticAssertDecl(sizeof(GlDriftRunsHead) == 24, "runs head of 24 bytes");
StaticAssertDecl(offsetof(GlDriftStored, pts) == GL_DRIFT_STORED_HDRSZ,
				 "drift_state's stored header changed size: update the upgrade script");
StaticAssertDecl(GL_DRIFT_MAX_STORED_POINTS ==
				 (MaxAllocSize - GL_DRIFT_STORED_HDRSZ) / sizeof(GlDriftStoredPoint),
				 "GL_DRIFT_MAX_STORED_POINTS is not what fits in a stored drift_state");

/* stored points are read in place as the core's points: same layout */
StaticAssertDecl(sizeof(GlDriftStoredPoint) == 16 &&
				 sizeof(gl_ks_point) == sizeof(GlDriftStoredPoint) &&
				 offsetof(gl_ks_point, value) == offsetof(GlDriftStoredPoint, value) &&
				 offsetof(gl_ks_point, n1) == offsetof(GlDriftStoredPoint, n_baseline) &&
				 offsetof(gl_ks_point, n2) == offsetof(GlDriftStoredPoint, n_current),
				 "gl_ks_point no longer has the layout of a stored point");

/* ----------------------------------------------------------------------
 * Reporting
 * ---------------------------------------------------------------------- */

/* report core status rc (not GL_DRIFT_OK); value: the points, for limits */
GL_NORETURN static void
drift_raise(int rc, size_t npts)
{
	gl_status_args a = {0};

	a.has_value = true;
	a.value = (double) npts;
	gl_raise(&gl_drift_statuses, rc, &a);
}

static inline void
drift_check(int rc, const gl_drift_summary *s)
{
	if (unlikely(rc != GL_DRIFT_OK))
		drift_raise(rc, s->npts + gl_drift_nrows(s));
}

/* ----------------------------------------------------------------------
 * The expanded object
 * ---------------------------------------------------------------------- */

typedef struct DriftExpanded
{
	ExpandedObjectHeader hdr;
	gl_drift_opts opts;
	gl_drift_summary sum;		/* in hdr.eoh_context */
	bool		flat_runs;		/* flattened in the runs form */
} DriftExpanded;

/*
 * A read-only view of a state, flat or expanded: canonical points, and
 * for the runs form the sorted values of each sample (else none).
 */
typedef struct DriftView
{
	gl_drift_opts opts;
	const gl_ks_point *pts;
	size_t		npts;
	const double *rows[2];
	size_t		nrows[2];
} DriftView;

static Size drift_get_flat_size(ExpandedObjectHeader *eohptr);
static void drift_flatten_into(ExpandedObjectHeader *eohptr, void *result,
							   Size allocated_size);

static const ExpandedObjectMethods drift_methods = {
	drift_get_flat_size,
	drift_flatten_into
};

/*
 * A new expanded object in parent holding a copy of canonical points and,
 * when rows is not NULL, the sorted runs of values rows[k][0 .. nrows[k]).
 */
static DriftExpanded *
drift_new_expanded(MemoryContext parent, const gl_drift_opts *opts,
				   const gl_ks_point *pts, size_t npts,
				   const double *const *rows, const size_t *nrows)
{
	MemoryContext cxt = gl_eoh_context(parent, "drift_state");
	MemoryContext old;
	DriftExpanded *e;
	int			rc;

	e = (DriftExpanded *) MemoryContextAlloc(cxt, sizeof(DriftExpanded));
	EOH_init_header(&e->hdr, &drift_methods, cxt);
	e->opts = *opts;
	e->flat_runs = false;
	old = MemoryContextSwitchTo(cxt);
	rc = gl_drift_init_copy(&e->sum, pts, npts);
	if (rc == GL_DRIFT_OK && rows != NULL)
		rc = gl_drift_absorb(&e->sum, NULL, 0, rows, nrows);
	MemoryContextSwitchTo(old);
	drift_check(rc, &e->sum);
	return e;
}

/* step (a core function) applied to e's summary, allocating in its context */
static void
drift_apply(DriftExpanded *e, int (*step) (gl_drift_summary *))
{
	MemoryContext old = MemoryContextSwitchTo(e->hdr.eoh_context);
	int			rc = step(&e->sum);

	MemoryContextSwitchTo(old);
	drift_check(rc, &e->sum);
}

/* make the summary canonical */
static void
drift_compact(DriftExpanded *e)
{
	drift_apply(e, gl_drift_compact);
}

/* sort the summary's values (the points canonical) */
static void
drift_sort_runs(DriftExpanded *e)
{
	drift_apply(e, gl_drift_sort_runs);
}

/* the stored state of options o and canonical points p[0 .. n) in f */
static void
drift_stored_fill(GlDriftStored *f, const gl_drift_opts *o,
				  const gl_ks_point *p, size_t n)
{
	memset(f, 0, GL_DRIFT_STORED_HDRSZ);
	SET_VARSIZE(f, GL_DRIFT_STORED_HDRSZ + n * sizeof(GlDriftStoredPoint));
	f->kind = (uint8) o->kind;
	f->alt = (uint8) o->alt;
	f->method = (uint8) o->method;
	f->bins = o->bins;
	if (n > 0)
		memcpy(f->pts, p, n * sizeof(GlDriftStoredPoint));
}

/* a new (palloc'd) stored state */
static GlDriftStored *
drift_stored_new(const gl_drift_opts *o, const gl_ks_point *p, size_t n)
{
	GlDriftStored *f = (GlDriftStored *)
		palloc(GL_DRIFT_STORED_HDRSZ + n * sizeof(GlDriftStoredPoint));

	drift_stored_fill(f, o, p, n);
	return f;
}

/* the size of the runs form of e's summary (sorted runs) */
static Size
drift_runs_size(const gl_drift_summary *s)
{
	return GL_DRIFT_RUNS_HDRSZ + gl_drift_nrows(s) * sizeof(double) +
		s->npts * sizeof(GlDriftStoredPoint);
}

static Size
drift_get_flat_size(ExpandedObjectHeader *eohptr)
{
	DriftExpanded *e = (DriftExpanded *) eohptr;

	/*
	 * A parallel worker ships its rows as sorted runs (8 bytes a row, the
	 * merge left to the leader's final step) when they fit in one datum.
	 */
	e->flat_runs = false;
	if (IsParallelWorker() && gl_drift_nrows(&e->sum) > 0 &&
		gl_drift_nrows(&e->sum) + e->sum.npts < MaxAllocSize / 16)
	{
		drift_sort_runs(e);
		e->flat_runs = true;
		return drift_runs_size(&e->sum);
	}
	drift_compact(e);
	if (e->sum.npts > GL_DRIFT_MAX_STORED_POINTS)
		drift_raise(GL_DRIFT_E_TOO_LARGE_TO_STORE, e->sum.npts);
	return GL_DRIFT_STORED_HDRSZ + e->sum.npts * sizeof(GlDriftStoredPoint);
}

static void
drift_flatten_into(ExpandedObjectHeader *eohptr, void *result,
				   Size allocated_size)
{
	DriftExpanded *e = (DriftExpanded *) eohptr;

	if (e->flat_runs)
	{
		GlDriftStored *f = (GlDriftStored *) result;
		GlDriftRunsHead h;
		char	   *p = (char *) f + GL_DRIFT_RUNS_HDRSZ;
		int			k;

		Assert(allocated_size == drift_runs_size(&e->sum));
		drift_stored_fill(f, &e->opts, NULL, 0);
		SET_VARSIZE(f, allocated_size);
		f->reserved1 = GL_DRIFT_FLAT_RUNS;
		h.nrows[0] = (int64) e->sum.rows[0].n;
		h.nrows[1] = (int64) e->sum.rows[1].n;
		h.npts = (int64) e->sum.npts;
		memcpy((char *) f + GL_DRIFT_STORED_HDRSZ, &h, sizeof(h));
		for (k = 0; k < 2; k++)
		{
			if (e->sum.rows[k].n > 0)
				memcpy(p, e->sum.rows[k].v, e->sum.rows[k].n * sizeof(double));
			p += e->sum.rows[k].n * sizeof(double);
		}
		if (e->sum.npts > 0)
			memcpy(p, e->sum.pts, e->sum.npts * sizeof(GlDriftStoredPoint));
		return;
	}
	Assert(allocated_size ==
		   GL_DRIFT_STORED_HDRSZ + e->sum.npts * sizeof(GlDriftStoredPoint));
	drift_stored_fill((GlDriftStored *) result, &e->opts, e->sum.pts,
					  e->sum.npts);
}

/* a read-only view of the state in a datum */
static void
drift_view(Datum d, DriftView *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &drift_methods);

	if (eoh != NULL)
	{
		DriftExpanded *e = (DriftExpanded *) eoh;

		drift_compact(e);
		v->opts = e->opts;
		v->pts = e->sum.pts;
		v->npts = e->sum.npts;
		v->rows[0] = v->rows[1] = NULL;
		v->nrows[0] = v->nrows[1] = 0;
	}
	else
	{
		GlDriftStored *f = (GlDriftStored *) PG_DETOAST_DATUM(d);
		Size		sz = VARSIZE(f);
		bool		ok = sz >= GL_DRIFT_STORED_HDRSZ;

		const char *body = (const char *) f + GL_DRIFT_STORED_HDRSZ;

		v->rows[0] = v->rows[1] = NULL;
		v->nrows[0] = v->nrows[1] = 0;
		if (ok)
		{
			v->opts.kind = f->kind;
			v->opts.alt = f->alt;
			v->opts.method = f->method;
			v->opts.bins = f->bins;
			ok = gl_drift_opts_valid(&v->opts) && f->reserved2 == 0 &&
				(f->reserved1 == 0 || f->reserved1 == GL_DRIFT_FLAT_RUNS);
		}
		if (ok && f->reserved1 == GL_DRIFT_FLAT_RUNS)
		{
			GlDriftRunsHead h;
			Size		left = sz - GL_DRIFT_STORED_HDRSZ;

			/* the counts, then exactly the values and points they say */
			ok = left >= sizeof(h);
			if (ok)
			{
				memcpy(&h, body, sizeof(h));
				left -= sizeof(h);
				ok = h.nrows[0] >= 0 && h.nrows[1] >= 0 && h.npts >= 0 &&
					(uint64) h.nrows[0] <= left / sizeof(double) &&
					(uint64) h.nrows[1] <= left / sizeof(double) - h.nrows[0] &&
					(uint64) h.npts * sizeof(GlDriftStoredPoint) ==
					left - (h.nrows[0] + h.nrows[1]) * sizeof(double);
			}
			if (ok)
			{
				const double *x = (const double *) (body + sizeof(h));

				v->rows[0] = x;
				v->nrows[0] = (size_t) h.nrows[0];
				v->rows[1] = x + h.nrows[0];
				v->nrows[1] = (size_t) h.nrows[1];
				v->pts = (const gl_ks_point *) (x + h.nrows[0] + h.nrows[1]);
				v->npts = (size_t) h.npts;
				ok = gl_drift_run_valid(v->rows[0], v->nrows[0]) &&
					gl_drift_run_valid(v->rows[1], v->nrows[1]);
			}
		}
		else if (ok)
			ok = (sz - GL_DRIFT_STORED_HDRSZ) % sizeof(GlDriftStoredPoint) == 0;
		if (ok && f->reserved1 == 0)
		{
			v->pts = (const gl_ks_point *) f->pts;
			v->npts = (sz - GL_DRIFT_STORED_HDRSZ) / sizeof(GlDriftStoredPoint);
		}
		if (!ok)
		{
			gl_status_args a = {0};

			a.extra = "drift_state";
			gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
		}
	}
}

/*
 * A view of the state in a datum as canonical points only: a state in the
 * runs form is folded into a copy (in the current context).
 */
static void
drift_view_points(Datum d, DriftView *v)
{
	gl_drift_summary s;
	int			rc;

	drift_view(d, v);
	if (v->nrows[0] + v->nrows[1] == 0)
		return;
	rc = gl_drift_init_copy(&s, v->pts, v->npts);
	if (rc == GL_DRIFT_OK)
		rc = gl_drift_absorb(&s, NULL, 0, v->rows, v->nrows);
	if (rc == GL_DRIFT_OK)
		rc = gl_drift_compact(&s);
	drift_check(rc, &s);
	v->pts = s.pts;
	v->npts = s.npts;
	v->rows[0] = v->rows[1] = NULL;
	v->nrows[0] = v->nrows[1] = 0;
}

/*
 * A view of the state in a datum for a final function: canonical points
 * and sorted runs of values, tested as they are (gl_ks_source), nothing
 * folded.  An expanded state has its values sorted in place (it stays a
 * valid state: more rows may come, in a window); a flat one is as stored.
 */
static void
drift_view_sorted(Datum d, DriftView *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &drift_methods);
	DriftExpanded *e;
	int			k;

	if (eoh == NULL)
	{
		drift_view(d, v);
		return;
	}
	e = (DriftExpanded *) eoh;
	drift_sort_runs(e);
	v->opts = e->opts;
	v->pts = e->sum.pts;
	v->npts = e->sum.npts;
	for (k = 0; k < 2; k++)
	{
		v->rows[k] = e->sum.rows[k].v;
		v->nrows[k] = e->sum.rows[k].n;
	}
}

/* the statistics core's source of a view */
static void
drift_source(const DriftView *v, gl_ks_source *src)
{
	src->pts = v->pts;
	src->npts = v->npts;
	src->x = v->rows[0];
	src->nx = v->nrows[0];
	src->y = v->rows[1];
	src->ny = v->nrows[1];
}

/*
 * The state of argument argno to update: the aggregate's own expanded
 * object when there is one, else a new expanded copy (in the aggregate
 * context, or the current one outside aggregates: the input is never
 * modified then).  NULL when the argument is NULL.
 */
static DriftExpanded *
drift_state_for_update(FunctionCallInfo fcinfo, int argno)
{
	ExpandedObjectHeader *eoh;
	DriftView	v;

	if (PG_ARGISNULL(argno))
		return NULL;
	eoh = gl_eoh_rw_arg(fcinfo, argno, &drift_methods);
	if (eoh != NULL)
		return (DriftExpanded *) eoh;
	drift_view(PG_GETARG_DATUM(argno), &v);
	return drift_new_expanded(gl_agg_context(fcinfo), &v.opts, v.pts, v.npts,
							  v.rows, v.nrows);
}

/* a state of the kind the caller needs, or the error naming both */
static void
drift_check_kind(const gl_drift_opts *have, int want)
{
	if (have->kind != want)
	{
		gl_status_args a = {0};
		const char *name = gl_drift_kind_name(have->kind);

		a.name = name;
		a.namelen = strlen(name);
		a.extra = gl_drift_kind_name(want);
		gl_raise(&gl_drift_statuses, GL_DRIFT_E_WRONG_KIND, &a);
	}
}

/* ----------------------------------------------------------------------
 * Text and binary forms
 * ---------------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(gl_drift_state_in);
Datum
gl_drift_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_drift_opts opts;
	gl_drift_summary s;
	gl_drift_text_error err;
	gl_status_args a;
	char		list[256];
	int			rc = gl_drift_parse(str, &opts, &s, &err);
	GlDriftStored *f;

	if (rc == GL_DRIFT_E_TEXT_NUMBER)
	{
		gl_raise_text(gl_escontext(fcinfo), "drift_state", str, &err.text);
		PG_RETURN_NULL();
	}
	if (rc == GL_DRIFT_OK && s.npts > GL_DRIFT_MAX_STORED_POINTS)
	{
		rc = GL_DRIFT_E_TOO_LARGE_TO_STORE;
		err.status = rc;
	}
	if (rc != GL_DRIFT_OK)
	{
		gl_drift_text_args(&err, str, &a, list, sizeof(list));
		a.has_value = true;
		a.value = (double) s.npts;
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_drift_statuses, rc, &a))
			PG_RETURN_NULL();
	}
	f = drift_stored_new(&opts, s.pts, s.npts);
	gl_drift_free(&s);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(gl_drift_state_out);
Datum
gl_drift_state_out(PG_FUNCTION_ARGS)
{
	DriftView	v;
	size_t		len;
	char	   *s;

	drift_view_points(PG_GETARG_DATUM(0), &v);
	s = gl_drift_format(&v.opts, v.pts, v.npts, gl_shortest, &len);
	if (s == NULL)
		drift_raise(GL_DRIFT_E_NOMEM, v.npts);
	PG_RETURN_CSTRING(s);
}

/*
 * Binary form: kind, alternative, method (one byte each), bins (int4),
 * the number of points (int8), then per point value (float8), n_baseline,
 * n_current (int4).  Read as the text form is: any order, repeated values
 * added, made canonical.
 */
PG_FUNCTION_INFO_V1(gl_drift_state_send);
Datum
gl_drift_state_send(PG_FUNCTION_ARGS)
{
	DriftView	v;
	StringInfoData buf;
	size_t		i;

	drift_view_points(PG_GETARG_DATUM(0), &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) v.opts.kind);
	pq_sendbyte(&buf, (uint8) v.opts.alt);
	pq_sendbyte(&buf, (uint8) v.opts.method);
	pq_sendint32(&buf, v.opts.bins);
	pq_sendint64(&buf, (int64) v.npts);
	for (i = 0; i < v.npts; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		pq_sendfloat8(&buf, v.pts[i].value);
		pq_sendint32(&buf, v.pts[i].n1);
		pq_sendint32(&buf, v.pts[i].n2);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(gl_drift_state_recv);
Datum
gl_drift_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gl_drift_opts opts;
	gl_drift_summary s;
	int64		n;
	int64		i;
	GlDriftStored *f;

	opts.kind = pq_getmsgbyte(buf);
	opts.alt = pq_getmsgbyte(buf);
	opts.method = pq_getmsgbyte(buf);
	opts.bins = (int32) pq_getmsgint(buf, 4);
	n = pq_getmsgint64(buf);
	if (!gl_drift_opts_valid(&opts))
		drift_raise(GL_DRIFT_E_BINARY_OPTIONS, 0);
	if (n < 0 || (uint64) n > (uint64) (buf->len - buf->cursor) / 16)
	{
		gl_status_args a = {0};

		a.extra = "drift_state";
		gl_raise(&gl_base_statuses, GL_BASE_BINARY_SIZE, &a);
	}
	drift_check(gl_drift_init(&s, (size_t) n), &s);
	for (i = 0; i < n; i++)
	{
		double		v = pq_getmsgfloat8(buf);
		int32		n1 = (int32) pq_getmsgint(buf, 4);
		int32		n2 = (int32) pq_getmsgint(buf, 4);

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		drift_check(gl_drift_add_point(&s, v, n1, n2), &s);
	}
	drift_check(gl_drift_compact(&s), &s);
	if (s.npts > GL_DRIFT_MAX_STORED_POINTS)
		drift_raise(GL_DRIFT_E_TOO_LARGE_TO_STORE, s.npts);
	f = drift_stored_new(&opts, s.pts, s.npts);
	gl_drift_free(&s);
	PG_RETURN_POINTER(f);
}

/* ----------------------------------------------------------------------
 * Transition and combine functions
 * ---------------------------------------------------------------------- */

/* update (or create) the state with one row */
static Datum
drift_trans(FunctionCallInfo fcinfo, const gl_drift_opts *opts)
{
	double		v = PG_GETARG_FLOAT8(1);
	bool		current = PG_GETARG_BOOL(2);
	DriftExpanded *e;
	MemoryContext old;
	int			rc;

	gl_check_finite(v, "value");
	e = drift_state_for_update(fcinfo, 0);
	if (e == NULL)
		e = drift_new_expanded(gl_agg_context(fcinfo), opts, NULL, 0, NULL, NULL);
	else if (unlikely(!gl_drift_opts_equal(&e->opts, opts)))
	{
		gl_status_args a = {0};
		char		row[GL_DRIFT_OPTS_LEN];
		char		before[GL_DRIFT_OPTS_LEN];

		drift_check_kind(&e->opts, opts->kind);
		a.arg = gl_drift_opts_diff(opts, &e->opts);
		a.name = gl_drift_opts_text(opts, row);
		a.namelen = strlen(row);
		a.extra = gl_drift_opts_text(&e->opts, before);
		gl_raise(&gl_drift_statuses, GL_DRIFT_E_OPTIONS_CHANGED, &a);
	}
	old = MemoryContextSwitchTo(e->hdr.eoh_context);
	rc = gl_drift_add(&e->sum, v, current);
	MemoryContextSwitchTo(old);
	drift_check(rc, &e->sum);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* the state unchanged (a row with a NULL argument) */
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
PG_FUNCTION_INFO_V1(gl_ks_drift_trans);
Datum
gl_ks_drift_trans(PG_FUNCTION_ARGS)
{
	int			nargs = PG_NARGS();
	gl_drift_opts opts = {GL_DRIFT_KS, GL_KS_TWO_SIDED, GL_KS_AUTO, 0};
	int			i;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
			return drift_keep_state(fcinfo);
	if (nargs > 3)
		opts.alt = gl_choice_arg(fcinfo, 3, &gl_drift_alternatives, "alternative");
	if (nargs > 4)
		opts.method = gl_choice_arg(fcinfo, 4, &gl_drift_methods, "method");
	return drift_trans(fcinfo, &opts);
}

/* bins argument argno, checked */
static int32
drift_bins_arg(FunctionCallInfo fcinfo, int argno)
{
	int32		bins = PG_GETARG_INT32(argno);

	if (gl_drift_check_bins(bins) != GL_DRIFT_OK)
		gl_raise_value(&gl_drift_statuses, GL_DRIFT_E_BINS, NULL, bins);
	return bins;
}

/* psi_trans(state, value, is_current [, bins]) */
PG_FUNCTION_INFO_V1(gl_psi_trans);
Datum
gl_psi_trans(PG_FUNCTION_ARGS)
{
	int			nargs = PG_NARGS();
	gl_drift_opts opts = {GL_DRIFT_PSI, 0, 0, GL_DRIFT_DEFAULT_BINS};
	int			i;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
			return drift_keep_state(fcinfo);
	if (nargs > 3)
		opts.bins = drift_bins_arg(fcinfo, 3);
	return drift_trans(fcinfo, &opts);
}

/* drift_state_combine(a, b): a with b's points merged in; NULLs are empty */
PG_FUNCTION_INFO_V1(gl_drift_state_combine);
Datum
gl_drift_state_combine(PG_FUNCTION_ARGS)
{
	DriftExpanded *e;
	DriftView	b;
	MemoryContext old;
	int			rc;

	if (PG_ARGISNULL(1))
		return drift_keep_state(fcinfo);
	drift_view(PG_GETARG_DATUM(1), &b);
	if (PG_ARGISNULL(0))
	{
		e = drift_new_expanded(gl_agg_context(fcinfo), &b.opts, b.pts, b.npts,
							   b.rows, b.nrows);
		PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
	}
	e = drift_state_for_update(fcinfo, 0);
	if (!gl_drift_opts_equal(&e->opts, &b.opts))
	{
		gl_status_args a = {0};
		char		one[GL_DRIFT_OPTS_LEN];
		char		other[GL_DRIFT_OPTS_LEN];

		a.name = gl_drift_opts_text(&e->opts, one);
		a.namelen = strlen(one);
		a.extra = gl_drift_opts_text(&b.opts, other);
		gl_raise(&gl_drift_statuses, GL_DRIFT_E_COMBINE_OPTIONS, &a);
	}
	old = MemoryContextSwitchTo(e->hdr.eoh_context);
	/* a worker's runs are appended, merged once in the final step */
	if (b.nrows[0] + b.nrows[1] > 0)
		rc = gl_drift_absorb(&e->sum, b.pts, b.npts, b.rows, b.nrows);
	else
		rc = gl_drift_merge(&e->sum, b.pts, b.npts);
	MemoryContextSwitchTo(old);
	drift_check(rc, &e->sum);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* ----------------------------------------------------------------------
 * Final functions
 * ---------------------------------------------------------------------- */

/* report a status of the statistics core (not OK, not EMPTY) */
GL_NORETURN static void
drift_stats_raise(int stats_rc, const char *what, int64 n1, int64 n2)
{
	gl_status_args a = {0};
	char		sizes[GL_DRIFT_SIZES_LEN];
	int			rc = gl_drift_stats_status(stats_rc);

	/* what only drift can word (a corrupt state, the sample sizes) */
	if (rc != GL_DRIFT_OK)
	{
		a.extra = (rc == GL_DRIFT_E_EXACT_TOO_LARGE) ?
			gl_drift_sizes_text(n1, n2, sizes) : what;
		gl_raise(&gl_drift_statuses, rc, &a);
	}
	/* the rest as the statistics core words it */
	a.extra = what;
	gl_raise(&gl_stats_statuses, stats_rc, &a);
}

/* the KS test of a source, as a ks_drift_result; isnull when a sample is empty */
static Datum
drift_ks_result(FunctionCallInfo fcinfo, const gl_ks_source *src,
				int alt, int method, bool *isnull)
{
	gl_ks_result res;
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	int			rc;

	/* the exact walk polls gl_check_interrupts(): a cancel raises there */
	rc = gl_ks_test_source(src, (gl_ks_alternative) alt,
						   (gl_ks_method) method, &res);

	*isnull = false;
	if (rc == GL_STATS_E_EMPTY)
	{
		*isnull = true;
		return (Datum) 0;
	}
	if (rc != GL_STATS_OK)
		drift_stats_raise(rc, "ks_drift", res.n1, res.n2);

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "ks_drift_result called in a context that cannot accept a record");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Float8GetDatum(res.statistic);
	values[1] = Float8GetDatum(res.p_value);
	values[2] = Int64GetDatum(res.n1);
	values[3] = Int64GetDatum(res.n2);
	values[4] = CStringGetTextDatum(gl_choice_name(&gl_drift_methods, res.method_used));
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

PG_FUNCTION_INFO_V1(gl_ks_drift_final);
Datum
gl_ks_drift_final(PG_FUNCTION_ARGS)
{
	DriftView	v;
	gl_ks_source src;
	Datum		result;
	bool		isnull;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	drift_view_sorted(PG_GETARG_DATUM(0), &v);
	drift_check_kind(&v.opts, GL_DRIFT_KS);
	drift_source(&v, &src);
	result = drift_ks_result(fcinfo, &src, v.opts.alt, v.opts.method, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/*
 * psi of points; isnull when a sample is empty or smaller than bins
 * (gl_drift_psi_enough)
 */
static double
drift_psi_value(const gl_ks_source *src, int32 bins, bool *isnull)
{
	gl_psi_result res;
	int			rc = gl_psi_source(src, bins, GL_PSI_EPSILON, &res);

	if (rc != GL_STATS_OK && rc != GL_STATS_E_EMPTY)
		drift_stats_raise(rc, "psi", res.n1, res.n2);
	*isnull = (rc == GL_STATS_E_EMPTY ||
			   !gl_drift_psi_enough(res.n1, res.n2, bins));
	return res.psi;
}

PG_FUNCTION_INFO_V1(gl_psi_final);
Datum
gl_psi_final(PG_FUNCTION_ARGS)
{
	DriftView	v;
	gl_ks_source src;
	double		psi;
	bool		isnull;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	drift_view_sorted(PG_GETARG_DATUM(0), &v);
	drift_check_kind(&v.opts, GL_DRIFT_PSI);
	drift_source(&v, &src);
	psi = drift_psi_value(&src, v.opts.bins, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(psi);
}

/* ----------------------------------------------------------------------
 * Array forms
 * ---------------------------------------------------------------------- */

/* add the non-NULL elements of a float8[] to s as one sample */
static void
drift_add_array(ArrayType *a, bool current, const char *argname,
				gl_drift_summary *s)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;

	if (ARR_ELEMTYPE(a) != FLOAT8OID)
		elog(ERROR, "expected a float8 array");
	deconstruct_array(a, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		double		v;

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (nulls[i])
			continue;
		v = DatumGetFloat8(elems[i]);
		gl_check_finite(v, argname);
		drift_check(gl_drift_add(s, v, current), s);
	}
	pfree(elems);
	pfree(nulls);
}

/* the canonical summary of the two arrays of arguments 0 and 1 */
static void
drift_arrays_summary(FunctionCallInfo fcinfo, gl_drift_summary *s)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);

	drift_check(gl_drift_init(s, 0), s);
	drift_add_array(a, false, "baseline", s);
	drift_add_array(b, true, "current", s);
	drift_check(gl_drift_compact(s), s);
}

/* ks_drift(baseline float8[], current float8[], alternative, method) */
PG_FUNCTION_INFO_V1(gl_ks_drift_arrays);
Datum
gl_ks_drift_arrays(PG_FUNCTION_ARGS)
{
	int			alt = gl_choice_arg(fcinfo, 2, &gl_drift_alternatives, "alternative");
	int			method = gl_choice_arg(fcinfo, 3, &gl_drift_methods, "method");
	gl_drift_summary s;
	gl_ks_source src = {0};
	Datum		result;
	bool		isnull;

	drift_arrays_summary(fcinfo, &s);
	src.pts = s.pts;
	src.npts = s.npts;
	result = drift_ks_result(fcinfo, &src, alt, method, &isnull);
	gl_drift_free(&s);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* psi(baseline float8[], current float8[], bins) */
PG_FUNCTION_INFO_V1(gl_psi_arrays);
Datum
gl_psi_arrays(PG_FUNCTION_ARGS)
{
	int32		bins = drift_bins_arg(fcinfo, 2);
	gl_drift_summary s;
	gl_ks_source src = {0};
	double		psi;
	bool		isnull;

	drift_arrays_summary(fcinfo, &s);
	src.pts = s.pts;
	src.npts = s.npts;
	psi = drift_psi_value(&src, bins, &isnull);
	gl_drift_free(&s);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(psi);
}
