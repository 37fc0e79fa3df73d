/*
 * drift/drift.c - the two-sample summary of ks_drift and psi: options,
 * buffer and compaction, merge, text form, statuses (see drift.h).
 */
#include "drift/drift.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"

/* interrupts are checked once per this many points in the long loops */
#define DRIFT_CHUNK 4096

/* ----------------------------------------------------------------------
 * Names
 * ---------------------------------------------------------------------- */

static const gl_choice alternative_items[] = {
	{"two-sided", GL_KS_TWO_SIDED},
	{"less", GL_KS_LESS},
	{"greater", GL_KS_GREATER},
};
const gl_choices gl_drift_alternatives =
GL_CHOICES("alternative hypothesis", alternative_items);

static const gl_choice method_items[] = {
	{"auto", GL_KS_AUTO},
	{"exact", GL_KS_EXACT},
	{"asymp", GL_KS_ASYMP},
};
const gl_choices gl_drift_methods = GL_CHOICES("test method", method_items);

/* the tests, as the text form names them */
static const gl_choice kind_items[] = {
	{"ks", GL_DRIFT_KS},
	{"psi", GL_DRIFT_PSI},
};
static const gl_choices kinds = GL_CHOICES("test", kind_items);

/* ----------------------------------------------------------------------
 * Statuses
 * ---------------------------------------------------------------------- */

#define TEXT_MESSAGE "invalid input syntax for type drift_state: \"{name}\""
#define TEXT_HINT "Write ks(alternative,method) or psi(bins), then the points " \
	"value:n_baseline:n_current in braces, separated by commas."

static const gl_status drift_items[] = {
	{GL_DRIFT_E_TEXT_KIND, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"A drift_state starts with \"ks(\" or \"psi(\", not \"{item}\".",
	TEXT_HINT},
	{GL_DRIFT_E_TEXT_EXPECTED, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Expected \"{extra}\" at \"{item}\".",
	TEXT_HINT},
	{GL_DRIFT_E_TEXT_END, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Expected \"{extra}\" at the end of the text.",
	TEXT_HINT},
	{GL_DRIFT_E_TEXT_CHOICE, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Unknown {extra} \"{item}\".",
	"Valid names of the {extra}: {list} (case and \"_\" or \"-\" do not matter)."},
	{GL_DRIFT_E_TEXT_BINS, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"The number of bins must be an integer from 2 to 2147483647, not \"{item}\".",
	"Write psi(10) for 10 bins, the usual choice."},
	{GL_DRIFT_E_TEXT_COUNT, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"\"{item}\" is not a count (an integer from 0 to 2147483647).",
	TEXT_HINT},
	{GL_DRIFT_E_TEXT_COUNT_RANGE, GL_ERR_RANGE, NULL,
		"value out of range in input for type drift_state: \"{name}\"",
		"The count \"{item}\" is above 2147483647.",
	"Split a larger count over points of the same value, e.g. 1:2147483647:0,1:5:0."},
	{GL_DRIFT_E_TEXT_TRAILING, GL_ERR_TEXT, NULL, TEXT_MESSAGE,
		"Unexpected text after the closing brace: \"{item}\".",
	TEXT_HINT},
	{GL_DRIFT_E_BINARY_OPTIONS, GL_ERR_BINARY, NULL,
		"invalid binary drift_state value",
		"The test or its options are not valid.",
	"Send it from a server with the same greenlang version."},
	{GL_DRIFT_E_BINARY_POINT, GL_ERR_BINARY, NULL,
		"invalid binary drift_state value",
		"A point has a NaN or infinite value or a negative count.", NULL},
	{GL_DRIFT_E_BINS, GL_ERR_PARAM, "bins",
		"{arg} must be at least 2, not {value}", NULL,
	"Pass 2 or more bins; 10 is the usual choice."},
	{GL_DRIFT_E_OPTIONS_CHANGED, GL_ERR_PARAM, NULL,
		"{arg} must be the same on every row",
		"A row asks for {name} after rows that asked for {extra}.",
	"Pass the options as constants, e.g. ks_drift(value, is_current, 'less') or psi(value, is_current, 20)."},
	{GL_DRIFT_E_COMBINE_OPTIONS, GL_ERR_PARAM, NULL,
		"states to combine must have the same test and options, not {name} and {extra}",
		NULL,
	"Combine only states made by one aggregate with the same options."},
	{GL_DRIFT_E_WRONG_KIND, GL_ERR_PARAM, "state",
		"{arg} must be a {extra} state, not a {name} state", NULL,
	"Use a state made by {extra}."},
	{GL_DRIFT_E_TOO_LARGE, GL_ERR_LIMIT, NULL,
		"drift_state too large: {value} distinct values", NULL,
	"Round the values to fewer distinct ones, or split the rows into groups."},
	{GL_DRIFT_E_TOO_LARGE_TO_STORE, GL_ERR_LIMIT, NULL,
		"drift_state too large to store: {value} distinct values",
		"A stored drift_state holds at most 67108862 distinct values.",
	"Round the values to fewer distinct ones, or split the rows into groups."},
	{GL_DRIFT_E_NOMEM, GL_ERR_LIMIT, NULL,
		"drift_state too large for the memory available", NULL,
	"Round the values to fewer distinct ones, or split the rows into groups."},
	{GL_DRIFT_E_CORRUPT, GL_ERR_CORRUPT, NULL,
		"invalid drift_state value",
		"Its points are not sorted by value or hold a NaN value or a negative count.",
	NULL},
	{GL_DRIFT_E_EXACT_TOO_LARGE, GL_ERR_LIMIT, NULL,
		"samples too large for the exact method: {extra}",
		"The exact test is refused when min(n1, n2) * (n1 + n2) exceeds 4e9.",
	"Use method \"auto\" or \"asymp\"."},
	{GL_DRIFT_E_SAMPLES_OVERFLOW, GL_ERR_LIMIT, NULL,
		"drift_state too large: more observations than a bigint counts", NULL,
	"Split the rows into groups."},
	{GL_DRIFT_E_NUMERIC, GL_ERR_INTERNAL, NULL,
		"{extra}: a numerical routine failed", NULL, NULL},
};

const gl_status_table gl_drift_statuses = GL_STATUS_TABLE("drift", drift_items);

int
gl_drift_stats_status(int stats_status)
{
	switch (stats_status)
	{
		case GL_STATS_OK:
		case GL_STATS_E_EMPTY:
		case GL_STATS_E_NUMERIC:
		case GL_STATS_E_CONFIDENCE:
		case GL_STATS_E_BINS:
			/* not drift's to word: gl_stats_statuses has them */
			return GL_DRIFT_OK;
		case GL_STATS_E_PARAM:
		case GL_STATS_E_UNSORTED:
			return GL_DRIFT_E_CORRUPT;
		case GL_STATS_E_TOO_LARGE:
			return GL_DRIFT_E_EXACT_TOO_LARGE;
		case GL_STATS_E_OVERFLOW:
			return GL_DRIFT_E_SAMPLES_OVERFLOW;
		case GL_STATS_E_NOMEM:
			return GL_DRIFT_E_NOMEM;
		default:
			return GL_DRIFT_E_NUMERIC;	/* a code this map does not know */
	}
}

char *
gl_drift_sizes_text(int64_t n1, int64_t n2, char *buf)
{
	snprintf(buf, GL_DRIFT_SIZES_LEN, "%lld baseline and %lld current observations",
			 (long long) n1, (long long) n2);
	return buf;
}

/* ----------------------------------------------------------------------
 * Options
 * ---------------------------------------------------------------------- */

bool
gl_drift_opts_valid(const gl_drift_opts *o)
{
	if (o->kind == GL_DRIFT_KS)
		return o->alt >= GL_KS_TWO_SIDED && o->alt <= GL_KS_GREATER &&
			o->method >= GL_KS_AUTO && o->method <= GL_KS_ASYMP && o->bins == 0;
	if (o->kind == GL_DRIFT_PSI)
		return o->alt == 0 && o->method == 0 && o->bins >= 2;
	return false;
}

bool
gl_drift_opts_equal(const gl_drift_opts *a, const gl_drift_opts *b)
{
	return a->kind == b->kind && a->alt == b->alt &&
		a->method == b->method && a->bins == b->bins;
}

int
gl_drift_check_bins(int64_t bins)
{
	return (bins < 2 || bins > INT32_MAX) ? GL_DRIFT_E_BINS : GL_DRIFT_OK;
}

const char *
gl_drift_opts_diff(const gl_drift_opts *a, const gl_drift_opts *b)
{
	if (a->kind != b->kind)
		return "state";
	if (a->alt != b->alt)
		return "alternative";
	if (a->method != b->method)
		return "method";
	if (a->bins != b->bins)
		return "bins";
	return NULL;
}

bool
gl_drift_psi_enough(int64_t n1, int64_t n2, int32_t bins)
{
	return n1 >= bins && n2 >= bins;
}

const char *
gl_drift_kind_name(int kind)
{
	return kind == GL_DRIFT_KS ? "ks_drift" : "psi";
}

char *
gl_drift_opts_text(const gl_drift_opts *o, char *buf)
{
	if (o->kind == GL_DRIFT_KS)
	{
		const char *alt = gl_choice_name(&gl_drift_alternatives, o->alt);
		const char *method = gl_choice_name(&gl_drift_methods, o->method);

		snprintf(buf, GL_DRIFT_OPTS_LEN, "ks(%s,%s)", alt ? alt : "?",
				 method ? method : "?");
	}
	else
		snprintf(buf, GL_DRIFT_OPTS_LEN, "psi(%ld)", (long) o->bins);
	return buf;
}

/* ----------------------------------------------------------------------
 * Text form: parsing
 * ---------------------------------------------------------------------- */

typedef struct parser
{
	const char *p;				/* the next character */
	gl_drift_text_error *err;
} parser;

static int
text_fail(parser *ps, int status, const char *token, size_t len,
		  const char *extra)
{
	ps->err->status = status;
	ps->err->token = token;
	ps->err->token_len = len;
	ps->err->extra = extra;
	return status;
}

static void
skip_blanks(parser *ps)
{
	while (gl_is_blank(*ps->p))
		ps->p++;
}

/* the mark c (after blanks), or a status saying where it is missing */
static int
expect(parser *ps, char c, const char *mark)
{
	skip_blanks(ps);
	if (*ps->p == c)
	{
		ps->p++;
		return GL_DRIFT_OK;
	}
	if (*ps->p == '\0')
		return text_fail(ps, GL_DRIFT_E_TEXT_END, ps->p, 0, mark);
	return text_fail(ps, GL_DRIFT_E_TEXT_EXPECTED, ps->p, strlen(ps->p), mark);
}

static bool
is_mark(char c)
{
	return c == '(' || c == ')' || c == ',' || c == ':' || c == '{' ||
		c == '}' || c == '\0';
}

/* the token from here to the next mark, blanks trimmed */
static const char *
token(parser *ps, size_t *len)
{
	const char *start;
	size_t		n;

	skip_blanks(ps);
	start = ps->p;
	while (!is_mark(*ps->p))
		ps->p++;
	n = (size_t) (ps->p - start);
	gl_trim(&start, &n);
	*len = n;
	return start;
}

/* a name of choice set c, by the name rule; what: "alternative", ... */
static int
choice(parser *ps, const gl_choices *c, const char *what, int *out)
{
	size_t		len;
	const char *s = token(ps, &len);
	int			v = gl_choice_find(c, s, len);

	if (v < 0)
	{
		ps->err->choices = c;
		return text_fail(ps, GL_DRIFT_E_TEXT_CHOICE, s, len, what);
	}
	*out = v;
	return GL_DRIFT_OK;
}

/* digits only: the integer (saturated above INT32_MAX), or -1 */
static int64_t
digits_value(const char *s, size_t len)
{
	int64_t		v = 0;
	size_t		i;

	if (len == 0)
		return -1;
	for (i = 0; i < len; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (v <= INT32_MAX)
			v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
count(parser *ps, int64_t *out)
{
	size_t		len;
	const char *s = token(ps, &len);
	int64_t		v = digits_value(s, len);

	if (v < 0)
		return text_fail(ps, GL_DRIFT_E_TEXT_COUNT, s, len, NULL);
	if (v > INT32_MAX)
		return text_fail(ps, GL_DRIFT_E_TEXT_COUNT_RANGE, s, len, NULL);
	*out = v;
	return GL_DRIFT_OK;
}

static int
value(parser *ps, double *out)
{
	size_t		len;
	const char *s = token(ps, &len);
	size_t		used = 0;
	gl_text_status st = gl_text_number(s, len, out, &used);

	if (st == GL_TEXT_OK && used != len)
		st = GL_TEXT_BAD_NUMBER;
	if (st != GL_TEXT_OK)
	{
		ps->err->text.status = st;
		ps->err->text.token = s;
		ps->err->text.token_len = len;
		return text_fail(ps, GL_DRIFT_E_TEXT_NUMBER, s, len, NULL);
	}
	return GL_DRIFT_OK;
}

/* "ks(alternative,method)" or "psi(bins)" */
static int
parse_opts(parser *ps, gl_drift_opts *o)
{
	const char *start;
	size_t		len;
	int			rc;

	skip_blanks(ps);
	start = ps->p;
	while ((*ps->p >= 'a' && *ps->p <= 'z') || (*ps->p >= 'A' && *ps->p <= 'Z') ||
		   (*ps->p >= '0' && *ps->p <= '9') || *ps->p == '_' || *ps->p == '-')
		ps->p++;
	len = (size_t) (ps->p - start);
	o->kind = gl_choice_find(&kinds, start, len);
	if (o->kind < 0)
		return text_fail(ps, GL_DRIFT_E_TEXT_KIND, start, strlen(start), NULL);
	if ((rc = expect(ps, '(', "(")) != GL_DRIFT_OK)
		return rc;
	if (o->kind == GL_DRIFT_KS)
	{
		if ((rc = choice(ps, &gl_drift_alternatives, "alternative", &o->alt)) != GL_DRIFT_OK ||
			(rc = expect(ps, ',', ",")) != GL_DRIFT_OK ||
			(rc = choice(ps, &gl_drift_methods, "method", &o->method)) != GL_DRIFT_OK)
			return rc;
	}
	else
	{
		const char *s = token(ps, &len);
		int64_t		bins = digits_value(s, len);

		if (bins < 0 || gl_drift_check_bins(bins) != GL_DRIFT_OK)
			return text_fail(ps, GL_DRIFT_E_TEXT_BINS, s, len, NULL);
		o->bins = (int32_t) bins;
	}
	return expect(ps, ')', ")");
}

/* "{value:n1:n2, ...}" */
static int
parse_points(parser *ps, gl_drift_summary *s)
{
	int			rc;
	size_t		k = 0;

	if ((rc = expect(ps, '{', "{")) != GL_DRIFT_OK)
		return rc;
	skip_blanks(ps);
	if (*ps->p == '}')
	{
		ps->p++;
		return GL_DRIFT_OK;
	}
	for (;;)
	{
		double		v;
		int64_t		n1;
		int64_t		n2;

		if ((rc = value(ps, &v)) != GL_DRIFT_OK ||
			(rc = expect(ps, ':', ":")) != GL_DRIFT_OK ||
			(rc = count(ps, &n1)) != GL_DRIFT_OK ||
			(rc = expect(ps, ':', ":")) != GL_DRIFT_OK ||
			(rc = count(ps, &n2)) != GL_DRIFT_OK ||
			(rc = gl_drift_add_point(s, v, n1, n2)) != GL_DRIFT_OK)
			return rc;
		if (++k % DRIFT_CHUNK == 0)
			gl_check_interrupts();
		skip_blanks(ps);
		if (*ps->p != ',')
			return expect(ps, '}', "}");
		ps->p++;
	}
}

int
gl_drift_parse(const char *str, gl_drift_opts *opts, gl_drift_summary *s,
			   gl_drift_text_error *err)
{
	parser		ps;
	int			rc;

	memset(opts, 0, sizeof(*opts));
	memset(err, 0, sizeof(*err));
	ps.p = str;
	ps.err = err;
	rc = gl_drift_init(s, GL_DRIFT_INITIAL_CAP);
	if (rc == GL_DRIFT_OK)
		rc = parse_opts(&ps, opts);
	if (rc == GL_DRIFT_OK)
		rc = parse_points(&ps, s);
	if (rc == GL_DRIFT_OK)
	{
		skip_blanks(&ps);
		if (*ps.p != '\0')
			rc = text_fail(&ps, GL_DRIFT_E_TEXT_TRAILING, ps.p, strlen(ps.p), NULL);
	}
	if (rc == GL_DRIFT_OK)
		rc = gl_drift_compact(s);
	if (rc != GL_DRIFT_OK)
	{
		gl_drift_free(s);
		return rc;
	}
	return GL_DRIFT_OK;
}

void
gl_drift_text_args(const gl_drift_text_error *err, const char *str,
				   gl_status_args *a, char *listbuf, size_t listlen)
{
	memset(a, 0, sizeof(*a));
	a->name = str;
	a->namelen = strlen(str);
	a->item = err->token;
	a->itemlen = err->token_len;
	a->extra = err->extra;
	if (err->choices != NULL)
		a->list = gl_choices_list(err->choices, listbuf, listlen);
}

/* ----------------------------------------------------------------------
 * Text form: printing
 * ---------------------------------------------------------------------- */

typedef struct outbuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} outbuf;

/* room for n more bytes and the final NUL; false when out of memory */
static bool
out_room(outbuf *o, size_t n)
{
	size_t		cap;
	char	   *d;

	if (o->cap - o->len > n)
		return true;
	cap = o->cap * 2;
	if (cap < o->len + n + 1)
		cap = o->len + n + 1;
	d = (char *) gl_realloc(o->data, cap);
	if (d == NULL)
		return false;
	o->data = d;
	o->cap = cap;
	return true;
}

static void
out_str(outbuf *o, const char *s)
{
	size_t		n = strlen(s);

	memcpy(o->data + o->len, s, n);
	o->len += n;
}

/* a count, 0 .. INT32_MAX */
static void
out_count(outbuf *o, int32_t c)
{
	char		tmp[12];
	int			i = 0;
	uint32_t	u = (uint32_t) c;

	do
	{
		tmp[i++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0);
	while (i > 0)
		o->data[o->len++] = tmp[--i];
}

char *
gl_drift_format(const gl_drift_opts *opts, const gl_ks_point *p, size_t n,
				gl_drift_dtoa dtoa, size_t *len)
{
	outbuf		o = {NULL, 0, 0};
	char		head[GL_DRIFT_OPTS_LEN];
	size_t		i;

	/* a point takes at most 25 + 1 + 10 + 1 + 10 + 1 bytes */
	if (!out_room(&o, GL_DRIFT_OPTS_LEN + 2 + (n < 1024 ? n : 1024) * 30))
		return NULL;
	out_str(&o, gl_drift_opts_text(opts, head));
	o.data[o.len++] = '{';
	for (i = 0; i < n; i++)
	{
		char		num[GL_DRIFT_DTOA_LEN];

		if (!out_room(&o, GL_DRIFT_DTOA_LEN + 24))
		{
			gl_free(o.data);
			return NULL;
		}
		if (i > 0)
			o.data[o.len++] = ',';
		out_str(&o, dtoa(p[i].value, num));
		o.data[o.len++] = ':';
		out_count(&o, p[i].n1);
		o.data[o.len++] = ':';
		out_count(&o, p[i].n2);
		if ((i + 1) % DRIFT_CHUNK == 0)
			gl_check_interrupts();
	}
	o.data[o.len++] = '}';
	o.data[o.len] = '\0';
	*len = o.len;
	return o.data;
}
