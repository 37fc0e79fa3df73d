/*
 * sankey.c - Sankey diagrams: flows, their text form, options, layout and
 * the SVG writer.  Plain C; see sankey.h.
 *
 * Layout, in order:
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
 * All ties are broken by node number, so the output is deterministic.
 */
#include "sankey/sankey.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ---------------------------------------------------------- */

static void *
sk_std_alloc(size_t size)
{
	return malloc(size);
}

static void *
sk_std_resize(void *ptr, size_t size)
{
	return realloc(ptr, size);
}

static void
sk_std_release(void *ptr)
{
	free(ptr);
}

static sk_allocator sk_mem = {sk_std_alloc, sk_std_resize, sk_std_release};

void
sk_set_allocator(const sk_allocator *a)
{
	if (a)
		sk_mem = *a;
	else
	{
		sk_mem.alloc = sk_std_alloc;
		sk_mem.resize = sk_std_resize;
		sk_mem.release = sk_std_release;
	}
}

static void *
sk_alloc(size_t size)
{
	return sk_mem.alloc(size > 0 ? size : 1);
}

static void *
sk_zalloc(size_t size)
{
	void	   *p = sk_alloc(size);

	if (p)
		memset(p, 0, size > 0 ? size : 1);
	return p;
}

static void
sk_free(void *p)
{
	if (p)
		sk_mem.release(p);
}

/* ---- a growing string ------------------------------------------------- */

typedef struct sk_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	int			failed;
} sk_buf;

static void
buf_init(sk_buf *b, size_t cap)
{
	b->data = sk_alloc(cap);
	b->len = 0;
	b->cap = b->data ? cap : 0;
	b->failed = b->data == NULL;
	if (b->data)
		b->data[0] = '\0';
}

static int
buf_reserve(sk_buf *b, size_t more)
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
	p = sk_mem.resize(b->data, cap);
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
buf_putn(sk_buf *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void
buf_puts(sk_buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

static void buf_printf(sk_buf *b, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

static void
buf_printf(sk_buf *b, const char *fmt,...)
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
buf_put_xml(sk_buf *b, const char *s, size_t n)
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

/* ---- errors ---------------------------------------------------------------- */

static char *sk_vstrdup(const char *fmt, va_list ap)
			__attribute__((format(printf, 1, 0)));

static char *
sk_vstrdup(const char *fmt, va_list ap)
{
	sk_buf		b;
	va_list		ap2;
	int			n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return NULL;
	buf_init(&b, (size_t) n + 1);
	if (b.failed)
		return NULL;
	vsnprintf(b.data, (size_t) n + 1, fmt, ap);
	return b.data;
}

static sk_status sk_fail(sk_error *err, sk_status st, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static sk_status
sk_fail(sk_error *err, sk_status st, const char *fmt,...)
{
	va_list		ap;

	if (err)
	{
		err->status = st;
		va_start(ap, fmt);
		err->message = sk_vstrdup(fmt, ap);
		va_end(ap);
		err->detail = NULL;
		err->hint = NULL;
	}
	return st;
}

/* set the detail (hint = 0) or the hint of err */
static void sk_note(sk_error *err, int hint, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

static void
sk_note(sk_error *err, int hint, const char *fmt,...)
{
	va_list		ap;
	char	   *text;

	if (!err)
		return;
	va_start(ap, fmt);
	text = sk_vstrdup(fmt, ap);
	va_end(ap);
	if (hint)
		err->hint = text;
	else
		err->detail = text;
}

#define sk_detail(err, ...) sk_note(err, 0, __VA_ARGS__)
#define sk_hint(err, ...) sk_note(err, 1, __VA_ARGS__)

void
sk_error_clear(sk_error *err)
{
	sk_free(err->message);
	sk_free(err->detail);
	sk_free(err->hint);
	err->status = SK_OK;
	err->message = err->detail = err->hint = NULL;
}

static sk_status
sk_nomem(sk_error *err)
{
	if (err)
	{
		err->status = SK_ERR_NOMEM;
		err->message = NULL;
		err->detail = NULL;
		err->hint = NULL;
	}
	return SK_ERR_NOMEM;
}

/* ---- number formatting ------------------------------------------------- */

int
sk_format_exact(char *buf, size_t size, double v)
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
sk_format_value(char *buf, size_t size, double v, int digits)
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

/* ---- flows ------------------------------------------------------------- */

void
sk_flows_init(sk_flows *f)
{
	memset(f, 0, sizeof(*f));
}

void
sk_flows_free(sk_flows *f)
{
	sk_free(f->flows);
	sk_free(f->pool);
	sk_flows_init(f);
}

sk_status
sk_flow_check(const char *src, int32_t srclen, const char *tgt,
			  int32_t tgtlen, double value)
{
	(void) src;
	(void) tgt;
	if (isnan(value) || isinf(value) || value < 0)
		return SK_ERR_VALUE;
	if (srclen <= 0 || tgtlen <= 0)
		return SK_ERR_NAME;
	return SK_OK;
}

static sk_status
flows_reserve(sk_flows *f, int32_t nmore, int64_t poolmore)
{
	if ((int64_t) f->nflows + nmore > SK_MAX_FLOWS ||
		f->poollen + poolmore > SK_MAX_POOL)
		return SK_ERR_LIMIT;
	if (f->nflows + nmore > f->maxflows)
	{
		int32_t		cap = f->maxflows > 0 ? f->maxflows : 16;
		sk_flow    *p;

		while (cap < f->nflows + nmore)
			cap = cap > SK_MAX_FLOWS / 2 ? SK_MAX_FLOWS : cap * 2;
		p = f->flows ? sk_mem.resize(f->flows, sizeof(sk_flow) * cap)
			: sk_alloc(sizeof(sk_flow) * cap);
		if (p == NULL)
			return SK_ERR_NOMEM;
		f->flows = p;
		f->maxflows = cap;
	}
	if (f->poollen + poolmore > f->maxpool)
	{
		int64_t		cap = f->maxpool > 0 ? f->maxpool : 256;
		char	   *p;

		while (cap < f->poollen + poolmore)
			cap = cap > SK_MAX_POOL / 2 ? SK_MAX_POOL : cap * 2;
		p = f->pool ? sk_mem.resize(f->pool, (size_t) cap)
			: sk_alloc((size_t) cap);
		if (p == NULL)
			return SK_ERR_NOMEM;
		f->pool = p;
		f->maxpool = cap;
	}
	return SK_OK;
}

sk_status
sk_flows_add(sk_flows *f, const char *src, int32_t srclen,
			 const char *tgt, int32_t tgtlen, double value)
{
	sk_status	st = flows_reserve(f, 1, (int64_t) srclen + tgtlen);
	sk_flow    *fl;

	if (st != SK_OK)
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
	return SK_OK;
}

sk_status
sk_flows_append(sk_flows *f, const sk_flow *flows, int32_t n, const char *pool)
{
	int64_t		more = 0;
	int32_t		i;
	sk_status	st;

	for (i = 0; i < n; i++)
		more += (int64_t) flows[i].src_len + flows[i].tgt_len;
	st = flows_reserve(f, n, more);
	if (st != SK_OK)
		return st;
	for (i = 0; i < n; i++)
	{
		st = sk_flows_add(f, pool + flows[i].src_off, flows[i].src_len,
						  pool + flows[i].tgt_off, flows[i].tgt_len,
						  flows[i].value);
		if (st != SK_OK)
			return st;
	}
	return SK_OK;
}

/* ---- the text form ----------------------------------------------------- */

static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
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

static sk_status
parse_error(sk_error *err, const char *text, const char *at, const char *what)
{
	sk_fail(err, SK_ERR_SYNTAX, "invalid input syntax for type sankey_flows: \"%s\"",
			text);
	sk_detail(err, "Expected %s at character %d.", what, (int) (at - text) + 1);
	return SK_ERR_SYNTAX;
}

sk_status
sk_flows_parse(const char *text, sk_flows *f, char **options, int32_t *optlen,
			   sk_error *err)
{
	const char *p = skip_blanks(text);
	size_t		tlen = strlen(text);
	char	   *src = sk_alloc(tlen + 1);
	char	   *tgt = sk_alloc(tlen + 1);
	sk_status	st = SK_OK;
	int			first = 1;

	*options = NULL;
	*optlen = 0;
	if (!src || !tgt)
	{
		sk_free(src);
		sk_free(tgt);
		return sk_nomem(err);
	}
	while (*p)
	{
		int32_t		srclen,
					tgtlen;
		double		v;
		char	   *end;

		if (first && strncmp(p, "options", 7) == 0)
		{
			char	   *opt = sk_alloc(tlen + 1);
			int32_t		n;

			if (!opt)
			{
				st = sk_nomem(err);
				break;
			}
			p = skip_blanks(p + 7);
			if (*p != '=')
			{
				sk_free(opt);
				st = parse_error(err, text, p, "\"=\" after options");
				break;
			}
			p = skip_blanks(p + 1);
			n = read_quoted(&p, opt);
			if (n < 0)
			{
				sk_free(opt);
				st = parse_error(err, text, p, "the options in double quotes");
				break;
			}
			opt[n] = '\0';
			*options = opt;
			*optlen = n;
		}
		else
		{
			srclen = read_quoted(&p, src);
			if (srclen < 0)
			{
				st = parse_error(err, text, p, "a source name in double quotes");
				break;
			}
			p = skip_blanks(p);
			if (p[0] != '-' || p[1] != '>')
			{
				st = parse_error(err, text, p, "\"->\"");
				break;
			}
			p = skip_blanks(p + 2);
			tgtlen = read_quoted(&p, tgt);
			if (tgtlen < 0)
			{
				st = parse_error(err, text, p, "a target name in double quotes");
				break;
			}
			p = skip_blanks(p);
			if (*p != ':')
			{
				st = parse_error(err, text, p, "\":\" before the value");
				break;
			}
			p = skip_blanks(p + 1);
			v = strtod(p, &end);
			if (end == p)
			{
				st = parse_error(err, text, p, "a number");
				break;
			}
			p = end;
			st = sk_flow_check(src, srclen, tgt, tgtlen, v);
			if (st == SK_ERR_VALUE)
			{
				sk_fail(err, st, "flow value out of range in sankey_flows: \"%s\"", text);
				sk_detail(err, "Flow values must be finite and not negative.");
				break;
			}
			if (st == SK_ERR_NAME)
			{
				sk_fail(err, st, "empty node name in sankey_flows: \"%s\"", text);
				break;
			}
			st = sk_flows_add(f, src, srclen, tgt, tgtlen, v);
			if (st == SK_ERR_NOMEM)
			{
				sk_nomem(err);
				break;
			}
			if (st != SK_OK)
			{
				sk_fail(err, st, "sankey_flows holds too many flows");
				break;
			}
		}
		first = 0;
		p = skip_blanks(p);
		if (*p == ';')
		{
			p = skip_blanks(p + 1);
			if (*p == '\0')
			{
				st = parse_error(err, text, p, "a flow after \";\"");
				break;
			}
		}
		else if (*p != '\0')
		{
			st = parse_error(err, text, p, "\";\" or the end");
			break;
		}
	}
	sk_free(src);
	sk_free(tgt);
	return st;
}

/* ---- options ----------------------------------------------------------- */

void
sk_options_default(sk_options *o)
{
	o->width = SK_DEFAULT_WIDTH;
	o->height = SK_DEFAULT_HEIGHT;
	o->unit = "";
	o->title = "";
	o->min_fraction = 0;
	o->max_nodes = SK_DEFAULT_MAX_NODES;
	o->max_links = SK_DEFAULT_MAX_LINKS;
	o->imbalance = SK_IMBALANCE_SHOW;
	o->tolerance = SK_DEFAULT_TOLERANCE;
	o->digits = SK_DEFAULT_DIGITS;
	o->percent = 0;
}

static const char *const option_names =
"width, height, unit, title, min_fraction, max_nodes, max_links, imbalance, tolerance, digits, percent";

static int
key_is(const char *key, size_t keylen, const char *name)
{
	size_t		i;

	if (strlen(name) != keylen)
		return 0;
	for (i = 0; i < keylen; i++)
		if (tolower((unsigned char) key[i]) != name[i])
			return 0;
	return 1;
}

/* value as a number in [lo, hi] (an integer when integral) */
static int
option_number(const char *val, double lo, double hi, int integral, double *out)
{
	char	   *end;
	double		v;

	if (*val == '\0')
		return 0;
	v = strtod(val, &end);
	if (*skip_blanks(end) != '\0' || !isfinite(v) || v < lo || v > hi)
		return 0;
	if (integral && v != floor(v))
		return 0;
	*out = v;
	return 1;
}

static sk_status
option_range_error(sk_error *err, const char *key, const char *what,
				   const char *val)
{
	sk_fail(err, SK_ERR_OPTION, "sankey option %s must be %s, not \"%s\"",
			key, what, val);
	return SK_ERR_OPTION;
}

static sk_status
set_option(sk_options *o, const char *key, size_t keylen, char *val,
		   sk_error *err)
{
	double		v;

	if (key_is(key, keylen, "width") || key_is(key, keylen, "height"))
	{
		int			w = key_is(key, keylen, "width");

		if (!option_number(val, 100, 20000, 0, &v))
			return option_range_error(err, w ? "width" : "height",
									  "a number of pixels between 100 and 20000", val);
		if (w)
			o->width = v;
		else
			o->height = v;
	}
	else if (key_is(key, keylen, "unit"))
		o->unit = val;
	else if (key_is(key, keylen, "title"))
		o->title = val;
	else if (key_is(key, keylen, "min_fraction"))
	{
		if (!option_number(val, 0, 1, 0, &v))
			return option_range_error(err, "min_fraction", "a number between 0 and 1", val);
		o->min_fraction = v;
	}
	else if (key_is(key, keylen, "max_nodes"))
	{
		if (!option_number(val, 1, SK_HARD_MAX_NODES, 1, &v))
			return option_range_error(err, "max_nodes", "an integer between 1 and 10000", val);
		o->max_nodes = (int) v;
	}
	else if (key_is(key, keylen, "max_links"))
	{
		if (!option_number(val, 1, SK_HARD_MAX_LINKS, 1, &v))
			return option_range_error(err, "max_links", "an integer between 1 and 100000", val);
		o->max_links = (int) v;
	}
	else if (key_is(key, keylen, "imbalance"))
	{
		if (strcmp(val, "show") == 0)
			o->imbalance = SK_IMBALANCE_SHOW;
		else if (strcmp(val, "ignore") == 0)
			o->imbalance = SK_IMBALANCE_IGNORE;
		else if (strcmp(val, "error") == 0)
			o->imbalance = SK_IMBALANCE_ERROR;
		else
			return option_range_error(err, "imbalance", "show, ignore or error", val);
	}
	else if (key_is(key, keylen, "tolerance"))
	{
		if (!option_number(val, 0, 1, 0, &v))
			return option_range_error(err, "tolerance", "a number between 0 and 1", val);
		o->tolerance = v;
	}
	else if (key_is(key, keylen, "digits"))
	{
		if (!option_number(val, 1, 15, 1, &v))
			return option_range_error(err, "digits", "an integer between 1 and 15", val);
		o->digits = (int) v;
	}
	else if (key_is(key, keylen, "percent"))
	{
		if (strcmp(val, "on") == 0 || strcmp(val, "true") == 0)
			o->percent = 1;
		else if (strcmp(val, "off") == 0 || strcmp(val, "false") == 0)
			o->percent = 0;
		else
			return option_range_error(err, "percent", "on or off", val);
	}
	else
	{
		sk_fail(err, SK_ERR_OPTION, "unknown sankey option \"%.*s\"",
				(int) keylen, key);
		sk_detail(err, "The options are: %s.", option_names);
		return SK_ERR_OPTION;
	}
	return SK_OK;
}

sk_status
sk_options_parse(const char *text, int32_t len, sk_options *o, sk_error *err)
{
	char	   *copy = sk_alloc((size_t) len + 1);
	char	   *p;

	if (!copy)
		return sk_nomem(err);
	memcpy(copy, text, len);
	copy[len] = '\0';
	p = (char *) skip_blanks(copy);
	while (*p)
	{
		const char *key = p;
		size_t		keylen;
		char	   *val;
		sk_status	st;

		while (isalpha((unsigned char) *p) || *p == '_')
			p++;
		keylen = (size_t) (p - key);
		p = (char *) skip_blanks(p);
		if (keylen == 0 || *p != '=')
		{
			sk_fail(err, SK_ERR_SYNTAX, "invalid sankey options: \"%.*s\"",
					(int) len, text);
			sk_detail(err, "Expected %s at character %d.",
					  keylen == 0 ? "an option name" : "\"=\" after the option name",
					  (int) (p - copy) + 1);
			sk_hint(err, "Options are written as 'key=value, key=value'; a value with a comma is double-quoted.");
			return SK_ERR_SYNTAX;
		}
		p = (char *) skip_blanks(p + 1);
		if (*p == '"')
		{
			/* quoted: decode in place (the decoded text is never longer) */
			const char *q = p;
			int32_t		n;

			val = p;
			n = read_quoted(&q, val);
			if (n < 0)
			{
				sk_fail(err, SK_ERR_SYNTAX, "invalid sankey options: \"%.*s\"",
						(int) len, text);
				sk_detail(err, "A double-quoted value is not closed.");
				return SK_ERR_SYNTAX;
			}
			p = (char *) skip_blanks(q);
			val[n] = '\0';
			if (*p != ',' && *p != '\0')
			{
				sk_fail(err, SK_ERR_SYNTAX, "invalid sankey options: \"%.*s\"",
						(int) len, text);
				sk_detail(err, "Expected \",\" after a quoted value.");
				return SK_ERR_SYNTAX;
			}
			if (*p == ',')
				p = (char *) skip_blanks(p + 1);
		}
		else
		{
			char	   *end;

			val = p;
			while (*p && *p != ',')
				p++;
			end = p;
			while (end > val && (end[-1] == ' ' || end[-1] == '\t' ||
								 end[-1] == '\n' || end[-1] == '\r'))
				end--;
			if (*p == ',')
				p = (char *) skip_blanks(p + 1);
			*end = '\0';
		}
		st = set_option(o, key, keylen, val, err);
		if (st != SK_OK)
			return st;
	}
	return SK_OK;
}

/* ---- layout -------------------------------------------------------------- */

/* label geometry: font size 12 px */
#define FONT_PX 12.0
#define CHAR_W 7.0				/* average advance of a character, px */
#define LABEL_H 15.0			/* height a label needs, px */
#define NODE_W 14.0
#define NODE_GAP 6.0			/* between the extents of two nodes */
#define MARGIN 12.0
#define TITLE_H 34.0
#define TITLE_CHAR_W 10.0		/* average advance in the 16 px bold title */
#define LABEL_PAD 6.0
#define MAX_LABEL_W 480.0		/* labels wider than this may overlap */

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

/* flows sorted by (source, target, value): ties are identical in every key */
static const char *sort_pool;

static int
flow_cmp(const void *x, const void *y)
{
	const sk_flow *a = x,
			   *b = y;
	int			c = name_cmp(sort_pool + a->src_off, a->src_len,
							 sort_pool + b->src_off, b->src_len);

	if (c == 0)
		c = name_cmp(sort_pool + a->tgt_off, a->tgt_len,
					 sort_pool + b->tgt_off, b->tgt_len);
	if (c == 0)
		c = (a->value > b->value) - (a->value < b->value);
	return c;
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
link_key_cmp(const void *x, const void *y)
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
static sk_status
set_links(sk_diagram *d, link_key *keys, int n)
{
	int			i,
				m = 0;

	qsort(keys, n, sizeof(link_key), link_key_cmp);
	sk_free(d->links);
	d->links = sk_zalloc(sizeof(sk_link) * (n > 0 ? n : 1));
	if (!d->links)
		return SK_ERR_NOMEM;
	for (i = 0; i < n; i++)
	{
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
	return SK_OK;
}

static void
node_sums(sk_diagram *d)
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

/* first link out of each node: links are sorted by source */
static int *
out_index(const sk_diagram *d)
{
	int		   *start = sk_zalloc(sizeof(int) * (d->nnodes + 1));
	int			i;

	if (!start)
		return NULL;
	for (i = 0; i < d->nlinks; i++)
		start[d->links[i].src + 1]++;
	for (i = 0; i < d->nnodes; i++)
		start[i + 1] += start[i];
	return start;
}

static void
put_node_name(sk_buf *b, const sk_node *n)
{
	buf_putn(b, n->name, n->namelen);
}

/* depth-first search for a cycle; reports the first one found */
static sk_status
find_cycle(const sk_diagram *d, sk_error *err)
{
	int		   *start = out_index(d);
	int		   *color = sk_zalloc(sizeof(int) * d->nnodes);
	int		   *stack = sk_alloc(sizeof(int) * d->nnodes);
	int		   *next = sk_alloc(sizeof(int) * d->nnodes);
	int			root;
	sk_status	st = SK_OK;

	if (!start || !color || !stack || !next)
	{
		st = sk_nomem(err);
		goto done;
	}
	for (root = 0; root < d->nnodes && st == SK_OK; root++)
	{
		int			top = 0;

		if (color[root] != 0)
			continue;
		stack[0] = root;
		next[root] = start[root];
		color[root] = 1;
		while (top >= 0 && st == SK_OK)
		{
			int			u = stack[top];

			if (next[u] < start[u + 1])
			{
				int			v = d->links[next[u]++].tgt;

				if (color[v] == 1)
				{
					sk_buf		b;
					int			k = top;

					while (stack[k] != v)
						k--;
					buf_init(&b, 128);
					for (; k <= top; k++)
					{
						put_node_name(&b, &d->nodes[stack[k]]);
						buf_puts(&b, " -> ");
					}
					put_node_name(&b, &d->nodes[v]);
					if (b.failed)
						st = sk_nomem(err);
					else
					{
						st = sk_fail(err, SK_ERR_CYCLE,
									 "circular flow in Sankey diagram: %s", b.data);
						sk_detail(err, "A Sankey diagram shows flows that do not return to a node they came from.");
						sk_hint(err, "Draw a returned flow (e.g. condensate return) as its own source node feeding the node it returns to.");
					}
					sk_free(b.data);
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
done:
	sk_free(start);
	sk_free(color);
	sk_free(stack);
	sk_free(next);
	return st;
}

/* layers: longest path from a source, then sources moved right */
static sk_status
assign_layers(sk_diagram *d)
{
	int		   *start = out_index(d);
	int		   *indeg = sk_zalloc(sizeof(int) * d->nnodes);
	int		   *queue = sk_alloc(sizeof(int) * d->nnodes);
	int			head = 0,
				tail = 0,
				i,
				j;

	if (!start || !indeg || !queue)
	{
		sk_free(start);
		sk_free(indeg);
		sk_free(queue);
		return SK_ERR_NOMEM;
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
	sk_free(start);
	sk_free(indeg);
	sk_free(queue);
	return SK_OK;
}

static sk_node *
add_node(sk_diagram *d, sk_node **nodes, int *cap)
{
	if (d->nnodes == *cap)
	{
		sk_node    *p = sk_mem.resize(*nodes, sizeof(sk_node) * (*cap) * 2);

		if (!p)
			return NULL;
		*nodes = p;
		*cap *= 2;
	}
	d->nodes = *nodes;
	memset(&(*nodes)[d->nnodes], 0, sizeof(sk_node));
	return &(*nodes)[d->nnodes++];
}

/*
 * Step 3: close the balance of every intermediate node whose inflow and
 * outflow differ by more than the tolerance.
 */
static sk_status
balance_nodes(sk_diagram *d, const sk_options *o, int *nodecap, sk_error *err)
{
	int			n0 = d->nnodes,
				i,
				nk = 0;
	int			usrc = -1,
				usink = -1;
	link_key   *keys;

	if (o->imbalance == SK_IMBALANCE_IGNORE)
		return SK_OK;
	keys = sk_alloc(sizeof(link_key) * (d->nlinks + n0));
	if (!keys)
		return sk_nomem(err);
	for (i = 0; i < d->nlinks; i++)
	{
		keys[nk].src = d->links[i].src;
		keys[nk].tgt = d->links[i].tgt;
		keys[nk].value = d->links[i].value;
		keys[nk].seq = nk;
		nk++;
	}
	for (i = 0; i < n0; i++)
	{
		sk_node    *n = &d->nodes[i];
		double		big = n->in > n->out ? n->in : n->out;
		double		diff = n->in - n->out;

		if (n->in == 0 || n->out == 0 || fabs(diff) <= o->tolerance * big)
			continue;
		if (o->imbalance == SK_IMBALANCE_ERROR)
		{
			char		a[32],
						b[32],
						c[32];

			sk_format_exact(a, sizeof(a), n->in);
			sk_format_exact(b, sizeof(b), n->out);
			sk_format_exact(c, sizeof(c), diff);
			sk_free(keys);
			sk_fail(err, SK_ERR_IMBALANCE,
					"flows do not balance at node \"%.*s\": in %s, out %s",
					(int) n->namelen, n->name, a, b);
			sk_detail(err, "In minus out is %s, more than tolerance %g of the larger side.",
					  c, o->tolerance);
			sk_hint(err, "Use imbalance=show to draw the difference as an \"unaccounted\" flow, or raise tolerance.");
			return SK_ERR_IMBALANCE;
		}
		if (diff > 0 && usink < 0)
		{
			sk_node    *u = add_node(d, &d->nodes, nodecap);

			if (!u)
				break;
			u->name = "unaccounted";
			u->namelen = 11;
			u->kind = SK_NODE_UNACCOUNTED;
			usink = d->nnodes - 1;
		}
		else if (diff < 0 && usrc < 0)
		{
			sk_node    *u = add_node(d, &d->nodes, nodecap);

			if (!u)
				break;
			u->name = "unaccounted";
			u->namelen = 11;
			u->kind = SK_NODE_UNACCOUNTED;
			usrc = d->nnodes - 1;
		}
		n = &d->nodes[i];
		keys[nk].src = diff > 0 ? i : usrc;
		keys[nk].tgt = diff > 0 ? usink : i;
		keys[nk].value = fabs(diff);
		keys[nk].seq = nk;
		nk++;
		d->unaccounted++;
	}
	if (i < n0 || set_links(d, keys, nk) != SK_OK)
	{
		sk_free(keys);
		return sk_nomem(err);
	}
	sk_free(keys);
	node_sums(d);
	return SK_OK;
}

/*
 * Step 5: sources (sinks) whose outflow (inflow) is below min_fraction of
 * the total input, grouped by layer; a group of two or more becomes one
 * "other" node.
 */
static sk_status
merge_small(sk_diagram *d, const sk_options *o, sk_error *err)
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
	sk_node    *nodes;
	link_key   *keys;

	if (o->min_fraction <= 0 || d->nnodes == 0)
		return SK_OK;
	count = sk_zalloc(sizeof(int) * ngroups);
	group_node = sk_alloc(sizeof(int) * ngroups);
	map = sk_alloc(sizeof(int) * n0);
	nodes = sk_zalloc(sizeof(sk_node) * (n0 + ngroups));
	keys = sk_alloc(sizeof(link_key) * (d->nlinks > 0 ? d->nlinks : 1));
	if (!count || !group_node || !map || !nodes || !keys)
		return sk_nomem(err);

	/* group g = 2 * layer (+1 for sinks); -1: not small */
	for (i = 0; i < n0; i++)
	{
		sk_node    *n = &d->nodes[i];

		map[i] = -1;
		if (n->kind != SK_NODE_PLAIN)
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
			memset(&nodes[nnew], 0, sizeof(sk_node));
			nodes[nnew].name = "other";
			nodes[nnew].namelen = 5;
			nodes[nnew].kind = SK_NODE_OTHER;
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
	sk_free(d->nodes);
	d->nodes = nodes;
	d->nnodes = nnew;
	if (set_links(d, keys, d->nlinks) != SK_OK)
		return sk_nomem(err);
	sk_free(keys);
	sk_free(count);
	sk_free(group_node);
	sk_free(map);
	node_sums(d);
	return assign_layers(d) == SK_OK ? SK_OK : sk_nomem(err);
}

/* ---- order and place the nodes ----------------------------------------- */

typedef struct placer
{
	sk_diagram *d;
	int		   *layer_start;	/* nodes of layer l: byorder[layer_start[l] ..] */
	int		   *byorder;
	double	   *key;
	double		ky;				/* px per unit of flow */
	int		   *out_start;		/* links out of node i: out_start[i] .. [i + 1] */
	int		   *in_start;		/* links into node i: in_link[in_start[i] ..] */
	int		   *in_link;
	double		top;
	double		bottom;
} placer;

static double
node_ext(const sk_node *n)
{
	return n->h > LABEL_H ? n->h : LABEL_H;
}

static double
node_centre(const sk_node *n)
{
	return n->y + n->h / 2;
}

static const double *order_key;
static const sk_node *order_nodes;

/* by kind (plain first), then key, then node number */
static int
order_cmp(const void *x, const void *y)
{
	int			a = *(const int *) x,
				b = *(const int *) y;
	int			ka = order_nodes[a].kind != SK_NODE_PLAIN,
				kb = order_nodes[b].kind != SK_NODE_PLAIN;

	if (ka != kb)
		return ka - kb;
	if (order_key[a] != order_key[b])
		return order_key[a] < order_key[b] ? -1 : 1;
	return (a > b) - (a < b);
}

static void
sort_layer(placer *pl, int l)
{
	int			i;
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];

	order_key = pl->key;
	order_nodes = pl->d->nodes;
	qsort(v, n, sizeof(int), order_cmp);
	for (i = 0; i < n; i++)
		pl->d->nodes[v[i]].order = i;
}

/*
 * Keep the nodes of layer l in order without overlapping extents: push down
 * from the top, back up from the bottom, then down again from the top (the
 * layer may end below the bottom; the canvas grows).
 */
static void
resolve_layer(placer *pl, int l)
{
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];
	int			i,
				pass;

	for (pass = 0; pass < 3; pass++)
	{
		if (pass == 1)
		{
			double		y = pl->bottom;

			for (i = n - 1; i >= 0; i--)
			{
				sk_node    *nd = &pl->d->nodes[v[i]];
				double		e = node_ext(nd);
				double		c = node_centre(nd);

				if (c + e / 2 > y)
					nd->y = y - e / 2 - nd->h / 2;
				y = node_centre(nd) - e / 2 - NODE_GAP;
			}
		}
		else
		{
			double		y = pl->top;

			for (i = 0; i < n; i++)
			{
				sk_node    *nd = &pl->d->nodes[v[i]];
				double		e = node_ext(nd);
				double		c = node_centre(nd);

				if (c - e / 2 < y)
					nd->y = y + e / 2 - nd->h / 2;
				y = node_centre(nd) + e / 2 + NODE_GAP;
			}
		}
	}
}

/* stack layer l in its order, centred between top and bottom */
static void
stack_layer(placer *pl, int l)
{
	int		   *v = pl->byorder + pl->layer_start[l];
	int			n = pl->layer_start[l + 1] - pl->layer_start[l];
	double		total = 0,
				y;
	int			i;

	for (i = 0; i < n; i++)
		total += node_ext(&pl->d->nodes[v[i]]) + (i > 0 ? NODE_GAP : 0);
	y = pl->top + (pl->bottom - pl->top - total) / 2;
	if (y < pl->top)
		y = pl->top;
	for (i = 0; i < n; i++)
	{
		sk_node    *nd = &pl->d->nodes[v[i]];
		double		e = node_ext(nd);

		nd->y = y + e / 2 - nd->h / 2;
		y += e + NODE_GAP;
	}
}

/*
 * The weighted mean centre of the nodes linked to node i on one side
 * (upstream when up), or the node's own centre when there are none.
 */
static double
linked_centre(const placer *pl, int i, int up)
{
	const sk_diagram *d = pl->d;
	double		sw = 0,
				s = 0;
	int			j;
	int			from = up ? pl->in_start[i] : pl->out_start[i];
	int			to = up ? pl->in_start[i + 1] : pl->out_start[i + 1];

	for (j = from; j < to; j++)
	{
		const sk_link *k = &d->links[up ? pl->in_link[j] : j];
		int			other = up ? k->src : k->tgt;

		s += k->value * node_centre(&d->nodes[other]);
		sw += k->value;
	}
	return sw > 0 ? s / sw : node_centre(&d->nodes[i]);
}

/* weighted crossings of the links between each pair of layers */
static double
crossings(const sk_diagram *d)
{
	double		c = 0;
	int			i,
				j;

	for (i = 0; i < d->nlinks; i++)
	{
		const sk_link *a = &d->links[i];
		const sk_node *as = &d->nodes[a->src],
				   *at = &d->nodes[a->tgt];

		for (j = i + 1; j < d->nlinks; j++)
		{
			const sk_link *b = &d->links[j];
			const sk_node *bs = &d->nodes[b->src],
					   *bt = &d->nodes[b->tgt];

			if (as->layer != bs->layer || at->layer != bt->layer)
				continue;
			if ((as->order - bs->order) * (at->order - bt->order) < 0)
				c += a->value < b->value ? a->value : b->value;
		}
	}
	return c;
}

/* up to this many links, orders are compared by their crossings */
#define MAX_LINKS_CROSSING_COUNT 3000

static sk_status
place_nodes(sk_diagram *d, const sk_options *o, double *ky)
{
	placer		pl;
	int			i,
				l,
				it;
	int		   *best;
	double		best_c = -1;
	double		alpha;
	double		avail = o->height - 2 * MARGIN - (o->title[0] ? TITLE_H : 0);

	pl.d = d;
	pl.layer_start = sk_zalloc(sizeof(int) * (d->nlayers + 2));
	pl.byorder = sk_alloc(sizeof(int) * (d->nnodes + 1));
	pl.key = sk_alloc(sizeof(double) * (d->nnodes + 1));
	best = sk_alloc(sizeof(int) * (d->nnodes + 1));
	pl.out_start = out_index(d);
	pl.in_start = sk_zalloc(sizeof(int) * (d->nnodes + 1));
	pl.in_link = sk_alloc(sizeof(int) * (d->nlinks + 1));
	if (!pl.layer_start || !pl.byorder || !pl.key || !best ||
		!pl.out_start || !pl.in_start || !pl.in_link)
		return SK_ERR_NOMEM;
	for (i = 0; i < d->nlinks; i++)
		pl.in_start[d->links[i].tgt + 1]++;
	for (i = 0; i < d->nnodes; i++)
		pl.in_start[i + 1] += pl.in_start[i];
	{
		int		   *fill = sk_alloc(sizeof(int) * (d->nnodes + 1));

		if (!fill)
			return SK_ERR_NOMEM;
		memcpy(fill, pl.in_start, sizeof(int) * (d->nnodes + 1));
		for (i = 0; i < d->nlinks; i++)
			pl.in_link[fill[d->links[i].tgt]++] = i;
		sk_free(fill);
	}
	pl.top = MARGIN + (o->title[0] ? TITLE_H : 0);
	pl.bottom = pl.top + avail;

	for (i = 0; i < d->nnodes; i++)
		pl.layer_start[d->nodes[i].layer + 1]++;
	for (l = 0; l < d->nlayers; l++)
		pl.layer_start[l + 1] += pl.layer_start[l];
	{
		int		   *fill = sk_alloc(sizeof(int) * (d->nlayers + 1));

		if (!fill)
			return SK_ERR_NOMEM;
		memcpy(fill, pl.layer_start, sizeof(int) * (d->nlayers + 1));
		for (i = 0; i < d->nnodes; i++)
			pl.byorder[fill[d->nodes[i].layer]++] = i;
		sk_free(fill);
	}

	/* scale: the fullest layer fills the height, less its gaps */
	pl.ky = -1;
	for (l = 0; l < d->nlayers; l++)
	{
		double		sum = 0,
					room;
		int			n = pl.layer_start[l + 1] - pl.layer_start[l];

		for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
		{
			const sk_node *nd = &d->nodes[pl.byorder[i]];

			sum += nd->in > nd->out ? nd->in : nd->out;
		}
		room = avail - (n - 1) * NODE_GAP;
		if (room < avail / 4)
			room = avail / 4;
		if (sum > 0 && (pl.ky < 0 || room / sum < pl.ky))
			pl.ky = room / sum;
	}
	if (pl.ky <= 0)
		pl.ky = 1;
	for (i = 0; i < d->nnodes; i++)
	{
		sk_node    *nd = &d->nodes[i];

		nd->h = (nd->in > nd->out ? nd->in : nd->out) * pl.ky;
		/* first order: largest first */
		pl.key[i] = -(nd->in > nd->out ? nd->in : nd->out);
	}
	for (l = 0; l < d->nlayers; l++)
	{
		sort_layer(&pl, l);
		stack_layer(&pl, l);
	}

	/* barycentre sweeps, right then left, keeping the best order */
	for (it = 0; it < 8; it++)
	{
		int			up = it % 2 == 0;
		double		c;

		for (l = up ? 1 : d->nlayers - 2; up ? l < d->nlayers : l >= 0; l += up ? 1 : -1)
		{
			for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
			{
				int			v = pl.byorder[i];

				pl.key[v] = linked_centre(&pl, v, up);
			}
			sort_layer(&pl, l);
			stack_layer(&pl, l);
		}
		if (d->nlinks > MAX_LINKS_CROSSING_COUNT)
			continue;
		c = crossings(d);
		if (best_c < 0 || c < best_c)
		{
			best_c = c;
			for (i = 0; i < d->nnodes; i++)
				best[i] = d->nodes[i].order;
		}
	}
	if (best_c >= 0)
	{
		for (i = 0; i < d->nnodes; i++)
			pl.key[i] = best[i];
		for (l = 0; l < d->nlayers; l++)
		{
			sort_layer(&pl, l);
			stack_layer(&pl, l);
		}
	}

	/* relax each node toward the centre of what it is linked to */
	alpha = 1;
	for (it = 0; it < 6; it++)
	{
		int			dir;

		alpha *= 0.9;
		for (dir = 0; dir < 2; dir++)
		{
			int			up = dir == 1;

			for (l = up ? 1 : d->nlayers - 2; up ? l < d->nlayers : l >= 0; l += up ? 1 : -1)
			{
				for (i = pl.layer_start[l]; i < pl.layer_start[l + 1]; i++)
				{
					sk_node    *nd = &d->nodes[pl.byorder[i]];
					double		c = linked_centre(&pl, pl.byorder[i], up);

					nd->y += (c - node_centre(nd)) * alpha;
				}
				resolve_layer(&pl, l);
			}
		}
	}

	*ky = pl.ky;
	sk_free(best);
	sk_free(pl.out_start);
	sk_free(pl.in_start);
	sk_free(pl.in_link);
	sk_free(pl.layer_start);
	sk_free(pl.byorder);
	sk_free(pl.key);
	return SK_OK;
}

static const sk_diagram *cmp_diagram;

/* the far end's centre, then its number */
static int
link_end_cmp(int a, int b)
{
	double		ca = node_centre(&cmp_diagram->nodes[a]),
				cb = node_centre(&cmp_diagram->nodes[b]);

	if (ca != cb)
		return ca < cb ? -1 : 1;
	return (a > b) - (a < b);
}

/* links out of a node by target centre, into a node by source centre */
static int
link_by_target(const void *x, const void *y)
{
	return link_end_cmp(cmp_diagram->links[*(const int *) x].tgt,
						cmp_diagram->links[*(const int *) y].tgt);
}

static int
link_by_source(const void *x, const void *y)
{
	return link_end_cmp(cmp_diagram->links[*(const int *) x].src,
						cmp_diagram->links[*(const int *) y].src);
}

/* where each link meets its nodes: stacked, centred on the node */
static sk_status
place_links(sk_diagram *d, double ky)
{
	int		   *idx = sk_alloc(sizeof(int) * (d->nlinks + 1));
	int		   *start = sk_zalloc(sizeof(int) * (d->nnodes + 1));
	int		   *fill = sk_alloc(sizeof(int) * (d->nnodes + 1));
	int			i,
				j,
				side;

	if (!idx || !start || !fill)
		return SK_ERR_NOMEM;
	for (i = 0; i < d->nlinks; i++)
		d->links[i].w = d->links[i].value * ky;
	cmp_diagram = d;
	for (side = 0; side < 2; side++)
	{
		/* links grouped by their node on this side */
		memset(start, 0, sizeof(int) * (d->nnodes + 1));
		for (i = 0; i < d->nlinks; i++)
			start[(side == 0 ? d->links[i].src : d->links[i].tgt) + 1]++;
		for (i = 0; i < d->nnodes; i++)
			start[i + 1] += start[i];
		memcpy(fill, start, sizeof(int) * (d->nnodes + 1));
		for (i = 0; i < d->nlinks; i++)
			idx[fill[side == 0 ? d->links[i].src : d->links[i].tgt]++] = i;
		for (i = 0; i < d->nnodes; i++)
		{
			sk_node    *nd = &d->nodes[i];
			int			n = start[i + 1] - start[i];
			int		   *v = idx + start[i];
			double		y;

			if (n == 0)
				continue;
			qsort(v, n, sizeof(int), side == 0 ? link_by_target : link_by_source);
			y = node_centre(nd) - (side == 0 ? nd->out : nd->in) * ky / 2;
			for (j = 0; j < n; j++)
			{
				sk_link    *k = &d->links[v[j]];

				if (side == 0)
					k->sy = y;
				else
					k->ty = y;
				y += k->w;
			}
		}
	}
	sk_free(idx);
	sk_free(start);
	sk_free(fill);
	return SK_OK;
}

/* ---- the whole layout -------------------------------------------------- */

void
sk_diagram_free(sk_diagram *d)
{
	sk_free(d->nodes);
	sk_free(d->links);
	memset(d, 0, sizeof(*d));
}

/* characters (not bytes) of UTF-8 text */
static int
text_chars(const char *s, int32_t n)
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
node_label(sk_buf *b, const sk_diagram *d, const sk_node *n,
		   const sk_options *o, int xml)
{
	char		num[64];
	double		v = n->in > n->out ? n->in : n->out;

	if (n->kind == SK_NODE_OTHER)
		buf_printf(b, "other (%d %s)", n->merged, n->in == 0 ? "sources" : "sinks");
	else if (xml)
		buf_put_xml(b, n->name, n->namelen);
	else
		buf_putn(b, n->name, n->namelen);
	sk_format_value(num, sizeof(num), v, o->digits);
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
		sk_format_value(num, sizeof(num), 100 * v / d->total, 3);
		buf_printf(b, " (%s %%)", num);
	}
}

sk_status
sk_layout(const sk_flows *f, const sk_options *o, sk_diagram *d,
		  sk_error *err)
{
	sk_flow    *flows = NULL;
	name_ref   *names = NULL;
	link_key   *keys = NULL;
	int			n = 0,
				nnames = 0,
				nk = 0,
				i,
				l,
				nodecap;
	double		ky = 1,
				spacing,
				right;
	double	   *lw = NULL;
	sk_status	st;

	memset(d, 0, sizeof(*d));
	d->input_flows = f->nflows;

	/* 1. positive flows in canonical order */
	flows = sk_alloc(sizeof(sk_flow) * (f->nflows + 1));
	if (!flows)
		return sk_nomem(err);
	for (i = 0; i < f->nflows; i++)
		if (f->flows[i].value > 0)
			flows[n++] = f->flows[i];
	sort_pool = f->pool;
	qsort(flows, n, sizeof(sk_flow), flow_cmp);

	/* 2. nodes: the distinct names in byte order */
	names = sk_alloc(sizeof(name_ref) * (2 * n + 1));
	keys = sk_alloc(sizeof(link_key) * (n + 1));
	if (!names || !keys)
		goto nomem;
	for (i = 0; i < n; i++)
	{
		names[2 * i].s = f->pool + flows[i].src_off;
		names[2 * i].len = flows[i].src_len;
		names[2 * i + 1].s = f->pool + flows[i].tgt_off;
		names[2 * i + 1].len = flows[i].tgt_len;
	}
	qsort(names, 2 * n, sizeof(name_ref), name_ref_cmp);
	for (i = 0; i < 2 * n; i++)
		if (nnames == 0 || name_ref_cmp(&names[nnames - 1], &names[i]) != 0)
			names[nnames++] = names[i];
	nodecap = nnames + 2;
	d->nodes = sk_zalloc(sizeof(sk_node) * nodecap);
	if (!d->nodes)
		goto nomem;
	d->nnodes = nnames;
	for (i = 0; i < nnames; i++)
	{
		d->nodes[i].name = names[i].s;
		d->nodes[i].namelen = names[i].len;
		d->nodes[i].kind = SK_NODE_PLAIN;
	}
	for (i = 0; i < n; i++)
	{
		name_ref	s = {f->pool + flows[i].src_off, flows[i].src_len};
		name_ref	t = {f->pool + flows[i].tgt_off, flows[i].tgt_len};
		name_ref   *ps = bsearch(&s, names, nnames, sizeof(name_ref), name_ref_cmp);
		name_ref   *pt = bsearch(&t, names, nnames, sizeof(name_ref), name_ref_cmp);

		keys[nk].src = (int) (ps - names);
		keys[nk].tgt = (int) (pt - names);
		keys[nk].value = flows[i].value;
		keys[nk].seq = i;
		nk++;
	}
	if (set_links(d, keys, nk) != SK_OK)
		goto nomem;
	sk_free(flows);
	sk_free(names);
	sk_free(keys);
	flows = NULL;
	names = NULL;
	keys = NULL;

	/* cycles, a self-loop included */
	st = find_cycle(d, err);
	if (st != SK_OK)
		return st;
	node_sums(d);

	/* 3. balance */
	st = balance_nodes(d, o, &nodecap, err);
	if (st != SK_OK)
		return st;

	/* 4. layers, 5. small sources and sinks */
	if (assign_layers(d) != SK_OK)
		return sk_nomem(err);
	d->total = 0;
	for (i = 0; i < d->nnodes; i++)
		if (d->nodes[i].in == 0)
			d->total += d->nodes[i].out;
	st = merge_small(d, o, err);
	if (st != SK_OK)
		return st;

	/* 6. limits */
	if (d->nnodes > o->max_nodes || d->nlinks > o->max_links)
	{
		int			nodes = d->nnodes > o->max_nodes;

		sk_fail(err, SK_ERR_LIMIT,
				"Sankey diagram has %d %s, more than max_%s = %d",
				nodes ? d->nnodes : d->nlinks, nodes ? "nodes" : "links",
				nodes ? "nodes" : "links", nodes ? o->max_nodes : o->max_links);
		sk_detail(err, "%d input flows make %d nodes and %d links (after summing duplicate pairs%s).",
				  d->input_flows, d->nnodes, d->nlinks,
				  o->min_fraction > 0 ? " and merging small sources and sinks" : "");
		sk_hint(err, "Raise max_%s (up to %d), or merge small sources and sinks into \"other\" nodes with min_fraction, e.g. 'min_fraction=0.01'.",
				nodes ? "nodes" : "links", nodes ? SK_HARD_MAX_NODES : SK_HARD_MAX_LINKS);
		return SK_ERR_LIMIT;
	}

	/* 7, 8. order and place */
	if (d->nnodes > 0)
	{
		if (place_nodes(d, o, &ky) != SK_OK || place_links(d, ky) != SK_OK)
			return sk_nomem(err);
	}

	/* x: labels right of the nodes, layers far enough apart for them */
	lw = sk_zalloc(sizeof(double) * (d->nlayers + 1));
	if (!lw)
		return sk_nomem(err);
	for (i = 0; i < d->nnodes; i++)
	{
		sk_node    *nd = &d->nodes[i];
		sk_buf		b;

		buf_init(&b, 64);
		node_label(&b, d, nd, o, 0);
		if (b.failed)
			return sk_nomem(err);
		nd->label_w = text_chars(b.data, (int32_t) b.len) * CHAR_W;
		if (nd->label_w > MAX_LABEL_W)
			nd->label_w = MAX_LABEL_W;
		sk_free(b.data);
		if (nd->label_w > lw[nd->layer])
			lw[nd->layer] = nd->label_w;
	}
	right = d->nlayers > 0 ? lw[d->nlayers - 1] + LABEL_PAD + MARGIN : MARGIN;
	spacing = d->nlayers > 1
		? (o->width - 2 * MARGIN - NODE_W - (right - MARGIN)) / (d->nlayers - 1)
		: 0;
	for (l = 0; l + 1 < d->nlayers; l++)
		if (spacing < NODE_W + lw[l] + 2 * LABEL_PAD)
			spacing = NODE_W + lw[l] + 2 * LABEL_PAD;
	sk_free(lw);
	for (i = 0; i < d->nnodes; i++)
		d->nodes[i].x = MARGIN + d->nodes[i].layer * spacing;
	d->width = d->nlayers > 0
		? MARGIN + (d->nlayers - 1) * spacing + NODE_W + right
		: o->width;
	if (d->width < o->width)
		d->width = o->width;
	/* the title (16 px bold) fits too */
	if (d->width < text_chars(o->title, (int32_t) strlen(o->title)) * TITLE_CHAR_W + 2 * MARGIN)
		d->width = text_chars(o->title, (int32_t) strlen(o->title)) * TITLE_CHAR_W + 2 * MARGIN;
	d->height = o->height;
	for (i = 0; i < d->nnodes; i++)
	{
		const sk_node *nd = &d->nodes[i];
		double		bottom = node_centre(nd) + node_ext(nd) / 2 + MARGIN;

		if (bottom > d->height)
			d->height = bottom;
	}
	return SK_OK;

nomem:
	sk_free(flows);
	sk_free(names);
	sk_free(keys);
	return sk_nomem(err);
}

/* ---- SVG --------------------------------------------------------------- */

static const char *const palette[] = {
	"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
	"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf"
};

/* a node's colour: from its name, so a name keeps its colour everywhere */
static const char *
node_colour(const sk_node *n)
{
	uint32_t	h = 2166136261u;
	int32_t		i;

	if (n->kind == SK_NODE_OTHER)
		return "#bab0ac";
	if (n->kind == SK_NODE_UNACCOUNTED)
		return "#79706e";
	for (i = 0; i < n->namelen; i++)
	{
		h ^= (unsigned char) n->name[i];
		h *= 16777619u;
	}
	return palette[h % (sizeof(palette) / sizeof(palette[0]))];
}

static const char *
kind_name(sk_node_kind k)
{
	return k == SK_NODE_OTHER ? "other" : k == SK_NODE_UNACCOUNTED ? "unaccounted" : "node";
}

/* an exact number as an attribute value */
static void
put_exact(sk_buf *b, double v)
{
	char		num[40];

	sk_format_exact(num, sizeof(num), v);
	buf_puts(b, num);
}

char *
sk_svg(const sk_diagram *d, const sk_options *o, size_t *len)
{
	sk_buf		b;
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
	sk_format_value(num, sizeof(num), d->total, o->digits);
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
		const sk_link *k = &d->links[i];
		const sk_node *s = &d->nodes[k->src],
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
		sk_format_value(num, sizeof(num), k->value, o->digits);
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
		const sk_node *n = &d->nodes[i];

		buf_printf(&b, "<g class=\"node\" data-id=\"%d\" data-kind=\"%s\" data-name=\"",
				   i, kind_name(n->kind));
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
		sk_free(b.data);
		return NULL;
	}
	*len = b.len;
	return b.data;
}
