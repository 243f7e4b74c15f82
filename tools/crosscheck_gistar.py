#!/usr/bin/env python3
"""Getis-Ord Gi* z-scores computed independently of trygg, for the cross-check fixture.

Reads the police.uk criminal damage points of Northumbria (lon/lat, WGS 84), projects them to
British National Grid (EPSG:27700) with pyproj, counts them on 500 m squares aligned to
multiples of 500 m (columns floor(minx/500) .. floor(maxx/500), likewise rows: every cell of
that box, empty ones included), builds binary distance-band weights with libpysal
(DistanceBand, threshold 1500 m, binary=True) plus a self-weight of 1 for every cell, and
computes Gi* (Ord & Getis 1995, eq. 14; esda G_Local star=True with binary weights) with numpy
over all cells:

    z_i = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n W_i - W_i^2) / (n - 1)))

with S the population standard deviation. Writes row, col, count, z for every cell with an
incident within the band (local sum > 0) and, to keep the fixture small, for every 20th of the
others (row + col divisible by 20): those differ only in their number of neighbours. The
header names n, the number of cells of the whole box, which the statistics were computed over.

Usage (the fixture tests/fixtures/gistar/northumbria_500m_1500m.csv was made with):
    /usr/bin/python3 tools/crosscheck_gistar.py \
        tests/fixtures/real/northumbria_criminal_damage.csv \
        tests/fixtures/gistar/northumbria_500m_1500m.csv
"""
import csv
import math
import sys
import warnings

import numpy as np
from pyproj import Transformer

warnings.filterwarnings("ignore")
import libpysal  # noqa: E402

CELL = 500.0
BAND = 1500.0


def main(src, dst):
    lon, lat = [], []
    with open(src, newline="") as f:
        for row in csv.DictReader(f):
            try:
                lo, la = float(row["lon"]), float(row["lat"])
            except (KeyError, ValueError):
                continue
            if math.isfinite(lo) and math.isfinite(la):
                lon.append(lo)
                lat.append(la)
    tr = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
    x, y = tr.transform(np.array(lon), np.array(lat))
    col = np.floor(x / CELL).astype(np.int64)
    row = np.floor(y / CELL).astype(np.int64)
    c0, c1, r0, r1 = col.min(), col.max(), row.min(), row.max()
    ncols, nrows = c1 - c0 + 1, r1 - r0 + 1
    counts = np.zeros((nrows, ncols))
    np.add.at(counts, (row - r0, col - c0), 1)
    rr, cc = np.meshgrid(np.arange(r0, r1 + 1), np.arange(c0, c1 + 1), indexing="ij")
    rr, cc, xs = rr.ravel(), cc.ravel(), counts.ravel()  # row-major from the south-west
    coords = np.column_stack([(cc + 0.5) * CELL, (rr + 0.5) * CELL])
    w = libpysal.weights.DistanceBand(coords, threshold=BAND, binary=True, silence_warnings=True)
    w = libpysal.weights.fill_diagonal(w, 1.0)
    W = w.sparse.tocsr()
    n = len(xs)
    lag = W @ xs
    Wi = np.asarray(W.sum(axis=1)).ravel()
    W2 = np.asarray(W.multiply(W).sum(axis=1)).ravel()
    xbar = xs.mean()
    S = math.sqrt((xs ** 2).mean() - xbar ** 2)
    z = (lag - xbar * Wi) / (S * np.sqrt((n * W2 - Wi ** 2) / (n - 1)))
    with open(dst, "w") as f:
        f.write("# Gi* z-scores (tools/crosscheck_gistar.py): police.uk Northumbria criminal damage,\n")
        f.write(f"# EPSG:27700, {CELL:g} m squares, band {BAND:g} m, {len(lon)} points, {n} cells,\n")
        f.write(f"# libpysal {libpysal.__version__} DistanceBand(binary) + self weight, numpy {np.__version__}\n")
        f.write("# made by: /usr/bin/python3 tools/crosscheck_gistar.py "
                "tests/fixtures/real/northumbria_criminal_damage.csv "
                "tests/fixtures/gistar/northumbria_500m_1500m.csv\n")
        f.write("# data: Open Government Licence v3.0, contains public sector information (data.police.uk)\n")
        f.write(f"# n={n} rows={r0}..{r1} cols={c0}..{c1}\n")
        f.write("row,col,count,z\n")
        for k in range(n):
            if lag[k] > 0 or (rr[k] + cc[k]) % 20 == 0:
                f.write(f"{rr[k]},{cc[k]},{int(xs[k])},{z[k]:.15g}\n")
    print(f"{len(lon)} points, {n} cells ({nrows} x {ncols}), neighbours per cell {Wi.min():g}..{Wi.max():g}, "
          f"z {z.min():.4f}..{z.max():.4f}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
