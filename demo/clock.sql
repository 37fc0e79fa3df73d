-- demo/clock.sql: replay the runbooks against the demo data at the demo's own
-- "now".
--
-- The runbooks filter with NOW() - INTERVAL '...'.  The demo data lies in the
-- 120 days before demo_parameters.anchor (default 2025-11-26 00:00 UTC), so
-- this file creates demo_clock.now(), which returns that anchor, or the time
-- in the setting demo.now when one is set:
--
--   SET search_path = demo_clock, pg_catalog, public;   -- now() is the anchor
--   SET demo.now = '2025-11-24 18:00:00+00';            -- or any other moment
--
-- pg_catalog is searched first only when search_path does not name it; named
-- after demo_clock, it comes second, so an unqualified NOW() in a runbook
-- query resolves to demo_clock.now() and the query text stays as written.
-- (Only now() is replaced: CURRENT_TIMESTAMP, LOCALTIMESTAMP and
-- transaction_timestamp() still give the wall clock; the runbooks use NOW().)
-- RESET search_path gives the real clock back.
CREATE SCHEMA IF NOT EXISTS demo_clock;
COMMENT ON SCHEMA demo_clock IS 'The demo''s clock: now() at the demo data''s anchor (demo/clock.sql).';
CREATE OR REPLACE FUNCTION demo_clock.now() RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
	SELECT coalesce(nullif(current_setting('demo.now', true), '')::timestamptz,
					(SELECT anchor FROM demo_parameters))
$$;
COMMENT ON FUNCTION demo_clock.now() IS 'The demo''s "now": the setting demo.now when set, else demo_parameters.anchor. Put demo_clock before pg_catalog in search_path to make the runbooks'' NOW() use it.';
