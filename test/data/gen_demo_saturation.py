#!/usr/bin/python3
"""Saturation properties at the demo's header pressures (IAPWS-IF97 via the
iapws package), printed as the VALUES list that demo/data.sql embeds.

Gauge pressures are made absolute with 1 standard atmosphere (101.325 kPa).
The *_as_psia columns are what a calculation gets when it wrongly reads the
gauge figure as absolute pressure (the demo's injected unit bug).
Run: /usr/bin/python3 test/data/gen_demo_saturation.py
"""
from iapws import IAPWS97

PSI_MPA = 0.006894757293168361
ATM_PSI = 101.325 / 6.894757293168361
BTU_LB_KJ_KG = 2.326


def f_of_k(t):
    return (t - 273.15) * 9.0 / 5.0 + 32.0


def sat(p_psia):
    p = p_psia * PSI_MPA
    liq = IAPWS97(P=p, x=0)
    vap = IAPWS97(P=p, x=1)
    return f_of_k(liq.T), liq.h / BTU_LB_KJ_KG, vap.h / BTU_LB_KJ_KG


makeup = IAPWS97(P=0.101325, T=(50 - 32) * 5 / 9 + 273.15).h / BTU_LB_KJ_KG
print("-- makeup water, 50 degF at 1 atm: h = %.2f Btu/lb" % makeup)
print("-- psig, tsat_f, hf_btu_lb, hg_btu_lb, tsat_f_as_psia, hg_btu_lb_as_psia")
levels = [15, 30, 50, 75, 100, 125, 150, 200, 250, 300, 400, 450, 600]
rows = []
for g in levels:
    t, hf, hg = sat(g + ATM_PSI)
    tb, _, hgb = sat(g)
    rows.append("(%d, %.2f, %.2f, %.2f, %.2f, %.2f)" % (g, t, hf, hg, tb, hgb))
print(",\n".join(rows))
