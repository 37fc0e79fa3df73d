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

CREATE TEMP TABLE bench_result (name text, ms float8, baseline text);

-- report: each result with its ratio to its baseline
CREATE OR REPLACE FUNCTION pg_temp.bench_report()
RETURNS TABLE (benchmark text, ms numeric, ns_per_row numeric, vs text, ratio numeric)
LANGUAGE sql AS $$
  SELECT r.name, round(r.ms::numeric, 1), round((r.ms * 1e6 / current_setting('bench.rows')::float8)::numeric, 1),
         r.baseline, round((r.ms / b.ms)::numeric, 2)
  FROM bench_result r LEFT JOIN bench_result b ON b.name = r.baseline
$$;
