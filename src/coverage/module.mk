# coverage: completeness, gaps and liveness of timestamped readings
coverage_DEPS = base
CORE_SRCS += src/coverage/coverage.c
UNIT_TESTS += test_coverage
