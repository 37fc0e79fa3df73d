/*
 * test_sankey.c - unit tests of the Sankey core: the status table and the
 * texts it makes, the text form, options, the canonical summing, cycles,
 * balance, merging, limits, placement, interrupts and the SVG text.  Every
 * test frees what it made, so that valgrind --leak-check=full shows no
 * leak.
 */
#include <stdlib.h>

#include "base/alloc.h"
#include "sankey/sankey.h"
#include "sankey/sankey_int.h"
#include "unit.h"

/* the message (0), detail (1) or hint (2) that status st of err makes */
static const char *
text_of(gl_sankey_status st, const gl_sankey_error *err, int which)
{
	static char bufs[4][1100];
	static int	next;
	char	   *buf = bufs[next++ % 4];
	const gl_status *s = gl_status_find(&gl_sankey_statuses, st);
	const char *tmpl;

	if (s == NULL)
		return "(no descriptor)";
	tmpl = which == 0 ? s->message : which == 1 ? s->detail : s->hint;
	if (tmpl == NULL)
		return "(none)";
	return gl_status_format(buf, sizeof(buf[0]) * 1100, tmpl, s, &err->args);
}

/* a text form parsed, its options, its layout: what a test looks at */
typedef struct laid
{
	gl_sankey_flows f;
	gl_sankey_options o;
	gl_sankey_diagram d;
	gl_sankey_error e;
	gl_sankey_status st;		/* of the parse, the options or the layout */
} laid;

static gl_sankey_status
lay(laid *l, const char *text)
{
	memset(l, 0, sizeof(*l));
	gl_sankey_flows_init(&l->f);
	gl_sankey_options_default(&l->o);
	l->st = gl_sankey_flows_parse(text, &l->f, &l->e);
	if (l->st == GL_SANKEY_OK)
		l->st = gl_sankey_options_of(&l->f, &l->o, &l->e);
	if (l->st == GL_SANKEY_OK)
		l->st = gl_sankey_layout(&l->f, &l->o, &l->d, &l->e);
	return l->st;
}

static const char *
lay_message(const laid *l)
{
	return l->st == GL_SANKEY_OK ? "(ok)" : text_of(l->st, &l->e, 0);
}

static void
unlay(laid *l)
{
	gl_sankey_diagram_free(&l->d);
	gl_sankey_options_free(&l->o);
	gl_sankey_flows_free(&l->f);
}

/* the SVG of text, or NULL; the caller frees it with gl_free */
static char *
svg_of(const char *text)
{
	laid		l;
	char	   *svg = NULL;
	size_t		len;

	if (lay(&l, text) == GL_SANKEY_OK &&
		gl_sankey_write_svg(&l.d, &l.o, 0, &svg, &len) != GL_SANKEY_OK)
		svg = NULL;
	unlay(&l);
	return svg;
}

static const gl_sankey_node *
node_named(const gl_sankey_diagram *d, const char *name)
{
	int			i;

	for (i = 0; i < d->nnodes; i++)
		if (d->nodes[i].kind == GL_SANKEY_NODE_PLAIN &&
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
test_status_table(void)
{
	const char *why = gl_status_table_check(&gl_sankey_statuses);
	int			st;

	CHECK(why == NULL, "sankey's status table: %s", why ? why : "");
	for (st = GL_SANKEY_NOMEM; st <= GL_SANKEY_SUM_TOO_LARGE; st++)
		CHECK(gl_status_find(&gl_sankey_statuses, st) != NULL, "status %d has a descriptor", st);
	CHECK(gl_sankey_statuses.n == GL_SANKEY_SUM_TOO_LARGE, "one descriptor a status: %d",
		  gl_sankey_statuses.n);
}

static void
test_format(void)
{
	char		b[64];
	double		vals[] = {0.1, 1.0 / 3, 12.5, 1e-300, 5e-324, 1.7976931348623157e308, 0.30000000000000004};
	size_t		i;

	for (i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
	{
		gl_sankey_format_exact(b, sizeof(b), vals[i]);
		CHECK(strtod(b, NULL) == vals[i], "exact %.17g -> %s", vals[i], b);
	}
	gl_sankey_format_exact(b, sizeof(b), 12.5);
	CHECK(strcmp(b, "12.5") == 0, "12.5 -> %s", b);
	gl_sankey_format_value(b, sizeof(b), 1234.56, 4, false);
	CHECK(strcmp(b, "1235") == 0, "1234.56 -> %s", b);
	gl_sankey_format_value(b, sizeof(b), 0.012345, 3, false);
	CHECK(strcmp(b, "0.0123") == 0, "0.012345 -> %s", b);
	gl_sankey_format_value(b, sizeof(b), 12.5, 4, false);
	CHECK(strcmp(b, "12.5") == 0, "12.5 (4 digits) -> %s", b);
	gl_sankey_format_value(b, sizeof(b), 100, 4, false);
	CHECK(strcmp(b, "100") == 0, "100 -> %s", b);
	gl_sankey_format_value(b, sizeof(b), 2.5e-7, 2, false);
	CHECK(strcmp(b, "2.5e-07") == 0, "2.5e-7 -> %s", b);
}

static void
test_text_form(void)
{
	gl_sankey_flows f;
	gl_sankey_error e;
	gl_sankey_status st;
	const char *bad[] = {
		"\"a\"->\"b\"", "\"a\"->\"b\":", "\"a\"-\"b\":1", "a->\"b\":1",
		"\"a\"->\"b\":1;", "\"a\"->\"b\":1 x", "\"a->\"b\":1", "options=x",
		"\"a\"->\"b\":1; options=\"width=300\"", "\"a\"->\"b\":nan",
		"\"a\"->\"b\":inf", "\"a\"->\"b\":0x10", "options \"x=1\""
	};
	size_t		i;

	gl_sankey_flows_init(&f);
	CHECK(gl_sankey_flows_parse("  ", &f, &e) == GL_SANKEY_OK && f.nflows == 0 && f.optlen == 0,
		  "blank text is no flows");
	CHECK(gl_sankey_flows_parse("options = \"title=\"\"A, B\"\"\" ; \"x \"\"y\"\";\"->\"<&>\" : 2.5e3;\"b\"->\"c\":0",
								&f, &e) == GL_SANKEY_OK, "parse");
	CHECK(f.nflows == 2, "2 flows, got %d", f.nflows);
	CHECK(f.optlen == 12 && memcmp(f.options, "title=\"A, B\"", 12) == 0, "options");
	CHECK(f.nflows == 2 && f.flows[0].src_len == 6 && memcmp(f.pool + f.flows[0].src_off, "x \"y\";", 6) == 0,
		  "quoted source name");
	CHECK(f.nflows == 2 && f.flows[0].tgt_len == 3 && memcmp(f.pool + f.flows[0].tgt_off, "<&>", 3) == 0,
		  "target name");
	CHECK(f.nflows == 2 && f.flows[0].value == 2500 && f.flows[1].value == 0, "values");
	gl_sankey_flows_free(&f);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		gl_sankey_flows g;

		gl_sankey_flows_init(&g);
		st = gl_sankey_flows_parse(bad[i], &g, &e);
		CHECK(gl_status_find(&gl_sankey_statuses, st) != NULL &&
			  gl_status_find(&gl_sankey_statuses, st)->kind == GL_ERR_TEXT,
			  "%s must be a syntax error, not %d", bad[i], st);
		gl_sankey_flows_free(&g);
	}

	/* the texts, with the character counted from 1 */
	gl_sankey_flows_init(&f);
	st = gl_sankey_flows_parse("\"a\"->\"b\"", &f, &e);
	CHECK(st == GL_SANKEY_TEXT_COLON &&
		  strcmp(text_of(st, &e, 0), "invalid input syntax for type sankey_flows: \"\"a\"->\"b\"\"") == 0 &&
		  strcmp(text_of(st, &e, 1), "Expected \":\" before the value at character 9.") == 0,
		  "colon: %s / %s", text_of(st, &e, 0), text_of(st, &e, 1));
	st = gl_sankey_flows_parse("\"a\"->\"b\":1; \"c\"->\"d\":1 x", &f, &e);
	CHECK(st == GL_SANKEY_TEXT_END &&
		  strcmp(text_of(st, &e, 1), "Expected \";\" or the end at character 24.") == 0,
		  "end at 24 (not 2.4e+01): %s", text_of(st, &e, 1));
	st = gl_sankey_flows_parse("\"a\"->\"b\":1e999", &f, &e);
	CHECK(st == GL_SANKEY_TEXT_NUMBER_RANGE &&
		  strcmp(text_of(st, &e, 1), "\"1e999\" is too large for a double precision number.") == 0,
		  "number range: %s", text_of(st, &e, 1));
	gl_sankey_flows_free(&f);
}

/* one flow value, the same status and texts from text and from arguments */
static void
test_bad_flows(void)
{
	gl_sankey_flows f;
	gl_sankey_error e,
				e2;
	gl_sankey_status st,
				st2;

	gl_sankey_flows_init(&f);
	st = gl_sankey_flows_parse("\"a\"->\"b\":-1", &f, &e);
	st2 = gl_sankey_flow_check("a", 1, "b", 1, -1, &e2);
	CHECK(st == GL_SANKEY_VALUE_NEGATIVE && st2 == st, "negative: %d %d", st, st2);
	CHECK(strcmp(text_of(st, &e, 0), "value must be zero or more, not -1") == 0 &&
		  strcmp(text_of(st, &e, 0), text_of(st2, &e2, 0)) == 0 &&
		  strcmp(text_of(st, &e, 1), "The flow is from \"a\" to \"b\".") == 0 &&
		  strcmp(text_of(st, &e, 1), text_of(st2, &e2, 1)) == 0,
		  "negative texts: %s / %s", text_of(st, &e, 0), text_of(st, &e, 1));
	st = gl_sankey_flows_parse("\"boiler\"->\"stack loss\":-160", &f, &e);
	CHECK(strcmp(text_of(st, &e, 0), "value must be zero or more, not -160") == 0,
		  "an integer value in full: %s", text_of(st, &e, 0));
	st = gl_sankey_flow_check("a", 1, "b", 1, NAN, &e);
	CHECK(st == GL_SANKEY_VALUE_NONFINITE &&
		  strcmp(text_of(st, &e, 0), "value must be a finite number, not NaN") == 0, "NaN: %s",
		  text_of(st, &e, 0));
	st = gl_sankey_flow_check("a", 1, "b", 1, -INFINITY, &e);
	CHECK(st == GL_SANKEY_VALUE_NONFINITE &&
		  strcmp(text_of(st, &e, 0), "value must be a finite number, not -Infinity") == 0,
		  "-Infinity: %s", text_of(st, &e, 0));
	st = gl_sankey_flows_parse("\"\"->\"b\":1", &f, &e);
	st2 = gl_sankey_flow_check("", 0, "b", 1, 1, &e2);
	CHECK(st == GL_SANKEY_EMPTY_NAME && st2 == st &&
		  strcmp(text_of(st, &e, 0), "source must be a non-empty name, not \"\"") == 0 &&
		  strcmp(text_of(st, &e, 1), "The flow of 1 has source \"\" and target \"b\".") == 0 &&
		  strcmp(text_of(st, &e, 2), text_of(st2, &e2, 2)) == 0,
		  "empty source: %s / %s", text_of(st, &e, 0), text_of(st, &e, 1));
	st = gl_sankey_flow_check("a", 1, "", 0, 2, &e);
	CHECK(st == GL_SANKEY_EMPTY_NAME &&
		  strcmp(text_of(st, &e, 0), "target must be a non-empty name, not \"\"") == 0 &&
		  strcmp(text_of(st, &e, 2), "Name the node, e.g. COALESCE(NULLIF(target, ''), 'unnamed'), or filter the row out.") == 0,
		  "empty target: %s", text_of(st, &e, 0));
	CHECK(gl_sankey_flow_check("a", 1, "b", 1, 0, &e) == GL_SANKEY_OK, "zero is a valid value");
	gl_sankey_flows_free(&f);

	/* the list is full: no memory is touched before the limit is checked */
	gl_sankey_flows_init(&f);
	f.nflows = f.maxflows = GL_SANKEY_MAX_FLOWS;
	st = gl_sankey_flows_add(&f, "a", 1, "b", 1, 1, &e);
	CHECK(st == GL_SANKEY_TOO_MANY_FLOWS &&
		  strcmp(text_of(st, &e, 0), "sankey_flows too large: more than 8388608 flows or 768 MB of node names") == 0,
		  "too many flows: %s", text_of(st, &e, 0));
	gl_sankey_flows_init(&f);
	f.poollen = f.maxpool = GL_SANKEY_MAX_POOL - 1;
	CHECK(gl_sankey_flows_add(&f, "a", 1, "b", 1, 1, &e) == GL_SANKEY_TOO_MANY_FLOWS,
		  "too many names");
	gl_sankey_flows_init(&f);
}

static void
test_options(void)
{
	gl_sankey_options o;
	gl_sankey_error e;
	gl_sankey_status st;
	const char *t = "width=1200, HEIGHT = 700 ,unit=kW,title=\"Plant 1, \"\"east\"\"\",min_fraction=0.02,"
		"max_nodes=50,max_links=100,imbalance=Error,tolerance=1e-6,digits=3,percent=on";
	const char *bad_value[] = {"width=99", "width=abc", "width=0x200", "max_nodes=0", "max_nodes=1.5",
		"max_links=100001", "min_fraction=2", "imbalance=maybe", "digits=0", "percent=yes",
	"colour=red", "tolerance=nan"};
	const char *bad_syntax[] = {"width", "=3", "title=\"open", "title=\"a\" b", "width=200,,height=200"};
	size_t		i;

	gl_sankey_options_default(&o);
	CHECK(gl_sankey_options_parse(t, (int32_t) strlen(t), &o, &e) == GL_SANKEY_OK, "options");
	CHECK(o.width == 1200 && o.height == 700 && strcmp(o.unit, "kW") == 0, "width, height, unit");
	CHECK(strcmp(o.title, "Plant 1, \"east\"") == 0, "title %s", o.title);
	CHECK(o.min_fraction == 0.02 && o.max_nodes == 50 && o.max_links == 100, "numbers");
	CHECK(o.imbalance == GL_SANKEY_IMBALANCE_ERROR && o.tolerance == 1e-6 && o.digits == 3 && o.percent == 1,
		  "imbalance, tolerance, digits, percent");
	gl_sankey_options_free(&o);
	t = "Min-Fraction=0.5, imbalance = ignore , percent=TRUE";
	CHECK(gl_sankey_options_parse(t, (int32_t) strlen(t), &o, &e) == GL_SANKEY_OK &&
		  o.min_fraction == 0.5 && o.imbalance == GL_SANKEY_IMBALANCE_IGNORE && o.percent == 1,
		  "the one name rule for keys and names");
	gl_sankey_options_free(&o);
	for (i = 0; i < sizeof(bad_value) / sizeof(bad_value[0]); i++)
	{
		gl_sankey_options_default(&o);
		st = gl_sankey_options_parse(bad_value[i], (int32_t) strlen(bad_value[i]), &o, &e);
		CHECK(st >= GL_SANKEY_OPTION_UNKNOWN && st <= GL_SANKEY_OPTION_PERCENT,
			  "%s must be refused, not %d", bad_value[i], st);
		CHECK(o.buf == NULL && strcmp(o.unit, "") == 0, "refused options hold nothing");
	}
	st = gl_sankey_options_parse("max_nodes=0", 11, &o, &e);
	CHECK(strcmp(text_of(st, &e, 0), "sankey option max_nodes must be an integer between 1 and 10000, not \"0\"") == 0,
		  "max_nodes: %s", text_of(st, &e, 0));
	st = gl_sankey_options_parse("height=\"5\"", 10, &o, &e);
	CHECK(strcmp(text_of(st, &e, 0), "sankey option height must be a number of pixels between 100 and 20000, not \"5\"") == 0,
		  "height, quoted: %s", text_of(st, &e, 0));
	st = gl_sankey_options_parse("colour=red", 10, &o, &e);
	CHECK(st == GL_SANKEY_OPTION_UNKNOWN &&
		  strcmp(text_of(st, &e, 0), "unknown sankey option \"colour\" for options") == 0 &&
		  strcmp(text_of(st, &e, 2), "Valid names: \"width\", \"height\", \"unit\", \"title\", \"min_fraction\", "
				 "\"max_nodes\", \"max_links\", \"imbalance\", \"tolerance\", \"digits\", \"percent\", "
				 "\"numbers\" or \"losses\" "
				 "(case and \"_\" or \"-\" do not matter).") == 0,
		  "unknown: %s / %s", text_of(st, &e, 0), text_of(st, &e, 2));
	gl_sankey_options_default(&o);
	t = "unit=kW, title=A, B";
	st = gl_sankey_options_parse(t, (int32_t) strlen(t), &o, &e);
	CHECK(st == GL_SANKEY_OPTIONS_NO_EQUALS &&
		  strcmp(text_of(st, &e, 0), "invalid sankey options: \"unit=kW, title=A, B\"") == 0 &&
		  strcmp(text_of(st, &e, 1), "Expected \"=\" after the option name at character 20.") == 0,
		  "an unquoted comma: %s / %s", text_of(st, &e, 0), text_of(st, &e, 1));
	for (i = 0; i < sizeof(bad_syntax) / sizeof(bad_syntax[0]); i++)
	{
		gl_sankey_options_default(&o);
		st = gl_sankey_options_parse(bad_syntax[i], (int32_t) strlen(bad_syntax[i]), &o, &e);
		CHECK(st >= GL_SANKEY_OPTIONS_NO_NAME && st <= GL_SANKEY_OPTIONS_AFTER_QUOTE,
			  "%s must be a syntax error, not %d", bad_syntax[i], st);
	}
	CHECK(gl_sankey_same_options("a", 1, "a", 1, &e) == GL_SANKEY_OK &&
		  gl_sankey_same_options("", 0, "", 0, &e) == GL_SANKEY_OK, "same options");
	st = gl_sankey_same_options(NULL, 0, "width=500", 9, &e);
	CHECK(st == GL_SANKEY_OPTIONS_DIFFER &&
		  strcmp(text_of(st, &e, 0), "options must be the same in every row, not \"\" and \"width=500\"") == 0,
		  "options differ: %s", text_of(st, &e, 0));
}

/* every intermediate node balances; nodes of a layer do not overlap */
static void
check_diagram(const gl_sankey_diagram *d, const char *what)
{
	int			i,
				j;
	double		ky = -1;

	for (i = 0; i < d->nnodes; i++)
	{
		const gl_sankey_node *n = &d->nodes[i];
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
			const gl_sankey_node *m = &d->nodes[j];
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
		const gl_sankey_link *k = &d->links[j];

		CHECK(d->nodes[k->src].layer < d->nodes[k->tgt].layer, "%s: links go right", what);
		if (ky < 0)
			ky = k->w / k->value;
		CHECK_REL(k->w / k->value, ky, 1e-9, "link width proportional to flow");
	}
}

static void
test_plant(void)
{
	laid		l;
	const gl_sankey_node *n;

	CHECK(lay(&l, plant) == GL_SANKEY_OK, "plant: %s", lay_message(&l));
	CHECK(l.d.nnodes == 19 && l.d.nlinks == 19, "19 nodes, 19 links: %d %d", l.d.nnodes, l.d.nlinks);
	CHECK(l.d.nlayers == 5, "5 layers, got %d", l.d.nlayers);
	CHECK_REL(l.d.total, 108, 1e-15, "total input");
	n = node_named(&l.d, "boiler");
	CHECK(n && n->layer == 1 && fabs(n->in - 108) < 1e-12 && fabs(n->out - 108) < 1e-12, "boiler");
	n = node_named(&l.d, "condensate return");
	CHECK(n && n->layer == 4 && fabs(n->in - 33.1) < 1e-12 && n->out == 0, "condensate return");
	n = node_named(&l.d, "stack loss");
	CHECK(n && n->layer == 2, "stack loss next to the boiler");
	CHECK(l.d.unaccounted == 0, "the plant balances");
	check_diagram(&l.d, "plant");
	unlay(&l);
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
	laid		l;

	CHECK(sa && sb && sc && strcmp(sa, sb) == 0 && strcmp(sa, sc) == 0,
		  "the SVG does not depend on the order of the flows");
	gl_free(sa);
	gl_free(sb);
	gl_free(sc);
	CHECK(lay(&l, b) == GL_SANKEY_OK && l.d.nlinks == 3, "duplicates summed: %d links", l.d.nlinks);
	/* (0.1 + 0.2) + 0.3 in value order; nodes m, s, t, u: links m->t, m->u, s->m */
	CHECK(l.d.nlinks == 3 && l.d.links[2].value == (0.1 + 0.2) + 0.3, "sum in value order: %.17g",
		  l.d.links[2].value);
	unlay(&l);
}

static void
test_cycles(void)
{
	laid		l;

	CHECK(lay(&l, "\"fuel\"->\"boiler\":10;\"boiler\"->\"header\":9;\"header\"->\"boiler\":2;\"header\"->\"users\":7") ==
		  GL_SANKEY_CYCLE, "cycle");
	CHECK(strcmp(lay_message(&l), "circular flow in Sankey diagram: boiler -> header -> boiler") == 0,
		  "cycle named: %s", lay_message(&l));
	CHECK(l.d.nodes == NULL && l.d.links == NULL, "a failed layout holds nothing");
	unlay(&l);
	CHECK(lay(&l, "\"a\"->\"b\":1;\"b\"->\"c\":1;\"c\"->\"d\":1;\"d\"->\"b\":1") == GL_SANKEY_CYCLE &&
		  strcmp(lay_message(&l), "circular flow in Sankey diagram: b -> c -> d -> b") == 0,
		  "3-cycle named: %s", lay_message(&l));
	unlay(&l);
	CHECK(lay(&l, "\"a\"->\"a\":1") == GL_SANKEY_CYCLE &&
		  strcmp(lay_message(&l), "circular flow in Sankey diagram: a -> a") == 0,
		  "self-loop named: %s", lay_message(&l));
	unlay(&l);
	/* a zero flow does not close a cycle */
	CHECK(lay(&l, "\"a\"->\"b\":1;\"b\"->\"a\":0") == GL_SANKEY_OK, "zero flow ignored");
	CHECK(l.d.nnodes == 2 && l.d.nlinks == 1, "zero flow drawn as nothing");
	unlay(&l);
}

/* a cycle through names longer than the message: cut with "..." */
static void
test_long_cycle(void)
{
	char	   *text = malloc(20000);
	char	   *p = text;
	laid		l;
	int			i;

	for (i = 0; i < 20; i++)
		p += sprintf(p, "\"%0100d\"->\"%0100d\":1;", i, (i + 1) % 20);
	p[-1] = '\0';
	CHECK(lay(&l, text) == GL_SANKEY_CYCLE, "long cycle");
	CHECK(strlen(l.e.args.extra) < GL_SANKEY_ERROR_TEXT &&
		  strcmp(l.e.args.extra + strlen(l.e.args.extra) - 3, "...") == 0,
		  "cut: %zu bytes", strlen(l.e.args.extra));
	unlay(&l);
	free(text);
}

static void
test_balance(void)
{
	laid		l;
	const gl_sankey_node *n;

	/* header: in 10, out 7 -> 3 unaccounted out; user: in 7, out 8 -> 1 in */
	CHECK(lay(&l, "\"fuel\"->\"header\":10;\"header\"->\"user\":7;\"user\"->\"loss\":8") == GL_SANKEY_OK,
		  "imbalance shown: %s", lay_message(&l));
	CHECK(l.d.unaccounted == 2 && l.d.nnodes == 6 && l.d.nlinks == 5, "two unaccounted flows: %d nodes %d links",
		  l.d.nnodes, l.d.nlinks);
	n = node_named(&l.d, "header");
	CHECK(n && n->in == 10 && n->out == 10, "header closes");
	n = node_named(&l.d, "user");
	CHECK(n && n->in == 8 && n->out == 8, "user closes");
	CHECK_REL(l.d.total, 11, 1e-15, "total input includes the unaccounted source");
	check_diagram(&l.d, "imbalance");
	unlay(&l);
	CHECK(lay(&l, "options=\"imbalance=error\";\"fuel\"->\"header\":10;\"header\"->\"user\":7") ==
		  GL_SANKEY_IMBALANCE, "imbalance error");
	CHECK(strcmp(lay_message(&l), "flows do not balance at node \"header\": in 10, out 7") == 0 &&
		  strcmp(text_of(l.st, &l.e, 1), "In minus out is 3, more than tolerance 1e-09 of the larger side.") == 0,
		  "imbalance texts: %s / %s", lay_message(&l), text_of(l.st, &l.e, 1));
	unlay(&l);
	CHECK(lay(&l, "options=\"imbalance=error, tolerance=0.01\";\"fuel\"->\"header\":1000.5;\"header\"->\"user\":200") ==
		  GL_SANKEY_IMBALANCE &&
		  strcmp(text_of(l.st, &l.e, 1), "In minus out is 800.5, more than tolerance 0.01 of the larger side.") == 0,
		  "imbalance numbers: %s", text_of(l.st, &l.e, 1));
	unlay(&l);
	CHECK(lay(&l, "options=\"imbalance=ignore\";\"fuel\"->\"header\":10;\"header\"->\"user\":7") == GL_SANKEY_OK &&
		  l.d.nnodes == 3 && l.d.unaccounted == 0, "imbalance ignored");
	unlay(&l);
	CHECK(lay(&l, "options=\"tolerance=0.5\";\"fuel\"->\"header\":10;\"header\"->\"user\":7") == GL_SANKEY_OK &&
		  l.d.nnodes == 3, "imbalance within tolerance");
	unlay(&l);
}

static void
test_merge_and_limits(void)
{
	laid		l;
	const gl_sankey_node *n;
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

	CHECK(lay(&l, t) == GL_SANKEY_OK, "merge: %s", lay_message(&l));
	CHECK(l.d.merged_sources == 2 && l.d.merged_sinks == 3, "merged %d sources, %d sinks",
		  l.d.merged_sources, l.d.merged_sinks);
	CHECK(l.d.nnodes == 7, "gas, other, boiler, tiny, header, use, other: %d", l.d.nnodes);
	n = node_named(&l.d, "tiny");
	CHECK(n != NULL, "a lone small sink stays");
	for (i = 0; i < l.d.nnodes; i++)
		if (l.d.nodes[i].kind == GL_SANKEY_NODE_OTHER)
		{
			others++;
			if (l.d.nodes[i].in == 0)
				CHECK(l.d.nodes[i].out == 5 && l.d.nodes[i].merged == 2 && l.d.nodes[i].layer == 0,
					  "other source: 2 + 3");
			else
				CHECK(l.d.nodes[i].in == 9 && l.d.nodes[i].merged == 3 && l.d.nodes[i].layer == 3,
					  "other sink: 4 + 3 + 2");
		}
	CHECK(others == 2, "two other nodes");
	check_diagram(&l.d, "merge");
	unlay(&l);

	CHECK(lay(&l, "options=\"max_nodes=3\";\"a\"->\"b\":2;\"b\"->\"c\":1;\"b\"->\"d\":1") ==
		  GL_SANKEY_TOO_MANY_NODES, "too many nodes");
	CHECK(strcmp(lay_message(&l), "sankey diagram too large: 4 nodes, more than max_nodes = 3") == 0 &&
		  strcmp(text_of(l.st, &l.e, 1), "3 input flows make 4 nodes and 3 links (after summing duplicate pairs "
				 "and any merging by min_fraction).") == 0 &&
		  strcmp(text_of(l.st, &l.e, 2), "Raise max_nodes (up to 10000), or merge small sources and sinks into "
				 "\"other\" nodes with min_fraction, e.g. 'min_fraction=0.01'.") == 0,
		  "nodes limit: %s / %s / %s", lay_message(&l), text_of(l.st, &l.e, 1), text_of(l.st, &l.e, 2));
	unlay(&l);
	CHECK(lay(&l, "options=\"max_links=2\";\"a\"->\"b\":1;\"b\"->\"c\":1;\"b\"->\"d\":1;\"a\"->\"b\":1") ==
		  GL_SANKEY_TOO_MANY_LINKS &&
		  strcmp(lay_message(&l), "sankey diagram too large: 3 links, more than max_links = 2") == 0 &&
		  strcmp(text_of(l.st, &l.e, 1), "4 input flows make 4 nodes and 3 links (after summing duplicate pairs "
				 "and any merging by min_fraction).") == 0,
		  "links limit: %s / %s", lay_message(&l), text_of(l.st, &l.e, 1));
	unlay(&l);
	CHECK(lay(&l, "options=\"max_links=3, max_nodes=4\";\"a\"->\"b\":2;\"b\"->\"c\":1;\"b\"->\"d\":1") ==
		  GL_SANKEY_OK, "at the limits");
	unlay(&l);
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
	gl_free(s);
	gl_free(e);
	CHECK(strcmp(gl_sankey_kind_name(GL_SANKEY_NODE_PLAIN), "node") == 0 &&
		  strcmp(gl_sankey_kind_name(GL_SANKEY_NODE_OTHER), "other") == 0 &&
		  strcmp(gl_sankey_kind_name(GL_SANKEY_NODE_UNACCOUNTED), "unaccounted") == 0, "kind names");
}

/* a very long name does not stretch the document without bound */
static void
test_long_label(void)
{
	char	   *text = malloc(4000);
	laid		l;
	int			i;

	strcpy(text, "\"");
	for (i = 0; i < 3000; i++)
		strcat(text, "x");
	strcat(text, "\"->\"b\":1;\"b\"->\"c\":1");
	CHECK(lay(&l, text) == GL_SANKEY_OK, "long name: %s", lay_message(&l));
	CHECK(l.d.width == 960, "width %.0f is the width asked for", l.d.width);
	unlay(&l);
	free(text);
	/* a title shrinks to fit the width, down to 9 px, then is cut */
	CHECK(lay(&l, "options=\"width=200, title=A title of some twenty\";\"a\"->\"b\":1") ==
		  GL_SANKEY_OK && l.d.width == 200 && l.d.title_px < 16 && l.d.title_px >= 9 &&
		  l.d.title_chars == 22 && 22 * 10 * l.d.title_px / 16 <= 200 - 24 + 1e-9,
		  "the title shrinks: %.0f wide, %.2f px", l.d.width, l.d.title_px);
	unlay(&l);
	CHECK(lay(&l, "options=\"width=200, title=A title of some fifty characters give or take\";\"a\"->\"b\":1") ==
		  GL_SANKEY_OK && l.d.width == 200 && l.d.title_px == 9 && l.d.title_chars * 10 * 9 / 16.0 <= 200 - 24 &&
		  l.d.title_chars < 45, "the title is cut: %.0f wide, %d characters", l.d.width, l.d.title_chars);
	unlay(&l);
}

/* every coordinate of d and the SVG of it finite */
static void
check_finite(const char *text, const char *what)
{
	laid		l;
	char	   *svg = NULL;
	size_t		len = 0;
	int			i,
				bad = 0;

	CHECK(lay(&l, text) == GL_SANKEY_OK, "%s: %s", what, lay_message(&l));
	if (l.st != GL_SANKEY_OK)
	{
		unlay(&l);
		return;
	}
	for (i = 0; i < l.d.nnodes; i++)
	{
		const gl_sankey_node *n = &l.d.nodes[i];

		bad += !isfinite(n->x) || !isfinite(n->y) || !isfinite(n->h) || !isfinite(n->label_w);
	}
	for (i = 0; i < l.d.nlinks; i++)
	{
		const gl_sankey_link *k = &l.d.links[i];

		bad += !isfinite(k->sy) || !isfinite(k->ty) || !isfinite(k->w);
	}
	CHECK(bad == 0 && isfinite(l.d.width) && isfinite(l.d.height) && l.d.height < 1e6,
		  "%s: %d coordinates not finite, %.0f x %.0f", what, bad, l.d.width, l.d.height);
	CHECK(gl_sankey_write_svg(&l.d, &l.o, 0, &svg, &len) == GL_SANKEY_OK &&
		  strstr(svg, "nan") == NULL && strstr(svg, "inf") == NULL &&
		  strstr(svg, "NaN") == NULL && strstr(svg, "Inf") == NULL, "%s: the SVG has no NaN or Infinity", what);
	gl_free(svg);
	unlay(&l);
}

/* flows of 1e308 and 5e-324 draw like flows of 1; sums beyond float8 are an error */
static void
test_extremes(void)
{
	laid		l;

	check_finite("options=\"percent=on\";\"a\"->\"b\":1e308", "1e308");
	check_finite("options=\"percent=on\";\"a\"->\"b\":1e308; \"a\"->\"c\":1", "1e308 and 1");
	check_finite("options=\"percent=on\";\"a\"->\"b\":1e308; \"b\"->\"c\":1e308; \"c\"->\"d\":6e307;"
				 "\"e\"->\"c\":1", "1e308 through a chain, unbalanced");
	check_finite("options=\"percent=on\";\"a\"->\"b\":5e-324", "5e-324");
	check_finite("options=\"percent=on\";\"a\"->\"b\":5e-324; \"c\"->\"b\":1", "5e-324 and 1");
	check_finite("\"a\"->\"b\":5e-324; \"b\"->\"c\":5e-324; \"b\"->\"d\":5e-324", "5e-324, unbalanced");
	check_finite("\"a\"->\"b\":1.7976931348623157e308; \"c\"->\"d\":5e-324; \"c\"->\"b\":1",
				 "the largest and the smallest");
	/* one pair summed beyond float8; a node's inflow; the total input */
	CHECK(lay(&l, "\"a\"->\"b\":1.7976931348623157e308; \"a\"->\"b\":1.7976931348623157e308") ==
		  GL_SANKEY_SUM_TOO_LARGE &&
		  strcmp(text_of(l.st, &l.e, 0), "sum of the flows out of node \"a\" is out of range for type double precision") == 0,
		  "a pair: %s", lay_message(&l));
	unlay(&l);
	CHECK(lay(&l, "\"a\"->\"b\":1.7976931348623157e308; \"c\"->\"b\":1.7976931348623157e308") ==
		  GL_SANKEY_SUM_TOO_LARGE &&
		  strcmp(text_of(l.st, &l.e, 0), "sum of the flows into node \"b\" is out of range for type double precision") == 0,
		  "into b: %s", lay_message(&l));
	unlay(&l);
	CHECK(lay(&l, "\"a\"->\"b\":1.7976931348623157e308; \"c\"->\"d\":1.7976931348623157e308") ==
		  GL_SANKEY_SUM_TOO_LARGE &&
		  strcmp(text_of(l.st, &l.e, 0), "sum of the flows out of the sources (the total input) is out of range for type double precision") == 0,
		  "the total: %s", lay_message(&l));
	unlay(&l);
	/* the "unaccounted" sink of two nodes' differences */
	CHECK(lay(&l, "\"a\"->\"b\":1.7976931348623157e308; \"b\"->\"x\":1;"
			  "\"c\"->\"d\":1.7976931348623157e308; \"d\"->\"x\":1") == GL_SANKEY_SUM_TOO_LARGE,
		  "unaccounted: %s", lay_message(&l));
	unlay(&l);
}

/* the crossing count against every pair of links, counted one by one */
static void
test_crossings(void)
{
	gl_sankey_flows f;
	gl_sankey_options o;
	gl_sankey_diagram d;
	gl_sankey_error e;
	char		src[32],
				tgt[32];
	int			i,
				j;
	unsigned	r = 12345;
	double		fast = -1,
				slow = 0,
				scale;

	gl_sankey_flows_init(&f);
	for (i = 0; i < 3000; i++)
	{
		int			l,
					ns,
					nt;

		r = r * 1103515245u + 12345u;
		l = (int) ((r >> 8) % 4);
		ns = snprintf(src, sizeof(src), "n%d", 40 * l + (int) ((r >> 12) % 40));
		r = r * 1103515245u + 12345u;
		nt = snprintf(tgt, sizeof(tgt), "n%d", 40 * (l + 1 + (int) ((r >> 20) % 2)) + (int) ((r >> 8) % 40));
		gl_sankey_flows_add(&f, src, ns, tgt, nt, 1 + (r >> 16) % 1000 / 7.0, &e);
	}
	gl_sankey_options_default(&o);
	o.max_links = 100000;
	o.max_nodes = 1000;
	o.imbalance = GL_SANKEY_IMBALANCE_IGNORE;
	CHECK(gl_sankey_layout(&f, &o, &d, &e) == GL_SANKEY_OK && d.nlinks > 2000, "random diagram: %d links",
		  d.nlinks);
	CHECK(gl_sankey_crossings(&d, &fast), "crossings counted");
	scale = ldexp(1.0, ilogb(d.scale));
	for (i = 0; i < d.nlinks; i++)
		for (j = i + 1; j < d.nlinks; j++)
		{
			const gl_sankey_link *a = &d.links[i],
					   *b = &d.links[j];
			const gl_sankey_node *as = &d.nodes[a->src],
					   *at = &d.nodes[a->tgt],
					   *bs = &d.nodes[b->src],
					   *bt = &d.nodes[b->tgt];

			if (as->layer == bs->layer && at->layer == bt->layer &&
				(as->order - bs->order) * (at->order - bt->order) < 0)
				slow += (a->value / scale) * (b->value / scale);
		}
	CHECK(slow > 0 && fabs(fast - slow) <= 1e-9 * slow, "crossings %.17g, pair by pair %.17g", fast, slow);
	gl_sankey_diagram_free(&d);
	gl_sankey_flows_free(&f);
}

/* labels: digits honoured above the decimal point, thousands grouped */
static void
test_format_grouped(void)
{
	struct
	{
		double		v;
		int			digits;
		bool		grouped;
		const char *want;
	}			cases[] = {
		{634868, 4, true, "634,900"}, {634868, 6, true, "634,868"}, {634868, 6, false, "634868"},
		{634868, 3, true, "635,000"}, {999.96, 4, true, "1,000"}, {-1234.6, 4, true, "-1,235"},
		{1234567890123.0, 15, true, "1,234,567,890,123"}, {0.5, 4, true, "0.5"},
		{0.00012345, 2, true, "0.00012"}, {12.5, 4, true, "12.5"}, {100, 1, true, "100"},
		{940, 1, true, "900"}, {960, 1, true, "1,000"}, {1e15, 3, true, "1.00e+15"},
		{41.5, 4, true, "41.5"}, {88.4, 2, true, "88"}
	};
	char		b[64];
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		gl_sankey_format_value(b, sizeof(b), cases[i].v, cases[i].digits, cases[i].grouped);
		CHECK(strcmp(b, cases[i].want) == 0, "%.17g, %d digits -> %s, want %s", cases[i].v,
			  cases[i].digits, b, cases[i].want);
	}
}

/* the label of node name in the SVG of text, or "" */
static void
label_in(const char *svg, const char *name, char *out, size_t size)
{
	char		key[128];
	const char *p,
			   *q;

	snprintf(key, sizeof(key), "data-name=\"%s\"", name);
	out[0] = '\0';
	p = svg ? strstr(svg, key) : NULL;
	if (p && (p = strstr(p, "paint-order=\"stroke\">")) != NULL)
	{
		p += strlen("paint-order=\"stroke\">");
		q = strstr(p, "</text>");
		if (q && (size_t) (q - p) < size)
		{
			memcpy(out, p, q - p);
			out[q - p] = '\0';
		}
	}
}

/* numbers=scaled moves the unit up SI prefixes; grouped and plain */
static void
test_number_options(void)
{
	const char *flows = "\"grid\"->\"plant\":634868; \"plant\"->\"process steam\":500000;"
		"\"plant\"->\"stack loss\":134868";
	struct
	{
		const char *options;
		const char *want;
	}			cases[] = {
		{"unit=kWh, digits=6", "grid 634,868 kWh"},
		{"unit=kWh, digits=6, numbers=plain", "grid 634868 kWh"},
		{"unit=kWh, digits=3, numbers=scaled", "grid 635 MWh"},
		{"unit=Wh, digits=4, numbers=scaled", "grid 634.9 kWh"},
		{"unit=MW, numbers=scaled", "grid 634.9 GW"},
		{"unit=t/h, numbers=scaled", "grid 634.9 kt/h"},
		{"unit=MMBtu/h, numbers=scaled", "grid 634,900 MMBtu/h"},
		{"unit=kWh, numbers=scaled, percent=on", "grid 634.9 MWh (100 %)"},
		{"numbers=scaled", "grid 634,900"}
	};
	char		text[512],
				label[256];
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char	   *svg;

		snprintf(text, sizeof(text), "options=\"%s\";%s", cases[i].options, flows);
		svg = svg_of(text);
		label_in(svg, "grid", label, sizeof(label));
		CHECK(strcmp(label, cases[i].want) == 0, "%s: %s, want %s", cases[i].options, label,
			  cases[i].want);
		gl_free(svg);
	}
}

/* roles: input, conversion, useful output, loss (by name or listed), unaccounted */
static void
test_roles(void)
{
	laid		l;
	struct
	{
		const char *name;
		gl_sankey_role role;
	}			want[] = {
		{"natural gas", GL_SANKEY_ROLE_INPUT}, {"boiler", GL_SANKEY_ROLE_CONVERSION},
		{"stack loss", GL_SANKEY_ROLE_LOSS}, {"trap losses", GL_SANKEY_ROLE_LOSS},
		{"blowdown", GL_SANKEY_ROLE_LOSS}, {"radiation", GL_SANKEY_ROLE_LOSS},
		{"cooling tower", GL_SANKEY_ROLE_OUTPUT}, {"condensate return", GL_SANKEY_ROLE_OUTPUT},
		{"feedwater heating", GL_SANKEY_ROLE_OUTPUT}, {"steam header", GL_SANKEY_ROLE_CONVERSION}
	};
	char	   *text = malloc(strlen(plant) + 64);
	char	   *svg = NULL;
	size_t		i,
				len;
	int			k;

	/* the plant with losses listed: blowdown and radiation have no "loss" in their names */
	strcpy(text, "options=\"losses=\"\"blowdown , radiation\"\"\";");
	strcat(text, strchr(plant, ';') + 1);
	CHECK(lay(&l, text) == GL_SANKEY_OK, "plant with losses: %s", lay_message(&l));
	for (i = 0; i < sizeof(want) / sizeof(want[0]) && l.st == GL_SANKEY_OK; i++)
	{
		const gl_sankey_node *n = node_named(&l.d, want[i].name);

		CHECK(n && n->role == want[i].role, "%s is %s, not %s", want[i].name,
			  gl_sankey_role_name(want[i].role), n ? gl_sankey_role_name(n->role) : "missing");
	}
	/* every link into a loss is drawn in the loss colours, none other is */
	if (l.st == GL_SANKEY_OK && gl_sankey_write_svg(&l.d, &l.o, 0, &svg, &len) == GL_SANKEY_OK)
	{
		int			loss_links = 0;
		const char *p = svg;

		while ((p = strstr(p, "data-role=\"loss\" data-value=")) != NULL)
		{
			const char *fill = strstr(p, "fill=\"");

			CHECK(fill && (strncmp(fill + 6, "#b3261e", 7) == 0 || strncmp(fill + 6, "#d9452b", 7) == 0 ||
						   strncmp(fill + 6, "#e8743b", 7) == 0), "a loss link is red or orange");
			loss_links++;
			p++;
		}
		CHECK(loss_links == 8, "8 links end in a loss: %d", loss_links);
		CHECK(strstr(svg, "#2e7d32\" d=") != NULL || strstr(svg, "#43a047\" d=") != NULL,
			  "useful outputs are green");
	}
	gl_free(svg);
	unlay(&l);
	free(text);
	/* unaccounted; other; no two roles share a colour */
	CHECK(lay(&l, "\"fuel\"->\"header\":10; \"header\"->\"user\":7") == GL_SANKEY_OK &&
		  node_named(&l.d, "fuel")->role == GL_SANKEY_ROLE_INPUT &&
		  node_named(&l.d, "user")->role == GL_SANKEY_ROLE_OUTPUT, "fuel, user");
	for (k = 0; k < l.d.nnodes; k++)
		if (l.d.nodes[k].kind == GL_SANKEY_NODE_UNACCOUNTED)
			CHECK(l.d.nodes[k].role == GL_SANKEY_ROLE_UNACCOUNTED, "unaccounted");
	unlay(&l);
}

/* long names wrap: every label ends inside the width asked for */
static void
test_width(void)
{
	const char *widths[] = {"960", "400", "100"};
	size_t		w;

	for (w = 0; w < sizeof(widths) / sizeof(widths[0]); w++)
	{
		char		text[4096];
		laid		l;
		int			i,
					layer;

		snprintf(text, sizeof(text), "options=\"width=%s, unit=MMBtu/h\";", widths[w]);
		for (layer = 0; layer < 4; layer++)
		{
			char		flow[600];

			snprintf(flow, sizeof(flow),
					 "\"stage %d of a very long process description with many words in it, "
					 "as long names from a historian tag list tend to be\"->"
					 "\"stage %d of a very long process description with many words in it, "
					 "as long names from a historian tag list tend to be\":%d; \"short %d\"->\"stage %d "
					 "of a very long process description with many words in it, as long names from "
					 "a historian tag list tend to be\":1;",
					 layer, layer + 1, 100 - layer, layer, layer + 1);
			strcat(text, flow);
		}
		text[strlen(text) - 1] = '\0';
		CHECK(lay(&l, text) == GL_SANKEY_OK, "width %s: %s", widths[w], lay_message(&l));
		if (l.st != GL_SANKEY_OK)
			continue;
		CHECK(l.d.width == atof(widths[w]) || w == 2, "width %s: the document is %.0f wide",
			  widths[w], l.d.width);
		for (i = 0; i < l.d.nnodes; i++)
		{
			const gl_sankey_node *n = &l.d.nodes[i];

			CHECK(n->x + NODE_W + LABEL_PAD + n->label_w <= l.d.width - MARGIN + 1e-9 &&
				  n->label_lines >= 1 && n->label_lines <= 3,
				  "width %s: node %d's label ends at %.1f, %d lines", widths[w], i,
				  n->x + NODE_W + LABEL_PAD + n->label_w, n->label_lines);
		}
		unlay(&l);
	}
}

/* the canonical order of a list of flows: names, then value, -0 first */
static void
test_flows_order(void)
{
	gl_sankey_flows f;
	gl_sankey_error e;
	int32_t		order[6];
	int32_t		want[6] = {4, 3, 5, 1, 2, 0};

	gl_sankey_flows_init(&f);
	CHECK(gl_sankey_flows_parse("\"b\"->\"c\":1; \"a\"->\"c\":2; \"a\"->\"c\":3; \"a\"->\"bb\":0;"
								"\"a\"->\"b\":5; \"a\"->\"c\":-0", &f, &e) == GL_SANKEY_OK, "parsed");
	CHECK(gl_sankey_flows_order(&f, order), "ordered");
	CHECK(memcmp(order, want, sizeof(want)) == 0, "order %d %d %d %d %d %d", order[0], order[1],
		  order[2], order[3], order[4], order[5]);
	gl_sankey_flows_free(&f);
}

static long interrupt_calls;

static void
count_interrupts(void)
{
	interrupt_calls++;
}

/*
 * The layout looks at interrupts in its long loops: 20,000 flows, 400
 * links once summed, between 5 layers of 100 nodes; appended to a second
 * list too.
 */
static void
test_interrupts_and_append(void)
{
	gl_sankey_flows f,
				g;
	gl_sankey_options o;
	gl_sankey_diagram d;
	gl_sankey_error e;
	char		src[32],
				tgt[32];
	int			i;

	gl_sankey_flows_init(&f);
	gl_sankey_flows_init(&g);
	for (i = 0; i < 20000; i++)
	{
		int			l = i % 4,
					j = (i / 4) % 500;
		int			ns = snprintf(src, sizeof(src), "n%d", 100 * l + j % 100);
		int			nt = snprintf(tgt, sizeof(tgt), "n%d", 100 * (l + 1) + (7 * j) % 100);

		gl_sankey_flows_add(&f, src, ns, tgt, nt, 1 + i % 7, &e);
	}
	CHECK(gl_sankey_flows_append(&g, &f, &e) == GL_SANKEY_OK && g.nflows == 20000 &&
		  g.poollen == f.poollen && memcmp(g.flows, f.flows, sizeof(gl_sankey_flow) * 20000) == 0,
		  "appended");
	gl_sankey_options_default(&o);
	o.max_links = 10000;
	o.max_nodes = 1000;
	gl_interrupt_hook = count_interrupts;
	CHECK(gl_sankey_layout(&g, &o, &d, &e) == GL_SANKEY_OK, "big layout");
	gl_interrupt_hook = NULL;
	CHECK(interrupt_calls >= 10, "interrupts looked at %ld times", interrupt_calls);
	CHECK(d.nnodes == 502 && d.nlinks > 400 && d.unaccounted > 0,
		  "500 nodes, 2 unaccounted, 400 links and their balances: %d nodes, %d links", d.nnodes, d.nlinks);
	gl_sankey_diagram_free(&d);
	gl_sankey_flows_free(&f);
	gl_sankey_flows_free(&g);
}

int
main(void)
{
	unit_name = "test_sankey";
	test_status_table();
	test_format();
	test_text_form();
	test_bad_flows();
	test_options();
	test_plant();
	test_canonical();
	test_cycles();
	test_long_cycle();
	test_balance();
	test_merge_and_limits();
	test_svg();
	test_long_label();
	test_extremes();
	test_crossings();
	test_format_grouped();
	test_number_options();
	test_roles();
	test_width();
	test_flows_order();
	test_interrupts_and_append();
	return unit_done();
}
