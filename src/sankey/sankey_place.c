/*
 * sankey/sankey_place.c - where the layout puts the nodes and links of a
 * Sankey diagram (steps 7 and 8 of sankey_layout.c): the order within each
 * layer, the vertical places, the ends of the links, and the x of the
 * layers, spaced for the labels.
 */
#include "sankey/sankey_int.h"

#include <math.h>
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
	double		ky;				/* px per unit of flow / scale */
	double		scale;			/* the largest node value: weights are value / scale */
	double	   *fenwick;		/* weights by target order, a tree a layer (crossings) */
	double	   *inserted;		/* weights in each layer's tree (crossings) */
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
		double		w = k->value / pl->scale;

		s += w * node_centre(&d->nodes[other]);
		sw += w;
	}
	return sw > 0 ? s / sw : node_centre(&d->nodes[i]);
}

/*
 * Weighted crossings of the links between each pair of layers: the sum,
 * over the pairs of links that cross, of the product of their values (each
 * divided by the scale).  Two links between the same two layers cross when
 * their sources and targets are in opposite orders.  In O(links log
 * nodes), with no sort: the sources of each layer are visited in order,
 * and for each target layer a Fenwick tree (a segment of fw) sums the
 * weights of the links already visited by the order of their targets; a
 * link crosses those visited before its source (a smaller source order)
 * whose target is further down.
 */
static void
crossings(placer *pl, double *result)
{
	const gl_sankey_diagram *d = pl->d;
	double	   *fw = pl->fenwick,
			   *inserted = pl->inserted;
	int			sl,
				steps = 0;
	double		c = 0;

	for (sl = 0; sl < d->nlayers; sl++)
	{
		int			p,
					j,
					pass;

		for (p = pl->layer_start[sl]; p < pl->layer_start[sl + 1]; p++)
		{
			int			u = pl->byorder[p];

			/* the links of one source cross those of the sources before it */
			for (pass = 0; pass < 2; pass++)
				for (j = pl->out_start[u]; j < pl->out_start[u + 1]; j++)
				{
					const gl_sankey_link *b = &d->links[j];
					const gl_sankey_node *t = &d->nodes[b->tgt];
					int			base = pl->layer_start[t->layer] + t->layer,
								size = pl->layer_start[t->layer + 1] - pl->layer_start[t->layer],
								k;
					double		w = b->value / pl->scale,
								upto = 0;

					check_every(steps++);
					if (pass == 0)
					{
						for (k = t->order + 1; k > 0; k -= k & -k)
							upto += fw[base + k];
						c += w * (inserted[t->layer] - upto);
					}
					else
					{
						for (k = t->order + 1; k <= size; k += k & -k)
							fw[base + k] += w;
						inserted[t->layer] += w;
					}
				}
		}
		/* empty the trees this layer's links wrote */
		for (p = pl->layer_start[sl]; p < pl->layer_start[sl + 1]; p++)
		{
			int			u = pl->byorder[p];

			for (j = pl->out_start[u]; j < pl->out_start[u + 1]; j++)
			{
				const gl_sankey_node *t = &d->nodes[d->links[j].tgt];
				int			base = pl->layer_start[t->layer] + t->layer,
							size = pl->layer_start[t->layer + 1] - pl->layer_start[t->layer],
							k;

				for (k = t->order + 1; k <= size; k += k & -k)
					fw[base + k] = 0;
				inserted[t->layer] = 0;
			}
		}
	}
	*result = c;
}

bool
gl_sankey_crossings(const gl_sankey_diagram *d, double *c)
{
	placer		pl;
	bool		ok;
	int			i;

	memset(&pl, 0, sizeof(pl));
	pl.d = (gl_sankey_diagram *) d;
	pl.scale = d->scale > 0 ? ldexp(1.0, ilogb(d->scale)) : 1;
	pl.layer_start = gl_sankey_bucket_starts(d, BY_LAYER);
	pl.out_start = gl_sankey_bucket_starts(d, BY_SOURCE);
	pl.byorder = gl_alloc(sizeof(int) * (d->nnodes + 1));
	pl.fenwick = zalloc(sizeof(double) * (d->nnodes + d->nlayers + 1));
	pl.inserted = zalloc(sizeof(double) * (d->nlayers + 1));
	ok = pl.layer_start && pl.out_start && pl.byorder && pl.fenwick && pl.inserted;
	if (ok)
	{
		for (i = 0; i < d->nnodes; i++)
			pl.byorder[pl.layer_start[d->nodes[i].layer] + d->nodes[i].order] = i;
		crossings(&pl, c);
	}
	gl_free(pl.layer_start);
	gl_free(pl.out_start);
	gl_free(pl.byorder);
	gl_free(pl.fenwick);
	gl_free(pl.inserted);
	return ok;
}

static gl_sankey_status
place_nodes(gl_sankey_diagram *d, const gl_sankey_options *o, double *ky,
			double *scale)
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
	pl.fenwick = zalloc(sizeof(double) * (d->nnodes + d->nlayers + 1));
	pl.inserted = zalloc(sizeof(double) * (d->nlayers + 1));
	/* a power of two: dividing by it is exact, so it changes no coordinate */
	pl.scale = d->scale > 0 ? ldexp(1.0, ilogb(d->scale)) : 1;
	if (!pl.layer_start || !pl.byorder || !pl.key || !best ||
		!pl.out_start || !pl.in_start || !pl.in_link || !pl.fenwick || !pl.inserted ||
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

			sum += (nd->in > nd->out ? nd->in : nd->out) / pl.scale;
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

		nd->h = (nd->in > nd->out ? nd->in : nd->out) / pl.scale * pl.ky;
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
		crossings(&pl, &c);
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
	*scale = pl.scale;
	st = GL_SANKEY_OK;
done:
	gl_free(best);
	gl_free(pl.fenwick);
	gl_free(pl.inserted);
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
place_links(gl_sankey_diagram *d, double ky, double scale)
{
	int		   *idx = gl_alloc(sizeof(int) * (d->nlinks + 1));
	int			i,
				j,
				side;

	if (!idx)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < d->nlinks; i++)
		d->links[i].w = d->links[i].value / scale * ky;
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
			y = node_centre(nd) - (side == 0 ? nd->out : nd->in) / scale * ky / 2;
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
 * Label room of each layer: evenly spaced layers when every layer's widest
 * label (up to MAX_LABEL_W) fits in the width asked for; else each layer's
 * room in proportion to what its labels need, at least MIN_LABEL_W, and
 * the labels wrap.  room[l] is the px between a layer's nodes and the
 * next layer (the right margin for the last); x0[l] the layer's x.
 */
static void
layer_rooms(const gl_sankey_diagram *d, const gl_sankey_options *o,
			const double *need, double *room, double *x0)
{
	int			L = d->nlayers,
				l,
				pass;
	double		avail,
				spacing;
	bool		even = true;

	if (L > 1)
	{
		spacing = (o->width - 2 * MARGIN - NODE_W - LABEL_PAD - need[L - 1]) / (L - 1);
		for (l = 0; l + 1 < L; l++)
			if (spacing < NODE_W + need[l] + 2 * LABEL_PAD)
				even = false;
		if (even)
		{
			for (l = 0; l < L; l++)
			{
				x0[l] = MARGIN + l * spacing;
				room[l] = l + 1 < L ? spacing - NODE_W - 2 * LABEL_PAD : need[l];
			}
			room[L - 1] = o->width - MARGIN - (x0[L - 1] + NODE_W + LABEL_PAD);
			return;
		}
	}
	/* what the labels may share: the width less margins, nodes and pads */
	avail = o->width - 2 * MARGIN - L * NODE_W - (2 * L - 1) * LABEL_PAD;
	for (l = 0; l < L; l++)
		room[l] = -1;
	/* rooms in proportion to need, those below the least set to it first */
	for (pass = 0; pass <= L; pass++)
	{
		double		want = 0,
					left = avail;
		bool		again = false;

		for (l = 0; l < L; l++)
			if (room[l] == MIN_LABEL_W)
				left -= MIN_LABEL_W;
			else
				want += need[l];
		for (l = 0; l < L; l++)
		{
			double		r;

			if (room[l] == MIN_LABEL_W)
				continue;
			r = want > 0 ? need[l] * left / want : left / L;
			if (r < MIN_LABEL_W)
			{
				room[l] = MIN_LABEL_W;
				again = true;
			}
			else
				room[l] = r;
		}
		if (!again)
			break;
	}
	x0[0] = MARGIN;
	for (l = 1; l < L; l++)
		x0[l] = x0[l - 1] + NODE_W + 2 * LABEL_PAD + room[l - 1];
}

/*
 * The x of every node, labels right of the nodes, cut into lines that fit
 * the room of their layer, and the width: the width asked for, unless the
 * layers' nodes and the least label room do not fit in it.  The title
 * shrinks to fit, down to MIN_TITLE_PX, then is cut.
 */
static gl_sankey_status
place_x(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	double	   *need = zalloc(sizeof(double) * (3 * d->nlayers + 1));
	double	   *room = need + d->nlayers,
			   *x0 = room + d->nlayers;
	double		fit;
	int			i,
				title_chars = gl_sankey_text_chars(o->title, (int32_t) strlen(o->title));

	if (!need)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < d->nnodes; i++)
	{
		gl_sankey_node *nd = &d->nodes[i];
		int			chars;
		double		w;

		check_every(i);
		if (gl_sankey_label_chars(d, nd, o, &chars) != GL_SANKEY_OK)
		{
			gl_free(need);
			return GL_SANKEY_NOMEM;
		}
		w = chars * CHAR_W;
		if (w > MAX_LABEL_W)
			w = MAX_LABEL_W;
		if (w > need[nd->layer])
			need[nd->layer] = w;
	}
	layer_rooms(d, o, need, room, x0);
	d->width = o->width;
	for (i = 0; i < d->nnodes; i++)
	{
		gl_sankey_node *nd = &d->nodes[i];
		double		right;

		check_every(i);
		nd->x = x0[nd->layer];
		if (gl_sankey_label_fit(d, nd, o, (int) (room[nd->layer] / CHAR_W)) != GL_SANKEY_OK)
		{
			gl_free(need);
			return GL_SANKEY_NOMEM;
		}
		right = nd->x + NODE_W + LABEL_PAD + nd->label_w + MARGIN;
		if (right > d->width)
			d->width = right;
	}
	gl_free(need);
	/* the title (bold): smaller to fit, then cut */
	d->title_px = TITLE_PX;
	d->title_chars = title_chars;
	fit = d->width - 2 * MARGIN;
	if (title_chars * TITLE_CHAR_W > fit)
	{
		d->title_px = TITLE_PX * fit / (title_chars * TITLE_CHAR_W);
		if (d->title_px < MIN_TITLE_PX)
		{
			d->title_px = MIN_TITLE_PX;
			d->title_chars = (int) (fit / (TITLE_CHAR_W * MIN_TITLE_PX / TITLE_PX));
		}
	}
	return GL_SANKEY_OK;
}

/* the height: the height asked for, or more when a layer needs it */
static void
place_height(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	int			i;

	d->height = o->height;
	for (i = 0; i < d->nnodes; i++)
	{
		const gl_sankey_node *nd = &d->nodes[i];
		double		bottom = node_centre(nd) + node_ext(nd) / 2 + MARGIN;

		if (bottom > d->height)
			d->height = bottom;
	}
}

gl_sankey_status
gl_sankey_place(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	double		ky = 1,
				scale = 1;

	/* x first: how many lines each label takes sets the room it needs */
	if (place_x(d, o) != GL_SANKEY_OK)
		return GL_SANKEY_NOMEM;
	if (d->nnodes > 0 &&
		(place_nodes(d, o, &ky, &scale) != GL_SANKEY_OK ||
		 place_links(d, ky, scale) != GL_SANKEY_OK))
		return GL_SANKEY_NOMEM;
	place_height(d, o);
	gl_sankey_roles(d, o);
	return GL_SANKEY_OK;
}
