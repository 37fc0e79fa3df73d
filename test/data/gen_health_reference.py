#!/usr/bin/python3
"""Reference episodes and severity bands for sql/health.sql, computed
independently of greenlang with NumPy and statsmodels.

    /usr/bin/python3 test/data/gen_health_reference.py

(NumPy 1.24, statsmodels 0.13.5 here) writes, next to this script:

  health_events.csv     ts, failed: 6 hours of requests, 30-70 a minute,
                        with error-rate incidents injected (below)
  health_episodes.csv   case, start_time, end_time, buckets, errors, events,
                        rate, lower, upper: the episodes of each case
  health_bands.csv      bucket_start, errors, events, band: every 1-minute
                        bucket with events and its band for the thresholds
                        1 % and 10 % judged by the rate

An episode is a maximal run of consecutive buckets (no bucket without events
in between) whose judged rate is strictly above the threshold, lasting at
least min_duration; its counts are the sums over the run and its interval is
statsmodels' proportion_confint(errors, events, alpha, method='wilson') of
those sums.  The judged rate is errors / events ("rate") or the lower bound
of that Wilson interval at 95 % ("lower-bound").  Buckets are
floor((t - 2000-01-01 00:00 UTC) / width), as date_bin(width, ts,
'2000-01-01') makes them.  The script checks that no bucket's judged value
lower bound lies within 1e-9 of a threshold, so the episodes do not depend
on the last bits of a computed bound.  A rate k / n is the correctly rounded
quotient in both (IEEE division), so a rate exactly at a threshold (5 of 50
at 10 %) is judged the same: not above it.

Run once; the numbers are committed.  Re-running gives the same files (the
generator is seeded).
"""
import csv
import datetime as dt
import os

import numpy as np
from statsmodels.stats.proportion import proportion_confint

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
START = dt.datetime(2025, 11, 25, 6, 0, tzinfo=dt.timezone.utc)
MINUTES = 360
US_MIN = 60_000_000

rng = np.random.default_rng(20251126)

# error rate per minute: a quiet 0.4 % with incidents
rate = np.full(MINUTES, 0.004)
rate[30:45] = 0.15        # a 15-minute episode at 15 %
rate[80:84] = 0.30        # a short burst: 4 minutes at 30 %
rate[120:126] = 0.13      # 6 minutes at 13 % ...
rate[127:133] = 0.13      # ... a minute with no traffic (126), then 6 more
rate[200:212] = 0.06      # 12 minutes at 6 %: SEV-3 band, no episode at 10 %
rate[260:272] = 0.12      # 12 minutes at 12 % but little traffic (below)
events_per_min = rng.integers(30, 71, MINUTES)
events_per_min[126] = 0   # no traffic
events_per_min[260:272] = rng.integers(8, 13, 12)

ts_us = []
failed = []
start_us = int((START - EPOCH).total_seconds()) * 1_000_000
for m in range(MINUTES):
    n = int(events_per_min[m])
    offs = np.sort(rng.integers(0, US_MIN, n))
    fails = rng.random(n) < rate[m]
    for o, f in zip(offs, fails):
        ts_us.append(start_us + m * US_MIN + int(o))
        failed.append(bool(f))
ts_us = np.array(ts_us, dtype=np.int64)
failed = np.array(failed, dtype=bool)


def iso(us):
    t = EPOCH + dt.timedelta(microseconds=int(us))
    return t.strftime('%Y-%m-%d %H:%M:%S.%f+00')


def buckets(width_us):
    """sorted bucket indices with events, their errors and events"""
    b = np.floor_divide(ts_us, width_us)
    idx, inv = np.unique(b, return_inverse=True)
    events = np.bincount(inv)
    errors = np.bincount(inv, weights=failed.astype(np.int64)).astype(np.int64)
    return idx, errors, events


def wilson(k, n, conf=0.95):
    lo, hi = proportion_confint(k, n, alpha=1 - conf, method='wilson')
    return float(lo), float(hi)


CASES = [
    # name, width (s), threshold, min_duration (s), by
    ('rate_10pct_5min', 60, 0.10, 300, 'rate'),
    ('lower_10pct_5min', 60, 0.10, 300, 'lower-bound'),
    ('lower_5pct_3min', 60, 0.05, 180, 'lower-bound'),
    ('rate_1pct_10min', 60, 0.01, 600, 'rate'),
    ('rate_20pct_2min', 60, 0.20, 120, 'rate'),
    ('rate_5min_buckets', 300, 0.08, 600, 'rate'),
]

episodes = []
for name, width_s, thr, min_dur_s, by in CASES:
    width_us = width_s * 1_000_000
    idx, err, ev = buckets(width_us)
    rates = err / ev
    lowers = np.array([wilson(int(k), int(n))[0] for k, n in zip(err, ev)])
    judged = rates if by == 'rate' else lowers
    if by != 'rate':
        # a lower bound is a computed value: keep it clear of the threshold
        assert np.all(np.abs(judged - thr) > 1e-9), (name, 'a lower bound at the threshold')
    above = judged > thr
    i = 0
    while i < len(idx):
        if not above[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(idx) and above[j + 1] and idx[j + 1] == idx[j] + 1:
            j += 1
        nb = int(idx[j] - idx[i] + 1)
        if nb * width_s >= min_dur_s:
            k = int(err[i:j + 1].sum())
            n = int(ev[i:j + 1].sum())
            lo, hi = wilson(k, n)
            episodes.append((name, iso(idx[i] * width_us), iso((idx[j] + 1) * width_us),
                             nb, k, n, repr(k / n), repr(lo), repr(hi)))
        i = j + 1

idx, err, ev = buckets(US_MIN)
bands = []
for b, k, n in zip(idx, err, ev):
    r = k / n
    bands.append((iso(b * US_MIN), int(k), int(n), int(r > 0.01) + int(r > 0.10)))

with open(os.path.join(HERE, 'health_events.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['ts', 'failed'])
    for t, fl in zip(ts_us, failed):
        w.writerow([iso(t), 't' if fl else 'f'])
with open(os.path.join(HERE, 'health_episodes.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['case', 'start_time', 'end_time', 'buckets', 'errors', 'events', 'rate', 'lower', 'upper'])
    w.writerows(episodes)
with open(os.path.join(HERE, 'health_bands.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['bucket_start', 'errors', 'events', 'band'])
    w.writerows(bands)
print(len(ts_us), 'events,', len(episodes), 'episodes,', len(bands), 'buckets')
for e in episodes:
    print(e[:6])
