/*
 * counter/counter_pg.c - the meter_counter type, the aggregates
 * meter_counter and rollup, and what a summary answers: consumption in
 * any energy unit, resets, rollovers, suspect drops, readings, the first
 * and last reading.
 *
 * Stored form (GlCounterStored): a 64-byte header (version, on_drop, the
 * reading unit's name, rollover, glitch tolerance, the numbers of pieces),
 * then the segments (80 bytes each) and the single readings (16 bytes
 * each): version 1, what text and binary input make and what the final
 * function returns (a summary made by the aggregate is one segment).
 * While aggregating, the state is an expanded object holding a core
 * gl_counter in the object's memory context: a row appends a reading to
 * its log (counter.h: a few bytes a reading); the final function decodes,
 * sorts and chains them (counter.h says why the readings are kept until
 * then).  A state flattened with readings in its log (a parallel worker's
 * partial state sent to the leader) is version 2: the header, the
 * segments, then the log's bytes as they are (loglen of them); it is read
 * like version 1, its readings decoded and checked.
 */
#include "base/base_pg.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "nodes/primnodes.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "base/alloc.h"
#include "counter/counter.h"
#include "units/units_pg.h"

/* ---- the stored form -------------------------------------------------- */

typedef struct GlCounterSegStored
{
	int64		first_ts;
	int64		last_ts;
	float8		first_v;
	float8		last_v;
	int64		cons_hi;
	uint64		cons_lo;
	int64		readings;
	int64		resets;
	int64		rollovers;
	int64		suspect_drops;
} GlCounterSegStored;

typedef struct GlCounterPointStored
{
	int64		ts;
	float8		v;
} GlCounterPointStored;

#define UNIT_NAME_LEN 16

typedef struct GlCounterStored
{
	int32		vl_len_;		/* varlena header */
	int16		version;		/* GL_COUNTER_VERSION */
	int16		on_drop;		/* a gl_counter_drop */
	char		unit[UNIT_NAME_LEN];	/* the unit's name, NUL-padded */
	float8		rollover;		/* 0: none */
	float8		tolerance;
	int64		nsegs;
	int64		npts;			/* single readings (version 2: in the log) */
	int64		loglen;			/* version 1: 0; version 2: bytes of the log */
	/* nsegs GlCounterSegStored, then npts GlCounterPointStored (or the log) */
	char		data[FLEXIBLE_ARRAY_MEMBER];
} GlCounterStored;

#define GL_COUNTER_VERSION 1
#define GL_COUNTER_VERSION_LOG 2
#define COUNTER_HDRSZ offsetof(GlCounterStored, data)

StaticAssertDecl(COUNTER_HDRSZ == 64, "the stored header is 64 bytes");
StaticAssertDecl(sizeof(GlCounterSegStored) == 80 &&
				 sizeof(gl_counter_seg) == sizeof(GlCounterSegStored) &&
				 offsetof(gl_counter_seg, first_v) == offsetof(GlCounterSegStored, first_v) &&
				 offsetof(gl_counter_seg, cons_hi) == offsetof(GlCounterSegStored, cons_hi) &&
				 offsetof(gl_counter_seg, readings) == offsetof(GlCounterSegStored, readings) &&
				 offsetof(gl_counter_seg, suspect_drops) == offsetof(GlCounterSegStored, suspect_drops),
				 "stored and core segments share a layout");
StaticAssertDecl(sizeof(GlCounterPointStored) == 16 &&
				 sizeof(gl_counter_point) == sizeof(GlCounterPointStored) &&
				 offsetof(gl_counter_point, v) == offsetof(GlCounterPointStored, v),
				 "stored and core points share a layout");

/* ---- reporting ---------------------------------------------------------- */

static void
cnt_raise(int code, const char *name, const char *extra)
{
	gl_status_args a = {0};

	a.name = name;
	a.namelen = name ? strlen(name) : 0;
	a.extra = extra;
	gl_raise(&gl_counter_statuses, code, &a);
}

/* a status about a number (written as float8 output writes it) */
static void
cnt_raise_value(int code, double value, const char *extra)
{
	char		buf[32];

	cnt_raise(code, gl_shortest(value, buf), extra);
}

static void
cnt_check_rc(int rc)
{
	if (rc != GL_CNT_OK)
		cnt_raise(rc, NULL, NULL);
}

static void
fmt_shortest(double v, char *buf)
{
	gl_shortest(v, buf);
}

static char *
opts_text(const gl_counter_opts *o)
{
	char	   *buf = palloc(256);

	gl_counter_opts_text(o, fmt_shortest, buf, 256);
	return buf;
}

/* the settings in which a and b differ, each as "name=value, ..." */
static void
opts_diff(const gl_counter_opts *a, const gl_counter_opts *b, char **da,
		  char **db)
{
	const gl_counter_opts *o[2] = {a, b};
	StringInfoData s[2];
	int			k;

	for (k = 0; k < 2; k++)
	{
		char		num[32];

		initStringInfo(&s[k]);
		if (a->unit != b->unit)
			appendStringInfo(&s[k], ", reading_unit=%s", o[k]->unit->name);
		if (a->on_drop != b->on_drop)
			appendStringInfo(&s[k], ", on_drop=%s",
							 gl_choice_name(&gl_counter_drop_choices, o[k]->on_drop));
		if (a->rollover != b->rollover)
			appendStringInfo(&s[k], ", rollover=%s", o[k]->rollover > 0 ?
							 gl_shortest(o[k]->rollover, num) : "none");
		if (a->tolerance != b->tolerance)
			appendStringInfo(&s[k], ", glitch_tolerance=%s",
							 gl_shortest(o[k]->tolerance, num));
	}
	*da = s[0].data + 2;
	*db = s[1].data + 2;
}

static char *
time_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out,
											   TimestampTzGetDatum(t)));
}

static void
overlap_error(const gl_counter_overlap *ov)
{
	cnt_raise(GL_CNT_OVERLAP,
			  psprintf("%s to %s", time_text(ov->a_first), time_text(ov->a_last)),
			  psprintf("%s to %s", time_text(ov->b_first), time_text(ov->b_last)));
}

/* ---- expanded working state ------------------------------------------- */

typedef struct CounterExpanded
{
	ExpandedObjectHeader hdr;
	gl_counter	c;				/* in hdr.eoh_context */
	/* a call whose settings are constants equal to c.opts, or NULL */
	FmgrInfo   *constant_for;
} CounterExpanded;

/* a read-only view of a meter_counter, flat or expanded */
typedef struct CounterView
{
	gl_counter_opts opts;
	const gl_counter_seg *segs;
	size_t		nsegs;
	const gl_counter_point *pts;
	size_t		npts;
	const uint8_t *log;			/* readings in a log (counter.h) */
	size_t		loglen;
	size_t		nlog;
} CounterView;

static Size counter_flat_size(ExpandedObjectHeader *eoh);
static void counter_flatten_into(ExpandedObjectHeader *eoh, void *result,
								 Size size);

static const ExpandedObjectMethods counter_methods = {
	counter_flat_size,
	counter_flatten_into
};

static Size
flat_size(size_t nsegs, size_t npts)
{
	return COUNTER_HDRSZ + nsegs * sizeof(GlCounterSegStored) +
		npts * sizeof(GlCounterPointStored);
}

static Size
flat_size_log(size_t nsegs, size_t loglen)
{
	return COUNTER_HDRSZ + nsegs * sizeof(GlCounterSegStored) + loglen;
}

static void
write_header(GlCounterStored *f, Size size, int version,
			 const gl_counter_opts *o, size_t nsegs, size_t npts)
{
	memset(f, 0, COUNTER_HDRSZ);
	SET_VARSIZE(f, size);
	f->version = (int16) version;
	f->on_drop = (int16) o->on_drop;
	if (strlen(o->unit->name) >= UNIT_NAME_LEN)
		elog(ERROR, "greenlang: unit name \"%s\" too long to store", o->unit->name);
	strcpy(f->unit, o->unit->name);
	f->rollover = o->rollover;
	f->tolerance = o->tolerance;
	f->nsegs = (int64) nsegs;
	f->npts = (int64) npts;
}

static void
write_flat(GlCounterStored *f, Size size, const gl_counter_opts *o,
		   const gl_counter_seg *segs, size_t nsegs,
		   const gl_counter_point *pts, size_t npts)
{
	write_header(f, size, GL_COUNTER_VERSION, o, nsegs, npts);
	if (nsegs > 0)
		memcpy(f->data, segs, nsegs * sizeof(GlCounterSegStored));
	if (npts > 0)
		memcpy(f->data + nsegs * sizeof(GlCounterSegStored), pts,
			   npts * sizeof(GlCounterPointStored));
}

/* the staged readings of x into its log (counter.h) */
static void
counter_flush(CounterExpanded *x)
{
	MemoryContext old = MemoryContextSwitchTo(x->hdr.eoh_context);
	int			rc = gl_counter_flush(&x->c);

	MemoryContextSwitchTo(old);
	cnt_check_rc(rc);
}

/* version 2 when the log has readings, else version 1 (segments only) */
static Size
counter_flat_size(ExpandedObjectHeader *eoh)
{
	CounterExpanded *x = (CounterExpanded *) eoh;

	counter_flush(x);
	if (x->c.npts > 0)
		return flat_size_log(x->c.nsegs, x->c.loglen);
	return flat_size(x->c.nsegs, 0);
}

static void
counter_flatten_into(ExpandedObjectHeader *eoh, void *result, Size size)
{
	CounterExpanded *x = (CounterExpanded *) eoh;
	GlCounterStored *f = (GlCounterStored *) result;

	if (x->c.npts == 0)
	{
		write_flat(f, size, &x->c.opts, x->c.segs, x->c.nsegs, NULL, 0);
		return;
	}
	write_header(f, size, GL_COUNTER_VERSION_LOG, &x->c.opts, x->c.nsegs,
				 x->c.npts);
	f->loglen = (int64) x->c.loglen;
	if (x->c.nsegs > 0)
		memcpy(f->data, x->c.segs, x->c.nsegs * sizeof(GlCounterSegStored));
	memcpy(f->data + x->c.nsegs * sizeof(GlCounterSegStored), x->c.log,
		   x->c.loglen);
}

static CounterExpanded *
counter_new(MemoryContext parent, const gl_counter_opts *o, size_t cap)
{
	MemoryContext cxt = gl_eoh_context(parent, "meter_counter");
	CounterExpanded *x = MemoryContextAlloc(cxt, sizeof(CounterExpanded));
	MemoryContext old;
	int			rc;

	EOH_init_header(&x->hdr, &counter_methods, cxt);
	x->constant_for = NULL;
	old = MemoryContextSwitchTo(cxt);
	rc = gl_counter_init(&x->c, o, cap);
	MemoryContextSwitchTo(old);
	cnt_check_rc(rc);
	return x;
}

static void
corrupt(void)
{
	gl_status_args a = {0};

	a.extra = "meter_counter";
	gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
}

/* the settings of a stored header, or false when they are not valid */
static bool
stored_opts(const GlCounterStored *f, gl_counter_opts *o)
{
	memset(o, 0, sizeof(*o));
	if (memchr(f->unit, '\0', UNIT_NAME_LEN) == NULL)
		return false;
	o->unit = gl_unit_find_dim(f->unit, strlen(f->unit), GL_DIM_ENERGY, NULL);
	o->on_drop = f->on_drop;
	o->rollover = f->rollover;
	o->tolerance = f->tolerance;
	return o->unit != NULL && strcmp(o->unit->name, f->unit) == 0 &&
		gl_choice_name(&gl_counter_drop_choices, o->on_drop) != NULL &&
		!isnan(o->rollover) && !isnan(o->tolerance) &&
		gl_counter_opts_prepare(o) == GL_CNT_OK;
}

static void
counter_view(Datum d, CounterView *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &counter_methods);
	GlCounterStored *f;
	Size		sz;
	size_t		i;

	if (eoh)
	{
		CounterExpanded *x = (CounterExpanded *) eoh;

		counter_flush(x);
		v->opts = x->c.opts;
		v->segs = x->c.segs;
		v->nsegs = x->c.nsegs;
		v->pts = NULL;
		v->npts = 0;
		v->log = x->c.log;
		v->loglen = x->c.loglen;
		v->nlog = x->c.npts;
		return;
	}
	f = (GlCounterStored *) PG_DETOAST_DATUM(d);
	sz = VARSIZE(f);
	if (sz < COUNTER_HDRSZ ||
		(f->version != GL_COUNTER_VERSION && f->version != GL_COUNTER_VERSION_LOG) ||
		f->nsegs < 0 || f->npts < 0 ||
		f->nsegs > GL_COUNTER_MAX_POINTS || f->npts > GL_COUNTER_MAX_POINTS ||
		(f->version == GL_COUNTER_VERSION ?
		 f->loglen != 0 || sz != flat_size(f->nsegs, f->npts) :
		 f->loglen < 0 || f->loglen > MaxAllocSize ||
		 sz != flat_size_log(f->nsegs, f->loglen)) ||
		!stored_opts(f, &v->opts))
		corrupt();
	v->segs = (const gl_counter_seg *) f->data;
	v->nsegs = f->nsegs;
	v->pts = NULL;
	v->npts = 0;
	v->log = NULL;
	v->loglen = v->nlog = 0;
	for (i = 0; i < v->nsegs; i++)
		if (gl_counter_seg_check(&v->opts, &v->segs[i]) != GL_CNT_OK)
			corrupt();
	if (f->version == GL_COUNTER_VERSION)
	{
		v->pts = (const gl_counter_point *) (f->data + f->nsegs * sizeof(GlCounterSegStored));
		v->npts = f->npts;
		for (i = 0; i < v->npts; i++)
			if (!gl_time_in_range(v->pts[i].ts) || isnan(v->pts[i].v) ||
				gl_counter_check_reading(&v->opts, v->pts[i].v) != GL_CNT_OK)
				corrupt();
	}
	else
	{
		gl_counter_reader r;
		gl_counter_point p;

		v->log = (const uint8_t *) (f->data + f->nsegs * sizeof(GlCounterSegStored));
		v->loglen = f->loglen;
		v->nlog = f->npts;
		gl_counter_reader_init(&r, v->log, v->loglen);
		for (i = 0; i < v->nlog; i++)
		{
			if (!gl_counter_read(&r, &p) || !gl_time_in_range(p.ts) ||
				isnan(p.v) || gl_counter_check_reading(&v->opts, p.v) != GL_CNT_OK)
				corrupt();
			if ((i & 65535) == 65535)
				gl_check_interrupts();
		}
		if (r.p != r.end)
			corrupt();
	}
}

/*
 * The single readings of a view (*n of them) as version 1 stores them: its
 * own array, or with a log's readings a palloc'd array in order (time,
 * then reading).
 */
static const gl_counter_point *
view_points(const CounterView *v, size_t *n)
{
	gl_counter_point *pts;

	if (v->nlog == 0)
	{
		*n = v->npts;
		return v->pts;
	}
	*n = v->npts + v->nlog;
	pts = palloc_extended((*n + 1) * sizeof(gl_counter_point), MCXT_ALLOC_HUGE);
	if (v->npts > 0)
		memcpy(pts, v->pts, v->npts * sizeof(gl_counter_point));
	if (!gl_counter_decode(v->log, v->loglen, v->nlog, pts + v->npts))
		corrupt();
	cnt_check_rc(gl_counter_sort_points(pts, *n));
	return pts;
}

#define PG_GETARG_COUNTER(n, v) counter_view(PG_GETARG_DATUM(n), (v))

/* a new expanded state holding a copy of the view's pieces */
static CounterExpanded *
counter_copy(MemoryContext parent, const CounterView *v)
{
	CounterExpanded *x = counter_new(parent, &v->opts, v->npts + v->nlog + 16);
	MemoryContext old = MemoryContextSwitchTo(x->hdr.eoh_context);
	int			rc = gl_counter_merge(&x->c, v->pts, v->npts, v->segs, v->nsegs);

	if (rc == GL_CNT_OK)
		rc = gl_counter_merge_log(&x->c, v->log, v->loglen, v->nlog);

	MemoryContextSwitchTo(old);
	cnt_check_rc(rc);
	return x;
}

/*
 * The state in argument 0 to update: the aggregate's own expanded object,
 * else a new expanded copy.
 */
static CounterExpanded *
counter_for_update(FunctionCallInfo fcinfo)
{
	ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &counter_methods);
	CounterView v;

	if (eoh)
		return (CounterExpanded *) eoh;
	counter_view(PG_GETARG_DATUM(0), &v);
	return counter_copy(gl_agg_context(fcinfo), &v);
}

/*
 * The one segment a view chains into: the view's own when it is one,
 * else chained in a scratch copy.  False when there is no reading.
 */
static bool
counter_summary(const CounterView *v, gl_counter_seg *out)
{
	gl_counter_overlap ov;
	int			rc;

	if (v->nsegs == 1 && v->npts == 0 && v->nlog == 0)
	{
		*out = v->segs[0];
		return true;
	}
	rc = gl_counter_chain(&v->opts, v->segs, v->nsegs, v->pts, v->npts,
						  v->log, v->loglen, v->nlog, out, &ov);
	if (rc == GL_CNT_BINARY)
		corrupt();
	if (rc == GL_CNT_EMPTY)
		return false;
	if (rc == GL_CNT_OVERLAP)
		overlap_error(&ov);
	cnt_check_rc(rc);
	return true;
}

/* ---- text and binary forms -------------------------------------------- */

PG_FUNCTION_INFO_V1(gl_meter_counter_in);
Datum
gl_meter_counter_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	gl_counter	c;
	gl_counter_text_error err;
	int			rc = gl_counter_parse(str, &c, &err);
	Size		sz;
	GlCounterStored *f;

	if (rc != GL_CNT_OK)
	{
		gl_status_args a = {0};

		a.name = str;
		a.namelen = strlen(str);
		a.item = err.token;
		a.itemlen = err.token_len;
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_counter_statuses, rc, &a))
			PG_RETURN_NULL();
	}
	{
		/* version 1: the readings as the text gives them */
		gl_counter_point *pts = gl_counter_points(&c, false);

		if (pts == NULL)
			corrupt();
		sz = flat_size(c.nsegs, c.npts);
		f = palloc(sz);
		write_flat(f, sz, &c.opts, c.segs, c.nsegs, pts, c.npts);
	}
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(gl_meter_counter_out);
Datum
gl_meter_counter_out(PG_FUNCTION_ARGS)
{
	CounterView v;
	const gl_counter_point *pts;
	size_t		npts;

	PG_GETARG_COUNTER(0, &v);
	pts = view_points(&v, &npts);
	PG_RETURN_CSTRING(gl_counter_format(&v.opts, v.segs, v.nsegs, pts,
										npts, fmt_shortest));
}

static void
binary_error(const char *why)
{
	cnt_raise(GL_CNT_BINARY, why, NULL);
}

/*
 * Binary form: the text of the settings (as in the text form), the number
 * of segments and of readings (int8), then per segment first and last
 * instant (int8 microseconds since 2000-01-01 UTC) and reading (float8),
 * the consumption in nano-units (int8 high and low half), readings,
 * resets, rollovers and suspect drops (int8); per reading its instant
 * (int8) and value (float8).
 */
PG_FUNCTION_INFO_V1(gl_meter_counter_recv);
Datum
gl_meter_counter_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	const char *settings = pq_getmsgstring(msg);
	int64		nsegs = pq_getmsgint64(msg);
	int64		npts = pq_getmsgint64(msg);
	gl_counter	c;
	gl_counter_text_error err;
	gl_counter_seg *segs;
	gl_counter_point *pts;
	int64		i;
	Size		sz;
	GlCounterStored *f;

	if (gl_counter_parse(settings, &c, &err) != GL_CNT_OK || c.nsegs || c.npts)
		binary_error("The settings are not valid");
	if (nsegs < 0 || npts < 0 ||
		nsegs > (int64) (msg->len - msg->cursor) / 80 ||
		npts > (int64) (msg->len - msg->cursor) / 16 ||
		nsegs * 80 + npts * 16 != (int64) (msg->len - msg->cursor))
		binary_error("The numbers of segments and readings do not match the length");
	segs = palloc((nsegs + 1) * sizeof(gl_counter_seg));
	pts = palloc((npts + 1) * sizeof(gl_counter_point));
	for (i = 0; i < nsegs; i++)
	{
		gl_counter_seg *s = &segs[i];

		s->first_ts = pq_getmsgint64(msg);
		s->last_ts = pq_getmsgint64(msg);
		s->first_v = pq_getmsgfloat8(msg);
		s->last_v = pq_getmsgfloat8(msg);
		s->cons_hi = pq_getmsgint64(msg);
		s->cons_lo = (uint64) pq_getmsgint64(msg);
		s->readings = pq_getmsgint64(msg);
		s->resets = pq_getmsgint64(msg);
		s->rollovers = pq_getmsgint64(msg);
		s->suspect_drops = pq_getmsgint64(msg);
		if (gl_counter_seg_check(&c.opts, s) != GL_CNT_OK)
			binary_error("A segment is not one that readings could make");
	}
	for (i = 0; i < npts; i++)
	{
		pts[i].ts = pq_getmsgint64(msg);
		pts[i].v = pq_getmsgfloat8(msg);
		if (!gl_time_in_range(pts[i].ts) || isnan(pts[i].v) ||
			gl_counter_check_reading(&c.opts, pts[i].v) != GL_CNT_OK)
			binary_error("A reading is not valid under the settings");
	}
	sz = flat_size(nsegs, npts);
	f = palloc(sz);
	write_flat(f, sz, &c.opts, segs, nsegs, pts, npts);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(gl_meter_counter_send);
Datum
gl_meter_counter_send(PG_FUNCTION_ARGS)
{
	CounterView v;
	StringInfoData buf;
	const gl_counter_point *pts;
	size_t		npts;
	size_t		i;

	PG_GETARG_COUNTER(0, &v);
	pts = view_points(&v, &npts);
	pq_begintypsend(&buf);
	pq_sendstring(&buf, opts_text(&v.opts));
	pq_sendint64(&buf, (int64) v.nsegs);
	pq_sendint64(&buf, (int64) npts);
	for (i = 0; i < v.nsegs; i++)
	{
		const gl_counter_seg *s = &v.segs[i];

		pq_sendint64(&buf, s->first_ts);
		pq_sendint64(&buf, s->last_ts);
		pq_sendfloat8(&buf, s->first_v);
		pq_sendfloat8(&buf, s->last_v);
		pq_sendint64(&buf, s->cons_hi);
		pq_sendint64(&buf, (int64) s->cons_lo);
		pq_sendint64(&buf, s->readings);
		pq_sendint64(&buf, s->resets);
		pq_sendint64(&buf, s->rollovers);
		pq_sendint64(&buf, s->suspect_drops);
	}
	for (i = 0; i < npts; i++)
	{
		pq_sendint64(&buf, pts[i].ts);
		pq_sendfloat8(&buf, pts[i].v);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- aggregates --------------------------------------------------------- */

/* whether a text datum (not toasted) is exactly s */
static inline bool
text_is(Datum d, const char *s)
{
	struct varlena *t = (struct varlena *) DatumGetPointer(d);
	size_t		n = strlen(s);

	if (VARATT_IS_EXTENDED(t) && !VARATT_IS_SHORT(t))
		return false;
	return VARSIZE_ANY_EXHDR(t) == n && memcmp(VARDATA_ANY(t), s, n) == 0;
}

/*
 * Whether the row's settings are those of state o, spelled as its text form
 * spells them (the usual case: constants in the query): then they need no
 * look-up.  False only means "look them up".
 */
static bool
same_settings(FunctionCallInfo fcinfo, const gl_counter_opts *o)
{
	int			nargs = PG_NARGS();

	if (PG_ARGISNULL(3) || PG_ARGISNULL(4) ||
		!text_is(PG_GETARG_DATUM(3), o->unit->name) ||
		!text_is(PG_GETARG_DATUM(4), gl_choice_name(&gl_counter_drop_choices, o->on_drop)))
		return false;
	if (nargs > 5 && (PG_ARGISNULL(5) ? o->rollover != 0 : PG_GETARG_FLOAT8(5) != o->rollover))
		return false;
	if (nargs > 6 && (PG_ARGISNULL(6) || PG_GETARG_FLOAT8(6) != o->tolerance))
		return false;
	return nargs > 6 || o->tolerance == 0;
}

/* an argument that is the same in every row: a constant or a parameter */
static bool
arg_constant(Node *e)
{
	return e != NULL && (IsA(e, Const) ||
						 (IsA(e, Param) && ((Param *) e)->paramkind == PARAM_EXTERN));
}

/*
 * Whether the settings arguments (reading_unit on) of this call are the
 * same in every row (constants or parameters): once a row's settings are
 * known to be the state's, the other rows of the group need no check.  In
 * an aggregate they are the Aggref's arguments (the transition call's own
 * expression has placeholders for them).
 */
static bool
settings_constant(FunctionCallInfo fcinfo)
{
	Aggref	   *ar = AggGetAggref(fcinfo);
	int			i;

	if (ar != NULL)
	{
		ListCell   *lc;

		i = 0;
		foreach(lc, ar->args)
		{
			TargetEntry *te = lfirst_node(TargetEntry, lc);

			/* aggregate argument i is argument i + 1 of the transition */
			if (i >= 2 && !arg_constant((Node *) te->expr))
				return false;
			i++;
		}
		return i + 1 == PG_NARGS();
	}
	if (fcinfo->flinfo == NULL)
		return false;
	for (i = 3; i < PG_NARGS(); i++)
		if (!get_fn_expr_arg_stable(fcinfo->flinfo, i))
			return false;
	return true;
}

/*
 * meter_counter_trans(state, ts, reading, reading_unit, on_drop
 * [, rollover [, glitch_tolerance]]): a row with a NULL ts or reading is
 * skipped; a NULL rollover means none.
 */
PG_FUNCTION_INFO_V1(gl_meter_counter_trans);
Datum
gl_meter_counter_trans(PG_FUNCTION_ARGS)
{
	gl_counter_opts o = {0};
	CounterExpanded *x;
	char	   *a,
			   *b;
	TimestampTz ts;
	double		v;
	MemoryContext old;
	int			rc;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return gl_state_unchanged(fcinfo);
	if (!PG_ARGISNULL(0))
	{
		ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &counter_methods);

		x = (CounterExpanded *) eoh;
		if (x && x->constant_for != NULL && x->constant_for == fcinfo->flinfo)
			goto add;
		if (x && same_settings(fcinfo, &x->c.opts))
		{
			if (settings_constant(fcinfo))
				x->constant_for = fcinfo->flinfo;
			goto add;
		}
	}
	if (PG_ARGISNULL(3))
		gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, "reading_unit");
	if (PG_ARGISNULL(4))
		gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, "on_drop");
	o.unit = gl_unit_arg(fcinfo, 3, GL_DIM_ENERGY, "reading_unit");
	o.on_drop = gl_choice_arg(fcinfo, 4, &gl_counter_drop_choices, "on_drop");
	if (PG_NARGS() > 5 && !PG_ARGISNULL(5))
	{
		o.rollover = PG_GETARG_FLOAT8(5);
		gl_check_finite(o.rollover, "rollover");
		if (o.rollover <= 0)
			cnt_raise_value(GL_CNT_ROLLOVER, o.rollover, NULL);
	}
	if (PG_NARGS() > 6)
	{
		if (PG_ARGISNULL(6))
			gl_raise_arg(&gl_base_statuses, GL_BASE_NULL_ARG, "glitch_tolerance");
		o.tolerance = PG_GETARG_FLOAT8(6);
		gl_check_finite(o.tolerance, "glitch_tolerance");
	}
	if (PG_ARGISNULL(0))
	{
		rc = gl_counter_opts_prepare(&o);
		if (rc != GL_CNT_OK)
			cnt_raise_value(rc, rc == GL_CNT_ROLLOVER ? o.rollover : o.tolerance,
							NULL);
		x = counter_new(gl_agg_context(fcinfo), &o, 64);
	}
	else
	{
		x = counter_for_update(fcinfo);
		if (!gl_counter_opts_equal(&x->c.opts, &o))
		{
			rc = gl_counter_opts_prepare(&o);
			if (rc != GL_CNT_OK)
				cnt_raise_value(rc, rc == GL_CNT_ROLLOVER ? o.rollover : o.tolerance,
								NULL);
			opts_diff(&o, &x->c.opts, &a, &b);
			cnt_raise(GL_CNT_OPTS_MIXED, a, b);
		}
	}
add:
	ts = PG_GETARG_TIMESTAMPTZ(1);
	if (!gl_time_in_range(ts))
		cnt_raise(GL_CNT_TIME_RANGE, time_text(ts), NULL);
	v = PG_GETARG_FLOAT8(2);
	gl_check_finite(v, "reading");
	rc = gl_counter_check_reading(&x->c.opts, v);
	if (rc != GL_CNT_OK)
	{
		char		r[32];

		cnt_raise_value(rc, v, gl_shortest(x->c.opts.rollover, r));
	}
	old = MemoryContextSwitchTo(x->hdr.eoh_context);
	rc = gl_counter_add(&x->c, ts, v + 0.0);	/* -0 as 0 */
	MemoryContextSwitchTo(old);
	cnt_check_rc(rc);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/* meter_counter_combine(a, b): a with b's pieces added; a NULL side is empty */
PG_FUNCTION_INFO_V1(gl_meter_counter_combine);
Datum
gl_meter_counter_combine(PG_FUNCTION_ARGS)
{
	CounterExpanded *x;
	CounterView b;
	MemoryContext old;
	int			rc;

	if (PG_ARGISNULL(1))
		return gl_state_unchanged(fcinfo);
	PG_GETARG_COUNTER(1, &b);
	if (PG_ARGISNULL(0))
		PG_RETURN_DATUM(EOHPGetRWDatum(&counter_copy(gl_agg_context(fcinfo), &b)->hdr));
	x = counter_for_update(fcinfo);
	if (!gl_counter_opts_equal(&x->c.opts, &b.opts))
	{
		char	   *da,
				   *db;

		opts_diff(&x->c.opts, &b.opts, &da, &db);
		cnt_raise(GL_CNT_COMBINE_MIXED, da, db);
	}
	old = MemoryContextSwitchTo(x->hdr.eoh_context);
	rc = gl_counter_merge(&x->c, b.pts, b.npts, b.segs, b.nsegs);
	if (rc == GL_CNT_OK)
		rc = gl_counter_merge_log(&x->c, b.log, b.loglen, b.nlog);
	MemoryContextSwitchTo(old);
	cnt_check_rc(rc);
	PG_RETURN_DATUM(EOHPGetRWDatum(&x->hdr));
}

/* the summary: every piece chained into one segment */
PG_FUNCTION_INFO_V1(gl_meter_counter_final);
Datum
gl_meter_counter_final(PG_FUNCTION_ARGS)
{
	CounterView v;
	gl_counter_seg s;
	Size		sz = flat_size(1, 0);
	GlCounterStored *f;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_GETARG_COUNTER(0, &v);
	if (!counter_summary(&v, &s))
		PG_RETURN_NULL();
	f = palloc(sz);
	write_flat(f, sz, &v.opts, &s, 1, NULL, 0);
	PG_RETURN_POINTER(f);
}

/* ---- what a summary answers ------------------------------------------- */

static void
summary_arg(FunctionCallInfo fcinfo, CounterView *v, gl_counter_seg *s)
{
	PG_GETARG_COUNTER(0, v);
	if (!counter_summary(v, s))
		memset(s, 0, sizeof(*s));
}

/* consumption(mc): in the readings' unit */
PG_FUNCTION_INFO_V1(gl_consumption);
Datum
gl_consumption(PG_FUNCTION_ARGS)
{
	CounterView v;
	gl_counter_seg s;

	summary_arg(fcinfo, &v, &s);
	if (s.readings == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(gl_counter_nano_double(gl_counter_seg_consumption(&s)));
}

/* consumption(mc, out_unit): in any energy unit */
PG_FUNCTION_INFO_V1(gl_consumption_unit);
Datum
gl_consumption_unit(PG_FUNCTION_ARGS)
{
	const gl_unit *out = gl_unit_arg(fcinfo, 1, GL_DIM_ENERGY, "out_unit");
	CounterView v;
	gl_counter_seg s;

	summary_arg(fcinfo, &v, &s);
	if (s.readings == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(gl_unit_convert(v.opts.unit, out,
									 gl_counter_nano_double(gl_counter_seg_consumption(&s))));
}

#define COUNT_ACCESSOR(fname, field) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	CounterView v; \
	gl_counter_seg s; \
	summary_arg(fcinfo, &v, &s); \
	PG_RETURN_INT64(s.field); \
}

COUNT_ACCESSOR(gl_resets, resets)
COUNT_ACCESSOR(gl_rollovers, rollovers)
COUNT_ACCESSOR(gl_suspect_drops, suspect_drops)
COUNT_ACCESSOR(gl_readings_counter, readings)

/* a meter_reading (ts, reading, reading_unit) */
static Datum
reading_datum(FunctionCallInfo fcinfo, gl_time ts, double v, const gl_unit *u)
{
	TupleDesc	td;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "greenlang: function returning a composite called in a context that cannot accept it");
	td = BlessTupleDesc(td);
	values[0] = TimestampTzGetDatum(ts);
	values[1] = Float8GetDatum(v);
	values[2] = CStringGetTextDatum(u->name);
	return HeapTupleGetDatum(heap_form_tuple(td, values, nulls));
}

/* the first or last reading of argument 0, NULL without readings */
static Datum
reading_accessor(FunctionCallInfo fcinfo, bool last)
{
	CounterView v;
	gl_counter_seg s;

	summary_arg(fcinfo, &v, &s);
	if (s.readings == 0)
		PG_RETURN_NULL();
	return reading_datum(fcinfo, last ? s.last_ts : s.first_ts,
						 last ? s.last_v : s.first_v, v.opts.unit);
}

PG_FUNCTION_INFO_V1(gl_first_reading);
Datum
gl_first_reading(PG_FUNCTION_ARGS)
{
	return reading_accessor(fcinfo, false);
}

PG_FUNCTION_INFO_V1(gl_last_reading);
Datum
gl_last_reading(PG_FUNCTION_ARGS)
{
	return reading_accessor(fcinfo, true);
}
