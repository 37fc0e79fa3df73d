# counter: cumulative meter registers (consumption through resets, rollovers and glitches)
counter_DEPS = base units
CORE_SRCS += src/counter/counter.c
UNIT_TESTS += test_counter
