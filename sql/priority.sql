-- incident_priority: every cell of the GL-008 impact assessment matrix
-- (seed 000, "Impact Assessment Matrix"), at both ends of each sites band;
-- the threshold rules at their boundaries.
CREATE TEMP TABLE matrix (impact text, p1_10 text, p11_50 text, p51_100 text, p100_plus text);
-- the matrix as the runbook prints it
INSERT INTO matrix VALUES
 ('Complete Outage',   'P1', 'P0', 'P0', 'P0'),
 ('Major Degradation', 'P2', 'P1', 'P1', 'P0'),
 ('Minor Issues',      'P3', 'P2', 'P2', 'P1'),
 ('Cosmetic/UX',       'P4', 'P3', 'P3', 'P2');
SELECT m.impact, s.sites, incident_priority(m.impact, s.sites) AS priority,
       incident_priority(m.impact, s.sites) = CASE s.band WHEN 1 THEN p1_10 WHEN 2 THEN p11_50
                                                          WHEN 3 THEN p51_100 ELSE p100_plus END AS ok
FROM matrix m,
     (VALUES (1, 1), (1, 10), (2, 11), (2, 50), (3, 51), (3, 100), (4, 101), (4, 2147483647)) s(band, sites)
ORDER BY m.impact, s.sites;
-- spellings: lower case, blanks, 'cosmetic' without /UX
SELECT incident_priority('complete outage', 5) AS a, incident_priority('  MAJOR DEGRADATION ', 60) AS b,
       incident_priority('minor issues', 200) AS c, incident_priority('cosmetic', 20) AS d;
-- the one name rule (docs/naming.md): "_" or a space is "-"
SELECT incident_priority('complete_outage', 5) AS a, incident_priority('Major-Degradation', 60) AS b,
       incident_priority('minor_issues', 200) AS c, incident_priority(' COSMETIC/UX', 20) AS d;
SELECT incident_priority(NULL, 1) IS NULL AS null_impact, incident_priority('cosmetic', NULL) IS NULL AS null_sites;

-- GL-008: false-positive rate > 30 % is P2 (0.30 itself is not above 30 %)
SELECT rate, fp_rate_priority(rate)
FROM (VALUES (0::float8), (0.05), (0.10), (0.30), (0.30000000000000004), (0.31), (0.5), (1)) t(rate);
SELECT fp_rate_priority(NULL) IS NULL AS null_rate;

-- GL-009 Scenario 9: efficiency outside 0-100 % is SEV1 (0 and 1 themselves are inside)
SELECT eff, efficiency_severity(eff)
FROM (VALUES (-0.01::float8), (-1e-300), (0), (0.9047619047619048), (1), (1.0000000000000002), (1.2), (90.48)) t(eff);
SELECT efficiency_severity(NULL) IS NULL AS null_eff;
-- the runbook stores percentages: say so (85.6 through the one-argument form is SEV1,
-- since that form takes a fraction); 0 and 100 are inside, just outside is SEV1
SELECT eff, efficiency_severity(eff, 'percent') AS percent, efficiency_severity(eff / 100) AS fraction
FROM (VALUES (85.6::float8), (0), (100), (100.00000000000001), (-1e-300), (104.1)) t(eff);
SELECT efficiency_severity(0.856, 'Fraction') AS fraction, efficiency_severity(1.2, ' fraction ') AS above;
SELECT efficiency_severity(NULL, 'percent') IS NULL AS null_eff, efficiency_severity(1, NULL) IS NULL AS null_scale;

-- GL-009 severity levels by calculation success rate:
-- error rate > 95 % (success < 0.05) SEV1; success < 90 % SEV2; 90-95 % SEV3; above: none
SELECT rate, calculation_success_severity(rate)
FROM (VALUES (0::float8), (0.049999999999999996), (0.05), (0.5), (0.8999999999999999), (0.90),
             (0.93), (0.95), (0.9500000000000001), (0.99), (1)) t(rate);
SELECT calculation_success_severity(NULL) IS NULL AS null_rate;

-- bad input: sql/priority_errors.sql

-- NULL means no verdict: a group with no verified alarms has a NULL rate and a NULL priority,
-- which WHERE priority = 'P2' skips; IS DISTINCT FROM 'none' keeps it (docs/priority.md)
SELECT site, fp_rate_priority(avg(fp::int)) AS priority
FROM (VALUES (1, true), (1, true), (1, false), (2, false), (3, NULL::boolean)) t(site, fp)
GROUP BY site ORDER BY site;
SELECT count(*) FILTER (WHERE priority = 'P2') AS p2, count(*) FILTER (WHERE priority IS NULL) AS unjudged,
       count(*) FILTER (WHERE priority IS DISTINCT FROM 'none') AS p2_or_unjudged
FROM (SELECT site, fp_rate_priority(avg(fp::int)) AS priority
      FROM (VALUES (1, true), (1, true), (1, false), (2, false), (3, NULL::boolean)) t(site, fp)
      GROUP BY site) g;
