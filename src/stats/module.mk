# stats: binomial intervals, the two-sample Kolmogorov-Smirnov test and the
# population stability index (pure C)
stats_DEPS = base
CORE_SRCS += src/stats/stats.c src/stats/binomial.c src/stats/ks.c src/stats/psi.c
UNIT_TESTS += test_stats test_psi
