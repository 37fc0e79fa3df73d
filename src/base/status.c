/*
 * base/status.c - status descriptors and their templates (see status.h).
 */
#include "base/status.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const gl_status *
gl_status_find(const gl_status_table *t, int code)
{
	int			i;

	for (i = 0; i < t->n; i++)
		if (t->items[i].code == code)
			return &t->items[i];
	return NULL;
}

char *
gl_format_double(char *buf, size_t buflen, double v)
{
	int			prec;

	if (isnan(v))
		snprintf(buf, buflen, "NaN");
	else if (isinf(v))
		snprintf(buf, buflen, v > 0 ? "Infinity" : "-Infinity");
	else
	{
		const char *e;

		for (prec = 1; prec <= 17; prec++)
		{
			snprintf(buf, buflen, "%.*g", prec, v);
			if (strtod(buf, NULL) == v)
				break;
		}

		/*
		 * %g writes an exponent once the number has more integer digits than
		 * the precision (100 at precision 1 is "1e+02"); below 1e15 write
		 * every integer digit instead, as float8out does.
		 */
		e = strchr(buf, 'e');
		if (e != NULL && atoi(e + 1) >= prec && atoi(e + 1) < 15)
			snprintf(buf, buflen, "%.*g", atoi(e + 1) + 1, v);
	}
	return buf;
}

typedef struct out
{
	char	   *buf;
	size_t		len;
	size_t		used;
} out;

static void
put(out *o, const char *s, size_t n)
{
	if (o->used >= o->len - 1)
		return;
	if (n > o->len - 1 - o->used)
		n = o->len - 1 - o->used;
	memcpy(o->buf + o->used, s, n);
	o->used += n;
	o->buf[o->used] = '\0';
}

static void
puts_or_q(out *o, const char *s)
{
	put(o, s ? s : "?", strlen(s ? s : "?"));
}

/* at most 64 bytes of s (n bytes), "..." when cut, "?" when absent */
static void
put_clipped(out *o, const char *s, size_t n)
{
	if (s == NULL)
	{
		puts_or_q(o, NULL);
		return;
	}
	put(o, s, n > 64 ? 64 : n);
	if (n > 64)
		put(o, "...", 3);
}

/* field name at p (after '{'), n bytes: its known index or -1 */
static int
field_index(const char *p, size_t n)
{
	static const char *const fields[] = {"arg", "value", "name", "list", "extra", "item"};
	int			i;

	for (i = 0; i < 6; i++)
		if (strlen(fields[i]) == n && memcmp(fields[i], p, n) == 0)
			return i;
	return -1;
}

char *
gl_status_format(char *buf, size_t buflen, const char *tmpl,
				 const gl_status *s, const gl_status_args *a)
{
	out			o = {buf, buflen, 0};
	const char *p = tmpl;
	static const gl_status_args none;

	if (buflen == 0)
		return buf;
	buf[0] = '\0';
	if (tmpl == NULL)
		return buf;
	if (a == NULL)
		a = &none;
	while (*p)
	{
		const char *close;
		int			f;

		if (*p != '{' || (close = strchr(p, '}')) == NULL ||
			(f = field_index(p + 1, (size_t) (close - p - 1))) < 0)
		{
			put(&o, p, 1);
			p++;
			continue;
		}
		switch (f)
		{
			case 0:
				puts_or_q(&o, a->arg ? a->arg : (s ? s->arg : NULL));
				break;
			case 1:
				if (a->has_value)
				{
					char		num[40];

					puts_or_q(&o, gl_format_double(num, sizeof(num), a->value));
				}
				else
					puts_or_q(&o, NULL);
				break;
			case 2:
				put_clipped(&o, a->name, a->namelen);
				break;
			case 5:
				put_clipped(&o, a->item, a->itemlen);
				break;
			case 3:
				puts_or_q(&o, a->list);
				break;
			case 4:
				puts_or_q(&o, a->extra);
				break;
		}
		p = close + 1;
	}
	return buf;
}

/* every {field} of tmpl is known */
static bool
fields_known(const char *tmpl)
{
	const char *p = tmpl;

	while (tmpl && (p = strchr(p, '{')) != NULL)
	{
		const char *close = strchr(p, '}');

		if (close == NULL || field_index(p + 1, (size_t) (close - p - 1)) < 0)
			return false;
		p = close + 1;
	}
	return true;
}

const char *
gl_status_table_check(const gl_status_table *t)
{
	int			i,
				j;

	for (i = 0; i < t->n; i++)
	{
		const gl_status *s = &t->items[i];
		size_t		n;

		if (s->message == NULL || s->message[0] == '\0')
			return "a status has no message";
		if (s->kind == GL_ERR_NONE && s->code != 0)
			return "a failure status has no error kind";
		for (j = 0; j < i; j++)
			if (t->items[j].code == s->code)
				return "two descriptors share a code";
		if (!fields_known(s->message) || !fields_known(s->detail) ||
			!fields_known(s->hint))
			return "a template names an unknown field";
		if (s->message[0] >= 'A' && s->message[0] <= 'Z')
			return "a message starts with a capital letter";
		n = strlen(s->message);
		if (s->message[n - 1] == '.')
			return "a message ends with a period";
		if (s->detail && s->detail[strlen(s->detail) - 1] != '.')
			return "a detail is not a sentence";
		if (s->hint && s->hint[strlen(s->hint) - 1] != '.')
			return "a hint is not a sentence";
	}
	return NULL;
}

/* ---- base's own statuses ---- */

static const gl_status base_items[] = {
	{GL_BASE_NONFINITE, GL_ERR_RANGE, NULL,
		"{arg} must be a finite number, not {value}", NULL,
	"Filter out rows whose {arg} is NaN or infinite."},
	{GL_BASE_UNKNOWN_CHOICE, GL_ERR_PARAM, NULL,
		"unknown {extra} \"{name}\" for {arg}", NULL,
	"Valid names: {list} (case and \"_\" or \"-\" do not matter)."},
	{GL_BASE_NULL_ARG, GL_ERR_NULL, NULL,
		"{arg} must not be null", NULL, NULL},
	{GL_BASE_TEXT_EMPTY, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"The text is empty.", NULL},
	{GL_BASE_TEXT_TOO_MANY, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Too many items, at \"{item}\".", NULL},
	{GL_BASE_TEXT_NO_NAME, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Expected a name at \"{item}\".", NULL},
	{GL_BASE_TEXT_NO_EQUALS, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Expected \"=\" after the name in \"{item}\".", NULL},
	{GL_BASE_TEXT_NO_VALUE, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
	"Missing value in \"{item}\".", NULL},
	{GL_BASE_TEXT_BAD_NUMBER, GL_ERR_TEXT, NULL,
		"invalid input syntax for type {extra}: \"{name}\"",
		"\"{item}\" is not a decimal number.",
	"Write numbers as plain decimals, e.g. 150 or 1.5e3 (no NaN or Infinity)."},
	{GL_BASE_TEXT_NUMBER_RANGE, GL_ERR_RANGE, NULL,
		"value out of range in input for type {extra}: \"{name}\"",
	"\"{item}\" is too large for a double precision number.", NULL},
	{GL_BASE_BINARY_SIZE, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
	"The value has the wrong size for its contents.", NULL},
	{GL_BASE_BINARY_VERSION, GL_ERR_BINARY, NULL,
		"invalid binary {extra} value",
		"Unknown format version {value}.",
	"Send it from a server with the same greenlang version."},
	{GL_BASE_CORRUPT, GL_ERR_CORRUPT, NULL,
		"invalid {extra} value",
	"A stored value fails its consistency checks.", NULL},
};

const gl_status_table gl_base_statuses = GL_STATUS_TABLE("base", base_items);
