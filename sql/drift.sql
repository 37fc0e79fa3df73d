-- ks_drift and psi: NULL handling, empty samples, errors, the drift_state
-- type (text and binary round trip, canonical form, combine).

-- NULL values and NULL is_current are skipped; one empty sample -> NULL
CREATE TEMP TABLE obs (v float8, cur boolean);
INSERT INTO obs VALUES (0.61, false), (0.29, false), (0.06, false), (0.59, false),
  (-1.73, false), (-0.74, true), (0.51, true), (-0.56, true), (0.39, true),
  (1.64, true), (0.05, true), (-0.06, true), (NULL, true), (NULL, false), (7, NULL);
-- T1 of ks_two_sample.md: D = 13/35, exact p = 0.737373737373737
SELECT (ks_drift(v, cur)).* FROM obs;
SELECT (ks_drift(v, cur)).* FROM obs WHERE cur;
SELECT (ks_drift(v, cur)).* FROM obs WHERE false;
SELECT (ks_drift(v, cur)).* FROM obs WHERE v IS NULL;
SELECT psi(v, cur) FROM obs WHERE false;
SELECT psi(v, cur) FROM obs WHERE v IS NULL;
SELECT (ks_drift(ARRAY[0.61, 0.29, 0.06, 0.59, -1.73, NULL],
                 ARRAY[-0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, NULL])).*;
SELECT ks_drift(ARRAY[]::float8[], ARRAY[1.0]) IS NULL AS empty_baseline,
       ks_drift(NULL, ARRAY[1.0]) IS NULL AS null_array;
-- a NULL alternative or method skips the row, as for a strict function
SELECT ks_drift(v, cur, NULL) IS NULL AS null_alternative FROM obs;

-- errors: non-finite values (22003), unknown alternative or method (22023)
\set VERBOSITY sqlstate
SELECT ks_drift(v, true) FROM (VALUES ('NaN'::float8)) t(v);
\set VERBOSITY default
SELECT ks_drift(v, cur) FROM (VALUES (1.0::float8, false), ('Infinity', true)) t(v, cur);
SELECT ks_drift(ARRAY[1.0, '-Infinity'], ARRAY[2.0]);
SELECT ks_drift(v, cur, 'two-tailed') FROM obs;
SELECT ks_drift(v, cur, 'less', 'permutation') FROM obs;
SELECT ks_drift(ARRAY[1.0], ARRAY[2.0], 'bigger');
-- names are case-insensitive, and '_' or ' ' is '-'
SELECT (ks_drift(v, cur, 'LESS', 'Exact')).p_value = (ks_drift(v, cur, 'less', 'exact')).p_value AS case_insensitive
FROM obs;
SELECT (ks_drift(v, cur, 'Two_Sided')).p_value = (ks_drift(v, cur)).p_value AS name_rule
FROM obs;
-- an exact test too costly is refused with a hint (auto would pick asymp)
SELECT ks_drift(g::float8, g % 2 = 0, 'two-sided', 'exact')
FROM generate_series(1, 200000) g;

-- the state: an aggregate without final function shows it
CREATE AGGREGATE pg_temp.ks_state(float8, boolean, text, text) (
  SFUNC = ks_drift_trans, STYPE = drift_state, COMBINEFUNC = drift_state_combine);
CREATE AGGREGATE pg_temp.psi_state(float8, boolean, int) (
  SFUNC = psi_trans, STYPE = drift_state, COMBINEFUNC = drift_state_combine);
SELECT pg_temp.ks_state(v, cur, 'greater', 'asymp') FROM obs;
SELECT pg_temp.psi_state(v, cur, 5) FROM obs;
-- ties are merged with their counts; -0 is 0
SELECT pg_temp.ks_state(v, cur, 'two-sided', 'auto')
FROM (VALUES (1.0::float8, false), (1.0, true), (1.0, false), ('-0', true), (0, false),
             (1e-300, true), (0.1, false), (0.30000000000000004, true)) t(v, cur);
-- text round trip, exact for awkward doubles
SELECT s::text::drift_state::text = s::text AS text_round_trip,
       s::text::drift_state::text::drift_state::text = s::text AS twice
FROM (SELECT pg_temp.ks_state(v, v > 0.5, 'less', 'exact') AS s
      FROM (SELECT (g * 0.1 + 1e-7 * g) / 3 AS v FROM generate_series(-50, 50) g
            UNION ALL SELECT 5e-324 UNION ALL SELECT -1.7976931348623157e308
            UNION ALL SELECT 2.2250738585072014e-308) t) x;
SELECT string_agg(split_part(u, ':', 1), ' ') AS awkward_values_as_printed
FROM (SELECT unnest(string_to_array(trim(both '}' from split_part(
        pg_temp.ks_state(v, true, 'two-sided', 'auto')::text, '{', 2)), ',')) AS u
      FROM (VALUES (5e-324), (-1.7976931348623157e308), (0.1), (1.0/3), (100)) t(v)) z;
-- the state computes the same test as the aggregate
SELECT ks_drift_final(pg_temp.ks_state(v, cur, 'two-sided', 'auto')) = ks_drift(v, cur) AS final_of_state
FROM obs;
-- input: any order, repeated values added, whitespace allowed, canonical output
SELECT ' ks ( less , exact ) { 3:1:0 , 1:0:2, 3:2:1,-0:0:1, 7:0:0 } '::drift_state;
SELECT 'psi(4){}'::drift_state, 'ks(two-sided,auto){}'::drift_state;
SELECT ks_drift_final('ks(two-sided,auto){}') IS NULL AS empty_state_null,
       psi_final('psi(10){1:5:0}') IS NULL AS no_current_null;
-- the KS test of a hand-made state: T2 (5 vs 7 with ties), tie-aware exact p = 0.242424242424242
SELECT (ks_drift_final('ks(two-sided,exact){1:1:1,2:2:1,3:2:2,4:0:1,5:0:1,6:0:1}')).*;
-- a count above 2^31-1 is split over equal values
SELECT 'ks(two-sided,asymp){1:2147483647:0,1:5:0,2:0:3}'::drift_state;
-- bad input
SELECT 'ks(two-sided){}'::drift_state;
SELECT 'ks(two-sided,auto){1:2}'::drift_state;
SELECT 'ks(two-sided,auto){NaN:1:0}'::drift_state;
SELECT 'ks(two-sided,auto){1:-1:0}'::drift_state;
SELECT 'ks(two-sided,auto){1:2147483648:0}'::drift_state;
SELECT 'psi(1){}'::drift_state;
SELECT 'chi2(1){}'::drift_state;
SELECT 'ks(two-sided,auto){1:1:1} x'::drift_state;
-- binary round trip (send/recv) through COPY BINARY
CREATE TEMP TABLE st (s drift_state);
INSERT INTO st SELECT pg_temp.ks_state(v, cur, 'less', 'auto') FROM obs;
INSERT INTO st SELECT pg_temp.psi_state(v, cur, 3) FROM obs;
INSERT INTO st VALUES ('ks(greater,asymp){}');
SELECT current_setting('data_directory') || '/drift_state.bin' AS binfile \gset
COPY st TO :'binfile' WITH (FORMAT binary);
CREATE TEMP TABLE st2 (s drift_state);
COPY st2 FROM :'binfile' WITH (FORMAT binary);
SELECT (SELECT array_agg(s::text ORDER BY s::text) FROM st) =
       (SELECT array_agg(s::text ORDER BY s::text) FROM st2) AS binary_round_trip,
       (SELECT count(*) FROM st2) AS n;
SELECT drift_state_send('psi(3){0.5:1:2}');
-- combine: merges counts, accepts NULL and empty states, refuses other options
SELECT drift_state_combine('ks(less,auto){1:1:0,2:0:1}', 'ks(less,auto){2:3:0,3:0:1}');
SELECT drift_state_combine(NULL, 'ks(less,auto){2:3:0}'),
       drift_state_combine('ks(less,auto){2:3:0}', NULL),
       drift_state_combine('ks(less,auto){}', 'ks(less,auto){2:3:0}'),
       drift_state_combine('ks(less,auto){2:3:0}', 'ks(less,auto){}');
SELECT drift_state_combine('ks(less,auto){}', 'ks(greater,auto){}');
SELECT drift_state_combine('ks(less,auto){}', 'psi(10){}');
SELECT psi_final('ks(less,auto){1:1:1}');
-- the options must not change from row to row
SELECT ks_drift(v, cur, CASE WHEN v > 0 THEN 'less' ELSE 'greater' END) FROM obs;
-- memory: 16 bytes per distinct value plus a 16-byte header
SELECT pg_column_size(s) AS bytes, (pg_column_size(s) - 16) / 16 AS points
FROM (SELECT pg_temp.ks_state(g::float8, g % 3 = 0, 'two-sided', 'auto') AS s
      FROM generate_series(1, 10000) g) x;
SELECT pg_column_size(s) AS bytes_for_100000_rows_of_10_values
FROM (SELECT pg_temp.ks_state((g % 10)::float8, g % 3 = 0, 'two-sided', 'auto') AS s
      FROM generate_series(1, 100000) g) x;
-- the large path: 300000 distinct values through the growing buffer and
-- compactions, heavy ties, and the same data in another order
-- (baseline 1..200000, current 100001..300000: D = 1/2 at 100000)
SELECT (k).n_baseline, (k).n_current, (k).method, (k).statistic AS d, (k).p_value AS p
FROM (SELECT ks_drift(v, cur) AS k
      FROM (SELECT g::float8 AS v, false AS cur FROM generate_series(1, 200000) g
            UNION ALL
            SELECT g::float8, true FROM generate_series(100001, 300000) g) u) x;
SELECT a = b AS order_does_not_matter
FROM (SELECT pg_temp.ks_state((g * 7919 % 1000)::float8, g % 2 = 0, 'less', 'auto')::text AS a
      FROM generate_series(1, 50000) g) x,
     (SELECT pg_temp.ks_state((g * 7919 % 1000)::float8, g % 2 = 0, 'less', 'auto' ORDER BY g DESC)::text AS b
      FROM generate_series(1, 50000) g) y;
-- as a window aggregate
SELECT cur, (ks_drift(v, cur) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)).statistic
FROM obs WHERE v IS NOT NULL AND cur IS NOT NULL ORDER BY v LIMIT 4;
-- the state's values are in the order SQL sorts them (20000 rows of both
-- signs, ties, subnormal and huge magnitudes: the radix-sort path)
CREATE TEMP TABLE mixed AS
SELECT CASE g % 5 WHEN 0 THEN (g % 97 - 48) * 1e-310
                  WHEN 1 THEN (g % 89 - 44) * 1e300
                  ELSE ((g::bigint * 7919) % 20011 - 10005) / 7.0 END::float8 AS v,
       g % 2 = 0 AS cur
FROM generate_series(1, 20000) g;
SELECT (SELECT array_agg(split_part(u, ':', 1)::float8)
        FROM unnest(string_to_array(trim(both '}' from split_part(s::text, '{', 2)), ',')) u)
       = (SELECT array_agg(DISTINCT v ORDER BY v) FROM mixed) AS sorted_like_sql,
       (SELECT sum(split_part(u, ':', 2)::int + split_part(u, ':', 3)::int)
        FROM unnest(string_to_array(trim(both '}' from split_part(s::text, '{', 2)), ',')) u) AS total
FROM (SELECT pg_temp.ks_state(v, cur, 'two-sided', 'auto') AS s FROM mixed) x;
-- the transition functions called directly return a new state (the input
-- is not modified)
SELECT ks_drift_trans(NULL, 1, false) AS first_row,
       ks_drift_trans('ks(less,exact){1:1:0}', 2, true, 'less', 'exact') AS second_row,
       psi_trans('psi(4){1:1:0}', 1, true, 4) AS psi_row;
SELECT ks_drift_trans('ks(less,auto){1:1:0}', 2, true);
-- states stored per group and merged later give the test of all rows
CREATE TEMP TABLE daily AS
SELECT g % 7 AS day, pg_temp.ks_state(v, cur, 'two-sided', 'auto') AS s
FROM (SELECT g, (g * 7919 % 1013)::float8 / 10 + CASE WHEN g % 2 = 0 THEN 5 ELSE 0 END AS v,
             g % 2 = 0 AS cur FROM generate_series(1, 3000) g) x
GROUP BY g % 7;
CREATE AGGREGATE pg_temp.merge_states(drift_state) (
  SFUNC = drift_state_combine, STYPE = drift_state, COMBINEFUNC = drift_state_combine);
SELECT ks_drift_final(pg_temp.merge_states(s)) =
       (SELECT ks_drift((g * 7919 % 1013)::float8 / 10 + CASE WHEN g % 2 = 0 THEN 5 ELSE 0 END,
                        g % 2 = 0) FROM generate_series(1, 3000) g) AS merged_equals_all_rows,
       (ks_drift_final(pg_temp.merge_states(s))).*
FROM daily;
