-- bench/sankey.sql - time to draw Sankey documents, best of 5 runs.
--  1. one document of 100 nodes and 300 links (5 layers of 20 nodes, 75
--     links between each pair of neighbouring layers, values 1..100 from a
--     hash); baseline: string_agg over the same 300 rows (the cost of feeding
--     them to an aggregate).
--  2. a sweep over the link count (100 .. 8,000 links, and the hard limits
--     of 10,000 nodes and 100,000 links): 5 layers, links / 4 between each
--     pair of neighbouring layers, about 10 links a node.  Each size's
--     time per link is compared with the size before it: growing smoothly,
--     it is at most 1.5x the one before (2.5x at the hard limits).
--  3. cancel latency: statement_timeout fires during the drawing at the
--     hard limits; the overrun (time to the error less the timeout) must be
--     under 100 ms.
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
  pg_temp.bench_ms($q$SELECT string_agg(source || target || v, ',') FROM bench_flow$q$), NULL, NULL, NULL),
 ('sankey_svg 100 nodes, 300 links (imbalance=ignore)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v, 'imbalance=ignore') FROM bench_flow$q$),
  'baseline: string_agg of the 300 rows', NULL, 100),
 ('sankey_svg 100 nodes, 300 links + unaccounted flows (default)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v) FROM bench_flow$q$),
  'baseline: string_agg of the 300 rows', NULL, 100),
 ('sankey_svg, the same flows as 30000 rows (100 per link)',
  pg_temp.bench_ms($q$SELECT sankey_svg(source, target, v / 100, 'imbalance=ignore') FROM bench_flow, generate_series(1, 100)$q$),
  'baseline: string_agg of the 300 rows', NULL, NULL);

-- the sweep: one stored sankey_flows per link count
CREATE TABLE sweep AS
SELECT n AS links, (SELECT sankey_collect(src, tgt, v, 'imbalance=ignore, max_nodes=10000, max_links=100000')
                    FROM (SELECT DISTINCT ON (src, tgt) src, tgt, v FROM (
                      SELECT 'node ' || (k * l + (j * 7919) % k) AS src,
                             'node ' || (k * (l + 1) + (j::bigint * 104729 + j / k) % k) AS tgt,
                             (1 + abs(hashtext(n || '/' || l || '/' || j)) % 1000)::float8 AS v
                      FROM generate_series(0, 3) l, generate_series(0, n / 4 - 1) j) g) d) AS f
FROM (SELECT n, least(2000, greatest(20, n / 40)) AS k
      FROM unnest(ARRAY[100, 1000, 2000, 3000, 4000, 8000, 100000]) n) s;
SELECT s.links AS asked, (SELECT count(*) FROM sankey_links(s.f)) AS drawn_links,
       (SELECT count(*) FROM sankey_nodes(s.f)) AS nodes
FROM sweep s ORDER BY s.links;

-- each size's time per 1,000 links, against that of the size before it:
-- growing smoothly, it stays within 1.5x from one size to the next up to
-- 8,000 links (a quadratic crossing count used below 3,000 links once
-- made the time jump 2.8x there), and within 2.5x from 8,000 links to the
-- hard limits (the sorts are n log n, and 10,000 nodes no longer fit in
-- the caches).  At 100 links a document's time is mostly the statement's
-- own cost, so its time per link is the highest: the first size, compared
-- with none.
CREATE TEMP TABLE sweep_ms (links int, ms float8);
DO $$
DECLARE
  n int;
BEGIN
  FOR n IN SELECT links FROM sweep ORDER BY links LOOP
    INSERT INTO sweep_ms
    SELECT n, pg_temp.bench_ms(format('SELECT length(sankey_svg(f)) FROM sweep WHERE links = %s', n),
                               CASE WHEN n >= 100000 THEN 3 ELSE 5 END);
  END LOOP;
END $$;
SELECT links, round(ms::numeric, 1) AS ms_per_document,
       round((ms * 1000 / links)::numeric, 2) AS ms_per_1000_links FROM sweep_ms ORDER BY links;
INSERT INTO bench_result
SELECT format('sankey_svg sweep: ms per 1,000 links at %s links', to_char(links, 'FM999,999')),
       ms * 1000 / links,
       'sankey_svg sweep: ms per 1,000 links at ' ||
         to_char(lag(links) OVER (ORDER BY links), 'FM999,999') || ' links',
       CASE WHEN lag(links) OVER (ORDER BY links) IS NULL THEN NULL
            WHEN links >= 100000 THEN 2.5 ELSE 1.5 END, NULL
FROM sweep_ms ORDER BY links;
SELECT links, length(sankey_svg(f)) AS svg_bytes FROM sweep WHERE links = 100000;

-- cancel latency at the hard limits: statement_timeout during the drawing.
-- The timer starts with the statement, so each timeout is its own
-- statement; the function catches the cancel and returns how long after the
-- timeout it came (time since the statement started, less the timeout).
CREATE FUNCTION pg_temp.cancel_overrun(timeout_ms int) RETURNS float8
LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    PERFORM length(sankey_svg(f)) FROM sweep WHERE links = 100000;
    RETURN NULL;	-- finished before the timeout
  EXCEPTION WHEN query_canceled THEN
    RETURN extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000 - timeout_ms;
  END;
END $$;
CREATE TEMP TABLE overrun (timeout_ms int, ms float8);
SET statement_timeout = 50;
INSERT INTO overrun SELECT 50, pg_temp.cancel_overrun(50);
SET statement_timeout = 120;
INSERT INTO overrun SELECT 120, pg_temp.cancel_overrun(120);
SET statement_timeout = 200;
INSERT INTO overrun SELECT 200, pg_temp.cancel_overrun(200);
SET statement_timeout = 280;
INSERT INTO overrun SELECT 280, pg_temp.cancel_overrun(280);
SET statement_timeout = 360;
INSERT INTO overrun SELECT 360, pg_temp.cancel_overrun(360);
SET statement_timeout = 500;
INSERT INTO overrun SELECT 500, pg_temp.cancel_overrun(500);
RESET statement_timeout;
SELECT timeout_ms, round(ms::numeric, 1) AS overrun_ms FROM overrun ORDER BY timeout_ms;
INSERT INTO bench_result
SELECT 'sankey_svg at the hard limits: worst cancel overrun (timeouts 50..500 ms)', max(ms), NULL, NULL, 100
FROM overrun;

\pset footer off
\set QUIET off
SELECT set_config('bench.rows', '1', false) \gset
SELECT benchmark, ms AS ms_per_document, vs, ratio, target, met FROM pg_temp.bench_report();
DROP TABLE bench_flow, sweep;
