#!/usr/bin/env python3
"""The Gi* peer of tools/bench: the analytic z pass of a scipy/numpy user on trygg's own grid.

Reads the cell centroids and the per-category counts (n_<category>) of the grid_cells layer of a
trygg output, then times, as one block, what a scipy user would write for Gi* with binary
distance-band weights (self included) and normal p-values on the same grid:

    tree = cKDTree(centroids); W = tree.sparse_distance_matrix(tree, band) -> binary CSR
    for each category with incidents:
        lag = W @ x; z = (lag - xbar W_i) / (S sqrt((n W_i - W_i^2) / (n - 1)))   (Ord & Getis 1995, eq. 14)
        p = 2 norm.sf(|z|)

the statistic of esda's G_Local(star=True) with binary weights. Reading the file is not timed
(trygg's hotspots.gistar stage does not read files either). Prints one line:

    gistar peer: scipy cKDTree + numpy analytic z, <n> cells, <c> categories, band <b> m: wall_s=<best of N>

with the best of --repeat runs (default 5), so the peer is measured at its fastest.

Usage: /usr/bin/python3 tools/gistar_peer.py OUT.gpkg [--band 300] [--repeat 5]
Needs python3-gdal, python3-numpy and python3-scipy (tools/setup).
"""
import argparse
import sys
import time

import numpy as np
from osgeo import ogr
from scipy.sparse import csr_matrix
from scipy.spatial import cKDTree
from scipy.stats import norm

CATEGORIES = ["vandalism", "graffiti", "littering", "violence", "theft", "drugs", "disorder", "fraud", "other"]


def read_grid(path):
    ds = ogr.Open(path)
    if ds is None:
        sys.exit(f"gistar_peer: cannot open {path}")
    lyr = ds.GetLayerByName("grid_cells")
    if lyr is None:
        sys.exit(f"gistar_peer: {path} has no grid_cells layer")
    names = {lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())}
    cats = [c for c in CATEGORIES if f"n_{c}" in names]
    xy, counts = [], {c: [] for c in cats}
    for f in lyr:
        g = f.GetGeometryRef().Centroid()
        xy.append((g.GetX(), g.GetY()))
        for c in cats:
            counts[c].append(f.GetField(f"n_{c}") or 0)
    xs = {c: np.asarray(v, dtype=float) for c, v in counts.items() if sum(v) > 0}
    return np.asarray(xy), xs


def gistar_pass(xy, xs, band):
    n = len(xy)
    tree = cKDTree(xy)
    d = tree.sparse_distance_matrix(tree, band * (1 + 1e-9), output_type="coo_matrix")
    W = csr_matrix((np.ones(d.nnz), (d.row, d.col)), shape=(n, n))
    W.setdiag(1.0)  # self included (distance 0 is not stored by sparse_distance_matrix)
    W.eliminate_zeros()
    Wi = np.asarray(W.sum(axis=1)).ravel()
    den_w = np.sqrt((n * Wi - Wi ** 2) / (n - 1))
    out = {}
    for c, x in xs.items():
        lag = W @ x
        xbar = x.mean()
        S = x.std()
        z = (lag - xbar * Wi) / (S * den_w)
        out[c] = (z, 2 * norm.sf(np.abs(z)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gpkg")
    ap.add_argument("--band", type=float, default=300.0)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    xy, xs = read_grid(a.gpkg)
    best = None
    for _ in range(max(1, a.repeat)):
        t0 = time.perf_counter()
        gistar_pass(xy, xs, a.band)
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    print(f"gistar peer: scipy cKDTree + numpy analytic z, {len(xy)} cells, {len(xs)} categories, "
          f"band {a.band:g} m: wall_s={best:.3f}")


if __name__ == "__main__":
    main()
