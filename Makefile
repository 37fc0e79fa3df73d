# greenlang - PostgreSQL extension (PGXS).
#
#   make test    build, install, run every test on a throwaway cluster
#   make demo    install what is missing, build, install, run the demo
#   make bench   benchmarks (see bench/README.md)
#
# The Makefile must parse on a machine without PostgreSQL: `make test` and
# `make demo` install the packages first and then call make again.

EXTENSION = greenlang
EXTVERSION = 0.1

# pg_config of PostgreSQL 15 when installed, else whatever is on PATH
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) \
                         $(shell command -v pg_config 2>/dev/null))

# Modules, in the order their SQL goes into the install script (a module
# comes after the modules it depends on).  Each src/<module>/module.mk sets
# <module>_DEPS (the modules it includes from) and adds to CORE_SRCS (pure
# C, no PostgreSQL headers; also linked into the unit tests, fuzzers and
# benchmarks), GLUE_SRCS (PostgreSQL glue), SQL_PARTS, REGRESS and
# UNIT_TESTS.  Sources include by module path: #include "steam/if97.h".
GL_MODULES = base units steam stats rates drift energy balance runbook sankey coverage counter
CORE_SRCS =
GLUE_SRCS = src/greenlang.c
SQL_PARTS = src/greenlang.sql
REGRESS = greenlang
UNIT_TESTS =
-include $(foreach m,$(GL_MODULES),src/$(m)/module.mk)
# the users' schema, the demo data and the runbook queries on them (docs/runbook.md)
REGRESS += demo_data runbook demo_report

MODULE_big = greenlang
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
EXTRA_CLEAN = $(EXTENSION)--$(EXTVERSION).sql test/unit/bin bench/bin

# GL_FORMULAS_VERSION: bump whenever any function's numeric result changes,
# so rows stamped with greenlang_version() tell which formulas made them.
GL_FORMULAS_VERSION = 1
PG_CPPFLAGS = -I$(CURDIR)/src \
              -DGL_EXTVERSION='"$(EXTVERSION)"' -DGL_FORMULAS_VERSION='"$(GL_FORMULAS_VERSION)"'

GSL_LIBS = $(shell gsl-config --libs 2>/dev/null || echo -lgsl -lgslcblas -lm)
SHLIB_LINK = $(GSL_LIBS)

# pg_regress (sql/, expected/) runs against the server that PGHOST/PGPORT
# name (test/run.sh starts a throwaway one), in a database made anew.
REGRESS_OPTS = --outputdir=test/out --load-extension=greenlang

UNIT_CFLAGS = -std=gnu99 -O2 -g -Wall -Wextra -Wno-unused-parameter \
              -Wmissing-prototypes -Wdeclaration-after-statement \
              -Isrc -Itest/unit

ifneq ($(PG_CONFIG),)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
endif

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
# No PostgreSQL development files yet: only the targets that install them
# (test, demo) and the pure-C unit tests work.
all install installcheck:
	@echo "PostgreSQL 15 server development files not found (pg_config: '$(PG_CONFIG)')."
	@echo "Run 'make test' or 'make demo' as root to install them, or:"
	@echo "  apt-get install -y postgresql-15 postgresql-server-dev-15 libgsl-dev"
	@exit 1
endif

# objects follow the headers (PGXS tracks no header dependencies)
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/*/*.h) Makefile

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) Makefile
	@{ echo "-- greenlang $(EXTVERSION): generated from $(SQL_PARTS); do not edit."; \
	   printf '%s\n' '\echo Use "CREATE EXTENSION greenlang" to load this file. \quit'; \
	   for f in $(SQL_PARTS); do echo; echo "-- ---- $$f"; cat $$f; done; } > $@

# ---- pure-C unit tests ---------------------------------------------------
test/unit/bin/%: test/unit/%.c $(CORE_SRCS) $(wildcard src/*/*.h) test/unit/unit.h
	@mkdir -p test/unit/bin
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS) $(GSL_LIBS)

unit: $(addprefix test/unit/bin/,$(UNIT_TESTS))
	@for t in $(UNIT_TESTS); do test/unit/bin/$$t; done

# ---- the two commands ----------------------------------------------------
test:
	@bash test/run.sh

demo:
	@bash demo/run.sh

bench:
	@bash bench/run.sh

# for scripts: the pure-C sources and include flags
print-core:
	@echo $(CORE_SRCS) $(GSL_LIBS)
print-includes:
	@echo -Isrc
# the module graph: every include of another module is a declared
# dependency, and the declared graph has no cycle (tools/check_deps.sh)
check-deps:
	@GL_MODULES="$(GL_MODULES)" $(foreach m,$(GL_MODULES),$(m)_DEPS="$($(m)_DEPS)") bash tools/check_deps.sh
print-regress:
	@echo $(REGRESS)

.PHONY: unit test demo bench print-core print-includes print-regress check-deps
