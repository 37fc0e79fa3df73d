/*
 * test_sankey.c - unit tests of the Sankey core: text form, options, the
 * canonical summing, cycles, balance, merging, limits, placement and the
 * SVG text.
 */
#include <stdlib.h>

#include "sankey/sankey.h"
#include "unit.h"

/* flows from their text form; NULL options when none */
static sk_flows
flows_of(const char *text, sk_options *o)
{
	sk_flows	f;
	sk_error	e = {0};
	char	   *opt;
	int32_t		optlen;
	sk_status	st;

	sk_flows_init(&f);
	st = sk_flows_parse(text, &f, &opt, &optlen, &e);
	CHECK(st == SK_OK, "parse %s: %s", text, e.message ? e.message : "?");
	sk_options_default(o);
	if (opt)
	{
		st = sk_options_parse(opt, optlen, o, &e);
		CHECK(st == SK_OK, "options %s: %s", opt, e.message ? e.message : "?");
	}
	return f;
}

/* layout status of text, with the error message in *msg */
static sk_status
layout_of(const char *text, sk_diagram *d, char **msg)
{
	sk_options	o;
	sk_flows	f = flows_of(text, &o);
	sk_error	e = {0};
	sk_status	st = sk_layout(&f, &o, d, &e);

	*msg = e.message;
	return st;
}

static char *
svg_of(const char *text)
{
	sk_options	o;
	sk_flows	f = flows_of(text, &o);
	sk_diagram	d;
	sk_error	e = {0};
	size_t		len;

	if (sk_layout(&f, &o, &d, &e) != SK_OK)
		return NULL;
	return sk_svg(&d, &o, &len);
}

static const sk_node *
node_named(const sk_diagram *d, const char *name)
{
	int			i;

	for (i = 0; i < d->nnodes; i++)
		if (d->nodes[i].kind == SK_NODE_PLAIN &&
			d->nodes[i].namelen == (int32_t) strlen(name) &&
			memcmp(d->nodes[i].name, name, strlen(name)) == 0)
			return &d->nodes[i];
	return NULL;
}

static const char *plant =
"options=\"unit=MMBtu/h, title=Boiler house\";"
"\"natural gas\"->\"boiler\":100; \"fuel oil\"->\"boiler\":8;"
"\"boiler\"->\"stack loss\":16.2; \"boiler\"->\"blowdown\":2.1; \"boiler\"->\"radiation\":1.3;"
"\"boiler\"->\"steam header\":88.4;"
"\"steam header\"->\"process heating\":41.5; \"steam header\"->\"space heating\":12.7;"
"\"steam header\"->\"deaerator\":9.6; \"steam header\"->\"trap losses\":4.3;"
"\"steam header\"->\"distribution losses\":3.1; \"steam header\"->\"absorption chiller\":17.2;"
"\"process heating\"->\"condensate return\":24.0; \"process heating\"->\"process losses\":17.5;"
"\"space heating\"->\"condensate return\":9.1; \"space heating\"->\"building losses\":3.6;"
"\"absorption chiller\"->\"cooling tower\":17.2;"
"\"deaerator\"->\"vent loss\":0.9; \"deaerator\"->\"feedwater heating\":8.7";

static void
test_format(void)
{
	char		b[64];
	double		vals[] = {0.1, 1.0 / 3, 12.5, 1e-300, 5e-324, 1.7976931348623157e308, 0.30000000000000004};
	size_t		i;

	for (i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
	{
		sk_format_exact(b, sizeof(b), vals[i]);
		CHECK(strtod(b, NULL) == vals[i], "exact %.17g -> %s", vals[i], b);
	}
	sk_format_exact(b, sizeof(b), 12.5);
	CHECK(strcmp(b, "12.5") == 0, "12.5 -> %s", b);
	sk_format_value(b, sizeof(b), 1234.56, 4);
	CHECK(strcmp(b, "1235") == 0, "1234.56 -> %s", b);
	sk_format_value(b, sizeof(b), 0.012345, 3);
	CHECK(strcmp(b, "0.0123") == 0, "0.012345 -> %s", b);
	sk_format_value(b, sizeof(b), 12.5, 4);
	CHECK(strcmp(b, "12.5") == 0, "12.5 (4 digits) -> %s", b);
	sk_format_value(b, sizeof(b), 100, 4);
	CHECK(strcmp(b, "100") == 0, "100 -> %s", b);
	sk_format_value(b, sizeof(b), 2.5e-7, 2);
	CHECK(strcmp(b, "2.5e-07") == 0, "2.5e-7 -> %s", b);
}

static void
test_text_form(void)
{
	sk_flows	f;
	sk_error	e = {0};
	char	   *opt;
	int32_t		optlen;
	const char *bad[] = {
		"\"a\"->\"b\"", "\"a\"->\"b\":", "\"a\"-\"b\":1", "a->\"b\":1",
		"\"a\"->\"b\":1;", "\"a\"->\"b\":1 x", "\"a->\"b\":1", "options=x",
		"\"a\"->\"b\":1; options=\"width=300\""
	};
	size_t		i;

	sk_flows_init(&f);
	CHECK(sk_flows_parse("  ", &f, &opt, &optlen, &e) == SK_OK && f.nflows == 0 && opt == NULL,
		  "blank text is no flows");
	CHECK(sk_flows_parse("options = \"title=\"\"A, B\"\"\" ; \"x \"\"y\"\";\"->\"<&>\" : 2.5e3;\"b\"->\"c\":0",
						 &f, &opt, &optlen, &e) == SK_OK, "parse: %s", e.message);
	CHECK(f.nflows == 2, "2 flows, got %d", f.nflows);
	CHECK(opt && strcmp(opt, "title=\"A, B\"") == 0, "options %s", opt ? opt : "NULL");
	CHECK(f.nflows == 2 && f.flows[0].src_len == 6 && memcmp(f.pool + f.flows[0].src_off, "x \"y\";", 6) == 0,
		  "quoted source name");
	CHECK(f.nflows == 2 && f.flows[0].tgt_len == 3 && memcmp(f.pool + f.flows[0].tgt_off, "<&>", 3) == 0,
		  "target name");
	CHECK(f.nflows == 2 && f.flows[0].value == 2500 && f.flows[1].value == 0, "values");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		sk_flows	g;

		sk_flows_init(&g);
		CHECK(sk_flows_parse(bad[i], &g, &opt, &optlen, &e) == SK_ERR_SYNTAX,
			  "%s must be a syntax error", bad[i]);
	}
	CHECK(sk_flows_parse("\"a\"->\"b\":-1", &f, &opt, &optlen, &e) == SK_ERR_VALUE, "negative");
	CHECK(sk_flows_parse("\"a\"->\"b\":nan", &f, &opt, &optlen, &e) == SK_ERR_VALUE, "NaN");
	CHECK(sk_flows_parse("\"a\"->\"b\":inf", &f, &opt, &optlen, &e) == SK_ERR_VALUE, "inf");
	CHECK(sk_flows_parse("\"\"->\"b\":1", &f, &opt, &optlen, &e) == SK_ERR_NAME, "empty name");
	CHECK(sk_flow_check("a", 1, "b", 1, 0) == SK_OK, "zero is a valid value");
}

static void
test_options(void)
{
	sk_options	o;
	sk_error	e = {0};
	const char *t = "width=1200, HEIGHT = 700 ,unit=kW,title=\"Plant 1, \"\"east\"\"\",min_fraction=0.02,"
		"max_nodes=50,max_links=100,imbalance=error,tolerance=1e-6,digits=3,percent=on";
	const char *bad_value[] = {"width=99", "width=abc", "max_nodes=0", "max_nodes=1.5",
		"max_links=100001", "min_fraction=2", "imbalance=maybe", "digits=0", "percent=yes",
	"colour=red"};
	const char *bad_syntax[] = {"width", "=3", "title=\"open", "title=\"a\" b"};
	size_t		i;

	sk_options_default(&o);
	CHECK(sk_options_parse(t, (int32_t) strlen(t), &o, &e) == SK_OK, "options: %s", e.message);
	CHECK(o.width == 1200 && o.height == 700 && strcmp(o.unit, "kW") == 0, "width, height, unit");
	CHECK(strcmp(o.title, "Plant 1, \"east\"") == 0, "title %s", o.title);
	CHECK(o.min_fraction == 0.02 && o.max_nodes == 50 && o.max_links == 100, "numbers");
	CHECK(o.imbalance == SK_IMBALANCE_ERROR && o.tolerance == 1e-6 && o.digits == 3 && o.percent == 1,
		  "imbalance, tolerance, digits, percent");
	for (i = 0; i < sizeof(bad_value) / sizeof(bad_value[0]); i++)
	{
		sk_options_default(&o);
		CHECK(sk_options_parse(bad_value[i], (int32_t) strlen(bad_value[i]), &o, &e) == SK_ERR_OPTION,
			  "%s must be refused", bad_value[i]);
	}
	sk_options_default(&o);
	t = "unit=kW, title=A, B";
	CHECK(sk_options_parse(t, (int32_t) strlen(t), &o, &e) == SK_ERR_SYNTAX &&
		  strcmp(e.message, "invalid sankey options: \"unit=kW, title=A, B\"") == 0,
		  "an unquoted comma: %s", e.message);
	for (i = 0; i < sizeof(bad_syntax) / sizeof(bad_syntax[0]); i++)
	{
		sk_options_default(&o);
		CHECK(sk_options_parse(bad_syntax[i], (int32_t) strlen(bad_syntax[i]), &o, &e) == SK_ERR_SYNTAX,
			  "%s must be a syntax error", bad_syntax[i]);
	}
}

/* every intermediate node balances; nodes of a layer do not overlap */
static void
check_diagram(const sk_diagram *d, const char *what)
{
	int			i,
				j;
	double		ky = -1;

	for (i = 0; i < d->nnodes; i++)
	{
		const sk_node *n = &d->nodes[i];
		double		in = 0,
					out = 0;

		for (j = 0; j < d->nlinks; j++)
		{
			if (d->links[j].tgt == i)
				in += d->links[j].value;
			if (d->links[j].src == i)
				out += d->links[j].value;
		}
		CHECK_REL(n->in, in, 1e-12, "node in = sum of links in");
		CHECK_REL(n->out, out, 1e-12, "node out = sum of links out");
		if (n->in > 0 && n->out > 0)
			CHECK_REL(n->in, n->out, 1e-9, "intermediate node balances");
		for (j = 0; j < d->nnodes; j++)
		{
			const sk_node *m = &d->nodes[j];
			double		ei = n->h > 15 ? n->h : 15,
						ej = m->h > 15 ? m->h : 15;
			double		ci = n->y + n->h / 2,
						cj = m->y + m->h / 2;

			if (j != i && m->layer == n->layer)
				CHECK(fabs(ci - cj) >= (ei + ej) / 2 - 1e-6,
					  "%s: nodes %d and %d overlap", what, i, j);
		}
		CHECK(n->y >= 0 && n->y + n->h <= d->height, "%s: node %d inside the canvas", what, i);
	}
	for (j = 0; j < d->nlinks; j++)
	{
		const sk_link *k = &d->links[j];

		CHECK(d->nodes[k->src].layer < d->nodes[k->tgt].layer, "%s: links go right", what);
		if (ky < 0)
			ky = k->w / k->value;
		CHECK_REL(k->w / k->value, ky, 1e-9, "link width proportional to flow");
	}
}

static void
test_plant(void)
{
	sk_diagram	d;
	char	   *msg;
	const sk_node *n;

	CHECK(layout_of(plant, &d, &msg) == SK_OK, "plant: %s", msg);
	CHECK(d.nnodes == 19 && d.nlinks == 19, "19 nodes, 19 links: %d %d", d.nnodes, d.nlinks);
	CHECK(d.nlayers == 5, "5 layers, got %d", d.nlayers);
	CHECK_REL(d.total, 108, 1e-15, "total input");
	n = node_named(&d, "boiler");
	CHECK(n && n->layer == 1 && fabs(n->in - 108) < 1e-12 && fabs(n->out - 108) < 1e-12, "boiler");
	n = node_named(&d, "condensate return");
	CHECK(n && n->layer == 4 && fabs(n->in - 33.1) < 1e-12 && n->out == 0, "condensate return");
	n = node_named(&d, "stack loss");
	CHECK(n && n->layer == 2, "stack loss next to the boiler");
	CHECK(d.unaccounted == 0, "the plant balances");
	check_diagram(&d, "plant");
}

static void
test_canonical(void)
{
	/* the same flows in three orders, duplicates split differently */
	const char *a = "\"s\"->\"m\":0.1;\"s\"->\"m\":0.2;\"s\"->\"m\":0.3;\"m\"->\"t\":0.6;\"m\"->\"u\":1e-17";
	const char *b = "\"m\"->\"u\":1e-17;\"s\"->\"m\":0.3;\"m\"->\"t\":0.6;\"s\"->\"m\":0.1;\"s\"->\"m\":0.2";
	const char *c = "\"s\"->\"m\":0.2;\"m\"->\"t\":0.6;\"s\"->\"m\":0.3;\"m\"->\"u\":1e-17;\"s\"->\"m\":0.1";
	char	   *sa = svg_of(a),
			   *sb = svg_of(b),
			   *sc = svg_of(c);
	sk_diagram	d;
	char	   *msg;

	CHECK(sa && sb && sc && strcmp(sa, sb) == 0 && strcmp(sa, sc) == 0,
		  "the SVG does not depend on the order of the flows");
	CHECK(layout_of(b, &d, &msg) == SK_OK && d.nlinks == 3, "duplicates summed: %d links", d.nlinks);
	/* (0.1 + 0.2) + 0.3 in value order */
	/* nodes m, s, t, u: links m->t, m->u, s->m */
	CHECK(d.nlinks == 3 && d.links[2].value == (0.1 + 0.2) + 0.3, "sum in value order: %.17g",
		  d.links[2].value);
}

static void
test_cycles(void)
{
	sk_diagram	d;
	char	   *msg;

	CHECK(layout_of("\"fuel\"->\"boiler\":10;\"boiler\"->\"header\":9;\"header\"->\"boiler\":2;\"header\"->\"users\":7",
					&d, &msg) == SK_ERR_CYCLE, "cycle");
	CHECK(msg && strcmp(msg, "circular flow in Sankey diagram: boiler -> header -> boiler") == 0,
		  "cycle named: %s", msg ? msg : "NULL");
	CHECK(layout_of("\"a\"->\"b\":1;\"b\"->\"c\":1;\"c\"->\"d\":1;\"d\"->\"b\":1", &d, &msg) == SK_ERR_CYCLE &&
		  msg && strcmp(msg, "circular flow in Sankey diagram: b -> c -> d -> b") == 0,
		  "3-cycle named: %s", msg ? msg : "NULL");
	CHECK(layout_of("\"a\"->\"a\":1", &d, &msg) == SK_ERR_CYCLE &&
		  msg && strcmp(msg, "circular flow in Sankey diagram: a -> a") == 0,
		  "self-loop named: %s", msg ? msg : "NULL");
	/* a zero flow does not close a cycle */
	CHECK(layout_of("\"a\"->\"b\":1;\"b\"->\"a\":0", &d, &msg) == SK_OK, "zero flow ignored");
	CHECK(d.nnodes == 2 && d.nlinks == 1, "zero flow drawn as nothing");
}

static void
test_balance(void)
{
	sk_diagram	d;
	char	   *msg;
	const sk_node *n;

	/* header: in 10, out 7 -> 3 unaccounted out; user: in 7, out 8 -> 1 in */
	CHECK(layout_of("\"fuel\"->\"header\":10;\"header\"->\"user\":7;\"user\"->\"loss\":8", &d, &msg) == SK_OK,
		  "imbalance shown: %s", msg);
	CHECK(d.unaccounted == 2 && d.nnodes == 6 && d.nlinks == 5, "two unaccounted flows: %d nodes %d links",
		  d.nnodes, d.nlinks);
	n = node_named(&d, "header");
	CHECK(n && n->in == 10 && n->out == 10, "header closes");
	n = node_named(&d, "user");
	CHECK(n && n->in == 8 && n->out == 8, "user closes");
	CHECK_REL(d.total, 11, 1e-15, "total input includes the unaccounted source");
	check_diagram(&d, "imbalance");
	CHECK(layout_of("options=\"imbalance=error\";\"fuel\"->\"header\":10;\"header\"->\"user\":7",
					&d, &msg) == SK_ERR_IMBALANCE, "imbalance error");
	CHECK(msg && strcmp(msg, "flows do not balance at node \"header\": in 10, out 7") == 0,
		  "imbalance message: %s", msg ? msg : "NULL");
	CHECK(layout_of("options=\"imbalance=ignore\";\"fuel\"->\"header\":10;\"header\"->\"user\":7",
					&d, &msg) == SK_OK && d.nnodes == 3 && d.unaccounted == 0, "imbalance ignored");
	CHECK(layout_of("options=\"tolerance=0.5\";\"fuel\"->\"header\":10;\"header\"->\"user\":7",
					&d, &msg) == SK_OK && d.nnodes == 3, "imbalance within tolerance");
}

static void
test_merge_and_limits(void)
{
	sk_diagram	d;
	char	   *msg;
	const sk_node *n;
	int			i,
				others = 0;

	/*
	 * total 100; small (< 5): sinks l1, l2, l3 of layer 2 (3 merge), sink
	 * tiny of layer 1 (alone: kept), sources e1, e2 (merge)
	 */
	const char *t = "options=\"min_fraction=0.05\";"
		"\"gas\"->\"boiler\":95;\"e1\"->\"boiler\":2;\"e2\"->\"boiler\":3;"
		"\"boiler\"->\"tiny\":1;\"boiler\"->\"header\":99;"
		"\"header\"->\"use\":90;\"header\"->\"l1\":4;\"header\"->\"l2\":3;\"header\"->\"l3\":2";

	CHECK(layout_of(t, &d, &msg) == SK_OK, "merge: %s", msg);
	CHECK(d.merged_sources == 2 && d.merged_sinks == 3, "merged %d sources, %d sinks",
		  d.merged_sources, d.merged_sinks);
	CHECK(d.nnodes == 7, "gas, other, boiler, tiny, header, use, other: %d", d.nnodes);
	n = node_named(&d, "tiny");
	CHECK(n != NULL, "a lone small sink stays");
	for (i = 0; i < d.nnodes; i++)
		if (d.nodes[i].kind == SK_NODE_OTHER)
		{
			others++;
			if (d.nodes[i].in == 0)
				CHECK(d.nodes[i].out == 5 && d.nodes[i].merged == 2 && d.nodes[i].layer == 0,
					  "other source: 2 + 3");
			else
				CHECK(d.nodes[i].in == 9 && d.nodes[i].merged == 3 && d.nodes[i].layer == 3,
					  "other sink: 4 + 3 + 2");
		}
	CHECK(others == 2, "two other nodes");
	check_diagram(&d, "merge");

	CHECK(layout_of("options=\"max_nodes=3\";\"a\"->\"b\":2;\"b\"->\"c\":1;\"b\"->\"d\":1", &d, &msg) == SK_ERR_LIMIT,
		  "too many nodes");
	CHECK(msg && strcmp(msg, "Sankey diagram has 4 nodes, more than max_nodes = 3") == 0,
		  "limit message: %s", msg ? msg : "NULL");
	CHECK(layout_of("options=\"max_links=2\";\"a\"->\"b\":1;\"b\"->\"c\":1;\"b\"->\"d\":1;\"a\"->\"b\":1", &d, &msg) == SK_ERR_LIMIT &&
		  msg && strcmp(msg, "Sankey diagram has 3 links, more than max_links = 2") == 0,
		  "links limit: %s", msg ? msg : "NULL");
	CHECK(layout_of("options=\"max_links=3, max_nodes=4\";\"a\"->\"b\":2;\"b\"->\"c\":1;\"b\"->\"d\":1", &d, &msg) == SK_OK,
		  "at the limits");
}

static void
test_svg(void)
{
	char	   *s = svg_of("options=\"title=<A & B>, unit=\"\"M,W\"\"\";\"a<b\"->\"c&d\":1;\"c&d\"->\"'e'\":1;\"x\"\"y\"->\"z\":1");
	char	   *e = svg_of("\"a\"->\"b\":0");

	CHECK(s != NULL, "svg");
	if (s)
	{
		CHECK(strncmp(s, "<svg xmlns=\"http://www.w3.org/2000/svg\"", 39) == 0, "svg root");
		CHECK(strstr(s, "<title>&lt;A &amp; B&gt;</title>") != NULL, "title escaped");
		CHECK(strstr(s, "data-name=\"a&lt;b\"") != NULL, "name escaped in attribute");
		CHECK(strstr(s, ">c&amp;d 1 M,W</text>") != NULL, "label escaped");
		CHECK(strstr(s, "&apos;e&apos;") != NULL, "apostrophe escaped");
		CHECK(strstr(s, "data-name=\"x&quot;y\"") != NULL, "quote escaped");
		CHECK(strstr(s, "<b") == NULL && strstr(s, "& ") == NULL, "no raw specials");
		CHECK(strcmp(s + strlen(s) - 6, "</svg>") == 0, "closed, no newline after");
	}
	CHECK(e && strstr(e, "no flows above zero") != NULL, "zero flows: an empty diagram");
}

/* a very long name does not stretch the document without bound */
static void
test_long_label(void)
{
	char	   *text = malloc(4000);
	sk_diagram	d;
	char	   *msg;
	int			i;

	strcpy(text, "\"");
	for (i = 0; i < 3000; i++)
		strcat(text, "x");
	strcat(text, "\"->\"b\":1;\"b\"->\"c\":1");
	CHECK(layout_of(text, &d, &msg) == SK_OK, "long name: %s", msg);
	CHECK(d.width < 2000, "width %.0f stays bounded", d.width);
	free(text);
	CHECK(layout_of("options=\"width=200, title=A title of some fifty characters give or take\";\"a\"->\"b\":1",
					&d, &msg) == SK_OK && d.width >= 45 * 10 + 24, "the title widens the document: %.0f", d.width);
}

int
main(void)
{
	unit_name = "test_sankey";
	test_format();
	test_text_form();
	test_options();
	test_plant();
	test_canonical();
	test_cycles();
	test_balance();
	test_merge_and_limits();
	test_svg();
	test_long_label();
	return unit_done();
}
