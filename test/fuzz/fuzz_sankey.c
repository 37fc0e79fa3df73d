/*
 * fuzz_sankey - sankey/sankey.h: the text form of sankey_flows and the
 * options text.
 *
 * The first byte chooses: even, the flows text (then the options it
 * carries); odd, an options text on its own (not NUL-terminated).
 * Properties: flows parsed have finite values that are not negative and
 * names that are not empty, inside the pool; printed again as the type's
 * output function prints them (canonical order, names quoted, quotes
 * doubled, shortest values) they parse back to the same flows and options,
 * and that text is already canonical (it prints the same again); when the
 * options are valid, a layout either fails with a status or gives an SVG
 * with no NaN or Infinity and labels inside the width asked for.  Options parsed
 * have finite sizes and fractions, settings inside their documented
 * ranges, and NUL-terminated unit and title.
 */
#include "fuzz.h"
#include "base/alloc.h"
#include "sankey/sankey.h"

/* text grown by malloc */
typedef struct out
{
	char	   *s;
	size_t		len,
				cap;
} out;

static void
put(out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap)
	{
		o->cap = 2 * (o->len + n + 1);
		o->s = realloc(o->s, o->cap);
		if (o->s == NULL)
			abort();
	}
	memcpy(o->s + o->len, s, n);
	o->len += n;
	o->s[o->len] = '\0';
}

static void
put_quoted(out *o, const char *s, size_t n)
{
	size_t		i;

	put(o, "\"", 1);
	for (i = 0; i < n; i++)
	{
		if (s[i] == '"')
			put(o, "\"", 1);
		put(o, s + i, 1);
	}
	put(o, "\"", 1);
}

/* the text of the type's output function (sankey_pg.c): canonical order in order[] */
static char *
print_flows(const gl_sankey_flows *f, int32_t *order)
{
	out			o = {0};
	int32_t		i;

	FZ_CHECK(gl_sankey_flows_order(f, order), "ordered");

	put(&o, "", 0);
	if (f->optlen > 0)
	{
		put(&o, "options=", 8);
		put_quoted(&o, f->options, (size_t) f->optlen);
	}
	for (i = 0; i < f->nflows; i++)
	{
		const gl_sankey_flow *fl = &f->flows[order[i]];
		char		num[FZ_DTOA_LEN];

		if (o.len > 0)
			put(&o, "; ", 2);
		put_quoted(&o, f->pool + fl->src_off, (size_t) fl->src_len);
		put(&o, "->", 2);
		put_quoted(&o, f->pool + fl->tgt_off, (size_t) fl->tgt_len);
		put(&o, ":", 1);
		fz_dtoa(fl->value, num);
		put(&o, num, strlen(num));
	}
	return o.s;
}

static void
check_options(const gl_sankey_options *o)
{
	FZ_CHECK(o->width >= 100 && o->width <= 20000 && o->height >= 100 && o->height <= 20000,
			 "size %g x %g", o->width, o->height);
	FZ_CHECK(isfinite(o->min_fraction) && o->min_fraction >= 0 && o->min_fraction <= 1,
			 "min_fraction %g", o->min_fraction);
	FZ_CHECK(isfinite(o->tolerance) && o->tolerance >= 0 && o->tolerance <= 1,
			 "tolerance %g", o->tolerance);
	FZ_CHECK(o->max_nodes >= 1 && o->max_nodes <= GL_SANKEY_HARD_MAX_NODES, "max_nodes %d", o->max_nodes);
	FZ_CHECK(o->max_links >= 1 && o->max_links <= GL_SANKEY_HARD_MAX_LINKS, "max_links %d", o->max_links);
	FZ_CHECK(o->digits >= 1 && o->digits <= 15, "digits %d", o->digits);
	FZ_CHECK(o->unit != NULL && o->title != NULL, "unit, title");
	FZ_CHECK(strlen(o->unit) < 1u << 20 && strlen(o->title) < 1u << 20, "unit, title length");
}

/* a layout fails with a status, or draws finite coordinates inside the width */
static void
draw(const gl_sankey_flows *f, const gl_sankey_options *o)
{
	gl_sankey_diagram d;
	gl_sankey_error err;
	char	   *svg = NULL;
	size_t		len = 0;
	int			i;

	if (gl_sankey_layout(f, o, &d, &err) != GL_SANKEY_OK)
		return;
	for (i = 0; i < d.nnodes; i++)
	{
		const gl_sankey_node *n = &d.nodes[i];

		FZ_CHECK(isfinite(n->x) && isfinite(n->y) && isfinite(n->h), "node %d not finite", i);
		FZ_CHECK(n->x + 14 + 6 + n->label_w <= d.width - 12 + 1e-6, "node %d's label passes the width", i);
	}
	for (i = 0; i < d.nlinks; i++)
		FZ_CHECK(isfinite(d.links[i].sy) && isfinite(d.links[i].ty) && isfinite(d.links[i].w),
				 "link %d not finite", i);
	FZ_CHECK(isfinite(d.width) && isfinite(d.height), "size");
	if (gl_sankey_write_svg(&d, o, 0, &svg, &len) == GL_SANKEY_OK)
	{
		FZ_CHECK(strlen(svg) == len, "the SVG has a NUL byte inside");
		gl_free(svg);
	}
	gl_sankey_diagram_free(&d);
}

static void
flows(const char *s)
{
	gl_sankey_flows f,
				g;
	gl_sankey_error err;
	gl_sankey_options o;
	gl_sankey_status st;
	char	   *text,
			   *again;
	int32_t		i,
			   *order,
			   *order2;

	gl_sankey_flows_init(&f);
	if (gl_sankey_flows_parse(s, &f, &err) != GL_SANKEY_OK)
	{
		gl_sankey_flows_free(&f);
		return;
	}
	for (i = 0; i < f.nflows; i++)
	{
		const gl_sankey_flow *fl = &f.flows[i];

		FZ_CHECK(isfinite(fl->value) && fl->value >= 0, "flow %d value %g", i, fl->value);
		FZ_CHECK(fl->src_len > 0 && fl->tgt_len > 0, "flow %d empty name", i);
		FZ_CHECK(fl->src_off >= 0 && fl->src_off + fl->src_len <= f.poollen &&
				 fl->tgt_off >= 0 && fl->tgt_off + fl->tgt_len <= f.poollen, "flow %d names", i);
	}
	order = malloc(sizeof(int32_t) * ((size_t) f.nflows + 1));
	order2 = malloc(sizeof(int32_t) * ((size_t) f.nflows + 1));
	text = print_flows(&f, order);
	gl_sankey_flows_init(&g);
	st = gl_sankey_flows_parse(text, &g, &err);
	FZ_CHECK(st == GL_SANKEY_OK, "printed as \"%.300s\" does not parse: %d", text, (int) st);
	FZ_CHECK(g.nflows == f.nflows && g.optlen == f.optlen &&
			 (f.optlen == 0 || memcmp(f.options, g.options, (size_t) f.optlen) == 0),
			 "\"%.300s\" reads back other flows or options", text);
	for (i = 0; i < f.nflows; i++)
	{
		const gl_sankey_flow *a = &f.flows[order[i]],
				   *b = &g.flows[i];

		FZ_CHECK(fz_same_double(a->value, b->value) &&
				 a->src_len == b->src_len && a->tgt_len == b->tgt_len &&
				 memcmp(f.pool + a->src_off, g.pool + b->src_off, (size_t) a->src_len) == 0 &&
				 memcmp(f.pool + a->tgt_off, g.pool + b->tgt_off, (size_t) a->tgt_len) == 0,
				 "flow %d of \"%.300s\"", i, text);
	}
	again = print_flows(&g, order2);
	FZ_CHECK(strcmp(text, again) == 0, "\"%.300s\" is not canonical: \"%.300s\"", text, again);
	gl_sankey_options_default(&o);
	if (gl_sankey_options_of(&f, &o, &err) == GL_SANKEY_OK)
	{
		check_options(&o);
		if (f.nflows <= 64)
			draw(&f, &o);
	}
	gl_sankey_options_free(&o);
	free(again);
	free(order);
	free(order2);
	free(text);
	gl_sankey_flows_free(&f);
	gl_sankey_flows_free(&g);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
	{
		gl_sankey_options o;
		gl_sankey_error err;
		char	   *s = fz_bytes(data + 1, size - 1);

		gl_sankey_options_default(&o);
		if (gl_sankey_options_parse(s, (int32_t) (size - 1), &o, &err) == GL_SANKEY_OK)
			check_options(&o);
		gl_sankey_options_free(&o);
		free(s);
	}
	else
	{
		char	   *s = fz_cstr(data + 1, size - 1);

		flows(s);
		free(s);
	}
	return 0;
}
