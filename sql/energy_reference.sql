-- steam_energy_loss against an independent implementation: test/data/
-- energy_reference.csv, made once with python3-iapws's IAPWS-IF97 forward
-- equations (test/data/gen_energy_reference.py; the suite does not need
-- Python).  1 kg/h for 1 h in kJ is the specific energy in kJ/kg.
-- Tolerance 1e-10 relative.
CREATE TEMP TABLE ref (kind text, p float8, t float8, basis text, t_fw float8, dh float8);
\copy ref FROM PROGRAM 'grep -v "^#" test/data/energy_reference.csv' WITH (FORMAT csv, HEADER true)

CREATE TEMP TABLE got AS
SELECT r.*, CASE
         WHEN kind = 'sat' AND basis = 'latent'
           THEN steam_energy_loss(p, 'MPa', 1, 'kg/h', 1, 'latent', 'kJ')
         WHEN kind = 'sat'
           THEN steam_energy_loss(p, 'MPa', 1, 'kg/h', 1, t_fw, 'K', 'kJ')
         WHEN basis = 'latent'
           THEN steam_energy_loss(steam_reading(p, 'MPa', t, 'K'), 1, 'kg/h', 1, 'latent', 'kJ')
         ELSE steam_energy_loss(steam_reading(p, 'MPa', t, 'K'), 1, 'kg/h', 1, t_fw, 'K', 'kJ') END AS value,
       CASE WHEN kind = 'pt' THEN steam_energy_loss(steam_reading(p, 'MPa', t, 'K'), 1, 'kg/h', 1, 'latent', 'kJ') END AS via_state
FROM ref r;

SELECT kind, basis, count(*) AS cases,
       count(*) FILTER (WHERE abs(value - dh) > 1e-10 * dh) AS misses,
       count(*) FILTER (WHERE basis = 'latent' AND kind = 'pt' AND abs(via_state - dh) > 1e-10 * dh) AS state_misses,
       max(abs(value / dh - 1)) < 1e-10 AS max_rel_ok
FROM got GROUP BY kind, basis ORDER BY kind, basis;

-- the rows that miss, if any
SELECT kind, p, t, basis, t_fw, dh, value FROM got
WHERE abs(value - dh) > 1e-10 * dh ORDER BY kind, p, t LIMIT 10;
