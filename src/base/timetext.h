/*
 * base/timetext.h - instants and durations for the cores, and their text
 * forms (pure C, no PostgreSQL headers).
 *
 * An instant (gl_time) is a count of microseconds since 2000-01-01
 * 00:00:00 UTC, which is what PostgreSQL's timestamptz holds, so the glue
 * passes a TimestampTz through unchanged.  A duration is a count of
 * microseconds (int64_t).
 *
 * Text forms do not depend on any setting (time zone, DateStyle):
 *
 *   instant   2024-03-01T06:00:00Z, 2024-03-01T06:00:00.25Z
 *             (UTC, years 0001 to 9999, at most 6 decimals of a second,
 *             written with trailing zeros of the fraction dropped)
 *   duration  900, 0.5  (seconds, at most 6 decimals, no sign, no exponent)
 */
#ifndef GL_BASE_TIMETEXT_H
#define GL_BASE_TIMETEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t gl_time;

#define GL_USECS_PER_SEC INT64_C(1000000)
#define GL_USECS_PER_DAY INT64_C(86400000000)

/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z */
#define GL_TIME_MIN (INT64_C(-730119) * GL_USECS_PER_DAY)
#define GL_TIME_MAX (INT64_C(2921940) * GL_USECS_PER_DAY - 1)

/* the text forms' longest lengths, with the NUL */
#define GL_TIME_TEXT_MAX 32
#define GL_DURATION_TEXT_MAX 32

static inline bool
gl_time_in_range(gl_time t)
{
	return t >= GL_TIME_MIN && t <= GL_TIME_MAX;
}

/*
 * Write instant t (in range) into buf (GL_TIME_TEXT_MAX bytes); returns
 * the length.
 */
extern int	gl_time_format(gl_time t, char *buf);

/*
 * The instant at the start of s (len bytes), exactly in the form above:
 * the number of bytes it takes, or 0 when it is not one (or names no
 * real date, like February 30).
 */
extern size_t gl_time_parse(const char *s, size_t len, gl_time *out);

/* write duration d (>= 0) into buf (GL_DURATION_TEXT_MAX bytes) */
extern int	gl_duration_format(int64_t d, char *buf);

/*
 * The duration at the start of s (len bytes): bytes used, or 0 when it is
 * not digits with at most 6 decimals, or exceeds max (microseconds).
 */
extern size_t gl_duration_parse(const char *s, size_t len, int64_t max,
								int64_t *out);

#endif							/* GL_BASE_TIMETEXT_H */
