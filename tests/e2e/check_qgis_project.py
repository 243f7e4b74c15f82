#!/usr/bin/python3
"""Open the QGIS project stored in a trygg GeoPackage headless and check it.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 check_qgis_project.py [--lang sv|en] GPKG PROJECT [PNG]

--lang: the language the project was written in (default sv, trygg's default): its group names
are checked in that language, and so is the project's metadata language. Layers are matched by
their ids (trygg_layer_TABLE), whatever they are called.

Checks, each printed as it goes:
  - QgsProject.read("geopackage:GPKG?projectName=PROJECT") succeeds;
  - the project lists every feature and attribute table of gpkg_contents (but layer_styles),
    and each layer is valid;
  - the layer tree has the groups of src/io/qgsproject.h, in order, named in the
    project's language, each holding its layers in order; grid_cells and emerging_hotspots are
    unchecked (and sensitive_incidents, internal points), every other layer checked; known layers have a title, not their table name;
  - the project CRS is street_segments' CRS and the default view covers its extent;
  - each spatial layer's renderer is the one of its default style in layer_styles (the style
    is embedded in the project, not merely found again by QGIS);
  - a render of the project (layer tree order, visible layers, default view) is not blank;
    written to PNG when given;
  - a copy of the GeoPackage in another directory opens with every layer valid; a copy under
    another name is reported (QGIS 3.22 looks for the layers under the old name there).
Exit status: 0 all well, 1 a check failed, 77 PyQGIS is not installed.
Ends with os._exit: PyQGIS's exitQgis() can crash at exit (DESIGN.md section 9).
"""
import os
import shutil
import sqlite3
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    from qgis.core import (QgsApplication, QgsLayerTreeGroup, QgsLayerTreeLayer, QgsMapRendererSequentialJob,
                           QgsMapSettings, QgsProject)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
except ImportError as e:
    print(f"PyQGIS is not installed ({e}): skipped")
    sys.stdout.flush()
    os._exit(77)

# The contract of src/io/qgsproject.h, written out again here so the test is independent
# of the C table: group name in English and in Swedish (po/sv.po), then its layers (tables) top
# to bottom.
GROUPS = [
    ({"en": "Action plan", "sv": "Åtgärdsplan"},
     ["measures", "measure_effects", "promises", "patrol_areas", "near_repeat_zones", "area_reports", "survey_areas",
      "focus_areas"]),
    ({"en": "Hotspots", "sv": "Brottskoncentrationer"}, ["hotspots", "emerging_hotspots", "grid_cells"]),
    ({"en": "Lighting", "sv": "Belysning"}, ["dark_stretches", "lighting_conflicts", "lamps"]),
    ({"en": "Base data", "sv": "Grunddata"}, ["street_segments", "incidents"]),
    ({"en": "Other layers", "sv": "Övriga lager"}, None),  # any table not named elsewhere, by name
    ({"en": "Provenance", "sv": "Ursprung"}, ["run_info"]),
]
LAYER_ID_PREFIX = "trygg_layer_"

failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)
    return ok


def gpkg_tables(path):
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') "
                           "AND table_name NOT IN ('layer_styles', 'qgis_projects')").fetchall()
        tables = sorted(r[0] for r in rows)
        styles = {}
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            for t, qml in con.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE useAsDefault "
                                      "ORDER BY id DESC"):
                styles[t] = qml
        srs = con.execute("SELECT s.organization, s.organization_coordsys_id FROM gpkg_geometry_columns g "
                          "JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
                          "WHERE g.table_name = 'street_segments'").fetchone()
        ext = con.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_street_segments_geom").fetchone() \
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'rtree_street_segments_geom'").fetchone() else None
    finally:
        con.close()
    return tables, styles, srs, ext


def expected_tree(tables, lang):
    named = {t for _, ls in GROUPS if ls for t in ls}
    tree = []
    for names, ls in GROUPS:
        members = [t for t in ls if t in tables] if ls else sorted(t for t in tables if t not in named)
        if members:
            tree.append((names[lang], members))
    return tree


def table_of(layer_id):
    return layer_id[len(LAYER_ID_PREFIX):] if layer_id.startswith(LAYER_ID_PREFIX) else layer_id


def read_project(path, name):
    p = QgsProject.instance()
    p.clear()
    ok = p.read(f"geopackage:{path}?projectName={name}")
    return p, ok


def render(p, png):
    root = p.layerTreeRoot()
    visible = [l for l in root.layerOrder() if root.findLayer(l.id()) and root.findLayer(l.id()).isVisible()
               and l.isSpatial()]
    ms = QgsMapSettings()
    ms.setLayers(visible)
    ms.setDestinationCrs(p.crs())
    view = p.viewSettings().defaultViewExtent()
    ms.setExtent(view)
    aspect = view.height() / view.width() if view.width() > 0 else 1.0
    ms.setOutputSize(QSize(1000, int(1000 * aspect)) if aspect <= 1 else QSize(int(1000 / aspect), 1000))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    if png:
        img.save(png, "PNG")
    white = QColor(255, 255, 255).rgb()
    inked = 0
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            if img.pixel(x, y) != white:
                inked += 1
    return inked, (img.width() // 2) * (img.height() // 2), [l.name() for l in visible]


def main():
    args = sys.argv[1:]
    lang = "sv"
    if len(args) >= 2 and args[0] == "--lang":
        lang, args = args[1], args[2:]
    if len(args) < 2 or lang not in ("sv", "en"):
        print(__doc__)
        return 2
    path, name = os.path.abspath(args[0]), args[1]
    png = args[2] if len(args) > 2 else None
    tables, styles, srs, ext = gpkg_tables(path)

    p, ok = read_project(path, name)
    if not check(ok, f"QgsProject.read geopackage:{path}?projectName={name}"):
        return 1
    layers = {table_of(l.id()): l for l in p.mapLayers().values()}
    check(sorted(layers) == tables, f"layers {sorted(layers)} are the GeoPackage's tables {tables}")
    for t in tables:
        if t in layers:
            check(layers[t].isValid(), f"layer {t} is valid ({layers[t].source()})")

    check(p.metadata().language() == lang, f"project language '{p.metadata().language()}' is {lang}")
    root = p.layerTreeRoot()
    got = []
    for child in root.children():
        if isinstance(child, QgsLayerTreeGroup):
            got.append((child.name(), [table_of(c.layerId()) for c in child.children()
                                       if isinstance(c, QgsLayerTreeLayer)]))
        else:
            got.append((None, [table_of(child.layerId())]))
    check(got == expected_tree(tables, lang), f"layer tree {got}")
    if lang == "sv":
        swedish = [names["sv"] for names, _ in GROUPS]
        check(all(g in swedish for g, _ in got), f"group names {[g for g, _ in got]} are Swedish")
    known = {t for _, ls in GROUPS if ls for t in ls}
    for node in root.findLayers():
        t = table_of(node.layerId())
        want = t not in ("grid_cells", "emerging_hotspots", "sensitive_incidents")
        check(node.itemVisibilityChecked() == want, f"{t} is {'checked' if want else 'unchecked'}")
        if t in known:
            check(node.name() != t and node.name() != "", f"{t} is shown as its title '{node.name()}'")

    if srs:
        check(p.crs().authid() == f"{srs[0].upper()}:{srs[1]}", f"project CRS {p.crs().authid()}")
    view = p.viewSettings().defaultViewExtent()
    if ext and ext[0] is not None:
        check(view.xMinimum() <= ext[0] and view.yMinimum() <= ext[1] and view.xMaximum() >= ext[2]
              and view.yMaximum() >= ext[3] and view.width() < 1.1 * (ext[2] - ext[0]) + 1,
              f"default view {view.toString(0)} covers street_segments {ext}")
    check(p.title() != "", f"title '{p.title()}'")

    for t, l in layers.items():
        if not l.isSpatial() or t not in styles:
            continue
        renderer = ET.fromstring(styles[t].encode()).find("renderer-v2")
        want = renderer.get("type") if renderer is not None else None
        got_type = l.renderer().type() if l.renderer() else None
        check(want is None or got_type == want, f"{t} renderer {got_type} is its default style's {want}")

    inked, total, drawn = render(p, png)
    check(inked > total // 200, f"render of {drawn}: {inked} of {total} sampled pixels not white")

    with tempfile.TemporaryDirectory() as tmp:
        moved = os.path.join(tmp, "elsewhere", os.path.basename(path))
        os.makedirs(os.path.dirname(moved))
        shutil.copyfile(path, moved)
        p, ok = read_project(moved, name)
        valid = [table_of(l.id()) for l in p.mapLayers().values() if l.isValid()]
        check(ok and sorted(valid) == tables, f"moved to {moved}: project opens, valid layers {sorted(valid)}")

        # alone in its directory, so nothing under the old name is there to be found
        renamed = os.path.join(tmp, "renamed", "renamed_copy.gpkg")
        os.makedirs(os.path.dirname(renamed))
        shutil.copyfile(path, renamed)
        p, ok = read_project(renamed, name)
        valid = [table_of(l.id()) for l in p.mapLayers().values() if l.isValid()]
        check(ok, f"renamed to {renamed}: project opens")
        print(f"note  renamed copy: {len(valid)} of {len(tables)} layers found; QGIS 3.22 resolves './NAME.gpkg' "
              "against the directory only, so after a rename the layers need 'Change data source' "
              "(qgis/QGIS#37440)")
    QgsProject.instance().clear()
    print("all checks passed" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc)
