-- steam: the IAPWS-IF97 steam state type and steam property functions.

CREATE TYPE steam;

CREATE FUNCTION steam_in(cstring) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_in(cstring) IS
'Text input of steam: "name=number unit" items (names p, T, x, h, s), e.g. ''p=150 psig, x=1'', ''p=1 MPa, T=300 degC'', ''p=10 bar, h=2800 kJ/kg''.';

CREATE FUNCTION steam_out(steam) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_steam_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_out(steam) IS
'Canonical text of steam: ''p=<MPa> MPa, T=<K> K'' (plus '', x=<quality>'' when two-phase); reads back to the same value.';

CREATE FUNCTION steam_recv(internal) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_recv(internal) IS
'Binary input of steam (float8 p in MPa, T in K, x or -1), accepted exactly when the same values are accepted as text input.';

CREATE FUNCTION steam_send(steam) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_steam_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_send(steam) IS
'Binary output of steam: float8 p (MPa), float8 T (K), float8 x (-1 when single-phase).';

CREATE TYPE steam (
    INTERNALLENGTH = 40,
    INPUT = steam_in,
    OUTPUT = steam_out,
    RECEIVE = steam_recv,
    SEND = steam_send,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE steam IS
'A validated water/steam state (IAPWS-IF97): pressure, temperature, region and, when two-phase, quality. Build it with steam_pt, steam_px, steam_tx, steam_ph, steam_ps or from text.';

-- constructors

CREATE FUNCTION steam_pt(pressure float8, pressure_unit text, temperature float8, temperature_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_pt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_pt(float8, text, float8, text) IS
'Steam state from pressure and temperature, e.g. steam_pt(150, ''psig'', 500, ''degF''). A point exactly on the saturation line is an error: use steam_px.';

CREATE FUNCTION steam_px(pressure float8, pressure_unit text, quality float8) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_px' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_px(float8, text, float8) IS
'Saturated or wet steam from pressure and vapor quality in [0,1] (0 saturated liquid, 1 saturated vapor).';

CREATE FUNCTION steam_tx(temperature float8, temperature_unit text, quality float8) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_tx' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_tx(float8, text, float8) IS
'Saturated or wet steam from temperature and vapor quality in [0,1].';

CREATE FUNCTION steam_ph(pressure float8, pressure_unit text, enthalpy float8, enthalpy_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_ph' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ph(float8, text, float8, text) IS
'Steam state from pressure and specific enthalpy; enthalpy() of the result returns the enthalpy given.';

CREATE FUNCTION steam_ps(pressure float8, pressure_unit text, entropy float8, entropy_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'gl_steam_ps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ps(float8, text, float8, text) IS
'Steam state from pressure and specific entropy; entropy() of the result returns the entropy given.';

-- accessors (a property of a state built in the same expression, such as
-- enthalpy(steam_pt(...), 'Btu/lb'), is computed by steam_property without
-- the intermediate steam value: steam_property_support)

CREATE FUNCTION steam_property_support(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'gl_steam_property_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property_support(internal) IS
'Planner support of the steam property accessors: rewrites a property of a state built by steam_pt, steam_px, steam_tx, steam_ph or steam_ps into one steam_property call (same value, no intermediate steam value). Not for calling directly.';

CREATE FUNCTION steam_property(a float8, a_unit text, b float8, b_unit text, out_unit text, form text, property text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_property' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property(float8, text, float8, text, text, text, text) IS
'What the planner puts in place of property(steam_<form>(a, a_unit, b, b_unit), out_unit) (form pt, ph or ps; property enthalpy, internal-energy, entropy, specific-volume, density, cp, cv or speed-of-sound): the same value and errors without the intermediate steam value. Not for calling directly: write the property of the constructor.';

CREATE FUNCTION steam_property(a float8, a_unit text, quality float8, out_unit text, form text, property text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_steam_property_quality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_property(float8, text, float8, text, text, text) IS
'What the planner puts in place of property(steam_<form>(a, a_unit, quality), out_unit) (form px or tx): the same value and errors without the intermediate steam value. Not for calling directly: write the property of the constructor.';


CREATE FUNCTION temperature(state steam, out_unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION temperature(steam, text) IS
'Temperature of a steam state, in out_unit (default K; also degC, degF, degR).';

CREATE FUNCTION pressure(state steam, out_unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pressure(steam, text) IS
'Pressure of a steam state, in out_unit (default MPa absolute; gauge units such as psig allowed).';

CREATE FUNCTION enthalpy(state steam, out_unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_enthalpy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION enthalpy(steam, text) IS
'Specific enthalpy h, in out_unit (default kJ/kg; also J/kg, Btu/lb).';

CREATE FUNCTION internal_energy(state steam, out_unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_internal_energy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION internal_energy(steam, text) IS
'Specific internal energy u, in out_unit (default kJ/kg).';

CREATE FUNCTION entropy(state steam, out_unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_entropy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION entropy(steam, text) IS
'Specific entropy s, in out_unit (default kJ/(kg*K); also Btu/(lb*degF)).';

CREATE FUNCTION cp(state steam, out_unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_cp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION cp(steam, text) IS
'Specific isobaric heat capacity, in out_unit (default kJ/(kg*K)); NULL for a two-phase state, where it is undefined.';

CREATE FUNCTION cv(state steam, out_unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_cv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION cv(steam, text) IS
'Specific isochoric heat capacity, in out_unit (default kJ/(kg*K)); NULL for a two-phase state.';

CREATE FUNCTION specific_volume(state steam, out_unit text DEFAULT 'm3/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_specific_volume' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION specific_volume(steam, text) IS
'Specific volume v, in out_unit (default m3/kg; also ft3/lb); the mixture value for a two-phase state.';

CREATE FUNCTION density(state steam, out_unit text DEFAULT 'kg/m3') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_density' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION density(steam, text) IS
'Density 1/v, in out_unit (default kg/m3; also lb/ft3).';

CREATE FUNCTION speed_of_sound(state steam, out_unit text DEFAULT 'm/s') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_speed_of_sound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
SUPPORT steam_property_support;
COMMENT ON FUNCTION speed_of_sound(steam, text) IS
'Speed of sound w, in out_unit (default m/s); NULL for a two-phase state.';

CREATE FUNCTION quality(state steam) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_quality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quality(steam) IS
'Vapor quality x (vapor mass fraction) of a two-phase state; NULL for a single-phase state.';

CREATE FUNCTION region(state steam) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_region' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION region(steam) IS
'IAPWS-IF97 region of the state: 1 liquid, 2 vapor, 3 near-critical, 4 two-phase (saturation), 5 high-temperature vapor.';

CREATE FUNCTION phase(state steam) RETURNS text
AS 'MODULE_PATHNAME', 'gl_phase' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION phase(steam) IS
'Phase of the state: liquid, vapor, supercritical, saturated liquid, saturated vapor or two-phase.';

-- saturation line

CREATE FUNCTION saturation_temperature(pressure float8, pressure_unit text, out_unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_saturation_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_temperature(float8, text, text) IS
'Saturation (boiling) temperature at pressure (in pressure_unit), from the triple point to the critical point; in out_unit (default K).';

CREATE FUNCTION saturation_pressure(temperature float8, temperature_unit text, out_unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_saturation_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_pressure(float8, text, text) IS
'Saturation (vapor) pressure at temperature (in temperature_unit), 273.15 K to 647.096 K; in out_unit (default MPa absolute).';

CREATE FUNCTION latent_heat(pressure float8, pressure_unit text, out_unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'gl_latent_heat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION latent_heat(float8, text, text) IS
'Latent heat of vaporization h_fg = h'''' - h'' at pressure (in pressure_unit); in out_unit (default kJ/kg; Btu/lb for US tables).';

-- comparison: equal exactly when the text forms are equal; ordered by
-- pressure, then temperature, then single-phase before two-phase, then
-- quality (-0 before 0)

CREATE FUNCTION steam_eq(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_eq(steam, steam) IS
'Implements steam = steam: true when the two canonical texts are equal (same pressure and temperature, and both single-phase or both two-phase with the same quality).';
CREATE FUNCTION steam_ne(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_ne(steam, steam) IS 'Implements steam <> steam: not steam_eq.';
CREATE FUNCTION steam_lt(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_lt(steam, steam) IS 'Implements steam < steam in the order of steam_cmp.';
CREATE FUNCTION steam_le(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_le(steam, steam) IS 'Implements steam <= steam in the order of steam_cmp.';
CREATE FUNCTION steam_gt(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_gt(steam, steam) IS 'Implements steam > steam in the order of steam_cmp.';
CREATE FUNCTION steam_ge(steam, steam) RETURNS boolean
AS 'MODULE_PATHNAME', 'gl_steam_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_ge(steam, steam) IS 'Implements steam >= steam in the order of steam_cmp.';
CREATE FUNCTION steam_cmp(steam, steam) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_steam_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_cmp(steam, steam) IS
'Btree support of steam: -1, 0 or 1, ordering by pressure, then temperature, then single-phase before two-phase, then quality (-0 before 0); 0 exactly when the canonical texts are equal.';
CREATE FUNCTION steam_hash(steam) RETURNS integer
AS 'MODULE_PATHNAME', 'gl_steam_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_hash(steam) IS
'Hash support of steam: a hash of pressure, temperature and quality, equal for equal values (steam_eq). Not for calling directly.';
CREATE FUNCTION steam_hash_extended(steam, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_steam_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION steam_hash_extended(steam, bigint) IS
'Hash support of steam with a seed (hash partitioning). Not for calling directly.';

CREATE OPERATOR = (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES);
COMMENT ON OPERATOR = (steam, steam) IS 'equal: the same canonical text';
CREATE OPERATOR <> (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (steam, steam) IS 'not equal: different canonical texts';
CREATE OPERATOR < (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (steam, steam) IS 'less than, by pressure, temperature, phase, quality';
CREATE OPERATOR <= (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (steam, steam) IS 'less than or equal, by pressure, temperature, phase, quality';
CREATE OPERATOR > (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (steam, steam) IS 'greater than, by pressure, temperature, phase, quality';
CREATE OPERATOR >= (LEFTARG = steam, RIGHTARG = steam, FUNCTION = steam_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (steam, steam) IS 'greater than or equal, by pressure, temperature, phase, quality';

CREATE OPERATOR CLASS steam_ops DEFAULT FOR TYPE steam USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 steam_cmp(steam, steam);
COMMENT ON OPERATOR FAMILY steam_ops USING btree IS
'Btree operators of steam (the family of operator class steam_ops).';
COMMENT ON OPERATOR CLASS steam_ops USING btree IS
'Default btree operator class of steam: ORDER BY, indexes, merge joins, DISTINCT and GROUP BY by sorting; ordered by pressure, temperature, phase, quality.';

CREATE OPERATOR CLASS steam_ops DEFAULT FOR TYPE steam USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 steam_hash(steam),
    FUNCTION 2 steam_hash_extended(steam, bigint);
COMMENT ON OPERATOR FAMILY steam_ops USING hash IS
'Hash operators of steam (the family of operator class steam_ops).';
COMMENT ON OPERATOR CLASS steam_ops USING hash IS
'Default hash operator class of steam: hash joins, hash aggregation (GROUP BY, DISTINCT, UNION) and hash indexes.';
