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
#include <string.h>

#define PSI_MPA		0.006894757293168361	/* MPa per psi (exact lb, in, g) */
#define INCH_M		0.0254
#define LB_KG		0.45359237

static const char *const status_messages[] = {
	"ok",
	"an input is not a finite number",
	"a quantity is negative",
	"absolute pressure too low",
	"pressure at or above the critical pressure of water (22.064 MPa)",
	"coefficient outside (0, 1]",
	"division by zero",
	"temperature far below saturation: not steam",
	"temperature outside IAPWS-IF97",
	"feedwater is not liquid at this pressure",
	"result out of range",
	"steam property computation failed",
};

const char *
gl_energy_status_message(gl_energy_status st)
{
	if ((int) st < 0 ||
		(size_t) st >= sizeof(status_messages) / sizeof(status_messages[0]))
		return "unknown status";
	return status_messages[st];
}

/* ---------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------ */

static const char *const trap_mode_names[GL_TRAP__COUNT] = {
	"blow-through", "leaking", "rapid-cycling", "ok", "plugged", "flooded"
};

/* UNFCCC CDM AM0017 loss factors; a closed trap loses no live steam */
static const double trap_mode_factors[GL_TRAP__COUNT] = {
	1.0, 0.25, 0.2, 0.0, 0.0, 0.0
};

static const char *const discharge_names[GL_DISCHARGE__COUNT] = {
	"atmosphere", "closed-return"
};

static const double discharge_factors[GL_DISCHARGE__COUNT] = {
	1.0, GL_CLOSED_RETURN_FACTOR
};

static const char *const basis_names[GL_BASIS__COUNT] = {
	"latent", "feedwater"
};

/* name (len bytes) equals candidate, ignoring case, '_' and ' ' as '-' */
static int
name_matches(const char *name, size_t len, const char *candidate)
{
	size_t		i;

	if (strlen(candidate) != len)
		return 0;
	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		else if (c == '_' || c == ' ')
			c = '-';
		if (c != candidate[i])
			return 0;
	}
	return 1;
}

static int
find_name(const char *const *names, int n, const char *name, size_t len)
{
	int			i;

	/* blanks around the name do not count */
	while (len > 0 && (*name == ' ' || *name == '\t'))
	{
		name++;
		len--;
	}
	while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	for (i = 0; i < n; i++)
		if (name_matches(name, len, names[i]))
			return i;
	return -1;
}

static char *
names_list(const char *const *names, int n, char *buf, size_t buflen)
{
	size_t		used = 0;
	int			i;

	if (buflen == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < n; i++)
	{
		size_t		len = strlen(names[i]);
		size_t		sep = i > 0 ? 2 : 0;

		if (used + sep + len + 1 > buflen)
			break;
		memcpy(buf + used, ", ", sep);
		memcpy(buf + used + sep, names[i], len);
		used += sep + len;
		buf[used] = '\0';
	}
	return buf;
}

int
gl_trap_mode_find(const char *name, size_t len)
{
	return find_name(trap_mode_names, GL_TRAP__COUNT, name, len);
}

int
gl_trap_discharge_find(const char *name, size_t len)
{
	return find_name(discharge_names, GL_DISCHARGE__COUNT, name, len);
}

int
gl_loss_basis_find(const char *name, size_t len)
{
	return find_name(basis_names, GL_BASIS__COUNT, name, len);
}

double
gl_trap_mode_factor(int mode)
{
	return (mode >= 0 && mode < GL_TRAP__COUNT) ? trap_mode_factors[mode] : NAN;
}

double
gl_trap_discharge_factor(int discharge)
{
	return (discharge >= 0 && discharge < GL_DISCHARGE__COUNT) ?
		discharge_factors[discharge] : NAN;
}

char *
gl_trap_modes_list(char *buf, size_t buflen)
{
	return names_list(trap_mode_names, GL_TRAP__COUNT, buf, buflen);
}

char *
gl_trap_discharges_list(char *buf, size_t buflen)
{
	return names_list(discharge_names, GL_DISCHARGE__COUNT, buf, buflen);
}

char *
gl_loss_bases_list(char *buf, size_t buflen)
{
	return names_list(basis_names, GL_BASIS__COUNT, buf, buflen);
}

/* ---------------------------------------------------------------------
 * Steam through the orifice
 * ------------------------------------------------------------------ */

gl_energy_status
gl_trap_leak_rate(double p, double d, int mode, double cd, int discharge,
				  double *kg_h)
{
	double		psia;
	double		d_in;
	double		w;

	if (!isfinite(p) || !isfinite(d) || !isfinite(cd))
		return GL_EN_NONFINITE;
	if (mode < 0 || mode >= GL_TRAP__COUNT ||
		discharge < 0 || discharge >= GL_DISCHARGE__COUNT)
		return GL_EN_COEFFICIENT;
	if (d < 0.0)
		return GL_EN_NEGATIVE;
	if (!(cd > 0.0 && cd <= 1.0))
		return GL_EN_COEFFICIENT;
	if (!(p > GL_ATM_MPA))
		return GL_EN_PRESSURE_LOW;
	if (p >= GL_IF97_PC)
		return GL_EN_PRESSURE_HIGH;

	psia = p / PSI_MPA;
	d_in = d / INCH_M;
	w = GL_NAPIER_LBH_PER_PSIA_IN2 * psia * d_in * d_in * cd *
		trap_mode_factors[mode] * discharge_factors[discharge] * LB_KG;
	if (!isfinite(w))
		return GL_EN_OVERFLOW;
	*kg_h = w;
	return GL_EN_OK;
}

/* ---------------------------------------------------------------------
 * Energy carried by the steam
 * ------------------------------------------------------------------ */

static gl_energy_status
from_if97(gl_if97_status st)
{
	switch (st)
	{
		case GL_IF97_OK:
			return GL_EN_OK;
		case GL_IF97_E_NONFINITE:
			return GL_EN_NONFINITE;
		case GL_IF97_E_PRESSURE:
		case GL_IF97_E_SATURATION_RANGE:
			return GL_EN_PRESSURE_LOW;
		case GL_IF97_E_TEMPERATURE:
			return GL_EN_TEMPERATURE;
		default:
			return GL_EN_STEAM_FAILED;
	}
}

/* p must have a saturation state below the critical point */
static gl_energy_status
check_subcritical(double p)
{
	if (!isfinite(p))
		return GL_EN_NONFINITE;
	if (p >= GL_IF97_PC)
		return GL_EN_PRESSURE_HIGH;
	if (!(p >= GL_IF97_PSAT_MIN))
		return GL_EN_PRESSURE_LOW;
	return GL_EN_OK;
}

gl_energy_status
gl_steam_reading(double p, double T, double tol_k, gl_if97_state *out)
{
	gl_energy_status rc;
	gl_if97_status st;
	double		ts;
	gl_if97_state	s;

	if (!isfinite(T) || !isfinite(tol_k))
		return GL_EN_NONFINITE;
	if (tol_k < 0.0)
		return GL_EN_NEGATIVE;
	rc = check_subcritical(p);
	if (rc != GL_EN_OK)
		return rc;
	st = gl_if97_tsat_p(p, &ts);
	if (st != GL_IF97_OK)
		return from_if97(st);
	if (T < ts - tol_k)
		return T < GL_IF97_T_MIN ? GL_EN_TEMPERATURE : GL_EN_NOT_STEAM;
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

/* h(p, T) of liquid feedwater at the line pressure */
static gl_energy_status
feedwater_enthalpy(double p, double t_fw, double ts, double *h)
{
	gl_if97_state	s;
	gl_if97_props	pr;
	gl_if97_status st;

	if (!isfinite(t_fw))
		return GL_EN_NONFINITE;
	if (t_fw < GL_IF97_T_MIN)
		return GL_EN_TEMPERATURE;
	if (!(t_fw < ts))
		return GL_EN_FEEDWATER;
	st = gl_if97_state_pt(p, t_fw, &s);
	if (st == GL_IF97_E_ON_SATURATION || (st == GL_IF97_OK && s.region == 2))
		return GL_EN_FEEDWATER;
	if (st == GL_IF97_OK)
		st = gl_if97_properties_basic(&s, &pr);
	if (st != GL_IF97_OK)
		return from_if97(st);
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
		return GL_EN_OVERFLOW;
	/* h - h' of saturated liquid (x = 0) can round to a hair below 0 */
	*kj_kg = dh > 0.0 ? dh : 0.0;
	return GL_EN_OK;
}

gl_energy_status
gl_saturated_loss_specific(double p, int basis, double t_feedwater,
						   double *kj_kg)
{
	gl_energy_status rc;
	gl_if97_status st;
	double		ts;
	double		h0;
	gl_if97_props	liq;
	gl_if97_props	vap;

	if (basis < 0 || basis >= GL_BASIS__COUNT)
		return GL_EN_COEFFICIENT;
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
gl_steam_loss_specific(const gl_if97_state *st, int basis, double t_feedwater,
					   double tol_k, double *kj_kg)
{
	gl_energy_status rc;
	gl_if97_status s;
	gl_if97_state	use = *st;
	gl_if97_props	pr;
	gl_if97_props	liq;
	double		ts;
	double		h0;

	if (basis < 0 || basis >= GL_BASIS__COUNT)
		return GL_EN_COEFFICIENT;
	if (!isfinite(tol_k))
		return GL_EN_NONFINITE;
	if (tol_k < 0.0)
		return GL_EN_NEGATIVE;
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
gl_loss_energy(double kg_h, double hours, double kj_kg, double *kj)
{
	double		e;

	if (!isfinite(kg_h) || !isfinite(hours) || !isfinite(kj_kg))
		return GL_EN_NONFINITE;
	if (kg_h < 0.0 || hours < 0.0 || kj_kg < 0.0)
		return GL_EN_NEGATIVE;
	e = kg_h * hours * kj_kg;
	if (!isfinite(e))
		return GL_EN_OVERFLOW;
	*kj = e;
	return GL_EN_OK;
}

/* ---------------------------------------------------------------------
 * Fuel, cost, CO2
 * ------------------------------------------------------------------ */

/* 0 < efficiency <= 1 */
static gl_energy_status
check_efficiency(double efficiency)
{
	if (!isfinite(efficiency))
		return GL_EN_NONFINITE;
	if (efficiency == 0.0)
		return GL_EN_ZERO_DIVISOR;
	if (!(efficiency > 0.0 && efficiency <= 1.0))
		return GL_EN_COEFFICIENT;
	return GL_EN_OK;
}

gl_energy_status
gl_fuel_energy(double steam_energy, double efficiency, double *fuel)
{
	gl_energy_status rc;
	double		f;

	if (!isfinite(steam_energy))
		return GL_EN_NONFINITE;
	rc = check_efficiency(efficiency);
	if (rc != GL_EN_OK)
		return rc;
	if (steam_energy < 0.0)
		return GL_EN_NEGATIVE;
	f = steam_energy / efficiency;
	if (!isfinite(f))
		return GL_EN_OVERFLOW;
	*fuel = f;
	return GL_EN_OK;
}

gl_energy_status
gl_priced(double quantity, double price, double *cost)
{
	double		c;

	if (!isfinite(quantity) || !isfinite(price))
		return GL_EN_NONFINITE;
	if (quantity < 0.0 || price < 0.0)
		return GL_EN_NEGATIVE;
	c = quantity * price;
	if (!isfinite(c))
		return GL_EN_OVERFLOW;
	*cost = c;
	return GL_EN_OK;
}

gl_energy_status
gl_steam_unit_cost(double specific_energy, double fuel_price,
				   double efficiency, double *cost)
{
	gl_energy_status rc;
	double		fuel;

	rc = gl_fuel_energy(specific_energy, efficiency, &fuel);
	if (rc != GL_EN_OK)
		return rc;
	return gl_priced(fuel, fuel_price, cost);
}
