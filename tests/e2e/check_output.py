#!/usr/bin/python3
"""Checks a trygg GeoPackage against the output contract of DESIGN.md section 4.

usage: check_output.py OUT.gpkg [--incidents] [--lamps] [--surroundings]
Exits non-zero with a message per failed check. Uses GDAL's Python bindings (a real client).
"""
import sys
from osgeo import gdal, ogr

gdal.UseExceptions()

CONTRACT = {
    "street_segments": ["seg_id", "street", "road_class", "length_m", "lamps_near", "nearest_lamp_m", "lux_avg",
                        "lux_min", "lux_uniformity", "lighting_class", "dark_length_m", "n_vandalism", "n_graffiti",
                        "n_littering", "n_other", "n_night", "vandalism_score", "littering_score",
                        "visibility_score", "safety_index", "top_factors",
                        # surroundings (buildings and points of interest)
                        "surveillance_share", "isovist_area_m2", "activity", "bars_150m", "nearest_bar_m",
                        "transit_150m", "nearest_basket_m", "youth_300m"],
    "dark_stretches": ["stretch_id", "street", "length_m", "lux_min", "night_incidents_near"],
    "incidents": ["category", "occurred_at", "seg_id", "cell_id"],
    "grid_cells": ["cell_id", "area_km2", "n_places", "kde_vandalism", "kde_littering", "gi_z_vandalism",
                   "gi_p_vandalism", "hotspot_vandalism", "gi_z_littering", "gi_p_littering", "hotspot_littering",
                   "trend_vandalism", "change_vandalism", "trend_p_vandalism", "mean_vandalism_score",
                   "mean_littering_score", "mean_visibility_score", "mean_safety_index"]
                  + [f"n_{c}" for c in ["vandalism", "graffiti", "littering", "violence", "theft", "drugs", "disorder",
                                        "fraud", "other"]],
    "hotspots": ["hotspot_id", "category", "confidence", "incidents", "area_km2", "share_incidents", "pai",
                 "peak_hours"],
    "temporal_profiles": ["scope", "hotspot_id", "category", "hour_of_week", "count"],
    "lamps": [],
    "run_info": ["key", "value"],
    "measures": ["measure_id", "focus_area", "measure", "measure_en", "responsible", "priority", "evidence",
                 "indicator", "status"],
    "patrol_areas": ["area_id", "rank", "incidents", "share_incidents", "share_area", "pai", "time_windows",
                     "visit_minutes", "visits_per_week"],
}
CATS = ["vandalism", "graffiti", "littering", "violence", "theft", "drugs", "disorder", "fraud", "other"]

failures = []


def sql_rows(ds, sql):
    rs = ds.ExecuteSQL(sql)
    rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in rs]
    ds.ReleaseResultSet(rs)
    return rows


def sql_value(ds, sql):
    return sql_rows(ds, sql)[0][0]


def check(cond, msg):
    if not cond:
        failures.append(msg)


def main():
    path = sys.argv[1]
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    for layer, fields in CONTRACT.items():
        check(layer in names, f"layer {layer} missing (have {names})")
        if layer not in names:
            continue
        defn = ds.GetLayerByName(layer).GetLayerDefn()
        have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        for f in fields:
            check(f in have, f"{layer}: field {f} missing")
    # a default style per layer, found the way QGIS looks for it
    sql = ("SELECT f_table_name FROM layer_styles WHERE useAsDefault = 1 AND f_table_catalog = '' "
           "AND f_table_schema = ''")
    styled = {r[0] for r in sql_rows(ds, sql)}
    for layer in CONTRACT:
        check(layer in styled, f"no default style for {layer}")
    # scores within 0-100, never NULL
    for score in ["vandalism_score", "littering_score", "visibility_score", "safety_index"]:
        bad = sql_value(ds, f"SELECT COUNT(*) FROM street_segments WHERE {score} IS NULL OR {score} < 0 "
                            f"OR {score} > 100")
        check(bad == 0, f"{score}: {bad} places outside 0-100 or NULL")
    check(sql_value(ds, "SELECT COUNT(*) FROM street_segments WHERE top_factors IS NULL OR top_factors = ''") == 0,
          "places without top_factors")
    # every snapped incident counted exactly once
    total_counts = " + ".join(f"SUM(n_{c})" for c in CATS)
    counted = sql_value(ds, f"SELECT {total_counts} FROM street_segments") or 0
    snapped = sql_value(ds, "SELECT COUNT(*) FROM incidents WHERE seg_id IS NOT NULL")
    check(counted == snapped, f"incident counts on places ({counted}) != snapped incidents ({snapped})")
    for c in CATS:
        diff = sql_value(ds, f"SELECT (SELECT SUM(n_{c}) FROM street_segments) - (SELECT COUNT(*) FROM incidents "
                             f"WHERE seg_id IS NOT NULL AND category = '{c}')")
        check(not diff, f"category {c}: place counts differ from incidents by {diff}")
    if "--incidents" in sys.argv:
        check(snapped > 0, "no incident was snapped")
    # privacy: the sensitive categories never appear as points or in place- or cell-level fields
    sensitive = ("violence_close", "fraud_elderly")
    leaked = sql_value(ds, "SELECT COUNT(*) FROM incidents WHERE category NOT IN (%s)" %
                       ", ".join(f"'{c}'" for c in CATS))
    check(leaked == 0, f"{leaked} incidents of categories other than the place categories (sensitive ones?)")
    for layer in ("street_segments", "grid_cells", "hotspots", "emerging_hotspots"):
        if layer in names:
            fields = [f.GetName() for f in ds.GetLayerByName(layer).schema]
            bad = [f for f in fields if any(c in f for c in sensitive)]
            check(not bad, f"{layer} has fields of sensitive categories: {bad}")
    for layer in ("hotspots", "emerging_hotspots", "near_repeat_zones"):
        if layer in names:
            n = sql_value(ds, f"SELECT COUNT(*) FROM {layer} WHERE category IN ('violence_close', 'fraud_elderly')")
            check(n == 0, f"{layer} has {n} rows of sensitive categories")
    if "focus_areas" in names:
        for f in ("area", "population", "aged_65", "n_violence_close", "violence_close_per_1000",
                  "n_fraud_elderly", "fraud_elderly_per_1000_65", "fraud_elderly_elevated"):
            check(ds.GetLayerByName("focus_areas").GetLayerDefn().GetFieldIndex(f) >= 0, f"focus_areas: no {f}")
        # the focus-area measures lie on areas, never on places
        bad = sql_value(ds, "SELECT COUNT(*) FROM measures WHERE focus_area IN ('aldre', 'nara_relation') AND "
                            "COALESCE(source_layer, '') <> 'focus_areas'")
        check(bad == 0, f"{bad} focus-area measures not from focus_areas")
    # geometry types of the contract
    gtypes = {"grid_cells": ogr.wkbPolygon, "hotspots": ogr.wkbMultiPolygon}
    for layer, gt in gtypes.items():
        if layer in names:
            have = ogr.GT_Flatten(ds.GetLayerByName(layer).GetGeomType())
            check(have == gt, f"{layer}: geometry type {ogr.GeometryTypeToName(have)}")
    if "grid_cells" in names:
        # every incident in a cell is counted in that cell, per category
        for c in CATS:
            diff = sql_value(ds, f"SELECT (SELECT COALESCE(SUM(n_{c}), 0) FROM grid_cells) - (SELECT COUNT(*) FROM "
                                 f"incidents WHERE cell_id IS NOT NULL AND category = '{c}')")
            check(not diff, f"grid_cells: n_{c} differs from incidents with a cell by {diff}")
        bad = sql_value(ds, "SELECT COUNT(*) FROM incidents i LEFT JOIN grid_cells g ON g.cell_id = i.cell_id "
                            "WHERE i.cell_id IS NOT NULL AND g.cell_id IS NULL")
        check(bad == 0, f"{bad} incidents point to a missing grid cell")
        labels = {r[0] for r in sql_rows(ds, "SELECT DISTINCT hotspot_vandalism FROM grid_cells")}
        allowed = {None, "hot 99 %", "hot 95 %", "hot 90 %", "not significant", "cold 90 %", "cold 95 %", "cold 99 %"}
        check(labels <= allowed, f"grid_cells.hotspot_vandalism has unexpected values {labels - allowed}")
    if "--incidents" in sys.argv and "hotspots" in names:
        nh = sql_value(ds, "SELECT COUNT(*) FROM hotspots")
        check(nh > 0, "no hotspot found")
        bad = sql_value(ds, "SELECT COUNT(*) FROM hotspots WHERE pai IS NULL OR pai <= 0 OR incidents <= 0 OR "
                            "share_incidents <= 0 OR share_incidents > 1 OR area_km2 <= 0 OR peak_hours IS NULL "
                            "OR confidence NOT IN ('90 %', '95 %', '99 %')")
        check(bad == 0, f"{bad} hotspots with impossible figures")
        # a hotspot's incidents are those of its category in its cells: no more than all of them
        over = sql_value(ds, "SELECT COUNT(*) FROM hotspots h WHERE incidents > (SELECT COUNT(*) FROM incidents i "
                             "WHERE i.category = h.category)")
        check(over == 0, "a hotspot holds more incidents than its category has")
        rows = sql_value(ds, "SELECT COUNT(*) FROM temporal_profiles WHERE scope = 'hotspot'")
        check(rows == 168 * nh, f"temporal_profiles: {rows} hotspot rows, expected 168 x {nh}")
    if "--lamps" in sys.argv:
        check(sql_value(ds, "SELECT COUNT(*) FROM street_segments WHERE lux_avg IS NOT NULL") > 0,
              "no place has an illuminance estimate")
    # surroundings: within their ranges where measured; measured everywhere when both layers were given
    bad = sql_value(ds, "SELECT COUNT(*) FROM street_segments WHERE surveillance_share < 0 OR surveillance_share > 1 "
                        "OR isovist_area_m2 < 0 OR activity < 0 OR bars_150m < 0 OR transit_150m < 0 "
                        "OR youth_300m < 0 OR nearest_bar_m < 0 OR nearest_basket_m < 0")
    check(bad == 0, f"{bad} places with surroundings values out of range")
    # the isovist of an empty square (64 rays of 100 m) is the largest possible: 31365.5 m2
    check((sql_value(ds, "SELECT MAX(isovist_area_m2) FROM street_segments") or 0) <= 31366,
          "isovist area above the 64-gon of radius 100 m")
    if "--surroundings" in sys.argv:
        for f in ["surveillance_share", "isovist_area_m2", "activity", "bars_150m", "transit_150m", "youth_300m"]:
            n = sql_value(ds, f"SELECT COUNT(*) FROM street_segments WHERE {f} IS NULL")
            check(n == 0, f"{f}: {n} places without a value")
        used = sql_value(ds, "SELECT value FROM run_info WHERE key = 'components.not_used'")
        # Swedish, the default language of the runs checked here
        check(used is not None and used.startswith("inga: alla komponenter"), f"components.not_used = {used!r}")
        for m in ["model.vandalism", "model.littering"]:
            v = sql_value(ds, f"SELECT value FROM run_info WHERE key = '{m}'")
            check(v is not None and v.startswith("Poissonregression"), f"{m} = {v!r}")
        check(sql_value(ds, "SELECT COUNT(*) FROM run_info WHERE key LIKE 'model.vandalism.%' "
                            "AND value LIKE 'RR %'") > 0, "no relative risks in run_info")
    if "measures" in names:
        bad = sql_value(ds, "SELECT COUNT(*) FROM measures WHERE priority < 1 OR priority > 5 OR status != 'proposed' "
                            "OR focus_area NOT IN ('trygghet', 'barn_unga', 'andts', 'nara_relation', 'aldre') "
                            "OR responsible IS NULL OR indicator IS NULL OR evidence IS NULL")
        check(bad == 0, f"measures: {bad} rows with a bad priority, status, focus area or missing text")
    if "patrol_areas" in names:
        rows = sql_rows(ds, "SELECT rank, area_km2, share_incidents, share_area, time_windows FROM patrol_areas "
                            "ORDER BY rank")
        check(all(r[1] <= 0.25 + 1e-9 for r in rows), "patrol_areas: an area is larger than 0.25 km2")
        check([r[0] for r in rows] == list(range(1, len(rows) + 1)), "patrol_areas: ranks are not 1..n")
        check(sum(r[2] for r in rows) <= 1 + 1e-9 and sum(r[3] for r in rows) <= 1 + 1e-9,
              "patrol_areas: shares add up to more than 1")
        check(all(r[4] for r in rows), "patrol_areas: an area without time windows")
        if "--incidents" in sys.argv:
            check(len(rows) > 0, "no patrol area on a run with incidents")
    for f in failures:
        print("FAIL:", f)
    print(f"checked {path}: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
