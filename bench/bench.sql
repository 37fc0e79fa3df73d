-- bench/bench.sql - timing helper shared by the SQL benchmarks.
-- bench_ms(query, runs): the best of runs executions of query, in ms.
CREATE OR REPLACE FUNCTION pg_temp.bench_ms(q text, runs int DEFAULT 5)
RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
  best float8 := 'Infinity';
  t0 timestamptz;
  i int;
BEGIN
  EXECUTE q;  -- warm the cache
  FOR i IN 1 .. runs LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN best;
END $$;

-- bench_result: one row per timing.  baseline names the row it is compared
-- with (same run); max_ratio is the issue's target for ms / baseline ms
-- (3 = "at most 3x the baseline", 0.1 = "at least 10x faster"); max_ms an
-- absolute target.  Either may be NULL (no target).
CREATE TEMP TABLE bench_result (name text, ms float8, baseline text,
                                max_ratio float8, max_ms float8);

-- report: each result with its ratio to its baseline, next to its target
CREATE OR REPLACE FUNCTION pg_temp.bench_report()
RETURNS TABLE (benchmark text, ms numeric, ns_per_row numeric, vs text, ratio numeric,
               target text, met text)
LANGUAGE sql AS $$
  SELECT r.name, round(r.ms::numeric, 1), round((r.ms * 1e6 / current_setting('bench.rows')::float8)::numeric, 1),
         r.baseline, round((r.ms / b.ms)::numeric, 2),
         concat_ws(', ',
                   CASE WHEN r.max_ratio >= 1 THEN 'ratio <= ' || r.max_ratio
                        WHEN r.max_ratio > 0 THEN round((1 / r.max_ratio)::numeric, 1) || 'x faster' END,
                   CASE WHEN r.max_ms IS NOT NULL THEN '<= ' || r.max_ms || ' ms' END),
         CASE WHEN r.max_ratio IS NULL AND r.max_ms IS NULL THEN ''
              WHEN (r.max_ratio IS NULL OR r.ms / b.ms <= r.max_ratio)
               AND (r.max_ms IS NULL OR r.ms <= r.max_ms) THEN 'yes'
              ELSE 'NO' END
  FROM bench_result r LEFT JOIN bench_result b ON b.name = r.baseline
$$;
