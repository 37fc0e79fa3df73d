-- 3040 states compared with an independent implementation: test/data/
-- if97_oracle.csv, made once with python3-iapws's forward equations and
-- scipy root-finding (see test/data/README.md; the suite does not need
-- Python).  Each group reports its size and how many states miss.
-- Tolerances: 1e-9 relative (absolute floor 1e-9 for h, s near the triple
-- point, where they vanish), 1e-8 for cp in region 3; quality to 1e-9
-- absolute; region must match.

CREATE TEMP TABLE oracle (kind text, region int, p float8, t float8, x float8,
                          h float8, s float8, v float8, cp float8, cv float8, w float8);
\copy oracle FROM PROGRAM 'grep -v "^#" test/data/if97_oracle.csv' WITH (FORMAT csv, HEADER true)

CREATE FUNCTION pg_temp.miss(got float8, want float8, tol float8, floor float8 DEFAULT 0)
RETURNS boolean LANGUAGE sql IMMUTABLE
AS 'SELECT want IS NOT NULL AND (got IS NULL OR abs(got - want) > greatest(tol * abs(want), floor))';

CREATE TEMP TABLE got AS
SELECT o.*, CASE kind
         WHEN 'pt' THEN steam_pt(p, 'MPa', t, 'K')
         WHEN 'px' THEN steam_px(p, 'MPa', x)
         WHEN 'tx' THEN steam_tx(t, 'K', x)
         WHEN 'ph' THEN steam_ph(p, 'MPa', h, 'kJ/kg')
         WHEN 'ps' THEN steam_ps(p, 'MPa', s, 'kJ/(kg*K)') END AS st
FROM oracle o;

SELECT kind, region, count(*) AS states,
       count(*) FILTER (WHERE region(st) <> region) AS region_miss,
       count(*) FILTER (WHERE pg_temp.miss(temperature(st), t, 1e-9)) AS t_miss,
       count(*) FILTER (WHERE pg_temp.miss(pressure(st), p, 1e-9)) AS p_miss,
       count(*) FILTER (WHERE pg_temp.miss(quality(st), x, 0, 1e-9)
                           OR (x IS NULL AND quality(st) IS NOT NULL)) AS x_miss,
       count(*) FILTER (WHERE pg_temp.miss(enthalpy(st), h, 1e-9, 1e-9)) AS h_miss,
       count(*) FILTER (WHERE pg_temp.miss(entropy(st), s, 1e-9, 1e-12)) AS s_miss,
       count(*) FILTER (WHERE pg_temp.miss(specific_volume(st), v, 1e-9)) AS v_miss,
       count(*) FILTER (WHERE pg_temp.miss(cp(st), cp, CASE WHEN region = 3 THEN 1e-8 ELSE 1e-9 END)) AS cp_miss,
       count(*) FILTER (WHERE pg_temp.miss(cv(st), cv, 1e-9)) AS cv_miss,
       count(*) FILTER (WHERE pg_temp.miss(speed_of_sound(st), w, 1e-9)) AS w_miss
FROM got GROUP BY kind, region ORDER BY kind, region;
