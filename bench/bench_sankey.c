/*
 * bench_sankey.c - time of the Sankey core alone: layout and SVG of the
 * diagram bench/sankey.sql draws in SQL (100 nodes in 5 layers of 20, 75
 * links between each pair of neighbouring layers, values 1..100).  Prints
 * one line per case: name and microseconds per document (best of 5 runs of
 * 20 documents).
 *
 * Build and run (from the repository root; make bench does this):
 *   gcc -O2 -Isrc bench/bench_sankey.c $(make -s print-core) -o /tmp/bench_sankey
 *   /tmp/bench_sankey
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "base/alloc.h"
#include "sankey/sankey.h"

#define RUNS 5
#define DOCS 20

static volatile size_t sink;

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static double
time_documents(const gl_sankey_flows *f, const gl_sankey_options *o)
{
	double		best = -1;
	int			r,
				i;

	for (r = 0; r < RUNS; r++)
	{
		double		t0 = now_us();

		for (i = 0; i < DOCS; i++)
		{
			gl_sankey_diagram d;
			gl_sankey_error e;
			size_t		len = 0;
			char	   *svg = NULL;
			gl_sankey_status st = gl_sankey_layout(f, o, &d, &e);

			if (st == GL_SANKEY_OK)
				st = gl_sankey_write_svg(&d, o, &svg, &len);
			if (st != GL_SANKEY_OK)
			{
				fprintf(stderr, "layout failed: status %d\n", (int) st);
				exit(1);
			}
			sink += len;
			gl_free(svg);
			gl_sankey_diagram_free(&d);
		}
		t0 = (now_us() - t0) / DOCS;
		if (best < 0 || t0 < best)
			best = t0;
	}
	return best;
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
	printf("sankey_100_nodes_300_links_us %.1f\n", time_documents(&f, &o));
	o.imbalance = GL_SANKEY_IMBALANCE_SHOW;
	printf("sankey_100_nodes_300_links_unaccounted_us %.1f\n", time_documents(&f, &o));
	gl_sankey_flows_free(&f);
	return 0;
}
