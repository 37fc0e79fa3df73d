/*-------------------------------------------------------------------------
 *
 * energy.c
 *	  Steam-trap losses, fuel, cost and CO2 (pure C; see energy.h and
 *	  docs/energy.md for the formulas and their sources).
 *
 * src/energy/energy.c
 *
 *-------------------------------------------------------------------------
 */
#include "energy/energy.h"
#include "units/units.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------
 * Statuses
 * ------------------------------------------------------------------ */

static const gl_status status_items[] = {
	{GL_EN_OVERFLOW, GL_ERR_RANGE, NULL,
		"value out of range: overflow",
		"An argument of {extra} in the units it computes in, or its result, is beyond the range of double precision.",
	"Check the units of the arguments."},
	{GL_EN_PRESSURE_ATMOSPHERE, GL_ERR_RANGE, "pressure",
		"{arg} must be above atmospheric pressure (0 psig, 101.325 kPa), not {name}",
		"Napier's rule gives the flow of steam from an upstream pressure above one standard atmosphere out to the atmosphere.",
	"Check that a gauge reading is not given in an absolute unit: psig, barg and kPag are the gauge units."},
	{GL_EN_PRESSURE_TRIPLE, GL_ERR_RANGE, "pressure",
		"{arg} must be at least the triple-point pressure of water (611.213 Pa), not {name}",
		"Saturated steam exists from the triple point up to the critical point (22.064 MPa).",
	"Check the pressure unit: psig, barg and kPag are gauge units, relative to one standard atmosphere (14.696 psi, 101.325 kPa)."},
	{GL_EN_PRESSURE_CRITICAL, GL_ERR_RANGE, "pressure",
		"{arg} must be below the critical pressure of water (22.064 MPa), not {name}",
		"Steam-trap losses are computed for saturated or superheated steam below the critical point.",
	NULL},
	{GL_EN_DIAMETER_NEGATIVE, GL_ERR_RANGE, "orifice_diameter",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_EN_DISCHARGE_COEFFICIENT, GL_ERR_RANGE, "discharge_coefficient",
		"{arg} must be in (0, 1], not {name}", NULL,
	"0.6 gives the \"24.24 P D^2\" form, 0.7291 the DOE Steam Tip Sheet #1 table."},
	{GL_EN_RATE_NEGATIVE, GL_ERR_RANGE, "leak_rate",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_EN_HOURS_NEGATIVE, GL_ERR_RANGE, "hours",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_EN_TOLERANCE_NEGATIVE, GL_ERR_PARAM, "saturation_tolerance",
		"{arg} must be at least 0, not {name}",
		"The tolerance is a temperature difference: how far below the saturation temperature a reading still counts as saturated steam.",
	NULL},
	{GL_EN_TEMPERATURE_RANGE, GL_ERR_RANGE, "temperature",
		"{arg} must be between 273.15 K (32 degF) and 2273.15 K (3632 degF), not {name}",
	"IAPWS-IF97 covers water and steam in that range of temperature.", NULL},
	{GL_EN_NOT_STEAM, GL_ERR_RANGE, "temperature",
		"{arg} must be near or above the saturation temperature ({extra}), not {name}",
		"Water below its saturation temperature is liquid; a reading at most the saturation tolerance below it (2 K unless steam_reading is given another) counts as saturated steam.",
	"Check that the pressure is not a gauge reading given in an absolute unit, and the temperature unit."},
	{GL_EN_FEEDWATER_MISSING, GL_ERR_PARAM, "basis",
		"{arg} must be \"latent\" when no feedwater temperature is given, not \"feedwater\"",
		NULL,
	"Pass feedwater_temperature and feedwater_temperature_unit in place of basis, e.g. steam_energy_loss(150, 'psig', 10, 'lb/h', 8760, 50, 'degF')."},
	{GL_EN_FEEDWATER_COLD, GL_ERR_RANGE, "feedwater_temperature",
		"{arg} must be at least 273.15 K (32 degF), not {name}",
	"Feedwater is liquid water pumped to the line pressure.", NULL},
	{GL_EN_FEEDWATER_HOT, GL_ERR_RANGE, "feedwater_temperature",
		"{arg} must be below the saturation temperature at the line pressure ({extra}), not {name}",
	"Feedwater is liquid water pumped to the line pressure.", NULL},
	{GL_EN_EFFICIENCY_ZERO, GL_ERR_DIVZERO, "boiler_efficiency",
		"{arg} must not be zero",
	"Fuel energy is steam energy divided by the boiler efficiency.", NULL},
	{GL_EN_EFFICIENCY_RANGE, GL_ERR_RANGE, "boiler_efficiency",
	"{arg} must be a fraction in (0, 1], not {name}", NULL, NULL},
	{GL_EN_EFFICIENCY_PERCENT, GL_ERR_RANGE, "boiler_efficiency",
		"{arg} must be a fraction in (0, 1], not {name}", NULL,
	"Give the efficiency as a fraction: 0.80, not 80."},
	{GL_EN_QUANTITY_NEGATIVE, GL_ERR_RANGE, "quantity",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_EN_PRICE_NEGATIVE, GL_ERR_RANGE, "price",
	"{arg} must be at least 0, not {name}", NULL, NULL},
	{GL_EN_BAD_CHOICE, GL_ERR_INTERNAL, NULL,
	"energy: a failure mode, discharge or basis out of range", NULL, NULL},
	{GL_EN_STEAM_FAILED, GL_ERR_INTERNAL, NULL,
	"energy: the steam property computation failed", NULL, NULL},
};

const gl_status_table gl_energy_statuses = GL_STATUS_TABLE("energy", status_items);

/* ---------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------ */

static const gl_choice failure_mode_items[] = {
	{"blow-through", GL_TRAP_BLOW_THROUGH},
	{"leaking", GL_TRAP_LEAKING},
	{"rapid-cycling", GL_TRAP_RAPID_CYCLING},
	{"ok", GL_TRAP_OK},
	{"plugged", GL_TRAP_PLUGGED},
	{"flooded", GL_TRAP_FLOODED},
};

static const gl_choice discharge_items[] = {
	{"atmosphere", GL_DISCHARGE_ATMOSPHERE},
	{"closed-return", GL_DISCHARGE_CLOSED_RETURN},
};

static const gl_choice basis_items[] = {
	{"latent", GL_BASIS_LATENT},
	{"feedwater", GL_BASIS_FEEDWATER},
};

const gl_choices gl_energy_failure_modes = GL_CHOICES("failure mode", failure_mode_items);
const gl_choices gl_energy_discharges = GL_CHOICES("discharge", discharge_items);
const gl_choices gl_energy_bases = GL_CHOICES("basis", basis_items);

/* UNFCCC CDM AM0017 loss factors; a closed trap loses no live steam */
static const double trap_mode_factors[GL_TRAP__COUNT] = {
	1.0, 0.25, 0.2, 0.0, 0.0, 0.0
};

static const double discharge_factors[GL_DISCHARGE__COUNT] = {
	1.0, GL_CLOSED_RETURN_FACTOR
};

double
gl_energy_mode_factor(int mode)
{
	return (mode >= 0 && mode < GL_TRAP__COUNT) ? trap_mode_factors[mode] : NAN;
}

double
gl_energy_discharge_factor(int discharge)
{
	return (discharge >= 0 && discharge < GL_DISCHARGE__COUNT) ?
		discharge_factors[discharge] : NAN;
}

/* ---------------------------------------------------------------------
 * Steam through the orifice
 * ------------------------------------------------------------------ */

/*
 * Napier's rule is stated in psia, inches and lb/h.  The three scales come
 * from the unit table: the size of one psia in MPa, one inch in m, one lb/h
 * in kg/h (each unit's num / den, a single correctly rounded division).
 */
typedef struct napier_scales
{
	double		psi_mpa;
	double		inch_m;
	double		lb_kg;
} napier_scales;

static const napier_scales *
napier(void)
{
	static napier_scales s;
	static int	ready = 0;

	if (!ready)
	{
		const gl_unit *psia = gl_unit_find("psia", 4, NULL);
		const gl_unit *in = gl_unit_find("in", 2, NULL);
		const gl_unit *lbh = gl_unit_find("lb/h", 4, NULL);

		if (psia == NULL || in == NULL || lbh == NULL)
			return NULL;
		s.psi_mpa = psia->num / psia->den;
		s.inch_m = in->num / in->den;
		s.lb_kg = lbh->num / lbh->den;
		ready = 1;
	}
	return &s;
}

gl_energy_status
gl_energy_trap_leak_rate(double p, double d, int mode, double cd,
						 int discharge, double *kg_h)
{
	const napier_scales *u = napier();
	double		psia;
	double		d_in;
	double		w;

	if (!isfinite(p) || !isfinite(d) || !isfinite(cd))
		return GL_EN_OVERFLOW;
	if (mode < 0 || mode >= GL_TRAP__COUNT ||
		discharge < 0 || discharge >= GL_DISCHARGE__COUNT || u == NULL)
		return GL_EN_BAD_CHOICE;
	if (d < 0.0)
		return GL_EN_DIAMETER_NEGATIVE;
	if (!(cd > 0.0 && cd <= 1.0))
		return GL_EN_DISCHARGE_COEFFICIENT;
	if (!(p > GL_ATM_MPA))
		return GL_EN_PRESSURE_ATMOSPHERE;
	if (p >= GL_IF97_PC)
		return GL_EN_PRESSURE_CRITICAL;

	psia = p / u->psi_mpa;
	d_in = d / u->inch_m;
	w = GL_NAPIER_LBH_PER_PSIA_IN2 * psia * d_in * d_in * cd *
		trap_mode_factors[mode] * discharge_factors[discharge] * u->lb_kg;
	if (!isfinite(w))
		return GL_EN_OVERFLOW;
	*kg_h = w;
	return GL_EN_OK;
}

/* ---------------------------------------------------------------------
 * Energy carried by the steam
 * ------------------------------------------------------------------ */

/*
 * A failure of the IF97 core on inputs this module has checked: the
 * temperature of a reading outside the equations' range, else a bug.
 */
static gl_energy_status
from_if97(gl_if97_status st)
{
	switch (st)
	{
		case GL_IF97_OK:
			return GL_EN_OK;
		case GL_IF97_E_TEMPERATURE:
			return GL_EN_TEMPERATURE_RANGE;
		default:
			return GL_EN_STEAM_FAILED;
	}
}

/* p must have a saturation state below the critical point */
static gl_energy_status
check_subcritical(double p)
{
	if (!isfinite(p))
		return GL_EN_OVERFLOW;
	if (p >= GL_IF97_PC)
		return GL_EN_PRESSURE_CRITICAL;
	if (!(p >= GL_IF97_PSAT_MIN))
		return GL_EN_PRESSURE_TRIPLE;
	return GL_EN_OK;
}

gl_energy_status
gl_energy_reading(double p, double T, double tol_k, gl_if97_state *out)
{
	gl_energy_status rc;
	gl_if97_status st;
	double		ts;
	gl_if97_state s;

	if (!isfinite(T) || !isfinite(tol_k))
		return GL_EN_OVERFLOW;
	if (tol_k < 0.0)
		return GL_EN_TOLERANCE_NEGATIVE;
	rc = check_subcritical(p);
	if (rc != GL_EN_OK)
		return rc;
	st = gl_if97_tsat_p(p, &ts);
	if (st != GL_IF97_OK)
		return from_if97(st);
	if (T < ts - tol_k)
		return T < GL_IF97_T_MIN ? GL_EN_TEMPERATURE_RANGE : GL_EN_NOT_STEAM;
	if (T > ts)
	{
		/* superheated; a hair above Tsat may still classify as liquid */
		st = gl_if97_state_pt(p, T, &s);
		if (st == GL_IF97_OK && s.region != 1)
		{
			*out = s;
			return GL_EN_OK;
		}
		if (st != GL_IF97_OK && st != GL_IF97_E_ON_SATURATION)
			return from_if97(st);
	}
	st = gl_if97_state_px(p, 1.0, &s);
	if (st != GL_IF97_OK)
		return from_if97(st);
	*out = s;
	return GL_EN_OK;
}

/* h(p, T) of liquid feedwater at the line pressure (NaN: none given) */
static gl_energy_status
feedwater_enthalpy(double p, double t_fw, double ts, double *h)
{
	gl_if97_state s;
	gl_if97_props pr;
	gl_if97_status st;

	if (isnan(t_fw))
		return GL_EN_FEEDWATER_MISSING;
	if (!isfinite(t_fw))
		return GL_EN_OVERFLOW;
	if (t_fw < GL_IF97_T_MIN)
		return GL_EN_FEEDWATER_COLD;
	if (!(t_fw < ts))
		return GL_EN_FEEDWATER_HOT;
	st = gl_if97_state_pt(p, t_fw, &s);
	if (st == GL_IF97_E_ON_SATURATION || (st == GL_IF97_OK && s.region == 2))
		return GL_EN_FEEDWATER_HOT;
	if (st == GL_IF97_OK)
		st = gl_if97_properties_basic(&s, &pr);
	if (st != GL_IF97_OK)
		return GL_EN_STEAM_FAILED;
	*h = pr.h;
	return GL_EN_OK;
}

/*
 * The enthalpy the lost steam is measured from: saturated liquid h' (hf) at
 * the line pressure, or the feedwater at t_fw pumped to that pressure.
 */
static gl_energy_status
reference_enthalpy(double p, int basis, double t_fw, double ts, double hf,
				   double *h0)
{
	if (basis == GL_BASIS_LATENT)
	{
		*h0 = hf;
		return GL_EN_OK;
	}
	return feedwater_enthalpy(p, t_fw, ts, h0);
}

static gl_energy_status
finish_specific(double dh, double *kj_kg)
{
	if (!isfinite(dh))
		return GL_EN_STEAM_FAILED;
	/* h - h' of saturated liquid (x = 0) can round to a hair below 0 */
	*kj_kg = dh > 0.0 ? dh : 0.0;
	return GL_EN_OK;
}

gl_energy_status
gl_energy_saturated_specific(double p, int basis, double t_feedwater,
							 double *kj_kg)
{
	gl_energy_status rc;
	gl_if97_status st;
	double		ts;
	double		h0;
	gl_if97_props liq;
	gl_if97_props vap;

	if (basis < 0 || basis >= GL_BASIS__COUNT)
		return GL_EN_BAD_CHOICE;
	rc = check_subcritical(p);
	if (rc != GL_EN_OK)
		return rc;
	st = gl_if97_saturation_p_basic(p, &ts, &liq, &vap);
	if (st != GL_IF97_OK)
		return from_if97(st);
	rc = reference_enthalpy(p, basis, t_feedwater, ts, liq.h, &h0);
	if (rc != GL_EN_OK)
		return rc;
	return finish_specific(vap.h - h0, kj_kg);
}

gl_energy_status
gl_energy_state_specific(const gl_if97_state *st, int basis,
						 double t_feedwater, double tol_k, double *kj_kg)
{
	gl_energy_status rc;
	gl_if97_status s;
	gl_if97_state use = *st;
	gl_if97_props pr;
	gl_if97_props liq;
	double		ts;
	double		h0;

	if (basis < 0 || basis >= GL_BASIS__COUNT)
		return GL_EN_BAD_CHOICE;
	if (!isfinite(tol_k))
		return GL_EN_OVERFLOW;
	if (tol_k < 0.0)
		return GL_EN_TOLERANCE_NEGATIVE;
	rc = check_subcritical(st->p);
	if (rc != GL_EN_OK)
		return rc;
	s = gl_if97_saturation_p_basic(st->p, &ts, &liq, NULL);
	if (s != GL_IF97_OK)
		return from_if97(s);

	/* a liquid state: saturated vapour within the tolerance, else an error */
	if (st->region != 4 && !(st->T > ts))
	{
		if (st->T < ts - tol_k)
			return GL_EN_NOT_STEAM;
		s = gl_if97_state_px(st->p, 1.0, &use);
		if (s != GL_IF97_OK)
			return from_if97(s);
	}
	s = gl_if97_properties_basic(&use, &pr);
	if (s != GL_IF97_OK)
		return from_if97(s);

	rc = reference_enthalpy(st->p, basis, t_feedwater, ts, liq.h, &h0);
	if (rc != GL_EN_OK)
		return rc;
	return finish_specific(pr.h - h0, kj_kg);
}

gl_energy_status
gl_energy_loss(double kg_h, double hours, double kj_kg, double *kj)
{
	double		e;

	if (!isfinite(kg_h) || !isfinite(hours) || !isfinite(kj_kg))
		return GL_EN_OVERFLOW;
	if (kg_h < 0.0)
		return GL_EN_RATE_NEGATIVE;
	if (hours < 0.0)
		return GL_EN_HOURS_NEGATIVE;
	if (kj_kg < 0.0)
		return GL_EN_QUANTITY_NEGATIVE;
	e = kg_h * hours * kj_kg;
	if (!isfinite(e))
		return GL_EN_OVERFLOW;
	*kj = e;
	return GL_EN_OK;
}

/* ---------------------------------------------------------------------
 * Fuel, cost, CO2
 * ------------------------------------------------------------------ */

/* 0 < efficiency <= 1; a percentage (up to 100) is told apart for its hint */
static gl_energy_status
check_efficiency(double efficiency)
{
	if (!isfinite(efficiency))
		return GL_EN_OVERFLOW;
	if (efficiency == 0.0)
		return GL_EN_EFFICIENCY_ZERO;
	if (efficiency > 1.0 && efficiency <= 100.0)
		return GL_EN_EFFICIENCY_PERCENT;
	if (!(efficiency > 0.0 && efficiency <= 1.0))
		return GL_EN_EFFICIENCY_RANGE;
	return GL_EN_OK;
}

gl_energy_status
gl_energy_fuel(double steam_energy, double efficiency, double *fuel)
{
	gl_energy_status rc;
	double		f;

	if (!isfinite(steam_energy))
		return GL_EN_OVERFLOW;
	if (steam_energy < 0.0)
		return GL_EN_QUANTITY_NEGATIVE;
	rc = check_efficiency(efficiency);
	if (rc != GL_EN_OK)
		return rc;
	f = steam_energy / efficiency;
	if (!isfinite(f))
		return GL_EN_OVERFLOW;
	*fuel = f;
	return GL_EN_OK;
}

gl_energy_status
gl_energy_priced(double quantity, double price, double *cost)
{
	double		c;

	if (!isfinite(quantity) || !isfinite(price))
		return GL_EN_OVERFLOW;
	if (quantity < 0.0)
		return GL_EN_QUANTITY_NEGATIVE;
	if (price < 0.0)
		return GL_EN_PRICE_NEGATIVE;
	c = quantity * price;
	if (!isfinite(c))
		return GL_EN_OVERFLOW;
	*cost = c;
	return GL_EN_OK;
}

gl_energy_status
gl_energy_steam_unit_cost(double specific_energy, double fuel_price,
						  double efficiency, double *cost)
{
	gl_energy_status rc;
	double		fuel;

	if (!isfinite(specific_energy) || !isfinite(fuel_price))
		return GL_EN_OVERFLOW;
	if (specific_energy < 0.0)
		return GL_EN_QUANTITY_NEGATIVE;
	if (fuel_price < 0.0)
		return GL_EN_PRICE_NEGATIVE;
	rc = gl_energy_fuel(specific_energy, efficiency, &fuel);
	if (rc != GL_EN_OK)
		return rc;
	return gl_energy_priced(fuel, fuel_price, cost);
}

double
gl_energy_shown(double v)
{
	char		buf[32];

	snprintf(buf, sizeof(buf), "%.6g", v);
	return strtod(buf, NULL);
}
