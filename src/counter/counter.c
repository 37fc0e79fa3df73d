/*
 * counter/counter.c - cumulative meter registers: settings, nano-units,
 * segments, the working state (its log of readings) and its chaining (see
 * counter.h; the text form is in counter_text.c).
 */
#include "counter/counter.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* ---- statuses ---------------------------------------------------------- */

static const gl_status counter_items[] = {
	{GL_CNT_NOMEM, GL_ERR_LIMIT, NULL,
		"out of memory for a meter counter", NULL,
	"Aggregate fewer rows per group."},
	{GL_CNT_TIME_RANGE, GL_ERR_RANGE, "ts",
		"{arg} must be between 0001-01-01 and 9999-12-31, not {name}", NULL,
	"Filter out rows whose {arg} is infinite or a placeholder date."},
	{GL_CNT_NEGATIVE, GL_ERR_RANGE, "reading",
		"{arg} must be zero or more, not {name}",
		"A cumulative register counts up from zero.",
	"Check the meter's sign convention; a register that counts down is not a cumulative meter."},
	{GL_CNT_TOO_LARGE, GL_ERR_RANGE, "reading",
		"{arg} must be at most 1e18, not {name}", NULL,
	"Give the readings in a larger unit, e.g. MWh instead of Wh."},
	{GL_CNT_ABOVE_ROLLOVER, GL_ERR_RANGE, "reading",
		"{arg} must be below the rollover {extra}, not {name}",
		"A register that rolls over at R reads from 0 to just below R.",
	"Check the rollover: it is the reading at which the register returns to zero, e.g. 100000 for five digits."},
	{GL_CNT_ROLLOVER, GL_ERR_PARAM, "rollover",
		"{arg} must be greater than zero and at most 1e18, not {name}", NULL,
	"Give the reading at which the register returns to zero, e.g. 100000, or NULL when it does not roll over."},
	{GL_CNT_TOLERANCE, GL_ERR_PARAM, "glitch_tolerance",
		"{arg} must be zero or more and at most 1e18, not {name}", NULL,
	"Give the largest dip that is only noise, in the readings' unit, e.g. 0.5."},
	{GL_CNT_OPTS_MIXED, GL_ERR_PARAM, NULL,
		"the settings of meter_counter must be the same for every row",
		"This row has {name}; the group started with {extra}.",
	"Pass constants for reading_unit, on_drop, rollover and glitch_tolerance, and aggregate meters of different units separately."},
	{GL_CNT_COMBINE_MIXED, GL_ERR_PARAM, NULL,
		"cannot combine meter counters of different settings",
		"One has {name}, the other {extra}.",
	"Roll up only summaries made with one reading_unit, on_drop, rollover and glitch_tolerance."},
	{GL_CNT_OVERLAP, GL_ERR_PARAM, NULL,
		"meter counter summaries overlap in time",
		"One runs from {name}, the other from {extra}; a summary's consumption assumes that no other reading lies between its first and its last.",
	"Roll up summaries of adjacent periods only, e.g. one per meter and hour made with GROUP BY meter, hour."},
	{GL_CNT_TOO_MANY, GL_ERR_LIMIT, NULL,
		"meter counter too large: more than 64000000 readings in one group",
	"An aggregate keeps every reading of a group until its final step.",
	"Aggregate shorter periods (e.g. one per meter and day) and roll the stored summaries up."},
	{GL_CNT_OVERFLOW, GL_ERR_RANGE, NULL,
		"meter counter out of range",
		"A count would exceed 9223372036854775807 or the consumption 1e27.",
	NULL},
	{GL_CNT_TEXT_HEADER, GL_ERR_TEXT, NULL,
		"invalid input syntax for type meter_counter: \"{name}\"",
		"Expected the settings \"reading_unit=<energy unit>, on_drop=rebase or reset-to-zero, rollover=<number or none>, glitch_tolerance=<number>\" at \"{item}\".",
	NULL},
	{GL_CNT_TEXT_PIECE, GL_ERR_TEXT, NULL,
		"invalid input syntax for type meter_counter: \"{name}\"",
		"Expected \"<ts> <reading>\" or \"<ts> <reading> -> <ts> <reading>: readings=<n>, consumption=<decimal>, resets=<n>, rollovers=<n>, suspect_drops=<n>\" at \"{item}\".",
	"Write instants in UTC like 2024-01-01T00:00:00Z."},
	{GL_CNT_TEXT_INVALID, GL_ERR_TEXT, NULL,
		"invalid input syntax for type meter_counter: \"{name}\"",
		"No readings make \"{item}\" under these settings.",
	NULL},
	{GL_CNT_BINARY, GL_ERR_BINARY, NULL,
		"invalid binary meter_counter value",
		"{name}.",
	NULL},
};

const gl_status_table gl_counter_statuses =
GL_STATUS_TABLE("counter", counter_items);

static const gl_choice drop_items[] = {
	{"rebase", GL_DROP_REBASE},
	{"reset-to-zero", GL_DROP_RESET_TO_ZERO},
};

const gl_choices gl_counter_drop_choices = GL_CHOICES("drop behaviour", drop_items);

/* ---- nano-units ------------------------------------------------------------ */

#define NANO_PER_UNIT 1000000000
#define MAX_NANO GL_COUNTER_MAX_NANO

gl_nano
gl_counter_nano(double v)
{
	uint64_t	b;
	int			biased;
	int			k;
	gl_nano		p,
				q,
				r,
				half;

	memcpy(&b, &v, sizeof(b));
	biased = (int) ((b >> 52) & 0x7ff);
	if (biased == 0)
		return 0;				/* zero or subnormal: below half a nano-unit */
	/* |v| = m 2^-k exactly, m the 53-bit significand */
	p = (gl_nano) ((b & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52)) * NANO_PER_UNIT;
	k = 1075 - biased;
	if (k <= 0)
		q = p << -k;
	else if (k > 100)
		return 0;				/* |p| < 2^83: below half a nano-unit */
	else
	{
		q = p >> k;
		r = p - (q << k);
		half = (gl_nano) 1 << (k - 1);
		if (r > half || (r == half && (q & 1)))
			q++;
	}
	return (b >> 63) ? -q : q;
}

double
gl_counter_nano_double(gl_nano q)
{
	return (double) q / (double) NANO_PER_UNIT;
}

/* ---- settings ---------------------------------------------------------- */

int
gl_counter_opts_prepare(gl_counter_opts *o)
{
	if (o->rollover < 0 || o->rollover > GL_COUNTER_MAX_READING)
		return GL_CNT_ROLLOVER;
	if (o->tolerance < 0 || o->tolerance > GL_COUNTER_MAX_READING)
		return GL_CNT_TOLERANCE;
	o->q_rollover = gl_nano_pair_of(gl_counter_nano(o->rollover));
	o->q_tolerance = gl_nano_pair_of(gl_counter_nano(o->tolerance));
	return GL_CNT_OK;
}

bool
gl_counter_opts_equal(const gl_counter_opts *a, const gl_counter_opts *b)
{
	return a->unit == b->unit && a->on_drop == b->on_drop &&
		a->rollover == b->rollover && a->tolerance == b->tolerance;
}

void
gl_counter_opts_text(const gl_counter_opts *o, gl_counter_fmt_double fmt,
					 char *buf, size_t buflen)
{
	char		r[32];
	char		t[32];

	if (o->rollover > 0)
		fmt(o->rollover, r);
	else
		strcpy(r, "none");
	fmt(o->tolerance, t);
	snprintf(buf, buflen, "reading_unit=%s, on_drop=%s, rollover=%s, glitch_tolerance=%s",
			 o->unit->name, gl_choice_name(&gl_counter_drop_choices, o->on_drop),
			 r, t);
}

/* ---- segments ------------------------------------------------------------ */

static void
seg_of_point(gl_counter_seg *s, gl_time ts, double v)
{
	memset(s, 0, sizeof(*s));
	s->first_ts = s->last_ts = ts;
	s->first_v = s->last_v = v;
	s->readings = 1;
}

/* (ts, v) order of two readings: <0, 0, >0 */
static int
cmp_reading(gl_time ta, double va, gl_time tb, double vb)
{
	if (ta != tb)
		return ta < tb ? -1 : 1;
	return (va > vb) - (va < vb);
}

int
gl_counter_seg_check(const gl_counter_opts *o, const gl_counter_seg *s)
{
	gl_nano		cons = gl_counter_seg_consumption(s);
	gl_nano		rise;
	gl_nano		q_tol = gl_nano_get(o->q_tolerance);

	if (!gl_time_in_range(s->first_ts) || !gl_time_in_range(s->last_ts) ||
		isnan(s->first_v) || isnan(s->last_v) ||
		gl_counter_check_reading(o, s->first_v) != GL_CNT_OK ||
		gl_counter_check_reading(o, s->last_v) != GL_CNT_OK)
		return GL_CNT_TEXT_INVALID;
	/* only now: gl_counter_nano takes readings within 1e18 */
	rise = gl_counter_nano(s->last_v) - gl_counter_nano(s->first_v);
	if (cmp_reading(s->first_ts, s->first_v, s->last_ts, s->last_v) > 0 ||
		s->readings < 1 || s->resets < 0 || s->rollovers < 0 ||
		s->suspect_drops < 0 ||
		(__int128) s->resets + s->rollovers + s->suspect_drops > s->readings - 1 ||
		(s->rollovers > 0 && o->rollover == 0) ||
		cons > MAX_NANO || cons < -MAX_NANO)
		return GL_CNT_TEXT_INVALID;
	if (s->readings == 1 &&
		(s->first_ts != s->last_ts || s->first_v != s->last_v || cons != 0))
		return GL_CNT_TEXT_INVALID;
	if (s->resets == 0 && s->rollovers == 0 ? cons != rise : cons < rise)
		return GL_CNT_TEXT_INVALID;
	/* only a dip takes something back, at most the tolerance */
	if (s->suspect_drops <= MAX_NANO / (q_tol > 0 ? q_tol : 1) &&
		cons < -(gl_nano) s->suspect_drops * q_tol)
		return GL_CNT_TEXT_INVALID;
	return GL_CNT_OK;
}

/*
 * The pair (p, v) after acc, whose last reading is p (nano-units qp): adds
 * its increase and counts it.
 */
static int
chain_pair(const gl_counter_opts *o, gl_counter_seg *acc, gl_nano *cons,
		   gl_nano qp, gl_nano qv)
{
	gl_nano		d = qv - qp;
	gl_nano		inc;
	gl_nano		q_rollover;

	if (d >= 0)
		inc = d;
	else if (-d <= gl_nano_get(o->q_tolerance))
	{
		inc = d;
		acc->suspect_drops++;
	}
	else if ((q_rollover = gl_nano_get(o->q_rollover)) > 0 && q_rollover < -2 * d)
	{
		inc = q_rollover + d;
		acc->rollovers++;
	}
	else
	{
		inc = o->on_drop == GL_DROP_RESET_TO_ZERO ? qv : 0;
		acc->resets++;
	}
	*cons += inc;
	if (*cons > MAX_NANO || *cons < -MAX_NANO)
		return GL_CNT_OVERFLOW;
	return GL_CNT_OK;
}

/* acc followed by segment s (acc has a reading; no overlap: checked) */
static int
chain_seg(const gl_counter_opts *o, gl_counter_seg *acc, gl_nano *cons,
		  gl_nano *q_last, const gl_counter_seg *s)
{
	gl_nano		q_first = gl_counter_nano(s->first_v);
	int			rc = chain_pair(o, acc, cons, *q_last, q_first);

	if (rc != GL_CNT_OK)
		return rc;
	*cons += gl_counter_seg_consumption(s);
	if (*cons > MAX_NANO || *cons < -MAX_NANO ||
		__builtin_add_overflow(acc->readings, s->readings, &acc->readings) ||
		__builtin_add_overflow(acc->resets, s->resets, &acc->resets) ||
		__builtin_add_overflow(acc->rollovers, s->rollovers, &acc->rollovers) ||
		__builtin_add_overflow(acc->suspect_drops, s->suspect_drops,
							   &acc->suspect_drops))
		return GL_CNT_OVERFLOW;
	acc->last_ts = s->last_ts;
	acc->last_v = s->last_v;
	*q_last = gl_counter_nano(s->last_v);
	return GL_CNT_OK;
}

/* ---- the working state ---------------------------------------------------- */

int
gl_counter_init(gl_counter *c, const gl_counter_opts *o, size_t cap)
{
	memset(c, 0, sizeof(*c));
	c->opts = *o;
	c->sorted = true;
	c->logcap = (cap < 8 ? 8 : cap) * 4 + GL_COUNTER_LOG_SLACK;
	c->log = gl_alloc(c->logcap);
	return c->log ? GL_CNT_OK : GL_CNT_NOMEM;
}

void
gl_counter_free(gl_counter *c)
{
	gl_free(c->log);
	gl_free(c->segs);
	c->log = NULL;
	c->segs = NULL;
	c->loglen = c->logcap = c->npts = c->nsegs = c->scap = 0;
	c->nstage = 0;
}

int
gl_counter_flush(gl_counter *c)
{
	size_t		need = c->loglen + c->nstage + GL_COUNTER_LOG_SLACK;

	if (c->nstage == 0)
		return GL_CNT_OK;
	if (need > c->logcap)
	{
		size_t		cap = c->logcap * 2;
		uint8_t    *p;

		if (cap < need)
			cap = need;
		p = gl_realloc(c->log, cap);
		if (p == NULL)
			return GL_CNT_NOMEM;
		c->log = p;
		c->logcap = cap;
	}
	memcpy(c->log + c->loglen, c->stage, c->nstage);
	c->loglen += c->nstage;
	c->nstage = 0;
	return GL_CNT_OK;
}

bool
gl_counter_read(gl_counter_reader *r, gl_counter_point *out)
{
	const uint8_t *p = r->p;
	unsigned	tag;
	unsigned	t;
	unsigned	n;
	uint64_t	x = 0;
	unsigned	k;

	if (p >= r->end)
		return false;
	tag = *p++;
	t = (tag >> 4) & 7;
	n = tag & 0x0f;
	if (n > 8 || t + n > 8)
		return false;
	if (!(tag & 0x80))
	{
		uint64_t	z = 0;
		int			shift = 0;

		for (;;)
		{
			if (p >= r->end || shift > 63)
				return false;
			z |= (uint64_t) (*p & 0x7f) << shift;
			if (!(*p++ & 0x80))
				break;
			shift += 7;
		}
		r->step = (int64_t) (z >> 1) ^ -(int64_t) (z & 1);
	}
	if ((size_t) (r->end - p) < n)
		return false;
	for (k = 0; k < n; k++)
		x |= (uint64_t) p[k] << (8 * k);
	p += n;
	r->bits ^= x << (8 * t);
	if (__builtin_add_overflow(r->ts, r->step, &r->ts))
		return false;
	out->ts = r->ts;
	memcpy(&out->v, &r->bits, sizeof(out->v));
	r->p = p;
	return true;
}

bool
gl_counter_decode(const uint8_t *log, size_t len, size_t n,
				  gl_counter_point *out)
{
	gl_counter_reader r;
	size_t		i;

	gl_counter_reader_init(&r, log, len);
	for (i = 0; i < n; i++)
	{
		if (!gl_counter_read(&r, &out[i]))
			return false;
		if ((i & 65535) == 65535)
			gl_check_interrupts();
	}
	return r.p == r.end;
}

int
gl_counter_add_segs(gl_counter *c, const gl_counter_seg *segs, size_t n)
{
	if (n == 0)
		return GL_CNT_OK;
	if (c->nsegs + n > c->scap)
	{
		size_t		cap = (c->nsegs + n) * 2;
		gl_counter_seg *s;

		if (c->nsegs + n > GL_COUNTER_MAX_POINTS)
			return GL_CNT_TOO_MANY;
		s = gl_realloc(c->segs, cap * sizeof(gl_counter_seg));
		if (s == NULL)
			return GL_CNT_NOMEM;
		c->segs = s;
		c->scap = cap;
	}
	memcpy(c->segs + c->nsegs, segs, n * sizeof(gl_counter_seg));
	c->nsegs += n;
	return GL_CNT_OK;
}

int
gl_counter_merge(gl_counter *c, const gl_counter_point *pts, size_t npts,
				 const gl_counter_seg *segs, size_t nsegs)
{
	int			rc = gl_counter_add_segs(c, segs, nsegs);
	size_t		i;

	for (i = 0; i < npts && rc == GL_CNT_OK; i++)
	{
		rc = gl_counter_add(c, pts[i].ts, pts[i].v);
		if ((i & 65535) == 65535)
			gl_check_interrupts();
	}
	return rc;
}

int
gl_counter_merge_log(gl_counter *c, const uint8_t *log, size_t len, size_t n)
{
	gl_counter_reader r;
	gl_counter_point p;
	size_t		i;
	int			rc;

	gl_counter_reader_init(&r, log, len);
	for (i = 0; i < n; i++)
	{
		if (!gl_counter_read(&r, &p))
			return GL_CNT_BINARY;
		rc = gl_counter_add(c, p.ts, p.v);
		if (rc != GL_CNT_OK)
			return rc;
		if ((i & 65535) == 65535)
			gl_check_interrupts();
	}
	return r.p == r.end ? GL_CNT_OK : GL_CNT_BINARY;
}

static int
cmp_point(const void *a, const void *b)
{
	const gl_counter_point *x = a;
	const gl_counter_point *y = b;

	return cmp_reading(x->ts, x->v, y->ts, y->v);
}

static int
cmp_seg(const void *a, const void *b)
{
	const gl_counter_seg *x = a;
	const gl_counter_seg *y = b;
	int			c = cmp_reading(x->first_ts, x->first_v, y->first_ts, y->first_v);

	return c ? c : cmp_reading(x->last_ts, x->last_v, y->last_ts, y->last_v);
}

/*
 * A natural merge sort: the ordered runs as they come, merged in pairs
 * until one is left.  Rows in order cost one look; a few runs (a scan
 * that began mid-table, a parallel plan's partial states) a pass or two.
 */
int
gl_counter_sort_points(gl_counter_point *pts, size_t n)
{
	size_t	   *bound;
	size_t		nruns = 0;
	size_t		i;
	gl_counter_point *tmp;
	gl_counter_point *src = pts;
	gl_counter_point *dst;

	for (i = 1; i < n; i++)
		if (gl_counter_point_less(&pts[i], &pts[i - 1]))
			nruns++;
	if (nruns == 0)
		return GL_CNT_OK;
	nruns++;
	if (nruns > n / 16 + 16)
	{
		/* many short runs (rows in random order): a plain sort */
		qsort(pts, n, sizeof(gl_counter_point), cmp_point);
		return GL_CNT_OK;
	}
	bound = gl_alloc((nruns + 1) * sizeof(size_t));
	tmp = gl_alloc(n * sizeof(gl_counter_point));
	if (bound == NULL || tmp == NULL)
	{
		gl_free(bound);
		gl_free(tmp);
		return GL_CNT_NOMEM;
	}
	nruns = 0;
	bound[nruns++] = 0;
	for (i = 1; i < n; i++)
		if (gl_counter_point_less(&pts[i], &pts[i - 1]))
			bound[nruns++] = i;
	bound[nruns] = n;
	dst = tmp;
	while (nruns > 1)
	{
		size_t		r;
		size_t		m = 0;

		for (r = 0; r < nruns; r += 2)
		{
			size_t		a = bound[r];
			size_t		mid = bound[r + 1];
			size_t		e = r + 2 <= nruns ? bound[r + 2] : mid;
			size_t		j = mid;
			size_t		k = a;

			if (r + 1 >= nruns)
			{
				memcpy(dst + a, src + a, (mid - a) * sizeof(gl_counter_point));
				bound[m++] = a;
				continue;
			}
			while (a < mid && j < e)
				dst[k++] = gl_counter_point_less(&src[j], &src[a]) ? src[j++] : src[a++];
			memcpy(dst + k, src + a, (mid - a) * sizeof(gl_counter_point));
			k += mid - a;
			memcpy(dst + k, src + j, (e - j) * sizeof(gl_counter_point));
			bound[m++] = bound[r];
			gl_check_interrupts();
		}
		bound[m] = n;
		nruns = m;
		dst = src;
		src = src == pts ? tmp : pts;
	}
	if (src != pts)
		memcpy(pts, src, n * sizeof(gl_counter_point));
	gl_free(bound);
	gl_free(tmp);
	return GL_CNT_OK;
}

gl_counter_point *
gl_counter_points(gl_counter *c, bool sort)
{
	gl_counter_point *pts;

	if (gl_counter_flush(c) != GL_CNT_OK)
		return NULL;
	pts = gl_alloc((c->npts + 1) * sizeof(gl_counter_point));
	if (pts == NULL)
		return NULL;
	if (!gl_counter_decode(c->log, c->loglen, c->npts, pts) ||
		(sort && !c->sorted &&
		 gl_counter_sort_points(pts, c->npts) != GL_CNT_OK))
	{
		gl_free(pts);
		return NULL;
	}
	return pts;
}

/*
 * The readings to chain, in order: a log's ordered runs merged as they are
 * decoded (no copy: rows in order, or in up to SRC_RUNS ordered runs), or
 * else an array of them sorted.
 */
#define SRC_RUNS 16

typedef struct point_src
{
	/* runs of the log: a reader at each run's next reading, and its count */
	int			nruns;
	gl_counter_reader rd[SRC_RUNS];
	size_t		left[SRC_RUNS];
	gl_counter_point head[SRC_RUNS];
	int			cur;			/* the run whose head is next, or -1 */
	/* or an array */
	gl_counter_point *pts;
	size_t		i;
	size_t		n;
} point_src;

static void
src_pick(point_src *src)
{
	int			k;

	src->cur = -1;
	for (k = 0; k < src->nruns; k++)
		if (src->left[k] > 0 &&
			(src->cur < 0 ||
			 gl_counter_point_less(&src->head[k], &src->head[src->cur])))
			src->cur = k;
}

/* the next reading, or NULL */
static inline const gl_counter_point *
src_peek(const point_src *src)
{
	if (src->pts)
		return src->i < src->n ? &src->pts[src->i] : NULL;
	return src->cur >= 0 ? &src->head[src->cur] : NULL;
}

static void
src_next(point_src *src)
{
	int			k = src->cur;

	if (src->pts)
	{
		src->i++;
		return;
	}
	if (--src->left[k] > 0)
		gl_counter_read(&src->rd[k], &src->head[k]);	/* checked before */
	if (src->nruns > 1 || src->left[k] == 0)
		src_pick(src);
}

/* src over the single readings pts and the n readings of a log */
static int
src_init(point_src *src, const gl_counter_point *pts, size_t npts,
		 const uint8_t *log, size_t loglen, size_t nlog)
{
	gl_counter_reader r;
	gl_counter_reader at;
	gl_counter_point p;
	gl_counter_point prev = {0, 0};
	size_t		i;
	int			rc;

	memset(src, 0, offsetof(point_src, head));
	src->pts = NULL;
	src->i = src->n = 0;
	/* one pass over the log: checked, and cut into ordered runs */
	gl_counter_reader_init(&r, log, loglen);
	for (i = 0; i < nlog; i++)
	{
		at = r;
		if (!gl_counter_read(&r, &p))
			return GL_CNT_BINARY;
		if (i == 0 || gl_counter_point_less(&p, &prev))
		{
			if (src->nruns < SRC_RUNS)
			{
				src->rd[src->nruns] = at;
				src->nruns++;
			}
			else
				src->nruns = SRC_RUNS + 1;	/* too many: sort */
		}
		if (src->nruns <= SRC_RUNS)
			src->left[src->nruns - 1]++;
		prev = p;
		if ((i & 65535) == 65535)
			gl_check_interrupts();
	}
	if (r.p != r.end)
		return GL_CNT_BINARY;
	if (npts == 0 && src->nruns <= SRC_RUNS)
	{
		int			k;

		for (k = 0; k < src->nruns; k++)
			gl_counter_read(&src->rd[k], &src->head[k]);
		src_pick(src);
		return GL_CNT_OK;
	}
	/* single readings too, or many runs: all of them sorted in an array */
	src->nruns = 0;
	src->n = npts + nlog;
	src->pts = gl_alloc(src->n * sizeof(gl_counter_point));
	if (src->pts == NULL)
		return GL_CNT_NOMEM;
	if (npts > 0)
		memcpy(src->pts, pts, npts * sizeof(gl_counter_point));
	if (!gl_counter_decode(log, loglen, nlog, src->pts + npts))
		return GL_CNT_BINARY;
	rc = gl_counter_sort_points(src->pts, src->n);
	return rc;
}

int
gl_counter_chain(const gl_counter_opts *o, const gl_counter_seg *segs,
				 size_t nsegs, const gl_counter_point *in_pts, size_t in_npts,
				 const uint8_t *log, size_t loglen, size_t nlog,
				 gl_counter_seg *out, gl_counter_overlap *ov)
{
	point_src	src;
	const gl_counter_point *p;
	gl_counter_seg *sorted_segs = NULL;
	gl_counter_seg acc;
	gl_nano		cons = 0;
	gl_nano		q_last = 0;
	bool		have = false;
	size_t		j = 0;
	size_t		steps = 0;
	int			rc;

	if (in_npts + nlog == 0 && nsegs == 0)
		return GL_CNT_EMPTY;
	rc = src_init(&src, in_pts, in_npts, log, loglen, nlog);
	if (rc != GL_CNT_OK)
		goto done;
	if (nsegs > 1)
	{
		sorted_segs = gl_alloc(nsegs * sizeof(gl_counter_seg));
		if (sorted_segs == NULL)
		{
			rc = GL_CNT_NOMEM;
			goto done;
		}
		memcpy(sorted_segs, segs, nsegs * sizeof(gl_counter_seg));
		qsort(sorted_segs, nsegs, sizeof(gl_counter_seg), cmp_seg);
		segs = sorted_segs;
	}
	while ((p = src_peek(&src)) != NULL || j < nsegs)
	{
		/* the next piece: a point on a tie, so that touching pieces chain */
		if (p != NULL &&
			(j >= nsegs || cmp_reading(p->ts, p->v,
									   segs[j].first_ts, segs[j].first_v) <= 0))
		{
			gl_nano		qv = gl_counter_nano(p->v);

			if (!have)
			{
				seg_of_point(&acc, p->ts, p->v);
				have = true;
			}
			else if (cmp_reading(p->ts, p->v, acc.last_ts, acc.last_v) < 0)
			{
				ov->a_first = acc.first_ts;
				ov->a_last = acc.last_ts;
				ov->b_first = ov->b_last = p->ts;
				rc = GL_CNT_OVERLAP;
				goto done;
			}
			else
			{
				rc = chain_pair(o, &acc, &cons, q_last, qv);
				if (rc == GL_CNT_OK && acc.readings == INT64_MAX)
					rc = GL_CNT_OVERFLOW;
				if (rc != GL_CNT_OK)
					goto done;
				acc.readings++;
				acc.last_ts = p->ts;
				acc.last_v = p->v;
			}
			q_last = qv;
			src_next(&src);
		}
		else
		{
			const gl_counter_seg *s = &segs[j++];

			if (!have)
			{
				acc = *s;
				cons = gl_counter_seg_consumption(s);
				q_last = gl_counter_nano(s->last_v);
				have = true;
			}
			else if (cmp_reading(s->first_ts, s->first_v, acc.last_ts, acc.last_v) < 0)
			{
				ov->a_first = acc.first_ts;
				ov->a_last = acc.last_ts;
				ov->b_first = s->first_ts;
				ov->b_last = s->last_ts;
				rc = GL_CNT_OVERLAP;
				goto done;
			}
			else
			{
				rc = chain_seg(o, &acc, &cons, &q_last, s);
				if (rc != GL_CNT_OK)
					goto done;
			}
		}
		if ((++steps & 8191) == 0)
			gl_check_interrupts();
	}
	gl_counter_seg_set_consumption(&acc, cons);
	*out = acc;
done:
	gl_free(src.pts);
	gl_free(sorted_segs);
	return rc;
}

int
gl_counter_finish(gl_counter *c, gl_counter_seg *out, gl_counter_overlap *ov)
{
	int			rc = gl_counter_flush(c);

	if (rc == GL_CNT_OK)
		rc = gl_counter_chain(&c->opts, c->segs, c->nsegs, NULL, 0,
							  c->log, c->loglen, c->npts, out, ov);
	if (rc != GL_CNT_OK)
		return rc;
	c->loglen = 0;
	c->npts = 0;
	c->last_ts = 0;
	c->last_step = 0;
	c->last_bits = 0;
	c->sorted = true;
	c->nsegs = 0;
	return gl_counter_add_segs(c, out, 1);
}
