/*
 * test_steam_text.c - the parser of steam text input.
 */
#include "steam/steam_text.h"
#include "unit.h"

static int
parses(const char *s, gl_steam_text *t)
{
	gl_steam_text_error err;

	return gl_steam_text_parse(s, t, &err) == 0;
}

static const char *
error_token(const char *s)
{
	static char tok[128];
	gl_steam_text t;
	gl_steam_text_error err;

	if (gl_steam_text_parse(s, &t, &err) == 0)
		return NULL;
	snprintf(tok, sizeof(tok), "%.*s", (int) err.token_len, err.token);
	return tok;
}

static int
unit_is(const gl_steam_item *it, const char *u)
{
	return it && it->unit_len == strlen(u) && memcmp(it->unit, u, it->unit_len) == 0;
}

int
main(void)
{
	gl_steam_text t;
	const char *tok;

	unit_name = "test_steam_text";

	CHECK(parses("p=150 psig, x=1", &t) && t.n == 2, "p,x");
	CHECK(t.items[0].name == 'p' && t.items[0].value == 150 && unit_is(&t.items[0], "psig"), "p item");
	CHECK(t.items[1].name == 'x' && t.items[1].value == 1 && t.items[1].unit_len == 0, "x item");

	CHECK(parses("  P = 1.5e-1 MPa ,T=300 degC  ", &t) && t.n == 2, "blanks and case");
	CHECK(gl_steam_text_get(&t, 'p')->value == 0.15, "exponent");
	CHECK(unit_is(gl_steam_text_get(&t, 'T'), "degC"), "unit trimmed");

	CHECK(parses("p=10 bar, h=2800 kJ/kg", &t) && unit_is(gl_steam_text_get(&t, 'h'), "kJ/kg"), "p,h");
	CHECK(parses("p=3 MPa, s=6.5 kJ/(kg K)", &t) && unit_is(gl_steam_text_get(&t, 's'), "kJ/(kg K)"),
		  "unit with a blank");
	CHECK(parses("T=100 \xc2\xb0" "C, x=.5", &t) && gl_steam_text_get(&t, 'x')->value == 0.5, "leading dot");
	CHECK(parses("p=1 MPa, T=453.03 K, x=0.25", &t) && t.n == 3, "three items");
	CHECK(parses("p=-1 MPa, T=300 K", &t) && t.items[0].value == -1, "sign parsed (range is the caller's)");
	CHECK(parses("p=1e999 MPa, T=300 K", &t) && isinf(t.items[0].value), "overflow reaches the caller as inf");

	/* errors, with the offending token */
	tok = error_token("");
	CHECK(tok && strlen(tok) == 0, "empty");
	tok = error_token("q=1 MPa, T=300 K");
	CHECK(tok && strcmp(tok, "q") == 0, "unknown name: %s", tok ? tok : "(none)");
	tok = error_token("pressure=1 MPa, T=300 K");
	CHECK(tok && strcmp(tok, "pressure") == 0, "long name: %s", tok ? tok : "(none)");
	tok = error_token("p=abc MPa, T=300 K");
	CHECK(tok && strcmp(tok, "abc") == 0, "bad number: %s", tok ? tok : "(none)");
	tok = error_token("p=nan MPa, T=300 K");
	CHECK(tok && strcmp(tok, "nan") == 0, "NaN refused: %s", tok ? tok : "(none)");
	tok = error_token("p=Infinity MPa, T=300 K");
	CHECK(tok && strcmp(tok, "Infinity") == 0, "Infinity refused: %s", tok ? tok : "(none)");
	tok = error_token("p=1.2.3 MPa, T=300 K");
	CHECK(tok != NULL, "two dots");
	tok = error_token("p 1 MPa, T=300 K");
	CHECK(tok != NULL, "missing =");
	tok = error_token("p=1 MPa, p=2 MPa");
	CHECK(tok && strcmp(tok, "p=2 MPa") == 0, "duplicate: %s", tok ? tok : "(none)");
	tok = error_token("p=1 MPa,, T=300 K");
	CHECK(tok != NULL, "empty item");
	tok = error_token("p=1 MPa, T=300 K,");
	CHECK(tok != NULL, "trailing comma");
	tok = error_token("p=1 MPa, T=300 K, x=1, h=2 kJ/kg");
	CHECK(tok != NULL, "too many");
	tok = error_token("p=");
	CHECK(tok != NULL, "no number");
	return unit_done();
}
