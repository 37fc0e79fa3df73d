/*-------------------------------------------------------------------------
 *
 * bench_if97.c
 *	  Micro-benchmark of the IAPWS-IF97 core (src/steam/if97.c).
 *
 * For each case, NIN varied valid inputs are prepared first (from
 * gl_if97_state_pt on a pseudo-random (p,T) sample inside the case's region);
 * the timed loop then cycles over them many times, summing results into a
 * volatile sink so nothing is optimised away.  Prints one line per case:
 *
 *	   name ns_per_call
 *
 * Build and run (from the repository root):
 *	 gcc -O2 -Isrc bench/bench_if97.c src/steam/if97.c -lm -o /tmp/bench_if97
 * (bench/run.sh builds it with all the cores, as `make bench` does)
 *	 /tmp/bench_if97 [scale]
 *
 * bench/bench_if97.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "steam/if97.h"

#define NIN 1024

static volatile double sink;

typedef struct input
{
	double		p,
				T,
				h,
				s;
} input;

static input inputs[NIN];

/* xorshift64: a small deterministic generator */
static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static double
urand(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (double) (rng_state >> 11) / 9007199254740992.0;
}

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Fill inputs[] with states of the given region in the (p,T) box */
static void
prepare(int region, double p0, double p1, double T0, double T1)
{
	int			n = 0;

	while (n < NIN)
	{
		double		p = p0 + (p1 - p0) * urand();
		double		T = T0 + (T1 - T0) * urand();
		gl_if97_state	st;
		gl_if97_props	pr;

		if (gl_if97_state_pt(p, T, &st) != GL_IF97_OK || st.region != region)
			continue;
		gl_if97_properties(&st, &pr);
		inputs[n].p = p;
		inputs[n].T = T;
		inputs[n].h = pr.h;
		inputs[n].s = pr.s;
		n++;
	}
}

enum bench_kind
{
	B_H_PT, B_STATE_PT, B_STATE_PH, B_STATE_PS, B_TSAT,
	B_STATE_PROPS_H,			/* state from (p,T), h of properties_basic */
	B_STATE_ENTHALPY			/* state from (p,T), gl_if97_enthalpy */
};

static void
run(const char *name, enum bench_kind kind, long iters)
{
	double		t0,
				t1,
				acc = 0.0;
	long		i;
	gl_if97_state	st;

	/* warm-up pass */
	for (i = 0; i < NIN; i++)
		acc += gl_if97_h_pt(inputs[i].p, inputs[i].T);

	t0 = now_ns();
	for (i = 0; i < iters; i++)
	{
		const input *in = &inputs[i & (NIN - 1)];
		double		T;

		switch (kind)
		{
			case B_H_PT:
				acc += gl_if97_h_pt(in->p, in->T);
				break;
			case B_STATE_PT:
				gl_if97_state_pt(in->p, in->T, &st);
				acc += st.rho;
				break;
			case B_STATE_PH:
				gl_if97_state_ph(in->p, in->h, &st);
				acc += st.T;
				break;
			case B_STATE_PS:
				gl_if97_state_ps(in->p, in->s, &st);
				acc += st.T;
				break;
			case B_TSAT:
				gl_if97_tsat_p(in->p, &T);
				acc += T;
				break;
			case B_STATE_PROPS_H:
				{
					gl_if97_props pr;

					gl_if97_state_pt(in->p, in->T, &st);
					gl_if97_properties_basic(&st, &pr);
					acc += pr.h;
				}
				break;
			case B_STATE_ENTHALPY:
				gl_if97_state_pt(in->p, in->T, &st);
				gl_if97_enthalpy(&st, &T);
				acc += T;
				break;
		}
	}
	t1 = now_ns();
	sink = acc;
	printf("%s %.1f\n", name, (t1 - t0) / (double) iters);
}

int
main(int argc, char **argv)
{
	double		scale = (argc > 1) ? atof(argv[1]) : 1.0;
	long		fast = (long) (2000000 * scale);
	long		slow = (long) (200000 * scale);

	if (fast < NIN)
		fast = NIN;
	if (slow < NIN)
		slow = NIN;

	prepare(1, 0.1, 100.0, 275.0, 620.0);
	run("h_pt_region1", B_H_PT, fast);
	run("state_pt_region1", B_STATE_PT, fast);
	run("state_ph_region1", B_STATE_PH, fast);
	run("state_ps_region1", B_STATE_PS, fast);
	run("state_pt_props_h_region1", B_STATE_PROPS_H, fast);
	run("state_pt_enthalpy_region1", B_STATE_ENTHALPY, fast);

	prepare(2, 0.001, 30.0, 300.0, 1073.0);
	run("h_pt_region2", B_H_PT, fast);
	run("state_pt_region2", B_STATE_PT, fast);
	run("state_ph_region2", B_STATE_PH, fast);
	run("state_ps_region2", B_STATE_PS, fast);
	run("state_pt_props_h_region2", B_STATE_PROPS_H, fast);
	run("state_pt_enthalpy_region2", B_STATE_ENTHALPY, fast);

	prepare(3, 16.6, 100.0, 624.0, 860.0);
	run("h_pt_region3", B_H_PT, slow);
	run("state_pt_region3", B_STATE_PT, slow);
	run("state_ph_region3", B_STATE_PH, slow);
	run("state_ps_region3", B_STATE_PS, slow);

	prepare(5, 0.01, 50.0, 1074.0, 2273.0);
	run("h_pt_region5", B_H_PT, fast);

	prepare(2, 0.001, 22.0, 280.0, 1000.0);
	run("tsat_p", B_TSAT, fast);
	return 0;
}
