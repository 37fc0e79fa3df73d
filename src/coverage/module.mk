# coverage: completeness, gaps and liveness of timestamped readings
coverage_DEPS = base
CORE_SRCS += src/coverage/coverage.c
GLUE_SRCS += src/coverage/coverage_pg.c
SQL_PARTS += src/coverage/coverage.sql
REGRESS += coverage coverage_errors coverage_parallel coverage_docs
UNIT_TESTS += test_coverage
