/*
 * fuzz_steam - steam/steam_text.h: the text form of the SQL type steam,
 * then the state it fixes (steam/if97.h), as text input does.
 *
 * Properties: the values parsed are finite; each item printed again as
 * "name=<shortest value> <canonical unit>" parses back to the same values
 * in the same form; a state solved is finite with x -1 or in [0, 1].
 */
#include "fuzz.h"
#include "steam/steam_text.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_steam_text t,
				t2;
	gl_steam_text_error err,
				err2;
	gl_if97_state st;
	double		v[GL_STEAM_FORM_MAX];
	char	   *s = fz_bytes(data, size);
	char		text[3 * (FZ_DTOA_LEN + 48)];
	size_t		len = 0;
	int			i,
				n;

	memset(&err, 0, sizeof(err));
	if (gl_steam_text_parse(s, size, &t, &err) != GL_STEAM_TEXT_OK)
	{
		FZ_CHECK(err.token == NULL || (err.token >= s && err.token + err.token_len <= s + size),
				 "error token outside the input");
		free(s);
		return 0;
	}
	FZ_CHECK(t.form >= 0 && t.form < GL_STEAM_NFORMS, "form %d", (int) t.form);
	n = gl_steam_forms[t.form].n;
	for (i = 0; i < n; i++)
	{
		const gl_steam_item *it = &t.items[i];
		char		num[FZ_DTOA_LEN];

		FZ_CHECK(it->qty == gl_steam_forms[t.form].q[i], "item %d order", i);
		FZ_CHECK(isfinite(it->value) && isfinite(it->base), "item %d: %g, %g", i, it->value, it->base);
		FZ_CHECK((it->unit == NULL) == (it->qty == GL_STEAM_X), "item %d unit", i);
		v[i] = it->base;
		len += (size_t) snprintf(text + len, sizeof(text) - len, "%s%c=%s%s%s",
								 i ? ", " : "", gl_steam_quantities[it->qty].symbol,
								 fz_dtoa(it->value, num), it->unit ? " " : "",
								 it->unit ? it->unit->name : "");
	}
	FZ_CHECK(len < sizeof(text), "printed text too long");
	FZ_CHECK(gl_steam_text_parse(text, len, &t2, &err2) == GL_STEAM_TEXT_OK,
			 "printed again as \"%s\" does not parse (status %d)", text, (int) err2.status);
	FZ_CHECK(t2.form == t.form, "form of \"%s\"", text);
	for (i = 0; i < n; i++)
		FZ_CHECK(fz_same_double(t2.items[i].value, t.items[i].value) &&
				 fz_same_double(t2.items[i].base, t.items[i].base),
				 "\"%s\": item %d %.17g/%.17g became %.17g/%.17g", text, i,
				 t.items[i].value, t.items[i].base, t2.items[i].value, t2.items[i].base);

	if (gl_steam_build(t.form, v, &st) == GL_IF97_OK)
	{
		FZ_CHECK(isfinite(st.p) && isfinite(st.T) && isfinite(st.rho) && isfinite(st.x),
				 "state of \"%s\": p %g T %g rho %g x %g", text, st.p, st.T, st.rho, st.x);
		FZ_CHECK(st.x == -1 || (st.x >= 0 && st.x <= 1), "quality %g", st.x);
		FZ_CHECK(st.region >= 1 && st.region <= 5, "region %d", st.region);
	}
	free(s);
	return 0;
}
