-- test/sql/explain.sql - included by regression tests that show a plan as
-- executed: pg_temp.explain_analyze(query) is EXPLAIN (ANALYZE) without the
-- figures that change from run to run (costs, timings, buffers) and in the
-- form every supported PostgreSQL prints (18 writes "rows=120.00" and an
-- "Index Searches" line; 15 to 17 write "rows=120").
CREATE FUNCTION pg_temp.explain_analyze(q text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE
      'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF) ' || q
  LOOP
    CONTINUE WHEN line ~ '^\s*Index Searches: ';
    RETURN NEXT regexp_replace(line, 'rows=(\d+)\.00\M', 'rows=\1', 'g');
  END LOOP;
END $$;
