-- runbook: incident priority (GL-008 impact matrix) and the GL-008/GL-009
-- threshold rules.

CREATE FUNCTION incident_priority(impact text, sites integer) RETURNS text
AS 'MODULE_PATHNAME', 'gl_incident_priority' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION incident_priority(text, integer) IS
'GL-008 priority P0..P4 of an incident from its impact (''complete-outage'', ''major-degradation'', ''minor-issues'', ''cosmetic'' or ''cosmetic/ux''; case, blanks around, and ''_'' or a space for ''-'' do not matter, so ''Complete Outage'' works) and the number of affected sites, at least 1 (bands 1-10, 11-50, 51-100, more than 100).';

CREATE FUNCTION fp_rate_priority(rate float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_fp_rate_priority' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fp_rate_priority(float8) IS
'GL-008 false-positive surge rule: a false-positive rate (fraction of FAILED detections verified FALSE_POSITIVE, between 0 and 1) above 0.30 is ''P2'', otherwise ''none''.';

CREATE FUNCTION efficiency_severity(efficiency float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_efficiency_severity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION efficiency_severity(float8) IS
'GL-009 data-integrity rule: an efficiency (a fraction) below 0 or above 1 (outside 0-100 %) is ''SEV1'', otherwise ''none''.';

CREATE FUNCTION efficiency_severity(efficiency float8, scale text) RETURNS text
AS 'MODULE_PATHNAME', 'gl_efficiency_severity_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION efficiency_severity(float8, text) IS
'GL-009 data-integrity rule for an efficiency in scale ''percent'' (below 0 or above 100 is ''SEV1'') or ''fraction'' (below 0 or above 1), otherwise ''none'': efficiency_severity(85.6, ''percent'') for the runbook''s stored percentages.';

CREATE FUNCTION calculation_success_severity(success_rate float8) RETURNS text
AS 'MODULE_PATHNAME', 'gl_calculation_success_severity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION calculation_success_severity(float8) IS
'GL-009 severity by calculation success rate (a fraction): below 0.05 (error rate above 95 %) ''SEV1'', below 0.90 ''SEV2'', 0.90 to 0.95 inclusive ''SEV3'', above 0.95 ''none''.';
