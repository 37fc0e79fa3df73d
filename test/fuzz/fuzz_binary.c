/*
 * fuzz_binary - the checks of the binary forms that sit in the cores:
 * gl_confusion_check_binary, gl_fp_tally_check_binary (rates/rates.h) and
 * gl_balance_check (balance/balance.h), on structs made of any bytes.
 *
 * Binary input must accept exactly what text input accepts (a dump must
 * restore), so the property is: a value the check accepts prints to text
 * that text input accepts and reads back to the same value.  The first
 * byte chooses the type.
 */
#include "fuzz.h"
#include "balance/balance.h"
#include "rates/rates.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		text[GL_BALANCE_TEXT_MAX + GL_FP_TALLY_TEXT_MAX];
	char		num[FZ_DTOA_LEN];
	gl_status_args a;
	gl_rates_text_error rerr;

	if (size < 1)
		return 0;
	memset(&a, 0, sizeof(a));
	memset(&rerr, 0, sizeof(rerr));
	switch (data[0] % 3)
	{
		case 0:
			{
				gl_confusion c,
							c2;

				if (size < 1 + sizeof(c))
					return 0;
				memcpy(&c, data + 1, sizeof(c));
				if (gl_confusion_check_binary(&c, &a) != 0)
					return 0;
				gl_confusion_format(&c, text);
				FZ_CHECK(gl_confusion_parse(text, &c2, &rerr) == 0 &&
						 memcmp(&c, &c2, sizeof(c)) == 0,
						 "binary confusion accepted, its text \"%s\" not", text);
				break;
			}
		case 1:
			{
				gl_fp_tally t,
							t2;

				if (size < 1 + sizeof(t))
					return 0;
				memset(&t, 0, sizeof(t));
				memcpy(&t.tp, data + 1, sizeof(t.tp));
				memcpy(&t.fp, data + 1 + 8, sizeof(t.fp));
				memcpy(&t.confidence, data + 1 + 16, sizeof(t.confidence));
				memcpy(&t.method, data + 1 + 24, sizeof(t.method));
				if (gl_fp_tally_check_binary(&t, &a) != 0)
					return 0;
				gl_fp_tally_format(&t, fz_dtoa(t.confidence, num), text);
				FZ_CHECK(gl_fp_tally_parse(text, &t2, &rerr) == 0 &&
						 t.tp == t2.tp && t.fp == t2.fp && t.method == t2.method &&
						 fz_same_double(t.confidence, t2.confidence),
						 "binary fp_tally accepted, its text \"%s\" not", text);
				break;
			}
		default:
			{
				gl_balance	b,
							b2;
				gl_text_error err;
				size_t		len;
				int			which;

				if (size < 1 + sizeof(b))
					return 0;
				memcpy(&b, data + 1, sizeof(b));
				if (gl_balance_check(&b, &which) != GL_BAL_OK)
					return 0;
				len = gl_balance_format(&b, fz_dtoa(b.tolerance, num), text, GL_BALANCE_TEXT_MAX);
				FZ_CHECK(len < GL_BALANCE_TEXT_MAX, "length %zu", len);
				FZ_CHECK(gl_balance_parse(text, len, &b2, &err) == GL_BAL_OK &&
						 memcmp(b.sum_hi, b2.sum_hi, sizeof(b.sum_hi)) == 0 &&
						 memcmp(b.sum_lo, b2.sum_lo, sizeof(b.sum_lo)) == 0 &&
						 memcmp(b.count, b2.count, sizeof(b.count)) == 0 &&
						 fz_same_double(b.tolerance, b2.tolerance),
						 "binary state accepted, its text \"%s\" not", text);
				break;
			}
	}
	return 0;
}
