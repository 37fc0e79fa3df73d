/*
 * fuzz_rates - rates/rates.h: the text forms of confusion and fp_tally.
 *
 * The first byte chooses the type.  Properties: a value parsed prints to
 * text that parses back to the same value and prints the same again; the
 * text fits its documented maximum; the counts are not negative and the
 * value passes the binary form's check (binary input accepts what text
 * input makes).
 */
#include "fuzz.h"
#include "rates/rates.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_rates_text_error err;
	gl_status_args a;
	char	   *s;
	char		text[GL_FP_TALLY_TEXT_MAX + 64];
	char		text2[GL_FP_TALLY_TEXT_MAX + 64];

	if (size < 1)
		return 0;
	s = fz_cstr(data + 1, size - 1);
	memset(&err, 0, sizeof(err));
	memset(&a, 0, sizeof(a));
	memset(text, 0x7f, sizeof(text));
	if (data[0] & 1)
	{
		gl_confusion c,
					c2;

		if (gl_confusion_parse(s, &c, &err) == 0)
		{
			FZ_CHECK(c.tp >= 0 && c.fp >= 0 && c.fn >= 0 && c.tn >= 0, "negative count");
			FZ_CHECK(gl_confusion_check_binary(&c, &a) == 0, "binary check refuses %s", s);
			gl_confusion_format(&c, text);
			FZ_CHECK(memchr(text, '\0', GL_CONFUSION_TEXT_MAX) != NULL, "text too long");
			FZ_CHECK(gl_confusion_parse(text, &c2, &err) == 0 && memcmp(&c, &c2, sizeof(c)) == 0,
					 "\"%s\" printed as \"%s\" does not read back", s, text);
			gl_confusion_format(&c2, text2);
			FZ_CHECK(strcmp(text, text2) == 0, "\"%s\" then \"%s\"", text, text2);
		}
	}
	else
	{
		gl_fp_tally t,
					t2;
		char		conf[FZ_DTOA_LEN];

		if (gl_fp_tally_parse(s, &t, &err) == 0)
		{
			FZ_CHECK(t.tp >= 0 && t.fp >= 0, "negative count");
			FZ_CHECK(isfinite(t.confidence), "confidence %g", t.confidence);
			FZ_CHECK(gl_fp_tally_check_binary(&t, &a) == 0, "binary check refuses %s", s);
			gl_fp_tally_format(&t, fz_dtoa(t.confidence, conf), text);
			FZ_CHECK(memchr(text, '\0', GL_FP_TALLY_TEXT_MAX) != NULL, "text too long");
			FZ_CHECK(gl_fp_tally_parse(text, &t2, &err) == 0 &&
					 t.tp == t2.tp && t.fp == t2.fp && t.method == t2.method &&
					 fz_same_double(t.confidence, t2.confidence),
					 "\"%s\" printed as \"%s\" does not read back", s, text);
			gl_fp_tally_format(&t2, fz_dtoa(t2.confidence, conf), text2);
			FZ_CHECK(strcmp(text, text2) == 0, "\"%s\" then \"%s\"", text, text2);
		}
	}
	free(s);
	return 0;
}
