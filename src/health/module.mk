# health: service health from events: error counts per time bucket (episodes,
# severity bands) and exact counts of values against limits (shares, quantile bounds)
health_DEPS = base stats
CORE_SRCS += src/health/health.c src/health/error_counts.c src/health/limit_counts.c
GLUE_SRCS += src/health/health_pg.c src/health/limits_pg.c
SQL_PARTS += src/health/health.sql
REGRESS += health health_errors health_parallel health_docs
UNIT_TESTS += test_health
