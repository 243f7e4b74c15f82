#!/usr/bin/python3
"""Build gis-data/example_areas.gpkg: example property areas for the area reports of the sample.

Usage:
  /usr/bin/python3 tools/make_areas.py [OUT.gpkg]

The areas are REAL OpenStreetMap outlines of the sample's extract (gis-data/helsinki_centre_2019.osm.pbf,
layer multipolygons), chosen for the demonstration and taken as example "properties". They are picked by
their OSM ids, reprojected to the sample's working CRS (ETRS-TM35FIN, EPSG:3067) and written with their
OSM names (with their non-ASCII letters), so the reports have real names to show:

  Pääskynen                   a residential block (OSM way 37286930)
  Helsingin päärautatieasema  the central railway station, a busy place (OSM way 122595198)
  Vanha kirkkopuisto          a park (OSM way 28238099)
  Kaartin kasarmi             on the southern edge of the extract: its surroundings reach past the data (OSM way 37380562)
  Musiikkitalo                the music centre with a 25 m surroundings (field buffer_m), where the synthetic
                              incidents leave no report in or near it (OSM way 58023634)

Fields: area_id (text), name, buffer_m (surroundings in metres; NULL: the configured [reports] buffer_m),
osm_way (the OSM way id). Map data (c) OpenStreetMap contributors, ODbL 1.0. The output is byte-for-byte
reproducible (OGR_CURRENT_DATE pinned).
"""
import os
import sys

from osgeo import gdal, ogr, osr

CHOSEN = [  # (area_id, OSM way id, buffer_m or None)
    ("EX-1", "37286930", None),
    ("EX-2", "122595198", None),
    ("EX-3", "28238099", None),
    ("EX-4", "37380562", None),
    ("EX-5", "58023634", 25.0),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src_path = os.path.join(here, "..", "gis-data", "helsinki_centre_2019.osm.pbf")
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "gis-data", "example_areas.gpkg")
    gdal.UseExceptions()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-01-01T00:00:00.000Z")
    src = gdal.OpenEx(src_path, gdal.OF_VECTOR)
    lyr = src.GetLayerByName("multipolygons")
    wanted = {way: (aid, buf) for aid, way, buf in CHOSEN}
    found = {}
    for f in lyr:
        way = f.GetField("osm_way_id")
        if way in wanted:
            found[way] = (f.GetField("name"), f.GetGeometryRef().Clone())
    missing = [w for w in wanted if w not in found]
    if missing:
        raise SystemExit(f"{src_path}: OSM ways not found: {', '.join(missing)}")
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tm = osr.SpatialReference()
    tm.ImportFromEPSG(3067)
    tm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(wgs, tm)
    if os.path.exists(out_path):
        os.remove(out_path)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(out_path)
    out = ds.CreateLayer("areas", tm, ogr.wkbMultiPolygon,
                         ["FID=fid", "GEOMETRY_NAME=geom",
                          "DESCRIPTION=Example property areas: real OSM outlines, chosen for the demonstration"])
    for name, kind in (("area_id", ogr.OFTString), ("name", ogr.OFTString), ("buffer_m", ogr.OFTReal),
                       ("osm_way", ogr.OFTString)):
        out.CreateField(ogr.FieldDefn(name, kind))
    for aid, way, buf in CHOSEN:
        name, geom = found[way]
        geom.Transform(ct)
        geom = ogr.ForceToMultiPolygon(geom)
        f = ogr.Feature(out.GetLayerDefn())
        f.SetField("area_id", aid)
        f.SetField("name", name)
        if buf is None:
            f.SetFieldNull("buffer_m")
        else:
            f.SetField("buffer_m", buf)
        f.SetField("osm_way", way)
        f.SetGeometry(geom)
        out.CreateFeature(f)
    ds = None
    print(f"wrote {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
