# drift: ks_drift and psi aggregates over the drift_state summary
drift_DEPS = base stats
CORE_SRCS += src/drift/drift.c src/drift/summary.c
GLUE_SRCS += src/drift/drift_pg.c
SQL_PARTS += src/drift/drift.sql
REGRESS += drift drift_errors drift_ks_reference drift_psi drift_parallel drift_docs
UNIT_TESTS += test_drift
