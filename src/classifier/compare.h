/*
 * classifier/compare.h - comparing two windows or two models (pure C):
 * the difference of two independent proportions with Newcombe's hybrid
 * score interval and the score test, and McNemar's test of two models
 * judged on the same items; the text grammar and checks of the two count
 * types, proportion and paired_outcomes, with this core's status table.
 *
 * Text forms (items in any order on input, each exactly once; names follow
 * the one name rule of base/names.h; counts are digits, at most
 * 9223372036854775807; output in the order shown):
 *
 *     successes=78, trials=100                       proportion
 *     both=61, a_only=25, b_only=7, neither=907      paired_outcomes
 *
 * A proportion's successes are at most its trials.  The binary forms are
 * the counts as int8 in the same order; they accept exactly what the text
 * forms accept (gl_cmp_check_binary).
 */
#ifndef GL_CLASSIFIER_COMPARE_H
#define GL_CLASSIFIER_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "base/textform.h"

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

/* ---- the count types: statuses, text forms, checks ----------------------- */

/* this core's statuses (gl_compare_statuses); 0 is success, as GL_CLS_OK */
typedef enum gl_cmp_status
{
	GL_CMP_OK = 0,
	GL_CMP_TEXT_SYNTAX,			/* the list itself: gl_cmp_text_error.text */
	GL_CMP_TEXT_ITEM,			/* an unknown, repeated or missing item */
	GL_CMP_TEXT_COUNT,			/* a value that is not a count */
	GL_CMP_COUNT_NEGATIVE,		/* a count below zero ({arg} names it) */
	GL_CMP_COUNT_ORDER,			/* successes above trials */
	GL_CMP_BINARY				/* a malformed binary form */
} gl_cmp_status;

extern const gl_status_table gl_compare_statuses;

/* the most counts a form has, and the longest text of one (with its NUL) */
#define GL_CMP_COUNTS_MAX 4
#define GL_CMP_TEXT_MAX 128

/* one count type: its SQL name and its counts' names, in stored order */
typedef struct gl_cmp_form
{
	const char *type;
	int			ncounts;
	const char *const *names;
	const char *expected;		/* the whole form, quoted, for messages */
	bool		ordered;		/* counts[0] <= counts[1] (proportion) */
} gl_cmp_form;

extern const gl_cmp_form gl_cmp_proportion;	/* successes, trials */
extern const gl_cmp_form gl_cmp_paired;	/* both, a_only, b_only, neither */

/*
 * What went wrong in a text form: code GL_CMP_TEXT_SYNTAX with text (the
 * glue reports it with gl_raise_text), or another code of
 * gl_compare_statuses with args (item, value, list and extra filled in;
 * the glue adds name, the whole input).
 */
typedef struct gl_cmp_text_error
{
	int			code;
	gl_text_error text;
	gl_status_args args;
} gl_cmp_text_error;

/*
 * Parse str (len bytes) as form f into counts[0 .. f->ncounts): GL_CMP_OK,
 * or a status with *err filled in.
 */
extern int	gl_cmp_parse(const gl_cmp_form *f, const char *str, size_t len,
						 int64_t *counts, gl_cmp_text_error *err);

/* the canonical text of counts into buf (GL_CMP_TEXT_MAX bytes) */
extern void gl_cmp_format(const gl_cmp_form *f, const int64_t *counts,
						  char *buf);

/*
 * Counts given one by one (function arguments): GL_CMP_COUNT_NEGATIVE
 * naming the count in a->arg, or GL_CMP_COUNT_ORDER, with a->value.
 */
extern int	gl_cmp_check(const gl_cmp_form *f, const int64_t *counts,
						 gl_status_args *a);

/*
 * Counts of a binary form: exactly what the text form accepts
 * (GL_CMP_BINARY for a negative count, GL_CMP_COUNT_ORDER as text input),
 * with *a filled in for the status.
 */
extern int	gl_cmp_check_binary(const gl_cmp_form *f, const int64_t *counts,
								gl_status_args *a);

#endif							/* GL_CLASSIFIER_COMPARE_H */
