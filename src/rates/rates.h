/*
 * rates.h - counts of a binary classifier and the rates made from them
 * (pure C, no PostgreSQL headers).
 *
 * gl_confusion holds the four counts of a confusion matrix; gl_fp_tally
 * holds the counts behind a false-positive rate (alarms verified true or
 * false) together with the confidence level and interval method that an
 * interval aggregate was asked for.  Both are summaries that add up
 * exactly: merging two of them gives the summary of the union of their
 * rows, in any order.
 *
 * The text forms are
 *
 *		tp=90, fp=10, fn=15, tn=885
 *		tp=7, fp=3
 *		tp=7, fp=3, confidence=0.95, method=wilson
 *
 * (items in any order on input, separated by commas, blanks allowed around
 * every token, names in any case; counts are decimal digits without sign).
 * Output is in the order shown: gl_confusion_format() writes a confusion;
 * a tally is written by the PostgreSQL glue, which has the shortest decimal
 * form of a double that reads back to the same value (for the confidence).
 *
 * Status codes are those of the statistics core (binomial.h):
 * GL_STATS_E_EMPTY when a rate's denominator is zero, GL_STATS_E_OVERFLOW
 * when a count would leave the int64 range.
 */
#ifndef GREENLANG_RATES_H
#define GREENLANG_RATES_H

#include <stddef.h>
#include <stdint.h>

#include "stats/binomial.h"			/* status codes */

typedef struct gl_confusion
{
	int64_t		tp;				/* predicted positive, actually positive */
	int64_t		fp;				/* predicted positive, actually negative */
	int64_t		fn;				/* predicted negative, actually positive */
	int64_t		tn;				/* predicted negative, actually negative */
} gl_confusion;

/* interval methods; GL_CI_UNSET only in a tally that has not seen one */
typedef enum gl_ci_method
{
	GL_CI_UNSET = 0,
	GL_CI_WILSON = 1,
	GL_CI_CLOPPER_PEARSON = 2
} gl_ci_method;

#define GL_CI_DEFAULT_CONFIDENCE 0.95
#define GL_CI_METHOD_NAMES "wilson, clopper-pearson"

typedef struct gl_fp_tally
{
	int64_t		tp;				/* alarms verified true */
	int64_t		fp;				/* alarms verified false */
	double		confidence;		/* 0 when unset */
	int32_t		method;			/* a gl_ci_method */
	int32_t		pad;			/* always 0 */
} gl_fp_tally;

/* The proportions a confusion matrix gives, as k successes out of n. */
typedef enum gl_rate_kind
{
	GL_RATE_PRECISION,			/* TP / (TP + FP) */
	GL_RATE_RECALL,				/* TP / (TP + FN) */
	GL_RATE_SPECIFICITY,		/* TN / (TN + FP) */
	GL_RATE_FALSE_POSITIVE,		/* FP / (FP + TN) */
	GL_RATE_FALSE_DISCOVERY,	/* FP / (TP + FP) */
	GL_RATE_ACCURACY,			/* (TP + TN) / N */
	GL_RATE_JACCARD				/* TP / (TP + FP + FN); F1 = 2J / (1 + J) */
} gl_rate_kind;

/* An estimate with its interval; n is the denominator of the proportion. */
typedef struct gl_rate_interval
{
	double		rate;
	double		lower;
	double		upper;
	int64_t		n;
} gl_rate_interval;

/* ---- counts ------------------------------------------------------------ */

/* a += b, all four counts; on overflow a is left unchanged */
extern int	gl_confusion_add(gl_confusion *a, const gl_confusion *b);

/* add one to a count; GL_STATS_E_OVERFLOW at INT64_MAX */
static inline int
gl_rates_bump(int64_t *x)
{
	if (*x == INT64_MAX)
		return GL_STATS_E_OVERFLOW;
	(*x)++;
	return GL_STATS_OK;
}

/* one row: predicted and actual class (inline: called once per row) */
static inline int
gl_confusion_count(gl_confusion *c, int predicted, int actual)
{
	if (predicted)
		return gl_rates_bump(actual ? &c->tp : &c->fp);
	return gl_rates_bump(actual ? &c->fn : &c->tn);
}

/* k and n of a proportion; GL_STATS_E_EMPTY when n = 0 */
extern int	gl_confusion_proportion(const gl_confusion *c, gl_rate_kind kind,
									int64_t *k, int64_t *n);

/* ---- metrics (GL_STATS_E_EMPTY when the denominator is zero) ----------- */

extern int	gl_confusion_rate(const gl_confusion *c, gl_rate_kind kind,
							  double *out);
/* F1 = 2 TP / (2 TP + FP + FN) */
extern int	gl_confusion_f1(const gl_confusion *c, double *out);

/*
 * Matthews correlation coefficient
 * (TP TN - FP FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)),
 * GL_STATS_E_EMPTY when any of the four sums is zero.
 */
extern int	gl_confusion_mcc(const gl_confusion *c, double *out);

/* ---- intervals ---------------------------------------------------------- */

/* k out of n by the given method (not GL_CI_UNSET) at confidence conf */
extern int	gl_binom_interval(int64_t k, int64_t n, double conf,
							  gl_ci_method method, double *lo, double *hi);

/* a proportion of c with its interval */
extern int	gl_confusion_interval(const gl_confusion *c, gl_rate_kind kind,
								  double conf, gl_ci_method method,
								  gl_rate_interval *out);

/*
 * F1 with an interval: the interval of J = TP / (TP + FP + FN) mapped
 * through the increasing F1 = 2J / (1 + J); n = TP + FP + FN.
 */
extern int	gl_confusion_f1_interval(const gl_confusion *c, double conf,
									 gl_ci_method method,
									 gl_rate_interval *out);

/* ---- false-positive tallies --------------------------------------------- */

/* one verified alarm (inline: called once per row) */
static inline int
gl_fp_tally_count(gl_fp_tally *t, int is_false_positive)
{
	return gl_rates_bump(is_false_positive ? &t->fp : &t->tp);
}

/*
 * a += b.  Confidence and method must agree where both are set
 * (GL_STATS_E_PARAM otherwise); an unset side takes the other's.
 */
extern int	gl_fp_tally_add(gl_fp_tally *a, const gl_fp_tally *b);

/* FP / (TP + FP) with its interval (unset confidence/method: 0.95, Wilson) */
extern int	gl_fp_tally_interval(const gl_fp_tally *t, gl_rate_interval *out);

/* ---- names and text ----------------------------------------------------- */

/* method by name (case-insensitive, len bytes), or GL_CI_UNSET */
extern gl_ci_method gl_ci_method_parse(const char *name, size_t len);
extern const char *gl_ci_method_name(gl_ci_method method);

/* 1 when 0 < conf < 1 (false for NaN) */
extern int	gl_ci_confidence_ok(double conf);

typedef struct gl_rates_text_error
{
	const char *what;			/* English description, no final period */
	const char *token;			/* offending text, points into the input */
	size_t		token_len;
} gl_rates_text_error;

/* parse a confusion; 0 on success, else nonzero with *err filled in */
extern int	gl_confusion_parse(const char *str, gl_confusion *out,
							   gl_rates_text_error *err);

/* canonical text into buf (at least GL_CONFUSION_TEXT_MAX bytes) */
#define GL_CONFUSION_TEXT_MAX 96
extern void gl_confusion_format(const gl_confusion *c, char *buf);

/* parse a tally (confidence and method both present or both absent) */
extern int	gl_fp_tally_parse(const char *str, gl_fp_tally *out,
							  gl_rates_text_error *err);

#endif							/* GREENLANG_RATES_H */
