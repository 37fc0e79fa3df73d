/*
 * binomial.h - confidence intervals for a binomial proportion k/n.
 *
 * Pure C (no PostgreSQL headers).  Status codes: stats/stats.h.
 *
 * GSL is used for the normal quantile only.  The core never installs a
 * GSL error handler: the caller (gl_base_init in the server, a test's
 * main()) must call gsl_set_error_handler_off(), so that a GSL failure comes
 * back as a NaN / error value, which these functions turn into
 * GL_STATS_E_NUMERIC instead of aborting the process.
 */
#ifndef GREENLANG_STATS_BINOMIAL_H
#define GREENLANG_STATS_BINOMIAL_H

#include "stats/stats.h"

/*
 * A confidence level: GL_STATS_OK when 0 < conf < 1, else
 * GL_STATS_E_CONFIDENCE (NaN too).
 */
extern int	gl_binom_check_confidence(double conf);

/*
 * Wilson score interval (Wilson 1927) at two-sided confidence level conf:
 *   z = Phi^-1(1 - (1-conf)/2),
 *   centre = (2k + z^2) / (2(n + z^2)),
 *   half   = z sqrt(4k(n-k)/n + z^2) / (2(n + z^2)),
 * lower = 0 when k = 0, upper = 1 when k = n; results clamped to [0,1].
 * Returns GL_STATS_OK or an error code (then *lo = 0, *hi = 1):
 * GL_STATS_E_PARAM (n <= 0, k outside [0, n]), GL_STATS_E_CONFIDENCE,
 * GL_STATS_E_NUMERIC.
 */
extern int	gl_binom_wilson(long k, long n, double conf, double *lo, double *hi);

/*
 * Clopper-Pearson "exact" interval (Clopper & Pearson 1934), alpha = 1-conf:
 *   lower = BetaInv(alpha/2; k, n-k+1), upper = BetaInv(1-alpha/2; k+1, n-k),
 * lower = 0 when k = 0, upper = 1 when k = n; results clamped to [0,1].
 * The beta quantiles are computed here (GSL's gsl_cdf_beta_Pinv returns NaN
 * or runs for minutes for large n): safeguarded Newton iteration on the
 * binomial tails (direct sums of the short side, or the incomplete beta
 * continued fraction for very large n p q); fast
 * and accurate to ~1e-13 relative for any n up to LONG_MAX.
 * Returns GL_STATS_OK or an error code (then *lo = 0, *hi = 1).
 */
extern int	gl_binom_clopper_pearson(long k, long n, double conf,
									 double *lo, double *hi);

/*
 * Numerical helpers shared by the statistics core (Loader 2000, "Fast and
 * accurate computation of binomial probabilities"):
 * gl_stats_stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n), n >= 1 real;
 * gl_stats_log_dbinom(k, n, np, nq) = log(C(n,k) p^k q^(n-k)) for real
 *   0 <= k <= n, with np = n p and nq = n q passed separately (p + q = 1)
 *   so that callers can supply them without rounding; -inf when the
 *   probability is 0.
 */
extern double gl_stats_stirlerr(double n);
extern double gl_stats_log_dbinom(double k, double n, double np, double nq);

#endif							/* GREENLANG_STATS_BINOMIAL_H */
