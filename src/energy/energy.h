/*-------------------------------------------------------------------------
 *
 * energy.h
 *	  Steam-trap losses: steam through a failed trap orifice (Napier's
 *	  rule), the energy that steam carries, the fuel a boiler burns to make
 *	  it, what that costs and the CO2 it emits.
 *
 * Plain C99: no PostgreSQL headers.  Every function checks its inputs and
 * returns a gl_energy_status; on success the result is finite and not
 * negative, on failure *out is left untouched.
 *
 * Units: pressure MPa (absolute), temperature K, length m, mass kg, mass
 * flow kg/h, time h, specific energy kJ/kg, energy kJ (the base units of
 * src/units); the conversion to and from the caller's units is the glue's.
 *
 * src/energy/energy.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef GREENLANG_ENERGY_H
#define GREENLANG_ENERGY_H

#include <stddef.h>

#include "steam/if97.h"

/*
 * Napier's rule for choked flow of saturated steam through an orifice:
 * W [lb/s] = A [in2] * P [psia] / 70.  With A = pi D^2 / 4 and per hour:
 * W [lb/h] = (3600 / 70) (pi / 4) P D^2 = 40.392 P D^2.  The industry form
 * "24.24 P D^2" is 0.6 x 40.4: the constant is taken as 40.4 (0.02 % above
 * 40.392, far inside the accuracy of the empirical 1/70) so that the default
 * discharge coefficient gives that form exactly.
 */
#define GL_NAPIER_LBH_PER_PSIA_IN2 40.4

/* Discharge coefficient: the default gives the "24.24 P D^2" form. */
#define GL_TRAP_CD_DEFAULT	0.6

/*
 * The discharge coefficient that reproduces US DOE Steam Tip Sheet #1
 * (75.8 lb/h through 1/8 in at 150 psig): 29.456 P D^2 lb/h.
 */
#define GL_TRAP_CD_DOE		0.7291

/* Loss into a closed condensate return, relative to discharge to air. */
#define GL_CLOSED_RETURN_FACTOR 0.5

/*
 * A (p, T) reading at most this far below Tsat(p) is saturated steam (the
 * sensors' error), not compressed liquid; further below it is not steam.
 */
#define GL_SAT_TOLERANCE_K	2.0

typedef enum gl_energy_status
{
	GL_EN_OK = 0,
	GL_EN_NONFINITE,			/* an input is NaN or infinite */
	GL_EN_NEGATIVE,				/* a quantity below zero */
	GL_EN_PRESSURE_LOW,			/* absolute pressure too low */
	GL_EN_PRESSURE_HIGH,		/* at or above the critical pressure */
	GL_EN_COEFFICIENT,			/* a coefficient or fraction outside (0, 1] */
	GL_EN_ZERO_DIVISOR,			/* an efficiency or divisor of zero */
	GL_EN_NOT_STEAM,			/* temperature far below saturation */
	GL_EN_TEMPERATURE,			/* temperature outside IAPWS-IF97 */
	GL_EN_FEEDWATER,			/* feedwater not liquid at the pressure */
	GL_EN_OVERFLOW,				/* the result is not a finite number */
	GL_EN_STEAM_FAILED			/* the IF97 core failed */
} gl_energy_status;

extern const char *gl_energy_status_message(gl_energy_status st);

/* ---- names given as text ------------------------------------------- */

/*
 * Trap failure modes and their loss factors (UNFCCC CDM AM0017):
 * blow-through 1, leaking 0.25, rapid-cycling 0.2, ok/plugged/flooded 0.
 */
typedef enum gl_trap_mode
{
	GL_TRAP_BLOW_THROUGH = 0,
	GL_TRAP_LEAKING,
	GL_TRAP_RAPID_CYCLING,
	GL_TRAP_OK,
	GL_TRAP_PLUGGED,
	GL_TRAP_FLOODED,
	GL_TRAP__COUNT
} gl_trap_mode;

/* where the trap discharges */
typedef enum gl_trap_discharge
{
	GL_DISCHARGE_ATMOSPHERE = 0,
	GL_DISCHARGE_CLOSED_RETURN,
	GL_DISCHARGE__COUNT
} gl_trap_discharge;

/* what a kilogram of lost steam costs the boiler */
typedef enum gl_loss_basis
{
	GL_BASIS_LATENT = 0,		/* h - h'(p): condensing at line pressure */
	GL_BASIS_FEEDWATER,			/* h - h(p, T feedwater): making it anew */
	GL_BASIS__COUNT
} gl_loss_basis;

/*
 * Look up a name (len bytes, not NUL-terminated): case is ignored and '_'
 * or ' ' match '-'.  Return the index, or -1 when unknown.
 */
extern int	gl_trap_mode_find(const char *name, size_t len);
extern int	gl_trap_discharge_find(const char *name, size_t len);
extern int	gl_loss_basis_find(const char *name, size_t len);

extern double gl_trap_mode_factor(int mode);
extern double gl_trap_discharge_factor(int discharge);

/* "a, b, c": all names of a kind (GL_TRAP__COUNT etc.) into buf */
extern char *gl_trap_modes_list(char *buf, size_t buflen);
extern char *gl_trap_discharges_list(char *buf, size_t buflen);
extern char *gl_loss_bases_list(char *buf, size_t buflen);

/* ---- steam through the orifice -------------------------------------- */

/*
 * Mass flow (kg/h) of steam through a failed trap: Napier's rule on the
 * absolute upstream pressure p (MPa) and orifice diameter d (m), times the
 * discharge coefficient cd (0 < cd <= 1), the failure mode's factor and the
 * discharge's factor.  p must exceed one standard atmosphere (nothing
 * flows out otherwise) and be below the critical pressure.
 */
extern gl_energy_status gl_trap_leak_rate(double p, double d, int mode,
										  double cd, int discharge,
										  double *kg_h);

/* ---- energy carried by the steam ------------------------------------ */

/*
 * A measured (p, T) as a steam state: superheated steam above Tsat(p);
 * saturated vapour (x = 1) from Tsat(p) - tol_k up to Tsat(p);
 * GL_EN_NOT_STEAM further below.  Needs psat(273.15 K) <= p < pc.
 */
extern gl_energy_status gl_steam_reading(double p, double T, double tol_k,
										 gl_if97_state *out);

/*
 * Specific energy (kJ/kg) that a kilogram of steam in state st takes away,
 * on basis GL_BASIS_LATENT (h - h'(p)) or GL_BASIS_FEEDWATER
 * (h - h(p, t_feedwater), t_feedwater in K, ignored for the latent basis).
 * A liquid state within tol_k below Tsat(p) counts as saturated vapour;
 * further below it is GL_EN_NOT_STEAM.
 */
extern gl_energy_status gl_steam_loss_specific(const gl_if97_state *st,
											   int basis, double t_feedwater,
											   double tol_k, double *kj_kg);

/* The same for dry saturated steam at p: h'' - h' or h'' - h(p, T fw). */
extern gl_energy_status gl_saturated_loss_specific(double p, int basis,
												   double t_feedwater,
												   double *kj_kg);

/* energy (kJ) = leak rate (kg/h) * hours (h) * specific energy (kJ/kg) */
extern gl_energy_status gl_loss_energy(double kg_h, double hours,
									   double kj_kg, double *kj);

/* ---- fuel, cost, CO2 ------------------------------------------------ */

/* fuel energy = steam energy / boiler efficiency, 0 < efficiency <= 1 */
extern gl_energy_status gl_fuel_energy(double steam_energy,
									   double efficiency, double *fuel);

/* quantity * price: both >= 0, result finite */
extern gl_energy_status gl_priced(double quantity, double price,
								  double *cost);

/*
 * Price of a unit of steam from the price of fuel energy:
 * specific_energy / efficiency * fuel_price (per unit of energy), all in
 * consistent units chosen by the caller.
 */
extern gl_energy_status gl_steam_unit_cost(double specific_energy,
										   double fuel_price,
										   double efficiency, double *cost);

#endif							/* GREENLANG_ENERGY_H */
