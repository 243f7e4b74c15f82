#!/usr/bin/python3
"""Render chosen layers of a trygg GeoPackage with their default styles to a PNG (for the docs).

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/render_layers.py IN.gpkg OUT.png LAYER [LAYER...]
Layers are drawn in the order given, the first on top; the view is the extent of the last one.
LAYER may carry a filter: "emerging_hotspots?category = 'vandalism'".
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python")
from qgis.core import QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    gpkg, png, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    layers = []
    for spec in names:
        name, _, where = spec.partition("?")
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not lyr.isValid():
            sys.exit(f"{gpkg}: no layer {name}")
        if where:
            lyr.setSubsetString(where)
        lyr.loadDefaultStyle()
        layers.append(lyr)
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[-1].crs())
    ext = layers[-1].extent()
    ext.scale(1.05)
    ms.setExtent(ext)
    ms.setOutputSize(QSize(900, int(900 * ext.height() / ext.width())))
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png, "PNG")
    print(f"wrote {png}")
    os._exit(0)


if __name__ == "__main__":
    main()
