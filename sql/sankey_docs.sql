-- The examples of docs/sankey.md, as the page shows them.
\pset null '-'

-- a facility energy balance, MMBtu/h
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

-- the example image, docs/img/sankey_example.svg
CREATE TEMP TABLE example AS
SELECT sankey_svg(source, target, mmbtu_h,
                  'title=East boiler house: energy balance, unit=MMBtu/h, percent=on, '
                  'losses="blowdown, radiation, cooling tower"') AS svg
FROM energy_flow WHERE facility = 'east';
SELECT length(svg), md5(svg), xml_is_well_formed_document(svg) AS well_formed,
       split_part(svg, E'\n', 1) AS first_line
FROM example;
SELECT x.* FROM example, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
  '//s:g[@class="node"]' PASSING CAST(svg AS xml)
  COLUMNS layer int PATH '@data-layer', role text PATH '@data-role', label text PATH 's:text',
          "in" float8 PATH '@data-in', "out" float8 PATH '@data-out') x
ORDER BY layer, label;
-- the committed image is this document (psql's \g adds one newline)
CREATE TEMP TABLE image_lines (n serial, line text);
\copy image_lines (line) FROM 'docs/img/sankey_example.svg'
SELECT string_agg(line, E'\n' ORDER BY n) = (SELECT svg FROM example) AS image_is_current
FROM image_lines;

-- writing it to a file from psql
SELECT sankey_svg(source, target, mmbtu_h,
                  'title=East boiler house: energy balance, unit=MMBtu/h, percent=on, '
                  'losses="blowdown, radiation, cooling tower"')
FROM energy_flow WHERE facility = 'east'
\g (format=unaligned tuples_only=on) test/out/sankey_east.svg

-- a small diagram in full
SELECT sankey_svg(s, t, v, 'unit=kW, width=400, height=120')
FROM (VALUES ('fuel', 'boiler', 100), ('boiler', 'steam', 82), ('boiler', 'stack loss', 18)) f(s, t, v);

-- numbers: grouped, or scaled with the unit's SI prefix
SELECT o AS options, x.label
FROM (VALUES ('unit=kWh, digits=6'), ('unit=kWh, digits=3, numbers=scaled')) v(o),
     LATERAL (SELECT sankey_svg(s, t, e, o) AS svg
              FROM (VALUES ('grid electricity', 'plant', 634868), ('plant', 'process steam', 500000),
                           ('plant', 'losses', 134868)) f(s, t, e)) d,
     XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
              '//s:g[@data-name="grid electricity"]' PASSING CAST(svg AS xml)
              COLUMNS label text PATH 's:text') x;

-- merging small sources and sinks
SELECT x.* FROM (SELECT sankey_svg(source, target, mmbtu_h, 'min_fraction=0.03, unit=MMBtu/h') AS svg
                 FROM energy_flow) d,
  XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
           '//s:g[@data-kind="other"]' PASSING CAST(svg AS xml)
           COLUMNS layer int PATH '@data-layer', label text PATH 's:text') x;

-- an energy balance that does not close
SELECT x.* FROM (SELECT sankey_svg(s, t, v, 'unit=MMBtu/h') AS svg
                 FROM (VALUES ('gas', 'boiler', 100), ('boiler', 'steam', 80),
                              ('boiler', 'stack loss', 15)) f(s, t, v)) d,
  XMLTABLE(XMLNAMESPACES('http://www.w3.org/2000/svg' AS s),
           '//s:g[@class="node"]' PASSING CAST(svg AS xml)
           COLUMNS kind text PATH '@data-kind', label text PATH 's:text') x;

-- the layout as rows, e.g. for JSON
SELECT json_build_object(
         'nodes', (SELECT json_agg(n) FROM sankey_nodes(f) n),
         'links', (SELECT json_agg(l) FROM sankey_links(f) l)) AS layout
FROM (SELECT sankey_collect(s, t, v, 'width=400, height=120') AS f
      FROM (VALUES ('fuel', 'boiler', 100), ('boiler', 'steam', 82),
                   ('boiler', 'stack loss', 18)) x(s, t, v)) c;

-- errors
\set VERBOSITY default
SELECT sankey_svg(source, target, mmbtu_h)
FROM (SELECT source, target, mmbtu_h FROM energy_flow
      UNION ALL VALUES ('condensate return', 'boiler', 33.1)) f;
SELECT sankey_svg(source, target, mmbtu_h, 'max_nodes=10') FROM energy_flow;
SELECT sankey_svg('boiler', 'stack loss', -16.2);

-- the state type
SELECT '"fuel"->"boiler":100; "boiler"->"steam":82; "boiler"->"stack loss":18'::sankey_flows;
SELECT length(sankey_svg('"fuel"->"boiler":100; "boiler"->"steam":82'::sankey_flows)) > 0 AS drawn;
DROP TABLE energy_flow;
