/*
 * fuzz_textform - base/textform.h: gl_text_split and gl_text_number.
 *
 * Properties: the items lie inside the input, at most max of them, each
 * name is letters, digits and '_'; a number read is finite, takes no more
 * than the input, equals what strtod makes of the same bytes, and its
 * shortest text reads back to the same double.
 */
#include <ctype.h>

#include "fuzz.h"
#include "base/textform.h"

static int
inside(const char *p, size_t n, const char *s, size_t len)
{
	return p >= s && p + n <= s + len;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_text_item items[8];
	gl_text_error err;
	int			max,
				n = -1,
				i;
	char	   *s;
	double		v;
	size_t		used = 0;
	size_t		len;

	if (size < 1)
		return 0;
	max = 1 + data[0] % 8;
	s = fz_bytes(data + 1, size - 1);
	len = size - 1;

	memset(&err, 0, sizeof(err));
	if (gl_text_split(s, len, items, max, &n, &err) == GL_TEXT_OK)
	{
		FZ_CHECK(n >= 1 && n <= max, "n %d max %d", n, max);
		for (i = 0; i < n; i++)
		{
			size_t		k;

			FZ_CHECK(items[i].name_len > 0 && inside(items[i].name, items[i].name_len, s, len),
					 "item %d name", i);
			FZ_CHECK(inside(items[i].value, items[i].value_len, s, len), "item %d value", i);
			FZ_CHECK(inside(items[i].item, items[i].item_len, s, len), "item %d", i);
			for (k = 0; k < items[i].name_len; k++)
				FZ_CHECK(isalnum((unsigned char) items[i].name[k]) || items[i].name[k] == '_',
						 "name byte %d", items[i].name[k]);
		}
	}
	else
		FZ_CHECK(err.token == NULL || inside(err.token, err.token_len, s, len),
				 "error token outside the input");

	if (gl_text_number(s, len, &v, &used) == GL_TEXT_OK)
	{
		char		buf[FZ_DTOA_LEN];
		char	   *copy;
		double		w;
		size_t		used2 = 0;

		FZ_CHECK(isfinite(v), "%g", v);
		FZ_CHECK(used > 0 && used <= len, "used %zu of %zu", used, len);
		/* the same bytes through strtod (blanks skipped first) */
		copy = fz_cstr((const uint8_t *) s, used);
		w = strtod(copy, NULL);
		FZ_CHECK(fz_same_double(v, w), "%.17g vs strtod %.17g of %s", v, w, copy);
		free(copy);
		fz_dtoa(v, buf);
		FZ_CHECK(gl_text_number(buf, strlen(buf), &w, &used2) == GL_TEXT_OK &&
				 used2 == strlen(buf) && fz_same_double(v, w),
				 "%.17g prints as %s which reads back as %.17g", v, buf, w);
	}
	free(s);
	return 0;
}
