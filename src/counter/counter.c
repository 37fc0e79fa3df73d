/*
 * counter/counter.c - cumulative meter registers: settings, nano-units,
 * segments, the working state and its chaining, the text form (see
 * counter.h).
 */
#include "counter/counter.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/textform.h"

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
	"An aggregate keeps 16 bytes a reading until its final step.",
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
/* the largest consumption, in nano-units (1e18 units) */
#define MAX_NANO ((gl_nano) 1000000000000000000LL * NANO_PER_UNIT)

gl_nano
gl_counter_nano(double v)
{
	int			e;
	double		f = frexp(v, &e);	/* v = f 2^e, 0.5 <= |f| < 1 */
	int64_t		m = (int64_t) ldexp(f, 53); /* v = m 2^(e - 53), exact */
	gl_nano		p = (gl_nano) m * NANO_PER_UNIT;
	int			k = 53 - e;
	bool		neg = p < 0;
	gl_nano		q,
				r,
				half;

	if (k <= 0)
		return p * ((gl_nano) 1 << -k);
	if (k > 100)
		return 0;				/* |p| < 2^83: below half a nano-unit */
	if (neg)
		p = -p;
	q = p >> k;
	r = p - (q << k);
	half = (gl_nano) 1 << (k - 1);
	if (r > half || (r == half && (q & 1)))
		q++;
	return neg ? -q : q;
}

double
gl_counter_nano_double(gl_nano q)
{
	return (double) q / (double) NANO_PER_UNIT;
}

/* the exact decimal of q nano-units into buf (64 bytes) */
static int
nano_text(gl_nano q, char *buf)
{
	char		digits[48];
	int			n = 0;
	int			k = 0;
	unsigned __int128 a = q < 0 ? -(unsigned __int128) q : (unsigned __int128) q;
	int			i;

	do
	{
		digits[n++] = (char) ('0' + (int) (a % 10));
		a /= 10;
	} while (a > 0 || n < 10);
	/* digits[0..8] are the fraction, least significant first */
	if (q < 0)
		buf[k++] = '-';
	for (i = n - 1; i >= 9; i--)
		buf[k++] = digits[i];
	for (i = 0; i < 9 && digits[i] == '0'; i++)
		;
	if (i < 9)
	{
		int			j;

		buf[k++] = '.';
		for (j = 8; j >= i; j--)
			buf[k++] = digits[j];
	}
	buf[k] = '\0';
	return k;
}

/* a decimal "[-]digits[.digits]" (at most 9 decimals, |x| <= 1e27) */
static bool
parse_nano(const char *s, size_t len, gl_nano *out)
{
	size_t		i = 0;
	bool		neg = false;
	gl_nano		v = 0;
	int			decimals = 0;
	int			digits = 0;

	if (i < len && s[i] == '-')
	{
		neg = true;
		i++;
	}
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		v = v * 10 + (s[i] - '0');
		if (++digits > 28)
			return false;
	}
	if (digits == 0)
		return false;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (++decimals > 9)
				return false;
			v = v * 10 + (s[i] - '0');
		}
		if (decimals == 0)
			return false;
	}
	if (i != len)
		return false;
	for (; decimals < 9; decimals++)
		v *= 10;
	if (v > MAX_NANO)
		return false;
	*out = neg ? -v : v;
	return true;
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
seg_set_consumption(gl_counter_seg *s, gl_nano q)
{
	s->cons_hi = (int64_t) (q >> 64);
	s->cons_lo = (uint64_t) q;
}

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
	c->pcap = cap < 8 ? 8 : cap;
	c->pts = gl_alloc(c->pcap * sizeof(gl_counter_point));
	return c->pts ? GL_CNT_OK : GL_CNT_NOMEM;
}

void
gl_counter_free(gl_counter *c)
{
	gl_free(c->pts);
	gl_free(c->segs);
	c->pts = NULL;
	c->segs = NULL;
	c->npts = c->pcap = c->nsegs = c->scap = 0;
}

int
gl_counter_grow(gl_counter *c, size_t need)
{
	size_t		cap = c->pcap * 2;
	gl_counter_point *p;

	if (need <= c->pcap)
		return GL_CNT_OK;
	if (need > GL_COUNTER_MAX_POINTS)
		return GL_CNT_TOO_MANY;
	if (cap < need)
		cap = need;
	if (cap > GL_COUNTER_MAX_POINTS)
		cap = GL_COUNTER_MAX_POINTS;
	p = gl_realloc(c->pts, cap * sizeof(gl_counter_point));
	if (p == NULL)
		return GL_CNT_NOMEM;
	c->pts = p;
	c->pcap = cap;
	return GL_CNT_OK;
}

static int
add_segs(gl_counter *c, const gl_counter_seg *segs, size_t n)
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
	int			rc = add_segs(c, segs, nsegs);

	if (rc != GL_CNT_OK || npts == 0)
		return rc;
	rc = gl_counter_grow(c, c->npts + npts);
	if (rc != GL_CNT_OK)
		return rc;
	if (c->sorted && c->npts > 0 &&
		gl_counter_point_less(&pts[0], &c->pts[c->npts - 1]))
	{
		/* two sorted runs (a parallel plan's partial states): merge them */
		gl_counter_point *out = gl_alloc((c->npts + npts) * sizeof(gl_counter_point));
		size_t		i = 0,
					j = 0,
					k = 0;
		bool		sorted = true;

		if (out == NULL)
			return GL_CNT_NOMEM;
		while (i < c->npts || j < npts)
		{
			if (j >= npts || (i < c->npts && !gl_counter_point_less(&pts[j], &c->pts[i])))
				out[k++] = c->pts[i++];
			else
			{
				out[k++] = pts[j++];
				if (j > 1 && j <= npts && gl_counter_point_less(&pts[j - 1], &pts[j - 2]))
					sorted = false;
			}
			if ((k & 65535) == 0)
				gl_check_interrupts();
		}
		gl_free(c->pts);
		c->pts = out;
		c->pcap = c->npts + npts;
		c->npts = k;
		c->sorted = sorted;
		return GL_CNT_OK;
	}
	memcpy(c->pts + c->npts, pts, npts * sizeof(gl_counter_point));
	c->npts += npts;
	if (c->sorted)
	{
		size_t		i;

		for (i = c->npts - npts; i < c->npts; i++)
			if (i > 0 && gl_counter_point_less(&c->pts[i], &c->pts[i - 1]))
			{
				c->sorted = false;
				break;
			}
	}
	return GL_CNT_OK;
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

void
gl_counter_sort(gl_counter *c)
{
	if (!c->sorted)
	{
		qsort(c->pts, c->npts, sizeof(gl_counter_point), cmp_point);
		c->sorted = true;
	}
}

int
gl_counter_finish(gl_counter *c, gl_counter_seg *out, gl_counter_overlap *ov)
{
	const gl_counter_opts *o = &c->opts;
	gl_counter_seg acc;
	gl_nano		cons = 0;
	gl_nano		q_last = 0;
	bool		have = false;
	size_t		i = 0;
	size_t		j = 0;
	int			rc;

	if (c->npts == 0 && c->nsegs == 0)
		return GL_CNT_EMPTY;
	gl_counter_sort(c);
	if (c->nsegs > 1)
		qsort(c->segs, c->nsegs, sizeof(gl_counter_seg), cmp_seg);
	while (i < c->npts || j < c->nsegs)
	{
		/* the next piece: a point on a tie, so that touching pieces chain */
		bool		point = j >= c->nsegs ||
			(i < c->npts && cmp_reading(c->pts[i].ts, c->pts[i].v,
										c->segs[j].first_ts, c->segs[j].first_v) <= 0);

		if (point)
		{
			const gl_counter_point *p = &c->pts[i++];
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
				return GL_CNT_OVERLAP;
			}
			else
			{
				rc = chain_pair(o, &acc, &cons, q_last, qv);
				if (rc != GL_CNT_OK)
					return rc;
				if (acc.readings == INT64_MAX)
					return GL_CNT_OVERFLOW;
				acc.readings++;
				acc.last_ts = p->ts;
				acc.last_v = p->v;
			}
			q_last = qv;
		}
		else
		{
			const gl_counter_seg *s = &c->segs[j++];

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
				return GL_CNT_OVERLAP;
			}
			else
			{
				rc = chain_seg(o, &acc, &cons, &q_last, s);
				if (rc != GL_CNT_OK)
					return rc;
			}
		}
		if (((i + j) & 8191) == 0)
			gl_check_interrupts();
	}
	seg_set_consumption(&acc, cons);
	*out = acc;
	c->npts = 0;
	c->sorted = true;
	c->nsegs = 0;
	return add_segs(c, &acc, 1);
}

/* ---- text form ------------------------------------------------------------ */

static int
fail(gl_counter_text_error *err, int status, const char *token, size_t len)
{
	gl_trim(&token, &len);
	err->status = status;
	err->token = token;
	err->token_len = len;
	return status;
}

/* a whole item value as a strict decimal */
static bool
value_number(const gl_text_item *it, double *out)
{
	size_t		used;

	return gl_text_number(it->value, it->value_len, out, &used) == GL_TEXT_OK &&
		used == it->value_len;
}

static int
parse_header(const char *s, size_t len, gl_counter_opts *o,
			 gl_counter_text_error *err)
{
	gl_text_item items[4];
	gl_text_error te;
	int			n;
	const gl_text_item *u,
			   *d,
			   *r,
			   *t;

	if (gl_text_split(s, len, items, 4, &n, &te) != GL_TEXT_OK)
		return fail(err, GL_CNT_TEXT_HEADER, te.token, te.token_len);
	u = gl_text_get(items, n, "reading_unit");
	d = gl_text_get(items, n, "on_drop");
	r = gl_text_get(items, n, "rollover");
	t = gl_text_get(items, n, "glitch_tolerance");
	if (n != 4 || !u || !d || !r || !t)
		return fail(err, GL_CNT_TEXT_HEADER, s, len);
	memset(o, 0, sizeof(*o));
	o->unit = gl_unit_find_dim(u->value, u->value_len, GL_DIM_ENERGY, NULL);
	if (o->unit == NULL)
		return fail(err, GL_CNT_TEXT_HEADER, u->item, u->item_len);
	o->on_drop = gl_choice_find(&gl_counter_drop_choices, d->value, d->value_len);
	if (o->on_drop < 0)
		return fail(err, GL_CNT_TEXT_HEADER, d->item, d->item_len);
	if (r->value_len == 4 && memcmp(r->value, "none", 4) == 0)
		o->rollover = 0;
	else if (!value_number(r, &o->rollover) || o->rollover <= 0)
		return fail(err, GL_CNT_TEXT_HEADER, r->item, r->item_len);
	if (!value_number(t, &o->tolerance))
		return fail(err, GL_CNT_TEXT_HEADER, t->item, t->item_len);
	if (gl_counter_opts_prepare(o) != GL_CNT_OK)
		return fail(err, GL_CNT_TEXT_HEADER, s, len);
	return GL_CNT_OK;
}

/* "<ts> <reading>" at s[*i]: blanks before, a blank between */
static bool
parse_reading(const char *s, size_t len, size_t *i, gl_time *ts, double *v)
{
	size_t		used;

	while (*i < len && gl_is_blank(s[*i]))
		(*i)++;
	if ((used = gl_time_parse(s + *i, len - *i, ts)) == 0)
		return false;
	*i += used;
	if (*i >= len || !gl_is_blank(s[*i]))
		return false;
	if (gl_text_number(s + *i, len - *i, v, &used) != GL_TEXT_OK)
		return false;
	*i += used;
	return true;
}

/* the counts and consumption after "->" ... ":" */
static bool
parse_tail(const char *s, size_t len, gl_counter_seg *seg)
{
	static const char *const names[] = {"readings", "consumption", "resets",
	"rollovers", "suspect_drops"};
	int64_t    *counts[5];
	gl_text_item items[5];
	gl_text_error te;
	gl_nano		cons = 0;
	int			n,
				k;

	counts[0] = &seg->readings;
	counts[1] = NULL;
	counts[2] = &seg->resets;
	counts[3] = &seg->rollovers;
	counts[4] = &seg->suspect_drops;
	if (gl_text_split(s, len, items, 5, &n, &te) != GL_TEXT_OK || n != 5)
		return false;
	for (k = 0; k < 5; k++)
	{
		const gl_text_item *it = gl_text_get(items, n, names[k]);

		if (it == NULL)
			return false;
		if (counts[k] == NULL)
		{
			if (!parse_nano(it->value, it->value_len, &cons))
				return false;
		}
		else if (gl_text_count(it->value, it->value_len, counts[k]) != it->value_len)
			return false;
	}
	seg_set_consumption(seg, cons);
	return true;
}

/* one piece s[0, len): a point (*is_point) or a segment */
static bool
parse_piece(const char *s, size_t len, gl_counter_seg *seg, bool *is_point)
{
	size_t		i = 0;

	memset(seg, 0, sizeof(*seg));
	if (!parse_reading(s, len, &i, &seg->first_ts, &seg->first_v))
		return false;
	while (i < len && gl_is_blank(s[i]))
		i++;
	if (i == len)
	{
		*is_point = true;
		seg->last_ts = seg->first_ts;
		seg->last_v = seg->first_v;
		seg->readings = 1;
		return true;
	}
	*is_point = false;
	if (i + 2 > len || s[i] != '-' || s[i + 1] != '>')
		return false;
	i += 2;
	if (!parse_reading(s, len, &i, &seg->last_ts, &seg->last_v))
		return false;
	if (i >= len || s[i] != ':')
		return false;
	return parse_tail(s + i + 1, len - i - 1, seg);
}

static size_t
piece_len(const char *s)
{
	const char *e = strchr(s, ';');

	return e ? (size_t) (e - s) : strlen(s);
}

int
gl_counter_parse(const char *str, gl_counter *c, gl_counter_text_error *err)
{
	gl_counter_opts o;
	const char *p = str;
	int			rc = parse_header(p, piece_len(p), &o, err);

	if (rc != GL_CNT_OK)
		return rc;
	rc = gl_counter_init(c, &o, 8);
	if (rc != GL_CNT_OK)
		return fail(err, rc, str, 0);
	p += piece_len(p);
	while (*p == ';')
	{
		size_t		len;
		gl_counter_seg seg;
		bool		is_point;

		p++;
		len = piece_len(p);
		if (!parse_piece(p, len, &seg, &is_point))
			rc = GL_CNT_TEXT_PIECE;
		else if (gl_counter_seg_check(&c->opts, &seg) != GL_CNT_OK)
			rc = GL_CNT_TEXT_INVALID;
		else if (is_point)
			rc = gl_counter_add(c, seg.first_ts, seg.first_v);
		else
			rc = add_segs(c, &seg, 1);
		if (rc != GL_CNT_OK)
		{
			gl_counter_free(c);
			return fail(err, rc, p, len);
		}
		p += len;
		gl_check_interrupts();
	}
	return GL_CNT_OK;
}

char *
gl_counter_format(const gl_counter_opts *o, const gl_counter_seg *segs,
				  size_t nsegs, const gl_counter_point *pts, size_t npts,
				  gl_counter_fmt_double fmt)
{
	size_t		size = 256 + nsegs * 400 + npts * 80;
	char	   *buf = gl_alloc(size);
	size_t		k;
	size_t		i;
	char		a[64];
	char		b[64];
	char		t1[GL_TIME_TEXT_MAX];
	char		t2[GL_TIME_TEXT_MAX];

	if (buf == NULL)
		return NULL;
	gl_counter_opts_text(o, fmt, buf, size);
	k = strlen(buf);
	for (i = 0; i < nsegs; i++)
	{
		const gl_counter_seg *s = &segs[i];
		char		q[64];

		gl_time_format(s->first_ts, t1);
		gl_time_format(s->last_ts, t2);
		fmt(s->first_v, a);
		fmt(s->last_v, b);
		nano_text(gl_counter_seg_consumption(s), q);
		k += (size_t) snprintf(buf + k, size - k,
							   "; %s %s -> %s %s: readings=%lld, consumption=%s, resets=%lld, rollovers=%lld, suspect_drops=%lld",
							   t1, a, t2, b, (long long) s->readings, q,
							   (long long) s->resets, (long long) s->rollovers,
							   (long long) s->suspect_drops);
	}
	for (i = 0; i < npts; i++)
	{
		gl_time_format(pts[i].ts, t1);
		fmt(pts[i].v, a);
		k += (size_t) snprintf(buf + k, size - k, "; %s %s", t1, a);
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	return buf;
}
