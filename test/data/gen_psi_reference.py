#!/usr/bin/python3
"""Reference values of the population stability index for sql/drift_psi.sql.

Computed with numpy, independently of greenlang's C code:
  edges    numpy.quantile(baseline, j/bins, method='inverted_cdf'), j = 1..bins-1
           (cross-checked against the exact order statistic ceil(j n / bins)),
           equal edges merged (numpy.unique);
  bins     right-closed: a value's bin is the number of edges below it
           (numpy.searchsorted(edges, v, side='left'));
  shares   counts / n, a zero share replaced by 1e-4;
  psi      sum (q - p) ln(q / p).
Also prints the same index under two other empty-bin conventions (for the
docs): additive smoothing (count + 0.5) / (n + 0.5 bins) and epsilon 1e-6.

The samples are plain integer arithmetic, reproduced in SQL by the test:
  a(i) = (i * 7919 % 1009) / 100            i = 1..2000
  b(i) = (i * 104729 % 1013) / 100 + 0.5    i = 1..1500
  c(i) = i * 31 % 7                         i = 1..400
  d(i) = i * 17 % 9                         i = 1..300
  e(i) = (i * 7919 % 1009) / 100 + 20       i = 1..500
Run: /usr/bin/python3 test/data/gen_psi_reference.py > test/data/psi_reference.csv
"""
import math
import sys

import numpy as np

EPS = 1e-4


def sample(name):
    if name == 'a':
        return np.array([(i * 7919 % 1009) / 100 for i in range(1, 2001)])
    if name == 'b':
        return np.array([(i * 104729 % 1013) / 100 + 0.5 for i in range(1, 1501)])
    if name == 'c':
        return np.array([float(i * 31 % 7) for i in range(1, 401)])
    if name == 'd':
        return np.array([float(i * 17 % 9) for i in range(1, 301)])
    if name == 'e':
        return np.array([(i * 7919 % 1009) / 100 + 20 for i in range(1, 501)])
    raise ValueError(name)


def edges_of(x, bins):
    probs = np.arange(1, bins) / bins
    e = np.quantile(x, probs, method='inverted_cdf')
    xs = np.sort(x)
    n = len(x)
    exact = np.array([xs[-(-j * n // bins) - 1] for j in range(1, bins)])
    if not np.array_equal(e, exact):
        sys.exit('numpy inverted_cdf disagrees with the exact order statistic')
    return np.unique(e)


def psi(x, y, bins, rule):
    edges = edges_of(x, bins)
    nb = len(edges) + 1
    cb = np.bincount(np.searchsorted(edges, x, side='left'), minlength=nb)
    cc = np.bincount(np.searchsorted(edges, y, side='left'), minlength=nb)
    if rule == 'eps':
        p = np.where(cb > 0, cb / len(x), EPS)
        q = np.where(cc > 0, cc / len(y), EPS)
    elif rule == 'eps6':
        p = np.where(cb > 0, cb / len(x), 1e-6)
        q = np.where(cc > 0, cc / len(y), 1e-6)
    else:
        p = (cb + 0.5) / (len(x) + 0.5 * nb)
        q = (cc + 0.5) / (len(y) + 0.5 * nb)
    return math.fsum((q - p) * np.log(q / p)), nb


CASES = [
    ('P1', 'a', 'b', 10),
    ('P2', 'a', 'b', 20),
    ('P3', 'a', 'b', 4),
    ('P4', 'b', 'a', 10),
    ('P5', 'c', 'd', 10),
    ('P6', 'c', 'd', 3),
    ('P7', 'a', 'e', 10),
    ('P8', 'a', 'a', 10),
]

print('# psi reference values (test/data/gen_psi_reference.py, numpy %s)' % np.__version__)
print('# psi: empty share 1e-4 (greenlang); psi_half: (count+0.5)/(n+0.5 bins); psi_eps6: empty share 1e-6')
print('id,baseline,current,bins,bins_used,psi,psi_half,psi_eps6')
for cid, xb, yc, bins in CASES:
    x = sample(xb)
    y = sample(yc)
    v, nb = psi(x, y, bins, 'eps')
    h, _ = psi(x, y, bins, 'half')
    e6, _ = psi(x, y, bins, 'eps6')
    print('%s,%s,%s,%d,%d,%r,%r,%r' % (cid, xb, yc, bins, nb, v, h, e6))
