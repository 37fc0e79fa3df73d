-- sankey: Sankey diagrams of flows between named nodes, drawn as SVG.

CREATE TYPE sankey_flows;

CREATE FUNCTION sankey_flows_in(cstring) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'gl_sankey_flows_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_in(cstring) IS
'Text input of sankey_flows: [options="<options>";] "<source>"->"<target>":<value>; ... (names double-quoted, a quote doubled).';

CREATE FUNCTION sankey_flows_out(sankey_flows) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_sankey_flows_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_out(sankey_flows) IS
'Text output of sankey_flows: the options and every flow in canonical order (by source name, target name and value, in byte order), values as the shortest decimal that reads back exactly.';

CREATE FUNCTION sankey_flows_recv(internal) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'gl_sankey_flows_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_recv(internal) IS
'Binary input of sankey_flows, validated like text input.';

CREATE FUNCTION sankey_flows_send(sankey_flows) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_sankey_flows_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_send(sankey_flows) IS
'Binary output of sankey_flows: int4 flow count, int4 options length and bytes, then per flow int4 length and bytes of source and target, float8 value.';

CREATE TYPE sankey_flows (
    INTERNALLENGTH = VARIABLE,
    INPUT = sankey_flows_in,
    OUTPUT = sankey_flows_out,
    RECEIVE = sankey_flows_recv,
    SEND = sankey_flows_send,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE sankey_flows IS
'The (source, target, value) flows and the options text collected by sankey_svg: its aggregate state, also storable; sankey_svg(sankey_flows) draws it.';

CREATE FUNCTION sankey_collect_trans(state sankey_flows, source text, target text, value float8)
RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'gl_sankey_collect_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_collect_trans(sankey_flows, text, text, float8) IS
'Transition function of sankey_collect and sankey_svg(source, target, value), not for calling directly: adds one flow (a row with a NULL is skipped; a negative, NaN or infinite value is an error).';

CREATE FUNCTION sankey_collect_trans(state sankey_flows, source text, target text, value float8, options text)
RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'gl_sankey_collect_trans_options' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_collect_trans(sankey_flows, text, text, float8, text) IS
'Transition function of sankey_collect and sankey_svg(source, target, value, options), not for calling directly: adds one flow; options must be the same in every row.';

CREATE FUNCTION sankey_flows_combine(sankey_flows, sankey_flows) RETURNS sankey_flows
AS 'MODULE_PATHNAME', 'gl_sankey_flows_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION sankey_flows_combine(sankey_flows, sankey_flows) IS
'Combine function of sankey_collect and sankey_svg, not for calling directly: the flows of both partial states (either may be NULL).';

CREATE FUNCTION sankey_svg(flows sankey_flows) RETURNS text
AS 'MODULE_PATHNAME', 'gl_sankey_svg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION sankey_svg(sankey_flows) IS
'The SVG document of a Sankey diagram of the flows (the final function of the sankey_svg aggregates).';

CREATE AGGREGATE sankey_svg(source text, target text, value float8) (
    SFUNC = sankey_collect_trans,
    STYPE = sankey_flows,
    FINALFUNC = sankey_svg,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_svg(text, text, float8) IS
'SVG document (text) of a Sankey diagram of the rows'' flows from source to target, with the default options; NULL when no row has all three values. See sankey_svg(source, target, value, options).';

CREATE AGGREGATE sankey_svg(source text, target text, value float8, options text) (
    SFUNC = sankey_collect_trans,
    STYPE = sankey_flows,
    FINALFUNC = sankey_svg,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_svg(text, text, float8, text) IS
'SVG document (text) of a Sankey diagram of the flows, with options ''key=value, ...'': width, height, unit, title, min_fraction, max_nodes, max_links, imbalance (show|ignore|error), tolerance, digits, percent (on|off), numbers (grouped|plain|scaled), losses.';

-- the state as a value, and the layout as rows

CREATE AGGREGATE sankey_collect(source text, target text, value float8) (
    SFUNC = sankey_collect_trans,
    STYPE = sankey_flows,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_collect(text, text, float8) IS
'The rows'' flows as a sankey_flows value (what sankey_svg draws), to store or to pass to sankey_svg, sankey_nodes or sankey_links.';

CREATE AGGREGATE sankey_collect(source text, target text, value float8, options text) (
    SFUNC = sankey_collect_trans,
    STYPE = sankey_flows,
    COMBINEFUNC = sankey_flows_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE sankey_collect(text, text, float8, text) IS
'The rows'' flows and the options text as a sankey_flows value.';

CREATE FUNCTION sankey_nodes(flows sankey_flows,
    OUT id int, OUT kind text, OUT name text, OUT layer int,
    OUT value_in float8, OUT value_out float8, OUT x float8, OUT y float8, OUT height float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_sankey_nodes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION sankey_nodes(sankey_flows) IS
'The nodes of the Sankey diagram of the flows, as sankey_svg lays them out: id, kind (node, other, unaccounted), name, layer, inflow, outflow, and x, y (top), height in px (to 0.01 px, as in the SVG).';

CREATE FUNCTION sankey_links(flows sankey_flows,
    OUT source_id int, OUT target_id int, OUT value float8, OUT width float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'gl_sankey_links' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION sankey_links(sankey_flows) IS
'The links of the Sankey diagram of the flows after summing duplicate pairs, merging and balancing: source and target node ids (see sankey_nodes), value, and width in px (to 0.01 px).';
