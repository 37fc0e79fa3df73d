/*
 * balance.c - thermal efficiency and exact energy-balance accumulation
 * (pure C).  See balance.h for the design of the sums.
 */
#include "balance/balance.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* 1 kWh = 3.6 MJ = 3.6e15 nJ; exact as a double and as an integer */
#define NJ_PER_KWH 3600000000000000.0
#define NJ_PER_KJ 1e12

/*
 * Largest total of one direction, 2^125 nJ (4.3e28 J): input - output -
 * loss then always fits in a gl_i128.
 */
#define MAX_TOTAL_NJ (((gl_i128) 1) << 125)

/* the form of the text, for hints */
#define FORM "The form is \"input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<fraction or default>\"."
#define BAD_TEXT "invalid input syntax for type energy_balance_state: \"{name}\""

static const gl_status status_items[] = {
	{GL_BAL_OVERFLOW, GL_ERR_RANGE, NULL,
		"value out of range: overflow",
		"An argument of {extra} in the units it computes in is beyond the range of double precision.",
	"Check the units of the arguments."},
	{GL_BAL_INPUT_ZERO, GL_ERR_DIVZERO, "total_input",
		"{arg} must not be zero",
		"Efficiency is useful_output divided by total_input.",
	"A zero input usually means missing input meter data."},
	{GL_BAL_INPUT_NEGATIVE, GL_ERR_RANGE, "total_input",
		"{arg} must be positive, not {name}", NULL,
	"A negative input usually means a meter rollover or reset, or a sign error."},
	{GL_BAL_OUTPUT_NEGATIVE, GL_ERR_RANGE, "useful_output",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_BAL_OUTPUT_ABOVE_INPUT, GL_ERR_RANGE, "useful_output",
		"{arg} must be at most total_input ({extra}), not {name}",
		"An efficiency above 1 (100 %) violates the energy balance.",
	"Check the meters' units and whether an input is missing."},
	{GL_BAL_READING_NEGATIVE, GL_ERR_RANGE, "value",
		"{arg} must be at least 0, not {name}", NULL,
	"An energy that leaves the system is an \"output\" or \"loss\" reading with a positive value."},
	{GL_BAL_READING_TOO_LARGE, GL_ERR_RANGE, "value",
		"{arg} must be at most 1e21 J (2.8e14 kWh), not {name}", NULL,
	"Check the unit of the reading."},
	{GL_BAL_TOTAL_RANGE, GL_ERR_RANGE, NULL,
		"energy_balance total out of range",
		"A total of one direction may be at most 2^125 nJ (1.2e22 kWh).",
	"Check the units of the readings."},
	{GL_BAL_TOLERANCE_RANGE, GL_ERR_PARAM, "tolerance",
		"{arg} must be a fraction in [0, 1], not {name}", NULL,
	"5 % is 0.05."},
	{GL_BAL_TOLERANCE_MISMATCH, GL_ERR_PARAM, "tolerance",
		"{arg} must be the same in every row of a group, not {name} after {extra}",
		NULL,
	"Give the tolerance as a constant, or group by it."},
	{GL_BAL_NULL_ARG, GL_ERR_NULL, NULL,
		"{arg} must not be null when value is not", NULL,
	"A reading whose value is NULL is skipped; one without a unit, direction or tolerance cannot be counted."},
	{GL_BAL_TEXT_SPLIT, GL_ERR_TEXT, NULL, BAD_TEXT,
	"The text is not a list of name=value items.", FORM},
	{GL_BAL_TEXT_ITEM, GL_ERR_TEXT, NULL, BAD_TEXT,
		"\"{item}\" is not the item expected there: the items are input, output, loss and tolerance, in this order.",
	FORM},
	{GL_BAL_TEXT_MISSING, GL_ERR_TEXT, NULL, BAD_TEXT,
		"Items are missing: the items are input, output, loss and tolerance, in this order.",
	FORM},
	{GL_BAL_TEXT_TOTAL, GL_ERR_TEXT, NULL, BAD_TEXT,
		"\"{item}\" is not a total and a count: <nJ>/<n>, two whole numbers.",
	FORM},
	{GL_BAL_TEXT_TOLERANCE, GL_ERR_TEXT, NULL, BAD_TEXT,
		"\"{item}\" is not a tolerance: a fraction in [0, 1], or default.",
	FORM},
	{GL_BAL_TEXT_INVALID, GL_ERR_TEXT, NULL, BAD_TEXT,
		"In \"{item}\", the total must be at least 0 and at most 2^125 nJ, and 0 when the count is 0; the count at least 0 and at most 2^63 - 1.",
	FORM},
	{GL_BAL_BINARY_INVALID, GL_ERR_BINARY, NULL,
		"invalid binary energy_balance_state value",
		"A total must be at least 0 and at most 2^125 nJ, and 0 when its count is 0; a count at least 0; the tolerance -1 (the default) or in [0, 1].",
	NULL},
	{GL_BAL_BAD_DIRECTION, GL_ERR_INTERNAL, NULL,
	"balance: a direction out of range", NULL, NULL},
};

const gl_status_table gl_balance_statuses = GL_STATUS_TABLE("balance", status_items);

gl_balance_status
gl_balance_efficiency(double useful_output, double total_input, double *eff)
{
	if (!isfinite(useful_output) || !isfinite(total_input))
		return GL_BAL_OVERFLOW;
	if (total_input == 0)
		return GL_BAL_INPUT_ZERO;
	if (total_input < 0)
		return GL_BAL_INPUT_NEGATIVE;
	if (useful_output < 0)
		return GL_BAL_OUTPUT_NEGATIVE;
	if (useful_output > total_input)
		return GL_BAL_OUTPUT_ABOVE_INPUT;
	*eff = useful_output / total_input;
	return GL_BAL_OK;
}

static const gl_choice direction_items[] = {
	{"input", GL_DIR_INPUT},
	{"output", GL_DIR_OUTPUT},
	{"loss", GL_DIR_LOSS},
};

const gl_choices gl_balance_directions = GL_CHOICES("direction", direction_items);

const char *
gl_balance_direction_name(int dir)
{
	const char *name = gl_choice_name(&gl_balance_directions, dir);

	return name ? name : "?";
}

void
gl_balance_init(gl_balance *b)
{
	memset(b, 0, sizeof(*b));
	b->tolerance = GL_BALANCE_TOLERANCE_UNSET;
}

gl_i128
gl_balance_sum(const gl_balance *b, int dir)
{
	unsigned __int128 u = ((unsigned __int128) b->sum_hi[dir] << 64) |
		b->sum_lo[dir];

	return (gl_i128) u;
}

void
gl_balance_set_sum(gl_balance *b, int dir, gl_i128 v)
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
gl_balance_unit_nj(const gl_unit *u)
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
gl_balance_to_nj(double value, double nj_per_unit, gl_i128 *nj)
{
	double		q;

	if (!isfinite(value))
		return GL_BAL_OVERFLOW;
	if (value < 0)
		return GL_BAL_READING_NEGATIVE;
	q = rint(value * nj_per_unit);
	if (!(q <= GL_BALANCE_MAX_READING_NJ))
		return GL_BAL_READING_TOO_LARGE;
	/* the same integer; through int64 when it fits, which is cheaper */
	*nj = q < 9223372036854775808.0 ? (gl_i128) (int64_t) q : (gl_i128) q;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_add(gl_balance *b, int dir, double value,
			   double nj_per_unit)
{
	gl_i128		nj = 0;
	gl_i128		sum;
	gl_balance_status st;

	if (dir < 0 || dir >= GL_DIR__COUNT)
		return GL_BAL_BAD_DIRECTION;
	st = gl_balance_to_nj(value, nj_per_unit, &nj);
	if (st != GL_BAL_OK)
		return st;
	if (__builtin_add_overflow(gl_balance_sum(b, dir), nj, &sum) ||
		sum > MAX_TOTAL_NJ || b->count[dir] == INT64_MAX)
		return GL_BAL_TOTAL_RANGE;
	gl_balance_set_sum(b, dir, sum);
	b->count[dir]++;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_set_tolerance(gl_balance *b, double tol)
{
	if (!(tol >= 0 && tol <= 1))
		return GL_BAL_TOLERANCE_RANGE;
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
			return GL_BAL_TOTAL_RANGE;
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
gl_balance_nj_to_kwh(gl_i128 nj)
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
	int			d;

	r->input_kwh = gl_balance_nj_to_kwh(in);
	r->output_kwh = gl_balance_nj_to_kwh(out);
	r->loss_kwh = gl_balance_nj_to_kwh(loss);
	/* each total is in [0, 2^125]: no overflow */
	unacc = in - out - loss;
	r->unaccounted_kwh = gl_balance_nj_to_kwh(unacc);
	r->tolerance = b->tolerance == GL_BALANCE_TOLERANCE_UNSET ?
		GL_BALANCE_DEFAULT_TOLERANCE : b->tolerance;
	r->readings = gl_balance_readings(b);
	for (d = 0; d < GL_DIR__COUNT; d++)
		r->dir_readings[d] = b->count[d];
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
gl_balance_i128_to_text(gl_i128 v, char *buf)
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

int
gl_balance_i128_parse(const char *s, size_t len, gl_i128 *v)
{
	size_t		i = 0;
	bool		neg = false;
	gl_i128		acc = 0;
	bool		range = false;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = (s[i++] == '-');
	if (i == len)
		return -1;
	for (; i < len; i++)
	{
		int			dgt;

		if (s[i] < '0' || s[i] > '9')
			return -1;
		dgt = s[i] - '0';
		/* accumulate negatively so that the most negative value fits */
		if (!range && (__builtin_mul_overflow(acc, 10, &acc) ||
					   __builtin_sub_overflow(acc, dgt, &acc)))
			range = true;
	}
	if (range || (!neg && __builtin_mul_overflow(acc, -1, &acc)))
		return 1;
	*v = acc;
	return 0;
}

gl_balance_status
gl_balance_check(const gl_balance *b, int *which)
{
	int			d;

	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		gl_i128		s = gl_balance_sum(b, d);

		if (s < 0 || s > MAX_TOTAL_NJ || b->count[d] < 0 ||
			(b->count[d] == 0 && s != 0))
		{
			*which = d;
			return GL_BAL_TEXT_INVALID;
		}
	}
	if (b->tolerance != GL_BALANCE_TOLERANCE_UNSET &&
		!(b->tolerance >= 0 && b->tolerance <= 1))
	{
		*which = -1;
		return GL_BAL_TEXT_INVALID;
	}
	return GL_BAL_OK;
}

/* ---------------------------------------------------------------------
 * The text form
 * ------------------------------------------------------------------ */

size_t
gl_balance_format(const gl_balance *b, const char *tolerance, char *buf,
				  size_t buflen)
{
	size_t		used = 0;
	int			d;

	buf[0] = '\0';
	for (d = 0; d < GL_DIR__COUNT; d++)
	{
		char		num[48];

		gl_balance_i128_to_text(gl_balance_sum(b, d), num);
		used += (size_t) snprintf(buf + used, buflen - used, "%s%s=%s/%lld",
								  d > 0 ? ", " : "", gl_balance_direction_name(d), num,
								  (long long) b->count[d]);
		if (used >= buflen)
			return buflen - 1;
	}
	used += (size_t) snprintf(buf + used, buflen - used, ", tolerance=%s",
							  b->tolerance == GL_BALANCE_TOLERANCE_UNSET ?
							  "default" : tolerance);
	return used < buflen ? used : buflen - 1;
}

static gl_balance_status
text_fail(gl_text_error *err, gl_balance_status st, const char *tok,
		  size_t len)
{
	err->status = GL_TEXT_OK;
	err->token = tok;
	err->token_len = len;
	return st;
}

/* "<nJ>/<n>" of item it into direction d of b */
static gl_balance_status
parse_total(const gl_text_item *it, int d, gl_balance *b, gl_text_error *err)
{
	const char *slash = memchr(it->value, '/', it->value_len);
	gl_i128		sum;
	gl_i128		n;
	int			rs;
	int			rn;

	if (slash == NULL)
		return text_fail(err, GL_BAL_TEXT_TOTAL, it->item, it->item_len);
	rs = gl_balance_i128_parse(it->value, (size_t) (slash - it->value), &sum);
	rn = gl_balance_i128_parse(slash + 1, it->value_len - (size_t) (slash + 1 - it->value),
					   &n);
	if (rs < 0 || rn < 0)
		return text_fail(err, GL_BAL_TEXT_TOTAL, it->item, it->item_len);
	if (rs > 0 || rn > 0 || n < 0 || n > INT64_MAX)
		return text_fail(err, GL_BAL_TEXT_INVALID, it->item, it->item_len);
	gl_balance_set_sum(b, d, sum);
	b->count[d] = (int64_t) n;
	return GL_BAL_OK;
}

gl_balance_status
gl_balance_parse(const char *s, size_t len, gl_balance *b, gl_text_error *err)
{
	gl_text_item items[GL_DIR__COUNT + 1];
	const gl_text_item *tol;
	gl_balance_status st;
	int			n;
	int			d;
	int			which;

	if (gl_text_split(s, len, items, GL_DIR__COUNT + 1, &n, err) != GL_TEXT_OK)
		return GL_BAL_TEXT_SPLIT;
	gl_balance_init(b);
	for (d = 0; d < GL_DIR__COUNT + 1; d++)
	{
		const char *want = d < GL_DIR__COUNT ? gl_balance_direction_name(d) : "tolerance";

		if (d >= n)
			return text_fail(err, GL_BAL_TEXT_MISSING, s + len, 0);
		if (items[d].name_len != strlen(want) ||
			memcmp(items[d].name, want, items[d].name_len) != 0)
			return text_fail(err, GL_BAL_TEXT_ITEM, items[d].item,
							 items[d].item_len);
		if (d < GL_DIR__COUNT && (st = parse_total(&items[d], d, b, err)) != GL_BAL_OK)
			return st;
	}
	tol = &items[GL_DIR__COUNT];
	if (!(tol->value_len == 7 && memcmp(tol->value, "default", 7) == 0))
	{
		size_t		used;
		double		t;

		if (gl_text_number(tol->value, tol->value_len, &t, &used) != GL_TEXT_OK ||
			used != tol->value_len || !(t >= 0 && t <= 1))
			return text_fail(err, GL_BAL_TEXT_TOLERANCE, tol->item, tol->item_len);
		b->tolerance = t;
	}
	if (gl_balance_check(b, &which) != GL_BAL_OK)
	{
		if (which < 0)
			return text_fail(err, GL_BAL_TEXT_TOLERANCE, tol->item, tol->item_len);
		return text_fail(err, GL_BAL_TEXT_INVALID, items[which].item,
						 items[which].item_len);
	}
	return GL_BAL_OK;
}
