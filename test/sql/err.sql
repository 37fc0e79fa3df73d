-- test/sql/err.sql - included by the regression tests of bad input:
-- pg_temp.err(statement) runs a statement and returns the error it raises,
-- field by field (code '(none)' when it raises none).
CREATE FUNCTION pg_temp.err(q text, OUT code text, OUT message text,
                            OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  code := '(none)';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
END $$;
