-- recalculation: the GL-008 runbook's "Energy Calculation Anomaly" (Scenario 4)
-- played on a small energy_calculations table (the columns of docs/schema.sql)
-- with one row per fault: find the affected rows, recompute them with one
-- UPDATE that stamps greenlang_version(), compare before and after.
-- docs/recalculation.md walks through the same statements.
--
-- The calculator's model (docs/schema.sql): saturated steam at the trap's
-- GAUGE pressure, Napier flow 24.24 x P_abs x D^2 x mode factor, energy from
-- 50 degF make-up water to the steam, fuel through the boiler efficiency.
-- Expected values (ref_*) come from python3-iapws, independently of the code:
--   leak_lb_h = 24.24 * (psig + 14.6959488) * D^2 * factor
--   loss_kwh  = leak_lb_h * 0.45359237 * hours * (h''(p) - h(p, 283.15 K)) / 3600
-- (iapws.IAPWS97(P=p, x=1).h and IAPWS97(P=p, T=283.15).h, p in MPa absolute).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';

CREATE TABLE energy_calculations (
	id					bigint PRIMARY KEY,
	trap_id				integer NOT NULL,
	calculated_at		timestamptz NOT NULL,
	failure_mode		text NOT NULL,
	steam_pressure_psi	numeric(6, 1) NOT NULL,		-- GAUGE, psig
	steam_temp_f		numeric(6, 2) NOT NULL,
	orifice_diameter_in numeric(6, 4) NOT NULL,
	leak_rate_lb_hr		numeric(10, 3) NOT NULL,
	steam_enthalpy_btu_lb numeric(7, 2) NOT NULL,
	period_hours		numeric(6, 1) NOT NULL,
	energy_loss_kwh		numeric(14, 3) NOT NULL,
	boiler_efficiency_pct numeric(5, 1) NOT NULL,
	fuel_energy_kwh		numeric(14, 3) NOT NULL,
	calculator_version	text NOT NULL
);

-- 1 and 7 are right; 2-6 carry one fault each (the stored numbers are what
-- the faulty calculator wrote):
--   2 sign bug: the loss is negative
--   3 Btu stored as kWh: 305,349 "kWh" is 305,349 Btu = 89.49 kWh
--   4 15 psig read as 15 psia: flow, temperature and enthalpy all too low
--   5 50 psig at 0.05 degF below saturation costed as compressed liquid
--     (267.34 Btu/lb instead of 1179.27)
--   6 a boiler efficiency of 112 %: less fuel than steam energy
INSERT INTO energy_calculations VALUES
 (1, 101, '2025-11-19 06:00+00', 'BLOW_THROUGH', 150.0, 365.87, 0.1250, 62.379, 1195.97, 24, 516.574, 80.0, 645.718, 'ec-2.2.9'),
 (2, 102, '2025-11-21 06:00+00', 'BLOW_THROUGH', 250.0, 406.04, 0.1875, 225.571, 1202.20, 24, -1877.512, 80.0, -2346.890, 'ec-2.3.0'),
 (3, 103, '2025-11-22 06:00+00', 'LEAKING', 100.0, 337.88, 0.1250, 10.860, 1189.95, 24, 305349.000, 80.0, 381686.250, 'ec-2.3.0'),
 (4, 104, '2025-11-22 07:00+00', 'BLOW_THROUGH', 15.0, 213.03, 0.2500, 22.725, 1150.90, 24, 180.948, 80.0, 226.185, 'ec-2.3.0'),
 (5, 105, '2025-11-23 06:00+00', 'BLOW_THROUGH', 50.0, 297.60, 0.1250, 24.504, 267.34, 24, 42.955, 80.0, 53.694, 'ec-2.3.0'),
 (6, 106, '2025-11-24 06:00+00', 'LEAKING', 125.0, 352.87, 0.1250, 13.227, 1193.33, 24, 109.302, 112.0, 97.591, 'ec-2.3.0'),
 (7, 107, '2025-11-25 06:00+00', 'LEAKING', 150.0, 365.87, 0.1250, 15.595, 1195.97, 24, 129.143, 80.0, 161.429, 'ec-2.3.1');

-- the expected recalculated values, from python3-iapws (see above)
CREATE TEMP TABLE ref (id bigint, leak_lb_h float8, loss_kwh float8, tsat_f float8, hg_btu_lb float8);
INSERT INTO ref VALUES
 (1, 62.378590598725715, 516.5982149377197, 365.8723, 1195.966),
 (2, 225.57057884713282, 1877.5343733050495, 406.0440, 1202.202),
 (3, 10.860272649681429, 89.49272787244895, 337.8822, 1189.952),
 (4, 44.98936239490288, 362.57470245567004, 249.7184, 1163.937),
 (5, 24.503590598725715, 200.10323720345588, 297.6515, 1179.274),
 (6, 13.227460149681429, 109.3067210724434, 352.8705, 1193.329),
 (7, 15.594647649681429, 129.14955373442993, 365.8723, 1195.966);

-- Phase 1 (runbook): negative or extreme values.  Finds 2 and 3 only.
SELECT COUNT(*) as anomaly_count,
       MIN(energy_loss_kwh) as min_energy,
       MAX(energy_loss_kwh) as max_energy
FROM energy_calculations
WHERE energy_loss_kwh < 0 OR energy_loss_kwh > 10000;

-- greenlang: recompute every row next to it and compare.  Finds 2-6: the
-- gauge-as-absolute row, the liquid-phase row and the 112 % efficiency too.
CREATE VIEW recalculated AS
SELECT e.id,
       r.leak_lb_h,
       saturation_temperature(e.steam_pressure_psi, 'psig', 'degF') AS tsat_f,
       enthalpy(steam_px(e.steam_pressure_psi, 'psig', 1), 'Btu/lb') AS hg_btu_lb,
       steam_energy_loss(e.steam_pressure_psi, 'psig', r.leak_lb_h, 'lb/h', e.period_hours,
                         50, 'degF') AS loss_kwh,
       efficiency_severity(e.boiler_efficiency_pct / 100) AS efficiency_check
FROM energy_calculations e,
     LATERAL (SELECT trap_leak_rate(e.steam_pressure_psi, 'psig', e.orifice_diameter_in, 'in',
                                    e.failure_mode, out_unit => 'lb/h') AS leak_lb_h) r;

SELECT e.id, e.energy_loss_kwh AS stored_kwh, round(c.loss_kwh::numeric, 3) AS recomputed_kwh,
       concat_ws(', ',
         CASE WHEN e.energy_loss_kwh < 0 THEN 'negative' END,
         CASE WHEN abs(e.energy_loss_kwh / c.loss_kwh / 3412.14163 - 1) < 0.01 THEN 'Btu stored as kWh' END,
         CASE WHEN abs(e.leak_rate_lb_hr - c.leak_lb_h) > 0.01 * c.leak_lb_h THEN 'flow: gauge read as absolute' END,
         CASE WHEN e.steam_enthalpy_btu_lb < 0.9 * c.hg_btu_lb THEN 'costed as liquid' END,
         CASE WHEN c.efficiency_check <> 'none' THEN 'boiler efficiency ' || e.boiler_efficiency_pct || ' % (' || c.efficiency_check || ')' END)
         AS fault
FROM energy_calculations e JOIN recalculated c USING (id)
WHERE abs(e.energy_loss_kwh - c.loss_kwh) > 0.01 * c.loss_kwh OR c.efficiency_check <> 'none'
ORDER BY e.id;

-- the right rows agree with greenlang to 0.1 % (the calculator takes 50 degF
-- water at 1 atm, greenlang at line pressure: 0.4 Btu/lb of 1178)
SELECT e.id, abs(e.energy_loss_kwh / c.loss_kwh - 1) < 1e-3 AS agrees
FROM energy_calculations e JOIN recalculated c USING (id) WHERE e.id IN (1, 7) ORDER BY 1;

-- Phase 4: the affected rows
CREATE TEMP TABLE affected_calculations AS
SELECT e.id
FROM energy_calculations e JOIN recalculated c USING (id)
WHERE abs(e.energy_loss_kwh - c.loss_kwh) > 0.01 * c.loss_kwh OR c.efficiency_check <> 'none';

-- before: totals of the affected rows
SELECT count(*) AS rows, sum(energy_loss_kwh) AS loss_kwh, sum(fuel_energy_kwh) AS fuel_kwh
FROM energy_calculations WHERE id IN (SELECT id FROM affected_calculations);

-- one UPDATE recomputes them and stamps what computed them.  An impossible
-- boiler efficiency is replaced by the plant default, 80 %.
UPDATE energy_calculations e
SET leak_rate_lb_hr = c.leak_lb_h,
    steam_temp_f = c.tsat_f,
    steam_enthalpy_btu_lb = c.hg_btu_lb,
    energy_loss_kwh = c.loss_kwh,
    boiler_efficiency_pct = CASE WHEN c.efficiency_check = 'none' THEN e.boiler_efficiency_pct ELSE 80 END,
    fuel_energy_kwh = fuel_energy(c.loss_kwh, 'kWh',
                                  CASE WHEN c.efficiency_check = 'none' THEN e.boiler_efficiency_pct / 100 ELSE 0.80 END),
    calculator_version = greenlang_version()
FROM recalculated c
WHERE c.id = e.id AND e.id IN (SELECT id FROM affected_calculations);

-- after: the same rows
SELECT count(*) AS rows, sum(energy_loss_kwh) AS loss_kwh, sum(fuel_energy_kwh) AS fuel_kwh
FROM energy_calculations WHERE id IN (SELECT id FROM affected_calculations);

-- every recalculated number against the independent reference (stored to
-- the columns' scale: 0.001 lb/h, 0.01 degF, 0.01 Btu/lb, 0.001 kWh)
SELECT e.id,
       abs(e.leak_rate_lb_hr - r.leak_lb_h) <= 0.0005 AS leak_ok,
       abs(e.steam_temp_f - r.tsat_f) <= 0.0051 AS temp_ok,
       abs(e.steam_enthalpy_btu_lb - r.hg_btu_lb) <= 0.0051 AS enthalpy_ok,
       abs(e.energy_loss_kwh - r.loss_kwh) <= 0.0005 AS loss_ok,
       abs(e.fuel_energy_kwh - r.loss_kwh / (e.boiler_efficiency_pct / 100)) <= 0.0005 AS fuel_ok,
       e.calculator_version = greenlang_version() AS stamped
FROM energy_calculations e JOIN ref r USING (id)
WHERE e.id IN (SELECT id FROM affected_calculations)
ORDER BY e.id;

-- nothing is left that the comparison flags, and the right rows were not touched
SELECT count(*) AS still_flagged
FROM energy_calculations e JOIN recalculated c USING (id)
WHERE abs(e.energy_loss_kwh - c.loss_kwh) > 0.01 * c.loss_kwh OR c.efficiency_check <> 'none';
SELECT id, calculator_version FROM energy_calculations WHERE id NOT IN (SELECT id FROM affected_calculations) ORDER BY id;

-- Phase 5 (runbook): before/after comparison
WITH before_fix AS (
  SELECT AVG(energy_loss_kwh) as avg_before
  FROM energy_calculations
  WHERE calculated_at BETWEEN '2025-11-20' AND '2025-11-25'
),
after_fix AS (
  SELECT AVG(energy_loss_kwh) as avg_after
  FROM energy_calculations
  WHERE calculated_at > '2025-11-25'
)
SELECT
  round(avg_before, 3) AS avg_before,
  round(avg_after, 3) AS avg_after,
  ROUND(100.0 * (avg_after - avg_before) / avg_before, 2) as pct_change
FROM before_fix, after_fix;

-- a reading that is not steam cannot be recalculated silently: it is an error
SELECT steam_energy_loss(steam_reading(150, 'psig', 300, 'degF'), 10, 'lb/h', 24, 50, 'degF');

DROP VIEW recalculated;
DROP TABLE energy_calculations;
