# stats: binomial intervals and the two-sample Kolmogorov-Smirnov test (pure C)
CORE_SRCS += src/stats/binomial.c src/stats/ks.c
UNIT_TESTS += test_stats
