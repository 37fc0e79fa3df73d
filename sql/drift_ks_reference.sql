-- ks_drift against test/data/ks_two_sample.md (SciPy 1.10.1,
-- R 4.2 and an exact rational lattice count): every two-sided and
-- one-sided row, the tie-aware p for exact and auto, the asymp column for
-- asymp, to 1e-9 relative, through the aggregate and the array form.

-- The reference's portable generator, in SQL: the 64-bit LCG in numeric
-- (exact mod 2^64), uniforms ((s >> 11) + 0.5) 2^-53, one normal
-- sqrt(-2 ln u1) cos(2 pi u2) per two uniforms, integers (s >> 33) mod k.
CREATE FUNCTION pg_temp.lcg(seed numeric, steps int)
RETURNS TABLE (k int, s numeric) LANGUAGE sql IMMUTABLE AS $$
  WITH RECURSIVE r(k, s) AS (
    SELECT 1, (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    UNION ALL
    SELECT k + 1, (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    FROM r WHERE k < steps)
  SELECT k, s FROM r
$$;
CREATE FUNCTION pg_temp.gen_normal(seed numeric, n int, mu float8)
RETURNS TABLE (i int, v float8) LANGUAGE sql IMMUTABLE AS $$
  WITH u AS (
    SELECT k, (floor(s / 2048)::float8 + 0.5) * (2::float8 ^ -53) AS u
    FROM pg_temp.lcg(seed, 2 * n))
  SELECT a.k / 2 + 1, mu + sqrt(-2.0::float8 * ln(a.u)) * cos(2.0::float8 * pi() * b.u)
  FROM u a JOIN u b ON b.k = a.k + 1
  WHERE a.k % 2 = 1
$$;
CREATE FUNCTION pg_temp.gen_int(seed numeric, n int, m int, cap int)
RETURNS TABLE (i int, v float8) LANGUAGE sql IMMUTABLE AS $$
  SELECT k, least(floor(s / 8589934592) % m, cap)::float8 FROM pg_temp.lcg(seed, n)
$$;

CREATE TEMP TABLE sample (id text, cur boolean, i int, v float8);
INSERT INTO sample
SELECT id, cur, i, v
FROM (VALUES
  ('T1', false, ARRAY[0.61, 0.29, 0.06, 0.59, -1.73]),
  ('T1', true, ARRAY[-0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06]),
  ('T2', false, ARRAY[1, 2, 2, 3, 3]),
  ('T2', true, ARRAY[1, 2, 3, 3, 4, 5, 6]),
  ('T3', false, ARRAY[1.5, 2.5, 3.5, 4.5]),
  ('T3', true, ARRAY[1.5, 2.5, 3.5, 4.5]),
  ('T4', false, ARRAY[1, 2, 3, 4, 5]),
  ('T4', true, ARRAY[6, 7, 8, 9, 10, 11, 12]),
  ('T5', false, ARRAY[0.22, -0.87, -2.39, -1.79, 0.37, -1.54, 1.28, -0.31, -0.74, 1.72, 0.38, -0.17, -0.62, -1.10, 0.30, 0.15, 2.30, 0.19, -0.50, -0.09]),
  ('T5', true, ARRAY[-5.13, -2.19, -2.43, -3.83, 0.50, -3.25, 4.32, 1.63, 5.18, -0.43, 7.11, 4.87, -3.10, -5.81, 3.76, 6.31, 2.58, 0.07, 5.76, 3.50])
) AS t(id, cur, a), unnest(a::float8[]) WITH ORDINALITY AS u(v, i);
INSERT INTO sample SELECT 'T6', false, i, v FROM pg_temp.gen_normal(1001, 100, 0.0);
INSERT INTO sample SELECT 'T6', true, i, v FROM pg_temp.gen_normal(2002, 80, 0.5);
INSERT INTO sample SELECT 'T7', false, i, v FROM pg_temp.gen_normal(3003, 1000, 0.0);
INSERT INTO sample SELECT 'T7', true, i, v FROM pg_temp.gen_normal(4004, 1200, 0.1);
INSERT INTO sample SELECT 'T8', false, i, v FROM pg_temp.gen_int(5005, 60, 10, 1000);
INSERT INTO sample SELECT 'T8', true, i, v FROM pg_temp.gen_int(6006, 50, 12, 9);
INSERT INTO sample SELECT 'T9', false, i, v FROM pg_temp.gen_normal(7007, 12000, 0.0);
INSERT INTO sample SELECT 'T9', true, i, v FROM pg_temp.gen_normal(8008, 11000, 0.05);
INSERT INTO sample SELECT 'T10', false, i, v FROM pg_temp.gen_normal(9009, 300, 0.0);
INSERT INTO sample SELECT 'T10', true, i, v FROM pg_temp.gen_normal(9010, 300, 0.0);

-- first the generator: the reference's checksums, to the last bit
-- (first three values, the left-to-right sum in generation order, min, max)
SELECT c.id, c.cur, count(*) AS n,
       (array_agg(s.v ORDER BY s.i))[1:3] = c.first3 AS first3_ok,
       sum(s.v ORDER BY s.i) = c.total AS sum_ok,
       min(s.v) = c.lo AS min_ok, max(s.v) = c.hi AS max_ok
FROM (VALUES
  ('T6', false, ARRAY[0.2609882024616329, 0.85534849168678417, 0.56641082526153808]::float8[], 13.332577867750103::float8, -2.7195422732340306::float8, 3.1681336030389917::float8),
  ('T6', true, ARRAY[0.1333037514537429, 0.10206242486848488, 0.47668552221355565], 28.190699468857218, -3.4169021029699782, 2.2519474265393904),
  ('T7', false, ARRAY[-1.9824831088338073, -0.1373839606327622, -1.12756729152681], 15.640992906987652, -3.4848528023183101, 3.2017078863124229),
  ('T7', true, ARRAY[-1.0361292833219409, 0.44945029174209472, 1.4519723212024696], 135.76211658914607, -2.87561787607113, 3.0387361643619988),
  ('T9', false, ARRAY[1.0234908709122963, 0.62742067618604069, -0.86464704185331942], 92.064281388513166, -4.0883551215428016, 3.7963393382432495),
  ('T9', true, ARRAY[0.62336503471204929, -1.4911721664388145, -0.37459402698962063], 608.3187114710347, -3.6789864954122535, 4.0482019286305579),
  ('T10', false, ARRAY[1.0821191897036924, 1.4062661970892509, 0.88684063978922067], 32.360571085004914, -2.6045917457418613, 3.0898336422465857),
  ('T10', true, ARRAY[-1.0510336916031557, 1.3784761165926127, 0.20184472721456295], 4.0401593839889536, -2.7663783232127597, 2.7648736651839201)
) AS c(id, cur, first3, total, lo, hi)
JOIN sample s ON s.id = c.id AND s.cur = c.cur
GROUP BY c.id, c.cur, c.first3, c.total, c.lo, c.hi
ORDER BY length(c.id), c.id, c.cur;
-- T8: the reference lists both samples
SELECT cur, array_agg(v ORDER BY i) = CASE WHEN cur
         THEN '{8,1,7,7,8,3,4,0,1,0,4,1,6,0,4,1,9,0,5,0,6,6,6,9,5,2,8,7,0,2,8,4,8,4,9,3,6,7,5,6,2,4,0,3,9,2,9,9,9,2}'::float8[]
         ELSE '{0,5,1,1,6,7,9,4,0,9,3,3,5,6,3,3,0,2,3,4,7,1,4,8,0,0,6,3,3,6,4,9,2,3,9,9,4,6,7,9,4,1,5,0,4,3,7,8,2,5,2,2,9,5,6,2,6,8,9,3}'::float8[]
       END AS t8_ok
FROM sample WHERE id = 'T8' GROUP BY cur ORDER BY cur;

-- the reference rows: D and p for each alternative and method
CREATE TEMP TABLE ref (id text, alt text, method text, d float8, p float8, used text);
INSERT INTO ref
SELECT id, 'two-sided', m, d, CASE m WHEN 'asymp' THEN pa ELSE pt END,
       CASE WHEN m = 'asymp' OR (m = 'auto' AND id = 'T9') THEN 'asymp' ELSE 'exact' END
FROM (VALUES
  ('T1', 0.37142857142857144, 0.673951409135083, 0.737373737373737),
  ('T2', 0.42857142857142855, 0.51603498542274, 0.242424242424242),
  ('T3', 0, 1, 1),
  ('T4', 1, 0, 0.00252525252525253),
  ('T5', 0.45, 0.0228918103117175, 0.0335416594061465),
  ('T6', 0.1625, 0.175162070072581, 0.172190820661919),
  ('T7', 0.07166666666666667, 0.0070327514145254, 0.00699730436205511),
  ('T8', 0.07333333333333333, 0.996348424018837, 0.919398357829285),
  ('T9', 0.02840151515151515, 0.000186743061722771, 0.00018600749569316),
  ('T10', 0.08333333333333333, 0.235150691451227, 0.248824784395797)
) AS t(id, d, pa, pt), (VALUES ('exact'), ('auto'), ('asymp')) AS mm(m);
-- auto on T9 (12000 > 10000 rows) is asymp
UPDATE ref SET p = 0.000186743061722771 WHERE id = 'T9' AND method = 'auto';
INSERT INTO ref
SELECT id, alt, m, d, p, 'exact'
FROM (VALUES
  ('T1', 'greater', 0.2, 0.713383838383838),
  ('T1', 'less', 0.37142857142857144, 0.383838383838384),
  ('T6', 'greater', 0.1625, 0.0861433778378687),
  ('T6', 'less', 0.02, 0.951979713522039),
  ('T7', 'greater', 0.07166666666666667, 0.00349865232227857),
  ('T7', 'less', 0.018833333333333334, 0.670308923854158),
  ('T8', 'greater', 0.07333333333333333, 0.528608924971666),
  ('T8', 'less', 0.05333333333333334, 0.688049648251754)
) AS t(id, alt, d, p), (VALUES ('exact'), ('auto')) AS mm(m);
-- the reference's note on T7: SciPy's one-sided asymptotic values
INSERT INTO ref VALUES
  ('T7', 'greater', 'asymp', 0.07166666666666667, 0.00343916952970668, 'asymp'),
  ('T7', 'less', 'asymp', 0.018833333333333334, 0.666842081677868, 'asymp');

CREATE FUNCTION pg_temp.close(got float8, want float8) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT abs(got - want) <= 1e-9 * abs(want) $$;

-- the aggregate
SELECT r.id, r.alt, r.method, (k).method AS used, (k).n_baseline, (k).n_current,
       (k).statistic = r.d AS d_exact, pg_temp.close((k).p_value, r.p) AS p_ok,
       (k).method = r.used AS method_ok
FROM ref r,
     LATERAL (SELECT ks_drift(s.v, s.cur, r.alt, r.method) AS k
              FROM sample s WHERE s.id = r.id) a
ORDER BY length(r.id), r.id, r.alt DESC, r.method;

-- the array form gives the same: count the rows that disagree
SELECT count(*) AS rows_checked,
       count(*) FILTER (WHERE NOT (pg_temp.close((k).p_value, r.p) AND (k).statistic = r.d
                                   AND (k).method = r.used)) AS array_form_mismatches
FROM ref r,
     LATERAL (SELECT ks_drift(array_agg(v) FILTER (WHERE NOT cur),
                              array_agg(v) FILTER (WHERE cur), r.alt, r.method) AS k
              FROM sample s WHERE s.id = r.id) a;

-- the defaults: two-sided, auto
SELECT id, (ks_drift(v, cur)).p_value = (ks_drift(v, cur, 'two-sided', 'auto')).p_value AS defaults_ok
FROM sample GROUP BY id ORDER BY length(id), id;
