/*
 * base/radix.h - ordering doubles as unsigned keys, and the one LSD radix
 * sort the cores use on them (pure C, header only).
 *
 * gl_double_key maps a non-NaN double to a uint64_t in the same order
 * (-0 just below 0; a caller that wants them equal maps -0 first), and
 * gl_key_double maps it back, bit for bit.
 *
 * GL_DEFINE_RADIX_SORT(NAME, TYPE, KEY, BITS) defines
 *
 *     static void NAME(TYPE *a, size_t n, TYPE *tmp, size_t *count)
 *
 * a stable LSD radix sort of a[0 .. n) by the uint64_t KEY(element), in
 * BITS-bit digits, through tmp (room for n elements) and count (room for
 * GL_RADIX_COUNTS(BITS) counters, zeroed here); the result is in a.  A
 * digit every key shares moves nothing and is skipped (doubles of one
 * sign and a narrow range share their top ones), so a pass costs one read
 * and one scattered write of the elements for each digit that differs.
 * The digit width is the caller's: with BITS the histograms take
 * GL_RADIX_COUNTS(BITS) * 8 bytes and a pass writes 2^BITS streams, and the
 * best width depends on the element's size (bench/README.md has the
 * measurements behind each caller's).  Interrupts are checked every
 * GL_RADIX_SLICE elements.  Small arrays sort faster by comparison: the
 * caller chooses below which size.
 */
#ifndef GREENLANG_BASE_RADIX_H
#define GREENLANG_BASE_RADIX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/alloc.h"

static inline uint64_t
gl_double_key(double v)
{
	uint64_t	u;

	memcpy(&u, &v, sizeof(u));
	return (u >> 63) ? ~u : (u | ((uint64_t) 1 << 63));
}

static inline double
gl_key_double(uint64_t k)
{
	uint64_t	u = (k >> 63) ? (k & ~((uint64_t) 1 << 63)) : ~k;
	double		v;

	memcpy(&v, &u, sizeof(v));
	return v;
}

#define GL_RADIX_PASSES(BITS) ((64 + (BITS) - 1) / (BITS))
#define GL_RADIX_COUNTS(BITS) ((size_t) GL_RADIX_PASSES(BITS) << (BITS))
#define GL_RADIX_SLICE ((size_t) 1 << 12)

#define GL_DEFINE_RADIX_SORT(NAME, TYPE, KEY, BITS) \
static void \
NAME(TYPE *a, size_t n, TYPE *tmp, size_t *count) \
{ \
	const uint64_t mask = ((uint64_t) 1 << (BITS)) - 1; \
	TYPE	   *src = a; \
	TYPE	   *dst = tmp; \
	TYPE	   *t; \
	size_t		i; \
	int			pass; \
 \
	if (n < 2) \
		return; \
	memset(count, 0, GL_RADIX_COUNTS(BITS) * sizeof(size_t)); \
	for (i = 0; i < n; i++) \
	{ \
		uint64_t	k = KEY(a[i]); \
 \
		for (pass = 0; pass < GL_RADIX_PASSES(BITS); pass++) \
			count[((size_t) pass << (BITS)) + ((k >> (pass * (BITS))) & mask)]++; \
		if ((i & (GL_RADIX_SLICE - 1)) == GL_RADIX_SLICE - 1) \
			gl_check_interrupts(); \
	} \
	for (pass = 0; pass < GL_RADIX_PASSES(BITS); pass++) \
	{ \
		size_t	   *c = count + ((size_t) pass << (BITS)); \
		int			shift = pass * (BITS); \
		size_t		sum = 0; \
		size_t		d; \
 \
		if (c[(KEY(src[0]) >> shift) & mask] == n) \
			continue;			/* a digit every key shares */ \
		for (d = 0; d <= mask; d++) \
		{ \
			size_t		cd = c[d]; \
 \
			c[d] = sum; \
			sum += cd; \
		} \
		for (i = 0; i < n; i++) \
		{ \
			dst[c[(KEY(src[i]) >> shift) & mask]++] = src[i]; \
			if ((i & (GL_RADIX_SLICE - 1)) == GL_RADIX_SLICE - 1) \
				gl_check_interrupts(); \
		} \
		t = src; \
		src = dst; \
		dst = t; \
	} \
	if (src != a) \
		gl_copy_checked(a, src, n * sizeof(TYPE)); \
}

#endif							/* GREENLANG_BASE_RADIX_H */
