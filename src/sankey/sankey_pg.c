/*
 * sankey_pg.c - the SQL type sankey_flows and the aggregate sankey_svg.
 *
 * sankey_flows is the aggregate's state: the (source, target, value) rows
 * in arrival order and the options text.  Inside an aggregate it is an
 * expanded object that grows in place (amortized O(1) per row); stored or
 * sent between processes it is flat:
 *
 *   int32 varlena header, int32 nflows, int32 optlen, int32 poollen,
 *   sk_flow flows[nflows], char pool[poollen], char options[optlen]
 *
 * Nothing computed from it depends on the order of the rows: the core sorts
 * them canonically before it sums them, so a parallel plan draws the same
 * document byte for byte.
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"

#include "sankey/sankey.h"

typedef struct SankeyFlat
{
	int32		vl_len_;
	int32		nflows;
	int32		optlen;
	int32		poollen;
	/* sk_flow flows[nflows]; char pool[poollen]; char options[optlen] */
} SankeyFlat;

#define SANKEY_FLAT_HDR sizeof(SankeyFlat)
#define SANKEY_EX_MAGIC 0x53414e4b

typedef struct SankeyEx
{
	ExpandedObjectHeader hdr;
	int32		magic;
	sk_flows	flows;
	char	   *options;
	int32		optlen;
} SankeyEx;

/* a read-only look at a sankey_flows value, flat or expanded */
typedef struct SankeyView
{
	sk_flows	flows;			/* points into the value: do not grow */
	const char *options;
	int32		optlen;
} SankeyView;

PG_FUNCTION_INFO_V1(sankey_flows_in);
PG_FUNCTION_INFO_V1(sankey_flows_out);
PG_FUNCTION_INFO_V1(sankey_flows_recv);
PG_FUNCTION_INFO_V1(sankey_flows_send);
PG_FUNCTION_INFO_V1(sankey_flows_add);
PG_FUNCTION_INFO_V1(sankey_flows_add_options);
PG_FUNCTION_INFO_V1(sankey_flows_combine);
PG_FUNCTION_INFO_V1(sankey_svg_render);
PG_FUNCTION_INFO_V1(sankey_nodes);
PG_FUNCTION_INFO_V1(sankey_links);

/* ---- memory for the core: palloc ------------------------------------- */

static void *
pg_sk_alloc(size_t size)
{
	return palloc(size);
}

static void *
pg_sk_resize(void *ptr, size_t size)
{
	return repalloc(ptr, size);
}

static void
pg_sk_release(void *ptr)
{
	pfree(ptr);
}

static const sk_allocator pg_sk_allocator = {pg_sk_alloc, pg_sk_resize, pg_sk_release};

static void
use_palloc(void)
{
	sk_set_allocator(&pg_sk_allocator);
}

/* ---- errors ------------------------------------------------------------ */

static void sankey_report(const sk_error *err) pg_attribute_noreturn();

static void
sankey_report(const sk_error *err)
{
	int			code;

	switch (err->status)
	{
		case SK_ERR_SYNTAX:
			code = ERRCODE_INVALID_TEXT_REPRESENTATION;
			break;
		case SK_ERR_VALUE:
			code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
			break;
		case SK_ERR_LIMIT:
			code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case SK_ERR_NOMEM:
			code = ERRCODE_OUT_OF_MEMORY;
			break;
		default:
			code = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("%s", err->message ? err->message : "out of memory"),
			 err->detail ? errdetail("%s", err->detail) : 0,
			 err->hint ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

/* options text (len bytes; none when 0) parsed into o, errors raised */
static void
parse_options(const char *options, int32 len, sk_options *o)
{
	sk_error	err = {0};

	use_palloc();
	sk_options_default(o);
	if (len > 0 && sk_options_parse(options, len, o, &err) != SK_OK)
		sankey_report(&err);
}

static void sankey_too_large(void) pg_attribute_noreturn();

static void
sankey_too_large(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("sankey_flows cannot hold more than %d flows or %d MB of node names",
					SK_MAX_FLOWS, (int) (SK_MAX_POOL / (1024 * 1024))),
			 errhint("Sum the flows per (source, target) with GROUP BY before sankey_svg.")));
	pg_unreachable();
}

/* ---- flat and expanded forms ------------------------------------------ */

static Size
flat_size(const sk_flows *f, int32 optlen)
{
	return SANKEY_FLAT_HDR + (Size) f->nflows * sizeof(sk_flow) + f->poollen + optlen;
}

static void
write_flat(SankeyFlat *out, Size size, const sk_flows *f, const char *options,
		   int32 optlen)
{
	char	   *p = (char *) out + SANKEY_FLAT_HDR;

	memset(out, 0, SANKEY_FLAT_HDR);
	SET_VARSIZE(out, size);
	out->nflows = f->nflows;
	out->optlen = optlen;
	out->poollen = (int32) f->poollen;
	if (f->nflows > 0)
		memcpy(p, f->flows, (Size) f->nflows * sizeof(sk_flow));
	p += (Size) f->nflows * sizeof(sk_flow);
	if (f->poollen > 0)
		memcpy(p, f->pool, f->poollen);
	p += f->poollen;
	if (optlen > 0)
		memcpy(p, options, optlen);
}

static SankeyFlat *
make_flat(const sk_flows *f, const char *options, int32 optlen)
{
	Size		size = flat_size(f, optlen);
	SankeyFlat *out;

	if (size > MaxAllocSize)
		sankey_too_large();
	out = palloc(size);
	write_flat(out, size, f, options, optlen);
	return out;
}

static Size
sankey_get_flat_size(ExpandedObjectHeader *eohptr)
{
	SankeyEx   *ex = (SankeyEx *) eohptr;
	Size		size = flat_size(&ex->flows, ex->optlen);

	if (size > MaxAllocSize)
		sankey_too_large();
	return size;
}

static void
sankey_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	SankeyEx   *ex = (SankeyEx *) eohptr;

	write_flat((SankeyFlat *) result, allocated_size, &ex->flows, ex->options,
			   ex->optlen);
}

static const ExpandedObjectMethods sankey_methods = {
	sankey_get_flat_size,
	sankey_flatten_into
};

/* the flows in a flat value, checked (a stored value is never trusted blindly) */
static void
view_flat(const SankeyFlat *flat, SankeyView *v)
{
	Size		size = VARSIZE(flat);
	const char *p = (const char *) flat + SANKEY_FLAT_HDR;
	int32		i;

	if (size < SANKEY_FLAT_HDR || flat->nflows < 0 || flat->optlen < 0 || flat->poollen < 0 ||
		size != SANKEY_FLAT_HDR + (Size) flat->nflows * sizeof(sk_flow) + flat->poollen + flat->optlen)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt sankey_flows value")));
	memset(v, 0, sizeof(*v));
	v->flows.flows = (sk_flow *) p;
	v->flows.nflows = v->flows.maxflows = flat->nflows;
	p += (Size) flat->nflows * sizeof(sk_flow);
	v->flows.pool = (char *) p;
	v->flows.poollen = v->flows.maxpool = flat->poollen;
	v->options = p + flat->poollen;
	v->optlen = flat->optlen;
	for (i = 0; i < flat->nflows; i++)
	{
		const sk_flow *fl = &v->flows.flows[i];

		if (fl->src_off < 0 || fl->src_len <= 0 || fl->tgt_off < 0 || fl->tgt_len <= 0 ||
			(int64) fl->src_off + fl->src_len > flat->poollen ||
			(int64) fl->tgt_off + fl->tgt_len > flat->poollen)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("corrupt sankey_flows value")));
	}
}

static SankeyEx *
datum_ex(Datum d)
{
	SankeyEx   *ex;

	if (!VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return NULL;
	ex = (SankeyEx *) DatumGetEOHP(d);
	if (ex->magic != SANKEY_EX_MAGIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt sankey_flows value")));
	return ex;
}

static void
view_datum(Datum d, SankeyView *v)
{
	SankeyEx   *ex = datum_ex(d);

	if (ex)
	{
		v->flows = ex->flows;
		v->options = ex->options;
		v->optlen = ex->optlen;
	}
	else
		view_flat((SankeyFlat *) PG_DETOAST_DATUM(d), v);
}

/* a new, empty expanded value in a child context of parent */
static SankeyEx *
ex_new(MemoryContext parent, const char *options, int32 optlen)
{
	MemoryContext ctx = AllocSetContextCreate(parent, "sankey_flows",
											  ALLOCSET_DEFAULT_SIZES);
	SankeyEx   *ex = MemoryContextAllocZero(ctx, sizeof(SankeyEx));

	EOH_init_header(&ex->hdr, &sankey_methods, ctx);
	ex->magic = SANKEY_EX_MAGIC;
	sk_flows_init(&ex->flows);
	ex->options = MemoryContextAlloc(ctx, optlen + 1);
	if (optlen > 0)
		memcpy(ex->options, options, optlen);
	ex->options[optlen] = '\0';
	ex->optlen = optlen;
	return ex;
}

/* append flows (names in pool) to ex, growing it in its own context */
static void
ex_append(SankeyEx *ex, const sk_flow *flows, int32 n, const char *pool)
{
	MemoryContext old = MemoryContextSwitchTo(ex->hdr.eoh_context);
	sk_status	st;

	use_palloc();
	st = sk_flows_append(&ex->flows, flows, n, pool);
	MemoryContextSwitchTo(old);
	if (st != SK_OK)
		sankey_too_large();
}

/*
 * The state to add to: the argument itself when it is our read-write
 * expanded object inside an aggregate, else a new expanded copy.
 */
static SankeyEx *
ex_writable(Datum d, MemoryContext ctx, bool in_aggregate)
{
	SankeyEx   *ex = datum_ex(d);
	SankeyView	v;
	SankeyEx   *copy;

	if (ex && in_aggregate && DatumIsReadWriteExpandedObject(d, false, -1))
		return ex;
	view_datum(d, &v);
	copy = ex_new(ctx, v.options, v.optlen);
	ex_append(copy, v.flows.flows, v.flows.nflows, v.flows.pool);
	return copy;
}

static void
check_same_options(const char *a, int32 alen, const char *b, int32 blen)
{
	if (alen != blen || memcmp(a, b, alen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sankey_svg options differ between rows: \"%.*s\" and \"%.*s\"",
						(int) alen, a, (int) blen, b),
				 errhint("Pass the same options text in every row, e.g. a constant.")));
}

/* ---- text and binary forms --------------------------------------------- */

Datum
sankey_flows_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	sk_flows	f;
	sk_error	err = {0};
	char	   *options;
	int32		optlen;
	sk_options	o;

	use_palloc();
	sk_flows_init(&f);
	if (sk_flows_parse(str, &f, &options, &optlen, &err) != SK_OK)
		sankey_report(&err);
	parse_options(options, options ? optlen : 0, &o);
	PG_RETURN_POINTER(make_flat(&f, options, options ? optlen : 0));
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

Datum
sankey_flows_out(PG_FUNCTION_ARGS)
{
	SankeyView	v;
	StringInfoData buf;
	int32		i;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	view_datum(PG_GETARG_DATUM(0), &v);
	initStringInfo(&buf);
	if (v.optlen > 0)
	{
		appendStringInfoString(&buf, "options=");
		append_quoted(&buf, v.options, v.optlen);
	}
	for (i = 0; i < v.flows.nflows; i++)
	{
		const sk_flow *fl = &v.flows.flows[i];

		if (buf.len > 0)
			appendStringInfoString(&buf, "; ");
		append_quoted(&buf, v.flows.pool + fl->src_off, fl->src_len);
		appendStringInfoString(&buf, "->");
		append_quoted(&buf, v.flows.pool + fl->tgt_off, fl->tgt_len);
		double_to_shortest_decimal_buf(fl->value, num);
		appendStringInfo(&buf, ":%s", num);
	}
	PG_RETURN_CSTRING(buf.data);
}

Datum
sankey_flows_send(PG_FUNCTION_ARGS)
{
	SankeyView	v;
	StringInfoData buf;
	int32		i;

	view_datum(PG_GETARG_DATUM(0), &v);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, v.flows.nflows);
	pq_sendint32(&buf, v.optlen);
	pq_sendbytes(&buf, v.options, v.optlen);
	for (i = 0; i < v.flows.nflows; i++)
	{
		const sk_flow *fl = &v.flows.flows[i];

		pq_sendint32(&buf, fl->src_len);
		pq_sendbytes(&buf, v.flows.pool + fl->src_off, fl->src_len);
		pq_sendint32(&buf, fl->tgt_len);
		pq_sendbytes(&buf, v.flows.pool + fl->tgt_off, fl->tgt_len);
		pq_sendfloat8(&buf, fl->value);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* a length read from binary input, checked against what is left */
static int32
recv_len(StringInfo buf, bool name)
{
	int32		n = pq_getmsgint(buf, 4);

	if (n < (name ? 1 : 0) || n > buf->len - buf->cursor)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid length %d in binary sankey_flows", n)));
	return n;
}

Datum
sankey_flows_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		n = pq_getmsgint(buf, 4);
	int32		optlen;
	const char *options;
	sk_flows	f;
	sk_options	o;
	int32		i;

	use_palloc();
	if (n < 0 || n > SK_MAX_FLOWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of flows %d in binary sankey_flows", n)));
	optlen = recv_len(buf, false);
	options = pq_getmsgbytes(buf, optlen);
	sk_flows_init(&f);
	for (i = 0; i < n; i++)
	{
		int32		srclen = recv_len(buf, true);
		const char *src = pq_getmsgbytes(buf, srclen);
		int32		tgtlen = recv_len(buf, true);
		const char *tgt = pq_getmsgbytes(buf, tgtlen);
		double		value = pq_getmsgfloat8(buf);

		if (sk_flow_check(src, srclen, tgt, tgtlen, value) != SK_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid flow value %g in binary sankey_flows", value)));
		if (sk_flows_add(&f, src, srclen, tgt, tgtlen, value) != SK_OK)
			sankey_too_large();
	}
	parse_options(options, optlen, &o);
	PG_RETURN_POINTER(make_flat(&f, options, optlen));
}

/* ---- the aggregate ----------------------------------------------------- */

static Datum
flows_add(FunctionCallInfo fcinfo, const char *options, int32 optlen)
{
	MemoryContext aggctx;
	bool		in_aggregate = AggCheckCallContext(fcinfo, &aggctx) != 0;
	text	   *src,
			   *tgt;
	double		value;
	SankeyEx   *ex;
	MemoryContext oldcxt;
	sk_status	st;

	if (!in_aggregate)
		aggctx = CurrentMemoryContext;
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
	switch (sk_flow_check(VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src),
						  VARDATA_ANY(tgt), VARSIZE_ANY_EXHDR(tgt), value))
	{
		case SK_OK:
			break;
		case SK_ERR_VALUE:
			{
				char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

				double_to_shortest_decimal_buf(value, num);
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("sankey_svg flow value out of range: %s from \"%s\" to \"%s\"",
								num, text_to_cstring(src), text_to_cstring(tgt)),
						 errdetail("Flow values must be finite and not negative."),
						 errhint("Filter such rows out, e.g. WHERE value >= 0 AND value < 'Infinity' (NaN sorts above Infinity). A negative flow runs the other way: swap source and target.")));
			}
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("sankey_svg node names must not be empty"),
					 errdetail("The flow of %g has source \"%s\" and target \"%s\".",
							   value, text_to_cstring(src), text_to_cstring(tgt)),
					 errhint("Name the node, e.g. COALESCE(NULLIF(source, ''), 'unnamed'), or filter the row out.")));
	}

	if (PG_ARGISNULL(0))
	{
		sk_options o;

		/* once per group: a state never holds options its type refuses */
		parse_options(options, optlen, &o);
		ex = ex_new(aggctx, options, optlen);
	}
	else
	{
		ex = ex_writable(PG_GETARG_DATUM(0), aggctx, in_aggregate);
		check_same_options(ex->options, ex->optlen, options, optlen);
	}
	/* the names go straight from the arguments into the state's pool */
	oldcxt = MemoryContextSwitchTo(ex->hdr.eoh_context);
	use_palloc();
	st = sk_flows_add(&ex->flows, VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src),
					  VARDATA_ANY(tgt), VARSIZE_ANY_EXHDR(tgt), value);
	MemoryContextSwitchTo(oldcxt);
	if (st != SK_OK)
		sankey_too_large();
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

Datum
sankey_flows_add(PG_FUNCTION_ARGS)
{
	return flows_add(fcinfo, "", 0);
}

Datum
sankey_flows_add_options(PG_FUNCTION_ARGS)
{
	text	   *opt;

	if (PG_ARGISNULL(4))
		return flows_add(fcinfo, "", 0);
	opt = PG_GETARG_TEXT_PP(4);
	return flows_add(fcinfo, VARDATA_ANY(opt), VARSIZE_ANY_EXHDR(opt));
}

Datum
sankey_flows_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	bool		in_aggregate = AggCheckCallContext(fcinfo, &aggctx) != 0;
	SankeyView	v;
	SankeyEx   *ex;

	if (!in_aggregate)
		aggctx = CurrentMemoryContext;
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	view_datum(PG_GETARG_DATUM(1), &v);
	if (PG_ARGISNULL(0))
		ex = ex_new(aggctx, v.options, v.optlen);
	else
	{
		ex = ex_writable(PG_GETARG_DATUM(0), aggctx, in_aggregate);
		check_same_options(ex->options, ex->optlen, v.options, v.optlen);
	}
	ex_append(ex, v.flows.flows, v.flows.nflows, v.flows.pool);
	PG_RETURN_DATUM(EOHPGetRWDatum(&ex->hdr));
}

/* the options and layout of a sankey_flows value, errors raised */
static void
layout_datum(Datum d, sk_options *o, sk_diagram *dg)
{
	SankeyView	v;
	sk_error	err = {0};

	view_datum(d, &v);
	parse_options(v.options, v.optlen, o);
	if (sk_layout(&v.flows, o, dg, &err) != SK_OK)
		sankey_report(&err);
}

/* the final function, also callable on a stored sankey_flows */
Datum
sankey_svg_render(PG_FUNCTION_ARGS)
{
	sk_options	o;
	sk_diagram	d;
	char	   *svg;
	size_t		len;

	layout_datum(PG_GETARG_DATUM(0), &o, &d);
	svg = sk_svg(&d, &o, &len);
	if (svg == NULL || len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("Sankey SVG document too large")));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(svg, (int) len));
}

static const char *const kind_names[] = {"node", "other", "unaccounted"};

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
	sk_options	o;
	sk_diagram	d;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	layout_datum(PG_GETARG_DATUM(0), &o, &d);
	for (i = 0; i < (links ? d.nlinks : d.nnodes); i++)
	{
		Datum		values[9];
		bool		nulls[9] = {0};

		if (links)
		{
			const sk_link *k = &d.links[i];

			values[0] = Int32GetDatum(k->src);
			values[1] = Int32GetDatum(k->tgt);
			values[2] = Float8GetDatum(k->value);
			values[3] = px_datum(k->w);
		}
		else
		{
			const sk_node *n = &d.nodes[i];

			values[0] = Int32GetDatum(i);
			values[1] = CStringGetTextDatum(kind_names[n->kind]);
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
sankey_nodes(PG_FUNCTION_ARGS)
{
	return layout_rows(fcinfo, false);
}

Datum
sankey_links(PG_FUNCTION_ARGS)
{
	return layout_rows(fcinfo, true);
}
