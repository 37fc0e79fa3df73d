/*
 * sankey.h - Sankey diagrams of flows between named nodes: the list of
 * flows an aggregate collects, its text form, the options, the layout and
 * the SVG writer.  Plain C, no PostgreSQL headers.
 *
 * Memory comes from the allocator set with sk_set_allocator (malloc by
 * default); an allocation that fails makes the calling function return
 * SK_ERR_NOMEM.  Errors are returned, never raised: the caller reports them.
 */
#ifndef GREENLANG_SANKEY_H
#define GREENLANG_SANKEY_H

#include <stddef.h>
#include <stdint.h>

/* ---- allocation ---------------------------------------------------------- */

typedef struct sk_allocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*resize) (void *ptr, size_t size);
	void		(*release) (void *ptr);
} sk_allocator;

/* use a (NULL: malloc/realloc/free) for every later allocation */
extern void sk_set_allocator(const sk_allocator *a);

/* ---- errors ---------------------------------------------------------------- */

typedef enum sk_status
{
	SK_OK = 0,
	SK_ERR_NOMEM,				/* an allocation failed */
	SK_ERR_SYNTAX,				/* malformed text form or options text */
	SK_ERR_OPTION,				/* unknown option or option value out of range */
	SK_ERR_VALUE,				/* a flow value negative, NaN or infinite */
	SK_ERR_NAME,				/* an empty node name */
	SK_ERR_CYCLE,				/* the flows form a cycle */
	SK_ERR_IMBALANCE,			/* in != out at a node (imbalance=error) */
	SK_ERR_LIMIT				/* more nodes or links than allowed */
} sk_status;

/* what went wrong, in words; the strings come from the allocator */
typedef struct sk_error
{
	sk_status	status;
	char	   *message;
	char	   *detail;			/* NULL when none */
	char	   *hint;			/* NULL when none */
} sk_error;

extern void sk_error_clear(sk_error *err);

/* ---- the flows ----------------------------------------------------------- */

/* one flow: value from source to target; names are byte ranges of a pool */
typedef struct sk_flow
{
	double		value;
	int32_t		src_off;
	int32_t		src_len;
	int32_t		tgt_off;
	int32_t		tgt_len;
} sk_flow;

/*
 * A list of flows as rows arrive: appended to in amortized O(1).  The order
 * is the arrival order; nothing computed from it depends on that order.
 */
typedef struct sk_flows
{
	sk_flow    *flows;
	int32_t		nflows;
	int32_t		maxflows;
	char	   *pool;			/* the names, not terminated */
	int64_t		poollen;
	int64_t		maxpool;
} sk_flows;

/* the largest pool and number of flows a list may hold (the state must fit in 1 GB) */
#define SK_MAX_POOL ((int64_t) 768 * 1024 * 1024)
#define SK_MAX_FLOWS (8 * 1024 * 1024)

extern void sk_flows_init(sk_flows *f);
extern void sk_flows_free(sk_flows *f);

/*
 * Check a flow's value and names: SK_ERR_VALUE for a negative, NaN or
 * infinite value, SK_ERR_NAME for an empty name.
 */
extern sk_status sk_flow_check(const char *src, int32_t srclen,
							   const char *tgt, int32_t tgtlen, double value);

/* append a checked flow; SK_ERR_LIMIT when the list is full */
extern sk_status sk_flows_add(sk_flows *f, const char *src, int32_t srclen,
							  const char *tgt, int32_t tgtlen, double value);

/* append every flow of other */
extern sk_status sk_flows_append(sk_flows *f, const sk_flow *flows, int32_t n,
								 const char *pool);

/*
 * Parse the text form of a list of flows and its options text:
 *
 *   [options="<options>";] "<source>"->"<target>":<value> [; ...]
 *
 * Names and the options are in double quotes, a quote inside doubled;
 * blanks around the tokens are allowed; the empty string is no flows.
 * The options text is returned in *options (NULL when absent).
 */
extern sk_status sk_flows_parse(const char *text, sk_flows *f, char **options,
								int32_t *optlen, sk_error *err);

/* ---- options ----------------------------------------------------------- */

typedef enum sk_imbalance
{
	SK_IMBALANCE_SHOW,			/* draw the difference as an "unaccounted" flow */
	SK_IMBALANCE_IGNORE,		/* draw the node as tall as its larger side */
	SK_IMBALANCE_ERROR			/* raise SK_ERR_IMBALANCE */
} sk_imbalance;

typedef struct sk_options
{
	double		width;			/* px, at least; grows to fit the labels */
	double		height;			/* px, at least; grows to fit the labels */
	char	   *unit;			/* label after each value, "" for none */
	char	   *title;			/* "" for none */
	double		min_fraction;	/* small sources and sinks merge below this share */
	int			max_nodes;
	int			max_links;
	sk_imbalance imbalance;
	double		tolerance;		/* relative in/out mismatch taken as balanced */
	int			digits;			/* significant digits of the values in labels */
	int			percent;		/* add each node's share of the total input */
} sk_options;

#define SK_DEFAULT_WIDTH 960
#define SK_DEFAULT_HEIGHT 540
#define SK_DEFAULT_MAX_NODES 200
#define SK_DEFAULT_MAX_LINKS 1000
#define SK_DEFAULT_TOLERANCE 1e-9
#define SK_DEFAULT_DIGITS 4
#define SK_HARD_MAX_NODES 10000
#define SK_HARD_MAX_LINKS 100000

extern void sk_options_default(sk_options *o);

/*
 * Parse options text "key=value, key=value ..." (len bytes) into o, which
 * starts from the defaults.  A value may be double-quoted ("" for a quote),
 * and must be when it holds a comma.
 */
extern sk_status sk_options_parse(const char *text, int32_t len, sk_options *o,
								  sk_error *err);

/* ---- layout ------------------------------------------------------------ */

typedef enum sk_node_kind
{
	SK_NODE_PLAIN = 0,			/* a name from the input */
	SK_NODE_OTHER,				/* small sources or sinks merged */
	SK_NODE_UNACCOUNTED			/* the difference of in and out at nodes */
} sk_node_kind;

typedef struct sk_node
{
	const char *name;			/* not terminated */
	int32_t		namelen;
	sk_node_kind kind;
	int			merged;			/* for SK_NODE_OTHER: how many nodes it holds */
	int			layer;
	double		in;				/* sum of the flows in */
	double		out;			/* sum of the flows out */
	double		x;
	double		y;				/* top */
	double		h;				/* height: max(in, out) scaled */
	double		label_w;		/* estimated width of the label, px */
	int			order;			/* position in its layer, from the top */
} sk_node;

typedef struct sk_link
{
	int			src;
	int			tgt;
	double		value;
	double		w;				/* width, px */
	double		sy;				/* top of the link at the source */
	double		ty;				/* top of the link at the target */
} sk_link;

typedef struct sk_diagram
{
	sk_node    *nodes;
	int			nnodes;
	sk_link    *links;
	int			nlinks;
	int			nlayers;
	double		total;			/* total input: the sum of the sources' outflows */
	double		width;
	double		height;
	int			input_flows;	/* flows in the input */
	int			merged_sources;	/* sources merged into "other" nodes */
	int			merged_sinks;
	int			unaccounted;	/* nodes given an "unaccounted" flow */
	char	   *names;			/* pool of the "other"/"unaccounted" labels */
} sk_diagram;

/*
 * Lay out the flows: sum duplicate (source, target) pairs after sorting the
 * flows canonically (so the result does not depend on their order), drop
 * zero flows, reject cycles, balance the nodes, merge small sources and
 * sinks, check the limits, order and place the nodes.
 */
extern sk_status sk_layout(const sk_flows *f, const sk_options *o,
						   sk_diagram *d, sk_error *err);

extern void sk_diagram_free(sk_diagram *d);

/*
 * The SVG document of a laid-out diagram, NUL-terminated, from the
 * allocator; *len gets its length.  NULL when out of memory.
 */
extern char *sk_svg(const sk_diagram *d, const sk_options *o, size_t *len);

/* write v as the shortest of %.15g, %.16g, %.17g that reads back exactly */
extern int	sk_format_exact(char *buf, size_t size, double v);

/* v with digits significant digits, no exponent for 1e-4 <= |v| < 1e15 */
extern int	sk_format_value(char *buf, size_t size, double v, int digits);

#endif							/* GREENLANG_SANKEY_H */
