/*
 * base/base_pg.c - the shared glue (see base_pg.h).
 */
#include "base/base_pg.h"

#include <gsl/gsl_errno.h>

#include "common/shortest_dec.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include <sys/mman.h>

#include "base/alloc.h"

/* ---------------------------------------------------------------------
 * Reporting
 * ------------------------------------------------------------------ */

int
gl_errkind_sqlstate(gl_errkind kind)
{
	switch (kind)
	{
		case GL_ERR_TEXT:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case GL_ERR_BINARY:
			return ERRCODE_INVALID_BINARY_REPRESENTATION;
		case GL_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case GL_ERR_PARAM:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		case GL_ERR_DIVZERO:
			return ERRCODE_DIVISION_BY_ZERO;
		case GL_ERR_NULL:
			return ERRCODE_NULL_VALUE_NOT_ALLOWED;
		case GL_ERR_LIMIT:
			return ERRCODE_PROGRAM_LIMIT_EXCEEDED;
		case GL_ERR_NOT_SUPPORTED:
			return ERRCODE_FEATURE_NOT_SUPPORTED;
		case GL_ERR_CORRUPT:
			return ERRCODE_DATA_CORRUPTED;
		case GL_ERR_NONE:
		case GL_ERR_INTERNAL:
			break;
	}
	return ERRCODE_INTERNAL_ERROR;
}

#define GL_MSG_LEN 1024

/* the three texts of a report */
typedef struct report_texts
{
	int			sqlstate;
	char		message[GL_MSG_LEN];
	char		detail[GL_MSG_LEN];
	char		hint[GL_MSG_LEN];
	bool		has_detail;
	bool		has_hint;
} report_texts;

static void
make_texts(report_texts *r, const gl_status_table *t, int code,
		   const gl_status_args *a)
{
	const gl_status *s = gl_status_find(t, code);

	if (s == NULL)
	{
		r->sqlstate = ERRCODE_INTERNAL_ERROR;
		snprintf(r->message, GL_MSG_LEN, "%s: status %d has no descriptor",
				 t->module, code);
		r->has_detail = r->has_hint = false;
		return;
	}
	r->sqlstate = gl_errkind_sqlstate(s->kind);
	gl_status_format(r->message, GL_MSG_LEN, s->message, s, a);
	r->has_detail = s->detail != NULL;
	r->has_hint = s->hint != NULL;
	if (r->has_detail)
		gl_status_format(r->detail, GL_MSG_LEN, s->detail, s, a);
	if (r->has_hint)
		gl_status_format(r->hint, GL_MSG_LEN, s->hint, s, a);
}

void
gl_raise(const gl_status_table *t, int code, const gl_status_args *a)
{
	/* with no soft-error context, errsave raises the ERROR */
	gl_raise_soft(NULL, t, code, a);
	pg_unreachable();
}

bool
gl_raise_soft(struct Node *escontext, const gl_status_table *t, int code,
			  const gl_status_args *a)
{
	report_texts r;

	make_texts(&r, t, code, a);
#if GL_SOFT_ERRORS
	errsave(escontext,
			(errcode(r.sqlstate),
			 errmsg_internal("%s", r.message),
			 r.has_detail ? errdetail_internal("%s", r.detail) : 0,
			 r.has_hint ? errhint("%s", r.hint) : 0));
#else
	ereport(ERROR,
			(errcode(r.sqlstate),
			 errmsg_internal("%s", r.message),
			 r.has_detail ? errdetail_internal("%s", r.detail) : 0,
			 r.has_hint ? errhint("%s", r.hint) : 0));
#endif
	return false;
}

void
gl_raise_arg(const gl_status_table *t, int code, const char *arg)
{
	gl_status_args a = {0};

	a.arg = arg;
	gl_raise(t, code, &a);
}

void
gl_raise_value(const gl_status_table *t, int code, const char *arg,
			   double value)
{
	gl_status_args a = {0};

	a.arg = arg;
	a.has_value = true;
	a.value = value;
	gl_raise(t, code, &a);
}

bool
gl_raise_text(struct Node *escontext, const char *type_name, const char *str,
			  const gl_text_error *err)
{
	gl_status_args a = {0};
	int			code;

	switch (err->status)
	{
		case GL_TEXT_EMPTY:
			code = GL_BASE_TEXT_EMPTY;
			break;
		case GL_TEXT_TOO_MANY:
			code = GL_BASE_TEXT_TOO_MANY;
			break;
		case GL_TEXT_NO_NAME:
			code = GL_BASE_TEXT_NO_NAME;
			break;
		case GL_TEXT_NO_EQUALS:
			code = GL_BASE_TEXT_NO_EQUALS;
			break;
		case GL_TEXT_NO_VALUE:
			code = GL_BASE_TEXT_NO_VALUE;
			break;
		case GL_TEXT_NUMBER_RANGE:
			code = GL_BASE_TEXT_NUMBER_RANGE;
			break;
		default:
			code = GL_BASE_TEXT_BAD_NUMBER;
			break;
	}
	a.extra = type_name;
	a.name = str;
	a.namelen = strlen(str);
	a.item = err->token;
	a.itemlen = err->token_len;
	return gl_raise_soft(escontext, &gl_base_statuses, code, &a);
}

/* ---------------------------------------------------------------------
 * Argument caches
 * ------------------------------------------------------------------ */

#define GL_ARG_SLOTS 12			/* argument positions with a cache */
#define GL_ARG_WAYS 4			/* texts remembered per position */
#define GL_ARG_TEXT 48			/* longest text remembered */

typedef struct arg_entry
{
	int			len;			/* -1: empty */
	char		text[GL_ARG_TEXT];
	const void *value;
} arg_entry;

typedef struct arg_slot
{
	gl_arg_resolver resolve;	/* what the entries were resolved by */
	const void *ctx;
	bool		checked;		/* was the argument's constness looked at */
	bool		stable;			/* it is a query constant */
	bool		have_stable;	/* stable_value holds its resolution */
	const void *stable_value;
	int			next;			/* entry to replace next */
	arg_entry	e[GL_ARG_WAYS];
} arg_slot;

typedef struct memo_cache memo_cache;

typedef struct arg_cache
{
	arg_slot	slot[GL_ARG_SLOTS];
	memo_cache *memo;			/* gl_memo_get/put, made on first use */
	void	   *site;			/* gl_site_data, made on first use */
} arg_cache;

static pg_noinline arg_cache *
new_cache(FunctionCallInfo fcinfo)
{
	arg_cache  *c;
	int			i,
				j;

	c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(arg_cache));
	for (i = 0; i < GL_ARG_SLOTS; i++)
		for (j = 0; j < GL_ARG_WAYS; j++)
			c->slot[i].e[j].len = -1;
	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* the call site's caches (made on first use: inlined, it is one test a row) */
static inline arg_cache *
get_cache(FunctionCallInfo fcinfo)
{
	arg_cache  *c = (arg_cache *) fcinfo->flinfo->fn_extra;

	return likely(c != NULL) ? c : new_cache(fcinfo);
}

const void *
gl_cached_arg(FunctionCallInfo fcinfo, int argno, gl_arg_resolver resolve,
			  const void *ctx, const char *argname)
{
	text	   *t;
	const char *s;
	int			len;
	arg_slot   *slot;
	const void *v;
	int			j;

	if (argno >= GL_ARG_SLOTS || fcinfo->flinfo == NULL)
	{
		t = PG_GETARG_TEXT_PP(argno);
		return resolve(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), ctx, argname);
	}
	slot = &get_cache(fcinfo)->slot[argno];
	if (slot->resolve != resolve || slot->ctx != ctx)
	{
		/* first use, or the position is now resolved for something else */
		for (j = 0; j < GL_ARG_WAYS; j++)
			slot->e[j].len = -1;
		slot->resolve = resolve;
		slot->ctx = ctx;
		slot->have_stable = false;
	}
	if (slot->have_stable)
		return slot->stable_value;

	t = PG_GETARG_TEXT_PP(argno);
	s = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	v = NULL;
	for (j = 0; j < GL_ARG_WAYS; j++)
		if (slot->e[j].len == len && memcmp(slot->e[j].text, s, len) == 0)
		{
			v = slot->e[j].value;
			break;
		}
	if (v == NULL)
	{
		v = resolve(s, len, ctx, argname);
		if (len <= GL_ARG_TEXT)
		{
			arg_entry  *e = &slot->e[slot->next];

			slot->next = (slot->next + 1) % GL_ARG_WAYS;
			memcpy(e->text, s, len);
			e->len = len;
			e->value = v;
		}
	}
	if (!slot->checked)
	{
		slot->checked = true;
		/* a Const only: not a PL/pgSQL variable (gl_arg_const) */
		slot->stable = gl_arg_const(fcinfo, argno);
	}
	if (slot->stable)
	{
		slot->have_stable = true;
		slot->stable_value = v;
	}
	return v;
}

void *
gl_site_data(FunctionCallInfo fcinfo, Size size)
{
	arg_cache  *c;

	if (fcinfo->flinfo == NULL)
		return NULL;
	c = get_cache(fcinfo);
	if (c->site == NULL)
		c->site = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, size);
	return c->site;
}

bool
gl_arg_const(FunctionCallInfo fcinfo, int argno)
{
	Node	   *expr;
	List	   *args;

	if (fcinfo->flinfo == NULL || (expr = fcinfo->flinfo->fn_expr) == NULL)
		return false;
	if (IsA(expr, FuncExpr))
		args = ((FuncExpr *) expr)->args;
	else if (IsA(expr, OpExpr))
		args = ((OpExpr *) expr)->args;
	else
		return false;
	return argno >= 0 && argno < list_length(args) &&
		IsA(list_nth(args, argno), Const);
}

/* ---------------------------------------------------------------------
 * Memo of results (gl_memo_get, gl_memo_put)
 * ------------------------------------------------------------------ */

#define GL_MEMO_SMALL_BITS 6		/* the first table: 64 sets */
#define GL_MEMO_LARGE_BITS 12		/* the second: 4,096 sets (16,384 keys) */
#define GL_MEMO_WAYS 4
#define GL_MEMO_JUDGE 4096		/* lookups before the first table is judged */
#define GL_MEMO_PROBE 16384		/* lookups that look for repeats, then */
#define GL_MEMO_JUDGE_LARGE 16384	/* those of the second table */

typedef struct memo_entry
{
	uint64		key[GL_MEMO_KEY];
	double		value;
} memo_entry;

/*
 * 4-way set associative: keys that hash to one set (20 header pressures
 * among 64 sets often share one) are all kept, where a direct-mapped table
 * would make two such keys evict each other on every row.
 */
typedef struct memo_set
{
	uint8		used;			/* entries in use (filled in order) */
	uint8		next;			/* entry to replace next when full */
	memo_entry	e[GL_MEMO_WAYS];
} memo_set;

/*
 * Two tries.  The first table (64 sets, made on the first call) serves
 * inputs with a few hundred distinct values: 20 header pressures.  When
 * under a quarter of its first GL_MEMO_JUDGE lookups hit, its memory
 * becomes a bitmap of hashed keys for the next GL_MEMO_PROBE lookups (no
 * value remembered): a lookup whose bit is set already counts as a
 * repeat.  Inputs that repeat beyond what the first table holds (pressures
 * read at 0.1 psig come round in a few thousand values) have most of their
 * lookups counted; inputs that never repeat, only the bits that happen to
 * be set (at most a fifth of the bitmap fills).  When a quarter of them
 * repeated, a table of 16,384 keys (544 kB: 5,850 keys fill a quarter of
 * it, so few sets overflow) is tried for GL_MEMO_JUDGE_LARGE lookups, and
 * kept if a quarter of those hit; otherwise (or when too few repeated) the
 * memo is off for the rest of the query.  So a query whose inputs never
 * repeat allocates nothing more, and a query of under 20,480 rows never
 * the large table.
 */
typedef enum memo_phase
{
	MEMO_SMALL,					/* the first table */
	MEMO_PROBE,					/* its memory a bitmap: counting repeats */
	MEMO_LARGE,					/* the second table */
	MEMO_OFF					/* inputs rarely repeat: not used any more */
} memo_phase;

struct memo_cache
{
	uint32		lookups;		/* in this phase */
	uint32		hits;			/* in this phase (repeats, probing) */
	memo_phase	phase;
	int			shift;			/* 64 - log2(sets of the table in use) */
	memo_set   *set;			/* the table in use: small or large */
	memo_set	small[1 << GL_MEMO_SMALL_BITS];
};

#define GL_MEMO_PROBE_BITS (sizeof(((memo_cache *) 0)->small) * 8)
StaticAssertDecl(GL_MEMO_PROBE <= GL_MEMO_PROBE_BITS / 4,
				 "the probe's bitmap fills to a fifth at most");

/*
 * The key's bits, each read on its own: a caller that has just stored the
 * doubles one by one must not be read back with wider loads, which the
 * processor cannot forward from those stores (a stall on every call).
 */
static inline void
memo_key(const double key[GL_MEMO_KEY], uint64 *k)
{
	int			i;

	for (i = 0; i < GL_MEMO_KEY; i++)
		memcpy(&k[i], &key[i], sizeof(uint64));
}

static inline uint64
memo_hash(const uint64 *k)
{
	uint64		h = k[0] ^ ((k[1] << 21) | (k[1] >> 43)) ^ ((k[2] << 42) | (k[2] >> 22));

	return h * UINT64CONST(0x9E3779B97F4A7C15);
}

static inline memo_set *
memo_set_of(memo_cache *m, const uint64 *k)
{
	return &m->set[memo_hash(k) >> m->shift];
}

static inline memo_cache *
memo_of(FunctionCallInfo fcinfo)
{
	arg_cache  *c;

	if (fcinfo->flinfo == NULL)
		return NULL;
	c = get_cache(fcinfo);
	if (unlikely(c->memo == NULL))
	{
		c->memo = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
										 sizeof(memo_cache));
		c->memo->phase = MEMO_SMALL;
		c->memo->shift = 64 - GL_MEMO_SMALL_BITS;
		c->memo->set = c->memo->small;
	}
	return c->memo;
}

/*
 * The phase after m's lookups reached what its phase counts to: the probe,
 * the large table (allocated in the call site's context) or off.
 */
static pg_noinline void
memo_next_phase(FunctionCallInfo fcinfo, memo_cache *m)
{
	switch (m->phase)
	{
		case MEMO_SMALL:
			if (m->hits >= GL_MEMO_JUDGE / 4)
				return;			/* it pays: kept for the rest of the query */
			memset(m->small, 0, sizeof(m->small));
			m->phase = MEMO_PROBE;
			break;
		case MEMO_PROBE:
			if (m->hits < GL_MEMO_PROBE / 4)
			{
				m->set = NULL;
				m->phase = MEMO_OFF;
				break;
			}
			m->set = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
											sizeof(memo_set) << GL_MEMO_LARGE_BITS);
			m->shift = 64 - GL_MEMO_LARGE_BITS;
			m->phase = MEMO_LARGE;
			break;
		case MEMO_LARGE:
			if (m->hits >= GL_MEMO_JUDGE_LARGE / 4)
				return;			/* kept */
			pfree(m->set);
			m->set = NULL;
			m->phase = MEMO_OFF;
			break;
		case MEMO_OFF:
			return;
	}
	m->lookups = m->hits = 0;
}

/* a probing lookup: whether the key's bit was set, which it is now */
static inline void
memo_probe(FunctionCallInfo fcinfo, memo_cache *m, const uint64 *k)
{
	uint8	   *bits = (uint8 *) m->small;
	uint32		i = (uint32) (((memo_hash(k) >> 32) * GL_MEMO_PROBE_BITS) >> 32);

	m->hits += (bits[i >> 3] >> (i & 7)) & 1;
	bits[i >> 3] |= (uint8) (1 << (i & 7));
	if (++m->lookups == GL_MEMO_PROBE)
		memo_next_phase(fcinfo, m);
}

bool
gl_memo_get(FunctionCallInfo fcinfo, const double key[GL_MEMO_KEY],
			double *value)
{
	memo_cache *m = memo_of(fcinfo);
	uint64		k[GL_MEMO_KEY];
	memo_set   *s;
	unsigned	hit;

	if (m == NULL || m->phase == MEMO_OFF)
		return false;
	memo_key(key, k);
	if (unlikely(m->phase == MEMO_PROBE))
	{
		memo_probe(fcinfo, m, k);
		return false;
	}
	s = memo_set_of(m, k);
	/* every way compared, without a branch per way (which would mispredict) */
#define MEMO_WAY_HIT(i) \
	((unsigned) ((s->e[i].key[0] == k[0]) & (s->e[i].key[1] == k[1]) & \
				 (s->e[i].key[2] == k[2]) & ((i) < s->used)) << (i))
	StaticAssertStmt(GL_MEMO_WAYS == 4, "MEMO_WAY_HIT is written out for 4 ways");
	hit = MEMO_WAY_HIT(0) | MEMO_WAY_HIT(1) | MEMO_WAY_HIT(2) | MEMO_WAY_HIT(3);
#undef MEMO_WAY_HIT
	if (hit != 0)
	{
		m->hits++;
		*value = s->e[pg_rightmost_one_pos32(hit)].value;
	}
	/* judged after this lookup (a set pointer is not kept across calls) */
	if (unlikely(++m->lookups ==
				 (m->phase == MEMO_SMALL ? GL_MEMO_JUDGE : GL_MEMO_JUDGE_LARGE)))
		memo_next_phase(fcinfo, m);
	return hit != 0;
}

void
gl_memo_put(FunctionCallInfo fcinfo, const double key[GL_MEMO_KEY],
			double value)
{
	memo_cache *m = memo_of(fcinfo);
	uint64		k[GL_MEMO_KEY];
	memo_set   *s;
	memo_entry *e;

	if (m == NULL || (m->phase != MEMO_SMALL && m->phase != MEMO_LARGE))
		return;
	memo_key(key, k);
	s = memo_set_of(m, k);
	if (s->used < GL_MEMO_WAYS)
		e = &s->e[s->used++];
	else
	{
		e = &s->e[s->next];
		s->next = (s->next + 1) % GL_MEMO_WAYS;
	}
	memcpy(e->key, k, sizeof(k));
	e->value = value;
}

int
gl_choice_lookup(const gl_choices *c, const char *s, size_t len,
				 const char *argname)
{
	int			v = gl_choice_find(c, s, len);

	if (v < 0)
	{
		char		list[512];
		gl_status_args a = {0};

		a.arg = argname;
		a.name = s;
		a.namelen = len;
		a.extra = c->what;
		a.list = gl_choices_list(c, list, sizeof(list));
		gl_raise(&gl_base_statuses, GL_BASE_UNKNOWN_CHOICE, &a);
	}
	return v;
}

/*
 * Choices resolve to small ints; the cache holds pointers, so a choice's
 * resolution is the address of its item (never NULL).
 */
static const void *
resolve_choice(const char *s, size_t len, const void *ctx,
			   const char *argname)
{
	const gl_choices *c = ctx;
	int			v = gl_choice_lookup(c, s, len, argname);
	int			i;

	for (i = 0; i < c->n; i++)
		if (c->items[i].value == v)
			return &c->items[i];
	return NULL;				/* not reached */
}

int
gl_choice_arg(FunctionCallInfo fcinfo, int argno, const gl_choices *c,
			  const char *argname)
{
	const gl_choice *item = gl_cached_arg(fcinfo, argno, resolve_choice, c,
										  argname);

	return item->value;
}

/* ---------------------------------------------------------------------
 * Output
 * ------------------------------------------------------------------ */

char *
gl_shortest(double v, char *buf)
{
	double_to_shortest_decimal_buf(v, buf);
	return buf;
}

void
gl_append_shortest(StringInfo buf, double v)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, num);
	appendStringInfoString(buf, num);
}

/* ---------------------------------------------------------------------
 * Expanded objects
 * ------------------------------------------------------------------ */

MemoryContext
gl_agg_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (AggCheckCallContext(fcinfo, &aggcxt))
		return aggcxt;
	return CurrentMemoryContext;
}

void *
gl_agg_state_arg(FunctionCallInfo fcinfo, Size size)
{
	void	   *st = PG_GETARG_POINTER(0);
	void	   *copy;

	/* AggCheckCallContext(), without a call per row */
	if (fcinfo->context &&
		(IsA(fcinfo->context, AggState) ||
		 IsA(fcinfo->context, WindowAggState)))
		return st;
	copy = palloc(size);
	memcpy(copy, st, size);
	return copy;
}

ExpandedObjectHeader *
gl_eoh_of(Datum d, const ExpandedObjectMethods *m)
{
	ExpandedObjectHeader *eoh;

	if (!VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return NULL;
	eoh = DatumGetEOHP(d);
	if (eoh->eoh_methods != m)
		elog(ERROR, "greenlang: expanded object of an unexpected type");
	return eoh;
}

ExpandedObjectHeader *
gl_eoh_rw_arg(FunctionCallInfo fcinfo, int argno,
			  const ExpandedObjectMethods *m)
{
	Datum		d;

	if (PG_ARGISNULL(argno) || !AggCheckCallContext(fcinfo, NULL))
		return NULL;
	d = PG_GETARG_DATUM(argno);
	if (!VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
		return NULL;
	return gl_eoh_of(d, m);
}

Datum
gl_eoh_flatten(ExpandedObjectHeader *eoh)
{
	Size		sz = EOH_get_flat_size(eoh);
	void	   *flat = palloc(sz);

	EOH_flatten_into(eoh, flat, sz);
	return PointerGetDatum(flat);
}

/* ---------------------------------------------------------------------
 * Set-up
 * ------------------------------------------------------------------ */

/*
 * Large buffers of the cores (sorts, summaries) are written once from end
 * to end soon after they are allocated; on Linux they are advised for
 * transparent huge pages, so that a fresh backend takes one page fault per
 * 2 MB instead of one per 4 kB (with THP in "madvise" mode a fault cost
 * 12-17 us here, 15-22k of them per 1M+1M-row ks_drift).  Only the 2
 * MB-aligned interior of a buffer of at least 4 MB is advised; the advice
 * changes no byte, and where it is refused nothing else changes.
 */
#define GL_HUGE_ADVISE_MIN ((size_t) 4 << 20)
#define GL_HUGE_PAGE ((uintptr_t) 2 << 20)

static inline void *
pg_advise_huge(void *ptr, size_t size)
{
#ifdef MADV_HUGEPAGE
	if (size >= GL_HUGE_ADVISE_MIN)
	{
		uintptr_t	start = ((uintptr_t) ptr + GL_HUGE_PAGE - 1) & ~(GL_HUGE_PAGE - 1);
		uintptr_t	end = ((uintptr_t) ptr + size) & ~(GL_HUGE_PAGE - 1);

		if (end > start)
			(void) madvise((void *) start, end - start, MADV_HUGEPAGE);
	}
#endif
	return ptr;
}

static void *
pg_alloc(size_t size)
{
	return pg_advise_huge(MemoryContextAllocHuge(CurrentMemoryContext, size), size);
}

static void *
pg_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return pg_alloc(size);
	return pg_advise_huge(repalloc_huge(ptr, size), size);
}

static void
pg_free(void *ptr)
{
	pfree(ptr);
}

static void
pg_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
gl_base_init(void)
{
	static const gl_allocator pg_allocator = {pg_alloc, pg_realloc, pg_free};

	gl_set_allocator(&pg_allocator);
	gl_interrupt_hook = pg_interrupts;

	/*
	 * GSL's default error handler calls abort(), which would take the whole
	 * backend down.  With it off, GSL functions return error codes (or NaN)
	 * and the glue turns those into SQL errors.
	 */
	gsl_set_error_handler_off();
}
