/*
 * sankey/sankey_pg.c - the SQL type sankey_flows, the aggregates sankey_svg
 * and sankey_collect, and the layout as rows (sankey_nodes, sankey_links).
 *
 * sankey_flows is the aggregates' state: the (source, target, value) rows
 * as they arrived and the options text.  Inside an aggregate it is an
 * expanded object that grows in place (amortized O(1) per row); stored or
 * sent between processes it is flat (GlSankeyStored):
 *
 *   int32 varlena header, int32 nflows, int32 optlen, int32 poollen,
 *   GlSankeyStoredFlow flows[nflows], char pool[poollen], char options[optlen]
 *
 * Nothing computed from it depends on the order of the rows: the core sorts
 * them canonically before it sums them, so a parallel plan draws the same
 * document byte for byte.
 */
#include "base/base_pg.h"

#include <stddef.h>

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "base/alloc.h"
#include "sankey/sankey.h"

typedef struct GlSankeyStored
{
	int32		vl_len_;
	int32		nflows;
	int32		optlen;
	int32		poollen;
	/* GlSankeyStoredFlow flows[nflows]; char pool[poollen]; char options[optlen] */
} GlSankeyStored;

/* one stored flow: the names are byte ranges of the pool */
typedef struct GlSankeyStoredFlow
{
	float8		value;
	int32		src_off;
	int32		src_len;
	int32		tgt_off;
	int32		tgt_len;
} GlSankeyStoredFlow;

StaticAssertDecl(sizeof(GlSankeyStored) == 16, "the stored header is 16 bytes");
StaticAssertDecl(sizeof(GlSankeyStoredFlow) == 24, "a stored flow is 24 bytes");

/*
 * A stored value is read in place, its flows as the core's: the core's
 * flow must keep the stored layout.
 */
StaticAssertDecl(sizeof(gl_sankey_flow) == sizeof(GlSankeyStoredFlow) &&
				 offsetof(gl_sankey_flow, value) == offsetof(GlSankeyStoredFlow, value) &&
				 offsetof(gl_sankey_flow, src_off) == offsetof(GlSankeyStoredFlow, src_off) &&
				 offsetof(gl_sankey_flow, src_len) == offsetof(GlSankeyStoredFlow, src_len) &&
				 offsetof(gl_sankey_flow, tgt_off) == offsetof(GlSankeyStoredFlow, tgt_off) &&
				 offsetof(gl_sankey_flow, tgt_len) == offsetof(GlSankeyStoredFlow, tgt_len),
				 "gl_sankey_flow has the layout of GlSankeyStoredFlow");

/* the expanded form: the core's flows, in the object's own memory context */
typedef struct SankeyEx
{
	ExpandedObjectHeader hdr;
	gl_sankey_flows flows;
} SankeyEx;

PG_FUNCTION_INFO_V1(gl_sankey_flows_in);
PG_FUNCTION_INFO_V1(gl_sankey_flows_out);
PG_FUNCTION_INFO_V1(gl_sankey_flows_recv);
PG_FUNCTION_INFO_V1(gl_sankey_flows_send);
PG_FUNCTION_INFO_V1(gl_sankey_collect_trans);
PG_FUNCTION_INFO_V1(gl_sankey_collect_trans_options);
PG_FUNCTION_INFO_V1(gl_sankey_flows_combine);
PG_FUNCTION_INFO_V1(gl_sankey_svg);
PG_FUNCTION_INFO_V1(gl_sankey_nodes);
PG_FUNCTION_INFO_V1(gl_sankey_links);

/* ---- errors ------------------------------------------------------------ */

GL_NORETURN static void
report(gl_sankey_status st, const gl_sankey_error *err)
{
	gl_raise(&gl_sankey_statuses, st, err ? &err->args : NULL);
}

/* a stored value that fails its checks */
GL_NORETURN static void
corrupt(void)
{
	gl_status_args a = {0};

	a.extra = "sankey_flows";
	gl_raise(&gl_base_statuses, GL_BASE_CORRUPT, &a);
}

/* ---- flat and expanded forms ------------------------------------------ */

static Size
flat_size(const gl_sankey_flows *f)
{
	return sizeof(GlSankeyStored) + (Size) f->nflows * sizeof(GlSankeyStoredFlow)
		+ f->poollen + f->optlen;
}

static void
write_flat(GlSankeyStored *out, Size size, const gl_sankey_flows *f)
{
	char	   *p = (char *) out + sizeof(GlSankeyStored);

	memset(out, 0, sizeof(GlSankeyStored));
	SET_VARSIZE(out, size);
	out->nflows = f->nflows;
	out->optlen = f->optlen;
	out->poollen = (int32) f->poollen;
	if (f->nflows > 0)
		gl_copy_checked(p, f->flows, (Size) f->nflows * sizeof(GlSankeyStoredFlow));
	p += (Size) f->nflows * sizeof(GlSankeyStoredFlow);
	if (f->poollen > 0)
		gl_copy_checked(p, f->pool, f->poollen);
	p += f->poollen;
	if (f->optlen > 0)
		memcpy(p, f->options, f->optlen);
}

static Size
sankey_get_flat_size(ExpandedObjectHeader *eohptr)
{
	Size		size = flat_size(&((SankeyEx *) eohptr)->flows);

	if (size > MaxAllocSize)
		report(GL_SANKEY_TOO_MANY_FLOWS, NULL);
	return size;
}

static void
sankey_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	write_flat((GlSankeyStored *) result, allocated_size,
			   &((SankeyEx *) eohptr)->flows);
}

static const ExpandedObjectMethods sankey_methods = {
	sankey_get_flat_size,
	sankey_flatten_into
};

/* the flows of a flat value, checked (a stored value is never trusted blindly) */
static void
view_flat(const GlSankeyStored *flat, gl_sankey_flows *v)
{
	Size		size = VARSIZE(flat);
	const char *p = (const char *) flat + sizeof(GlSankeyStored);
	int32		i;

	if (size < sizeof(GlSankeyStored) || flat->nflows < 0 || flat->optlen < 0 ||
		flat->poollen < 0 ||
		size != sizeof(GlSankeyStored) + (Size) flat->nflows * sizeof(GlSankeyStoredFlow)
		+ flat->poollen + flat->optlen)
		corrupt();
	gl_sankey_flows_init(v);
	v->flows = (gl_sankey_flow *) p;
	v->nflows = v->maxflows = flat->nflows;
	p += (Size) flat->nflows * sizeof(GlSankeyStoredFlow);
	v->pool = (char *) p;
	v->poollen = v->maxpool = flat->poollen;
	v->options = (char *) p + flat->poollen;
	v->optlen = flat->optlen;
	for (i = 0; i < flat->nflows; i++)
	{
		const gl_sankey_flow *fl = &v->flows[i];

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		if (fl->src_off < 0 || fl->src_len <= 0 || fl->tgt_off < 0 || fl->tgt_len <= 0 ||
			(int64) fl->src_off + fl->src_len > flat->poollen ||
			(int64) fl->tgt_off + fl->tgt_len > flat->poollen)
			corrupt();
	}
}

/* a read-only view of a sankey_flows datum, flat or expanded: do not grow it */
static void
view_datum(Datum d, gl_sankey_flows *v)
{
	ExpandedObjectHeader *eoh = gl_eoh_of(d, &sankey_methods);

	if (eoh)
		*v = ((SankeyEx *) eoh)->flows;
	else
		view_flat((GlSankeyStored *) PG_DETOAST_DATUM(d), v);
}

/* a new, empty expanded value in a child context of parent */
static SankeyEx *
ex_new(MemoryContext parent)
{
	MemoryContext ctx = gl_eoh_context(parent, "sankey_flows");
	SankeyEx   *ex = MemoryContextAllocZero(ctx, sizeof(SankeyEx));

	EOH_init_header(&ex->hdr, &sankey_methods, ctx);
	gl_sankey_flows_init(&ex->flows);
	return ex;
}

/* ex's options text, in its own context */
static void
ex_set_options(SankeyEx *ex, const char *options, int32 optlen)
{
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);

	gl_sankey_flows_set_options(&ex->flows, options, optlen);
	MemoryContextSwitchTo(old);
}

/* the flows of other appended to ex, in its own context */
static void
ex_append(SankeyEx *ex, const gl_sankey_flows *other)
{
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	gl_sankey_error err;
	gl_sankey_status st = gl_sankey_flows_append(&ex->flows, other, &err);

	MemoryContextSwitchTo(old);
	if (st != GL_SANKEY_OK)
		report(st, &err);
}

/* an expanded copy of the flows v (and their options) in parent */
static SankeyEx *
ex_copy(MemoryContext parent, const gl_sankey_flows *v)
{
	SankeyEx   *ex = ex_new(parent);

	ex_set_options(ex, v->options, v->optlen);
	ex_append(ex, v);
	return ex;
}

/*
 * The state in argument 0 to add to: itself when it is our read-write
 * expanded object inside an aggregate, else a new expanded copy.
 */
static SankeyEx *
state_arg(FunctionCallInfo fcinfo)
{
	ExpandedObjectHeader *eoh = gl_eoh_rw_arg(fcinfo, 0, &sankey_methods);
	gl_sankey_flows v;

	if (eoh)
		return (SankeyEx *) eoh;
	view_datum(PG_GETARG_DATUM(0), &v);
	return ex_copy(gl_agg_context(fcinfo), &v);
}

/* the options of the flows f, errors raised */
static void
options_of(const gl_sankey_flows *f, gl_sankey_options *o)
{
	gl_sankey_error err;
	gl_sankey_status st = gl_sankey_options_of(f, o, &err);

	if (st != GL_SANKEY_OK)
		report(st, &err);
}

/* the flat form of ex, which goes */
static Datum
ex_flatten(SankeyEx *ex)
{
	Datum		result = gl_eoh_flatten(&ex->hdr);

	MemoryContextDelete(ex->hdr.eoh_context);
	return result;
}

/* ---- text and binary forms --------------------------------------------- */

Datum
gl_sankey_flows_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	SankeyEx   *ex = ex_new(CurrentMemoryContext);
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	gl_sankey_error err;
	gl_sankey_options o;
	gl_sankey_status st = gl_sankey_flows_parse(str, &ex->flows, &err);

	MemoryContextSwitchTo(old);
	if (st == GL_SANKEY_OK)
		st = gl_sankey_options_of(&ex->flows, &o, &err);
	if (st == GL_SANKEY_OK && flat_size(&ex->flows) > MaxAllocSize)
	{
		memset(&err.args, 0, sizeof(err.args));
		st = GL_SANKEY_TOO_MANY_FLOWS;
	}
	if (st != GL_SANKEY_OK)
	{
		if (!gl_raise_soft(gl_escontext(fcinfo), &gl_sankey_statuses, st, &err.args))
		{
			MemoryContextDelete(ex->hdr.eoh_context);
			PG_RETURN_NULL();
		}
	}
	gl_sankey_options_free(&o);
	PG_RETURN_DATUM(ex_flatten(ex));
}

/* s in double quotes, a quote doubled */
static void
append_quoted(StringInfo buf, const char *s, int32 len)
{
	int32		i;

	appendStringInfoChar(buf, '"');
	for (i = 0; i < len; i++)
	{
		if (s[i] == '"')
			appendStringInfoChar(buf, '"');
		appendStringInfoChar(buf, s[i]);
	}
	appendStringInfoChar(buf, '"');
}

/* the flows of v in their canonical order (the text and binary forms list them so) */
static int32 *
canonical_order(const gl_sankey_flows *v)
{
	int32	   *order = palloc(sizeof(int32) * ((Size) v->nflows + 1));

	if (!gl_sankey_flows_order(v, order))
		report(GL_SANKEY_NOMEM, NULL);
	return order;
}

Datum
gl_sankey_flows_out(PG_FUNCTION_ARGS)
{
	gl_sankey_flows v;
	StringInfoData buf;
	int32		i;
	int32	   *order;

	view_datum(PG_GETARG_DATUM(0), &v);
	order = canonical_order(&v);
	initStringInfo(&buf);
	if (v.optlen > 0)
	{
		appendStringInfoString(&buf, "options=");
		append_quoted(&buf, v.options, v.optlen);
	}
	for (i = 0; i < v.nflows; i++)
	{
		const gl_sankey_flow *fl = &v.flows[order[i]];

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (buf.len > 0)
			appendStringInfoString(&buf, "; ");
		append_quoted(&buf, v.pool + fl->src_off, fl->src_len);
		appendStringInfoString(&buf, "->");
		append_quoted(&buf, v.pool + fl->tgt_off, fl->tgt_len);
		appendStringInfoChar(&buf, ':');
		gl_append_shortest(&buf, fl->value);
	}
	PG_RETURN_CSTRING(buf.data);
}

Datum
gl_sankey_flows_send(PG_FUNCTION_ARGS)
{
	gl_sankey_flows v;
	StringInfoData buf;
	int32		i;
	int32	   *order;

	view_datum(PG_GETARG_DATUM(0), &v);
	order = canonical_order(&v);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, v.nflows);
	pq_sendint32(&buf, v.optlen);
	pq_sendbytes(&buf, v.options, v.optlen);
	for (i = 0; i < v.nflows; i++)
	{
		const gl_sankey_flow *fl = &v.flows[order[i]];

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		pq_sendint32(&buf, fl->src_len);
		pq_sendbytes(&buf, v.pool + fl->src_off, fl->src_len);
		pq_sendint32(&buf, fl->tgt_len);
		pq_sendbytes(&buf, v.pool + fl->tgt_off, fl->tgt_len);
		pq_sendfloat8(&buf, fl->value);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* a malformed binary value */
GL_NORETURN static void
binary_error(void)
{
	gl_status_args a = {0};

	a.extra = "sankey_flows";
	gl_raise(&gl_base_statuses, GL_BASE_BINARY_SIZE, &a);
}

/* a length read from binary input, at most what is left */
static int32
recv_len(StringInfo buf)
{
	int32		n = pq_getmsgint(buf, 4);

	if (n < 0 || n > buf->len - buf->cursor)
		binary_error();
	return n;
}

/*
 * Text from binary input that text input could hold: no NUL byte and valid
 * in the database encoding, else the error the server raises for such
 * bytes in any text it receives (22021), as text input's caller would.
 */
static const char *
recv_text(StringInfo buf, int32 len)
{
	const char *s = pq_getmsgbytes(buf, len);

	pg_verifymbstr(s, len, false);
	return s;
}

/* binary input: what text input accepts, checked the same way */
Datum
gl_sankey_flows_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		n = pq_getmsgint(buf, 4);
	SankeyEx   *ex = ex_new(CurrentMemoryContext);
	gl_sankey_options o;
	int32		optlen,
				i;

	/* a flow takes at least 16 bytes: two lengths and the value */
	if (n < 0 || (int64) n * 16 > buf->len - buf->cursor)
		binary_error();
	optlen = recv_len(buf);
	ex_set_options(ex, recv_text(buf, optlen), optlen);
	for (i = 0; i < n; i++)
	{
		int32		srclen;
		const char *src;
		int32		tgtlen;
		const char *tgt;
		double		value;
		gl_sankey_error err;
		gl_sankey_status st;
		MemoryContext old;

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		srclen = recv_len(buf);
		src = recv_text(buf, srclen);
		tgtlen = recv_len(buf);
		tgt = recv_text(buf, tgtlen);
		value = pq_getmsgfloat8(buf);
		st = gl_sankey_flow_check(src, srclen, tgt, tgtlen, value, &err);
		if (st != GL_SANKEY_OK)
			report(st, &err);
		old = MemoryContextSwitchTo(ex->hdr.eoh_context);
		st = gl_sankey_flows_add(&ex->flows, src, srclen, tgt, tgtlen, value, &err);
		MemoryContextSwitchTo(old);
		if (st != GL_SANKEY_OK)
			report(st, &err);
	}
	options_of(&ex->flows, &o);
	gl_sankey_options_free(&o);
	PG_RETURN_DATUM(ex_flatten(ex));
}

/* ---- the aggregates ---------------------------------------------------- */

static Datum
collect_trans(FunctionCallInfo fcinfo, const char *options, int32 optlen)
{
	text	   *src,
			   *tgt;
	double		value;
	SankeyEx   *ex;
	MemoryContext old;
	gl_sankey_error err;
	gl_sankey_status st;

	/* a row with a NULL source, target or value is skipped */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	src = PG_GETARG_TEXT_PP(1);
	tgt = PG_GETARG_TEXT_PP(2);
	value = PG_GETARG_FLOAT8(3);
	st = gl_sankey_flow_check(VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src),
							  VARDATA_ANY(tgt), VARSIZE_ANY_EXHDR(tgt), value, &err);
	if (st != GL_SANKEY_OK)
		report(st, &err);

	if (PG_ARGISNULL(0))
	{
		gl_sankey_flows v;
		gl_sankey_options o;

		/* once per group: a state never holds options its type refuses */
		gl_sankey_flows_init(&v);
		v.options = (char *) options;
		v.optlen = optlen;
		options_of(&v, &o);
		gl_sankey_options_free(&o);
		ex = ex_new(gl_agg_context(fcinfo));
		ex_set_options(ex, options, optlen);
	}
	else
	{
		ex = state_arg(fcinfo);
		st = gl_sankey_same_options(ex->flows.options, ex->flows.optlen,
									options, optlen, &err);
		if (st != GL_SANKEY_OK)
			report(st, &err);
	}
	/* the names go straight from the arguments into the state's pool */
	old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	st = gl_sankey_flows_add(&ex->flows, VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src),
							 VARDATA_ANY(tgt), VARSIZE_ANY_EXHDR(tgt), value, &err);
	MemoryContextSwitchTo(old);
	if (st != GL_SANKEY_OK)
		report(st, &err);
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

/* sankey_collect_trans(state, source, target, value) */
Datum
gl_sankey_collect_trans(PG_FUNCTION_ARGS)
{
	return collect_trans(fcinfo, "", 0);
}

/* sankey_collect_trans(state, source, target, value, options): NULL is none */
Datum
gl_sankey_collect_trans_options(PG_FUNCTION_ARGS)
{
	text	   *opt;

	if (PG_ARGISNULL(4))
		return collect_trans(fcinfo, "", 0);
	opt = PG_GETARG_TEXT_PP(4);
	return collect_trans(fcinfo, VARDATA_ANY(opt), VARSIZE_ANY_EXHDR(opt));
}

Datum
gl_sankey_flows_combine(PG_FUNCTION_ARGS)
{
	gl_sankey_flows v;
	SankeyEx   *ex;
	gl_sankey_error err;
	gl_sankey_status st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	view_datum(PG_GETARG_DATUM(1), &v);
	if (PG_ARGISNULL(0))
		ex = ex_copy(gl_agg_context(fcinfo), &v);
	else
	{
		ex = state_arg(fcinfo);
		st = gl_sankey_same_options(ex->flows.options, ex->flows.optlen,
									v.options, v.optlen, &err);
		if (st != GL_SANKEY_OK)
			report(st, &err);
		ex_append(ex, &v);
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

/* the options and layout of a sankey_flows value, errors raised */
static void
layout_datum(Datum d, gl_sankey_options *o, gl_sankey_diagram *dg)
{
	gl_sankey_flows v;
	gl_sankey_error err;
	gl_sankey_status st;

	view_datum(d, &v);
	options_of(&v, o);
	st = gl_sankey_layout(&v, o, dg, &err);
	if (st != GL_SANKEY_OK)
		report(st, &err);
}

/* sankey_svg(flows): the final function, also callable on a stored value */
Datum
gl_sankey_svg(PG_FUNCTION_ARGS)
{
	gl_sankey_options o;
	gl_sankey_diagram d;
	char	   *svg;
	size_t		len;
	gl_sankey_status st;

	layout_datum(PG_GETARG_DATUM(0), &o, &d);
	/* written once, after room for the varlena header: the buffer is the result */
	st = gl_sankey_write_svg(&d, &o, VARHDRSZ, &svg, &len);
	if (st != GL_SANKEY_OK)
		report(st, NULL);
	SET_VARSIZE(svg, VARHDRSZ + len);
	PG_RETURN_TEXT_P((text *) svg);
}

/* px, to 0.01 as in the SVG (so the rows do not show layout rounding noise) */
static Datum
px_datum(double v)
{
	return Float8GetDatum(rint(v * 100) / 100);
}

/*
 * The layout as rows: the nodes (id, kind, name, layer, in, out, x, y,
 * height) or the links (source id, target id, value, width).
 */
static Datum
layout_rows(FunctionCallInfo fcinfo, bool links)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gl_sankey_options o;
	gl_sankey_diagram d;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	layout_datum(PG_GETARG_DATUM(0), &o, &d);
	for (i = 0; i < (links ? d.nlinks : d.nnodes); i++)
	{
		Datum		values[9];
		bool		nulls[9] = {0};

		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		if (links)
		{
			const gl_sankey_link *k = &d.links[i];

			values[0] = Int32GetDatum(k->src);
			values[1] = Int32GetDatum(k->tgt);
			values[2] = Float8GetDatum(k->value);
			values[3] = px_datum(k->w);
		}
		else
		{
			const gl_sankey_node *n = &d.nodes[i];

			values[0] = Int32GetDatum(i);
			values[1] = CStringGetTextDatum(gl_sankey_kind_name(n->kind));
			values[2] = PointerGetDatum(cstring_to_text_with_len(n->name, n->namelen));
			values[3] = Int32GetDatum(n->layer);
			values[4] = Float8GetDatum(n->in);
			values[5] = Float8GetDatum(n->out);
			values[6] = px_datum(n->x);
			values[7] = px_datum(n->y);
			values[8] = px_datum(n->h);
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

Datum
gl_sankey_nodes(PG_FUNCTION_ARGS)
{
	return layout_rows(fcinfo, false);
}

Datum
gl_sankey_links(PG_FUNCTION_ARGS)
{
	return layout_rows(fcinfo, true);
}
