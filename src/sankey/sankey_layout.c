/*
 * sankey/sankey_layout.c - the layout of a Sankey diagram (see sankey.h).
 *
 * In order:
 *  1. the flows with a positive value are sorted by (source, target, value)
 *     in byte order and duplicate pairs summed in that order, so the sums,
 *     and everything after, do not depend on the order the rows came in;
 *  2. nodes are the distinct names, numbered in byte order; a self-loop or a
 *     cycle is an error naming the cycle;
 *  3. an intermediate node whose inflow and outflow differ by more than the
 *     tolerance gets an "unaccounted" flow that closes its balance (or the
 *     difference is an error, or ignored: option imbalance);
 *  4. layers: the longest path from a source; a source then moves right to
 *     just before its nearest target;
 *  5. sources (sinks) whose flow is below min_fraction of the total input
 *     merge into one "other" node per layer, when at least two would;
 *  6. limits on nodes and links;
 *  7. order within layers: barycentre sweeps, keeping the order with the
 *     fewest weighted crossings; "other"/"unaccounted" nodes last;
 *  8. vertical places: stacked, then relaxed toward the weighted centre of
 *     the linked nodes, without overlapping (labels included).
 * Flows of up to 1.8e308 each are valid; a node's sums, or the total input,
 * beyond float8 are an error (GL_SANKEY_SUM_TOO_LARGE), and the placement
 * divides every value by the largest node's, so that a diagram of 1e308s
 * or of 5e-324s has the finite coordinates of one of 1s.
 * Steps 7 and 8 are in sankey_place.c.  All ties are broken by node number, so the output is deterministic.
 */
#include "sankey/sankey_int.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* ---- names, flows and links in canonical order --------------------------- */

typedef struct name_ref
{
	const char *s;
	int32_t		len;
} name_ref;

static int
name_cmp(const char *a, int32_t alen, const char *b, int32_t blen)
{
	int			c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

static int
name_ref_cmp(const void *x, const void *y)
{
	const name_ref *a = x,
			   *b = y;

	return name_cmp(a->s, a->len, b->s, b->len);
}

static int
name_ref_sort_cmp(const void *x, const void *y, void *ctx)
{
	return name_ref_cmp(x, y);
}

/* flows by (source, target, value, sign of the value): equal keys print the same */
static int
flow_cmp(const gl_sankey_flow *a, const gl_sankey_flow *b, const char *pool)
{
	int			c = name_cmp(pool + a->src_off, a->src_len,
							 pool + b->src_off, b->src_len);

	if (c == 0)
		c = name_cmp(pool + a->tgt_off, a->tgt_len, pool + b->tgt_off, b->tgt_len);
	if (c == 0)
		c = (a->value > b->value) - (a->value < b->value);
	if (c == 0)
		c = (signbit(b->value) != 0) - (signbit(a->value) != 0);
	return c;
}

static int
flow_sort_cmp(const void *x, const void *y, void *ctx)
{
	return flow_cmp(x, y, ctx);
}

int
gl_sankey_flow_index_cmp(const void *x, const void *y, void *ctx)
{
	const gl_sankey_flows *f = ctx;
	int32_t		a = *(const int32_t *) x,
				b = *(const int32_t *) y;

	return flow_cmp(&f->flows[a], &f->flows[b], f->pool);
}

/* ---- a merge sort that can be cancelled ---------------------------------- */

bool
gl_sankey_sort(void *base, size_t n, size_t size, gl_sankey_cmp cmp, void *ctx)
{
	char	   *a = base,
			   *tmp,
			   *from,
			   *to;
	size_t		width,
				moved = 0;

	if (n < 2)
		return true;
	tmp = gl_alloc(gl_mul_size(n, size));
	if (!tmp)
		return false;
	from = a;
	to = tmp;
	for (width = 1; width < n; width *= 2)
	{
		size_t		lo;

		for (lo = 0; lo < n; lo += 2 * width)
		{
			size_t		mid = lo + width < n ? lo + width : n,
						hi = lo + 2 * width < n ? lo + 2 * width : n,
						i = lo,
						j = mid,
						k = lo;

			while (i < mid && j < hi)
			{
				/* stable: the left item first when equal */
				if (cmp(from + j * size, from + i * size, ctx) < 0)
					memcpy(to + (k++) * size, from + (j++) * size, size);
				else
					memcpy(to + (k++) * size, from + (i++) * size, size);
			}
			memcpy(to + k * size, from + i * size, (mid - i) * size);
			k += mid - i;
			memcpy(to + k * size, from + j * size, (hi - j) * size);
			moved += hi - lo;
			if (moved >= 4096)
			{
				moved = 0;
				gl_check_interrupts();
			}
		}
		{
			char	   *t = from;

			from = to;
			to = t;
		}
	}
	if (from != a)
		memcpy(a, from, n * size);
	gl_free(tmp);
	return true;
}

/* links sorted by (source, target), then by the order they had */
typedef struct link_key
{
	int			src;
	int			tgt;
	int			seq;
	double		value;
} link_key;

static int
link_key_cmp(const void *x, const void *y, void *ctx)
{
	const link_key *a = x,
			   *b = y;

	if (a->src != b->src)
		return a->src < b->src ? -1 : 1;
	if (a->tgt != b->tgt)
		return a->tgt < b->tgt ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/*
 * Replace the links of d by keys[0..n) sorted and with duplicate pairs
 * summed in key order.
 */
static gl_sankey_status
set_links(gl_sankey_diagram *d, link_key *keys, int n)
{
	int			i,
				m = 0;

	if (!gl_sankey_sort(keys, (size_t) n, sizeof(link_key), link_key_cmp, NULL))
		return GL_SANKEY_NOMEM;
	gl_free(d->links);
	d->nlinks = 0;
	d->links = zalloc(sizeof(gl_sankey_link) * (n > 0 ? n : 1));
	if (!d->links)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < n; i++)
	{
		check_every(i);
		if (m > 0 && d->links[m - 1].src == keys[i].src &&
			d->links[m - 1].tgt == keys[i].tgt)
			d->links[m - 1].value += keys[i].value;
		else
		{
			d->links[m].src = keys[i].src;
			d->links[m].tgt = keys[i].tgt;
			d->links[m].value = keys[i].value;
			m++;
		}
	}
	d->nlinks = m;
	return GL_SANKEY_OK;
}

static void
node_sums(gl_sankey_diagram *d)
{
	int			i;

	for (i = 0; i < d->nnodes; i++)
		d->nodes[i].in = d->nodes[i].out = 0;
	for (i = 0; i < d->nlinks; i++)
	{
		d->nodes[d->links[i].src].out += d->links[i].value;
		d->nodes[d->links[i].tgt].in += d->links[i].value;
	}
}

/* ---- bucket indexes ----------------------------------------------------- */

static int
bucket_of(const gl_sankey_diagram *d, bucket_by by, int i)
{
	if (by == BY_SOURCE)
		return d->links[i].src;
	if (by == BY_TARGET)
		return d->links[i].tgt;
	return d->nodes[i].layer;
}

static int
bucket_count(const gl_sankey_diagram *d, bucket_by by)
{
	return by == BY_LAYER ? d->nlayers : d->nnodes;
}

static int
bucket_items(const gl_sankey_diagram *d, bucket_by by)
{
	return by == BY_LAYER ? d->nnodes : d->nlinks;
}

int *
gl_sankey_bucket_starts(const gl_sankey_diagram *d, bucket_by by)
{
	int			nb = bucket_count(d, by),
				n = bucket_items(d, by),
				i;
	int		   *start = zalloc(sizeof(int) * (nb + 1));

	if (!start)
		return NULL;
	for (i = 0; i < n; i++)
		start[bucket_of(d, by, i) + 1]++;
	for (i = 0; i < nb; i++)
		start[i + 1] += start[i];
	return start;
}

bool
gl_sankey_bucket_fill(const gl_sankey_diagram *d, bucket_by by, const int *start,
			int *order)
{
	int			nb = bucket_count(d, by),
				n = bucket_items(d, by),
				i;
	int		   *fill = gl_alloc(sizeof(int) * (nb + 1));

	if (!fill)
		return false;
	memcpy(fill, start, sizeof(int) * (nb + 1));
	for (i = 0; i < n; i++)
		order[fill[bucket_of(d, by, i)]++] = i;
	gl_free(fill);
	return true;
}

/* ---- cycles and layers -------------------------------------------------- */

/* s (n bytes) appended to the cycle text of err, "..." when it is full */
static void
cycle_put(gl_sankey_error *err, size_t *used, const char *s, size_t n)
{
	size_t		room = sizeof(err->text) - 4;	/* "..." and the NUL */

	if (*used > room)
		return;
	if (n > room - *used)
	{
		memcpy(err->text + *used, s, room - *used);
		memcpy(err->text + room, "...", 4);
		*used = room + 1;
		return;
	}
	memcpy(err->text + *used, s, n);
	*used += n;
	err->text[*used] = '\0';
}

/* the cycle stack[k..top] -> v as err */
static gl_sankey_status
cycle_error(const gl_sankey_diagram *d, const int *stack, int k, int top,
			int v, gl_sankey_error *err)
{
	size_t		used = 0;

	gl_sankey_fail(err, GL_SANKEY_CYCLE);
	err->text[0] = '\0';
	for (; k <= top; k++)
	{
		const gl_sankey_node *n = &d->nodes[stack[k]];

		cycle_put(err, &used, n->name, (size_t) n->namelen);
		cycle_put(err, &used, " -> ", 4);
	}
	cycle_put(err, &used, d->nodes[v].name, (size_t) d->nodes[v].namelen);
	err->args.extra = err->text;
	return GL_SANKEY_CYCLE;
}

/* depth-first search for a cycle; reports the first one found */
static gl_sankey_status
find_cycle(const gl_sankey_diagram *d, gl_sankey_error *err)
{
	int		   *start = gl_sankey_bucket_starts(d, BY_SOURCE);
	int		   *color = zalloc(sizeof(int) * d->nnodes);
	int		   *stack = gl_alloc(sizeof(int) * d->nnodes);
	int		   *next = gl_alloc(sizeof(int) * d->nnodes);
	int			root,
				steps = 0;
	gl_sankey_status st = GL_SANKEY_OK;

	if (!start || !color || !stack || !next)
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
	for (root = 0; root < d->nnodes && st == GL_SANKEY_OK; root++)
	{
		int			top = 0;

		if (color[root] != 0)
			continue;
		stack[0] = root;
		next[root] = start[root];
		color[root] = 1;
		while (top >= 0 && st == GL_SANKEY_OK)
		{
			int			u = stack[top];

			check_every(steps++);
			if (next[u] < start[u + 1])
			{
				int			v = d->links[next[u]++].tgt;

				if (color[v] == 1)
				{
					int			k = top;

					while (stack[k] != v)
						k--;
					st = cycle_error(d, stack, k, top, v, err);
				}
				else if (color[v] == 0)
				{
					color[v] = 1;
					next[v] = start[v];
					stack[++top] = v;
				}
			}
			else
			{
				color[u] = 2;
				top--;
			}
		}
	}
	gl_free(start);
	gl_free(color);
	gl_free(stack);
	gl_free(next);
	return st;
}

/* layers: longest path from a source, then sources moved right */
static gl_sankey_status
assign_layers(gl_sankey_diagram *d)
{
	int		   *start = gl_sankey_bucket_starts(d, BY_SOURCE);
	int		   *indeg = zalloc(sizeof(int) * d->nnodes);
	int		   *queue = gl_alloc(sizeof(int) * d->nnodes);
	int			head = 0,
				tail = 0,
				i,
				j;

	if (!start || !indeg || !queue)
	{
		gl_free(start);
		gl_free(indeg);
		gl_free(queue);
		return GL_SANKEY_NOMEM;
	}
	for (i = 0; i < d->nlinks; i++)
		indeg[d->links[i].tgt]++;
	for (i = 0; i < d->nnodes; i++)
	{
		d->nodes[i].layer = 0;
		if (indeg[i] == 0)
			queue[tail++] = i;
	}
	while (head < tail)
	{
		int			u = queue[head++];

		check_every(head);
		for (j = start[u]; j < start[u + 1]; j++)
		{
			int			v = d->links[j].tgt;

			if (d->nodes[v].layer < d->nodes[u].layer + 1)
				d->nodes[v].layer = d->nodes[u].layer + 1;
			if (--indeg[v] == 0)
				queue[tail++] = v;
		}
	}
	/* a source sits just before its nearest target */
	for (i = 0; i < d->nnodes; i++)
	{
		int			m = -1;

		if (d->nodes[i].in > 0 || start[i] == start[i + 1])
			continue;
		for (j = start[i]; j < start[i + 1]; j++)
		{
			int			l = d->nodes[d->links[j].tgt].layer;

			if (m < 0 || l < m)
				m = l;
		}
		d->nodes[i].layer = m - 1;
	}
	d->nlayers = 0;
	for (i = 0; i < d->nnodes; i++)
		if (d->nodes[i].layer + 1 > d->nlayers)
			d->nlayers = d->nodes[i].layer + 1;
	gl_free(start);
	gl_free(indeg);
	gl_free(queue);
	return GL_SANKEY_OK;
}

/* ---- balance and merging ------------------------------------------------ */

static gl_sankey_node *
add_node(gl_sankey_diagram *d, int *cap)
{
	if (d->nnodes == *cap)
	{
		gl_sankey_node *p = gl_realloc(d->nodes, sizeof(gl_sankey_node) * (*cap) * 2);

		if (!p)
			return NULL;
		d->nodes = p;
		*cap *= 2;
	}
	memset(&d->nodes[d->nnodes], 0, sizeof(gl_sankey_node));
	return &d->nodes[d->nnodes++];
}

/* node i's in and out differ by more than the tolerance: as err */
static gl_sankey_status
imbalance_error(const gl_sankey_node *n, const gl_sankey_options *o,
				gl_sankey_error *err)
{
	char		in[32],
				out[32];

	gl_sankey_fail(err, GL_SANKEY_IMBALANCE);
	gl_sankey_format_exact(in, sizeof(in), n->in);
	gl_sankey_format_exact(out, sizeof(out), n->out);
	snprintf(err->text, sizeof(err->text), "in %s, out %s", in, out);
	err->args.name = n->name;
	err->args.namelen = (size_t) n->namelen;
	err->args.extra = err->text;
	err->args.has_value = true;
	err->args.value = n->in - n->out;
	err->args.item = gl_sankey_error_number(err, 0, o->tolerance);
	err->args.itemlen = strlen(err->args.item);
	return GL_SANKEY_IMBALANCE;
}

/*
 * Step 3: close the balance of every intermediate node whose inflow and
 * outflow differ by more than the tolerance.
 */
static gl_sankey_status
balance_nodes(gl_sankey_diagram *d, const gl_sankey_options *o, int *nodecap,
			  gl_sankey_error *err)
{
	int			n0 = d->nnodes,
				i,
				nk = 0;
	int			usrc = -1,
				usink = -1;
	link_key   *keys;
	gl_sankey_status st = GL_SANKEY_OK;

	if (o->imbalance == GL_SANKEY_IMBALANCE_IGNORE)
		return GL_SANKEY_OK;
	keys = gl_alloc(sizeof(link_key) * (d->nlinks + n0));
	if (!keys)
		return gl_sankey_fail(err, GL_SANKEY_NOMEM);
	for (i = 0; i < d->nlinks; i++)
	{
		keys[nk].src = d->links[i].src;
		keys[nk].tgt = d->links[i].tgt;
		keys[nk].value = d->links[i].value;
		keys[nk].seq = nk;
		nk++;
	}
	for (i = 0; i < n0 && st == GL_SANKEY_OK; i++)
	{
		gl_sankey_node *n = &d->nodes[i];
		double		big = n->in > n->out ? n->in : n->out;
		double		diff = n->in - n->out;
		int		   *u = diff > 0 ? &usink : &usrc;

		if (n->in == 0 || n->out == 0 || fabs(diff) <= o->tolerance * big)
			continue;
		if (o->imbalance == GL_SANKEY_IMBALANCE_ERROR)
		{
			st = imbalance_error(n, o, err);
			break;
		}
		if (*u < 0)
		{
			gl_sankey_node *un = add_node(d, nodecap);

			if (!un)
			{
				st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
				break;
			}
			un->name = "unaccounted";
			un->namelen = 11;
			un->kind = GL_SANKEY_NODE_UNACCOUNTED;
			*u = d->nnodes - 1;
		}
		keys[nk].src = diff > 0 ? i : usrc;
		keys[nk].tgt = diff > 0 ? usink : i;
		keys[nk].value = fabs(diff);
		keys[nk].seq = nk;
		nk++;
		d->unaccounted++;
	}
	if (st == GL_SANKEY_OK && set_links(d, keys, nk) != GL_SANKEY_OK)
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
	gl_free(keys);
	if (st == GL_SANKEY_OK)
		node_sums(d);
	return st;
}

/*
 * Step 5: sources (sinks) whose outflow (inflow) is below min_fraction of
 * the total input, grouped by layer; a group of two or more becomes one
 * "other" node.
 */
static gl_sankey_status
merge_small(gl_sankey_diagram *d, const gl_sankey_options *o,
			gl_sankey_error *err)
{
	double		limit = o->min_fraction * d->total;
	int			n0 = d->nnodes,
				i,
				j,
				ngroups = 2 * d->nlayers,
				nnew = 0;
	int		   *count,
			   *group_node,
			   *map;
	gl_sankey_node *nodes;
	link_key   *keys;
	gl_sankey_status st = GL_SANKEY_OK;

	if (o->min_fraction <= 0 || d->nnodes == 0)
		return GL_SANKEY_OK;
	count = zalloc(sizeof(int) * ngroups);
	group_node = gl_alloc(sizeof(int) * ngroups);
	map = gl_alloc(sizeof(int) * n0);
	nodes = zalloc(sizeof(gl_sankey_node) * (n0 + ngroups));
	keys = gl_alloc(sizeof(link_key) * (d->nlinks > 0 ? d->nlinks : 1));
	if (!count || !group_node || !map || !nodes || !keys)
	{
		gl_free(nodes);
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
		goto done;
	}

	/* group g = 2 * layer (+1 for sinks); -1: not small */
	for (i = 0; i < n0; i++)
	{
		gl_sankey_node *n = &d->nodes[i];

		map[i] = -1;
		if (n->kind != GL_SANKEY_NODE_PLAIN)
			continue;
		if (n->in == 0 && n->out < limit)
			map[i] = 2 * n->layer;
		else if (n->out == 0 && n->in < limit)
			map[i] = 2 * n->layer + 1;
		if (map[i] >= 0)
			count[map[i]]++;
	}
	for (i = 0; i < n0; i++)
	{
		if (map[i] >= 0 && count[map[i]] >= 2)
			continue;
		nodes[nnew] = d->nodes[i];
		map[i] = -(nnew + 2);	/* kept: new number nnew */
		nnew++;
	}
	/* the "other" nodes: sources by layer, then sinks by layer */
	for (j = 0; j < 2; j++)
	{
		int			l;

		for (l = 0; l < d->nlayers; l++)
		{
			int			g = 2 * l + j;

			if (count[g] < 2)
				continue;
			group_node[g] = nnew;
			memset(&nodes[nnew], 0, sizeof(gl_sankey_node));
			nodes[nnew].name = "other";
			nodes[nnew].namelen = 5;
			nodes[nnew].kind = GL_SANKEY_NODE_OTHER;
			nodes[nnew].merged = count[g];
			nodes[nnew].layer = l;
			if (j == 0)
				d->merged_sources += count[g];
			else
				d->merged_sinks += count[g];
			nnew++;
		}
	}
	for (i = 0; i < n0; i++)
		map[i] = map[i] <= -2 ? -map[i] - 2 : group_node[map[i]];
	for (i = 0; i < d->nlinks; i++)
	{
		keys[i].src = map[d->links[i].src];
		keys[i].tgt = map[d->links[i].tgt];
		keys[i].value = d->links[i].value;
		keys[i].seq = i;
	}
	gl_free(d->nodes);
	d->nodes = nodes;
	d->nnodes = nnew;
	if (set_links(d, keys, d->nlinks) != GL_SANKEY_OK)
	{
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
		goto done;
	}
	node_sums(d);
	if (assign_layers(d) != GL_SANKEY_OK)
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
done:
	gl_free(keys);
	gl_free(count);
	gl_free(group_node);
	gl_free(map);
	return st;
}

/* step 6: the limits on nodes and links */
static gl_sankey_status
check_limits(const gl_sankey_diagram *d, const gl_sankey_options *o,
			 gl_sankey_error *err)
{
	bool		nodes = d->nnodes > o->max_nodes;

	if (!nodes && d->nlinks <= o->max_links)
		return GL_SANKEY_OK;
	gl_sankey_fail(err, nodes ? GL_SANKEY_TOO_MANY_NODES : GL_SANKEY_TOO_MANY_LINKS);
	err->args.has_value = true;
	err->args.value = nodes ? d->nnodes : d->nlinks;
	err->args.item = gl_sankey_error_number(err, 0, nodes ? o->max_nodes : o->max_links);
	err->args.itemlen = strlen(err->args.item);
	err->args.name = gl_sankey_error_number(err, 1, d->input_flows);
	err->args.namelen = strlen(err->args.name);
	err->args.extra = gl_sankey_error_number(err, 2, nodes ? d->nlinks : d->nnodes);
	return nodes ? GL_SANKEY_TOO_MANY_NODES : GL_SANKEY_TOO_MANY_LINKS;
}

/*
 * Every node's sums (and the total input) are finite: flows of up to
 * 1.8e308 each may add up beyond what float8 holds.
 */
static gl_sankey_status
check_sums(gl_sankey_diagram *d, gl_sankey_error *err)
{
	int			i;

	for (i = 0; i < d->nnodes; i++)
	{
		const gl_sankey_node *n = &d->nodes[i];

		if (isfinite(n->in) && isfinite(n->out))
			continue;
		gl_sankey_fail(err, GL_SANKEY_SUM_TOO_LARGE);
		snprintf(err->text, sizeof(err->text), "%s node \"%.*s\"",
				 isfinite(n->in) ? "out of" : "into",
				 n->namelen > 900 ? 900 : (int) n->namelen, n->name);
		err->args.extra = err->text;
		return GL_SANKEY_SUM_TOO_LARGE;
	}
	if (!isfinite(d->total))
	{
		gl_sankey_fail(err, GL_SANKEY_SUM_TOO_LARGE);
		err->args.extra = "out of the sources (the total input)";
		return GL_SANKEY_SUM_TOO_LARGE;
	}
	d->scale = 0;
	for (i = 0; i < d->nnodes; i++)
	{
		double		v = d->nodes[i].in > d->nodes[i].out ? d->nodes[i].in : d->nodes[i].out;

		if (v > d->scale)
			d->scale = v;
	}
	return GL_SANKEY_OK;
}

/* ---- the whole layout -------------------------------------------------- */

void
gl_sankey_diagram_free(gl_sankey_diagram *d)
{
	gl_free(d->nodes);
	gl_free(d->links);
	memset(d, 0, sizeof(*d));
}

/*
 * Steps 1 and 2: the positive flows in canonical order, the distinct names
 * as nodes in byte order, the links with duplicate pairs summed.
 */
static gl_sankey_status
build_graph(const gl_sankey_flows *f, gl_sankey_diagram *d, int *nodecap)
{
	gl_sankey_flow *flows = gl_alloc(sizeof(gl_sankey_flow) * (f->nflows + 1));
	name_ref   *names = NULL;
	link_key   *keys = NULL;
	int			n = 0,
				nnames = 0,
				i;
	gl_sankey_status st = GL_SANKEY_NOMEM;

	if (!flows)
		return GL_SANKEY_NOMEM;
	for (i = 0; i < f->nflows; i++)
	{
		check_every(i);
		if (f->flows[i].value > 0)
			flows[n++] = f->flows[i];
	}
	if (!gl_sankey_sort(flows, (size_t) n, sizeof(gl_sankey_flow), flow_sort_cmp,
						f->pool))
		goto done;

	names = gl_alloc(sizeof(name_ref) * (2 * n + 1));
	keys = gl_alloc(sizeof(link_key) * (n + 1));
	if (!names || !keys)
		goto done;
	for (i = 0; i < n; i++)
	{
		names[2 * i].s = f->pool + flows[i].src_off;
		names[2 * i].len = flows[i].src_len;
		names[2 * i + 1].s = f->pool + flows[i].tgt_off;
		names[2 * i + 1].len = flows[i].tgt_len;
	}
	if (!gl_sankey_sort(names, 2 * (size_t) n, sizeof(name_ref), name_ref_sort_cmp, NULL))
		goto done;
	for (i = 0; i < 2 * n; i++)
		if (nnames == 0 || name_ref_cmp(&names[nnames - 1], &names[i]) != 0)
			names[nnames++] = names[i];
	*nodecap = nnames + 2;
	d->nodes = zalloc(sizeof(gl_sankey_node) * *nodecap);
	if (!d->nodes)
		goto done;
	d->nnodes = nnames;
	for (i = 0; i < nnames; i++)
	{
		d->nodes[i].name = names[i].s;
		d->nodes[i].namelen = names[i].len;
		d->nodes[i].kind = GL_SANKEY_NODE_PLAIN;
	}
	for (i = 0; i < n; i++)
	{
		name_ref	s = {f->pool + flows[i].src_off, flows[i].src_len};
		name_ref	t = {f->pool + flows[i].tgt_off, flows[i].tgt_len};
		name_ref   *ps = bsearch(&s, names, nnames, sizeof(name_ref), name_ref_cmp);
		name_ref   *pt = bsearch(&t, names, nnames, sizeof(name_ref), name_ref_cmp);

		check_every(i);
		keys[i].src = (int) (ps - names);
		keys[i].tgt = (int) (pt - names);
		keys[i].value = flows[i].value;
		keys[i].seq = i;
	}
	st = set_links(d, keys, n);
done:
	gl_free(flows);
	gl_free(names);
	gl_free(keys);
	return st;
}

static gl_sankey_status
layout(const gl_sankey_flows *f, const gl_sankey_options *o,
	   gl_sankey_diagram *d, gl_sankey_error *err)
{
	int			nodecap = 0,
				i;
	gl_sankey_status st;

	/* 1, 2. the graph, without cycles (a self-loop included) */
	if (build_graph(f, d, &nodecap) != GL_SANKEY_OK)
		return gl_sankey_fail(err, GL_SANKEY_NOMEM);
	st = find_cycle(d, err);
	if (st != GL_SANKEY_OK)
		return st;
	node_sums(d);
	st = check_sums(d, err);
	if (st != GL_SANKEY_OK)
		return st;

	/* 3. balance */
	st = balance_nodes(d, o, &nodecap, err);
	if (st == GL_SANKEY_OK)
		st = check_sums(d, err);
	if (st != GL_SANKEY_OK)
		return st;

	/* 4. layers, 5. small sources and sinks */
	if (assign_layers(d) != GL_SANKEY_OK)
		return gl_sankey_fail(err, GL_SANKEY_NOMEM);
	d->total = 0;
	for (i = 0; i < d->nnodes; i++)
		if (d->nodes[i].in == 0)
			d->total += d->nodes[i].out;
	st = check_sums(d, err);
	if (st == GL_SANKEY_OK)
		st = merge_small(d, o, err);
	if (st == GL_SANKEY_OK)
		st = check_sums(d, err);
	if (st != GL_SANKEY_OK)
		return st;

	/* 6. limits */
	st = check_limits(d, o, err);
	if (st != GL_SANKEY_OK)
		return st;

	/* 7, 8. order and place (sankey_place.c) */
	if (gl_sankey_place(d, o) != GL_SANKEY_OK)
		return gl_sankey_fail(err, GL_SANKEY_NOMEM);
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_layout(const gl_sankey_flows *f, const gl_sankey_options *o,
				 gl_sankey_diagram *d, gl_sankey_error *err)
{
	gl_sankey_status st;

	memset(d, 0, sizeof(*d));
	d->input_flows = f->nflows;
	st = layout(f, o, d, err);
	if (st != GL_SANKEY_OK)
		gl_sankey_diagram_free(d);
	return st;
}
