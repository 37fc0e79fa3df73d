/*
 * test_runbook.c - the GL-008 impact matrix cell by cell and the threshold
 * rules at their boundaries (seeds 000 and 001 of the runbooks).
 */
#include "runbook/runbook.h"
#include "unit.h"

static int
prio(const char *impact, long sites)
{
	return gl_incident_priority((gl_impact) gl_impact_find(impact, strlen(impact)), sites);
}

int
main(void)
{
	/* GL-008 "Impact Assessment Matrix" */
	static const char *const rows[] = {"complete outage", "major degradation", "minor issues", "cosmetic"};
	static const int want[4][4] = {{1, 0, 0, 0}, {2, 1, 1, 0}, {3, 2, 2, 1}, {4, 3, 3, 2}};
	static const long lo[4] = {1, 11, 51, 101};
	static const long hi[4] = {10, 50, 100, 1000000};
	int			r,
				c;

	unit_name = "test_runbook";
	for (r = 0; r < 4; r++)
		for (c = 0; c < 4; c++)
		{
			CHECK(prio(rows[r], lo[c]) == want[r][c], "%s, %ld sites", rows[r], lo[c]);
			CHECK(prio(rows[r], hi[c]) == want[r][c], "%s, %ld sites", rows[r], hi[c]);
		}
	CHECK(gl_impact_find("Complete Outage", 15) == GL_IMPACT_COMPLETE_OUTAGE, "case");
	CHECK(gl_impact_find("  Cosmetic/UX ", 14) == GL_IMPACT_COSMETIC, "cosmetic/ux, blanks");
	CHECK(gl_impact_find("outage", 6) == -1, "unknown");
	CHECK(gl_impact_find("", 0) == -1, "empty");
	CHECK(gl_sites_band(0) == -1 && gl_sites_band(-3) == -1, "no sites");
	CHECK(gl_incident_priority(GL_IMPACT_MINOR_ISSUES, 0) == -1, "0 sites");

	/* GL-008: false positive rate > 30 % is P2 */
	CHECK(gl_fp_rate_priority(0.30) == GL_RULE_NONE, "0.30 is not above 30 %%");
	CHECK(gl_fp_rate_priority(0.30000000000000004) == 2, "next double above 0.30");
	CHECK(gl_fp_rate_priority(0.31) == 2, "0.31");
	CHECK(gl_fp_rate_priority(0) == GL_RULE_NONE && gl_fp_rate_priority(1) == 2, "ends");
	CHECK(gl_fp_rate_priority(-0.01) == GL_RULE_BAD_RATE && gl_fp_rate_priority(1.01) == GL_RULE_BAD_RATE &&
		  gl_fp_rate_priority(NAN) == GL_RULE_BAD_RATE, "bad rates");

	/* GL-009: efficiency outside 0-100 % is SEV1 */
	CHECK(gl_efficiency_severity(0) == GL_RULE_NONE && gl_efficiency_severity(1) == GL_RULE_NONE, "0 and 1 inside");
	CHECK(gl_efficiency_severity(-1e-300) == 1 && gl_efficiency_severity(1.0000000000000002) == 1, "just outside");
	CHECK(gl_efficiency_severity(0.9048) == GL_RULE_NONE, "typical");
	CHECK(gl_efficiency_severity(INFINITY) == GL_RULE_BAD_RATE, "Inf");

	/* GL-009: success rate bands */
	CHECK(gl_calculation_success_severity(0) == 1, "0");
	CHECK(gl_calculation_success_severity(0.049999999999999996) == 1, "below 0.05");
	CHECK(gl_calculation_success_severity(0.05) == 2, "0.05 (error rate 95 %%, not above)");
	CHECK(gl_calculation_success_severity(0.8999999999999999) == 2, "below 0.90");
	CHECK(gl_calculation_success_severity(0.90) == 3, "0.90");
	CHECK(gl_calculation_success_severity(0.95) == 3, "0.95");
	CHECK(gl_calculation_success_severity(0.9500000000000001) == GL_RULE_NONE, "above 0.95");
	CHECK(gl_calculation_success_severity(1) == GL_RULE_NONE, "1");
	CHECK(gl_calculation_success_severity(1.5) == GL_RULE_BAD_RATE, "1.5");
	return unit_done();
}
