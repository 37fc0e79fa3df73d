-- test/sql/catalog.sql - included by sql/upgrade.sql: pg_temp.gl_catalog()
-- describes everything the installed greenlang consists of, one row a
-- property: (object, property, value).  Two installs are the same when their
-- rows are.  Objects are named by pg_describe_object and functions by their
-- signatures, never by OID, so an install made by CREATE EXTENSION and one
-- made by ALTER EXTENSION UPDATE compare equal when they define the same
-- things.  It covers every member of the extension (whatever its kind) and,
-- by kind: functions (arguments with names, types and defaults, result,
-- volatility, strictness, parallel marking, cost, rows, support function,
-- language, C symbol, security, ACL), aggregates (transition, final,
-- combine, serial and deserial functions, state type and initial value),
-- types (I/O functions, length, alignment, storage, composite attributes,
-- domain constraints, enum labels), operators, operator classes and
-- families with their members, casts, relations with their columns, and
-- every comment (columns of result types too).
CREATE FUNCTION pg_temp.gl_catalog(OUT object text, OUT property text, OUT value text)
RETURNS SETOF record LANGUAGE sql STABLE AS $catalog$
WITH ext AS (
  SELECT oid FROM pg_extension WHERE extname = 'greenlang'
), member AS (
  SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS name
  FROM pg_depend d, ext
  WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), fn AS (
  SELECT m.name, p.*
  FROM member m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
), ty AS (
  SELECT m.name, t.*
  FROM member m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
), rel AS (
  -- relations of the extension, and the row types behind its composite types
  SELECT m.name, c.oid AS relid
  FROM member m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
  UNION
  SELECT ty.name, ty.typrelid FROM ty WHERE ty.typtype = 'c'
)
-- the extension itself
SELECT 'extension greenlang', 'version', e.extversion FROM pg_extension e, ext WHERE e.oid = ext.oid
UNION ALL
SELECT 'extension greenlang', 'relocatable, schema, configuration',
       concat_ws(', ', e.extrelocatable, e.extnamespace::regnamespace, e.extconfig::regclass[]::text)
FROM pg_extension e, ext WHERE e.oid = ext.oid
UNION ALL
-- membership: every object, whatever its kind
SELECT m.name, 'member of the extension', 'yes' FROM member m
UNION ALL
-- functions and aggregates: everything CREATE FUNCTION says
SELECT fn.name, v.property, v.value
FROM fn, LATERAL (VALUES
  ('kind', fn.prokind::text),
  ('arguments', pg_get_function_arguments(fn.oid)),
  ('result', pg_get_function_result(fn.oid)),
  ('volatility', fn.provolatile::text),
  ('strict', fn.proisstrict::text),
  ('parallel', fn.proparallel::text),
  ('cost, rows', concat_ws(', ', fn.procost, fn.prorows)),
  ('support', fn.prosupport::regprocedure::text),
  ('language', (SELECT lanname FROM pg_language WHERE oid = fn.prolang)),
  ('definition', CASE WHEN fn.prokind <> 'a' THEN concat_ws(' ', fn.probin, fn.prosrc) END),
  ('security definer, leakproof, config', concat_ws(', ', fn.prosecdef, fn.proleakproof, fn.proconfig::text)),
  ('acl', fn.proacl::text)) v(property, value)
UNION ALL
SELECT fn.name, v.property, v.value
FROM fn JOIN pg_aggregate a ON a.aggfnoid = fn.oid, LATERAL (VALUES
  ('aggregate kind, direct arguments', concat_ws(', ', a.aggkind, a.aggnumdirectargs)),
  ('transition function', a.aggtransfn::regprocedure::text),
  ('final function', a.aggfinalfn::regprocedure::text),
  ('final extra, final modify', concat_ws(', ', a.aggfinalextra, a.aggfinalmodify)),
  ('combine function', a.aggcombinefn::regprocedure::text),
  ('serial function', a.aggserialfn::regprocedure::text),
  ('deserial function', a.aggdeserialfn::regprocedure::text),
  ('state type, space, initial value', concat_ws(', ', a.aggtranstype::regtype, a.aggtransspace, a.agginitval)),
  ('moving aggregate', concat_ws(', ', a.aggmtransfn::regprocedure, a.aggminvtransfn::regprocedure,
                                 a.aggmfinalfn::regprocedure, a.aggmfinalextra, a.aggmfinalmodify,
                                 a.aggmtranstype::regtype, a.aggmtransspace, a.aggminitval)),
  ('sort operator', a.aggsortop::regoperator::text)) v(property, value)
UNION ALL
-- types
SELECT ty.name, v.property, v.value
FROM ty, LATERAL (VALUES
  ('type kind, category, preferred', concat_ws(', ', ty.typtype, ty.typcategory, ty.typispreferred)),
  ('length, by value, alignment, storage', concat_ws(', ', ty.typlen, ty.typbyval, ty.typalign, ty.typstorage)),
  ('input, output', concat_ws(', ', ty.typinput::regprocedure, ty.typoutput::regprocedure)),
  ('receive, send', concat_ws(', ', ty.typreceive::regprocedure, ty.typsend::regprocedure)),
  ('typmod in, typmod out, analyze, subscript',
   concat_ws(', ', ty.typmodin::regprocedure, ty.typmodout::regprocedure,
             ty.typanalyze::regprocedure, ty.typsubscript::regprocedure)),
  ('element, array, delimiter', concat_ws(', ', ty.typelem::regtype, ty.typarray::regtype, ty.typdelim)),
  ('domain base, not null, default', CASE WHEN ty.typtype = 'd' THEN
     concat_ws(', ', format_type(ty.typbasetype, ty.typtypmod), ty.typnotnull, ty.typdefault) END),
  ('collation', ty.typcollation::text),
  ('acl', ty.typacl::text)) v(property, value)
UNION ALL
SELECT ty.name, 'domain constraint ' || c.conname, pg_get_constraintdef(c.oid)
FROM ty JOIN pg_constraint c ON c.contypid = ty.oid
UNION ALL
SELECT ty.name, 'enum labels', string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
FROM ty JOIN pg_enum e ON e.enumtypid = ty.oid GROUP BY ty.name
UNION ALL
-- relations, and the attributes of composite types, in their order
SELECT rel.name, 'relation kind', c.relkind::text
FROM rel JOIN pg_class c ON c.oid = rel.relid
UNION ALL
-- (numbered among the columns that are there: a dropped one leaves a gap in attnum)
SELECT rel.name, 'column ' || row_number() OVER (PARTITION BY rel.relid ORDER BY a.attnum),
       concat_ws(' ', quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
                 CASE WHEN a.attnotnull THEN 'not null' END)
FROM rel JOIN pg_attribute a ON a.attrelid = rel.relid AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT rel.name, 'comment on column ' || a.attname, col_description(rel.relid, a.attnum)
FROM rel JOIN pg_attribute a ON a.attrelid = rel.relid AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
-- operators
SELECT m.name, v.property, v.value
FROM member m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid,
LATERAL (VALUES
  ('result', o.oprresult::regtype::text),
  ('function', o.oprcode::regprocedure::text),
  ('commutator, negator', concat_ws(', ', o.oprcom::regoperator, o.oprnegate::regoperator)),
  ('restrict, join', concat_ws(', ', o.oprrest::regprocedure, o.oprjoin::regprocedure)),
  ('merges, hashes', concat_ws(', ', o.oprcanmerge, o.oprcanhash))) v(property, value)
UNION ALL
-- operator classes and families, and what they hold
SELECT m.name, 'default for, input type, stored type, family',
       concat_ws(', ', c.opcdefault, c.opcintype::regtype, c.opckeytype::regtype,
                 pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0))
FROM member m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
UNION ALL
SELECT m.name, 'holds ' || pg_describe_object('pg_amop'::regclass, o.oid, 0), 'yes'
FROM member m JOIN pg_amop o ON m.classid = 'pg_opfamily'::regclass AND o.amopfamily = m.objid
UNION ALL
SELECT m.name, 'holds ' || pg_describe_object('pg_amproc'::regclass, p.oid, 0), 'yes'
FROM member m JOIN pg_amproc p ON m.classid = 'pg_opfamily'::regclass AND p.amprocfamily = m.objid
UNION ALL
-- casts
SELECT m.name, 'function, context, method',
       concat_ws(', ', c.castfunc::regprocedure, c.castcontext, c.castmethod)
FROM member m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
UNION ALL
-- every comment on a member (comments on columns are above)
SELECT m.name, 'comment', d.description
FROM member m JOIN pg_description d
  ON d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid = 0
$catalog$;
