-- Soft input errors (PostgreSQL 16 and later; make test runs this file only
-- there): every greenlang type's input function reports through the error
-- context, so pg_input_is_valid says false instead of raising, and
-- pg_input_error_info gives the same SQLSTATE, message, detail and hint as
-- the hard error of a cast.  A recalculation job validates a whole column
-- this way before it runs (docs/recalculation.md).
\i test/sql/err.sql
CREATE TEMP TABLE inputs (typ text, txt text);
INSERT INTO inputs VALUES
  -- good values of every type
  ('steam', 'p=150 psig, x=1'),
  ('steam', 'p=1 MPa, T=300 degC'),
  ('fp_tally', 'tp=7, fp=3'),
  ('confusion', 'tp=90, fp=10, fn=15, tn=885'),
  ('drift_state', 'ks(two-sided,auto){0:1:1,0.5:0:1}'),
  ('drift_state', 'psi(4){}'),
  ('energy_balance_state', 'input=5400000000000000/1, output=0/0, loss=0/0, tolerance=default'),
  ('sankey_flows', '"fuel"->"boiler":10; "boiler"->"steam":8'),
  ('error_counts', 'width=60, buckets=1:2/10'),
  ('limit_counts', 'limits=1.5 2.5, counts=1 1 1, min=1, max=3'),
  ('score_summary', 'digits=1 {0.5:1/0/0}'),
  ('proportion', 'successes=78, trials=100'),
  ('paired_outcomes', 'both=1, a_only=2, b_only=3, neither=4'),
  ('coverage', 'max_gap=300, missing=2; 2024-01-01T00:00:00Z 2024-01-01T05:55:00Z 72; 2024-01-01T08:00:00Z 2024-01-01T08:00:00Z 1'),
  ('coverage', 'max_gap=60, missing=0'),
  ('meter_counter', 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z 10 -> 2024-01-01T03:00:00Z 40: readings=4, consumption=35, resets=1, rollovers=0, suspect_drops=0'),
  ('meter_counter', 'reading_unit=MWh, on_drop=reset-to-zero, rollover=2048, glitch_tolerance=0.5'),
  -- bad text
  ('steam', 'p=150 psi, x=1'),
  ('steam', 'p=150 psig, x=1.5'),
  ('steam', 'p=150 psig, T=300 degF, x=1'),
  ('steam', 'p=abc psig, x=1'),
  ('steam', 'p=-20 psig, x=1'),
  ('steam', ''),
  ('fp_tally', 'tp=7'),
  ('fp_tally', 'tp=7, fp=-3'),
  ('confusion', 'tp=1, fp=2, fn=3'),
  ('confusion', 'tp=x, fp=2, fn=3, tn=4'),
  ('drift_state', 'ks(two-sided,auto){nan:1:0}'),
  ('drift_state', 'psi(1){}'),
  ('drift_state', 'kz(two-sided,auto){}'),
  ('energy_balance_state', 'input=1/1, output=0/0, loss=0/0'),
  ('energy_balance_state', 'input=1/1, output=0/0, loss=0/0, tolerance=-1'),
  ('sankey_flows', '"a"->"b":-1'),
  ('sankey_flows', '"a"->:1'),
  ('error_counts', 'width=60, buckets=1:12/10'),
  ('error_counts', 'width=0'),
  ('limit_counts', 'limits=2.5 1.5, counts=1 1 1, min=1, max=3'),
  ('limit_counts', 'limits=1.5, counts=1 x, min=1, max=3'),
  ('score_summary', 'digits=1 {0.55:1/0/0}'),
  ('score_summary', '{nan:1/0/0}'),
  ('proportion', 'successes=1, successes=2'),
  ('proportion', 'successes=101, trials=100'),
  ('paired_outcomes', 'both=1, a_only=2, b_only=3, neither=-4'),
  ('coverage', ''),
  ('coverage', 'max_gap=0, missing=0'),
  ('coverage', 'max_gap=300, missing=-1'),
  ('coverage', 'max_gap=300, missing=0; 2024-02-30T00:00:00Z 2024-02-30T00:00:00Z 1'),
  ('coverage', 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T01:00:00Z 2'),
  ('coverage', 'max_gap=300, missing=0; 2024-01-01T01:00:00Z 2024-01-01T01:00:00Z 1; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 1'),
  ('coverage', 'max_gap=300, missing=0; 2024-01-01T00:00:00Z 2024-01-01T00:00:00Z 9223372036854775807; 2024-01-02T00:00:00Z 2024-01-02T00:00:00Z 1'),
  ('meter_counter', ''),
  ('meter_counter', 'reading_unit=kWh, on_drop=rebase, rollover=none'),
  ('meter_counter', 'reading_unit=kg, on_drop=rebase, rollover=none, glitch_tolerance=0'),
  ('meter_counter', 'reading_unit=kWh, on_drop=reset, rollover=none, glitch_tolerance=0'),
  ('meter_counter', 'reading_unit=kWh, on_drop=rebase, rollover=-1, glitch_tolerance=0'),
  ('meter_counter', 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z 10 -> 2024-01-01T01:00:00Z 20: readings=2, consumption=11, resets=0, rollovers=0, suspect_drops=0'),
  ('meter_counter', 'reading_unit=kWh, on_drop=rebase, rollover=100, glitch_tolerance=0; 2024-01-01T00:00:00Z 150');

-- valid or not, and the soft error beside the hard one
SELECT i.typ, i.txt, pg_input_is_valid(i.txt, i.typ) AS valid,
       s.sql_error_code AS soft_code, h.code AS hard_code,
       (s.sql_error_code IS NOT DISTINCT FROM nullif(h.code, '(none)')
        AND s.message IS NOT DISTINCT FROM h.message
        AND coalesce(s.detail, '') = coalesce(h.detail, '')
        AND coalesce(s.hint, '') = coalesce(h.hint, '')) AS same_as_hard_error
FROM inputs i,
     LATERAL pg_input_error_info(i.txt, i.typ) s,
     LATERAL pg_temp.err(format('SELECT %L::%s', i.txt, i.typ)) h
ORDER BY i.typ, i.txt;

-- the messages themselves
\x on
SELECT i.typ, i.txt, s.*
FROM inputs i, LATERAL pg_input_error_info(i.txt, i.typ) s
WHERE NOT pg_input_is_valid(i.txt, i.typ)
ORDER BY i.typ, i.txt;
\x off

-- finding the bad rows of a column before a recalculation
CREATE TEMP TABLE readings (id int, state text);
INSERT INTO readings VALUES (1, 'p=150 psig, x=1'), (2, 'p=-20 psig, x=1'),
  (3, 'p=1 MPa, T=300 degC'), (4, 'p=150 psi, x=1');
SELECT r.id, r.state, e.message
FROM readings r, LATERAL pg_input_error_info(r.state, 'steam') e
WHERE NOT pg_input_is_valid(r.state, 'steam')
ORDER BY r.id;
