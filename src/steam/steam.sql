-- steam: the IAPWS-IF97 steam state type and steam property functions.

CREATE TYPE steam;

CREATE FUNCTION steam_in(cstring) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_in(cstring) IS
'Text input of steam: "name=number unit" pairs, e.g. ''p=150 psig, x=1'', ''p=1 MPa, T=300 degC'', ''p=10 bar, h=2800 kJ/kg''.';

CREATE FUNCTION steam_out(steam) RETURNS cstring
AS 'MODULE_PATHNAME', 'steam_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_out(steam) IS
'Canonical text of steam: ''p=<MPa> MPa, T=<K> K'' (plus '', x=<quality>'' when two-phase); reads back to the same value.';

CREATE FUNCTION steam_recv(internal) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_recv(internal) IS
'Binary input of steam (float8 p in MPa, T in K, x or -1), validated like text input.';

CREATE FUNCTION steam_send(steam) RETURNS bytea
AS 'MODULE_PATHNAME', 'steam_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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

CREATE FUNCTION steam_pt(p float8, p_unit text, t float8, t_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_pt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_pt(float8, text, float8, text) IS
'Steam state from pressure and temperature, e.g. steam_pt(150, ''psig'', 500, ''degF''). A point exactly on the saturation line is an error: use steam_px.';

CREATE FUNCTION steam_px(p float8, p_unit text, x float8) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_px' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_px(float8, text, float8) IS
'Saturated or wet steam from pressure and vapor quality x in [0,1] (0 saturated liquid, 1 saturated vapor).';

CREATE FUNCTION steam_tx(t float8, t_unit text, x float8) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_tx' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_tx(float8, text, float8) IS
'Saturated or wet steam from temperature and vapor quality x in [0,1].';

CREATE FUNCTION steam_ph(p float8, p_unit text, h float8, h_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_ph' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ph(float8, text, float8, text) IS
'Steam state from pressure and specific enthalpy; enthalpy() of the result returns h again.';

CREATE FUNCTION steam_ps(p float8, p_unit text, s float8, s_unit text) RETURNS steam
AS 'MODULE_PATHNAME', 'steam_ps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION steam_ps(float8, text, float8, text) IS
'Steam state from pressure and specific entropy; entropy() of the result returns s again.';

-- accessors

CREATE FUNCTION temperature(state steam, unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION temperature(steam, text) IS
'Temperature of a steam state, in unit (default K; also degC, degF, degR).';

CREATE FUNCTION pressure(state steam, unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pressure(steam, text) IS
'Pressure of a steam state, in unit (default MPa absolute; gauge units such as psig allowed).';

CREATE FUNCTION enthalpy(state steam, unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_enthalpy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION enthalpy(steam, text) IS
'Specific enthalpy h, in unit (default kJ/kg; also J/kg, Btu/lb).';

CREATE FUNCTION internal_energy(state steam, unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_internal_energy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION internal_energy(steam, text) IS
'Specific internal energy u, in unit (default kJ/kg).';

CREATE FUNCTION entropy(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_entropy' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION entropy(steam, text) IS
'Specific entropy s, in unit (default kJ/(kg*K); also Btu/(lb*degF)).';

CREATE FUNCTION cp(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_cp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cp(steam, text) IS
'Specific isobaric heat capacity, in unit (default kJ/(kg*K)); NULL for a two-phase state, where it is undefined.';

CREATE FUNCTION cv(state steam, unit text DEFAULT 'kJ/(kg*K)') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_cv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cv(steam, text) IS
'Specific isochoric heat capacity, in unit (default kJ/(kg*K)); NULL for a two-phase state.';

CREATE FUNCTION specific_volume(state steam, unit text DEFAULT 'm3/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_specific_volume' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION specific_volume(steam, text) IS
'Specific volume v, in unit (default m3/kg; also ft3/lb); the mixture value for a two-phase state.';

CREATE FUNCTION density(state steam, unit text DEFAULT 'kg/m3') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_density' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION density(steam, text) IS
'Density 1/v, in unit (default kg/m3; also lb/ft3).';

CREATE FUNCTION speed_of_sound(state steam, unit text DEFAULT 'm/s') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_speed_of_sound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speed_of_sound(steam, text) IS
'Speed of sound w, in unit (default m/s); NULL for a two-phase state.';

CREATE FUNCTION quality(state steam) RETURNS float8
AS 'MODULE_PATHNAME', 'steam_quality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION quality(steam) IS
'Vapor quality x (vapor mass fraction) of a two-phase state; NULL for a single-phase state.';

CREATE FUNCTION region(state steam) RETURNS integer
AS 'MODULE_PATHNAME', 'steam_region' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION region(steam) IS
'IAPWS-IF97 region of the state: 1 liquid, 2 vapor, 3 near-critical, 4 two-phase (saturation), 5 high-temperature vapor.';

CREATE FUNCTION phase(state steam) RETURNS text
AS 'MODULE_PATHNAME', 'steam_phase' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION phase(steam) IS
'Phase of the state: liquid, vapor, supercritical, saturated liquid, saturated vapor or two-phase.';

-- saturation line

CREATE FUNCTION saturation_temperature(p float8, p_unit text, out_unit text DEFAULT 'K') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_saturation_temperature' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_temperature(float8, text, text) IS
'Saturation (boiling) temperature at pressure p, from the triple point to the critical point; in out_unit (default K).';

CREATE FUNCTION saturation_pressure(t float8, t_unit text, out_unit text DEFAULT 'MPa') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_saturation_pressure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION saturation_pressure(float8, text, text) IS
'Saturation (vapor) pressure at temperature t, 273.15 K to 647.096 K; in out_unit (default MPa absolute).';

CREATE FUNCTION latent_heat(p float8, p_unit text, out_unit text DEFAULT 'kJ/kg') RETURNS float8
AS 'MODULE_PATHNAME', 'steam_latent_heat' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION latent_heat(float8, text, text) IS
'Latent heat of vaporization h_fg = h'''' - h'' at pressure p; in out_unit (default kJ/kg; Btu/lb for US tables).';
