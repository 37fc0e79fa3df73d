/*
 * sankey/sankey.h - Sankey diagrams of flows between named nodes (pure C):
 * the list of flows an aggregate collects and its text form
 * (sankey_text.c), the options (sankey_text.c), the layout
 * (sankey_layout.c) and the SVG writer (sankey_svg.c).
 *
 * Memory comes from gl_alloc/gl_realloc/gl_free (base/alloc.h).  Functions
 * return a gl_sankey_status (GL_SANKEY_OK is 0) and, on failure, fill a
 * gl_sankey_error with what the status's templates need; the glue reports
 * it with gl_raise(&gl_sankey_statuses, status, &err.args).  Nothing here
 * words an error itself: the texts are in the status table.
 */
#ifndef GL_SANKEY_H
#define GL_SANKEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"

/* ---- statuses ---------------------------------------------------------- */

typedef enum gl_sankey_status
{
	GL_SANKEY_OK = 0,
	GL_SANKEY_NOMEM,			/* an allocation failed (never in the server) */

	/* the text form of sankey_flows: what was expected at character {value} */
	GL_SANKEY_TEXT_OPTIONS_EQUALS,
	GL_SANKEY_TEXT_OPTIONS_QUOTED,
	GL_SANKEY_TEXT_SOURCE,
	GL_SANKEY_TEXT_ARROW,
	GL_SANKEY_TEXT_TARGET,
	GL_SANKEY_TEXT_COLON,
	GL_SANKEY_TEXT_NUMBER,
	GL_SANKEY_TEXT_NUMBER_RANGE,
	GL_SANKEY_TEXT_AFTER_SEMICOLON,
	GL_SANKEY_TEXT_END,

	/* one flow, wherever it comes from (text, binary, aggregate) */
	GL_SANKEY_VALUE_NONFINITE,
	GL_SANKEY_VALUE_NEGATIVE,
	GL_SANKEY_EMPTY_NAME,
	GL_SANKEY_TOO_MANY_FLOWS,

	/* the options text */
	GL_SANKEY_OPTIONS_NO_NAME,
	GL_SANKEY_OPTIONS_NO_EQUALS,
	GL_SANKEY_OPTIONS_UNCLOSED,
	GL_SANKEY_OPTIONS_AFTER_QUOTE,
	GL_SANKEY_OPTION_UNKNOWN,
	GL_SANKEY_OPTION_SIZE,		/* width, height */
	GL_SANKEY_OPTION_FRACTION,	/* min_fraction, tolerance */
	GL_SANKEY_OPTION_MAX_NODES,
	GL_SANKEY_OPTION_MAX_LINKS,
	GL_SANKEY_OPTION_IMBALANCE,
	GL_SANKEY_OPTION_DIGITS,
	GL_SANKEY_OPTION_PERCENT,
	GL_SANKEY_OPTION_NUMBERS,
	GL_SANKEY_OPTIONS_DIFFER,	/* two rows of one group */

	/* the layout and the document */
	GL_SANKEY_CYCLE,
	GL_SANKEY_IMBALANCE,
	GL_SANKEY_TOO_MANY_NODES,
	GL_SANKEY_TOO_MANY_LINKS,
	GL_SANKEY_SVG_TOO_LARGE,
	GL_SANKEY_SUM_TOO_LARGE		/* a node's flows add up beyond float8 */
} gl_sankey_status;

/* the descriptors of the statuses above (sankey_text.c) */
extern const gl_status_table gl_sankey_statuses;

/*
 * What went wrong: the fields of the status's templates.  Its pointers
 * point into the input (names, texts) or into the buffers below, so a
 * gl_sankey_error is filled and reported where it lives, never copied.
 */
#define GL_SANKEY_ERROR_TEXT 1024

typedef struct gl_sankey_error
{
	gl_status_args args;
	char		text[GL_SANKEY_ERROR_TEXT]; /* a cycle, a list of names */
	char		num[3][32];		/* numbers written for the templates */
} gl_sankey_error;

/* ---- the flows ----------------------------------------------------------- */

/* one flow: value from source to target; names are byte ranges of a pool */
typedef struct gl_sankey_flow
{
	double		value;
	int32_t		src_off;
	int32_t		src_len;
	int32_t		tgt_off;
	int32_t		tgt_len;
} gl_sankey_flow;

/*
 * A list of flows as rows arrive, appended to in amortized O(1), and the
 * options text that goes with them.  The order is the arrival order;
 * nothing computed from it depends on that order, and its text and binary
 * forms list the flows in the canonical order (gl_sankey_flows_order).
 */
typedef struct gl_sankey_flows
{
	gl_sankey_flow *flows;
	int32_t		nflows;
	int32_t		maxflows;
	char	   *pool;			/* the names, not terminated */
	int64_t		poollen;
	int64_t		maxpool;
	char	   *options;		/* not terminated; NULL when none */
	int32_t		optlen;
} gl_sankey_flows;

/* the most flows and names a list may hold (the state must fit in 1 GB) */
#define GL_SANKEY_MAX_FLOWS 8388608
#define GL_SANKEY_MAX_POOL_MB 768
#define GL_SANKEY_MAX_POOL ((int64_t) GL_SANKEY_MAX_POOL_MB * 1024 * 1024)

extern void gl_sankey_flows_init(gl_sankey_flows *f);

/* frees what f owns (not for a view of a stored value) */
extern void gl_sankey_flows_free(gl_sankey_flows *f);

/* f's options text becomes a copy of text (len bytes; 0: none) */
extern gl_sankey_status gl_sankey_flows_set_options(gl_sankey_flows *f,
													const char *text,
													int32_t len);

/*
 * Check a flow: GL_SANKEY_VALUE_NONFINITE or _NEGATIVE for its value, then
 * GL_SANKEY_EMPTY_NAME for an empty source or target.
 */
extern gl_sankey_status gl_sankey_flow_check(const char *src, int32_t srclen,
											 const char *tgt, int32_t tgtlen,
											 double value,
											 gl_sankey_error *err);

/* append a checked flow; GL_SANKEY_TOO_MANY_FLOWS when the list is full */
extern gl_sankey_status gl_sankey_flows_add(gl_sankey_flows *f,
											const char *src, int32_t srclen,
											const char *tgt, int32_t tgtlen,
											double value,
											gl_sankey_error *err);

/* append every flow of other (not its options) */
extern gl_sankey_status gl_sankey_flows_append(gl_sankey_flows *f,
											   const gl_sankey_flows *other,
											   gl_sankey_error *err);

/*
 * Parse the text form of a list of flows into f (initialised, empty):
 *
 *   [options="<options>";] "<source>"->"<target>":<value> [; ...]
 *
 * Names and the options are in double quotes, a quote inside doubled;
 * blanks around the tokens are allowed; the empty string is no flows.
 * Values are strict decimals (base/textform.h).  The options text is
 * kept as it is, not parsed.
 */
extern gl_sankey_status gl_sankey_flows_parse(const char *text,
											  gl_sankey_flows *f,
											  gl_sankey_error *err);

/*
 * The canonical order of f's flows into order[0..nflows): by source name,
 * then target name (bytes, a shorter name first when one is a prefix of
 * the other), then value (-0 before 0), then arrival; flows equal in every
 * key print the same.  false when out of memory.
 */
extern bool gl_sankey_flows_order(const gl_sankey_flows *f, int32_t *order);

/* whether two rows' options texts are the same (GL_SANKEY_OPTIONS_DIFFER) */
extern gl_sankey_status gl_sankey_same_options(const char *a, int32_t alen,
											   const char *b, int32_t blen,
											   gl_sankey_error *err);

/* ---- options ----------------------------------------------------------- */

typedef enum gl_sankey_imbalance
{
	GL_SANKEY_IMBALANCE_SHOW,	/* draw the difference as an "unaccounted" flow */
	GL_SANKEY_IMBALANCE_IGNORE, /* draw the node as tall as its larger side */
	GL_SANKEY_IMBALANCE_ERROR	/* GL_SANKEY_IMBALANCE */
} gl_sankey_imbalance;

/* how label numbers are written (option numbers) */
typedef enum gl_sankey_numbers
{
	GL_SANKEY_NUMBERS_GROUPED,	/* 634,900 kWh: thousands separated by commas */
	GL_SANKEY_NUMBERS_PLAIN,	/* 634900 kWh */
	GL_SANKEY_NUMBERS_SCALED	/* 634.9 MWh: one SI prefix for the diagram */
} gl_sankey_numbers;

typedef struct gl_sankey_options
{
	double		width;			/* px, at least; grows to fit the labels */
	double		height;			/* px, at least; grows to fit the labels */
	const char *unit;			/* label after each value, "" for none */
	const char *title;			/* "" for none */
	double		min_fraction;	/* small sources and sinks merge below this share */
	int			max_nodes;
	int			max_links;
	gl_sankey_imbalance imbalance;
	double		tolerance;		/* relative in/out mismatch taken as balanced */
	int			digits;			/* significant digits of the values in labels */
	int			percent;		/* add each node's share of the total input */
	gl_sankey_numbers numbers;
	const char *losses;			/* sinks drawn as losses, comma-separated; "" for none */
	char	   *buf;			/* what unit, title and losses point into */
} gl_sankey_options;

#define GL_SANKEY_DEFAULT_WIDTH 960
#define GL_SANKEY_DEFAULT_HEIGHT 540
#define GL_SANKEY_DEFAULT_MAX_NODES 200
#define GL_SANKEY_DEFAULT_MAX_LINKS 1000
#define GL_SANKEY_DEFAULT_TOLERANCE 1e-9
#define GL_SANKEY_DEFAULT_DIGITS 4
#define GL_SANKEY_HARD_MAX_NODES 10000
#define GL_SANKEY_HARD_MAX_LINKS 100000

extern void gl_sankey_options_default(gl_sankey_options *o);

/*
 * Parse options text "key=value, key=value ..." (len bytes) into o, which
 * starts from the defaults.  A value may be double-quoted ("" for a
 * quote), and must be when it holds a comma.  Keys and the names of
 * imbalance and percent follow the one name rule (base/names.h).  On
 * success o may own memory: gl_sankey_options_free releases it.
 */
extern gl_sankey_status gl_sankey_options_parse(const char *text, int32_t len,
												gl_sankey_options *o,
												gl_sankey_error *err);

/* the options of f: the defaults, then f's options text */
extern gl_sankey_status gl_sankey_options_of(const gl_sankey_flows *f,
											 gl_sankey_options *o,
											 gl_sankey_error *err);

extern void gl_sankey_options_free(gl_sankey_options *o);

/* ---- layout ------------------------------------------------------------ */

typedef enum gl_sankey_node_kind
{
	GL_SANKEY_NODE_PLAIN = 0,	/* a name from the input */
	GL_SANKEY_NODE_OTHER,		/* small sources or sinks merged */
	GL_SANKEY_NODE_UNACCOUNTED	/* the difference of in and out at nodes */
} gl_sankey_node_kind;

/* what a node is in the energy balance: its colour family in the SVG */
typedef enum gl_sankey_role
{
	GL_SANKEY_ROLE_INPUT = 0,	/* a source */
	GL_SANKEY_ROLE_CONVERSION,	/* in and out: a boiler, a header */
	GL_SANKEY_ROLE_OUTPUT,		/* a sink that is not a loss: useful output */
	GL_SANKEY_ROLE_LOSS,		/* a sink named with "loss" or listed in losses */
	GL_SANKEY_ROLE_UNACCOUNTED, /* the "unaccounted" nodes */
	GL_SANKEY_ROLE_OTHER		/* merged small sources or sinks */
} gl_sankey_role;

typedef struct gl_sankey_node
{
	const char *name;			/* not terminated */
	int32_t		namelen;
	gl_sankey_node_kind kind;
	int			merged;			/* for GL_SANKEY_NODE_OTHER: how many nodes it holds */
	int			layer;
	double		in;				/* sum of the flows in */
	double		out;			/* sum of the flows out */
	double		x;
	double		y;				/* top */
	double		h;				/* height: max(in, out) scaled */
	double		label_w;		/* estimated width of the label, px (widest line) */
	int			label_lines;	/* lines the label is wrapped into */
	int			label_chars;	/* characters per line at most */
	gl_sankey_role role;
	int			shade;			/* which colour of its role's family */
	int			order;			/* position in its layer, from the top */
} gl_sankey_node;

typedef struct gl_sankey_link
{
	int			src;
	int			tgt;
	double		value;
	double		w;				/* width, px */
	double		sy;				/* top of the link at the source */
	double		ty;				/* top of the link at the target */
} gl_sankey_link;

typedef struct gl_sankey_diagram
{
	gl_sankey_node *nodes;
	int			nnodes;
	gl_sankey_link *links;
	int			nlinks;
	int			nlayers;
	double		total;			/* total input: the sum of the sources' outflows */
	double		width;
	double		height;
	double		scale;			/* the largest node value: weights are divided by it */
	double		title_px;		/* font size of the title */
	int			title_chars;	/* the title is cut after this many characters */
	int			input_flows;	/* flows in the input */
	int			merged_sources; /* sources merged into "other" nodes */
	int			merged_sinks;
	int			unaccounted;	/* nodes given an "unaccounted" flow */
} gl_sankey_diagram;

/*
 * Lay out the flows: sum duplicate (source, target) pairs after sorting the
 * flows canonically (so the result does not depend on their order), drop
 * zero flows, reject cycles, balance the nodes, merge small sources and
 * sinks, check the limits, order and place the nodes.  The names of d
 * point into f's pool, which must outlive d.  On failure d holds nothing
 * to free.
 */
extern gl_sankey_status gl_sankey_layout(const gl_sankey_flows *f,
										 const gl_sankey_options *o,
										 gl_sankey_diagram *d,
										 gl_sankey_error *err);

extern void gl_sankey_diagram_free(gl_sankey_diagram *d);

/* "node", "other" or "unaccounted": a node kind as the SVG and the rows name it */
extern const char *gl_sankey_kind_name(gl_sankey_node_kind kind);

/* "input", "conversion", "output", "loss", "unaccounted" or "other" */
extern const char *gl_sankey_role_name(gl_sankey_role role);

/* ---- SVG --------------------------------------------------------------- */

/*
 * The SVG document of a laid-out diagram, written once into one buffer
 * from gl_alloc: *svg is the buffer, whose first header bytes are left for
 * the caller (e.g. a varlena header), then the document, *len bytes, then
 * a NUL.  GL_SANKEY_NOMEM when out of memory, GL_SANKEY_SVG_TOO_LARGE when
 * header + document would pass GL_SANKEY_MAX_SVG bytes.
 */
#define GL_SANKEY_MAX_SVG ((size_t) 0x3fffffff - 1)

extern gl_sankey_status gl_sankey_write_svg(const gl_sankey_diagram *d,
											const gl_sankey_options *o,
											size_t header,
											char **svg, size_t *len);

/* write v as the shortest of %.15g, %.16g, %.17g that reads back exactly */
extern int	gl_sankey_format_exact(char *buf, size_t size, double v);

/*
 * v rounded to digits significant digits (above the decimal point too), no
 * exponent for 1e-4 <= |v| < 1e15, trailing zeros of a fraction dropped;
 * grouped: thousands separated by commas (634,900).
 */
extern int	gl_sankey_format_value(char *buf, size_t size, double v, int digits,
								   bool grouped);

#endif							/* GL_SANKEY_H */
