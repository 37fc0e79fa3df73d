/*
 * runbook.c - GL-008 impact matrix and the GL-008/GL-009 threshold rules
 * (pure C).
 */
#include "runbook/runbook.h"

#include <math.h>

static const gl_choice impact_names[] = {
	{"complete-outage", GL_IMPACT_COMPLETE_OUTAGE},
	{"major-degradation", GL_IMPACT_MAJOR_DEGRADATION},
	{"minor-issues", GL_IMPACT_MINOR_ISSUES},
	{"cosmetic", GL_IMPACT_COSMETIC},
	{"cosmetic/ux", GL_IMPACT_COSMETIC},
};

const gl_choices gl_runbook_impacts = GL_CHOICES("incident impact", impact_names);

static const gl_choice scale_names[] = {
	{"fraction", GL_EFFICIENCY_FRACTION},
	{"percent", GL_EFFICIENCY_PERCENT},
};

const gl_choices gl_runbook_efficiency_scales =
GL_CHOICES("efficiency scale", scale_names);

static const gl_status runbook_items[] = {
	{GL_RUNBOOK_E_SITES, GL_ERR_RANGE, "sites",
		"{arg} must be at least 1, not {value}",
		"The GL-008 impact matrix starts at 1 affected site.",
	"An incident that affects no site has no priority: leave it out."},
	{GL_RUNBOOK_E_FRACTION, GL_ERR_RANGE, NULL,
		"{arg} must be between 0 and 1, not {value}", NULL,
	"Rates are fractions: divide a percentage by 100 (30 % is 0.30)."},
	{GL_RUNBOOK_E_NOT_FINITE, GL_ERR_RANGE, NULL,
		"{arg} must be a finite number, not {value}", NULL,
	"Filter out rows whose {arg} is NaN or infinite."},
	{GL_RUNBOOK_E_IMPACT, GL_ERR_PARAM, "impact",
		"{arg} must be a row of the GL-008 impact matrix, not {value}", NULL,
	NULL},
};

const gl_status_table gl_runbook_statuses =
GL_STATUS_TABLE("runbook", runbook_items);

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

/* status code about argument arg of value v */
static int
fail(gl_status_args *a, int code, const char *arg, double v)
{
	a->arg = arg;
	a->has_value = true;
	a->value = v;
	return code;
}

/*
 * The matrix's last two columns read "51-100" and "100+"; 100 sites is in
 * the explicit range 51-100, so the last column is more than 100.
 */
int
gl_runbook_sites_band(long sites, int *band, gl_status_args *a)
{
	if (sites < 1)
		return fail(a, GL_RUNBOOK_E_SITES, "sites", (double) sites);
	if (sites <= 10)
		*band = 0;
	else if (sites <= 50)
		*band = 1;
	else if (sites <= 100)
		*band = 2;
	else
		*band = 3;
	return GL_RUNBOOK_OK;
}

int
gl_runbook_incident_priority(gl_impact impact, long sites, int *level,
							 gl_status_args *a)
{
	int			band;
	int			rc;

	if ((int) impact < 0 || impact >= GL_IMPACT__COUNT)
		return fail(a, GL_RUNBOOK_E_IMPACT, "impact", (double) impact);
	rc = gl_runbook_sites_band(sites, &band, a);
	if (rc != GL_RUNBOOK_OK)
		return rc;
	*level = impact_matrix[impact][band];
	return GL_RUNBOOK_OK;
}

/* x is a fraction in [0, 1] (false for NaN) */
static int
is_fraction(double x)
{
	return x >= 0 && x <= 1;
}

int
gl_runbook_fp_rate_priority(double rate, int *level, gl_status_args *a)
{
	if (!is_fraction(rate))
		return fail(a, GL_RUNBOOK_E_FRACTION, "rate", rate);
	*level = rate > 0.30 ? 2 : GL_RULE_NONE;
	return GL_RUNBOOK_OK;
}

int
gl_runbook_efficiency_severity_in(double efficiency, gl_efficiency_scale scale,
								  int *level, gl_status_args *a)
{
	double		full = (scale == GL_EFFICIENCY_PERCENT) ? 100.0 : 1.0;

	if (!isfinite(efficiency))
		return fail(a, GL_RUNBOOK_E_NOT_FINITE, "efficiency", efficiency);
	*level = (efficiency < 0 || efficiency > full) ? 1 : GL_RULE_NONE;
	return GL_RUNBOOK_OK;
}

int
gl_runbook_efficiency_severity(double efficiency, int *level,
							   gl_status_args *a)
{
	return gl_runbook_efficiency_severity_in(efficiency, GL_EFFICIENCY_FRACTION,
											 level, a);
}

int
gl_runbook_calculation_success_severity(double success_rate, int *level,
										gl_status_args *a)
{
	if (!is_fraction(success_rate))
		return fail(a, GL_RUNBOOK_E_FRACTION, "success_rate", success_rate);
	if (success_rate < 0.05)
		*level = 1;
	else if (success_rate < 0.90)
		*level = 2;
	else if (success_rate <= 0.95)
		*level = 3;
	else
		*level = GL_RULE_NONE;
	return GL_RUNBOOK_OK;
}

const char *
gl_runbook_priority_name(int level)
{
	static const char *const names[] = {"P0", "P1", "P2", "P3", "P4"};

	if (level == GL_RULE_NONE)
		return "none";
	return (level >= 0 && level <= 4) ? names[level] : NULL;
}

const char *
gl_runbook_severity_name(int level)
{
	static const char *const names[] = {"SEV1", "SEV2", "SEV3", "SEV4"};

	if (level == GL_RULE_NONE)
		return "none";
	return (level >= 1 && level <= 4) ? names[level - 1] : NULL;
}
