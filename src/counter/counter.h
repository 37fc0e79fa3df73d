/*
 * counter/counter.h - cumulative meter registers: consumption as the sum
 * of increases, with declared behaviour for drops (pure C, no PostgreSQL
 * headers).
 *
 * A register's readings, in time order, are taken in consecutive pairs
 * (p, v).  The increase of a pair is:
 *
 *   v >= p                    v - p
 *   p - v <= glitch_tolerance v - p (a dip that is noise: counted as a
 *                             suspect drop, and taken back when the
 *                             register climbs again, so noise adds
 *                             nothing over a period)
 *   rollover R declared and   R - p + v (a rollover: the register passed R
 *   the drop p - v > R / 2    and started again at 0)
 *   otherwise, a reset:       rebase: 0 (the register restarted from v,
 *                             which need not be 0); reset-to-zero: v (it
 *                             restarted at 0 and counted up to v)
 *
 * The rule for a rollover is explicit: a drop of more than half the
 * register's range is a rollover (99990 then 5 with R = 100000: 15), a
 * smaller one is a reset.  Readings are >= 0, at most 1e18, and below R.
 * Readings with equal timestamps are taken in increasing order of reading,
 * so that no row order changes a result.
 *
 * Exactness.  Each reading is mapped to an integer number of nano-units
 * (1e-9 of its unit: the exact product, rounded half to even) and all
 * increases are summed in 128-bit integers, so a sum does not depend on
 * how it is grouped.  A SEGMENT summarizes consecutive readings: its first
 * and last reading, their count, the consumption between them and the
 * numbers of resets, rollovers and suspect drops.  Two segments that do
 * not overlap in time chain exactly: the pair between them is one more
 * pair.  Overlapping segments cannot (a reading of one may lie between two
 * of the other): that is an error, not a guess.
 *
 * A working state holds segments and single readings (points) in any
 * order; gl_counter_finish sorts and chains them into one segment.  An
 * aggregate keeps its rows as points (16 bytes each) until then, since a
 * parallel worker's rows interleave in time with another's.
 *
 * Text form (one line):
 *
 *   reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0;
 *   2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4,
 *   consumption=35, resets=1, rollovers=0, suspect_drops=0
 *
 * after the settings, pieces separated by ";": a segment as above, or a
 * single reading "2024-01-01T00:00:00Z 10".  Consumption is the exact
 * decimal of its nano-units.
 */
#ifndef GL_COUNTER_COUNTER_H
#define GL_COUNTER_COUNTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/names.h"
#include "base/status.h"
#include "base/timetext.h"
#include "units/units.h"

typedef __int128 gl_nano;		/* 1e-9 of a reading unit */

/*
 * A gl_nano kept in memory that may be only 8-byte aligned (palloc): two
 * halves.
 */
typedef struct gl_nano_pair
{
	int64_t		hi;
	uint64_t	lo;
} gl_nano_pair;

static inline gl_nano
gl_nano_get(gl_nano_pair p)
{
	return (gl_nano) (((unsigned __int128) (uint64_t) p.hi << 64) | p.lo);
}

static inline gl_nano_pair
gl_nano_pair_of(gl_nano q)
{
	gl_nano_pair p;

	p.hi = (int64_t) (q >> 64);
	p.lo = (uint64_t) q;
	return p;
}

/* the largest reading, rollover and glitch tolerance */
#define GL_COUNTER_MAX_READING 1e18
/* the most points a working state may hold (1 GB) */
#define GL_COUNTER_MAX_POINTS 64000000

typedef enum gl_counter_drop
{
	GL_DROP_REBASE = 1,
	GL_DROP_RESET_TO_ZERO = 2
} gl_counter_drop;

/* the names of on_drop (names.h rule) */
extern const gl_choices gl_counter_drop_choices;

typedef struct gl_counter_opts
{
	const gl_unit *unit;		/* an energy unit */
	int			on_drop;		/* a gl_counter_drop */
	double		rollover;		/* the register's range; 0: none */
	double		tolerance;		/* the glitch tolerance, >= 0 */
	gl_nano_pair q_rollover;	/* the two in nano-units */
	gl_nano_pair q_tolerance;
} gl_counter_opts;

/* one reading; 16 bytes */
typedef struct gl_counter_point
{
	gl_time		ts;
	double		v;
} gl_counter_point;

/* consecutive readings; 80 bytes */
typedef struct gl_counter_seg
{
	gl_time		first_ts;
	gl_time		last_ts;
	double		first_v;
	double		last_v;
	int64_t		cons_hi;		/* consumption in nano-units: high half */
	uint64_t	cons_lo;		/* and low half */
	int64_t		readings;
	int64_t		resets;
	int64_t		rollovers;
	int64_t		suspect_drops;
} gl_counter_seg;

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_counter_status
{
	GL_CNT_OK = 0,
	GL_CNT_NOMEM,				/* out of memory (tests only) */
	GL_CNT_EMPTY,				/* nothing to chain (not an error) */
	GL_CNT_TIME_RANGE,			/* ts outside 0001..9999 */
	GL_CNT_NEGATIVE,			/* a reading below zero */
	GL_CNT_TOO_LARGE,			/* a reading above 1e18 */
	GL_CNT_ABOVE_ROLLOVER,		/* a reading at or above the rollover */
	GL_CNT_ROLLOVER,			/* rollover <= 0 or above 1e18 */
	GL_CNT_TOLERANCE,			/* glitch_tolerance < 0 or above 1e18 */
	GL_CNT_OPTS_MIXED,			/* rows of one group with other settings */
	GL_CNT_COMBINE_MIXED,		/* combining states of other settings */
	GL_CNT_OVERLAP,				/* summaries that overlap in time */
	GL_CNT_TOO_MANY,			/* more than GL_COUNTER_MAX_POINTS */
	GL_CNT_OVERFLOW,			/* a count or the consumption overflows */
	GL_CNT_TEXT_HEADER,			/* the settings do not parse */
	GL_CNT_TEXT_PIECE,			/* a piece does not parse */
	GL_CNT_TEXT_INVALID,		/* a piece no readings could make */
	GL_CNT_BINARY				/* a malformed binary value */
} gl_counter_status;

extern const gl_status_table gl_counter_statuses;

/* ---- settings, readings, nano-units ------------------------------------- */

/* the nano-units of v (finite, |v| <= 1e18): exact, rounded half to even */
extern gl_nano gl_counter_nano(double v);

/* nano-units as a double (correctly rounded integer, then / 1e9) */
extern double gl_counter_nano_double(gl_nano q);

/* check rollover and tolerance (finite: the glue checks) and derive q_* */
extern int	gl_counter_opts_prepare(gl_counter_opts *o);

/* the same settings */
extern bool gl_counter_opts_equal(const gl_counter_opts *a,
								  const gl_counter_opts *b);

/* "reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0" */
typedef void (*gl_counter_fmt_double) (double v, char *buf);	/* 32 bytes */
extern void gl_counter_opts_text(const gl_counter_opts *o,
								 gl_counter_fmt_double fmt, char *buf,
								 size_t buflen);

/* a reading v (finite) valid under o: GL_CNT_OK or why not */
static inline int
gl_counter_check_reading(const gl_counter_opts *o, double v)
{
	if (v < 0)
		return GL_CNT_NEGATIVE;
	if (v > GL_COUNTER_MAX_READING)
		return GL_CNT_TOO_LARGE;
	if (o->rollover > 0 && v >= o->rollover)
		return GL_CNT_ABOVE_ROLLOVER;
	return GL_CNT_OK;
}

/* ---- segments ------------------------------------------------------------ */

static inline gl_nano
gl_counter_seg_consumption(const gl_counter_seg *s)
{
	return (gl_nano) (((unsigned __int128) (uint64_t) s->cons_hi << 64) |
					  s->cons_lo);
}

/*
 * Is s a segment that readings could make under o?  Instants in range,
 * readings valid, first <= last (by time, then reading), counts
 * consistent, rollovers only with a rollover, and the consumption equal to
 * last - first when no reset or rollover happened (at least that when one
 * did).
 */
extern int	gl_counter_seg_check(const gl_counter_opts *o,
								 const gl_counter_seg *s);

/* ---- the working state ---------------------------------------------------- */

typedef struct gl_counter
{
	gl_counter_opts opts;
	gl_counter_point *pts;
	size_t		npts;
	size_t		pcap;
	bool		sorted;			/* pts in order (time, then reading) */
	gl_counter_seg *segs;
	size_t		nsegs;
	size_t		scap;
} gl_counter;

extern int	gl_counter_init(gl_counter *c, const gl_counter_opts *o, size_t cap);
extern void gl_counter_free(gl_counter *c);
extern int	gl_counter_grow(gl_counter *c, size_t need);

static inline bool
gl_counter_point_less(const gl_counter_point *a, const gl_counter_point *b)
{
	return a->ts < b->ts || (a->ts == b->ts && a->v < b->v);
}

/* one reading (ts in range and v valid: the caller checks) */
static inline int
gl_counter_add(gl_counter *c, gl_time ts, double v)
{
	gl_counter_point *p;

	if (c->npts == c->pcap)
	{
		int			rc = gl_counter_grow(c, c->npts + 1);

		if (rc != GL_CNT_OK)
			return rc;
	}
	p = &c->pts[c->npts++];
	p->ts = ts;
	p->v = v;
	if (c->npts > 1 && gl_counter_point_less(p, p - 1))
		c->sorted = false;
	return GL_CNT_OK;
}

/* add another state's pieces (checked; the caller checks the settings) */
extern int	gl_counter_merge(gl_counter *c, const gl_counter_point *pts,
							 size_t npts, const gl_counter_seg *segs,
							 size_t nsegs);

/* put the points in order (time, then reading) */
extern void gl_counter_sort(gl_counter *c);

/* the two pieces that overlap, for the message */
typedef struct gl_counter_overlap
{
	gl_time		a_first;
	gl_time		a_last;
	gl_time		b_first;
	gl_time		b_last;
} gl_counter_overlap;

/*
 * Sort and chain every piece of c into *out; c then holds just that
 * segment.  GL_CNT_EMPTY when there is none, GL_CNT_OVERLAP (*ov) when two
 * pieces overlap, GL_CNT_OVERFLOW when the consumption overflows.
 */
extern int	gl_counter_finish(gl_counter *c, gl_counter_seg *out,
							  gl_counter_overlap *ov);

/* ---- text form ------------------------------------------------------------ */

typedef struct gl_counter_text_error
{
	int			status;
	const char *token;
	size_t		token_len;
} gl_counter_text_error;

/*
 * Parse str into c (initialized here; free it with gl_counter_free),
 * checking every piece.
 */
extern int	gl_counter_parse(const char *str, gl_counter *c,
							 gl_counter_text_error *err);

/* the text of c's pieces (segments, then points) in a new buffer */
extern char *gl_counter_format(const gl_counter_opts *o,
							   const gl_counter_seg *segs, size_t nsegs,
							   const gl_counter_point *pts, size_t npts,
							   gl_counter_fmt_double fmt);

#endif							/* GL_COUNTER_COUNTER_H */
