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
 * (4.25e37 nJ, 1.2e22 kWh) is an overflow error.
 */
#ifndef GREENLANG_BALANCE_H
#define GREENLANG_BALANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "units/units.h"

typedef __int128 gl_i128;

/* ---- thermal efficiency (direct input-output method) ---------------- */

typedef enum gl_eff_status
{
	GL_EFF_OK = 0,
	GL_EFF_NOT_FINITE,			/* an argument is NaN or infinite */
	GL_EFF_INPUT_NOT_POSITIVE,	/* total input <= 0: division by zero */
	GL_EFF_NEGATIVE_OUTPUT,		/* useful output < 0 */
	GL_EFF_ABOVE_ONE			/* output > input: balance violated */
} gl_eff_status;

/*
 * efficiency = useful_output / total_input (a fraction in [0, 1]); both in
 * one unit.  On anything but GL_EFF_OK *eff is left alone.
 */
extern gl_eff_status gl_thermal_efficiency(double useful_output,
										   double total_input, double *eff);

/* ---- energy balance ------------------------------------------------- */

typedef enum gl_direction
{
	GL_DIR_INPUT = 0,
	GL_DIR_OUTPUT,
	GL_DIR_LOSS,
	GL_DIR__COUNT
} gl_direction;

/* "input", "output", "loss"; -1 for anything else (case-sensitive) */
extern int	gl_direction_find(const char *name, size_t len);
extern const char *gl_direction_name(gl_direction dir);

/* the default tolerance of a balance (5 %, GL-009) */
#define GL_BALANCE_DEFAULT_TOLERANCE 0.05
/* tolerance not given by any row: the default applies */
#define GL_BALANCE_TOLERANCE_UNSET (-1.0)

/* largest magnitude of one reading, in nJ */
#define GL_BALANCE_MAX_READING_NJ 1e30

/*
 * The state.  Totals are stored as two 64-bit halves so that the struct
 * needs only 8-byte alignment (PostgreSQL's MAXALIGN); arithmetic is done
 * on gl_i128 values.
 */
typedef struct gl_balance
{
	uint64_t	sum_hi[GL_DIR__COUNT];	/* high half of the total, nJ */
	uint64_t	sum_lo[GL_DIR__COUNT];	/* low half */
	int64_t		count[GL_DIR__COUNT];	/* readings summed */
	double		tolerance;		/* fraction in [0,1], or UNSET */
} gl_balance;

typedef enum gl_balance_status
{
	GL_BAL_OK = 0,
	GL_BAL_NOT_FINITE,			/* reading or tolerance NaN/infinite */
	GL_BAL_NEGATIVE,			/* negative reading */
	GL_BAL_TOO_LARGE,			/* one reading beyond 1e30 nJ */
	GL_BAL_OVERFLOW,			/* a total or count overflows */
	GL_BAL_BAD_TOLERANCE,		/* tolerance outside [0, 1] */
	GL_BAL_TOLERANCE_MISMATCH	/* two tolerances in one group */
} gl_balance_status;

extern void gl_balance_init(gl_balance *b);
extern gl_i128 gl_balance_sum(const gl_balance *b, gl_direction dir);
extern void gl_balance_set_sum(gl_balance *b, gl_direction dir, gl_i128 v);

/* nanojoules per one of energy unit u (an exact integer for every unit) */
extern double gl_energy_unit_nj(const gl_unit *u);

/* a reading (value in a unit of nj_per_unit nJ) as integral nJ */
extern gl_balance_status gl_energy_to_nj(double value, double nj_per_unit,
										 gl_i128 *nj);

/* add one reading of value (in a unit of nj_per_unit nJ) to b */
extern gl_balance_status gl_balance_add(gl_balance *b, gl_direction dir,
										double value, double nj_per_unit);

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
} gl_balance_result;

extern void gl_balance_finish(const gl_balance *b, gl_balance_result *r);

/* nJ -> kWh (1 kWh = 3.6e15 nJ) */
extern double gl_nj_to_kwh(gl_i128 nj);

/*
 * Text form: "input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>,
 * tolerance=<x|default>" with decimal integers, tolerance as given
 * (shortest round-trip form written by the caller's formatter).
 */
/* write a non-negative or negative gl_i128 in decimal; returns length */
extern int	gl_i128_to_text(gl_i128 v, char *buf);	/* buf >= 41 bytes */

/* parse a decimal gl_i128 at *p, advancing *p; false on syntax/overflow */
extern bool gl_i128_parse(const char **p, gl_i128 *v);

/*
 * Is b a state that summing readings could have produced?  (totals >= 0,
 * counts >= 0, a zero count has a zero total, tolerance UNSET or [0,1]).
 */
extern bool gl_balance_valid(const gl_balance *b);

#endif							/* GREENLANG_BALANCE_H */
