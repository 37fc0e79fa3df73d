/*
 * runbook_pg.c - SQL face of the GL-008 impact matrix and the GL-008/GL-009
 * threshold rules: arguments in, the core's level or status out.
 */
#include "base/base_pg.h"

#include "utils/builtins.h"

#include "runbook/runbook.h"

/* a rule's result: its level's name, or the core's status as the error */
static Datum
rule_result(int rc, int level, gl_status_args *a,
			const char *(*name_of) (int level))
{
	const char *name;

	if (rc != GL_RUNBOOK_OK)
		gl_raise(&gl_runbook_statuses, rc, a);
	name = name_of(level);
	if (name == NULL)
		elog(ERROR, "runbook rule returned level %d", level);
	return CStringGetTextDatum(name);
}

/* incident_priority(impact text, sites integer) returns text */
PG_FUNCTION_INFO_V1(gl_incident_priority);
Datum
gl_incident_priority(PG_FUNCTION_ARGS)
{
	int			impact = gl_choice_arg(fcinfo, 0, &gl_runbook_impacts, "impact");
	gl_status_args a = {0};
	int			level = 0;
	int			rc;

	rc = gl_runbook_incident_priority((gl_impact) impact, PG_GETARG_INT32(1),
									  &level, &a);
	PG_RETURN_DATUM(rule_result(rc, level, &a, gl_runbook_priority_name));
}

/* a threshold rule of one float8 argument, argname, that must be finite */
static Datum
number_rule(FunctionCallInfo fcinfo, const char *argname,
			int (*rule) (double x, int *level, gl_status_args *a),
			const char *(*name_of) (int level))
{
	double		x = PG_GETARG_FLOAT8(0);
	gl_status_args a = {0};
	int			level = 0;
	int			rc;

	gl_check_finite(x, argname);
	rc = rule(x, &level, &a);
	return rule_result(rc, level, &a, name_of);
}

/* fp_rate_priority(rate float8) returns text: 'P2' or 'none' */
PG_FUNCTION_INFO_V1(gl_fp_rate_priority);
Datum
gl_fp_rate_priority(PG_FUNCTION_ARGS)
{
	return number_rule(fcinfo, "rate", gl_runbook_fp_rate_priority,
					   gl_runbook_priority_name);
}

/* efficiency_severity(efficiency float8) returns text: 'SEV1' or 'none' */
PG_FUNCTION_INFO_V1(gl_efficiency_severity);
Datum
gl_efficiency_severity(PG_FUNCTION_ARGS)
{
	return number_rule(fcinfo, "efficiency", gl_runbook_efficiency_severity,
					   gl_runbook_severity_name);
}

/*
 * efficiency_severity(efficiency float8, scale text) returns text: the
 * same rule for an efficiency in 'percent' (0-100) or 'fraction' (0-1)
 */
PG_FUNCTION_INFO_V1(gl_efficiency_severity_scale);
Datum
gl_efficiency_severity_scale(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);
	int			scale = gl_choice_arg(fcinfo, 1, &gl_runbook_efficiency_scales,
									  "scale");
	gl_status_args a = {0};
	int			level = 0;
	int			rc;

	gl_check_finite(x, "efficiency");
	rc = gl_runbook_efficiency_severity_in(x, (gl_efficiency_scale) scale,
										   &level, &a);
	PG_RETURN_DATUM(rule_result(rc, level, &a, gl_runbook_severity_name));
}

/* calculation_success_severity(success_rate float8) returns text */
PG_FUNCTION_INFO_V1(gl_calculation_success_severity);
Datum
gl_calculation_success_severity(PG_FUNCTION_ARGS)
{
	return number_rule(fcinfo, "success_rate",
					   gl_runbook_calculation_success_severity,
					   gl_runbook_severity_name);
}
