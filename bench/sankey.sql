-- bench/sankey.sql - time to draw one Sankey document of 100 nodes and 300
-- links (5 layers of 20 nodes, 75 links between each pair of neighbouring
-- layers, values 1..100 from a hash), best of 5 runs.
--  baseline: string_agg over the same 300 rows (the cost of feeding them to an aggregate)
\set QUIET on
\i bench/bench.sql
CREATE EXTENSION IF NOT EXISTS greenlang;

CREATE TABLE bench_flow AS
SELECT 'node ' || (20 * l + j % 20) AS source,
       'node ' || (20 * (l + 1) + (7 * (j % 20) + 3 * (j / 20)) % 20) AS target,
       (1 + abs(hashtext(l || '/' || j)) % 100)::float8 AS v
FROM generate_series(0, 3) l, generate_series(0, 74) j;
ANALYZE bench_flow;

-- the shape: 100 nodes, 300 links (imbalance=ignore draws exactly these;
-- the default imbalance=show adds "unaccounted" flows to close each node)
SELECT count(*) AS links, count(DISTINCT source) + count(DISTINCT target)
       - count(DISTINCT source) FILTER (WHERE source IN (SELECT target FROM bench_flow)) AS nodes
FROM bench_flow;
SELECT (SELECT count(*) FROM regexp_matches(svg, 'class="node"', 'g')) AS drawn_nodes,
       (SELECT count(*) FROM regexp_matches(svg, 'class="link"', 'g')) AS drawn_links,
       length(svg) AS svg_bytes
FROM (SELECT sankey_svg(source, target, v, 'imbalance=ignore') AS svg FROM bench_flow) d;

INSERT INTO bench_result VALUES
 ('baseline: string_agg of the 300 rows',
  pg_temp.bench_ms($q$SELECT string_agg(source || target || v, ',') FROM bench_flow$q$), NULL),
 ('sankey_svg 100 nodes, 300 links (imbalance=ignore)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v, 'imbalance=ignore') FROM bench_flow$q$),
  'baseline: string_agg of the 300 rows'),
 ('sankey_svg 100 nodes, 300 links + unaccounted flows (default)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v) FROM bench_flow$q$),
  'baseline: string_agg of the 300 rows'),
 ('sankey_svg, the same flows as 30000 rows (100 per link)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v / 100, 'imbalance=ignore') FROM bench_flow, generate_series(1, 100)$q$),
  'baseline: string_agg of the 300 rows');

\pset footer off
\set QUIET off
SELECT r.name AS benchmark, round(r.ms::numeric, 2) AS ms_per_document,
       round((r.ms / b.ms)::numeric, 1) AS x_baseline
FROM bench_result r LEFT JOIN bench_result b ON b.name = r.baseline;
DROP TABLE bench_flow;
