/*
 * classifier/metrics.h - what a score summary answers (pure C): the ROC
 * AUC exactly from integer pair counts with DeLong's interval, average
 * precision, the curve of every candidate threshold, the choice of a
 * threshold by a metric's confidence bound, and calibration (Brier score,
 * reliability bins, expected calibration error).
 *
 * All take a canonical summary (classifier.h) and read only its verified
 * rows (pos, neg), except the counts of rows flagged, which include the
 * unverified ones.  A row is flagged at threshold t when its score >= t.
 *
 * Returns are statuses; GL_CLS_OK with *defined = false (or a NULL-like
 * result) where a quantity has no value (no positive or no negative row).
 */
#ifndef GL_CLASSIFIER_METRICS_H
#define GL_CLASSIFIER_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classifier/classifier.h"

/* interval methods of a proportion */
typedef enum gl_cls_method
{
	GL_CLS_WILSON = 1,
	GL_CLS_CLOPPER_PEARSON = 2
} gl_cls_method;

/* k out of n with its interval (k, n >= 0; n = 0: *defined false) */
typedef struct gl_cls_prop
{
	int64_t		k;
	int64_t		n;
	bool		defined;		/* n > 0 */
	double		rate;
	double		lower;
	double		upper;
} gl_cls_prop;

/* the interval of k out of n (0 < conf < 1) */
extern int	gl_cls_prop_interval(int64_t k, int64_t n, double conf,
								 gl_cls_method method, gl_cls_prop *out);

/* 1 when 0 < v < 1 (false for NaN) */
static inline int
gl_cls_open01(double v)
{
	return v > 0.0 && v < 1.0;
}

/* ---- ROC AUC -------------------------------------------------------------- */

typedef struct gl_auc
{
	bool		defined;		/* at least one positive and one negative */
	double		auc;
	/* DeLong's interval; variance defined with >= 2 of each class */
	bool		has_interval;
	double		variance;
	double		lower;
	double		upper;
	int64_t		positives;
	int64_t		negatives;
} gl_auc;

/*
 * AUC = (pairs ranked right + ties / 2) / (P N), counted exactly in
 * 128-bit integers; DeLong's variance from the placement values of every
 * distinct score (ties count one half), and the normal interval at conf
 * clamped to [0, 1] as pROC's ci.auc(method = "delong") gives it.
 */
extern int	gl_cls_auc(const gl_score_entry *e, size_t n, double conf,
					   gl_auc *out);

/*
 * The bound on |AUC - AUC of the unrounded scores| of a rounded summary:
 * a positive and a negative row that share a rounded score may have been
 * ordered either way, 1/2 each: sum(pos * neg) / (2 P N).  0 when not
 * rounded; *defined false without both classes.
 */
extern void gl_cls_auc_error_bound(const gl_score_entry *e, size_t n,
								   int digits, double *out, bool *defined);

/* scikit-learn's average_precision_score (step, no interpolation) */
extern void gl_cls_average_precision(const gl_score_entry *e, size_t n,
									 double *out, bool *defined);

/* ---- thresholds ------------------------------------------------------------ */

/* the metrics a threshold can be chosen by */
typedef enum gl_cls_metric
{
	GL_CLS_M_FDR = 1,			/* false discovery rate FP/(TP+FP), at most */
	GL_CLS_M_FPR,				/* false positive rate FP/(FP+TN), at most */
	GL_CLS_M_RECALL,			/* TP/(TP+FN), at least */
	GL_CLS_M_PRECISION,			/* TP/(TP+FP), at least */
	GL_CLS_M_SPECIFICITY		/* TN/(TN+FP), at least */
} gl_cls_metric;

/* one candidate threshold: flag rows with score >= threshold */
typedef struct gl_cls_point
{
	double		threshold;		/* +inf: flag nothing */
	int64_t		flagged;		/* every row flagged, unverified too */
	int64_t		unverified;		/* unverified rows flagged */
	int64_t		tp;
	int64_t		fp;
	int64_t		fn;
	int64_t		tn;
} gl_cls_point;

/*
 * The candidate thresholds: +inf, then every distinct score with a
 * verified row, decreasing (scikit-learn's roc_curve with
 * drop_intermediate=False; its first threshold is max + 1 before 1.3).
 * *iter starts at 0; each call fills *pt and returns true, false at the
 * end.  The cursor state is kept in *cur (zero it first).
 */
typedef struct gl_cls_cursor
{
	size_t		next;			/* entries above it are flagged */
	bool		started;
	gl_cls_point pt;
	gl_score_totals tot;
} gl_cls_cursor;

extern bool gl_cls_curve_next(const gl_score_entry *e, size_t n,
							  gl_cls_cursor *cur, gl_cls_point *pt);

/* the proportion a metric reads from a point: k out of n */
extern void gl_cls_metric_counts(const gl_cls_point *pt, gl_cls_metric m,
								 int64_t *k, int64_t *n);

/* whether the metric must stay at most (true) or at least the target */
extern bool gl_cls_metric_at_most(gl_cls_metric m);

typedef struct gl_cls_choice
{
	bool		found;
	gl_cls_point pt;
	gl_cls_prop metric;			/* the metric at pt with its interval */
	int64_t		true_alarms_lost;	/* TP at the lowest threshold - TP */
	int64_t		false_alarms_avoided;	/* FP at the lowest threshold - FP */
} gl_cls_choice;

/*
 * The threshold meeting target by the metric's confidence bound: the
 * upper bound <= target for an at-most metric (fdr, fpr), the lower bound
 * >= target for an at-least one.  Among those that meet it: the lowest
 * threshold (most alarms kept) for fdr, fpr, precision and specificity;
 * the highest (fewest alarms) for recall.
 */
extern int	gl_cls_choose(const gl_score_entry *e, size_t n, gl_cls_metric m,
						  double target, double conf, gl_cls_method method,
						  gl_cls_choice *out);

/* ---- calibration ----------------------------------------------------------- */

/* GL_CLS_CALIB_RANGE when a verified score is outside [0, 1] (*bad) */
extern int	gl_cls_calib_check(const gl_score_entry *e, size_t n, double *bad);

/* mean (score - label)^2 over the verified rows */
extern int	gl_cls_brier(const gl_score_entry *e, size_t n, double *out,
						 bool *defined, double *bad);

#define GL_CLS_MAX_BINS 10000

typedef struct gl_cls_bin
{
	int			bin;			/* 1-based */
	double		lower;
	double		upper;
	int64_t		n;
	int64_t		positives;
	double		fraction_positive;
	double		mean_score;
} gl_cls_bin;

/*
 * Uniform bins as scikit-learn's calibration_curve makes them: edges
 * i / bins (numpy linspace), a score on an inner edge in the lower bin.
 * out[0..bins) filled (n = 0 for an empty bin); GL_CLS_CALIB_RANGE as
 * gl_cls_calib_check.
 */
extern int	gl_cls_calibration(const gl_score_entry *e, size_t n, int bins,
							   gl_cls_bin *out, double *bad);

/* sum over bins of n_b / N |fraction positive - mean score| */
extern void gl_cls_ece(const gl_cls_bin *bins, int nbins, double *out,
					   bool *defined);

#endif							/* GL_CLASSIFIER_METRICS_H */
