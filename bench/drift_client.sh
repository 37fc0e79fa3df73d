#!/usr/bin/env bash
# bench/drift_client.sh - from FRESH connections (a new backend for every
# run, as a runbook's psql or script session is): the bare scan, ks_drift
# and psi over drift_bench (bench/drift.sql: 1M + 1M rows), and the
# client-side path the runbook uses today (fetch both samples with
# psycopg2, scipy.stats.ks_2samp) against ks_drift, end to end.  Each
# timing is the best of 3 and excludes the connection set-up (both paths
# pay it alike).  Needs PGHOST etc. (bench/run.sh exports them).  Prints
# each ratio next to its target (issue 15).
set -eu
exec /usr/bin/python3 - <<'PY'
import time

import numpy as np
import psycopg2
import scipy
from scipy import stats


def fresh():
    conn = psycopg2.connect('')
    cur = conn.cursor()
    cur.execute('SET max_parallel_workers_per_gather = 0')
    return conn, cur


conn, cur = fresh()
cur.execute("SELECT count(*) FROM pg_class WHERE relname = 'drift_bench'")
if cur.fetchone()[0] == 0:
    raise SystemExit('drift_bench missing: run bench/drift.sql first')
cur.execute('SELECT count(v) FROM drift_bench')  # the table in shared buffers
conn.close()


def query(q):
    def run(cur):
        cur.execute(q)
        return cur.fetchall()
    return run


def client(cur):
    cur.execute('SELECT v FROM drift_bench WHERE NOT cur')
    x = np.array([r[0] for r in cur.fetchall()])
    cur.execute('SELECT v FROM drift_bench WHERE cur')
    y = np.array([r[0] for r in cur.fetchall()])
    r = stats.ks_2samp(x, y)
    return r.statistic, r.pvalue, len(x), len(y)


def server(cur):
    cur.execute('SELECT (k).statistic, (k).p_value, (k).n_baseline, (k).n_current '
                'FROM (SELECT ks_drift(v, cur) AS k FROM drift_bench) s')
    return cur.fetchone()


def best(f, runs=3):
    t = []
    for _ in range(runs):
        conn, cur = fresh()
        t0 = time.perf_counter()
        r = f(cur)
        t.append(time.perf_counter() - t0)
        conn.close()
    return min(t), r


def met(ok):
    return 'yes' if ok else 'NO'


print('scipy %s, numpy %s, psycopg2 %s' % (scipy.__version__, np.__version__,
                                            psycopg2.__version__.split()[0]))
tb, _ = best(query('SELECT count(v) FROM drift_bench'))
print('fresh connection: bare scan count(v):       %8.1f ms' % (tb * 1000))
for name, q in (('ks_drift(v, cur)', 'SELECT ks_drift(v, cur) FROM drift_bench'),
                ('psi(v, cur)', 'SELECT psi(v, cur) FROM drift_bench')):
    t, _ = best(query(q))
    print('fresh connection: %-25s %8.1f ms  %.2fx the bare scan (target <= 2.5x: met %s)'
          % (name + ':', t * 1000, t / tb, met(t / tb <= 2.5)))
tc, rc = best(client)
ts, rs = best(server)
print('client: fetch 2 samples + scipy.stats.ks_2samp: %8.1f ms  D = %.17g  p = %.6g  (n %d + %d)'
      % (tc * 1000, rc[0], rc[1], rc[2], rc[3]))
print('server: SELECT ks_drift(v, cur):                 %8.1f ms  D = %.17g  p = %.6g  (n %d + %d)'
      % (ts * 1000, rs[0], rs[1], rs[2], rs[3]))
print('ks_drift is %.1fx faster end to end (target: at least 10x: met %s); |D difference| %.2g, '
      'p relative difference %.2g' % (tc / ts, met(tc / ts >= 10), abs(rc[0] - rs[0]),
                                      abs(rc[1] - rs[1]) / rs[1]))
PY
