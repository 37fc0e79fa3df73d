#!/usr/bin/python3
"""Reference energy balances for greenlang's energy_balance aggregate.

Writes test/data/balance_readings.csv (facility, value, unit, direction) and
test/data/balance_reference.csv (per facility: totals in kWh, efficiency,
unaccounted energy and fraction, whether the balance closes within 5 % and
10 %, reading count).  Everything is computed with exact rational arithmetic
(fractions.Fraction) from the decimal text of each reading and the exact
definitions of the units, then rounded once to the nearest double (repr).

Unit definitions (exact): J; kJ = 1e3 J; MJ = 1e6 J; GJ = 1e9 J;
kWh = 3.6e6 J; MWh = 3.6e9 J; Btu (IT) = 1055.05585262 J;
therm = 1e5 Btu; MMBtu = 1e6 Btu.

Run by hand:  /usr/bin/python3 test/data/gen_balance_reference.py
"""
import csv
import os
import random
from fractions import Fraction as F

J = {
    'J': F(1), 'kJ': F(1000), 'MJ': F(10**6), 'GJ': F(10**9),
    'kWh': F(3600000), 'MWh': F(3600000000),
    'Btu': F('1055.05585262'), 'therm': F('1055.05585262') * 10**5,
    'MMBtu': F('1055.05585262') * 10**6,
}
KWH = F(3600000)
HERE = os.path.dirname(os.path.abspath(__file__))


def readings():
    rows = []
    # FAC-RUNBOOK: the GL-009 Scenario 9 example in mixed units
    # (fuel 1000 kWh + electricity 50 kWh in; steam 750 + electricity 200 out)
    rows += [('FAC-RUNBOOK', '1', 'MWh', 'input'), ('FAC-RUNBOOK', '180', 'MJ', 'input'),
             ('FAC-RUNBOOK', '2.7', 'GJ', 'output'), ('FAC-RUNBOOK', '200', 'kWh', 'output'),
             ('FAC-RUNBOOK', '100', 'kWh', 'loss')]
    # FAC-EDGE5: unaccounted exactly 5 % of input (closes, inclusive)
    rows += [('FAC-EDGE5', '100', 'kWh', 'input'), ('FAC-EDGE5', '90', 'kWh', 'output'),
             ('FAC-EDGE5', '5', 'kWh', 'loss')]
    # FAC-OVER: output above input (efficiency > 100 %)
    rows += [('FAC-OVER', '10', 'MMBtu', 'input'), ('FAC-OVER', '3000', 'kWh', 'output'),
             ('FAC-OVER', '1', 'therm', 'loss')]
    # FAC-NOINPUT: outputs only (the input meter is missing)
    rows += [('FAC-NOINPUT', '12.5', 'kWh', 'output'), ('FAC-NOINPUT', '3', 'kWh', 'loss')]
    # random facilities: mixed units, inputs, outputs and losses
    rnd = random.Random(20261123)
    units = list(J)
    for f in range(1, 9):
        fac = 'FAC-%03d' % f
        eff = F(rnd.randint(60, 95), 100)
        lossfrac = F(rnd.randint(0, 40), 100) * (1 - eff)
        if f == 3:
            lossfrac = 0            # this one does not close: losses unmetered
        total_in = 0
        for _ in range(rnd.randint(40, 300)):
            u = rnd.choice(units)
            kwh = F(rnd.randint(1, 10**6), 1000)          # 0.001 .. 1000 kWh
            v = kwh * KWH / J[u]
            text = '%.9g' % float(v)
            rows.append((fac, text, u, 'input'))
            total_in += F(text) * J[u]
        for direction, share in (('output', eff), ('loss', lossfrac)):
            left = total_in * share
            while left > 0:
                u = rnd.choice(units)
                part = min(left, F(rnd.randint(1, 10**6), 1000) * KWH)
                text = '%.9g' % float(part / J[u])
                rows.append((fac, text, u, direction))
                left -= F(text) * J[u]
    rnd.shuffle(rows)
    return rows


def main():
    rows = readings()
    with open(os.path.join(HERE, 'balance_readings.csv'), 'w', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['facility', 'value', 'unit', 'direction'])
        w.writerows(rows)
    tot = {}
    for fac, text, unit, direction in rows:
        t = tot.setdefault(fac, {'input': F(0), 'output': F(0), 'loss': F(0), 'n': 0})
        t[direction] += F(text) * J[unit]
        t['n'] += 1
    with open(os.path.join(HERE, 'balance_reference.csv'), 'w', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['facility', 'input_kwh', 'output_kwh', 'loss_kwh', 'efficiency',
                    'unaccounted_kwh', 'unaccounted_fraction', 'closes_5', 'closes_10',
                    'readings'])
        for fac in sorted(tot):
            t = tot[fac]
            i, o, l = t['input'], t['output'], t['loss']
            u = i - o - l
            if i > 0:
                eff, frac = repr(float(o / i)), repr(float(u / i))
                c5, c10 = abs(u) <= F(5, 100) * i, abs(u) <= F(10, 100) * i
            else:
                eff, frac = '', ''
                c5 = c10 = (u == 0)
            w.writerow([fac, repr(float(i / KWH)), repr(float(o / KWH)), repr(float(l / KWH)),
                        eff, repr(float(u / KWH)), frac, 't' if c5 else 'f',
                        't' if c10 else 'f', t['n']])


if __name__ == '__main__':
    main()
