/*
 * bench_sankey.c - time of the Sankey core alone: layout and SVG of the
 * diagram bench/sankey.sql draws in SQL (100 nodes in 5 layers of 20, 75
 * links between each pair of neighbouring layers, values 1..100).  Prints
 * one line per case: name and microseconds per document (best of 5 runs of
 * 20 documents).
 *
 * Build and run (from the repository root):
 *   gcc -O2 -Isrc/sankey bench/bench_sankey.c src/sankey/sankey.c -lm -o /tmp/bench_sankey
 *   /tmp/bench_sankey
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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
time_documents(const sk_flows *f, const sk_options *o)
{
	double		best = -1;
	int			r,
				i;

	for (r = 0; r < RUNS; r++)
	{
		double		t0 = now_us();

		for (i = 0; i < DOCS; i++)
		{
			sk_diagram	d;
			sk_error	e = {0};
			size_t		len = 0;
			char	   *svg;

			if (sk_layout(f, o, &d, &e) != SK_OK)
			{
				fprintf(stderr, "layout failed: %s\n", e.message ? e.message : "?");
				exit(1);
			}
			svg = sk_svg(&d, o, &len);
			sink += len;
			free(svg);
			sk_diagram_free(&d);
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
	sk_flows	f;
	sk_options	o;
	int			l,
				j;
	char		src[32],
				tgt[32];

	sk_flows_init(&f);
	for (l = 0; l < 4; l++)
		for (j = 0; j < 75; j++)
		{
			int			ns = snprintf(src, sizeof(src), "node %d", 20 * l + j % 20);
			int			nt = snprintf(tgt, sizeof(tgt), "node %d",
									  20 * (l + 1) + (7 * (j % 20) + 3 * (j / 20)) % 20);

			sk_flows_add(&f, src, ns, tgt, nt, 1 + (l * 75 + j) * 37 % 100);
		}
	sk_options_default(&o);
	o.imbalance = SK_IMBALANCE_IGNORE;
	printf("sankey_100_nodes_300_links_us %.1f\n", time_documents(&f, &o));
	o.imbalance = SK_IMBALANCE_SHOW;
	printf("sankey_100_nodes_300_links_unaccounted_us %.1f\n", time_documents(&f, &o));
	return 0;
}
