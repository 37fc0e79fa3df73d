/*
 * runbook_pg.c - SQL face of the GL-008 impact matrix and the GL-008/GL-009
 * threshold rules; all error reporting is here.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "runbook/runbook.h"
#include "units/units_pg.h"

static const char *const priority_names[] = {"P0", "P1", "P2", "P3", "P4"};
static const char *const severity_names[] = {"", "SEV1", "SEV2", "SEV3", "SEV4"};

/* a fraction argument of a threshold rule: finite and in [0, 1] */
static void
check_fraction(double x, const char *argname, const char *example)
{
	gl_check_finite(x, argname);
	if (x < 0 || x > 1)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be a fraction between 0 and 1, not %g",
						argname, x),
				 errhint("Rates are fractions: %s.", example)));
}

static Datum
level_text(int level, const char *const *names)
{
	if (level == GL_RULE_NONE)
		return CStringGetTextDatum("none");
	/* the glue validates every argument first: no other negative level */
	if (level < 0)
		elog(ERROR, "unexpected rule level %d", level);
	return CStringGetTextDatum(names[level]);
}

/* incident_priority(impact text, sites integer) returns text */
PG_FUNCTION_INFO_V1(gl_incident_priority_sql);
Datum
gl_incident_priority_sql(PG_FUNCTION_ARGS)
{
	text	   *impact_text = PG_GETARG_TEXT_PP(0);
	int32		sites = PG_GETARG_INT32(1);
	int			impact = gl_impact_find(VARDATA_ANY(impact_text),
										VARSIZE_ANY_EXHDR(impact_text));

	if (impact < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown incident impact \"%.*s\"",
						(int) VARSIZE_ANY_EXHDR(impact_text),
						VARDATA_ANY(impact_text)),
				 errhint("Valid impacts (GL-008 impact assessment matrix): %s.",
						 gl_impact_list())));
	if (sites < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("number of affected sites must not be negative: %d",
						sites)));
	if (sites == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an incident affecting 0 sites has no priority"),
				 errdetail("The GL-008 impact matrix starts at 1 site.")));
	PG_RETURN_DATUM(level_text(gl_incident_priority((gl_impact) impact, sites),
							   priority_names));
}

/* fp_rate_priority(rate float8) returns text: 'P2' or 'none' */
PG_FUNCTION_INFO_V1(gl_fp_rate_priority_sql);
Datum
gl_fp_rate_priority_sql(PG_FUNCTION_ARGS)
{
	double		rate = PG_GETARG_FLOAT8(0);

	check_fraction(rate, "false-positive rate", "30 % is 0.30");
	PG_RETURN_DATUM(level_text(gl_fp_rate_priority(rate), priority_names));
}

/* efficiency_severity(efficiency float8) returns text: 'SEV1' or 'none' */
PG_FUNCTION_INFO_V1(gl_efficiency_severity_sql);
Datum
gl_efficiency_severity_sql(PG_FUNCTION_ARGS)
{
	double		eff = PG_GETARG_FLOAT8(0);

	gl_check_finite(eff, "efficiency");
	PG_RETURN_DATUM(level_text(gl_efficiency_severity(eff), severity_names));
}

/* calculation_success_severity(success_rate float8) returns text */
PG_FUNCTION_INFO_V1(gl_calculation_success_severity_sql);
Datum
gl_calculation_success_severity_sql(PG_FUNCTION_ARGS)
{
	double		rate = PG_GETARG_FLOAT8(0);

	check_fraction(rate, "success rate", "95 % is 0.95");
	PG_RETURN_DATUM(level_text(gl_calculation_success_severity(rate),
							   severity_names));
}
