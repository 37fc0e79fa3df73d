/*
 * balance.h - thermal efficiency and the energy balance of a group of meter
 * readings (pure C, no PostgreSQL headers).
 *
 * Energy balance accumulation is exact: every reading is converted to an
 * integral number of nanojoules (the reading times the unit's exact nJ
 * count in double precision, rounded to the nearest nJ) and the per-direction
 * totals are 128-bit integer sums.  Integer addition is associative, so a
 * total does not depend on the order of the rows or on how a parallel plan
 * splits them: the serial and the parallel answer are the same bits.
 *
 * Resolution 1 nJ (2.8e-16 kWh); one reading may be at most 1e30 nJ
 * (1e21 J, 2.8e14 kWh); a total of one direction beyond 2^125 nJ
 * (4.25e37 nJ, 1.2e22 kWh) is an error.
 *
 * Every failure is a gl_balance_status, described in gl_balance_statuses.
 * Inputs are finite: the glue rejects NaN and infinite arguments first, so
 * a non-finite input here is a unit conversion that overflowed
 * (GL_BAL_OVERFLOW).
 */
#ifndef GREENLANG_BALANCE_H
#define GREENLANG_BALANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/names.h"
#include "base/status.h"
#include "base/textform.h"
#include "units/units.h"

typedef __int128 gl_i128;

/*
 * The statuses.  Templates show the offending value as {name}: the value
 * as the user gave it, with its unit if it has one, in the form a SELECT
 * shows it; {extra} is the value it was compared with (the total input,
 * the group's tolerance).  The text statuses show the input as {name} and
 * the item at fault as {item}.
 */
typedef enum gl_balance_status
{
	GL_BAL_OK = 0,
	GL_BAL_OVERFLOW,			/* a non-finite input or result */
	GL_BAL_INPUT_ZERO,			/* thermal efficiency: total input 0 */
	GL_BAL_INPUT_NEGATIVE,		/* total input < 0 */
	GL_BAL_OUTPUT_NEGATIVE,		/* useful output < 0 */
	GL_BAL_OUTPUT_ABOVE_INPUT,	/* output > input: balance violated */
	GL_BAL_READING_NEGATIVE,	/* energy_balance: a negative reading */
	GL_BAL_READING_TOO_LARGE,	/* one reading beyond 1e30 nJ */
	GL_BAL_TOTAL_RANGE,			/* a total beyond 2^125 nJ, or a count */
	GL_BAL_TOLERANCE_RANGE,		/* tolerance outside [0, 1] */
	GL_BAL_TOLERANCE_MISMATCH,	/* two tolerances in one group */
	GL_BAL_NULL_ARG,			/* unit, direction or tolerance NULL */
	GL_BAL_TEXT_SPLIT,			/* not a list of items: see the text error */
	GL_BAL_TEXT_ITEM,			/* an item out of place */
	GL_BAL_TEXT_MISSING,		/* fewer than the four items */
	GL_BAL_TEXT_TOTAL,			/* not <nJ>/<n> */
	GL_BAL_TEXT_TOLERANCE,		/* not a fraction in [0, 1] or default */
	GL_BAL_TEXT_INVALID,		/* a total or count out of its range */
	GL_BAL_BINARY_INVALID,		/* a binary state that fails the checks */
	GL_BAL_BAD_DIRECTION		/* a direction out of range (a bug) */
} gl_balance_status;

extern const gl_status_table gl_balance_statuses;

/* ---- thermal efficiency (direct input-output method) ---------------- */

/*
 * efficiency = useful_output / total_input (a fraction in [0, 1]); both in
 * one unit.  On anything but GL_BAL_OK *eff is left alone.
 */
extern gl_balance_status gl_balance_efficiency(double useful_output,
											   double total_input,
											   double *eff);

/* ---- energy balance ------------------------------------------------- */

typedef enum gl_direction
{
	GL_DIR_INPUT = 0,
	GL_DIR_OUTPUT,
	GL_DIR_LOSS,
	GL_DIR__COUNT
} gl_direction;

/* "input", "output", "loss" (base/names.h: the one matching rule) */
extern const gl_choices gl_balance_directions;

/* the canonical name of dir, "?" for none */
extern const char *gl_balance_direction_name(int dir);

/* the default tolerance of a balance (5 %, GL-009) */
#define GL_BALANCE_DEFAULT_TOLERANCE 0.05
/* tolerance not given by any row: the default applies */
#define GL_BALANCE_TOLERANCE_UNSET (-1.0)

/* largest magnitude of one reading, in nJ */
#define GL_BALANCE_MAX_READING_NJ 1e30

/*
 * The state.  Totals are kept as two 64-bit halves so that the struct
 * needs only 8-byte alignment; arithmetic is done on gl_i128 values.
 */
typedef struct gl_balance
{
	uint64_t	sum_hi[GL_DIR__COUNT];	/* high half of the total, nJ */
	uint64_t	sum_lo[GL_DIR__COUNT];	/* low half */
	int64_t		count[GL_DIR__COUNT];	/* readings summed */
	double		tolerance;		/* fraction in [0,1], or UNSET */
} gl_balance;

extern void gl_balance_init(gl_balance *b);
extern gl_i128 gl_balance_sum(const gl_balance *b, int dir);
extern void gl_balance_set_sum(gl_balance *b, int dir, gl_i128 v);

/* nanojoules per one of energy unit u (an exact integer for every unit) */
extern double gl_balance_unit_nj(const gl_unit *u);

/* a reading (value in a unit of nj_per_unit nJ) as integral nJ */
extern gl_balance_status gl_balance_to_nj(double value, double nj_per_unit,
										 gl_i128 *nj);

/* add one reading of value (in a unit of nj_per_unit nJ) to b */
extern gl_balance_status gl_balance_add(gl_balance *b, int dir, double value,
										double nj_per_unit);

/* give the group its tolerance (must agree with one set before) */
extern gl_balance_status gl_balance_set_tolerance(gl_balance *b, double tol);

/* a += b (either may be empty) */
extern gl_balance_status gl_balance_combine(gl_balance *a,
											const gl_balance *b);

/* total number of readings */
extern int64_t gl_balance_readings(const gl_balance *b);

typedef struct gl_balance_result
{
	double		input_kwh;
	double		output_kwh;
	double		loss_kwh;
	double		unaccounted_kwh;	/* input - output - loss, may be < 0 */
	bool		has_ratio;		/* input > 0: the two fractions are set */
	double		efficiency;		/* output / input */
	double		unaccounted_fraction;	/* unaccounted / input */
	bool		closes;			/* |unaccounted_fraction| <= tolerance */
	double		tolerance;		/* the one that applied */
	int64_t		readings;
	int64_t		dir_readings[GL_DIR__COUNT];	/* readings per direction */
} gl_balance_result;

extern void gl_balance_finish(const gl_balance *b, gl_balance_result *r);

/* nJ -> kWh (1 kWh = 3.6e15 nJ) */
extern double gl_balance_nj_to_kwh(gl_i128 nj);

/*
 * Is b a state that summing readings could have produced?  Totals in
 * [0, 2^125] nJ, counts >= 0, a zero count with a zero total, the tolerance
 * UNSET or in [0, 1].  GL_BAL_OK, or GL_BAL_TEXT_INVALID with *which the
 * direction at fault (-1: the tolerance).  Text and binary input both
 * accept exactly the states this accepts.
 */
extern gl_balance_status gl_balance_check(const gl_balance *b, int *which);

/* ---- the text form -------------------------------------------------- */

/*
 * "input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<x|default>":
 * the four items in this order, totals and counts as decimal integers, the
 * tolerance as the shortest decimal that reads back (or "default").
 */

/* the longest canonical text, with its NUL */
#define GL_BALANCE_TEXT_MAX 256

/*
 * The canonical text of b into buf (buflen >= GL_BALANCE_TEXT_MAX); the
 * caller formats the tolerance (the shortest decimal that reads back),
 * which is not used for the default.  Returns the length.
 */
extern size_t gl_balance_format(const gl_balance *b, const char *tolerance,
								char *buf, size_t buflen);

/*
 * Parse text s (len bytes) into *b.  GL_BAL_OK; GL_BAL_TEXT_SPLIT with
 * err->status a base/textform.h status; or another GL_BAL_TEXT_* status
 * with err->token the item at fault (empty when items are missing).
 */
extern gl_balance_status gl_balance_parse(const char *s, size_t len,
										  gl_balance *b, gl_text_error *err);

/* decimal text of a gl_i128; returns the length (buf >= 41 bytes) */
extern int	gl_balance_i128_to_text(gl_i128 v, char *buf);

/*
 * Parse the decimal gl_i128 that is all of s (len bytes): an optional sign
 * and digits.  0 on success, -1 when it is not an integer, 1 when it is
 * one beyond the range of gl_i128.
 */
extern int	gl_balance_i128_parse(const char *s, size_t len, gl_i128 *v);

#endif							/* GREENLANG_BALANCE_H */
