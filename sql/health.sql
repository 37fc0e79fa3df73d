-- health: error_counts and limit_counts against values computed
-- independently of greenlang.
--   1. Wilson intervals: the issue's two references and the 88 Wilson cases
--      of test/data/classifier_proportions.csv (statsmodels 0.13.5).
--   2. Episodes and bands of 17,379 requests (test/data/health_events.csv)
--      against test/data/gen_health_reference.py (NumPy, statsmodels).
--   3. Buckets are date_bin's; counts are those of GROUP BY.
--   4. share_above equals the FILTER query exactly; quantile_bounds holds
--      percentile_cont's value at every fraction.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- 1. the issue's references: 2 errors in 10 and 60 in 400 (95 % Wilson)
SELECT r.rate, round(r.lower::numeric, 15) AS lower, round(r.upper::numeric, 15) AS upper, r.n,
       abs(r.lower - want_lo) < 1e-15 AND abs(r.upper - want_hi) < 1e-15 AS matches_statsmodels
FROM (VALUES ('width=60, buckets=1:2/10'::error_counts, 0.056682151454375246::float8, 0.5098375284633583::float8),
             ('width=60, buckets=1:60/400', 0.11834499530337544, 0.18831361073063213)) v(c, want_lo, want_hi),
     error_rate_interval(v.c) r;

CREATE TEMP TABLE proportions (kind text, variant text, x1 bigint, n1 bigint, x2 bigint, n2 bigint,
                               conf float8, estimate float8, lower float8, upper float8, pvalue float8);
\copy proportions FROM 'test/data/classifier_proportions.csv' WITH (FORMAT csv, HEADER true)
-- every Wilson case, from error_counts and from limit_counts alike
SELECT count(*) AS cases,
       max(greatest(abs(e.lower - p.lower), abs(e.upper - p.upper))) < 1e-14 AS error_rate_interval_ok,
       max(greatest(abs(s.lower - p.lower), abs(s.upper - p.upper))) < 1e-14 AS share_above_interval_ok,
       bool_and(e.rate = p.estimate AND s.rate = p.estimate) AS rates_equal
FROM proportions p,
     error_rate_interval(format('width=1, buckets=7:%s/%s', p.x1, p.n1)::error_counts, p.conf) e,
     share_above_interval(format('limits=0, counts=%s %s, min=%s, max=%s', p.n1 - p.x1, p.x1,
                                 CASE WHEN p.x1 < p.n1 THEN -1 ELSE 1 END,
                                 CASE WHEN p.x1 > 0 THEN 1 ELSE -1 END)::limit_counts, 0, p.conf) s
WHERE p.kind = 'wilson' AND p.n1 > 0;

-- 2. the events of the reference
CREATE TABLE requests (ts timestamptz NOT NULL, failed boolean NOT NULL);
\copy requests FROM 'test/data/health_events.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE ref_episodes (name text, start_time timestamptz, end_time timestamptz, buckets bigint,
                                errors bigint, events bigint, rate float8, lower float8, upper float8);
\copy ref_episodes FROM 'test/data/health_episodes.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE ref_bands (bucket_start timestamptz, errors bigint, events bigint, band int);
\copy ref_bands FROM 'test/data/health_bands.csv' WITH (FORMAT csv, HEADER true)
SELECT count(*) AS requests, count(*) FILTER (WHERE failed) AS failed FROM requests;

CREATE TEMP TABLE cases (name text, width interval, threshold float8, min_duration interval, by text);
INSERT INTO cases VALUES
  ('rate_10pct_5min', '1 minute', 0.10, '5 minutes', 'rate'),
  ('lower_10pct_5min', '1 minute', 0.10, '5 minutes', 'lower-bound'),
  ('lower_5pct_3min', '1 minute', 0.05, '3 minutes', 'lower-bound'),
  ('rate_1pct_10min', '1 minute', 0.01, '10 minutes', 'rate'),
  ('rate_20pct_2min', '1 minute', 0.20, '2 minutes', 'rate'),
  ('rate_5min_buckets', '5 minutes', 0.08, '10 minutes', 'rate');
CREATE TEMP TABLE got_episodes AS
SELECT c.name, e.*
FROM cases c,
     LATERAL (SELECT error_counts(ts, failed, c.width) AS counts FROM requests) x,
     error_episodes(x.counts, c.threshold, c.min_duration, c.by) e;
-- the episodes, as greenlang finds them
SELECT name, start_time, end_time, buckets, errors, events, round(rate::numeric, 4) AS rate,
       round(lower::numeric, 4) AS lower, round(upper::numeric, 4) AS upper
FROM got_episodes ORDER BY name, start_time;
-- ... are the reference's: same runs, same counts, rates equal, bounds to 1e-14
SELECT (SELECT count(*) FROM ref_episodes) AS reference_episodes,
       count(*) FILTER (WHERE g.name IS NULL) AS missing,
       count(*) FILTER (WHERE r.name IS NULL) AS extra,
       count(*) FILTER (WHERE g.buckets <> r.buckets OR g.errors <> r.errors OR g.events <> r.events
                          OR g.rate <> r.rate OR abs(g.lower - r.lower) > 1e-14
                          OR abs(g.upper - r.upper) > 1e-14) AS differ
FROM got_episodes g FULL JOIN ref_episodes r USING (name, start_time, end_time);
-- a case the reference has no episode for
SELECT name, count(g.*) AS episodes FROM cases c LEFT JOIN got_episodes g USING (name)
GROUP BY name ORDER BY name;

-- bands for 1 % and 10 % (SEV-3 and SEV-2 of the pneumonia runbook)
CREATE TEMP TABLE got_bands AS
SELECT b.* FROM (SELECT error_counts(ts, failed, '1 minute') AS c FROM requests) x,
     error_rate_bands(x.c, ARRAY[0.01, 0.10]) b;
SELECT count(*) AS buckets, count(*) FILTER (WHERE r.bucket_start IS NULL OR g.bucket_start IS NULL) AS unmatched,
       count(*) FILTER (WHERE g.errors <> r.errors OR g.events <> r.events OR g.band <> r.band) AS differ
FROM got_bands g FULL JOIN ref_bands r USING (bucket_start);
SELECT band, count(*) AS buckets FROM got_bands GROUP BY band ORDER BY band;
-- the minute without traffic (06:00 + 126 min) has no row
SELECT count(*) AS rows_at_08_06 FROM got_bands WHERE bucket_start = '2025-11-25 08:06+00';

-- 3. buckets are date_bin(width, ts, '2000-01-01'), counts those of GROUP BY
-- (widths that do not divide an hour too), and the text form reads back
SELECT w AS width,
       (SELECT array_agg(format('%s:%s/%s', (extract(epoch FROM b - '2000-01-01+00') / extract(epoch FROM w))::bigint, e, n) ORDER BY b)
        FROM (SELECT date_bin(w, ts, '2000-01-01+00') b, count(*) FILTER (WHERE failed) e, count(*) n
              FROM requests GROUP BY 1) g)::text
       = '{' || replace(split_part(error_counts(ts, failed, w)::text, 'buckets=', 2), ' ', ',') || '}' AS same_as_date_bin,
       error_counts(ts, failed, w)::text::error_counts::text = error_counts(ts, failed, w)::text AS reads_back,
       bucket_width(error_counts(ts, failed, w)) AS bucket_width
FROM requests, (VALUES (interval '1 minute'), ('7 minutes'), ('1 hour'), ('1 day'), ('1.5 seconds')) v(w)
GROUP BY w ORDER BY w;
-- times before 2000 and NULLs: NULL rows are skipped, no row gives NULL
SELECT error_counts(ts, f, '1 hour') FROM (VALUES ('1999-12-31 23:30+00'::timestamptz, true),
  ('1999-12-31 22:59:59.999999+00', false), (NULL, true), ('2000-01-01 00:00+00', NULL)) v(ts, f);
SELECT error_counts(ts, true, '1 hour') IS NULL AS no_rows FROM requests WHERE false;
SELECT error_rate(c), error_rate_interval(c) FROM (SELECT 'width=60'::error_counts c) x;
SELECT * FROM error_episodes('width=60', 0.1, '1 minute');
-- the overall rate equals the count
SELECT error_rate(error_counts(ts, failed, '1 minute'))
       = (count(*) FILTER (WHERE failed))::float8 / count(*) AS error_rate_exact
FROM requests;

-- 4. limit_counts: latencies (ms) of the same requests, with ties at the limits
CREATE TABLE latencies AS
SELECT g AS id, CASE WHEN g % 97 = 0 THEN (ARRAY[150, 450, 5000])[1 + g % 3]
                     ELSE round((exp(5.2 + 0.8 * sin(g * 12.9898) * cos(g * 78.233)) * (1 + (g % 7)))::numeric, 1)
                END::float8 AS ms
FROM generate_series(1, 20000) g;
SELECT limit_counts(ms, ARRAY[150, 450, 5000]) FROM latencies;
-- the share above each limit is the FILTER query, to the last bit
SELECT l AS threshold,
       share_above(c, l) AS share_above,
       share_above(c, l) = (SELECT count(*) FILTER (WHERE ms > l)::float8 / count(*) FROM latencies) AS equals_filter,
       (share_above_interval(c, l)).n AS n
FROM (SELECT limit_counts(ms, ARRAY[150, 450, 5000]) c FROM latencies) x, unnest(ARRAY[150, 450, 5000]::float8[]) l;
SELECT threshold, above, n, share, round(lower::numeric, 6) AS lower, round(upper::numeric, 6) AS upper
FROM (SELECT limit_counts(ms, ARRAY[150, 450, 5000]) c FROM latencies) x, limit_shares(x.c);
-- quantile_bounds holds percentile_cont at 0, 0.001, ..., 1, on 20,000 values
-- and on subsets as small as one value
CREATE TEMP TABLE fractions AS SELECT array_agg(i / 1000.0 ORDER BY i)::float8[] AS f FROM generate_series(0, 1000) i;
SELECT n_values, count(*) AS fractions,
       count(*) FILTER (WHERE NOT (b.lower <= q AND q <= b.upper)) AS outside
FROM (VALUES (20000), (1000), (7), (2), (1)) s(n_values),
     LATERAL (SELECT limit_counts(ms, ARRAY[150, 450, 5000]) c,
                     percentile_cont((SELECT f FROM fractions)) WITHIN GROUP (ORDER BY ms) qs
              FROM latencies WHERE id <= s.n_values) x,
     LATERAL unnest(x.qs) WITH ORDINALITY u(q, k),
     LATERAL quantile_bounds(x.c, (k - 1) / 1000.0) b
GROUP BY n_values ORDER BY n_values DESC;
SELECT (quantile_bounds(c, 0.95)).*, (SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FROM latencies) AS p95
FROM (SELECT limit_counts(ms, ARRAY[150, 450, 5000]) c FROM latencies) x;
-- no values: NULL; NULL values skipped; integers and numerics as values
SELECT share_above(c, 150), quantile_bounds(c, 0.5), c
FROM (SELECT limit_counts(v, ARRAY[150]) c FROM (VALUES (NULL::float8)) t(v)) x;
SELECT limit_counts(v, ARRAY[150]) FROM (VALUES (NULL::float8)) t(v) WHERE false;
SELECT limit_counts(v, ARRAY[1.5, 2.5]) FROM (VALUES (1::numeric), (2.5), (NULL), (3)) t(v);
SELECT 'limits=1.5 2.5, counts=1 1 1, min=1, max=3'::limit_counts::text::limit_counts;
SELECT 'limits=150, counts=0 0'::limit_counts;
-- clopper-pearson too
SELECT share_above_interval('limits=0, counts=8 2, min=-1, max=1', 0, 0.95, 'Clopper_Pearson');

DROP TABLE requests, latencies;
