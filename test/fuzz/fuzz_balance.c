/*
 * fuzz_balance - balance/balance.h: the text form of energy_balance_state
 * ("input=<nJ>/<n>, output=<nJ>/<n>, loss=<nJ>/<n>, tolerance=<x|default>").
 *
 * Properties: a state parsed passes the state's own check; its canonical
 * text fits GL_BALANCE_TEXT_MAX, parses back to the same state and prints
 * the same again; the error token lies inside the input.  The input is not
 * NUL-terminated: ASan sees a read past its length.
 */
#include "fuzz.h"
#include "balance/balance.h"

static int
same_state(const gl_balance *a, const gl_balance *b)
{
	return memcmp(a->sum_hi, b->sum_hi, sizeof(a->sum_hi)) == 0 &&
		memcmp(a->sum_lo, b->sum_lo, sizeof(a->sum_lo)) == 0 &&
		memcmp(a->count, b->count, sizeof(a->count)) == 0 &&
		fz_same_double(a->tolerance, b->tolerance);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_balance	b,
				c;
	gl_text_error err;
	char	   *s = fz_bytes(data, size);
	char		text[GL_BALANCE_TEXT_MAX],
				text2[GL_BALANCE_TEXT_MAX];
	char		tol[FZ_DTOA_LEN];
	size_t		len,
				len2;
	int			which = -1;

	memset(&err, 0, sizeof(err));
	if (gl_balance_parse(s, size, &b, &err) != GL_BAL_OK)
	{
		FZ_CHECK(err.token == NULL || (err.token >= s && err.token + err.token_len <= s + size),
				 "error token outside the input");
		free(s);
		return 0;
	}
	FZ_CHECK(gl_balance_check(&b, &which) == GL_BAL_OK, "parsed state fails its check (%d)", which);
	len = gl_balance_format(&b, fz_dtoa(b.tolerance, tol), text, sizeof(text));
	FZ_CHECK(len < sizeof(text) && strlen(text) == len, "length %zu", len);
	FZ_CHECK(gl_balance_parse(text, len, &c, &err) == GL_BAL_OK && same_state(&b, &c),
			 "printed as \"%s\" does not read back", text);
	len2 = gl_balance_format(&c, fz_dtoa(c.tolerance, tol), text2, sizeof(text2));
	FZ_CHECK(len2 == len && strcmp(text, text2) == 0, "\"%s\" then \"%s\"", text, text2);
	free(s);
	return 0;
}
