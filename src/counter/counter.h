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
 * A working state holds segments and single readings in any order;
 * gl_counter_finish sorts and chains them into one segment.  An aggregate
 * keeps every reading until then, since a parallel worker's rows
 * interleave in time with another's (and a reading that arrives late may
 * fall between two that came before): in a LOG, a few bytes a reading.
 * Each entry of the log is coded against the reading before it:
 *
 *   a tag byte:  bit 7      the time step equals the one before (nothing
 *                           more is written for the instant)
 *                bits 4..6  t: low zero bytes of x, the XOR of the
 *                           reading's IEEE bits with the previous reading's
 *                bits 0..3  n: bytes of x written (0..8, t + n <= 8)
 *   unless bit 7, the time step (microseconds) as a zigzag varint
 *   the n bytes of x >> 8t, least significant first
 *
 * (the first reading is coded against instant 0, step 0 and bits 0).  A
 * register read at a fixed cadence costs a tag byte and the few bytes in
 * which its value changed; the log is exact (the bits themselves) and is
 * decoded in arrival order.  gl_counter_chain decodes it and chains the
 * readings as they come when they are in order, merges them as they come
 * when they are in up to 16 ordered runs (a synchronized scan that began
 * mid-table gives two), and sorts them otherwise.  The newest entries wait
 * in a stage beside the state (gl_counter_flush moves them to the log).
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
#include <string.h>

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

/* the largest consumption, in nano-units (1e18 units) */
#define GL_COUNTER_MAX_NANO ((gl_nano) 1000000000000000000LL * 1000000000)

static inline gl_nano
gl_counter_seg_consumption(const gl_counter_seg *s)
{
	return (gl_nano) (((unsigned __int128) (uint64_t) s->cons_hi << 64) |
					  s->cons_lo);
}

static inline void
gl_counter_seg_set_consumption(gl_counter_seg *s, gl_nano q)
{
	s->cons_hi = (int64_t) (q >> 64);
	s->cons_lo = (uint64_t) q;
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

/* the longest log entry (tag, a 10-byte varint, 8 bytes) */
#define GL_COUNTER_ENTRY_MAX 19
/* bytes a log keeps allocated beyond its end (8-byte writes) */
#define GL_COUNTER_LOG_SLACK 8
/* the entries a state stages beside its settings before the log */
#define GL_COUNTER_STAGE 256

typedef struct gl_counter
{
	gl_counter_opts opts;
	uint8_t    *log;			/* the readings, coded as above */
	size_t		loglen;			/* bytes used */
	size_t		logcap;			/* bytes allocated */
	size_t		npts;			/* readings in the log */
	gl_time		last_ts;		/* the coder's state: the last reading's */
	int64_t		last_step;		/* instant, time step and bits */
	uint64_t	last_bits;
	bool		sorted;			/* the log in order (time, then reading) */
	uint16_t	nstage;			/* bytes in stage */
	gl_counter_seg *segs;
	size_t		nsegs;
	size_t		scap;

	/*
	 * The newest entries, not yet in the log (gl_counter_flush moves them):
	 * a row touches only the state's own few cache lines, not the end of a
	 * log of its own somewhere else in memory.
	 */
	uint8_t		stage[GL_COUNTER_STAGE];
} gl_counter;

extern int	gl_counter_init(gl_counter *c, const gl_counter_opts *o, size_t cap);
extern void gl_counter_free(gl_counter *c);
/* the staged entries into the log (before reading the log) */
extern int	gl_counter_flush(gl_counter *c);

static inline bool
gl_counter_point_less(const gl_counter_point *a, const gl_counter_point *b)
{
	return a->ts < b->ts || (a->ts == b->ts && a->v < b->v);
}

/* one reading (ts in range and v valid: the caller checks) */
static inline int
gl_counter_add(gl_counter *c, gl_time ts, double v)
{
	uint64_t	bits;
	uint64_t	x;
	int64_t		step = (int64_t) ((uint64_t) ts - (uint64_t) c->last_ts);
	uint8_t    *p;
	unsigned	tag = 0;

	if (c->npts >= GL_COUNTER_MAX_POINTS)
		return GL_CNT_TOO_MANY;
	if (GL_COUNTER_STAGE - c->nstage < GL_COUNTER_ENTRY_MAX + GL_COUNTER_LOG_SLACK)
	{
		int			rc = gl_counter_flush(c);

		if (rc != GL_CNT_OK)
			return rc;
	}
	memcpy(&bits, &v, sizeof(bits));
	if (c->npts > 0 && c->sorted)
	{
		double		last;

		memcpy(&last, &c->last_bits, sizeof(last));
		if (ts < c->last_ts || (ts == c->last_ts && v < last))
			c->sorted = false;
	}
	x = bits ^ c->last_bits;
	if (x != 0)
	{
		unsigned	t = (unsigned) __builtin_ctzll(x) >> 3;

		tag = t << 4 | (8 - t - ((unsigned) __builtin_clzll(x) >> 3));
		x >>= 8 * t;
	}
	p = c->stage + c->nstage;
	if (step == c->last_step)
		*p++ = (uint8_t) (tag | 0x80);
	else
	{
		uint64_t	z = ((uint64_t) step << 1) ^ (uint64_t) (step >> 63);

		*p++ = (uint8_t) tag;
		while (z >= 0x80)
		{
			*p++ = (uint8_t) (z | 0x80);
			z >>= 7;
		}
		*p++ = (uint8_t) z;
		c->last_step = step;
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(p, &x, sizeof(x));	/* the slack takes the bytes beyond n */
#else
	{
		int			k;

		for (k = 0; k < 8; k++)
			p[k] = (uint8_t) (x >> (8 * k));
	}
#endif
	c->nstage = (uint16_t) ((p - c->stage) + (tag & 0x0f));
	c->last_ts = ts;
	c->last_bits = bits;
	c->npts++;
	return GL_CNT_OK;
}

/*
 * Reading a log (one's own, or one from outside: every step is checked, so
 * a malformed log is refused, never read beyond its end).
 */
typedef struct gl_counter_reader
{
	const uint8_t *p;
	const uint8_t *end;
	gl_time		ts;
	int64_t		step;
	uint64_t	bits;
} gl_counter_reader;

static inline void
gl_counter_reader_init(gl_counter_reader *r, const uint8_t *log, size_t len)
{
	r->p = log;
	r->end = log + len;
	r->ts = 0;
	r->step = 0;
	r->bits = 0;
}

/* the next reading; false at the end or when the log is malformed */
extern bool gl_counter_read(gl_counter_reader *r, gl_counter_point *out);

/*
 * The n readings of a log, in its order, into out (n entries); false
 * unless the log holds exactly n well-formed entries.
 */
extern bool gl_counter_decode(const uint8_t *log, size_t len, size_t n,
							  gl_counter_point *out);

/* add segments (checked; the caller checks the settings) */
extern int	gl_counter_add_segs(gl_counter *c, const gl_counter_seg *segs,
								size_t n);

/* add another state's pieces (checked; the caller checks the settings) */
extern int	gl_counter_merge(gl_counter *c, const gl_counter_point *pts,
							 size_t npts, const gl_counter_seg *segs,
							 size_t nsegs);

/* add the n readings of another state's log (GL_CNT_BINARY: malformed) */
extern int	gl_counter_merge_log(gl_counter *c, const uint8_t *log,
								 size_t len, size_t n);

/* the readings of c's log in a new array, sorted when sort (NULL: no memory) */
extern gl_counter_point *gl_counter_points(gl_counter *c, bool sort);

/* put points in order (time, then reading) */
extern int	gl_counter_sort_points(gl_counter_point *pts, size_t n);

/* the two pieces that overlap, for the message */
typedef struct gl_counter_overlap
{
	gl_time		a_first;
	gl_time		a_last;
	gl_time		b_first;
	gl_time		b_last;
} gl_counter_overlap;

/*
 * Chain every piece (segments, single readings, the n readings of a log)
 * into *out, leaving the pieces as they are.  GL_CNT_EMPTY when there is
 * none, GL_CNT_OVERLAP (*ov) when two pieces overlap, GL_CNT_OVERFLOW when
 * the consumption overflows, GL_CNT_BINARY when the log is malformed.
 */
extern int	gl_counter_chain(const gl_counter_opts *o,
							 const gl_counter_seg *segs, size_t nsegs,
							 const gl_counter_point *pts, size_t npts,
							 const uint8_t *log, size_t loglen, size_t nlog,
							 gl_counter_seg *out, gl_counter_overlap *ov);

/*
 * gl_counter_chain of c's pieces; c then holds just that segment.
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
