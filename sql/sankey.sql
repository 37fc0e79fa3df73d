-- sankey_svg: a facility energy balance drawn as an SVG Sankey diagram.
-- Checked from the document itself: well-formed XML, every node's data-in /
-- data-out equal to the sums of its links' data-value, in = out at every
-- node that is neither a source nor a sink, the hand-computed node totals,
-- link widths proportional to flow; then the errors, the limits, merging of
-- small flows, escaping, determinism and a parallel plan.
\pset null '-'
\i test/sql/err.sql

-- the nodes and links of an SVG document, from its data-* attributes
CREATE FUNCTION pg_temp.svg_nodes(svg text)
RETURNS TABLE (id int, kind text, name text, layer int, v_in float8, v_out float8,
               h float8, label text)
LANGUAGE sql AS $$
  SELECT x.* FROM XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
    '//s:g[@class="node"]' PASSING CAST(svg AS xml)
    COLUMNS id int PATH '@data-id', kind text PATH '@data-kind', name text PATH '@data-name',
            layer int PATH '@data-layer', v_in float8 PATH '@data-in',
            v_out float8 PATH '@data-out', h float8 PATH 's:rect/@height',
            label text PATH 's:text') x
$$;
CREATE FUNCTION pg_temp.svg_links(svg text)
RETURNS TABLE (src int, tgt int, value float8)
LANGUAGE sql AS $$
  SELECT x.* FROM XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
    '//s:path[@class="link"]' PASSING CAST(svg AS xml)
    COLUMNS src int PATH '@data-source', tgt int PATH '@data-target',
            value float8 PATH '@data-value') x
$$;
-- conservation: data-in/out are the links' sums; in = out inside
CREATE FUNCTION pg_temp.conserved(svg text, OUT nodes int, OUT links int,
                                  OUT sums_match bool, OUT inner_nodes int,
                                  OUT inner_balanced bool)
LANGUAGE sql AS $$
  WITH n AS (SELECT * FROM pg_temp.svg_nodes(svg)),
       l AS (SELECT * FROM pg_temp.svg_links(svg)),
       s AS (SELECT n.*,
                    coalesce((SELECT sum(value) FROM l WHERE l.tgt = n.id), 0) AS lin,
                    coalesce((SELECT sum(value) FROM l WHERE l.src = n.id), 0) AS lout
             FROM n)
  SELECT (SELECT count(*) FROM n)::int, (SELECT count(*) FROM l)::int,
         bool_and(abs(v_in - lin) <= 1e-12 * greatest(v_in, 1)
                  AND abs(v_out - lout) <= 1e-12 * greatest(v_out, 1)),
         (count(*) FILTER (WHERE v_in > 0 AND v_out > 0))::int,
         coalesce(bool_and(abs(v_in - v_out) <= 1e-9 * v_in) FILTER (WHERE v_in > 0 AND v_out > 0), true)
  FROM s
$$;

-- a boiler house, MMBtu/h: fuel -> boiler -> steam header -> users and losses
CREATE TABLE energy_flow (facility text, source text, target text, mmbtu_h float8);
INSERT INTO energy_flow VALUES
 ('east', 'natural gas', 'boiler', 100), ('east', 'fuel oil', 'boiler', 8),
 ('east', 'boiler', 'stack loss', 16.2), ('east', 'boiler', 'blowdown', 2.1),
 ('east', 'boiler', 'radiation', 1.3), ('east', 'boiler', 'steam header', 88.4),
 ('east', 'steam header', 'process heating', 41.5), ('east', 'steam header', 'space heating', 12.7),
 ('east', 'steam header', 'deaerator', 9.6), ('east', 'steam header', 'trap losses', 4.3),
 ('east', 'steam header', 'distribution losses', 3.1), ('east', 'steam header', 'absorption chiller', 17.2),
 ('east', 'process heating', 'condensate return', 24.0), ('east', 'process heating', 'process losses', 17.5),
 ('east', 'space heating', 'condensate return', 9.1), ('east', 'space heating', 'building losses', 3.6),
 ('east', 'absorption chiller', 'cooling tower', 17.2),
 ('east', 'deaerator', 'vent loss', 0.9), ('east', 'deaerator', 'feedwater heating', 8.7);

CREATE TEMP TABLE doc AS
SELECT sankey_svg(source, target, mmbtu_h, 'unit=MMBtu/h, title=East boiler house') AS svg
FROM energy_flow WHERE facility = 'east';

SELECT xml_is_well_formed_document(svg) AS well_formed,
       svg LIKE '<svg xmlns="http://www.w3.org/2000/svg" %' AS svg_root,
       svg LIKE '%</svg>' AS closed
FROM doc;
SELECT c.* FROM doc, pg_temp.conserved(svg) c;

-- node totals against sums worked by hand from the table above
SELECT n.name, n.layer, n.v_in, n.v_out,
       abs(greatest(n.v_in, n.v_out) - e.total) <= 1e-12 * e.total AS total_ok
FROM doc, pg_temp.svg_nodes(svg) n
JOIN (VALUES ('natural gas', 100), ('fuel oil', 8), ('boiler', 108), ('steam header', 88.4),
             ('stack loss', 16.2), ('blowdown', 2.1), ('radiation', 1.3),
             ('process heating', 41.5), ('space heating', 12.7), ('deaerator', 9.6),
             ('trap losses', 4.3), ('distribution losses', 3.1), ('absorption chiller', 17.2),
             ('condensate return', 33.1), ('process losses', 17.5), ('building losses', 3.6),
             ('cooling tower', 17.2), ('vent loss', 0.9), ('feedwater heating', 8.7))
     e(name, total) USING (name)
ORDER BY n.layer, n.name;

-- link widths proportional to flow, node heights = max(in, out) on the same scale
WITH p AS (
  SELECT x.v, substring(x.d FROM '^M[0-9.]+ ([0-9.]+)')::float8 AS y0,
         substring(x.d FROM 'L[0-9.]+ ([0-9.]+)C')::float8 AS y1,
         substring(x.d FROM 'C[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ ([0-9.]+)L')::float8 AS t0
  FROM doc, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
                     '//s:path[@class="link"]' PASSING CAST(svg AS xml)
                     COLUMNS v float8 PATH '@data-value', d text PATH '@d') x)
-- y0: top at the source, t0: top at the target, y1: bottom at the target
SELECT count(*) AS links,
       max((y1 - t0) / v) - min((y1 - t0) / v) <= 0.02 * min((y1 - t0) / v) AS widths_proportional,
       (SELECT max(n.h / greatest(n.v_in, n.v_out)) - min(n.h / greatest(n.v_in, n.v_out))
        FROM pg_temp.svg_nodes(svg) n) <= 0.01 * min((y1 - t0) / v) AS heights_same_scale
FROM p, doc GROUP BY svg;

-- labels carry value and unit
SELECT (SELECT label FROM pg_temp.svg_nodes(svg) WHERE name = 'boiler') AS boiler_label,
       (xpath('//s:text[@class="title"]/text()', svg::xml,
              '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS title
FROM doc;

-- the layout as rows: sankey_collect, sankey_nodes and sankey_links agree
-- with the document, and conserve
CREATE TEMP TABLE east AS
SELECT sankey_collect(source, target, mmbtu_h, 'unit=MMBtu/h, title=East boiler house') AS f
FROM energy_flow WHERE facility = 'east';
SELECT sankey_svg(f) = (SELECT svg FROM doc) AS same_document FROM east;
SELECT count(*) AS nodes,
       bool_and(n.kind = s.kind AND n.name = s.name AND n.layer = s.layer
                AND n.value_in = s.v_in AND n.value_out = s.v_out
                AND greatest(n.height, 1) = s.h) AS same_as_svg
FROM east, sankey_nodes(f) n JOIN (SELECT * FROM doc, pg_temp.svg_nodes(svg)) s USING (id);
SELECT count(*) AS links,
       bool_and(abs(l.value - s.value) = 0 AND l.width > 0) AS same_as_svg,
       -- widths are rounded to 0.01 px
       bool_and(abs(l.width - l.value * (SELECT sum(width) / sum(value) FROM sankey_links(f))) <= 0.05)
         AS widths_proportional
FROM east, sankey_links(f) l
JOIN (SELECT * FROM doc, pg_temp.svg_links(svg)) s ON s.src = l.source_id AND s.tgt = l.target_id;
SELECT count(*) FILTER (WHERE value_in > 0 AND value_out > 0) AS inner_nodes,
       bool_and(value_in = coalesce((SELECT sum(value) FROM sankey_links(f) WHERE target_id = id), 0)
                AND value_out = coalesce((SELECT sum(value) FROM sankey_links(f) WHERE source_id = id), 0))
         AS sums_of_links,
       bool_and(abs(value_in - value_out) <= 1e-12 * value_in) FILTER (WHERE value_in > 0 AND value_out > 0)
         AS inner_balanced
FROM east, sankey_nodes(f);
SELECT * FROM pg_temp.err($q$SELECT * FROM sankey_nodes('"a"->"b":1;"b"->"a":1')$q$);

-- determinism: the same document from rows in another order, split into
-- duplicate (source, target) rows that are summed
SELECT (SELECT svg FROM doc) = sankey_svg(source, target, v, 'unit=MMBtu/h, title=East boiler house') AS same_document
FROM (SELECT source, target, mmbtu_h * f AS v
      FROM energy_flow, (VALUES (0.25), (0.75)) s(f)
      ORDER BY md5(source || target || f)) x;
SELECT md5(svg) = md5(sankey_svg(source, target, mmbtu_h, 'unit=MMBtu/h, title=East boiler house'))
       AS same_again
FROM doc, (SELECT * FROM energy_flow ORDER BY target DESC, source) e GROUP BY svg;

-- zero rows and all-NULL rows: NULL, like sum()
SELECT sankey_svg(source, target, mmbtu_h) AS no_rows FROM energy_flow WHERE false;
SELECT sankey_svg(s, t, v) AS all_null
FROM (VALUES (NULL::text, 'a', 1::float8), ('a', NULL, 1), ('a', 'b', NULL)) x(s, t, v);
-- rows with a NULL are skipped; zero flows draw nothing
SELECT c.* FROM (SELECT sankey_svg(s, t, v) AS svg
                 FROM (VALUES ('a', 'b', 2::float8), ('b', 'c', 2), ('b', NULL, 5), ('c', 'd', 0))
                      x(s, t, v)) d, pg_temp.conserved(svg) c;
SELECT svg LIKE '%no flows above zero%' AS empty_diagram, xml_is_well_formed_document(svg) AS well_formed
FROM (SELECT sankey_svg('a', 'b', 0) AS svg) d;

-- an energy balance that does not close: the difference is drawn as an
-- "unaccounted" flow (header: in 10, out 7; user: in 7, out 8), or is an error
SELECT n.kind, n.name, n.v_in, n.v_out
FROM (SELECT sankey_svg(s, t, v) AS svg
      FROM (VALUES ('fuel', 'header', 10::float8), ('header', 'user', 7), ('user', 'loss', 8)) x(s, t, v)) d,
     pg_temp.svg_nodes(svg) n ORDER BY n.layer, n.name, n.v_in;
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, v, 'imbalance=error')
  FROM (VALUES ('fuel', 'header', 10::float8), ('header', 'user', 7)) x(s, t, v)$q$);

-- circular flows are refused with the cycle named
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(source, target, mmbtu_h) FROM
  (SELECT source, target, mmbtu_h FROM energy_flow
   UNION ALL VALUES ('condensate return', 'boiler', 33.1::float8)) f$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, 1) FROM (VALUES ('a', 'a')) x(s, t)$q$);

-- limits (54000), stating the limit and the count
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(source, target, mmbtu_h, 'max_nodes=18') FROM energy_flow$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(source, target, mmbtu_h, 'max_links=10') FROM energy_flow$q$);
SELECT length(sankey_svg(source, target, mmbtu_h, 'max_nodes=19, max_links=19')) > 0 AS at_the_limits
FROM energy_flow;

-- min_fraction: sources (sinks) below the fraction of the total input (108)
-- merge into one "other" node per layer when two or more would.  At 3 %
-- (3.24): blowdown 2.1 + radiation 1.3 in layer 2 merge; distribution losses
-- 3.1 (layer 3) and vent loss 0.9 (layer 4) are alone in their layers and
-- stay.  At 20 % (21.6): layer 2 stack loss + blowdown + radiation = 19.6,
-- layer 3 trap + distribution losses = 7.4, layer 4 cooling tower + process
-- losses + building losses + vent loss + feedwater heating = 47.9; the one
-- small source (fuel oil) stays.
SELECT m.f, n.layer, n.v_in, n.label,
       abs(n.v_in - (SELECT e.v FROM (VALUES (0.03, 2, 3.4), (0.2, 2, 19.6), (0.2, 3, 7.4), (0.2, 4, 47.9))
                                      e(f, layer, v) WHERE e.f = m.f AND e.layer = n.layer))
       <= 1e-12 * n.v_in AS sum_ok
FROM (VALUES (0.03), (0.2)) m(f),
     LATERAL (SELECT sankey_svg(source, target, mmbtu_h, 'min_fraction=' || m.f) AS svg FROM energy_flow) d,
     pg_temp.svg_nodes(svg) n
WHERE n.kind = 'other'
ORDER BY m.f, n.layer;
SELECT m.f, count(*) FILTER (WHERE n.kind = 'other') AS other_nodes
FROM (VALUES (0.03), (0.2)) m(f),
     LATERAL (SELECT sankey_svg(source, target, mmbtu_h, 'min_fraction=' || m.f) AS svg FROM energy_flow) d,
     pg_temp.svg_nodes(svg) n GROUP BY m.f ORDER BY m.f;
SELECT m.f, c.*
FROM (VALUES (0.03), (0.2)) m(f),
     LATERAL (SELECT sankey_svg(source, target, mmbtu_h, 'min_fraction=' || m.f) AS svg FROM energy_flow) d,
     pg_temp.conserved(svg) c ORDER BY m.f;

-- escaping: names and options with XML specials make a well-formed document
SELECT xml_is_well_formed_document(svg) AS well_formed,
       (SELECT array_agg(name ORDER BY name) FROM pg_temp.svg_nodes(svg)) AS names,
       svg LIKE '%<title>Plant &lt;1&gt; &amp; &quot;2&quot;</title>%' AS title_escaped,
       (SELECT array_agg(label ORDER BY label) FROM pg_temp.svg_nodes(svg)) AS labels
FROM (SELECT sankey_svg(s, t, 1, 'title="Plant <1> & ""2""", unit=<kW>') AS svg
      FROM (VALUES ('a<b', 'c&d'), ('c&d', '"q"'), (E'tab\there', 'it''s')) x(s, t)) d;

-- bad values (22003) and names, bad options (22P02, 22023)
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', -1)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 'NaN')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 'Infinity')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('', 'b', 1)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'colour=red')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'max_nodes=0')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'width')$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, 'b', 1, o) FROM (VALUES ('a', 'width=500'), ('c', 'width=600')) x(s, o)$q$);


-- extreme values (each valid on its own): 1e308, 5e-324 and mixes with 1
-- draw with finite coordinates, all within the canvas; a sum beyond float8
-- is an error (22003) naming where
CREATE FUNCTION pg_temp.coordinates(svg text, OUT numbers int, OUT all_finite bool,
                                    OUT within_canvas bool)
LANGUAGE sql AS $$
  WITH n AS (
    SELECT m[1] AS a, m[2] AS v
    FROM regexp_matches(svg, ' (x|y|width|height|d)="([^"]*)"', 'g') m),
  v AS (SELECT a, x::float8 AS x
        FROM n, regexp_split_to_table(regexp_replace(v, '[MCLZ%]', ' ', 'g'), ' +') x
        WHERE x <> '')
  SELECT count(*)::int, bool_and(x::text NOT IN ('NaN', 'Infinity', '-Infinity')),
         bool_and(x BETWEEN -1 AND 20000)
  FROM v
$$;
SELECT f AS flows, c.*, svg !~* 'nan|inf' AS no_nan_text,
       (SELECT sum(v_in) FILTER (WHERE v_out = 0) FROM pg_temp.svg_nodes(svg)) AS into_sinks
FROM (VALUES ('"a"->"b":1e308'), ('"a"->"b":1e308; "a"->"c":1'),
             ('"a"->"b":1e308; "b"->"c":1e308; "c"->"d":6e307; "e"->"c":1'),
             ('"a"->"b":5e-324'), ('"a"->"b":5e-324; "c"->"b":1'),
             ('"a"->"b":5e-324; "b"->"c":5e-324; "b"->"d":5e-324'),
             ('"a"->"b":1.7976931348623157e308; "c"->"d":5e-324; "c"->"b":1')) x(f),
     LATERAL (SELECT sankey_svg(('options="percent=on";' || f)::sankey_flows) AS svg) d,
     pg_temp.coordinates(svg) c;
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, 'b', 1.7976931348623157e308) FROM (VALUES ('a'), ('c')) x(s)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1.7976931348623157e308) FROM generate_series(1, 2)$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_svg(s, t, 1.7976931348623157e308) FROM (VALUES ('a', 'b'), ('c', 'd')) x(s, t)$q$);
SELECT * FROM pg_temp.err($q$SELECT * FROM sankey_nodes('"a"->"b":1e308; "c"->"b":1e308')$q$);

-- colours by role: inputs blue, conversions teal, useful outputs green,
-- losses red to orange (a name with "loss", or listed in losses),
-- unaccounted purple, "other" grey; a link takes its target's role when
-- the target ends the flow, else its source's
CREATE FUNCTION pg_temp.roles(svg text)
RETURNS TABLE (name text, role text, fill text)
LANGUAGE sql AS $$
  SELECT x.* FROM XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
    '//s:g[@class="node"]' PASSING CAST(svg AS xml)
    COLUMNS name text PATH '@data-name', role text PATH '@data-role', fill text PATH 's:rect/@fill') x
$$;
CREATE TEMP TABLE families (role text, fill text);
INSERT INTO families VALUES ('input', '#1f4e9c'), ('input', '#3a72c4'), ('input', '#5b93de'),
  ('conversion', '#1f6f78'), ('conversion', '#2f8d96'), ('conversion', '#4aa7ae'),
  ('output', '#2e7d32'), ('output', '#43a047'), ('output', '#66bb6a'),
  ('loss', '#b3261e'), ('loss', '#d9452b'), ('loss', '#e8743b'),
  ('unaccounted', '#6a3d9a'), ('other', '#8c8c8c');
CREATE TEMP TABLE roled AS
SELECT sankey_svg(source, target, mmbtu_h, 'losses="blowdown, radiation"') AS svg FROM energy_flow;
-- each node's role against the roles given by hand
SELECT r.role, array_agg(r.name ORDER BY r.name) AS nodes,
       bool_and(r.role = e.role) AS as_expected,
       bool_and(EXISTS (SELECT 1 FROM families f WHERE f.role = r.role AND f.fill = r.fill)) AS fill_in_family
FROM roled, pg_temp.roles(svg) r
JOIN (VALUES ('natural gas', 'input'), ('fuel oil', 'input'), ('boiler', 'conversion'),
             ('steam header', 'conversion'), ('process heating', 'conversion'),
             ('space heating', 'conversion'), ('deaerator', 'conversion'),
             ('absorption chiller', 'conversion'), ('stack loss', 'loss'), ('blowdown', 'loss'),
             ('radiation', 'loss'), ('trap losses', 'loss'), ('distribution losses', 'loss'),
             ('process losses', 'loss'), ('building losses', 'loss'), ('vent loss', 'loss'),
             ('condensate return', 'output'), ('cooling tower', 'output'),
             ('feedwater heating', 'output')) e(name, role) USING (name)
GROUP BY r.role ORDER BY r.role;
-- links: the role of the node that sets their colour, in its family
WITH n AS (SELECT x.* FROM roled, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
             '//s:g[@class="node"]' PASSING CAST(svg AS xml)
             COLUMNS id int PATH '@data-id', role text PATH '@data-role',
                     v_out float8 PATH '@data-out', fill text PATH 's:rect/@fill') x),
     l AS (SELECT x.* FROM roled, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
             '//s:path[@class="link"]' PASSING CAST(svg AS xml)
             COLUMNS src int PATH '@data-source', tgt int PATH '@data-target',
                     role text PATH '@data-role', fill text PATH '@fill') x)
SELECT l.role, count(*) AS links,
       bool_and(l.role = CASE WHEN t.v_out = 0 THEN t.role ELSE s.role END) AS role_of_the_end,
       bool_and(l.fill = CASE WHEN t.v_out = 0 THEN t.fill ELSE s.fill END) AS fill_of_that_node
FROM l JOIN n s ON s.id = l.src JOIN n t ON t.id = l.tgt GROUP BY l.role ORDER BY l.role;
-- no two roles share a colour; unaccounted and other have their own
SELECT count(DISTINCT fill) = count(*) AS colours_distinct FROM families;
SELECT r.role, r.fill FROM (SELECT sankey_svg(s, t, v, 'min_fraction=0.2') AS svg
  FROM (VALUES ('fuel', 'header', 10::float8), ('header', 'user', 7), ('header', 'a', 0.1), ('header', 'b', 0.1))
       x(s, t, v)) d, pg_temp.roles(svg) r WHERE r.role IN ('unaccounted', 'other');

-- numbers in labels: digits significant digits above the decimal point too,
-- thousands grouped (the default), plain, or scaled with the unit's SI prefix
SELECT o AS options, x.label
FROM (VALUES ('unit=kWh, digits=6'), ('unit=kWh'), ('unit=kWh, digits=6, numbers=plain'),
             ('unit=kWh, digits=3, numbers=scaled'), ('unit=MMBtu/h, numbers=scaled'),
             ('unit=t/h, numbers=Scaled, percent=on')) v(o),
     LATERAL (SELECT sankey_svg(s, t, e, o) AS svg
              FROM (VALUES ('grid electricity', 'plant', 634868::float8), ('plant', 'process steam', 500000),
                           ('plant', 'losses', 134868)) f(s, t, e)) d,
     XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
              '//s:g[@data-name="grid electricity"]' PASSING CAST(svg AS xml)
              COLUMNS label text PATH 's:text') x;
SELECT * FROM pg_temp.err($q$SELECT sankey_svg('a', 'b', 1, 'numbers=si')$q$);

-- the document stays within the width asked for: long names wrap (three
-- lines at most, then cut with an ellipsis); every label ends inside it,
-- counting 7 px a character as the layout does; the title shrinks
CREATE FUNCTION pg_temp.label_ends(svg text, OUT width float8, OUT labels int,
                                   OUT wrapped int, OUT rightmost float8, OUT within bool)
LANGUAGE sql AS $$
  WITH t AS (
    SELECT x.id, x.tx, coalesce(l.lx, x.tx) AS lx, coalesce(l.line, x.label) AS line, l.line IS NOT NULL AS w
    FROM XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
           '//s:g[@class="node"]' PASSING CAST(svg AS xml)
           COLUMNS id int PATH '@data-id', tx float8 PATH 's:text/@x', label text PATH 's:text',
                   tspans xml PATH 's:text') x
    LEFT JOIN LATERAL XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
           '//s:tspan' PASSING x.tspans
           COLUMNS lx float8 PATH '@x', line text PATH '.') l ON true)
  SELECT (xpath('/s:svg/@width', svg::xml, '{{s,http://www.w3.org/2000/svg}}'))[1]::text::float8,
         count(DISTINCT id)::int, count(DISTINCT id) FILTER (WHERE w)::int,
         max(lx + 7 * char_length(rtrim(line))),
         bool_and(lx + 7 * char_length(rtrim(line)) <= (xpath('/s:svg/@width', svg::xml,
                  '{{s,http://www.w3.org/2000/svg}}'))[1]::text::float8)
  FROM t
$$;
SELECT w AS asked, e.*
FROM (VALUES (960), (600), (300)) v(w),
     LATERAL (SELECT sankey_svg(s, t, 10 - g, format('width=%s, unit=MMBtu/h, title=%s', w,
                                '"Plant 7, east: every steam and condensate flow of the site over the last 24 hours"')) AS svg
              FROM generate_series(1, 4) g,
                   LATERAL (VALUES ('stage ' || g || ' of a long process description, as tag names from a historian tend to be',
                                    'stage ' || g + 1 || ' of a long process description, as tag names from a historian tend to be')) n(s, t)) d,
     pg_temp.label_ends(svg) e ORDER BY w DESC;
SELECT (xpath('//s:text[@class="title"]/@font-size', svg::xml, '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS title_px,
       (xpath('//s:text[@class="title"]/text()', svg::xml, '{{s,http://www.w3.org/2000/svg}}'))[1]::text AS title
FROM (VALUES ('Short title'), ('"Plant 7, east: every steam flow"'),
             ('"Plant 7, east: every steam and condensate flow of the site over the last 24 hours"')) x(t),
     LATERAL (SELECT sankey_svg(('options="' || replace('width=300, title=' || t, '"', '""')
                                 || '"; "a"->"b":1')::sankey_flows) AS svg) d;

-- sankey_collect's text lists the flows in one canonical order (source,
-- target, value in byte order), so equal collections print equal text
SELECT a::text AS canonical, a::text = b::text AS same_text, sankey_flows_send(a) = sankey_flows_send(b) AS same_binary
FROM (SELECT sankey_collect(s, t, v) AS a FROM (VALUES ('b', 'c', 2::float8), ('a', 'c', 1), ('a', 'b', 3), ('a', 'c', 0.5), ('a', 'c', '-0')) x(s, t, v)) x,
     (SELECT sankey_collect(s, t, v) AS b FROM (VALUES ('a', 'c', '-0'::float8), ('a', 'c', 0.5), ('a', 'b', 3), ('b', 'c', 2), ('a', 'c', 1)) x(s, t, v)) y;
SELECT c::text = (SELECT sankey_collect(source, target, mmbtu_h)::text
                  FROM (SELECT * FROM energy_flow ORDER BY md5(target)) e) AS any_order_same_text
FROM (SELECT sankey_collect(source, target, mmbtu_h) AS c FROM energy_flow) x;

-- the state type: text form round-trips exactly, binary too
SELECT f::text AS canonical, f::text::sankey_flows::text = f::text AS round_trip
FROM (VALUES ('"a"->"b":0.1'::sankey_flows),
             ('options="unit=kW, title=""A, B""";"x ""y"";"->"<z>" : 1e-300 ;"b"->"c":0.30000000000000004'),
             (''),
             ('"a"->"b":1.7976931348623157e308; "a"->"b":5e-324')) v(f);
SELECT sankey_svg('"fuel"->"boiler":10; "boiler"->"steam":8; "boiler"->"stack":2'::sankey_flows)
       = sankey_svg(s, t, v)
       AS stored_flows_draw_the_same
FROM (VALUES ('fuel', 'boiler', 10::float8), ('boiler', 'steam', 8), ('boiler', 'stack', 2)) x(s, t, v);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b"'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT '"a"->"b":-1'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT 'options="bogus=1"'::sankey_flows$q$);
SELECT * FROM pg_temp.err($q$SELECT sankey_collect('a', 'b', 1, 'colour=red')$q$);
CREATE TEMP TABLE stored (id int, f sankey_flows);
INSERT INTO stored VALUES (1, 'options="unit=kW";"a"->"b":0.1;"b"->"c":0.1'), (2, ''), (3, NULL);
\copy stored TO 'test/out/sankey_flows.bin' (FORMAT binary)
CREATE TEMP TABLE stored_back (LIKE stored);
\copy stored_back FROM 'test/out/sankey_flows.bin' (FORMAT binary)
SELECT s.id, b.f::text AS back, b.f::text IS NOT DISTINCT FROM s.f::text AS same
FROM stored s JOIN stored_back b USING (id) ORDER BY id;

-- parallel: Partial Aggregate, and the same document as the serial plan
CREATE TABLE big_flow AS
SELECT e.source, e.target, e.mmbtu_h / 1000 AS v
FROM energy_flow e, generate_series(1, 1000) g ORDER BY md5(e.source || g);
ALTER TABLE big_flow SET (parallel_workers = 2);
ANALYZE big_flow;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS SELECT sankey_svg(source, target, v, 'unit=MMBtu/h') AS svg FROM big_flow;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sankey_svg(source, target, v, 'unit=MMBtu/h') FROM big_flow;
SELECT md5(svg) = (SELECT md5(svg) FROM serial) AS parallel_same,
       xml_is_well_formed_document(svg) AS well_formed
FROM (SELECT sankey_svg(source, target, v, 'unit=MMBtu/h') AS svg FROM big_flow) p;
SELECT c.* FROM serial, pg_temp.conserved(svg) c;
-- sankey_collect: the same text from the parallel plan as from the serial one
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_collect AS SELECT sankey_collect(source, target, v)::text AS t FROM big_flow;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sankey_collect(source, target, v) FROM big_flow;
SELECT md5(sankey_collect(source, target, v)::text) = (SELECT md5(t) FROM serial_collect) AS parallel_same_text
FROM big_flow;
-- workers that see no rows: empty partial states combine
EXPLAIN (COSTS OFF) SELECT sankey_svg(source, target, v) FROM big_flow WHERE length(source) > 100;
SELECT sankey_svg(source, target, v) IS NULL AS no_rows_parallel FROM big_flow WHERE length(source) > 100;
SELECT md5(svg) = md5(sankey_svg(source, target, v)) AS per_group_same
FROM (SELECT source = 'boiler' AS g, sankey_svg(source, target, v) AS svg FROM big_flow GROUP BY 1) a,
     big_flow WHERE (source = 'boiler') = a.g GROUP BY a.g, svg ORDER BY a.g;
RESET ALL;

-- write the document to a file from psql and read it back
SELECT svg FROM doc \g (format=unaligned tuples_only=on) test/out/sankey_east.svg
CREATE TEMP TABLE file_lines (n serial, line text);
\copy file_lines (line) FROM 'test/out/sankey_east.svg'
SELECT string_agg(line, E'\n' ORDER BY n) = (SELECT svg FROM doc) AS file_is_the_document
FROM file_lines;
DROP TABLE energy_flow, big_flow;
