-- test/dump/values.sql - the table test/dump_restore.sh dumps and restores:
-- one column for EVERY type of the extension (taken from the catalog, so a
-- new type gets a column here without anyone adding it) and rows of values
-- at the edges: extremes of each field, empty states, long names, NULL.
-- Each row sets one column (the others stay NULL); the script fails when a
-- type of the extension has fewer than 3 values here.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE greenlang_dump (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                             note text NOT NULL);
SELECT format('ALTER TABLE greenlang_dump ADD COLUMN %I %s', t.typname, t.oid::regtype)
FROM pg_type t
JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') AND t.typcategory <> 'A'  -- not the array types (members from PostgreSQL 18 on)
ORDER BY t.typname
\gexec

-- a row of NULLs in every column
INSERT INTO greenlang_dump (note) VALUES ('all NULL');

-- steam: subcooled, saturated, superheated, the corners of IF97's range
INSERT INTO greenlang_dump (note, steam) VALUES
  ('steam saturated liquid', 'p=1 MPa, x=0'),
  ('steam wet', 'p=1 MPa, x=0.5'),
  ('steam triple point', 'p=611.657 Pa, T=273.16 K'),
  ('steam highest pressure and temperature', 'p=100 MPa, T=1073.15 K'),
  ('steam region 5', 'p=50 MPa, T=2273.15 K'),
  ('steam tiny quality', 'p=101325 Pa, x=5e-324');

-- energy_balance_state: empty, the largest sums, the smallest tolerance
INSERT INTO greenlang_dump (note, energy_balance_state) VALUES
  ('balance empty', 'input=0/0, output=0/0, loss=0/0, tolerance=default'),
  ('balance one reading', 'input=1/1, output=0/0, loss=0/0, tolerance=default'),
  ('balance largest sums', 'input=42535295865117307932921825928971026432/9223372036854775807, output=42535295865117307932921825928971026432/9223372036854775807, loss=0/0, tolerance=0.05'),
  ('balance smallest tolerance', 'input=5/2, output=3/1, loss=1/1, tolerance=2.2250738585072014e-308');

-- confusion and fp_tally: zeros, int64 extremes, every method
INSERT INTO greenlang_dump (note, confusion) VALUES
  ('confusion zeros', 'tp=0, fp=0, fn=0, tn=0'),
  ('confusion typical', 'tp=90, fp=10, fn=15, tn=885'),
  ('confusion largest', 'tp=9223372036854775807, fp=9223372036854775807, fn=9223372036854775807, tn=9223372036854775807');
INSERT INTO greenlang_dump (note, fp_tally) VALUES
  ('fp_tally zeros', 'tp=0, fp=0'),
  ('fp_tally clopper-pearson', 'tp=7, fp=3, confidence=0.9, method=clopper-pearson'),
  ('fp_tally largest', 'tp=9223372036854775807, fp=9223372036854775807, confidence=0.999999999999, method=wilson'),
  ('fp_tally smallest confidence', 'tp=1, fp=0, confidence=1e-06, method=clopper-pearson');

-- drift_state: empty, both kinds, every option, extreme values and counts
INSERT INTO greenlang_dump (note, drift_state) VALUES
  ('drift ks empty', 'ks(two-sided,auto){}'),
  ('drift psi empty', 'psi(10){}'),
  ('drift ks options', 'ks(less,exact){-1.7976931348623157e+308:1:0,-0:0:1,5e-324:2:3,1.7976931348623157e+308:0:2147483647}'),
  ('drift psi largest bins', 'psi(2147483647){1:1:1}');
INSERT INTO greenlang_dump (note, drift_state)
  SELECT 'drift ks of 1000 points',
         ('ks(greater,asymp){' || string_agg(format('%s:%s:%s', x * 0.001, x % 3, x % 5), ',' ORDER BY x) || '}')::drift_state
  FROM generate_series(1, 1000) x;

-- sankey_flows: empty, long and non-ASCII names, quotes, extreme values
INSERT INTO greenlang_dump (note, sankey_flows) VALUES
  ('sankey one flow', '"a"->"b":1'),
  ('sankey quoted names', '"steam header"->"process heating":41.5; "steam header"->"space heating":12.7'),
  ('sankey extreme values', '"x"->"y":1.7976931348623157e+308; "y"->"z":5e-324');
INSERT INTO greenlang_dump (note, sankey_flows)
  SELECT 'sankey long non-ASCII names', sankey_collect(repeat('Dampfkessel Zürich 蒸気 "quoted" back\slash ', 20) || s, 'Halle Zürich "Süd" ' || s, s * 1.5)
  FROM generate_series(1, 20) s;

-- the classifier's types: empty, rounded, extreme scores and counts
INSERT INTO greenlang_dump (note, score_summary) VALUES
  ('score_summary empty', '{}'),
  ('score_summary rounded', 'digits=2 {0.25:1/2/3, 0.5:0/0/1}'),
  ('score_summary extremes', '{-1.7976931348623157e+308:9223372036854775804/0/0, 0:0/1/0, 5e-324:0/0/1, 1.7976931348623157e+308:1/0/0}'),
  ('score_summary digits 15', 'digits=15 {0.123456789012345:1/0/0}');
INSERT INTO greenlang_dump (note, score_summary)
  SELECT 'score_summary of 5000 rows', score_summary(sin(x) * 1e3, x % 3 = 0) FROM generate_series(1, 5000) x;
INSERT INTO greenlang_dump (note, proportion) VALUES
  ('proportion zeros', 'successes=0, trials=0'),
  ('proportion all', 'successes=9223372036854775807, trials=9223372036854775807'),
  ('proportion typical', 'successes=3, trials=10');
INSERT INTO greenlang_dump (note, paired_outcomes) VALUES
  ('paired_outcomes zeros', 'both=0, a_only=0, b_only=0, neither=0'),
  ('paired_outcomes typical', 'both=1, a_only=2, b_only=3, neither=4'),
  ('paired_outcomes largest', 'both=9223372036854775807, a_only=9223372036854775807, b_only=9223372036854775807, neither=9223372036854775807');

-- health: no buckets, the first and last instants, the largest counts
INSERT INTO greenlang_dump (note, error_counts) VALUES
  ('error_counts empty', 'width=60'),
  ('error_counts two buckets', 'width=60, buckets=13623000:2/10 13623001:60/400'),
  ('error_counts microsecond width', 'width=0.000001, buckets=-63082281600000000:0/9223372036854775807');
INSERT INTO greenlang_dump (note, error_counts)
  SELECT 'error_counts of 10000 rows', error_counts('2024-01-01'::timestamptz + x * interval '7 s', x % 7 = 0, '1 minute')
  FROM generate_series(1, 10000) x;
INSERT INTO greenlang_dump (note, limit_counts) VALUES
  ('limit_counts empty', 'limits=150, counts=0 0'),
  ('limit_counts typical', 'limits=150 450 5000, counts=800 150 45 5, min=12.5, max=7300'),
  ('limit_counts extremes', 'limits=-1e+308 5e-324, counts=1 0 1, min=-1.7976931348623157e+308, max=1.7976931348623157e+308');

-- coverage: no runs, the first and last instants, the largest counts
INSERT INTO greenlang_dump (note, coverage) VALUES
  ('coverage empty', 'max_gap=300, missing=0'),
  ('coverage typical', 'max_gap=300, missing=2; 2024-01-01T00:00:00Z 2024-01-01T00:10:00Z 3; 2024-01-02T00:00:00Z 2024-01-02T00:00:00Z 1'),
  ('coverage extremes', 'max_gap=0.000001, missing=9223372036854775807; 0001-01-01T00:00:00Z 0001-01-01T00:00:00Z 1; 9999-12-31T23:59:59.999999Z 9999-12-31T23:59:59.999999Z 1');
INSERT INTO greenlang_dump (note, coverage)
  SELECT 'coverage of 10000 rows', coverage('2024-01-01'::timestamptz + x * interval '1 minute' + (x / 100) * interval '1 hour', '5 minutes')
  FROM generate_series(1, 10000) x;

-- meter_counter: settings only, segments and readings, rollovers
INSERT INTO greenlang_dump (note, meter_counter) VALUES
  ('meter_counter empty', 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0'),
  ('meter_counter one segment', 'reading_unit=kWh, on_drop=rebase, rollover=none, glitch_tolerance=0; 2024-01-01T00:00:00Z 10 -> 2024-01-01T01:00:00Z 20: readings=2, consumption=10, resets=0, rollovers=0, suspect_drops=0'),
  ('meter_counter largest settings', 'reading_unit=MWh, on_drop=reset-to-zero, rollover=1e+18, glitch_tolerance=1e+18');
INSERT INTO greenlang_dump (note, meter_counter)
  SELECT 'meter_counter of 1000 rows with rollovers',
         meter_counter('2024-01-01'::timestamptz + x * interval '15 min', (x * 37.5) % 1000, 'kWh', 'rebase', 1000)
  FROM generate_series(1, 1000) x;

-- the result (composite) types: extremes, NaN-free, NULL fields
INSERT INTO greenlang_dump (note, energy_balance_result) VALUES
  ('energy_balance_result', ROW(1.7976931348623157e+308, 5e-324, 0, 0.5, -1, -0.25, true, 0.05, 9223372036854775807, 9223372036854775807, 0, 1)),
  ('energy_balance_result NULL fields', ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)),
  ('energy_balance_result zeros', ROW(0, 0, 0, NULL, 0, NULL, false, 0.05, 0, 0, 0, 0));
INSERT INTO greenlang_dump (note, ks_drift_result) VALUES
  ('ks_drift_result', ROW(0.5, 5e-324, 9223372036854775807, 1, 'exact')),
  ('ks_drift_result long method', ROW(1, 1, 0, 0, repeat('ünïcode ', 100))),
  ('ks_drift_result NULL fields', ROW(NULL, NULL, NULL, NULL, NULL));
INSERT INTO greenlang_dump (note, mcnemar_result) VALUES
  ('mcnemar_result', ROW(3.5, 0.0614, 2, 9223372036854775807, 'exact')),
  ('mcnemar_result zeros', ROW(0, 1, 0, 0, '')),
  ('mcnemar_result NULL fields', ROW(NULL, NULL, NULL, NULL, NULL));
INSERT INTO greenlang_dump (note, meter_reading) VALUES
  ('meter_reading', ROW('2024-01-01 00:00:00+00', 123.5, 'kWh')),
  ('meter_reading extremes', ROW('4713-01-01 00:00:00+00 BC', 1.7976931348623157e+308, 'MMBtu')),
  ('meter_reading infinity', ROW('infinity', 0, 'GJ'));
INSERT INTO greenlang_dump (note, proportion_difference_result) VALUES
  ('proportion_difference_result', ROW(0.1, -0.05, 0.25, 0.2, 0.6, 0.5, 100, 9223372036854775807)),
  ('proportion_difference_result extremes', ROW(-1, -1, 1, 5e-324, 0, 1, 0, 1)),
  ('proportion_difference_result NULL fields', ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
INSERT INTO greenlang_dump (note, rate_interval) VALUES
  ('rate_interval', ROW(0.1, 0.05, 0.2, 100)),
  ('rate_interval extremes', ROW(5e-324, 0, 1, 9223372036854775807)),
  ('rate_interval NULL fields', ROW(NULL, NULL, NULL, NULL));
INSERT INTO greenlang_dump (note, threshold_choice) VALUES
  ('threshold_choice', ROW(0.5, 10, 2, 7, 3, 1, 100, 'precision', 0.7, 0.4, 0.9, 10, 1, 2)),
  ('threshold_choice extremes', ROW(-1.7976931348623157e+308, 9223372036854775807, 0, 0, 0, 0, 0, repeat('m', 1000), 0, 0, 1, 0, 0, 0)),
  ('threshold_choice NULL fields', ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL));
