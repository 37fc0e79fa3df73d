/*
 * classifier/classifier_pg.h - glue shared by the classifier's two glue
 * files: the rate_interval composite, interval method and confidence
 * arguments, and reporting a core status.
 */
#ifndef GL_CLASSIFIER_PG_H
#define GL_CLASSIFIER_PG_H

#include "base/base_pg.h"

#include "access/tupdesc.h"

#include "classifier/classifier.h"
#include "classifier/metrics.h"

/* a core status as an error (extra: what the value is, for messages) */
GL_NORETURN extern void gl_cls_raise(int code, const char *extra, double value);

/* a confidence argument in (0, 1) */
extern double gl_cls_confidence_arg(FunctionCallInfo fcinfo, int argno);

/* an interval method argument: 'wilson' or 'clopper-pearson' */
extern gl_cls_method gl_cls_method_arg(FunctionCallInfo fcinfo, int argno);

/* a composite result of the function's declared type */
extern TupleDesc gl_cls_result_type(FunctionCallInfo fcinfo);

/* a rate_interval composite (rate, lower, upper, n) */
extern Datum gl_cls_interval_datum(TupleDesc td, double rate, double lower,
								   double upper, int64 n);

#endif							/* GL_CLASSIFIER_PG_H */
