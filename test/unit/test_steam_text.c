/*
 * test_steam_text.c - the input forms of the steam type: the text grammar,
 * the forms that fix a state, and the status table of text input.
 */
#include "steam/steam_text.h"
#include "unit.h"

static gl_steam_text_status
parse(const char *s, gl_steam_text *t, gl_steam_text_error *err)
{
	return gl_steam_text_parse(s, strlen(s), t, err);
}

static int
parses(const char *s, gl_steam_text *t)
{
	gl_steam_text_error err;

	return parse(s, t, &err) == GL_STEAM_TEXT_OK;
}

/* the status of s and its token (static buffer), or NULL when it parses */
static const char *
error_token(const char *s, int *status)
{
	static char tok[128];
	gl_steam_text t;
	gl_steam_text_error err;

	*status = parse(s, &t, &err);
	if (*status == GL_STEAM_TEXT_OK)
		return NULL;
	snprintf(tok, sizeof(tok), "%.*s", (int) err.token_len, err.token);
	return tok;
}

static int
unit_is(const gl_steam_item *it, const char *written, const char *canonical)
{
	return it->unit_len == strlen(written) &&
		memcmp(it->unit_text, written, it->unit_len) == 0 &&
		it->unit != NULL && strcmp(it->unit->name, canonical) == 0;
}

/* every error is one status with one token */
static void
check_error(const char *s, int want, const char *want_token)
{
	int			st;
	const char *tok = error_token(s, &st);

	CHECK(st == want, "%s: status %d, want %d", s, st, want);
	CHECK(tok && (want_token == NULL || strcmp(tok, want_token) == 0),
		  "%s: token \"%s\", want \"%s\"", s, tok ? tok : "(none)",
		  want_token ? want_token : "(any)");
}

static void
check_form_error(const char *s, gl_text_status want, const char *want_token)
{
	gl_steam_text t;
	gl_steam_text_error err;
	int			st = parse(s, &t, &err);

	CHECK(st == GL_STEAM_TEXT_FORM && err.form.status == want,
		  "%s: status %d/%d, want form %d", s, st, (int) err.form.status, (int) want);
	if (want_token)
		CHECK((int) err.form.token_len == (int) strlen(want_token) &&
			  memcmp(err.form.token, want_token, err.form.token_len) == 0,
			  "%s: token \"%.*s\", want \"%s\"", s, (int) err.form.token_len,
			  err.form.token, want_token);
}

static void
test_statuses(void)
{
	const char *why = gl_status_table_check(&gl_steam_text_statuses);
	gl_status_args a = {0};
	char		buf[256];
	const gl_status *s;
	int			k;

	CHECK(why == NULL, "gl_steam_text_statuses: %s", why ? why : "");
	CHECK(gl_status_find(&gl_steam_text_statuses, GL_STEAM_TEXT_FORM) == NULL,
		  "textform errors are base's");
	for (k = GL_STEAM_TEXT_UNKNOWN_NAME; k <= GL_STEAM_TEXT_UNIT_DIMENSION; k++)
	{
		s = gl_status_find(&gl_steam_text_statuses, k);
		CHECK(s != NULL && s->kind == GL_ERR_TEXT && s->detail != NULL && s->hint != NULL,
			  "status %d: a 22P02 descriptor with detail and hint", k);
	}
	s = gl_status_find(&gl_steam_text_statuses, GL_STEAM_TEXT_UNIT_UNKNOWN);
	a.name = "p=1 MPa, T=300 furlongs";
	a.namelen = strlen(a.name);
	a.item = "T=300 furlongs";
	a.itemlen = strlen(a.item);
	a.extra = "temperature";
	a.list = "K, degC, degF, degR";
	gl_status_format(buf, sizeof(buf), s->message, s, &a);
	CHECK(strcmp(buf, "invalid input syntax for type steam: \"p=1 MPa, T=300 furlongs\"") == 0,
		  "message: %s", buf);
	gl_status_format(buf, sizeof(buf), s->detail, s, &a);
	CHECK(strcmp(buf, "Unknown temperature unit in \"T=300 furlongs\".") == 0, "detail: %s", buf);
	gl_status_format(buf, sizeof(buf), s->hint, s, &a);
	CHECK(strcmp(buf, "Valid temperature units: K, degC, degF, degR.") == 0, "hint: %s", buf);
}

static int
same_state(const gl_if97_state *a, const gl_if97_state *b)
{
	return a->p == b->p && a->T == b->T && a->rho == b->rho && a->x == b->x &&
		a->region == b->region;
}

static void
test_forms(void)
{
	double		v[3] = {1, 573.15, 0};
	gl_if97_state st,
				pt;
	int			f,
				i;

	for (f = 0; f < GL_STEAM_NFORMS; f++)
		for (i = 0; i < gl_steam_forms[f].n; i++)
			CHECK(gl_steam_forms[f].q[i] < GL_STEAM_NQTY, "form %d", f);
	CHECK(gl_steam_quantities[GL_STEAM_P].symbol == 'p' &&
		  strcmp(gl_steam_quantities[GL_STEAM_P].arg, "pressure") == 0 &&
		  strcmp(gl_steam_quantities[GL_STEAM_P].unit_arg, "pressure_unit") == 0,
		  "pressure's names");
	CHECK(gl_steam_quantities[GL_STEAM_X].unit_arg == NULL &&
		  gl_steam_quantities[GL_STEAM_X].dim == GL_DIM_ANY, "quality has no unit");

	/* gl_steam_build is the core's constructor of each form, bit for bit */
	CHECK(gl_steam_build(GL_STEAM_PT, v, &st) == GL_IF97_OK &&
		  gl_if97_state_pt(1, 573.15, &pt) == GL_IF97_OK &&
		  same_state(&st, &pt), "build pt");
	v[0] = 1;
	v[1] = 3000;
	CHECK(gl_steam_build(GL_STEAM_PH, v, &st) == GL_IF97_OK &&
		  gl_if97_state_ph(1, 3000, &pt) == GL_IF97_OK &&
		  same_state(&st, &pt), "build ph");
	v[1] = 0.25;
	CHECK(gl_steam_build(GL_STEAM_PX, v, &st) == GL_IF97_OK && st.region == 4 && st.x == 0.25,
		  "build px");
	v[1] = st.T;
	v[2] = 0.25;
	CHECK(gl_steam_build(GL_STEAM_PTX, v, &pt) == GL_IF97_OK &&
		  same_state(&st, &pt), "build ptx");
	v[1] = 400;
	CHECK(gl_steam_build(GL_STEAM_PTX, v, &pt) == GL_IF97_E_NOT_SATURATED, "build ptx off the line");
	v[0] = -1;
	v[1] = 300;
	CHECK(gl_steam_build(GL_STEAM_PT, v, &pt) == GL_IF97_E_PRESSURE, "build pt p < 0");
}

int
main(void)
{
	gl_steam_text t;

	unit_name = "test_steam_text";

	test_statuses();
	test_forms();

	CHECK(parses("p=150 psig, x=1", &t) && t.form == GL_STEAM_PX, "p,x");
	CHECK(t.items[0].qty == GL_STEAM_P && t.items[0].value == 150 &&
		  unit_is(&t.items[0], "psig", "psig") &&
		  t.items[0].base == gl_unit_to_base(t.items[0].unit, 150), "p item");
	CHECK(t.items[1].qty == GL_STEAM_X && t.items[1].value == 1 && t.items[1].base == 1 &&
		  t.items[1].unit == NULL && t.items[1].unit_len == 0, "x item");

	CHECK(parses("  P = 1.5e-1 MPa ,T=300 degC  ", &t) && t.form == GL_STEAM_PT, "blanks and case");
	CHECK(t.items[0].value == 0.15 && t.items[0].base == 0.15, "exponent");
	CHECK(unit_is(&t.items[1], "degC", "degC") && t.items[1].base == 573.15, "unit trimmed, converted");
	CHECK(t.items[1].item_len == strlen("T=300 degC") &&
		  memcmp(t.items[1].item, "T=300 degC", t.items[1].item_len) == 0, "item trimmed");

	CHECK(parses("T=300 degC, p=1 MPa", &t) && t.form == GL_STEAM_PT &&
		  t.items[0].qty == GL_STEAM_P && t.items[1].qty == GL_STEAM_T, "items in the form's order");
	CHECK(parses("t=300K, P=1MPa", &t) && t.form == GL_STEAM_PT &&
		  unit_is(&t.items[1], "K", "K"), "a unit right after the number");
	CHECK(parses("p=10 bar, h=2800 kJ/kg", &t) && t.form == GL_STEAM_PH &&
		  unit_is(&t.items[1], "kJ/kg", "kJ/kg"), "p,h");
	CHECK(parses("p=3 MPa, s=6.5 kJ/(kg K)", &t) && t.form == GL_STEAM_PS &&
		  unit_is(&t.items[1], "kJ/(kg K)", "kJ/(kg*K)"), "unit with a blank");
	CHECK(parses("T=100 \xc2\xb0" "C, x=.5", &t) && t.form == GL_STEAM_TX &&
		  t.items[1].value == 0.5 && unit_is(&t.items[0], "\xc2\xb0" "C", "degC"), "leading dot, alias");
	CHECK(parses("p=1 MPa, T=453.03 K, x=0.25", &t) && t.form == GL_STEAM_PTX, "three items");
	CHECK(parses("x=0.25, T=453.03 K, p=1 MPa", &t) && t.form == GL_STEAM_PTX &&
		  t.items[2].qty == GL_STEAM_X, "three items, any order");
	CHECK(parses("p=-1 MPa, T=300 K", &t) && t.items[0].value == -1, "sign parsed (range is the core's)");
	CHECK(parses("p=+2 MPa, T=300 K", &t) && t.items[0].value == 2, "plus sign");

	/* errors, with the offending token */
	check_form_error("", GL_TEXT_EMPTY, NULL);
	check_form_error("   ", GL_TEXT_EMPTY, NULL);
	check_form_error("p 1 MPa, T=300 K", GL_TEXT_NO_EQUALS, "p 1 MPa");
	check_form_error("p=1 MPa,, T=300 K", GL_TEXT_NO_NAME, "");
	check_form_error("p=1 MPa, T=300 K,", GL_TEXT_NO_NAME, "");
	check_form_error("p=1 MPa, T=300 K, x=1, h=2 kJ/kg", GL_TEXT_TOO_MANY, "h=2 kJ/kg");
	check_form_error("p=", GL_TEXT_NO_VALUE, "p=");
	check_form_error("p=abc MPa, T=300 K", GL_TEXT_BAD_NUMBER, "abc");
	check_form_error("p=nan MPa, T=300 K", GL_TEXT_BAD_NUMBER, "nan");
	check_form_error("p=Infinity MPa, T=300 K", GL_TEXT_BAD_NUMBER, "Infinity");
	check_form_error("p=1.2.3 MPa, T=300 K", GL_TEXT_BAD_NUMBER, "1.2.3 MPa");
	check_form_error("p=1e999 MPa, T=300 K", GL_TEXT_NUMBER_RANGE, "1e999");
	check_error("q=1 MPa, T=300 K", GL_STEAM_TEXT_UNKNOWN_NAME, "q");
	check_error("pressure=1 MPa, T=300 K", GL_STEAM_TEXT_UNKNOWN_NAME, "pressure");
	check_error("X=1, p=1 MPa", GL_STEAM_TEXT_UNKNOWN_NAME, "X");
	check_error("p=1 MPa, p=2 MPa", GL_STEAM_TEXT_DUPLICATE, "p=2 MPa");
	check_error("p=1 MPa, P=2 MPa", GL_STEAM_TEXT_DUPLICATE, "P=2 MPa");
	check_error("p=1 MPa", GL_STEAM_TEXT_PAIR, "p=1 MPa");
	check_error("T=300 K, h=2800 kJ/kg", GL_STEAM_TEXT_PAIR, NULL);
	check_error("p=1 MPa, h=2800 kJ/kg, s=6 kJ/(kg*K)", GL_STEAM_TEXT_PAIR, NULL);
	check_error("p=1 MPa, T=300", GL_STEAM_TEXT_NO_UNIT, "T=300");
	check_error("p=1 MPa, x=0.5 kg", GL_STEAM_TEXT_QUALITY_UNIT, "x=0.5 kg");
	check_error("p=1 MPa, T=300 furlongs", GL_STEAM_TEXT_UNIT_UNKNOWN, "T=300 furlongs");
	check_error("p=1 mpascal, T=300 K", GL_STEAM_TEXT_UNIT_UNKNOWN, "p=1 mpascal");
	{
		gl_steam_text t;

		/* case ignored when one unit matches */
		CHECK(parses("p=1 mpa, T=300 K", &t) && unit_is(&t.items[0], "mpa", "MPa"),
			  "p=1 mpa reads as MPa");
	}
	check_error("p=150 psi, x=1", GL_STEAM_TEXT_UNIT_AMBIGUOUS, "p=150 psi");
	check_error("p=1 kWh, T=300 K", GL_STEAM_TEXT_UNIT_DIMENSION, "p=1 kWh");
	{
		gl_steam_text_error err;

		parse("p=1 MPa, h=2800 kJ", &t, &err);
		CHECK(err.status == GL_STEAM_TEXT_UNIT_DIMENSION && err.dim == GL_DIM_SPECIFIC_ENERGY,
			  "the dimension wanted comes with a unit error");
	}
	return unit_done();
}
