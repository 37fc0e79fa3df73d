/*
 * runbook.h - the incident rules of the GL-008 (steam-trap inspection) and
 * GL-009 (thermal efficiency) runbooks as functions (pure C, no PostgreSQL
 * headers).
 *
 * GL-008 ranks incidents P0 (critical) .. P4 (planning); GL-009 ranks them
 * SEV1 (critical) .. SEV4 (informational).  Rates and efficiencies are
 * fractions (0.30, not 30).
 *
 * Each rule returns a status (GL_RUNBOOK_OK or one of gl_runbook_statuses,
 * with a->arg and a->value filled in for the glue to report) and writes a
 * level: a priority 0..4, a severity 1..4, or GL_RULE_NONE (no incident by
 * that rule).  gl_runbook_priority_name and gl_runbook_severity_name give
 * a level's text.
 */
#ifndef GREENLANG_RUNBOOK_H
#define GREENLANG_RUNBOOK_H

#include <stddef.h>

#include "base/names.h"
#include "base/status.h"

/* the rows of the GL-008 impact assessment matrix */
typedef enum gl_impact
{
	GL_IMPACT_COMPLETE_OUTAGE = 0,
	GL_IMPACT_MAJOR_DEGRADATION,
	GL_IMPACT_MINOR_ISSUES,
	GL_IMPACT_COSMETIC,
	GL_IMPACT__COUNT
} gl_impact;

/*
 * The impact names, matched by base/names.h's rule: "complete-outage",
 * "major-degradation", "minor-issues", "cosmetic" (or "cosmetic/ux", as the
 * runbook prints it); 'Complete Outage' is complete-outage.
 */
extern const gl_choices gl_runbook_impacts;

/* the scale of an efficiency: 'fraction' (0-1) or 'percent' (0-100) */
typedef enum gl_efficiency_scale
{
	GL_EFFICIENCY_FRACTION = 0,
	GL_EFFICIENCY_PERCENT
} gl_efficiency_scale;

extern const gl_choices gl_runbook_efficiency_scales;

typedef enum gl_runbook_status
{
	GL_RUNBOOK_OK = 0,
	GL_RUNBOOK_E_SITES,			/* sites below 1 */
	GL_RUNBOOK_E_FRACTION,		/* a rate outside [0, 1] (NaN too) */
	GL_RUNBOOK_E_NOT_FINITE,	/* an efficiency that is NaN or infinite */
	GL_RUNBOOK_E_IMPACT			/* an impact outside the gl_impact range */
} gl_runbook_status;

extern const gl_status_table gl_runbook_statuses;

/* outcome of a threshold rule that finds no incident */
#define GL_RULE_NONE (-1)

/*
 * The column of the matrix for a number of affected sites (>= 1):
 * 0: 1-10, 1: 11-50, 2: 51-100, 3: more than 100.  GL_RUNBOOK_E_SITES
 * when sites < 1.
 */
extern int	gl_runbook_sites_band(long sites, int *band, gl_status_args *a);

/*
 * GL-008 priority 0..4 (P0..P4) of an incident of impact affecting sites
 * sites.
 */
extern int	gl_runbook_incident_priority(gl_impact impact, long sites,
										 int *level, gl_status_args *a);

/*
 * GL-008 Scenario 3: false-positive rate (FAILED detections later verified
 * as false positives over all verified FAILED detections) above 30 % is a
 * P2 incident.  *level is 2 or GL_RULE_NONE.
 */
extern int	gl_runbook_fp_rate_priority(double rate, int *level,
										gl_status_args *a);

/*
 * GL-009 Scenario 9: an efficiency outside 0-100 % (outside [0, 1] as a
 * fraction) is a SEV1 data-integrity incident.  *level is 1 or
 * GL_RULE_NONE; any finite efficiency is valid.
 */
extern int	gl_runbook_efficiency_severity(double efficiency, int *level,
										   gl_status_args *a);

/*
 * The same rule for an efficiency in scale: GL_EFFICIENCY_PERCENT compares
 * with 0 and 100 themselves (no division, so 100 is inside exactly).
 */
extern int	gl_runbook_efficiency_severity_in(double efficiency,
											  gl_efficiency_scale scale,
											  int *level, gl_status_args *a);

/*
 * GL-009 severity levels by calculation success rate: all calculations
 * failing (error rate > 95 %, i.e. success below 5 %) SEV1; success below
 * 90 % SEV2; 90 % to 95 % inclusive SEV3; above 95 % GL_RULE_NONE.
 */
extern int	gl_runbook_calculation_success_severity(double success_rate,
													int *level,
													gl_status_args *a);

/* "P0".."P4", or "none" for GL_RULE_NONE; NULL for anything else */
extern const char *gl_runbook_priority_name(int level);

/* "SEV1".."SEV4", or "none" for GL_RULE_NONE; NULL for anything else */
extern const char *gl_runbook_severity_name(int level);

#endif							/* GREENLANG_RUNBOOK_H */
