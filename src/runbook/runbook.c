/*
 * runbook.c - GL-008 impact matrix and the GL-008/GL-009 threshold rules
 * (pure C).
 */
#include "runbook/runbook.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

static const struct
{
	const char *name;
	gl_impact	impact;
}			impact_names[] = {
	{"complete outage", GL_IMPACT_COMPLETE_OUTAGE},
	{"major degradation", GL_IMPACT_MAJOR_DEGRADATION},
	{"minor issues", GL_IMPACT_MINOR_ISSUES},
	{"cosmetic", GL_IMPACT_COSMETIC},
	{"cosmetic/ux", GL_IMPACT_COSMETIC},
};

#define NIMPACT_NAMES (sizeof(impact_names) / sizeof(impact_names[0]))

/*
 * GL-008 "Impact Assessment Matrix": rows complete outage, major
 * degradation, minor issues, cosmetic/UX; columns 1-10, 11-50, 51-100,
 * 100+ sites.
 */
static const int impact_matrix[GL_IMPACT__COUNT][4] = {
	{1, 0, 0, 0},
	{2, 1, 1, 0},
	{3, 2, 2, 1},
	{4, 3, 3, 2},
};

int
gl_impact_find(const char *name, size_t len)
{
	size_t		i,
				k;

	while (len > 0 && isspace((unsigned char) name[0]))
	{
		name++;
		len--;
	}
	while (len > 0 && isspace((unsigned char) name[len - 1]))
		len--;
	for (i = 0; i < NIMPACT_NAMES; i++)
	{
		const char *c = impact_names[i].name;

		if (strlen(c) != len)
			continue;
		for (k = 0; k < len; k++)
			if (tolower((unsigned char) name[k]) != c[k])
				break;
		if (k == len)
			return (int) impact_names[i].impact;
	}
	return -1;
}

const char *
gl_impact_list(void)
{
	return "complete outage, major degradation, minor issues, cosmetic";
}

/*
 * The matrix's last two columns read "51-100" and "100+"; 100 sites is in
 * the explicit range 51-100, so the last column is more than 100.
 */
int
gl_sites_band(long sites)
{
	if (sites < 1)
		return -1;
	if (sites <= 10)
		return 0;
	if (sites <= 50)
		return 1;
	if (sites <= 100)
		return 2;
	return 3;
}

int
gl_incident_priority(gl_impact impact, long sites)
{
	int			band = gl_sites_band(sites);

	if (band < 0 || (int) impact < 0 || impact >= GL_IMPACT__COUNT)
		return -1;
	return impact_matrix[impact][band];
}

static int
is_fraction(double x)
{
	return isfinite(x) && x >= 0 && x <= 1;
}

int
gl_fp_rate_priority(double rate)
{
	if (!is_fraction(rate))
		return GL_RULE_BAD_RATE;
	return rate > 0.30 ? 2 : GL_RULE_NONE;
}

int
gl_efficiency_severity(double efficiency)
{
	if (!isfinite(efficiency))
		return GL_RULE_BAD_RATE;
	return (efficiency < 0 || efficiency > 1) ? 1 : GL_RULE_NONE;
}

int
gl_calculation_success_severity(double success_rate)
{
	if (!is_fraction(success_rate))
		return GL_RULE_BAD_RATE;
	if (success_rate < 0.05)
		return 1;
	if (success_rate < 0.90)
		return 2;
	if (success_rate <= 0.95)
		return 3;
	return GL_RULE_NONE;
}
