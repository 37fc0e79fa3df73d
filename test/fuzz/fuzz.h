/*
 * fuzz.h - what the libFuzzer harnesses of the pure-C cores share
 * (test/fuzz/fuzz_<name>.c; built and run by tools/fuzz.sh, `make fuzz`).
 *
 * A harness gets arbitrary bytes, feeds them to one parser of a core and
 * checks properties of what comes out (a value prints to text that parses
 * back to the same value, numbers are finite, texts are NUL-terminated
 * within their buffer).  A property that does not hold aborts, which
 * libFuzzer reports as a crash with the input that caused it.
 */
#ifndef GREENLANG_FUZZ_H
#define GREENLANG_FUZZ_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/status.h"

/* a property that must hold: else print it and abort */
#define FZ_CHECK(cond, ...)                                                   \
	do {                                                                      \
		if (!(cond))                                                          \
		{                                                                     \
			fprintf(stderr, "property failed at %s:%d: %s: ", __FILE__,       \
					__LINE__, #cond);                                         \
			fprintf(stderr, __VA_ARGS__);                                     \
			fputc('\n', stderr);                                              \
			abort();                                                          \
		}                                                                     \
	} while (0)

/* the input as a NUL-terminated string of its own (from malloc; free it) */
static inline char *
fz_cstr(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * the input copied into a buffer of exactly size bytes, not terminated,
 * so that ASan sees a parser that reads past the length it was given
 */
static inline char *
fz_bytes(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	return s;
}

/* the shortest decimal that reads back, as the glue prints doubles */
#define FZ_DTOA_LEN 32
static inline char *
fz_dtoa(double v, char *buf)
{
	return gl_format_double(buf, FZ_DTOA_LEN, v);
}

/* bitwise equality of doubles (so -0 and 0 differ, as their texts do) */
static inline int
fz_same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(double)) == 0;
}

/* whether buf (buflen bytes) holds a NUL-terminated string */
static inline int
fz_terminated(const char *buf, size_t buflen)
{
	return memchr(buf, '\0', buflen) != NULL;
}

#endif							/* GREENLANG_FUZZ_H */
