/*
 * steam_text.c - parser of the text form of a steam state (pure C).
 */
#include "steam/steam_text.h"

#include <stdlib.h>
#include <string.h>

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
fail(gl_steam_text_error *err, const char *what, const char *token,
	 size_t len)
{
	err->what = what;
	err->token = token;
	err->token_len = len;
	return 1;
}

/*
 * Scan a decimal number at s: [+-] digits [. digits] [(e|E) [+-] digits],
 * with at least one digit in the mantissa.  Returns its length, 0 if there
 * is no number there.
 */
static size_t
scan_number(const char *s)
{
	size_t		i = 0;
	size_t		digits = 0;

	if (s[i] == '+' || s[i] == '-')
		i++;
	while (is_digit(s[i]))
	{
		i++;
		digits++;
	}
	if (s[i] == '.')
	{
		i++;
		while (is_digit(s[i]))
		{
			i++;
			digits++;
		}
	}
	if (digits == 0)
		return 0;
	if (s[i] == 'e' || s[i] == 'E')
	{
		size_t		j = i + 1;

		if (s[j] == '+' || s[j] == '-')
			j++;
		if (is_digit(s[j]))
		{
			while (is_digit(s[j]))
				j++;
			i = j;
		}
	}
	return i;
}

static char
canonical_name(char c)
{
	switch (c)
	{
		case 'p':
		case 'P':
			return 'p';
		case 'T':
		case 't':
			return 'T';
		case 'x':
		case 'h':
		case 's':
			return c;
		default:
			return 0;
	}
}

int
gl_steam_text_parse(const char *str, gl_steam_text *out,
					gl_steam_text_error *err)
{
	const char *s = str;

	out->n = 0;
	for (;;)
	{
		const char *item;
		const char *end;
		const char *num;
		size_t		numlen;
		char		buf[64];
		char		name;
		gl_steam_item *it;
		int			i;

		while (is_blank(*s))
			s++;
		item = s;
		end = strchr(s, ',');
		if (end == NULL)
			end = s + strlen(s);
		if (item == end)
			return fail(err, out->n == 0 && *s == '\0' ?
						"empty steam state" : "empty item",
						item, 0);

		/* name */
		name = canonical_name(*s);
		if (name == 0 || !(is_blank(s[1]) || s[1] == '='))
		{
			size_t		len = 0;

			while (item + len < end && !is_blank(item[len]) && item[len] != '=')
				len++;
			return fail(err, "unknown property name (expected p, T, x, h or s)",
						item, len > 0 ? len : 1);
		}
		s++;
		while (is_blank(*s))
			s++;
		if (*s != '=')
			return fail(err, "expected \"=\" after the property name",
						item, (size_t) (end - item));
		s++;
		while (is_blank(*s))
			s++;

		/* number */
		num = s;
		numlen = scan_number(s);
		if (numlen == 0 || numlen >= sizeof(buf))
		{
			size_t		len = 0;

			while (num + len < end && !is_blank(num[len]))
				len++;
			return fail(err, "invalid number", num, len > 0 ? len : 1);
		}
		memcpy(buf, num, numlen);
		buf[numlen] = '\0';
		s += numlen;
		/* a unit must be separated from the number unless it is a symbol */
		if (s < end && !is_blank(*s) && (is_digit(*s) || *s == '.'))
			return fail(err, "invalid number", num, (size_t) (end - num));

		for (i = 0; i < out->n; i++)
			if (out->items[i].name == name)
				return fail(err, "property given twice", item,
							(size_t) (end - item));
		if (out->n == GL_STEAM_TEXT_MAX_ITEMS)
			return fail(err, "too many properties", item,
						(size_t) (end - item));

		it = &out->items[out->n++];
		it->name = name;
		it->value = strtod(buf, NULL);
		it->item = item;

		/* unit: the rest of the item, trimmed */
		while (s < end && is_blank(*s))
			s++;
		it->unit = s;
		it->unit_len = (size_t) (end - s);
		while (it->unit_len > 0 && is_blank(it->unit[it->unit_len - 1]))
			it->unit_len--;
		it->item_len = (size_t) (it->unit + it->unit_len - item);

		if (*end == '\0')
			return 0;
		s = end + 1;
	}
}

const gl_steam_item *
gl_steam_text_get(const gl_steam_text *t, char name)
{
	int			i;

	for (i = 0; i < t->n; i++)
		if (t->items[i].name == name)
			return &t->items[i];
	return NULL;
}
