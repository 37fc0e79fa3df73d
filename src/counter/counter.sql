-- counter: cumulative meter registers - consumption through resets,
-- rollovers and glitches.

CREATE TYPE meter_counter;

CREATE FUNCTION meter_counter_in(cstring) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_in(cstring) IS
'Text input of meter_counter: ''reading_unit=<energy unit>, on_drop=<rebase or reset-to-zero>, rollover=<number or none>, glitch_tolerance=<number>'' then pieces after ";": a summary ''<ts> <reading> -> <ts> <reading>: readings=<n>, consumption=<decimal>, resets=<n>, rollovers=<n>, suspect_drops=<n>'' or a single reading ''<ts> <reading>'', instants in UTC like 2024-01-01T00:00:00Z. A piece that no readings could make is refused.';

CREATE FUNCTION meter_counter_out(meter_counter) RETURNS cstring
AS 'MODULE_PATHNAME', 'gl_meter_counter_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_out(meter_counter) IS
'Text output of meter_counter (the form meter_counter_in reads; consumption as an exact decimal, readings in the shortest form that reads back).';

CREATE FUNCTION meter_counter_recv(internal) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_recv(internal) IS
'Binary input of meter_counter, checked as text input is.';

CREATE FUNCTION meter_counter_send(meter_counter) RETURNS bytea
AS 'MODULE_PATHNAME', 'gl_meter_counter_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_send(meter_counter) IS
'Binary output of meter_counter: the settings as text, the numbers of summaries and single readings (int8), then per summary its first and last instant (int8 microseconds since 2000-01-01 UTC) and reading (float8), consumption in 1e-9 units (int8 high and low half), readings, resets, rollovers, suspect drops (int8); per single reading its instant (int8) and value (float8).';

CREATE TYPE meter_counter (
    INPUT = meter_counter_in,
    OUTPUT = meter_counter_out,
    RECEIVE = meter_counter_recv,
    SEND = meter_counter_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE meter_counter IS
'Summary of a cumulative meter register over a period: first and last reading, number of readings, consumption (the sum of increases through resets and rollovers, exact to 1e-9 of the unit), resets, rollovers and suspect drops, with the settings it was made with. Made by meter_counter(ts, reading, reading_unit, on_drop, ...); summaries of adjacent periods combine exactly with rollup, overlapping ones are an error.';

CREATE TYPE meter_reading AS (
    ts timestamptz,
    reading float8,
    reading_unit text
);
COMMENT ON TYPE meter_reading IS
'One reading of a cumulative meter: when, the register value, and its energy unit (first_reading, last_reading).';
COMMENT ON COLUMN meter_reading.ts IS 'Time of the reading.';
COMMENT ON COLUMN meter_reading.reading IS 'Register value, in reading_unit.';
COMMENT ON COLUMN meter_reading.reading_unit IS 'Energy unit of the register, as greenlang spells it.';

CREATE FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text) IS
'Transition function of meter_counter(ts, reading, reading_unit, on_drop); not for calling directly.';

CREATE FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text, float8) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text, float8) IS
'Transition function of meter_counter(ts, reading, reading_unit, on_drop, rollover); not for calling directly.';

CREATE FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text, float8, float8) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_trans(meter_counter, timestamptz, float8, text, text, float8, float8) IS
'Transition function of meter_counter(ts, reading, reading_unit, on_drop, rollover, glitch_tolerance); not for calling directly.';

CREATE FUNCTION meter_counter_combine(meter_counter, meter_counter) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_combine(meter_counter, meter_counter) IS
'Combine function of meter_counter and transition function of rollup(meter_counter): gathers the pieces of two states of one setting; not for calling directly.';

CREATE FUNCTION meter_counter_final(meter_counter) RETURNS meter_counter
AS 'MODULE_PATHNAME', 'gl_meter_counter_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION meter_counter_final(meter_counter) IS
'Final function of meter_counter and rollup(meter_counter): sorts and chains every piece into one summary (an error when summaries overlap); not for calling directly.';

-- SSPACE: a state takes about 2 kB when it starts (its memory context, the
-- state with the 256 bytes where its newest readings wait, the start of its
-- log) and grows by 3 to 5 bytes a reading at a steady cadence (at most
-- 19): 8 kB for a day of minute readings, the group docs/counter.md
-- suggests (aggregate per meter and day, roll the summaries up).  A rollup
-- state holds 80 bytes a summary beside the same 2 kB.
CREATE AGGREGATE meter_counter(ts timestamptz, reading float8, reading_unit text, on_drop text) (
    SFUNC = meter_counter_trans,
    STYPE = meter_counter,
    FINALFUNC = meter_counter_final,
    COMBINEFUNC = meter_counter_combine,
    SSPACE = 8192,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE meter_counter(timestamptz, float8, text, text) IS
'Summary of a cumulative register: readings in an energy unit (reading_unit), and what a drop means (on_drop): ''rebase'' (the register restarted from the new value: count from there) or ''reset-to-zero'' (it restarted at 0: the new value was consumed). Rows with a NULL ts or reading are skipped; equal instants are taken in increasing order of reading. Exact under any order and any split of the rows; keeps every reading until the final step, in a log of a few bytes a reading (3 to 5 at a steady cadence).';

CREATE AGGREGATE meter_counter(ts timestamptz, reading float8, reading_unit text, on_drop text, rollover float8) (
    SFUNC = meter_counter_trans,
    STYPE = meter_counter,
    FINALFUNC = meter_counter_final,
    COMBINEFUNC = meter_counter_combine,
    SSPACE = 8192,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE meter_counter(timestamptz, float8, text, text, float8) IS
'meter_counter with the register''s rollover (the reading at which it returns to 0, e.g. 100000; NULL: none): a drop of more than half of it is a rollover, adding rollover - before + after; a smaller drop is a reset.';

CREATE AGGREGATE meter_counter(ts timestamptz, reading float8, reading_unit text, on_drop text, rollover float8, glitch_tolerance float8) (
    SFUNC = meter_counter_trans,
    STYPE = meter_counter,
    FINALFUNC = meter_counter_final,
    COMBINEFUNC = meter_counter_combine,
    SSPACE = 8192,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE meter_counter(timestamptz, float8, text, text, float8, float8) IS
'meter_counter with a glitch tolerance (in reading_unit): a dip no larger is noise, counted as a suspect drop and not as a reset; the register is back where it was when it climbs again.';

CREATE AGGREGATE rollup(meter_counter) (
    SFUNC = meter_counter_combine,
    STYPE = meter_counter,
    FINALFUNC = meter_counter_final,
    COMBINEFUNC = meter_counter_combine,
    SSPACE = 2048,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rollup(meter_counter) IS
'Chains stored summaries of adjacent periods of one meter (hourly into daily): exactly the summary of all their readings in one pass, the step between two periods included. Summaries that overlap in time are a 22023 error.';

CREATE FUNCTION consumption(counter meter_counter) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_consumption' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION consumption(meter_counter) IS
'Energy consumed from the first to the last reading, in the readings'' unit; NULL without readings.';

CREATE FUNCTION consumption(counter meter_counter, out_unit text) RETURNS float8
AS 'MODULE_PATHNAME', 'gl_consumption_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION consumption(meter_counter, text) IS
'Energy consumed from the first to the last reading, in out_unit (any energy unit: kWh, MWh, GJ, MMBtu, ...).';

CREATE FUNCTION resets(counter meter_counter) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_resets' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION resets(meter_counter) IS
'Drops larger than the glitch tolerance that were not rollovers, handled as on_drop says.';

CREATE FUNCTION rollovers(counter meter_counter) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_rollovers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rollovers(meter_counter) IS
'Drops of more than half the rollover, read as the register passing its rollover.';

CREATE FUNCTION suspect_drops(counter meter_counter) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_suspect_drops' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION suspect_drops(meter_counter) IS
'Dips no larger than the glitch tolerance, taken as noise (not resets).';

CREATE FUNCTION readings(counter meter_counter) RETURNS bigint
AS 'MODULE_PATHNAME', 'gl_readings_counter' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION readings(meter_counter) IS
'The number of readings summarized.';

CREATE FUNCTION first_reading(counter meter_counter) RETURNS meter_reading
AS 'MODULE_PATHNAME', 'gl_first_reading' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION first_reading(meter_counter) IS
'The first reading (ts, reading, reading_unit); NULL without readings.';

CREATE FUNCTION last_reading(counter meter_counter) RETURNS meter_reading
AS 'MODULE_PATHNAME', 'gl_last_reading' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION last_reading(meter_counter) IS
'The last reading (ts, reading, reading_unit); NULL without readings.';
