/*
 * drift/summary.c - the working summary of ks_drift and psi: points, the
 * rows' values in two buffers, their sorting and folding into canonical
 * points, merge (see drift.h).
 */
#include "drift/drift.h"

#include <math.h>
#include <string.h>

#include "base/alloc.h"
#include "base/radix.h"

/* interrupts are checked once per this many values in the long loops */
#define SUM_CHUNK 4096

/* the most values a buffer of one sample's rows holds */
#define MAX_ROWS ((SIZE_MAX / 2) / sizeof(double))

/* ----------------------------------------------------------------------
 * Buffers: those of 2 MB or more aligned to 2 MB and offered huge pages
 * ---------------------------------------------------------------------- */

/*
 * A buffer is filled once it is allocated, and on a VM a 4 kB page fault
 * can cost tens of microseconds: 2M rows touch some 60 MB, 15,000 faults
 * in 4 kB pages.  A buffer of 2 MB or more is therefore placed at a 2 MB
 * boundary inside a block 2 MB larger (the pointer to the block stored
 * just before it; the slack is never touched) and advised for huge pages,
 * so that it faults in 2 MB at a time.  Its size (from the summary's
 * capacities) says which kind a buffer is.
 */
#define BIG_BUF ((size_t) 2 << 20)

static void *
buf_alloc(size_t size)
{
	char	   *raw;
	char	   *p;

	if (size < BIG_BUF)
		return gl_alloc(size);
	if (size > SIZE_MAX - 2 * BIG_BUF)
		return NULL;
	raw = (char *) gl_alloc(size + BIG_BUF);
	if (raw == NULL)
		return NULL;
	p = (char *) (((uintptr_t) raw + sizeof(void *) + BIG_BUF - 1) & ~(uintptr_t) (BIG_BUF - 1));
	memcpy(p - sizeof(void *), &raw, sizeof(void *));
	gl_advise_fill(p, size);
	return p;
}

static void
buf_free(void *p, size_t size)
{
	void	   *raw;

	if (p == NULL)
		return;
	if (size < BIG_BUF)
	{
		gl_free(p);
		return;
	}
	memcpy(&raw, (char *) p - sizeof(void *), sizeof(void *));
	gl_free(raw);
}

/* the buffer p of oldsize bytes resized, its first keep bytes kept */
static void *
buf_realloc(void *p, size_t oldsize, size_t newsize, size_t keep)
{
	void	   *n;

	if (oldsize < BIG_BUF && newsize < BIG_BUF)
		return gl_realloc(p, newsize);
	n = buf_alloc(newsize);
	if (n == NULL)
		return NULL;
	if (keep > 0)
		memcpy(n, p, keep);
	buf_free(p, oldsize);
	return n;
}

/* ----------------------------------------------------------------------
 * Sorting values
 * ---------------------------------------------------------------------- */

#define RADIX_MIN 1024

#define VALUE_KEY(v) gl_double_key(v)
GL_DEFINE_RADIX_SORT(radix_sort_values, double, VALUE_KEY)

/* sift p[i] down the max-heap p[0 .. n) */
static void
sift_down(double *p, size_t i, size_t n)
{
	double		x = p[i];

	for (;;)
	{
		size_t		c = 2 * i + 1;

		if (c >= n)
			break;
		if (c + 1 < n && p[c + 1] > p[c])
			c++;
		if (!(p[c] > x))
			break;
		p[i] = p[c];
		i = c;
	}
	p[i] = x;
}

/* in-place heapsort: the few values (below RADIX_MIN) of a small buffer */
static void
heapsort_values(double *p, size_t n)
{
	size_t		i;

	if (n < 2)
		return;
	for (i = n / 2; i-- > 0;)
		sift_down(p, i, n);
	for (i = n - 1; i > 0; i--)
	{
		double		t = p[0];

		p[0] = p[i];
		p[i] = t;
		sift_down(p, 0, i);
	}
}

void
gl_drift_sort_values(double *v, size_t n, double *tmp)
{
	if (n < RADIX_MIN || tmp == NULL)
		heapsort_values(v, n);
	else
		radix_sort_values(v, n, tmp);
}

/* ----------------------------------------------------------------------
 * Points
 * ---------------------------------------------------------------------- */

int
gl_drift_init(gl_drift_summary *s, size_t cap)
{
	memset(s, 0, sizeof(*s));
	if (cap < GL_DRIFT_INITIAL_CAP)
		cap = GL_DRIFT_INITIAL_CAP;
	if (cap > GL_DRIFT_MAX_POINTS)
		return GL_DRIFT_E_TOO_LARGE;
	s->pts = (gl_ks_point *) buf_alloc(cap * sizeof(gl_ks_point));
	if (s->pts == NULL)
		return GL_DRIFT_E_NOMEM;
	s->cap = cap;
	return GL_DRIFT_OK;
}

int
gl_drift_init_copy(gl_drift_summary *s, const gl_ks_point *p, size_t n)
{
	int			rc = gl_drift_init(s, n);

	if (rc != GL_DRIFT_OK)
		return rc;
	if (n > 0)
		memcpy(s->pts, p, n * sizeof(gl_ks_point));
	s->npts = n;
	s->nsorted = n;
	return GL_DRIFT_OK;
}

static void
free_rows(gl_drift_summary *s)
{
	int			k;

	for (k = 0; k < 2; k++)
	{
		buf_free(s->rows[k].v, s->rows[k].cap * sizeof(double));
		memset(&s->rows[k], 0, sizeof(s->rows[k]));
	}
	buf_free(s->scratch, s->scratch_cap * sizeof(double));
	s->scratch = NULL;
	s->scratch_cap = 0;
}

void
gl_drift_free(gl_drift_summary *s)
{
	buf_free(s->pts, s->cap * sizeof(gl_ks_point));
	free_rows(s);
	memset(s, 0, sizeof(*s));
}

int
gl_drift_reserve(gl_drift_summary *s, size_t need)
{
	size_t		newcap;
	gl_ks_point *pts;

	if (s->cap - s->npts >= need)
		return GL_DRIFT_OK;
	if (need > GL_DRIFT_MAX_POINTS - s->npts)
		return GL_DRIFT_E_TOO_LARGE;
	newcap = s->cap <= GL_DRIFT_MAX_POINTS / 2 ? s->cap * 2 : GL_DRIFT_MAX_POINTS;
	if (newcap < s->npts + need)
		newcap = s->npts + need;
	pts = (gl_ks_point *) buf_realloc(s->pts, s->cap * sizeof(gl_ks_point),
									  newcap * sizeof(gl_ks_point),
									  s->npts * sizeof(gl_ks_point));
	if (pts == NULL)
		return GL_DRIFT_E_NOMEM;
	s->pts = pts;
	s->cap = newcap;
	return GL_DRIFT_OK;
}

int
gl_drift_add_point(gl_drift_summary *s, double v, int64_t n1, int64_t n2)
{
	if (isnan(v) || isinf(v) || n1 < 0 || n2 < 0 || n1 > INT32_MAX ||
		n2 > INT32_MAX)
		return GL_DRIFT_E_BINARY_POINT;
	return gl_drift_push(s, v, (int32_t) n1, (int32_t) n2);
}

/* ----------------------------------------------------------------------
 * The rows' values
 * ---------------------------------------------------------------------- */

/* a scratch buffer of at least n doubles (its content is not kept) */
static bool
scratch_for(gl_drift_summary *s, size_t n)
{
	double	   *p;

	if (s->scratch_cap >= n)
		return true;
	buf_free(s->scratch, s->scratch_cap * sizeof(double));
	s->scratch = NULL;
	s->scratch_cap = 0;
	p = (double *) buf_alloc(n * sizeof(double));
	if (p == NULL)
		return false;
	s->scratch = p;
	s->scratch_cap = n;
	return true;
}

/*
 * Sort buffer r: its unsorted tail sorted and merged with its sorted
 * prefix through the scratch buffer (which then changes places with r's).
 * Returns false when out of memory (r unchanged).
 */
static bool
sort_rows(gl_drift_summary *s, gl_drift_values *r)
{
	size_t		a = r->nsorted;
	size_t		n = r->n;
	double	   *out;
	size_t		i = 0;
	size_t		j;
	size_t		k = 0;
	double	   *t;
	size_t		tc;

	if (a == n)
		return true;
	if (!scratch_for(s, n))
		return false;
	/* a tail already in order (runs absorbed from workers) is not sorted */
	if (!gl_drift_run_valid(r->v + a, n - a))
		gl_drift_sort_values(r->v + a, n - a, s->scratch);
	if (a == 0 || r->v[a - 1] <= r->v[a])
	{
		r->nsorted = n;
		return true;
	}
	/* the two sorted runs merged into the scratch buffer */
	out = s->scratch;
	j = a;
	while (i < a && j < n)
	{
		size_t		end = k + SUM_CHUNK;

		while (k < end && i < a && j < n)
			out[k++] = (r->v[j] < r->v[i]) ? r->v[j++] : r->v[i++];
		gl_check_interrupts();
	}
	memcpy(out + k, r->v + i, (a - i) * sizeof(double));
	k += a - i;
	memcpy(out + k, r->v + j, (n - j) * sizeof(double));
	t = r->v;
	tc = r->cap;
	r->v = s->scratch;
	r->cap = s->scratch_cap;
	s->scratch = t;
	s->scratch_cap = tc;
	r->nsorted = n;
	return true;
}

/*
 * Fold the (sorted) buffers into the points: the canonical form of the
 * canonical points and the values, one pass; the buffers are then empty.
 * GL_DRIFT_OK, _NOMEM, _TOO_LARGE (nothing changed then).
 */
static int
fold_rows(gl_drift_summary *s)
{
	const gl_ks_point *p = s->pts;
	size_t		np = s->npts;
	const double *x = s->rows[0].v;
	size_t		nx = s->rows[0].n;
	const double *y = s->rows[1].v;
	size_t		ny = s->rows[1].n;
	size_t		i = 0;
	size_t		jx = 0;
	size_t		jy = 0;
	size_t		w = 0;
	size_t		cap;
	size_t		runs = 0;
	gl_ks_point *out;

	if (nx + ny == 0)
		return GL_DRIFT_OK;
	if (nx + ny > GL_DRIFT_MAX_POINTS - np)
		return GL_DRIFT_E_TOO_LARGE;
	/* one point a value at most, and a point of p can split no further */
	cap = np + nx + ny;
	out = (gl_ks_point *) buf_alloc(cap * sizeof(gl_ks_point));
	if (out == NULL)
		return GL_DRIFT_E_NOMEM;
	while (i < np || jx < nx || jy < ny)
	{
		double		v = INFINITY;
		int64_t		c1 = 0;
		int64_t		c2 = 0;
		bool		any = false;

		/* the smallest head (values are finite) */
		if (i < np)
			v = p[i].value, any = true;
		if (jx < nx && (!any || x[jx] < v))
			v = x[jx], any = true;
		if (jy < ny && (!any || y[jy] < v))
			v = y[jy];
		while (i < np && p[i].value == v)
		{
			c1 += p[i].n1;
			c2 += p[i].n2;
			i++;
		}
		while (jx < nx && x[jx] == v)
			c1++, jx++;
		while (jy < ny && y[jy] == v)
			c2++, jy++;
		w += gl_ks_emit_points(out + w, v, c1, c2);
		if ((++runs & (SUM_CHUNK - 1)) == 0)
			gl_check_interrupts();
	}
	/* ties merged many values: give back what the points do not use */
	if (cap > 2 * w + GL_DRIFT_INITIAL_CAP)
	{
		size_t		keep = w + GL_DRIFT_INITIAL_CAP;
		gl_ks_point *shrunk = (gl_ks_point *) buf_realloc(out, cap * sizeof(gl_ks_point),
														  keep * sizeof(gl_ks_point),
														  w * sizeof(gl_ks_point));

		if (shrunk != NULL)
		{
			out = shrunk;
			cap = keep;
		}
	}
	buf_free(s->pts, s->cap * sizeof(gl_ks_point));
	s->pts = out;
	s->npts = w;
	s->nsorted = w;
	s->cap = cap;
	s->rows[0].n = s->rows[0].nsorted = 0;
	s->rows[1].n = s->rows[1].nsorted = 0;
	return GL_DRIFT_OK;
}

/* the points canonical (input points may have an unsorted tail) */
static void
canonical_points(gl_drift_summary *s)
{
	if (s->nsorted == s->npts)
		return;
	s->npts = gl_ks_points_canonicalize(s->pts, s->npts);
	s->nsorted = s->npts;
}

/* how many values of sorted v[0 .. n) repeat the one before them */
static size_t
repeats(const double *v, size_t n)
{
	size_t		i;
	size_t		r = 0;

	for (i = 1; i < n; i++)
	{
		r += (v[i] == v[i - 1]);
		if ((i & (SUM_CHUNK - 1)) == 0)
			gl_check_interrupts();
	}
	return r;
}

int
gl_drift_rows_reserve(gl_drift_summary *s, int k)
{
	gl_drift_values *r = &s->rows[k];
	size_t		newcap;
	double	   *v;

	if (r->n < r->cap)
		return GL_DRIFT_OK;
	if (r->n > 0 && r->n >= r->next_check)
	{
		/* sorted, do the values repeat enough to fold them into points? */
		if (!sort_rows(s, r))
			return GL_DRIFT_E_NOMEM;
		if (repeats(r->v, r->n) >= r->n / 4)
		{
			gl_drift_values *o = &s->rows[1 - k];
			int			rc;

			if (!sort_rows(s, o))
				return GL_DRIFT_E_NOMEM;
			canonical_points(s);
			rc = fold_rows(s);
			if (rc != GL_DRIFT_OK)
				return rc;
			/* the same check again when the buffer is full next */
			r->next_check = 0;
			o->next_check = 0;
			return GL_DRIFT_OK;
		}
		/* no ties worth folding: look again when it has grown 4-fold */
		r->next_check = 4 * r->n;
	}
	if (r->cap >= MAX_ROWS || gl_drift_nrows(s) >= GL_DRIFT_MAX_POINTS - s->npts)
		return GL_DRIFT_E_TOO_LARGE;
	newcap = r->cap == 0 ? GL_DRIFT_INITIAL_ROWS :
		(r->cap <= MAX_ROWS / 2 ? 2 * r->cap : MAX_ROWS);
	v = (double *) buf_realloc(r->v, r->cap * sizeof(double),
							   newcap * sizeof(double), r->n * sizeof(double));
	if (v == NULL)
		return GL_DRIFT_E_NOMEM;
	r->v = v;
	r->cap = newcap;
	return GL_DRIFT_OK;
}

int
gl_drift_compact(gl_drift_summary *s)
{
	int			rc;

	if (gl_drift_nrows(s) > 0)
	{
		if (!sort_rows(s, &s->rows[0]) || !sort_rows(s, &s->rows[1]))
			return GL_DRIFT_E_NOMEM;
	}
	canonical_points(s);
	rc = fold_rows(s);
	if (rc != GL_DRIFT_OK)
		return rc;
	free_rows(s);
	return GL_DRIFT_OK;
}

int
gl_drift_merge(gl_drift_summary *s, const gl_ks_point *b, size_t nb)
{
	gl_ks_point *merged;
	size_t		cap;
	size_t		i = 0;
	size_t		j = 0;
	size_t		k = 0;
	int			rc;

	rc = gl_drift_compact(s);
	if (rc != GL_DRIFT_OK || nb == 0)
		return rc;
	if (nb > GL_DRIFT_MAX_POINTS - s->npts)
		return GL_DRIFT_E_TOO_LARGE;
	cap = s->npts + nb;
	merged = (gl_ks_point *) buf_alloc(cap * sizeof(gl_ks_point));
	if (merged == NULL)
		return GL_DRIFT_E_NOMEM;
	while (i < s->npts || j < nb)
	{
		size_t		end = k + SUM_CHUNK;

		/* a chunk of the two-way merge, then an interrupt check */
		while (k < end && i < s->npts && j < nb)
		{
			if (s->pts[i].value <= b[j].value)
				merged[k++] = s->pts[i++];
			else
				merged[k++] = b[j++];
		}
		if (j == nb)
		{
			memcpy(merged + k, s->pts + i, (s->npts - i) * sizeof(gl_ks_point));
			k += s->npts - i;
			i = s->npts;
		}
		else if (i == s->npts)
		{
			memcpy(merged + k, b + j, (nb - j) * sizeof(gl_ks_point));
			k += nb - j;
			j = nb;
		}
		gl_check_interrupts();
	}
	buf_free(s->pts, s->cap * sizeof(gl_ks_point));
	s->pts = merged;
	s->cap = cap;
	/* sorted already (b canonical): this merges the runs of equal values */
	s->npts = gl_ks_points_canonicalize(merged, k);
	s->nsorted = s->npts;
	return GL_DRIFT_OK;
}

/* ----------------------------------------------------------------------
 * Sorted runs: the state a parallel worker ships
 * ---------------------------------------------------------------------- */

bool
gl_drift_run_valid(const double *v, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (!isfinite(v[i]) || (i > 0 && v[i] < v[i - 1]))
			return false;
		if ((i & (SUM_CHUNK - 1)) == SUM_CHUNK - 1)
			gl_check_interrupts();
	}
	return true;
}

int
gl_drift_sort_runs(gl_drift_summary *s)
{
	if (!sort_rows(s, &s->rows[0]) || !sort_rows(s, &s->rows[1]))
		return GL_DRIFT_E_NOMEM;
	canonical_points(s);
	return GL_DRIFT_OK;
}

int
gl_drift_absorb(gl_drift_summary *s, const gl_ks_point *p, size_t np,
				const double *const x[2], const size_t nx[2])
{
	int			k;
	int			rc;

	if (nx[0] + nx[1] > GL_DRIFT_MAX_POINTS - gl_drift_nrows(s) - s->npts ||
		np > GL_DRIFT_MAX_POINTS - gl_drift_nrows(s) - s->npts - nx[0] - nx[1])
		return GL_DRIFT_E_TOO_LARGE;
	if (np > 0)
	{
		bool		joins = s->nsorted == s->npts &&
			(s->npts == 0 || s->pts[s->npts - 1].value < p[0].value);

		rc = gl_drift_reserve(s, np);
		if (rc != GL_DRIFT_OK)
			return rc;
		memcpy(s->pts + s->npts, p, np * sizeof(gl_ks_point));
		s->npts += np;
		if (joins)
			s->nsorted = s->npts;
	}
	for (k = 0; k < 2; k++)
	{
		gl_drift_values *r = &s->rows[k];
		size_t		m = nx[k];
		bool		joins;

		if (m == 0)
			continue;
		joins = r->nsorted == r->n && (r->n == 0 || r->v[r->n - 1] <= x[k][0]);
		if (r->cap - r->n < m)
		{
			/* room for exactly this: the leader absorbs a few large runs */
			double	   *v = (double *) buf_realloc(r->v, r->cap * sizeof(double),
												   (r->n + m) * sizeof(double),
												   r->n * sizeof(double));

			if (v == NULL)
				return GL_DRIFT_E_NOMEM;
			r->v = v;
			r->cap = r->n + m;
		}
		memcpy(r->v + r->n, x[k], m * sizeof(double));
		r->n += m;
		if (joins)
			r->nsorted = r->n;
		/* the tie check of gl_drift_rows_reserve: not before it doubles */
		r->next_check = 2 * r->n;
	}
	return GL_DRIFT_OK;
}
