/*
 * runbook.h - the incident rules of the GL-008 (steam-trap inspection) and
 * GL-009 (thermal efficiency) runbooks as functions (pure C, no PostgreSQL
 * headers).
 *
 * GL-008 ranks incidents P0 (critical) .. P4 (planning); GL-009 ranks them
 * SEV1 (critical) .. SEV4 (informational).  Rates and efficiencies are
 * fractions (0.30, not 30).
 */
#ifndef GREENLANG_RUNBOOK_H
#define GREENLANG_RUNBOOK_H

#include <stddef.h>

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
 * The impact named by name (len bytes): "complete outage", "major
 * degradation", "minor issues", "cosmetic" (or "cosmetic/ux"), in any
 * letter case, blanks around ignored.  -1 when unknown.
 */
extern int	gl_impact_find(const char *name, size_t len);

/* the canonical names, ", "-separated, for error messages */
extern const char *gl_impact_list(void);

/*
 * The column of the matrix for a number of affected sites (>= 1):
 * 0: 1-10, 1: 11-50, 2: 51-100, 3: more than 100.  -1 when sites < 1.
 */
extern int	gl_sites_band(long sites);

/*
 * GL-008 priority 0..4 (P0..P4) of an incident of impact affecting sites
 * sites; -1 when sites < 1 or impact is out of range.
 */
extern int	gl_incident_priority(gl_impact impact, long sites);

/* outcome of a threshold rule: a level, or no incident by that rule */
#define GL_RULE_NONE (-1)
/* the argument is not a finite fraction in [0, 1] */
#define GL_RULE_BAD_RATE (-2)

/*
 * GL-008 Scenario 3: false-positive rate (FAILED detections later verified
 * as false positives over all verified FAILED detections) above 30 % is a
 * P2 incident.  Returns 2 or GL_RULE_NONE (or GL_RULE_BAD_RATE).
 */
extern int	gl_fp_rate_priority(double rate);

/*
 * GL-009 Scenario 9: an efficiency outside 0-100 % (outside [0, 1] as a
 * fraction) is a SEV1 data-integrity incident.  Returns 1 or GL_RULE_NONE;
 * a non-finite efficiency is GL_RULE_BAD_RATE.
 */
extern int	gl_efficiency_severity(double efficiency);

/*
 * GL-009 severity levels by calculation success rate: all calculations
 * failing (error rate > 95 %, i.e. success below 5 %) SEV1; success below
 * 90 % SEV2; 90 % to 95 % inclusive SEV3; above 95 % GL_RULE_NONE.
 */
extern int	gl_calculation_success_severity(double success_rate);

#endif							/* GREENLANG_RUNBOOK_H */
