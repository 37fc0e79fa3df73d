/*
 * counter/counter_text.c - the text form of a meter_counter: the settings,
 * then segments and single readings (see counter.h).
 */
#include "counter/counter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/textform.h"

#define NANO_PER_UNIT 1000000000

/* the exact decimal of q nano-units into buf (64 bytes) */
static int
nano_text(gl_nano q, char *buf)
{
	char		digits[48];
	int			n = 0;
	int			k = 0;
	unsigned __int128 a = q < 0 ? -(unsigned __int128) q : (unsigned __int128) q;
	int			i;

	do
	{
		digits[n++] = (char) ('0' + (int) (a % 10));
		a /= 10;
	} while (a > 0 || n < 10);
	/* digits[0..8] are the fraction, least significant first */
	if (q < 0)
		buf[k++] = '-';
	for (i = n - 1; i >= 9; i--)
		buf[k++] = digits[i];
	for (i = 0; i < 9 && digits[i] == '0'; i++)
		;
	if (i < 9)
	{
		int			j;

		buf[k++] = '.';
		for (j = 8; j >= i; j--)
			buf[k++] = digits[j];
	}
	buf[k] = '\0';
	return k;
}

/* a decimal "[-]digits[.digits]" (at most 9 decimals, |x| <= 1e27) */
static bool
parse_nano(const char *s, size_t len, gl_nano *out)
{
	size_t		i = 0;
	bool		neg = false;
	gl_nano		v = 0;
	int			decimals = 0;
	int			digits = 0;

	if (i < len && s[i] == '-')
	{
		neg = true;
		i++;
	}
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
	{
		v = v * 10 + (s[i] - '0');
		if (++digits > 28)
			return false;
	}
	if (digits == 0)
		return false;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (++decimals > 9)
				return false;
			v = v * 10 + (s[i] - '0');
		}
		if (decimals == 0)
			return false;
	}
	if (i != len)
		return false;
	for (; decimals < 9; decimals++)
		v *= 10;
	if (v > GL_COUNTER_MAX_NANO)
		return false;
	*out = neg ? -v : v;
	return true;
}

/* ---- text form ------------------------------------------------------------ */

static int
fail(gl_counter_text_error *err, int status, const char *token, size_t len)
{
	gl_trim(&token, &len);
	err->status = status;
	err->token = token;
	err->token_len = len;
	return status;
}

/* a whole item value as a strict decimal */
static bool
value_number(const gl_text_item *it, double *out)
{
	size_t		used;

	return gl_text_number(it->value, it->value_len, out, &used) == GL_TEXT_OK &&
		used == it->value_len;
}

static int
parse_header(const char *s, size_t len, gl_counter_opts *o,
			 gl_counter_text_error *err)
{
	gl_text_item items[4];
	gl_text_error te;
	int			n;
	const gl_text_item *u,
			   *d,
			   *r,
			   *t;

	if (gl_text_split(s, len, items, 4, &n, &te) != GL_TEXT_OK)
		return fail(err, GL_CNT_TEXT_HEADER, te.token, te.token_len);
	u = gl_text_get(items, n, "reading_unit");
	d = gl_text_get(items, n, "on_drop");
	r = gl_text_get(items, n, "rollover");
	t = gl_text_get(items, n, "glitch_tolerance");
	if (n != 4 || !u || !d || !r || !t)
		return fail(err, GL_CNT_TEXT_HEADER, s, len);
	memset(o, 0, sizeof(*o));
	o->unit = gl_unit_find_dim(u->value, u->value_len, GL_DIM_ENERGY, NULL);
	if (o->unit == NULL)
		return fail(err, GL_CNT_TEXT_HEADER, u->item, u->item_len);
	o->on_drop = gl_choice_find(&gl_counter_drop_choices, d->value, d->value_len);
	if (o->on_drop < 0)
		return fail(err, GL_CNT_TEXT_HEADER, d->item, d->item_len);
	if (r->value_len == 4 && memcmp(r->value, "none", 4) == 0)
		o->rollover = 0;
	else if (!value_number(r, &o->rollover) || o->rollover <= 0)
		return fail(err, GL_CNT_TEXT_HEADER, r->item, r->item_len);
	if (!value_number(t, &o->tolerance))
		return fail(err, GL_CNT_TEXT_HEADER, t->item, t->item_len);
	if (gl_counter_opts_prepare(o) != GL_CNT_OK)
		return fail(err, GL_CNT_TEXT_HEADER, s, len);
	return GL_CNT_OK;
}

/* "<ts> <reading>" at s[*i]: blanks before, a blank between */
static bool
parse_reading(const char *s, size_t len, size_t *i, gl_time *ts, double *v)
{
	size_t		used;

	while (*i < len && gl_is_blank(s[*i]))
		(*i)++;
	if ((used = gl_time_parse(s + *i, len - *i, ts)) == 0)
		return false;
	*i += used;
	if (*i >= len || !gl_is_blank(s[*i]))
		return false;
	if (gl_text_number(s + *i, len - *i, v, &used) != GL_TEXT_OK)
		return false;
	*i += used;
	return true;
}

/* the counts and consumption after "->" ... ":" */
static bool
parse_tail(const char *s, size_t len, gl_counter_seg *seg)
{
	static const char *const names[] = {"readings", "consumption", "resets",
	"rollovers", "suspect_drops"};
	int64_t    *counts[5];
	gl_text_item items[5];
	gl_text_error te;
	gl_nano		cons = 0;
	int			n,
				k;

	counts[0] = &seg->readings;
	counts[1] = NULL;
	counts[2] = &seg->resets;
	counts[3] = &seg->rollovers;
	counts[4] = &seg->suspect_drops;
	if (gl_text_split(s, len, items, 5, &n, &te) != GL_TEXT_OK || n != 5)
		return false;
	for (k = 0; k < 5; k++)
	{
		const gl_text_item *it = gl_text_get(items, n, names[k]);

		if (it == NULL)
			return false;
		if (counts[k] == NULL)
		{
			if (!parse_nano(it->value, it->value_len, &cons))
				return false;
		}
		else if (gl_text_count(it->value, it->value_len, counts[k]) != it->value_len)
			return false;
	}
	gl_counter_seg_set_consumption(seg, cons);
	return true;
}

/* one piece s[0, len): a point (*is_point) or a segment */
static bool
parse_piece(const char *s, size_t len, gl_counter_seg *seg, bool *is_point)
{
	size_t		i = 0;

	memset(seg, 0, sizeof(*seg));
	if (!parse_reading(s, len, &i, &seg->first_ts, &seg->first_v))
		return false;
	while (i < len && gl_is_blank(s[i]))
		i++;
	if (i == len)
	{
		*is_point = true;
		seg->last_ts = seg->first_ts;
		seg->last_v = seg->first_v;
		seg->readings = 1;
		return true;
	}
	*is_point = false;
	if (i + 2 > len || s[i] != '-' || s[i + 1] != '>')
		return false;
	i += 2;
	if (!parse_reading(s, len, &i, &seg->last_ts, &seg->last_v))
		return false;
	if (i >= len || s[i] != ':')
		return false;
	return parse_tail(s + i + 1, len - i - 1, seg);
}

static size_t
piece_len(const char *s)
{
	const char *e = strchr(s, ';');

	return e ? (size_t) (e - s) : strlen(s);
}

int
gl_counter_parse(const char *str, gl_counter *c, gl_counter_text_error *err)
{
	gl_counter_opts o;
	const char *p = str;
	int			rc = parse_header(p, piece_len(p), &o, err);

	if (rc != GL_CNT_OK)
		return rc;
	rc = gl_counter_init(c, &o, 8);
	if (rc != GL_CNT_OK)
		return fail(err, rc, str, 0);
	p += piece_len(p);
	while (*p == ';')
	{
		size_t		len;
		gl_counter_seg seg;
		bool		is_point;

		p++;
		len = piece_len(p);
		if (!parse_piece(p, len, &seg, &is_point))
			rc = GL_CNT_TEXT_PIECE;
		else if (gl_counter_seg_check(&c->opts, &seg) != GL_CNT_OK)
			rc = GL_CNT_TEXT_INVALID;
		else if (is_point)
			rc = gl_counter_add(c, seg.first_ts, seg.first_v);
		else
			rc = gl_counter_add_segs(c, &seg, 1);
		if (rc != GL_CNT_OK)
		{
			gl_counter_free(c);
			return fail(err, rc, p, len);
		}
		p += len;
		gl_check_interrupts();
	}
	return GL_CNT_OK;
}

char *
gl_counter_format(const gl_counter_opts *o, const gl_counter_seg *segs,
				  size_t nsegs, const gl_counter_point *pts, size_t npts,
				  gl_counter_fmt_double fmt)
{
	size_t		size = 256 + nsegs * 400 + npts * 80;
	char	   *buf = gl_alloc(size);
	size_t		k;
	size_t		i;
	char		a[64];
	char		b[64];
	char		t1[GL_TIME_TEXT_MAX];
	char		t2[GL_TIME_TEXT_MAX];

	if (buf == NULL)
		return NULL;
	gl_counter_opts_text(o, fmt, buf, size);
	k = strlen(buf);
	for (i = 0; i < nsegs; i++)
	{
		const gl_counter_seg *s = &segs[i];
		char		q[64];

		gl_time_format(s->first_ts, t1);
		gl_time_format(s->last_ts, t2);
		fmt(s->first_v, a);
		fmt(s->last_v, b);
		nano_text(gl_counter_seg_consumption(s), q);
		k += (size_t) snprintf(buf + k, size - k,
							   "; %s %s -> %s %s: readings=%lld, consumption=%s, resets=%lld, rollovers=%lld, suspect_drops=%lld",
							   t1, a, t2, b, (long long) s->readings, q,
							   (long long) s->resets, (long long) s->rollovers,
							   (long long) s->suspect_drops);
	}
	for (i = 0; i < npts; i++)
	{
		gl_time_format(pts[i].ts, t1);
		fmt(pts[i].v, a);
		k += (size_t) snprintf(buf + k, size - k, "; %s %s", t1, a);
		if ((i & 4095) == 4095)
			gl_check_interrupts();
	}
	return buf;
}
