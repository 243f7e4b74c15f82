#!/usr/bin/env python3
"""Emerging hot spots computed independently of trygg, for the cross-check fixture.

A 10 x 10 grid of 100 m squares over T = 10 time steps (cell centres 100 m apart; neighbours within
100 m: the cell and the four sharing a side), with Poisson counts (numpy, seed 11) at rate 1 and
planted patterns: a 3 x 3 block whose rate rises from 1 to 10 over the steps (intensifying), a
block hot from step 0 on at rate 6 (persistent), one hot only in the last step (new), one hot in
the last three steps (consecutive), one hot in all but the last step (historical).

Space-time Gi* (Getis & Ord 1992; Ord & Getis 1995, eq. 14 with binary self-including weights),
written out with numpy over all N = 100 x T bins: a bin's neighbours are its cell's neighbours in
its own step and the window - 1 steps before it (window 2 here). p-values from the normal
approximation (two-sided), Benjamini-Hochberg q over all bins, classes +/-1..3 at q <= .10/.05/.01.
Mann-Kendall (S, tie-corrected variance, continuity correction, two-sided normal p) of each cell's z
series, and Esri's emerging hot spot rules (see docs/NOTES.md).

Writes per bin: t,row,col,count,z,cls; then per cell: row,col,class (the code of
src/score/emerging.h). The C test recomputes z with trygg and classes each cell from the bin
classes written here with trygg_emerging_classify.

Usage: /usr/bin/python3 tools/crosscheck_emerging.py tests/fixtures/emerging/grid10_t10_w2.csv
"""
import math
import sys

import numpy as np

R = C = 10
T = 10
WINDOW = 2


def counts():
    rng = np.random.default_rng(11)
    lam = np.ones((T, R, C))
    for t in range(T):
        lam[t, 1:4, 1:4] = 1 + 9 * t / (T - 1)        # intensifying
        lam[t, 6:9, 1:4] = 6                          # persistent
        if t == T - 1:
            lam[t, 1:3, 7:9] = 12                     # new
        if t >= T - 3:
            lam[t, 5:7, 7:9] = 10                     # consecutive
        if t < T - 1:
            lam[t, 8:10, 6:8] = 8                     # historical
    return rng.poisson(lam).astype(float)


def gistar(x):
    n = R * C
    N = n * T
    flat = x.reshape(T, n)
    xs = flat.reshape(N)
    mean = xs.mean()
    s = math.sqrt((xs ** 2).mean() - mean ** 2)
    z = np.zeros(N)
    for t in range(T):
        for r in range(R):
            for c in range(C):
                nb = [(r, c)] + [(r + dr, c + dc) for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))
                                 if 0 <= r + dr < R and 0 <= c + dc < C]
                steps = range(max(0, t - WINDOW + 1), t + 1)
                vals = [x[s_, rr, cc] for s_ in steps for rr, cc in nb]
                w = len(vals)
                z[t * n + r * C + c] = (sum(vals) - mean * w) / (s * math.sqrt((N * w - w * w) / (N - 1)))
    return z


def bh(p):
    m = len(p)
    order = np.argsort(p, kind="stable")
    q = np.empty(m)
    prev = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        prev = min(prev, p[i] * m / rank)
        q[i] = min(prev, 1.0)
    return q


def classes(z, q):
    out = np.zeros(len(z), dtype=int)
    for i, (zi, qi) in enumerate(zip(z, q)):
        level = 3 if qi <= 0.01 else 2 if qi <= 0.05 else 1 if qi <= 0.10 else 0
        out[i] = level if zi > 0 else -level if zi < 0 else 0
    return out


def mann_kendall(x):
    n = len(x)
    s = sum(np.sign(x[j] - x[k]) for k in range(n - 1) for j in range(k + 1, n))
    _, counts_ = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts_)) / 18.0
    if var <= 0:
        return 0.0, 1.0
    zz = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    return zz, math.erfc(abs(zz) / math.sqrt(2))


def classify(sig, zs):
    tz, tp = mann_kendall(np.array(zs))

    def one(sign):
        count = sum(1 for v in sig if v == sign)
        opposite = any(v == -sign for v in sig)
        last = sig[-1] == sign
        mostly = count >= 0.9 * len(sig)
        if not last:
            return 8 if count > 0 and mostly else 0
        if count == 1:
            return 1
        if mostly:
            if tp <= 0.05 and tz * sign > 0:
                return 3
            if tp <= 0.05 and tz * sign < 0:
                return 5
            return 4
        run = 0
        while run < len(sig) and sig[len(sig) - 1 - run] == sign:
            run += 1
        if run >= 2 and run == count:
            return 2
        return 7 if opposite else 6

    c = one(1)
    return c if c else -one(-1)


def main(dst):
    x = counts()
    z = gistar(x)
    p = np.array([math.erfc(abs(v) / math.sqrt(2)) for v in z])
    cls = classes(z, bh(p))
    n = R * C
    with open(dst, "w") as f:
        f.write("# emerging hot spots (tools/crosscheck_emerging.py, numpy %s): 10 x 10 cells of 100 m, "
                "T = %d, window %d\n" % (np.__version__, T, WINDOW))
        f.write("bins\nt,row,col,count,z,cls\n")
        for t in range(T):
            for r in range(R):
                for c in range(C):
                    i = t * n + r * C + c
                    f.write(f"{t},{r},{c},{int(x[t, r, c])},{z[i]:.12f},{cls[i]}\n")
        f.write("cells\nrow,col,class\n")
        for r in range(R):
            for c in range(C):
                sig = [1 if cls[t * n + r * C + c] > 0 else -1 if cls[t * n + r * C + c] < 0 else 0 for t in range(T)]
                zs = [z[t * n + r * C + c] for t in range(T)]
                f.write(f"{r},{c},{classify(sig, zs)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
