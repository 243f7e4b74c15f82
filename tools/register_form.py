#!/usr/bin/python3
"""Render the measure register's edit form in QGIS, headless, to a PNG (docs/register-form.png).

Usage:
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/register_form.py REGISTER.gpkg OUT.png [--id N]
                                                                        [--width 760]

Loads the layer `measures` of the register with its default style from layer_styles (the style
trygg writes: a value list for the status, calendars for the dates, trygg's fields read-only),
builds QGIS's attribute form for the feature with measure_id N (default: the first) as a person
would see it when editing, and saves a grab of the widget. The register of the README's picture:

  build/trygg run gis-data/trygg.ini -q -o lagesbild-1.gpkg --register register.gpkg
  ogrinfo register.gpkg -sql "UPDATE measures SET status = 'genomförd', done_on = '2024-01-01',
      decided_on = '2023-11-15', responsible = 'Gatukontoret, A. Svensson',
      promise = 'klotter_stationen', note = 'Nya armaturer uppsatta' WHERE measure_id = 1"
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/register_form.py register.gpkg docs/register-form.png --id 1
"""
import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python")
from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QLineEdit  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("register")
    ap.add_argument("png")
    ap.add_argument("--id", type=int, default=None, help="measure_id of the feature shown (default: the first)")
    ap.add_argument("--width", type=int, default=760)
    a = ap.parse_args()

    app = QgsApplication([], True)
    app.initQgis()
    QgsGui.editorWidgetRegistry().initEditors()  # without it every widget is "Failed to create widget"
    layer = QgsVectorLayer(f"{a.register}|layername=measures", "measures", "ogr")
    if not layer.isValid():
        sys.exit(f"{a.register}: no layer measures")
    # the default style from layer_styles, as QGIS applies it when the layer is added
    msg, ok = layer.loadDefaultStyle()
    if not ok:
        sys.exit(f"{a.register}: no default style in layer_styles ({msg})")
    request = QgsFeatureRequest()
    if a.id is not None:
        request.setFilterExpression(f'"measure_id" = {a.id}')
    feature = next(layer.getFeatures(request), None)
    if feature is None:
        sys.exit(f"{a.register}: no measure {a.id}")
    layer.startEditing()  # as a person editing it: the widgets people own are editable
    form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
    form.setWindowTitle(f"measures: {feature['measure_id']}")
    form.resize(a.width, 10)
    form.show()
    QApplication.processEvents()
    form.resize(a.width, form.sizeHint().height())
    # long read-only texts show their beginning, not their end
    for edit in form.findChildren(QLineEdit):
        edit.setCursorPosition(0)
    QApplication.processEvents()
    if not form.grab().save(a.png):
        sys.exit(f"cannot write {a.png}")
    layer.rollBack()
    form.close()
    print(f"wrote {a.png} ({form.width()} x {form.height()})")
    app.exitQgis()


if __name__ == "__main__":
    main()
