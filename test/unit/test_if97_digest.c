/*
 * test_if97_digest.c - the IF97 core's results must not change with the
 * compiler flags (make test builds this program with the extension's own
 * optimisation flags, see the Makefile).
 *
 * From every input of the independent oracle data (test/data/
 * if97_oracle.csv, the inputs steam_oracle.sql checks the values of) and
 * 48 neighbours of each (each input scaled by 1 + k*1e-4, k = -3..3), the
 * program builds the state of the row's form and hashes the bits of every
 * result: the status, the state's fields, all properties
 * (gl_if97_properties and gl_if97_properties_basic), Tsat(p) and psat(T),
 * and the saturated phases at p.  The digest below was computed by this
 * program built against the core of main b6d91cb with the unit tests' -O2,
 * the build whose values the oracle comparisons (test_if97, steam_oracle)
 * validate; any other flags (-O3, -march, contraction into fused
 * multiply-adds) must give the same bits.
 *
 * It also checks, for every state, that the enthalpy computed alone
 * (gl_if97_enthalpy, the accessors' and steam_property's fast path) has the
 * same bits as the h of both property functions.
 */
#include <stdint.h>
#include <stdlib.h>

#include "steam/if97.h"
#include "unit.h"

#define IF97_DIGEST UINT64_C(0xe6a3bb39c8aff31a)
#define IF97_DIGEST_STATES 148239

static uint64_t digest = UINT64_C(0xcbf29ce484222325);	/* FNV-1a 64 */

static void
mix(const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		digest ^= b[i];
		digest *= UINT64_C(0x100000001b3);
	}
}

static void
mix_d(double v)
{
	mix(&v, sizeof(v));
}

static void
mix_i(int v)
{
	mix(&v, sizeof(v));
}

static void
mix_props(const gl_if97_props *p)
{
	mix_d(p->v);
	mix_d(p->rho);
	mix_d(p->h);
	mix_d(p->u);
	mix_d(p->s);
	mix_d(p->cp);
	mix_d(p->cv);
	mix_d(p->w);
}

static long states;
static long enthalpy_differs;	/* states where gl_if97_enthalpy differs */

static void
one(const char *kind, double a, double b)
{
	gl_if97_state st = {0};
	gl_if97_status rc;
	gl_if97_props full = {0},
				basic = {0},
				liq = {0},
				vap = {0};
	double		t = 0.0,
				h = 0.0;

	if (strcmp(kind, "pt") == 0)
		rc = gl_if97_state_pt(a, b, &st);
	else if (strcmp(kind, "px") == 0)
		rc = gl_if97_state_px(a, b, &st);
	else if (strcmp(kind, "tx") == 0)
		rc = gl_if97_state_tx(a, b, &st);
	else if (strcmp(kind, "ph") == 0)
		rc = gl_if97_state_ph(a, b, &st);
	else
		rc = gl_if97_state_ps(a, b, &st);
	mix_i(rc);
	if (rc == GL_IF97_OK)
	{
		states++;
		mix_d(st.p);
		mix_d(st.T);
		mix_d(st.rho);
		mix_d(st.x);
		mix_i(st.region);
		mix_i(gl_if97_properties(&st, &full));
		mix_props(&full);
		mix_i(gl_if97_properties_basic(&st, &basic));
		mix_props(&basic);
#ifndef DIGEST_ONLY
		if (gl_if97_enthalpy(&st, &h) != GL_IF97_OK ||
			memcmp(&h, &full.h, sizeof(h)) != 0 ||
			memcmp(&h, &basic.h, sizeof(h)) != 0)
			enthalpy_differs++;
#endif
	}
	mix_i(gl_if97_tsat_p(a, &t));
	mix_d(t);
	mix_i(gl_if97_psat_t(b, &t));
	mix_d(t);
	mix_i(gl_if97_saturation_p(a, &t, &liq, &vap));
	mix_props(&liq);
	mix_props(&vap);
	(void) h;
}

int
main(void)
{
	FILE	   *f = fopen("test/data/if97_oracle.csv", "r");
	char		line[1024];
	long		rows = 0;

	unit_name = "test_if97_digest";
	CHECK(f != NULL, "cannot open test/data/if97_oracle.csv (run from the top directory)");
	if (f == NULL)
		return unit_done();
	while (fgets(line, sizeof(line), f))
	{
		char		kind[8];
		int			region;
		double		p,
					t,
					x,
					h,
					s;
		char	   *fld[11];
		char	   *c = line;
		int			n = 0;
		double		a,
					b;
		int			i,
					j;

		if (line[0] == '#' || strncmp(line, "kind", 4) == 0)
			continue;
		/* kind,region,p,t,x,h,s,...: empty fields are absent values */
		while (n < 11)
		{
			fld[n++] = c;
			c = strchr(c, ',');
			if (c == NULL)
				break;
			*c++ = '\0';
		}
		if (n < 7)
			continue;
		snprintf(kind, sizeof(kind), "%.7s", fld[0]);
		region = atoi(fld[1]);
		p = strtod(fld[2], NULL);
		t = strtod(fld[3], NULL);
		x = strtod(fld[4], NULL);
		h = strtod(fld[5], NULL);
		s = strtod(fld[6], NULL);
		(void) region;
		a = strcmp(kind, "tx") == 0 ? t : p;
		b = strcmp(kind, "pt") == 0 ? t : strcmp(kind, "ph") == 0 ? h :
			strcmp(kind, "ps") == 0 ? s : x;
		rows++;
		for (i = -3; i <= 3; i++)
			for (j = -3; j <= 3; j++)
				one(kind, a * (1.0 + i * 1e-4), b * (1.0 + j * 1e-4));
	}
	fclose(f);
	CHECK(rows == 3040, "read %ld oracle rows, want 3040", rows);
	printf("digest 0x%016llx over %ld states\n", (unsigned long long) digest, states);
#ifndef DIGEST_ONLY
	CHECK(states == IF97_DIGEST_STATES, "%ld states built, want %ld", states,
		  (long) IF97_DIGEST_STATES);
	CHECK(digest == IF97_DIGEST,
		  "results changed: digest 0x%016llx, want 0x%016llx (the build's flags or the formulas changed a bit)",
		  (unsigned long long) digest, (unsigned long long) IF97_DIGEST);
	CHECK(enthalpy_differs == 0,
		  "gl_if97_enthalpy differs from the properties' h in %ld states",
		  enthalpy_differs);
#endif
	return unit_done();
}
