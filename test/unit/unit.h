/*
 * unit.h - a minimal harness for the C unit tests of greenlang's pure-C cores.
 *
 * Each test program includes this header, makes checks with the macros below
 * and ends main() with "return unit_done();".  Every check counts as one test;
 * a failing check prints its location and a message.  unit_done() prints the
 * closing line "<program>: N passed, M failed" that test/run-unit.sh adds up.
 */
#ifndef GREENLANG_UNIT_H
#define GREENLANG_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int unit_passed;
static int unit_failed;
static const char *unit_name = "unit";

/* A plain boolean check with a printf-style message on failure. */
#define CHECK(cond, ...)                                                      \
	do {                                                                      \
		if (cond)                                                             \
			unit_passed++;                                                    \
		else                                                                  \
		{                                                                     \
			unit_failed++;                                                    \
			printf("FAIL %s:%d: ", __FILE__, __LINE__);                       \
			printf(__VA_ARGS__);                                              \
			printf("\n");                                                     \
		}                                                                     \
	} while (0)

/* Relative difference, with an absolute floor for values near zero. */
static inline double
unit_reldiff(double got, double want)
{
	double		scale = fabs(want) > 1e-300 ? fabs(want) : 1.0;

	if (isnan(got) || isnan(want))
		return INFINITY;
	if (got == want)
		return 0.0;
	return fabs(got - want) / scale;
}

/* got must be finite and equal want to the relative tolerance tol. */
#define CHECK_REL(got, want, tol, what)                                       \
	do {                                                                      \
		double unit_g_ = (got), unit_w_ = (want);                             \
		double unit_d_ = unit_reldiff(unit_g_, unit_w_);                      \
		CHECK(isfinite(unit_g_) && unit_d_ <= (tol),                          \
			  "%s: got %.17g, want %.17g (rel diff %.3g > %.3g)",             \
			  (what), unit_g_, unit_w_, unit_d_, (double) (tol));             \
	} while (0)

/* got must equal want to the absolute tolerance tol. */
#define CHECK_ABS(got, want, tol, what)                                       \
	do {                                                                      \
		double unit_g_ = (got), unit_w_ = (want);                             \
		CHECK(isfinite(unit_g_) && fabs(unit_g_ - unit_w_) <= (tol),          \
			  "%s: got %.17g, want %.17g (abs diff %.3g > %.3g)",             \
			  (what), unit_g_, unit_w_, fabs(unit_g_ - unit_w_),              \
			  (double) (tol));                                                \
	} while (0)

static inline int
unit_done(void)
{
	printf("%s: %d passed, %d failed\n", unit_name, unit_passed, unit_failed);
	return unit_failed > 0 ? 1 : 0;
}

#endif							/* GREENLANG_UNIT_H */
