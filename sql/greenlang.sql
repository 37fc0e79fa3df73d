-- greenlang_version(): the library's version agrees with the installed SQL
-- objects' version, and names a formulas version.
SELECT greenlang_version();
SELECT greenlang_version() ~ '^greenlang [0-9]+\.[0-9]+, formulas [0-9]+$' AS well_formed;
SELECT split_part(split_part(greenlang_version(), ' ', 2), ',', 1) = extversion AS matches_extension
FROM pg_extension WHERE extname = 'greenlang';
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'greenlang_version';
-- every function, aggregate and type of the extension has a comment
SELECT p.oid::regprocedure AS uncommented
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE obj_description(p.oid, 'pg_proc') IS NULL
ORDER BY 1::text;
SELECT t.oid::regtype AS uncommented
FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE obj_description(t.oid, 'pg_type') IS NULL
  -- the implicit array types (members of the extension from PostgreSQL 18 on)
  AND NOT EXISTS (SELECT FROM pg_type b WHERE b.typarray = t.oid)
ORDER BY 1::text;
-- and every operator, operator class and operator family (\do+, \dAc+, \dAf+)
SELECT d.classid::regclass AS catalog, pg_describe_object(d.classid, d.objid, 0) AS uncommented
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_operator'::regclass, 'pg_opclass'::regclass, 'pg_opfamily'::regclass)
  AND obj_description(d.objid, d.classid::regclass::name) IS NULL
ORDER BY 2;
-- (the query sees them: a count of 0 would mean it checks nothing)
SELECT count(*) AS operator_objects
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_operator'::regclass, 'pg_opclass'::regclass, 'pg_opfamily'::regclass);
-- every column of the extension's result types has a comment
SELECT t.oid::regtype AS result_type, a.attname AS uncommented_column
FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
WHERE t.typtype = 'c' AND col_description(t.typrelid, a.attnum) IS NULL
ORDER BY 1::text, a.attnum;
-- promises: no function of the extension is volatile or parallel-unsafe
SELECT p.oid::regprocedure AS volatile_or_unsafe
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE p.provolatile = 'v' OR p.proparallel <> 's'
ORDER BY 1::text;
-- aggregates: every one has a combine function and a state type that is not internal
SELECT a.aggfnoid::regprocedure AS aggregate_without_combine_or_with_internal_state
FROM pg_aggregate a JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE a.aggcombinefn = 0 OR a.aggtranstype = 'internal'::regtype
ORDER BY 1::text;
