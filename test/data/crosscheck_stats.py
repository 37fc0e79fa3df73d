#!/usr/bin/python3
"""Random cross-check of ks_drift and fp_rate_interval against SciPy.

Not part of `make test` (it needs python3-scipy, psycopg2 and a server with
greenlang installed, named by the PG* variables).  Run, e.g.:

    . tools/pg.sh; gl_build_install; gl_cluster_start
    psql -c 'CREATE EXTENSION greenlang'; /usr/bin/python3 test/data/crosscheck_stats.py
    gl_cluster_stop

Prints the largest relative difference per quantity.
"""
import numpy as np
import psycopg2
from scipy import stats

rng = np.random.default_rng(11)
cur = psycopg2.connect("").cursor()
worst = {}


def note(key, got, ref):
    worst[key] = max(worst.get(key, 0.0), abs(got - ref) / max(abs(ref), 1e-300))


# KS, continuous samples (no ties): statistic and exact p for each alternative
for _ in range(80):
    n1, n2 = rng.integers(3, 300, 2)
    a = rng.normal(0, 1, n1)
    b = rng.normal(rng.uniform(-0.6, 0.6), 1, n2)
    for alt in ("two-sided", "less", "greater"):
        for method in ("exact", "asymp"):
            cur.execute("SELECT (r).statistic, (r).p_value FROM"
                        " (SELECT ks_drift(%s::float8[], %s::float8[], %s, %s) r) s",
                        (list(map(float, a)), list(map(float, b)), alt, method))
            d, p = cur.fetchone()
            ref = stats.ks_2samp(a, b, alternative=alt, method=method)
            note("D", d, ref.statistic)
            note(f"p {method} {alt}", p, ref.pvalue)

# binomial intervals through the aggregate
for _ in range(200):
    n = int(rng.integers(1, 2000))
    k = int(rng.integers(0, n + 1))
    conf = float(rng.choice([0.8, 0.9, 0.95, 0.99]))
    for method, scipy_method in (("wilson", "wilson"), ("clopper-pearson", "exact")):
        cur.execute("SELECT (r).lower, (r).upper FROM (SELECT fp_rate_interval(x, %s, %s) r"
                    " FROM (SELECT g <= %s AS x FROM generate_series(1, %s) g) t) s",
                    (conf, method, k, n))
        lo, hi = cur.fetchone()
        ci = stats.binomtest(k, n).proportion_ci(confidence_level=conf, method=scipy_method)
        note(f"{method} lower", lo + 1.0, ci.low + 1.0) if ci.low < 1e-12 else note(f"{method} lower", lo, ci.low)
        note(f"{method} upper", hi, ci.high)

for key, value in sorted(worst.items()):
    print(f"{key:32s} max relative difference {value:.1e}")
