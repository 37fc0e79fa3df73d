/*
 * base/names.c - name matching and listing (see names.h).
 */
#include "base/names.h"

#include <string.h>

void
gl_trim(const char **s, size_t *len)
{
	const char *p = *s;
	size_t		n = *len;

	while (n > 0 && gl_is_blank(p[0]))
	{
		p++;
		n--;
	}
	while (n > 0 && gl_is_blank(p[n - 1]))
		n--;
	*s = p;
	*len = n;
}

static inline char
fold(char c)
{
	if (c >= 'A' && c <= 'Z')
		return (char) (c - 'A' + 'a');
	if (c == '_' || c == ' ')
		return '-';
	return c;
}

bool
gl_name_matches(const char *s, size_t len, const char *name)
{
	size_t		i;

	gl_trim(&s, &len);
	for (i = 0; i < len; i++)
	{
		if (name[i] == '\0' || fold(s[i]) != fold(name[i]))
			return false;
	}
	return name[len] == '\0';
}

int
gl_choice_find(const gl_choices *c, const char *s, size_t len)
{
	int			i;

	for (i = 0; i < c->n; i++)
		if (gl_name_matches(s, len, c->items[i].name))
			return c->items[i].value;
	return -1;
}

const char *
gl_choice_name(const gl_choices *c, int value)
{
	int			i;

	for (i = 0; i < c->n; i++)
		if (c->items[i].value == value)
			return c->items[i].name;
	return NULL;
}

/* append s to buf at *used; false (and "..." at the end) when it is full */
static bool
append(char *buf, size_t buflen, size_t *used, const char *s)
{
	size_t		n = strlen(s);

	if (*used + n + 1 > buflen)
	{
		if (buflen >= 4)
		{
			size_t		at = *used < buflen - 4 ? *used : buflen - 4;

			memcpy(buf + at, "...", 4);
			*used = at + 3;
		}
		return false;
	}
	memcpy(buf + *used, s, n + 1);
	*used += n;
	return true;
}

/* is item i the first entry of its value (a canonical name)? */
static bool
is_canonical(const gl_choices *c, int i)
{
	int			j;

	for (j = 0; j < i; j++)
		if (c->items[j].value == c->items[i].value)
			return false;
	return true;
}

static char *
list_names(const char *(*get) (const void *, int), const void *ctx, int n,
		   char *buf, size_t buflen)
{
	size_t		used = 0;
	int			i;
	int			k = 0;
	int			total = 0;

	if (buflen == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < n; i++)
		if (get(ctx, i))
			total++;
	for (i = 0; i < n; i++)
	{
		const char *name = get(ctx, i);

		if (name == NULL)
			continue;
		if (k > 0 && !append(buf, buflen, &used, k == total - 1 ? " or " : ", "))
			break;
		if (!append(buf, buflen, &used, "\"") ||
			!append(buf, buflen, &used, name) ||
			!append(buf, buflen, &used, "\""))
			break;
		k++;
	}
	return buf;
}

static const char *
choice_at(const void *ctx, int i)
{
	const gl_choices *c = ctx;

	return is_canonical(c, i) ? c->items[i].name : NULL;
}

char *
gl_choices_list(const gl_choices *c, char *buf, size_t buflen)
{
	return list_names(choice_at, c, c->n, buf, buflen);
}

static const char *
name_at(const void *ctx, int i)
{
	return ((const char *const *) ctx)[i];
}

char *
gl_names_list(const char *const *names, int n, char *buf, size_t buflen)
{
	return list_names(name_at, names, n, buf, buflen);
}
