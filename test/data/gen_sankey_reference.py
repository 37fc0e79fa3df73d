#!/usr/bin/python3
"""Reference for sql/sankey_reference.sql: a random acyclic flow network
and, computed here independently of greenlang, each node's inflow, outflow
and layer.

Layer rule (docs/sankey.md): the longest path from a source, then each
source moves right to one layer before its nearest target.

Run by hand from the top of the tree:
    /usr/bin/python3 test/data/gen_sankey_reference.py
It writes test/data/sankey_flows.csv (source,target,value: some pairs
repeated, to be summed) and test/data/sankey_nodes.csv (name,layer,in,out).
"""
import csv
import random
from fractions import Fraction

rng = random.Random(20261123)
N = 60
names = ["unit %02d" % i for i in range(N)]
# a random order of the nodes; flows only go forward in it: acyclic
order = list(range(N))
rng.shuffle(order)
rank = {n: k for k, n in enumerate(order)}

rows = []
pairs = set()
while len(pairs) < 150:
    a, b = rng.sample(range(N), 2)
    if rank[a] > rank[b]:
        a, b = b, a
    # six levels of ten nodes; a flow skips at most one level
    if not 1 <= rank[b] // 10 - rank[a] // 10 <= 2:
        continue
    pairs.add((a, b))
for a, b in sorted(pairs):
    value = rng.randint(1, 400) / 4  # exact in binary: sums are exact too
    # a pair split over one to three rows, which sankey_svg must sum
    parts = rng.randint(1, 3)
    for k in range(parts):
        rows.append((names[a], names[b], value / parts if parts != 3 else value / 4 * (2 if k == 0 else 1)))

used = sorted({n for a, b in pairs for n in (a, b)})
inflow = {n: Fraction(0) for n in used}
outflow = {n: Fraction(0) for n in used}
for s, t, v in rows:
    outflow[names.index(s)] += Fraction(v)
    inflow[names.index(t)] += Fraction(v)

succ = {n: [] for n in used}
for a, b in pairs:
    succ[a].append(b)
layer = {n: 0 for n in used}
for n in sorted(used, key=lambda n: rank[n]):  # a topological order
    for m in succ[n]:
        layer[m] = max(layer[m], layer[n] + 1)
for n in used:
    if inflow[n] == 0 and succ[n]:
        layer[n] = min(layer[m] for m in succ[n]) - 1

rng.shuffle(rows)
with open("test/data/sankey_flows.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["source", "target", "value"])
    for s, t, v in rows:
        w.writerow([s, t, repr(v)])
with open("test/data/sankey_nodes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "layer", "in", "out"])
    for n in used:
        w.writerow([names[n], layer[n], repr(float(inflow[n])), repr(float(outflow[n]))])
print(len(rows), "rows,", len(pairs), "links,", len(used), "nodes,",
      max(layer.values()) + 1, "layers")
