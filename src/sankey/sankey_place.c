/*
 * sankey/sankey_place.c - where the layout puts the nodes and links of a
 * Sankey diagram (steps 7 and 8 of sankey_layout.c): the order within each
 * layer, the vertical places, the ends of the links, and the x of the
 * layers, spaced for the labels.
 */
#include "sankey/sankey_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* ---- order and place the nodes ----------------------------------------- */

typedef struct placer
{
	gl_sankey_diagram *d;
	int		   *layer_start;	/* nodes of layer l: byorder[layer_start[l] ..] */
	int		   *byorder;
	double	   *key;
	double		ky;				/* px per unit of flow */
	int		   *out_start;		/* links out of node i: out_start[i] .. [i + 1] */
	int		   *in_start;		/* links into node i: in_link[in_start[i] ..] */
	int		   *in_link;
	double		top;
	double		bottom;
} placer;

static const double *order_key;
static const gl_sankey_node *order_nodes;

/* by kind (plain first), then key, then node number */
static int
order_cmp(const void *x, const void *y)
{
	int			a = *(const int *) x,
				b = *(const int *) y;
	int			ka = order_nodes[a].kind != GL_SANKEY_NODE_PLAIN,
				kb = order_nodes[b].kind != GL_SANKEY_NODE_PLAIN;

	if (ka != kb)
		return ka - kb;
	if (order_key[a] != order_key[b])
		return order_key[a] < order_key[b] ? -1 : 1;
	return (a > b) - (a < b);
}

static void
sort_layer(placer *pl, int l)
{
	int			i;
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];

	order_key = pl->key;
	order_nodes = pl->d->nodes;
	qsort(v, n, sizeof(int), order_cmp);
	for (i = 0; i < n; i++)
		pl->d->nodes[v[i]].order = i;
}

/*
 * Keep the nodes of layer l in order without overlapping extents: push down
 * from the top, back up from the bottom, then down again from the top (the
 * layer may end below the bottom; the canvas grows).
 */
static void
resolve_layer(placer *pl, int l)
{
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];
	int			i,
				pass;

	for (pass = 0; pass < 3; pass++)
	{
		if (pass == 1)
		{
			double		y = pl->bottom;

			for (i = n - 1; i >= 0; i--)
			{
				gl_sankey_node *nd = &pl->d->nodes[v[i]];
				double		e = node_ext(nd);
				double		c = node_centre(nd);

				if (c + e / 2 > y)
					nd->y = y - e / 2 - nd->h / 2;
				y = node_centre(nd) - e / 2 - NODE_GAP;
			}
		}
		else
		{
			double		y = pl->top;

			for (i = 0; i < n; i++)
			{
				gl_sankey_node *nd = &pl->d->nodes[v[i]];
				double		e = node_ext(nd);
				double		c = node_centre(nd);

				if (c - e / 2 < y)
					nd->y = y + e / 2 - nd->h / 2;
				y = node_centre(nd) + e / 2 + NODE_GAP;
			}
		}
	}
}

/* stack layer l in its order, centred between top and bottom */
static void
stack_layer(placer *pl, int l)
{
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];
	double		total = 0,
				y;
	int			i;

	for (i = 0; i < n; i++)
		total += node_ext(&pl->d->nodes[v[i]]) + (i > 0 ? NODE_GAP : 0);
	y = pl->top + (pl->bottom - pl->top - total) / 2;
	if (y < pl->top)
		y = pl->top;
	for (i = 0; i < n; i++)
	{
		gl_sankey_node *nd = &pl->d->nodes[v[i]];
		double		e = node_ext(nd);

		nd->y = y + e / 2 - nd->h / 2;
		y += e + NODE_GAP;
	}
}

/*
 * The weighted mean centre of the nodes linked to node i on one side
 * (upstream when up), or the node's own centre when there are none.
 */
static double
linked_centre(const placer *pl, int i, int up)
{
	const gl_sankey_diagram *d = pl->d;
	double		sw = 0,
				s = 0;
	int			j;
	int			from = up ? pl->in_start[i] : pl->out_start[i];
	int			to = up ? pl->in_start[i + 1] : pl->out_start[i + 1];

	for (j = from; j < to; j++)
	{
		const gl_sankey_link *k = &d->links[up ? pl->in_link[j] : j];
		int			other = up ? k->src : k->tgt;

		s += k->value * node_centre(&d->nodes[other]);
		sw += k->value;
	}
	return sw > 0 ? s / sw : node_centre(&d->nodes[i]);
}

/* weighted crossings of the links between each pair of layers */
static double
crossings(const gl_sankey_diagram *d)
{
	double		c = 0;
	int			i,
				j;

	for (i = 0; i < d->nlinks; i++)
	{
		const gl_sankey_link *a = &d->links[i];
		const gl_sankey_node *as = &d->nodes[a->src],
				   *at = &d->nodes[a->tgt];

		gl_check_interrupts();

		for (j = i + 1; j < d->nlinks; j++)
		{
			const gl_sankey_link *b = &d->links[j];
			const gl_sankey_node *bs = &d->nodes[b->src],
					   *bt = &d->nodes[b->tgt];

			if (as->layer != bs->layer || at->layer != bt->layer)
				continue;
			if ((as->order - bs->order) * (at->order - bt->order) < 0)
				c += a->value < b->value ? a->value : b->value;
		}
	}
	return c;
}

/* up to this many links, orders are compared by their crossings */
#define MAX_LINKS_CROSSING_COUNT 3000

static gl_sankey_status
place_nodes(gl_sankey_diagram *d, const gl_sankey_options *o, double *ky)
{
	placer		pl;
	int			i,
				l,
				it;
	int		   *best;
	double		best_c = -1;
	double		alpha;
	double		avail = o->height - 2 * MARGIN - (o->title[0] ? TITLE_H : 0);
	gl_sankey_status st = GL_SANKEY_NOMEM;

	pl.d = d;
	pl.layer_start = gl_sankey_bucket_starts(d, BY_LAYER);
	pl.byorder = gl_alloc(sizeof(int) * (d->nnodes + 1));
	pl.key = gl_alloc(sizeof(double) * (d->nnodes + 1));
	best = gl_alloc(sizeof(int) * (d->nnodes + 1));
	pl.out_start = gl_sankey_bucket_starts(d, BY_SOURCE);
	pl.in_start = gl_sankey_bucket_starts(d, BY_TARGET);
	pl.in_link = gl_alloc(sizeof(int) * (d->nlinks + 1));
	if (!pl.layer_start || !pl.byorder || !pl.key || !best ||
		!pl.out_start || !pl.in_start || !pl.in_link ||
		!gl_sankey_bucket_fill(d, BY_TARGET, pl.in_start, pl.in_link) ||
		!gl_sankey_bucket_fill(d, BY_LAYER, pl.layer_start, pl.byorder))
		goto done;
	pl.top = MARGIN + (o->title[0] ? TITLE_H : 0);
	pl.bottom = pl.top + avail;

	/* scale: the fullest layer fills the height, less its gaps */
	pl.ky = -1;
	for (l = 0; l < d->nlayers; l++)
	{
		double		sum = 0,
					room;
		int			n = pl.layer_start[l + 1] - pl.layer_start[l];

		for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
		{
			const gl_sankey_node *nd = &d->nodes[pl.byorder[i]];

			sum += nd->in > nd->out ? nd->in : nd->out;
		}
		room = avail - (n - 1) * NODE_GAP;
		if (room < avail / 4)
			room = avail / 4;
		if (sum > 0 && (pl.ky < 0 || room / sum < pl.ky))
			pl.ky = room / sum;
	}
	if (pl.ky <= 0)
		pl.ky = 1;
	for (i = 0; i < d->nnodes; i++)
	{
		gl_sankey_node *nd = &d->nodes[i];

		nd->h = (nd->in > nd->out ? nd->in : nd->out) * pl.ky;
		/* first order: largest first */
		pl.key[i] = -(nd->in > nd->out ? nd->in : nd->out);
	}
	for (l = 0; l < d->nlayers; l++)
	{
		sort_layer(&pl, l);
		stack_layer(&pl, l);
	}

	/* barycentre sweeps, right then left, keeping the best order */
	for (it = 0; it < 8; it++)
	{
		int			up = it % 2 == 0;
		double		c;

		for (l = up ? 1 : d->nlayers - 2; up ? l < d->nlayers : l >= 0; l += up ? 1 : -1)
		{
			gl_check_interrupts();
			for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
			{
				int			v = pl.byorder[i];

				pl.key[v] = linked_centre(&pl, v, up);
			}
			sort_layer(&pl, l);
			stack_layer(&pl, l);
		}
		if (d->nlinks > MAX_LINKS_CROSSING_COUNT)
			continue;
		c = crossings(d);
		if (best_c < 0 || c < best_c)
		{
			best_c = c;
			for (i = 0; i < d->nnodes; i++)
				best[i] = d->nodes[i].order;
		}
	}
	if (best_c >= 0)
	{
		for (i = 0; i < d->nnodes; i++)
			pl.key[i] = best[i];
		for (l = 0; l < d->nlayers; l++)
		{
			sort_layer(&pl, l);
			stack_layer(&pl, l);
		}
	}

	/* relax each node toward the centre of what it is linked to */
	alpha = 1;
	for (it = 0; it < 6; it++)
	{
		int			dir;

		alpha *= 0.9;
		for (dir = 0; dir < 2; dir++)
		{
			int			up = dir == 1;

			for (l = up ? 1 : d->nlayers - 2; up ? l < d->nlayers : l >= 0; l += up ? 1 : -1)
			{
				gl_check_interrupts();
				for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
				{
					gl_sankey_node *nd = &d->nodes[pl.byorder[i]];
					double		c = linked_centre(&pl, pl.byorder[i], up);

					nd->y += (c - node_centre(nd)) * alpha;
				}
				resolve_layer(&pl, l);
			}
		}
	}

	*ky = pl.ky;
	st = GL_SANKEY_OK;
done:
	gl_free(best);
	gl_free(pl.out_start);
	gl_free(pl.in_start);
	gl_free(pl.in_link);
	gl_free(pl.layer_start);
	gl_free(pl.byorder);
	gl_free(pl.key);
	return st;
}

static const gl_sankey_diagram *cmp_diagram;

/* the far end's centre, then its number */
static int
link_end_cmp(int a, int b)
{
	double		ca = node_centre(&cmp_diagram->nodes[a]),
				cb = node_centre(&cmp_diagram->nodes[b]);

	if (ca != cb)
		return ca < cb ? -1 : 1;
	return (a > b) - (a < b);
}

/* links out of a node by target centre, into a node by source centre */
static int
link_by_target(const void *x, const void *y)
{
	return link_end_cmp(cmp_diagram->links[*(const int *) x].tgt,
						cmp_diagram->links[*(const int *) y].tgt);
}

static int
link_by_source(const void *x, const void *y)
{
	return link_end_cmp(cmp_diagram->links[*(const int *) x].src,
						cmp_diagram->links[*(const int *) y].src);
}

/* where each link meets its nodes: stacked, centred on the node */
static gl_sankey_status
place_links(gl_sankey_diagram *d, double ky)
{
	int		   *idx = gl_alloc(sizeof(int) * (d->nlinks + 1));
	int			i,
				j,
				side;

	if (!idx)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < d->nlinks; i++)
		d->links[i].w = d->links[i].value * ky;
	cmp_diagram = d;
	for (side = 0; side < 2; side++)
	{
		/* links grouped by their node on this side */
		bucket_by	by = side == 0 ? BY_SOURCE : BY_TARGET;
		int		   *start = gl_sankey_bucket_starts(d, by);

		if (!start || !gl_sankey_bucket_fill(d, by, start, idx))
		{
			gl_free(start);
			gl_free(idx);
			return GL_SANKEY_NOMEM;
		}
		for (i = 0; i < d->nnodes; i++)
		{
			gl_sankey_node *nd = &d->nodes[i];
			int			n = start[i + 1] - start[i];
			int		   *v = idx + start[i];
			double		y;

			check_every(i);
			if (n == 0)
				continue;
			qsort(v, n, sizeof(int), side == 0 ? link_by_target : link_by_source);
			y = node_centre(nd) - (side == 0 ? nd->out : nd->in) * ky / 2;
			for (j = 0; j < n; j++)
			{
				gl_sankey_link *k = &d->links[v[j]];

				if (side == 0)
					k->sy = y;
				else
					k->ty = y;
				y += k->w;
			}
		}
		gl_free(start);
	}
	gl_free(idx);
	return GL_SANKEY_OK;
}

/*
 * The x of every node, labels right of the nodes and layers far enough
 * apart for them, and the size of the canvas.
 */
static gl_sankey_status
place_x(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	double	   *lw = zalloc(sizeof(double) * (d->nlayers + 1));
	double		spacing,
				right;
	int			i,
				l,
				title_chars = gl_sankey_text_chars(o->title, (int32_t) strlen(o->title));

	if (!lw)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < d->nnodes; i++)
	{
		gl_sankey_node *nd = &d->nodes[i];
		int			chars;

		if (gl_sankey_label_chars(d, nd, o, &chars) != GL_SANKEY_OK)
		{
			gl_free(lw);
			return GL_SANKEY_NOMEM;
		}
		nd->label_w = chars * CHAR_W;
		if (nd->label_w > MAX_LABEL_W)
			nd->label_w = MAX_LABEL_W;
		if (nd->label_w > lw[nd->layer])
			lw[nd->layer] = nd->label_w;
	}
	right = d->nlayers > 0 ? lw[d->nlayers - 1] + LABEL_PAD + MARGIN : MARGIN;
	spacing = d->nlayers > 1
		? (o->width - 2 * MARGIN - NODE_W - (right - MARGIN)) / (d->nlayers - 1)
		: 0;
	for (l = 0; l + 1 < d->nlayers; l++)
		if (spacing < NODE_W + lw[l] + 2 * LABEL_PAD)
			spacing = NODE_W + lw[l] + 2 * LABEL_PAD;
	gl_free(lw);
	for (i = 0; i < d->nnodes; i++)
		d->nodes[i].x = MARGIN + d->nodes[i].layer * spacing;
	d->width = d->nlayers > 0
		? MARGIN + (d->nlayers - 1) * spacing + NODE_W + right
		: o->width;
	if (d->width < o->width)
		d->width = o->width;
	/* the title (16 px bold) fits too */
	if (d->width < title_chars * TITLE_CHAR_W + 2 * MARGIN)
		d->width = title_chars * TITLE_CHAR_W + 2 * MARGIN;
	d->height = o->height;
	for (i = 0; i < d->nnodes; i++)
	{
		const gl_sankey_node *nd = &d->nodes[i];
		double		bottom = node_centre(nd) + node_ext(nd) / 2 + MARGIN;

		if (bottom > d->height)
			d->height = bottom;
	}
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_place(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	double		ky = 1;

	if (d->nnodes > 0 &&
		(place_nodes(d, o, &ky) != GL_SANKEY_OK || place_links(d, ky) != GL_SANKEY_OK))
		return GL_SANKEY_NOMEM;
	return place_x(d, o);
}
