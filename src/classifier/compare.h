/*
 * classifier/compare.h - comparing two windows or two models (pure C):
 * the difference of two independent proportions with Newcombe's hybrid
 * score interval and the score test, and McNemar's test of two models
 * judged on the same items.
 */
#ifndef GL_CLASSIFIER_COMPARE_H
#define GL_CLASSIFIER_COMPARE_H

#include <stdbool.h>
#include <stdint.h>

/* successes k out of trials n */
typedef struct gl_cls_count
{
	int64_t		k;
	int64_t		n;
} gl_cls_count;

typedef struct gl_cls_diff
{
	bool		defined;		/* both n > 0 */
	double		rate_a;
	double		rate_b;
	double		difference;		/* rate_a - rate_b */
	double		lower;
	double		upper;
	double		p_value;
} gl_cls_diff;

/*
 * a - b with Newcombe's hybrid score interval (method 10: Wilson
 * intervals of each rate, combined) at conf, and the two-sided p-value of
 * the score test of equal rates with the variance correction
 * N / (N - 1) of Miettinen and Nurminen (statsmodels'
 * test_proportions_2indep(method='score')); p = 1 when both rates are 0
 * or both 1.
 */
extern int	gl_cls_diff_2indep(gl_cls_count a, gl_cls_count b, double conf,
							   gl_cls_diff *out);

/* McNemar's test methods */
typedef enum gl_cls_mcnemar_method
{
	GL_CLS_MCNEMAR_EXACT = 1,	/* binomial, two-sided */
	GL_CLS_MCNEMAR_CHISQ,		/* chi-square, continuity-corrected */
	GL_CLS_MCNEMAR_CHISQ_PLAIN	/* chi-square without the correction */
} gl_cls_mcnemar_method;

typedef struct gl_cls_mcnemar
{
	double		statistic;		/* exact: min(b, c); chi-square: X^2 */
	double		p_value;
} gl_cls_mcnemar;

/*
 * From the discordant counts b (only model A right) and c (only model B
 * right).  exact: p = min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2);
 * chi-square: (|b - c| - 1)^2 / (b + c), the correction left out when
 * b = c (R's mcnemar.test); b + c = 0 gives statistic 0 and p 1.
 */
extern int	gl_cls_mcnemar_test(int64_t b, int64_t c,
								gl_cls_mcnemar_method method,
								gl_cls_mcnemar *out);

#endif							/* GL_CLASSIFIER_COMPARE_H */
