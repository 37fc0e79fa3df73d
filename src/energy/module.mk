# energy: steam-trap leak rate, steam energy loss, fuel, cost and CO2
energy_DEPS = base steam units
CORE_SRCS += src/energy/energy.c
GLUE_SRCS += src/energy/energy_pg.c
SQL_PARTS += src/energy/energy.sql
REGRESS += energy energy_reference energy_errors recalculation
UNIT_TESTS += test_energy
