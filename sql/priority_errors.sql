-- Bad input of the runbook functions, one per line: each is an ERROR with the
-- right SQLSTATE, the argument and value in the message, and what to do in
-- the HINT.  pg_temp.err runs a statement and shows the error, field by field.
\i test/sql/err.sql
\pset null '-'
\x on
-- an impact that is not a row of the GL-008 matrix (22023, listing the rows)
SELECT * FROM pg_temp.err($q$SELECT incident_priority('outage', 5)$q$);
SELECT * FROM pg_temp.err($q$SELECT incident_priority('', 5)$q$);
SELECT * FROM pg_temp.err($q$SELECT incident_priority('complete  outage', 5)$q$);
SELECT * FROM pg_temp.err($q$SELECT incident_priority(impact, 5) FROM (VALUES ('cosmetic'), ('severe')) v(impact)$q$);
-- sites below 1 (22003)
SELECT * FROM pg_temp.err($q$SELECT incident_priority('complete outage', 0)$q$);
SELECT * FROM pg_temp.err($q$SELECT incident_priority('complete outage', -1)$q$);
-- a rate outside [0, 1]: a percentage is not a fraction (22003)
SELECT * FROM pg_temp.err($q$SELECT fp_rate_priority(-0.01)$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_priority(30)$q$);
SELECT * FROM pg_temp.err($q$SELECT calculation_success_severity(-0.5)$q$);
SELECT * FROM pg_temp.err($q$SELECT calculation_success_severity(95)$q$);
-- NaN and infinities (22003)
SELECT * FROM pg_temp.err($q$SELECT fp_rate_priority('NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT fp_rate_priority('Infinity')$q$);
SELECT * FROM pg_temp.err($q$SELECT efficiency_severity('NaN')$q$);
-- an unknown scale (22023, the hint lists them); NaN with a scale (22003)
SELECT * FROM pg_temp.err($q$SELECT efficiency_severity(85.6, '%')$q$);
SELECT * FROM pg_temp.err($q$SELECT efficiency_severity('NaN', 'percent')$q$);
SELECT * FROM pg_temp.err($q$SELECT efficiency_severity('-Infinity')$q$);
SELECT * FROM pg_temp.err($q$SELECT calculation_success_severity('NaN')$q$);
\x off
