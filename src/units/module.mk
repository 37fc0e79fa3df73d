# units: the one unit table of the extension
units_DEPS = base
CORE_SRCS += src/units/units.c
GLUE_SRCS += src/units/units_pg.c
SQL_PARTS += src/units/units.sql
REGRESS += units units_spellings
UNIT_TESTS += test_units
