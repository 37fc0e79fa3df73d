/*
 * fuzz_compare - classifier/compare.h: the text forms of proportion and
 * paired_outcomes, and the check of their binary forms.
 *
 * The first byte chooses the type (bit 0) and what the rest is (bit 1):
 * - text, given with its length and not terminated (ASan sees a read past
 *   it).  A value parsed has counts that are not negative (successes at
 *   most trials), passes the binary check (binary input accepts what text
 *   input makes), prints within GL_CMP_TEXT_MAX to text that parses back
 *   to the same counts and prints the same again.  A refusal has a status
 *   of the core's table (or base's syntax statuses) whose message expands,
 *   and names a part of the input.
 * - binary, the counts as 8-byte integers: counts the binary check takes
 *   print to text that parses back to them (text input accepts what binary
 *   input takes), and counts it refuses are ones the text form cannot
 *   write.
 */
#include "fuzz.h"
#include "classifier/compare.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* text printed from counts c reads back to c and prints the same again */
static void
round_trip(const gl_cmp_form *f, const int64_t *c, const char *what)
{
	char		text[GL_CMP_TEXT_MAX + 16];
	char		text2[GL_CMP_TEXT_MAX + 16];
	int64_t		c2[GL_CMP_COUNTS_MAX];
	gl_cmp_text_error err;
	int			rc;

	memset(text, 0x7f, sizeof(text));
	gl_cmp_format(f, c, text);
	FZ_CHECK(memchr(text, '\0', GL_CMP_TEXT_MAX) != NULL, "%s: text too long", what);
	rc = gl_cmp_parse(f, text, strlen(text), c2, &err);
	FZ_CHECK(rc == GL_CMP_OK && memcmp(c, c2, sizeof(int64_t) * f->ncounts) == 0,
			 "%s: \"%s\" does not read back (status %d)", what, text, rc);
	gl_cmp_format(f, c2, text2);
	FZ_CHECK(strcmp(text, text2) == 0, "%s: \"%s\" then \"%s\"", what, text, text2);
}

/* a refusal: a known status, a message, a part of the input named */
static void
refusal(const char *s, size_t len, int rc, const gl_cmp_text_error *err)
{
	const gl_status *st;
	char		msg[256];

	FZ_CHECK(rc == err->code, "status %d, error %d", rc, err->code);
	if (rc == GL_CMP_TEXT_SYNTAX)
	{
		FZ_CHECK(err->text.status != GL_TEXT_OK, "syntax without a status");
		FZ_CHECK(err->text.token >= s && err->text.token + err->text.token_len <= s + len,
				 "syntax token outside the input");
		return;
	}
	st = gl_status_find(&gl_compare_statuses, rc);
	FZ_CHECK(st != NULL, "status %d has no descriptor", rc);
	FZ_CHECK(err->args.name == s && err->args.namelen == len, "name is not the input");
	if (rc == GL_CMP_TEXT_ITEM || rc == GL_CMP_TEXT_COUNT)
		FZ_CHECK(err->args.item >= s && err->args.item + err->args.itemlen <= s + len,
				 "item outside the input");
	else
		FZ_CHECK(rc == GL_CMP_COUNT_ORDER && err->args.has_value, "status %d from text", rc);
	gl_status_format(msg, sizeof(msg), st->message, st, &err->args);
	FZ_CHECK(fz_terminated(msg, sizeof(msg)), "message");
	if (st->detail)
	{
		gl_status_format(msg, sizeof(msg), st->detail, st, &err->args);
		FZ_CHECK(fz_terminated(msg, sizeof(msg)), "detail");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const gl_cmp_form *f;
	int64_t		c[GL_CMP_COUNTS_MAX];
	int			rc,
				want;
	int			i;

	if (size < 1)
		return 0;
	f = (data[0] & 1) ? &gl_cmp_paired : &gl_cmp_proportion;
	if (data[0] & 2)
	{
		gl_status_args a;
		int			negative = 0;

		if (size - 1 < sizeof(int64_t) * (size_t) f->ncounts)
			return 0;
		memcpy(c, data + 1, sizeof(int64_t) * (size_t) f->ncounts);
		for (i = 0; i < f->ncounts; i++)
			negative |= c[i] < 0;
		/* what the binary form may refuse, worked out here */
		want = negative ? GL_CMP_BINARY :
			f->ordered && c[0] > c[1] ? GL_CMP_COUNT_ORDER : GL_CMP_OK;
		rc = gl_cmp_check_binary(f, c, &a);
		FZ_CHECK(rc == want, "binary check %d, want %d", rc, want);
		if (rc == GL_CMP_OK)
			round_trip(f, c, "binary");
		else
			FZ_CHECK(gl_status_find(&gl_compare_statuses, rc) != NULL, "descriptor");
	}
	else
	{
		char	   *s = fz_bytes(data + 1, size - 1);
		gl_cmp_text_error err;
		gl_status_args a;

		rc = gl_cmp_parse(f, s, size - 1, c, &err);
		if (rc == GL_CMP_OK)
		{
			for (i = 0; i < f->ncounts; i++)
				FZ_CHECK(c[i] >= 0, "negative count");
			FZ_CHECK(!f->ordered || c[0] <= c[1], "successes above trials");
			FZ_CHECK(gl_cmp_check_binary(f, c, &a) == GL_CMP_OK,
					 "binary check refuses what text made");
			round_trip(f, c, "text");
		}
		else
			refusal(s, size - 1, rc, &err);
		free(s);
	}
	return 0;
}
