/*
 * test_timetext.c - base/timetext: instants and durations in text (and
 * textform's counts), against instants computed independently with
 * Python's datetime:
 *   d = datetime.fromisoformat(s) - datetime(2000, 1, 1)
 *   d.days * 86400000000 + d.seconds * 1000000 + d.microseconds
 */
#include "base/textform.h"
#include "base/timetext.h"
#include "unit.h"

#include <stdint.h>

static void
check_round_trip(const char *text, int64_t want)
{
	gl_time		t = 0;
	char		buf[GL_TIME_TEXT_MAX];
	size_t		used = gl_time_parse(text, strlen(text), &t);

	CHECK(used == strlen(text), "parse %s: used %zu", text, used);
	CHECK(t == want, "parse %s: got %lld, want %lld", text, (long long) t,
		  (long long) want);
	gl_time_format(want, buf);
	CHECK(strcmp(buf, text) == 0, "format %lld: got %s, want %s",
		  (long long) want, buf, text);
}

static void
check_bad_time(const char *text)
{
	gl_time		t;

	CHECK(gl_time_parse(text, strlen(text), &t) == 0, "%s must not parse", text);
}

int
main(void)
{
	char		buf[GL_DURATION_TEXT_MAX];
	int64_t		d = 0;

	unit_name = "test_timetext";

	check_round_trip("2000-01-01T00:00:00Z", 0);
	check_round_trip("2024-03-01T06:00:00Z", INT64_C(762588000000000));
	check_round_trip("2024-02-29T23:59:59.5Z", INT64_C(762566399500000));
	check_round_trip("1999-12-31T23:59:59.999999Z", -1);
	check_round_trip("1970-01-01T00:00:00Z", INT64_C(-946684800000000));
	check_round_trip("1900-03-01T00:00:00.000001Z", INT64_C(-3150575999999999));
	check_round_trip("0001-01-01T00:00:00Z", GL_TIME_MIN);
	check_round_trip("9999-12-31T23:59:59.999999Z", GL_TIME_MAX);
	CHECK(GL_TIME_MIN == INT64_C(-63082281600000000), "GL_TIME_MIN");
	CHECK(GL_TIME_MAX == INT64_C(252455615999999999), "GL_TIME_MAX");

	check_bad_time("2023-02-29T00:00:00Z");
	check_bad_time("2100-02-29T00:00:00Z");
	check_bad_time("2024-13-01T00:00:00Z");
	check_bad_time("2024-01-01T24:00:00Z");
	check_bad_time("2024-01-01T00:60:00Z");
	check_bad_time("2024-01-01T00:00:60Z");
	check_bad_time("2024-01-01 00:00:00Z");
	check_bad_time("2024-01-01T00:00:00");
	check_bad_time("2024-01-01T00:00:00.Z");
	check_bad_time("2024-01-01T00:00:00.1234567Z");
	check_bad_time("0000-01-01T00:00:00Z");
	check_bad_time("24-01-01T00:00:00Z");
	{
		gl_time		t;
		const char *s = "2000-02-29T12:00:00Z 7";

		CHECK(gl_time_parse(s, strlen(s), &t) == 20, "stops after Z");
	}

	/* durations */
	gl_duration_format(INT64_C(900000000), buf);
	CHECK(strcmp(buf, "900") == 0, "900 s: %s", buf);
	gl_duration_format(INT64_C(500000), buf);
	CHECK(strcmp(buf, "0.5") == 0, "0.5 s: %s", buf);
	gl_duration_format(INT64_C(1), buf);
	CHECK(strcmp(buf, "0.000001") == 0, "1 us: %s", buf);
	CHECK(gl_duration_parse("0.25", 4, INT64_MAX, &d) == 4 && d == 250000, "0.25");
	CHECK(gl_duration_parse("86400", 5, INT64_MAX, &d) == 5 &&
		  d == GL_USECS_PER_DAY, "86400");
	CHECK(gl_duration_parse("86400", 5, GL_USECS_PER_DAY - 1, &d) == 0, "above max");
	CHECK(gl_duration_parse("1.0000001", 9, INT64_MAX, &d) == 0, "7 decimals");
	CHECK(gl_duration_parse("-1", 2, INT64_MAX, &d) == 0, "sign");
	CHECK(gl_duration_parse("1e3", 3, INT64_MAX, &d) == 1 && d == GL_USECS_PER_SEC,
		  "stops at e");
	CHECK(gl_duration_parse("99999999999999999999", 20, INT64_MAX, &d) == 0,
		  "overflow");

	/* counts (base/textform.h) */
	CHECK(gl_text_count("9223372036854775807", 19, &d) == 19 && d == INT64_MAX,
		  "the largest count");
	CHECK(gl_text_count("9223372036854775808", 19, &d) == 0, "one above");
	CHECK(gl_text_count("12ab", 4, &d) == 2 && d == 12, "stops at a non-digit");
	CHECK(gl_text_count("-1", 2, &d) == 0 && gl_text_count("", 0, &d) == 0,
		  "no sign, no empty count");
	return unit_done();
}
