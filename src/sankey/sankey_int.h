/*
 * sankey/sankey_int.h - what the files of the sankey core share and nothing
 * else includes: the label geometry the layout places by and the SVG draws
 * by, bucket indexes of the layout, and the helpers that fill a
 * gl_sankey_error.
 */
#ifndef GL_SANKEY_INT_H
#define GL_SANKEY_INT_H

#include <stdbool.h>
#include <string.h>

#include "base/alloc.h"
#include "sankey/sankey.h"

/* label geometry: font size 12 px */
#define FONT_PX 12.0
#define CHAR_W 7.0				/* average advance of a character, px */
#define LABEL_H 15.0			/* height a label needs, px */
#define NODE_W 14.0
#define NODE_GAP 6.0			/* between the extents of two nodes */
#define MARGIN 12.0
#define TITLE_H 34.0
#define TITLE_CHAR_W 10.0		/* average advance in the 16 px bold title */
#define LABEL_PAD 6.0
#define MAX_LABEL_W 480.0		/* labels wider than this wrap */
#define MIN_LABEL_W 28.0		/* a layer's labels get at least this room */
#define TITLE_PX 16.0
#define MIN_TITLE_PX 9.0		/* a title is cut rather than drawn smaller */

/* the height a node takes in its layer, label included */
static inline double
node_ext(const gl_sankey_node *n)
{
	double		label = LABEL_H * (n->label_lines > 1 ? n->label_lines : 1);

	return n->h > label ? n->h : label;
}

static inline double
node_centre(const gl_sankey_node *n)
{
	return n->y + n->h / 2;
}

static inline void *
zalloc(size_t size)
{
	void	   *p = gl_alloc(size);

	if (p)
		memset(p, 0, size > 0 ? size : 1);
	return p;
}

/* in a loop over i that may be long: interrupts, every 4096 iterations */
static inline void
check_every(int i)
{
	if ((i & 4095) == 4095)
		gl_check_interrupts();
}

/* ---- sorting (sankey_layout.c) ---- */

typedef int (*gl_sankey_cmp) (const void *a, const void *b, void *ctx);

/*
 * A stable merge sort of n items of size bytes by cmp, calling
 * gl_check_interrupts() every few thousand items moved (a cancel leaves it
 * by an error in the server: nothing is malloc'd behind its back, unlike
 * the C library's qsort).  false when out of memory.
 */
extern bool gl_sankey_sort(void *base, size_t n, size_t size, gl_sankey_cmp cmp,
						   void *ctx);

/* int32 indexes of the flows of ctx (a gl_sankey_flows) in canonical order */
extern int	gl_sankey_flow_index_cmp(const void *a, const void *b, void *ctx);

/* ---- bucket indexes (sankey_layout.c) ---- */

/* what a bucket index groups: links by source or target node, nodes by layer */
typedef enum bucket_by
{
	BY_SOURCE,
	BY_TARGET,
	BY_LAYER
} bucket_by;

/*
 * Where each bucket starts: the items of bucket b are at positions
 * start[b] .. start[b + 1] - 1 of the bucket order.  Links are kept sorted
 * by source, so by source the bucket order is the links' own order.  NULL
 * when out of memory.
 */
extern int *gl_sankey_bucket_starts(const gl_sankey_diagram *d, bucket_by by);

/* the items in bucket order (by number within a bucket) into order[] */
extern bool gl_sankey_bucket_fill(const gl_sankey_diagram *d, bucket_by by,
								  const int *start, int *order);

/* steps 7 and 8 of the layout, and the x of the layers (sankey_place.c) */
extern gl_sankey_status gl_sankey_place(gl_sankey_diagram *d,
										const gl_sankey_options *o);

/*
 * The weighted crossings of d as laid out (the sum over crossing pairs of
 * links of the product of their values over the largest node's), in
 * O(links log nodes); false when out of memory (sankey_place.c).
 */
extern bool gl_sankey_crossings(const gl_sankey_diagram *d, double *c);

/* ---- labels (sankey_svg.c) ---- */

/* the label of node n has *chars characters (sankey_svg.c) */
extern gl_sankey_status gl_sankey_label_chars(const gl_sankey_diagram *d,
											  const gl_sankey_node *n,
											  const gl_sankey_options *o,
											  int *chars);

/* the role and shade of every node (sankey_svg.c) */
extern void gl_sankey_roles(gl_sankey_diagram *d, const gl_sankey_options *o);

/*
 * Node n's label cut into lines of at most perline characters: sets its
 * label_lines, label_chars and label_w (sankey_svg.c).
 */
extern gl_sankey_status gl_sankey_label_fit(const gl_sankey_diagram *d,
											gl_sankey_node *n,
											const gl_sankey_options *o,
											int perline);

/* characters (not bytes) of UTF-8 text (sankey_svg.c) */
extern int	gl_sankey_text_chars(const char *s, int32_t n);

/* ---- filling a gl_sankey_error (sankey_text.c) ---- */

/* err with no fields set, for status st; returns st */
extern gl_sankey_status gl_sankey_fail(gl_sankey_error *err,
									   gl_sankey_status st);

/* v written exactly into err's number buffer slot (0..2), for a field */
extern const char *gl_sankey_error_number(gl_sankey_error *err, int slot,
										  double v);

#endif							/* GL_SANKEY_INT_H */
