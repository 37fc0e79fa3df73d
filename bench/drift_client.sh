#!/usr/bin/env bash
# bench/drift_client.sh - from FRESH connections (a new backend for every
# run, as a runbook's psql or script session is): the bare scan, ks_drift
# and psi over drift_bench (bench/drift.sql: 1M + 1M rows), and the
# client-side path the runbook uses today (fetch both samples with
# psycopg2, scipy.stats.ks_2samp) against ks_drift, end to end.  Each
# timing is the best of 5 (single runs on this shared VM vary by 10-25 %)
# and excludes the connection set-up (both paths pay it alike).  Needs
# PGHOST etc. (bench/run.sh exports them).  Prints each ratio next to its
# target (issue 15).
set -eu
/usr/bin/python3 - <<'PY'
import time

import numpy as np
import psycopg2
import scipy
from scipy import stats


def fresh(workers=0):
    conn = psycopg2.connect('')
    cur = conn.cursor()
    cur.execute('SET max_parallel_workers_per_gather = %d' % workers)
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


def best(f, runs=5, workers=0):
    t = []
    for _ in range(runs):
        conn, cur = fresh(workers)
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
# a user's server as installed: max_parallel_workers_per_gather = 2 and the
# default costs (this cluster starts with 0); the client path is serial
tp, rp = best(server, workers=2)
print('server, PostgreSQL default parallel settings (2 workers): %8.1f ms  D = %.17g: '
      '%.1fx faster end to end (target: at least 10x: met %s)'
      % (tp * 1000, rp[0], tc / tp, met(tc / tp >= 10)))
# the floor: the bare scan is the least any server-side answer costs here
print('floor: client / bare scan = %.1fx (the most any server-side aggregate could be faster)'
      % (tc / tb))
PY
# Cancellation in the final phase (issue 14 item 5), when
# DRIFT_CANCEL_ROWS is set (e.g. 4000000: a table of that many distinct
# rows, half current): the time of the scan part (count(v)) and of the
# whole aggregate are measured first, then statement_timeout is set to
# fall after the scan, in the final phase (sort, fold, statistic, freeing);
# the figure is the overrun, from the statement's start to the 57014 error
# minus the timeout, client's clock.  Serial, then a hash aggregate of 1000
# groups (enable_sort off), whose final phase finishes group after group.
if [ -n "${DRIFT_CANCEL_ROWS:-}" ]; then
exec /usr/bin/python3 - "$DRIFT_CANCEL_ROWS" <<'PY'
import sys
import time

import psycopg2

rows = int(sys.argv[1])
conn = psycopg2.connect('')
conn.autocommit = True
cur = conn.cursor()
cur.execute('SET max_parallel_workers_per_gather = 0')
cur.execute('DROP TABLE IF EXISTS drift_cancel')
cur.execute('SELECT setseed(0.5)')
cur.execute('CREATE TABLE drift_cancel AS SELECT random() AS v, g %% 2 = 0 AS cur, g %% 1000 AS g '
            'FROM generate_series(1, %d) g' % rows)
cur.execute('VACUUM ANALYZE drift_cancel')


def timed(q):
    t0 = time.perf_counter()
    cur.execute(q)
    cur.fetchall()
    return (time.perf_counter() - t0) * 1000


def overrun(q, timeout_ms):
    cur.execute('SET statement_timeout = %d' % timeout_ms)
    t0 = time.perf_counter()
    try:
        cur.execute(q)
        cur.fetchall()
        err = 'finished'
    except psycopg2.errors.QueryCanceled:
        err = None
    took = (time.perf_counter() - t0) * 1000
    cur.execute('RESET statement_timeout')
    return took - timeout_ms, err


print('final-phase cancellation, %d rows (all values distinct, half current)' % rows)
for name, q, setup in (
        ('ks_drift serial', 'SELECT ks_drift(v, cur) FROM drift_cancel', 'RESET enable_sort'),
        ('psi serial', 'SELECT psi(v, cur) FROM drift_cancel', 'RESET enable_sort'),
        ('ks_drift hashed, 1000 groups',
         'SELECT g, ks_drift(v, cur) FROM drift_cancel GROUP BY g', 'SET enable_sort = off'),
        ('psi hashed, 1000 groups',
         'SELECT g, psi(v, cur) FROM drift_cancel GROUP BY g', 'SET enable_sort = off')):
    cur.execute(setup)
    scan = min(timed('SELECT count(v) FROM drift_cancel') for _ in range(2))
    whole = min(timed(q) for _ in range(2))
    for frac in (0.3, 0.6, 0.9):
        t = int(scan + frac * (whole - scan))
        o, err = overrun(q, t)
        if err:
            print('%-30s scan %7.0f ms, whole %7.0f ms, timeout %7d ms: finished first (no figure)'
                  % (name, scan, whole, t))
        else:
            print('%-30s scan %7.0f ms, whole %7.0f ms, timeout %7d ms: overrun %6.1f ms '
                  '(target < 100: met %s)' % (name, scan, whole, t, o, 'yes' if o < 100 else 'NO'))
cur.execute('RESET enable_sort')
cur.execute('DROP TABLE drift_cancel')
PY
fi
