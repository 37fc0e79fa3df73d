-- meter_counter gives the same summary, to the bit, whatever order its rows
-- come in: sorted, reversed, random, rotated (a scan that starts mid-table),
-- in many short ordered runs, and split among the workers of a parallel
-- plan; on registers that never drop, consumption equals the lag() query
-- written independently, exactly (readings in 1/64 steps).  A working
-- state with readings (its compact form) reads back through text and
-- binary.
SET TimeZone = 'UTC';
SELECT setseed(0.625);
-- 12 registers read at irregular instants over 10 days (some at the same
-- instant), climbing in 1/64 steps: no drop
CREATE TABLE cnt_o AS
SELECT meter, ts, (sum(step) OVER (PARTITION BY meter ORDER BY ts, step, k))::float8 AS reading
FROM (SELECT m AS meter, k,
             timestamptz '2024-03-01' + (floor(random() * 14400) * interval '1 minute') AS ts,
             floor(random() * 4096) / 64 AS step
      FROM generate_series(1, 12) m, generate_series(1, 3000) k) s
ORDER BY random();
ALTER TABLE cnt_o SET (parallel_workers = 2);
ANALYZE cnt_o;
SELECT count(*) AS rows, count(DISTINCT meter) AS meters,
       count(*) - count(DISTINCT (meter, ts)) AS rows_sharing_an_instant
FROM cnt_o;

-- the reference: sum(greatest(0, v - lag(v))) in time order (equal instants
-- in increasing order of reading, as meter_counter takes them)
CREATE TEMP TABLE ref AS
SELECT meter, sum(greatest(0, reading - prev)) AS cons, count(*) AS n,
       min(reading) AS first, max(reading) AS last
FROM (SELECT meter, reading, lag(reading) OVER (PARTITION BY meter ORDER BY ts, reading) AS prev
      FROM cnt_o) s
GROUP BY meter;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE fed AS
SELECT 'sorted' AS how, meter,
       meter_counter(ts, reading, 'kWh', 'rebase' ORDER BY ts, reading)::text AS c
FROM cnt_o GROUP BY meter
UNION ALL
SELECT 'reversed', meter,
       meter_counter(ts, reading, 'kWh', 'rebase' ORDER BY ts DESC, reading DESC)::text
FROM cnt_o GROUP BY meter
UNION ALL
SELECT 'random', meter,
       meter_counter(ts, reading, 'kWh', 'rebase' ORDER BY random())::text
FROM cnt_o GROUP BY meter
UNION ALL
SELECT 'rotated', meter,
       meter_counter(ts, reading, 'kWh', 'rebase' ORDER BY ts < '2024-03-06', ts, reading)::text
FROM cnt_o GROUP BY meter
UNION ALL
SELECT 'runs of 5 minutes, shuffled', meter,
       meter_counter(ts, reading, 'kWh', 'rebase'
                     ORDER BY hashint8(extract(epoch FROM ts)::bigint / 300), ts, reading)::text
FROM cnt_o GROUP BY meter
UNION ALL
SELECT 'as stored (random)', meter, meter_counter(ts, reading, 'kWh', 'rebase')::text
FROM cnt_o GROUP BY meter;

-- a parallel plan: each worker's rows interleave in time with the other's
SELECT count(*) AS settings_for_a_parallel_plan
FROM (VALUES ('parallel_setup_cost', '0'), ('parallel_tuple_cost', '0'),
             ('min_parallel_table_scan_size', '0'), ('max_parallel_workers_per_gather', '2'),
             ('parallel_leader_participation', 'off')) v(name, setting),
     LATERAL set_config(name, setting, false);
EXPLAIN (COSTS OFF)
SELECT meter, meter_counter(ts, reading, 'kWh', 'rebase') FROM cnt_o GROUP BY meter;
INSERT INTO fed
SELECT 'parallel', meter, meter_counter(ts, reading, 'kWh', 'rebase')::text
FROM cnt_o GROUP BY meter;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;

-- every order gives the sorted order's summary, text for text
SELECT f.how, count(*) AS meters, bool_and(f.c = s.c) AS same_as_sorted
FROM fed f JOIN fed s ON s.meter = f.meter AND s.how = 'sorted'
GROUP BY f.how ORDER BY f.how;
-- and the summary is the reference's: consumption, readings, first, last
SELECT f.how, bool_and(consumption(f.c::meter_counter) = r.cons) AS consumption_is_lag,
       bool_and(readings(f.c::meter_counter) = r.n) AS readings,
       bool_and((first_reading(f.c::meter_counter)).reading = r.first AND
                (last_reading(f.c::meter_counter)).reading = r.last) AS first_and_last,
       bool_and(resets(f.c::meter_counter) + rollovers(f.c::meter_counter)
                + suspect_drops(f.c::meter_counter) = 0) AS no_drops
FROM fed f JOIN ref r USING (meter)
GROUP BY f.how ORDER BY f.how;
-- a consumption that is not a round number, to show the check can fail
SELECT min(r.cons) > 1000 AND bool_or(r.cons <> floor(r.cons)) AS reference_not_trivial FROM ref r;

-- a working state with readings, out of order (its compact form, as a
-- parallel worker sends it), stored, reads back: text and binary forms
-- list the readings in order and read back to the same summary
CREATE TEMP TABLE st AS
SELECT meter_counter_trans(meter_counter_trans(meter_counter_trans(
         NULL::meter_counter, '2024-01-01 02:00', 30, 'kWh', 'rebase'),
         '2024-01-01 00:00', 10, 'kWh', 'rebase'),
         '2024-01-01 01:00', 25.5, 'kWh', 'rebase') AS c;
SELECT c FROM st;
\copy st TO 'test/out/counter_order.bin' (FORMAT binary)
CREATE TEMP TABLE st_binary (c meter_counter);
\copy st_binary FROM 'test/out/counter_order.bin' (FORMAT binary)
SELECT consumption(st.c), readings(st.c), st.c::text::meter_counter::text = st.c::text AS text_round_trip,
       b.c::text = st.c::text AS binary_round_trip,
       consumption(b.c) = consumption(st.c) AS binary_same_consumption
FROM st, st_binary b;
SELECT consumption(rollup(c)) FROM st;
DROP TABLE cnt_o;
