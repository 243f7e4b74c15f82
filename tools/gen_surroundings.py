#!/usr/bin/python3
"""Seeded generator of the surroundings layers (buildings, points of interest) of a benchmark case.

tools/gen_case.py writes streets, lamps and incidents only; tools/bench runs this next to it so that
the benchmark also times trygg's surroundings stage (natural surveillance, isovists, activity).

Usage:
  /usr/bin/python3 tools/gen_surroundings.py CASE.gpkg OUT.gpkg [--buildings N] [--pois N] [--seed S]

Defaults: 40 000 buildings and 10 000 points of interest (the Lund-sized case of issue 5), seed 42.

Layers written to OUT.gpkg (EPSG:3006, like the case):
  buildings  POLYGON  fid, building_id         rectangles beside the streets of CASE.gpkg
  pois       POINT    fid, poi_id, kind        kind: shop, restaurant, cafe, fast_food, pub, bus_stop,
                                                waste_basket, school, playground, other
How they are made (one numpy PCG64 generator seeded with --seed):
- buildings: a street of the case, a position 10-90 % along its chord, a side, a setback of 3-15 m,
  8-30 m along the street and 8-16 m deep, aligned with the street (buildings of neighbouring
  streets may overlap, which no measure minds);
- points of interest: a street chosen with weight exp(-r / 2 km), r the distance from the case's
  centre (busier town centre), 5-20 m to one side, kind drawn with the shares in KINDS.
The output is deterministic for the same case, seed and GDAL (OGR_CURRENT_DATE is pinned).
"""
import argparse
import os
import struct
import sys

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

KINDS = [("shop", 0.28), ("restaurant", 0.14), ("cafe", 0.09), ("fast_food", 0.08), ("pub", 0.07),
         ("bus_stop", 0.12), ("waste_basket", 0.14), ("school", 0.01), ("playground", 0.03), ("other", 0.04)]


def read_streets(path):
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    lyr = ds.GetLayerByName("streets")
    ends = []
    for f in lyr:
        g = f.GetGeometryRef()
        n = g.GetPointCount()
        ends.append((g.GetX(0), g.GetY(0), g.GetX(n - 1), g.GetY(n - 1)))
    return np.array(ends, dtype=float)


def polygon_wkb(c):
    """WKB (little endian) of a closed ring of 4 corners c[4, 2]."""
    ring = np.vstack([c, c[:1]]).ravel()
    return struct.pack("<BIII10d", 1, 3, 1, 5, *ring)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("case")
    ap.add_argument("out")
    ap.add_argument("--buildings", type=int, default=40000)
    ap.add_argument("--pois", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-01-01T00:00:00Z")
    rng = np.random.Generator(np.random.PCG64(a.seed))
    e = read_streets(a.case)
    if len(e) == 0:
        sys.exit(f"{a.case}: no streets")
    p0, p1 = e[:, :2], e[:, 2:]
    d = p1 - p0
    length = np.hypot(d[:, 0], d[:, 1])
    ok = length > 1.0
    p0, p1, d, length = p0[ok], p1[ok], d[ok], length[ok]
    u = d / length[:, None]
    nrm = np.stack([-u[:, 1], u[:, 0]], 1)

    if os.path.exists(a.out):
        os.remove(a.out)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(a.out)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)

    # buildings
    nb = a.buildings
    s = rng.integers(0, len(p0), nb)
    t = rng.uniform(0.1, 0.9, nb)
    side = np.where(rng.random(nb) < 0.5, -1.0, 1.0)
    setback = rng.uniform(3, 15, nb)
    w = rng.uniform(8, 30, nb)
    dep = rng.uniform(8, 16, nb)
    centre = p0[s] + d[s] * t[:, None] + nrm[s] * (side * (setback + dep / 2))[:, None]
    hu = u[s] * (w / 2)[:, None]
    hn = nrm[s] * (dep / 2)[:, None]
    corners = np.stack([centre - hu - hn, centre + hu - hn, centre + hu + hn, centre - hu + hn], 1)
    lyr = ds.CreateLayer("buildings", srs, ogr.wkbPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("building_id", ogr.OFTInteger))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(nb):
        f = ogr.Feature(defn)
        f.SetFID(i + 1)
        f.SetField(0, i + 1)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(polygon_wkb(corners[i])))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()

    # points of interest, denser in the centre
    npo = a.pois
    mid = (p0 + p1) / 2
    c0 = mid.mean(0)
    r = np.hypot(mid[:, 0] - c0[0], mid[:, 1] - c0[1])
    wgt = np.exp(-r / 2000.0)
    s = rng.choice(len(p0), npo, p=wgt / wgt.sum())
    t = rng.uniform(0, 1, npo)
    off = rng.uniform(5, 20, npo) * np.where(rng.random(npo) < 0.5, -1.0, 1.0)
    xy = p0[s] + d[s] * t[:, None] + nrm[s] * off[:, None]
    names = [k for k, _ in KINDS]
    share = np.array([p for _, p in KINDS])
    kind = rng.choice(len(names), npo, p=share / share.sum())
    lyr = ds.CreateLayer("pois", srs, ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("poi_id", ogr.OFTInteger))
    lyr.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(npo):
        f = ogr.Feature(defn)
        f.SetFID(i + 1)
        f.SetField(0, i + 1)
        f.SetField(1, names[kind[i]])
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(struct.pack("<BIdd", 1, 1, xy[i, 0], xy[i, 1])))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    print(f"wrote {a.out}: {nb} buildings, {npo} points of interest (seed {a.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
