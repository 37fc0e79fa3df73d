#!/usr/bin/python3
"""Reference values for greenlang's confusion-matrix metrics and intervals.

Writes test/data/rates_reference.csv: for a fixed list of confusion
matrices (tp, fp, fn, tn), every metric computed with exact fractions
(Python's fractions and decimal at 50 digits, not greenlang's code), and
for every proportion the Wilson and Clopper-Pearson interval at three
confidence levels from SciPy (scipy.stats.binomtest(k, n).proportion_ci).
F1 intervals are the interval of J = TP / (TP + FP + FN) mapped through
F1 = 2J / (1 + J).

SciPy's "exact" (Clopper-Pearson) bounds lose digits for small proportions
of large samples (1e-7 relative at k = 1, n = 1e6, where the bound is
1 - (1 - alpha/2)^(1/n) in closed form), so the Clopper-Pearson bounds are
solved here instead: bisection on p of the binomial tail equations, the
tails summed term by term in 60-digit decimal arithmetic (the shorter side),
to 1e-21 relative.  The Wilson bounds are SciPy's.

Run with the Debian interpreter, which has SciPy:
    /usr/bin/python3 test/data/gen_rates_reference.py > test/data/rates_reference.csv
"""
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

import scipy
from scipy.stats import binomtest

getcontext().prec = 60

MATRICES = [
    (90, 10, 15, 885),        # shared/reference/energy.md worked example
    (0, 0, 0, 0),
    (1, 0, 0, 0),
    (0, 1, 0, 0),
    (0, 0, 1, 0),
    (0, 0, 0, 1),
    (5, 5, 5, 5),
    (3, 1, 2, 0),
    (7, 3, 0, 40),
    (12, 4788, 30, 170),
    (950, 50, 40, 960),
    (17, 983, 2, 99998),
    (123456, 2345, 3456, 9876543),
    (1, 1, 1, 1000000),
]

CONFS = [0.95, 0.9, 0.99]


def ratio(k, n):
    return None if n == 0 else float(Fraction(k, n))


def props(tp, fp, fn, tn):
    return {
        "precision": (tp, tp + fp),
        "recall": (tp, tp + fn),
        "specificity": (tn, tn + fp),
        "false_positive_rate": (fp, fp + tn),
        "false_discovery_rate": (fp, tp + fp),
        "accuracy": (tp + tn, tp + fp + fn + tn),
        "jaccard": (tp, tp + fp + fn),
    }


def mcc(tp, fp, fn, tn):
    sums = [tp + fp, tp + fn, tn + fp, tn + fn]
    if 0 in sums:
        return None
    num = Decimal(tp * tn - fp * fn)
    den = (Decimal(sums[0] * sums[1] * sums[2] * sums[3])).sqrt()
    return float(num / den)


def cdf(j, n, p):
    """P(X <= j), X ~ Binomial(n, p), as a Decimal; 0 <= j < n, 0 < p < 1."""
    q = 1 - p
    if j > n // 2:
        # the other side: P(X <= j) = 1 - P(Y <= n - j - 1), Y ~ Bin(n, q)
        return 1 - cdf(n - j - 1, n, q)
    term = q ** n
    total = term
    for i in range(j):
        term = term * (n - i) / (i + 1) * p / q
        total += term
    return total


def solve(f, target, increasing):
    """p in (0, 1) with f(p) = target, by bisection to 1e-21 relative."""
    lo, hi = Decimal(0), Decimal(1)
    while hi - lo > hi * Decimal("1e-21"):
        mid = (lo + hi) / 2
        if (f(mid) < target) == increasing:
            lo = mid
        else:
            hi = mid
    return float((lo + hi) / 2)


def clopper_pearson(k, n, conf):
    t = (1 - Decimal(repr(conf))) / 2
    lo = 0.0 if k == 0 else solve(lambda p: 1 - cdf(k - 1, n, p), t, True)
    hi = 1.0 if k == n else solve(lambda p: cdf(k, n, p), t, False)
    return lo, hi


def fmt(x):
    return "" if x is None else repr(x)


def main():
    out = sys.stdout
    out.write("# Confusion-matrix metrics (exact fractions) and binomial intervals:\n")
    out.write("# wilson from scipy %s binomtest(k, n).proportion_ci, clopper-pearson\n"
              "# solved in 60-digit decimal arithmetic;\n" % scipy.__version__)
    out.write("# written by test/data/gen_rates_reference.py.  metric is one of the\n")
    out.write("# proportions, f1 or mcc; k/n its counts; lower/upper empty for f1's\n")
    out.write("# plain row and for mcc; jaccard is J = TP/(TP+FP+FN) (f1 = 2J/(1+J)).\n")
    out.write("tp,fp,fn,tn,metric,k,n,value,confidence,method,lower,upper\n")
    for (tp, fp, fn, tn) in MATRICES:
        row = "%d,%d,%d,%d" % (tp, fp, fn, tn)
        for name, (k, n) in props(tp, fp, fn, tn).items():
            out.write("%s,%s,%d,%d,%s,,,,\n" % (row, name, k, n, fmt(ratio(k, n))))
            if n == 0:
                continue
            for conf in CONFS:
                for method in ("wilson", "clopper-pearson"):
                    if method == "wilson":
                        ci = binomtest(k, n).proportion_ci(confidence_level=conf, method="wilson")
                        lo, hi = float(ci.low), float(ci.high)
                    else:
                        lo, hi = clopper_pearson(k, n, conf)
                    out.write("%s,%s,%d,%d,%s,%r,%s,%r,%r\n"
                              % (row, name, k, n, fmt(ratio(k, n)), conf, method, lo, hi))
                    if name == "jaccard":
                        f1 = ratio(2 * tp, 2 * tp + fp + fn)
                        out.write("%s,f1,%d,%d,%s,%r,%s,%r,%r\n"
                                  % (row, k, n, fmt(f1), conf, method,
                                     2 * lo / (1 + lo), 2 * hi / (1 + hi)))
        f1 = ratio(2 * tp, 2 * tp + fp + fn)
        out.write("%s,f1,%d,%d,%s,,,,\n" % (row, tp, tp + fp + fn, fmt(f1)))
        out.write("%s,mcc,,,%s,,,,\n" % (row, fmt(mcc(tp, fp, fn, tn))))


if __name__ == "__main__":
    main()
