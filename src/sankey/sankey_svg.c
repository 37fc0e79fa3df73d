/*
 * sankey/sankey_svg.c - the SVG document of a laid-out Sankey diagram, the
 * node labels (the layout measures them) and the numbers in them (see
 * sankey.h).
 */
#include "sankey/sankey_int.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

/* ---- a growing string ------------------------------------------------- */

typedef struct outbuf
{
	char	   *data;
	size_t		len;			/* bytes written, the header included */
	size_t		cap;
	size_t		max;			/* the most bytes the buffer may take */
	int			failed;			/* 1: out of memory, 2: more than max */
} outbuf;

/* a buffer of cap bytes whose first header bytes are left alone */
static void
buf_init(outbuf *b, size_t cap, size_t header, size_t max)
{
	b->max = max;
	if (cap > max)
		cap = max;
	b->data = gl_alloc(cap);
	b->len = header;
	b->cap = b->data ? cap : 0;
	b->failed = b->data == NULL;
	if (b->data)
		b->data[b->len] = '\0';
}

static int
buf_reserve(outbuf *b, size_t more)
{
	char	   *p;
	size_t		cap;

	if (b->failed)
		return 0;
	if (b->len + more + 1 <= b->cap)
		return 1;
	if (more >= b->max || b->len + more + 1 > b->max)
	{
		b->failed = 2;
		return 0;
	}
	cap = b->cap * 2;
	while (cap < b->len + more + 1)
		cap *= 2;
	if (cap > b->max)
		cap = b->max;
	p = gl_realloc(b->data, cap);
	if (p == NULL)
	{
		b->failed = 1;
		return 0;
	}
	b->data = p;
	b->cap = cap;
	return 1;
}

static void
buf_putn(outbuf *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void
buf_puts(outbuf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

static void buf_printf(outbuf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

static void
buf_printf(outbuf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	if (b->failed)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0)
	{
		b->failed = 1;
		return;
	}
	if ((size_t) n >= b->cap - b->len)
	{
		if (!buf_reserve(b, (size_t) n))
			return;
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += n;
}

/*
 * Text for XML content or a double-quoted attribute: the five special
 * characters as entities, tab/newline/CR as a blank, other control
 * characters (not allowed in XML 1.0) as '?'.
 */
static void
buf_put_xml(outbuf *b, const char *s, size_t n)
{
	size_t		i,
				start = 0;

	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];
		const char *rep = NULL;

		switch (c)
		{
			case '&':
				rep = "&amp;";
				break;
			case '<':
				rep = "&lt;";
				break;
			case '>':
				rep = "&gt;";
				break;
			case '"':
				rep = "&quot;";
				break;
			case '\'':
				rep = "&apos;";
				break;
			case '\t':
			case '\n':
			case '\r':
				rep = " ";
				break;
			default:
				if (c < 0x20)
					rep = "?";
				break;
		}
		if (rep)
		{
			buf_putn(b, s + start, i - start);
			buf_puts(b, rep);
			start = i + 1;
		}
	}
	buf_putn(b, s + start, n - start);
}

/* ---- number formatting ------------------------------------------------- */

int
gl_sankey_format_exact(char *buf, size_t size, double v)
{
	int			prec;
	int			n = 0;

	if (v == 0)
		return snprintf(buf, size, "0");
	for (prec = 15; prec <= 17; prec++)
	{
		n = snprintf(buf, size, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return n;
}

int
gl_sankey_format_value(char *buf, size_t size, double v, int digits, bool grouped)
{
	char		e[48],
				out[96];
	char		mant[24];
	int			nm = 0,
				exp10,
				n = 0,
				i,
				intlen;
	const char *p;

	if (v == 0)
		return snprintf(buf, size, "0");
	if (fabs(v) >= 1e15 || fabs(v) < 1e-4)
		return snprintf(buf, size, "%.*e", digits - 1, v);
	/* the digits printf rounds to, then placed by hand: d.ddd e+X */
	snprintf(e, sizeof(e), "%.*e", digits - 1, v);
	p = e;
	if (*p == '-')
		out[n++] = *p++;
	for (; *p && *p != 'e'; p++)
		if (*p != '.' && nm < (int) sizeof(mant) - 1)
			mant[nm++] = *p;
	exp10 = atoi(p + 1);
	/* the integer part: exp10 + 1 digits, zeros past the mantissa */
	intlen = exp10 >= 0 ? exp10 + 1 : 1;
	for (i = 0; i < intlen; i++)
	{
		if (grouped && i > 0 && (intlen - i) % 3 == 0)
			out[n++] = ',';
		out[n++] = exp10 < 0 ? '0' : i < nm ? mant[i] : '0';
	}
	/* the fraction, without trailing zeros */
	{
		int			first = n,
					k;

		out[n++] = '.';
		for (k = exp10 + 1; k < nm; k++)
			out[n++] = k < 0 ? '0' : mant[k];
		/* leading zeros of a value below 1: -exp10 - 1 of them, then the digits */
		if (exp10 < 0)
		{
			n = first + 1;
			for (k = 0; k < -exp10 - 1; k++)
				out[n++] = '0';
			for (k = 0; k < nm; k++)
				out[n++] = mant[k];
		}
		while (n > first + 1 && out[n - 1] == '0')
			n--;
		if (n == first + 1)
			n = first;
	}
	out[n] = '\0';
	return snprintf(buf, size, "%s", out);
}

/* ---- labels ------------------------------------------------------------ */

int
gl_sankey_text_chars(const char *s, int32_t n)
{
	int			c = 0;
	int32_t		i;

	for (i = 0; i < n; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static const char *const si_prefix[] = {"", "k", "M", "G", "T", "P", "E"};
#define SI_TOP 6

/* units option numbers=scaled rescales: an SI prefix, then one of these */
static const char *const si_units[] = {"VAh", "VA", "Wh", "W", "J", "t", "g"};

/*
 * With numbers=scaled and a unit of an SI prefix and a base above, the
 * diagram's values are divided by 1000^*steps so that the largest is below
 * 1000, and the unit moves up as many prefixes: *base is the unit without
 * its prefix, *prefix the index of its prefix.  0 steps otherwise.
 */
static int
si_steps(const gl_sankey_diagram *d, const gl_sankey_options *o, int *prefix,
		 const char **base)
{
	const char *u = o->unit;
	int			p = 0,
				steps = 0;
	size_t		i;
	double		m = d->scale;

	*prefix = 0;
	*base = u;
	if (o->numbers != GL_SANKEY_NUMBERS_SCALED || u[0] == '\0')
		return 0;
	for (i = 1; i <= SI_TOP; i++)
		if (u[0] == si_prefix[i][0])
			p = (int) i;
	for (i = 0; i < sizeof(si_units) / sizeof(si_units[0]); i++)
	{
		size_t		n = strlen(si_units[i]);

		if (p > 0 && strncmp(u + 1, si_units[i], n) == 0 && (u[1 + n] == '\0' || u[1 + n] == '/'))
			break;
		if (strncmp(u, si_units[i], n) == 0 && (u[n] == '\0' || u[n] == '/'))
		{
			p = 0;
			break;
		}
	}
	if (i == sizeof(si_units) / sizeof(si_units[0]))
		return 0;
	while (m >= 1000 && p + steps < SI_TOP)
	{
		m /= 1000;
		steps++;
	}
	*prefix = p;
	*base = p > 0 ? u + 1 : u;
	return steps;
}

/* a value as labels write it, with the unit when there is one */
static void
put_value(outbuf *b, const gl_sankey_diagram *d, const gl_sankey_options *o,
		  double v, int xml)
{
	char		num[64];
	int			prefix;
	const char *base;
	int			steps = si_steps(d, o, &prefix, &base),
				i;

	for (i = 0; i < steps; i++)
		v /= 1000;
	gl_sankey_format_value(num, sizeof(num), v, o->digits,
						   o->numbers != GL_SANKEY_NUMBERS_PLAIN);
	buf_puts(b, num);
	if (o->unit[0])
	{
		buf_puts(b, " ");
		if (steps > 0)
		{
			buf_puts(b, si_prefix[prefix + steps]);
			if (xml)
				buf_put_xml(b, base, strlen(base));
			else
				buf_puts(b, base);
		}
		else if (xml)
			buf_put_xml(b, o->unit, strlen(o->unit));
		else
			buf_puts(b, o->unit);
	}
}

/* the label of node n, not escaped: name, value and unit, share of the total */
static void
node_label(outbuf *b, const gl_sankey_diagram *d, const gl_sankey_node *n,
		   const gl_sankey_options *o)
{
	char		num[64];
	double		v = n->in > n->out ? n->in : n->out;

	if (n->kind == GL_SANKEY_NODE_OTHER)
		buf_printf(b, "other (%d %s)", n->merged, n->in == 0 ? "sources" : "sinks");
	else
		buf_putn(b, n->name, n->namelen);
	buf_puts(b, " ");
	put_value(b, d, o, v, 0);
	if (o->percent && d->total > 0)
	{
		/* v / total first: 100 * v overflows for v near 1.8e308 */
		gl_sankey_format_value(num, sizeof(num), v / d->total * 100, 3, true);
		buf_printf(b, " (%s %%)", num);
	}
}

/* the longest lines a label is cut into */
#define MAX_LABEL_LINES 3

/* the byte length of the first chars characters of s (n bytes) */
static int32_t
chars_bytes(const char *s, int32_t n, int chars)
{
	int32_t		i = 0;

	while (i < n && chars > 0)
	{
		i++;
		while (i < n && ((unsigned char) s[i] & 0xC0) == 0x80)
			i++;
		chars--;
	}
	return i;
}

/*
 * Cut label s (n bytes) into at most MAX_LABEL_LINES lines of at most
 * perline characters, at blanks where a line has one, else anywhere (on a
 * character boundary).  Lines i are s[start[i] .. end[i]) without the
 * blanks they broke at (up to start[i + 1]); returns their
 * number, *cut when the text did not fit (the last line then ends in an
 * ellipsis, which takes one of its characters).
 */
static int
wrap_label(const char *s, int32_t n, int perline, int32_t *start, int32_t *end,
		   bool *cut)
{
	int32_t		at = 0;
	int			lines = 0;

	*cut = false;
	if (perline < 1)
		perline = 1;
	while (at < n && lines < MAX_LABEL_LINES)
	{
		int32_t		rest = n - at,
					len = chars_bytes(s + at, rest, perline),
					k;

		if (len < rest)
		{
			/* break at the last blank that fits, not before "%)" */
			for (k = len; k > 0 && (s[at + k] != ' ' || s[at + k + 1] == '%'); k--)
				;
			if (k > 0)
				len = k;
		}
		if (lines == MAX_LABEL_LINES - 1 && len < rest)
		{
			/* the last line: cut, room left for the ellipsis */
			len = chars_bytes(s + at, rest, perline > 1 ? perline - 1 : 1);
			*cut = true;
		}
		start[lines] = at;
		end[lines] = at + len;
		lines++;
		at += len;
		while (at < n && s[at] == ' ')
			at++;
	}
	return lines;
}

gl_sankey_status
gl_sankey_label_chars(const gl_sankey_diagram *d, const gl_sankey_node *n,
					  const gl_sankey_options *o, int *chars)
{
	outbuf		b;

	buf_init(&b, 64, 0, GL_SANKEY_MAX_SVG);
	node_label(&b, d, n, o);
	if (b.failed)
	{
		gl_free(b.data);
		return GL_SANKEY_NOMEM;
	}
	*chars = gl_sankey_text_chars(b.data, (int32_t) b.len);
	gl_free(b.data);
	return GL_SANKEY_OK;
}

gl_sankey_status
gl_sankey_label_fit(const gl_sankey_diagram *d, gl_sankey_node *n,
					const gl_sankey_options *o, int perline)
{
	outbuf		b;
	int32_t		start[MAX_LABEL_LINES],
				end[MAX_LABEL_LINES];
	bool		cut;
	int			i,
				widest = 0;

	buf_init(&b, 64, 0, GL_SANKEY_MAX_SVG);
	node_label(&b, d, n, o);
	if (b.failed)
	{
		gl_free(b.data);
		return GL_SANKEY_NOMEM;
	}
	n->label_chars = perline;
	n->label_lines = wrap_label(b.data, (int32_t) b.len, perline, start, end, &cut);
	for (i = 0; i < n->label_lines; i++)
	{
		int			c = gl_sankey_text_chars(b.data + start[i], end[i] - start[i]) +
			(cut && i == n->label_lines - 1);

		if (c > widest)
			widest = c;
	}
	n->label_w = widest * CHAR_W;
	gl_free(b.data);
	return GL_SANKEY_OK;
}

const char *
gl_sankey_kind_name(gl_sankey_node_kind k)
{
	return k == GL_SANKEY_NODE_OTHER ? "other" : k == GL_SANKEY_NODE_UNACCOUNTED ? "unaccounted" : "node";
}

/* ---- roles and colours ------------------------------------------------- */

static const char *const role_names[] = {
	"input", "conversion", "output", "loss", "unaccounted", "other"
};

const char *
gl_sankey_role_name(gl_sankey_role role)
{
	return role_names[role];
}

/*
 * Each role's colour family, three shades; neighbours in a layer take
 * different shades.  Inputs blue, conversions teal, useful outputs green,
 * losses red to orange, unaccounted purple, merged "other" nodes grey:
 * hues apart, so a loss never reads as an output.
 */
#define SHADES 3
static const char *const role_colours[][SHADES] = {
	{"#1f4e9c", "#3a72c4", "#5b93de"},	/* input */
	{"#1f6f78", "#2f8d96", "#4aa7ae"},	/* conversion */
	{"#2e7d32", "#43a047", "#66bb6a"},	/* output */
	{"#b3261e", "#d9452b", "#e8743b"},	/* loss */
	{"#6a3d9a", "#6a3d9a", "#6a3d9a"},	/* unaccounted */
	{"#8c8c8c", "#8c8c8c", "#8c8c8c"}	/* other */
};

/* whether s (n bytes) contains "loss", ASCII case-insensitive */
static bool
names_loss(const char *s, int32_t n)
{
	int32_t		i;

	for (i = 0; i + 4 <= n; i++)
		if ((s[i] | 0x20) == 'l' && (s[i + 1] | 0x20) == 'o' &&
			(s[i + 2] | 0x20) == 's' && (s[i + 3] | 0x20) == 's')
			return true;
	return false;
}

/* whether name s (n bytes) is one of the comma-separated list (blanks trimmed) */
static bool
in_list(const char *list, const char *s, int32_t n)
{
	const char *p = list;

	while (*p)
	{
		const char *q = p,
				   *e;

		while (*q && *q != ',')
			q++;
		e = q;
		while (p < e && *p == ' ')
			p++;
		while (e > p && e[-1] == ' ')
			e--;
		if (e - p == n && memcmp(p, s, (size_t) n) == 0)
			return true;
		p = *q ? q + 1 : q;
	}
	return false;
}

void
gl_sankey_roles(gl_sankey_diagram *d, const gl_sankey_options *o)
{
	int			i;

	for (i = 0; i < d->nnodes; i++)
	{
		gl_sankey_node *n = &d->nodes[i];

		if (n->kind == GL_SANKEY_NODE_OTHER)
			n->role = GL_SANKEY_ROLE_OTHER;
		else if (n->kind == GL_SANKEY_NODE_UNACCOUNTED)
			n->role = GL_SANKEY_ROLE_UNACCOUNTED;
		else if (n->in == 0)
			n->role = GL_SANKEY_ROLE_INPUT;
		else if (n->out > 0)
			n->role = GL_SANKEY_ROLE_CONVERSION;
		else if (names_loss(n->name, n->namelen) || in_list(o->losses, n->name, n->namelen))
			n->role = GL_SANKEY_ROLE_LOSS;
		else
			n->role = GL_SANKEY_ROLE_OUTPUT;
		n->shade = n->order % SHADES;
	}
}

static const char *
node_colour(const gl_sankey_node *n)
{
	return role_colours[n->role][n->shade];
}

/* a link: its target's colour when the target ends the flow, else its source's */
static const gl_sankey_node *
link_colour_node(const gl_sankey_node *s, const gl_sankey_node *t)
{
	return t->out == 0 ? t : s;
}

/* an exact number as an attribute value */
static void
put_exact(outbuf *b, double v)
{
	char		num[40];

	gl_sankey_format_exact(num, sizeof(num), v);
	buf_puts(b, num);
}

/* the text of node n: one line, or wrapped into tspans */
static void
put_node_text(outbuf *b, const gl_sankey_diagram *d, const gl_sankey_node *n,
			  const gl_sankey_options *o, outbuf *scratch)
{
	double		x = n->x + NODE_W + LABEL_PAD;
	int32_t		start[MAX_LABEL_LINES],
				end[MAX_LABEL_LINES];
	bool		cut;
	int			lines,
				i;

	scratch->len = 0;
	node_label(scratch, d, n, o);
	lines = wrap_label(scratch->data, (int32_t) scratch->len, n->label_chars, start, end, &cut);
	/* one line: dy on the text; lines: on each line, as it applies to one */
	buf_printf(b, "<text x=\"%.2f\" y=\"%.2f\"%s stroke=\"#ffffff\" "
			   "stroke-width=\"3\" stroke-opacity=\"0.8\" paint-order=\"stroke\">",
			   x, node_centre(n), lines <= 1 && !cut ? " dy=\"0.35em\"" : "");
	if (lines <= 1 && !cut)
		buf_put_xml(b, scratch->data, scratch->len);
	else
		for (i = 0; i < lines; i++)
		{
			buf_printf(b, "<tspan x=\"%.2f\" y=\"%.2f\" dy=\"0.35em\">", x,
					   node_centre(n) + (i - (lines - 1) / 2.0) * LABEL_H);
			/* the blanks a line broke at stay at its end: the text reads as one */
			buf_put_xml(b, scratch->data + start[i],
						(size_t) ((i + 1 < lines ? start[i + 1] : end[i]) - start[i]));
			if (cut && i == lines - 1)
				buf_puts(b, "\xE2\x80\xA6");
			buf_puts(b, "</tspan>");
		}
	buf_puts(b, "</text>");
}

gl_sankey_status
gl_sankey_write_svg(const gl_sankey_diagram *d, const gl_sankey_options *o,
					size_t header, char **svg, size_t *len)
{
	outbuf		b,
				scratch;
	int			i;
	gl_sankey_status st = GL_SANKEY_OK;

	buf_init(&b, header + 4096 + (size_t) d->nlinks * 400 + (size_t) d->nnodes * 400,
			 header, GL_SANKEY_MAX_SVG);
	buf_init(&scratch, 256, 0, GL_SANKEY_MAX_SVG);
	buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
			   "viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" "
			   "font-size=\"%.0f\">\n",
			   ceil(d->width), ceil(d->height), ceil(d->width), ceil(d->height), FONT_PX);
	if (o->title[0])
	{
		buf_puts(&b, "<title>");
		buf_put_xml(&b, o->title, strlen(o->title));
		buf_puts(&b, "</title>\n");
	}
	buf_printf(&b, "<desc>Sankey diagram: %d nodes, %d links, total input ", d->nnodes,
			   d->nlinks);
	put_value(&b, d, o, d->total, 1);
	buf_puts(&b, "</desc>\n");
	buf_puts(&b, "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
	if (o->title[0])
	{
		size_t		tlen = strlen(o->title),
					keep = (size_t) chars_bytes(o->title, (int32_t) tlen, d->title_chars);

		buf_printf(&b, "<text class=\"title\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" "
				   "font-size=\"%.4g\" font-weight=\"bold\">", d->width / 2, MARGIN + 16,
				   d->title_px);
		buf_put_xml(&b, o->title, keep);
		if (keep < tlen)
			buf_puts(&b, "\xE2\x80\xA6");
		buf_puts(&b, "</text>\n");
	}
	if (d->nnodes == 0)
		buf_printf(&b, "<text class=\"empty\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">"
				   "no flows above zero</text>\n", d->width / 2, d->height / 2);

	buf_puts(&b, "<g class=\"links\" fill-opacity=\"0.45\">\n");
	for (i = 0; i < d->nlinks && !b.failed; i++)
	{
		const gl_sankey_link *k = &d->links[i];
		const gl_sankey_node *s = &d->nodes[k->src],
				   *t = &d->nodes[k->tgt],
				   *c = link_colour_node(s, t);
		double		x0 = s->x + NODE_W,
					x1 = t->x,
					xm = (x0 + x1) / 2;

		check_every(i);
		buf_printf(&b, "<path class=\"link\" data-source=\"%d\" data-target=\"%d\" data-role=\"%s\" data-value=\"",
				   k->src, k->tgt, gl_sankey_role_name(c->role));
		put_exact(&b, k->value);
		buf_printf(&b, "\" fill=\"%s\" d=\"M%.2f %.2fC%.2f %.2f %.2f %.2f %.2f %.2fL%.2f %.2fC%.2f %.2f %.2f %.2f %.2f %.2fZ\">",
				   node_colour(c),
				   x0, k->sy, xm, k->sy, xm, k->ty, x1, k->ty,
				   x1, k->ty + k->w, xm, k->ty + k->w, xm, k->sy + k->w, x0, k->sy + k->w);
		buf_puts(&b, "<title>");
		buf_put_xml(&b, s->name, s->namelen);
		buf_puts(&b, " -&gt; ");
		buf_put_xml(&b, t->name, t->namelen);
		buf_puts(&b, ": ");
		put_value(&b, d, o, k->value, 1);
		buf_puts(&b, "</title></path>\n");
	}
	buf_puts(&b, "</g>\n<g class=\"nodes\">\n");
	for (i = 0; i < d->nnodes && !b.failed; i++)
	{
		const gl_sankey_node *n = &d->nodes[i];

		check_every(i);
		buf_printf(&b, "<g class=\"node\" data-id=\"%d\" data-kind=\"%s\" data-role=\"%s\" data-name=\"",
				   i, gl_sankey_kind_name(n->kind), gl_sankey_role_name(n->role));
		buf_put_xml(&b, n->name, n->namelen);
		buf_printf(&b, "\" data-layer=\"%d\" data-in=\"", n->layer);
		put_exact(&b, n->in);
		buf_puts(&b, "\" data-out=\"");
		put_exact(&b, n->out);
		buf_printf(&b, "\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
				   n->x, n->y, NODE_W, n->h > 1 ? n->h : 1, node_colour(n));
		put_node_text(&b, d, n, o, &scratch);
		buf_puts(&b, "</g>\n");
	}
	buf_puts(&b, "</g>\n</svg>");
	if (b.failed || scratch.failed)
	{
		st = b.failed == 2 ? GL_SANKEY_SVG_TOO_LARGE : GL_SANKEY_NOMEM;
		gl_free(b.data);
		gl_free(scratch.data);
		return st;
	}
	gl_free(scratch.data);
	*svg = b.data;
	*len = b.len - header;
	return GL_SANKEY_OK;
}
