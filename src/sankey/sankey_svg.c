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
	size_t		len;
	size_t		cap;
	int			failed;
} outbuf;

static void
buf_init(outbuf *b, size_t cap)
{
	b->data = gl_alloc(cap);
	b->len = 0;
	b->cap = b->data ? cap : 0;
	b->failed = b->data == NULL;
	if (b->data)
		b->data[0] = '\0';
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
	cap = b->cap * 2;
	while (cap < b->len + more + 1)
		cap *= 2;
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
gl_sankey_format_value(char *buf, size_t size, double v, int digits)
{
	double		a = fabs(v);
	double		p = 1.0;
	int			mag = 0;
	int			decimals;
	int			n;

	if (v == 0)
		return snprintf(buf, size, "0");
	if (a >= 1e15 || a < 1e-4)
		return snprintf(buf, size, "%.*e", digits - 1, v);
	/* mag = floor(log10(a)), by exact powers of ten */
	while (a >= p * 10)
	{
		p *= 10;
		mag++;
	}
	while (a < p)
	{
		p /= 10;
		mag--;
	}
	decimals = digits - 1 - mag;
	if (decimals < 0)
		decimals = 0;
	n = snprintf(buf, size, "%.*f", decimals, v);
	if (decimals > 0 && n > 0 && (size_t) n < size)
	{
		/* drop trailing zeros of the fraction */
		while (n > 0 && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n > 0 && buf[n - 1] == '.')
			buf[--n] = '\0';
	}
	return n;
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

/* the label of node n: name, value and unit, share of the total */
static void
node_label(outbuf *b, const gl_sankey_diagram *d, const gl_sankey_node *n,
		   const gl_sankey_options *o, int xml)
{
	char		num[64];
	double		v = n->in > n->out ? n->in : n->out;

	if (n->kind == GL_SANKEY_NODE_OTHER)
		buf_printf(b, "other (%d %s)", n->merged, n->in == 0 ? "sources" : "sinks");
	else if (xml)
		buf_put_xml(b, n->name, n->namelen);
	else
		buf_putn(b, n->name, n->namelen);
	gl_sankey_format_value(num, sizeof(num), v, o->digits);
	buf_printf(b, " %s", num);
	if (o->unit[0])
	{
		buf_puts(b, " ");
		if (xml)
			buf_put_xml(b, o->unit, strlen(o->unit));
		else
			buf_puts(b, o->unit);
	}
	if (o->percent && d->total > 0)
	{
		gl_sankey_format_value(num, sizeof(num), 100 * v / d->total, 3);
		buf_printf(b, " (%s %%)", num);
	}
}

gl_sankey_status
gl_sankey_label_chars(const gl_sankey_diagram *d, const gl_sankey_node *n,
					  const gl_sankey_options *o, int *chars)
{
	outbuf		b;

	buf_init(&b, 64);
	node_label(&b, d, n, o, 0);
	if (b.failed)
	{
		gl_free(b.data);
		return GL_SANKEY_NOMEM;
	}
	*chars = gl_sankey_text_chars(b.data, (int32_t) b.len);
	gl_free(b.data);
	return GL_SANKEY_OK;
}

const char *
gl_sankey_kind_name(gl_sankey_node_kind k)
{
	return k == GL_SANKEY_NODE_OTHER ? "other" : k == GL_SANKEY_NODE_UNACCOUNTED ? "unaccounted" : "node";
}

/* ---- SVG --------------------------------------------------------------- */

static const char *const palette[] = {
	"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
	"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf"
};

/* a node's colour: from its name, so a name keeps its colour everywhere */
static const char *
node_colour(const gl_sankey_node *n)
{
	uint32_t	h = 2166136261u;
	int32_t		i;

	if (n->kind == GL_SANKEY_NODE_OTHER)
		return "#bab0ac";
	if (n->kind == GL_SANKEY_NODE_UNACCOUNTED)
		return "#79706e";
	for (i = 0; i < n->namelen; i++)
	{
		h ^= (unsigned char) n->name[i];
		h *= 16777619u;
	}
	return palette[h % (sizeof(palette) / sizeof(palette[0]))];
}

/* an exact number as an attribute value */
static void
put_exact(outbuf *b, double v)
{
	char		num[40];

	gl_sankey_format_exact(num, sizeof(num), v);
	buf_puts(b, num);
}

gl_sankey_status
gl_sankey_write_svg(const gl_sankey_diagram *d, const gl_sankey_options *o,
					char **svg, size_t *len)
{
	outbuf		b;
	int			i;
	char		num[64];

	buf_init(&b, 4096 + (size_t) d->nlinks * 400 + (size_t) d->nnodes * 400);
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
	gl_sankey_format_value(num, sizeof(num), d->total, o->digits);
	buf_printf(&b, "<desc>Sankey diagram: %d nodes, %d links, total input %s", d->nnodes,
			   d->nlinks, num);
	if (o->unit[0])
	{
		buf_puts(&b, " ");
		buf_put_xml(&b, o->unit, strlen(o->unit));
	}
	buf_puts(&b, "</desc>\n");
	buf_puts(&b, "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
	if (o->title[0])
	{
		buf_printf(&b, "<text class=\"title\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" "
				   "font-size=\"16\" font-weight=\"bold\">", d->width / 2, MARGIN + 16);
		buf_put_xml(&b, o->title, strlen(o->title));
		buf_puts(&b, "</text>\n");
	}
	if (d->nnodes == 0)
		buf_printf(&b, "<text class=\"empty\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">"
				   "no flows above zero</text>\n", d->width / 2, d->height / 2);

	buf_puts(&b, "<g class=\"links\" fill-opacity=\"0.45\">\n");
	for (i = 0; i < d->nlinks; i++)
	{
		const gl_sankey_link *k = &d->links[i];
		const gl_sankey_node *s = &d->nodes[k->src],
				   *t = &d->nodes[k->tgt];
		double		x0 = s->x + NODE_W,
					x1 = t->x,
					xm = (x0 + x1) / 2;

		buf_printf(&b, "<path class=\"link\" data-source=\"%d\" data-target=\"%d\" data-value=\"",
				   k->src, k->tgt);
		put_exact(&b, k->value);
		buf_printf(&b, "\" fill=\"%s\" d=\"M%.2f %.2fC%.2f %.2f %.2f %.2f %.2f %.2fL%.2f %.2fC%.2f %.2f %.2f %.2f %.2f %.2fZ\">",
				   node_colour(s),
				   x0, k->sy, xm, k->sy, xm, k->ty, x1, k->ty,
				   x1, k->ty + k->w, xm, k->ty + k->w, xm, k->sy + k->w, x0, k->sy + k->w);
		buf_puts(&b, "<title>");
		buf_put_xml(&b, s->name, s->namelen);
		buf_puts(&b, " -&gt; ");
		buf_put_xml(&b, t->name, t->namelen);
		gl_sankey_format_value(num, sizeof(num), k->value, o->digits);
		buf_printf(&b, ": %s", num);
		if (o->unit[0])
		{
			buf_puts(&b, " ");
			buf_put_xml(&b, o->unit, strlen(o->unit));
		}
		buf_puts(&b, "</title></path>\n");
	}
	buf_puts(&b, "</g>\n<g class=\"nodes\">\n");
	for (i = 0; i < d->nnodes; i++)
	{
		const gl_sankey_node *n = &d->nodes[i];

		buf_printf(&b, "<g class=\"node\" data-id=\"%d\" data-kind=\"%s\" data-name=\"",
				   i, gl_sankey_kind_name(n->kind));
		buf_put_xml(&b, n->name, n->namelen);
		buf_printf(&b, "\" data-layer=\"%d\" data-in=\"", n->layer);
		put_exact(&b, n->in);
		buf_puts(&b, "\" data-out=\"");
		put_exact(&b, n->out);
		buf_printf(&b, "\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
				   n->x, n->y, NODE_W, n->h > 1 ? n->h : 1, node_colour(n));
		buf_printf(&b, "<text x=\"%.2f\" y=\"%.2f\" dy=\"0.35em\" stroke=\"#ffffff\" "
				   "stroke-width=\"3\" stroke-opacity=\"0.8\" paint-order=\"stroke\">",
				   n->x + NODE_W + LABEL_PAD, node_centre(n));
		node_label(&b, d, n, o, 1);
		buf_puts(&b, "</text></g>\n");
	}
	buf_puts(&b, "</g>\n</svg>");
	if (b.failed)
	{
		gl_free(b.data);
		return GL_SANKEY_NOMEM;
	}
	*svg = b.data;
	*len = b.len;
	return GL_SANKEY_OK;
}
