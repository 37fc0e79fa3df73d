-- greenlang.sql - the extension itself.

CREATE FUNCTION greenlang_version() RETURNS text
AS 'MODULE_PATHNAME', 'greenlang_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION greenlang_version() IS
'The version of the loaded greenlang library and of its formulas, as ''greenlang <version>, formulas <n>''; the formulas number changes whenever any result changes. Stamp recalculated rows with it.';
