/*
 * bench_sankey.c - time of the Sankey core alone: layout and SVG of the
 * diagram bench/sankey.sql draws in SQL (100 nodes in 5 layers of 20, 75
 * links between each pair of neighbouring layers, values 1..100).  Prints
 * one line per case: name and microseconds per document (best of 5 runs of
 * 20 documents).  Then the sweep of bench/sankey.sql over the link count
 * (100 .. 8,000 links, and the hard limits of 10,000 nodes and 100,000
 * links): microseconds per document (best of 3), the core's peak memory
 * (a counting allocator) and the SVG's size.  Times are the process's CPU
 * time (CLOCK_PROCESS_CPUTIME_ID), so that other work on a shared machine
 * does not count.
 *
 * Build and run (from the repository root; make bench does this):
 *   gcc -O2 -Isrc bench/bench_sankey.c $(make -s print-core) -o /tmp/bench_sankey
 *   /tmp/bench_sankey
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"
#include "sankey/sankey.h"

#define RUNS 5
#define DOCS 20

static volatile size_t sink;

/* a counting allocator: the most bytes the core held at once */
static size_t mem_now,
			mem_peak;

static void *
count_alloc(size_t n)
{
	size_t	   *p = malloc(n + 16);

	if (!p)
		return NULL;
	*p = n;
	mem_now += n;
	if (mem_now > mem_peak)
		mem_peak = mem_now;
	return (char *) p + 16;
}

static void
count_free(void *q)
{
	size_t	   *p;

	if (!q)
		return;
	p = (size_t *) ((char *) q - 16);
	mem_now -= *p;
	free(p);
}

static void *
count_realloc(void *q, size_t n)
{
	void	   *r = count_alloc(n);
	size_t		old;

	if (!r || !q)
		return r;
	old = *(size_t *) ((char *) q - 16);
	memcpy(r, q, old < n ? old : n);
	count_free(q);
	return r;
}

static const gl_allocator counting = {count_alloc, count_realloc, count_free};

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static double
time_documents(const gl_sankey_flows *f, const gl_sankey_options *o, int runs, int docs)
{
	double		best = -1;
	int			r,
				i;

	for (r = 0; r < runs; r++)
	{
		double		t0 = now_us();

		for (i = 0; i < docs; i++)
		{
			gl_sankey_diagram d;
			gl_sankey_error e;
			size_t		len = 0;
			char	   *svg = NULL;
			gl_sankey_status st = gl_sankey_layout(f, o, &d, &e);

			if (st == GL_SANKEY_OK)
				st = gl_sankey_write_svg(&d, o, 0, &svg, &len);
			if (st != GL_SANKEY_OK)
			{
				fprintf(stderr, "layout failed: status %d\n", (int) st);
				exit(1);
			}
			sink = len;
			gl_free(svg);
			gl_sankey_diagram_free(&d);
		}
		t0 = (now_us() - t0) / docs;
		if (best < 0 || t0 < best)
			best = t0;
	}
	return best;
}

/* the sweep's diagram of about n links: the shape bench/sankey.sql makes (other values) */
static void
sweep_flows(gl_sankey_flows *f, int n)
{
	int			k = n / 40 < 20 ? 20 : n / 40 > 2000 ? 2000 : n / 40,
				l,
				j;
	char		src[32],
				tgt[32];
	gl_sankey_error e;

	if (k > 2000)
		k = 2000;
	gl_sankey_flows_init(f);
	for (l = 0; l < 4; l++)
		for (j = 0; j < n / 4; j++)
		{
			int			ns = snprintf(src, sizeof(src), "node %d", k * l + (int) (((long) j * 7919) % k));
			int			nt = snprintf(tgt, sizeof(tgt), "node %d",
									  k * (l + 1) + (int) (((long) j * 104729 + j / k) % k));

			gl_sankey_flows_add(f, src, ns, tgt, nt, 1 + (l * 7 + j * 13) % 1000, &e);
		}
}

static void
sweep(void)
{
	static const int sizes[] = {100, 1000, 2000, 3000, 4000, 8000, 100000};
	size_t		i;

	printf("sweep: links, nodes, us per document, us per link, core peak MB, SVG MB\n");
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
	{
		gl_sankey_flows f;
		gl_sankey_options o;
		gl_sankey_diagram d;
		gl_sankey_error e;
		gl_allocator saved;
		double		us;
		int			nodes = 0,
					links = 0;

		sweep_flows(&f, sizes[i]);
		gl_sankey_options_default(&o);
		o.imbalance = GL_SANKEY_IMBALANCE_IGNORE;
		o.max_nodes = GL_SANKEY_HARD_MAX_NODES;
		o.max_links = GL_SANKEY_HARD_MAX_LINKS;
		us = time_documents(&f, &o, 3, sizes[i] >= 100000 ? 1 : 5);
		saved = gl_mem;
		gl_set_allocator(&counting);
		mem_now = mem_peak = 0;
		if (gl_sankey_layout(&f, &o, &d, &e) == GL_SANKEY_OK)
		{
			nodes = d.nnodes;
			links = d.nlinks;
			gl_sankey_diagram_free(&d);
		}
		time_documents(&f, &o, 1, 1);
		gl_set_allocator(&saved);
		printf("sankey_sweep %d %d %.0f %.2f %.1f %.1f\n", links, nodes, us, us / links,
			   mem_peak / 1048576.0, sink / 1048576.0);
		gl_sankey_flows_free(&f);
	}
}

int
main(void)
{
	gl_sankey_flows f;
	gl_sankey_options o;
	gl_sankey_error e;
	int			l,
				j;
	char		src[32],
				tgt[32];

	gl_sankey_flows_init(&f);
	for (l = 0; l < 4; l++)
		for (j = 0; j < 75; j++)
		{
			int			ns = snprintf(src, sizeof(src), "node %d", 20 * l + j % 20);
			int			nt = snprintf(tgt, sizeof(tgt), "node %d",
									  20 * (l + 1) + (7 * (j % 20) + 3 * (j / 20)) % 20);

			gl_sankey_flows_add(&f, src, ns, tgt, nt, 1 + (l * 75 + j) * 37 % 100, &e);
		}
	gl_sankey_options_default(&o);
	o.imbalance = GL_SANKEY_IMBALANCE_IGNORE;
	printf("sankey_100_nodes_300_links_us %.1f\n", time_documents(&f, &o, RUNS, DOCS));
	o.imbalance = GL_SANKEY_IMBALANCE_SHOW;
	printf("sankey_100_nodes_300_links_unaccounted_us %.1f\n", time_documents(&f, &o, RUNS, DOCS));
	gl_sankey_flows_free(&f);
	sweep();
	return 0;
}
