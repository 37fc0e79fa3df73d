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

# Pure-C cores (no PostgreSQL headers): also linked into the unit tests.
CORE_SRCS = src/units/units.c \
            src/steam/if97.c \
            src/steam/steam_text.c \
            src/stats/binomial.c \
            src/stats/ks.c
# PostgreSQL glue.
GLUE_SRCS = src/greenlang.c \
            src/units/units_pg.c \
            src/steam/steam_pg.c

# The install script is assembled from each module's SQL, in this order.
SQL_PARTS = src/units/units.sql \
            src/steam/steam.sql

MODULE_big = greenlang
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
EXTRA_CLEAN = $(EXTENSION)--$(EXTVERSION).sql test/unit/bin bench/bin

PG_CPPFLAGS = -I$(CURDIR)/src/units -I$(CURDIR)/src/steam -I$(CURDIR)/src/stats
GSL_LIBS = $(shell gsl-config --libs 2>/dev/null || echo -lgsl -lgslcblas -lm)
SHLIB_LINK = $(GSL_LIBS)

REGRESS = units steam steam_reference steam_roundtrip steam_oracle steam_errors steam_copy

# pg_regress (sql/, expected/) runs against the server that PGHOST/PGPORT
# name (test/run.sh starts a throwaway one), in a database made anew.
REGRESS_OPTS = --outputdir=test/out --load-extension=greenlang

UNIT_TESTS = test_units test_if97 test_steam_text test_stats
UNIT_CFLAGS = -std=gnu99 -O2 -g -Wall -Wextra -Wno-unused-parameter \
              -Wmissing-prototypes -Wdeclaration-after-statement \
              -Isrc/units -Isrc/steam -Isrc/stats -Itest/unit

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

.PHONY: unit test demo bench
