#!/usr/bin/python3
"""Generate test/data/energy_reference.csv: independent reference values for
greenlang's steam-trap energy functions (sql/energy_reference.sql reads it).

Run by hand with the Debian interpreter that has python3-iapws:

    /usr/bin/python3 test/data/gen_energy_reference.py

Steam properties come from the iapws package's IAPWS-IF97 forward equations
(_Region1, _Region2, _Region5, _TSat_P), never from greenlang.  Pressures stay
where Tsat <= 623.15 K (p <= 16.5 MPa), so the saturated phases are regions 1
and 2.  Output is deterministic (fixed list, no timestamps).

Columns (SI: MPa absolute, K, kJ/kg):
  kind      sat:     dry saturated steam at p
            pt:      a (p, T) reading; T above Tsat (superheated) or up to
                     1.5 K below it (counts as saturated vapour)
  p, t      pressure; reading temperature (empty for sat)
  basis     latent | feedwater
  t_fw      feedwater temperature (empty for latent)
  dh        kJ per kg of steam lost: h - h'(p) or h - h(p, t_fw)
"""
import math
import os
import sys

from iapws.iapws97 import _Region1, _Region2, _Region5, _TSat_P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "energy_reference.csv")

PSI = 0.006894757293168361      # MPa per psi
ATM = 0.101325                  # MPa


def h_vap(p, T):
    return (_Region5(T, p) if T > 1073.15 else _Region2(T, p))["h"]


def rows():
    # trap pressures in psig (the table of docs/energy.md) plus a spread in MPa
    pressures = [g * PSI + ATM for g in (0, 5, 15, 50, 100, 150, 300, 600)]
    pressures += [0.001, 0.01, 0.05, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 16.0]
    for p in pressures:
        ts = _TSat_P(p)
        hf = _Region1(ts, p)["h"]
        hg = _Region2(ts, p)["h"]
        yield ("sat", p, None, "latent", None, hg - hf)
        for tfw_c in (5.0, 10.0, 60.0, 105.0):
            tfw = tfw_c + 273.15
            if tfw < ts - 1.0:
                yield ("sat", p, None, "feedwater", tfw, hg - _Region1(tfw, p)["h"])
        # superheated readings
        for dT in (0.5, 10.0, 100.0, 400.0):
            T = ts + dT
            if T > 1073.15 and p > 50:
                continue
            h = h_vap(p, T)
            yield ("pt", p, T, "latent", None, h - hf)
            tfw = 10.0 + 273.15
            if tfw < ts - 1.0:
                yield ("pt", p, T, "feedwater", tfw, h - _Region1(tfw, p)["h"])
        # readings a little below Tsat: saturated vapour
        for dT in (0.0, -0.07 * 5 / 9, -1.5):
            yield ("pt", p, ts + dT, "latent", None, hg - hf)


def main():
    with open(OUT, "w") as f:
        f.write("# greenlang energy reference, made by test/data/gen_energy_reference.py\n")
        f.write("# with iapws %s IAPWS-IF97 forward equations; units MPa, K, kJ/kg\n"
                % __import__("iapws").__version__)
        f.write("kind,p,t,basis,t_fw,dh\n")
        n = 0
        for kind, p, T, basis, tfw, dh in rows():
            assert math.isfinite(dh) and dh > 0, (kind, p, T, basis, dh)
            f.write("%s,%r,%s,%s,%s,%r\n" % (kind, p, "" if T is None else repr(T),
                                             basis, "" if tfw is None else repr(tfw), dh))
            n += 1
    # spot checks against published values (Btu/lb, energy.md table; DOE Tip #15)
    p150 = 150 * PSI + ATM
    ts = _TSat_P(p150)
    hfg = (_Region2(ts, p150)["h"] - _Region1(ts, p150)["h"]) / 2.326
    assert abs(hfg - 857.41) < 0.005, hfg
    e5 = (_Region2(ts, p150)["h"] - _Region1((50 - 32) * 5 / 9 + 273.15, p150)["h"]) / 2.326
    assert abs(e5 - 1177.4) < 0.05, e5
    print("wrote %d rows to %s" % (n, OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
