# sankey: Sankey diagrams of flows as SVG (text form, layout and SVG writer in pure C)
sankey_DEPS = base
CORE_SRCS += src/sankey/sankey_text.c src/sankey/sankey_layout.c \
             src/sankey/sankey_place.c src/sankey/sankey_svg.c
GLUE_SRCS += src/sankey/sankey_pg.c
SQL_PARTS += src/sankey/sankey.sql
REGRESS += sankey sankey_errors sankey_reference sankey_docs
UNIT_TESTS += test_sankey
