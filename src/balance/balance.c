/*
 * balance.c - thermal efficiency and exact energy-balance accumulation
 * (pure C).  See balance.h for the design of the sums.
 */
#include "balance/balance.h"

#include <math.h>
#include <string.h>

/* 1 kWh = 3.6 MJ = 3.6e15 nJ; exact as a double and as an integer */
#define NJ_PER_KWH 3600000000000000.0
#define NJ_PER_KJ 1e12

/*
 * Largest total of one direction, 2^125 nJ (4.3e28 J): input - output -
 * loss then always fits in a gl_i128.
 */
#define MAX_TOTAL_NJ (((gl_i128) 1) << 125)

gl_eff_status
gl_thermal_efficiency(double useful_output, double total_input, double *eff)
{
	if (!isfinite(useful_output) || !isfinite(total_input))
		return GL_EFF_NOT_FINITE;
	if (!(total_input > 0))
		return GL_EFF_INPUT_NOT_POSITIVE;
	if (useful_output < 0)
		return GL_EFF_NEGATIVE_OUTPUT;
	if (useful_output > total_input)
		return GL_EFF_ABOVE_ONE;
	*eff = useful_output / total_input;
	return GL_EFF_OK;
}

static const char *const direction_names[GL_DIR__COUNT] = {
	"input", "output", "loss"
};

int
gl_direction_find(const char *name, size_t len)
{
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
		if (strlen(direction_names[d]) == len &&
			memcmp(direction_names[d], name, len) == 0)
			return d;
	return -1;
}

const char *
gl_direction_name(gl_direction dir)
{
	return (dir >= 0 && dir < GL_DIR__COUNT) ? direction_names[dir] : "?";
}

void
gl_balance_init(gl_balance *b)
{
	memset(b, 0, sizeof(*b));
	b->tolerance = GL_BALANCE_TOLERANCE_UNSET;
}

gl_i128
gl_balance_sum(const gl_balance *b, gl_direction dir)
{
	unsigned __int128 u = ((unsigned __int128) b->sum_hi[dir] << 64) |
		b->sum_lo[dir];

	return (gl_i128) u;
}

void
gl_balance_set_sum(gl_balance *b, gl_direction dir, gl_i128 v)
{
	unsigned __int128 u = (unsigned __int128) v;

	b->sum_hi[dir] = (uint64_t) (u >> 64);
	b->sum_lo[dir] = (uint64_t) u;
}

/*
 * The unit table keeps an energy unit as num/den kJ.  Every energy unit is
 * an integral number of nanojoules (the Btu(IT) is 1055.05585262 J), and
 * each of those integers is exactly representable as a double, so the
 * product is rounded to the integer it approximates.
 */
double
gl_energy_unit_nj(const gl_unit *u)
{
	double		f = u->num / u->den * NJ_PER_KJ;

	return f >= 1 ? rint(f) : f;
}

/*
 * value * nj_per_unit in double precision (one correctly rounded product:
 * relative error at most 2^-53), then rounded to the nearest integer, ties
 * to even.  A decimal reading such as 2.7 GJ lands on its decimal value
 * (2.7e18 nJ) rather than on the binary value of the double 2.7.
 */
gl_balance_status
gl_energy_to_nj(double value, double nj_per_unit, gl_i128 *nj)
{
	double		q;

	if (!isfinite(value))
		return GL_BAL_NOT_FINITE;
	if (value < 0)
		return GL_BAL_NEGATIVE;
	q = rint(value * nj_per_unit);
	if (!(q <= GL_BALANCE_MAX_READING_NJ))
		return GL_BAL_TOO_LARGE;
	*nj = (gl_i128) q;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_add(gl_balance *b, gl_direction dir, double value,
			   double nj_per_unit)
{
	gl_i128		nj = 0;
	gl_i128		sum;
	gl_balance_status st = gl_energy_to_nj(value, nj_per_unit, &nj);

	if (st != GL_BAL_OK)
		return st;
	if (__builtin_add_overflow(gl_balance_sum(b, dir), nj, &sum) ||
		sum > MAX_TOTAL_NJ || b->count[dir] == INT64_MAX)
		return GL_BAL_OVERFLOW;
	gl_balance_set_sum(b, dir, sum);
	b->count[dir]++;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_set_tolerance(gl_balance *b, double tol)
{
	if (!isfinite(tol))
		return GL_BAL_NOT_FINITE;
	if (tol < 0 || tol > 1)
		return GL_BAL_BAD_TOLERANCE;
	if (b->tolerance == GL_BALANCE_TOLERANCE_UNSET)
		b->tolerance = tol;
	else if (b->tolerance != tol)
		return GL_BAL_TOLERANCE_MISMATCH;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_combine(gl_balance *a, const gl_balance *b)
{
	gl_i128		sums[GL_DIR__COUNT];
	int64_t		counts[GL_DIR__COUNT];
	int			d;

	if (b->tolerance != GL_BALANCE_TOLERANCE_UNSET)
	{
		if (a->tolerance == GL_BALANCE_TOLERANCE_UNSET)
			;					/* set below, after the sums are known good */
		else if (a->tolerance != b->tolerance)
			return GL_BAL_TOLERANCE_MISMATCH;
	}
	for (d = 0; d < GL_DIR__COUNT; d++)
		if (__builtin_add_overflow(gl_balance_sum(a, d), gl_balance_sum(b, d),
								   &sums[d]) ||
			sums[d] > MAX_TOTAL_NJ ||
			__builtin_add_overflow(a->count[d], b->count[d], &counts[d]))
			return GL_BAL_OVERFLOW;
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		gl_balance_set_sum(a, d, sums[d]);
		a->count[d] = counts[d];
	}
	if (a->tolerance == GL_BALANCE_TOLERANCE_UNSET)
		a->tolerance = b->tolerance;
	return GL_BAL_OK;
}

int64_t
gl_balance_readings(const gl_balance *b)
{
	/* each count is at most INT64_MAX; their sum saturates */
	int64_t		n = 0;
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
		if (__builtin_add_overflow(n, b->count[d], &n))
			return INT64_MAX;
	return n;
}

double
gl_nj_to_kwh(gl_i128 nj)
{
	/*
	 * Whole kWh and the remainder separately: both parts are exact doubles
	 * as long as the quotient is below 2^53, so the result is rounded once.
	 */
	gl_i128		q = nj / (gl_i128) NJ_PER_KWH;
	gl_i128		r = nj % (gl_i128) NJ_PER_KWH;

	return (double) q + (double) r / NJ_PER_KWH;
}

void
gl_balance_finish(const gl_balance *b, gl_balance_result *r)
{
	gl_i128		in = gl_balance_sum(b, GL_DIR_INPUT);
	gl_i128		out = gl_balance_sum(b, GL_DIR_OUTPUT);
	gl_i128		loss = gl_balance_sum(b, GL_DIR_LOSS);
	gl_i128		unacc;

	r->input_kwh = gl_nj_to_kwh(in);
	r->output_kwh = gl_nj_to_kwh(out);
	r->loss_kwh = gl_nj_to_kwh(loss);
	/* each total is in [0, 2^125]: no overflow */
	unacc = in - out - loss;
	r->unaccounted_kwh = gl_nj_to_kwh(unacc);
	r->tolerance = b->tolerance == GL_BALANCE_TOLERANCE_UNSET ?
		GL_BALANCE_DEFAULT_TOLERANCE : b->tolerance;
	r->readings = gl_balance_readings(b);
	if (in > 0)
	{
		r->has_ratio = true;
		r->efficiency = (double) out / (double) in;
		r->unaccounted_fraction = (double) unacc / (double) in;
		r->closes = fabs(r->unaccounted_fraction) <= r->tolerance;
	}
	else
	{
		/* no input: only a balance of nothing at all closes */
		r->has_ratio = false;
		r->efficiency = 0;
		r->unaccounted_fraction = 0;
		r->closes = (unacc == 0);
	}
}

int
gl_i128_to_text(gl_i128 v, char *buf)
{
	char		tmp[48];
	int			n = 0;
	int			len = 0;
	unsigned __int128 u;

	if (v < 0)
	{
		buf[len++] = '-';
		u = -(unsigned __int128) v;
	}
	else
		u = (unsigned __int128) v;
	do
	{
		tmp[n++] = (char) ('0' + (int) (u % 10));
		u /= 10;
	} while (u != 0);
	while (n > 0)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

bool
gl_i128_parse(const char **p, gl_i128 *v)
{
	const char *s = *p;
	bool		neg = false;
	gl_i128		acc = 0;
	int			digits = 0;

	if (*s == '-' || *s == '+')
		neg = (*s++ == '-');
	while (*s >= '0' && *s <= '9')
	{
		int			dgt = *s++ - '0';

		/* accumulate negatively so that the most negative value fits */
		if (__builtin_mul_overflow(acc, 10, &acc) ||
			__builtin_sub_overflow(acc, dgt, &acc))
			return false;
		digits++;
	}
	if (digits == 0)
		return false;
	if (!neg && __builtin_mul_overflow(acc, -1, &acc))
		return false;
	*v = acc;
	*p = s;
	return true;
}

bool
gl_balance_valid(const gl_balance *b)
{
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		gl_i128		s = gl_balance_sum(b, d);

		if (s < 0 || s > MAX_TOTAL_NJ || b->count[d] < 0 ||
			(b->count[d] == 0 && s != 0))
			return false;
	}
	if (b->tolerance == GL_BALANCE_TOLERANCE_UNSET)
		return true;
	return isfinite(b->tolerance) && b->tolerance >= 0 && b->tolerance <= 1;
}
