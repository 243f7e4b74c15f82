#!/usr/bin/python3
"""Headless QGIS check of an output in PostGIS: every table given opens with QGIS's PostgreSQL
provider, finds its default style in public.layer_styles ("Loaded from Provider"), and ends up
with the renderer of that style's QML (QGIS says "Loaded from Provider" even for a broken QML).
Then the project named SCHEMA in public.qgis_projects opens (as from QGIS's Browser, through
127.0.0.1 when HOST is a socket folder) with every table a valid, styled postgres layer whose
data source holds no password.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 check_pg_styles.py HOST PORT DBNAME USER SCHEMA TABLE...
Exit code 0 when every check passes, 1 otherwise.
"""
import os
import sys
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python")
from qgis.core import QgsApplication, QgsDataSourceUri, QgsProject, QgsVectorLayer  # noqa: E402


def main():
    host, port, db, user, schema, *tables = sys.argv[1:]
    qgs = QgsApplication([], False)
    qgs.setPrefixPath("/usr", True)
    qgs.initQgis()
    ok = True
    for t in tables:
        uri = QgsDataSourceUri()
        uri.setConnection(host, port, db, user, "")
        uri.setDataSource(schema, t, "geom", "", "fid")
        lyr = QgsVectorLayer(uri.uri(False), t, "postgres")
        opts = QgsVectorLayer.LayerOptions()
        opts.loadDefaultStyle = False
        bare = QgsVectorLayer(uri.uri(False), t + "_bare", "postgres", opts)
        msg, flag = bare.loadDefaultStyle() if bare.isValid() else ("invalid", False)
        n, ids, names, _descs, _err = lyr.listStylesInDatabase() if lyr.isValid() else (0, [], [], [], "")
        qtype = None
        if n:
            qml = lyr.getStyleFromDatabase(ids[0])[0]
            try:
                rv2 = ET.fromstring(qml).find(".//renderer-v2")
                qtype = rv2.get("type") if rv2 is not None else None
            except ET.ParseError as e:
                qtype = f"unparsable: {e}"
        rtype = lyr.renderer().type() if lyr.isValid() and lyr.renderer() else None
        # the core layers hold data in every run; others (focus_areas without a population layer,
        # near_repeat_zones without categories) may be empty
        filled = lyr.featureCount() > 0 or t not in ("street_segments", "incidents", "lamps", "grid_cells", "measures")
        good = lyr.isValid() and flag and n >= 1 and qtype == rtype and filled
        print(f"{schema}.{t}: valid={lyr.isValid()} features={lyr.featureCount()} styles={n} "
              f"default={flag} ({msg!r}) renderer={rtype} qml={qtype} -> {'OK' if good else 'FAIL'}")
        ok = ok and good
    tcp = "127.0.0.1" if host.startswith("/") else host
    project = QgsProject.instance()
    read = project.read(f"postgresql://{user}@{tcp}:{port}?dbname={db}&schema=public&project={schema}")
    # by table, from the layer id (trygg_layer_TABLE): layers are named by their titles, in the
    # run's language
    found = {lyr.id().replace("trygg_layer_", "", 1): lyr for lyr in project.mapLayers().values()}
    print(f"project public.qgis_projects/{schema}: read={read} layers={len(found)}")
    ok = ok and read
    for t in tables:
        lyr = found.get(t)
        good = (lyr is not None and lyr.isValid() and lyr.providerType() == "postgres" and lyr.renderer() is not None
                and "password" not in lyr.source())
        print(f"  project layer {t}: {'OK' if good else 'FAIL'}"
              + (f" valid={lyr.isValid()} provider={lyr.providerType()}" if lyr else " missing"))
        ok = ok and good
    sys.stdout.flush()
    os._exit(0 if ok else 1)  # exitQgis() can crash at exit (DESIGN.md section 9)


main()
