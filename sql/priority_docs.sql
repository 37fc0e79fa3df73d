-- the examples of docs/priority.md, as the page shows them
SELECT incident_priority('major degradation', 12) AS priority;
SELECT impact, incident_priority(impact, 1) AS "1-10", incident_priority(impact, 11) AS "11-50",
       incident_priority(impact, 51) AS "51-100", incident_priority(impact, 101) AS "100+"
FROM unnest(ARRAY['complete outage', 'major degradation', 'minor issues', 'cosmetic']) AS impact;

-- GL-008 Scenario 3: false-positive rate per site over the last 24 hours
CREATE TABLE trap_inspections (site_id int, status text, verified_status text, detected_at timestamptz);
INSERT INTO trap_inspections
SELECT 1 + g % 3, 'FAILED',
       CASE WHEN g % 3 = 2 AND g % 10 < 4 THEN 'FALSE_POSITIVE'
            WHEN g % 10 = 0 THEN 'FALSE_POSITIVE' ELSE 'CONFIRMED' END,
       '2025-11-26 12:00+00'::timestamptz - g * interval '1 minute'
FROM generate_series(1, 600) g;
SELECT site_id, count(*) AS verified,
       round(avg((verified_status = 'FALSE_POSITIVE')::int), 3) AS fp_rate,
       fp_rate_priority(avg((verified_status = 'FALSE_POSITIVE')::int)) AS priority
FROM trap_inspections
WHERE status = 'FAILED' AND verified_status IS NOT NULL
  AND detected_at > '2025-11-26 12:00+00'::timestamptz - interval '24 hours'
GROUP BY site_id ORDER BY site_id;
DROP TABLE trap_inspections;

-- GL-009: stored efficiencies in percent, checked as fractions
SELECT efficiency, efficiency_severity(efficiency / 100) AS severity
FROM (VALUES (90.48), (-3.2), (104.1)) AS c(efficiency);

-- GL-009: success rate of the last hour's calculations
SELECT calculation_success_severity(0.97) AS ok, calculation_success_severity(0.93) AS minor,
       calculation_success_severity(0.85) AS major, calculation_success_severity(0.02) AS critical;
