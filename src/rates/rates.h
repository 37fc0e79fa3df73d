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
 * The text forms (base/textform.h's item lists) are
 *
 *		tp=90, fp=10, fn=15, tn=885
 *		tp=7, fp=3
 *		tp=7, fp=3, confidence=0.95, method=wilson
 *
 * (items in any order on input, blanks allowed around every token, item
 * and method names matched by base/names.h's rule; counts are decimal
 * digits without sign, the confidence a strict decimal number).  Output is
 * in the order shown, by gl_confusion_format and gl_fp_tally_format.
 *
 * Statuses: this core's own (gl_rates_statuses, codes from
 * GL_RATES_E_SETTINGS on) and the statistics core's (stats/stats.h:
 * GL_STATS_E_EMPTY when a rate's denominator is zero, GL_STATS_E_OVERFLOW
 * when a count would leave the int64 range, ...); gl_rates_table(code) is
 * the table that describes a code.
 */
#ifndef GREENLANG_RATES_H
#define GREENLANG_RATES_H

#include <stddef.h>
#include <stdint.h>

#include "base/names.h"
#include "base/status.h"
#include "base/textform.h"
#include "stats/binomial.h"

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

/* the method names: "wilson", "clopper-pearson" */
extern const gl_choices gl_ci_methods;

typedef struct gl_fp_tally
{
	int64_t		tp;				/* alarms verified true */
	int64_t		fp;				/* alarms verified false */
	double		confidence;		/* 0 when unset */
	int32_t		method;			/* a gl_ci_method */
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

/* ---- statuses ----------------------------------------------------------- */

typedef enum gl_rates_status
{
	GL_RATES_OK = 0,
	/* below GL_RATES_E_SETTINGS: the statistics core's codes */
	GL_RATES_E_SETTINGS = 100,	/* tallies asked for different intervals */
	GL_RATES_E_NEGATIVE,		/* {arg} (a count) is negative */
	GL_RATES_E_TEXT_UNKNOWN,	/* text: an item of another name */
	GL_RATES_E_TEXT_TWICE,		/* text: an item given twice */
	GL_RATES_E_TEXT_MISSING,	/* text: a count is missing */
	GL_RATES_E_TEXT_PAIR,		/* text: confidence without method, or back */
	GL_RATES_E_TEXT_COUNT,		/* text: a count that is not digits */
	GL_RATES_E_TEXT_COUNT_RANGE,	/* text: a count beyond int64 */
	GL_RATES_E_BINARY_COUNT,	/* binary: a negative count */
	GL_RATES_E_BINARY_METHOD,	/* binary: an unknown method code */
	GL_RATES_E_BINARY_CONFIDENCE	/* binary: a confidence the method refuses */
} gl_rates_status;

extern const gl_status_table gl_rates_statuses;

/* the table describing a code this core returned (its own or stats') */
extern const gl_status_table *gl_rates_table(int code);

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

/*
 * Counts made by a caller: GL_RATES_E_NEGATIVE when one is negative, with
 * a->arg (its name: "tp", "fp", "fn" or "tn") and a->value filled in.
 */
extern int	gl_confusion_check(const gl_confusion *c, gl_status_args *a);

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
 * (GL_RATES_E_SETTINGS otherwise); an unset side takes the other's.
 */
extern int	gl_fp_tally_add(gl_fp_tally *a, const gl_fp_tally *b);

/* FP / (TP + FP) with its interval (unset confidence/method: 0.95, Wilson) */
extern int	gl_fp_tally_interval(const gl_fp_tally *t, gl_rate_interval *out);

/* ---- text and binary forms ---------------------------------------------- */

/*
 * Why a text form was refused: a status of table, with the template
 * fields this core knows in args ({extra}, the type, and {name}, the
 * input, are left to the caller when NULL); or, with table NULL, a syntax
 * error of the item list or of a number, in text (base's textform
 * statuses, reported by the glue's gl_raise_text).
 */
typedef struct gl_rates_text_error
{
	const gl_status_table *table;
	int			code;
	gl_text_error text;
	gl_status_args args;
	char		list[96];		/* what args.list points to */
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

/*
 * canonical text into buf (at least GL_FP_TALLY_TEXT_MAX bytes);
 * confidence_text is the shortest decimal of t->confidence that reads back
 * (the glue's gl_shortest), used when the method is set
 */
#define GL_FP_TALLY_TEXT_MAX 128
extern void gl_fp_tally_format(const gl_fp_tally *t,
							   const char *confidence_text, char *buf);

/*
 * The values a binary form carries, checked to be those text input can
 * make: 0, or GL_RATES_E_BINARY_COUNT (a->name the count, a->value its
 * value), GL_RATES_E_BINARY_METHOD or GL_RATES_E_BINARY_CONFIDENCE
 * (a->value the method code or the confidence).
 */
extern int	gl_confusion_check_binary(const gl_confusion *c,
									  gl_status_args *a);
extern int	gl_fp_tally_check_binary(const gl_fp_tally *t, gl_status_args *a);

#endif							/* GREENLANG_RATES_H */
