-- The packaging metadata agree: META.json (the PGXN distribution's
-- metadata, meta-spec 1.0.0) has every required field, and its versions,
-- the Makefile's EXTVERSION, greenlang.control's default_version, the
-- installed extension's version and debian/changelog's upstream version are
-- one version.  psql reads the files (pg_regress runs it in the top of the
-- source tree); jsonb and regular expressions check them.  PGXN versions
-- are semantic versions: EXTVERSION 0.1 is 0.1.0 there.
\set meta `cat META.json`
\set makefile `cat Makefile`
\set control `cat greenlang.control`
\set changelog `head -n 1 debian/changelog`
CREATE TEMP TABLE files AS
SELECT :'meta'::jsonb AS meta,
       substring(:'makefile' from '(?n)^EXTVERSION *= *([^ ]+)$') AS extversion,
       substring(:'control' from $$(?n)^default_version *= *'([^']*)'$$) AS control_version,
       substring(:'changelog' from '^greenlang \(([^)]*)-[^-)]*\)') AS debian_version;
-- a semantic version (x.y.z) of an extension version (x.y or x.y.z)
CREATE FUNCTION pg_temp.semver(v text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN v ~ '^\d+\.\d+$' THEN v || '.0' ELSE v END $$;
-- version a >= version b, x.y.z numerically
CREATE FUNCTION pg_temp.version_ge(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE
AS $$ SELECT string_to_array(a, '.')::int[] >= string_to_array(b, '.')::int[] $$;
-- one row a check; every one must say t
SELECT c.name, coalesce(c.ok, false) AS ok
FROM files f, LATERAL (VALUES
  ('name is greenlang', f.meta->>'name' = 'greenlang'),
  ('abstract is a text', jsonb_typeof(f.meta->'abstract') = 'string' AND f.meta->>'abstract' <> ''),
  ('version is a semantic version', f.meta->>'version' ~ '^\d+\.\d+\.\d+$'),
  ('maintainer names someone',
   CASE jsonb_typeof(f.meta->'maintainer')
     WHEN 'string' THEN f.meta->>'maintainer' <> ''
     WHEN 'array' THEN jsonb_array_length(f.meta->'maintainer') > 0
          AND NOT jsonb_path_exists(f.meta->'maintainer', '$[*] ? (@.type() != "string" || @ == "")')
   END),
  ('license is a meta-spec license',
   CASE jsonb_typeof(f.meta->'license')
     WHEN 'string' THEN f.meta->>'license' = ANY (ARRAY['agpl_3', 'apache_1_1', 'apache_2_0',
       'artistic_1', 'artistic_2', 'bsd', 'freebsd', 'gfdl_1_2', 'gfdl_1_3', 'gpl_1', 'gpl_2',
       'gpl_3', 'lgpl_2_1', 'lgpl_3_0', 'mit', 'mozilla_1_0', 'mozilla_1_1', 'openssl',
       'perl_5', 'postgresql', 'qpl_1_0', 'ssleay', 'sun', 'zlib', 'open_source',
       'restricted', 'unrestricted', 'unknown'])
     WHEN 'object' THEN (SELECT count(*) > 0 FROM jsonb_object_keys(f.meta->'license'))
   END),
  ('provides greenlang with a file', jsonb_typeof(f.meta->'provides'->'greenlang'->'file') = 'string'),
  ('meta-spec version is 1.0.0', f.meta->'meta-spec'->>'version' = '1.0.0'),
  ('release_status is stable, testing or unstable',
   f.meta->>'release_status' IN ('stable', 'testing', 'unstable')),
  ('prereqs: PostgreSQL 15 or later',
   pg_temp.version_ge(f.meta->'prereqs'->'runtime'->'requires'->>'PostgreSQL', '15.0.0')),
  ('version = EXTVERSION', f.meta->>'version' = pg_temp.semver(f.extversion)),
  ('provides version = EXTVERSION',
   f.meta->'provides'->'greenlang'->>'version' = pg_temp.semver(f.extversion)),
  ('greenlang.control default_version = EXTVERSION', f.control_version = f.extversion),
  ('installed extension version = EXTVERSION',
   (SELECT extversion FROM pg_extension WHERE extname = 'greenlang') = f.extversion),
  ('debian/changelog upstream version = EXTVERSION', f.debian_version = f.extversion)
) AS c(name, ok);
-- the file provides names is in the source tree
SELECT meta->'provides'->'greenlang'->>'file' AS provides_file FROM files \gset
\set provides_file_exists `test -f ':provides_file' && echo yes || echo no`
SELECT :'provides_file_exists' AS provides_file_exists;
DROP TABLE files;
