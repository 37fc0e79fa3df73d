/*
 * base/numeric.h - small numeric helpers the cores share (pure C).
 */
#ifndef GL_BASE_NUMERIC_H
#define GL_BASE_NUMERIC_H

#include <math.h>
#include <stdbool.h>

/* v clamped to [0, 1] (NaN stays NaN) */
static inline double
gl_clamp01(double v)
{
	if (v < 0.0)
		return 0.0;
	if (v > 1.0)
		return 1.0;
	return v;
}

static inline bool
gl_finite(double v)
{
	return !isnan(v) && !isinf(v);
}

#endif							/* GL_BASE_NUMERIC_H */
