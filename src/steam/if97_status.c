/*
 * if97_status.c - the descriptors of the IF97 core's statuses (if97.h):
 * SQLSTATE kind, the input each is about, message, detail and hint.
 */
#include "steam/if97.h"

#define RANGE_OF_VALIDITY \
	"IAPWS-IF97 covers 273.15 K <= T <= 1073.15 K at 0 < p <= 100 MPa, " \
	"and 1073.15 K < T <= 2273.15 K at 0 < p <= 50 MPa."

static const gl_status if97_items[] = {
	{GL_IF97_E_NONFINITE, GL_ERR_RANGE, NULL,
		"{arg} must be a finite number, not {value}", NULL,
	"Filter out rows whose {arg} is NaN or infinite."},
	{GL_IF97_E_PRESSURE, GL_ERR_RANGE, "pressure",
		"{arg} must be within the range of IAPWS-IF97, not {value} {name}",
	"The state is {item}. " RANGE_OF_VALIDITY, NULL},
	{GL_IF97_E_TEMPERATURE, GL_ERR_RANGE, "temperature",
		"{arg} must be within the range of IAPWS-IF97, not {value} {name}",
	"The state is {item}. " RANGE_OF_VALIDITY, NULL},
	{GL_IF97_E_QUALITY, GL_ERR_RANGE, "quality",
		"{arg} must be between 0 and 1, not {value}",
	"Quality is the vapor mass fraction: 0 for saturated liquid, 1 for saturated vapor.", NULL},
	{GL_IF97_E_SATURATION_RANGE, GL_ERR_RANGE, NULL,
		"{arg} must be between the triple point and the critical point, not {value} {name}",
		"The saturation line runs from the triple point (273.15 K, 611.213 Pa) "
	"to the critical point (647.096 K, 22.064 MPa); the input is {item}.", NULL},
	{GL_IF97_E_ON_SATURATION, GL_ERR_PARAM, "temperature",
		"{arg} must be off the saturation line at this pressure, not {value} {name}",
		"The state is {item}: on the saturation line, pressure and temperature "
		"do not fix the state.",
		"Use steam_px(pressure, pressure_unit, quality) with quality 0 for "
	"saturated liquid or 1 for saturated vapor."},
	{GL_IF97_E_ENTHALPY, GL_ERR_RANGE, "enthalpy",
		"{arg} must be within the range of IAPWS-IF97 at this pressure, not {value} {name}",
		"The input is {item}; the state it names would lie outside the range. "
	RANGE_OF_VALIDITY, NULL},
	{GL_IF97_E_ENTROPY, GL_ERR_RANGE, "entropy",
		"{arg} must be within the range of IAPWS-IF97 at this pressure, not {value} {name}",
		"The input is {item}; the state it names would lie outside the range. "
	RANGE_OF_VALIDITY, NULL},
	{GL_IF97_E_NO_CONVERGENCE, GL_ERR_INTERNAL, NULL,
		"steam state iteration did not converge",
	"The input is {item}.", NULL},
	{GL_IF97_E_UNDEFINED, GL_ERR_INTERNAL, NULL,
	"property undefined for this steam state", NULL, NULL},
	{GL_IF97_E_NOT_SATURATED, GL_ERR_RANGE, "temperature",
		"{arg} must be the saturation temperature at this pressure, not {value} {name}",
		"The state is {item}, two-phase; the saturation temperature at its "
		"pressure is {extra}.",
	"Give a two-phase state by two of its properties: p and x, or T and x."},
};

const gl_status_table gl_if97_statuses = GL_STATUS_TABLE("steam", if97_items);
