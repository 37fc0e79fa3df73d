# greenlang - PostgreSQL extension (PGXS).
#
#   make test    build, install, run every test on a throwaway cluster
#   make demo    install what is missing, build, install, run the demo
#   make bench   benchmarks (see bench/README.md)
#   make deb     Debian packages (debian/, pg_buildext) into build/deb/
#   make deb-test   (root) install them, run the suite against the installed
#                package on a throwaway cluster, remove them
#
# The Makefile must parse on a machine without PostgreSQL: `make test` and
# `make demo` install the packages first and then call make again.

EXTENSION = greenlang
# The version being developed.  Its install script greenlang--$(EXTVERSION).sql
# is generated from SQL_PARTS; the install and upgrade scripts of released
# versions are frozen in releases/ and installed as they are (CONTRIBUTING.md,
# "Upgrades and releases").
EXTVERSION = 0.2

# pg_config of PostgreSQL 15 when installed, else whatever is on PATH
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) \
                         $(shell command -v pg_config 2>/dev/null))

# Modules, in the order their SQL goes into the install script (a module
# comes after the modules it depends on).  Each src/<module>/module.mk sets
# <module>_DEPS (the modules it includes from) and adds to CORE_SRCS (pure
# C, no PostgreSQL headers; also linked into the unit tests, fuzzers and
# benchmarks), GLUE_SRCS (PostgreSQL glue), SQL_PARTS, REGRESS and
# UNIT_TESTS.  Sources include by module path: #include "steam/if97.h".
GL_MODULES = base units steam stats rates classifier drift energy balance runbook sankey health coverage counter
CORE_SRCS =
# src/compat_0_1.c: the C names the 0.1 install script uses (a database at
# 0.1 runs on this library until ALTER EXTENSION greenlang UPDATE)
GLUE_SRCS = src/greenlang.c src/compat_0_1.c
SQL_PARTS = src/greenlang.sql
REGRESS = greenlang
UNIT_TESTS =
-include $(foreach m,$(GL_MODULES),src/$(m)/module.mk)
# the users' schema, the demo data and the runbook queries on them (docs/runbook.md)
REGRESS += demo_data runbook demo_report
# META.json's required fields, and its versions = EXTVERSION = the control file's
REGRESS += meta
# the docs pages make the tables their examples use, as their tests do
REGRESS += docs_sync
# ALTER EXTENSION greenlang UPDATE from the last release (CONTRIBUTING.md)
REGRESS += upgrade
# text arguments in PL/pgSQL variables: nothing remembered from an earlier value
REGRESS += args_variable

MODULE_big = greenlang
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
# Upgrades (CONTRIBUTING.md, "Upgrades and releases"): the last release, and
# the modules added since it.  The upgrade script from it is src/upgrade.sql
# (every change to what the last release has) followed by the SQL of the new
# modules, whole; sql/upgrade checks that it turns a database of the last
# release into one equal to a fresh install.
UPGRADE_FROM = 0.1
UPGRADE_NEW_MODULES = classifier health coverage counter
UPGRADE_SCRIPT = $(EXTENSION)--$(UPGRADE_FROM)--$(EXTVERSION).sql
UPGRADE_PARTS = src/upgrade.sql \
                $(filter $(foreach m,$(UPGRADE_NEW_MODULES),src/$(m)/%),$(SQL_PARTS))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(UPGRADE_SCRIPT)
DATA = $(wildcard releases/$(EXTENSION)--*.sql)
EXTRA_CLEAN = $(DATA_built) test/unit/bin bench/bin test/fuzz/bin

# GL_FORMULAS_VERSION: bump whenever any function's numeric result changes,
# so rows stamped with greenlang_version() tell which formulas made them.
GL_FORMULAS_VERSION = 1
PG_CPPFLAGS = -I$(CURDIR)/src \
              -DGL_EXTVERSION='"$(EXTVERSION)"' -DGL_FORMULAS_VERSION='"$(GL_FORMULAS_VERSION)"'

GSL_LIBS = $(shell gsl-config --libs 2>/dev/null || echo -lgsl -lgslcblas -lm)
SHLIB_LINK = $(GSL_LIBS)

# pg_regress (sql/, expected/) runs against the server that PGHOST/PGPORT
# name (test/run.sh starts a throwaway one), in a database made anew, UTF8
# with the C locale whatever the server's defaults are (a user's own server
# made by a bare initdb is SQL_ASCII, or sorts text by its locale).
REGRESS_OPTS = --outputdir=test/out --load-extension=greenlang --encoding=UTF8 --no-locale

UNIT_CFLAGS = -std=gnu99 -O2 -g -Wall -Wextra -Wno-unused-parameter \
              -Wmissing-prototypes -Wdeclaration-after-statement \
              -Isrc -Itest/unit

# Floating point: no contraction into fused multiply-adds anywhere (it
# changes results bit for bit, e.g. with -march=native); the IF97 core at
# -O3, which measured faster with the same bits (bench/README.md).
# test_if97_digest is built with these flags and fails if any result of
# the core changes.
GL_IF97_CFLAGS = -O3 -ffp-contract=off
PG_CFLAGS += -ffp-contract=off

# make test SANITIZE=1: the extension and the unit tests built with ASan
# and UBSan (an error stops the program); test/run.sh then runs the server
# with the ASan runtime preloaded (tools/pg.sh, gl_sanitize_server)
ifeq ($(SANITIZE),1)
GL_SANITIZE_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
                    -fno-sanitize-recover=undefined
PG_CFLAGS += $(GL_SANITIZE_FLAGS)
SHLIB_LINK += $(GL_SANITIZE_FLAGS)
UNIT_CFLAGS += $(GL_SANITIZE_FLAGS)
endif

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
	@echo "For another PostgreSQL, name its pg_config: make PG_CONFIG=/path/to/pg_config ..."
	@exit 1
endif

# Tests that only some PostgreSQL versions can run: soft input errors
# (pg_input_is_valid) exist from 16 on.
ifneq ($(PG_CONFIG),)
GL_PG_MAJOR := $(shell $(PG_CONFIG) --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
ifneq ($(filter-out 15,$(GL_PG_MAJOR)),)
REGRESS += soft_errors
endif
endif

src/steam/if97.o: override CFLAGS += $(GL_IF97_CFLAGS)

# objects follow the headers (PGXS tracks no header dependencies)
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/*/*.h) Makefile

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) Makefile
	@{ echo "-- greenlang $(EXTVERSION): generated from $(SQL_PARTS); do not edit."; \
	   printf '%s\n' '\echo Use "CREATE EXTENSION greenlang" to load this file. \quit'; \
	   for f in $(SQL_PARTS); do echo; echo "-- ---- $$f"; cat $$f; done; } > $@

$(UPGRADE_SCRIPT): $(UPGRADE_PARTS) Makefile
	@{ echo "-- greenlang $(UPGRADE_FROM) -> $(EXTVERSION): generated from $(UPGRADE_PARTS); do not edit."; \
	   printf '%s\n' '\echo Use "ALTER EXTENSION greenlang UPDATE TO '"'$(EXTVERSION)'"'" to load this file. \quit'; \
	   for f in $(UPGRADE_PARTS); do echo; echo "-- ---- $$f"; cat $$f; done; } > $@

# ---- pure-C unit tests ---------------------------------------------------
# the cores compiled once (not once per test program), apart for SANITIZE=1
UNIT_OBJDIR = test/unit/bin/obj$(if $(filter 1,$(SANITIZE)),-sanitize)
UNIT_OBJS = $(patsubst src/%.c,$(UNIT_OBJDIR)/%.o,$(CORE_SRCS))

$(UNIT_OBJDIR)/%.o: src/%.c $(wildcard src/*/*.h) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(UNIT_CFLAGS) -c -o $@ $<

test/unit/bin/%: test/unit/%.c $(UNIT_OBJS) $(wildcard src/*/*.h) test/unit/unit.h
	@mkdir -p test/unit/bin
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(UNIT_OBJS) $(GSL_LIBS)

# the IF97 core alone, compiled as the extension compiles it (CFLAGS of
# pg_config with PG_CFLAGS, and GL_IF97_CFLAGS)
test/unit/bin/test_if97_digest: test/unit/test_if97_digest.c src/steam/if97.c $(wildcard src/*/*.h) test/unit/unit.h Makefile
	@mkdir -p test/unit/bin
	$(CC) $(UNIT_CFLAGS) $(CFLAGS) $(GL_IF97_CFLAGS) -o $@ $< src/steam/if97.c -lm

unit: $(addprefix test/unit/bin/,$(UNIT_TESTS))
	@for t in $(UNIT_TESTS); do test/unit/bin/$$t; done

# ---- fuzzing: libFuzzer harnesses of the pure-C parsers ------------------
# test/fuzz/fuzz_<name>.c, seeds in test/fuzz/corpus/<name>/; tools/fuzz.sh
# builds (clang, with ASan and UBSan) and runs them.
#   make fuzz                      every harness for FUZZ_SECONDS (60) each
#   make fuzz FUZZ="steam rates"   only these
#   make fuzz FUZZ_RUNS=10000000   a number of executions instead of a time
# `make test` runs each one briefly (tools/fuzz.sh smoke).
FUZZ_CC = clang
FUZZ_CFLAGS = -std=gnu99 -g -O1 -fno-omit-frame-pointer \
              -fsanitize=address,undefined -fno-sanitize-recover=undefined \
              -Isrc -Itest/fuzz
FUZZERS = $(patsubst test/fuzz/fuzz_%.c,%,$(wildcard test/fuzz/fuzz_*.c))
FUZZ_OBJS = $(patsubst src/%.c,test/fuzz/bin/obj/%.o,$(CORE_SRCS))

test/fuzz/bin/obj/%.o: src/%.c $(wildcard src/*/*.h) Makefile
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

test/fuzz/bin/fuzz_%: test/fuzz/fuzz_%.c test/fuzz/fuzz.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Wall -Wextra -Wno-unused-parameter -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS) $(GSL_LIBS)

fuzz-build: $(addprefix test/fuzz/bin/fuzz_,$(or $(FUZZ),$(FUZZERS)))

fuzz:
	@FUZZ='$(FUZZ)' FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_RUNS='$(FUZZ_RUNS)' bash tools/fuzz.sh run

# ---- the two commands ----------------------------------------------------
# They run the PostgreSQL that PG_CONFIG names (make test PG_CONFIG=...; the
# default is Debian's 15, installed when missing), staged in a temp
# directory: nothing is installed into the server's directories.
GL_RUN = PG_CONFIG='$(PG_CONFIG)' GL_PG_CONFIG_ORIGIN='$(origin PG_CONFIG)' SANITIZE='$(SANITIZE)' bash

test:
	@$(GL_RUN) test/run.sh

demo:
	@$(GL_RUN) demo/run.sh

bench:
	@$(GL_RUN) bench/run.sh

# ---- Debian packages (tools/deb.sh) ------------------------------------
deb:
	@bash tools/deb.sh build

deb-test: deb
	@bash tools/deb.sh test

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
print-fuzzers:
	@echo $(FUZZERS)
print-unit-tests:
	@echo $(UNIT_TESTS)
# the files make install puts into <sharedir>/extension (tools/deb.sh)
print-install-data:
	@echo $(EXTENSION).control $(notdir $(DATA) $(DATA_built))

.PHONY: unit test demo bench print-core print-includes print-regress check-deps \
	fuzz fuzz-build print-fuzzers print-unit-tests deb deb-test print-install-data
