-- health_docs: every example of docs/health.md, on the example data the
-- page describes (made here, deterministic: every random number is a hash
-- of the row's key).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
\set QUIET on
CREATE FUNCTION pg_temp.u(k bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE
AS $$ SELECT ((hashint8extended(k, salt) & 4503599627370495)::float8 + 0.5) / 4503599627370496 $$;
-- the model-serving log: 60 requests a minute from 10:00 to 12:00; model
-- v1.4 until 11:00, then v1.5 (three times slower); errors 0.5 %, but
-- 12 % from 10:20 to 10:30, and 2 of 10 requests at 11:40 (a small burst)
-- followed by 50 s without traffic
CREATE TABLE inference_log AS
SELECT g AS id,
       '2025-11-25 10:00+00'::timestamptz + (g - 1) * interval '1 second' AS requested_at,
       CASE WHEN g <= 3600 THEN 'v1.4' ELSE 'v1.5' END AS model_version,
       round((CASE WHEN g <= 3600 THEN 150 ELSE 450 END * exp(0.4 * (pg_temp.u(g, 1) + pg_temp.u(g, 2) + pg_temp.u(g, 3) - 1.5)))::numeric, 1) AS latency_ms,
       CASE WHEN g IN (6003, 6007)
                 OR g NOT BETWEEN 6001 AND 6010
                    AND pg_temp.u(g, 4) < CASE WHEN g BETWEEN 1201 AND 1800 THEN 0.12 ELSE 0.005 END
            THEN 'HTTP 500' END AS error
FROM generate_series(1, 7200) g
WHERE g NOT BETWEEN 6011 AND 6060;
-- the IoT readings: four sensors and the autoencoder's reconstruction error,
-- every 10 s for two days; the second day the vibration sensor reads high
CREATE TABLE sensor_readings AS
SELECT g AS id, '2025-11-24 00:00+00'::timestamptz + g * interval '10 seconds' AS reading_at,
       round((25 + 2 * (pg_temp.u(g, 11) - 0.5))::numeric, 2) AS temperature,
       round((1013.25 + 4 * (pg_temp.u(g, 12) - 0.5))::numeric, 2) AS pressure,
       round((60 + 10 * (pg_temp.u(g, 13) - 0.5))::numeric, 1) AS humidity,
       round((0.1 + 0.05 * (pg_temp.u(g, 14) - 0.5) + CASE WHEN g > 8640 THEN 0.02 ELSE 0 END)::numeric, 4) AS vibration,
       round((0.02 * (-ln(pg_temp.u(g, 15))) * CASE WHEN g > 8640 THEN 1.8 ELSE 1 END)::numeric, 5) AS reconstruction_error
FROM generate_series(1, 17280) g;
-- verified alarms of a steam-trap classifier, two a minute from 08:00 to
-- 12:00: 5 % false, but 40 % from 09:00 to 10:30
CREATE TABLE alarm_verifications AS
SELECT g AS id, '2025-11-25 08:00+00'::timestamptz + g * interval '30 seconds' AS verified_at,
       CASE WHEN g BETWEEN 120 AND 299 THEN g % 10 < 4 ELSE g % 20 = 0 END AS false_positive
FROM generate_series(0, 479) g;
\set QUIET off
\set ECHO all

-- Error rate > 10 % for 5+ minutes
SELECT start_time, end_time, errors, events, round(rate::numeric, 3) AS rate,
       round(lower::numeric, 3) AS lower, round(upper::numeric, 3) AS upper
FROM (SELECT error_counts(requested_at, error IS NOT NULL, '1 minute') AS c FROM inference_log) x,
     error_episodes(x.c, 0.10, '5 minutes');

-- the same rule on shorter runs: the 11:40 burst appears, 2 errors in 10
SELECT start_time, end_time, errors, events, round(rate::numeric, 3) AS rate,
       round(lower::numeric, 3) AS lower
FROM (SELECT error_counts(requested_at, error IS NOT NULL, '1 minute') AS c FROM inference_log) x,
     error_episodes(x.c, 0.10, '1 minute');
-- judged by the lower bound of each minute's interval instead
SELECT start_time, end_time, errors, events, round(lower::numeric, 3) AS lower
FROM (SELECT error_counts(requested_at, error IS NOT NULL, '1 minute') AS c FROM inference_log) x,
     error_episodes(x.c, 0.08, '1 minute', by => 'lower-bound');

-- GL-008: false-positive rate > 30 % for an hour or more
SELECT start_time, end_time, errors AS false_alarms, events AS verified,
       round(rate::numeric, 3) AS fp_rate, round(lower::numeric, 3) AS lower
FROM (SELECT error_counts(verified_at, false_positive, '15 minutes') AS c FROM alarm_verifications) x,
     error_episodes(x.c, 0.30, '1 hour');

-- severity per 10 minutes, the pneumonia detector's bands
SELECT bucket_start, errors, events, round((100 * rate)::numeric, 1) AS error_pct,
       CASE band WHEN 2 THEN 'SEV-2' WHEN 1 THEN 'SEV-3' ELSE 'ok' END AS severity
FROM (SELECT error_counts(requested_at, error IS NOT NULL, '10 minutes') AS c FROM inference_log) x,
     error_rate_bands(x.c, ARRAY[0.01, 0.10])
WHERE band > 0;

-- stored hourly summaries, rolled up
CREATE TABLE error_counts_hourly AS
SELECT date_trunc('hour', requested_at) AS hour, model_version,
       error_counts(requested_at, error IS NOT NULL, '1 minute') AS counts
FROM inference_log GROUP BY 1, 2;
SELECT model_version, error_rate_interval(rollup(counts)) AS error_rate
FROM error_counts_hourly GROUP BY 1 ORDER BY 1;
SELECT count(*) AS episodes FROM (SELECT rollup(counts) AS c FROM error_counts_hourly) x,
       error_episodes(x.c, 0.10, '5 minutes');
SELECT 'width=60, buckets=13623000:2/10 13623001:60/400'::error_counts;
-- the issue's two minutes: 2 errors in 10, then 60 in 400
SELECT start_time, end_time, errors, events, rate, round(lower::numeric, 4) AS lower
FROM error_episodes('width=60, buckets=13623000:2/10 13623001:60/400', 0.10, '1 minute');
SELECT start_time, end_time, errors, events, rate, round(lower::numeric, 4) AS lower
FROM error_episodes('width=60, buckets=13623000:2/10 13623001:60/400', 0.10, '1 minute', by => 'lower-bound');

-- latency objectives, exactly
SELECT model_version, limit_counts(latency_ms, ARRAY[150, 450, 5000]) AS latency
FROM inference_log GROUP BY 1 ORDER BY 1;
SELECT model_version, round((100 * share_above(c, 450))::numeric, 2) AS pct_above_450ms,
       share_above_interval(c, 450) AS above_450ms,
       (quantile_bounds(c, 0.95)).*,
       (SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FROM inference_log i
        WHERE i.model_version = x.model_version) AS p95
FROM (SELECT model_version, limit_counts(latency_ms, ARRAY[150, 450, 5000]) AS c
      FROM inference_log GROUP BY 1) x ORDER BY 1;
SELECT * FROM limit_shares((SELECT limit_counts(latency_ms, ARRAY[150, 450, 5000]) FROM inference_log
                            WHERE model_version = 'v1.5'));
-- the share is the FILTER query's, bit for bit
SELECT share_above(limit_counts(latency_ms, ARRAY[450]), 450)
       = count(*) FILTER (WHERE latency_ms > 450)::float8 / count(*) AS same
FROM inference_log;

-- the autoencoder runbook: readings above the baseline's 99th percentile
WITH baseline AS (
  SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY reconstruction_error) AS p99
  FROM sensor_readings WHERE reading_at < '2025-11-25')
SELECT round(b.p99::numeric, 5) AS baseline_p99,
       share_above_interval(limit_counts(r.reconstruction_error, ARRAY[b.p99]), b.p99) AS above_p99
FROM sensor_readings r, baseline b
WHERE r.reading_at >= '2025-11-25'
GROUP BY b.p99;
-- drift of the reconstruction error and of each input feature
SELECT feature, round((k).statistic::numeric, 3) AS ks_d, (k).p_value < 0.001 AS p_below_0_001,
       round(p::numeric, 3) AS psi,
       CASE WHEN (k).p_value < 0.001 AND p >= 0.1 THEN 'DRIFTED'
            WHEN (k).p_value < 0.001 THEN 'small shift' ELSE 'stable' END AS verdict
FROM (SELECT feature, ks_drift(value, reading_at >= '2025-11-25') AS k,
             psi(value, reading_at >= '2025-11-25') AS p
      FROM sensor_readings,
           LATERAL (VALUES ('temperature', temperature::float8), ('pressure', pressure::float8),
                           ('humidity', humidity::float8), ('vibration', vibration::float8),
                           ('reconstruction_error', reconstruction_error::float8)) f(feature, value)
      GROUP BY feature) s
ORDER BY (k).statistic DESC;

DROP TABLE inference_log, sensor_readings, alarm_verifications, error_counts_hourly;
