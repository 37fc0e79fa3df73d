-- units: the one unit table of greenlang, and conversion between its units.

CREATE FUNCTION convert_units(value float8, from_unit text, to_unit text)
RETURNS float8
AS 'MODULE_PATHNAME', 'gl_convert_units'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION convert_units(float8, text, text) IS
'Converts value from from_unit to to_unit (same dimension). Gauge pressures (psig, barg, kPag) are relative to 101.325 kPa; a bare "psi" is refused. See greenlang_units() for the units.';

CREATE FUNCTION greenlang_units(
    OUT unit text, OUT dimension text, OUT base_unit text,
    OUT factor float8, OUT zero_in_base float8, OUT gauge boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_greenlang_units'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION greenlang_units() IS
'The unit table: each canonical unit, its dimension, its base unit, the factor to the base unit and the base value of its zero (273.15 for degC, 0.101325 MPa for psig).';
