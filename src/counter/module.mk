# counter: cumulative meter registers (consumption through resets, rollovers and glitches)
counter_DEPS = base units
CORE_SRCS += src/counter/counter.c src/counter/counter_text.c
GLUE_SRCS += src/counter/counter_pg.c
SQL_PARTS += src/counter/counter.sql
REGRESS += counter counter_errors counter_parallel counter_docs counter_order
UNIT_TESTS += test_counter
