/*
 * steam_text.c - the text grammar of the SQL type steam (pure C) and the
 * statuses of text input; the forms that fix a state are in steam_text.h.
 */
#include "steam/steam_text.h"

#include <string.h>

#include "base/names.h"

/* ---- statuses ---- */

#define SYNTAX "invalid input syntax for type steam: \"{name}\""
#define EXAMPLES "Examples: 'p=150 psig, x=1', 'p=1 MPa, T=300 degC', " \
	"'p=10 bar, h=2800 kJ/kg'."

static const gl_status text_items[] = {
	{GL_STEAM_TEXT_UNKNOWN_NAME, GL_ERR_TEXT, NULL, SYNTAX,
		"Unknown property \"{item}\": the properties are p, T, x, h and s.",
	EXAMPLES},
	{GL_STEAM_TEXT_DUPLICATE, GL_ERR_TEXT, NULL, SYNTAX,
	"Property given twice, at \"{item}\".", EXAMPLES},
	{GL_STEAM_TEXT_PAIR, GL_ERR_TEXT, NULL, SYNTAX,
		"A steam state is given by p and T, p and x, T and x, p and h, or p and s.",
	EXAMPLES},
	{GL_STEAM_TEXT_NO_UNIT, GL_ERR_TEXT, NULL, SYNTAX,
		"\"{item}\" has no unit.",
	"Write the unit after the number, e.g. \"p=150 psig\", \"T=300 degC\", \"h=2800 kJ/kg\"."},
	{GL_STEAM_TEXT_QUALITY_UNIT, GL_ERR_TEXT, NULL, SYNTAX,
		"Quality x is a fraction and takes no unit, at \"{item}\".",
	"Write the quality as a plain number, e.g. \"x=0.9\"."},
	{GL_STEAM_TEXT_UNIT_UNKNOWN, GL_ERR_TEXT, NULL, SYNTAX,
		"Unknown {extra} unit in \"{item}\".",
	"Valid {extra} units: {list}."},
	{GL_STEAM_TEXT_UNIT_AMBIGUOUS, GL_ERR_TEXT, NULL, SYNTAX,
		"\"{item}\" does not say absolute or gauge pressure, which differ by one atmosphere (14.696 psi).",
	"Say \"psia\" for absolute or \"psig\" for gauge pressure."},
	{GL_STEAM_TEXT_UNIT_DIMENSION, GL_ERR_TEXT, NULL, SYNTAX,
		"The unit of \"{item}\" is not a unit of {extra}.",
	"Valid {extra} units: {list}."},
};

const gl_status_table gl_steam_text_statuses =
GL_STATUS_TABLE("steam", text_items);

/* ---- parsing ---- */

static gl_steam_text_status
fail(gl_steam_text_error *err, gl_steam_text_status st, const char *token,
	 size_t len)
{
	err->status = st;
	err->token = token;
	err->token_len = len;
	return st;
}

/* a number error of base/textform.h at token (len bytes) */
static gl_steam_text_status
fail_number(gl_steam_text_error *err, gl_text_status st, const char *token,
			size_t len)
{
	err->form.status = st;
	err->form.token = token;
	err->form.token_len = len;
	return fail(err, GL_STEAM_TEXT_FORM, token, len);
}

/* the quantity a name stands for, or -1 */
static int
quantity_of(const char *name, size_t len)
{
	if (len != 1)
		return -1;
	switch (name[0])
	{
		case 'p':
		case 'P':
			return GL_STEAM_P;
		case 'T':
		case 't':
			return GL_STEAM_T;
		case 'x':
			return GL_STEAM_X;
		case 'h':
			return GL_STEAM_H;
		case 's':
			return GL_STEAM_S;
		default:
			return -1;
	}
}

/* the number at the start of the item's value, and the unit after it */
static gl_steam_text_status
read_value(const gl_text_item *ti, gl_steam_item *it, gl_steam_text_error *err)
{
	const char *v = ti->value;
	size_t		len = ti->value_len;
	size_t		used = 0;
	gl_text_status ts = gl_text_number(v, len, &it->value, &used);

	if (ts == GL_TEXT_OK && used < len && (v[used] == '.' ||
										   (v[used] >= '0' && v[used] <= '9')))
		return fail_number(err, GL_TEXT_BAD_NUMBER, v, len);
	if (ts != GL_TEXT_OK)
	{
		size_t		n = 0;

		/* the token: the value up to its first blank */
		while (n < len && !gl_is_blank(v[n]))
			n++;
		return fail_number(err, ts, v, n);
	}
	it->unit_text = v + used;
	it->unit_len = len - used;
	gl_trim(&it->unit_text, &it->unit_len);
	return GL_STEAM_TEXT_OK;
}

/* the unit of an item of a form: looked up, and the value converted */
static gl_steam_text_status
read_unit(gl_steam_item *it, gl_steam_text_error *err)
{
	gl_dimension dim = gl_steam_quantities[it->qty].dim;
	gl_unit_status ust;

	err->dim = dim;
	if (it->qty == GL_STEAM_X)
	{
		if (it->unit_len > 0)
			return fail(err, GL_STEAM_TEXT_QUALITY_UNIT, it->item, it->item_len);
		it->unit = NULL;
		it->base = it->value;
		return GL_STEAM_TEXT_OK;
	}
	if (it->unit_len == 0)
		return fail(err, GL_STEAM_TEXT_NO_UNIT, it->item, it->item_len);
	it->unit = gl_unit_find_dim(it->unit_text, it->unit_len, dim, &ust);
	if (it->unit == NULL)
		return fail(err,
					ust == GL_UNIT_AMBIGUOUS_PSI ? GL_STEAM_TEXT_UNIT_AMBIGUOUS :
					ust == GL_UNIT_WRONG_DIMENSION ? GL_STEAM_TEXT_UNIT_DIMENSION :
					GL_STEAM_TEXT_UNIT_UNKNOWN,
					it->item, it->item_len);
	it->base = gl_unit_to_base(it->unit, it->value);
	return GL_STEAM_TEXT_OK;
}

gl_steam_text_status
gl_steam_text_parse(const char *str, size_t len, gl_steam_text *out,
					gl_steam_text_error *err)
{
	gl_text_item ti[GL_STEAM_FORM_MAX];
	gl_steam_item items[GL_STEAM_FORM_MAX];
	unsigned	seen = 0;
	int			n;
	int			i;
	int			f;
	gl_steam_text_status st;

	memset(err, 0, sizeof(*err));
	err->dim = GL_DIM_ANY;
	if (gl_text_split(str, len, ti, GL_STEAM_FORM_MAX, &n, &err->form) != GL_TEXT_OK)
		return fail(err, GL_STEAM_TEXT_FORM, err->form.token,
					err->form.token_len);

	/* names (each once) and numbers */
	for (i = 0; i < n; i++)
	{
		int			q = quantity_of(ti[i].name, ti[i].name_len);

		if (q < 0)
			return fail(err, GL_STEAM_TEXT_UNKNOWN_NAME, ti[i].name,
						ti[i].name_len);
		if (seen & (1u << q))
			return fail(err, GL_STEAM_TEXT_DUPLICATE, ti[i].item,
						ti[i].item_len);
		seen |= 1u << q;
		items[i].qty = (gl_steam_qty) q;
		items[i].item = ti[i].item;
		items[i].item_len = ti[i].item_len;
		st = read_value(&ti[i], &items[i], err);
		if (st != GL_STEAM_TEXT_OK)
			return st;
	}

	/* the form they make */
	for (f = 0; f < GL_STEAM_NFORMS; f++)
	{
		unsigned	want = 0;

		for (i = 0; i < gl_steam_forms[f].n; i++)
			want |= 1u << gl_steam_forms[f].q[i];
		if (want == seen)
			break;
	}
	if (f == GL_STEAM_NFORMS)
		return fail(err, GL_STEAM_TEXT_PAIR, str, len);
	out->form = (gl_steam_form) f;

	/* the items in the form's order, with their units */
	for (i = 0; i < gl_steam_forms[f].n; i++)
	{
		int			j = 0;

		while (items[j].qty != gl_steam_forms[f].q[i])
			j++;
		out->items[i] = items[j];
		st = read_unit(&out->items[i], err);
		if (st != GL_STEAM_TEXT_OK)
			return st;
	}
	return GL_STEAM_TEXT_OK;
}
