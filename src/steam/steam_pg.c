/*
 * steam_pg.c - the SQL type steam and the steam property functions.
 *
 * A steam value is stored as a GlSteamStored (steam_pg.h) holding a core
 * gl_if97_state: pressure, temperature, quality (for a two-phase state) and
 * region, plus the density the core found (needed in region 3).  It is built
 * only by the IF97 core, from validated inputs, so a stored value is always
 * a valid state.  Properties are computed from it on demand.
 *
 * This file only translates: arguments and units to the core's inputs
 * (steam/steam_text.h: the forms that fix a state, the text grammar), the
 * core's statuses to errors (gl_if97_statuses, gl_steam_text_statuses).
 */
#include "steam/steam_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "steam/if97.h"
#include "steam/steam_text.h"
#include "units/units_pg.h"

Datum
gl_steam_datum(const gl_if97_state *st)
{
	GlSteamStored *res = palloc0(sizeof(GlSteamStored));

	res->p = st->p;
	res->T = st->T;
	res->rho = st->rho;
	res->x = st->x;
	res->region = st->region;
	return PointerGetDatum(res);
}

void
gl_steam_get(Datum d, gl_if97_state *out)
{
	const GlSteamStored *s = (const GlSteamStored *) DatumGetPointer(d);

	out->p = s->p;
	out->T = s->T;
	out->rho = s->rho;
	out->x = s->x;
	out->region = s->region;
}

/* ---------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------ */

/*
 * What the caller gave, for messages only: the inputs of a state (or of a
 * saturation function) as given and in the core's units.  Filled only when
 * an error is raised, so the per-row path does no work for messages.
 */
typedef struct steam_given
{
	int			n;
	gl_steam_qty qty[GL_STEAM_FORM_MAX];
	double		value[GL_STEAM_FORM_MAX];	/* as given */
	double		base[GL_STEAM_FORM_MAX];	/* in MPa, K, kJ/kg, kJ/(kg*K) */
	const gl_unit *unit[GL_STEAM_FORM_MAX]; /* NULL for the quality */
	const char *unit_text[GL_STEAM_FORM_MAX];	/* as written, or NULL */
	size_t		unit_len[GL_STEAM_FORM_MAX];
} steam_given;

/* "p = 1 MPa, T = 300 K": the inputs in the core's units (not the quality) */
static char *
given_si(const steam_given *g)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < g->n; i++)
	{
		const gl_steam_quantity *q = &gl_steam_quantities[g->qty[i]];

		if (g->unit[i] == NULL)
			continue;
		appendStringInfo(&buf, "%s%c = %.9g %s", buf.len > 0 ? ", " : "",
						 q->symbol, g->base[i], gl_unit_base(q->dim)->name);
	}
	return buf.data;
}

/*
 * Report core status rc about inputs g.  The value shown is the one of the
 * input the status is about: its descriptor's argument, or for a status
 * about either input the first non-finite one, else the first.  Soft with
 * an escontext (type input); returns false.
 */
static bool
steam_fail(struct Node *escontext, gl_if97_status rc, const steam_given *g)
{
	const gl_status *s = gl_status_find(&gl_if97_statuses, rc);
	gl_status_args a = {0};
	char		tsat[64];
	double		T;
	int			i = -1;
	int			k;

	for (k = 0; k < g->n && i < 0; k++)
	{
		const char *arg = gl_steam_quantities[g->qty[k]].arg;

		if (s != NULL && s->arg != NULL ? strcmp(arg, s->arg) == 0 :
			rc != GL_IF97_E_NONFINITE || isnan(g->value[k]) ||
			isinf(g->value[k]))
			i = k;
	}
	if (i >= 0)
	{
		a.arg = gl_steam_quantities[g->qty[i]].arg;
		a.has_value = true;
		a.value = g->value[i];
		if (g->unit_text[i] != NULL)
		{
			a.name = g->unit_text[i];
			a.namelen = g->unit_len[i];
		}
		else if (g->unit[i] != NULL)
		{
			a.name = g->unit[i]->name;
			a.namelen = strlen(a.name);
		}
	}
	a.item = given_si(g);
	a.itemlen = strlen(a.item);
	if (rc == GL_IF97_E_NOT_SATURATED && gl_if97_tsat_p(g->base[0], &T) == GL_IF97_OK)
	{
		snprintf(tsat, sizeof(tsat), "%.9g K", T);
		a.extra = tsat;
	}
	return gl_raise_soft(escontext, &gl_if97_statuses, rc, &a);
}

GL_NORETURN static void
steam_raise(gl_if97_status rc, const steam_given *g)
{
	steam_fail(NULL, rc, g);
	pg_unreachable();
}

/* a stored value the core refuses: it was not made by this extension */
GL_NORETURN static void
steam_corrupt(void)
{
	gl_status_args a = {0};

	a.extra = "steam";
	gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
}

/* a syntax error of text input (soft; returns false) */
static bool
text_fail(struct Node *escontext, const char *str,
		  const gl_steam_text_error *err)
{
	gl_status_args a = {0};
	char		list[256];

	if (err->status == GL_STEAM_TEXT_FORM)
		return gl_raise_text(escontext, "steam", str, &err->form);
	a.name = str;
	a.namelen = strlen(str);
	a.item = err->token;
	a.itemlen = err->token_len;
	if (err->dim != GL_DIM_ANY)
	{
		a.extra = gl_dimension_name(err->dim);
		a.list = gl_units_list(err->dim, list, sizeof(list));
	}
	return gl_raise_soft(escontext, &gl_steam_text_statuses, err->status, &a);
}

/* ---------------------------------------------------------------------
 * Constructors
 * ------------------------------------------------------------------ */

/*
 * The inputs of a call of the constructor of form (or of a saturation
 * function: form's first quantity), read again from its arguments: for each
 * quantity a value and (but for the quality) its unit, in the form's order.
 * Only for messages, so the per-row path keeps nothing for them.
 */
static void
given_args(FunctionCallInfo fcinfo, const gl_steam_form_def *f, int n,
		   steam_given *g)
{
	int			argno = 0;
	int			i;

	g->n = n;
	for (i = 0; i < n; i++)
	{
		const gl_steam_quantity *q = &gl_steam_quantities[f->q[i]];

		g->qty[i] = f->q[i];
		g->value[i] = PG_GETARG_FLOAT8(argno++);
		g->unit[i] = q->unit_arg ? gl_unit_arg(fcinfo, argno++, q->dim, q->unit_arg) :
			NULL;
		g->unit_text[i] = NULL;
		g->base[i] = g->unit[i] ? gl_unit_to_base(g->unit[i], g->value[i]) :
			g->value[i];
	}
}

/* report status rc of a constructor's or saturation function's call */
pg_noinline GL_NORETURN static void
args_fail(FunctionCallInfo fcinfo, const gl_steam_form_def *f, int n,
		  gl_if97_status rc)
{
	steam_given g;

	given_args(fcinfo, f, n, &g);
	steam_raise(rc, &g);
}

/*
 * The state of form from its arguments: for each quantity of the form a
 * value and (but for the quality) its unit, in the form's order; the units
 * resolved already in units[] (a call site's constant ones), or when units
 * is NULL from the arguments.  Inlined in each constructor, where form is a
 * constant and the loops unroll.
 */
static pg_attribute_always_inline void
steam_args_state(FunctionCallInfo fcinfo, gl_steam_form form,
				 const gl_unit *const *units, gl_if97_state *st)
{
	const gl_steam_form_def *f = &gl_steam_forms[form];
	double		v[GL_STEAM_FORM_MAX];
	const gl_unit *u[GL_STEAM_FORM_MAX];
	gl_if97_status rc;
	int			argno = 0;
	int			i;

	for (i = 0; i < f->n; i++)
	{
		const gl_steam_quantity *q = &gl_steam_quantities[f->q[i]];

		v[i] = PG_GETARG_FLOAT8(argno++);
		u[i] = NULL;
		if (q->unit_arg)
		{
			u[i] = units ? units[i] :
				gl_unit_arg(fcinfo, argno, q->dim, q->unit_arg);
			argno++;
		}
	}
	for (i = 0; i < f->n; i++)
	{
		gl_check_finite(v[i], gl_steam_quantities[f->q[i]].arg);
		if (u[i])
			v[i] = gl_unit_to_base(u[i], v[i]);
	}
	rc = gl_steam_build(form, v, st);
	if (unlikely(rc != GL_IF97_OK))
		args_fail(fcinfo, f, f->n, rc);
}

static pg_attribute_always_inline Datum
steam_construct(FunctionCallInfo fcinfo, gl_steam_form form)
{
	gl_if97_state st;

	steam_args_state(fcinfo, form, NULL, &st);
	PG_RETURN_DATUM(gl_steam_datum(&st));
}

#define STEAM_CONSTRUCTOR(fname, form) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	return steam_construct(fcinfo, form); \
}

STEAM_CONSTRUCTOR(gl_steam_pt, GL_STEAM_PT)
STEAM_CONSTRUCTOR(gl_steam_px, GL_STEAM_PX)
STEAM_CONSTRUCTOR(gl_steam_tx, GL_STEAM_TX)
STEAM_CONSTRUCTOR(gl_steam_ph, GL_STEAM_PH)
STEAM_CONSTRUCTOR(gl_steam_ps, GL_STEAM_PS)

/* ---------------------------------------------------------------------
 * Text and binary I/O
 * ------------------------------------------------------------------ */

/* Errors are soft: pg_input_is_valid('...', 'steam') works (16+). */
PG_FUNCTION_INFO_V1(gl_steam_in);
Datum
gl_steam_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	struct Node *escontext = gl_escontext(fcinfo);
	gl_steam_text t;
	gl_steam_text_error err;
	steam_given g;
	gl_if97_state st;
	gl_if97_status rc;
	int			i;

	if (gl_steam_text_parse(str, strlen(str), &t, &err) != GL_STEAM_TEXT_OK)
	{
		text_fail(escontext, str, &err);
		PG_RETURN_NULL();
	}
	g.n = gl_steam_forms[t.form].n;
	for (i = 0; i < g.n; i++)
	{
		g.qty[i] = t.items[i].qty;
		g.value[i] = t.items[i].value;
		g.base[i] = t.items[i].base;
		g.unit[i] = t.items[i].unit;
		g.unit_text[i] = t.items[i].unit_text;
		g.unit_len[i] = t.items[i].unit_len;
	}
	rc = gl_steam_build(t.form, g.base, &st);
	if (rc != GL_IF97_OK)
	{
		steam_fail(escontext, rc, &g);
		PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(gl_steam_datum(&st));
}

/*
 * Canonical text: "p=<MPa> MPa, T=<K> K" for a single-phase state, with
 * ", x=<quality>" added for a two-phase state; numbers in the shortest form
 * that reads back to the same double.
 */
PG_FUNCTION_INFO_V1(gl_steam_out);
Datum
gl_steam_out(PG_FUNCTION_ARGS)
{
	gl_if97_state st;
	StringInfoData buf;

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	initStringInfo(&buf);
	appendStringInfoString(&buf, "p=");
	gl_append_shortest(&buf, st.p);
	appendStringInfoString(&buf, " MPa, T=");
	gl_append_shortest(&buf, st.T);
	appendStringInfoString(&buf, " K");
	if (st.region == 4)
	{
		appendStringInfoString(&buf, ", x=");
		gl_append_shortest(&buf, st.x);
	}
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary form: float8 p (MPa), float8 T (K), float8 x (-1 for a
 * single-phase state).  recv builds the state through the core from the
 * same form as the text "p=.. MPa, T=.. K" (x = -1) or "p=.. MPa, T=.. K,
 * x=.." would, so it accepts exactly what text input accepts.
 */
PG_FUNCTION_INFO_V1(gl_steam_recv);
Datum
gl_steam_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	steam_given g = {0};
	gl_steam_form form;
	gl_if97_state st;
	gl_if97_status rc;
	int			i;

	g.value[0] = pq_getmsgfloat8(buf);
	g.value[1] = pq_getmsgfloat8(buf);
	g.value[2] = pq_getmsgfloat8(buf);
	form = g.value[2] == -1 ? GL_STEAM_PT : GL_STEAM_PTX;
	g.n = gl_steam_forms[form].n;
	for (i = 0; i < g.n; i++)
	{
		g.qty[i] = gl_steam_forms[form].q[i];
		g.base[i] = g.value[i];
		if (g.qty[i] != GL_STEAM_X)
			g.unit[i] = gl_unit_base(gl_steam_quantities[g.qty[i]].dim);
	}
	rc = gl_steam_build(form, g.base, &st);
	if (rc != GL_IF97_OK)
		steam_raise(rc, &g);
	PG_RETURN_DATUM(gl_steam_datum(&st));
}

PG_FUNCTION_INFO_V1(gl_steam_send);
Datum
gl_steam_send(PG_FUNCTION_ARGS)
{
	gl_if97_state st;
	StringInfoData buf;

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, st.p);
	pq_sendfloat8(&buf, st.T);
	pq_sendfloat8(&buf, st.region == 4 ? st.x : -1.0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * Accessors
 * ------------------------------------------------------------------ */

/* the properties of a state that the accessors read */
typedef enum steam_prop
{
	PROP_H = 0, PROP_U, PROP_S, PROP_V, PROP_RHO, PROP_CP, PROP_CV, PROP_W
} steam_prop;

typedef struct steam_prop_def
{
	size_t		offset;			/* in gl_if97_props */
	gl_dimension dim;
	bool		single;			/* single phase only (NULL when two-phase):
								 * needs the second derivatives */
} steam_prop_def;

static const steam_prop_def steam_props[] = {
	[PROP_H] = {offsetof(gl_if97_props, h), GL_DIM_SPECIFIC_ENERGY, false},
	[PROP_U] = {offsetof(gl_if97_props, u), GL_DIM_SPECIFIC_ENERGY, false},
	[PROP_S] = {offsetof(gl_if97_props, s), GL_DIM_SPECIFIC_ENTROPY, false},
	[PROP_V] = {offsetof(gl_if97_props, v), GL_DIM_SPECIFIC_VOLUME, false},
	[PROP_RHO] = {offsetof(gl_if97_props, rho), GL_DIM_DENSITY, false},
	[PROP_CP] = {offsetof(gl_if97_props, cp), GL_DIM_SPECIFIC_ENTROPY, true},
	[PROP_CV] = {offsetof(gl_if97_props, cv), GL_DIM_SPECIFIC_ENTROPY, true},
	[PROP_W] = {offsetof(gl_if97_props, w), GL_DIM_SPEED, true},
};

/* their names: the accessors' (steam_property's property argument) */
static const gl_choice property_items[] = {
	{"enthalpy", PROP_H},
	{"internal-energy", PROP_U},
	{"entropy", PROP_S},
	{"specific-volume", PROP_V},
	{"density", PROP_RHO},
	{"cp", PROP_CP},
	{"cv", PROP_CV},
	{"speed-of-sound", PROP_W},
};
const gl_choices gl_steam_properties = GL_CHOICES("steam property", property_items);

/* the constructors that steam_property fuses, by their number of arguments */
static const gl_choice form4_items[] = {
	{"pt", GL_STEAM_PT}, {"ph", GL_STEAM_PH}, {"ps", GL_STEAM_PS},
};
static const gl_choice form3_items[] = {
	{"px", GL_STEAM_PX}, {"tx", GL_STEAM_TX},
};
const gl_choices gl_steam_fused_forms4 = GL_CHOICES("steam constructor", form4_items);
const gl_choices gl_steam_fused_forms3 = GL_CHOICES("steam constructor", form3_items);

/*
 * Property prop of state st in unit u (NULL: the unit of argument out_arg,
 * resolved here, after the state was built, as the accessors do).  Every
 * property but the enthalpy comes from gl_if97_properties[_basic]; the
 * enthalpy from gl_if97_enthalpy, the same value computed alone.
 */
static pg_attribute_always_inline Datum
state_property(FunctionCallInfo fcinfo, const gl_if97_state *st,
			   steam_prop prop, const gl_unit *u, int out_arg)
{
	const steam_prop_def *d = &steam_props[prop];
	gl_if97_props props;
	gl_if97_status rc;
	double		v;

	if (u == NULL)
		u = gl_unit_arg(fcinfo, out_arg, d->dim, "out_unit");
	if (d->single && !gl_if97_props_defined_cp_cv_w(st))
		PG_RETURN_NULL();
	if (prop == PROP_H)
		rc = gl_if97_enthalpy(st, &v);
	else
	{
		/* cp, cv and w need second derivatives; the others do not */
		rc = d->single ? gl_if97_properties(st, &props) :
			gl_if97_properties_basic(st, &props);
		v = rc == GL_IF97_OK ? *(double *) ((char *) &props + d->offset) : 0.0;
	}
	if (rc != GL_IF97_OK)
		steam_corrupt();
	PG_RETURN_FLOAT8(gl_unit_from_base(u, v));
}

#define STEAM_ACCESSOR(fname, prop) \
PG_FUNCTION_INFO_V1(fname); \
Datum \
fname(PG_FUNCTION_ARGS) \
{ \
	gl_if97_state st; \
\
	gl_steam_get(PG_GETARG_DATUM(0), &st); \
	return state_property(fcinfo, &st, prop, NULL, 1); \
}

STEAM_ACCESSOR(gl_enthalpy, PROP_H)
STEAM_ACCESSOR(gl_internal_energy, PROP_U)
STEAM_ACCESSOR(gl_entropy, PROP_S)
STEAM_ACCESSOR(gl_specific_volume, PROP_V)
STEAM_ACCESSOR(gl_density, PROP_RHO)
STEAM_ACCESSOR(gl_cp, PROP_CP)
STEAM_ACCESSOR(gl_cv, PROP_CV)
STEAM_ACCESSOR(gl_speed_of_sound, PROP_W)

/*
 * What a call site of steam_property works out once, when its form,
 * property and units are constants (gl_arg_const), as the planner's
 * rewrite of property(steam_<form>(...), 'unit') has them: their
 * resolutions, so a row reads no text.  Resolved in the order a row resolves them, the out
 * unit after the first state was built (the errors are the same).
 */
typedef struct fused_site
{
	bool		checked;		/* constness looked at */
	bool		constant;		/* the fields below hold */
	bool		saturation;		/* a form of (a, quality): px or tx */
	int			form;
	steam_prop	prop;
	const gl_unit *u[GL_STEAM_FORM_MAX];	/* in the form's order */
	const gl_unit *out;			/* NULL until resolved */
} fused_site;

/* the call site's resolutions of steam_property's text arguments, or NULL */
static fused_site *
fused_site_of(FunctionCallInfo fcinfo, const gl_choices *forms, int nargs)
{
	fused_site *fs = gl_site_data(fcinfo, sizeof(fused_site));
	fused_site	r = {0};
	const gl_steam_form_def *f;
	int			argno = 0;
	int			i;

	if (fs == NULL || fs->constant)
		return fs;
	if (fs->checked)
		return NULL;
	for (i = 1; i < nargs; i += 2)
		if (!gl_arg_const(fcinfo, i))
			break;
	if (i < nargs || !gl_arg_const(fcinfo, nargs) ||
		!gl_arg_const(fcinfo, nargs + 1) ||
		!gl_arg_const(fcinfo, nargs + 2))
	{
		fs->checked = true;
		return NULL;
	}
	/* an error here leaves the site unresolved: the next row raises it */
	r.form = gl_choice_arg(fcinfo, nargs + 1, forms, "form");
	r.prop = gl_choice_arg(fcinfo, nargs + 2, &gl_steam_properties, "property");
	f = &gl_steam_forms[r.form];
	for (i = 0; i < f->n; i++)
	{
		const gl_steam_quantity *q = &gl_steam_quantities[f->q[i]];

		argno++;
		if (q->unit_arg)
			r.u[i] = gl_unit_arg(fcinfo, argno++, q->dim, q->unit_arg);
	}
	r.checked = r.constant = true;
	r.saturation = (forms == &gl_steam_fused_forms3);
	*fs = r;
	return fs;
}

/* the state of form from steam_property's arguments, in st */
static pg_attribute_always_inline void
fused_state(FunctionCallInfo fcinfo, int form, const gl_unit *const *units,
			gl_if97_state *st)
{
	switch (form)
	{
		case GL_STEAM_PT:
			steam_args_state(fcinfo, GL_STEAM_PT, units, st);
			break;
		case GL_STEAM_PH:
			steam_args_state(fcinfo, GL_STEAM_PH, units, st);
			break;
		case GL_STEAM_PS:
			steam_args_state(fcinfo, GL_STEAM_PS, units, st);
			break;
		case GL_STEAM_PX:
			steam_args_state(fcinfo, GL_STEAM_PX, units, st);
			break;
		default:
			steam_args_state(fcinfo, GL_STEAM_TX, units, st);
			break;
	}
}

/*
 * steam_property(a, a_unit, b, b_unit, out_unit, form, property) and
 * steam_property(a, a_unit, quality, out_unit, form, property): the value
 * of property(steam_<form>(a, a_unit, b, b_unit), out_unit), which the
 * planner puts in place of that call (gl_steam_property_support,
 * steam_ops_pg.c).  The state is built as the constructor builds it (the
 * same checks, errors and values), but on the stack: no steam datum.
 *
 * A saturated state (px, tx) at a call site whose texts are constants
 * depends on the two numbers alone, and plants read few distinct header
 * pressures: its results are remembered per query (gl_memo_get), keyed on
 * the two numbers as given, so that a repeated pressure costs a look-up
 * and gives the value computed the first time.
 */
static Datum
fused_property(FunctionCallInfo fcinfo, const gl_choices *forms, int nargs)
{
	fused_site *fs = fused_site_of(fcinfo, forms, nargs);
	gl_if97_state st;
	int			form;
	steam_prop	prop;

	if (likely(fs != NULL))
	{
		double		key[GL_MEMO_KEY] = {0};
		double		r;
		Datum		d;

		if (fs->saturation)
		{
			key[0] = PG_GETARG_FLOAT8(0);
			key[1] = PG_GETARG_FLOAT8(2);
			if (gl_memo_get(fcinfo, key, &r))
				PG_RETURN_FLOAT8(r);
		}
		fused_state(fcinfo, fs->form, fs->u, &st);
		if (unlikely(fs->out == NULL))
			fs->out = gl_unit_arg(fcinfo, nargs, steam_props[fs->prop].dim,
								  "out_unit");
		d = state_property(fcinfo, &st, fs->prop, fs->out, nargs);
		/* a property undefined for the state (NULL) is not remembered */
		if (fs->saturation && !fcinfo->isnull)
			gl_memo_put(fcinfo, key, DatumGetFloat8(d));
		return d;
	}
	form = gl_choice_arg(fcinfo, nargs + 1, forms, "form");
	prop = gl_choice_arg(fcinfo, nargs + 2, &gl_steam_properties, "property");
	fused_state(fcinfo, form, NULL, &st);
	return state_property(fcinfo, &st, prop, NULL, nargs);
}

PG_FUNCTION_INFO_V1(gl_steam_property);
Datum
gl_steam_property(PG_FUNCTION_ARGS)
{
	return fused_property(fcinfo, &gl_steam_fused_forms4, 4);
}

PG_FUNCTION_INFO_V1(gl_steam_property_quality);
Datum
gl_steam_property_quality(PG_FUNCTION_ARGS)
{
	return fused_property(fcinfo, &gl_steam_fused_forms3, 3);
}

/* The pressure or temperature of a state, in the unit in argument 1. */
static Datum
steam_coordinate(FunctionCallInfo fcinfo, size_t offset, gl_dimension dim)
{
	gl_if97_state st;
	const gl_unit *u = gl_unit_arg(fcinfo, 1, dim, "out_unit");

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	PG_RETURN_FLOAT8(gl_unit_from_base(u, *(double *) ((char *) &st + offset)));
}

PG_FUNCTION_INFO_V1(gl_temperature);
Datum
gl_temperature(PG_FUNCTION_ARGS)
{
	return steam_coordinate(fcinfo, offsetof(gl_if97_state, T), GL_DIM_TEMPERATURE);
}

PG_FUNCTION_INFO_V1(gl_pressure);
Datum
gl_pressure(PG_FUNCTION_ARGS)
{
	return steam_coordinate(fcinfo, offsetof(gl_if97_state, p), GL_DIM_PRESSURE);
}

PG_FUNCTION_INFO_V1(gl_quality);
Datum
gl_quality(PG_FUNCTION_ARGS)
{
	gl_if97_state st;

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	if (st.region != 4)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(st.x);
}

PG_FUNCTION_INFO_V1(gl_region);
Datum
gl_region(PG_FUNCTION_ARGS)
{
	gl_if97_state st;

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	PG_RETURN_INT32(st.region);
}

PG_FUNCTION_INFO_V1(gl_phase);
Datum
gl_phase(PG_FUNCTION_ARGS)
{
	gl_if97_state st;

	gl_steam_get(PG_GETARG_DATUM(0), &st);
	PG_RETURN_TEXT_P(cstring_to_text(gl_if97_phase(&st)));
}

/* ---------------------------------------------------------------------
 * Saturation
 * ------------------------------------------------------------------ */

/*
 * The input of a saturation function, the value in argument 0 with its unit
 * in argument 1, in the core's unit; the result's unit (argument 2, of
 * dimension out_dim) in *out.  form's first quantity is the input's.
 */
static pg_attribute_always_inline double
saturation_input(FunctionCallInfo fcinfo, gl_steam_form form,
				 gl_dimension out_dim, const gl_unit **out)
{
	const gl_steam_quantity *q = &gl_steam_quantities[gl_steam_forms[form].q[0]];
	double		v = PG_GETARG_FLOAT8(0);
	const gl_unit *u = gl_unit_arg(fcinfo, 1, q->dim, q->unit_arg);

	*out = gl_unit_arg(fcinfo, 2, out_dim, "out_unit");
	gl_check_finite(v, q->arg);
	return gl_unit_to_base(u, v);
}

PG_FUNCTION_INFO_V1(gl_saturation_temperature);
Datum
gl_saturation_temperature(PG_FUNCTION_ARGS)
{
	const gl_unit *ou;
	double		pm = saturation_input(fcinfo, GL_STEAM_PX, GL_DIM_TEMPERATURE, &ou);
	double		T;
	gl_if97_status rc = gl_if97_tsat_p(pm, &T);

	if (unlikely(rc != GL_IF97_OK))
		args_fail(fcinfo, &gl_steam_forms[GL_STEAM_PX], 1, rc);
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, T));
}

PG_FUNCTION_INFO_V1(gl_saturation_pressure);
Datum
gl_saturation_pressure(PG_FUNCTION_ARGS)
{
	const gl_unit *ou;
	double		tk = saturation_input(fcinfo, GL_STEAM_TX, GL_DIM_PRESSURE, &ou);
	double		p;
	gl_if97_status rc = gl_if97_psat_t(tk, &p);

	if (unlikely(rc != GL_IF97_OK))
		args_fail(fcinfo, &gl_steam_forms[GL_STEAM_TX], 1, rc);
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, p));
}

/*
 * h'' - h' at pressure p: both phases from one saturation evaluation.
 * Plants have few distinct header pressures, so results are remembered per
 * query (gl_memo_get: the same value as computing it again): with units
 * that are constants (gl_arg_const: the usual call), the result keyed on the
 * pressure as given, so that a repeated pressure costs one look-up; else
 * the value in kJ/kg keyed on the exact bits of the pressure in MPa.
 */
typedef struct latent_site
{
	bool		checked;		/* constness of the units looked at */
	bool		constant;		/* both are constants */
	const gl_unit *pu;			/* then their resolutions, after the */
	const gl_unit *ou;			/* first row (NULL until then) */
} latent_site;

/* h'' - h' in kJ/kg at pm MPa */
static pg_attribute_always_inline double
latent_heat_at(FunctionCallInfo fcinfo, double pm)
{
	double		T;
	gl_if97_props pl;
	gl_if97_props pv;
	gl_if97_status rc = gl_if97_saturation_p_basic(pm, &T, &pl, &pv);

	if (unlikely(rc != GL_IF97_OK))
		args_fail(fcinfo, &gl_steam_forms[GL_STEAM_PX], 1, rc);
	return pv.h - pl.h;
}

static double
latent_heat_kj(FunctionCallInfo fcinfo, const gl_unit **ou, bool memo)
{
	double		key[GL_MEMO_KEY] = {0};
	double		hfg;

	key[0] = saturation_input(fcinfo, GL_STEAM_PX, GL_DIM_SPECIFIC_ENERGY, ou);
	if (!memo || !gl_memo_get(fcinfo, key, &hfg))
	{
		hfg = latent_heat_at(fcinfo, key[0]);
		if (memo)
			gl_memo_put(fcinfo, key, hfg);
	}
	return hfg;
}

PG_FUNCTION_INFO_V1(gl_latent_heat);

/*
 * latent_heat at a call site not yet looked at, or with varying units; or
 * the first row of one with constant units, which resolves them for the
 * next rows (after it succeeded: the errors are those of a row).
 */
static pg_noinline Datum
latent_heat_site(FunctionCallInfo fcinfo, latent_site *ls)
{
	const gl_steam_quantity *q = &gl_steam_quantities[gl_steam_forms[GL_STEAM_PX].q[0]];
	const gl_unit *ou;
	double		r;

	if (ls != NULL && !ls->checked)
	{
		ls->constant = gl_arg_const(fcinfo, 1) &&
			gl_arg_const(fcinfo, 2);
		ls->checked = true;
	}
	r = latent_heat_kj(fcinfo, &ou, ls != NULL && !ls->constant);
	if (ls != NULL && ls->constant)
	{
		ls->pu = gl_unit_arg(fcinfo, 1, q->dim, q->unit_arg);
		ls->ou = ou;
	}
	PG_RETURN_FLOAT8(gl_unit_from_base(ou, r));
}

Datum
gl_latent_heat(PG_FUNCTION_ARGS)
{
	latent_site *ls = gl_site_data(fcinfo, sizeof(latent_site));
	double		key[GL_MEMO_KEY] = {0};
	double		r;

	if (unlikely(ls == NULL || ls->pu == NULL))
		return latent_heat_site(fcinfo, ls);
	key[0] = PG_GETARG_FLOAT8(0);
	if (gl_memo_get(fcinfo, key, &r))
		PG_RETURN_FLOAT8(r);
	gl_check_finite(key[0], gl_steam_quantities[gl_steam_forms[GL_STEAM_PX].q[0]].arg);
	r = gl_unit_from_base(ls->ou, latent_heat_at(fcinfo, gl_unit_to_base(ls->pu, key[0])));
	gl_memo_put(fcinfo, key, r);
	PG_RETURN_FLOAT8(r);
}
