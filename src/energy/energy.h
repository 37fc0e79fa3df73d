/*-------------------------------------------------------------------------
 *
 * energy.h
 *	  Steam-trap losses: steam through a failed trap orifice (Napier's
 *	  rule), the energy that steam carries, the fuel a boiler burns to make
 *	  it, what that costs and the CO2 it emits.
 *
 * Plain C99: no PostgreSQL headers.  Every function checks its inputs and
 * returns a gl_energy_status, described by the table gl_energy_statuses;
 * on success the result is finite and not negative, on failure *out is
 * left untouched.
 *
 * Units: pressure MPa (absolute), temperature K, length m, mass kg, mass
 * flow kg/h, time h, specific energy kJ/kg, energy kJ (the base units of
 * src/units); the conversion to and from the caller's units is the glue's.
 * Inputs are finite numbers: the glue rejects NaN and infinite arguments
 * first, so a non-finite input here is a unit conversion that overflowed,
 * and it is reported as GL_EN_OVERFLOW like a result that overflows.
 *
 * src/energy/energy.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef GREENLANG_ENERGY_H
#define GREENLANG_ENERGY_H

#include <stddef.h>

#include "base/names.h"
#include "base/status.h"
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

/*
 * The statuses.  Each descriptor of gl_energy_statuses names the argument
 * it is about: a SQL argument name, or for the statuses of gl_energy_priced
 * the role "quantity" or "price", which the glue maps to its own argument.
 * Templates show the offending value as {name}: the value as the user gave
 * it, followed by its unit if it has one ("-20 psig"), in the form a SELECT
 * shows it; {extra} is a bound the glue formats (a saturation temperature)
 * or the SQL function's name.
 */
typedef enum gl_energy_status
{
	GL_EN_OK = 0,
	GL_EN_OVERFLOW,				/* an input or the result is not finite */
	GL_EN_PRESSURE_ATMOSPHERE,	/* trap: pressure at or below 1 atm */
	GL_EN_PRESSURE_TRIPLE,		/* below the triple-point pressure */
	GL_EN_PRESSURE_CRITICAL,	/* at or above the critical pressure */
	GL_EN_DIAMETER_NEGATIVE,	/* orifice diameter < 0 */
	GL_EN_DISCHARGE_COEFFICIENT,	/* Cd outside (0, 1] */
	GL_EN_RATE_NEGATIVE,		/* leak rate < 0 */
	GL_EN_HOURS_NEGATIVE,		/* hours < 0 */
	GL_EN_TOLERANCE_NEGATIVE,	/* saturation tolerance < 0 */
	GL_EN_TEMPERATURE_RANGE,	/* a reading outside IAPWS-IF97 */
	GL_EN_NOT_STEAM,			/* temperature far below saturation */
	GL_EN_FEEDWATER_MISSING,	/* basis feedwater without a temperature */
	GL_EN_FEEDWATER_COLD,		/* feedwater below 273.15 K */
	GL_EN_FEEDWATER_HOT,		/* feedwater not below Tsat(p) */
	GL_EN_EFFICIENCY_ZERO,		/* boiler efficiency 0: divisor zero */
	GL_EN_EFFICIENCY_RANGE,		/* outside (0, 1] */
	GL_EN_EFFICIENCY_PERCENT,	/* in (1, 100]: a percentage */
	GL_EN_QUANTITY_NEGATIVE,	/* gl_energy_priced: quantity < 0 */
	GL_EN_PRICE_NEGATIVE,		/* gl_energy_priced: price < 0 */
	GL_EN_BAD_CHOICE,			/* a mode, discharge or basis out of range */
	GL_EN_STEAM_FAILED			/* the IF97 core failed */
} gl_energy_status;

extern const gl_status_table gl_energy_statuses;

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

/* the names of each kind (base/names.h: one matching rule) */
extern const gl_choices gl_energy_failure_modes;
extern const gl_choices gl_energy_discharges;
extern const gl_choices gl_energy_bases;

extern double gl_energy_mode_factor(int mode);
extern double gl_energy_discharge_factor(int discharge);

/* ---- steam through the orifice -------------------------------------- */

/*
 * Mass flow (kg/h) of steam through a failed trap: Napier's rule on the
 * absolute upstream pressure p (MPa) and orifice diameter d (m), times the
 * discharge coefficient cd (0 < cd <= 1), the failure mode's factor and the
 * discharge's factor.  p must exceed one standard atmosphere (nothing
 * flows out otherwise) and be below the critical pressure.
 */
extern gl_energy_status gl_energy_trap_leak_rate(double p, double d, int mode,
												 double cd, int discharge,
												 double *kg_h);

/* ---- energy carried by the steam ------------------------------------ */

/*
 * A measured (p, T) as a steam state: superheated steam above Tsat(p);
 * saturated vapour (x = 1) from Tsat(p) - tol_k up to Tsat(p);
 * GL_EN_NOT_STEAM further below.  Needs psat(273.15 K) <= p < pc.
 */
extern gl_energy_status gl_energy_reading(double p, double T, double tol_k,
										  gl_if97_state *out);

/*
 * Specific energy (kJ/kg) that a kilogram of steam in state st takes away,
 * on basis GL_BASIS_LATENT (h - h'(p)) or GL_BASIS_FEEDWATER
 * (h - h(p, t_feedwater), t_feedwater in K; NaN when the caller has none,
 * which the feedwater basis refuses).  A liquid state within tol_k below
 * Tsat(p) counts as saturated vapour; further below it is GL_EN_NOT_STEAM.
 */
extern gl_energy_status gl_energy_state_specific(const gl_if97_state *st,
												 int basis, double t_feedwater,
												 double tol_k, double *kj_kg);

/* The same for dry saturated steam at p: h'' - h' or h'' - h(p, T fw). */
extern gl_energy_status gl_energy_saturated_specific(double p, int basis,
													 double t_feedwater,
													 double *kj_kg);

/* energy (kJ) = leak rate (kg/h) * hours (h) * specific energy (kJ/kg) */
extern gl_energy_status gl_energy_loss(double kg_h, double hours,
									   double kj_kg, double *kj);

/* ---- fuel, cost, CO2 ------------------------------------------------ */

/*
 * fuel energy = steam energy / boiler efficiency, 0 < efficiency <= 1
 * (the steam energy has the role "quantity")
 */
extern gl_energy_status gl_energy_fuel(double steam_energy, double efficiency,
									   double *fuel);

/* quantity * price: both >= 0, result finite */
extern gl_energy_status gl_energy_priced(double quantity, double price,
										 double *cost);

/*
 * Price of a unit of steam from the price of fuel energy:
 * specific_energy / efficiency * fuel_price (per unit of energy), all in
 * consistent units chosen by the caller (specific_energy has the role
 * "quantity", fuel_price "price").
 */
extern gl_energy_status gl_energy_steam_unit_cost(double specific_energy,
												  double fuel_price,
												  double efficiency,
												  double *cost);

/*
 * v to 6 significant digits (as "%.6g" prints it, read back): a value
 * derived from a steam state, as a message shows it
 */
extern double gl_energy_shown(double v);

#endif							/* GREENLANG_ENERGY_H */
