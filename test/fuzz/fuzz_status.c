/*
 * fuzz_status - base/status.h: gl_status_format with any template and any
 * arguments, and gl_format_double with any double.
 *
 * The input is split at 0xff bytes: template, then name, list, item,
 * extra, arg; the first byte chooses the buffer size and which fields are
 * given; 8 bytes after it are the value.  Properties: the result is
 * NUL-terminated inside the buffer (ASan sees a write past it); a double
 * prints in fewer than 32 bytes as text that reads back to it.
 *
 * The template is cut before its 9th "{value}": each one prints the double
 * anew (up to 17 snprintf and strtod calls, slow for large exponents), and
 * libFuzzer keeps templates with 16, 32, 128... of them as new features
 * (hit-count buckets), so without the cut its corpus drifts to inputs that
 * cost milliseconds each and a run slows to a crawl (3.18M executions where
 * 10M were asked).  More repetitions test nothing new.
 */
#include "fuzz.h"

#define NPARTS 6
#define MAX_VALUE_FIELDS 8

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *part[NPARTS] = {0};
	size_t		plen[NPARTS] = {0};
	gl_status	st;
	gl_status_args a;
	size_t		buflen;
	char	   *buf;
	char		num[FZ_DTOA_LEN];
	double		v;
	uint8_t		flags;
	size_t		i,
				k = 0,
				start;

	if (size < 1 + sizeof(double))
		return 0;
	flags = data[0];
	buflen = 1 + (size_t) (data[0] & 0x7f);
	memcpy(&v, data + 1, sizeof(double));
	data += 1 + sizeof(double);
	size -= 1 + sizeof(double);

	start = 0;
	for (i = 0; i <= size && k < NPARTS; i++)
		if (i == size || data[i] == 0xff)
		{
			part[k] = fz_cstr(data + start, i - start);
			plen[k] = i - start;
			k++;
			start = i + 1;
		}
	for (; k < NPARTS; k++)
		part[k] = fz_cstr(data, 0);
	{
		char	   *p = part[0];
		int			nvalue = 0;

		while ((p = strstr(p, "{value}")) != NULL)
		{
			if (++nvalue > MAX_VALUE_FIELDS)
			{
				*p = '\0';
				break;
			}
			p += 7;
		}
	}

	memset(&st, 0, sizeof(st));
	st.kind = GL_ERR_PARAM;
	st.arg = "argument";
	st.message = part[0];
	memset(&a, 0, sizeof(a));
	if (flags & 0x80)
	{
		a.name = part[1];
		a.namelen = plen[1];	/* may hold NUL bytes: counted, not terminated */
		a.list = part[2];
		a.item = part[3];
		a.itemlen = plen[3];
		a.extra = part[4];
		a.arg = plen[5] ? part[5] : NULL;
		a.has_value = true;
		a.value = v;
	}

	buf = malloc(buflen);
	gl_status_format(buf, buflen, part[0], &st, (flags & 0x80) ? &a : NULL);
	FZ_CHECK(fz_terminated(buf, buflen), "template result in %zu bytes", buflen);
	gl_status_format(buf, buflen, part[0], NULL, &a);
	FZ_CHECK(fz_terminated(buf, buflen), "without a descriptor");
	free(buf);

	fz_dtoa(v, num);
	FZ_CHECK(strlen(num) < FZ_DTOA_LEN, "%s", num);
	if (isfinite(v))
		FZ_CHECK(strtod(num, NULL) == v, "%.17g prints as %s", v, num);
	else
		FZ_CHECK(strcmp(num, isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity") == 0, "%s", num);

	for (k = 0; k < NPARTS; k++)
		free(part[k]);
	return 0;
}
