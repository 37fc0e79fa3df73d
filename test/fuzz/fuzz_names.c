/*
 * fuzz_names - base/names.h: gl_choice_find on a sample table, and the
 * hint lists.
 *
 * Properties: the value found is the value of the entry that an
 * independent implementation of the one name rule (trim blanks, fold ASCII
 * case, '_' and ' ' read as '-') finds, and nothing is found when it finds
 * nothing; gl_choice_name of a found value matches too; the lists are
 * NUL-terminated inside any buffer size.
 */
#include "fuzz.h"
#include "base/names.h"

static const gl_choice sample_items[] = {
	{"two-sided", 0},
	{"less", 1},
	{"greater", 2},
	{"two", 0},
	{"blow-through", 3},
	{"x", 4},
	{"a-b-c", 5},
	{"", 6},
};
static const gl_choices sample = GL_CHOICES("sample", sample_items);

/* the rule, written again: the entry s names, or -1 */
static int
reference_find(const char *s, size_t len)
{
	char	   *norm = malloc(len + 1);
	size_t		b = 0,
				e = len,
				i;
	int			found = -1;

	while (b < e && gl_is_blank(s[b]))
		b++;
	while (e > b && gl_is_blank(s[e - 1]))
		e--;
	for (i = b; i < e; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		if (c == '_' || c == ' ')
			c = '-';
		norm[i - b] = c;
	}
	for (i = 0; i < (size_t) sample.n && found < 0; i++)
		if (strlen(sample.items[i].name) == e - b &&
			memcmp(sample.items[i].name, norm, e - b) == 0)
			found = sample.items[i].value;
	free(norm);
	return found;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s;
	int			v,
				want;
	size_t		buflen;
	char	   *buf;
	const char *names[3];

	if (size < 1)
		return 0;
	buflen = 1 + data[0] % 64;
	s = fz_bytes(data + 1, size - 1);
	v = gl_choice_find(&sample, s, size - 1);
	want = reference_find(s, size - 1);
	FZ_CHECK(v == want, "found %d, the rule says %d", v, want);
	if (v >= 0)
	{
		const char *canon = gl_choice_name(&sample, v);

		FZ_CHECK(canon != NULL && gl_choice_find(&sample, canon, strlen(canon)) == v,
				 "canonical name of %d", v);
	}

	buf = malloc(buflen);
	gl_choices_list(&sample, buf, buflen);
	FZ_CHECK(fz_terminated(buf, buflen), "choices list in %zu bytes", buflen);
	names[0] = "a";
	names[1] = s[0] ? "b" : "";
	names[2] = "c\"d";
	gl_names_list(names, 1 + (int) (size % 3), buf, buflen);
	FZ_CHECK(fz_terminated(buf, buflen), "names list in %zu bytes", buflen);
	free(buf);
	free(s);
	return 0;
}
