/*-------------------------------------------------------------------------
 *
 * if97.h
 *	  IAPWS-IF97 industrial formulation for the thermodynamic properties of
 *	  water and steam (IAPWS release R7-97(2012), including the 2007
 *	  revision of region 5 and the supplementary metastable-vapour equation).
 *
 * Plain C99: no PostgreSQL headers.  Nothing here keeps any state between
 * calls, so every function is re-entrant and thread-safe.
 *
 * Units throughout: p in MPa (absolute), T in K, rho in kg/m3, v in m3/kg,
 * h and u in kJ/kg, s, cp and cv in kJ/(kg K), w in m/s.
 *
 * No function returns NaN, an infinity or a value outside the range of
 * validity for valid input; inputs are checked first and a gl_if97_status
 * code other than GL_IF97_OK is returned instead.  gl_if97_statuses
 * describes each code (its SQLSTATE kind, message, detail and hint).
 *
 * src/steam/if97.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef GREENLANG_IF97_H
#define GREENLANG_IF97_H

#include "base/status.h"

/* Constants of the formulation (Eqs. 1-3 and section 2 of the release) */
#define GL_IF97_R		0.461526	/* specific gas constant, kJ/(kg K) */
#define GL_IF97_TC		647.096		/* critical temperature, K */
#define GL_IF97_PC		22.064		/* critical pressure, MPa */
#define GL_IF97_RHOC	322.0		/* critical density, kg/m3 */

/* Range of validity (section 4 of the release) */
#define GL_IF97_T_MIN	273.15		/* K */
#define GL_IF97_T_MAX	2273.15		/* K, region 5, p <= 50 MPa */
#define GL_IF97_T_25	1073.15		/* K, border between regions 2 and 5 */
#define GL_IF97_P_MAX	100.0		/* MPa, for T <= 1073.15 K */
#define GL_IF97_P_MAX5 50.0		/* MPa, for T > 1073.15 K */
#define GL_IF97_T_13	623.15		/* K, border between regions 1 and 3 */

/*
 * Lowest pressure of the saturation line: psat(273.15 K) from Eq. 30,
 * 611.212677 Pa (611.213 Pa rounded).  The functions use the equation's
 * own value; this constant is for documentation and callers.
 */
#define GL_IF97_PSAT_MIN 6.1121267744434485e-4

/* Status codes: never return NaN or a value outside the range: a code instead */
typedef enum
{
	GL_IF97_OK = 0,
	GL_IF97_E_NONFINITE,			/* an input is NaN or infinite */
	GL_IF97_E_PRESSURE,			/* p <= 0 or above the range for this
								 * temperature */
	GL_IF97_E_TEMPERATURE,			/* T outside 273.15..2273.15 K (or >1073.15
								 * with p > 50 MPa) */
	GL_IF97_E_QUALITY,				/* x outside [0,1] */
	GL_IF97_E_SATURATION_RANGE,	/* saturation asked outside 273.15 K..Tc /
								 * 611.213 Pa..pc */
	GL_IF97_E_ON_SATURATION,		/* (p,T) exactly on the saturation line:
								 * ambiguous, use (p,x) */
	GL_IF97_E_ENTHALPY,			/* (p,h) outside the range */
	GL_IF97_E_ENTROPY,				/* (p,s) outside the range */
	GL_IF97_E_NO_CONVERGENCE,		/* an iteration failed (should never happen
								 * in range) */
	GL_IF97_E_UNDEFINED,			/* property undefined for this state (cp, cv,
								 * w of a two-phase mixture) */
	GL_IF97_E_NOT_SATURATED		/* (p,T,x): T is not the saturation
								 * temperature at p */
} gl_if97_status;

/*
 * The descriptor of each status.  Their fields: {arg} the input the status
 * is about (the descriptor's, or the caller's for a status about either
 * pressure or temperature), {value} and {name} that input's value and unit
 * as given, {item} the inputs in MPa, K, kJ/kg, kJ/(kg*K) ("p = 1 MPa,
 * T = 300 K"), {extra} the saturation temperature (GL_IF97_E_NOT_SATURATED).
 */
extern const gl_status_table gl_if97_statuses;	/* if97_status.c */

/*
 * Relative tolerance of T against Tsat(p) in a two-phase state given by
 * (p, T, x), the canonical text form: T must be Tsat(p) to this much.
 */
#define GL_IF97_SAT_T_TOLERANCE 1e-9

typedef struct gl_if97_state
{
	double		p;				/* MPa, absolute */
	double		T;				/* K */
	double		rho;			/* kg/m3: the solved density in region 3, the
								 * mixture density in region 4 above 623.15 K,
								 * 0 otherwise (use gl_if97_properties for the
								 * density) */
	double		x;				/* vapour quality 0..1 for region 4, -1 for
								 * single phase */
	int			region;			/* 1, 2, 3, 5 single phase; 4 = two-phase
								 * mixture or saturated (x in [0,1]) */
} gl_if97_state;

typedef struct gl_if97_props
{
	double		v,				/* m3/kg */
				rho,			/* kg/m3 */
				h,				/* kJ/kg */
				u,				/* kJ/kg */
				s,				/* kJ/(kg K) */
				cp,				/* kJ/(kg K) */
				cv,				/* kJ/(kg K) */
				w;				/* m/s */
} gl_if97_props;

/*
 * State constructors.  On success *out is filled and GL_IF97_OK returned; on
 * failure *out is left untouched.
 *
 * Invariant: for a single-phase state returned by any constructor,
 * gl_if97_state_pt(st.p, st.T) gives the same region and the same properties.
 */
extern gl_if97_status gl_if97_state_pt(double p, double T, gl_if97_state *out);
extern gl_if97_status gl_if97_state_px(double p, double x, gl_if97_state *out);
extern gl_if97_status gl_if97_state_tx(double T, double x, gl_if97_state *out);
extern gl_if97_status gl_if97_state_ph(double p, double h, gl_if97_state *out);
extern gl_if97_status gl_if97_state_ps(double p, double s, gl_if97_state *out);

/*
 * A two-phase state from p, T and x, as its canonical text gives it: the
 * state of (p, x) with T as given, which must be Tsat(p) to within
 * GL_IF97_SAT_T_TOLERANCE (GL_IF97_E_NOT_SATURATED otherwise).  Keeping the
 * given T makes text output -> input exact.
 */
extern gl_if97_status gl_if97_state_ptx(double p, double T, double x,
										gl_if97_state *out);

/*
 * The phase of a state: "liquid", "vapor", "supercritical" (above both the
 * critical temperature and pressure), or for a two-phase state "saturated
 * liquid" (x = 0), "saturated vapor" (x = 1), "two-phase".
 */
extern const char *gl_if97_phase(const gl_if97_state *st);

/*
 * All properties of a state.  For region 4, v, rho, h, u, s are mixture
 * values and cp, cv, w are set to 0 (GL_IF97_OK is still returned): use
 * gl_if97_props_defined_cp_cv_w() to tell.
 */
extern gl_if97_status gl_if97_properties(const gl_if97_state *st, gl_if97_props *out);
extern gl_if97_status gl_if97_properties_basic(const gl_if97_state *st, gl_if97_props *out);	/* v, rho, h, u, s only */
extern int	gl_if97_props_defined_cp_cv_w(const gl_if97_state *st);	/* 0 for two-phase */

/*
 * The enthalpy of a state alone, the same value bit for bit as the h of
 * gl_if97_properties_basic() (and the same status); faster in regions 1 and
 * 2 and for saturated liquid or vapour below 623.15 K, where it skips what
 * only the other properties need.
 */
extern gl_if97_status gl_if97_enthalpy(const gl_if97_state *st, double *h);

/*
 * Saturated liquid and vapour at pressure p (psat(273.15 K) <= p <= pc):
 * *T = Tsat(p); liq and vap may be NULL.
 */
extern gl_if97_status gl_if97_saturation_p(double p, double *T,
									 gl_if97_props *liq, gl_if97_props *vap);
/* the same with v, rho, h, u, s only (cp, cv, w are 0), bit-identical */
extern gl_if97_status gl_if97_saturation_p_basic(double p, double *T,
										   gl_if97_props *liq, gl_if97_props *vap);

/*
 * Fast path for benchmarks and tests: single-phase enthalpy from (p,T).
 * The caller guarantees that (p,T) is valid and not on the saturation line.
 * Returns NaN only for invalid input.
 */
extern double gl_if97_h_pt(double p, double T);

/* Region 4 (saturation line) */
/*
 * Region 4 (saturation line).  gl_if97_tsat_p: Eq. 31, psat(273.15 K) <= p <=
 * pc; gl_if97_psat_t: Eq. 30, 273.15 K <= T <= Tc.  Results are clamped to
 * [273.15 K, Tc] and [psat(273.15 K), pc] (the two equations are inverses of
 * each other only to ~2e-11).
 */
extern gl_if97_status gl_if97_tsat_p(double p, double *T);
extern gl_if97_status gl_if97_psat_t(double T, double *p);

/* Raw equations, exposed for the verification tests (no range checks) */
extern double gl_if97_b23_p(double T);		/* Eq. 5 */
extern double gl_if97_b23_t(double p);		/* Eq. 6 */
extern double gl_if97_b2bc_p(double h);	/* Eq. 20 */
extern double gl_if97_b2bc_h(double p);	/* Eq. 21 */
extern void gl_if97_region1(double p, double T, gl_if97_props *out);
extern void gl_if97_region2(double p, double T, gl_if97_props *out);
extern void gl_if97_region2_metastable(double p, double T, gl_if97_props *out);	/* Eq. 18 */
extern void gl_if97_region3_rhot(double rho, double T, double *p, gl_if97_props *out);
extern void gl_if97_region5(double p, double T, gl_if97_props *out);

/*
 * Raw backward equations T(p,h) (Eqs. 11, 22, 23, 24) and T(p,s) (Eqs. 13,
 * 25, 26, 27).  subregion: 1, 21 = 2a, 22 = 2b, 23 = 2c.  Returns NaN for an
 * unknown subregion.
 */
extern double gl_if97_backward_t_ph(int subregion, double p, double h);
extern double gl_if97_backward_t_ps(int subregion, double p, double s);

#endif							/* GREENLANG_IF97_H */
