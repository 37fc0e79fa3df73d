/*
 * base/timetext.c - instants and durations as text (see timetext.h).
 *
 * Civil dates from day counts and back by the proleptic Gregorian
 * algorithms of H. Hinnant ("chrono-compatible low-level date
 * algorithms"), in days relative to 2000-01-01.
 */
#include "base/timetext.h"

#include <stdio.h>
#include <string.h>

/* days from 1970-01-01 to 2000-01-01 */
#define EPOCH_2000_DAYS 10957

static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe;
	int64_t		doy;
	int64_t		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468 - EPOCH_2000_DAYS;
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t		era;
	int64_t		doe;
	int64_t		yoe;
	int64_t		doy;
	int64_t		mp;

	z += 719468 + EPOCH_2000_DAYS;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400 + (*m <= 2));
}

/* floor division and its remainder, for instants before 2000 */
static int64_t
floor_div(int64_t a, int64_t b, int64_t *rem)
{
	int64_t		q = a / b;
	int64_t		r = a % b;

	if (r < 0)
	{
		r += b;
		q--;
	}
	*rem = r;
	return q;
}

/* the 6-digit fraction f without its trailing zeros, after a '.' */
static int
put_fraction(char *buf, int64_t f)
{
	char		digits[8];
	int			n = 6;

	snprintf(digits, sizeof(digits), "%06lld", (long long) f);
	while (n > 0 && digits[n - 1] == '0')
		n--;
	if (n == 0)
		return 0;
	buf[0] = '.';
	memcpy(buf + 1, digits, n);
	return n + 1;
}

int
gl_time_format(gl_time t, char *buf)
{
	int64_t		us;
	int64_t		days = floor_div(t, GL_USECS_PER_DAY, &us);
	int64_t		secs = us / GL_USECS_PER_SEC;
	int			y,
				m,
				d,
				n;

	civil_from_days(days, &y, &m, &d);
	n = snprintf(buf, GL_TIME_TEXT_MAX, "%04d-%02d-%02dT%02d:%02d:%02d",
				 y, m, d, (int) (secs / 3600), (int) (secs / 60 % 60),
				 (int) (secs % 60));
	n += put_fraction(buf + n, us % GL_USECS_PER_SEC);
	buf[n++] = 'Z';
	buf[n] = '\0';
	return n;
}

/* exactly k digits at s[*i], as a number */
static bool
take_digits(const char *s, size_t len, size_t *i, int k, int *out)
{
	int			v = 0;
	int			j;

	if (*i + k > len)
		return false;
	for (j = 0; j < k; j++)
	{
		char		c = s[*i + j];

		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*i += k;
	*out = v;
	return true;
}

static bool
take_char(const char *s, size_t len, size_t *i, char c)
{
	if (*i >= len || s[*i] != c)
		return false;
	(*i)++;
	return true;
}

/* digits after a '.' (1 to 6) as microseconds; false on 0 or more than 6 */
static bool
take_fraction(const char *s, size_t len, size_t *i, int64_t *us)
{
	int64_t		v = 0;
	int			k = 0;

	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
	{
		if (++k > 6)
			return false;
		v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	if (k == 0)
		return false;
	while (k++ < 6)
		v *= 10;
	*us = v;
	return true;
}

static int
days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

size_t
gl_time_parse(const char *s, size_t len, gl_time *out)
{
	size_t		i = 0;
	int			y,
				mo,
				d,
				h,
				mi,
				sec;
	int64_t		frac = 0;

	if (!take_digits(s, len, &i, 4, &y) || !take_char(s, len, &i, '-') ||
		!take_digits(s, len, &i, 2, &mo) || !take_char(s, len, &i, '-') ||
		!take_digits(s, len, &i, 2, &d) || !take_char(s, len, &i, 'T') ||
		!take_digits(s, len, &i, 2, &h) || !take_char(s, len, &i, ':') ||
		!take_digits(s, len, &i, 2, &mi) || !take_char(s, len, &i, ':') ||
		!take_digits(s, len, &i, 2, &sec))
		return 0;
	if (i < len && s[i] == '.')
	{
		i++;
		if (!take_fraction(s, len, &i, &frac))
			return 0;
	}
	if (!take_char(s, len, &i, 'Z'))
		return 0;
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) ||
		h > 23 || mi > 59 || sec > 59)
		return 0;
	*out = days_from_civil(y, mo, d) * GL_USECS_PER_DAY +
		((int64_t) h * 3600 + mi * 60 + sec) * GL_USECS_PER_SEC + frac;
	return i;
}

int
gl_duration_format(int64_t d, char *buf)
{
	int			n = snprintf(buf, GL_DURATION_TEXT_MAX, "%lld",
							 (long long) (d / GL_USECS_PER_SEC));

	n += put_fraction(buf + n, d % GL_USECS_PER_SEC);
	buf[n] = '\0';
	return n;
}

size_t
gl_duration_parse(const char *s, size_t len, int64_t max, int64_t *out)
{
	size_t		i = 0;
	int64_t		secs = 0;
	int64_t		frac = 0;

	if (i >= len || s[i] < '0' || s[i] > '9')
		return 0;
	while (i < len && s[i] >= '0' && s[i] <= '9')
	{
		if (secs > max / GL_USECS_PER_SEC)
			return 0;
		secs = secs * 10 + (s[i] - '0');
		i++;
	}
	if (i < len && s[i] == '.')
	{
		i++;
		if (!take_fraction(s, len, &i, &frac))
			return 0;
	}
	if (secs > max / GL_USECS_PER_SEC ||
		secs * GL_USECS_PER_SEC > max - frac)
		return 0;
	*out = secs * GL_USECS_PER_SEC + frac;
	return i;
}
