#!/usr/bin/python3
"""Synthetic place-safety benchmark data generator (EPSG:3006, GeoPackage).

This is trygg's own copy of the benchmark generator behind the reference figures of DESIGN.md
section 6 (unchanged apart from this paragraph); tools/bench runs it.

Usage:
  /usr/bin/python3 gen_case.py city    OUT.gpkg [--seed N]
  /usr/bin/python3 gen_case.py country OUT.gpkg [--seed N]

Layers written:
  streets   LINESTRING  (3 vertices each)  fid, street_id, class, lit, length_m
  lamps     POINT                          fid, lamp_id, street_id, working
  incidents POINT                          fid, inc_id, category, ts (DateTime, UTC)

City: 10 x 10 km around Lund (SWEREF99 TM E 382000-392000, N 6169000-6179000),
~20k segments from a radially-warped, jittered 100 m grid (denser in the centre,
~10 % edges dropped), lamps every 25-40 m (class dependent) on lit streets with
random failures and dark runs (gaps), incidents: ~70 % in Gaussian hotspots with
hotspot-specific category mixes, ~30 % background near streets; timestamps over
2023-01-01..2024-12-31 with night/weekend bias.
Country: many towns of Pareto-distributed size over a 500 x 1000 km area
(target ~2M segments, ~2M lamps, ~1.5M incidents).
"""
import sys, time, argparse
import numpy as np
from osgeo import ogr, osr, gdal

gdal.UseExceptions()
CATS = np.array(["vandalism", "graffiti", "littering", "other"])
CLASSES = np.array(["primary", "secondary", "residential", "footway"])
T0 = np.datetime64("2023-01-01T00:00:00")
TSPAN = 2 * 365 * 86400


def make_town(rng, cx, cy, n_side, spacing=100.0, warp=1.4):
    """Jittered, radially-warped grid network. Returns (xy[N,3,2], cls[N])."""
    ii, jj = np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij")
    half = (n_side - 1) * spacing / 2.0
    x = ii * spacing - half
    y = jj * spacing - half
    r = np.hypot(x, y)
    rmax = np.hypot(half, half) + 1e-9
    f = np.where(r > 0, (r / rmax) ** warp * rmax / np.maximum(r, 1e-9), 1.0)
    x = x * f + rng.normal(0, spacing * 0.12, x.shape)
    y = y * f + rng.normal(0, spacing * 0.12, y.shape)
    nid = ii * n_side + jj
    X = x.ravel() + cx
    Y = y.ravel() + cy
    a = np.concatenate([nid[:-1, :].ravel(), nid[:, :-1].ravel()])
    b = np.concatenate([nid[1:, :].ravel(), nid[:, 1:].ravel()])
    keep = rng.random(a.size) > 0.10
    a, b = a[keep], b[keep]
    # class: "primary" every 8th grid line, "secondary" every 4th, rest residential/footway
    ia, ja = a // n_side, a % n_side
    ib, jb = b // n_side, b % n_side
    line = np.where(ia == ib, ia, ja)  # row/col index of the grid line
    cls = np.where(line % 8 == 0, 0, np.where(line % 4 == 0, 1, np.where(rng.random(a.size) < 0.25, 3, 2)))
    p0 = np.stack([X[a], Y[a]], 1)
    p2 = np.stack([X[b], Y[b]], 1)
    d = p2 - p0
    L = np.hypot(d[:, 0], d[:, 1])[:, None]
    nrm = np.stack([-d[:, 1], d[:, 0]], 1) / np.maximum(L, 1e-9)
    p1 = (p0 + p2) / 2 + nrm * rng.normal(0, 0.04, (a.size, 1)) * L
    return np.stack([p0, p1, p2], 1), cls


def seg_lengths(xy):
    return np.hypot(*(xy[:, 1] - xy[:, 0]).T) + np.hypot(*(xy[:, 2] - xy[:, 1]).T)


def point_along(xy, seg, t):
    """Point at fraction t of segment seg (3-vertex polyline); returns xy and unit tangent."""
    p0, p1, p2 = xy[seg, 0], xy[seg, 1], xy[seg, 2]
    l1 = np.hypot(*(p1 - p0).T)
    l2 = np.hypot(*(p2 - p1).T)
    s = t * (l1 + l2)
    first = s <= l1
    u = np.where(first, s / np.maximum(l1, 1e-9), (s - l1) / np.maximum(l2, 1e-9))[:, None]
    a = np.where(first[:, None], p0, p1)
    b = np.where(first[:, None], p1, p2)
    tan = (b - a) / np.maximum(np.hypot(*(b - a).T), 1e-9)[:, None]
    return a + u * (b - a), tan


def make_lamps(rng, xy, cls, target):
    L = seg_lengths(xy)
    spacing_lo = np.array([25, 28, 32, 35])[cls]
    spacing_hi = np.array([32, 35, 40, 40])[cls]
    sp = rng.uniform(spacing_lo, spacing_hi)
    nl = np.floor(L / sp).astype(np.int64) + 1
    base_p = np.array([1.0, 0.95, 0.7, 0.25])[cls]
    # scale lit probability so that expected lamp count ~ target
    exp = (base_p * nl).sum() * 0.93
    scale = min(1.0 / base_p.max(), target / exp)
    lit = rng.random(L.size) < np.clip(base_p * scale, 0, 1)
    nl = np.where(lit, nl, 0)
    seg = np.repeat(np.arange(L.size), nl)
    k = np.arange(seg.size) - np.repeat(np.cumsum(nl) - nl, nl)
    t = (k + 0.5) / np.repeat(np.maximum(nl, 1), nl)
    t = np.clip(t + rng.normal(0, 0.02, t.size), 0, 1)
    p, tan = point_along(xy, seg, t)
    side = np.where(k % 2 == 0, 1.0, -1.0) * np.where(cls[seg] <= 1, 1.0, 0.0) + np.where(cls[seg] > 1, 1.0, 0.0)
    off = rng.uniform(3, 8, seg.size) * side
    p = p + np.stack([-tan[:, 1], tan[:, 0]], 1) * off[:, None]
    # gaps: dark runs (remove whole lamps) on 6 % of lit segments, middle 30-70 % of the segment
    gapseg = rng.random(L.size) < 0.06
    g0 = rng.uniform(0.2, 0.5, L.size)
    g1 = g0 + rng.uniform(0.2, 0.5, L.size)
    ingap = gapseg[seg] & (t > g0[seg]) & (t < g1[seg])
    keep = ~ingap
    working = (rng.random(seg.size) > 0.03).astype(np.int32)  # 3 % broken
    return p[keep], seg[keep], working[keep], lit


def make_incidents(rng, xy, n, bbox, n_hot):
    L = seg_lengths(xy)
    n_bg = int(n * 0.3)
    n_hs = n - n_bg
    # background: along random streets (length-weighted), small offset
    seg = rng.choice(L.size, n_bg, p=L / L.sum())
    p, tan = point_along(xy, seg, rng.random(n_bg))
    p = p + np.stack([-tan[:, 1], tan[:, 0]], 1) * rng.normal(0, 6, n_bg)[:, None]
    bg_cat = rng.choice(4, n_bg, p=[0.2, 0.15, 0.35, 0.3])
    # hotspots: centres on street nodes, pareto weights, sigma 40-250 m
    hc_seg = rng.integers(0, L.size, n_hot)
    hc = xy[hc_seg, 0]
    w = rng.pareto(1.2, n_hot) + 1
    w /= w.sum()
    sig = rng.uniform(40, 250, n_hot)
    mix = rng.dirichlet([1.0, 0.7, 1.2, 0.5], n_hot)
    h = rng.choice(n_hot, n_hs, p=w)
    hp = hc[h] + rng.normal(0, 1, (n_hs, 2)) * sig[h][:, None]
    u = rng.random(n_hs)
    cm = np.cumsum(mix, 1)[h]
    hs_cat = (u[:, None] > cm).sum(1).clip(0, 3)
    P = np.concatenate([p, hp])
    C = np.concatenate([bg_cat, hs_cat])
    inside = (P[:, 0] >= bbox[0]) & (P[:, 0] <= bbox[2]) & (P[:, 1] >= bbox[1]) & (P[:, 1] <= bbox[3])
    P, C = P[inside], C[inside]
    m = P.shape[0]
    # timestamps: uniform day, hour from night-biased distribution, weekend boost by rejection
    hours_w = np.array([6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6], float)
    day = rng.integers(0, 2 * 365, m * 2)
    dow = (day + 6) % 7  # 2023-01-01 was a Sunday -> dow 6 (Mon=0)
    acc = rng.random(m * 2) < np.where(dow >= 4, 1.0, 0.7)
    day = day[acc][:m]
    hr = rng.choice(24, m, p=hours_w / hours_w.sum())
    sec = day.astype(np.int64) * 86400 + hr * 3600 + rng.integers(0, 3600, m)
    order = np.argsort(sec, kind="stable")
    return P[order], C[order], sec[order]


def wkb_points(P):
    dt = np.dtype([("bo", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
    a = np.empty(P.shape[0], dt)
    a["bo"] = 1; a["t"] = 1; a["x"] = P[:, 0]; a["y"] = P[:, 1]
    return a.view(np.dtype((np.void, dt.itemsize)))


def wkb_lines3(xy):
    dt = np.dtype([("bo", "u1"), ("t", "<u4"), ("n", "<u4"), ("c", "<f8", (6,))])
    a = np.empty(xy.shape[0], dt)
    a["bo"] = 1; a["t"] = 2; a["n"] = 3; a["c"] = xy.reshape(-1, 6)
    return a.view(np.dtype((np.void, dt.itemsize)))


def write_layer(ds, name, gtype, wkbs, fields, cols, srs):
    t = time.time()
    lyr = ds.CreateLayer(name, srs, gtype, options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    n = len(wkbs)
    for i in range(n):
        f = ogr.Feature(defn)
        for j, c in enumerate(cols):
            f.SetField(j, c[i])
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkbs[i].tobytes()))
        lyr.CreateFeature(f)
        if (i + 1) % 200000 == 0:
            lyr.CommitTransaction(); lyr.StartTransaction()
    lyr.CommitTransaction()
    print(f"  {name}: {n} features written in {time.time()-t:.1f}s", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["city", "country"])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    t0 = time.time()
    if a.case == "city":
        xy, cls = make_town(rng, 387000.0, 6174000.0, 106, 10000.0 / 105)
        bbox = (382000.0, 6169000.0, 392000.0, 6179000.0)
        lamp_target, inc_target, n_hot = 30000, 50000, 40
        P_l, seg_l, work_l, lit = make_lamps(rng, xy, cls, lamp_target)
        P_i, C_i, S_i = make_incidents(rng, xy, int(inc_target / 0.985), bbox, n_hot)
    else:
        # towns: Pareto sizes, placed over E 300-800 km, N 6150-7150 km, denser in the south
        seg_target, lamp_target, inc_target = 2_000_000, 2_000_000, 1_500_000
        xs, cs, lps, lsg, lwk, pis, cis, sis = [], [], [], [], [], [], [], []
        nseg = 0
        towns = []
        while nseg < seg_target:
            side = int(np.clip(15 * (rng.pareto(1.3) + 1), 15, 140))
            cx = rng.uniform(320000, 780000)
            cy = 6150000 + 1000000 * rng.beta(1.2, 3.0)
            towns.append((cx, cy, side))
            nseg += int(2 * side * (side - 1) * 0.9)
        for k, (cx, cy, side) in enumerate(towns):
            x, c = make_town(rng, cx, cy, side, 100.0)
            xs.append(x); cs.append(c)
        xy = np.concatenate(xs); cls = np.concatenate(cs)
        P_l, seg_l, work_l, lit = make_lamps(rng, xy, cls, lamp_target)
        # incidents per town proportional to its segment count
        off = np.cumsum([0] + [len(c) for c in cs])
        P_i, C_i, S_i = [], [], []
        for k, (cx, cy, side) in enumerate(towns):
            sub = xy[off[k]:off[k + 1]]
            n = int(inc_target * len(sub) / len(xy) / 0.99) + 1
            half = side * 50 + 300
            p, c, s = make_incidents(rng, sub, n, (cx - half, cy - half, cx + half, cy + half), max(2, side // 3))
            P_i.append(p); C_i.append(c); S_i.append(s)
        P_i = np.concatenate(P_i); C_i = np.concatenate(C_i); S_i = np.concatenate(S_i)
        o = np.argsort(S_i, kind="stable"); P_i, C_i, S_i = P_i[o], C_i[o], S_i[o]
        print(f"  towns: {len(towns)}")
    print(f"generated in {time.time()-t0:.1f}s: {len(xy)} segments, {len(P_l)} lamps, {len(P_i)} incidents", flush=True)

    srs = osr.SpatialReference(); srs.ImportFromEPSG(3006)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(a.out)
    L = seg_lengths(xy)
    write_layer(ds, "streets", ogr.wkbLineString, wkb_lines3(xy),
                [("street_id", ogr.OFTInteger), ("class", ogr.OFTString), ("lit", ogr.OFTInteger), ("length_m", ogr.OFTReal)],
                [np.arange(len(xy)).tolist(), CLASSES[cls].tolist(), lit.astype(int).tolist(), np.round(L, 2).tolist()], srs)
    write_layer(ds, "lamps", ogr.wkbPoint, wkb_points(P_l),
                [("lamp_id", ogr.OFTInteger), ("street_id", ogr.OFTInteger), ("working", ogr.OFTInteger)],
                [np.arange(len(P_l)).tolist(), seg_l.tolist(), work_l.tolist()], srs)
    ts = (T0 + S_i.astype("timedelta64[s]")).astype(str)
    ts = np.char.add(np.char.replace(ts, "T", " "), "+00")
    write_layer(ds, "incidents", ogr.wkbPoint, wkb_points(P_i),
                [("inc_id", ogr.OFTInteger), ("category", ogr.OFTString), ("ts", ogr.OFTDateTime)],
                [np.arange(len(P_i)).tolist(), CATS[C_i].tolist(), ts.tolist()], srs)
    ds = None
    print(f"total {time.time()-t0:.1f}s -> {a.out}")


if __name__ == "__main__":
    main()
