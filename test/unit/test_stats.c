/*
 * test_stats.c - unit tests of the statistics core (src/stats): binomial
 * proportion intervals and the two-sample Kolmogorov-Smirnov test.
 *
 * Reference values are embedded from shared/reference/binomial_ci.csv,
 * energy.md ("Classification metrics") and ks_two_sample.md.
 */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "base/alloc.h"
#include "stats/binomial.h"
#include "stats/ks.h"
#include "stats/stats.h"

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + 1e-9 * (double) ts.tv_nsec;
}

/* ----------------------------------------------------------------------
 * Binomial intervals
 * ---------------------------------------------------------------------- */

typedef struct
{
	long		k;
	long		n;
	double		wlo;
	double		whi;
	double		cplo;
	double		cphi;
} binom_row;

/* shared/reference/binomial_ci.csv (95%) */
static const binom_row binom_rows[] = {
	{0, 10, 0, 0.277532799863, 0, 0.308497107819},
	{1, 10, 0.0178762130951, 0.404150026795, 0.00252857854446, 0.445016117028},
	{5, 10, 0.236593090513, 0.763406909487, 0.187086028447, 0.812913971553},
	{10, 10, 0.722467200137, 1, 0.691502892181, 1},
	{3, 250, 0.00408931988053, 0.034680780427, 0.0024815582547, 0.0346666145748},
	{0, 1000, 0, 0.00382675848556, 0, 0.00368208389664},
	{17, 1000, 0.0106406898568, 0.0270559588402, 0.00993351259272, 0.0270794968648},
	{950, 1000, 0.934686179756, 0.961869737607, 0.934609512085, 0.962664602395},
	{12, 4800, 0.00143071560116, 0.00436495002589, 0.00129243293431, 0.00436292047792},
	{1, 1, 0.206549314377, 1, 0.025, 1},
	{45, 50, 0.786397685625, 0.956524235068, 0.781864633566, 0.966724906411},
};

static double max_rel_binom;

static void
track(double *mx, double got, double want)
{
	double		d = unit_reldiff(got, want);

	if (d > *mx)
		*mx = d;
}

static void
test_binomial(void)
{
	size_t		r;
	double		lo;
	double		hi;
	char		what[128];
	int			rc;

	for (r = 0; r < sizeof(binom_rows) / sizeof(binom_rows[0]); r++)
	{
		const binom_row *b = &binom_rows[r];

		rc = gl_binom_wilson(b->k, b->n, 0.95, &lo, &hi);
		CHECK(rc == GL_STATS_OK, "wilson %ld/%ld rc %d", b->k, b->n, rc);
		snprintf(what, sizeof(what), "wilson lo %ld/%ld", b->k, b->n);
		CHECK_REL(lo, b->wlo, 1e-9, what);
		snprintf(what, sizeof(what), "wilson hi %ld/%ld", b->k, b->n);
		CHECK_REL(hi, b->whi, 1e-9, what);
		track(&max_rel_binom, lo, b->wlo);
		track(&max_rel_binom, hi, b->whi);

		rc = gl_binom_clopper_pearson(b->k, b->n, 0.95, &lo, &hi);
		CHECK(rc == GL_STATS_OK, "cp %ld/%ld rc %d", b->k, b->n, rc);
		snprintf(what, sizeof(what), "clopper-pearson lo %ld/%ld", b->k, b->n);
		CHECK_REL(lo, b->cplo, 1e-9, what);
		snprintf(what, sizeof(what), "clopper-pearson hi %ld/%ld", b->k, b->n);
		CHECK_REL(hi, b->cphi, 1e-9, what);
		track(&max_rel_binom, lo, b->cplo);
		track(&max_rel_binom, hi, b->cphi);
	}
	printf("binomial_ci.csv: max rel error %.3g\n", max_rel_binom);

	/* invalid arguments */
	CHECK(gl_binom_wilson(1, 0, 0.95, &lo, &hi) == GL_STATS_E_PARAM, "n=0");
	CHECK(gl_binom_wilson(-1, 10, 0.95, &lo, &hi) == GL_STATS_E_PARAM, "k<0");
	CHECK(gl_binom_wilson(11, 10, 0.95, &lo, &hi) == GL_STATS_E_PARAM, "k>n");
	CHECK(gl_binom_wilson(1, 10, 1.0, &lo, &hi) == GL_STATS_E_CONFIDENCE, "conf=1");
	CHECK(gl_binom_wilson(1, 10, 0.0, &lo, &hi) == GL_STATS_E_CONFIDENCE, "conf=0");
	CHECK(gl_binom_wilson(1, 10, NAN, &lo, &hi) == GL_STATS_E_CONFIDENCE, "conf NaN");
	CHECK(gl_binom_check_confidence(0.5) == GL_STATS_OK &&
		  gl_binom_check_confidence(1e-6) == GL_STATS_OK &&
		  gl_binom_check_confidence(0.999999999999) == GL_STATS_OK &&
		  gl_binom_check_confidence(nextafter(1e-6, 0.0)) == GL_STATS_E_CONFIDENCE_RANGE &&
		  gl_binom_check_confidence(5e-324) == GL_STATS_E_CONFIDENCE_RANGE &&
		  gl_binom_check_confidence(nextafter(0.999999999999, 1.0)) == GL_STATS_E_CONFIDENCE_RANGE &&
		  gl_binom_check_confidence(0.9999999999999999) == GL_STATS_E_CONFIDENCE_RANGE &&
		  gl_binom_check_confidence(-0.0) == GL_STATS_E_CONFIDENCE &&
		  gl_binom_check_confidence(INFINITY) == GL_STATS_E_CONFIDENCE,
		  "confidence check");
	CHECK(gl_binom_wilson(1, 10, 0.95, NULL, &hi) == GL_STATS_E_PARAM, "NULL");
	CHECK(gl_binom_clopper_pearson(1, -5, 0.95, &lo, &hi) == GL_STATS_E_PARAM,
		  "cp n<0");
	CHECK(gl_binom_clopper_pearson(3, 2, 0.95, &lo, &hi) == GL_STATS_E_PARAM,
		  "cp k>n");
	CHECK(gl_binom_clopper_pearson(1, 10, 1.5, &lo, &hi) == GL_STATS_E_CONFIDENCE,
		  "cp conf>1");
	/* a confidence so small that 1 - conf rounds to 1: refused */
	CHECK(gl_binom_wilson(1, 10, 5e-324, &lo, &hi) == GL_STATS_E_CONFIDENCE_RANGE,
		  "tiny confidence");
	CHECK(gl_binom_clopper_pearson(90, 100, 5e-324, &lo, &hi) == GL_STATS_E_CONFIDENCE_RANGE,
		  "cp tiny confidence");

	/*
	 * The edges of the confidence range, both methods: ordered intervals
	 * around k/n.  At conf = 1e-6 both bounds are within 1e-6 of the median
	 * of the posterior, i.e. of k/n for Wilson (z = 1.2533e-6:
	 * half-width = z sqrt(k(n-k)/n) / n = 3.76e-8 at 90 of 100).
	 */
	CHECK(gl_binom_wilson(90, 100, 1e-6, &lo, &hi) == GL_STATS_OK &&
		  lo < 0.9 && hi > 0.9 && fabs(hi - lo - 2 * 3.7599e-8) < 1e-11,
		  "wilson at 1e-6: %.17g %.17g", lo, hi);
	CHECK(gl_binom_clopper_pearson(90, 100, 1e-6, &lo, &hi) == GL_STATS_OK &&
		  lo < 0.9 && hi > 0.9 && lo > 0.89 && hi < 0.91,
		  "cp at 1e-6: %.17g %.17g", lo, hi);
	/* at 1 - 1e-12, k = 0 of n = 10: upper = 1 - (alpha/2)^(1/n), alpha = 1 - conf */
	CHECK(gl_binom_clopper_pearson(0, 10, 0.999999999999, &lo, &hi) == GL_STATS_OK &&
		  lo == 0.0 && fabs(hi - (1.0 - pow((1.0 - 0.999999999999) / 2.0, 0.1))) < 1e-15,
		  "cp at 1 - 1e-12: %.17g %.17g", lo, hi);
	CHECK(gl_binom_wilson(0, 10, 0.999999999999, &lo, &hi) == GL_STATS_OK &&
		  lo == 0.0 && hi > 0.8 && hi < 1.0,
		  "wilson at 1 - 1e-12: %.17g %.17g", lo, hi);

	/*
	 * Counts: at most 2^53 trials (GL_STATS_COUNT_MAX), beyond that an
	 * error, never a hang (the direct tail sum once looped forever there:
	 * 2e16 + 1 == 2e16 in double).
	 */
	CHECK(gl_binom_clopper_pearson(19999999999999990L, 20000000000000080L,
								   0.95, &lo, &hi) == GL_STATS_E_COUNT_LIMIT,
		  "cp n > 2^53");
	CHECK(gl_binom_wilson(1, 9007199254740993L, 0.95, &lo, &hi) ==
		  GL_STATS_E_COUNT_LIMIT, "wilson n > 2^53");
	/*
	 * k = n - 1 of n = 9e15 (once lower > upper): upper = 0.975^(1/n),
	 * 1 in double; lower = 1 - x/n, e^-x (1 + x) = 0.025, x = 5.5716.
	 */
	CHECK(gl_binom_clopper_pearson(8999999999999999L, 9000000000000000L,
								   0.95, &lo, &hi) == GL_STATS_OK &&
		  hi == 1.0 && fabs(lo - (1.0 - 5.5716 / 9e15)) <= 1.2e-16,
		  "cp n-1 of 9e15: %.17g %.17g", lo, hi);
	CHECK(gl_binom_clopper_pearson(9007199254740991L, 9007199254740992L,
								   0.95, &lo, &hi) == GL_STATS_OK &&
		  hi == 1.0 && lo < hi && fabs(lo - (1.0 - 5.5716 / 9007199254740992.0)) <= 1.2e-16,
		  "cp n-1 of 2^53: %.17g %.17g", lo, hi);
	/* k = 1 of 2^53: lower = -log(1 - 0.025)/n approximately (Poisson) */
	CHECK(gl_binom_clopper_pearson(1, 9007199254740992L, 0.95, &lo, &hi) == GL_STATS_OK &&
		  fabs(lo / (0.025317807984289786 / 9007199254740992.0) - 1.0) < 1e-6 &&
		  fabs(hi / (5.5716433909388 / 9007199254740992.0) - 1.0) < 1e-6,
		  "cp 1 of 2^53: %.17g %.17g", lo, hi);

	/* large and extreme cases stay finite, ordered and inside [0,1] */
	{
		static const long ks[] = {0, 1, 7, 500000000, 999999999, 1000000000};
		size_t		i;

		for (i = 0; i < sizeof(ks) / sizeof(ks[0]); i++)
		{
			rc = gl_binom_wilson(ks[i], 1000000000L, 0.999, &lo, &hi);
			CHECK(rc == 0 && lo >= 0 && lo <= hi && hi <= 1,
				  "wilson big k=%ld rc %d [%g,%g]", ks[i], rc, lo, hi);
			rc = gl_binom_clopper_pearson(ks[i], 1000000000L, 0.999, &lo, &hi);
			CHECK(rc == 0 && lo >= 0 && lo <= hi && hi <= 1,
				  "cp big k=%ld rc %d [%g,%g]", ks[i], rc, lo, hi);
		}
		/*
		 * Clopper-Pearson for large n, where GSL's beta quantile fails:
		 * values whose binomial-tail residuals were checked with 60-digit
		 * decimal arithmetic (relative error of p below 2e-14).
		 */
		rc = gl_binom_clopper_pearson(4, 87492237L, 0.5, &lo, &hi);
		CHECK(rc == 0, "cp 4/87492237 rc %d", rc);
		CHECK_REL(lo, 2.8977659110862174e-08, 1e-12, "cp 4/87492237 lo");
		CHECK_REL(hi, 7.171414095733208e-08, 1e-12, "cp 4/87492237 hi");
		rc = gl_binom_clopper_pearson(7, 1000000000L, 0.999, &lo, &hi);
		CHECK(rc == 0, "cp 7/1e9 rc %d", rc);
		CHECK_REL(lo, 1.348363990754478e-09, 1e-12, "cp 7/1e9 lo");
		CHECK_REL(hi, 2.065403671756313e-08, 1e-12, "cp 7/1e9 hi");
		rc = gl_binom_clopper_pearson(1, 65295313L, 0.5, &lo, &hi);
		CHECK_REL(hi, 4.1237791355551415e-08, 1e-12, "cp 1/65295313 hi");
		/* symmetry: CP(k, n) = 1 - CP(n - k, n) reversed */
		{
			double		lo2;
			double		hi2;

			rc = gl_binom_clopper_pearson(5000, 10000, 0.95, &lo, &hi);
			CHECK(rc == 0, "cp 5000/10000 rc %d", rc);
			rc = gl_binom_clopper_pearson(3000, 10000, 0.95, &lo, &hi);
			rc |= gl_binom_clopper_pearson(7000, 10000, 0.95, &lo2, &hi2);
			CHECK(rc == 0, "cp symmetry rc");
			CHECK_ABS(lo, 1.0 - hi2, 1e-14, "cp symmetry lo");
			CHECK_ABS(hi, 1.0 - lo2, 1e-14, "cp symmetry hi");
		}
		rc = gl_binom_clopper_pearson(3, 7, 1e-12, &lo, &hi);
		CHECK(rc == GL_STATS_E_CONFIDENCE_RANGE, "cp tiny conf rc %d", rc);
		rc = gl_binom_clopper_pearson(3, 7, 1e-6, &lo, &hi);
		CHECK(rc == 0 && lo <= hi, "cp conf 1e-6 rc %d [%g,%g]", rc, lo, hi);
		rc = gl_binom_wilson(3, 7, 1.0 - 1e-15, &lo, &hi);
		CHECK(rc == GL_STATS_E_CONFIDENCE_RANGE, "wilson conf~1 rc %d", rc);
		rc = gl_binom_wilson(3, 7, 0.999999999999, &lo, &hi);
		CHECK(rc == 0 && lo >= 0 && hi <= 1, "wilson conf 1-1e-12 rc %d", rc);
	}
}

/* energy.md, "Classification metrics": TP 90, FP 10, FN 15, TN 885 */
static void
test_classification(void)
{
	double		lo;
	double		hi;
	double		mx = 0.0;
	int			rc;

	rc = gl_binom_wilson(90, 100, 0.95, &lo, &hi);	/* precision */
	CHECK(rc == 0, "precision rc");
	CHECK_REL(lo, 0.8256343385, 1e-9, "precision lo");
	CHECK_REL(hi, 0.9447708629, 1e-9, "precision hi");
	track(&mx, lo, 0.8256343385);
	track(&mx, hi, 0.9447708629);

	rc = gl_binom_wilson(90, 105, 0.95, &lo, &hi);	/* recall */
	CHECK(rc == 0, "recall rc");
	CHECK_REL(lo, 0.7776004677, 1e-9, "recall lo");
	CHECK_REL(hi, 0.9114751916, 1e-9, "recall hi");
	track(&mx, lo, 0.7776004677);
	track(&mx, hi, 0.9114751916);

	rc = gl_binom_wilson(10, 895, 0.95, &lo, &hi);	/* FP / (FP + TN) */
	CHECK(rc == 0, "fpr rc");
	CHECK_REL(lo, 0.006080209649, 1e-9, "fpr lo");
	CHECK_REL(hi, 0.02044444449, 1e-9, "fpr hi");
	track(&mx, lo, 0.006080209649);
	track(&mx, hi, 0.02044444449);

	rc = gl_binom_wilson(975, 1000, 0.95, &lo, &hi);	/* accuracy */
	CHECK(rc == 0, "accuracy rc");
	CHECK_REL(lo, 0.9633547107, 1e-9, "accuracy lo");
	CHECK_REL(hi, 0.9830098687, 1e-9, "accuracy hi");
	track(&mx, lo, 0.9633547107);
	track(&mx, hi, 0.9830098687);

	/* J = TP / (TP + FP + FN); F1 = 2J / (1 + J) maps the interval */
	rc = gl_binom_wilson(90, 115, 0.95, &lo, &hi);
	CHECK(rc == 0, "J rc");
	CHECK_REL(90.0 / 115.0, 0.7826086957, 1e-9, "J");
	CHECK_REL(2.0 * lo / (1.0 + lo), 0.8226672829, 1e-9, "F1 lo");
	CHECK_REL(2.0 * hi / (1.0 + hi), 0.9178613697, 1e-9, "F1 hi");
	track(&mx, 2.0 * lo / (1.0 + lo), 0.8226672829);
	track(&mx, 2.0 * hi / (1.0 + hi), 0.9178613697);
	printf("energy.md classification intervals: max rel error %.3g\n", mx);
}

/* ----------------------------------------------------------------------
 * The portable generator of ks_two_sample.md
 * ---------------------------------------------------------------------- */

typedef struct
{
	uint64_t	s;
} lcg;

static uint64_t
lcg_next(lcg *g)
{
	g->s = g->s * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
	return g->s;
}

static double
lcg_uniform(lcg *g)
{
	return ((double) (lcg_next(g) >> 11) + 0.5) * 0x1p-53;
}

static double
lcg_normal(lcg *g)
{
	double		u1 = lcg_uniform(g);
	double		u2 = lcg_uniform(g);

	return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

static double *
gen_normal(uint64_t seed, size_t n, double mu)
{
	lcg			g;
	double	   *v = (double *) malloc(sizeof(double) * n);
	size_t		i;

	g.s = seed;
	for (i = 0; i < n; i++)
		v[i] = mu + lcg_normal(&g);
	return v;
}

static double *
gen_int(uint64_t seed, size_t n, uint64_t k, uint64_t cap)
{
	lcg			g;
	double	   *v = (double *) malloc(sizeof(double) * n);
	size_t		i;

	g.s = seed;
	for (i = 0; i < n; i++)
	{
		uint64_t	x = (lcg_next(&g) >> 33) % k;

		if (x > cap)
			x = cap;
		v[i] = (double) x;
	}
	return v;
}

typedef struct
{
	const char *name;
	double		first[3];
	double		sum;
	double		min;
	double		max;
} checksum_row;

static void
check_checksum(const double *v, size_t n, const checksum_row *c)
{
	double		sum = 0.0;
	double		mn = INFINITY;
	double		mx = -INFINITY;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		sum += v[i];
		if (v[i] < mn)
			mn = v[i];
		if (v[i] > mx)
			mx = v[i];
	}
	for (i = 0; i < 3; i++)
		CHECK(v[i] == c->first[i], "%s value %zu: %.17g != %.17g",
			  c->name, i, v[i], c->first[i]);
	CHECK(sum == c->sum, "%s sum %.17g != %.17g", c->name, sum, c->sum);
	CHECK(mn == c->min, "%s min %.17g != %.17g", c->name, mn, c->min);
	CHECK(mx == c->max, "%s max %.17g != %.17g", c->name, mx, c->max);
}

static const checksum_row checksums[] = {
	{"T6 x", {0.2609882024616329, 0.85534849168678417, 0.56641082526153808},
	13.332577867750103, -2.7195422732340306, 3.1681336030389917},
	{"T6 y", {0.1333037514537429, 0.10206242486848488, 0.47668552221355565},
	28.190699468857218, -3.4169021029699782, 2.2519474265393904},
	{"T7 x", {-1.9824831088338073, -0.1373839606327622, -1.12756729152681},
	15.640992906987652, -3.4848528023183101, 3.2017078863124229},
	{"T7 y", {-1.0361292833219409, 0.44945029174209472, 1.4519723212024696},
	135.76211658914607, -2.87561787607113, 3.0387361643619988},
	{"T9 x", {1.0234908709122963, 0.62742067618604069, -0.86464704185331942},
	92.064281388513166, -4.0883551215428016, 3.7963393382432495},
	{"T9 y", {0.62336503471204929, -1.4911721664388145, -0.37459402698962063},
	608.3187114710347, -3.6789864954122535, 4.0482019286305579},
	{"T10 x", {1.0821191897036924, 1.4062661970892509, 0.88684063978922067},
	32.360571085004914, -2.6045917457418613, 3.0898336422465857},
	{"T10 y", {-1.0510336916031557, 1.3784761165926127, 0.20184472721456295},
	4.0401593839889536, -2.7663783232127597, 2.7648736651839201},
};

static const int t8_x[60] = {
	0, 5, 1, 1, 6, 7, 9, 4, 0, 9, 3, 3, 5, 6, 3, 3, 0, 2, 3, 4, 7, 1, 4, 8, 0, 0,
	6, 3, 3, 6, 4, 9, 2, 3, 9, 9, 4, 6, 7, 9, 4, 1, 5, 0, 4, 3, 7, 8, 2, 5, 2, 2,
	9, 5, 6, 2, 6, 8, 9, 3
};
static const int t8_y[50] = {
	8, 1, 7, 7, 8, 3, 4, 0, 1, 0, 4, 1, 6, 0, 4, 1, 9, 0, 5, 0, 6, 6, 6, 9, 5, 2,
	8, 7, 0, 2, 8, 4, 8, 4, 9, 3, 6, 7, 5, 6, 2, 4, 0, 3, 9, 2, 9, 9, 9, 2
};

/* ----------------------------------------------------------------------
 * KS cases
 * ---------------------------------------------------------------------- */

typedef struct
{
	const char *id;
	double	   *x;
	size_t		n1;
	double	   *y;
	size_t		n2;
	gl_ks_point *pts;
	size_t		npts;
} ks_case;

static ks_case cases[10];

static const double t1x[] = {0.61, 0.29, 0.06, 0.59, -1.73};
static const double t1y[] = {-0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06};
static const double t2x[] = {1, 2, 2, 3, 3};
static const double t2y[] = {1, 2, 3, 3, 4, 5, 6};
static const double t3x[] = {1.5, 2.5, 3.5, 4.5};
static const double t4x[] = {1, 2, 3, 4, 5};
static const double t4y[] = {6, 7, 8, 9, 10, 11, 12};
static const double t5x[] = {0.22, -0.87, -2.39, -1.79, 0.37, -1.54, 1.28,
	-0.31, -0.74, 1.72, 0.38, -0.17, -0.62, -1.10, 0.30, 0.15, 2.30, 0.19,
-0.50, -0.09};
static const double t5y[] = {-5.13, -2.19, -2.43, -3.83, 0.50, -3.25, 4.32,
	1.63, 5.18, -0.43, 7.11, 4.87, -3.10, -5.81, 3.76, 6.31, 2.58, 0.07, 5.76,
3.50};

static double *
dup_array(const double *v, size_t n)
{
	double	   *r = (double *) malloc(sizeof(double) * n);

	memcpy(r, v, sizeof(double) * n);
	return r;
}

static void
set_case(int idx, const char *id, double *x, size_t n1, double *y, size_t n2)
{
	ks_case    *c = &cases[idx];
	int			rc;

	c->id = id;
	c->x = x;
	c->n1 = n1;
	c->y = y;
	c->n2 = n2;
	rc = gl_ks_points_from_samples(x, n1, y, n2, &c->pts, &c->npts);
	CHECK(rc == GL_STATS_OK, "%s points rc %d", id, rc);
}

static void
build_cases(void)
{
	double	   *v;
	size_t		i;

	set_case(0, "T1", dup_array(t1x, 5), 5, dup_array(t1y, 7), 7);
	set_case(1, "T2", dup_array(t2x, 5), 5, dup_array(t2y, 7), 7);
	set_case(2, "T3", dup_array(t3x, 4), 4, dup_array(t3x, 4), 4);
	set_case(3, "T4", dup_array(t4x, 5), 5, dup_array(t4y, 7), 7);
	set_case(4, "T5", dup_array(t5x, 20), 20, dup_array(t5y, 20), 20);

	/* generated samples: check the checksum table first, to the last bit */
	v = gen_normal(1001, 100, 0.0);
	check_checksum(v, 100, &checksums[0]);
	cases[5].x = v;
	v = gen_normal(2002, 80, 0.5);
	check_checksum(v, 80, &checksums[1]);
	set_case(5, "T6", cases[5].x, 100, v, 80);

	v = gen_normal(3003, 1000, 0.0);
	check_checksum(v, 1000, &checksums[2]);
	cases[6].x = v;
	v = gen_normal(4004, 1200, 0.1);
	check_checksum(v, 1200, &checksums[3]);
	set_case(6, "T7", cases[6].x, 1000, v, 1200);

	cases[7].x = gen_int(5005, 60, 10, UINT64_MAX);
	v = gen_int(6006, 50, 12, 9);
	for (i = 0; i < 60; i++)
		CHECK(cases[7].x[i] == (double) t8_x[i], "T8 x[%zu]", i);
	for (i = 0; i < 50; i++)
		CHECK(v[i] == (double) t8_y[i], "T8 y[%zu]", i);
	set_case(7, "T8", cases[7].x, 60, v, 50);

	v = gen_normal(7007, 12000, 0.0);
	check_checksum(v, 12000, &checksums[4]);
	cases[8].x = v;
	v = gen_normal(8008, 11000, 0.05);
	check_checksum(v, 11000, &checksums[5]);
	set_case(8, "T9", cases[8].x, 12000, v, 11000);

	v = gen_normal(9009, 300, 0.0);
	check_checksum(v, 300, &checksums[6]);
	cases[9].x = v;
	v = gen_normal(9010, 300, 0.0);
	check_checksum(v, 300, &checksums[7]);
	set_case(9, "T10", cases[9].x, 300, v, 300);
}

static void
free_cases(void)
{
	int			i;

	for (i = 0; i < 10; i++)
	{
		free(cases[i].x);
		free(cases[i].y);
		gl_free(cases[i].pts);
	}
}

/* Results, two-sided (ks_two_sample.md) */
typedef struct
{
	int			n1;
	int			n2;
	double		d;
	long		h;
	long		lcm;
	double		p_exact;
	double		p_asymp;
	double		p_tie;
} ks_two_row;

static const ks_two_row two_rows[10] = {
	{5, 7, 0.37142857142857144, 13, 35, 0.737373737373737, 0.673951409135083, 0.737373737373737},
	{5, 7, 0.42857142857142855, 15, 35, 0.545454545454545, 0.51603498542274, 0.242424242424242},
	{4, 4, 0, 0, 4, 1, 1, 1},
	{5, 7, 1, 35, 35, 0.00252525252525253, 0, 0.00252525252525253},
	{20, 20, 0.45, 9, 20, 0.0335416594061465, 0.0228918103117175, 0.0335416594061465},
	{100, 80, 0.1625, 65, 400, 0.172190820661919, 0.175162070072581, 0.172190820661919},
	{1000, 1200, 0.07166666666666667, 430, 6000, 0.00699730436205512, 0.0070327514145254, 0.00699730436205511},
	{60, 50, 0.07333333333333333, 22, 300, 0.995736463430456, 0.996348424018837, 0.919398357829285},
	{12000, 11000, 0.02840151515151515, 3749, 132000, 0.00018600749569316, 0.000186743061722771, 0.00018600749569316},
	{300, 300, 0.08333333333333333, 25, 300, 0.248824784395797, 0.235150691451227, 0.248824784395797},
};

typedef struct
{
	int			tcase;
	gl_ks_alternative alt;
	double		d;
	double		p_exact;
	double		p_tie;
} ks_one_row;

static const ks_one_row one_rows[] = {
	{0, GL_KS_GREATER, 0.2, 0.713383838383838, 0.713383838383838},
	{0, GL_KS_LESS, 0.37142857142857144, 0.383838383838384, 0.383838383838384},
	{5, GL_KS_GREATER, 0.1625, 0.086143377837875, 0.0861433778378687},
	{5, GL_KS_LESS, 0.02, 0.951979713522148, 0.951979713522039},
	{6, GL_KS_GREATER, 0.07166666666666667, 0.0034986523222785685, 0.00349865232227857},
	{6, GL_KS_LESS, 0.018833333333333334, 0.6703089238541584, 0.670308923854158},
	{7, GL_KS_GREATER, 0.07333333333333333, 0.707827723314398, 0.528608924971666},
	{7, GL_KS_LESS, 0.05333333333333334, 0.82043408791977, 0.688049648251754},
};

static int
run_ks(const ks_case *c, gl_ks_alternative alt, gl_ks_method m,
	   gl_ks_result *r, double *secs)
{
	double		t0 = now_seconds();
	int			rc = gl_ks_test(c->pts, c->npts, alt, m, r);

	if (secs)
		*secs = now_seconds() - t0;
	return rc;
}

static int
has_ties(const ks_case *c)
{
	size_t		k;

	for (k = 0; k < c->npts; k++)
		if (c->pts[k].n1 + c->pts[k].n2 > 1)
			return 1;
	return 0;
}

static void
test_ks_reference(void)
{
	int			t;
	size_t		r;
	gl_ks_result res;
	char		what[160];
	double		secs;
	int			rc;

	printf("KS two-sided (max rel error per row: tie-aware exact, auto, asymp):\n");
	for (t = 0; t < 10; t++)
	{
		const ks_case *c = &cases[t];
		const ks_two_row *w = &two_rows[t];
		double		e_exact = 0.0;
		double		e_auto = 0.0;
		double		e_asymp = 0.0;
		double		t_exact = 0.0;
		double		t_asymp;

		CHECK((int) c->n1 == w->n1 && (int) c->n2 == w->n2, "%s sizes", c->id);

		/* exact (tie-aware) */
		rc = run_ks(c, GL_KS_TWO_SIDED, GL_KS_EXACT, &res, &t_exact);
		CHECK(rc == GL_STATS_OK, "%s exact rc %d", c->id, rc);
		CHECK(res.statistic == w->d, "%s D %.17g != %.17g", c->id,
			  res.statistic, w->d);
		CHECK(res.statistic == (double) w->h / (double) w->lcm,
			  "%s D != %ld/%ld", c->id, w->h, w->lcm);
		CHECK(res.n1 == w->n1 && res.n2 == w->n2, "%s result sizes", c->id);
		CHECK(res.method_used == GL_KS_EXACT, "%s method", c->id);
		snprintf(what, sizeof(what), "%s two-sided exact (tie-aware)", c->id);
		CHECK_REL(res.p_value, w->p_tie, 1e-9, what);
		e_exact = unit_reldiff(res.p_value, w->p_tie);
		if (!has_ties(c))
		{
			snprintf(what, sizeof(what), "%s two-sided exact = classical", c->id);
			CHECK_REL(res.p_value, w->p_exact, 1e-9, what);
		}

		/* auto: exact up to 10000, else asymp */
		rc = run_ks(c, GL_KS_TWO_SIDED, GL_KS_AUTO, &res, NULL);
		CHECK(rc == GL_STATS_OK, "%s auto rc %d", c->id, rc);
		if (w->n1 > 10000 || w->n2 > 10000)
		{
			CHECK(res.method_used == GL_KS_ASYMP, "%s auto -> asymp", c->id);
			snprintf(what, sizeof(what), "%s two-sided auto (asymp)", c->id);
			CHECK_REL(res.p_value, w->p_asymp, 1e-9, what);
			e_auto = unit_reldiff(res.p_value, w->p_asymp);
		}
		else
		{
			CHECK(res.method_used == GL_KS_EXACT, "%s auto -> exact", c->id);
			snprintf(what, sizeof(what), "%s two-sided auto (exact)", c->id);
			CHECK_REL(res.p_value, w->p_tie, 1e-9, what);
			e_auto = unit_reldiff(res.p_value, w->p_tie);
		}

		/* asymp */
		rc = run_ks(c, GL_KS_TWO_SIDED, GL_KS_ASYMP, &res, &t_asymp);
		CHECK(rc == GL_STATS_OK, "%s asymp rc %d", c->id, rc);
		CHECK(res.method_used == GL_KS_ASYMP, "%s asymp method", c->id);
		CHECK(res.statistic == w->d, "%s asymp D", c->id);
		snprintf(what, sizeof(what), "%s two-sided asymp", c->id);
		CHECK_REL(res.p_value, w->p_asymp, 1e-9, what);
		e_asymp = unit_reldiff(res.p_value, w->p_asymp);

		printf("  %-4s %5zu x %-5zu exact %.2e (%.4f s)  auto %.2e  asymp %.2e (%.6f s)\n",
			   c->id, c->n1, c->n2, e_exact, t_exact, e_auto, e_asymp, t_asymp);
	}

	printf("KS one-sided (max rel error: tie-aware exact; classical where no ties):\n");
	for (r = 0; r < sizeof(one_rows) / sizeof(one_rows[0]); r++)
	{
		const ks_one_row *w = &one_rows[r];
		const ks_case *c = &cases[w->tcase];
		const char *an = (w->alt == GL_KS_GREATER) ? "greater" : "less";
		double		e;

		rc = run_ks(c, w->alt, GL_KS_EXACT, &res, &secs);
		CHECK(rc == GL_STATS_OK, "%s %s rc %d", c->id, an, rc);
		CHECK(res.statistic == w->d, "%s %s D %.17g != %.17g", c->id, an,
			  res.statistic, w->d);
		snprintf(what, sizeof(what), "%s %s exact (tie-aware)", c->id, an);
		CHECK_REL(res.p_value, w->p_tie, 1e-9, what);
		e = unit_reldiff(res.p_value, w->p_tie);
		if (!has_ties(c))
		{
			snprintf(what, sizeof(what), "%s %s exact = classical", c->id, an);
			CHECK_REL(res.p_value, w->p_exact, 1e-9, what);
		}
		rc = run_ks(c, w->alt, GL_KS_AUTO, &res, NULL);
		snprintf(what, sizeof(what), "%s %s auto", c->id, an);
		CHECK(rc == 0 && res.method_used == GL_KS_EXACT, "%s", what);
		CHECK_REL(res.p_value, w->p_tie, 1e-9, what);
		printf("  %-4s %-7s %.2e (%.4f s)\n", c->id, an, e, secs);
	}

	/*
	 * One-sided asymp: scipy 1.10 uses Hodges' approximation; the reference
	 * notes its values for T7 (scipy's D differs from h/lcm in the last
	 * bit, hence the looser tolerance).
	 */
	rc = run_ks(&cases[6], GL_KS_GREATER, GL_KS_ASYMP, &res, NULL);
	CHECK(rc == 0, "T7 greater asymp rc");
	CHECK_REL(res.p_value, 0.00343916952970668, 1e-9, "T7 greater asymp (Hodges)");
	rc = run_ks(&cases[6], GL_KS_LESS, GL_KS_ASYMP, &res, NULL);
	CHECK(rc == 0, "T7 less asymp rc");
	CHECK_REL(res.p_value, 0.666842081677868, 1e-9, "T7 less asymp (Hodges)");
	/* T4 fully separated: exact p = 2 / C(12,5) */
	rc = run_ks(&cases[3], GL_KS_TWO_SIDED, GL_KS_EXACT, &res, NULL);
	CHECK_REL(res.p_value, 2.0 / 792.0, 1e-13, "T4 = 2/C(12,5)");
}

/* ----------------------------------------------------------------------
 * Independent checks: brute force over all assignments
 * ---------------------------------------------------------------------- */

/*
 * For pooled values v[0..N-1] (sorted) and every subset of size n1 chosen
 * as sample 1, compute D and count D >= D_obs.  Exact rational answer.
 */
static double
brute_p(const double *pool, int N, unsigned obs_mask, int n1,
		gl_ks_alternative alt)
{
	unsigned	mask;
	long		total = 0;
	long		hit = 0;
	int			n2 = N - n1;
	long		dobs = -1;
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		for (mask = 0; mask < (1u << N); mask++)
		{
			int			k;
			long		i = 0;
			long		j = 0;
			long		dp = 0;
			long		dn = 0;
			long		d;

			if (pass == 0 && mask != obs_mask)
				continue;
			if (__builtin_popcount(mask) != n1)
				continue;
			for (k = 0; k < N; k++)
			{
				if (mask & (1u << k))
					i++;
				else
					j++;
				/* check only at the end of a tie block */
				if (k + 1 < N && pool[k + 1] == pool[k])
					continue;
				d = i * n2 - j * n1;
				if (d > dp)
					dp = d;
				if (-d > dn)
					dn = -d;
			}
			d = (alt == GL_KS_GREATER) ? dp : (alt == GL_KS_LESS) ? dn :
				(dp > dn ? dp : dn);
			if (pass == 0)
				dobs = d;
			else
			{
				total++;
				if (d >= dobs)
					hit++;
			}
		}
	}
	return (double) hit / (double) total;
}

static void
test_ks_brute(void)
{
	lcg			g;
	int			trial;
	double		mx = 0.0;

	g.s = 42;
	for (trial = 0; trial < 300; trial++)
	{
		int			N = 2 + (int) (lcg_next(&g) >> 40) % 15;	/* 2..16 */
		int			n1 = 1 + (int) ((lcg_next(&g) >> 40) % (uint64_t) (N - 1));
		int			nvals = 1 + (int) ((lcg_next(&g) >> 40) % (uint64_t) N);
		double		pool[16];
		double		x[16];
		double		y[16];
		unsigned	obs = 0;
		int			k;
		int			nx = 0;
		int			ny = 0;
		int			a;
		gl_ks_point *pts;
		size_t		npts;
		gl_ks_result res;

		for (k = 0; k < N; k++)
			pool[k] = (double) ((lcg_next(&g) >> 40) % (uint64_t) nvals);
		/* sort the pool (insertion sort) */
		for (k = 1; k < N; k++)
		{
			double		v = pool[k];
			int			m = k - 1;

			while (m >= 0 && pool[m] > v)
			{
				pool[m + 1] = pool[m];
				m--;
			}
			pool[m + 1] = v;
		}
		/* a random subset of size n1 as sample 1 */
		while (__builtin_popcount(obs) < n1)
			obs |= 1u << ((lcg_next(&g) >> 40) % (uint64_t) N);
		for (k = 0; k < N; k++)
		{
			if (obs & (1u << k))
				x[nx++] = pool[k];
			else
				y[ny++] = pool[k];
		}
		CHECK(gl_ks_points_from_samples(x, (size_t) nx, y, (size_t) ny,
										&pts, &npts) == 0, "brute points");
		for (a = 0; a < 3; a++)
		{
			gl_ks_alternative alt = (gl_ks_alternative) a;
			double		want = brute_p(pool, N, obs, n1, alt);
			int			rc = gl_ks_test(pts, npts, alt, GL_KS_EXACT, &res);

			CHECK(rc == 0, "brute rc %d", rc);
			CHECK_REL(res.p_value, want, 1e-12, "brute-force permutation p");
			if (unit_reldiff(res.p_value, want) > mx)
				mx = unit_reldiff(res.p_value, want);
		}
		gl_free(pts);
	}
	printf("brute-force enumeration (300 random tied cases x 3 alternatives): max rel error %.3g\n", mx);
}

/*
 * Classical (no ties) two-sided exact p by counting lattice paths with
 * exact integer arithmetic (Hodges 1958), for sizes where the counts fit
 * in 64 bits.
 */
static double
classical_p(int n1, int n2, long dobs)
{
	uint64_t	c[64];
	int			i;
	int			j;
	uint64_t	total = 1;

	for (j = 0; j <= n2; j++)
		c[j] = 0;
	for (i = 0; i <= n1; i++)
		for (j = 0; j <= n2; j++)
		{
			long		d = (long) i * n2 - (long) j * n1;
			uint64_t	v;

			if (d >= dobs || -d >= dobs)
			{
				c[j] = 0;
				continue;
			}
			if (i == 0 && j == 0)
				v = 1;
			else
				v = (i > 0 ? c[j] : 0) + (j > 0 ? c[j - 1] : 0);
			c[j] = v;
		}
	for (i = 1; i <= n1; i++)
		total = total * (uint64_t) (n2 + i) / (uint64_t) i;
	return 1.0 - (double) c[n2] / (double) total;
}

static void
test_ks_classical(void)
{
	lcg			g;
	int			trial;

	g.s = 7;
	for (trial = 0; trial < 40; trial++)
	{
		int			n1 = 1 + (int) ((lcg_next(&g) >> 40) % 25);
		int			n2 = 1 + (int) ((lcg_next(&g) >> 40) % 25);
		double		x[25];
		double		y[25];
		int			k;
		gl_ks_point *pts;
		size_t		npts;
		gl_ks_result res;
		long		g12;
		long		a;
		long		b;

		for (k = 0; k < n1; k++)
			x[k] = lcg_uniform(&g);
		for (k = 0; k < n2; k++)
			y[k] = lcg_uniform(&g) + 0.1;
		CHECK(gl_ks_points_from_samples(x, n1, y, n2, &pts, &npts) == 0,
			  "classical points");
		CHECK(gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_EXACT, &res) == 0,
			  "classical rc");
		/* recover the integer threshold from D = h / lcm */
		a = n1;
		b = n2;
		while (b)
		{
			long		tt = a % b;

			a = b;
			b = tt;
		}
		g12 = a;
		{
			long		lcm = (long) n1 / g12 * n2;
			long		h = lround(res.statistic * (double) lcm);

			CHECK_REL(res.p_value, classical_p(n1, n2, h * g12), 1e-12,
					  "no-ties exact = classical path count");
		}
		gl_free(pts);
	}
}

/* ----------------------------------------------------------------------
 * Tails, large sizes, errors
 * ---------------------------------------------------------------------- */

static void
test_ks_tails(void)
{
	static double x[500];
	static double y[500];
	int			k;
	gl_ks_point *pts;
	size_t		npts;
	gl_ks_result res;
	double		lc;
	int			rc;

	/* fully separated 500 vs 500: two-sided p = 2 / C(1000, 500) ~ 7e-300 */
	for (k = 0; k < 500; k++)
	{
		x[k] = k;
		y[k] = 1000 + k;
	}
	CHECK(gl_ks_points_from_samples(x, 500, y, 500, &pts, &npts) == 0, "pts");
	lc = lgamma(1001.0) - 2.0 * lgamma(501.0);
	rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_EXACT, &res);
	CHECK(rc == 0 && res.statistic == 1.0, "separated D");
	CHECK_REL(res.p_value, 2.0 * exp(-lc), 1e-9, "p = 2/C(1000,500) ~ 7e-300");
	rc = gl_ks_test(pts, npts, GL_KS_GREATER, GL_KS_EXACT, &res);
	CHECK_REL(res.p_value, exp(-lc), 1e-9, "greater p = 1/C(1000,500)");
	rc = gl_ks_test(pts, npts, GL_KS_LESS, GL_KS_EXACT, &res);
	CHECK(rc == 0 && res.statistic == 0.0 && res.p_value == 1.0, "less D=0 p=1");
	rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_ASYMP, &res);
	CHECK(rc == 0 && res.p_value == 0.0, "separated asymp 0");
	gl_free(pts);

	/* identical samples: D = 0, p = 1, all methods */
	CHECK(gl_ks_points_from_samples(x, 500, x, 500, &pts, &npts) == 0, "pts");
	rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_EXACT, &res);
	CHECK(rc == 0 && res.statistic == 0.0 && res.p_value == 1.0, "D=0 exact");
	rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_ASYMP, &res);
	CHECK(rc == 0 && res.p_value == 1.0, "D=0 asymp");
	gl_free(pts);

	/* one-sample distributions at their edges */
	CHECK(gl_ks_kolmogorov_sf(10, 0.0) == 1.0, "kolmogorov sf(0)");
	CHECK(gl_ks_kolmogorov_sf(10, 1.0) == 0.0, "kolmogorov sf(1)");
	CHECK(gl_ks_smirnov_sf(10, 0.0) == 1.0, "smirnov sf(0)");
	CHECK(gl_ks_smirnov_sf(10, 1.0) == 0.0, "smirnov sf(1)");
	CHECK_REL(gl_ks_smirnov_sf(1, 0.3), 0.7, 1e-15, "smirnov n=1");
	CHECK_REL(gl_ks_kolmogorov_sf(1, 0.7), 0.6, 1e-15, "kolmogorov n=1");
	CHECK(isnan(gl_ks_smirnov_sf(0, 0.5)), "smirnov n=0 NaN");
	{
		/* the whole range of n and x gives finite values in [0,1] */
		static const int64_t ns[] = {1, 2, 3, 10, 140, 141, 1000, 100000,
		100001, 10000000, INT64_C(1000000000000)};
		size_t		i;
		int			bad = 0;

		for (i = 0; i < sizeof(ns) / sizeof(ns[0]); i++)
		{
			double		xx;

			for (xx = 1e-7; xx < 1.0; xx *= 1.7)
			{
				double		p1 = gl_ks_kolmogorov_sf(ns[i], xx);
				double		p2 = gl_ks_smirnov_sf(ns[i], xx);

				if (!(p1 >= 0 && p1 <= 1) || !(p2 >= 0 && p2 <= 1))
					bad++;
			}
		}
		CHECK(bad == 0, "one-sample sf outside [0,1]: %d", bad);
	}
}

static void
test_ks_errors(void)
{
	gl_ks_point p[3] = {{1.0, 1, 0}, {2.0, 0, 1}, {3.0, 1, 1}};
	gl_ks_point *pts;
	size_t		npts;
	gl_ks_result res;
	double		x[2] = {1.0, NAN};

	CHECK(gl_ks_test(NULL, 0, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_EMPTY,
		  "no points");
	CHECK(res.p_value == 1.0 && res.statistic == 0.0, "neutral result on error");
	CHECK(gl_ks_test(NULL, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_PARAM,
		  "NULL points");
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, NULL) == GL_STATS_E_PARAM,
		  "NULL out");
	CHECK(gl_ks_test(p, 1, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_EMPTY,
		  "sample 2 empty");
	CHECK(gl_ks_test(p, 3, (gl_ks_alternative) 7, GL_KS_AUTO, &res) == GL_STATS_E_PARAM,
		  "bad alternative");
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, (gl_ks_method) 9, &res) == GL_STATS_E_PARAM,
		  "bad method");
	p[1].value = 0.5;
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_UNSORTED,
		  "unsorted");
	p[1].value = NAN;
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_PARAM,
		  "NaN value");
	p[1].value = 2.0;
	p[1].n2 = -1;
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_PARAM,
		  "negative count");
	p[1].n2 = 1;
	CHECK(gl_ks_test(p, 3, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_OK,
		  "valid after fixes");
	CHECK(gl_ks_points_from_samples(x, 2, x, 1, &pts, &npts) == GL_STATS_E_PARAM,
		  "NaN sample");
	CHECK(gl_ks_points_from_samples(x, 1, NULL, 0, &pts, &npts) == GL_STATS_OK &&
		  npts == 1, "one-sided sample builds");
	CHECK(gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == GL_STATS_E_EMPTY,
		  "empty sample 2");
	gl_free(pts);

	/*
	 * Equal values split over consecutive points form one tie block; a
	 * block (3, 2) split as (1,0),(2,2) gives the same answer as unsplit.
	 */
	{
		gl_ks_point a[3] = {{0.0, 1, 1}, {1.0, 3, 2}, {2.0, 0, 3}};
		gl_ks_point b[4] = {{0.0, 1, 1}, {1.0, 1, 0}, {1.0, 2, 2}, {2.0, 0, 3}};
		gl_ks_result ra;
		gl_ks_result rb;

		CHECK(gl_ks_test(a, 3, GL_KS_TWO_SIDED, GL_KS_EXACT, &ra) == 0 &&
			  gl_ks_test(b, 4, GL_KS_TWO_SIDED, GL_KS_EXACT, &rb) == 0 &&
			  ra.statistic == rb.statistic && ra.p_value == rb.p_value,
			  "split tie block");
	}

	/* exact beyond the work limit is refused; auto goes asymptotic */
	{
		gl_ks_point big[2] = {{0.0, 2000000000, 0}, {1.0, 0, 2000000000}};

		CHECK(gl_ks_test(big, 2, GL_KS_TWO_SIDED, GL_KS_EXACT, &res) ==
			  GL_STATS_E_TOO_LARGE, "exact too large");
		CHECK(gl_ks_test(big, 2, GL_KS_TWO_SIDED, GL_KS_AUTO, &res) == 0 &&
			  res.method_used == GL_KS_ASYMP && res.statistic == 1.0 &&
			  res.p_value == 0.0, "huge auto asymp");
	}
}

static void
test_ks_large(void)
{
	ks_case		big;
	double	   *x;
	double	   *y;
	gl_ks_point *pts;
	size_t		npts;
	gl_ks_result res;
	double		secs;
	int			rc;

	/* T9 (12000 x 11000, no ties) exact = the classical exact p */
	rc = run_ks(&cases[8], GL_KS_TWO_SIDED, GL_KS_EXACT, &res, &secs);
	CHECK(rc == 0, "T9 exact rc %d", rc);
	CHECK_REL(res.p_value, two_rows[8].p_exact, 1e-9, "T9 exact (12000 x 11000)");
	printf("T9 exact 12000 x 11000: p %.15g rel err %.2e, %.3f s\n",
		   res.p_value, unit_reldiff(res.p_value, two_rows[8].p_exact), secs);

	/* 10000 x 10000 exact, a shifted pair and a null pair, with ties */
	x = gen_normal(11, 10000, 0.0);
	y = gen_normal(12, 10000, 0.05);
	CHECK(gl_ks_points_from_samples(x, 10000, y, 10000, &pts, &npts) == 0, "pts");
	big.id = "big";
	big.x = x;
	big.n1 = 10000;
	big.y = y;
	big.n2 = 10000;
	big.pts = pts;
	big.npts = npts;
	rc = run_ks(&big, GL_KS_TWO_SIDED, GL_KS_EXACT, &res, &secs);
	CHECK(rc == 0 && res.p_value >= 0 && res.p_value <= 1, "10000 exact");
	printf("exact 10000 x 10000 two-sided (shift 0.05): D %.6g p %.6g, %.3f s\n",
		   res.statistic, res.p_value, secs);
	rc = run_ks(&big, GL_KS_GREATER, GL_KS_EXACT, &res, &secs);
	CHECK(rc == 0 && res.p_value >= 0 && res.p_value <= 1, "10000 exact greater");
	printf("exact 10000 x 10000 greater: D %.6g p %.6g, %.3f s\n",
		   res.statistic, res.p_value, secs);

	gl_free(pts);

	/* rounding to 3 decimals: heavy ties, and a larger D (wide band) */
	{
		int			k;

		for (k = 0; k < 10000; k++)
		{
			x[k] = round(x[k] * 1000.0) / 1000.0;
			y[k] = round((y[k] + 0.25) * 1000.0) / 1000.0;
		}
	}
	CHECK(gl_ks_points_from_samples(x, 10000, y, 10000, &pts, &npts) == 0, "pts");
	{
		double		t0 = now_seconds();

		rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_EXACT, &res);
		secs = now_seconds() - t0;
	}
	CHECK(rc == 0 && res.p_value >= 0 && res.p_value <= 1, "10000 exact ties");
	printf("exact 10000 x 10000 two-sided, ties (%zu points), shift 0.3: D %.6g p %.6g, %.3f s\n",
		   npts, res.statistic, res.p_value, secs);
	gl_free(pts);
	free(x);
	free(y);

	/* the widest band: fully separated 10000 x 10000 (p underflows to 0) */
	x = gen_normal(13, 10000, 0.0);
	y = gen_normal(14, 10000, 100.0);
	CHECK(gl_ks_points_from_samples(x, 10000, y, 10000, &pts, &npts) == 0, "pts");
	{
		double		t0 = now_seconds();

		rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_EXACT, &res);
		secs = now_seconds() - t0;
	}
	CHECK(rc == 0 && res.statistic == 1.0 && res.p_value >= 0 &&
		  res.p_value < 1e-300, "10000 separated");
	printf("exact 10000 x 10000 fully separated: p %.3g, %.3f s\n",
		   res.p_value, secs);
	{
		double		t0 = now_seconds();
		int			i;

		for (i = 0; i < 1000; i++)
			rc = gl_ks_test(pts, npts, GL_KS_TWO_SIDED, GL_KS_ASYMP, &res);
		secs = (now_seconds() - t0) / 1000.0;
	}
	printf("asymp 10000 x 10000 (incl. scan of %zu points): %.6f s per test\n",
		   npts, secs);
	gl_free(pts);
	free(x);
	free(y);
}

/* ----------------------------------------------------------------------
 * The status table
 * ---------------------------------------------------------------------- */

static void
test_status_table(void)
{
	const char *why = gl_status_table_check(&gl_stats_statuses);
	char		buf[256];
	gl_status_args a = {0};
	int			code;

	CHECK(why == NULL, "stats table: %s", why ? why : "");
	for (code = GL_STATS_E_PARAM; code <= GL_STATS_E_CONFIDENCE_RANGE; code++)
		CHECK(gl_status_find(&gl_stats_statuses, code) != NULL,
			  "status %d has a descriptor", code);
	CHECK(gl_status_find(&gl_stats_statuses, GL_STATS_OK) == NULL, "no OK");

	/* the kinds fix the SQLSTATEs the glue raises */
	CHECK(gl_status_find(&gl_stats_statuses, GL_STATS_E_PARAM)->kind == GL_ERR_PARAM &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_CONFIDENCE)->kind == GL_ERR_PARAM &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_BINS)->kind == GL_ERR_PARAM &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_NUMERIC)->kind == GL_ERR_RANGE &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_OVERFLOW)->kind == GL_ERR_RANGE &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_TOO_LARGE)->kind == GL_ERR_LIMIT &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_NOMEM)->kind == GL_ERR_LIMIT &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_UNSORTED)->kind == GL_ERR_CORRUPT &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_COUNT_LIMIT)->kind == GL_ERR_RANGE &&
		  gl_status_find(&gl_stats_statuses, GL_STATS_E_CONFIDENCE_RANGE)->kind == GL_ERR_PARAM,
		  "kinds");
	/* no status is internal: every one is reachable only as a SQL error */
	for (code = GL_STATS_E_PARAM; code <= GL_STATS_E_CONFIDENCE_RANGE; code++)
		CHECK(gl_status_find(&gl_stats_statuses, code)->kind != GL_ERR_INTERNAL,
			  "status %d is not internal", code);

	/* the templates as the glue fills them */
	a.arg = "confidence";
	a.has_value = true;
	a.value = 1.5;
	gl_status_format(buf, sizeof(buf),
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_CONFIDENCE)->message,
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_CONFIDENCE), &a);
	CHECK(strcmp(buf, "confidence must be between 0 and 1 (exclusive), not 1.5") == 0,
		  "confidence message '%s'", buf);
	a.arg = NULL;
	a.value = 1;
	gl_status_format(buf, sizeof(buf),
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_BINS)->message,
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_BINS), &a);
	CHECK(strcmp(buf, "bins must be at least 2, not 1") == 0, "bins message '%s'", buf);
	a.has_value = false;
	a.extra = "confusion";
	gl_status_format(buf, sizeof(buf),
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_OVERFLOW)->message,
					 gl_status_find(&gl_stats_statuses, GL_STATS_E_OVERFLOW), &a);
	CHECK(strcmp(buf, "confusion count out of range") == 0, "overflow message '%s'", buf);
	/* the work limit the detail of GL_STATS_E_TOO_LARGE states */
	CHECK(GL_KS_EXACT_MAX_WORK == 4e9 &&
		  strstr(gl_status_find(&gl_stats_statuses, GL_STATS_E_TOO_LARGE)->detail,
				 "at most 4e9") != NULL, "work limit stated");
}

static long interrupt_calls;

static void
count_interrupts(void)
{
	interrupt_calls++;
}

/* the long loops call gl_check_interrupts() */
static void
test_interrupts(void)
{
	gl_ks_point p[2] = {{0.0, 3000, 1000}, {1.0, 1000, 3000}};
	gl_ks_result res;
	double		lo;
	double		hi;

	gl_interrupt_hook = count_interrupts;
	interrupt_calls = 0;
	CHECK(gl_ks_test(p, 2, GL_KS_TWO_SIDED, GL_KS_EXACT, &res) == GL_STATS_OK,
		  "exact 4000 x 4000");
	CHECK(interrupt_calls >= 7, "exact walk polls: %ld calls", interrupt_calls);
	interrupt_calls = 0;
	/* a direct tail sum of some 1e5 terms */
	CHECK(gl_binom_clopper_pearson(400000000L, 1000000000L, 0.95, &lo, &hi) ==
		  GL_STATS_OK, "cp 4e8 / 1e9");
	CHECK(interrupt_calls > 0, "tail sums poll: %ld calls", interrupt_calls);
	gl_interrupt_hook = NULL;
}

int
main(void)
{
	unit_name = "test_stats";
	setvbuf(stdout, NULL, _IOLBF, 0);
	gsl_set_error_handler_off();

	test_binomial();
	test_classification();
	build_cases();
	test_ks_reference();
	test_ks_brute();
	test_ks_classical();
	test_ks_tails();
	test_ks_errors();
	test_ks_large();
	test_status_table();
	test_interrupts();
	free_cases();
	return unit_done();
}
