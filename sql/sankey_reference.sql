-- sankey_svg against a reference computed independently in Python
-- (test/data/gen_sankey_reference.py): a random acyclic network of 58
-- nodes and 150 links given as 292 rows in random order, some pairs split
-- over several rows.  Values are multiples of 1/16, so every sum is exact in
-- float8 and the comparison is exact.
CREATE TEMP TABLE ref_flow (source text, target text, value float8);
\copy ref_flow FROM 'test/data/sankey_flows.csv' (FORMAT csv, HEADER)
CREATE TEMP TABLE ref_node (name text, layer int, v_in float8, v_out float8);
\copy ref_node FROM 'test/data/sankey_nodes.csv' (FORMAT csv, HEADER)
SELECT count(*) AS rows, (SELECT count(*) FROM ref_node) AS nodes FROM ref_flow;

CREATE FUNCTION pg_temp.svg_nodes(svg text)
RETURNS TABLE (id int, kind text, name text, layer int, v_in float8, v_out float8)
LANGUAGE sql AS $$
  SELECT x.* FROM XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
    '//s:g[@class="node"]' PASSING CAST(svg AS xml)
    COLUMNS id int PATH '@data-id', kind text PATH '@data-kind', name text PATH '@data-name',
            layer int PATH '@data-layer', v_in float8 PATH '@data-in',
            v_out float8 PATH '@data-out') x
$$;

-- drawn as given (imbalance=ignore): every node's layer, in and out as the reference
CREATE TEMP TABLE drawn AS
SELECT n.* FROM (SELECT sankey_svg(source, target, value, 'imbalance=ignore') AS svg FROM ref_flow) d,
     pg_temp.svg_nodes(svg) n;
SELECT count(*) AS nodes,
       count(*) FILTER (WHERE r.name IS NULL OR d.name IS NULL) AS unmatched,
       count(*) FILTER (WHERE d.layer <> r.layer) AS layer_differs,
       count(*) FILTER (WHERE d.v_in <> r.v_in OR d.v_out <> r.v_out) AS sums_differ
FROM drawn d FULL JOIN ref_node r USING (name);
SELECT layer, count(*) AS nodes FROM drawn GROUP BY layer ORDER BY layer;

-- with the default imbalance=show: each inner node closes with an
-- "unaccounted" flow of exactly its in - out, taken from the reference
WITH d AS (
  SELECT n.* FROM (SELECT sankey_svg(source, target, value) AS svg FROM ref_flow) s,
       pg_temp.svg_nodes(svg) n)
SELECT (SELECT count(*) FROM d WHERE kind = 'node' AND v_in > 0 AND v_out > 0 AND v_in <> v_out)
         AS inner_unbalanced,
       (SELECT v_in FROM d WHERE kind = 'unaccounted' AND v_out = 0)
         = (SELECT sum(v_in - v_out) FROM ref_node WHERE v_in > v_out AND v_out > 0)
         AS unaccounted_out_matches,
       (SELECT v_out FROM d WHERE kind = 'unaccounted' AND v_in = 0)
         = (SELECT sum(v_out - v_in) FROM ref_node WHERE v_out > v_in AND v_in > 0)
         AS unaccounted_in_matches,
       (SELECT count(*) FROM d WHERE kind = 'unaccounted') AS unaccounted_nodes;
