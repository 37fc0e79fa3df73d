# base: what every module shares - name matching, status descriptors, text
# forms (with instants and durations), the cores' allocator (pure C); reporting, argument caches, float
# output, expanded-object helpers and set-up (glue).  Depends on nothing.
base_DEPS =
CORE_SRCS += src/base/names.c src/base/status.c src/base/textform.c src/base/alloc.c \
             src/base/timetext.c
GLUE_SRCS += src/base/base_pg.c
UNIT_TESTS += test_base test_timetext
