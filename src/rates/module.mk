# rates: fp_rate, fp_rate_interval, the confusion type and its aggregates
rates_DEPS = base stats
CORE_SRCS += src/rates/rates.c
GLUE_SRCS += src/rates/rates_pg.c
SQL_PARTS += src/rates/rates.sql
REGRESS += rates rates_binomial rates_errors rates_parallel rates_docs rates_limits
UNIT_TESTS += test_rates
