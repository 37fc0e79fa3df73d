/*
 * base/textform.c - item lists and strict numbers (see textform.h).
 */
#include "base/textform.h"
#include "base/names.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_name_char(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		c == '_';
}

static gl_text_status
fail(gl_text_error *err, gl_text_status st, const char *tok, size_t len)
{
	if (err)
	{
		err->status = st;
		err->token = tok;
		err->token_len = len;
	}
	return st;
}

gl_text_status
gl_text_split(const char *str, size_t len, gl_text_item *items, int max,
			  int *n, gl_text_error *err)
{
	const char *p = str;
	const char *end = str + len;
	int			k = 0;

	*n = 0;
	{
		const char *s = str;
		size_t		l = len;

		gl_trim(&s, &l);
		if (l == 0)
			return fail(err, GL_TEXT_EMPTY, str, 0);
	}
	for (;;)
	{
		const char *comma = memchr(p, ',', (size_t) (end - p));
		const char *stop = comma ? comma : end;
		const char *s = p;
		size_t		l = (size_t) (stop - p);
		gl_text_item it;
		const char *q;

		gl_trim(&s, &l);
		it.item = s;
		it.item_len = l;
		if (k == max)
			return fail(err, GL_TEXT_TOO_MANY, s, l);
		q = s;
		while (q < s + l && is_name_char(*q))
			q++;
		if (q == s)
			return fail(err, GL_TEXT_NO_NAME, s, l);
		it.name = s;
		it.name_len = (size_t) (q - s);
		while (q < s + l && gl_is_blank(*q))
			q++;
		if (q == s + l || *q != '=')
			return fail(err, GL_TEXT_NO_EQUALS, s, l);
		q++;
		it.value = q;
		it.value_len = (size_t) (s + l - q);
		gl_trim(&it.value, &it.value_len);
		if (it.value_len == 0)
			return fail(err, GL_TEXT_NO_VALUE, s, l);
		items[k++] = it;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	*n = k;
	return GL_TEXT_OK;
}

gl_text_status
gl_text_number(const char *s, size_t len, double *out, size_t *used)
{
	size_t		i = 0;
	size_t		start;
	size_t		digits = 0;
	bool		nonzero = false;
	char		buf[128];
	char	   *endp;
	double		v;

	while (i < len && gl_is_blank(s[i]))
		i++;
	start = i;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < len && is_digit(s[i]))
	{
		nonzero |= s[i] != '0';
		i++;
		digits++;
	}
	if (i < len && s[i] == '.')
	{
		i++;
		while (i < len && is_digit(s[i]))
		{
			nonzero |= s[i] != '0';
			i++;
			digits++;
		}
	}
	if (digits == 0)
		return fail(NULL, GL_TEXT_BAD_NUMBER, s, len);
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		size_t		j = i + 1;
		size_t		ed = 0;

		if (j < len && (s[j] == '+' || s[j] == '-'))
			j++;
		while (j < len && is_digit(s[j]))
		{
			j++;
			ed++;
		}
		if (ed == 0)
			return GL_TEXT_BAD_NUMBER;
		i = j;
	}
	if (i - start >= sizeof(buf))
		return GL_TEXT_BAD_NUMBER;
	memcpy(buf, s + start, i - start);
	buf[i - start] = '\0';
	errno = 0;
	v = strtod(buf, &endp);
	if (*endp != '\0')
		return GL_TEXT_BAD_NUMBER;
	/* as float8in: overflow, or a nonzero number that underflows to 0 */
	if (isinf(v) || (v == 0.0 && nonzero))
		return GL_TEXT_NUMBER_RANGE;
	*out = v;
	*used = i;
	return GL_TEXT_OK;
}

size_t
gl_text_count(const char *s, size_t len, int64_t *out)
{
	size_t		i = 0;
	int64_t		v = 0;

	while (i < len && is_digit(s[i]))
	{
		if (v > (INT64_MAX - (s[i] - '0')) / 10)
			return 0;
		v = v * 10 + (s[i] - '0');
		i++;
	}
	if (i > 0)
		*out = v;
	return i;
}

const gl_text_item *
gl_text_get(const gl_text_item *items, int n, const char *name)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strlen(name) == items[i].name_len &&
			memcmp(items[i].name, name, items[i].name_len) == 0)
			return &items[i];
	return NULL;
}
