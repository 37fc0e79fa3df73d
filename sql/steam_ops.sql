-- steam's operators: equal exactly when the canonical texts are equal;
-- ordered by pressure, then temperature, then single-phase before
-- two-phase, then quality (-0 before 0).  Btree and hash operator classes,
-- so DISTINCT, GROUP BY, UNION, joins and indexes work, by sort or by hash
-- with the same answer.
\pset null '-'

CREATE TEMP TABLE sv (id int, s steam);
INSERT INTO sv VALUES
  (1, steam_pt(1, 'MPa', 500, 'K')),
  (2, 'p=1 MPa, T=500 K'),                          -- the same text as 1
  (3, steam_pt(1, 'MPa', 500.00000000000006, 'K')), -- next double up
  (4, steam_px(1, 'MPa', 0)),
  (5, steam_px(1, 'MPa', '-0')),                     -- text x=-0: not 4
  (6, steam_px(1, 'MPa', 1)),
  (7, steam_tx(453.0356323914666, 'K', 0.5)),
  (8, steam_pt(0.5, 'MPa', 600, 'K')),
  (9, steam_ph(1, 'MPa', enthalpy(steam_pt(1, 'MPa', 500, 'K')), 'kJ/kg')),
  (10, steam_px(1, 'MPa', 0.5));

-- equality is equality of the texts, for every pair
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a.s = b.s) <> (a.s::text = b.s::text)) AS eq_not_text,
       count(*) FILTER (WHERE (a.s <> b.s) = (a.s::text <> b.s::text)) AS ne_ok,
       count(*) FILTER (WHERE (a.s = b.s) AND steam_hash(a.s) <> steam_hash(b.s)) AS hash_differs,
       count(*) FILTER (WHERE (a.s = b.s) AND steam_hash_extended(a.s, 42) <> steam_hash_extended(b.s, 42)) AS hash_ext_differs,
       count(*) FILTER (WHERE steam_cmp(a.s, b.s) <> -steam_cmp(b.s, a.s)) AS cmp_not_antisymmetric,
       count(*) FILTER (WHERE (a.s < b.s) <> (steam_cmp(a.s, b.s) < 0)
                           OR (a.s <= b.s) <> (steam_cmp(a.s, b.s) <= 0)
                           OR (a.s > b.s) <> (steam_cmp(a.s, b.s) > 0)
                           OR (a.s >= b.s) <> (steam_cmp(a.s, b.s) >= 0)) AS ops_not_cmp
FROM sv a, sv b;

-- the order (and 4 / 5: the qualities 0 and -0 are different values)
SELECT id, s, s::text = lag(s::text) OVER (ORDER BY s, id) AS same_text_as_previous
FROM sv ORDER BY s, id;
SELECT a.id, b.id, a.s = b.s AS eq, a.s < b.s AS lt, steam_cmp(a.s, b.s) AS cmp
FROM sv a JOIN sv b ON (a.id, b.id) IN ((1, 2), (1, 3), (4, 5), (5, 6), (1, 9), (8, 1), (10, 7));

-- DISTINCT, GROUP BY, UNION; by hash and by sort, the same groups
SELECT count(DISTINCT s) AS distinct_values, count(DISTINCT s::text) AS distinct_texts FROM sv;
SET enable_hashagg = on;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM sv GROUP BY s;
CREATE TEMP TABLE by_hash AS SELECT s::text AS t, count(*) AS n, array_agg(id ORDER BY id) AS ids FROM sv GROUP BY s;
CREATE TEMP TABLE union_hash AS SELECT s::text AS t FROM (SELECT s FROM sv UNION SELECT s FROM sv) u;
RESET enable_sort;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM sv GROUP BY s;
CREATE TEMP TABLE by_sort AS SELECT s::text AS t, count(*) AS n, array_agg(id ORDER BY id) AS ids FROM sv GROUP BY s;
CREATE TEMP TABLE union_sort AS SELECT s::text AS t FROM (SELECT s FROM sv UNION SELECT s FROM sv) u;
RESET enable_hashagg;
SELECT * FROM by_sort ORDER BY ids;
SELECT (SELECT count(*) FROM (SELECT * FROM by_hash EXCEPT SELECT * FROM by_sort) d) AS hash_not_sort,
       (SELECT count(*) FROM (SELECT * FROM by_sort EXCEPT SELECT * FROM by_hash) d) AS sort_not_hash,
       (SELECT count(*) FROM union_hash) AS union_hash_rows,
       (SELECT count(*) FROM union_sort) AS union_sort_rows,
       (SELECT count(*) FROM (SELECT * FROM union_hash EXCEPT SELECT * FROM union_sort) d) AS union_differs;
SELECT DISTINCT s FROM sv ORDER BY s;

-- a join on steam, by hash and by merge: the same pairs
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM sv a JOIN sv b ON a.s = b.s;
CREATE TEMP TABLE j_hash AS SELECT a.id AS a, b.id AS b FROM sv a JOIN sv b ON a.s = b.s;
SET enable_mergejoin = on;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM sv a JOIN sv b ON a.s = b.s;
CREATE TEMP TABLE j_merge AS SELECT a.id AS a, b.id AS b FROM sv a JOIN sv b ON a.s = b.s;
RESET enable_nestloop;
RESET enable_mergejoin;
RESET enable_hashjoin;
SELECT a, b FROM j_hash WHERE a < b ORDER BY a, b;
SELECT (SELECT count(*) FROM j_hash) AS hash_pairs, (SELECT count(*) FROM j_merge) AS merge_pairs,
       (SELECT count(*) FROM (SELECT * FROM j_hash EXCEPT SELECT * FROM j_merge) d) AS differ;

-- an index on a steam column, used by a query (btree and hash)
CREATE TEMP TABLE readings AS
SELECT g AS id, steam_pt(0.1 + (g % 100) / 10.0, 'MPa', 700 + g % 7, 'K') AS s
FROM generate_series(1, 20000) g;
CREATE INDEX readings_s ON readings (s);
CREATE INDEX readings_s_hash ON readings USING hash (s);
ANALYZE readings;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM readings WHERE s = steam_pt(1, 'MPa', 703, 'K');
SELECT count(*) FROM readings WHERE s = steam_pt(1, 'MPa', 703, 'K');
DROP INDEX readings_s_hash;
EXPLAIN (COSTS OFF) SELECT count(*) FROM readings WHERE s = steam_pt(1, 'MPa', 703, 'K');
SELECT count(*) FROM readings WHERE s = steam_pt(1, 'MPa', 703, 'K');
EXPLAIN (COSTS OFF) SELECT s FROM readings ORDER BY s DESC LIMIT 1;
SELECT s FROM readings ORDER BY s DESC LIMIT 1;
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) FROM readings WHERE s = steam_pt(1, 'MPa', 703, 'K');
SELECT count(*) FILTER (WHERE s < 'p=1 MPa, T=703 K') AS below, count(*) FILTER (WHERE s >= 'p=1 MPa, T=703 K') AS at_or_above
FROM readings;

-- every new object has a comment
SELECT count(*) AS operators_without_comment FROM pg_operator o
WHERE o.oprleft = 'steam'::regtype AND obj_description(o.oid, 'pg_operator') IS NULL;
SELECT am.amname, obj_description(c.oid, 'pg_opclass') IS NOT NULL AS class_comment,
       obj_description(c.opcfamily, 'pg_opfamily') IS NOT NULL AS family_comment
FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
WHERE c.opcintype = 'steam'::regtype ORDER BY am.amname;
