# runbook: the GL-008 impact matrix and the GL-008/GL-009 threshold rules
runbook_DEPS = base
CORE_SRCS += src/runbook/runbook.c
GLUE_SRCS += src/runbook/runbook_pg.c
SQL_PARTS += src/runbook/runbook.sql
REGRESS += priority priority_errors priority_docs
UNIT_TESTS += test_runbook
