# classifier: a scored classifier's verified history (score_summary), its
# threshold, ROC AUC with DeLong's interval, calibration, and comparisons of
# two windows or two models (proportion, paired_outcomes)
classifier_DEPS = base stats rates
CORE_SRCS += src/classifier/classifier.c src/classifier/metrics.c src/classifier/compare.c
GLUE_SRCS += src/classifier/classifier_pg.c src/classifier/compare_pg.c
SQL_PARTS += src/classifier/classifier.sql
REGRESS += classifier classifier_errors classifier_parallel classifier_docs
UNIT_TESTS += test_classifier test_compare
