# balance: thermal efficiency and the exact energy-balance aggregate
balance_DEPS = base units
CORE_SRCS += src/balance/balance.c
GLUE_SRCS += src/balance/balance_pg.c
SQL_PARTS += src/balance/balance.sql
REGRESS += balance balance_parallel balance_errors balance_docs
UNIT_TESTS += test_balance
