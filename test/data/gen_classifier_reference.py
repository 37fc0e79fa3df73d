#!/usr/bin/python3
"""Reference values (oracles) for greenlang's classifier module, from scikit-learn,
statsmodels and scipy -- independent of greenlang's C code.

Run with Debian's interpreter (apt: python3-sklearn python3-statsmodels python3-scipy
python3-numpy), from the repository root:

    /usr/bin/python3 test/data/gen_classifier_reference.py

It prints the package versions and the checks of the issue's reference numbers on
stderr. It was last run with Python 3.11.2, numpy 1.24.2, scipy 1.10.1,
scikit-learn 1.2.1 and statsmodels 0.13.5 (Debian 12). It reads
test/data/classifier_asah.csv (pROC's aSAH data, written by gen_classifier_reference.R)
for the two aSAH cases, and skips them with a warning if that file is missing. From
scratch, the order is: this script, the R script, then this script again. Both CSV
inputs are committed, so normally either script can be rerun alone.

Files written (all CSV with a header; numbers are Python repr(), the shortest decimal
that reads back to the same double; NaN is written 'NaN', infinity 'Infinity';
an empty field means "not defined / not returned"):

  classifier_cases.csv        case_id,score,label            generated score/label data
  classifier_case_info.csv    case_id,source,n,n_pos,scores_in_unit_interval,description
  classifier_roc.csv          case_id,point,threshold,fpr,tpr,fps,tps
      every point of sklearn.metrics.roc_curve(y, s, drop_intermediate=False);
      fps/tps from sklearn.metrics._ranking._binary_clf_curve with a (0, 0) point put
      in front, exactly as roc_curve does it internally. In scikit-learn 1.2.1 the
      first point's threshold is max(score) + 1 (computed in double), NOT inf (inf came
      with scikit-learn 1.3). One point per DISTINCT score, in decreasing score order
      (ties form one point), after the extra first point.
  classifier_pr.csv           case_id,point,threshold,precision,recall
      sklearn.metrics.precision_recall_curve(y, s): one point per distinct score in
      INCREASING threshold order (1.2.1 does not cut the curve at full recall), then a
      last point precision = 1, recall = 0 that has no threshold (empty field).
  classifier_summary.csv      case_id,n,n_pos,auc,auc_exact,average_precision,ap_exact,
                              brier,brier_exact,ece_5,ece_10
      auc = roc_auc_score, average_precision = average_precision_score, brier =
      brier_score_loss (unit-interval cases only). The *_exact columns are the same
      quantities in exact rational arithmetic (fractions.Fraction over the doubles)
      rounded once to a double, as a check of sklearn's float summation:
      auc_exact = (#{pos > neg} + #{pos = neg}/2) / (n_pos n_neg);
      ap_exact = sum over distinct thresholds, decreasing, of
                 (tps_k - tps_{k-1}) / n_pos * tps_k / (tps_k + fps_k);
      brier_exact = mean (s - y)^2.
      ece_B = sum over the non-empty uniform bins of (count / n) |prob_true - prob_pred|
      with sklearn's calibration_curve output and bins (B = 5, 10), unit-interval cases.
  classifier_calibration.csv  case_id,n_bins,bin_index,bin,bin_lower,bin_upper,
                              prob_true,prob_pred,prob_pred_exact,count
      sklearn.calibration.calibration_curve(y, s, n_bins=B, strategy='uniform'),
      B = 5 and 10, unit-interval cases only. bin_index = position of the row among the
      non-empty bins that sklearn returns (empty bins are silently dropped); bin = the
      bin's number 0..B-1. scikit-learn 1.2.1 does
          bins = np.linspace(0.0, 1.0, B + 1)            # edge_k = k * (1.0 / B) in
                                                         # double, edge_B = 1.0 exactly
          binids = np.searchsorted(bins[1:-1], y_prob)   # side='left'
      so bin = number of interior edges STRICTLY below the score: bins are closed on
      the right, (edge_k, edge_{k+1}], except bin 0 = [0, edge_1]. A score equal to an
      edge goes to the LOWER bin (0.2 with B = 5 -> bin 0; 1.0 -> bin B-1). Note the
      double edges: with B = 10, edge_3 = 0.30000000000000004, edge_6 =
      0.6000000000000001, edge_7 = 0.7000000000000001; with B = 5, edge_3 =
      0.6000000000000001 (bin_lower / bin_upper hold these doubles). prob_pred is
      sklearn's (np.bincount sums in data order); prob_pred_exact is the exact mean of
      the bin's scores rounded once. count = number of scores in the bin.
  classifier_proportions.csv  kind,variant,x1,n1,x2,n2,conf,estimate,lower,upper,pvalue
      kind 'newcombe' (variant 'newcomb'): statsmodels.stats.proportion.
        confint_proportions_2indep(x1, n1, x2, n2, method='newcomb', compare='diff',
        alpha) (the method is spelled 'newcomb' in statsmodels 0.13.5; alpha is the
        literal 0.1, 0.05 or 0.01, not 1 - conf, which differs in the last bits);
        estimate = x1/n1 - x2/n2; pvalue = test_proportions_2indep(x1, n1, x2, n2,
        method='score', compare='diff', alternative='two-sided').pvalue.
      kind 'wilson' (variant 'wilson'): proportion_confint(x1, n1, alpha,
        method='wilson'); x2, n2, pvalue empty; estimate = x1/n1.
      kind 'mcnemar': statsmodels.stats.contingency_tables.mcnemar([[a, b], [c, d]])
        with b = x1, c = x2 (a, d do not enter; n1, n2, conf empty).
        variant 'exact' (exact=True): estimate = statistic = min(b, c),
        pvalue = min(1, 2 * binom.cdf(min(b, c), b + c, 0.5)).
        variant 'chi2cc' (exact=False, correction=True): estimate = statistic =
        (|b - c| - 1)^2 / (b + c) (not clamped at 0: b = c gives 1/(b+c)),
        pvalue = chi2(1).sf(statistic).

Cases (classifier_cases.csv) come from numpy.random.default_rng(20250611) except the
hand-written ones; see classifier_case_info.csv for the description of each.
"""
import csv
import math
import os
import sys
import warnings
from fractions import Fraction

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import stats
from sklearn.calibration import calibration_curve
from sklearn.metrics import (average_precision_score, brier_score_loss,
                             precision_recall_curve, roc_auc_score, roc_curve)
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import (confint_proportions_2indep,
                                          proportion_confint,
                                          test_proportions_2indep)

try:
    from sklearn.metrics._ranking import _binary_clf_curve
except ImportError:  # pragma: no cover - private helper moved
    _binary_clf_curve = None

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250611
# alpha as a literal: 1 - 0.95 is 0.050000000000000044 in double, which moves the
# interval bounds in the 15th-16th digit (the issue's references use alpha = 0.05).
ALPHA = {0.9: 0.1, 0.95: 0.05, 0.99: 0.01}


def log(*a):
    print(*a, file=sys.stderr)


def fmt(v):
    """CSV text of one value."""
    if v is None:
        return ''
    if isinstance(v, (bool, np.bool_)):
        return 'true' if v else 'false'
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if math.isnan(v):
            return 'NaN'
        if math.isinf(v):
            return 'Infinity' if v > 0 else '-Infinity'
        return repr(v)
    return str(v)


def write_csv(name, header, rows):
    path = os.path.join(HERE, name)
    with open(path, 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            w.writerow([fmt(v) for v in r])
    log(f'wrote {name}: {len(rows)} rows')


# --------------------------------------------------------------------------- cases

def make_cases():
    rng = np.random.default_rng(SEED)
    cases = []  # (case_id, scores float array, labels bool array, description)

    def add(cid, s, y, desc):
        s = np.asarray(s, dtype=np.float64)
        y = np.asarray(y, dtype=bool)
        assert s.shape == y.shape
        cases.append((cid, s, y, desc))

    add('issue_calibration',
        [.05, .15, .35, .45, .55, .62, .68, .81, .86, .91, .93, .97],
        [0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1],
        'the issue\'s calibration example (5 bins: fraction positive 0,1,.5,.5,.8; '
        'mean score .1,.35,.5,.65,.896; Brier 0.199075)')

    p = rng.beta(2.0, 2.0, 200)
    y = rng.random(200) < p
    assert len(np.unique(p)) == 200
    add('continuous_unit', p, y,
        'n=200, score ~ Beta(2,2), label ~ Bernoulli(score); no ties')

    y = rng.random(300) < 0.4
    s = rng.normal(1.2 * y, 1.0)
    assert len(np.unique(s)) == 300
    add('continuous_logit', s, y,
        'n=300, label ~ Bernoulli(0.4), score ~ Normal(1.2*label, 1) (logit-like, '
        'outside [0,1]); no ties')

    raw = rng.beta(2.0, 3.0, 400)
    y = rng.random(400) < raw
    add('tied_1dec', np.round(raw, 1), y,
        'n=400, Beta(2,3) score rounded to 1 decimal (heavy ties, values on bin '
        'edges), label ~ Bernoulli(unrounded score)')

    raw = rng.random(2000)
    y = rng.random(2000) < 0.2 + 0.6 * raw
    add('tied_2dec', np.round(raw, 2), y,
        'n=2000, Uniform(0,1) score rounded to 2 decimals (ties, 0 and 1 and bin '
        'edges present), label ~ Bernoulli(0.2 + 0.6 score)')

    s, y = [], []
    for v in [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55,
              0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0]:
        s += [v, v]
        y += [True, False]
    s += [0.3, 0.6, 0.7, 0.6]
    y += [True, True, False, True]
    add('unit_edges', s, y,
        'n=46: every multiple of 0.05 in [0,1] once with each label, plus 0.3, 0.6, '
        '0.7, 0.6 (scores exactly on the 5- and 10-bin edges, and 0 and 1)')

    y = np.zeros(50, dtype=bool)
    y[rng.choice(50, 20, replace=False)] = True
    add('all_same', np.full(50, 0.5), y, 'n=50, every score 0.5, 20 positives')

    add('tiny', [0.2, 0.7], [False, True], 'n=2: one negative (0.2), one positive (0.7)')
    add('tiny_tie', [0.4, 0.4], [True, False],
        'n=2: one positive and one negative, both scored 0.4')

    s = np.concatenate([rng.uniform(0.0, 0.45, 25), rng.uniform(0.55, 1.0, 15)])
    y = np.r_[np.zeros(25, bool), np.ones(15, bool)]
    perm = rng.permutation(40)
    add('separated', s[perm], y[perm],
        'n=40, perfectly separated: 25 negatives in [0,0.45), 15 positives in [0.55,1)')

    s = np.concatenate([rng.uniform(1.0, 4.0, 22), rng.uniform(-4.0, -1.0, 18)])
    y = np.r_[np.zeros(22, bool), np.ones(18, bool)]
    perm = rng.permutation(40)
    add('inverse_separated', s[perm], y[perm],
        'n=40, inversely separated (every positive below every negative), scores in '
        '[-4,-1) and [1,4) (outside [0,1])')

    s = rng.beta(1.0, 3.0, 500)
    y = np.zeros(500, bool)
    order = np.argsort(s)
    y[order[449]] = True  # the 450th smallest score is the only positive
    add('imbalanced', s, y,
        'n=500, one positive among 500 (its score is the 450th smallest), score ~ '
        'Beta(1,3)')

    y = np.r_[np.zeros(5, bool), np.ones(195, bool)]
    s = rng.beta(3.0, 1.5, 200)
    perm = rng.permutation(200)
    add('mostly_positive', s[perm], y[perm],
        'n=200, 195 positives and 5 negatives, score ~ Beta(3,1.5) independent of '
        'the label')

    y = rng.random(300) < 0.5
    s = np.clip(np.round(rng.normal(1.0 + 2.0 * y, 2.0)), -3, 6)
    add('integer_scores', s, y,
        'n=300, integer scores -3..6 (heavy ties, outside [0,1]), '
        'Normal(1 + 2 label, 2) rounded and clipped')

    add('all_negative', np.round(rng.random(10), 3), np.zeros(10, bool),
        'n=10, no positive (AUC undefined; pROC refuses it)')
    return cases


def read_asah():
    path = os.path.join(HERE, 'classifier_asah.csv')
    if not os.path.exists(path):
        log('WARNING: classifier_asah.csv missing (run gen_classifier_reference.R); '
            'aSAH cases skipped')
        return []
    with open(path) as f:
        rows = list(csv.DictReader(f))
    y = np.array([r['outcome_poor'] == 'true' for r in rows])
    out = []
    for col in ('ndka', 's100b'):
        s = np.array([float(r[col]) for r in rows])
        out.append((f'asah_{col}', s, y,
                    f'pROC aSAH data (classifier_asah.csv): predictor {col}, label '
                    f'outcome_poor (outcome == "Poor"), n=113'))
    return out


# ------------------------------------------------------------------ exact helpers

def exact_auc(s, y):
    pos = sorted(s[y])
    neg = np.sort(s[~y])
    if not pos or len(neg) == 0:
        return None
    num2 = 0  # twice the count
    for v in pos:
        lo = int(np.searchsorted(neg, v, side='left'))
        hi = int(np.searchsorted(neg, v, side='right'))
        num2 += 2 * lo + (hi - lo)
    return float(Fraction(num2, 2 * len(pos) * len(neg)))


def exact_ap(s, y):
    npos = int(y.sum())
    if npos == 0:
        return None
    order = np.argsort(-s, kind='mergesort')
    ss, yy = s[order], y[order]
    total = Fraction(0)
    tps = fps = 0
    prev_tps = 0
    i = 0
    n = len(ss)
    while i < n:
        j = i
        while j < n and ss[j] == ss[i]:
            if yy[j]:
                tps += 1
            else:
                fps += 1
            j += 1
        total += Fraction(tps - prev_tps, npos) * Fraction(tps, tps + fps)
        prev_tps = tps
        i = j
    return float(total)


def exact_brier(s, y):
    return float(sum((Fraction(float(v)) - int(t)) ** 2 for v, t in zip(s, y))
                 / len(s))


def bin_number(s, n_bins):
    """The bin rule of sklearn 1.2.1's calibration_curve, reimplemented."""
    edges = [k * (1.0 / n_bins) for k in range(1, n_bins)]
    return np.array([sum(1 for e in edges if e < v) for v in s])


# --------------------------------------------------------------------- per case

def per_case(cases):
    roc_rows, pr_rows, sum_rows, cal_rows, info_rows = [], [], [], [], []
    n_bins_list = (5, 10)
    for cid, s, y, desc in cases:
        n, npos = len(s), int(y.sum())
        unit = bool(s.min() >= 0.0 and s.max() <= 1.0)
        source = 'asah' if cid.startswith('asah_') else 'cases'
        info_rows.append((cid, source, n, npos, unit, desc))
        yi = y.astype(int)

        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            fpr, tpr, thr = roc_curve(yi, s, drop_intermediate=False)
            if _binary_clf_curve is not None:
                fps, tps, thr2 = _binary_clf_curve(yi, s)
                fps = np.r_[0, fps]
                tps = np.r_[0, tps]
                assert np.array_equal(thr[1:], thr2)
                if npos > 0 and npos < n:
                    assert np.array_equal(fpr, fps / fps[-1])
                    assert np.array_equal(tpr, tps / tps[-1])
            else:
                fps = tps = [None] * len(thr)
            assert thr[0] == s.max() + 1  # sklearn 1.2.1 convention
            assert len(thr) == len(np.unique(s)) + 1
            for k in range(len(thr)):
                roc_rows.append((cid, k, thr[k], fpr[k], tpr[k],
                                 None if fps[k] is None else int(fps[k]),
                                 None if tps[k] is None else int(tps[k])))

            prec, rec, pthr = precision_recall_curve(yi, s)
            assert len(prec) == len(pthr) + 1 == len(np.unique(s)) + 1
            for k in range(len(prec)):
                pr_rows.append((cid, k, pthr[k] if k < len(pthr) else None,
                                prec[k], rec[k]))

            try:
                auc = float(roc_auc_score(yi, s))
            except ValueError as e:
                log(f'{cid}: roc_auc_score refuses: {e}')
                auc = None
            auc_x = exact_auc(s, y)
            if npos > 0:
                ap = float(average_precision_score(yi, s))
            else:
                # sklearn 1.2.1 returns a value with a warning ("No positive class
                # found"); it is not defined, so the reference leaves it empty.
                ap_sk = average_precision_score(yi, s)
                log(f'{cid}: average_precision_score with no positive = {ap_sk!r} '
                    '(recorded empty)')
                ap = None
            ap_x = exact_ap(s, y)

        brier = brier_x = None
        ece = {5: None, 10: None}
        if unit:
            brier = float(brier_score_loss(yi, s))
            brier_x = exact_brier(s, y)
            for nb in n_bins_list:
                pt, pp = calibration_curve(yi, s, n_bins=nb, strategy='uniform')
                edges = np.linspace(0.0, 1.0, nb + 1)
                assert all(edges[k] == k * (1.0 / nb) for k in range(nb)) \
                    and edges[nb] == 1.0
                b = np.searchsorted(edges[1:-1], s)   # sklearn's own line
                assert np.array_equal(b, bin_number(s, nb))
                nonempty = [k for k in range(nb) if np.any(b == k)]
                assert len(nonempty) == len(pt) == len(pp)
                e = 0.0
                for idx, k in enumerate(nonempty):
                    m = b == k
                    cnt = int(m.sum())
                    my_pt = float(Fraction(int(y[m].sum()), cnt))
                    pp_x = float(sum(Fraction(float(v)) for v in s[m]) / cnt)
                    assert my_pt == pt[idx], (cid, nb, k)
                    assert abs(pp_x - pp[idx]) <= 1e-13 * max(1.0, pp_x), (cid, k)
                    cal_rows.append((cid, nb, idx, k, edges[k], edges[k + 1],
                                     pt[idx], pp[idx], pp_x, cnt))
                    e += cnt / n * abs(pt[idx] - pp[idx])
                ece[nb] = e
        sum_rows.append((cid, n, npos, auc, auc_x, ap, ap_x, brier, brier_x,
                         ece[5], ece[10]))
    return roc_rows, pr_rows, sum_rows, cal_rows, info_rows


# ------------------------------------------------------------------ proportions

def proportions():
    rng = np.random.default_rng(SEED + 1)
    rows = []

    # --- Newcombe difference intervals with the score-test p-value
    pairs = [(78, 100, 93, 100), (0, 10, 0, 10), (10, 10, 10, 10), (0, 10, 10, 10),
             (10, 10, 0, 10), (0, 1, 1, 1), (1, 1, 0, 1), (0, 1, 0, 1), (1, 2, 1, 3),
             (3, 7, 0, 5), (0, 20, 1, 20), (5, 5, 3, 9), (0, 1000000, 1, 1000000),
             (500000, 1000000, 499000, 1000000), (999999, 1000000, 1000000, 1000000),
             (1, 1000000, 0, 1000), (120, 1000000, 95, 1000000), (7, 13, 7, 13),
             (2, 3, 40, 41)]
    while len(pairs) < 40:
        n1 = int(rng.choice([5, 12, 30, 80, 200, 1000, 5000]))
        n2 = int(rng.choice([5, 12, 30, 80, 200, 1000, 5000]))
        x1 = int(rng.integers(0, n1 + 1))
        x2 = int(rng.integers(0, n2 + 1))
        pairs.append((x1, n1, x2, n2))
    for i, (x1, n1, x2, n2) in enumerate(pairs):
        confs = [0.95] + ([0.9, 0.99] if i < 12 or i % 4 == 0 else [])
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            # numpy integers: with Python ints statsmodels 0.13.5 raises
            # ZeroDivisionError on its unused ratio p1 / p2 when x2 = 0
            pval = float(test_proportions_2indep(
                np.int64(x1), np.int64(n1), np.int64(x2), np.int64(n2),
                method='score', compare='diff', alternative='two-sided').pvalue)
        for conf in confs:
            lo, up = confint_proportions_2indep(x1, n1, x2, n2, method='newcomb',
                                                compare='diff', alpha=ALPHA[conf])
            est = x1 / n1 - x2 / n2
            rows.append(('newcombe', 'newcomb', x1, n1, x2, n2, conf, est,
                         float(lo), float(up), pval))

    # --- Wilson single proportions
    singles = [(2, 10), (60, 400), (0, 1), (1, 1), (0, 10), (10, 10), (1, 2),
               (0, 1000000), (1000000, 1000000), (1, 1000000), (999999, 1000000),
               (500000, 1000000), (3, 7), (50, 100), (1, 3)]
    while len(singles) < 40:
        n = int(rng.choice([3, 9, 25, 60, 150, 1000, 20000]))
        singles.append((int(rng.integers(0, n + 1)), n))
    for i, (x, n) in enumerate(singles):
        confs = [0.95] + ([0.9, 0.99] if i < 15 or i % 3 == 0 else [])
        for conf in confs:
            lo, up = proportion_confint(x, n, alpha=ALPHA[conf], method='wilson')
            rows.append(('wilson', 'wilson', x, n, None, None, conf, x / n,
                         float(lo), float(up), None))

    # --- McNemar on the discordant counts b (x1) and c (x2)
    disc = [(25, 7), (7, 25), (0, 0), (0, 1), (1, 0), (0, 5), (7, 0), (1, 1), (5, 5),
            (1, 2), (2, 1), (3, 4), (10, 0), (0, 30), (1000, 1100), (5000, 4900),
            (100000, 100500), (12, 30)]
    while len(disc) < 30:
        m = int(rng.choice([4, 15, 40, 120, 700]))
        disc.append((int(rng.integers(0, m)), int(rng.integers(0, m))))
    for b, c in disc:
        a, d = int(rng.integers(0, 100)), int(rng.integers(0, 100))
        table = [[a, b], [c, d]]
        r = mcnemar(table, exact=True)
        rows.append(('mcnemar', 'exact', b, None, c, None, None,
                     float(r.statistic), None, None, float(r.pvalue)))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            r = mcnemar(table, exact=False, correction=True)
        rows.append(('mcnemar', 'chi2cc', b, None, c, None, None,
                     float(r.statistic), None, None, float(r.pvalue)))
    return rows


# ------------------------------------------------------------------ the checks

def check_equal(what, got, want):
    ok = got == want
    log(f'  {what}: {got!r}  (reference {want!r}) {"OK exact" if ok else "DIFFERS by %r" % (got - want)}')
    return ok


def check_issue(cases, prop_rows):
    log('issue reference values:')
    cid, s, y, _ = cases[0]
    assert cid == 'issue_calibration'
    pt, pp = calibration_curve(y.astype(int), s, n_bins=5)
    log(f'  calibration 5 bins: prob_true {[float(v) for v in pt]!r}')
    log(f'                      prob_pred {[float(v) for v in pp]!r}')
    assert np.allclose(pt, [0, 1, .5, .5, .8], rtol=0, atol=1e-15)
    assert np.allclose(pp, [.1, .35, .5, .65, .896], rtol=0, atol=1e-15)
    br = float(brier_score_loss(y.astype(int), s))
    log(f'  Brier {br!r} (exact {exact_brier(s, y)!r}; reference 0.199075)')
    assert abs(br - 0.199075) < 1e-15

    lo, up = confint_proportions_2indep(78, 100, 93, 100, method='newcomb',
                                        compare='diff', alpha=0.05)
    p = test_proportions_2indep(78, 100, 93, 100, method='score', compare='diff',
                                alternative='two-sided').pvalue
    log(f'  newcombe 78/100 vs 93/100: diff {78 / 100 - 93 / 100!r}')
    ok = check_equal('newcombe lower', float(lo), -0.24746920754508572)
    ok &= check_equal('newcombe upper', float(up), -0.05276934769682705)
    ok &= check_equal('score test p', float(p), 0.002657242686436533)
    for x, n, l0, u0 in [(2, 10, 0.056682151454375246, 0.5098375284633583),
                         (60, 400, 0.11834499530337544, 0.18831361073063213)]:
        lo, up = proportion_confint(x, n, alpha=0.05, method='wilson')
        ok &= check_equal(f'wilson {x}/{n} lower', float(lo), l0)
        ok &= check_equal(f'wilson {x}/{n} upper', float(up), u0)
    r = mcnemar([[0, 25], [7, 0]], exact=True)
    ok &= check_equal('mcnemar exact p (b=25, c=7)', float(r.pvalue),
                      0.0021024015732109547)
    r = mcnemar([[0, 25], [7, 0]], exact=False, correction=True)
    ok &= check_equal('mcnemar chi2cc statistic', float(r.statistic), 9.03125)
    ok &= check_equal('mcnemar chi2cc p', float(r.pvalue), 0.0026540293594823415)
    # the same numbers as written to classifier_proportions.csv
    want = {('newcombe', 78, 93): (-0.24746920754508572, -0.05276934769682705,
                                   0.002657242686436533),
            ('wilson', 2, None): (0.056682151454375246, 0.5098375284633583, None),
            ('wilson', 60, None): (0.11834499530337544, 0.18831361073063213, None)}
    for r in prop_rows:
        key = (r[0], r[2], r[4])
        if key in want and r[6] == 0.95 and r[3] in (100, 10, 400):
            ok &= (r[8], r[9], r[10]) == want[key]
        if r[0] == 'mcnemar' and (r[2], r[4]) == (25, 7):
            ok &= r[10] == (0.0021024015732109547 if r[1] == 'exact'
                            else 0.0026540293594823415)
    if not ok:
        log('WARNING: some reference numbers are not reproduced to the last digit')


def plausibility(roc_rows, pr_rows, sum_rows, cal_rows, prop_rows):
    for r in sum_rows:
        cid, n, npos, auc, auc_x, ap, ap_x, br, br_x, e5, e10 = r
        for v in (auc, auc_x, ap, ap_x, br, br_x, e5, e10):
            assert v is None or 0.0 <= v <= 1.0, r
        if auc is not None:
            assert abs(auc - auc_x) <= 1e-15, r
        if ap is not None:
            assert abs(ap - ap_x) <= 1e-15, r
        if br is not None:
            assert abs(br - br_x) <= 1e-15, r
    for r in cal_rows:
        # the exact mean lies in its bin; sklearn's float mean may drift past the
        # edge (tied_1dec, 10 bins: 82 scores of 0.3 average to 0.30000000000000043)
        assert 0 <= r[6] <= 1 and r[4] <= r[8] <= r[5], r
        assert r[4] - 1e-13 <= r[7] <= r[5] + 1e-13, r
    for kind, var, x1, n1, x2, n2, conf, est, lo, up, p in prop_rows:
        if kind in ('newcombe', 'wilson'):
            assert lo <= est + 1e-15 and est - 1e-15 <= up, (kind, x1, n1, x2, n2)
        if p is not None and not math.isnan(p):
            assert 0.0 <= p <= 1.0


def main():
    log(f'Python {sys.version.split()[0]}, numpy {np.__version__}, scipy '
        f'{scipy.__version__}, scikit-learn {sklearn.__version__}, statsmodels '
        f'{statsmodels.__version__}')
    cases = make_cases()
    total = sum(len(c[1]) for c in cases)
    assert total < 20000
    write_csv('classifier_cases.csv', ['case_id', 'score', 'label'],
              [(cid, v, t) for cid, s, y, _ in cases for v, t in zip(s, y)])
    roc_rows, pr_rows, sum_rows, cal_rows, info_rows = per_case(cases + read_asah())
    write_csv('classifier_case_info.csv',
              ['case_id', 'source', 'n', 'n_pos', 'scores_in_unit_interval',
               'description'], info_rows)
    write_csv('classifier_roc.csv',
              ['case_id', 'point', 'threshold', 'fpr', 'tpr', 'fps', 'tps'], roc_rows)
    write_csv('classifier_pr.csv',
              ['case_id', 'point', 'threshold', 'precision', 'recall'], pr_rows)
    write_csv('classifier_summary.csv',
              ['case_id', 'n', 'n_pos', 'auc', 'auc_exact', 'average_precision',
               'ap_exact', 'brier', 'brier_exact', 'ece_5', 'ece_10'], sum_rows)
    write_csv('classifier_calibration.csv',
              ['case_id', 'n_bins', 'bin_index', 'bin', 'bin_lower', 'bin_upper',
               'prob_true', 'prob_pred', 'prob_pred_exact', 'count'], cal_rows)
    prop_rows = proportions()
    write_csv('classifier_proportions.csv',
              ['kind', 'variant', 'x1', 'n1', 'x2', 'n2', 'conf', 'estimate', 'lower',
               'upper', 'pvalue'], prop_rows)
    check_issue(cases, prop_rows)
    plausibility(roc_rows, pr_rows, sum_rows, cal_rows, prop_rows)
    # how often sklearn's float results differ from the exact ones
    d = [(r[0], r[3] - r[4]) for r in sum_rows if r[3] is not None and r[3] != r[4]]
    log(f'auc != auc_exact in {len(d)} case(s): {d}')
    d = [(r[0], r[5] - r[6]) for r in sum_rows if r[5] is not None and r[5] != r[6]]
    log(f'average_precision != ap_exact in {len(d)} case(s): {d}')
    d = [(r[0], r[7] - r[8]) for r in sum_rows if r[7] is not None and r[7] != r[8]]
    log(f'brier != brier_exact in {len(d)} case(s): {d}')
    d = sum(1 for r in cal_rows if r[7] != r[8])
    log(f'prob_pred != prob_pred_exact in {d} of {len(cal_rows)} calibration rows')


if __name__ == '__main__':
    main()
