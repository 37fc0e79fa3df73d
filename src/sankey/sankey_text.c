/*
 * sankey/sankey_text.c - the sankey core's statuses, the list of flows and
 * its text form, and the options text (see sankey.h).
 */
#include "sankey/sankey_int.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/names.h"
#include "base/textform.h"

/* ---- the status table ---------------------------------------------------- */

#define XSTR(x) STR(x)
#define STR(x) #x

#define TEXT_MESSAGE "invalid input syntax for type sankey_flows: \"{name}\""
#define OPTIONS_MESSAGE "invalid sankey options: \"{name}\""
#define OPTIONS_HINT "Options are written as 'key=value, key=value'; a value with a comma is double-quoted."
#define FLOW_DETAIL "The flow is from \"{name}\" to \"{item}\"."
#define OPTION_VALUE(what) "sankey option {arg} must be " what ", not \"{name}\""
#define TOO_MANY_HINT(opt, max) \
	"Raise " opt " (up to " XSTR(max) "), or merge small sources and sinks into \"other\" nodes with min_fraction, e.g. 'min_fraction=0.01'."
#define COUNTED " (after summing duplicate pairs and any merging by min_fraction)."

static const gl_status sankey_items[] = {
	{GL_SANKEY_NOMEM, GL_ERR_LIMIT, NULL,
		"sankey diagram too large: out of memory", NULL,
	"Merge small sources and sinks with min_fraction, or draw fewer flows."},

	{GL_SANKEY_TEXT_OPTIONS_EQUALS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected \"=\" after options at character {value}.", NULL},
	{GL_SANKEY_TEXT_OPTIONS_QUOTED, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected the options in double quotes at character {value}.", NULL},
	{GL_SANKEY_TEXT_SOURCE, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a source name in double quotes at character {value}.", NULL},
	{GL_SANKEY_TEXT_ARROW, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected \"->\" at character {value}.", NULL},
	{GL_SANKEY_TEXT_TARGET, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a target name in double quotes at character {value}.", NULL},
	{GL_SANKEY_TEXT_COLON, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected \":\" before the value at character {value}.", NULL},
	{GL_SANKEY_TEXT_NUMBER, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Expected a number at character {value}.",
	"Write numbers as plain decimals, e.g. 150 or 1.5e3 (no NaN or Infinity)."},
	{GL_SANKEY_TEXT_NUMBER_RANGE, GL_ERR_RANGE, NULL,
		"value out of range in input for type sankey_flows: \"{name}\"",
	"\"{item}\" is too large for a double precision number.", NULL},
	{GL_SANKEY_TEXT_AFTER_SEMICOLON, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected a flow after \";\" at character {value}.", NULL},
	{GL_SANKEY_TEXT_END, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
	"Expected \";\" or the end at character {value}.", NULL},

	{GL_SANKEY_VALUE_NONFINITE, GL_ERR_RANGE, "value",
		"{arg} must be a finite number, not {value}", FLOW_DETAIL,
	"Filter out rows whose {arg} is NaN or infinite, e.g. WHERE {arg} >= 0 AND {arg} < 'Infinity' (NaN sorts above Infinity)."},
	{GL_SANKEY_VALUE_NEGATIVE, GL_ERR_RANGE, "value",
		"{arg} must be zero or more, not {value}", FLOW_DETAIL,
	"A negative flow runs the other way: swap source and target, or filter the row out."},
	{GL_SANKEY_EMPTY_NAME, GL_ERR_PARAM, "source",
		"{arg} must be a non-empty name, not \"\"",
		"The flow of {value} has source \"{name}\" and target \"{item}\".",
	"Name the node, e.g. COALESCE(NULLIF({arg}, ''), 'unnamed'), or filter the row out."},
	{GL_SANKEY_TOO_MANY_FLOWS, GL_ERR_LIMIT, NULL,
		"sankey_flows too large: more than " XSTR(GL_SANKEY_MAX_FLOWS)
		" flows or " XSTR(GL_SANKEY_MAX_POOL_MB) " MB of node names", NULL,
	"Sum the flows per (source, target) with GROUP BY before sankey_svg."},

	{GL_SANKEY_OPTIONS_NO_NAME, GL_ERR_TEXT, "options", OPTIONS_MESSAGE,
	"Expected an option name at character {value}.", OPTIONS_HINT},
	{GL_SANKEY_OPTIONS_NO_EQUALS, GL_ERR_TEXT, "options", OPTIONS_MESSAGE,
	"Expected \"=\" after the option name at character {value}.", OPTIONS_HINT},
	{GL_SANKEY_OPTIONS_UNCLOSED, GL_ERR_TEXT, "options", OPTIONS_MESSAGE,
	"A double-quoted value is not closed.", OPTIONS_HINT},
	{GL_SANKEY_OPTIONS_AFTER_QUOTE, GL_ERR_TEXT, "options", OPTIONS_MESSAGE,
	"Expected \",\" after a quoted value.", OPTIONS_HINT},
	{GL_SANKEY_OPTION_UNKNOWN, GL_ERR_PARAM, "options",
		"unknown sankey option \"{name}\" for {arg}", NULL,
	"Valid names: {list} (case and \"_\" or \"-\" do not matter)."},
	{GL_SANKEY_OPTION_SIZE, GL_ERR_PARAM, "width",
	OPTION_VALUE("a number of pixels between 100 and 20000"), NULL, NULL},
	{GL_SANKEY_OPTION_FRACTION, GL_ERR_PARAM, "min_fraction",
	OPTION_VALUE("a number between 0 and 1"), NULL, NULL},
	{GL_SANKEY_OPTION_MAX_NODES, GL_ERR_PARAM, "max_nodes",
	OPTION_VALUE("an integer between 1 and " XSTR(GL_SANKEY_HARD_MAX_NODES)), NULL, NULL},
	{GL_SANKEY_OPTION_MAX_LINKS, GL_ERR_PARAM, "max_links",
	OPTION_VALUE("an integer between 1 and " XSTR(GL_SANKEY_HARD_MAX_LINKS)), NULL, NULL},
	{GL_SANKEY_OPTION_IMBALANCE, GL_ERR_PARAM, "imbalance",
	OPTION_VALUE("show, ignore or error"), NULL, NULL},
	{GL_SANKEY_OPTION_DIGITS, GL_ERR_PARAM, "digits",
	OPTION_VALUE("an integer between 1 and 15"), NULL, NULL},
	{GL_SANKEY_OPTION_PERCENT, GL_ERR_PARAM, "percent",
	OPTION_VALUE("on or off"), NULL, NULL},
	{GL_SANKEY_OPTION_NUMBERS, GL_ERR_PARAM, "numbers",
	OPTION_VALUE("grouped, plain or scaled"), NULL, NULL},
	{GL_SANKEY_OPTIONS_DIFFER, GL_ERR_PARAM, "options",
		"{arg} must be the same in every row, not \"{name}\" and \"{item}\"", NULL,
	"Pass the same options text in every row, e.g. a constant."},

	{GL_SANKEY_CYCLE, GL_ERR_PARAM, NULL,
		"circular flow in Sankey diagram: {extra}",
		"A Sankey diagram shows flows that do not return to a node they came from.",
	"Draw a returned flow (e.g. condensate return) as its own source node feeding the node it returns to."},
	{GL_SANKEY_IMBALANCE, GL_ERR_PARAM, "imbalance",
		"flows do not balance at node \"{name}\": {extra}",
		"In minus out is {value}, more than tolerance {item} of the larger side.",
	"Use imbalance=show to draw the difference as an \"unaccounted\" flow, or raise tolerance."},
	{GL_SANKEY_TOO_MANY_NODES, GL_ERR_LIMIT, "max_nodes",
		"sankey diagram too large: {value} nodes, more than {arg} = {item}",
		"{name} input flows make {value} nodes and {extra} links" COUNTED,
	TOO_MANY_HINT("max_nodes", GL_SANKEY_HARD_MAX_NODES)},
	{GL_SANKEY_TOO_MANY_LINKS, GL_ERR_LIMIT, "max_links",
		"sankey diagram too large: {value} links, more than {arg} = {item}",
		"{name} input flows make {extra} nodes and {value} links" COUNTED,
	TOO_MANY_HINT("max_links", GL_SANKEY_HARD_MAX_LINKS)},
	{GL_SANKEY_SVG_TOO_LARGE, GL_ERR_LIMIT, NULL,
		"sankey_svg document too large: more than 1 GB", NULL,
	"Merge small sources and sinks with min_fraction, or shorten the node names."},
	{GL_SANKEY_SUM_TOO_LARGE, GL_ERR_RANGE, NULL,
		"sum of the flows {extra} is out of range for type double precision",
		"The flows are summed in double precision, which holds at most 1.7976931348623157e308.",
	"Divide the values by a power of ten and say so in the unit, e.g. value / 1e6 with 'unit=TWh' instead of 'unit=MWh'."},
};

const gl_status_table gl_sankey_statuses = GL_STATUS_TABLE("sankey", sankey_items);

gl_sankey_status
gl_sankey_fail(gl_sankey_error *err, gl_sankey_status st)
{
	memset(&err->args, 0, sizeof(err->args));
	return st;
}

const char *
gl_sankey_error_number(gl_sankey_error *err, int slot, double v)
{
	gl_sankey_format_exact(err->num[slot], sizeof(err->num[slot]), v);
	return err->num[slot];
}

/* a syntax error of text at position at */
static gl_sankey_status
text_error(gl_sankey_error *err, gl_sankey_status st, const char *text,
		   size_t len, const char *at)
{
	gl_sankey_fail(err, st);
	err->args.name = text;
	err->args.namelen = len;
	err->args.has_value = true;
	err->args.value = (double) (at - text) + 1;
	return st;
}

/* ---- flows ------------------------------------------------------------- */

void
gl_sankey_flows_init(gl_sankey_flows *f)
{
	memset(f, 0, sizeof(*f));
}

void
gl_sankey_flows_free(gl_sankey_flows *f)
{
	gl_free(f->flows);
	gl_free(f->pool);
	gl_free(f->options);
	gl_sankey_flows_init(f);
}

gl_sankey_status
gl_sankey_flows_set_options(gl_sankey_flows *f, const char *text, int32_t len)
{
	char	   *copy = NULL;

	if (len > 0)
	{
		copy = gl_alloc((size_t) len);
		if (!copy)
			return GL_SANKEY_NOMEM;
		memcpy(copy, text, len);
	}
	gl_free(f->options);
	f->options = copy;
	f->optlen = len > 0 ? len : 0;
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_flow_check(const char *src, int32_t srclen, const char *tgt,
					 int32_t tgtlen, double value, gl_sankey_error *err)
{
	gl_sankey_status st = GL_SANKEY_OK;

	if (isnan(value) || isinf(value))
		st = GL_SANKEY_VALUE_NONFINITE;
	else if (value < 0)
		st = GL_SANKEY_VALUE_NEGATIVE;
	else if (srclen <= 0 || tgtlen <= 0)
		st = GL_SANKEY_EMPTY_NAME;
	if (st == GL_SANKEY_OK)
		return st;
	gl_sankey_fail(err, st);
	err->args.name = srclen > 0 ? src : "";
	err->args.namelen = srclen > 0 ? (size_t) srclen : 0;
	err->args.item = tgtlen > 0 ? tgt : "";
	err->args.itemlen = tgtlen > 0 ? (size_t) tgtlen : 0;
	err->args.has_value = true;
	err->args.value = value;
	if (st == GL_SANKEY_EMPTY_NAME && srclen > 0)
		err->args.arg = "target";
	return st;
}

static gl_sankey_status
flows_reserve(gl_sankey_flows *f, int32_t nmore, int64_t poolmore,
			  gl_sankey_error *err)
{
	if ((int64_t) f->nflows + nmore > GL_SANKEY_MAX_FLOWS ||
		f->poollen + poolmore > GL_SANKEY_MAX_POOL)
		return gl_sankey_fail(err, GL_SANKEY_TOO_MANY_FLOWS);
	if (f->nflows + nmore > f->maxflows)
	{
		int32_t		cap = f->maxflows > 0 ? f->maxflows : 16;
		gl_sankey_flow *p;

		while (cap < f->nflows + nmore)
			cap = cap > GL_SANKEY_MAX_FLOWS / 2 ? GL_SANKEY_MAX_FLOWS : cap * 2;
		p = gl_grow_checked(f->flows, sizeof(gl_sankey_flow) * (size_t) f->nflows,
							sizeof(gl_sankey_flow) * (size_t) cap);
		if (p == NULL)
			return gl_sankey_fail(err, GL_SANKEY_NOMEM);
		f->flows = p;
		f->maxflows = cap;
	}
	if (f->poollen + poolmore > f->maxpool)
	{
		int64_t		cap = f->maxpool > 0 ? f->maxpool : 256;
		char	   *p;

		while (cap < f->poollen + poolmore)
			cap = cap > GL_SANKEY_MAX_POOL / 2 ? GL_SANKEY_MAX_POOL : cap * 2;
		p = gl_grow_checked(f->pool, (size_t) f->poollen, (size_t) cap);
		if (p == NULL)
			return gl_sankey_fail(err, GL_SANKEY_NOMEM);
		f->pool = p;
		f->maxpool = cap;
	}
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_flows_add(gl_sankey_flows *f, const char *src, int32_t srclen,
					const char *tgt, int32_t tgtlen, double value,
					gl_sankey_error *err)
{
	gl_sankey_status st = flows_reserve(f, 1, (int64_t) srclen + tgtlen, err);
	gl_sankey_flow *fl;

	if (st != GL_SANKEY_OK)
		return st;
	fl = &f->flows[f->nflows++];
	fl->value = value;
	fl->src_off = (int32_t) f->poollen;
	fl->src_len = srclen;
	memcpy(f->pool + f->poollen, src, srclen);
	f->poollen += srclen;
	fl->tgt_off = (int32_t) f->poollen;
	fl->tgt_len = tgtlen;
	memcpy(f->pool + f->poollen, tgt, tgtlen);
	f->poollen += tgtlen;
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_flows_append(gl_sankey_flows *f, const gl_sankey_flows *other,
					   gl_sankey_error *err)
{
	int64_t		more = 0;
	int32_t		i;
	gl_sankey_status st;

	for (i = 0; i < other->nflows; i++)
		more += (int64_t) other->flows[i].src_len + other->flows[i].tgt_len;
	st = flows_reserve(f, other->nflows, more, err);
	for (i = 0; st == GL_SANKEY_OK && i < other->nflows; i++)
	{
		const gl_sankey_flow *fl = &other->flows[i];

		st = gl_sankey_flows_add(f, other->pool + fl->src_off, fl->src_len,
								 other->pool + fl->tgt_off, fl->tgt_len,
								 fl->value, err);
	}
	return st;
}

bool
gl_sankey_flows_order(const gl_sankey_flows *f, int32_t *order)
{
	int32_t		i;

	for (i = 0; i < f->nflows; i++)
		order[i] = i;
	return gl_sankey_sort(order, (size_t) f->nflows, sizeof(int32_t),
						  gl_sankey_flow_index_cmp, (void *) f);
}

gl_sankey_status
gl_sankey_same_options(const char *a, int32_t alen, const char *b,
					   int32_t blen, gl_sankey_error *err)
{
	if (alen == blen && (alen == 0 || memcmp(a, b, alen) == 0))
		return GL_SANKEY_OK;
	gl_sankey_fail(err, GL_SANKEY_OPTIONS_DIFFER);
	err->args.name = alen > 0 ? a : "";
	err->args.namelen = (size_t) alen;
	err->args.item = blen > 0 ? b : "";
	err->args.itemlen = (size_t) blen;
	return GL_SANKEY_OPTIONS_DIFFER;
}

/* ---- the text form ----------------------------------------------------- */

static const char *
skip_blanks(const char *p)
{
	while (gl_is_blank(*p))
		p++;
	return p;
}

/*
 * A double-quoted string at *pp, a doubled quote standing for one: decoded
 * into out (which has room for strlen(*pp) bytes); *pp moves past it.
 * Returns the decoded length, -1 when *pp holds no complete quoted string.
 */
static int32_t
read_quoted(const char **pp, char *out)
{
	const char *p = *pp;
	int32_t		n = 0;

	if (*p != '"')
		return -1;
	p++;
	for (;;)
	{
		if (*p == '\0')
			return -1;
		if (*p == '"')
		{
			if (p[1] != '"')
				break;
			p++;
		}
		out[n++] = *p++;
	}
	*pp = p + 1;
	return n;
}

/* the length of what looks like a number at p, for a message */
static size_t
number_token(const char *p)
{
	size_t		n = 0;

	while ((p[n] >= '0' && p[n] <= '9') || p[n] == '.' || p[n] == '+' ||
		   p[n] == '-' || p[n] == 'e' || p[n] == 'E')
		n++;
	return n;
}

/*
 * The names of err copied into err itself (they point into scratch
 * buffers about to be freed); a message shows at most 64 bytes of each.
 */
static void
keep_names(gl_sankey_error *err)
{
	size_t		half = sizeof(err->text) / 2 - 1;
	size_t		n = err->args.namelen < half ? err->args.namelen : half;
	size_t		m = err->args.itemlen < half ? err->args.itemlen : half;

	memcpy(err->text, err->args.name, n);
	memcpy(err->text + half + 1, err->args.item, m);
	err->args.name = err->text;
	err->args.namelen = n;
	err->args.item = err->text + half + 1;
	err->args.itemlen = m;
}

/*
 * One flow at *pp: source, "->", target, ":", value, decoded into the
 * scratch buffers src and tgt and added to f; *pp moves past it.
 */
static gl_sankey_status
parse_flow(const char *text, size_t tlen, const char **pp, char *src,
		   char *tgt, gl_sankey_flows *f, gl_sankey_error *err)
{
	const char *p = *pp;
	int32_t		srclen,
				tgtlen;
	double		v;
	size_t		used;
	gl_text_status ts;
	gl_sankey_status st;

	srclen = read_quoted(&p, src);
	if (srclen < 0)
		return text_error(err, GL_SANKEY_TEXT_SOURCE, text, tlen, p);
	p = skip_blanks(p);
	if (p[0] != '-' || p[1] != '>')
		return text_error(err, GL_SANKEY_TEXT_ARROW, text, tlen, p);
	p = skip_blanks(p + 2);
	tgtlen = read_quoted(&p, tgt);
	if (tgtlen < 0)
		return text_error(err, GL_SANKEY_TEXT_TARGET, text, tlen, p);
	p = skip_blanks(p);
	if (*p != ':')
		return text_error(err, GL_SANKEY_TEXT_COLON, text, tlen, p);
	p = skip_blanks(p + 1);
	ts = gl_text_number(p, tlen - (size_t) (p - text), &v, &used);
	if (ts == GL_TEXT_NUMBER_RANGE)
	{
		text_error(err, GL_SANKEY_TEXT_NUMBER_RANGE, text, tlen, p);
		err->args.item = p;
		err->args.itemlen = number_token(p);
		return GL_SANKEY_TEXT_NUMBER_RANGE;
	}
	if (ts != GL_TEXT_OK)
		return text_error(err, GL_SANKEY_TEXT_NUMBER, text, tlen, p);
	*pp = p + used;
	st = gl_sankey_flow_check(src, srclen, tgt, tgtlen, v, err);
	if (st == GL_SANKEY_OK)
		st = gl_sankey_flows_add(f, src, srclen, tgt, tgtlen, v, err);
	if (st >= GL_SANKEY_VALUE_NONFINITE && st <= GL_SANKEY_EMPTY_NAME)
		keep_names(err);
	return st;
}

gl_sankey_status
gl_sankey_flows_parse(const char *text, gl_sankey_flows *f,
					  gl_sankey_error *err)
{
	size_t		tlen = strlen(text);
	const char *p = skip_blanks(text);
	char	   *src = gl_alloc(tlen + 1);
	char	   *tgt = gl_alloc(tlen + 1);
	gl_sankey_status st = GL_SANKEY_OK;
	int			first = 1;

	if (!src || !tgt)
		st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
	while (st == GL_SANKEY_OK && *p)
	{
		if (first && strncmp(p, "options", 7) == 0)
		{
			int32_t		n;

			p = skip_blanks(p + 7);
			if (*p != '=')
			{
				st = text_error(err, GL_SANKEY_TEXT_OPTIONS_EQUALS, text, tlen, p);
				break;
			}
			p = skip_blanks(p + 1);
			n = read_quoted(&p, src);
			if (n < 0)
			{
				st = text_error(err, GL_SANKEY_TEXT_OPTIONS_QUOTED, text, tlen, p);
				break;
			}
			if (gl_sankey_flows_set_options(f, src, n) != GL_SANKEY_OK)
			{
				st = gl_sankey_fail(err, GL_SANKEY_NOMEM);
				break;
			}
		}
		else
		{
			st = parse_flow(text, tlen, &p, src, tgt, f, err);
			if (st != GL_SANKEY_OK)
				break;
		}
		first = 0;
		p = skip_blanks(p);
		if (*p == ';')
		{
			p = skip_blanks(p + 1);
			if (*p == '\0')
				st = text_error(err, GL_SANKEY_TEXT_AFTER_SEMICOLON, text, tlen, p);
		}
		else if (*p != '\0')
			st = text_error(err, GL_SANKEY_TEXT_END, text, tlen, p);
	}
	gl_free(src);
	gl_free(tgt);
	return st;
}

/* ---- options ----------------------------------------------------------- */

void
gl_sankey_options_default(gl_sankey_options *o)
{
	o->width = GL_SANKEY_DEFAULT_WIDTH;
	o->height = GL_SANKEY_DEFAULT_HEIGHT;
	o->unit = "";
	o->title = "";
	o->min_fraction = 0;
	o->max_nodes = GL_SANKEY_DEFAULT_MAX_NODES;
	o->max_links = GL_SANKEY_DEFAULT_MAX_LINKS;
	o->imbalance = GL_SANKEY_IMBALANCE_SHOW;
	o->tolerance = GL_SANKEY_DEFAULT_TOLERANCE;
	o->digits = GL_SANKEY_DEFAULT_DIGITS;
	o->percent = 0;
	o->numbers = GL_SANKEY_NUMBERS_GROUPED;
	o->losses = "";
	o->buf = NULL;
}

void
gl_sankey_options_free(gl_sankey_options *o)
{
	gl_free(o->buf);
	gl_sankey_options_default(o);
}

typedef enum option_key
{
	OPT_WIDTH,
	OPT_HEIGHT,
	OPT_UNIT,
	OPT_TITLE,
	OPT_MIN_FRACTION,
	OPT_MAX_NODES,
	OPT_MAX_LINKS,
	OPT_IMBALANCE,
	OPT_TOLERANCE,
	OPT_DIGITS,
	OPT_PERCENT,
	OPT_NUMBERS,
	OPT_LOSSES
} option_key;

static const gl_choice key_items[] = {
	{"width", OPT_WIDTH}, {"height", OPT_HEIGHT}, {"unit", OPT_UNIT},
	{"title", OPT_TITLE}, {"min_fraction", OPT_MIN_FRACTION},
	{"max_nodes", OPT_MAX_NODES}, {"max_links", OPT_MAX_LINKS},
	{"imbalance", OPT_IMBALANCE}, {"tolerance", OPT_TOLERANCE},
	{"digits", OPT_DIGITS}, {"percent", OPT_PERCENT}, {"numbers", OPT_NUMBERS},
	{"losses", OPT_LOSSES}
};
static const gl_choices option_keys = GL_CHOICES("sankey option", key_items);

static const gl_choice imbalance_items[] = {
	{"show", GL_SANKEY_IMBALANCE_SHOW}, {"ignore", GL_SANKEY_IMBALANCE_IGNORE},
	{"error", GL_SANKEY_IMBALANCE_ERROR}
};
static const gl_choices imbalance_choices = GL_CHOICES("imbalance", imbalance_items);

static const gl_choice percent_items[] = {
	{"on", 1}, {"off", 0}, {"true", 1}, {"false", 0}
};
static const gl_choices percent_choices = GL_CHOICES("percent", percent_items);

static const gl_choice numbers_items[] = {
	{"grouped", GL_SANKEY_NUMBERS_GROUPED}, {"plain", GL_SANKEY_NUMBERS_PLAIN},
	{"scaled", GL_SANKEY_NUMBERS_SCALED}
};
static const gl_choices numbers_choices = GL_CHOICES("numbers", numbers_items);

/* the options whose value is a name: their names and the status refusing one */
typedef struct choice_option
{
	option_key	key;
	const gl_choices *choices;
	gl_sankey_status refused;
} choice_option;

static const choice_option choice_options[] = {
	{OPT_IMBALANCE, &imbalance_choices, GL_SANKEY_OPTION_IMBALANCE},
	{OPT_PERCENT, &percent_choices, GL_SANKEY_OPTION_PERCENT},
	{OPT_NUMBERS, &numbers_choices, GL_SANKEY_OPTION_NUMBERS}
};

/* val (NUL-terminated) as a number in [lo, hi] (an integer when integral) */
static bool
option_number(const char *val, double lo, double hi, bool integral, double *out)
{
	size_t		len = strlen(val),
				used;
	double		v;

	if (gl_text_number(val, len, &v, &used) != GL_TEXT_OK ||
		*skip_blanks(val + used) != '\0' || v < lo || v > hi)
		return false;
	if (integral && v != floor(v))
		return false;
	*out = v;
	return true;
}

/* option key is refused: its value val (copied, the copy may go) is named */
static gl_sankey_status
option_error(gl_sankey_error *err, gl_sankey_status st, option_key key,
			 const char *val)
{
	size_t		n = strlen(val);

	gl_sankey_fail(err, st);
	err->args.arg = gl_choice_name(&option_keys, key);
	if (n >= sizeof(err->text))
		n = sizeof(err->text) - 1;
	memcpy(err->text, val, n);
	err->args.name = err->text;
	err->args.namelen = n;
	return st;
}

/* the numeric options: their range, and the status that refuses a value */
typedef struct numeric_option
{
	option_key	key;
	double		lo;
	double		hi;
	bool		integral;
	gl_sankey_status refused;
} numeric_option;

static const numeric_option numeric_options[] = {
	{OPT_WIDTH, 100, 20000, false, GL_SANKEY_OPTION_SIZE},
	{OPT_HEIGHT, 100, 20000, false, GL_SANKEY_OPTION_SIZE},
	{OPT_MIN_FRACTION, 0, 1, false, GL_SANKEY_OPTION_FRACTION},
	{OPT_TOLERANCE, 0, 1, false, GL_SANKEY_OPTION_FRACTION},
	{OPT_MAX_NODES, 1, GL_SANKEY_HARD_MAX_NODES, true, GL_SANKEY_OPTION_MAX_NODES},
	{OPT_MAX_LINKS, 1, GL_SANKEY_HARD_MAX_LINKS, true, GL_SANKEY_OPTION_MAX_LINKS},
	{OPT_DIGITS, 1, 15, true, GL_SANKEY_OPTION_DIGITS}
};

static gl_sankey_status
set_option(gl_sankey_options *o, option_key key, const char *val,
		   gl_sankey_error *err)
{
	double		v = 0;
	int			c = 0;
	size_t		i;

	for (i = 0; i < sizeof(numeric_options) / sizeof(numeric_options[0]); i++)
		if (numeric_options[i].key == key &&
			!option_number(val, numeric_options[i].lo, numeric_options[i].hi,
						   numeric_options[i].integral, &v))
			return option_error(err, numeric_options[i].refused, key, val);
	for (i = 0; i < sizeof(choice_options) / sizeof(choice_options[0]); i++)
		if (choice_options[i].key == key &&
			(c = gl_choice_find(choice_options[i].choices, val, strlen(val))) < 0)
			return option_error(err, choice_options[i].refused, key, val);
	switch (key)
	{
		case OPT_WIDTH:
			o->width = v;
			break;
		case OPT_HEIGHT:
			o->height = v;
			break;
		case OPT_UNIT:
			o->unit = val;
			break;
		case OPT_TITLE:
			o->title = val;
			break;
		case OPT_MIN_FRACTION:
			o->min_fraction = v;
			break;
		case OPT_MAX_NODES:
			o->max_nodes = (int) v;
			break;
		case OPT_MAX_LINKS:
			o->max_links = (int) v;
			break;
		case OPT_IMBALANCE:
			o->imbalance = (gl_sankey_imbalance) c;
			break;
		case OPT_TOLERANCE:
			o->tolerance = v;
			break;
		case OPT_DIGITS:
			o->digits = (int) v;
			break;
		case OPT_PERCENT:
			o->percent = c;
			break;
		case OPT_NUMBERS:
			o->numbers = (gl_sankey_numbers) c;
			break;
		case OPT_LOSSES:
			o->losses = val;
			break;
	}
	return GL_SANKEY_OK;
}

static int
is_key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '_' || c == '-';
}

/*
 * The next item of the options in copy (a copy of text, len bytes) at *pp:
 * its key, and its value decoded and terminated in place (the decoded
 * text is never longer); *pp moves past the item and its comma.
 */
static gl_sankey_status
next_option(const char *text, int32_t len, char *copy, char **pp,
			int *key, char **val, gl_sankey_error *err)
{
	char	   *p = *pp;
	const char *k = p;
	size_t		keylen;

	while (is_key_char(*p))
		p++;
	keylen = (size_t) (p - k);
	p = (char *) skip_blanks(p);
	if (keylen == 0 || *p != '=')
		return text_error(err, keylen == 0 ? GL_SANKEY_OPTIONS_NO_NAME
						  : GL_SANKEY_OPTIONS_NO_EQUALS,
						  text, (size_t) len, text + (p - copy));
	*key = gl_choice_find(&option_keys, k, keylen);
	if (*key < 0)
	{
		gl_sankey_fail(err, GL_SANKEY_OPTION_UNKNOWN);
		err->args.name = text + (k - copy);
		err->args.namelen = keylen;
		err->args.list = gl_choices_list(&option_keys, err->text, sizeof(err->text));
		return GL_SANKEY_OPTION_UNKNOWN;
	}
	p = (char *) skip_blanks(p + 1);
	*val = p;
	if (*p == '"')
	{
		const char *q = p;
		int32_t		n = read_quoted(&q, p);

		if (n < 0)
			return text_error(err, GL_SANKEY_OPTIONS_UNCLOSED, text, (size_t) len,
							  text + (p - copy));
		p[n] = '\0';
		p = (char *) skip_blanks(q);
		if (*p != ',' && *p != '\0')
			return text_error(err, GL_SANKEY_OPTIONS_AFTER_QUOTE, text, (size_t) len,
							  text + (p - copy));
		if (*p == ',')
			p++;
	}
	else
	{
		char	   *end;

		while (*p && *p != ',')
			p++;
		end = p;
		while (end > *val && gl_is_blank(end[-1]))
			end--;
		if (*p == ',')
			p++;
		*end = '\0';
	}
	*pp = (char *) skip_blanks(p);
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_options_parse(const char *text, int32_t len, gl_sankey_options *o,
						gl_sankey_error *err)
{
	char	   *copy = gl_alloc((size_t) len + 1);
	char	   *p;
	gl_sankey_status st = GL_SANKEY_OK;

	if (!copy)
		return gl_sankey_fail(err, GL_SANKEY_NOMEM);
	memcpy(copy, text, len);
	copy[len] = '\0';
	p = (char *) skip_blanks(copy);
	while (st == GL_SANKEY_OK && *p)
	{
		int			key = 0;
		char	   *val = NULL;

		st = next_option(text, len, copy, &p, &key, &val, err);
		if (st == GL_SANKEY_OK)
			st = set_option(o, (option_key) key, val, err);
	}
	if (st != GL_SANKEY_OK)
	{
		/* unit, title and losses may point into the copy: back to the defaults */
		gl_free(copy);
		gl_sankey_options_default(o);
		return st;
	}
	o->buf = copy;
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_options_of(const gl_sankey_flows *f, gl_sankey_options *o,
					 gl_sankey_error *err)
{
	gl_sankey_options_default(o);
	if (f->optlen <= 0)
		return GL_SANKEY_OK;
	return gl_sankey_options_parse(f->options, f->optlen, o, err);
}
