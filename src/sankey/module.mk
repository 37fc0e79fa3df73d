# sankey: Sankey diagrams of flows as SVG (layout and SVG writer in pure C)
CORE_SRCS += src/sankey/sankey.c
UNIT_TESTS += test_sankey
