/*
 * test_runbook.c - the GL-008 impact matrix cell by cell and the threshold
 * rules at their boundaries (seeds 000 and 001 of the runbooks), the
 * impact names and the status table.
 */
#include "runbook/runbook.h"
#include "unit.h"

static int	rc_of;

/* the priority of an impact by name, or -100 (rc_of: the status) */
static int
prio(const char *impact, long sites)
{
	gl_status_args a = {0};
	int			level = -100;
	int			i = gl_choice_find(&gl_runbook_impacts, impact, strlen(impact));

	if (i < 0)
		return -100;
	rc_of = gl_runbook_incident_priority((gl_impact) i, sites, &level, &a);
	return rc_of == GL_RUNBOOK_OK ? level : -100;
}

/* the level of rule at x, or -100 (rc_of: the status) */
static int
rule(int (*f) (double, int *, gl_status_args *), double x)
{
	gl_status_args a = {0};
	int			level = -100;

	rc_of = f(x, &level, &a);
	return rc_of == GL_RUNBOOK_OK ? level : -100;
}

static int
fpr(double x)
{
	return rule(gl_runbook_fp_rate_priority, x);
}

static int
eff(double x)
{
	return rule(gl_runbook_efficiency_severity, x);
}

static int
succ(double x)
{
	return rule(gl_runbook_calculation_success_severity, x);
}

static void
test_status_table(void)
{
	const char *why = gl_status_table_check(&gl_runbook_statuses);
	gl_status_args a = {0};
	const gl_status *s;
	char		buf[200];
	int			code;
	int			level;

	CHECK(why == NULL, "runbook table: %s", why ? why : "");
	for (code = GL_RUNBOOK_E_SITES; code <= GL_RUNBOOK_E_IMPACT; code++)
		CHECK(gl_status_find(&gl_runbook_statuses, code) != NULL &&
			  gl_status_find(&gl_runbook_statuses, code)->kind != GL_ERR_INTERNAL,
			  "status %d has a descriptor", code);

	/* the arguments the statuses name, with their values */
	CHECK(gl_runbook_incident_priority(GL_IMPACT_COSMETIC, 0, &level, &a) ==
		  GL_RUNBOOK_E_SITES && strcmp(a.arg, "sites") == 0 && a.value == 0,
		  "0 sites");
	s = gl_status_find(&gl_runbook_statuses, GL_RUNBOOK_E_SITES);
	gl_status_format(buf, sizeof(buf), s->message, s, &a);
	CHECK(strcmp(buf, "sites must be at least 1, not 0") == 0, "sites message '%s'", buf);
	CHECK(s->kind == GL_ERR_RANGE, "sites: 22003");
	CHECK(gl_runbook_fp_rate_priority(30, &level, &a) == GL_RUNBOOK_E_FRACTION &&
		  strcmp(a.arg, "rate") == 0 && a.value == 30, "rate 30");
	s = gl_status_find(&gl_runbook_statuses, GL_RUNBOOK_E_FRACTION);
	gl_status_format(buf, sizeof(buf), s->message, s, &a);
	CHECK(strcmp(buf, "rate must be between 0 and 1, not 30") == 0, "rate message '%s'", buf);
	CHECK(gl_runbook_calculation_success_severity(-0.5, &level, &a) ==
		  GL_RUNBOOK_E_FRACTION && strcmp(a.arg, "success_rate") == 0,
		  "success_rate -0.5");
	CHECK(gl_runbook_efficiency_severity(NAN, &level, &a) == GL_RUNBOOK_E_NOT_FINITE &&
		  strcmp(a.arg, "efficiency") == 0, "efficiency NaN");
	/* the scale (85.6 % was SEV1 through the fraction form) */
	CHECK(gl_runbook_efficiency_severity_in(85.6, GL_EFFICIENCY_PERCENT, &level, &a) ==
		  GL_RUNBOOK_OK && level == GL_RULE_NONE, "85.6 percent");
	CHECK(gl_runbook_efficiency_severity_in(100, GL_EFFICIENCY_PERCENT, &level, &a) ==
		  GL_RUNBOOK_OK && level == GL_RULE_NONE, "100 percent is inside");
	CHECK(gl_runbook_efficiency_severity_in(100.00000000000001, GL_EFFICIENCY_PERCENT,
											&level, &a) == GL_RUNBOOK_OK && level == 1,
		  "just above 100 percent");
	CHECK(gl_runbook_efficiency_severity_in(-1e-300, GL_EFFICIENCY_PERCENT, &level, &a) ==
		  GL_RUNBOOK_OK && level == 1, "below 0 percent");
	CHECK(gl_runbook_efficiency_severity_in(1.2, GL_EFFICIENCY_FRACTION, &level, &a) ==
		  GL_RUNBOOK_OK && level == 1, "1.2 fraction");
	CHECK(gl_choice_find(&gl_runbook_efficiency_scales, "Percent", 7) == GL_EFFICIENCY_PERCENT &&
		  gl_choice_find(&gl_runbook_efficiency_scales, "%", 1) == -1, "scale names");
	CHECK(gl_runbook_incident_priority((gl_impact) 7, 5, &level, &a) ==
		  GL_RUNBOOK_E_IMPACT && gl_runbook_incident_priority((gl_impact) - 1, 5, &level, &a) ==
		  GL_RUNBOOK_E_IMPACT, "impact out of range");
}

int
main(void)
{
	/* GL-008 "Impact Assessment Matrix" */
	static const char *const rows[] = {"complete outage", "major degradation", "minor issues", "cosmetic"};
	static const int want[4][4] = {{1, 0, 0, 0}, {2, 1, 1, 0}, {3, 2, 2, 1}, {4, 3, 3, 2}};
	static const long lo[4] = {1, 11, 51, 101};
	static const long hi[4] = {10, 50, 100, 1000000};
	char		list[200];
	int			r,
				c;

	unit_name = "test_runbook";
	for (r = 0; r < 4; r++)
		for (c = 0; c < 4; c++)
		{
			CHECK(prio(rows[r], lo[c]) == want[r][c], "%s, %ld sites", rows[r], lo[c]);
			CHECK(prio(rows[r], hi[c]) == want[r][c], "%s, %ld sites", rows[r], hi[c]);
		}

	/* names: the one rule of base/names.h (locale-independent) */
	CHECK(gl_choice_find(&gl_runbook_impacts, "Complete Outage", 15) ==
		  GL_IMPACT_COMPLETE_OUTAGE, "case");
	CHECK(gl_choice_find(&gl_runbook_impacts, "  Cosmetic/UX ", 14) ==
		  GL_IMPACT_COSMETIC, "cosmetic/ux, blanks");
	CHECK(gl_choice_find(&gl_runbook_impacts, "MAJOR_DEGRADATION", 17) ==
		  GL_IMPACT_MAJOR_DEGRADATION, "'_' for a space");
	CHECK(gl_choice_find(&gl_runbook_impacts, "minor-issues", 12) ==
		  GL_IMPACT_MINOR_ISSUES, "'-' for a space");
	CHECK(gl_choice_find(&gl_runbook_impacts, "outage", 6) == -1, "unknown");
	CHECK(gl_choice_find(&gl_runbook_impacts, "", 0) == -1, "empty");
	CHECK(gl_choice_find(&gl_runbook_impacts, "Cosmetic\xc4\xb0", 10) == -1,
		  "no locale folding");
	gl_choices_list(&gl_runbook_impacts, list, sizeof(list));
	CHECK(strcmp(list, "\"complete-outage\", \"major-degradation\", \"minor-issues\" or \"cosmetic\"") == 0,
		  "hint list '%s'", list);

	CHECK(prio("cosmetic", 0) == -100 && rc_of == GL_RUNBOOK_E_SITES, "0 sites");
	CHECK(prio("cosmetic", -3) == -100 && rc_of == GL_RUNBOOK_E_SITES, "negative sites");

	/* GL-008: false positive rate > 30 % is P2 */
	CHECK(fpr(0.30) == GL_RULE_NONE, "0.30 is not above 30 %%");
	CHECK(fpr(0.30000000000000004) == 2, "next double above 0.30");
	CHECK(fpr(0.31) == 2, "0.31");
	CHECK(fpr(0) == GL_RULE_NONE && fpr(1) == 2, "ends");
	CHECK(fpr(-0.01) == -100 && rc_of == GL_RUNBOOK_E_FRACTION &&
		  fpr(1.01) == -100 && fpr(NAN) == -100 && rc_of == GL_RUNBOOK_E_FRACTION,
		  "bad rates");

	/* GL-009: efficiency outside 0-100 % is SEV1 */
	CHECK(eff(0) == GL_RULE_NONE && eff(1) == GL_RULE_NONE, "0 and 1 inside");
	CHECK(eff(-1e-300) == 1 && eff(1.0000000000000002) == 1, "just outside");
	CHECK(eff(0.9048) == GL_RULE_NONE, "typical");
	CHECK(eff(INFINITY) == -100 && rc_of == GL_RUNBOOK_E_NOT_FINITE, "Inf");

	/* GL-009: success rate bands */
	CHECK(succ(0) == 1, "0");
	CHECK(succ(0.049999999999999996) == 1, "below 0.05");
	CHECK(succ(0.05) == 2, "0.05 (error rate 95 %%, not above)");
	CHECK(succ(0.8999999999999999) == 2, "below 0.90");
	CHECK(succ(0.90) == 3, "0.90");
	CHECK(succ(0.95) == 3, "0.95");
	CHECK(succ(0.9500000000000001) == GL_RULE_NONE, "above 0.95");
	CHECK(succ(1) == GL_RULE_NONE, "1");
	CHECK(succ(1.5) == -100 && rc_of == GL_RUNBOOK_E_FRACTION, "1.5");

	/* level names */
	CHECK(strcmp(gl_runbook_priority_name(0), "P0") == 0 &&
		  strcmp(gl_runbook_priority_name(4), "P4") == 0 &&
		  strcmp(gl_runbook_priority_name(GL_RULE_NONE), "none") == 0 &&
		  gl_runbook_priority_name(5) == NULL && gl_runbook_priority_name(-2) == NULL,
		  "priority names");
	CHECK(strcmp(gl_runbook_severity_name(1), "SEV1") == 0 &&
		  strcmp(gl_runbook_severity_name(4), "SEV4") == 0 &&
		  strcmp(gl_runbook_severity_name(GL_RULE_NONE), "none") == 0 &&
		  gl_runbook_severity_name(0) == NULL, "severity names");

	test_status_table();
	return unit_done();
}
